import type { Article } from '../extract/types';
import { matchKey } from '../text';
import type { HighlightCategory, HighlightPlan } from './plan';

/**
 * Where the planned phrases are in the live page, as DOM Ranges, inside the article's own
 * paragraphs only (never in menus, sidebars, related lists or comments). The page is read, never
 * changed: text nodes are walked and mapped character by character, so a Range can point into
 * NFD text or text split across inline elements.
 */

/** Elements whose text is never searched. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'IFRAME', 'CANVAS', 'HEAD']);
const BLOCK = /^(P|DIV|SECTION|ARTICLE|H[1-6]|LI|UL|OL|BLOCKQUOTE|TD|TH|TR|TABLE|FIGURE|FIGCAPTION|HEADER|FOOTER|MAIN|ASIDE|NAV|BR|DD|DT|PRE)$/;
/** Bounds: a page is walked for at most this many text nodes, and gets at most this many highlights. */
export const MAX_TEXT_NODES = 20_000;
export const MAX_RANGES = 400;
/** A paragraph is found in the page by its first characters. */
const PARAGRAPH_PROBE = 60;

interface FlatText {
  text: string;
  /** For each character of `text`: its text node and offsets, or null for a block separator. */
  nodes: Array<Text | null>;
  starts: number[];
  ends: number[];
}

const COMBINING = /\p{M}/u;

/** The page's text as one NFC string with single spaces, mapped back to its text nodes. */
export function flattenText(root: Node, isOwnUi: (el: Element) => boolean = () => false): FlatText {
  const flat: FlatText = { text: '', nodes: [], starts: [], ends: [] };
  let out = '';
  let seen = 0;
  const pushSeparator = () => {
    if (out && !out.endsWith('\n')) {
      out += '\n';
      flat.nodes.push(null);
      flat.starts.push(0);
      flat.ends.push(0);
    }
  };
  const stack: Array<{ node: Node; exit?: boolean }> = [{ node: root }];
  while (stack.length && seen < MAX_TEXT_NODES) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      pushSeparator();
      continue;
    }
    if (node.nodeType === 3) {
      seen++;
      const value = node.nodeValue ?? '';
      let i = 0;
      while (i < value.length) {
        // One character and its combining marks, composed.
        let j = i + 1;
        if (value.charCodeAt(i) >= 0xd800 && value.charCodeAt(i) <= 0xdbff) j++;
        while (j < value.length && COMBINING.test(value[j]!)) j++;
        const cluster = value.slice(i, j);
        const composed = cluster.normalize('NFC');
        if (/^\s+$/u.test(cluster)) {
          if (out && !/[\s]$/.test(out)) {
            out += ' ';
            flat.nodes.push(node as Text);
            flat.starts.push(i);
            flat.ends.push(j);
          }
        } else if (/[\u200B-\u200D\u2060\uFEFF\u00AD]/.test(cluster)) {
          // Zero-width characters are not in the article's text either.
        } else {
          for (const ch of composed) {
            out += ch;
            for (let k = 0; k < ch.length; k++) {
              flat.nodes.push(node as Text);
              flat.starts.push(i);
              flat.ends.push(j);
            }
          }
        }
        i = j;
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const el = node as Element;
    if (node.nodeType === 1 && (SKIP.has(el.tagName.toUpperCase()) || isOwnUi(el))) continue;
    if (node.nodeType === 1 && BLOCK.test(el.tagName.toUpperCase())) {
      pushSeparator();
      stack.push({ node, exit: true });
    }
    const children = node.childNodes;
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k]! });
  }
  flat.text = out;
  return flat;
}

const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

function rangeOf(doc: Document, flat: FlatText, start: number, end: number): Range | null {
  const a = flat.nodes[start];
  const b = flat.nodes[end - 1];
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a, flat.starts[start]!);
  range.setEnd(b, flat.ends[end - 1]!);
  return range;
}

/** Spans [start, end) of the flat text that hold the article's paragraphs. */
function paragraphRegions(flatKey: string, article: Article): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  let from = 0;
  for (const p of [article.lead, ...article.paragraphs]) {
    if (!p) continue;
    const key = matchKey(p);
    const probe = key.slice(0, PARAGRAPH_PROBE);
    let at = flatKey.indexOf(probe, from);
    if (at < 0) at = flatKey.indexOf(probe);
    if (at < 0) continue;
    regions.push([at, Math.min(flatKey.length, at + key.length)]);
    from = at + key.length;
  }
  return regions;
}

export interface Located {
  ranges: Map<HighlightCategory, Range[]>;
  /** How many of the article's paragraphs were found in the page. */
  paragraphsFound: number;
}

export function locateHighlights(doc: Document, article: Article, plans: HighlightPlan[], isOwnUi?: (el: Element) => boolean): Located {
  const flat = flattenText(doc.body ?? doc, isOwnUi);
  const flatKey = matchKey(flat.text);
  const regions = paragraphRegions(flatKey, article);
  const ranges = new Map<HighlightCategory, Range[]>();
  let total = 0;
  for (const plan of plans) {
    const list: Range[] = [];
    // Within a category a place is highlighted once; categories may overlap (a topic inside an agreement).
    const taken: Array<[number, number]> = [];
    // Longer phrases first, so "Tổng thống Nga Vladimir Putin" wins over "Putin".
    for (const phrase of [...plan.phrases].sort((x, y) => y.length - x.length)) {
      const key = matchKey(phrase.replace(/\s+/g, ' '));
      for (const [rs, re] of regions) {
        for (let at = flatKey.indexOf(key, rs); at >= 0 && at + key.length <= re; at = flatKey.indexOf(key, at + key.length)) {
          const end = at + key.length;
          if (isLetter(flat.text[at - 1]) || isLetter(flat.text[end])) continue;
          if (taken.some(([s, e]) => at < e && s < end)) continue;
          const r = rangeOf(doc, flat, at, end);
          if (!r) continue;
          list.push(r);
          taken.push([at, end]);
          if (++total >= MAX_RANGES) break;
        }
      }
    }
    if (list.length) ranges.set(plan.category, list);
  }
  return { ranges, paragraphsFound: regions.length };
}
