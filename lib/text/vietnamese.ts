/**
 * Vietnamese text normalisation.
 *
 * Pages mix precomposed (NFC) and combining (NFD) tone marks and both the old ("hòa", "thủy")
 * and the new ("hoà", "thuỷ") tone placement. Everything the engine reads goes through
 * `normalizeText` (NFC, unified spaces), and everything it *compares* goes through one of
 * two keys:
 *
 * - `matchKey`: lower case, tone mark moved to one canonical vowel of its syllable. Keeps
 *   every letter and mark, so "Pháp" and "pháp" match but "Pháp" and "phap" do not.
 * - `foldKey`: lower case without any diacritic ("điện đàm" → "dien dam"), for search boxes.
 *
 * Both keys have exactly the length of their (NFC) input, character for character, so an
 * index found in a key is the same index in the text it came from: no offset maps needed.
 */
import { isLetter } from './letters';

/** Combining tone marks: grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Vowels (after removing tones, in NFC) that carry a vowel-quality mark; when a syllable has
 *  one, the tone sits on it ("tiến", "người", "thuở" → on ơ). */
const MARKED_VOWELS = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);
const PLAIN_VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Two-vowel nuclei whose tone sits on the second vowel in the new placement ("hoà", "hoè", "thuỷ"). */
const SECOND_VOWEL_PAIRS = new Set(['oa', 'oe', 'uy']);

const isVowel = (c: string) => PLAIN_VOWELS.has(c) || MARKED_VOWELS.has(c);

/** Letters of a word: Latin letters with or without marks, and đ. */
const LETTER = /[\p{L}\p{M}]/u;

/**
 * LETTER.test(c) for a character of code unit `code` ≥ 0x80, without the regular expression in
 * the blocks Vietnamese text is written in: building LETTER's Unicode classes costs about a
 * millisecond in every fresh page (the content script's gate runs in one on every page). A unit
 * test checks these ranges against LETTER for every code point they cover.
 */
function isWordChar(code: number, c: string): boolean {
  if (code <= 0xff) return code === 0xaa || code === 0xb5 || code === 0xba || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
  if (code <= 0x24f) return true; // Latin Extended-A and -B: letters only
  if (code >= 0x300 && code <= 0x36f) return true; // combining diacritical marks
  if (code >= 0x1e00 && code <= 0x1eff) return true; // Latin Extended Additional (ạ, ế, ở…): letters only
  if (code >= 0x2000 && code <= 0x206f) return false; // general punctuation: spaces, dashes, quotes
  return LETTER.test(c);
}

/** NFC, and every kind of space (NBSP, thin space, ideographic space) as a plain space.
 *  Zero-width characters are dropped, so the result can be shorter than the input. The Icelandic eth
 *  (Ð, ð), which some newsrooms' fonts and keyboards put for Đ and đ ("Ðảng Cộng sản"), is read as them. */
export function normalizeText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\u00D0/g, '\u0110')
    .replace(/\u00F0/g, '\u0111')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ');
}

/** Lower-case one character without ever changing the length of the string; the eth (Ð, ð) as đ (see normalizeText). */
function lowerChar(c: string): string {
  if (c === '\u00D0' || c === '\u00F0') return 'đ';
  const l = c.toLowerCase();
  return l.length === c.length ? l : c;
}

/** Split an NFC character into its base (with vowel-quality marks) and its tone mark, if any. */
function splitTone(c: string): [base: string, tone: string] {
  const d = c.normalize('NFD');
  if (d.length === 1) return [c, ''];
  let tone = '';
  let base = '';
  for (const ch of d) {
    if (TONE_MARKS.has(ch)) tone = ch;
    else base += ch;
  }
  return [base.normalize('NFC'), tone];
}

/**
 * Index (within the syllable) of the vowel that carries the tone in the canonical placement.
 * The rule only needs to be deterministic and to agree for the old and the new placement:
 * both "hòa" and "hoà" have toneless letters "hoa", and both land on the same vowel here.
 */
