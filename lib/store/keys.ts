/**
 * Keys and derived fields of the store: pure functions, no database access.
 *
 * Everything the store matches or indexes is computed here, in one place, so that the rules are
 * easy to read and the same in saveCall, in the schema upgrade and in the queries:
 *
 * - article identity (`articleKeyOf`, `articleKeyFor`),
 * - participant identity (`participantKeyOf`) and the call keys built from it
 *   (`eventKeyOf`, `callKeyOf`, `mentionKeyOf`),
 * - the multiEntry index fields (`pairKeysOf`, `countryKeysOf`, `topicKeysOf`, `searchTokensOf`),
 * - the ordering date (`sortDateOf`).
 */
import { canonicalizeUrl } from '../extract/url';
import type { Article } from '../extract/types';
import { placeName } from '../gazetteer/places';
import type { CallKind, Participant } from '../summarize/types';
import { foldKey, normalizeText } from '../text/vietnamese';
import type { CallFields, SavedArticle, SavedCall, TimelineCall, TimelineRow } from './types';

// ---- Articles ----

/** Host prefixes that do not identify a different article ("www.vnexpress.net", "m.tuoitre.vn"). */
const MIRROR_HOST_PREFIX = /^(?:www\d*|m|mobile)\./;
/** Anything that starts like "scheme:" (a full address, as opposed to a urlKey). */
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;
/** urlKey prefix of articles that were saved without an address. */
export const TEXT_KEY_PREFIX = 'text:';

/**
 * The urlKey of an address: the canonical address (tracking parameters and #hash removed, see
 * canonicalizeUrl) without protocol, without "www." / "m." / "mobile." and without a trailing
 * slash. `http://m.vnexpress.net/a.html?utm_source=fb#top` → "vnexpress.net/a.html".
 * Idempotent: a urlKey is its own key. Null for what is not a web address.
 */
export function articleKeyOf(url: string | null | undefined): string | null {
  const raw = url?.trim();
  if (!raw) return null;
  const canonical = canonicalizeUrl(HAS_SCHEME.test(raw) ? raw : `https://${raw}`);
  if (!canonical) return null;
  if (!/^https?:/.test(canonical)) return canonical; // file: pages keep their full address
  const u = new URL(canonical);
  let host = u.hostname;
  const bare = host.replace(MIRROR_HOST_PREFIX, '');
  if (bare.includes('.')) host = bare;
  const port = u.port ? `:${u.port}` : '';
  const path = u.pathname === '/' ? '' : u.pathname.replace(/\/+$/, '');
  return `${host}${port}${path}${u.search}`;
}

const hostOfKey = (key: string) => key.split(/[/?]/, 1)[0] ?? key;
/** A key with something after the host: canonical links to a home page identify nothing. */
const hasPath = (key: string) => key.length > hostOfKey(key).length + 1;

/**
 * The urlKey of an article. The canonical address (rel=canonical / og:url) wins when it is on the
 * same site and points to a page, not the home page: it joins AMP and mobile copies. Otherwise
 * the address the page was read from; articles given as text only are keyed by their content.
 */
export function articleKeyFor(article: Pick<Article, 'url' | 'canonicalUrl' | 'title' | 'text'>): string {
  const fromUrl = articleKeyOf(article.url);
  const fromCanonical = articleKeyOf(article.canonicalUrl);
  if (fromCanonical && hasPath(fromCanonical) && (!fromUrl || hostOfKey(fromUrl) === hostOfKey(fromCanonical))) {
    return fromCanonical;
  }
  return fromUrl ?? fromCanonical ?? TEXT_KEY_PREFIX + contentHash(`${normalizeText(article.title)}\n${normalizeText(article.text)}`);
}

/** 64-bit FNV-1a (two 32-bit halves with different offsets), as 16 hex digits. */
function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

// ---- Participants and calls ----

/** Country part of a key when the participant's country is unknown. */
export const UNKNOWN_COUNTRY = '?';
/** A call can only be matched with another one when at least this many participants are known. */
export const MIN_MATCH_PARTICIPANTS = 2;
/** Separators used inside keys: never let them come from a name. */
const KEY_SEPARATORS = /[|,]/g;

