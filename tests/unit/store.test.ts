import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dexie, type DBCoreQuery, type DBCoreTable } from 'dexie';
import { testArticle as article } from '../helpers/articles';
import { testEarlierCall as earlier, testRecord as record } from '../helpers/records';
import type { CallRecord, Participant } from '../../lib/summarize/types';
import {
  CallStore,
  articleKeyOf,
  callForArticle,
  countCalls,
  deleteCalls,
  getCall,
  getNote,
  latestCalls,
  latestSavedCalls,
  openCallStore,
  relatedCalls,
  relatedTimeline,
  rootCause,
  saveCall,
  searchCalls,
  setNote,
  unsaveArticle,
  type SavedCall,
  SCHEMA_VERSION,
} from '../../lib/store';
import { dumpStore as dump, expectTimelineOfCalls } from '../helpers/stores';
import { storeErrorOf } from '../../lib/messages';

// ---- Builders ----

const PUTIN: Participant = { name: 'Vladimir Putin', title: 'Tổng thống', country: 'RU', leaderId: 'vladimir-putin' };
const MACRON: Participant = { name: 'Emmanuel Macron', title: 'Tổng thống', country: 'FR', leaderId: 'emmanuel-macron' };
const TRUMP: Participant = { name: 'Donald Trump', title: 'Tổng thống', country: 'US', leaderId: 'donald-trump' };
const ZELENSKY: Participant = { name: 'Volodymyr Zelensky', title: 'Tổng thống', country: 'UA', leaderId: 'volodymyr-zelensky' };
const LAVROV: Participant = { name: 'Sergei Lavrov', title: 'Ngoại trưởng', country: 'RU', leaderId: null };
const LE_DRIAN: Participant = { name: 'Jean-Yves Le Drian', title: 'Ngoại trưởng', country: 'FR', leaderId: null };
const BIDEN: Participant = { name: 'Joe Biden', title: 'Tổng thống', country: 'US', leaderId: 'joe-biden' };
const XI: Participant = { name: 'Tập Cận Bình', title: 'Chủ tịch', country: 'CN', leaderId: 'tap-can-binh' };

let db: CallStore;
let dbCount = 0;
const nextName = () => `store-test-${++dbCount}`;

beforeEach(async () => {
  db = await openCallStore(nextName());
});

afterEach(async () => {
  vi.restoreAllMocks();
  // Every test's writes (saves, merges, promotions, unsaves, deletions, notes, failed saves).
  if (db.isOpen()) await expectTimelineOfCalls(db);
  db.close();
  await Dexie.delete(db.name);
});

// ---- Articles ----

describe('article keys', () => {
  it('reduces every address of an article to one key', () => {
    const key = 'vnexpress.net/nga-phap-dien-dam-4425150.html';
    for (const url of [
      'https://vnexpress.net/nga-phap-dien-dam-4425150.html',
      'http://vnexpress.net/nga-phap-dien-dam-4425150.html',
      'https://www.vnexpress.net/nga-phap-dien-dam-4425150.html',
      'https://m.vnexpress.net/nga-phap-dien-dam-4425150.html',
      'https://vnexpress.net/nga-phap-dien-dam-4425150.html?utm_source=facebook&utm_medium=social&fbclid=IwAR0abc',
      'https://vnexpress.net/nga-phap-dien-dam-4425150.html#box_comment',
      'https://VNEXPRESS.net/nga-phap-dien-dam-4425150.html/',
      key,
    ]) {
      expect(articleKeyOf(url), url).toBe(key);
    }
    expect(articleKeyOf('https://vnexpress.net/other-4425151.html')).not.toBe(key);
    // Real query parameters identify the article.
    expect(articleKeyOf('https://baoquocte.vn/news.aspx?id=12&fbclid=x')).toBe('baoquocte.vn/news.aspx?id=12');
    expect(articleKeyOf('not a url')).toBeNull();
    expect(articleKeyOf(null)).toBeNull();
  });

  it('stores the same article reached through different addresses once', async () => {
    const urls = [
      'https://vnexpress.net/nga-phap-dien-dam-4425150.html?utm_source=facebook&fbclid=IwAR0abc',
      'http://vnexpress.net/nga-phap-dien-dam-4425150.html',
      'https://m.vnexpress.net/nga-phap-dien-dam-4425150.html#box_comment',
      'https://www.vnexpress.net/nga-phap-dien-dam-4425150.html?utm_campaign=x',
    ];
    const results = [];
    for (const url of urls) results.push(await saveCall(db, { article: article(url), record: record('2022-02-03', [PUTIN, MACRON]) }));
    expect(await db.articles.count()).toBe(1);
    expect(await db.calls.count()).toBe(1);
    expect(results.map((r) => r.articleCreated)).toEqual([true, false, false, false]);
    expect(results.map((r) => r.created)).toEqual([true, false, false, false]);
    const [saved] = await db.articles.toArray();
    expect(saved!.urlKey).toBe('vnexpress.net/nga-phap-dien-dam-4425150.html');
    // The first address is kept, without its tracking parameters.
    expect(saved!.url).toBe('https://vnexpress.net/nga-phap-dien-dam-4425150.html');
    expect((await db.calls.toArray())[0]!.articleIds).toEqual([saved!.id]);
  });

  it('uses a same-site canonical address, and keys articles without an address by their text', async () => {
    const amp = article('https://tuoitre.vn/nga-phap-dien-dam-2022.amp', { canonicalUrl: 'https://tuoitre.vn/nga-phap-dien-dam-2022.htm' });
    const plain = article('https://tuoitre.vn/nga-phap-dien-dam-2022.htm?utm_source=zalo');
    await saveCall(db, { article: amp, record: record('2022-02-03', [PUTIN, MACRON]) });
    await saveCall(db, { article: plain, record: record('2022-02-03', [PUTIN, MACRON]) });
    expect(await db.articles.count()).toBe(1);

    const pasted = article(null, { text: 'Một bài dán vào.', title: 'Bài dán' });
    const a = await saveCall(db, { article: pasted, record: record('2022-02-03', [PUTIN, MACRON]) });
    const b = await saveCall(db, { article: pasted, record: record('2022-02-03', [PUTIN, MACRON]) });
    expect(a.article.urlKey).toMatch(/^text:[0-9a-f]{16}$/);
    expect(b.article.id).toBe(a.article.id);
    expect(await db.articles.count()).toBe(2);
  });

  it('saving the same article twice changes nothing', async () => {
    const input = {
      article: article('https://vnexpress.net/a-1.html'),
      record: record('2022-02-03', [PUTIN, MACRON], { topics: ['Ukraine'], earlierCalls: [earlier('2022-01-28')] }),
    };
    const first = await saveCall(db, { ...input, savedAt: '2022-02-04T09:00:00.000Z' });
    const before = await dump(db);
    const second = await saveCall(db, { ...input, savedAt: '2022-02-05T09:00:00.000Z' });
    expect(second.created).toBe(false);
    expect(second.articleCreated).toBe(false);
    expect(second.call).toEqual(first.call);
    expect(await dump(db)).toEqual(before);
  });
});

