import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import type { Article } from '../../lib/extract/types';
import type { CallRecord, Participant } from '../../lib/summarize/types';
import { SCHEMA_VERSION, SCHEMA_VERSIONS, byNewest, chartCalls, declareVersions, deleteCalls, latestCalls, openCallStore, relatedCalls, saveCall, searchCalls, type SavedCall } from '../../lib/store';
import { CHART_BLOCK, chartBlocksOf } from '../../lib/store/chart-lines';
import { countryPairRowsOf } from '../../lib/store/country-pairs';
import { relatedKeysOf, timelineRowOf } from '../../lib/store/keys';
import { withIndexFields } from '../../lib/export/import';
import { generateCollection } from '../bench/page/generate';
import { NO_EVIDENCE } from '../helpers/call-rows';

/** The schema exactly as version 1 shipped. A shipped version must never change: the store
 *  declares it from SCHEMA_VERSIONS[0], which this test compares with the copy here. */
const SHIPPED_V1 = {
  articles: '++id, &urlKey, savedAt',
  calls:
    '++id, &callKey, eventKey, kind, mentioned, sortDate, updatedAt, ' +
    '*articleIds, *mentionedIn, *participantKeys, *countryKeys, *pairKeys, *countryPairKeys, *searchTokens',
  notes: '++id, &callId',
};

const PUTIN: Participant = { name: 'Vladimir Putin', title: 'Tổng thống', country: 'RU', leaderId: 'vladimir-putin' };
const MACRON: Participant = { name: 'Emmanuel Macron', title: 'Tổng thống', country: 'FR', leaderId: 'emmanuel-macron' };

/** Rows in the version-1 shape: calls have no topicKeys. */
const V1_ARTICLE = {
  id: 1,
  urlKey: 'vnexpress.net/pm-0203.html',
  url: 'https://vnexpress.net/pm-0203.html',
  canonicalUrl: null,
  title: 'Lãnh đạo Nga, Pháp điện đàm lần thứ ba',
  lead: 'Hai tổng thống điện đàm.',
  text: 'Hai tổng thống điện đàm.\nTrước đó, ngày 31/1, hai nhà lãnh đạo đã điện đàm.',
  siteName: 'VnExpress',
  publishedAt: '2022-02-04T08:00:00+07:00',
  author: null,
  attribution: null,
  savedAt: '2022-02-04T02:00:00.000Z',
};

const commonCall = {
  participants: [PUTIN, MACRON],
  initiator: null,
  ordinal: 3,
  agreements: ['duy trì liên lạc'],
  earlierCalls: [],
  attribution: null,
  evidence: NO_EVIDENCE,
  participantKeys: ['emmanuel-macron', 'vladimir-putin'],
  countryKeys: ['FR', 'RU'],
  pairKeys: ['emmanuel-macron|vladimir-putin'],
  countryPairKeys: ['FR|RU'],
  createdAt: '2022-02-04T02:00:00.000Z',
  updatedAt: '2022-02-04T02:00:00.000Z',
};

const V1_CALL = {
  ...commonCall,
  id: 1,
  callKey: 'phone|2022-02-03|emmanuel-macron,vladimir-putin',
  eventKey: '2022-02-03|emmanuel-macron,vladimir-putin',
  mentioned: 0,
  articleIds: [1],
  mentionedIn: [],
  kind: 'phone',
  eventDate: '2022-02-03',
  eventDatePartial: '--02-03',
  eventDateExpression: 'ngày 3/2',
  topics: ['Ukraine', 'An ninh châu Âu'],
  searchTokens: ['vladimir', 'putin', 'emmanuel', 'macron', 'tong', 'thong', 'nga', 'russia', 'phap', 'france', 'ukraine', 'an', 'ninh', 'chau', 'au', 'dien', 'dam', 'phone', 'vnexpress'],
  sortDate: '2022-02-03',
};

