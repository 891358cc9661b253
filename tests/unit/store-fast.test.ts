/**
 * relatedCalls (timeline rows, newest first per key: schema v4) and searchCalls (walk of the newest calls
 * for common words) were made fast for large collections (issue 6) without changing their
 * answers: these tests hold them to the code as it was, on a generated collection with many
 * calls of the same leaders, the same dates and the same words, and small limits (so that every
 * cut-off and tie is exercised).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { importJson, parseImport } from '../../lib/export';
import { byNewest, openCallStore, relatedCalls, searchCalls, type CallStore, type SavedCall } from '../../lib/store';
import { foldName, searchWords } from '../../lib/store/keys';
import { SEARCH_TUNING } from '../../lib/store/query';
import type { SearchQuery } from '../../lib/store/types';
import { generateCollection } from '../bench/page/generate';

const NAME = 'store-fast-test';
let db: CallStore;
let all: SavedCall[];

function distinct(rows: SavedCall[]): SavedCall[] {
  const seen = new Set<number>();
  return rows.filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
}

/** relatedCalls as it was: every call of each key read, then sorted and cut. */
function oldRelated(self: SavedCall, limit: number) {
  const seen = new Set<number>([self.id]);
  const group = (field: 'pairKeys' | 'countryPairKeys' | 'participantKeys') => {
    const keys = new Set(self[field]);
    const rows = distinct(all.filter((c) => c[field].some((k) => keys.has(k)))).filter((r) => !seen.has(r.id));
    for (const r of rows) seen.add(r.id);
    return rows.sort(byNewest).slice(0, limit);
  };
  const samePair = group('pairKeys');
  const sameCountries = group('countryPairKeys');
  const sameLeader = group('participantKeys');
  return { samePair, sameCountries, sameLeader };
}

/** searchCalls as it was (free text and kind): every match, sorted and cut. */
function oldSearch(q: SearchQuery) {
  const words = [...new Set(searchWords(q.text ?? ''))];
  const limit = q.limit ?? 50;
  const offset = q.offset ?? 0;
  const lower = q.from ? q.from.slice(0, 10) : '0';
  const upper = q.to ? `${q.to.slice(0, 10)}\uffff` : '9\uffff';
  const inDates = (c: SavedCall) => (!q.from && !q.to) || (c.sortDate >= lower && c.sortDate <= upper);
  return all
    .filter((c) => words.every((w) => c.searchTokens.some((t) => t.startsWith(w))) && (!q.kind || c.kind === q.kind) && (!q.topic || (c.topicKeys ?? []).includes(foldName(q.topic))) && inDates(c))
    .sort(byNewest)
    .slice(offset, offset + limit);
}

const ids = (rows: ReadonlyArray<{ id: number }>) => rows.map((r) => r.id);

beforeAll(async () => {
  db = await openCallStore(NAME);
  // Short texts: the collection is about what calls share, not about article length.
  const envelope = generateCollection(1500, ['Hai bên trao đổi về quan hệ song phương.'], 11);
  // Many calls on the same few days, the newest of the collection: ties of the sort date at the
  // head of every range, where relatedCalls cuts.
  const tieYear = Math.max(...envelope.calls.map((c) => Number(c.sortDate.slice(0, 4)) || 0)) + 1;
  envelope.calls.forEach((c, i) => {
    if (i % 3 === 0) {
      c.eventDate = `${tieYear}-0${1 + (i % 4)}-15`;
      c.sortDate = c.eventDate;
    }
  });
  const parsed = parseImport(JSON.stringify(envelope));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await importJson(db, parsed.data);
  all = await db.calls.toArray();
}, 120_000);

afterAll(async () => {
  db.close();
  await Dexie.delete(NAME);
});

describe('fast store queries = the queries as they were', () => {
  it('relatedCalls, limits 1, 3 and 20, on calls of frequent and rare leaders', async () => {
    expect(all.length).toBeGreaterThan(1000);
    const sample = all.filter((_, i) => i % 37 === 0);
    for (const call of sample) {
      for (const limit of [1, 3, 20]) {
        const got = await relatedCalls(db, call, { limit });
        const want = oldRelated(call, limit);
        expect({ id: call.id, limit, pair: ids(got.samePair), countries: ids(got.sameCountries), leader: ids(got.sameLeader) }).toEqual({
          id: call.id,
          limit,
          pair: ids(want.samePair),
          countries: ids(want.sameCountries),
          leader: ids(want.sameLeader),
        });
      }
    }
  });

  it('searchCalls with common, rare and combined words, offsets and limits', async () => {
    const queries: SearchQuery[] = [];
    for (const text of ['putin', 'dien dam', 'viet nam', 'dien dam macron', 'thu tuong nhat ban', 'ukraine', 'mac', 'tong thong phap', 'khong co ai', 'nga my']) {
      for (const limit of [1, 8, 50]) queries.push({ text, limit }, { text, limit, offset: 5 }, { text, limit, kind: 'video' }, { text, limit, from: '2022', to: '2024-02' });
    }
    // Common words that seldom meet: the newest calls do not fill the page, the indexes are intersected.
    for (const text of ['putin trump', 'tap can binh biden', 'viet nam putin', 'dam video macron']) queries.push({ text, limit: 50 }, { text, limit: 8, offset: 3 });
    for (const limit of [1, 8, 50]) queries.push({ limit }, { limit, offset: 7 }, { kind: 'phone', limit }, { from: '2024-01-15', to: '2024-01-15', limit });
    const defaults = { ...SEARCH_TUNING };
    try {
      // The default tuning, then small values so that every way of searchCalls is taken: small
      // ranges read whole, the walk of the newest calls, the intersection of the indexes.
      for (const tuning of [defaults, { probe: 16, firstBatch: 4, walkMax: 64 }, { probe: 2, firstBatch: 1, walkMax: 4 }]) {
        Object.assign(SEARCH_TUNING, tuning);
        for (const q of queries) expect({ q, tuning, ids: ids(await searchCalls(db, q)) }).toEqual({ q, tuning, ids: ids(oldSearch(q)) });
      }
    } finally {
      Object.assign(SEARCH_TUNING, defaults);
    }
  });
});
