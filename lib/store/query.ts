/**
 * Reading the store: relatedCalls, searchCalls, latestCalls, getCall, callForArticle, getNote,
 * countCalls.
 *
 * Every query starts from an index (a `where(…)` range or an ordered index walk): the calls table
 * is never read from end to end. The multiEntry indexes (pairKeys, countryPairKeys,
 * participantKeys, searchTokens, topicKeys, …) hold one entry per array element, so
 * `where('pairKeys').anyOf(keys)` reads exactly the calls that share a pair of leaders.
 */
import { Dexie, type Collection, type InsertType } from 'dexie';
import { articleKeyOf, foldName, newestFirstKey, RELATED_PREFIX, searchWords } from './keys';
import { inTransaction, type CallStore, type StoreTables } from './schema';
import type { CallNote, RelatedCalls, RelatedOptions, SavedArticle, SavedCall, SearchQuery } from './types';

/** Default size of each relatedCalls group. */
export const RELATED_LIMIT = 20;
/** Default number of search results. */
export const SEARCH_LIMIT = 50;
/** Default length of latestCalls. */
export const LATEST_LIMIT = 20;
/** Bounds of full dates on sortDate: "--MM-DD" and "" (no full date) sort below FULL_DATE_MIN. */
const FULL_DATE_MIN = '0';
const FULL_DATE_MAX = '9\uffff';
/** How much dearer a row read by a cursor is than a row of a bulk read (searchCalls' choice). */
const WALK_COST = 4;
/** Appended to an upper date bound so that "2022-02" or "2022-02-03" includes the whole period. */
const RANGE_END = '\uffff';

/** Newest first by sortDate; the later-saved call first on the same day. */
export function byNewest(a: SavedCall, b: SavedCall): number {
  if (a.sortDate !== b.sortDate) return a.sortDate < b.sortDate ? 1 : -1;
  return b.id - a.id;
}

/** Rows of a multiEntry query, once each (a call sharing two keys comes back twice). */
function distinctRows(rows: readonly SavedCall[]): SavedCall[] {
  const seen = new Set<number>();
  return rows.filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
}

// ---- Single records ----

export const getCall = (db: CallStore, id: number): Promise<SavedCall | undefined> => db.calls.get(id);

export const getNote = (db: CallStore, callId: number): Promise<CallNote | undefined> => db.notes.where('callId').equals(callId).first();

/** The saved article of an address (any form of it, or its urlKey) and the call it reports. */
export async function callForArticle(db: CallStore, urlOrKey: string): Promise<{ call: SavedCall; article: SavedArticle } | null> {
  const key = articleKeyOf(urlOrKey);
  return inTransaction(db, 'r', async (t) => {
    const article =
      (await t.articles.where('urlKey').equals(urlOrKey).first()) ?? (key ? await t.articles.where('urlKey').equals(key).first() : undefined);
    if (!article) return null;
    const call = await t.calls.where('articleIds').equals(article.id).first();
    return call ? { call, article } : null;
  });
}

