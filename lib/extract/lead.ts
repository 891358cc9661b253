import { foldKey, normalizeText } from '../text';
import { isCaptionText, isDateLine, isHeadlineLike } from './boilerplate';
import { nameTest } from './names';
import { LEAD_NAME_EXCLUDED_WORDS, LEAD_NAME_WORDS } from './sites/generic';

/**
 * The sapo of a page whose site has no profile (or whose profile's selectors find none): what
 * Vietnamese CMSs share, read from the headline down.
 *
 * - an element named like a sapo (LEAD_NAME_WORDS: "singular-sapo", "content-detail-sapo",
 *   "article__sapo", "the-article-summary", "chapeau", …) between the headline and the body's first
 *   paragraph, or a [data-role="sapo"];
 * - else the first paragraph-sized text under the headline when it is an h2 (a sapo set as a
 *   subheading), a paragraph in bold, or the text the meta description repeats;
 * - a plain paragraph first means the body has begun: no sapo.
 *
 * Only elements after the headline are read, so a teaser's description in a menu or a sidebar
 * before it is never taken; navigation, asides, figures and lists are passed over whole.
 */

/** A sapo is at least this long (shorter named elements are labels or empty wrappers). */
const LEAD_MIN_CHARS = 30;
/** … and at most this long (longer, it is the body or a wrapper of it). */
const LEAD_MAX_CHARS = 1000;
/** A first text block shorter than this is a date, a byline or a subheading: read on. */
const PROSE_CHARS = 40;
/** How many elements after the headline are looked at, at most. */
const MAX_ELEMENTS = 800;
/** Never a sapo, nor inside one. */
const PASSED_OVER = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGURE', 'FIGCAPTION', 'BUTTON', 'SELECT', 'UL', 'OL', 'LI', 'A', 'TABLE', 'IFRAME', 'SVG', 'LABEL']);
const CAPTION_NAME = /caption/i;

const isLeadName = nameTest(LEAD_NAME_WORDS);
const isExcludedName = nameTest(LEAD_NAME_EXCLUDED_WORDS);

/** An element's text as the reader sees it: normalized, its white space run together. */
export const textOf = (el: Element) => normalizeText(el.textContent ?? '').replace(/\s+/g, ' ').trim();

function linkShare(el: Element, length: number): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  return length ? n / length : 0;
}

/** All of the paragraph's text is bold (b, strong, or a bold inline style). */
function isAllBold(p: Element, length: number): boolean {
  let bold = 0;
  for (const b of Array.from(p.querySelectorAll('b, strong, [style*="bold"], [style*="font-weight:7"], [style*="font-weight: 7"]'))) {
    if (b.parentElement?.closest('b, strong') && p.contains(b.parentElement.closest('b, strong'))) continue; // counted with its bold ancestor
    bold += textOf(b).length;
  }
  const style = p.getAttribute('style') ?? '';
  return /font-weight\s*:\s*(bold|[6-9]00)/i.test(style) || bold >= length * 0.9;
}

/** The prefix of the meta description a sapo that repeats it starts with (folded), or null. */
function descriptionKey(description: string | null): string | null {
  if (!description) return null;
  const d = foldKey(normalizeText(description).replace(/\s+/g, ' ').trim().replace(/(\.\.\.|…)$/, ''));
  return d.length >= LEAD_MIN_CHARS ? d.slice(0, 60) : null;
}

/**
 * The sapo element after `headline`, or null. `furniture` is a selector list of the page's
 * furniture (never read); `description` the page's meta description.
 */
export function findLead(headline: Element | null, furniture: string, description: string | null): Element | null {
  if (!headline) return null;
  const doc = headline.ownerDocument;
  const root = doc.body ?? doc.documentElement;
  if (!root || !root.contains(headline)) return null;
  const described = descriptionKey(description);
  const inFurniture = (el: Element): boolean => {
    if (!furniture) return false;
    try {
      return el.matches(furniture);
    } catch {
      return false;
    }
  };

  // Pre-order walk of the elements after the headline; `skip` is a subtree passed over.
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  walker.currentNode = headline;
  let skip: Element | null = headline;
  let seen = 0;
  for (let node = walker.nextNode() as Element | null; node && seen < MAX_ELEMENTS; node = walker.nextNode() as Element | null) {
    if (skip && skip.contains(node)) continue;
    seen++;
    const tag = node.tagName.toUpperCase();
    if (PASSED_OVER.has(tag) || inFurniture(node) || CAPTION_NAME.test(node.getAttribute('class') ?? '')) {
      skip = node;
      continue;
    }
    if (node.getAttribute('data-role') === 'sapo' || (isLeadName(node) && !isExcludedName(node) && !inTeaser(node))) {
      const text = textOf(node);
      if (text.length >= LEAD_MIN_CHARS && text.length <= LEAD_MAX_CHARS && linkShare(node, text.length) < 0.5) return node;
      if (text.length > LEAD_MAX_CHARS) continue; // a wrapper: the sapo may be inside
      skip = node;
      continue;
    }
    if (tag === 'H1') return null; // another headline: a list of articles, or a second story
    const isText = tag === 'P' || tag === 'H2' || tag === 'H3' || (tag === 'DIV' && !hasBlockChild(node));
    if (!isText) continue;
    const text = textOf(node);
    if (text.length < PROSE_CHARS || isCaptionText(text) || linkShare(node, text.length) >= 0.5) {
      skip = node;
      continue;
    }
    if (text.length > LEAD_MAX_CHARS) return null;
    if (described && foldKey(text).startsWith(described)) return node;
    if (isHeadlineLike(text) || isDateLine(text)) {
      skip = node; // a date and section line, a byline, a kicker or a subheading: read on
      continue;
    }
    if (tag === 'H2' || tag === 'H3') return text.length >= 60 ? node : null;
    if (tag === 'P' && isAllBold(node, text.length)) return node;
    return null; // the body's first paragraph: this page has no sapo of its own
  }
  return null;
}

/** A teaser's description: its element or a near ancestor is named like a list's item or card (a
 *  headline taken from a site title h1 walks over the featured teasers first). */
function inTeaser(el: Element): boolean {
  for (let up = el.parentElement, depth = 0; up && depth < TEASER_DEPTH; up = up.parentElement, depth++) if (isExcludedName(up)) return true;
  return false;
}
const TEASER_DEPTH = 3;

const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H2', 'H3', 'H4', 'UL', 'OL', 'TABLE', 'FIGURE', 'BLOCKQUOTE']);
function hasBlockChild(el: Element): boolean {
  for (const c of Array.from(el.children)) if (BLOCKS.has(c.tagName.toUpperCase())) return true;
  return false;
}
