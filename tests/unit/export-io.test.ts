/**
 * Large exports and imports without long tasks (issue 6, "Store"): the JSON export written in
 * slices, page by page, must be byte for byte the one JSON.stringify would write; the CSV written
 * in slices, the same text. No test here measures time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { openCallStore, type CallStore, type SavedCall } from '../../lib/store';
import {
  collectForExport,
  collectionToCsv,
  exportCsv,
  exportEnvelope,
  exportJson,
  exportJsonBlob,
  importJson,
  parseImport,
  type ExportEnvelope,
} from '../../lib/export';
import { READ_PAGE } from '../../lib/export/envelope';
import { Slicer, yieldToEventLoop } from '../../lib/export/slice';

const NOW = new Date('2026-11-22T03:00:00.000Z');
const VERSION = '0.1.0';

const opened: CallStore[] = [];
let count = 0;
async function freshDb(): Promise<CallStore> {
  const db = await openCallStore(`export-io-test-${++count}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const LEADERS = [
  { name: 'Vladimir Putin', title: 'Tổng thống', country: 'RU', leaderId: 'vladimir-putin' },
  { name: 'Emmanuel Macron', title: 'Tổng thống', country: 'FR', leaderId: 'emmanuel-macron' },
  { name: 'Phạm Minh Chính', title: 'Thủ tướng', country: 'VN', leaderId: 'pham-minh-chinh' },
  { name: 'Tập Cận Bình', title: 'Chủ tịch', country: 'CN', leaderId: 'tap-can-binh' },
  { name: null, title: 'Ngoại trưởng', country: 'TR', leaderId: null },
];
const EVIDENCE = { kind: null, eventDate: null, participants: [], initiator: null, ordinal: null, topics: {}, agreements: [], earlierCalls: [] };

/** A valid export file of n calls (one article each; every tenth call only mentioned; a note on every fifth). */
export function envelopeOf(n: number): ExportEnvelope {
  const env: ExportEnvelope = { format: 'dien-dam-export', schemaVersion: 3, exportedAt: NOW.toISOString(), extensionVersion: VERSION, articles: [], calls: [], notes: [] };
  for (let i = 1; i <= n; i++) {
    const a = LEADERS[i % LEADERS.length]!;
    const b = LEADERS[(i * 3 + 1) % LEADERS.length]!;
    const participants = a === b ? [a, LEADERS[(i + 1) % LEADERS.length]!] : [a, b];
    const date = `20${10 + (i % 15)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const keys = participants.map((p) => p.leaderId ?? `${p.country}:${p.title!.toLowerCase()}`).sort();
    const mentioned = i % 10 === 0 && i > 1;
    env.articles.push({
      id: i,
      urlKey: `vnexpress.net/bai-${i}.html`,
      url: `https://vnexpress.net/bai-${i}.html`,
      canonicalUrl: null,
      title: `${participants[0]!.title} điện đàm "${i}" \\ với ${participants[1]!.name ?? 'ai đó'}\n`,
      lead: 'Hai nhà lãnh đạo đã điện đàm.',
      text: `Nội dung bài ${i}: “trích dẫn”, \u2028 tab\t. `.repeat(1 + (i % 7)),
      siteName: ['VnExpress', 'Tuổi Trẻ', null][i % 3]!,
      publishedAt: `${date}T08:00:00+07:00`,
      author: null,
      attribution: null,
      savedAt: `${date}T02:00:00.000Z`,
    });
    const eventKey = `${date}|${keys.join(',')}`;
    env.calls.push({
      id: i,
      callKey: mentioned ? `mention|${eventKey}|${i}` : `phone|${eventKey}|${i}`,
      eventKey,
      mentioned: mentioned ? 1 : 0,
      kind: 'phone',
      eventDate: date,
      eventDatePartial: null,
      eventDateExpression: `ngày ${i}`,
      participants,
      initiator: null,
      ordinal: i % 4 ? null : 2,
      topics: i % 3 ? ['thương mại'] : ['Ukraine', 'năng lượng'],
      agreements: [],
      earlierCalls: [],
      attribution: null,
      evidence: EVIDENCE,
      articleIds: mentioned ? [] : [i],
      mentionedIn: mentioned ? [i - 1] : [],
      participantKeys: [],
      countryKeys: [],
      pairKeys: [],
      countryPairKeys: [],
      topicKeys: [],
      searchTokens: [],
      relatedKeys: [],
      sortDate: date,
      createdAt: `${date}T02:00:00.000Z`,
      updatedAt: `${date}T02:00:00.000Z`,
      eventCodes: { cameo: '041', plover: 'CONSULT', ploverMode: 'phone', actors: [] },
    } as SavedCall & ExportEnvelope['calls'][number]);
    if (i % 5 === 0) env.notes.push({ id: i / 5, callId: i, text: `Ghi chú số ${i}`, updatedAt: `${date}T03:00:00.000Z` });
  }
  return env;
}

