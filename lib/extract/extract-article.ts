import { Readability } from '@mozilla/readability';
import { NOT_AN_ARTICLE, NO_ARTICLE_TEXT, NOT_ARTICLE_LIST, NOT_ARTICLE_SECTION, NOT_ENOUGH_TEXT, NO_PAGE_TEXT, PAGE_TOO_DEEP, PAGE_TOO_LARGE } from './reasons';
import { normalizeText } from '../text';
import { findAttribution, outletCredit, outletOfByline } from './attribution';
import { articleParagraphs, textBlocks, type TextBlock } from './blocks';
import { isBoilerplateLabel, isDateLine, isPromoText, MAX_LABEL_CHARS, PROMO_WORDS } from './boilerplate';
import { findLead, textOf } from './lead';
import { nameTest } from './names';
import { readPageMeta, type PageMeta } from './page-meta';
import { dateFromUrl, parseDisplayDate, parseMachineDate } from './published';
import { GENERIC, isListAddress, outletName, profileFor, TRAILING_BOX_WORDS, type SiteProfile } from './sites';
import type { Article } from './types';
import { canonicalizeUrl, siteHostOf } from './url';

/**
 * extractArticle(document, url) → Article.
 *
 * 1. Metadata from the live page (meta tags, JSON-LD), read-only.
 * 2. The site profile (or the generic one) gives title, sapo, date and author, and the captions
 *    are set apart, all read on the live page; what is cut away (the sapo, credit lines, the
 *    site's furniture, blocks under a boilerplate label) is cut from copies: the live page is
 *    never changed.
 * 3. The body: on a known site, the profile's body candidates, each copied alone and cleaned;
 *    else (or when none qualifies) Readability on a cleaned copy of the whole page. Its blocks
 *    are filtered (link lists, boilerplate labels and the lists under them, footers, repeats).
 * 4. Credit lines become `attribution`; the page is judged an article or not.
 */

/** Readability's minimum article length; Vietnamese short news can be ~300 characters. */
const READABILITY_CHAR_THRESHOLD = 300;
/** A page with less body text than this is not an article we can summarise. */
const MIN_ARTICLE_CHARS = 250;
/** A paragraph of at least this many characters that ends like a sentence reads as prose. */
const PROSE_PARAGRAPH_CHARS = 80;
/** In a script that writes a word in a character or two (Chinese, Japanese), a third of the characters say as much as
 *  the Latin script's: a paragraph or an article is that much shorter ("図書館で展示会が開かれました。"). */
const DENSE_SCRIPT_FACTOR = 3;
const DENSE_SCRIPT_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** A text is in such a script when so many of its characters are. */
const DENSE_SCRIPT_SHARE = 0.3;
const inDenseScript = (text: string) => (text.match(DENSE_SCRIPT_CHARS)?.length ?? 0) > text.length * DENSE_SCRIPT_SHARE;
/** A paragraph whose last sentence has lost its full stop ("… encontrar em sua vida Um Amor de Verdade") is prose all the
 *  same when so many sentences end inside it. */
