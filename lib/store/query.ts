/**
 * Reading the store: relatedCalls, searchCalls, latestCalls, getCall, callForArticle, getNote,
 * countCalls.
 *
 * Every query starts from an index (a `where(…)` range or an ordered index walk): the calls table
 * is never read from end to end. The multiEntry indexes (relatedKeys, participantKeys,
 * searchTokens, topicKeys, …) hold one entry per array element, so `where('participantKeys')
 * .equals(key)` reads exactly the calls of one leader.
 */
import { Dexie, type Collection, type InsertType } from 'dexie';
import { articleKeyOf, foldName, newestFirstKey, RELATED_PREFIX, searchWords, timelineCallOf } from './keys';
import { namePairs } from '../names';
import { readChartLines } from './chart-lines';
import { inTransaction, type CallStore, type StoreTables } from './schema';
import type { ChartCall, CallNote, CountryPairRow, RelatedCalls, RelatedOptions, RelatedTimeline, SavedArticle, SavedCall, SearchQuery, TimelineRow } from './types';

/** Default size of each relatedCalls group. */
export const RELATED_LIMIT = 20;
/** Default number of search results. */
export const SEARCH_LIMIT = 50;
/** Default length of latestCalls. */
export const LATEST_LIMIT = 20;
/** Bounds of full dates on sortDate: "--MM-DD" and "" (no full date) sort below FULL_DATE_MIN. */
const FULL_DATE_MIN = '0';
const FULL_DATE_MAX = '9\uffff';
/** How searchCalls chooses its way (see there); tests set small values to take every way. */
export const SEARCH_TUNING = {
  /** Each criterion's index range is probed for this many ids: fewer, and it is small. */
  probe: 512,
  /** First batch of newest calls read when every criterion is common (then 4×, 16× …). */
  firstBatch: 64,
  /** At most this many newest calls are read before the criteria's ids are intersected. */
  walkMax: 512,
};
/** Appended to an upper date bound so that "2022-02" or "2022-02-03" includes the whole period. */
const RANGE_END = '\uffff';

