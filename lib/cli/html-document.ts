import { Window } from 'happy-dom';

/**
 * HTML → Document in Node, for the command line, tests and benchmarks. happy-dom with every
 * kind of loading and script execution switched off: a page is only parsed, never run.
 *
 * Each document gets its own window, and the previous one is closed when the next is parsed:
 * a window keeps every document parsed in it alive, which in a batch of hundreds of pages adds
 * up to gigabytes. So a document is valid until the next call.
 */

const SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
  handleDisabledFileLoadingAsSuccess: true,
  navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
};

let current: Window | null = null;

/** Close a window, whatever it holds (closing a pathological tree can itself overflow the stack). */
async function closeWindow(w: Window): Promise<void> {
  try {
    await w.happyDOM.close();
  } catch {
    /* the window is dropped all the same */
  }
}

function release(): void {
  const w = current;
  current = null;
  if (w) void closeWindow(w);
}

export function parseHtml(html: string): Document {
  release();
  current = new Window({ settings: SETTINGS });
  // document.write into the window's own document: a DOMParser document outlives its window.
  current.document.write(html);
  return current.document as unknown as Document;
}

/** Release the last document's window and its memory (call when done with the document). */
export async function closeHtmlParser(): Promise<void> {
  const w = current;
  current = null;
  if (w) await closeWindow(w);
}