// ---- Calls ----

describe('calls', () => {
  it('merges the same call reported by two outlets', async () => {
    const a = await saveCall(db, {
      article: article('https://vnexpress.net/a-1.html', { siteName: 'VnExpress', title: 'Putin điện đàm Macron' }),
      record: record('2022-02-03', [PUTIN, MACRON], { topics: ['Ukraine'], agreements: ['duy trì liên lạc'] }),
    });
    const b = await saveCall(db, {
      article: article('https://baoquocte.vn/b-2.html', { siteName: 'Báo Quốc tế', title: 'Lãnh đạo Nga, Pháp trao đổi' }),
      // Participants listed in the other order, a topic more.
      record: record('2022-02-03', [MACRON, PUTIN], { topics: ['Ukraine', 'an ninh châu Âu'], agreements: ['duy trì liên lạc'] }),
    });
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.call.id).toBe(a.call.id);
    expect(await db.calls.count()).toBe(1);
    expect(b.call.articleIds).toEqual([a.article.id, b.article.id]);
    expect(b.call.topics).toEqual(['Ukraine', 'an ninh châu Âu']);
    expect(b.call.agreements).toEqual(['duy trì liên lạc']);
    expect(b.call.searchTokens).toEqual(expect.arrayContaining(['vnexpress', 'bao', 'quoc', 'te', 'trao', 'doi']));
    expect(b.call.eventKey).toBe('2022-02-03|emmanuel-macron,vladimir-putin');
    expect(b.call.callKey).toBe('phone|2022-02-03|emmanuel-macron,vladimir-putin');
  });

  it('keeps calls of another kind, another date or undated calls apart', async () => {
    await saveCall(db, { article: article('https://x.vn/1'), record: record('2022-02-03', [PUTIN, MACRON]) });
    await saveCall(db, { article: article('https://x.vn/2'), record: record('2022-02-04', [PUTIN, MACRON]) });
    await saveCall(db, { article: article('https://x.vn/3'), record: record('2022-02-03', [PUTIN, MACRON], { kind: 'video' }) });
    // Planned, then reported on the same date: kept as two records (documented choice).
    await saveCall(db, { article: article('https://x.vn/4'), record: record('2022-02-03', [PUTIN, MACRON], { kind: 'planned' }) });
    // No date: cannot be matched, keyed by its article.
    const u1 = await saveCall(db, { article: article('https://x.vn/5'), record: record(null, [PUTIN, MACRON]) });
    const u2 = await saveCall(db, { article: article('https://x.vn/6'), record: record(null, [PUTIN, MACRON]) });
    expect(u1.call.callKey).toBe('article:x.vn/5');
    expect(u2.call.id).not.toBe(u1.call.id);
    expect(u1.call.eventKey).toBeNull();
    expect(await db.calls.count()).toBe(6);
    // One known participant only: not matched either.
    const one1 = await saveCall(db, { article: article('https://x.vn/7'), record: record('2022-02-03', [PUTIN]) });
    const one2 = await saveCall(db, { article: article('https://x.vn/8'), record: record('2022-02-03', [PUTIN]) });
    expect(one2.call.id).not.toBe(one1.call.id);
  });

  it('derives the participant, pair and country keys', async () => {
    const { call } = await saveCall(db, {
      article: article('https://x.vn/1'),
      record: record('2021-09-10', [LAVROV, LE_DRIAN, { name: null, title: 'Thủ tướng', country: 'DE', leaderId: null }]),
    });
    expect(call.participantKeys).toEqual(['DE:thu tuong', 'FR:jean-yves le drian', 'RU:sergei lavrov']);
    expect(call.pairKeys).toEqual(['DE:thu tuong|FR:jean-yves le drian', 'DE:thu tuong|RU:sergei lavrov', 'FR:jean-yves le drian|RU:sergei lavrov']);
    expect(call.countryKeys).toEqual(['DE', 'FR', 'RU']);
    expect(call.countryPairKeys).toEqual(['DE|FR', 'DE|RU', 'FR|RU']);
    expect(call.searchTokens).toEqual(expect.arrayContaining(['lavrov', 'ngoai', 'truong', 'nga', 'russia', 'phap', 'france', 'duc', 'germany', 'dien', 'dam', 'phone']));
    expect(call.sortDate).toBe('2021-09-10');
  });

  it('orders an undated call by its article’s publication date', async () => {
    const { call } = await saveCall(db, {
      article: article('https://x.vn/1', { publishedAt: '2023-04-27T21:10:00+07:00' }),
      record: record(null, [PUTIN, MACRON]),
    });
    expect(call.sortDate).toBe('2023-04-27');
  });

  it('creates mentioned calls from earlier calls and turns them into reported calls later', async () => {
    const feb3 = await saveCall(db, {
      article: article('https://vnexpress.net/feb-3.html'),
      record: record('2022-02-03', [PUTIN, MACRON], { earlierCalls: [earlier('2022-01-28'), earlier('2022-01-31')] }),
    });
    const a1 = feb3.article.id;
    const mentioned = await db.calls.where('mentioned').equals(1).sortBy('sortDate');
    expect(mentioned.map((c) => [c.eventDate, c.mentionedIn, c.articleIds, c.callKey])).toEqual([
      ['2022-01-28', [a1], [], 'mention|2022-01-28|emmanuel-macron,vladimir-putin'],
      ['2022-01-31', [a1], [], 'mention|2022-01-31|emmanuel-macron,vladimir-putin'],
    ]);
    expect(mentioned[0]!.participantKeys).toEqual(['emmanuel-macron', 'vladimir-putin']);
    expect(await countCalls(db)).toBe(1);
    expect(await countCalls(db, { includeMentioned: true })).toBe(3);

    // The note on a mentioned call survives its promotion.
    const jan31Mention = mentioned[1]!;
    await setNote(db, jan31Mention.id, 'ghi chú 31/1');

    // The article about 31/1 is saved: the mention becomes the reported call.
    const jan31 = await saveCall(db, {
      article: article('https://tuoitre.vn/jan-31.htm', { publishedAt: '2022-02-01T07:00:00+07:00' }),
      record: record('2022-01-31', [MACRON, PUTIN], { topics: ['Ukraine'] }),
    });
    expect(jan31.created).toBe(true);
    expect(jan31.call.id).toBe(jan31Mention.id);
    expect(jan31.call.mentioned).toBe(0);
    expect(jan31.call.callKey).toBe('phone|2022-01-31|emmanuel-macron,vladimir-putin');
    expect(jan31.call.articleIds).toEqual([jan31.article.id]);
    expect(jan31.call.mentionedIn).toEqual([a1]);
    expect(jan31.call.topics).toEqual(['Ukraine']);
    expect((await getNote(db, jan31.call.id))?.text).toBe('ghi chú 31/1');
    expect(jan31.call.searchTokens).toContain('ghi');
    expect(await db.calls.count()).toBe(3);

    // A later article mentions the reported 3/2 call: only a link is added.
    const feb10 = await saveCall(db, {
      article: article('https://vnexpress.net/feb-10.html'),
      record: record('2022-02-10', [PUTIN, MACRON], { earlierCalls: [earlier('2022-02-03')] }),
    });
    const feb3Call = await getCall(db, feb3.call.id);
    expect(feb3Call!.mentionedIn).toEqual([feb10.article.id]);
    expect(feb3Call!.mentioned).toBe(0);
    expect(await db.calls.count()).toBe(4);
  });

  it('adds a second mention of the same event to the existing mentioned call', async () => {
    const a = await saveCall(db, { article: article('https://x.vn/1'), record: record('2022-02-03', [PUTIN, MACRON], { earlierCalls: [earlier('2022-01-31')] }) });
    const b = await saveCall(db, { article: article('https://y.vn/2'), record: record('2022-02-08', [PUTIN, MACRON], { earlierCalls: [earlier('2022-01-31')] }) });
    const mentions = await db.calls.where('mentioned').equals(1).toArray();
    expect(mentions).toHaveLength(1);
    expect(mentions[0]!.mentionedIn).toEqual([a.article.id, b.article.id]);
  });

  it('moves an article re-read with another date to the new call', async () => {
    const first = await saveCall(db, { article: article('https://x.vn/1'), record: record('2022-02-02', [PUTIN, MACRON]) });
    await setNote(db, first.call.id, 'sai ngày');
    const second = await saveCall(db, { article: article('https://x.vn/1'), record: record('2022-02-03', [PUTIN, MACRON]) });
    expect(await db.calls.count()).toBe(1);
    // The call was only this article's: it is rewritten in place and keeps its note.
    expect(second.call.id).toBe(first.call.id);
    expect(second.call.eventDate).toBe('2022-02-03');
    expect((await getNote(db, second.call.id))?.text).toBe('sai ngày');

    // When the old call has another article, the article only leaves it.
    await saveCall(db, { article: article('https://y.vn/2'), record: record('2022-02-03', [PUTIN, MACRON]) });
    const third = await saveCall(db, { article: article('https://x.vn/1'), record: record('2022-02-04', [PUTIN, MACRON]) });
    expect(await db.calls.count()).toBe(2);
    const old = await getCall(db, first.call.id);
    expect(old!.articleIds).toHaveLength(1);
    expect(old!.articleIds).not.toContain(third.article.id);
    expect(third.call.articleIds).toEqual([third.article.id]);
  });

  it('finds the call of an article from any of its addresses', async () => {
    const { call, article: a } = await saveCall(db, { article: article('https://vnexpress.net/a-1.html'), record: record('2022-02-03', [PUTIN, MACRON]) });
    const found = await callForArticle(db, 'http://m.vnexpress.net/a-1.html?fbclid=abc#top');
    expect(found?.call.id).toBe(call.id);
    expect(found?.article.id).toBe(a.id);
    expect(await callForArticle(db, a.urlKey)).not.toBeNull();
    expect(await callForArticle(db, 'https://vnexpress.net/other.html')).toBeNull();
  });

  it('two saves of the same call at the same time leave one call', async () => {
    const same = { article: article('https://vnexpress.net/a-1.html'), record: record('2022-02-03', [PUTIN, MACRON], { earlierCalls: [earlier('2022-01-31')] }) };
    const results = await Promise.all([saveCall(db, same), saveCall(db, same), saveCall(db, same)]);
    expect(await db.articles.count()).toBe(1);
    expect(await db.calls.where('mentioned').equals(0).count()).toBe(1);
    expect(await db.calls.where('mentioned').equals(1).count()).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);

    // Two outlets at the same time: one call with both articles.
    const [x, y] = await Promise.all([
      saveCall(db, { article: article('https://x.vn/feb-8'), record: record('2022-02-08', [PUTIN, MACRON]) }),
      saveCall(db, { article: article('https://y.vn/feb-8'), record: record('2022-02-08', [MACRON, PUTIN]) }),
    ]);
    expect(x.call.id).toBe(y.call.id);
    const merged = await getCall(db, x.call.id);
    expect([...merged!.articleIds].sort()).toEqual([x.article.id, y.article.id].sort());
  });
});

