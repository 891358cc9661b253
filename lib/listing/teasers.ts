import { gateCall } from '../detect/gate';
import { isArticleAddress } from './address';
import { bareHost } from '../extract/url';

/**
 * The teasers of a list, category, tag or search page: each linked headline with the short
 * summary under it, and which of them report a call. The cheap gate of the engine (its call
 * vocabulary, the same rules an opened page goes through) reads each teaser's headline, summary
 * and address; the full engine decides later, on the article itself, when the reader saves it.
 */

export interface Teaser {
  /** The article's address on the list page's own origin (the page may link it with another scheme or with
   *  "www."): the address the reader would open from this page, and the only one ever fetched. */
  url: string;
  /** The headline as text (never markup). */
  title: string;
  /** The sentence or two under the headline, '' when the teaser has none. */
  summary: string;
}

/** Links looked at, from the top of the page: a list page has a few hundred; a hostile one is not walked whole. */
const MAX_LINKS = 1500;
/** Teasers kept at most (distinct articles). */
export const MAX_TEASERS = 300;
/** A link text shorter than this is "Xem thêm", a section's name or a date, not a headline. */
const TITLE_MIN_CHARS = 15;
const TITLE_MAX_CHARS = 300;
const SUMMARY_MIN_CHARS = 30;
const SUMMARY_MAX_CHARS = 500;
/** A block holding more text than this is a whole column, not one teaser: no summary is taken from it. */
const TEASER_BLOCK_MAX_CHARS = 2500;
/** The site's header, menus and footer: their links are sections, not the list's teasers. */
const FURNITURE = 'header, nav, footer, [role="banner"], [role="navigation"], [role="contentinfo"]';
/** The block one teaser usually sits in on news sites. */
const TEASER_BLOCK = 'article, li, .story, .item, .card, .tlitem, .box-category-item';

const clean = (s: string | null | undefined, max: number) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

/** The summary of the teaser `link` belongs to: the first paragraph of its block that is not its headline. */
function summaryOf(link: Element, title: string): string {
  const block = link.closest(TEASER_BLOCK) ?? link.parentElement?.parentElement ?? null;
  if (!block || (block.textContent ?? '').length > TEASER_BLOCK_MAX_CHARS) return '';
  for (const p of Array.from(block.querySelectorAll('p, .sapo, [class*="summary"], [class*="sapo"]')).slice(0, 6)) {
    if (p.contains(link)) continue;
    const text = clean(p.textContent, SUMMARY_MAX_CHARS);
    if (text.length >= SUMMARY_MIN_CHARS && text !== title) return text;
  }
  return '';
}

/**
 * The article teasers of `document`, a page at `pageUrl`: links to articles of the same site
 * (outside its header, menus and footer) with a headline's text, one per article, in page order.
 * The image link and the headline link of one teaser count once, with the headline's text.
 */
export function findTeasers(document: Document, pageUrl: string): Teaser[] {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return [];
  }
  const host = bareHost(page.hostname);
  const found = new Map<string, Teaser>();
  const links = document.body?.getElementsByTagName('a');
  if (!links) return [];
  for (let i = 0; i < links.length && i < MAX_LINKS && found.size < MAX_TEASERS; i++) {
    const a = links[i]!;
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#') || a.closest(FURNITURE)) continue;
    let url: URL;
    try {
      url = new URL(href, page);
    } catch {
      continue;
    }
    if (bareHost(url.hostname) !== host || !isArticleAddress(url)) continue;
    const key = `${url.pathname}${url.search}`;
    if (key === `${page.pathname}${page.search}`) continue;
    const title = clean(a.textContent, TITLE_MAX_CHARS) || clean(a.getAttribute('title'), TITLE_MAX_CHARS);
    if (title.length < TITLE_MIN_CHARS) {
      if (!found.has(key)) continue;
    }
    const known = found.get(key);
    const summary = summaryOf(a, title);
    if (!known) {
      found.set(key, { url: new URL(key, page.origin).href, title, summary });
      continue;
    }
    if (title.length > known.title.length) known.title = title;
    if (!known.summary && summary) known.summary = summary;
  }
  return [...found.values()];
}

/** Does the teaser report a call, to the engine's gate (headline and address; the summary as an article's opening,
 *  whose sentences about an earlier call the gate leaves out)? */
export function teaserReportsCall(teaser: Teaser): boolean {
  return gateCall({ url: teaser.url, title: teaser.title, description: null, opening: teaser.summary }).pass;
}

/** The teasers of the page that report a call. */
export function callTeasers(document: Document, pageUrl: string): Teaser[] {
  return findTeasers(document, pageUrl).filter(teaserReportsCall);
}