/** Newest first by sortDate; the later-saved call first on the same day. */
export function byNewest(a: Pick<SavedCall, 'sortDate' | 'id'>, b: Pick<SavedCall, 'sortDate' | 'id'>): number {
  if (a.sortDate !== b.sortDate) return a.sortDate < b.sortDate ? 1 : -1;
  return b.id - a.id;
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

/**
 * The calls whose articles were saved last, the latest first: a call comes where its newest
 * article was saved (a call mentioned in an article, where that article was). Reported calls
 * only, unless includeMentioned. Reads the articles by their savedAt index, a batch at a time,
 * and the calls of each batch by their article indexes.
 */
export async function latestSavedCalls(db: CallStore, limit = LATEST_LIMIT, { includeMentioned = false } = {}): Promise<SavedCall[]> {
  return inTransaction(db, 'r', async (t) => {
    const out = new Map<number, SavedCall>();
    const batch = Math.max(limit, LATEST_LIMIT);
    for (let offset = 0; ; offset += batch) {
      const ids = await t.articles.orderBy('savedAt').reverse().offset(offset).limit(batch).primaryKeys();
      const rank = new Map(ids.map((id, i) => [id, i]));
      const [reporting, mentioning] = await Promise.all([
        t.calls.where('articleIds').anyOf(ids).toArray(),
        includeMentioned ? t.calls.where('mentionedIn').anyOf(ids).toArray() : Promise.resolve([]),
      ]);
      // Where the call's newest article of this batch was saved (its newer ones were in earlier batches).
      const at = (c: SavedCall) => Math.min(...[...c.articleIds, ...(includeMentioned ? c.mentionedIn : [])].map((id) => rank.get(id) ?? Infinity));
      const found = [...new Map([...reporting, ...mentioning].map((c) => [c.id, c])).values()]
        .filter((c) => !out.has(c.id) && (includeMentioned || c.mentioned === 0))
        .sort((a, b) => at(a) - at(b) || byNewest(a, b));
      for (const c of found) {
        out.set(c.id, c);
        if (out.size >= limit) return [...out.values()];
      }
      if (ids.length < batch) return [...out.values()];
    }
  });
}

/** Number of calls: reported ones only, unless includeMentioned. */
export async function countCalls(db: CallStore, { includeMentioned = false } = {}): Promise<number> {
  return includeMentioned ? db.calls.count() : db.calls.where('mentioned').equals(0).count();
}

// ---- Related calls ----

/** What relatedCalls needs of the call it starts from (a SavedCall or a TimelineRow), or its id. */
export type RelatedFrom = Pick<TimelineRow, 'id' | 'participantKeys' | 'pairKeys' | 'countryPairKeys'> | number;

/**
 * Calls related to one call, in three groups, each newest first and without the call itself:
 * 1. samePair: calls between the same two leaders (any pair of its participants), earlier and later;
 * 2. sameCountries: other calls between the same two countries;
 * 3. sameLeader: other calls with any of its participants.
 * A call appears in the first group it belongs to only (even when that group was cut to `limit`).
 * Mentioned calls are included; they carry mentioned = 1 and mentionedIn.
 *
 * Speed (issue 6): the answer is read from the timeline table (schema v4), whose rows hold what a
 * timeline shows and the keys of the groups, not the whole calls. Each key of the call has one
 * range of its relatedKeys index, newest first (keys.ts, relatedKeysOf). Every range is read from
 * its head, a page of rows at a time, all ranges at once: a row says by itself which earlier
 * group it belongs to (its pairKeys and countryPairKeys), so no range is read whole to know what
 * to leave out. A range stops when it holds more than `limit` kept rows and the last one is of
 * another date than the `limit`-th (rows of one date come in id order there, not newest first:
 * a tie). With 10,000 calls: 7–10 ms before (ids of the whole pair and country ranges, up to a
 * thousand for a busy pair of countries, then 40–60 whole calls), about 3 ms now.
 *
 * A page after the first is sized by the share of rows kept so far (readRelatedRange), not
 * doubled: a leader's range that keeps 20 of its first 25 rows needs a few more, not 50.
 *
 * A pair of countries whose calls are mostly those of the call's own leaders (France–Russia:
 * 391 of 429 are Putin–Macron) would be read down a long way, only to leave those out (≈ 200
 * rows, 12–19 ms with 10,000 calls). When a country range's first page does not settle and kept
 * fewer than half its rows, its countryPairs row is read (schema v5: the calls of each group of
 * leader pairs there) and, when that is fewer rows (planCountryPair), every call of the country
 * pair but those of the groups holding one of the call's pairs (readCountryPairBesides): 38 rows
 * in 2 requests for Putin–Macron. Other calls never read the countryPairs table.
 */
export async function relatedCalls(db: CallStore, call: RelatedFrom, { limit = RELATED_LIMIT }: RelatedOptions = {}): Promise<RelatedCalls> {
  return inTransaction(db, 'r', async (t) => {
    const self = typeof call === 'number' ? await t.timeline.get(call) : call;
    if (!self || limit < 1) return { samePair: [], sameCountries: [], sameLeader: [] };
    const ownPairs = new Set(self.pairKeys);
    const ownCountryPairs = new Set(self.countryPairKeys);
    const inSamePair = (c: TimelineRow) => c.id === self.id || c.pairKeys.some((k) => ownPairs.has(k));
    const inSameCountries = (c: TimelineRow) => inSamePair(c) || c.countryPairKeys.some((k) => ownCountryPairs.has(k));
    const ranges = (prefix: string, keys: readonly string[], excluded: (c: TimelineRow) => boolean, instead?: (key: string, read: number) => Promise<TimelineRow[] | null>) =>
      Promise.all(keys.map((k) => readRelatedRange(t, `${prefix}${k}|`, excluded, limit, instead && ((read) => instead(k, read)))));
    // A country range whose first page was mostly calls of the call's own pairs: read its
    // countryPairs row, then, when that is fewer rows, every call of the country pair but those.
    const besides = async (countryPair: string, read: number) => {
      const counts = await t.countryPairs.get(countryPair);
      const passOver = counts && planCountryPair(counts, ownPairs, limit, read);
      return passOver ? readCountryPairBesides(t, countryPair, passOver) : null;
    };
    const groups = await Promise.all([
      ranges(RELATED_PREFIX.samePair, self.pairKeys, (c) => c.id === self.id),
      // Without a pair of its own, a call leaves nothing of a country pair out but itself.
      ranges(RELATED_PREFIX.sameCountries, self.countryPairKeys, inSamePair, ownPairs.size && RELATED_TUNING.way !== 'head' ? besides : undefined),
      ranges(RELATED_PREFIX.sameLeader, self.participantKeys, inSameCountries),
    ]);
    const [samePair, sameCountries, sameLeader] = groups.map((heads) => {
      const byId = new Map<number, TimelineRow>();
      for (const head of heads) for (const c of head) byId.set(c.id, c);
      return [...byId.values()].sort(byNewest).slice(0, limit);
    }) as [TimelineRow[], TimelineRow[], TimelineRow[]];
    return { samePair, sameCountries, sameLeader };
  });
}

/** Rows relatedCalls reads beyond `limit` in a range's first page: a few are usually left out. */
const RELATED_PAGE_SLACK = 4;
/**
 * A page after the first reads this many times the rows the kept share of the rows read so far
 * says are missing: a page too short costs a request more, one too long a few rows.
 */
const RELATED_PAGE_MARGIN = 1.5;

/** How relatedCalls reads a busy country pair (see planCountryPair); tests change it to take every way. */
export const RELATED_TUNING = {
  /**
   * What a request costs, in rows read: in Chromium (2026-11-23 probe, 10,000 calls) a getAll
   * among others ≈ 0.25 ms, a timeline row ≈ 15–25 µs. A group of leader pairs is passed over
   * (one request more) only when it holds more calls than this.
   */
  requestInRows: 10,
  /**
   * 'counts': a country range whose first page did not settle and kept fewer than half its rows
   * reads its countryPairs row and goes as it says; 'around': every country range whose first
   * page did not settle reads around the groups of the call's pairs, whatever the counts;
   * 'head': country ranges are read from the head only (tests, measures).
   */
  way: 'counts' as 'counts' | 'around' | 'head',
};

/**
 * The groups of leader pairs of one of the call's country pairs to pass over
 * (readCountryPairBesides), from its countryPairs row, when reading every other call of the
 * country pair is fewer rows than going on from the head (France–Russia for Putin–Macron: 38
 * rows in 2 requests, against ≈ 200 rows from the head); null otherwise. The head is expected to
 * hold `limit` + 1 calls kept within (limit + 1) × all / kept rows, when the calls left out are
 * spread evenly over the dates; `read` of them are read already, and readRelatedRange reads the
 * rest with RELATED_PAGE_MARGIN to spare, in a request more. Without the margin counted, the
 * densest call of a 50,000-call collection (France–Russia: 1,719 of its ≈ 1,950 calls are
 * Putin–Macron) was read from the head: 20–32 ms, against 9 ms around its pair (2026-11-23).
 */
function planCountryPair(counts: CountryPairRow, ownPairs: ReadonlySet<string>, limit: number, read: number): string[] | null {
  const { requestInRows, way } = RELATED_TUNING;
  let all = 0;
  let leftOut = 0;
  let passedOver = 0;
  const passOver: string[] = [];
  for (const [group, n] of Object.entries(counts.calls)) {
    all += n;
    if (!group.split(',').some((pair) => ownPairs.has(pair))) continue;
    leftOut += n;
    if (n <= requestInRows && way !== 'around') continue;
    passedOver += n;
    passOver.push(group);
  }
  if (way === 'around') return passOver;
  const fromHead = (((limit + 1) * all) / Math.max(1, all - leftOut) - read) * RELATED_PAGE_MARGIN + RELATED_PAGE_SLACK + requestInRows;
  return passOver.length && all - passedOver + requestInRows * passOver.length < fromHead ? passOver : null;
}

/**
 * The head of one relatedKeys range (`prefixOfKey` + newest-first date): its rows that are not
 * `excluded`, up to the `limit`-th and every row of the same date. Read a page at a time; a
 * next page starts at the key of the last row read (inclusive: rows of one key come in id order,
 * so the rows already seen of that key are the first ones again and are skipped) and is sized by
 * the share of the rows read so far that were kept (RELATED_PAGE_MARGIN); when none was, or only
 * rows of the `limit`-th row's date are missing (a tie), it is twice the last one.
 *
 * When the first page does not settle and kept fewer than half its rows, `instead` may give
 * every row of the range that can be kept, in any order (relatedCalls, for a busy country pair).
 */
async function readRelatedRange(
  t: StoreTables,
  prefixOfKey: string,
  excluded: (c: TimelineRow) => boolean,
  limit: number,
  instead?: (read: number) => Promise<TimelineRow[] | null>,
): Promise<TimelineRow[]> {
  const kept: TimelineRow[] = [];
  let from = prefixOfKey;
  let seenOfKey = 0;
  let read = 0;
  let page = limit + 1 + RELATED_PAGE_SLACK;
  for (;;) {
    const rows = await t.timeline.where('relatedKeys').between(from, `${prefixOfKey}\uffff`, true, true).limit(seenOfKey + page).toArray();
    for (const c of rows.slice(seenOfKey)) if (!excluded(c)) kept.push(c);
    read += rows.length - seenOfKey;
    const ended = rows.length < seenOfKey + page;
    const settled = kept.length > limit && kept[kept.length - 1]!.sortDate !== kept[limit - 1]!.sortDate;
    if (ended || settled) return kept;
    if (instead && from === prefixOfKey && (kept.length * 2 < read || RELATED_TUNING.way === 'around')) {
      const all = await instead(read);
      if (all) return all.filter((c) => !excluded(c));
    }
    const last = rows[rows.length - 1]!;
    const lastKey = `${prefixOfKey}${newestFirstKey(last.sortDate)}`;
    seenOfKey = from === lastKey ? rows.length : rows.filter((c) => c.sortDate === last.sortDate).length;
    from = lastKey;
    const missing = limit + 1 - kept.length;
    page = missing > 0 && kept.length ? Math.ceil(((missing * read) / kept.length) * RELATED_PAGE_MARGIN) + RELATED_PAGE_SLACK : page * 2;
  }
}

/**
 * Every call of one country pair but those of the groups of leader pairs in `passOver`: the "cp:"
 * ranges of the country pair before, between and after those groups, one request each, all at
 * once. Every call of such a group shares a leader pair with the call relatedCalls starts from
 * (keys.ts, leaderPairsByCountryPairOf), so none of them is in sameCountries; the calls read are
 * all the others, so their newest are the group's, whatever their dates.
 */
async function readCountryPairBesides(t: StoreTables, countryPair: string, passOver: readonly string[]): Promise<TimelineRow[]> {
  const prefix = `${RELATED_PREFIX.sameCountriesByPair}${countryPair}|`;
  // Key order of the groups' ranges; a group's keys are its prefix and a date, none holds \uffff.
  const groups = passOver.map((group) => `${prefix}${group}|`).sort();
  const bounds: Array<[string, string]> = [];
  let lower = prefix;
  for (const group of groups) {
    bounds.push([lower, group]);
    lower = `${group}\uffff`;
  }
  bounds.push([lower, `${prefix}\uffff`]);
  const parts = await Promise.all(bounds.map(([from, to]) => t.timeline.where('relatedKeys').between(from, to, true, false).toArray()));
  return parts.flat();
}

/** relatedCalls as the popup's timeline shows them, with the articles they link to (RelatedTimeline). */
export async function relatedTimeline(db: CallStore, call: RelatedFrom, options: RelatedOptions = {}): Promise<RelatedTimeline> {
  const related = await relatedCalls(db, call, options);
  const all = [...related.samePair, ...related.sameCountries, ...related.sameLeader];
  const articleIds = [...new Set(all.flatMap((c) => [...c.articleIds, ...c.mentionedIn]))];
  const articles = (await db.articles.bulkGet(articleIds)).flatMap((a) => (a ? [{ id: a.id, url: a.url, title: a.title, siteName: a.siteName, publishedAt: a.publishedAt }] : []));
  return {
    samePair: related.samePair.map(timelineCallOf),
    sameCountries: related.sameCountries.map(timelineCallOf),
    sameLeader: related.sameLeader.map(timelineCallOf),
    articles,
  };
}

// ---- Search ----

/** One criterion of a search: the index range that serves it, and the same test in memory. */
interface Criterion {
  collection: () => Collection<SavedCall, number, InsertType<SavedCall, 'id'>>;
  test: (c: SavedCall) => boolean;
}

/** The English names' words, each with the words of the name the press writes ("xi jinping" → "tap can binh"). */
let englishForms: Array<[english: string[], press: string[]]> | null = null;

/**
 * The words of a search, an English name among them replaced by the press's form of it: the
 * collection's words are the articles' ("xi jinping" finds the calls of "Tập Cận Bình").
 */
export function searchWordsOf(text: string): string[] {
  englishForms ??= namePairs().map(({ name, english }) => [searchWords(english), searchWords(name)]);
  let words = searchWords(text);
  for (const [english, press] of englishForms) {
    for (let i = 0; i + english.length <= words.length; i++) {
      if (english.every((w, k) => words[i + k] === w)) words = [...words.slice(0, i), ...press, ...words.slice(i + english.length)];
    }
  }
  return words;
}

function criteria(db: StoreTables, q: SearchQuery): Criterion[] {
  const out: Criterion[] = [];
  for (const word of new Set(searchWordsOf(q.text ?? ''))) {
    out.push({
      collection: () => db.calls.where('searchTokens').startsWith(word),
      test: (c) => c.searchTokens.some((t) => t.startsWith(word)),
    });
  }
  // A pair (the charts' edges) is two leaders or two countries: one criterion each.
  for (const leader of new Set([q.leader, ...(q.leaders ?? [])].filter((x): x is string => !!x))) {
    out.push({ collection: () => db.calls.where('participantKeys').equals(leader), test: (c) => c.participantKeys.includes(leader) });
  }
  for (const country of new Set([q.country, ...(q.countries ?? [])].filter((x): x is string => !!x).map((x) => x.toUpperCase()))) {
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
 * Without any criterion: the newest calls.
 *
 * Speed (issue 6): in Chromium an index entry costs about 5 µs to read and a whole call about
 * 40 µs, and counting a range reads it, so a common word ("dien", "viet nam") must not be read
 * from its index to the end. Each criterion's range is probed for its first `SEARCH_TUNING.probe` ids:
 * - a range that ends within the probe is small: its calls are read whole, checked against the
 *   other criteria in memory and sorted;
 * - when every range goes on, every criterion is common: the newest calls are read in growing
 *   batches and checked in memory until the page is full (a common criterion soon fills it);
 * - when that has read `SEARCH_TUNING.walkMax` calls without filling the page (common words that seldom
 *   meet: "nga my"), the ids of every range are read and intersected, and only the page is read.
 */
export async function searchCalls(db: CallStore, q: SearchQuery = {}): Promise<SavedCall[]> {
  const limit = q.limit ?? SEARCH_LIMIT;
  const offset = q.offset ?? 0;
  const need = offset + limit;
  return inTransaction(db, 'r', async (t) => {
    const all = criteria(t, q);
    const matches = (r: SavedCall) => all.every((c) => c.test(r));
    const readWhole = async (ids: readonly number[]) => (await t.calls.bulkGet([...ids])).filter((r): r is SavedCall => !!r);
    /** Ids of the calls, newest first (as byNewest), from the `from`-th to the `to`-th. */
    const newestIds = async (from: number, to: number) => (await t.calls.orderBy('sortDate').reverse().limit(to).primaryKeys()).slice(from);

    if (!all.length) return readWhole(await newestIds(offset, need));

    const { probe, firstBatch, walkMax } = SEARCH_TUNING;
    const probes = await Promise.all(all.map((c) => c.collection().limit(probe).primaryKeys()));
    const small = probes
      .filter((ids) => ids.length < probe)
      .map((ids) => [...new Set(ids)])
      .sort((a, b) => a.length - b.length)[0];
    if (small) return (await readWhole(small)).filter(matches).sort(byNewest).slice(offset, need);

    const found: SavedCall[] = [];
    let read = 0;
    for (let batch = firstBatch; read < walkMax; batch *= 4) {
      const wantedIds = Math.min(batch, walkMax - read);
      const ids = await newestIds(read, read + wantedIds);
      for (const r of await readWhole(ids)) if (matches(r)) found.push(r);
      // The page is full, or every call has been read.
      if (found.length >= need || ids.length < wantedIds) return found.slice(offset, need);
      read += ids.length;
    }

    let wanted = new Set(await all[0]!.collection().primaryKeys());
    for (const c of all.slice(1)) {
      const ids = await c.collection().primaryKeys();
      const before = wanted;
      wanted = new Set(ids.filter((id) => before.has(id)));
      if (!wanted.size) return [];
    }
    // Few matches: read them whole and sort them; many: put their ids in order first.
    if (wanted.size <= need + SEARCH_TUNING.probe / 2) return (await readWhole([...wanted])).sort(byNewest).slice(offset, need);
    const page: number[] = [];
    for (const id of await t.calls.orderBy('sortDate').reverse().primaryKeys()) {
      if (!wanted.has(id)) continue;
      page.push(id);
      if (page.length >= need) break;
    }
    return readWhole(page.slice(offset));
  });
}

/**
 * What the collection's charts read of every call matching the query (its limit and offset
 * ignored; ChartCall), in id order: the chart table's lines (schema v6, chart-lines.ts), 64 calls
 * to a row, read a page of rows per request so that no single task holds the page for long at
 * 50,000 calls. With criteria, the ids of each criterion's index range are intersected first and
 * only their lines are kept.
 */
export async function chartCalls(db: CallStore, q: SearchQuery = {}): Promise<ChartCall[]> {
  const all = criteria(db, q);
  if (!all.length) return readChartLines(db.chart);
  let wanted = new Set(await all[0]!.collection().primaryKeys());
  for (const c of all.slice(1)) {
    const before = wanted;
    wanted = new Set((await c.collection().primaryKeys()).filter((id) => before.has(id)));
    if (!wanted.size) return [];
  }
  return readChartLines(db.chart, (id) => wanted.has(id));
}

/** The timeline rows of these calls, in that order (none for a call deleted since): what a chart shows of the calls it names. */
export async function timelineRowsOf(db: CallStore, ids: readonly number[]): Promise<TimelineRow[]> {
  return (await db.timeline.bulkGet([...ids])).filter((r): r is TimelineRow => !!r);
}
