import { normalizeText } from '../text';
import { hasListTimestamp, isBoilerplateLabel, isCaptionText, isDateLine, isFooterText, isFurnitureLine, isHeadlineLike } from './boilerplate';

/**
 * The text blocks of an article container, in reading order, and the filter that keeps the
 * article's own paragraphs. Works on any DOM (browser, happy-dom, jsdom): only nodeType,
 * tagName, childNodes, getAttribute and textContent are used.
 */

export interface TextBlock {
  text: string;
  /** Characters inside links / all characters. */
  linkDensity: number;
  tag: string;
}

/** Elements whose text is never article text. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION',
  'IMG', 'VIDEO', 'AUDIO', 'CANVAS', 'OBJECT', 'EMBED', 'FORM', 'NAV', 'FOOTER', 'ASIDE', 'HEAD', 'MATH',
]);
/** Elements that end a line of text. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE',
  'TR', 'DD', 'DT', 'DL', 'FIGURE', 'FIGCAPTION', 'HEADER', 'MAIN', 'BR', 'HR', 'CENTER', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
/** A table's cells: a row of them reads as one line, its cells apart ("1 Kyle Busch 5040 5"), as a reader reads a table's
 *  row; a cell that holds paragraphs of its own (a page laid out in a table) is cut at them all the same. */
const CELL_TAGS = new Set(['TD', 'TH']);

/** Hidden by markup (inline style or attribute): the page does not show it, so neither do we. */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Walk a container and cut its text into blocks at block-element boundaries. */
export function textBlocks(root: Element, maxBlocks = 5000): TextBlock[] {
  const blocks: TextBlock[] = [];
  let text = '';
  let linkChars = 0;
  let tag = 'P';
  const flush = () => {
    const t = normalizeText(text).replace(/\s+/g, ' ').trim();
    if (t) blocks.push({ text: t, linkDensity: Math.min(1, linkChars / t.length), tag });
    text = '';
    linkChars = 0;
  };
  // Iterative walk: pages can nest thousands of elements, recursion would overflow.
  const stack: Array<{ node: Node; inLink: boolean; exit?: boolean; block?: string }> = [{ node: root, inLink: false }];
  while (stack.length && blocks.length < maxBlocks) {
    const item = stack.pop()!;
    if (item.exit) {
      flush();
      continue;
    }
    const node = item.node;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      text += v;
      if (item.inLink) linkChars += v.trim().length ? v.replace(/\s+/g, ' ').length : 0;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const name = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(name) || isHidden(el)) continue;
    if (CELL_TAGS.has(name)) text += ' ';
    const isBlock = BLOCK_TAGS.has(name);
    if (isBlock) {
      flush();
      tag = name;
      stack.push({ node: el, inLink: item.inLink, exit: true });
    }
    const inLink = item.inLink || name === 'A';
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, inLink });
  }
  flush();
  return blocks;
}

/** A block that is a link to another article rather than text: mostly link, and short. */
const LINK_DENSITY_LIMIT = 0.5;
const LINK_BLOCK_MAX_CHARS = 320;

/** A sentence with several links still has words of its own between them: at least this many characters. */
const OWN_WORDS_CHARS = 15;
/** … and less than this share of it in links (a headline with a word before it is a link). */
const SENTENCE_LINK_SHARE = 0.85;
const ENDS_PROSE = /[.!?…]["”’)]?$/u;
/** A line with a list's timestamp shorter than this is a headline line whatever its end. */
const LIST_LINE_CHARS = 60;

/** A line that is an address written out ("http://amzn.to/2hYjEj6" under an item of a list): the text cites it, as a
 *  source or a shop, and a reader copies it; a link to another article shows that article's headline instead. */
const BARE_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/iu;

/**
 * A block that is a link to another article rather than text: mostly link, and short. A sentence
 * whose words are mostly links ("They discussed <a>the energy agreement</a> and <a>the shipping
 * talks</a>, officials said.") ends like a sentence and keeps words of its own: it is prose.
 */
function isLinkBlock(b: TextBlock): boolean {
  if (b.linkDensity <= LINK_DENSITY_LIMIT || b.text.length >= LINK_BLOCK_MAX_CHARS || BARE_ADDRESS.test(b.text)) return false;
  const ownChars = (1 - b.linkDensity) * b.text.length;
  return !(b.linkDensity < SENTENCE_LINK_SHARE && ownChars >= OWN_WORDS_CHARS && ENDS_PROSE.test(b.text));
}

export interface ParagraphFilterResult {
  paragraphs: string[];
  captions: string[];
}

/**
 * Keep the article's paragraphs: drop link blocks, boilerplate labels and the headline list
 * that follows each label, footers and photo captions (returned apart), and repeats.
 */
export function articleParagraphs(blocks: TextBlock[], skip: string[] = []): ParagraphFilterResult {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  const seen = new Set(skip.map((s) => s.trim()).filter(Boolean));
  let inList = false;
  for (const b of blocks) {
    const t = b.text;
    if (isFurnitureLine(t)) continue;
    if (isBoilerplateLabel(t)) {
      inList = true;
      continue;
    }
    const linkBlock = isLinkBlock(b);
    if (inList) {
      // Inside a related/latest list: headlines, timestamps and links until real text resumes.
      if (linkBlock || isHeadlineLike(t) || b.tag === 'LI') continue;
      inList = false;
    }
    // A list's timestamp marks a headline line; a sentence may say "at 11:30 AM" and stays.
    const listLine = hasListTimestamp(t) && (t.length < LIST_LINE_CHARS || !ENDS_PROSE.test(t));
    if (linkBlock || listLine || isDateLine(t) || isFooterText(t)) continue;
    if (b.tag === 'FIGCAPTION' || isCaptionText(t)) {
      captions.push(t);
      continue;
    }
    if (seen.has(t)) continue;
    seen.add(t);
    paragraphs.push(t);
  }
  return { paragraphs, captions };
}