// ---- Failures ----

describe('failures inside saveCall', () => {
  const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('reports a transaction the database aborted with the error behind the abort', () => {
    // What Dexie rejects with when the quota is exceeded at commit time.
    const quota = quotaError();
    expect(rootCause(new Dexie.AbortError('Transaction aborted', quota))).toBe(quota);
    const other = new Dexie.ConstraintError('unique');
    expect(rootCause(other)).toBe(other);
    const bare = new Dexie.AbortError('Transaction aborted');
    expect(rootCause(bare)).toBe(bare);
  });

  it('a failing write leaves the database as it was, and the error keeps its name', async () => {
    await saveCall(db, { article: article('https://x.vn/1'), record: record('2022-01-28', [PUTIN, MACRON], { topics: ['Ukraine'] }) });
    await setNote(db, 1, 'ghi chú');
    const before = await dump(db);

    // Tables used inside a transaction are instances of the same class as db.calls: spy on its
    // prototype, and fail only the writes to the calls table.
    const proto = Object.getPrototypeOf(db.calls) as { put: (this: { name: string }, ...args: unknown[]) => unknown };
    const realPut = proto.put;
    let calls = 0;
    let failAt = 1;
    vi.spyOn(proto, 'put').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      if (this.name === 'calls' && ++calls === failAt) return Dexie.Promise.reject(quotaError());
      return realPut.apply(this, args);
    });

    // Fail on the first write to calls: the article was already written in the same transaction.
    await expect(
      saveCall(db, { article: article('https://y.vn/2'), record: record('2022-02-03', [PUTIN, MACRON], { earlierCalls: [earlier('2022-01-31')] }) }),
    ).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(calls).toBe(1);
    expect(await dump(db)).toEqual(before);

    // Fail midway: the article, the reported call and one mentioned call are written, the next one is not.
    calls = 0;
    failAt = 3;
    await expect(
      saveCall(db, { article: article('https://y.vn/2'), record: record('2022-02-03', [PUTIN, MACRON], { earlierCalls: [earlier('2022-01-31'), earlier('2022-01-28')] }) }),
    ).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(calls).toBe(3);
    expect(await dump(db)).toEqual(before);

    // Without the failure the same save goes through.
    vi.restoreAllMocks();
    await saveCall(db, { article: article('https://y.vn/2'), record: record('2022-02-03', [PUTIN, MACRON], { earlierCalls: [earlier('2022-01-31')] }) });
    expect(await db.calls.count()).toBe(3);
  });
});

