import { matchKey } from '../text';
import { CALL_PHRASES, LEADER_WORDS, MEETING_WORDS, NEGATIVE_PHRASES, ONLINE_MARKERS, PLANNED_BEFORE } from './vocabulary';

/**
 * The cheap gate: from the address, the title and the meta description alone, could this page
 * be about a diplomatic call? It runs on every page the content script sees, so it must cost
 * well under a millisecond. It favours recall: the full detection decides on the article text
 * when the gate lets a page through.
 *
 * Each rule is a regular expression over the text's matchKey. On most pages none of them needs
 * to run: a rule can only match when one of its phrases occurs in the text with diacritics,
 * case, and runs of spaces and hyphens ignored (`fold`, native string operations only). So a
 * rule's expression is built, and the text's matchKey computed, only when that plain substring
 * test finds one of its phrases; the answer is the same as running every expression. (In a fresh
 * page, matchKey and compiling these Unicode expressions cost a few milliseconds; the substring
 * tests a few microseconds.)
 */

export interface GateInput {
  url?: string | null;
  title?: string | null;
  description?: string | null;
}

export interface GateResult {
  pass: boolean;
  reason: string;
}

const alternatives = (words: readonly string[]) =>
  words
    .map((w) => matchKey(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s\\-]+'))
    .sort((a, b) => b.length - a.length)
    .join('|');

const word = (alts: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}])`, 'u');

/** Lower case, no diacritics (đ → d), runs of spaces and hyphens as one space. A phrase's regular
 *  expression can only match a text whose fold contains the phrase's fold. */
const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[\s\-]+/g, ' ');

/** A rule's phrases: folded for the substring test, and its regular expression, built on first use. */
function rule(phrases: readonly string[], build: (alts: string) => RegExp) {
  const folded = [...new Set(phrases.map(fold))];
  let re: RegExp | null = null;
  return {
    /** Can the rule match a text of this fold? */
    may: (plain: string) => folded.some((p) => plain.includes(p)),
    re: () => (re ??= build(alternatives(phrases))),
  };
}

const CALL_PHRASE = rule(['điện đàm'], word);
/** Phrases that say "call" on their own. */
const STRONG = rule(CALL_PHRASES.filter((p) => p.strength >= 0.8 && p.cue !== 'contact').map((p) => p.phrase), word);
/** Phrases that need a leader nearby: "cuộc gọi", "liên lạc". */
const WEAK = rule(CALL_PHRASES.filter((p) => p.strength < 0.8).map((p) => p.phrase), word);
const MEETING = rule(MEETING_WORDS, word);
const ONLINE = rule(ONLINE_MARKERS, word);
let onlineMeeting: RegExp | null = null;
const ONLINE_MEETING = () =>
  (onlineMeeting ??= new RegExp(`(?<![\\p{L}])(?:${alternatives(MEETING_WORDS)})(?![\\p{L}])[^.!?]{0,90}?(?<![\\p{L}])(?:${alternatives(ONLINE_MARKERS)})(?![\\p{L}])`, 'u'));
const LEADER = rule(LEADER_WORDS, word);
/** Scam, phone-product and sports news: a "cuộc gọi" there is not a diplomatic call. */
const NOT_DIPLOMATIC = rule([...NEGATIVE_PHRASES.scam, ...NEGATIVE_PHRASES.telecom, ...NEGATIVE_PHRASES.sports], word);
const PLANNING = rule(PLANNED_BEFORE, word);
/** Address slugs of call articles: "...-dien-dam-voi-...", "...-goi-dien-...", "...-hoi-dam-truc-tuyen-...". */
const URL_SLUG = /(?:^|[-/_])(dien-dam|goi-dien|dam-thoai|truc-tuyen|cuoc-goi|dien-thoai-voi)(?:[-_./]|$)/;

export function gateCall(input: GateInput): GateResult {
  const raw = `${input.title ?? ''}\n${input.description ?? ''}`.slice(0, 2000);
  const plain = fold(raw);
  let key: string | null = null;
  const text = () => (key ??= matchKey(raw));
  if (CALL_PHRASE.may(plain) && CALL_PHRASE.re().test(text())) return { pass: true, reason: 'call phrase in title or description' };
  if (MEETING.may(plain) && ONLINE.may(plain) && ONLINE_MEETING().test(text())) return { pass: true, reason: 'online meeting in title or description' };
  if (NOT_DIPLOMATIC.may(plain) && NOT_DIPLOMATIC.re().test(text())) return { pass: false, reason: 'scam, phone or sports news' };
  if (STRONG.may(plain) && STRONG.re().test(text())) return { pass: true, reason: 'call phrase in title or description' };
  if (
    WEAK.may(plain) && WEAK.re().test(text()) &&
    LEADER.may(plain) && LEADER.re().test(text()) &&
    ((PLANNING.may(plain) && PLANNING.re().test(text())) || /cuộc gọi|gọi cho|điện thoại/u.test(text()))
  ) {
    return { pass: true, reason: 'weak call phrase with a leader' };
  }
  let path = '';
  try {
    path = input.url ? new URL(input.url).pathname.toLowerCase() : '';
  } catch {
    path = '';
  }
  if (URL_SLUG.test(path)) return { pass: true, reason: 'call words in the address' };
  return { pass: false, reason: 'no call words in title, description or address' };
}

/** The gate's inputs, read from a document without touching it: title, og:title, the first h1, descriptions. */
export function gateInputOf(document: Document, url: string | null): GateInput {
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? '';
  const h1 = document.querySelector('h1')?.textContent ?? '';
  return {
    url,
    title: `${document.title}\n${meta('meta[property="og:title"]')}\n${h1.slice(0, 300)}`,
    description: `${meta('meta[name="description"]')}\n${meta('meta[property="og:description"]')}`,
  };
}