/** The newest calls by sortDate. Reported calls only, unless includeMentioned. */
export async function latestCalls(db: CallStore, limit = LATEST_LIMIT, { includeMentioned = false } = {}): Promise<SavedCall[]> {
  if (includeMentioned) return db.calls.orderBy('sortDate').reverse().limit(limit).toArray();
  return db.calls
    .where('[mentioned+sortDate]')
    .between([0, Dexie.minKey], [0, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

/** Number of calls: reported ones only, unless includeMentioned. */
export async function countCalls(db: CallStore, { includeMentioned = false } = {}): Promise<number> {
  return includeMentioned ? db.calls.count() : db.calls.where('mentioned').equals(0).count();
}

// ---- Related calls ----

/**
 * Calls related to one call, in three groups, each newest first and without the call itself:
 * 1. samePair: calls between the same two leaders (any pair of its participants), earlier and later;
 * 2. sameCountries: other calls between the same two countries;
 * 3. sameLeader: other calls with any of its participants.
 * A call appears in the first group it belongs to only (even when that group was cut to `limit`).
 * Mentioned calls are included; they carry mentioned = 1 and mentionedIn.
 */
export async function relatedCalls(db: CallStore, call: SavedCall | number, { limit = RELATED_LIMIT }: RelatedOptions = {}): Promise<RelatedCalls> {
  return inTransaction(db, 'r', async (t) => {
    const self = typeof call === 'number' ? await t.calls.get(call) : call;
    if (!self) return { samePair: [], sameCountries: [], sameLeader: [] };
    // A call belongs to the first group it qualifies for: the same pair of leaders, else the same
    // pair of countries, else a shared leader.
    const pairs = new Set(self.pairKeys);
    const countryPairs = new Set(self.countryPairKeys);
    const inSamePair = (r: SavedCall) => r.id === self.id || r.pairKeys.some((k) => pairs.has(k));
    const inSameCountries = (r: SavedCall) => inSamePair(r) || r.countryPairKeys.some((k) => countryPairs.has(k));
    const group = async (prefix: string, keys: readonly string[], excluded: (r: SavedCall) => boolean) => {
      const lists = await Promise.all(keys.map((k) => newestOfKey(t, `${prefix}${k}|`, limit, excluded)));
      return distinctRows(lists.flat()).sort(byNewest).slice(0, limit);
    };
    const [samePair, sameCountries, sameLeader] = await Promise.all([
      group(RELATED_PREFIX.samePair, self.pairKeys, (r) => r.id === self.id),
      group(RELATED_PREFIX.sameCountries, self.countryPairKeys, inSamePair),
      group(RELATED_PREFIX.sameLeader, self.participantKeys, inSameCountries),
    ]);
    return { samePair, sameCountries, sameLeader };
  });
}

/**
 * The newest `limit` calls of one relatedKeys range that are not `excluded` (more only when
 * several share the date of the last one). The range is newest first, so its first rows are read
 * with one getAll; when exclusions leave fewer than `limit`, a longer head is read.
 */
async function newestOfKey(t: StoreTables, prefix: string, limit: number, excluded: (r: SavedCall) => boolean): Promise<SavedCall[]> {
  const range = () => t.calls.where('relatedKeys').between(prefix, `${prefix}\uffff`, true, true);
  for (let n = limit + 4; ; n *= 4) {
    const rows = await range().limit(n).toArray();
    const kept = rows.filter((r) => !excluded(r));
    if (rows.length < n) return kept; // the whole range
    if (kept.length >= limit) {
      // Calls of the same date as the last one read come in id order, not newest first: take them all.
      const last = rows[rows.length - 1]!;
      const sameDate = await t.calls.where('relatedKeys').equals(`${prefix}${newestFirstKey(last.sortDate)}`).toArray();
      return distinctRows([...kept, ...sameDate.filter((r) => !excluded(r))]);
    }
  }
}

// ---- Search ----

/** One criterion of a search: the index range that serves it, and the same test in memory. */
interface Criterion {
  collection: () => Collection<SavedCall, number, InsertType<SavedCall, 'id'>>;
  test: (c: SavedCall) => boolean;
}

function criteria(db: StoreTables, q: SearchQuery): Criterion[] {
  const out: Criterion[] = [];
  for (const word of new Set(searchWords(q.text ?? ''))) {
    out.push({
      collection: () => db.calls.where('searchTokens').startsWith(word),
      test: (c) => c.searchTokens.some((t) => t.startsWith(word)),
    });
  }
  if (q.leader) {
    const leader = q.leader;
    out.push({ collection: () => db.calls.where('participantKeys').equals(leader), test: (c) => c.participantKeys.includes(leader) });
  }
  if (q.country) {
    const country = q.country.toUpperCase();
    out.push({ collection: () => db.calls.where('countryKeys').equals(country), test: (c) => c.countryKeys.includes(country) });
  }
  if (q.topic) {
    const topic = foldName(q.topic);
    out.push({ collection: () => db.calls.where('topicKeys').equals(topic), test: (c) => (c.topicKeys ?? []).includes(topic) });
  }
  if (q.kind) {
    const kind = q.kind;
    out.push({ collection: () => db.calls.where('kind').equals(kind), test: (c) => c.kind === kind });
  }
  if (q.from || q.to) {
    const lower = q.from && q.from > FULL_DATE_MIN ? q.from.slice(0, 10) : FULL_DATE_MIN;
    const upper = q.to ? q.to.slice(0, 10) + RANGE_END : FULL_DATE_MAX;
    out.push({
      collection: () => db.calls.where('sortDate').between(lower, upper, true, true),
      test: (c) => c.sortDate >= lower && c.sortDate <= upper,
    });
  }
  if (q.mentioned !== undefined) {
    const flag = q.mentioned ? 1 : 0;
    out.push({ collection: () => db.calls.where('mentioned').equals(flag), test: (c) => c.mentioned === flag });
  }
  return out;
}

/**
 * Calls matching every given criterion, newest first. Free text ignores case and diacritics and
 * each word may be the beginning of a word ("dien dam mac" finds "điện đàm … Macron").
 * The criterion with the fewest index entries is read from its index; the others are checked
 * on those rows in memory. Without any criterion: the newest calls.
 */
export async function searchCalls(db: CallStore, q: SearchQuery = {}): Promise<SavedCall[]> {
  const limit = q.limit ?? SEARCH_LIMIT;
  const offset = q.offset ?? 0;
  if (!criteria(db, q).length) {
    return db.calls.orderBy('sortDate').reverse().offset(offset).limit(limit).toArray();
  }
  return inTransaction(db, 'r', async (t) => {
    const all = criteria(t, q);
    const [total, ...counts] = await Promise.all([t.calls.count(), ...all.map((c) => c.collection().count())]);
    let best = 0;
    counts.forEach((n, i) => {
      if (n < counts[best]!) best = i;
    });
    const matches = (r: SavedCall) => all.every((c) => c.test(r));
    // A common criterion ("putin", "viet nam"): its rows are many, but the newest calls soon give a
    // page of matches. Walk the calls newest first (a cursor: dearer per row than a bulk read) when
    // that should read far fewer rows than the criterion holds, and give up after a bound.
    const need = offset + limit;
    const walkRows = (need * total) / Math.max(1, counts[best]!);
    if (walkRows * WALK_COST < counts[best]!) {
      let read = 0;
      const cap = Math.ceil(counts[best]! / WALK_COST);
      const found = await t.calls
        .orderBy('sortDate')
        .reverse()
        .until(() => ++read > cap)
        .filter(matches)
        .limit(need)
        .toArray();
      if (found.length >= need || read <= cap) return found.slice(offset, offset + limit);
    }
    const rows = distinctRows(await all[best]!.collection().toArray());
    return rows
      .filter((r) => all.every((c) => c.test(r)))
      .sort(byNewest)
      .slice(offset, offset + limit);
  });
}