describe('what the reader is told when the store fails (storeErrorOf)', () => {
  it('a full disk is "quota", also when Dexie wraps it in an abort', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(storeErrorOf(quota).kind).toBe('quota');
    expect(storeErrorOf(new Dexie.AbortError('Transaction aborted', quota)).kind).toBe('quota');
  });

  it('an upgrade blocked by an older page that keeps the database open is "blocked", and opens once it closes', async () => {
    const name = `blocked-${Math.random()}`;
    // An older page: version 1 of the schema, open, and deaf to 'versionchange'.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name, 10); // Dexie's version 1 is IndexedDB's 10
      r.onupgradeneeded = () => r.result.createObjectStore('calls', { keyPath: 'id', autoIncrement: true });
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const error = await openCallStore(name, 200).then(() => null, (e: unknown) => e);
    expect(storeErrorOf(error).kind).toBe('blocked');
    // The page goes away: the retry opens and upgrades.
    old.close();
    const store = await openCallStore(name, 200);
    expect(store.verno).toBe(SCHEMA_VERSION);
    store.close();
    await Dexie.delete(name);
  });

  it('a browser without IndexedDB (some private modes) is "unavailable"', async () => {
    const store = new Dexie(`none-${Math.random()}`, { indexedDB: undefined as never, IDBKeyRange: undefined as never });
    const realIndexedDB = globalThis.indexedDB;
    // @ts-expect-error: the API is missing, as in a private window that has none.
    delete globalThis.indexedDB;
    try {
      store.version(1).stores({ calls: '++id' });
      const error = await store.open().then(() => null, (e: unknown) => e);
      expect(storeErrorOf(error).kind).toBe('unavailable');
    } finally {
      globalThis.indexedDB = realIndexedDB;
    }
  });

  it('anything else is "unknown", with the browser\'s own message kept for the reader', () => {
    expect(storeErrorOf(new Dexie.ConstraintError('unique'))).toMatchObject({ kind: 'unknown', message: 'unique' });
    expect(storeErrorOf('odd')).toMatchObject({ kind: 'unknown', message: 'odd' });
  });
});