const SENTENCE_INSIDE = /[.!?。！？]\s+\S/gu;
const SENTENCES_WITHOUT_END = 3;
/** How a sentence ends, in the Latin script's marks and the full-width ones of Chinese and Japanese. */
const PROSE_END = /[.!?…"”)。！？」』）]$/u;
/** More teaser links than this inside the chosen container, and more links than prose: a list page. */
const LIST_TEASER_LINKS = 6;
/** A teaser's headline is at least this long. */
const TEASER_CHARS = 25;
/** A page without article metadata that links this many headlines, more than it has paragraphs of
 *  prose, is a list whatever Readability made of it (a section page's hidden pop-up can pass for an article). */
const PAGE_TEASER_HEADLINES = 15;

/** A paragraph whose near ancestor (at most this many times its length) holds a headline link is a teaser's summary. */
const TEASER_BOX_RATIO = 3;
/** More than this share of a page's prose in teasers: a list page. */
const TEASER_PROSE_SHARE = 0.6;

/**
 * The share of the container's prose paragraphs that are teasers' summaries: a paragraph of
 * PROSE_PARAGRAPH_CHARS or more whose small ancestor (a list item, a card) also holds a link of a
 * headline's length. An article's paragraphs sit in the body, whose text is many times theirs.
 */
function teaserProseShare(container: Element): { prose: number; share: number } {
  let prose = 0;
  let teasers = 0;
  const lengths = new Map<Element, number>();
  const lengthOf = (el: Element) => {
    let n = lengths.get(el);
    if (n === undefined) lengths.set(el, (n = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length));
    return n;
  };
  for (const p of Array.from(container.querySelectorAll('p, div'))) {
    if (p.querySelector('p, div')) continue;
    const length = lengthOf(p);
    if (length < PROSE_PARAGRAPH_CHARS) continue;
    prose++;
    for (let up = p.parentElement, depth = 0; up && depth < 3; up = up.parentElement, depth++) {
      if (lengthOf(up) > length * TEASER_BOX_RATIO) break;
      if (Array.from(up.querySelectorAll('a')).some((a) => !p.contains(a) && (a.textContent ?? '').trim().length >= TEASER_CHARS)) {
        teasers++;
        break;
      }
      if (up === container) break;
    }
  }
  return { prose, share: prose ? teasers / prose : 0 };
}

function pathOf(address: string | null): string {
  try {
    return address ? new URL(address).pathname : '';
  } catch {
    return '';
  }
}

/** Article metadata (JSON-LD, a publication time) or an address of the site's article shape. */
function articleSignalsOf(meta: PageMeta, profile: SiteProfile, address: string | null): boolean {
  return meta.articleJsonLd || meta.articleTimeMeta || (!!profile.articlePath && profile.articlePath.test(pathOf(address)));
}

/** At least LIST_TEASER_LINKS paragraphs of prose, most of them teasers' summaries. */
function isTeaserList(container: Element): boolean {
  const { prose, share } = teaserProseShare(container);
  return prose >= LIST_TEASER_LINKS && share > TEASER_PROSE_SHARE;
}

/** The page calls itself an article (og:type). */
function isOgArticle(document: Document): boolean {
  return /^article$/i.test(document.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim() ?? '');
}

/** At least PAGE_TEASER_HEADLINES headline links on the page, more than its paragraphs of prose. */
function pageTeaserHeadlines(body: Element, proseParagraphs: number): boolean {
  const n = headlineLinksOf(body);
  return n >= PAGE_TEASER_HEADLINES && n > proseParagraphs;
}

/** A section's name ("Thị trường chứng khoán", "Thế giới") is at most this many words; a story's headline is longer. */
const SECTION_NAME_WORDS = 4;
/** …and its page, read as an article, has fewer paragraphs of prose than this. */
const SECTION_PAGE_PROSE = 2;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A teaser's headline is at most this long (a longer link is a sentence's, or a block's around its summary). */
const TEASER_MAX_CHARS = 200;

/**
 * A list page that reads as too short to be an article (its teasers are links and short summaries, which Readability
 * passes over): at least PAGE_TEASER_HEADLINES stories linked by a headline-length text (by address: a teaser's picture
 * and its headline link the same story), and most of the page's prose their summaries (isTeaserList). Only asked of a
 * page already too short to be an article: it changes the reason given, never whether an article is read.
 */
function teaserPage(body: Element): boolean {
  const stories = new Set<string>();
  for (const a of Array.from(body.querySelectorAll('a[href]'))) {
    const length = (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (length >= TEASER_CHARS && length <= TEASER_MAX_CHARS) stories.add(a.getAttribute('href') ?? '');
  }
  return stories.size >= PAGE_TEASER_HEADLINES && isTeaserList(body);
}

/** Links set as headlines (in or around an h2–h4) under `root`. */
function headlineLinksOf(root: Element): number {
  return Array.from(root.querySelectorAll('h2 a, h3 a, h4 a, a h2, a h3, a h4')).filter((a) => (a.textContent ?? '').trim().length >= TEASER_CHARS).length;
}
/** Pages with more text than this are not analysed (the reader sees why in the popup). */
export const MAX_TEXT_CHARS = 2_000_000;
/** Deeper element nesting than this is not a news page (browsers' parsers stop at 512 levels;
 *  some DOM implementations overflow their stack long before a page gets that deep in memory). */
export const MAX_DOM_DEPTH = 1000;

/** Is any element nested deeper than `limit`? Iterative, stops at the first one. */
function deeperThan(root: Node, limit: number): boolean {
  const stack: Array<[Node, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return false;
}

const CAPTION_SELECTORS = 'figcaption, .caption, .PhotoCMS_Caption, .image-caption, .fig-caption, .img-caption, .photo-caption, .wp-caption-text, .expNoEdit, [class*="caption"]';

/** A place set apart before a sapo ("<span class="location-stamp">TP HCM</span>Nếu có …"), which its text runs into. */
const PLACE_STAMP = '[class*="location"], [class*="dateline"]';

/** An element's text with the place stamp it opens with set off as a dateline ("TP HCM - Nếu có …"), not run into the first word. */
function withPlaceStamp(el: Element, text: string): string {
  const stamp = el.querySelector(PLACE_STAMP);
  const place = stamp ? textOf(stamp) : '';
  if (!place || !text.startsWith(place) || text.length === place.length) return text;
  const rest = text.slice(place.length).replace(/^[\s\-–—:,]+/u, '');
  return `${place} - ${rest}`;
}

function firstText(root: ParentNode, selectors: readonly string[] | undefined): { el: Element; text: string } | null {
  for (const sel of selectors ?? []) {
    for (const el of selectAll(root, sel)) {
      const text = withPlaceStamp(el, textOf(el));
      if (text) return { el, text };
    }
  }
  return null;
}

/**
 * The date element the generic selectors find (on a site without a profile, or a profiled one whose own selectors find
 * none): of the elements they match that read as a date, the one that meets the headline in the deepest ancestor. The
 * day's date in a site's header ("Thứ Hai, 02/03/2026" beside the logo) meets the headline only in the page's wrapper,
 * the article's own time element in the article's header or the article itself, so the header's never wins over it,
 * whichever comes first in the page or in the selectors' order. Dates as near as each other go by the selectors' order,
 * then the page's (as firstText). When no match reads as a date, the date line under the headline (dateLineAfter); without
 * a headline, or without that either, the first match with text.
 */
function nearestDate(root: ParentNode, selectors: readonly string[] | undefined, headline: Element | null): { el: Element; text: string } | null {
  if (!headline) return firstText(root, selectors);
  // How far up from the headline each of its ancestors is: the nearer the ancestor a date shares with it, the nearer the date.
  const stepsUp = new Map<Element, number>();
  let steps = 0;
  for (let up: Element | null = headline; up; up = up.parentElement) stepsUp.set(up, steps++);
  let best: { el: Element; text: string } | null = null;
  let bestSteps = Infinity;
  for (const sel of selectors ?? []) {
    for (const el of selectAll(root, sel)) {
      let shared: Element | null = el;
      while (shared && !stepsUp.has(shared)) shared = shared.parentElement;
      const distance = shared ? stepsUp.get(shared)! : Infinity;
      if (distance >= bestSteps) continue;
      const text = textOf(el);
      if (text && (parseDisplayDate(text) || parseMachineDate(el.getAttribute('datetime')))) {
        best = { el, text };
        bestSteps = distance;
      }
    }
  }
  return best ?? dateLineAfter(headline) ?? firstText(root, selectors);
}

/** How many elements after the headline are read for its date line, at most. */
const DATE_LINE_ELEMENTS = 40;

/**
 * The line under the headline that is a date and a time and nothing else ("Thứ Sáu, 13/03/2026 - 17:40", "19:20
 * 16/03/2026"), as a reader finds the date on a page whose date element has a name no selector knows (qdnd.vn's
 * span.post-subinfo, kenh14.vn's span.kbwcm-time, vtv.vn's div.time): the first such element after the headline, read
 * until the body's first paragraph of prose. An article's number in its address is the time it was filed, not published.
 */
function dateLineAfter(headline: Element): { el: Element; text: string } | null {
  const doc = headline.ownerDocument;
  if (!doc.body?.contains(headline)) return null;
  const walker = doc.createTreeWalker(doc.body, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = headline;
  let seen = 0;
  for (let node = walker.nextNode() as Element | null; node && seen < DATE_LINE_ELEMENTS; node = walker.nextNode() as Element | null) {
    if (headline.contains(node) || NEVER_TEXT.has(node.tagName.toUpperCase())) continue;
    seen++;
    const text = textOf(node);
    if (isDateLine(text) && parseDisplayDate(text)) return { el: node, text };
    if (node.tagName.toUpperCase() === 'P' && isProse(text, inDenseScript(text))) break;
  }
  return null;
}

/**
 * The candidate with the most text (some CMSs keep an empty pop-up copy of the body), trying
 * each selector in turn until one gives a candidate of at least BODY_MIN_CHARS. `measured` gives
 * what is measured and returned for a candidate (by default the candidate itself; null passes it over).
 */
function largest(root: ParentNode, selectors: readonly string[] | undefined, measured: (candidate: Element) => Element | null = (el) => el): Element | null {
  for (const sel of selectors ?? []) {
    let best: Element | null = null;
    let bestLen = 0;
    for (const candidate of selectAll(root, sel)) {
      const el = measured(candidate);
      if (!el) continue;
      const len = (el.textContent ?? '').trim().length;
      if (len > bestLen) {
        best = el;
        bestLen = len;
      }
    }
    if (best && bestLen >= BODY_MIN_CHARS) return best;
  }
  return null;
}

/** A short line near the body's top with a whole date ("05/10/2018 - Publicado por: …", "Cập nhật 12-3-2024 08:15"): a
 *  dated item, the mark of an article that a page without a date element or metadata still shows. */
const DATED_LINE_BLOCKS = 6;
const DATED_LINE_CHARS = 160;
const WHOLE_DATE = /(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?!\d)/u;
const datedLine = (blocks: TextBlock[]) => blocks.slice(0, DATED_LINE_BLOCKS).some((b) => b.text.length <= DATED_LINE_CHARS && WHOLE_DATE.test(b.text));

/** A post's own <article>, among others on its page, holds at least this much text of its own. */
const OWN_ARTICLE_MIN_CHARS = 200;

/** The cleaned copy of the <article> that holds the page's headline, when the page has other <article>s and that one is
 *  not inside another; null otherwise (and then Readability judges). */
function headlinesOwnArticle(document: Document, headline: Element | null, cuts: PageCuts): Element | null {
  const own = headline?.closest('article');
  if (!own || own.parentElement?.closest('article') || document.body.querySelectorAll('article').length < 2) return null;
  const copy = candidateCopy(own, document.body, cuts);
  if (!copy) return null;
  for (const inner of Array.from(copy.querySelectorAll('article'))) inner.remove();
  return (copy.textContent ?? '').trim().length >= OWN_ARTICLE_MIN_CHARS ? copy : null;
}

/** A body candidate with less text than this is an empty pop-up copy, not the body. */
const BODY_MIN_CHARS = 100;

/** Elements that never hold an article's text: removed without a look at what they hold. */
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'LINK', 'META']);

function removeAll(root: Element, selectors: readonly string[] | undefined): void {
  if (!selectors?.length) return;
  // One walk of the tree for the whole list (a walk per selector cost a tenth of the engine in
  // happy-dom); one selector at a time only when the list has a selector this DOM rejects.
  let found: Element[] | null = null;
  try {
    found = Array.from(root.querySelectorAll(selectors.join(', ')));
  } catch {
    /* an unsupported selector: try each */
  }
  if (!found) found = selectors.flatMap((sel) => selectAll(root, sel));
  // Furniture never holds the headline: a form or a banner class around the whole page (ASP.NET
  // pages sit in one <form>) is a wrapper, and stays.
  const headlines = Array.from(root.querySelectorAll('h1'));
  for (const el of found) {
    if (!NEVER_TEXT.has(el.tagName.toUpperCase()) && headlines.some((h) => el.contains(h))) continue;
    el.remove();
  }
}

/** Elements that can be a boilerplate label (local names). */
const LABEL_ELEMENTS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'span', 'strong', 'b', 'a', 'div', 'p', 'header', 'li']);
/** NodeFilter.SHOW_TEXT (NodeFilter is not a global in every DOM implementation). */
const SHOW_TEXT = 4;
/** Node.DOCUMENT_POSITION_FOLLOWING. */
const FOLLOWING = 4;
const HAS_TEXT = /\S/;

