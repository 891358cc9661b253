import { Readability } from '@mozilla/readability';
import { PAGE_TOO_DEEP, PAGE_TOO_LARGE } from './reasons';
import { normalizeText } from '../text';
import { findAttribution, outletOfByline } from './attribution';
import { articleParagraphs, textBlocks } from './blocks';
import { isBoilerplateLabel, MAX_LABEL_CHARS } from './boilerplate';
import { readPageMeta, type PageMeta } from './page-meta';
import { dateFromUrl, parseDisplayDate, parseMachineDate } from './published';
import { GENERIC, profileFor, type SiteProfile } from './sites';
import type { Article } from './types';
import { canonicalizeUrl } from './url';

/**
 * extractArticle(document, url) → Article.
 *
 * 1. Metadata from the live page (meta tags, JSON-LD), read-only.
 * 2. Everything else on a clone: the live page is never changed.
 * 3. The site profile (or the generic one) gives title, sapo, date, author and removes the
 *    site's furniture; captions are set apart.
 * 4. The body: the profile's body element on a known site, else Readability on the cleaned
 *    clone. Its blocks are filtered (link lists, boilerplate labels and the lists under them,
 *    footers, repeats).
 * 5. Credit lines become `attribution`; the page is judged an article or not.
 */

/** Readability's minimum article length; Vietnamese short news can be ~300 characters. */
const READABILITY_CHAR_THRESHOLD = 300;
/** A page with less body text than this is not an article we can summarise. */
const MIN_ARTICLE_CHARS = 250;
/** A paragraph of at least this many characters that ends like a sentence reads as prose. */
const PROSE_PARAGRAPH_CHARS = 80;
/** More teaser links than this inside the chosen container, and more links than prose: a list page. */
const LIST_TEASER_LINKS = 6;
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

function firstText(root: ParentNode, selectors: readonly string[] | undefined): { el: Element; text: string } | null {
  for (const sel of selectors ?? []) {
    let nodes: Element[];
    try {
      nodes = Array.from(root.querySelectorAll(sel));
    } catch {
      continue; // a selector the DOM implementation does not support
    }
    for (const el of nodes) {
      const text = normalizeText(el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) return { el, text };
    }
  }
  return null;
}

/** The candidate with the most text (some CMSs keep an empty pop-up copy of the body). */
function largest(root: ParentNode, selectors: readonly string[] | undefined): Element | null {
  for (const sel of selectors ?? []) {
    let nodes: Element[];
    try {
      nodes = Array.from(root.querySelectorAll(sel));
    } catch {
      continue;
    }
    let best: Element | null = null;
    let bestLen = 0;
    for (const el of nodes) {
      const len = (el.textContent ?? '').trim().length;
      if (len > bestLen) {
        best = el;
        bestLen = len;
      }
    }
    if (best && bestLen >= 100) return best;
  }
  return null;
}