// ---- Related calls and search: one scene ----

/** Putin–Macron calls over five years, a mention, and calls that share one side or nothing. */
async function buildScene(target: CallStore) {
  const save = (url: string, title: string, rec: CallRecord, siteName = 'VnExpress') =>
    saveCall(target, { article: article(url, { title, siteName, publishedAt: null }), record: rec });
  const pm2017 = await save('https://vov.vn/pm-2017', 'Tổng thống Nga và Pháp điện đàm lần đầu', record('2017-05-18', [PUTIN, MACRON], { topics: ['Syria', 'chống khủng bố'] }), 'VOV');
  const pm2020 = await save('https://vov.vn/pm-2020', 'Nga, Pháp điện đàm trực tuyến về Libya', record('2020-06-26', [PUTIN, MACRON], { kind: 'video', topics: ['Libya'] }), 'VOV');
  const pm2022a = await save('https://vnexpress.net/pm-0128', 'Putin và Macron bàn về an ninh châu Âu', record('2022-01-28', [PUTIN, MACRON], { topics: ['Ukraine', 'an ninh châu Âu'] }));
  const pm2022b = await save(
    'https://vnexpress.net/pm-0203',
    'Lãnh đạo Nga, Pháp điện đàm lần thứ ba trong một tuần',
    record('2022-02-03', [PUTIN, MACRON], { topics: ['Ukraine'], earlierCalls: [earlier('2022-01-28'), earlier('2022-01-31')] }),
  );
  const pt2017 = await save('https://tuoitre.vn/pt-2017', 'Putin và Trump điện đàm về Syria', record('2017-05-02', [PUTIN, TRUMP], { topics: ['Syria'] }), 'Tuổi Trẻ');
  const mz2022 = await save('https://tuoitre.vn/mz-2022', 'Macron điện đàm với Zelensky', record('2022-02-20', [MACRON, ZELENSKY], { topics: ['Ukraine'] }), 'Tuổi Trẻ');
  const ld2021 = await save('https://baoquocte.vn/ld-2021', 'Ngoại trưởng Nga, Pháp trao đổi', record('2021-09-10', [LAVROV, LE_DRIAN], { topics: ['Iran'] }), 'Báo Quốc tế');
  const bx2021 = await save('https://tuoitre.vn/bx-2021', 'Biden và Tập Cận Bình điện đàm', record('2021-11-16', [BIDEN, XI], { topics: ['Đài Loan'] }), 'Tuổi Trẻ');
  const jan31 = await target.calls.where('callKey').equals('mention|2022-01-31|emmanuel-macron,vladimir-putin').first();
  return { pm2017, pm2020, pm2022a, pm2022b, pt2017, mz2022, ld2021, bx2021, jan31: jan31! };
}

const dates = (calls: ReadonlyArray<Pick<SavedCall, 'sortDate'>>) => calls.map((c) => c.sortDate);

