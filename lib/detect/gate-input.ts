/**
 * What the cheap gate reads from a page: the address, the title and the description. Kept apart
 * from the gate's rules (gate.ts) because the content script only reads these inputs and hands
 * them to the background, which decides off the page's main thread; this module must therefore
 * stay free of the rules' tables.
 */

export interface GateInput {
  url?: string | null;
  title?: string | null;
  description?: string | null;
  /** The start of the page's first paragraphs: many call articles name the call only after the sapo
   *  ("Mỹ mời Tổng Bí thư sang thăm" over "Trong cuộc điện đàm …"), or their description is another text. */
  opening?: string | null;
}

/**
 * How much of the title and of the description the gate reads: it looks at the first
 * GATE_TEXT_CHARS characters of "title\ndescription", so nothing beyond that many characters of
 * either can change its answer (and a hostile page's megabyte title is not sent anywhere).
 */
export const GATE_TEXT_CHARS = 2000;

/** How much of the first paragraphs the gate reads: enough for the sapo and the paragraph after it. */
export const GATE_OPENING_CHARS = 600;
/** How many paragraphs that long, from the top of the page, make the opening. */
const OPENING_PARAGRAPHS = 3;
/** A paragraph shorter than this is a menu item, a byline or a caption, not the article's text. */
const OPENING_PARAGRAPH_MIN_CHARS = 60;

/** Longest address passed on (a longer one is not a news article's). */
export const GATE_URL_CHARS = 4096;

/** Longest part of the first h1 the gate reads. */
const H1_CHARS = 300;

/** Separates the parts of the XPath string below (a control character news texts do not hold). */
const PART = '\u001f';

/** The first meta of a kind (`where`: the head's children or the whole document), its content. */
const metaContent = (where: string, test: string) => `(${where}meta[${test}])[1]/@content`;

/** Paragraphs outside the page's header, menus and footer, and not a list's teaser (a sapo right after a linked
 *  heading and its time: a list page's first paragraphs are other articles'). The cheap test comes first: XPath's
 *  "and" stops at the first false one, and the length (no node-set) is cheaper than the axes' tests, the teaser's
 *  the dearest (warm in Chromium, 40 candidates: 0.1–0.2 ms with the length alone, 0.15–0.35 ms with all three). */
const OUTSIDE_FURNITURE = 'not(ancestor::header or ancestor::nav or ancestor::footer or ancestor::aside)';
const NOT_A_TEASER = 'not(preceding-sibling::*[position() <= 2][(self::h2 or self::h3 or self::h4) and a])';
/** Only the page's first paragraphs are looked at: the tests above on all of a page's 50,000 paragraphs take seconds. */
const OPENING_CANDIDATES = 40;
/** The opening's paragraphs, in document order: the XPath string reads the first OPENING_PARAGRAPHS of them. */
const OPENING_PARAGRAPHS_XPATH = `((//p)[position() <= ${OPENING_CANDIDATES}])[string-length(.) > ${OPENING_PARAGRAPH_MIN_CHARS} and ${NOT_A_TEASER} and ${OUTSIDE_FURNITURE}]`;

/**
 * The page texts besides the title, in one XPath string: the first og:title, the first h1's text, the first
 * description, the first og:description and the opening's paragraphs (each cut at GATE_OPENING_CHARS). An XPath
 * string result creates no element wrapper in the reading script's world, the largest part of a first read through
 * querySelector or a node snapshot in a fresh content-script world (≈ 0.1–0.2 ms a wrapper, cold).
 */
const gateTextsXPath = (metasUnder: string, paragraphs: number) =>
  `concat(${metaContent(metasUnder, '@property="og:title"')}, "${PART}", substring(//h1, 1, ${H1_CHARS}), "${PART}", ` +
  `${metaContent(metasUnder, '@name="description"')}, "${PART}", ${metaContent(metasUnder, '@property="og:description"')}` +
  Array.from({ length: paragraphs }, (_, i) => `, "${PART}", substring(${OPENING_PARAGRAPHS_XPATH}[${i + 1}], 1, ${GATE_OPENING_CHARS})`).join('') +
  ')';


/**
 * The metas looked for among the head's children first: each `//` walks the whole document (1,000
 * to 2,000 elements on a news page: 70–230 µs for the four texts, warm, in Chromium, against 55–100
 * µs with the head's children). A page whose head lacks one of them (or holds it empty) is read
 * again through the whole document, which gives the first one in document order, as the
 * selectors do; a meta found in the head is the first one in document order anyway. That second read leaves
 * the opening out: it was read the first time, and its paragraphs cost more than the metas.
 */