function toneVowelIndex(letters: string[]): number {
  let start = 0;
  // "qu" and "gi" before a vowel: the u / i belongs to the consonant.
  if ((letters[0] === 'q' && letters[1] === 'u') || (letters[0] === 'g' && letters[1] === 'i' && isVowel(letters[2] ?? ''))) {
    start = 2;
  }
  let first = -1;
  let last = -1;
  for (let i = start; i < letters.length; i++) {
    if (isVowel(letters[i]!)) {
      if (first < 0) first = i;
      last = i;
    } else if (first >= 0) break;
  }
  if (first < 0) {
    // "gì", "qu" alone: fall back to the last vowel anywhere.
    for (let i = letters.length - 1; i >= 0; i--) if (isVowel(letters[i]!)) return i;
    return -1;
  }
  for (let i = last; i >= first; i--) if (MARKED_VOWELS.has(letters[i]!)) return i;
  const hasFinal = last < letters.length - 1;
  const nucleus = letters.slice(first, last + 1).join('');
  if (hasFinal || nucleus.length === 1) return last;
  if (nucleus.length === 2) return SECOND_VOWEL_PAIRS.has(nucleus) ? last : first;
  return first + 1;
}

/** Syllables already placed (pages repeat their words; the content script's gate reads the title
 *  three times): bounded, emptied when full. */
const syllableCache = new Map<string, string>();
const SYLLABLE_CACHE_SIZE = 20_000;
/** Plain ASCII letters: no tone mark to move. */
const ASCII_WORD = /^[a-z]*$/;

/** Canonical tone placement for one lower-case NFC syllable (same length out as in). */
function canonicalSyllable(syllable: string): string {
  if (ASCII_WORD.test(syllable)) return syllable;
  let placed = syllableCache.get(syllable);
  if (placed === undefined) {
    if (syllableCache.size >= SYLLABLE_CACHE_SIZE) syllableCache.clear();
    placed = placeTone(syllable);
    syllableCache.set(syllable, placed);
  }
  return placed;
}

function placeTone(syllable: string): string {
  const chars = [...syllable];
  let tone = '';
  let tones = 0;
  const letters = chars.map((c) => {
    const [base, t] = splitTone(c);
    if (t) {
      tone = t;
      tones++;
    }
    return base;
  });
  // No tone, or a foreign word with several accents ("élysée"): nothing to move.
  if (tones !== 1) return syllable;
  const at = toneVowelIndex(letters);
  if (at < 0) return syllable;
  letters[at] = (letters[at]! + tone).normalize('NFC');
  return letters.join('');
}

/**
 * Comparison key: lower case, canonical tone placement. Same length as the NFC input.
 * Use it on text that went through `normalizeText` (or any NFC text).
 */
/** For tests: the fast letter test, against LETTER. */
export const isWordCharForTest = (c: string) => isWordChar(c.charCodeAt(0), c);

export function matchKey(text: string): string {
  let out = '';
  let word = '';
  const flush = () => {
    if (word) out += canonicalSyllable(word);
    word = '';
  };
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code < 0x80) {
      // ASCII: a letter is A–Z or a–z (all that [\p{L}\p{M}] holds below 0x80).
      const lower = code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : c;
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) word += lower;
      else {
        flush();
        out += lower;
      }
    } else if (isWordChar(code, c)) word += lowerChar(c);
    else {
      flush();
      out += lowerChar(c);
    }
  }
  flush();
  return out;
}

/** The folded form of one character (see foldKey). */
function foldChar(c: string): string {
  if (c === 'đ' || c === 'Đ' || c === '\u00D0' || c === '\u00F0') return 'd';
  const decomposed = c.normalize('NFD');
  // Keep characters that do not decompose (and astral ones such as emoji) as they are.
  const base = decomposed === c ? c : String.fromCodePoint(decomposed.codePointAt(0)!);
  return base.length === c.length ? lowerChar(base) : lowerChar(c);
}

/** Folded characters seen so far: a text uses a few hundred distinct ones, and normalize() per character is slow. */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 8192;

