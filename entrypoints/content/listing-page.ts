import { browser } from 'wxt/browser';
import { analyzePage } from '../../lib/engine';
import { createSaveQueue, type FetchedPage, type QueueState, type SaveQueue } from '../../lib/listing/queue';
import { callTeasers, type Teaser } from '../../lib/listing/teasers';
import type { ListedCallReport, PageListing, PageListingCommand } from '../../lib/messages';
import { sendToBackground } from '../../utils/messaging';
import { bareHost } from '../../lib/extract/url';

/**
 * The engine's side of a list, category, tag or search page: which teasers report a call, marked
 * in the page, and saving the articles the reader ticks in the popup. Nothing here runs before the
 * popup asks (the background loads the engine into the page for it): a list page costs the reader
 * nothing while the popup stays closed.
 *
 * The articles are fetched from here, the list page's own content script, because here the
 * request is same-origin with the page the reader is on (the only host it goes to), DOMParser
 * exists (an MV3 service worker has none), and the run goes on when the popup closes.
 */

/** Pause between two requests: a reader opening articles, not a crawler. */
export const LISTING_PAUSE_MS = 1200;
/** Time limit of one article's request (a hung server must not hold the rest). */
export const LISTING_TIMEOUT_MS = 15_000;
/** Largest article page read (a news article is 100–500 KB). */
const MAX_PAGE_CHARS = 5_000_000;

const HIGHLIGHT_NAME = 'dien-dam-teaser';

let scanned: { url: string; teasers: Teaser[] } | null = null;
let queue: SaveQueue | null = null;
let lastRun: QueueState | null = null;

/** The page's call teasers, read once per address. */
function teasers(): Teaser[] {
  if (scanned?.url !== location.href) {
    const start = performance.now();
    scanned = { url: location.href, teasers: callTeasers(document, location.href) };
    performance.measure('dien-dam:listing', { start, end: performance.now() });
    mark(scanned.teasers);
  }
  return scanned.teasers;
}

/**
 * A dotted underline under each call teaser's headline, through the CSS Custom Highlight API: the
 * page's DOM and its text stay as they are. (Where the API is missing the page is left unmarked.)
 */
function mark(list: readonly Teaser[]): void {
  const css = (globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const Highlight = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!css?.highlights || !Highlight || typeof CSSStyleSheet === 'undefined') return;
  const wanted = new Set(list.map((t) => pathOf(t.url)));
  const ranges: Range[] = [];
  for (const a of Array.from(document.body?.getElementsByTagName('a') ?? [])) {
    if (!a.textContent?.trim() || !wanted.has(pathOf(a.getAttribute('href')))) continue;
    const r = document.createRange();
    r.selectNodeContents(a);
    ranges.push(r);
  }
  css.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`::highlight(${HIGHLIGHT_NAME}) { text-decoration: underline dotted #b3261e; text-decoration-thickness: 2px; text-underline-offset: 3px; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** A link's path and query when it points to this page's site (a teaser's own address is on the page's origin). */
function pathOf(href: string | null): string {
  try {
    const u = new URL(href ?? '', location.href);
    return bareHost(u.hostname) === bareHost(location.hostname) ? `${u.pathname}${u.search}` : '';
  } catch {
    return '';
  }
}

/** The article's address on this page's own origin: the request goes to the host the reader is on, and nowhere else. */
function onThisOrigin(url: string): string {
  const u = new URL(url);
  return new URL(`${u.pathname}${u.search}`, location.origin).href;
}

async function fetchPage(url: string, signal: AbortSignal): Promise<FetchedPage> {
  // No cookies (the reader's session is not sent); no redirect followed (it could lead to another host).
  const response = await fetch(onThisOrigin(url), { credentials: 'omit', redirect: 'error', signal, cache: 'default' });
  const contentType = response.headers.get('content-type') ?? '';
  const html = response.ok && /html/i.test(contentType) ? (await response.text()).slice(0, MAX_PAGE_CHARS) : '';
  return { status: response.status, ok: response.ok, contentType, html, url: response.url || url };
}

/** The whole engine on a fetched article, as on an opened page: the call when it judges the page one. */
function analyse(page: FetchedPage, teaserUrl: string): ListedCallReport | null {
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  const r = analyzePage(doc, teaserUrl);
  if (!r.article || !r.call || !r.detection.isCall) return null;
  return { type: 'listed-call', url: teaserUrl, article: r.article, record: r.call, confidence: r.detection.confidence };
}

async function save(report: ListedCallReport): Promise<boolean> {
  const reply = await sendToBackground(report);
  if (!reply?.ok) throw new Error(reply ? reply.error.message : 'no reply');
  return reply.created;
}

function start(urls: readonly string[]): void {
  if (queue && queue.state().status === 'running') return;
  // Only the page's own teasers are fetched, whatever the message names.
  const ticked = new Set(urls);
  const chosen = teasers().filter((t) => ticked.has(t.url));
  if (!chosen.length) return;
  queue = createSaveQueue(chosen, {
    fetchPage,
    analyse,
    save,
    pauseMs: LISTING_PAUSE_MS,
    timeoutMs: LISTING_TIMEOUT_MS,
    onChange: (s) => (lastRun = s),
  });
}

function answer(command: PageListingCommand): PageListing {
  if (command.type === 'listing-save') start(command.urls);
  if (command.type === 'listing-cancel') queue?.cancel();
  return { url: location.href, teasers: teasers(), run: queue?.state() ?? lastRun };
}

/** Set in the content scripts' world once a listener answers: an engine loaded twice must not answer (and save) twice. */
const LISTENING = '__dienDamListing';

/** Answer the background's listing commands (once per page, however often the engine is loaded). */
export function listenForListing(): void {
  const world = globalThis as Record<string, unknown>;
  if (world[LISTENING]) return;
  world[LISTENING] = true;
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as PageListingCommand | null;
    if (!m || (m.type !== 'listing-scan' && m.type !== 'listing-save' && m.type !== 'listing-cancel')) return undefined;
    try {
      return Promise.resolve(answer(m));
    } catch (e) {
      return Promise.reject(e);
    }
  });
}