/**
 * The boilerplate labels under `root` (not root itself), in document order: LABEL_ELEMENTS with at
 * most two child elements whose text is a boilerplate label. A label's text is at most
 * MAX_LABEL_CHARS long, so only the ancestors of short text nodes are looked at, each up to the
 * first one whose text is longer (the texts of its ancestors are longer still): reading the text
 * of every candidate element, wrappers of the whole article included, took a twentieth of the
 * engine in Chromium. tests/unit/extract-fast.test.ts holds it to that way.
 */
export function boilerplateLabels(root: Element): Element[] {
  const labels: Element[] = [];
  const seen = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.nodeValue ?? '';
    if (data.length > MAX_LABEL_CHARS || !HAS_TEXT.test(data)) continue;
    for (let el = node.parentElement; el && el !== root && !seen.has(el); el = el.parentElement) {
      seen.add(el);
      const text = el.textContent ?? '';
      if (text.length > MAX_LABEL_CHARS) break;
      if (LABEL_ELEMENTS.has(el.localName) && el.children.length <= 2 && isBoilerplateLabel(text)) labels.push(el);
    }
  }
  // Ancestors are found after the text under them: back to document order.
  return labels.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

/**
 * Remove blocks headed by a boilerplate label ("Tin liên quan", "CÙNG CHUYÊN MỤC"): the label's
 * nearest ancestor that holds the label and a list of links but no prose.
 */