describe('relatedCalls', () => {
  it('groups earlier and later calls: same pair, same countries, same leader, newest first', async () => {
    const s = await buildScene(db);
    expect(s.jan31.mentioned).toBe(1);
    // 28/1 was reported before the 3/2 article mentioned it: no mentioned copy.
    expect(await db.calls.where('eventKey').equals('2022-01-28|emmanuel-macron,vladimir-putin').count()).toBe(1);

    const r = await relatedCalls(db, s.pm2020.call);
    expect(dates(r.samePair)).toEqual(['2022-02-03', '2022-01-31', '2022-01-28', '2017-05-18']);
    expect(r.samePair[1]!.mentioned).toBe(1);
    expect(r.samePair[1]!.mentionedIn).toEqual([s.pm2022b.article.id]);
    expect(r.samePair[2]!.mentionedIn).toEqual([s.pm2022b.article.id]);
    expect(r.sameCountries.map((c) => c.id)).toEqual([s.ld2021.call.id]);
    expect(r.sameLeader.map((c) => c.id)).toEqual([s.mz2022.call.id, s.pt2017.call.id]);
    const all = [...r.samePair, ...r.sameCountries, ...r.sameLeader].map((c) => c.id);
    expect(all).not.toContain(s.pm2020.call.id);
    expect(all).not.toContain(s.bx2021.call.id);
    expect(new Set(all).size).toBe(all.length);

    // From the foreign ministers' call: the leaders' calls are the same countries.
    const ld = await relatedCalls(db, s.ld2021.call.id);
    expect(ld.samePair).toEqual([]);
    expect(dates(ld.sameCountries)).toEqual(['2022-02-03', '2022-01-31', '2022-01-28', '2020-06-26', '2017-05-18']);
    expect(ld.sameLeader).toEqual([]);

    // A limit cuts each group; calls cut from a group do not fall into the next one.
    const cut = await relatedCalls(db, s.pm2017.call, { limit: 2 });
    expect(dates(cut.samePair)).toEqual(['2022-02-03', '2022-01-31']);
    expect(cut.sameCountries.map((c) => c.id)).toEqual([s.ld2021.call.id]);
    expect(dates(cut.sameLeader)).toEqual(['2022-02-20', '2017-05-02']);
  });

  it('relatedTimeline: the same calls, only what a timeline row shows, with the articles they link to', async () => {
    const s = await buildScene(db);
    const r = await relatedCalls(db, s.pm2020.call);
    const tl = await relatedTimeline(db, s.pm2020.call.id);
    for (const group of ['samePair', 'sameCountries', 'sameLeader'] as const) {
      expect(tl[group].map((c) => c.id)).toEqual(r[group].map((c) => c.id));
      for (const c of tl[group]) expect(Object.keys(c).sort()).toEqual(['articleIds', 'eventDate', 'eventDatePartial', 'id', 'kind', 'mentioned', 'mentionedIn', 'participants', 'sortDate']);
    }
    const linked = new Set([...r.samePair, ...r.sameCountries, ...r.sameLeader].flatMap((c) => [...c.articleIds, ...c.mentionedIn]));
    expect(tl.articles.map((a) => a.id).sort((a, b) => a - b)).toEqual([...linked].sort((a, b) => a - b));
    const mentioning = tl.articles.find((a) => a.id === s.pm2022b.article.id)!;
    expect(mentioning).toEqual({ id: s.pm2022b.article.id, url: s.pm2022b.article.url, title: s.pm2022b.article.title, siteName: s.pm2022b.article.siteName, publishedAt: s.pm2022b.article.publishedAt });
    // Small enough to keep with a tab's state: much smaller than the whole calls.
    const whole = await db.calls.bulkGet([...r.samePair, ...r.sameCountries, ...r.sameLeader].map((c) => c.id));
    expect(JSON.stringify(tl).length).toBeLessThan(JSON.stringify(whole).length / 2);
  });

  it('is served by the multiEntry indexes, never by a scan of a table', async () => {
    const spied = new CallStore(nextName());
    interface Access {
      table: string;
      op: string;
      index: string | null;
      scan: boolean;
    }
    const log: Access[] = [];
    const RANGE_ANY = 3; // DBCoreRangeType.Any: the whole index
    spied.use({
      stack: 'dbcore',
      name: 'access-log',
      create: (down) => ({
        ...down,
        table: (name: string): DBCoreTable => {
          const t = down.table(name);
          // Counting the whole table is not reading it: a count is not a scan.
          const note = (op: string, q: DBCoreQuery) =>
            log.push({ table: name, op, index: q.index.name, scan: op !== 'count' && (!!q.index.isPrimaryKey || q.range.type === RANGE_ANY) });
          return {
            ...t,
            query: (req) => (note('query', req.query), t.query(req)),
            openCursor: (req) => (note('openCursor', req.query), t.openCursor(req)),
            count: (req) => (note('count', req.query), t.count(req)),
          };
        },
      }),
    });
    try {
      const s = await buildScene(spied);
      const proto = Object.getPrototypeOf(spied.calls) as { toCollection: () => unknown; filter: () => unknown };
      const toCollection = vi.spyOn(proto, 'toCollection');
      const filter = vi.spyOn(proto, 'filter');

      // The detector sees a scan when there is one.
      log.length = 0;
      await spied.calls.filter(() => true).toArray();
      expect(log.some((a) => a.table === 'calls' && a.scan)).toBe(true);
      toCollection.mockClear();
      filter.mockClear();

      log.length = 0;
      const r = await relatedCalls(spied, s.pm2020.call);
      expect(r.samePair).toHaveLength(4);
      // One index of the timeline (schema v4): the newest calls of each pair, country pair and
      // leader; the calls table is not read.
      expect(log.filter((a) => a.scan)).toEqual([]);
      expect(log.filter((a) => a.table === 'calls')).toEqual([]);
      expect(new Set(log.map((a) => `${a.table}.${a.index}`))).toEqual(new Set(['timeline.relatedKeys']));
      expect(toCollection).not.toHaveBeenCalled();
      expect(filter).not.toHaveBeenCalled();

      // The search reads one index too.
      log.length = 0;
      await searchCalls(spied, { text: 'putin', country: 'FR', from: '2020' });
      expect(log.filter((a) => a.table === 'calls' && a.scan)).toEqual([]);
    } finally {
      spied.close();
      await Dexie.delete(spied.name);
    }
  });
});