async function storeOf(n: number): Promise<CallStore> {
  const db = await freshDb();
  const parsed = parseImport(JSON.stringify(envelopeOf(n)));
  if (!parsed.ok) throw new Error(parsed.errors.join(' / '));
  await importJson(db, parsed.data);
  return db;
}

describe('the JSON export written in slices', () => {
  it('is exactly JSON.stringify(envelope, null, 2), over several pages and batches', async () => {
    const n = 2 * READ_PAGE + 37;
    const db = await storeOf(n);
    const text = await exportJson(db, { now: NOW, extensionVersion: VERSION });
    expect(text).toBe(`${JSON.stringify(await exportEnvelope(db, { now: NOW, extensionVersion: VERSION }), null, 2)}\n`);
    const env = JSON.parse(text) as ExportEnvelope;
    expect([env.articles.length, env.calls.length, env.notes.length]).toEqual([n, n, Math.floor(n / 5)]);
    expect(env.articles.map((a) => a.id)).toEqual([...env.articles.map((a) => a.id)].sort((a, b) => a - b));
    // The Blob the UI downloads holds the same bytes (UTF-8).
    const blob = await exportJsonBlob(db, { now: NOW, extensionVersion: VERSION });
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe(text);
    expect(blob.size).toBe(new TextEncoder().encode(text).length);
  });

  it('a subset, an empty subset and an empty store: the same text as JSON.stringify', async () => {
    const db = await storeOf(30);
    const subset = (await db.calls.toArray()).filter((c) => c.id % 4 === 1).reverse();
    for (const calls of [subset, [], undefined]) {
      const options = { calls, now: NOW, extensionVersion: VERSION };
      expect(await exportJson(db, options)).toBe(`${JSON.stringify(await exportEnvelope(db, options), null, 2)}\n`);
    }
    const empty = await freshDb();
    const text = await exportJson(empty, { now: NOW, extensionVersion: VERSION });
    expect(text).toBe(`${JSON.stringify(await exportEnvelope(empty, { now: NOW, extensionVersion: VERSION }), null, 2)}\n`);
    expect(text).toContain('"articles": [],\n  "calls": [],\n  "notes": []\n}\n');
  });

  it('collects every row, in id order, when the store has more rows than a page', async () => {
    const db = await storeOf(READ_PAGE + 3);
    const all = await collectForExport(db);
    expect(all.articles.map((a) => a.id)).toEqual((await db.articles.toArray()).map((a) => a.id));
    expect(all.calls).toEqual(await db.calls.toArray());
    expect(all.notes).toEqual(await db.notes.toArray());
  });
});

/** Every row of every table. */
async function dump(db: CallStore) {
  return { articles: await db.articles.toArray(), calls: await db.calls.toArray(), notes: await db.notes.toArray() };
}

describe('an import written in chunks, several in flight', () => {
  const data = () => {
    const parsed = parseImport(JSON.stringify(envelopeOf(600)));
    if (!parsed.ok) throw new Error(parsed.errors.join(' / '));
    return parsed.data;
  };

  it('adds everything, with the progress of each chunk, in order', async () => {
    const db = await freshDb();
    const seen: number[] = [];
    const result = await importJson(db, data(), { onProgress: (done) => seen.push(done) });
    expect(result.calls.added + result.calls.merged).toBe(600);
    expect(await db.articles.count()).toBe(600);
    expect(seen.length).toBeGreaterThan(4);
    expect(seen).toEqual([...new Set(seen)].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(600 + 600 + 120);
  });

  it('a failure in a late chunk (a constraint while earlier chunks are written) writes nothing', async () => {
    const db = await storeOf(20);
    const before = await dump(db);
    const bad = data();
    // Not a file parseImport accepts: a urlKey twice, far into the articles.
    bad.articles[450] = { ...bad.articles[450]!, urlKey: bad.articles[100]!.urlKey };
    await expect(importJson(db, bad)).rejects.toMatchObject({ name: 'BulkError' });
    expect(await dump(db)).toEqual(before);
  });

  it('an error thrown while the calls are being written writes nothing', async () => {
    const db = await storeOf(20);
    const before = await dump(db);
    const stop = new Error('stop');
    const onProgress = (done: number) => {
      if (done > 600 + 200) throw stop;
    };
    await expect(importJson(db, data(), { onProgress })).rejects.toBe(stop);
    expect(await dump(db)).toEqual(before);
  });
});

describe('the CSV written in slices', () => {
  it('is the text of collectionToCsv', async () => {
    const db = await storeOf(40);
    const file = await exportCsv(db, { now: NOW });
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.data)).toBe(collectionToCsv(await collectForExport(db)));
  });
});

describe('Slicer', () => {
  it('yields only when its slice is used up', async () => {
    const slicer = new Slicer(1_000_000);
    expect(slicer.due).toBe(false);
    await slicer.pause();
    const spent = new Slicer(0);
    expect(spent.due).toBe(true);
    let other = false;
    setTimeout(() => (other = true), 0);
    await spent.pause();
    await yieldToEventLoop();
    expect(other).toBe(true);
  });
});
