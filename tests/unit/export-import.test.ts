/**
 * JSON export / import (lib/export/json.ts): the envelope, the round trip, merging into a
 * collection, atomicity, and the checks of parseImport on malformed and foreign files.
 *
 * The small collection built here with saveCall is also the golden file
 * tests/fixtures/export/collection.json (see the README there), from which export.test.ts
 * builds the collection of the other formats.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dumpStore as dump, temporaryStores } from '../helpers/stores';
import { NO_EVIDENCE, uncomputedKeys } from '../helpers/call-rows';
import fc from 'fast-check';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dexie } from 'dexie';
import { testArticle as article } from '../helpers/articles';
import { dayMonth, testEarlierCall as earlier, testRecord as record } from '../helpers/records';
import type { Participant } from '../../lib/summarize/types';
import { SCHEMA_VERSION, saveCall, searchCalls, setNote, type CallStore, type SavedCall } from '../../lib/store';
import {
  EXPORT_FORMAT,
  FILE_SCHEMA_VERSION,
  IMPORT_LIMITS,
  exportJson,
  importJson,
  importJsonText,
  parseImport,
  type ExportEnvelope,
  type ImportData,
} from '../../lib/export';
import { rowsMatchingAny } from '../../lib/export/bulk';
import { findJsonSyntaxError } from '../../lib/export/json-syntax';

// ---- Golden files ----

const GOLDEN_DIR = fileURLToPath(new URL('../fixtures/export/', import.meta.url));
const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/** Compare with a golden file; UPDATE_GOLDEN=1 (re)writes it instead. */
function expectGolden(name: string, actual: string): void {
  const path = GOLDEN_DIR + name;
  if (UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`Golden file ${name} is missing: run the tests with UPDATE_GOLDEN=1 once`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

// ---- A small fixed collection ----

const PUTIN: Participant = { name: 'Vladimir Putin', title: 'Tổng thống', country: 'RU', leaderId: 'vladimir-putin' };
const MACRON: Participant = { name: 'Emmanuel Macron', title: 'Tổng thống', country: 'FR', leaderId: 'emmanuel-macron' };
const BIDEN: Participant = { name: 'Joe Biden', title: 'Tổng thống', country: 'US', leaderId: 'joe-biden' };
const XI: Participant = { name: 'Tập Cận Bình', title: 'Chủ tịch', country: 'CN', leaderId: 'tap-can-binh' };
const LAVROV: Participant = { name: 'Sergei Lavrov', title: 'Ngoại trưởng', country: 'RU', leaderId: null };
const TURKISH_FM: Participant = { name: null, title: 'Ngoại trưởng', country: 'TR', leaderId: null };

/** The saves of the collection, in order. */
const SAVES = {
  /** Putin – Macron, 3/2/2022, mentions the call of 31/1 (→ a mentioned call). */
  vnexpress: {
    article: article('https://vnexpress.net/nga-phap-dien-dam-4425150.html', { author: 'Thanh Tâm', attribution: 'TTXVN' }),
    record: record('2022-02-03', [PUTIN, MACRON], {
      topics: ['Ukraine', 'an ninh châu Âu'],
      agreements: ['duy trì liên lạc'],
      ordinal: 3,
      initiator: 'Emmanuel Macron',
      earlierCalls: [earlier('2022-01-31')],
      attribution: 'TTXVN',
    }),
    savedAt: '2022-02-04T02:00:00.000Z',
  },
  /** The same call from another outlet: one call, two articles. */
  tuoitre: {
    article: article('https://tuoitre.vn/lanh-dao-nga-phap-trao-doi-2022020409.htm', {
      title: 'Lãnh đạo Nga, Pháp trao đổi về an ninh châu Âu',
      siteName: 'Tuổi Trẻ',
      publishedAt: '2022-02-04T09:15:00+07:00',
    }),
    record: record('2022-02-03', [MACRON, PUTIN], { topics: ['Ukraine', 'thương mại'], agreements: ['tiếp tục đối thoại'] }),
    savedAt: '2022-02-04T03:00:00.000Z',
  },
  /** Biden – Xi, a video call. */
  baoquocte: {
    article: article('https://baoquocte.vn/thuong-dinh-my-trung-truc-tuyen-167000.html', {
      title: 'Thượng đỉnh trực tuyến Mỹ - Trung',
      lead: 'Tổng thống Mỹ Joe Biden và Chủ tịch Trung Quốc Tập Cận Bình hội đàm trực tuyến.',
      siteName: 'Báo Quốc tế',
      publishedAt: '2021-11-16T10:00:00+07:00',
    }),
    record: record('2021-11-16', [BIDEN, XI], { kind: 'video', topics: ['Đài Loan', 'thương mại'] }),
    savedAt: '2021-11-16T05:00:00.000Z',
  },
  /** Lavrov and the Turkish foreign minister, no date: keyed by its article. */
  vov: {
    article: article('https://vov.vn/the-gioi/ngoai-truong-nga-tho-nhi-ky-dien-dam-900001.vov', {
      title: 'Ngoại trưởng Nga, Thổ Nhĩ Kỳ điện đàm',
      siteName: 'VOV',
      publishedAt: null,
    }),
    record: record(null, [LAVROV, TURKISH_FM], { topics: ['Syria'] }),
    savedAt: '2022-03-01T01:00:00.000Z',
  },
} as const;

const NOTE_AT = '2022-02-05T00:00:00.000Z';
const NOTES = { reported: 'Lần thứ ba trong tuần; xem thêm bài trên kremlin.ru.', mentioned: 'Cuộc gọi 31/1 kéo dài gần 2 giờ.' };

/** The collection: 4 calls (one of them only mentioned) over 4 articles, 2 notes. */
async function buildCollection(db: CallStore): Promise<void> {
  for (const save of Object.values(SAVES)) await saveCall(db, save);
  const [reported, mentioned] = await Promise.all([
    db.calls.where('callKey').equals('phone|2022-02-03|emmanuel-macron,vladimir-putin').first(),
    db.calls.where('callKey').equals('mention|2022-01-31|emmanuel-macron,vladimir-putin').first(),
  ]);
  await setNote(db, reported!.id, NOTES.reported, NOTE_AT);
  await setNote(db, mentioned!.id, NOTES.mentioned, NOTE_AT);
}

// ---- Store helpers ----

const freshDb = temporaryStores('export-import-test');

afterEach(() => {
  vi.restoreAllMocks();
});

/** Table contents without database ids: articles by urlKey, calls by callKey, notes by their call's key. */
async function contentsWithoutIds(db: CallStore) {
  const { articles, calls, notes } = await dump(db);
  const urlKeyOf = new Map(articles.map((a) => [a.id, a.urlKey]));
  const callKeyOf = new Map(calls.map((c) => [c.id, c.callKey]));
  const byKey = <T>(rows: T[], key: (r: T) => string) => Object.fromEntries(rows.map((r) => [key(r), r]));
  return {
    articles: byKey(
      articles.map(({ id: _id, ...a }) => a),
      (a) => a.urlKey,
    ),
    calls: byKey(
      calls.map(({ id: _id, ...c }) => ({ ...c, articleIds: c.articleIds.map((i) => urlKeyOf.get(i)), mentionedIn: c.mentionedIn.map((i) => urlKeyOf.get(i)) })),
      (c) => c.callKey,
    ),
    notes: byKey(
      notes.map(({ id: _id, callId, ...n }) => ({ ...n, call: callKeyOf.get(callId)! })),
      (n) => n.call,
    ),
  };
}

const T_EXPORT = new Date('2026-11-22T03:00:00.000Z');
const T_LATER = new Date('2026-12-01T10:00:00.000Z');
const VERSION = '0.1.0';
const withoutExportedAt = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');

function parsedOk(text: string): ImportData {
  const parsed = parseImport(text);
  if (!parsed.ok) throw new Error(`parseImport failed: ${parsed.errors.join(' / ')}`);
  return parsed.data;
}

async function exportedCollection(): Promise<{ db: CallStore; text: string }> {
  const db = await freshDb();
  await buildCollection(db);
  return { db, text: await exportJson(db, { now: T_EXPORT, extensionVersion: VERSION }) };
}

// ---- Tests ----

describe('exportJson', () => {
  it('writes the versioned envelope with every article, call and note (golden file)', async () => {
    const { db, text } = await exportedCollection();
    const env = JSON.parse(text) as ExportEnvelope;
    expect(env.format).toBe(EXPORT_FORMAT);
    // The records' version, not the store's: the store's later versions changed no exported record.
    expect(env.schemaVersion).toBe(FILE_SCHEMA_VERSION);
    expect(FILE_SCHEMA_VERSION).toBe(5);
    expect(SCHEMA_VERSION).toBeGreaterThan(FILE_SCHEMA_VERSION);
    expect(env.exportedAt).toBe('2026-11-22T03:00:00.000Z');
    expect(env.extensionVersion).toBe(VERSION);
    expect(env.articles).toHaveLength(4);
    expect(env.calls).toHaveLength(4);
    expect(env.notes).toHaveLength(2);
    // Ids included, sorted; everything the database holds.
    const stored = await dump(db);
    expect(env.articles).toEqual(stored.articles.sort((a, b) => a.id - b.id));
    expect(env.calls.map(({ eventCodes: _codes, ...c }) => c)).toEqual(stored.calls.sort((a, b) => a.id - b.id));
    expect(env.notes).toEqual(stored.notes);
    expectGolden('collection.json', text);
  });

  it('adds event-data codes to each call', async () => {
    const { text } = await exportedCollection();
    const env = JSON.parse(text) as ExportEnvelope;
    const byKey = new Map(env.calls.map((c) => [c.callKey, c.eventCodes]));
    expect(byKey.get('phone|2022-02-03|emmanuel-macron,vladimir-putin')).toEqual({
      cameo: '041',
      plover: 'CONSULT',
      ploverMode: 'phone',
      // Macron placed the call: he is the CAMEO source actor.
      actors: [
        { name: 'Vladimir Putin', country: 'RU', role: 'target' },
        { name: 'Emmanuel Macron', country: 'FR', role: 'source' },
      ],
    });
    const video = env.calls.find((c) => c.kind === 'video')!;
    expect(video.eventCodes).toEqual({
      cameo: '041',
      plover: 'CONSULT',
      ploverMode: 'video',
      actors: [
        { name: 'Joe Biden', country: 'US' },
        { name: 'Tập Cận Bình', country: 'CN' },
      ],
    });
    const undated = env.calls.find((c) => c.callKey.startsWith('article:'))!;
    expect(undated.eventCodes.actors).toEqual([
      { name: 'Sergei Lavrov', country: 'RU' },
      { name: 'Ngoại trưởng Thổ Nhĩ Kỳ', country: 'TR' },
    ]);
  });

  it('exports a subset: the given calls with all their articles (reporting and mentioning) and notes', async () => {
    const { db } = await exportedCollection();
    const mentioned = (await searchCalls(db, { mentioned: true }))[0]!;
    const env = JSON.parse(await exportJson(db, { calls: [mentioned], now: T_EXPORT, extensionVersion: VERSION })) as ExportEnvelope;
    expect(env.calls.map((c) => c.callKey)).toEqual(['mention|2022-01-31|emmanuel-macron,vladimir-putin']);
    expect(env.articles.map((a) => a.urlKey)).toEqual(['vnexpress.net/nga-phap-dien-dam-4425150.html']);
    expect(env.notes.map((n) => n.text)).toEqual([NOTES.mentioned]);
    // The subset is a valid file on its own.
    expect(parseImport(JSON.stringify(env)).ok).toBe(true);

    const empty = JSON.parse(await exportJson(db, { calls: [], now: T_EXPORT, extensionVersion: VERSION })) as ExportEnvelope;
    expect([empty.articles.length, empty.calls.length, empty.notes.length]).toEqual([0, 0, 0]);
  });
});

describe('round trip', () => {
  it('export → delete the database → import into a fresh one → export: the same file and the same tables', async () => {
    const { db, text: first } = await exportedCollection();
    const before = await contentsWithoutIds(db);
    db.close();
    await Dexie.delete(db.name);

    const fresh = await freshDb();
    const progress: Array<[number, number]> = [];
    const result = await importJson(fresh, parsedOk(first), { now: T_LATER, onProgress: (done, total) => progress.push([done, total]) });
    expect(result).toEqual({
      added: 10,
      merged: 0,
      skipped: 0,
      articles: { added: 4, merged: 0, skipped: 0 },
      calls: { added: 4, merged: 0, skipped: 0 },
      notes: { added: 2, merged: 0, skipped: 0 },
    });
    expect(progress.at(-1)).toEqual([10, 10]);
    expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b));

    const second = await exportJson(fresh, { now: T_LATER, extensionVersion: VERSION });
    expect(second).not.toBe(first); // exportedAt differs…
    expect(withoutExportedAt(second)).toBe(withoutExportedAt(first)); // …and nothing else.
    expect(await contentsWithoutIds(fresh)).toEqual(before);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const { text } = await exportedCollection();
    const db = await freshDb();
    await importJson(db, parsedOk(text));
    const before = await dump(db);
    const again = await importJson(db, parsedOk(text), { now: T_LATER });
    expect(again).toEqual({
      added: 0,
      merged: 0,
      skipped: 10,
      articles: { added: 0, merged: 0, skipped: 4 },
      calls: { added: 0, merged: 0, skipped: 4 },
      notes: { added: 0, merged: 0, skipped: 2 },
    });
    expect(await dump(db)).toEqual(before);
  });

  it('importing a file into the database it came from changes nothing', async () => {
    const { db, text } = await exportedCollection();
    const before = await dump(db);
    const result = await importJson(db, parsedOk(text), { now: T_LATER });
    expect([result.added, result.merged, result.skipped]).toEqual([0, 0, 10]);
    expect(await dump(db)).toEqual(before);
  });

  it('drops the event codes and any unknown field, and recomputes index fields instead of trusting the file', async () => {
    const { text } = await exportedCollection();
    const env = JSON.parse(text) as ExportEnvelope & { calls: Array<Record<string, unknown>> };
    for (const call of env.calls) {
      call.searchTokens = ['hacked'];
      call.participantKeys = ['someone-else'];
      call.sortDate = '1900-01-01';
      call.evil = '<script>';
    }
    const db = await freshDb();
    await importJson(db, parsedOk(JSON.stringify(env)));
    const calls = await db.calls.toArray();
    for (const call of calls) {
      expect(call).not.toHaveProperty('eventCodes');
      expect(call).not.toHaveProperty('evil');
      expect(call.searchTokens).not.toContain('hacked');
      expect(call.sortDate).not.toBe('1900-01-01');
    }
    const reported = calls.find((c) => c.callKey.startsWith('phone|2022-02-03'))!;
    expect(reported.participantKeys).toEqual(['emmanuel-macron', 'vladimir-putin']);
    // Words of the articles and of the note find the call.
    expect(reported.searchTokens).toEqual(expect.arrayContaining(['tuoi', 'tre', 'kremlin', 'ukraine']));
    expect((await searchCalls(db, { text: 'kremlin' })).map((c) => c.id)).toEqual([reported.id]);
  });

  it('reads files of an older schema version (upgraded in memory)', async () => {
    const { text } = await exportedCollection();
    const env = JSON.parse(text) as { schemaVersion: number; calls: Array<Record<string, unknown>> };
    env.schemaVersion = 1;
    for (const call of env.calls) delete call.topicKeys; // version 1 had no topicKeys
    const parsed = parseImport(JSON.stringify(env));
    expect(parsed.ok).toBe(true);
    const db = await freshDb();
    await importJson(db, parsedOk(JSON.stringify(env)));
    const found = await searchCalls(db, { topic: 'an ninh chau au' });
    expect(found.map((c) => c.callKey)).toEqual(['phone|2022-02-03|emmanuel-macron,vladimir-putin']);
  });
});

