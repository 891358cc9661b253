import { Window } from 'happy-dom';

/**
 * HTML → Document in Node, for the command line, tests and benchmarks. happy-dom with every
 * kind of loading and script execution switched off: a page is only parsed, never run.
 */

let shared: Window | null = null;

function window(): Window {
  shared ??= new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  return shared;
}

export function parseHtml(html: string): Document {
  const w = window();
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Release the shared window (lets a short-lived process exit promptly). */
export async function closeHtmlParser(): Promise<void> {
  const w = shared;
  shared = null;
  if (w) await w.happyDOM.close();
}