function removeLabelledBlocks(root: Element): void {
  for (const label of boilerplateLabels(root)) {
    if (!label.isConnected) continue;
    let block: Element = label;
    for (let up = label.parentElement, depth = 0; up && depth < 4 && up !== root; up = up.parentElement, depth++) {
      const text = (up.textContent ?? '').trim();
      const linkText = Array.from(up.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
      if (text.length > 0 && linkText / text.length >= 0.5) block = up;
      else break;
    }
    if (block !== label) block.remove();
  }
}

/** The sapo found by name and place under the headline (lib/extract/lead.ts). */
function leadAfter(headline: Element | null, furniture: readonly string[], description: string | null): { el: Element; text: string } | null {
  const el = findLead(headline, furniture.join(', '), description);
  const text = el ? withPlaceStamp(el, textOf(el)) : '';
  return el && text ? { el, text } : null;
}

const isTrailingBox = nameTest(TRAILING_BOX_WORDS);
/** A named box with more of the text under the root than this share is the article's wrapper, misnamed. */
const BOX_MAX_SHARE = 0.4;

/**
 * Cut the boxes named like promotions, polls, author boxes, comment forms or "đọc thêm" lists
 * (TRAILING_BOX_WORDS) under `root`. A box that holds the headline or a body candidate, or most of
 * the text, is a wrapper whose name says something else ("post has-comments") and stays.
 */
function removeNamedBoxes(root: Element, bodySelectors: string): void {
  const boxes = Array.from(root.querySelectorAll('[class], [id]')).filter((el) => isTrailingBox(el) && !inSentence(el));
  if (!boxes.length) return;
  const total = (root.textContent ?? '').length;
  const kept = [...Array.from(root.querySelectorAll('h1')), ...selectAll(root, bodySelectors)];
  for (const el of boxes) {
    if (!root.contains(el) || (el.textContent ?? '').length > total * BOX_MAX_SHARE) continue;
    if (kept.some((k) => el === k || el.contains(k))) continue;
    el.remove();
  }
}

/** Elements that run inside a line of text. */
const INLINE_TAGS = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'ABBR', 'SMALL', 'MARK', 'TIME']);

/** An inline element in a paragraph's sentence ("… Phó <a class="cms-relate" href="/…-tag21001.html">Chủ tịch UBND
 *  tỉnh</a>, cùng …"): the sentence's words, whatever its name says, never a box. */
