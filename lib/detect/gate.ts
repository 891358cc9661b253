import { matchKey } from '../text';
import { CALL_PHRASES, LEADER_WORDS, MEETING_WORDS, NEGATIVE_PHRASES, ONLINE_MARKERS, PLANNED_BEFORE } from './vocabulary';

/**
 * The cheap gate: from the address, the title and the meta description alone, could this page
 * be about a diplomatic call? It runs on every page the content script sees, so it must cost
 * well under a millisecond: a few regular expressions over a few hundred characters, built once.
 * It favours recall: the full detection decides on the article text when the gate lets a page through.
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

/** Phrases that say "call" on their own. */
const STRONG = word(alternatives(CALL_PHRASES.filter((p) => p.strength >= 0.8 && p.cue !== 'contact').map((p) => p.phrase)));
/** Phrases that need a leader nearby: "cuộc gọi", "liên lạc". */
const WEAK = word(alternatives(CALL_PHRASES.filter((p) => p.strength < 0.8).map((p) => p.phrase)));
const ONLINE_MEETING = new RegExp(`(?<![\\p{L}])(?:${alternatives(MEETING_WORDS)})(?![\\p{L}])[^.!?]{0,90}?(?<![\\p{L}])(?:${alternatives(ONLINE_MARKERS)})(?![\\p{L}])`, 'u');
const LEADER = word(alternatives(LEADER_WORDS));
/** "điện đàm" itself: never a scam or a phone plan. */
const DIEN_DAM = word(alternatives(['điện đàm']));
/** Scam, phone-product and sports news: a "cuộc gọi" there is not a diplomatic call. */
const NOT_DIPLOMATIC = word(alternatives([...NEGATIVE_PHRASES.scam, ...NEGATIVE_PHRASES.telecom, ...NEGATIVE_PHRASES.sports]));
const PLANNING = word(alternatives(PLANNED_BEFORE));
/** Address slugs of call articles: "...-dien-dam-voi-...", "...-goi-dien-...", "...-hoi-dam-truc-tuyen-...". */
const URL_SLUG = /(?:^|[-/_])(dien-dam|goi-dien|dam-thoai|truc-tuyen|cuoc-goi|dien-thoai-voi)(?:[-_./]|$)/;

export function gateCall(input: GateInput): GateResult {
  const text = matchKey(`${input.title ?? ''}\n${input.description ?? ''}`.slice(0, 2000));
  if (DIEN_DAM.test(text)) return { pass: true, reason: 'call phrase in title or description' };
  if (ONLINE_MEETING.test(text)) return { pass: true, reason: 'online meeting in title or description' };
  if (NOT_DIPLOMATIC.test(text)) return { pass: false, reason: 'scam, phone or sports news' };
  if (STRONG.test(text)) return { pass: true, reason: 'call phrase in title or description' };
  if (WEAK.test(text) && LEADER.test(text) && (PLANNING.test(text) || /cuộc gọi|gọi cho|điện thoại/u.test(text))) {
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