describe('merging into a collection', () => {
  it('merges the calls it already has, adds the others, and reports the counts', async () => {
    const { text } = await exportedCollection();
    // Another device: the first article only (same reading), its own note on the call, and an unrelated call.
    const db = await freshDb();
    const own = await saveCall(db, SAVES.vnexpress);
    await setNote(db, own.call.id, 'Ghi chú trên máy khác.', NOTE_AT);
    await saveCall(db, {
      article: article('https://thanhnien.vn/my-nga-dien-dam-185.htm', { title: 'Mỹ, Nga điện đàm', siteName: 'Thanh Niên' }),
      record: record('2022-02-12', [BIDEN, PUTIN]),
      savedAt: '2022-02-13T00:00:00.000Z',
    });

    const result = await importJson(db, parsedOk(text), { now: T_LATER });
    expect(result.articles).toEqual({ added: 3, merged: 0, skipped: 1 });
    // The reported call gains an article and topics; its mention was already there, identical.
    expect(result.calls).toEqual({ added: 2, merged: 1, skipped: 1 });
    // The reported call's notes are combined; the mentioned call gets the file's note.
    expect(result.notes).toEqual({ added: 1, merged: 1, skipped: 0 });
    expect([result.added, result.merged, result.skipped]).toEqual([6, 2, 2]);

    expect(await db.calls.count()).toBe(5);
    const call = (await db.calls.get(own.call.id))!;
    expect(call.articleIds).toHaveLength(2);
    expect(call.topics).toEqual(['Ukraine', 'an ninh châu Âu', 'thương mại']);
    expect(call.agreements).toEqual(['duy trì liên lạc', 'tiếp tục đối thoại']);
    expect(call.updatedAt).toBe(T_LATER.toISOString());
    const note = await db.notes.where('callId').equals(own.call.id).first();
    expect(note!.text).toBe(`Ghi chú trên máy khác.\n\n${NOTES.reported}`);
    // Index fields follow the merge: the new article's site and the file's note find the call.
    expect((await searchCalls(db, { text: 'tuoi tre' })).map((c) => c.id)).toEqual([own.call.id]);
    expect((await searchCalls(db, { text: 'kremlin' })).map((c) => c.id)).toEqual([own.call.id]);
    expect((await searchCalls(db, { topic: 'thuong mai' })).map((c) => c.callKey).sort()).toEqual([
      'phone|2022-02-03|emmanuel-macron,vladimir-putin',
      'video|2021-11-16|joe-biden,tap-can-binh',
    ]);

    // Importing again: nothing more.
    const again = await importJson(db, parsedOk(text), { now: T_LATER });
    expect([again.added, again.merged, again.skipped]).toEqual([0, 0, 10]);
  });

  it('a reported call of the file turns the database’s mentioned call of the same event into it', async () => {
    const { text } = await exportedCollection();
    const db = await freshDb();
    // A later article mentions the call of 3/2: the database only knows it as a mentioned call, with a note.
    await saveCall(db, {
      article: article('https://vnexpress.net/nga-phap-dien-dam-lan-4-4427000.html', { title: 'Nga, Pháp điện đàm lần thứ tư' }),
      record: record('2022-02-07', [PUTIN, MACRON], { earlierCalls: [earlier('2022-02-03')] }),
      savedAt: '2022-02-08T00:00:00.000Z',
    });
    const mention = (await db.calls.where('callKey').equals('mention|2022-02-03|emmanuel-macron,vladimir-putin').first())!;
    await setNote(db, mention.id, 'Chưa có bài nào về cuộc gọi này.', NOTE_AT);

    const result = await importJson(db, parsedOk(text), { now: T_LATER });
    expect(result.calls).toEqual({ added: 3, merged: 1, skipped: 0 });
    const promoted = (await db.calls.get(mention.id))!;
    expect(promoted.callKey).toBe('phone|2022-02-03|emmanuel-macron,vladimir-putin');
    expect(promoted.mentioned).toBe(0);
    expect(promoted.articleIds).toHaveLength(2);
    expect(promoted.mentionedIn).toEqual(mention.mentionedIn); // still mentioned by the later article
    expect(await db.calls.where('callKey').equals('mention|2022-02-03|emmanuel-macron,vladimir-putin').count()).toBe(0);
    const note = await db.notes.where('callId').equals(mention.id).first();
    expect(note!.text).toBe(`Chưa có bài nào về cuộc gọi này.\n\n${NOTES.reported}`);
  });

  it('a mentioned call of the file links to the database’s reported call of the same event', async () => {
    const { text } = await exportedCollection();
    const db = await freshDb();
    const reported = await saveCall(db, {
      article: article('https://nhandan.vn/nga-phap-dien-dam-31-1.html', { title: 'Nga, Pháp điện đàm ngày 31/1', siteName: 'Nhân Dân' }),
      record: record('2022-01-31', [PUTIN, MACRON]),
      savedAt: '2022-02-01T00:00:00.000Z',
    });

    const result = await importJson(db, parsedOk(text), { now: T_LATER });
    expect(result.calls).toEqual({ added: 3, merged: 1, skipped: 0 });
    expect(await db.calls.where('mentioned').equals(1).count()).toBe(0);
    const call = (await db.calls.get(reported.call.id))!;
    const vnexpress = (await db.articles.where('urlKey').equals('vnexpress.net/nga-phap-dien-dam-4425150.html').first())!;
    expect(call.mentionedIn).toEqual([vnexpress.id]);
    // The mentioned call's note follows it.
    expect((await db.notes.where('callId').equals(call.id).first())!.text).toBe(NOTES.mentioned);
  });

  it('fills in what an article lacked and refreshes the calls that use it', async () => {
    const { text } = await exportedCollection();
    const db = await freshDb();
    // Same article saved without its site name on this device.
    await saveCall(db, { ...SAVES.baoquocte, article: { ...SAVES.baoquocte.article, siteName: null } });
    const result = await importJson(db, parsedOk(text), { now: T_LATER });
    expect(result.articles).toEqual({ added: 3, merged: 1, skipped: 0 });
    const a = (await db.articles.where('urlKey').equals('baoquocte.vn/thuong-dinh-my-trung-truc-tuyen-167000.html').first())!;
    expect(a.siteName).toBe('Báo Quốc tế');
    expect((await searchCalls(db, { text: 'bao quoc te' })).map((c) => c.kind)).toEqual(['video']);
  });
});