function inSentence(el: Element): boolean {
  if (!INLINE_TAGS.has(el.tagName.toUpperCase())) return false;
  const paragraph = el.parentElement?.closest('p');
  return !!paragraph && (paragraph.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
}

/** The elements under `root` that `selectors` match; none when this DOM rejects a selector. */
function selectAll(root: ParentNode, selectors: string): Element[] {
  if (!selectors) return [];
  try {
    return Array.from(root.querySelectorAll(selectors));
  } catch {
    return [];
  }
}

/** A teaser card is shorter than this. */
const TEASER_CARD_CHARS = 500;
const TEASER_CARD_TAGS = new Set(['TABLE', 'DIV', 'ASIDE', 'SECTION', 'ARTICLE']);

/**
 * Cut the teaser cards set inside a body (znews' table.article, an article.article-related): a box
 * with a linked picture and a headline link, mostly link text, short; or an article inside the
 * article. A picture that links to its own larger copy has no headline link beside it and stays.
 */
function removeTeaserCards(root: Element): void {
  // An article set inside the article (vietnamnet's article.ck-cms-insert-news, dantri's article.article-related): a link
  // to another story and its summary, short, and a small part of the text around it (a short post that is most of it is
  // the story itself).
  const total = (root.textContent ?? '').length;
  for (const card of Array.from(root.querySelectorAll('article'))) {
    const text = (card.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!root.contains(card) || card.querySelector('h1') || text.length > TEASER_CARD_CHARS || text.length > total * BOX_MAX_SHARE) continue;
    // (Its link may be its picture's alone: Readability drops a card's title block.)
    if (Array.from(card.querySelectorAll('a[href]')).some((a) => !/^\s*(?:#|javascript:)/i.test(a.getAttribute('href') ?? ''))) card.remove();
  }
  for (const img of Array.from(root.querySelectorAll('a img'))) {
    for (let up = img.closest('a')?.parentElement ?? null, depth = 0; up && up !== root && depth < 5; up = up.parentElement, depth++) {
      const text = (up.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text.length > TEASER_CARD_CHARS) break;
      if (!TEASER_CARD_TAGS.has(up.tagName.toUpperCase())) continue;
      const links = Array.from(up.querySelectorAll('a')).map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim());
      const linked = links.reduce((n, t) => n + t.length, 0);
      if (links.some((t) => t.length >= TEASER_CHARS) && linked / Math.max(1, text.length) >= 0.35) {
        up.remove();
        break;
      }
    }
  }
}

/** Text written with combining tone marks (NFD), which the promotion's words must be composed to match. */
const COMBINING_MARK = /[\u0300-\u036f]/;
/** Elements a promotion's sentence is set in. */
const PROMO_BLOCKS = 'p, li, td, div';

/**
 * Cut the promotion boxes (a book series' blurb, a shop's offer): the block of a promotion's
 * sentence (isPromoText) and its ancestors while they hold less than BOX_MAX_SHARE of the text
 * and no headline or body. Only the blocks of text nodes that carry a promotion's words are read
 * (reading the text of every block of a page is quadratic in its depth).
 */
function removePromoBoxes(root: Element, bodySelectors: string): void {
  const blocks = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (!PROMO_WORDS.test(value) && !(COMBINING_MARK.test(value) && PROMO_WORDS.test(value.normalize('NFC')))) continue;
    const block = node.parentElement?.closest(PROMO_BLOCKS);
    if (block && block !== root && root.contains(block)) blocks.add(block);
  }
  if (!blocks.size) return;
  const total = (root.textContent ?? '').length;
  const kept = [...Array.from(root.querySelectorAll('h1')), ...selectAll(root, bodySelectors)];
  for (const el of blocks) {
    if (!root.contains(el) || !isPromoText(textOf(el))) continue;
    let box: Element = el;
    for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
      if ((up.textContent ?? '').length > total * BOX_MAX_SHARE || kept.some((k) => up === k || up.contains(k))) break;
      box = up;
    }
    box.remove();
  }
}

/** A paragraph of prose: long enough, and ending as a sentence ends (or holding several sentences). */
function isProse(p: string, dense: boolean): boolean {
  return p.length * (dense ? DENSE_SCRIPT_FACTOR : 1) >= PROSE_PARAGRAPH_CHARS && (PROSE_END.test(p) || (p.match(SENTENCE_INSIDE)?.length ?? 0) >= SENTENCES_WITHOUT_END);
}

/** Fewest captions of prose that make a body a photo story. */
const PHOTO_STORY_CAPTIONS = 2;

/** The captions of prose in the page's body (its first body candidate outside the furniture), in their order. */
function storyCaptions(page: Element, bodySelectors: string, furniture: string): string[] {
  const body = selectAll(page, bodySelectors).find((el) => !insideAny(el, furniture, page));
  if (!body) return [];
  return Array.from(body.querySelectorAll(CAPTION_SELECTORS))
    .filter((c) => !insideAny(c, furniture, page) && !c.parentElement?.closest(CAPTION_SELECTORS))
    .map(textOf)
    .filter((t) => isProse(t, inDenseScript(t)));
}

/** A box that leads to a topic is shorter than this. */
const TOPIC_BOX_CHARS = 600;
const TOPIC_BOX_TAGS = 'div, aside, section, table, blockquote';

/**
 * Cut the boxes that lead to a topic or a series (znews' "notebox" under the body: a bold title, a line on a book series
 * and a link to its "/tieu-diem/…" page): a short box whose links all lead to list pages (topic, tag, category) and that
 * opens with a title of its own. A paragraph of the story that links a word to its topic page is no box, and stays.
 */
function removeTopicBoxes(root: Element, bodySelectors: string): void {
  const kept = [...Array.from(root.querySelectorAll('h1')), ...selectAll(root, bodySelectors)];
  const boxes = new Set<Element>();
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    if (!isListAddress(absoluteLink(a.getAttribute('href')))) continue;
    const box = a.parentElement?.closest(TOPIC_BOX_TAGS);
    if (box && box !== root && root.contains(box) && !kept.some((k) => box === k || box.contains(k))) boxes.add(box);
  }
  for (const box of boxes) {
    if (!root.contains(box) || (box.textContent ?? '').length >= TOPIC_BOX_CHARS) continue;
    const links = Array.from(box.querySelectorAll('a[href]'));
    if (!links.every((a) => isListAddress(absoluteLink(a.getAttribute('href'))))) continue;
    const first = box.querySelector('p, h2, h3, h4, h5, h6, strong, b');
    const titled = !!first && (/^H[2-6]$/.test(first.tagName.toUpperCase()) || !!first.querySelector('strong, b') || /^(?:STRONG|B)$/.test(first.tagName.toUpperCase()));
    if (titled) box.remove();
  }
}

/** A link's address made absolute, for its path to be read ("/tieu-diem/x.html" on any host). */
function absoluteLink(href: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, 'https://host.invalid/').href;
  } catch {
    return null;
  }
}

/** A sapo shorter than this is cut from the body (a longer "sapo" is the body itself, badly marked). */
const LEAD_KEPT_CHARS = 600;
/** A date, author or source element longer than this is not cut (it holds more than a credit). */
const CREDIT_CUT_CHARS = 300;
const isShortCredit = (el: Element) => (el.textContent ?? '').length < CREDIT_CUT_CHARS;

/** What is cut from a copy of the page before its body is read, as elements of the live page. */
interface PageCuts {
  /** The sapo's element (kept apart as the lead). */
  lead: Element | null;
  /** The date, author and source elements: cut when short. */
  credits: Element[];
  /** Selectors of the site's furniture and of any site's. */
  furniture: string[];
  /** The body selectors of the site and of any site: a named box holding one is not cut. */
  body: string;
}