const V1_MENTION = {
  ...commonCall,
  id: 2,
  callKey: 'mention|2022-01-31|emmanuel-macron,vladimir-putin',
  eventKey: '2022-01-31|emmanuel-macron,vladimir-putin',
  mentioned: 1,
  articleIds: [],
  mentionedIn: [1],
  kind: 'phone',
  eventDate: '2022-01-31',
  eventDatePartial: '--01-31',
  eventDateExpression: 'ngày 31/1',
  ordinal: null,
  topics: [],
  agreements: [],
  searchTokens: ['vladimir', 'putin', 'emmanuel', 'macron', 'dien', 'dam'],
  sortDate: '2022-01-31',
};

const V1_NOTE = { id: 1, callId: 1, text: 'Lần thứ ba trong một tuần', updatedAt: '2022-02-05T00:00:00.000Z' };

const NAME = 'store-upgrade-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema upgrade', () => {
  it('keeps version 1 as shipped and declares versions 2 to 6 after it', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(SCHEMA_VERSION).toBe(6);
    expect(SCHEMA_VERSIONS[0]!.stores).toEqual(SHIPPED_V1);
    for (const v of SCHEMA_VERSIONS.slice(1)) expect(v.upgrade).toBeTypeOf('function');
  });

  it('opens a version-1 database with every record intact and the version-2 index filled', async () => {
    // A database written by version 1 of the extension.
    const old = new Dexie(NAME);
    old.version(1).stores(SHIPPED_V1);
    await old.open();
    await old.table('articles').add(V1_ARTICLE);
    await old.table('calls').bulkAdd([V1_CALL, V1_MENTION]);
    await old.table('notes').add(V1_NOTE);
    expect(old.verno).toBe(1);
    // Version 1 has no topic index.
    await expect(old.table('calls').where('topicKeys').equals('ukraine').toArray()).rejects.toMatchObject({ name: 'SchemaError' });
    old.close();

    const db = await openCallStore(NAME);
    try {
      expect(db.verno).toBe(SCHEMA_VERSION);
      expect(await db.articles.toArray()).toEqual([V1_ARTICLE]);
      expect(await db.notes.toArray()).toEqual([V1_NOTE]);
      expect(await db.calls.get(1)).toEqual({ ...V1_CALL, topicKeys: ['ukraine', 'an ninh chau au'], relatedKeys: relatedKeysOf(V1_CALL) });
      expect(await db.calls.get(2)).toEqual({ ...V1_MENTION, topicKeys: [], relatedKeys: relatedKeysOf(V1_MENTION) });
      expect(relatedKeysOf(V1_CALL)).toContain('p:emmanuel-macron|vladimir-putin|7977:97:96~');

      // The v2 indexes exist and are filled for the old rows.
      expect(await db.calls.where('topicKeys').equals('an ninh chau au').primaryKeys()).toEqual([1]);
      expect(await db.articles.where('siteName').equals('VnExpress').primaryKeys()).toEqual([1]);
      expect((await latestCalls(db, 10)).map((c) => c.id)).toEqual([1]); // [mentioned+sortDate]
      expect((await latestCalls(db, 10, { includeMentioned: true })).map((c) => c.id)).toEqual([1, 2]);
      expect((await searchCalls(db, { topic: 'An ninh Châu Âu' })).map((c) => c.id)).toEqual([1]);
      expect((await searchCalls(db, { text: 'macron' })).map((c) => c.id)).toEqual([1, 2]);
      expect((await relatedCalls(db, 1)).samePair.map((c) => c.id)).toEqual([2]);
      // Version 4: the timeline rows are filled from the calls; the calls lost the indexes no query uses.
      expect(await db.timeline.toArray()).toEqual((await db.calls.toArray()).map(timelineRowOf));
      await expect(db.calls.where('relatedKeys').startsWith('p:').count()).rejects.toMatchObject({ name: 'SchemaError' });
      // Version 5: the calls' "cp:" keys, counted by country pair.
      expect(relatedKeysOf(V1_CALL)).toContain('cp:FR|RU|emmanuel-macron|vladimir-putin|7977:97:96~');
      expect(await db.countryPairs.toArray()).toEqual([{ countryPair: 'FR|RU', calls: { 'emmanuel-macron|vladimir-putin': 2 } }]);
      // Version 6: the charts' lines of the two calls, in one block.
      expect(await db.chart.toArray()).toEqual(chartBlocksOf(await db.calls.toArray()));
      expect((await chartCalls(db)).map((c) => [c.id, c.sortDate, c.mentioned, c.countryPairKeys])).toEqual([[1, '2022-02-03', 0, ['FR|RU']], [2, '2022-01-31', 1, ['FR|RU']]]);
      await expect(db.calls.where('pairKeys').equals('emmanuel-macron|vladimir-putin').count()).rejects.toMatchObject({ name: 'SchemaError' });

      // The keys written by version 1 still match: another outlet's report joins the old call,
      // and the report of 31/1 turns the old mention into a reported call.
      const article = (url: string): Article => ({
        url,
        canonicalUrl: null,
        title: 'Nga, Pháp điện đàm',
        lead: '',
        paragraphs: [],
        captions: [],
        text: 'Nga, Pháp điện đàm.',
        publishedAt: null,
        author: null,
        attribution: null,
        siteName: 'Tuổi Trẻ',
        isArticle: true,
        notArticleReason: null,
      });
      const record = (date: string): CallRecord => ({
        kind: 'phone',
        eventDate: date,
        eventDatePartial: `--${date.slice(5)}`,
        eventDateExpression: null,
        participants: [MACRON, PUTIN],
        initiator: null,
        ordinal: null,
        topics: ['Ukraine'],
        agreements: [],
        earlierCalls: [],
        attribution: null,
        evidence: NO_EVIDENCE,
      });
      const joined = await saveCall(db, { article: article('https://tuoitre.vn/pm-0203.htm'), record: record('2022-02-03') });
      expect(joined.created).toBe(false);
      expect(joined.call.id).toBe(1);
      expect(joined.call.articleIds).toEqual([1, joined.article.id]);
      expect(joined.call.topicKeys).toEqual(['ukraine', 'an ninh chau au']);
      const promoted = await saveCall(db, { article: article('https://tuoitre.vn/pm-0131.htm'), record: record('2022-01-31') });
      expect(promoted.call).toMatchObject({ id: 2, mentioned: 0, mentionedIn: [1], topicKeys: ['ukraine'] });
      expect(await db.calls.count()).toBe(2);
      expect(await db.notes.toArray()).toEqual([V1_NOTE]);
      expect(await db.timeline.toArray()).toEqual((await db.calls.toArray()).map(timelineRowOf));
      expect(await db.countryPairs.toArray()).toEqual(countryPairRowsOf(await db.timeline.toArray()));
      expect((await relatedCalls(db, 1)).samePair).toEqual([timelineRowOf((await db.calls.get(2))!)]);
      expect(await db.chart.toArray()).toEqual(chartBlocksOf(await db.calls.toArray()));
    } finally {
      db.close();
    }
  });

  it('opens a version-4 database with the "cp:" keys added to every call and timeline row, and the country pairs counted, over several pages', async () => {
    // A version-4 store: its calls and timeline rows have the keys of version 4 (no "cp:" keys)
    // and it has no countryPairs table. More calls than one page of the upgrade (500).
    const envelope = generateCollection(1300, ['Hai bên trao đổi về quan hệ song phương.'], 5);
    const v4Calls = envelope.calls.map((c) => {
      const call = withIndexFields(c, [], null) as SavedCall;
      return { ...call, relatedKeys: call.relatedKeys.filter((k) => !k.startsWith('cp:')) };
    });
    const old = new Dexie(NAME);
    declareVersions(old, SCHEMA_VERSIONS.slice(0, 4));
    await old.open();
    await old.table('calls').bulkAdd(v4Calls);
    await old.table('timeline').bulkAdd(v4Calls.map(timelineRowOf));
    expect(old.verno).toBe(4);
    old.close();

    const db = await openCallStore(NAME);
    try {
      expect(db.verno).toBe(SCHEMA_VERSION);
      const calls = await db.calls.toArray();
      expect(calls.length).toBe(v4Calls.length);
      // Every field as it was, the "cp:" keys added.
      expect(calls).toEqual(v4Calls.map((c) => ({ ...c, relatedKeys: relatedKeysOf(c) })));
      expect(calls.every((c) => c.relatedKeys.some((k) => k.startsWith('cp:')) === c.countryPairKeys.length > 0)).toBe(true);
      const timeline = await db.timeline.toArray();
      expect(timeline).toEqual(calls.map(timelineRowOf));
      const countryPairs = await db.countryPairs.toArray();
      expect(countryPairs).toEqual(countryPairRowsOf(timeline));
      expect(countryPairs.reduce((n, row) => n + Object.values(row.calls).reduce((a, b) => a + b, 0), 0)).toBe(calls.reduce((n, c) => n + c.countryPairKeys.length, 0));
      // relatedCalls answers as the plain definition on the upgraded store (the densest pair).
      const pm = calls.filter((c) => c.pairKeys.includes('emmanuel-macron|vladimir-putin'));
      expect(pm.length).toBeGreaterThan(20);
      const self = pm[0]!;
      const want = calls.filter((c) => c.id !== self.id && !c.pairKeys.some((k) => self.pairKeys.includes(k)) && c.countryPairKeys.some((k) => self.countryPairKeys.includes(k)));
      expect((await relatedCalls(db, self)).sameCountries.map((c) => c.id)).toEqual(want.sort(byNewest).slice(0, 20).map((c) => c.id));
    } finally {
      db.close();
    }
  });

  it('opens a version-5 database filled with records, every record kept as it was and the charts\' lines filled, over several pages', async () => {
    // A version-5 store as the extension wrote it: articles, calls with notes, their timeline rows
    // and country-pair counts. More calls than one page of the upgrade (500), with gaps in the ids.
    const envelope = generateCollection(1300, ['Hai bên trao đổi về quan hệ song phương.'], 7);
    const articles = envelope.articles;
    const byId = new Map(articles.map((a) => [a.id, a]));
    const notes = new Map(envelope.notes.map((n) => [n.callId, n.text]));
    const calls = envelope.calls
      .filter((c) => c.id % 7 !== 3)
      .map(({ eventCodes: _codes, ...c }) => withIndexFields(c, c.articleIds.map((id) => byId.get(id)!).filter(Boolean), notes.get(c.id) ?? null) as SavedCall);
    const old = new Dexie(NAME);
    declareVersions(old, SCHEMA_VERSIONS.slice(0, 5));
    await old.open();
    await old.table('articles').bulkAdd(articles);
    await old.table('calls').bulkAdd(calls);
    await old.table('notes').bulkAdd(envelope.notes);
    await old.table('timeline').bulkAdd(calls.map(timelineRowOf));
    await old.table('countryPairs').bulkAdd(countryPairRowsOf(calls));
    expect(old.verno).toBe(5);
    const before = Object.fromEntries(await Promise.all(['articles', 'calls', 'notes', 'timeline', 'countryPairs'].map(async (t) => [t, await old.table(t).toArray()] as const)));
    old.close();

    const db = await openCallStore(NAME);
    try {
      expect(db.verno).toBe(6);
      // Every record as it was: nothing lost, nothing rewritten.
      for (const [table, rows] of Object.entries(before)) expect({ table, rows: await db.table(table).toArray() }).toEqual({ table, rows });
      expect(before.calls!.length).toBe(calls.length);
      expect(before.notes!.length).toBeGreaterThan(10);
      // The chart table: one line per call, CHART_BLOCK calls to a row.
      const chart = await db.chart.toArray();
      expect(chart).toEqual(chartBlocksOf(calls));
      expect(chart.length).toBeGreaterThan(calls.length / CHART_BLOCK);
      expect(chart.reduce((n, b) => n + b.lines.length, 0)).toBe(calls.length);
      expect((await chartCalls(db)).map((c) => c.id)).toEqual(calls.map((c) => c.id).sort((a, b) => a - b));
      // And the store writes on from there: a deletion and a save keep the lines in step.
      await deleteCalls(db, calls.slice(0, 70).map((c) => c.id));
      expect(await db.chart.toArray()).toEqual(chartBlocksOf(await db.calls.toArray()));
    } finally {
      db.close();
    }
  });
});