describe('atomicity and progress', () => {
  it('a failure half-way leaves the database untouched', async () => {
    const { text } = await exportedCollection();
    const db = await freshDb();
    await saveCall(db, SAVES.vnexpress);
    const before = await dump(db);
    let calls = 0;
    const onProgress = () => {
      // The articles have been written when the second report comes.
      if (++calls === 2) throw new Error('stop');
    };
    await expect(importJson(db, parsedOk(text), { onProgress, progressEvery: 1 })).rejects.toThrow('stop');
    expect(calls).toBe(2);
    expect(await dump(db)).toEqual(before);
  });

  it('a database error (a constraint) rolls everything back', async () => {
    const { text } = await exportedCollection();
    const db = await freshDb();
    await saveCall(db, SAVES.baoquocte);
    const before = await dump(db);
    const data = parsedOk(text);
    // Not a file parseImport would accept: the same urlKey twice (unique in the articles table).
    const twice: ImportData = { ...data, articles: [...data.articles, { ...data.articles[0]!, id: 999 }] };
    await expect(importJson(db, twice)).rejects.toMatchObject({ name: 'BulkError' });
    expect(await dump(db)).toEqual(before);
  });

  it('reports progress every few hundred records', async () => {
    const { text } = await exportedCollection();
    const db = await freshDb();
    const seen: number[] = [];
    await importJson(db, parsedOk(text), { progressEvery: 2, onProgress: (done, total) => (expect(total).toBe(10), seen.push(done)) });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(10);
    expect(seen).toEqual([...new Set(seen)].sort((a, b) => a - b));
  });
});