/** Diacritic-free, lower-case key ("Điện đàm" → "dien dam"). Same length as the NFC input. */
export function foldKey(text: string): string {
  let out = '';
  for (const c of text) {
    let folded = FOLDED.get(c);
    if (folded === undefined) {
      folded = foldChar(c);
      if (FOLDED.size < FOLDED_MAX) FOLDED.set(c, folded);
    }
    out += folded;
  }
  return out;
}

/** True when the first letter of `s` is upper case (works for "Điện", "Ấn", "Ukraine"). */
export function isCapitalized(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The letters only Vietnamese uses among Latin-script languages (all in the Basic Multilingual Plane). */
const VIETNAMESE_ONLY_LETTERS = new Set(Array.from('ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ', (c) => c.charCodeAt(0)));
/** Words that fill every Vietnamese sentence. */
const VIETNAMESE_WORDS = new Set(['của', 'và', 'các', 'những', 'được', 'với', 'trong', 'này', 'là', 'có', 'cho', 'không', 'đã', 'người', 'một', 'về', 'từ', 'khi', 'theo', 'hai']);
const LONGEST_COMMON_WORD = Math.max(...[...VIETNAMESE_WORDS].map((w) => w.length));
/** Characters looksVietnamese judges by: a few paragraphs tell the language as well as a page. */
const LANGUAGE_SAMPLE_CHARS = 2500;
/** At least this share of the letters are Vietnamese-only ones, and of the words common ones. */
const VIETNAMESE_LETTER_SHARE = 0.03;
const COMMON_WORD_SHARE = 0.03;
/** …or this share of Vietnamese-only letters, which no other language's text comes near (French's â, ê, ô: under 1 %). */
const DENSE_VIETNAMESE_LETTER_SHARE = 0.08;
/** Fewer words than this: two Vietnamese-only letters are enough. */
const MIN_WORDS_FOR_SHARES = 12;

/** What looksVietnamese counts in a text's sample. */
export interface LanguageCounts {
  /** Letters (\p{L}), in UTF-16 units. */
  letters: number;
  /** Vietnamese-only letters. */
  special: number;
  /** Words: runs of letters. */
  words: number;
  /** Words among the common Vietnamese ones. */
  common: number;
}

/**
 * The counts looksVietnamese judges by, on the text's first LANGUAGE_SAMPLE_CHARS characters
 * (normalised, lower case). One pass with code-point tests: it runs on every article, and three
 * Unicode-class expressions over the sample (remove non-letters, remove non-Vietnamese letters,
 * split on non-letters) cost ten times as much; tests/unit/text.test.ts holds it to them.
 */
export function languageCounts(text: string): LanguageCounts {
  const sample = normalizeText(text.slice(0, LANGUAGE_SAMPLE_CHARS)).toLowerCase();
  const counts: LanguageCounts = { letters: 0, special: 0, words: 0, common: 0 };
  let wordStart = -1;
  for (let i = 0; i <= sample.length; ) {
    let cp = i < sample.length ? sample.charCodeAt(i) : -1;
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const low = sample.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (isLetter(cp)) {
      counts.letters += width;
      if (VIETNAMESE_ONLY_LETTERS.has(cp)) counts.special++;
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      counts.words++;
      if (i - wordStart <= LONGEST_COMMON_WORD && VIETNAMESE_WORDS.has(sample.slice(wordStart, i))) counts.common++;
      wordStart = -1;
    }
    i += width;
  }
  return counts;
}

/**
 * Is this text Vietnamese? Judged on its first few thousand characters: enough Vietnamese-only
 * letters among the letters and of common Vietnamese words among the words (languageCounts).
 */
export function looksVietnamese(text: string): boolean {
  const { letters, special, words, common } = languageCounts(text);
  if (letters === 0) return false;
  if (words < MIN_WORDS_FOR_SHARES) return special >= 2;
  // A headline-like sentence may have none of the common words ("Chủ tịch Trung Quốc Tập Cận Bình gọi điện chúc mừng
  // Tổng thống Nga …"): so many Vietnamese-only letters say it alone.
  if (special / letters >= DENSE_VIETNAMESE_LETTER_SHARE) return true;
  return special / letters > VIETNAMESE_LETTER_SHARE && common / words > COMMON_WORD_SHARE;
}