describe('searchCalls', () => {
  it('finds calls by free text without diacritics, by prefix, all words required', async () => {
    const s = await buildScene(db);
    const putinCalls = ['2022-02-03', '2022-01-31', '2022-01-28', '2020-06-26', '2017-05-18', '2017-05-02'];
    expect(dates(await searchCalls(db, { text: 'dien dam putin' }))).toEqual(putinCalls);
    expect(dates(await searchCalls(db, { text: 'Điện đàm PUTIN' }))).toEqual(putinCalls);
    expect(dates(await searchCalls(db, { text: 'mac' }))).toEqual(['2022-02-20', '2022-02-03', '2022-01-31', '2022-01-28', '2020-06-26', '2017-05-18']);
    expect(dates(await searchCalls(db, { text: 'putin trump' }))).toEqual(['2017-05-02']);
    expect(dates(await searchCalls(db, { text: 'putin zzz' }))).toEqual([]);
    // Kind words, English country names, topics, article titles and site names.
    expect(dates(await searchCalls(db, { text: 'truc tuyen' }))).toEqual(['2020-06-26']);
    expect(dates(await searchCalls(db, { text: 'video macron' }))).toEqual(['2020-06-26']);
    expect(dates(await searchCalls(db, { text: 'china' }))).toEqual(['2021-11-16']);
    expect(dates(await searchCalls(db, { text: 'khung bo' }))).toEqual(['2017-05-18']);
    expect(dates(await searchCalls(db, { text: 'lan thu ba' }))).toEqual(['2022-02-03']);
    expect(dates(await searchCalls(db, { text: 'bao quoc te' }))).toEqual(['2021-09-10']);
    expect(dates(await searchCalls(db, { text: 'tuoi tre syria' }))).toEqual(['2017-05-02']);
    expect(s.bx2021.call.searchTokens).toContain('tap');
  });

  it('filters by leader, country, topic, kind, date range and mention, alone and combined', async () => {
    await buildScene(db);
    expect(dates(await searchCalls(db, { leader: 'donald-trump' }))).toEqual(['2017-05-02']);
    expect(dates(await searchCalls(db, { leader: 'RU:sergei lavrov' }))).toEqual(['2021-09-10']);
    expect(dates(await searchCalls(db, { country: 'ua' }))).toEqual(['2022-02-20']);
    expect(dates(await searchCalls(db, { topic: 'ukraine' }))).toEqual(['2022-02-20', '2022-02-03', '2022-01-28']);
    expect(dates(await searchCalls(db, { topic: 'Chống khủng bố' }))).toEqual(['2017-05-18']);
    expect(dates(await searchCalls(db, { kind: 'video' }))).toEqual(['2020-06-26']);
    expect(dates(await searchCalls(db, { from: '2017-05-01', to: '2017-05-31' }))).toEqual(['2017-05-18', '2017-05-02']);
    expect(dates(await searchCalls(db, { to: '2017' }))).toEqual(['2017-05-18', '2017-05-02']);
    expect(dates(await searchCalls(db, { from: '2022-02' }))).toEqual(['2022-02-20', '2022-02-03']);
    expect(dates(await searchCalls(db, { mentioned: true }))).toEqual(['2022-01-31']);
    expect(await searchCalls(db, { mentioned: false })).toHaveLength(8);

    expect(dates(await searchCalls(db, { leader: 'emmanuel-macron', topic: 'Ukraine' }))).toEqual(['2022-02-20', '2022-02-03', '2022-01-28']);
    expect(dates(await searchCalls(db, { country: 'RU', from: '2022' }))).toEqual(['2022-02-03', '2022-01-31', '2022-01-28']);
    expect(dates(await searchCalls(db, { text: 'putin', topic: 'syria' }))).toEqual(['2017-05-18', '2017-05-02']);
    expect(dates(await searchCalls(db, { text: 'phap', kind: 'phone', from: '2021', to: '2021-12-31' }))).toEqual(['2021-09-10']);
    expect(dates(await searchCalls(db, { country: 'CN', leader: 'vladimir-putin' }))).toEqual([]);

    // Paging, and listing without criteria.
    expect(dates(await searchCalls(db, { text: 'putin', limit: 2, offset: 1 }))).toEqual(['2022-01-31', '2022-01-28']);
    expect(dates(await searchCalls(db, { limit: 3 }))).toEqual(['2022-02-20', '2022-02-03', '2022-01-31']);
  });

  it('lists the latest reported calls', async () => {
    await buildScene(db);
    expect(dates(await latestCalls(db, 3))).toEqual(['2022-02-20', '2022-02-03', '2022-01-28']);
    expect(dates(await latestCalls(db, 3, { includeMentioned: true }))).toEqual(['2022-02-20', '2022-02-03', '2022-01-31']);
    expect(await countCalls(db)).toBe(8);
    expect(await countCalls(db, { includeMentioned: true })).toBe(9);
  });

  it('lists the calls by when their articles were saved, the latest first', async () => {
    // Saved in this order: pm2017, pm2020, pm2022a, pm2022b (which mentions 31/1), pt2017, mz2022, ld2021, bx2021.
    await buildScene(db);
    expect(dates(await latestSavedCalls(db, 4))).toEqual(['2021-11-16', '2021-09-10', '2022-02-20', '2017-05-02']);
    // A mentioned call comes with the article that mentions it, after the call the article reports.
    expect(dates(await latestSavedCalls(db, 6, { includeMentioned: true }))).toEqual(['2021-11-16', '2021-09-10', '2022-02-20', '2017-05-02', '2022-02-03', '2022-01-31']);
    expect((await latestSavedCalls(db, 100)).length).toBe(8);
  });

  it('lists a call where its newest article was saved, across batches of articles', async () => {
    // 20 calls, each reported by two articles saved one after the other, in an order that is not
    // the calls' dates: the first batch of articles (LATEST_LIMIT = 20) holds only 10 calls.
    const day = (i: number) => `2020-01-${String(((i * 7) % 20) + 1).padStart(2, '0')}`;
    const at = (n: number) => new Date(Date.UTC(2025, 0, 1, 0, n)).toISOString();
    for (let i = 0; i < 20; i++)
      for (const half of [0, 1]) await saveCall(db, { article: article(`https://vov.vn/c${i}-${half}`, { title: `Bài ${i}.${half}` }), record: record(day(i), [PUTIN, MACRON]), savedAt: at(2 * i + half) });
    expect(await db.calls.count()).toBe(20);
    expect(dates(await latestSavedCalls(db, 15))).toEqual(Array.from({ length: 15 }, (_, k) => day(19 - k)));
  });
});

// ---- Notes ----