/** The element of `copy` at the place `el` has under `live` (copy is a deep clone of live); null outside. */
function counterpart(el: Element, live: Node, copy: Node): Element | null {
  const path: number[] = [];
  for (let node: Node = el; node !== live; ) {
    const parent = node.parentNode;
    if (!parent) return null;
    let i = 0;
    for (let c = parent.firstChild; c && c !== node; c = c.nextSibling) i++;
    path.push(i);
    node = parent;
  }
  let at: Node | null = copy;
  for (let k = path.length - 1; k >= 0 && at; k--) at = at.childNodes[path[k]!] ?? null;
  return (at as Element | null) ?? null;
}

/** Boxes a quoted post is set in, and no more than so many of them around it. */
const POST_WRAPPERS = new Set(['DIV', 'FIGURE', 'SECTION', 'SPAN', 'P']);
const POST_WRAPPER_DEPTH = 3;

/**
 * A post quoted from a social network (an embedded tweet: a blockquote in a box of its own, its script cut as furniture)
 * is the article's: a leader's own words, often the news itself ("Tôi vừa điện đàm với …"). Its box alone, short and
 * full of links (the post's address and date), is what Readability's cleaning cuts, so the blockquote takes its place.
 */
function unwrapQuotedPosts(root: Element): void {
  for (const quote of Array.from(root.querySelectorAll('blockquote'))) {
    for (let box = quote.parentElement, depth = 0; box && box !== root && depth < POST_WRAPPER_DEPTH && POST_WRAPPERS.has(box.tagName.toUpperCase()); depth++) {
      const alone = box.children.length === 1 && Array.from(box.childNodes).every((n) => n === quote || (n.nodeType === 3 && !(n.nodeValue ?? '').trim()));
      if (!alone) break;
      const up = box.parentElement;
      box.replaceWith(quote);
      box = up;
    }
  }
}

/**
 * Clean `root`, a part of a copy of the page (`copy` is the clone of the live page's `live`):
 * the sapo, the captions, short credit lines, the furniture and the blocks under a boilerplate
 * label go, in that order (quoted posts lose their boxes once the furniture has gone).
 */
function cleanCopy(root: Element, live: Node, copy: Node, cuts: PageCuts): void {
  const credits = cuts.credits.map((el) => counterpart(el, live, copy));
  if (cuts.lead) counterpart(cuts.lead, live, copy)?.remove();
  for (const c of Array.from(root.querySelectorAll(CAPTION_SELECTORS))) c.remove();
  for (const el of credits) if (el && isShortCredit(el)) el.remove();
  removeAll(root, cuts.furniture);
  unwrapQuotedPosts(root);
  removeNamedBoxes(root, cuts.body);
  removePromoBoxes(root, cuts.body);
  removeTopicBoxes(root, cuts.body);
  removeLabelledBlocks(root);
}

/**
 * A known site's body, found without copying the whole page: for each of the profile's body
 * selectors in turn, each candidate of the live page is copied alone and cleaned as the whole
 * page would be, and the one with the most text wins (at least BODY_MIN_CHARS). Candidates the
 * whole page's cleaning would cut (inside furniture, the sapo or a credit line) are passed over.
 * Copying the page was as costly as Readability's whole parse of a vov.vn article; a body is a
 * fraction of the page. Null when no candidate qualifies: the whole page is copied then.
 */
function largestCandidateCopy(body: Element, selectors: readonly string[] | undefined, cuts: PageCuts): Element | null {
  return largest(body, selectors, (candidate) => candidateCopy(candidate, body, cuts));
}

/** A candidate of the live page copied alone and cleaned as the whole page would be; null when the whole page's cleaning
 *  would cut it (inside furniture, the sapo or a credit line). Only what is inside it is cut, never the candidate itself. */
function candidateCopy(candidate: Element, body: Element, cuts: PageCuts): Element | null {
  if ((cuts.lead?.contains(candidate) ?? false) || cuts.credits.some((c) => c.contains(candidate) && isShortCredit(c)) || insideAny(candidate, cuts.furniture.join(', '), body)) return null;
  const copy = candidate.cloneNode(true) as Element;
  cleanCopy(copy, candidate, copy, cuts);
  return copy;
}

/** Is `el` or one of its ancestors below `root` matched by `selectors`? */
function insideAny(el: Element, selectors: string, root: Element): boolean {
  if (!selectors) return false;
  try {
    const hit = el.closest(selectors);
    return !!hit && hit !== root && root.contains(hit);
  } catch {
    return false; // a selector this DOM rejects: removeAll skips it too
  }
}

function cleanTitle(raw: string | null, siteName: string | null): string {
  if (!raw) return '';
  let t = normalizeText(raw).replace(/\s+/g, ' ').trim();
  // "Headline - Báo VnExpress", "Headline | CafeF": drop the outlet suffix.
  const parts = t.split(/\s+[|–-]\s+/);
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    if (last.length < 40 && (!siteName || last.toLowerCase().includes(siteName.toLowerCase().slice(0, 4)) || /báo|online|news|tin tức|\.vn|\.net|\.com/i.test(last))) {
      t = parts.slice(0, -1).join(' - ');
    }
  }
  return t;
}

function siteNameFor(meta: PageMeta, profile: SiteProfile, url: string | null): string | null {
  if (profile !== GENERIC) return outletName(profile, url);
  if (meta.siteName) return meta.siteName;
  return siteHostOf(url);
}

/** A vov.vn-style author line: "Minh Hòa/VOV.VN (Theo Reuters)" → author and the credited source. A line in the author's
 *  place that only credits an outlet ("Theo TTXVN", "Nguồn: VOV": a republished story's credit) names the source, no author
 *  (outletOnly). */
function splitAuthorLine(author: string | null): { author: string | null; credit: string | null; outletOnly: boolean } {
  if (!author) return { author: null, credit: null, outletOnly: false };
  const outlet = outletCredit(author);
  if (outlet) return { author: null, credit: outlet, outletOnly: true };
  const m = /^(.*?)\s*\(\s*theo\s+([^()]+)\)\s*$/iu.exec(author);
  if (m) return { author: m[1]!.trim() || null, credit: m[2]!.trim(), outletOnly: false };
  return { author, credit: null, outletOnly: false };
}