/** Folded, single-spaced form of a name or title ("Tổng thống  Nga" → "tong thong nga"). */
export function foldName(text: string): string {
  return foldKey(normalizeText(text)).replace(KEY_SEPARATORS, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Identity of a participant across articles: the gazetteer leaderId when set
 * ("vladimir-putin"), else "<country>:<folded name>" ("RU:sergei lavrov"), else
 * "<country>:<folded title>" ("RU:ngoai truong"). Null when nothing names the person.
 */
export function participantKeyOf(p: Participant): string | null {
  if (p.leaderId) return p.leaderId;
  const country = p.country ?? UNKNOWN_COUNTRY;
  const name = p.name ? foldName(p.name) : '';
  if (name) return `${country}:${name}`;
  const title = p.title ? foldName(p.title) : '';
  if (title) return `${country}:${title}`;
  return null;
}

const distinctSorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** Distinct participant keys, sorted. */
export function participantKeysOf(participants: readonly Participant[]): string[] {
  return distinctSorted(participants.map(participantKeyOf).filter((k): k is string => !!k));
}

/** Distinct country / body codes of the participants, sorted. */
export function countryKeysOf(participants: readonly Participant[]): string[] {
  return distinctSorted(participants.map((p) => p.country?.toUpperCase()).filter((c): c is string => !!c));
}

/** Every unordered pair of distinct sorted keys, "a|b". */
export function pairKeysOf(keys: readonly string[]): string[] {
  const sorted = distinctSorted(keys);
  const pairs: string[] = [];
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) pairs.push(`${sorted[i]}|${sorted[j]}`);
  return pairs;
}

/**
 * The event: date (ISO, else "--MM-DD") + participants, without the kind. Null when the call
 * cannot be matched with another one: no date at all, or fewer than two known participants
 * (two calls of Putin on one day with unnamed counterparts are not the same call).
 */
export function eventKeyOf(date: string | null, participantKeys: readonly string[]): string | null {
  if (!date || participantKeys.length < MIN_MATCH_PARTICIPANTS) return null;
  return `${date}|${participantKeys.join(',')}`;
}

/**
 * Identity of a reported call. Same participants, same date, same kind → same call, whichever
 * outlet reports it ("phone|2022-02-03|emmanuel-macron,vladimir-putin"). A call that cannot be
 * matched (no eventKey) is keyed by the article that reports it: "article:<urlKey>".
 * A planned call keeps its own key ("planned|…"): see saveCall for why it is not merged.
 */
export function callKeyOf(kind: CallKind, eventKey: string | null, urlKey: string): string {
  return eventKey ? `${kind}|${eventKey}` : `article:${urlKey}`;
}

/** Identity of a call that is only mentioned ("mention|2022-01-31|…"): one per event. */
export const mentionKeyOf = (eventKey: string) => `mention|${eventKey}`;

/** The date an event key is made of: the event date, else the partial one. */
export const eventDateOf = (c: Pick<CallFields, 'eventDate' | 'eventDatePartial'>) => c.eventDate ?? c.eventDatePartial;

// ---- Search ----

/** Words a kind is searched by, in Vietnamese and English. */
export const KIND_WORDS: Readonly<Record<CallKind, readonly string[]>> = {
  phone: ['điện đàm', 'phone', 'call'],
  video: ['điện đàm trực tuyến', 'hội đàm trực tuyến', 'video'],
  planned: ['dự kiến', 'planned'],
};
/** Longer tokens are cut: nobody types 60 letters in a search box, and keys stay small. */
export const MAX_TOKEN_LENGTH = 40;

/** Folded words of a text: "Điện đàm với Putin!" → ["dien", "dam", "voi", "putin"]. */
export function searchWords(text: string): string[] {
  return foldKey(normalizeText(text))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.slice(0, MAX_TOKEN_LENGTH));
}

/** Folded topic labels, the values of the `topicKeys` index. */
export function topicKeysOf(topics: readonly string[]): string[] {
  return [...new Set(topics.map(foldName).filter(Boolean))];
}