function removeAll(root: ParentNode, selectors: readonly string[] | undefined): void {
  if (!selectors?.length) return;
  // One walk of the tree for the whole list (a walk per selector cost a tenth of the engine in
  // happy-dom); one selector at a time only when the list has a selector this DOM rejects.
  try {
    for (const el of Array.from(root.querySelectorAll(selectors.join(', ')))) el.remove();
    return;
  } catch {
    /* an unsupported selector: try each */
  }
  for (const sel of selectors) {
    try {
      for (const el of Array.from(root.querySelectorAll(sel))) el.remove();
    } catch {
      /* unsupported selector */
    }
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
  if (profile !== GENERIC) return profile.name;
  if (meta.siteName) return meta.siteName;
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** A vov.vn-style author line: "Minh Hòa/VOV.VN (Theo Reuters)" → author and the credited source. */
function splitAuthorLine(author: string | null): { author: string | null; credit: string | null } {
  if (!author) return { author: null, credit: null };
  const m = /^(.*?)\s*\(\s*theo\s+([^()]+)\)\s*$/iu.exec(author);
  if (m) return { author: m[1]!.trim() || null, credit: m[2]!.trim() };
  return { author, credit: null };
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

  if (!document.body) return empty('Trang không có nội dung');
  const size = document.body.textContent?.length ?? 0;
  if (size > MAX_TEXT_CHARS) return empty(PAGE_TOO_LARGE);
  if (deeperThan(document.documentElement ?? document.body, MAX_DOM_DEPTH)) return empty(PAGE_TOO_DEEP);

  const clone = document.cloneNode(true) as Document;
  const body = clone.body;
  if (!body) return empty('Trang không có nội dung');

  const title = cleanTitle(firstText(clone, profile.title)?.text ?? firstText(clone, GENERIC.title)?.text ?? meta.title ?? clone.title, meta.siteName);
  const dateEl = firstText(clone, profile.date) ?? (profile === GENERIC ? null : firstText(clone, GENERIC.date));
  const authorEl = firstText(clone, profile.author) ?? (profile === GENERIC ? null : firstText(clone, GENERIC.author));
  const sourceEl = firstText(clone, profile.source) ?? (profile === GENERIC ? null : firstText(clone, GENERIC.source));
  const leadEl = firstText(clone, profile.lead) ?? (profile === GENERIC ? null : firstText(clone, GENERIC.lead));
  let lead = leadEl?.text ?? '';
  if (leadEl && lead.length < 600) leadEl.el.remove();

  const captions: string[] = [];
  for (const c of Array.from(body.querySelectorAll(CAPTION_SELECTORS))) {
    const t = normalizeText(c.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) captions.push(t);
    c.remove();
  }
  for (const el of [dateEl?.el, authorEl?.el, sourceEl?.el]) if (el && (el.textContent ?? '').length < 300) el.remove();
  // The site's furniture and the usual furniture of any site, in one walk.
  removeAll(body, [...new Set([...(profile.remove ?? []), ...(GENERIC.remove ?? [])])]);
  removeLabelledBlocks(body);

  let container: Element | null = profile !== GENERIC ? largest(body, profile.body) : null;
  let usedReadability = false;
  if (!container) {
    const parsed = new Readability(clone, { serializer: (el: Node) => el, charThreshold: READABILITY_CHAR_THRESHOLD, keepClasses: true }).parse();
    container = (parsed?.content as unknown as Element | null | undefined) ?? null;
    usedReadability = true;
  }
  if (!container) return { ...empty('Không tìm thấy nội dung bài viết'), title };

  const blocks = textBlocks(container);
  const teaserLinks = Array.from(container.querySelectorAll('a')).filter((a) => (a.textContent ?? '').trim().length >= 25).length;
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

  const fromAuthor = splitAuthorLine(authorEl?.text ?? null);
  const credit = findAttribution(paragraphs, lead);
  const drop = new Set(credit.creditLines);
  paragraphs = paragraphs.filter((_, i) => !drop.has(i));
  const attribution = credit.attribution ?? creditOf(authorEl?.text ?? null, sourceEl?.text ?? null) ?? outletOfByline(authorEl?.text ?? null) ?? fromAuthor.credit;

  const publishedAt =
    parseMachineDate(meta.published) ??
    parseDisplayDate(dateEl?.text) ??
    parseMachineDate(clone.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    dateFromUrl(address) ??
    parseMachineDate(options.published ?? null);

  const text = [lead, ...paragraphs].filter(Boolean).join('\n');
  const proseParagraphs = paragraphs.filter((p) => p.length >= PROSE_PARAGRAPH_CHARS && /[.!?…"”)]$/.test(p)).length;
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

  let path = '';
  try {
    path = address ? new URL(address).pathname : '';
  } catch {
    path = '';
  }
  const articleSignals = meta.articleJsonLd || meta.articleTimeMeta || (!!profile.articlePath && profile.articlePath.test(path));
  let reason: string | null = null;
  if (profile.articlePath && path && !profile.articlePath.test(path) && !meta.articleJsonLd && !meta.articleTimeMeta) reason = 'Trang chuyên mục, không phải bài viết';
  else if (text.length < MIN_ARTICLE_CHARS || proseParagraphs < 1) reason = 'Quá ít nội dung để là một bài viết';
  else if (teaserLinks >= LIST_TEASER_LINKS && teaserLinks > proseParagraphs && (usedReadability || !articleSignals)) reason = 'Trang danh sách tin, không phải bài viết';
  else if (!articleSignals && !dateEl && proseParagraphs < 3) reason = 'Không có dấu hiệu của một bài báo';
  // Nothing is taken from a page that is not an article.
  if (reason) return { ...article, lead: '', paragraphs: [], captions: [], text: '', author: null, attribution: null, isArticle: false, notArticleReason: reason };
  return article;
}
