import { HIGHLIGHT_CATEGORIES, type HighlightCategory } from '../../lib/highlight';

/**
 * Paints the located ranges. With the CSS Custom Highlight API (Chromium, Firefox ≥ 140) the page's
 * DOM is not touched at all: the colours come from ::highlight() rules in a constructed style sheet
 * adopted by the document. Only where the API is missing are the ranges wrapped in
 * <dien-dam-mark> elements, which clear() unwraps again.
 */

export const HIGHLIGHT_COLORS: Record<HighlightCategory, string> = {
  participant: '#ffe08a',
  date: '#b6e3ff',
  call: '#ffc2d1',
  topic: '#c8f7c5',
  agreement: '#e6d5ff',
  initiator: '#ffd8b5',
};

const NAME = (c: HighlightCategory) => `dien-dam-${c}`;
const MARK = 'dien-dam-mark';

type HighlightRegistry = Map<string, unknown> & { delete(name: string): boolean };
interface HighlightApi {
  registry: HighlightRegistry;
  Highlight: new (...ranges: Range[]) => { priority: number };
}

function highlightApi(): HighlightApi | null {
  const css = (globalThis as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightApi['Highlight'] }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

let sheet: CSSStyleSheet | null = null;

/** The colours, as a style sheet adopted by the document (no element is added to the page). */
function adoptStyles(doc: Document): void {
  if (sheet || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  sheet = new CSSStyleSheet();
  const rules = HIGHLIGHT_CATEGORIES.map(
    (c) => `::highlight(${NAME(c)}) { background-color: ${HIGHLIGHT_COLORS[c]}; color: inherit; }\n${MARK}[data-category="${c}"] { background-color: ${HIGHLIGHT_COLORS[c]}; color: inherit; }`,
  ).join('\n');
  sheet.replaceSync(rules);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

function dropStyles(doc: Document): void {
  if (!sheet) return;
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  sheet = null;
}

export interface Painted {
  mode: 'css-highlights' | 'elements';
  count: number;
}

export function paint(doc: Document, ranges: Map<HighlightCategory, Range[]>): Painted {
  clear(doc);
  adoptStyles(doc);
  const api = highlightApi();
  let count = 0;
  if (api) {
    HIGHLIGHT_CATEGORIES.forEach((c, i) => {
      const list = ranges.get(c);
      if (!list?.length) return;
      const h = new api.Highlight(...list);
      // Later categories win where they overlap (an agreement over a topic word).
      h.priority = i;
      api.registry.set(NAME(c), h);
      count += list.length;
    });
    return { mode: 'css-highlights', count };
  }
  // Fallback: wrap each range in an element, last range first so earlier offsets stay valid.
  const all = HIGHLIGHT_CATEGORIES.flatMap((c) => (ranges.get(c) ?? []).map((r) => [c, r] as const));
  for (const [c, r] of all.reverse()) {
    if (r.startContainer !== r.endContainer || r.collapsed) continue; // only ranges within one text node
    const mark = doc.createElement(MARK);
    mark.setAttribute('data-category', c);
    try {
      r.surroundContents(mark);
      count++;
    } catch {
      /* a range the DOM refuses to wrap: skip it */
    }
  }
  return { mode: 'elements', count };
}

export function clear(doc: Document): void {
  const api = highlightApi();
  if (api) for (const c of HIGHLIGHT_CATEGORIES) api.registry.delete(NAME(c));
  for (const mark of Array.from(doc.querySelectorAll(MARK))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
  dropStyles(doc);
}