/** What the search box finds a call by, besides its own fields. */
export interface SearchContext {
  /** Titles and site names of the articles that report the call. */
  articles: ReadonlyArray<Pick<SavedArticle, 'title' | 'siteName'>>;
  /** The user's note on the call. */
  note: string | null;
}

/**
 * The searchTokens of a call: folded words of the participants' names and titles, of their
 * countries in Vietnamese and English, of the topics, of the kind ("dien dam"/"phone",
 * "truc tuyen"/"video", "du kien"/"planned"), of the titles and site names of its articles, of
 * the attribution and of the user's note. Distinct, in no particular order.
 */
export function searchTokensOf(call: Pick<CallFields, 'participants' | 'topics' | 'kind' | 'attribution'>, ctx: SearchContext): string[] {
  const texts: string[] = [];
  for (const p of call.participants) {
    if (p.name) texts.push(p.name);
    if (p.title) texts.push(p.title);
  }
  for (const code of countryKeysOf(call.participants)) texts.push(placeName(code, 'vi'), placeName(code, 'en'));
  texts.push(...call.topics, ...KIND_WORDS[call.kind]);
  if (call.attribution) texts.push(call.attribution);
  for (const a of ctx.articles) {
    texts.push(a.title);
    if (a.siteName) texts.push(a.siteName);
  }
  if (ctx.note) texts.push(ctx.note);
  return [...new Set(texts.flatMap(searchWords))];
}

/**
 * A sort date whose order is reversed: newest first ("2022-02-03" → "7977:97:96~"; full dates,
 * then "--MM-DD", then ""). Digits are complemented, "-" becomes ":" (above every digit) and "~"
 * ends the key (above both), so that a shorter date never sorts before a longer one by prefix.
 */
export function newestFirstKey(sortDate: string): string {
  let out = '';
  for (const c of sortDate) out += c >= '0' && c <= '9' ? String.fromCharCode(0x69 - c.charCodeAt(0)) : c === '-' ? ':' : c;
  return `${out}~`;
}

/**
 * Keys of the relatedCalls index (schema v3): each pair of participants, each pair of countries
 * and each participant, then the sort date, newest first (`newestFirstKey`):
 * "p:emmanuel-macron|vladimir-putin|7977:97:96~", "c:FR|RU|…", "l:vladimir-putin|…". The range of
 * one key lists its calls newest first, so relatedCalls reads the first few rows of each range
 * (one getAll) instead of every call of the leaders.
 *
 * Schema v5 adds, for each pair of countries, the same key with the call's leader pairs of that
 * country pair between the two (`leaderPairsByCountryPairOf`):
 * "cp:FR|RU|emmanuel-macron|vladimir-putin|7977:97:96~". Within "cp:FR|RU|" the calls come grouped
 * by their leader pairs, so relatedCalls can read the calls of France and Russia without those of
 * Putin–Macron (391 of 429 in the benchmark's collection), which it would only read to leave out.
 */
export function relatedKeysOf(call: Pick<SavedCall, 'pairKeys' | 'countryPairKeys' | 'participantKeys' | 'participants' | 'sortDate'>): string[] {
  const date = newestFirstKey(call.sortDate);
  return [
    ...call.pairKeys.map((k) => `${RELATED_PREFIX.samePair}${k}|${date}`),
    ...call.countryPairKeys.map((k) => `${RELATED_PREFIX.sameCountries}${k}|${date}`),
    ...call.participantKeys.map((k) => `${RELATED_PREFIX.sameLeader}${k}|${date}`),
    ...leaderPairsByCountryPairOf(call).map(([countryPair, leaderPairs]) => `${RELATED_PREFIX.sameCountriesByPair}${countryPair}|${leaderPairs}|${date}`),
  ];
}

/**
 * Prefixes of the relatedKeys families. "cp:" is not a prefix of "c:…" nor the reverse, so the
 * range of one family never holds keys of another.
 */
export const RELATED_PREFIX = { samePair: 'p:', sameCountries: 'c:', sameLeader: 'l:', sameCountriesByPair: 'cp:' } as const;

