import { matchKey } from './vietnamese';

/**
 * Words of a text with their offsets, and a phrase index that finds multi-word phrases in
 * them (longest match first). Phrases are compared by `matchKey`, so case and tone placement
 * do not matter; whether a match must be capitalised is the caller's business.
 */

export interface Token {
  /** The word as written. */
  text: string;
  /** matchKey of the word. */
  key: string;
  start: number;
  end: number;
}

/** A word: letters, marks and digits, with inner apostrophes ("d'Ivoire"). Hyphens split words,
 *  so "Pu-tin" is two words and matches the phrase "Pu tin" as well as "Pu-tin". */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** What may stand between two words of one phrase: spaces and hyphens, and the plus of "ASEAN+3"; nothing else. */
const JOINER = /^[\s\-‐‑–+]*$/;

export function tokenize(text: string): Token[] {
  const key = matchKey(text);
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ text: m[0], key: key.slice(start, end), start, end });
  }
  return out;
}

/** True when tokens a and b (a before b) are joined only by spaces or hyphens. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return JOINER.test(text.slice(a.end, b.start));
}

export interface PhraseMatch<T> {
  /** Index of the first and one past the last token of the match. */
  from: number;
  to: number;
  start: number;
  end: number;
  values: T[];
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

/** An index of words or phrases that stand for themselves: PhraseIndex of each phrase to itself. */
export function phraseSet(words: readonly string[]): PhraseIndex<string> {
  const idx = new PhraseIndex<string>();
  for (const w of words) idx.add(w, w);
  return idx;
}

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  add(phrase: string, value: T): this {
    const words = tokenize(phrase).map((t) => t.key);
    if (words.length === 0) return this;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(w, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
    return this;
  }

  /** Longest phrase starting at token `from`, or null. */
  matchAt(text: string, tokens: Token[], from: number): PhraseMatch<T> | null {
    let node = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let i = from; i < tokens.length; i++) {
      if (i > from && !adjacent(text, tokens[i - 1]!, tokens[i]!)) break;
      const child = node.next.get(tokens[i]!.key);
      if (!child) break;
      node = child;
      if (node.values.length) {
        best = { from, to: i + 1, start: tokens[from]!.start, end: tokens[i]!.end, values: node.values };
      }
    }
    return best;
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(text: string, tokens: Token[] = tokenize(text)): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(text, tokens, i);
      if (m) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}
