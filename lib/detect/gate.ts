import { matchKey } from '../text';
import { isLetter, isWordChar } from '../text/letters';
import { GATE_OPENING_CHARS, GATE_TEXT_CHARS, type GateInput } from './gate-input';
import { GATE_NOT_DIPLOMATIC, GATE_NO_CALL_WORDS } from './gate-reasons';
import { CALL_PHRASES, EARLIER_BEFORE, HELD_BY_WORDS, LEADER_WORDS, MEETING_WORDS, NEGATIVE_PHRASES, ONLINE_MARKERS, PLANNED_BEFORE } from './vocabulary';

/**
 * The cheap gate: from the address, the title, the meta description and the start of the first
 * paragraphs alone, could this page be about a diplomatic call? It decides for every page the content script sees (in the
 * background, on the inputs the content script reads with gate-input.ts), so it must cost well
 * under a millisecond. It favours recall: the full detection decides on the article text when
 * the gate lets a page through.
 *
 * Each rule is a list of phrases that must occur as whole words of the text's matchKey. On most
 * pages none of them needs to run: a phrase can only match when it occurs in the text with
 * diacritics, case, and runs of spaces and hyphens ignored (`fold`, native string operations
 * only). So the text's matchKey is computed, and a phrase's expression built, only when that
 * plain substring test finds the phrase; word boundaries are checked in code rather than with
 * Unicode lookarounds. The answers are those of one expression per rule with \p{L}\p{N}
 * lookarounds (tests/unit/gate-fast.test.ts holds them to it). In a fresh page, compiling such
 * Unicode expressions costs about a millisecond each, and matchKey a fraction of one; the
 * substring tests a few microseconds.
 */

export { gateInputOf, GATE_OPENING_CHARS, GATE_TEXT_CHARS, type GateInput } from './gate-input';

export interface GateResult {
  pass: boolean;
  reason: string;
}

/** A phrase as a regular expression over matchKey text: any run of spaces or hyphens between words. */
const phrasePattern = (phrase: string) => matchKey(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s\\-]+');

/*
 * Word boundaries are checked in code (isWordChar, isLetter), not with lookarounds such as
 * (?<![\p{L}\p{N}]): building an expression's Unicode property classes costs about a
 * millisecond each in a fresh page, and the gate must stay under one.
 */
/** The code point that ends just before index i (-1 at the start). */
function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/**
 * Where `re` (global, no lookarounds) matches `key` with no character of `inWord` right before or
 * after; `onBoundaryMiss` is called when a match fails that test (a longer word, or another
 * alternative at the same place, may then still match the rule: see `rule`).
 */
function* boundedMatches(re: RegExp, key: string, inWord: (cp: number) => boolean, onBoundaryMiss: () => void): Generator<[number, number]> {
  re.lastIndex = 0;
  for (let m = re.exec(key); m; m = re.exec(key)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!inWord(codePointBefore(key, start)) && !inWord(key.codePointAt(end) ?? -1)) yield [start, end];
    else onBoundaryMiss();
    re.lastIndex = start + 1;
  }
}

/** Lower case, no diacritics (đ and the eth some pages put for it → d), runs of spaces and hyphens as one space. A
 *  phrase's regular expression can only match a text whose fold contains the phrase's fold. */
const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đð]/g, 'd')
    .replace(/[\s\-]+/g, ' ');

const alternatives = (words: readonly string[]) =>
  words
    .map(phrasePattern)
    .sort((a, b) => b.length - a.length)
    .join('|');

/**
 * A rule: phrases that must occur as whole words of the text's matchKey.
 * - `may` is the substring test on the text's fold: when it fails, nothing else runs.
 * - `matches` looks only for the phrases whose fold occurs in the text's fold (a phrase can only
 *   match a text whose fold contains the phrase's fold), each with its own expression without
 *   lookarounds (built on first need: cheap), and checks the word boundaries in code.
 * - `test` answers as the exact expression of every phrase with \p{L}\p{N} lookarounds would;
 *   that expression is built and asked only when a boundary check failed somewhere (a case the
 *   code does not decide alone), which real titles seldom give.
 */