const GATE_TEXTS_HEAD_FIRST = gateTextsXPath('/html/head/', OPENING_PARAGRAPHS);
const GATE_METAS_WHOLE_PAGE = gateTextsXPath('//', 0);

/** og:title, the first h1's text (its first H1_CHARS characters), description, og:description, the opening paragraphs. */
export type GateTexts = [ogTitle: string, h1: string, description: string, ogDescription: string, opening: string];

/** The texts through one XPath string; null where XPath is missing (happy-dom) or a text holds PART. */
export function gateTextsByXPath(document: Document): GateTexts | null {
  if (typeof document.evaluate !== 'function') return null;
  try {
    const read = (xpath: string) => document.evaluate(xpath, document, null, 2 /* XPathResult.STRING_TYPE */, null).stringValue.split(PART);
    const parts = read(GATE_TEXTS_HEAD_FIRST);
    if (parts.length !== 4 + OPENING_PARAGRAPHS) return null;
    if (!parts[0] || !parts[2] || !parts[3]) {
      const metas = read(GATE_METAS_WHOLE_PAGE);
      if (metas.length !== 4) return null;
      parts.splice(0, 4, ...metas);
    }
    // XPath's substring counts code points, slice UTF-16 units: cut the texts as the selectors do. A paragraph
    // of the opening is never empty (it is longer than OPENING_PARAGRAPH_MIN_CHARS): an empty part is one not found.
    const opening = openingText(parts.slice(4).filter((p) => p !== ''));
    return [parts[0]!, parts[1]!.slice(0, H1_CHARS), parts[2]!, parts[3]!, opening];
  } catch {
    return null;
  }
}

/** The texts through querySelector: the same answer as gateTextsByXPath, at the cost of element wrappers. */
export function gateTextsBySelectors(document: Document): GateTexts {
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? '';
  const h1 = document.querySelector('h1')?.textContent ?? '';
  return [meta('meta[property="og:title"]'), h1.slice(0, H1_CHARS), meta('meta[name="description"]'), meta('meta[property="og:description"]'), openingText(Array.from(openingParagraphs(document), (p) => p.textContent ?? ''))];
}

/** The first paragraphs' texts as one text of at most GATE_OPENING_CHARS. */
function openingText(paragraphs: Iterable<string>): string {
  let out = '';
  for (const p of paragraphs) {
    if (out.length >= GATE_OPENING_CHARS) break;
    out += `${p.slice(0, GATE_OPENING_CHARS).replace(/\s+/g, ' ').trim()}\n`;
  }
  return out.slice(0, GATE_OPENING_CHARS);
}

function* openingParagraphs(document: Document): Generator<Element> {
  let n = 0;
  let seen = 0;
  for (const p of document.querySelectorAll('p')) {
    if (n === OPENING_PARAGRAPHS || seen++ === OPENING_CANDIDATES) return;
    const linkedHeading = (e: Element | null | undefined) => !!e && /^H[234]$/.test(e.tagName) && !!e.querySelector(':scope > a');
    const teaser = linkedHeading(p.previousElementSibling) || linkedHeading(p.previousElementSibling?.previousElementSibling);
    if (teaser || p.closest('header, nav, footer, aside') || (p.textContent ?? '').length <= OPENING_PARAGRAPH_MIN_CHARS) continue;
    n++;
    yield p;
  }
}

/**
 * The gate's inputs, read from a document without touching it: title, og:title, the first h1,
 * descriptions, the opening paragraphs. `readTexts` reads the texts besides the title (the selectors when it gives
 * null): the content script passes gateTextsByXPath, native and cheapest in a browser; Node's
 * DOMs keep the selectors (jsdom's XPath is JavaScript, tens of milliseconds a page).
 */
export function gateInputOf(document: Document, url: string | null, readTexts: (document: Document) => GateTexts | null = gateTextsBySelectors): GateInput {
  const [ogTitle, h1, description, ogDescription, opening] = readTexts(document) ?? gateTextsBySelectors(document);
  return {
    url: url === null ? null : url.slice(0, GATE_URL_CHARS),
    title: `${document.title}\n${ogTitle}\n${h1}`.slice(0, GATE_TEXT_CHARS),
    description: `${description}\n${ogDescription}`.slice(0, GATE_TEXT_CHARS),
    opening,
  };
}