/**
 * For each country pair of a call (its `countryPairKeys`, in that order), the pairs of its
 * leaders that make it: the pair keys of two participants of those two countries, sorted and
 * joined by "," ("emmanuel-macron|vladimir-putin"; "" when no two named participants make it,
 * e.g. a participant known only by a country). A call of Putin, Macron and Biden gives
 * ["FR|RU", "emmanuel-macron|vladimir-putin"], ["FR|US", "emmanuel-macron|joe-biden"] and
 * ["RU|US", "joe-biden|vladimir-putin"]: its Putin–Macron part goes with the other Putin–Macron
 * calls.
 *
 * Every pair named is one of the call's pairKeys, so a call whose group of leader pairs holds a
 * pair of the call relatedCalls starts from is in samePair, never in sameCountries: a whole
 * group can be left out without reading it. No key of a participant holds "|" or ",", so the
 * group is read back unambiguously from "cp:<country>|<country>|<group>|<date>".
 */
export function leaderPairsByCountryPairOf(call: Pick<SavedCall, 'countryPairKeys' | 'participants'>): Array<[countryPair: string, leaderPairs: string]> {
  if (!call.countryPairKeys.length) return [];
  const byCountryPair = new Map<string, Set<string>>();
  const people = call.participants.map((p) => ({ key: participantKeyOf(p), country: p.country?.toUpperCase() }));
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const a = people[i]!;
      const b = people[j]!;
      if (!a.key || !b.key || a.key === b.key || !a.country || !b.country || a.country === b.country) continue;
      // Two distinct keys make one pair, written as pairKeysOf writes the call's pairs.
      const countryPair = pairKeysOf([a.country, b.country])[0]!;
      const pairs = byCountryPair.get(countryPair) ?? new Set<string>();
      pairs.add(pairKeysOf([a.key, b.key])[0]!);
      byCountryPair.set(countryPair, pairs);
    }
  }
  return call.countryPairKeys.map((k) => [k, [...(byCountryPair.get(k) ?? [])].sort().join(',')]);
}

/** The country pair and group of leader pairs of a "cp:" key (see relatedKeysOf); null for another key. */
export function leaderPairsOfKey(relatedKey: string): [countryPair: string, leaderPairs: string] | null {
  if (!relatedKey.startsWith(RELATED_PREFIX.sameCountriesByPair)) return null;
  const rest = relatedKey.slice(RELATED_PREFIX.sameCountriesByPair.length, relatedKey.lastIndexOf('|'));
  const second = rest.indexOf('|', rest.indexOf('|') + 1);
  return second < 0 ? [rest, ''] : [rest.slice(0, second), rest.slice(second + 1)];
}

/** A call as a timeline row shows it (TimelineCall): the record's other fields left out. */
export function timelineCallOf(c: TimelineCall): TimelineCall {
  return {
    id: c.id,
    eventDate: c.eventDate,
    eventDatePartial: c.eventDatePartial,
    sortDate: c.sortDate,
    kind: c.kind,
    mentioned: c.mentioned,
    participants: c.participants.map(({ name, title, country, leaderId }) => ({ name, title, country, leaderId })),
    articleIds: c.articleIds,
    mentionedIn: c.mentionedIn,
  };
}

/** The timeline row of a call (schema v4): its TimelineCall and the keys relatedCalls groups by. */
export function timelineRowOf(c: SavedCall): TimelineRow {
  return { ...timelineCallOf(c), participantKeys: c.participantKeys, pairKeys: c.pairKeys, countryPairKeys: c.countryPairKeys, relatedKeys: c.relatedKeys };
}

// ---- Ordering ----

const ISO_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

/**
 * The date a call is ordered by: the event date; else the publication date of its first article
 * (a call is reported within a day or two); else the partial date "--MM-DD", which sorts before
 * every full date; else "".
 */
export function sortDateOf(call: Pick<CallFields, 'eventDate' | 'eventDatePartial'>, firstArticle?: Pick<SavedArticle, 'publishedAt'> | null): string {
  if (call.eventDate) return call.eventDate;
  const published = firstArticle?.publishedAt?.match(ISO_DATE_PREFIX)?.[0];
  return published ?? call.eventDatePartial ?? '';
}