describe('parseImport rejects malformed and foreign files', () => {
  /** A valid envelope to break. */
  async function validEnvelope(): Promise<Record<string, unknown> & { calls: Array<Record<string, unknown>>; notes: Array<Record<string, unknown>>; articles: Array<Record<string, unknown>> }> {
    const { text } = await exportedCollection();
    return JSON.parse(text);
  }

  /** Parse and import a text into a database holding the collection: it must be refused and change nothing. */
  async function expectRefused(text: string): Promise<string[]> {
    const db = await freshDb();
    await buildCollection(db);
    const before = await dump(db);
    const outcome = await importJsonText(db, text);
    expect(outcome.ok).toBe(false);
    expect(await dump(db)).toEqual(before);
    return outcome.ok ? [] : outcome.errors;
  }

  it('a JSON syntax error, with its line and column', async () => {
    expect(await expectRefused('{"format": }')).toEqual(['Dòng 1, cột 12: JSON không hợp lệ (ký tự không mong đợi “}”).']);
    expect(await expectRefused('{\n  "format": "dien-dam-export",\n  "schemaVersion": 2\n  "calls": []\n}')).toEqual([
      'Dòng 4, cột 3: JSON không hợp lệ (thiếu dấu phẩy hoặc “}”).',
    ]);
    expect(await expectRefused('{"format": "dien-dam-export", "calls": [1, 2')).toEqual(['Dòng 1, cột 45: JSON không hợp lệ (tệp kết thúc giữa chừng).']);
    expect(await expectRefused("{'format': 1}")).toEqual(['Dòng 1, cột 2: JSON không hợp lệ (tên trường phải nằm trong dấu ngoặc kép).']);
    expect(await expectRefused('')).toEqual(['Tệp rỗng.']);
  });

  it('a file that is not ours', async () => {
    const foreign = [
      '{"format": "other-app", "schemaVersion": 2, "calls": []}',
      '[{"id": "x", "type": "article-newspaper", "title": "CSL-JSON"}]',
      '"just a string"',
      'null',
      '{"schemaVersion": 2, "articles": [], "calls": [], "notes": []}',
    ];
    for (const text of foreign) expect(await expectRefused(text), text).toEqual(['Tệp này không phải bản xuất của Điện đàm.']);
  });

  it('a file from a newer version of the extension', async () => {
    const env = await validEnvelope();
    env.schemaVersion = SCHEMA_VERSION + 1;
    const [message] = await expectRefused(JSON.stringify(env));
    expect(message).toContain(`lược đồ ${SCHEMA_VERSION + 1}`);
    expect(message).toContain('cập nhật tiện ích');
    for (const bad of [0, -1, 1.5, '2', null]) {
      env.schemaVersion = bad;
      expect(await expectRefused(JSON.stringify(env))).toEqual([`schemaVersion không hợp lệ (${JSON.stringify(bad)}).`]);
    }
  });

  it('missing fields and wrong types, each named with its path', async () => {
    const env = await validEnvelope();
    delete env.calls[0]!.callKey;
    env.calls[3]!.participants = 'Putin, Macron';
    env.calls[1]!.kind = 'fax';
    env.calls[2]!.mentioned = true;
    env.calls[0]!.eventDate = '3/2/2022';
    env.articles[1]!.title = 42;
    env.notes[0]!.updatedAt = 'hôm qua';
    expect(await expectRefused(JSON.stringify(env))).toEqual([
      'articles[1].title phải là một chuỗi',
      'calls[0].callKey bị thiếu',
      'calls[0].eventDate phải là ngày dạng YYYY-MM-DD',
      'calls[1].kind phải là một trong: phone, video, planned',
      'calls[2].mentioned phải là 0 hoặc 1',
      'calls[3].participants phải là một danh sách',
      'notes[0].updatedAt phải là thời điểm ISO 8601 (ví dụ 2026-11-22T03:00:00.000Z)',
    ]);
    const { calls: _calls, ...noList } = await validEnvelope();
    expect(await expectRefused(JSON.stringify(noList))).toEqual(['calls phải là một danh sách']);
  });

  it('dangling references and duplicates', async () => {
    const env = await validEnvelope();
    (env.calls[0]!.articleIds as number[]).push(999);
    env.calls[1]!.mentionedIn = [998];
    env.notes[0]!.callId = 777;
    env.calls[2]!.callKey = env.calls[3]!.callKey;
    expect(await expectRefused(JSON.stringify(env))).toEqual([
      'calls[3].callKey trùng với calls[2]',
      'calls[0].articleIds[2]: không có bài báo id 999 trong tệp',
      'calls[1].mentionedIn[0]: không có bài báo id 998 trong tệp',
      'notes[0].callId: không có cuộc điện đàm id 777 trong tệp',
    ]);
  });

  it('absurd sizes: a huge string, a huge file, too many records', async () => {
    const env = await validEnvelope();
    env.notes[0]!.text = 'a'.repeat(IMPORT_LIMITS.maxStringLength + 1);
    expect(await expectRefused(JSON.stringify(env))).toEqual(['notes[0].text quá dài (1.000.001 ký tự, tối đa 1.000.000)']);

    // Refused before parsing: the text is never scanned. (The default limit, 1 GiB, is longer than
    // any string the engine can hold: a smaller one here; export-io.test.ts checks the default on a file.)
    const huge = ' '.repeat(3 * 1024 * 1024 + 1);
    expect(parseImport(huge, { limits: { maxTextLength: 3 * 1024 * 1024 } })).toEqual({ ok: false, errors: ['Tệp quá lớn (4 MB, tối đa 3 MB).'] });

    const small = await validEnvelope();
    expect(parseImport(JSON.stringify(small), { limits: { maxRecords: 9 } })).toEqual({
      ok: false,
      errors: ['Tệp có quá nhiều bản ghi (10, tối đa 9).'],
    });
  });

  it('lists at most maxErrors messages, then counts the rest', async () => {
    const env = await validEnvelope();
    env.articles = Array.from({ length: 60 }, (_, i) => ({ id: i + 1 }));
    const parsed = parseImport(JSON.stringify(env));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toHaveLength(IMPORT_LIMITS.maxErrors + 1);
    expect(parsed.errors.at(-1)).toMatch(/^… và [\d.]+ lỗi khác\.$/);
  });
});