/** The credit a site shows apart from the body: "Theo Quỳnh Như" + "Tiền Phong" → "Quỳnh Như / Tiền Phong". */
function creditOf(author: string | null, source: string | null): string | null {
  const person = author?.replace(/^\s*theo\s+/iu, '').trim() || null;
  const outlet = source?.replace(/^\s*(?:theo|nguồn)\s*:?\s*/iu, '').trim() || null;
  if (outlet && outlet.length <= 60) return person && person.length <= 40 ? `${person} / ${outlet}` : outlet;
  if (author && /^\s*theo\s+/iu.test(author) && person && person.length <= 60) return person;
  return null;
}

export interface ExtractOptions {
  /** Publication date to use when the page has none ("YYYY-MM-DD" or ISO). */
  published?: string | null;
  /** Find a known site's body in a copy of the whole page, not in copies of its body candidates
   *  alone (the way it was found before: tests/unit/extract-fast.test.ts compares the two). */
  copyWholePage?: boolean;
}

export function extractArticle(document: Document, url?: string | null, options: ExtractOptions = {}): Article {
  const address = url ?? document.location?.href ?? null;
  const meta = readPageMeta(document);
  const profile = profileFor(address);
  const empty = (reason: string): Article => ({
    url: address,
    canonicalUrl: canonicalizeUrl(meta.canonical, address) ?? canonicalizeUrl(address),
    title: cleanTitle(meta.title ?? document.title, meta.siteName),
    lead: '',
    paragraphs: [],
    captions: [],
    text: '',
    publishedAt: parseMachineDate(meta.published) ?? null,
    author: null,
    attribution: null,
    siteName: siteNameFor(meta, profile, address),
    isArticle: false,
    notArticleReason: reason,
  });

  if (!document.body) return empty(NO_PAGE_TEXT);
  const size = document.body.textContent?.length ?? 0;
  if (size > MAX_TEXT_CHARS) return empty(PAGE_TOO_LARGE);
  if (deeperThan(document.documentElement ?? document.body, MAX_DOM_DEPTH)) return empty(PAGE_TOO_DEEP);

  // The profile's fields and the captions are read on the live page (reading changes nothing);
  // what is cut away is cut from a copy.
  const titleEl = firstText(document, profile.title) ?? firstText(document, GENERIC.title);
  const title = cleanTitle(titleEl?.text ?? meta.title ?? document.title, meta.siteName);
  const dateEl = (profile === GENERIC ? null : firstText(document, profile.date)) ?? nearestDate(document, GENERIC.date, titleEl?.el ?? null);
  const authorEl = firstText(document, profile.author) ?? (profile === GENERIC ? null : firstText(document, GENERIC.author));
  const sourceEl = firstText(document, profile.source) ?? (profile === GENERIC ? null : firstText(document, GENERIC.source));
  const furniture = [...new Set([...(profile.remove ?? []), ...(GENERIC.remove ?? [])])];
  const leadEl = firstText(document, profile.lead) ?? leadAfter(titleEl?.el ?? null, furniture, meta.description);
  let lead = leadEl?.text ?? '';
  const cuts: PageCuts = {
    lead: leadEl && lead.length < LEAD_KEPT_CHARS ? leadEl.el : null,
    credits: [dateEl?.el, authorEl?.el, sourceEl?.el].filter((el): el is Element => !!el),
    furniture,
    body: [...new Set([...(profile.body ?? []), ...(GENERIC.body ?? [])])].join(', '),
  };
  const captions: string[] = [];
  for (const c of Array.from(document.body.querySelectorAll(CAPTION_SELECTORS))) {
    if (cuts.lead?.contains(c)) continue; // cut with the sapo before the captions are read
    const t = textOf(c);
    // A photo block named like a caption around its own caption (vietnamplus' and vtcnews' <figure class="expNoEdit">
    // holding a <figcaption>) reads the same words: they are one caption, read from the inner element.
    if (t && !Array.from(c.querySelectorAll(CAPTION_SELECTORS)).some((inner) => textOf(inner) === t)) captions.push(t);
  }

  // The whole page, copied and cleaned: Readability's input, and the body's on a site whose
  // body candidates are not found alone. Made at most once, only when needed.
  let page: Document | null = null;
  const wholePage = (): Document => {
    if (page) return page;
    page = document.cloneNode(true) as Document;
    cleanCopy(page.body, document, page, cuts);
    return page;
  };

  let container: Element | null = null;
  let usedReadability = false;
  if (profile !== GENERIC) {
    container = options.copyWholePage ? null : largestCandidateCopy(document.body, profile.body, cuts);
    container ??= largest(wholePage().body, profile.body);
  }
  // A page of several posts, each an <article> (a blog's post followed by teasers of others, set the same way): the one that
  // holds the headline is the article. Readability would weigh them together and take the list.
  if (!container && profile === GENERIC) container = headlinesOwnArticle(document, titleEl?.el ?? null, cuts);
  if (!container) {
    const parsed = new Readability(wholePage(), { serializer: (el: Node) => el, charThreshold: READABILITY_CHAR_THRESHOLD, keepClasses: true }).parse();
    container = (parsed?.content as unknown as Element | null | undefined) ?? null;
    usedReadability = true;
  }
  if (!container) return { ...empty(NO_ARTICLE_TEXT), title };

  // A list page is told by its teasers before the teaser cards inside a body are cut.
  const teaserList = (usedReadability || !articleSignalsOf(meta, profile, address)) && isTeaserList(container);
  const linkBlocks = textBlocks(container).filter((b) => b.linkDensity > 0.5 && b.text.length >= TEASER_CHARS).length;
  const headlineLinks = headlineLinksOf(container);
  removeTeaserCards(container);
  const blocks = textBlocks(container);
  // Teasers are headlines standing alone as links (a link block, or a link in a heading); a link
  // inside a paragraph of prose is the article's own (counting those turned link-rich articles down).
  const teaserLinks = Math.max(linkBlocks, headlineLinks);
  const filtered = articleParagraphs(blocks, [title]);
  captions.push(...filtered.captions);
  let paragraphs = filtered.paragraphs;

  // The sapo is always kept: from its own element, else the meta description when the body
  // does not already open with it.
  if (!lead && meta.description) {
    const d = normalizeText(meta.description).replace(/\s+/g, ' ').trim();
    const head = paragraphs[0] ?? '';
    const prefix = d.replace(/(\.\.\.|…)$/, '').slice(0, 60);
    if (head && prefix && head.startsWith(prefix)) {
      lead = head;
      paragraphs = paragraphs.slice(1);
    }
  }
  if (lead) paragraphs = paragraphs.filter((p) => p !== lead);

  // A photo story tells itself in its captions (photo blocks whose captions carry the story, one after another): when
  // the body keeps no paragraph of prose of its own, the captions of the body that read as prose are its paragraphs (and
  // the short lines found instead, a header's or a label's, are not).
  if (!paragraphs.some((p) => isProse(p, inDenseScript(p)))) {
    const story = storyCaptions(document.body, cuts.body, cuts.furniture.join(', '));
    if (story.length >= PHOTO_STORY_CAPTIONS) {
      paragraphs = story;
      for (const c of story) {
        const at = captions.indexOf(c);
        if (at >= 0) captions.splice(at, 1);
      }
    }
  }

  const fromAuthor = splitAuthorLine(authorEl?.text ?? null);
  const credit = findAttribution(paragraphs, lead);
  const drop = new Set(credit.creditLines);
  paragraphs = paragraphs.filter((_, i) => !drop.has(i));
  // An author line that is only an outlet's credit is that credit (fromAuthor.credit), not a person for creditOf to pair
  // with the source element ("Nguồn: VOV / …").
  const byline = fromAuthor.outletOnly ? null : (authorEl?.text ?? null);
  const attribution = credit.attribution ?? creditOf(byline, sourceEl?.text ?? null) ?? outletOfByline(byline) ?? fromAuthor.credit;

  const publishedAt =
    parseMachineDate(meta.published) ??
    parseDisplayDate(dateEl?.text) ??
    parseMachineDate(wholePage().querySelector('time[datetime]')?.getAttribute('datetime')) ??
    dateFromUrl(address) ??
    parseMachineDate(options.published ?? null);

  const text = [lead, ...paragraphs].filter(Boolean).join('\n');
  const dense = inDenseScript(text);
  const proseParagraphs = paragraphs.filter((p) => isProse(p, dense)).length;
  const article: Article = {
    url: address,
    canonicalUrl: canonicalizeUrl(meta.canonical, address) ?? canonicalizeUrl(address),
    title,
    lead,
    paragraphs,
    captions,
    text,
    publishedAt,
    author: fromAuthor.author ?? (meta.author && !/^(vccorp|vnexpress|tuoi tre|tuổi trẻ)/i.test(meta.author) ? meta.author : null),
    attribution,
    siteName: siteNameFor(meta, profile, address),
    isArticle: true,
    notArticleReason: null,
  };

  const path = pathOf(address);
  const articleSignals = articleSignalsOf(meta, profile, address);
  let reason: string | null = null;
  if (profile.articlePath && path && !profile.articlePath.test(path) && !meta.articleJsonLd && !meta.articleTimeMeta) reason = NOT_ARTICLE_SECTION;
  else if (isListAddress(address)) reason = NOT_ARTICLE_SECTION;
  // Too short to be an article either way: the reason the reader sees says it is a list when the page plainly lists
  // stories and calls itself nothing but a website (og:type "video.other" is a video's page with a line under it).
  else if (text.length * (dense ? DENSE_SCRIPT_FACTOR : 1) < MIN_ARTICLE_CHARS || proseParagraphs < 1)
    reason = !articleSignals && /^(?:website)?$/i.test(meta.ogType ?? '') && teaserPage(document.body) ? NOT_ARTICLE_LIST : NOT_ENOUGH_TEXT;
  else if (teaserLinks >= LIST_TEASER_LINKS && teaserLinks > proseParagraphs && (usedReadability || !articleSignals)) reason = NOT_ARTICLE_LIST;
  else if ((usedReadability || !articleSignals) && teaserList) reason = NOT_ARTICLE_LIST;
  else if (!articleSignals && !dateEl && !datedLine(blocks) && proseParagraphs < 3) reason = NOT_AN_ARTICLE;
  else if (!articleSignals && profile === GENERIC && !isOgArticle(document) && pageTeaserHeadlines(document.body, proseParagraphs)) reason = NOT_ARTICLE_LIST;
  // A section's page that calls itself an article (cafef's section pages carry og:type article and a time): a headline
  // no longer than a section's name, hardly any prose, and the page's stories linked by their headlines.
  else if (profile === GENERIC && proseParagraphs < SECTION_PAGE_PROSE && wordCount(title) <= SECTION_NAME_WORDS && pageTeaserHeadlines(document.body, proseParagraphs))
    reason = NOT_ARTICLE_LIST;
  // Nothing is taken from a page that is not an article.
  if (reason) return { ...article, lead: '', paragraphs: [], captions: [], text: '', author: null, attribution: null, isArticle: false, notArticleReason: reason };
  return article;
}
