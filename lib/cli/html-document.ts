import { VirtualConsole, VirtualConsolePrinter, Window } from 'happy-dom';

/**
 * HTML → Document in Node, for the command line, tests and benchmarks. A page is read as data:
 * parsed, never run, and nothing it references is loaded.
 *
 * - happy-dom with every kind of loading and script execution switched off (scripts, stylesheets,
 *   frames, images, navigation), and a fetch interceptor that answers every request the window
 *   would still make with an empty response, without the network or the file system.
 * - What happy-dom starts on its own whatever the settings is neutralised in the markup before
 *   parsing (`inertMarkup`): `<link rel="preload">` of a fetch (happy-dom 21 fetches those, and
 *   throws asynchronously, outside any caller's try/catch, on an address it cannot resolve), and
 *   the inline pages of `<iframe srcdoc>` (parsed as documents of their own, nested without end).
 * - The document has the page's address before parsing, so that protocol-relative (`//cdn…`) and
 *   relative addresses resolve against it.
 * - Nothing is printed: the window's console goes nowhere (the command line's stdout is its JSON lines).
 *
 * Each document gets its own window, and the previous one is closed when the next is parsed:
 * a window keeps every document parsed in it alive, which in a batch of hundreds of pages adds
 * up to gigabytes. So a document is valid until the next call.
 */

/** Every request the window would make is answered here, empty, without leaving the process. */
const NOTHING_LOADED = {
  beforeAsyncRequest: async ({ window }: { window: { Response: typeof Response } }) => new window.Response('', { status: 204, statusText: 'Not loaded: the page is read as data' }) as never,
  beforeSyncRequest: ({ request, window }: { request: { url: string }; window: { Headers: typeof Headers } }) =>
    ({ status: 204, statusText: 'Not loaded: the page is read as data', ok: true, url: request.url, redirected: false, headers: new window.Headers(), body: null }) as never,
};

const SETTINGS = {
  // Deprecated names (still honoured by happy-dom 21) and their current ones, both: a minor version
  // that drops one keeps the other.
  disableJavaScriptEvaluation: true,
  enableJavaScriptEvaluation: false,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  enableCSSFileLoading: false,
  enableImageFileLoading: false,
  disableIframePageLoading: true,
  enableIframePageLoading: false,
  disableComputedStyleRendering: true,
  handleDisabledFileLoadingAsSuccess: true,
  enableFileSystemHttpRequests: false,
  fetch: { interceptor: NOTHING_LOADED, virtualServers: null },
  navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
};

/** The address a document is given when the page has none (or an unusable one). */
const NO_ADDRESS = 'about:blank';

/** `rel` values that make happy-dom load something. */
const LOADING_REL = /(?:^|\s)(?:preload|modulepreload|stylesheet)(?:\s|$)/i;
/** An attribute and its value, after what may precede it in a tag (happy-dom needs no space after a quote). */
const ATTRIBUTE = (name: string) => new RegExp(`([\\s/"'])(${name})(\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))`, 'gi');
const REL = ATTRIBUTE('rel');
const SRCDOC = ATTRIBUTE('srcdoc');

/**
 * The markup with what happy-dom would load made inert: a `rel` that loads (preload, modulepreload,
 * stylesheet) and `srcdoc` are renamed `data-inert-rel` and `data-inert-srcdoc`; every element and
 * the rest of the page stay as they were. Done wherever such an attribute appears, not only in the
 * tags that use it today: a tag that the HTML parser reads differently from a pattern (unbalanced
 * quotes, odd separators) cannot slip through. Text that happens to read `rel="preload"` is changed
 * the same way, which the engine never reads as a fact.
 */
export function inertMarkup(html: string): string {
  return html
    .replace(REL, (all, before: string, attr: string, rest: string, dq?: string, sq?: string, bare?: string) =>
      LOADING_REL.test(dq ?? sq ?? bare ?? '') ? `${before}data-inert-${attr}${rest}` : all,
    )
    .replace(SRCDOC, (_all, before: string, attr: string, rest: string) => `${before}data-inert-${attr}${rest}`);
}

/** `url` if it is an absolute address a document can have, else about:blank. */
function documentAddress(url: string | null | undefined): string {
  if (!url) return NO_ADDRESS;
  try {
    return new URL(url).href;
  } catch {
    return NO_ADDRESS;
  }
}

let current: Window | null = null;

/** A console that keeps what the window writes to itself (never printed). */
const silent = () => new VirtualConsole(new VirtualConsolePrinter());

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

/** Parse a page; `url` is its address (relative links resolve against it). */
export function parseHtml(html: string, url?: string | null): Document {
  release();
  current = new Window({ url: documentAddress(url), console: silent() as never, settings: SETTINGS as never });
  // document.write into the window's own document: a DOMParser document outlives its window.
  current.document.write(inertMarkup(html));
  return current.document as unknown as Document;
}

/** Release the last document's window and its memory (call when done with the document). */
export async function closeHtmlParser(): Promise<void> {
  const w = current;
  current = null;
  if (w) await closeWindow(w);
}