describe('notes', () => {
  it('are saved, replaced, searchable and removable', async () => {
    const { call } = await saveCall(db, { article: article('https://x.vn/1'), record: record('2022-02-03', [PUTIN, MACRON]) });
    expect(await searchCalls(db, { text: 'quan trong' })).toEqual([]);

    const note = await setNote(db, call.id, 'Cuộc gọi quan trọng về Ukraine', '2022-02-05T00:00:00.000Z');
    expect(note).toMatchObject({ callId: call.id, text: 'Cuộc gọi quan trọng về Ukraine' });
    expect((await getNote(db, call.id))?.text).toBe('Cuộc gọi quan trọng về Ukraine');
    expect((await searchCalls(db, { text: 'quan trọng' })).map((c) => c.id)).toEqual([call.id]);
    expect((await getCall(db, call.id))!.updatedAt).toBe('2022-02-05T00:00:00.000Z');

    await setNote(db, call.id, 'Đã đọc kỹ');
    expect(await db.notes.count()).toBe(1);
    expect(await searchCalls(db, { text: 'quan trong' })).toEqual([]);
    expect((await searchCalls(db, { text: 'doc ky' })).map((c) => c.id)).toEqual([call.id]);

    // Saving the article again keeps the note's words.
    await saveCall(db, { article: article('https://x.vn/1'), record: record('2022-02-03', [PUTIN, MACRON]) });
    expect((await searchCalls(db, { text: 'doc ky' })).map((c) => c.id)).toEqual([call.id]);

    expect(await setNote(db, call.id, '   ')).toBeNull();
    expect(await getNote(db, call.id)).toBeUndefined();
    expect(await searchCalls(db, { text: 'doc ky' })).toEqual([]);
    await expect(setNote(db, 999, 'x')).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});

// ---- Removing ----

describe('unsaveArticle and deleteCalls', () => {
  it('unsaving articles unlinks them and deletes what nothing refers to any more', async () => {
    const feb3 = await saveCall(db, {
      article: article('https://vnexpress.net/feb-3.html'),
      record: record('2022-02-03', [PUTIN, MACRON], { earlierCalls: [earlier('2022-01-28'), earlier('2022-01-31')] }),
    });
    const jan31 = await saveCall(db, { article: article('https://tuoitre.vn/jan-31'), record: record('2022-01-31', [PUTIN, MACRON]) });
    const other = await saveCall(db, { article: article('https://baoquocte.vn/feb-3', { siteName: 'Báo Quốc tế' }), record: record('2022-02-03', [PUTIN, MACRON]) });
    await setNote(db, jan31.call.id, 'ghi chú 31/1');
    expect(await db.calls.count()).toBe(3); // 3/2 (two articles), 31/1 (reported), 28/1 (mentioned)

    // 31/1 loses its only article but 3/2 still mentions it: it goes back to a mention, with its note.
    const r1 = await unsaveArticle(db, 'http://m.tuoitre.vn/jan-31?utm_source=zalo');
    expect(r1.article?.id).toBe(jan31.article.id);
    expect(r1.deletedCallIds).toEqual([]);
    const back = await getCall(db, jan31.call.id);
    expect(back).toMatchObject({ mentioned: 1, articleIds: [], mentionedIn: [feb3.article.id], callKey: 'mention|2022-01-31|emmanuel-macron,vladimir-putin' });
    expect(await getNote(db, jan31.call.id)).toBeDefined();

    // The 3/2 article: its call keeps the other outlet; the mentions only it made go, with their notes.
    const jan28 = await db.calls.where('callKey').equals('mention|2022-01-28|emmanuel-macron,vladimir-putin').first();
    const r2 = await unsaveArticle(db, feb3.article.id);
    expect(r2.deletedCallIds.sort()).toEqual([jan31.call.id, jan28!.id].sort());
    expect(await db.notes.count()).toBe(0);
    const left = await db.calls.toArray();
    expect(left.map((c) => [c.id, c.articleIds, c.mentionedIn])).toEqual([[feb3.call.id, [other.article.id], []]]);
    expect(left[0]!.searchTokens).not.toContain('vnexpress');
    expect(left[0]!.searchTokens).toContain('quoc');

    // The last article: the call goes too.
    const r3 = await unsaveArticle(db, other.article.urlKey);
    expect(r3.deletedCallIds).toEqual([feb3.call.id]);
    expect(await dump(db)).toEqual({ articles: [], calls: [], notes: [] });
    expect((await unsaveArticle(db, 'https://nowhere.vn/x')).article).toBeNull();
  });

  it('deleteCalls removes calls, their notes, and the articles left without a call', async () => {
    const jan28 = await saveCall(db, { article: article('https://x.vn/jan-28'), record: record('2022-01-28', [PUTIN, MACRON]) });
    const feb3 = await saveCall(db, {
      article: article('https://x.vn/feb-3'),
      record: record('2022-02-03', [PUTIN, MACRON], { earlierCalls: [earlier('2022-01-28'), earlier('2022-01-31')] }),
    });
    const feb3b = await saveCall(db, { article: article('https://y.vn/feb-3'), record: record('2022-02-03', [PUTIN, MACRON]) });
    const trump = await saveCall(db, { article: article('https://x.vn/trump'), record: record('2017-05-02', [PUTIN, TRUMP]) });
    await setNote(db, feb3.call.id, 'ghi chú');
    await setNote(db, trump.call.id, 'giữ lại');
    expect((await getCall(db, jan28.call.id))!.mentionedIn).toEqual([feb3.article.id]);

    const { deletedCallIds, deletedArticleIds } = await deleteCalls(db, [feb3.call.id]);
    expect(deletedArticleIds.sort()).toEqual([feb3.article.id, feb3b.article.id].sort());
    const jan31 = deletedCallIds.filter((id) => id !== feb3.call.id);
    expect(jan31).toHaveLength(1); // the mention only the 3/2 article made
    expect(await getCall(db, feb3.call.id)).toBeUndefined();
    expect(await getNote(db, feb3.call.id)).toBeUndefined();
    // 28/1 is reported by its own article: kept, without the link to the removed article.
    expect(await getCall(db, jan28.call.id)).toMatchObject({ articleIds: [jan28.article.id], mentionedIn: [], mentioned: 0 });
    expect((await db.articles.toArray()).map((a) => a.id).sort()).toEqual([jan28.article.id, trump.article.id].sort());
    expect((await db.calls.toArray()).map((c) => c.id).sort()).toEqual([jan28.call.id, trump.call.id].sort());
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['giữ lại']);
  });
});