function rule(phrases: readonly string[]) {
  const groups = new Map<string, string[]>();
  for (const p of phrases) {
    const f = fold(p);
    groups.set(f, [...(groups.get(f) ?? []), p]);
  }
  const expressions = new Map<string, RegExp>();
  const expressionOf = (phrase: string) => {
    let re = expressions.get(phrase);
    if (!re) expressions.set(phrase, (re = new RegExp(phrasePattern(phrase), 'gu')));
    return re;
  };
  let exact: RegExp | null = null;
  return {
    /** Can the rule match a text of this fold? */
    may: (plain: string) => {
      for (const f of groups.keys()) if (plain.includes(f)) return true;
      return false;
    },
    /** Whole-word occurrences of the phrases whose fold is in `plain`; onBoundaryMiss as boundedMatches. */
    *matches(plain: string, key: string, inWord: (cp: number) => boolean, onBoundaryMiss: () => void): Generator<[number, number]> {
      for (const [f, ps] of groups) {
        if (!plain.includes(f)) continue;
        for (const p of ps) yield* boundedMatches(expressionOf(p), key, inWord, onBoundaryMiss);
      }
    },
    /** Does one of the rule's phrases occur as a whole word (plain: the text's fold; key: its matchKey)? */
    test(plain: string, key: () => string): boolean {
      if (!this.may(plain)) return false;
      let missed = false;
      if (!this.matches(plain, key(), isWordChar, () => (missed = true)).next().done) return true;
      if (!missed) return false;
      exact ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives(phrases)})(?![\\p{L}\\p{N}])`, 'u');
      return exact.test(key());
    },
  };
}

const CALL_PHRASE = rule(['điện đàm']);
/** Phrases that say "call" on their own. */
const STRONG = rule(CALL_PHRASES.filter((p) => p.strength >= 0.8 && p.cue !== 'contact').map((p) => p.phrase));
/** Phrases that need a leader nearby: "cuộc gọi", "liên lạc". */
const WEAK = rule(CALL_PHRASES.filter((p) => p.strength < 0.8 && !p.onlyInContext).map((p) => p.phrase));
const MEETING = rule(MEETING_WORDS);
const ONLINE = rule(ONLINE_MARKERS);
/** Characters allowed between a meeting word and its online marker ("họp … trực tuyến"). */
const ONLINE_MEETING_GAP = 90;
const SENTENCE_END = /[.!?]/;
let onlineMeetingExact: RegExp | null = null;
/**
 * A meeting word, then within ONLINE_MEETING_GAP characters of the same sentence an online
 * marker (every occurrence of each is tried); the exact expression only after a boundary miss.
 */
function onlineMeeting(plain: string, key: () => string): boolean {
  if (!MEETING.may(plain) || !ONLINE.may(plain)) return false;
  const text = key();
  let missed = false;
  const miss = () => (missed = true);
  const online = [...ONLINE.matches(plain, text, isLetter, miss)];
  for (const [, end] of MEETING.matches(plain, text, isLetter, miss)) {
    for (const [start] of online) {
      if (start < end) continue;
      const gap = text.slice(end, start);
      // The gap is counted in characters (code points), as the expression below counts it.
      if (!SENTENCE_END.test(gap) && [...gap].length <= ONLINE_MEETING_GAP) return true;
    }
  }
  if (!missed) return false;
  onlineMeetingExact ??= new RegExp(
    `(?<![\\p{L}])(?:${alternatives(MEETING_WORDS)})(?![\\p{L}])[^.!?]{0,${ONLINE_MEETING_GAP}}?(?<![\\p{L}])(?:${alternatives(ONLINE_MARKERS)})(?![\\p{L}])`,
    'u',
  );
  return onlineMeetingExact.test(text);
}
/** A meeting said to be held online, whatever its name and however long ("Chương trình được tổ chức bằng hình thức
 *  trực tuyến", "… (BRICS) được tổ chức theo hình thức trực tuyến", "… được tổ chức qua cầu truyền hình"). */
// (Or the form alone, however far its verb: "… dự kiến được tổ chức vào cuối tháng 9 theo hình thức trực tuyến"; or held
// "trực tuyến" right after its verb, however long its name: "Hội nghị … (APEC) do New Zealand chủ trì sẽ được tổ chức trực tuyến".)
const HELD_ONLINE = rule(
  // ("… tổ chức theo hình thức trực tuyến" is one of the forms alone; only "qua hình thức trực tuyến" needs its verb.)
  HELD_BY_WORDS.flatMap((held) => [`${held} qua hình thức trực tuyến`, `${held} trực tuyến`]).concat(['qua cầu truyền hình', 'theo hình thức trực tuyến', 'dưới hình thức trực tuyến', 'bằng hình thức trực tuyến']),
);
const LEADER = rule(LEADER_WORDS);
/** Scam, phone-product and sports news: a "cuộc gọi" there is not a diplomatic call. */
const NOT_DIPLOMATIC = rule([...NEGATIVE_PHRASES.scam, ...NEGATIVE_PHRASES.telecom, ...NEGATIVE_PHRASES.sports]);
const PLANNING = rule(PLANNED_BEFORE);
/** Address slugs of call articles: "...-dien-dam-voi-...", "...-goi-dien-...", "...-hoi-dam-truc-tuyen-...". */
const URL_SLUG = /(?:^|[-/_])(dien-dam|goi-dien|dam-thoai|truc-tuyen|cuoc-goi|dien-thoai-voi)(?:[-_./]|$)/;

/** How many leader words the text has, overlapping ones ("Điện Kremlin") as one: "Thủ tướng Anh … đã nói chuyện
 *  với Tổng thống Mỹ …" has two sides. */
function leaders(plain: string, text: () => string): number {
  const spans = [...LEADER.matches(plain, text(), isWordChar, () => {})].sort((a, b) => a[0] - b[0]);
  let n = 0;
  let end = -1;
  for (const [s, e] of spans) {
    if (s >= end) n++;
    end = Math.max(end, e);
  }
  return n;
}

/** Words of an earlier call ("Nhắc lại cuộc điện đàm hồi tháng 3", "Trước đó, hai bên đã điện đàm"). */
const EARLIER = rule(EARLIER_BEFORE);
/** Where the opening's sentences end. */
const SENTENCE_BREAK = /(?<=[.!?…])\s+/u;

/** The opening's sentences but those about an earlier call: a visit's report often recalls the last call. */
function openingNews(opening: string): string {
  if (!opening) return '';
  return opening
    .split(SENTENCE_BREAK)
    .filter((sentence) => !EARLIER.test(fold(sentence), () => matchKey(sentence)))
    .join('\n');
}

export function gateCall(input: GateInput): GateResult {
  const raw = `${`${input.title ?? ''}\n${input.description ?? ''}`.slice(0, GATE_TEXT_CHARS)}\n${openingNews((input.opening ?? '').slice(0, GATE_OPENING_CHARS))}`;
  const plain = fold(raw);
  let key: string | null = null;
  const text = () => (key ??= matchKey(raw));
  if (CALL_PHRASE.test(plain, text)) return { pass: true, reason: 'call phrase in title or description' };
  if (onlineMeeting(plain, text) || (ONLINE.may(plain) && HELD_ONLINE.test(plain, text))) return { pass: true, reason: 'online meeting in title or description' };
  // Scam, phone and sports words close the gate, but for a call phrase between two leaders ("Putin gọi điện chúc mừng
  // người đồng cấp Macron sau khi đội tuyển Pháp vô địch"): the detection tells them apart.
  if (NOT_DIPLOMATIC.test(plain, text) && !(STRONG.test(plain, text) && leaders(plain, text) >= 2)) return { pass: false, reason: GATE_NOT_DIPLOMATIC };
  if (STRONG.test(plain, text)) return { pass: true, reason: 'call phrase in title or description' };
  if (WEAK.test(plain, text) && LEADER.test(plain, text) && (PLANNING.test(plain, text) || /cuộc gọi|gọi cho|điện thoại/u.test(text()) || leaders(plain, text) >= 2)) {
    return { pass: true, reason: 'weak call phrase with a leader' };
  }
  let path = '';
  try {
    path = input.url ? new URL(input.url).pathname.toLowerCase() : '';
  } catch {
    path = '';
  }
  if (URL_SLUG.test(path)) return { pass: true, reason: 'call words in the address' };
  return { pass: false, reason: GATE_NO_CALL_WORDS };
}