describe('JSON syntax locator', () => {
  it('accepts what JSON.parse accepts and finds an error wherever JSON.parse fails (property)', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('', '}', ']', ',', '"', ':', 'x', '\\', '\n', '0', '-'), (json, at, junk) => {
        expect(findJsonSyntaxError(json)).toBeNull();
        const i = at % (json.length + 1);
        const broken = json.slice(0, i) + junk + json.slice(i + (junk ? 0 : 1));
        let valid = true;
        try {
          JSON.parse(broken);
        } catch {
          valid = false;
        }
        const problem = findJsonSyntaxError(broken);
        expect(problem === null).toBe(valid);
        if (problem) expect(problem.offset).toBeLessThanOrEqual(broken.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('bulk reads', () => {
  it('give the same rows by key look-ups and by a scan', async () => {
    const db = await freshDb();
    await importJson(db, parsedOk(JSON.stringify(syntheticEnvelope(50))));
    const reference = async (keys: string[]) => (await db.calls.where('participantKeys').anyOf(keys).toArray()).map((c) => c.id);
    const ids = (rows: SavedCall[]) => [...new Set(rows.map((c) => c.id))].sort((a, b) => a - b);
    // Two keys: one look-up per key. Forty keys: a scan of the table.
    for (const keys of [['lanh-dao-1', 'lanh-dao-2'], Array.from({ length: 40 }, (_, i) => `lanh-dao-${i}`)]) {
      const rows = await rowsMatchingAny(db.calls, [{ index: 'participantKeys', keys, valuesOf: (c) => c.participantKeys }]);
      expect(ids(rows)).toEqual(ids(await db.calls.bulkGet(await reference(keys)).then((r) => r.filter((c): c is SavedCall => !!c))));
      expect(rows.length).toBe(new Set(rows.map((r) => r.id)).size);
    }
  });

  it('importing into a large collection (key look-ups) matches as a scan does', async () => {
    const { text } = await exportedCollection();
    const db = await freshDb();
    await importJson(db, parsedOk(JSON.stringify(syntheticEnvelope(200))));
    const first = await importJson(db, parsedOk(text));
    expect([first.added, first.merged, first.skipped]).toEqual([10, 0, 0]);
    const before = await dump(db);
    const again = await importJson(db, parsedOk(text));
    expect([again.added, again.merged, again.skipped]).toEqual([0, 0, 10]);
    expect(await dump(db)).toEqual(before);
  });
});

// ---- Performance (measured, not asserted) ----

/** A synthetic collection of `n` calls, each reported by its own article; a tenth only mentioned; a fifth with notes. */
function syntheticEnvelope(n: number): ExportEnvelope {
  const leaders: Participant[] = Array.from({ length: 40 }, (_, i) => ({
    name: `Lãnh đạo ${i}`,
    title: i % 2 ? 'Tổng thống' : 'Thủ tướng',
    country: ['RU', 'FR', 'US', 'CN', 'VN', 'DE', 'JP', 'IN'][i % 8]!,
    leaderId: `lanh-dao-${i}`,
  }));
  const paragraph = 'Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư, trao đổi về tình hình khu vực và quốc tế. ';
  const env: ExportEnvelope = { format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: T_EXPORT.toISOString(), extensionVersion: VERSION, articles: [], calls: [], notes: [] };
  const day = (i: number) => new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  for (let i = 1; i <= n; i++) {
    const a = leaders[i % 40]!;
    const b = leaders[(i * 7 + 3) % 40]!;
    const participants = a === b ? [a, leaders[(i + 1) % 40]!] : [a, b];
    const keys = participants.map((p) => p.leaderId!).sort();
    const date = day(i);
    const mentioned = i % 10 === 0;
    const articleId = i;
    env.articles.push({
      id: articleId,
      urlKey: `vnexpress.net/bai-${i}.html`,
      url: `https://vnexpress.net/bai-${i}.html`,
      canonicalUrl: null,
      title: `${participants[0]!.title} ${participants[0]!.name} điện đàm với ${participants[1]!.name} (${i})`,
      lead: paragraph,
      text: paragraph.repeat(15),
      siteName: ['VnExpress', 'Tuổi Trẻ', 'VOV', 'Báo Quốc tế'][i % 4]!,
      publishedAt: `${date}T08:00:00+07:00`,
      author: null,
      attribution: null,
      savedAt: `${date}T02:00:00.000Z`,
    });
    const eventKey = `${date}|${keys.join(',')}`;
    env.calls.push({
      id: i,
      callKey: mentioned ? `mention|${eventKey}` : `phone|${eventKey}`,
      eventKey,
      mentioned: mentioned ? 1 : 0,
      kind: 'phone',
      eventDate: date,
      eventDatePartial: `--${date.slice(5)}`,
      eventDateExpression: `ngày ${dayMonth(date)}`,
      participants,
      initiator: null,
      ordinal: null,
      topics: i % 3 ? ['thương mại'] : ['Ukraine', 'năng lượng'],
      agreements: ['tăng cường hợp tác'],
      earlierCalls: [],
      attribution: null,
      evidence: NO_EVIDENCE,
      articleIds: mentioned ? [] : [articleId],
      mentionedIn: mentioned ? [articleId - 1] : [],
      ...uncomputedKeys(),
      sortDate: date,
      createdAt: `${date}T02:00:00.000Z`,
      updatedAt: `${date}T02:00:00.000Z`,
      eventCodes: { cameo: '041', plover: 'CONSULT', ploverMode: 'phone', actors: [] },
    } as SavedCall & ExportEnvelope['calls'][number]);
    if (i % 5 === 0) env.notes.push({ id: i / 5, callId: i, text: `Ghi chú số ${i}`, updatedAt: `${date}T03:00:00.000Z` });
  }
  return env;
}

describe('performance', () => {
  it('exports and imports 10,000 calls in seconds', { timeout: 300_000 }, async () => {
    const N = 10_000;
    const time = async <T>(label: string, fn: () => Promise<T> | T): Promise<T> => {
      const start = performance.now();
      const out = await fn();
      console.log(`[export perf] ${label}: ${Math.round(performance.now() - start)} ms`);
      return out;
    };
    const text = JSON.stringify(syntheticEnvelope(N));
    const data = await time(`parseImport (${N} calls, ${Math.round(text.length / 1e6)} MB)`, () => parsedOk(text));
    const db = await freshDb();
    let reports = 0;
    const first = await time('importJson into an empty store', () => importJson(db, data, { onProgress: () => reports++ }));
    expect(first.calls.added).toBe(N);
    expect(reports).toBeGreaterThan(10);
    const exported = await time('exportJson', () => exportJson(db, { now: T_EXPORT, extensionVersion: VERSION }));
    expect((JSON.parse(exported) as ExportEnvelope).calls).toHaveLength(N);
    const again = await time('importJson again (all skipped)', () => importJson(db, parsedOk(exported)));
    expect(again.added + again.merged).toBe(0);
    const { exportCsv, exportMarkdown, exportCsl } = await import('../../lib/export');
    const csv = await time('exportCsv', () => exportCsv(db, { now: T_EXPORT }));
    expect(csv.data.length).toBeGreaterThan(N * 100);
    const zip = await time('exportMarkdown (zip)', () => exportMarkdown(db, { now: T_EXPORT }));
    expect(zip.fileName).toMatch(/\.zip$/);
    await time('exportCsl', () => exportCsl(db, { now: T_EXPORT }));
  });
});
