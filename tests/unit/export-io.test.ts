/**
 * Large exports and imports without long tasks (issue 6, "Store"): the JSON export written in
 * slices, page by page, must be byte for byte the one JSON.stringify would write; the CSV written
 * in slices, the same text. No test here measures time.
 */
import { describe, expect, it } from 'vitest';
import { dumpStore as dump, temporaryStores } from '../helpers/stores';
import { NO_EVIDENCE, uncomputedKeys } from '../helpers/call-rows';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { deleteCalls, type CallStore, type SavedCall } from '../../lib/store';
import {
  collectForExport,
  collectionToCsv,
  CSV_ENCODE_LINES,
  exportCsv,
  exportEnvelope,
  exportJson,
  exportJsonBlob,
  IMPORT_LIMITS,
  importJson,
  parseImport,
  parseImportFile,
  type ExportEnvelope,
} from '../../lib/export';
import { EnvelopeReader, NotSplittable } from '../../lib/export/json-stream';
import { READ_PAGE } from '../../lib/export/envelope';
import { Slicer, yieldToEventLoop } from '../../lib/export/slice';

const NOW = new Date('2026-11-22T03:00:00.000Z');
const VERSION = '0.1.0';

const freshDb = temporaryStores('export-io-test');

const LEADERS = [
  { name: 'Vladimir Putin', title: 'Tổng thống', country: 'RU', leaderId: 'vladimir-putin' },
  { name: 'Emmanuel Macron', title: 'Tổng thống', country: 'FR', leaderId: 'emmanuel-macron' },
  { name: 'Phạm Minh Chính', title: 'Thủ tướng', country: 'VN', leaderId: 'pham-minh-chinh' },
  { name: 'Tập Cận Bình', title: 'Chủ tịch', country: 'CN', leaderId: 'tap-can-binh' },
  { name: null, title: 'Ngoại trưởng', country: 'TR', leaderId: null },
];

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
      evidence: NO_EVIDENCE,
      articleIds: mentioned ? [] : [i],
      mentionedIn: mentioned ? [i - 1] : [],
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

/** The text read by an EnvelopeReader in chunks of the given sizes (cycled); NotSplittable is returned, not thrown. */
function readInChunks(text: string, sizes: readonly number[]): unknown {
  const reader = new EnvelopeReader();
  try {
    for (let i = 0, k = 0; i < text.length; k++) {
      const size = Math.max(1, sizes[k % sizes.length]!);
      reader.push(text.slice(i, i + size));
      i += size;
    }
    return reader.end();
  } catch (error) {
    if (error instanceof NotSplittable) return error;
    throw error;
  }
}

describe('EnvelopeReader: a JSON object read piece by piece', () => {
  const chunkSizes = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 });

  it('gives what JSON.parse gives, however the text is cut and laid out (property)', () => {
    const object = fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue())));
    fc.assert(
      fc.property(object, fc.constantFrom(undefined, 2, '\t'), chunkSizes, (value, indent, sizes) => {
        const text = JSON.stringify(value, null, indent);
        expect(readInChunks(text, sizes)).toEqual(JSON.parse(text));
        expect(readInChunks(` \r\n${text}\n `, sizes)).toEqual(JSON.parse(text));
      }),
      { numRuns: 400 },
    );
  });

  it('never accepts what JSON.parse refuses, and never reads it differently (property)', () => {
    const object = fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue())), { minKeys: 1 });
    const junk = fc.constantFrom('', '}', ']', '[', '{', ',', '"', ':', 'x', '\\', '\n', '0', '-', 'true');
    fc.assert(
      fc.property(object, fc.nat(), junk, chunkSizes, (value, at, extra, sizes) => {
        const json = JSON.stringify(value, null, 2);
        const i = at % (json.length + 1);
        const broken = json.slice(0, i) + extra + json.slice(i + (extra ? 0 : 1));
        let expected: unknown;
        try {
          expected = JSON.parse(broken);
        } catch {
          expected = undefined;
        }
        const read = readInChunks(broken, sizes);
        if (read instanceof NotSplittable) return; // read the plain way by the caller
        if (!broken.trim()) return expect(read).toBeNull();
        expect(expected).not.toBeUndefined();
        expect(read).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps "__proto__" as a plain key and the last of two equal keys, as JSON.parse does', () => {
    const text = '{"__proto__": {"x": 1}, "a": [1], "b": 2, "a": [3, 4]}';
    const read = readInChunks(text, [3]) as Record<string, unknown>;
    expect(read).toEqual(JSON.parse(text));
    expect(Object.keys(read)).toEqual(Object.keys(JSON.parse(text) as object));
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
  });

  it('refuses what is not an object', () => {
    for (const text of ['[1, 2]', '"text"', '42', '{"a": 1} x', '{"a": 1', '{"a" 1}', '{a: 1}']) {
      expect(readInChunks(text, [5])).toBeInstanceOf(NotSplittable);
    }
    expect(readInChunks('  \n ', [2])).toBeNull();
  });
});

describe('parseImportFile: a file read as a stream, checked in slices', () => {
  const blobOf = (text: string) => new Blob([text], { type: 'application/json' });

  it('gives what parseImport gives, for our layout and any other', async () => {
    const env = envelopeOf(120);
    for (const text of [`${JSON.stringify(env, null, 2)}\n`, JSON.stringify(env), `\uFEFF${JSON.stringify(env, null, '\t')}`]) {
      const expected = parseImport(text);
      expect(expected.ok).toBe(true);
      expect(await parseImportFile(blobOf(text))).toEqual(expected);
      expect(await parseImportFile(text)).toEqual(expected);
    }
  });

  it('gives the same messages as parseImport for broken and foreign files', async () => {
    const env = envelopeOf(12) as unknown as Record<string, unknown> & { calls: Array<Record<string, unknown>>; articles: Array<Record<string, unknown>> };
    const good = JSON.stringify(env, null, 2);
    const wrongFields = structuredClone(env);
    wrongFields.calls[2]!.kind = 'fax';
    wrongFields.articles[1]!.urlKey = wrongFields.articles[0]!.urlKey;
    const texts = [
      '',
      '   \n',
      '[]',
      '"dien-dam-export"',
      good.slice(0, good.length / 2),
      good.replace('"calls": [', '"calls": [,'),
      good.replace('"format": "dien-dam-export"', '"format": "other"'),
      good.replace(/"schemaVersion": \d+/, '"schemaVersion": 99'),
      good.replace(/"schemaVersion": \d+,\n/, ''),
      JSON.stringify(wrongFields, null, 2),
      JSON.stringify({ ...env, calls: {} }),
      `${good}\n{}`,
    ];
    for (const text of texts) {
      const expected = parseImport(text);
      expect(expected.ok).toBe(false);
      expect(await parseImportFile(blobOf(text))).toEqual(expected);
    }
  });

  it('refuses too many records with their exact count, without parsing them all', async () => {
    const text = JSON.stringify(envelopeOf(10));
    const expected = parseImport(text, { limits: { maxRecords: 9 } });
    expect(expected).toEqual({ ok: false, errors: ['Tệp có quá nhiều bản ghi (22, tối đa 9).'] });
    expect(await parseImportFile(blobOf(text), { limits: { maxRecords: 9 } })).toEqual(expected);
    // A list given twice counts once (JSON.parse keeps the last).
    const twice = text.replace('"articles":', '"articles": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "articles":');
    expect(await parseImportFile(blobOf(twice), { limits: { maxRecords: 22 } })).toEqual(parseImport(twice, { limits: { maxRecords: 22 } }));
    expect(parseImport(twice, { limits: { maxRecords: 22 } }).ok).toBe(true);
  });

  it('accepts an export of 50,000 calls (~450 MB) and refuses a larger file than the limit before reading it', async () => {
    expect(IMPORT_LIMITS.maxTextLength).toBeGreaterThan(600 * 1024 * 1024);
    const tooLarge = { size: IMPORT_LIMITS.maxTextLength + 1, stream: () => { throw new Error('read'); } } as unknown as Blob;
    expect(await parseImportFile(tooLarge)).toEqual({ ok: false, errors: ['Tệp quá lớn (1.025 MB, tối đa 1.024 MB).'] });
    expect(await parseImportFile(blobOf(' '.repeat(2048)), { limits: { maxTextLength: 2047 } })).toEqual({ ok: false, errors: ['Tệp quá lớn (1 MB, tối đa 1 MB).'] });
  });

  it('a broken file too large to be read whole: a clear message', async () => {
    const broken = new Blob(['{"format": "dien-dam-export", "articles": [,]}']);
    const huge = { size: 700 * 1024 * 1024, stream: () => broken.stream(), text: () => Promise.reject(new RangeError('Invalid string length')) } as unknown as Blob;
    expect(await parseImportFile(huge)).toEqual({ ok: false, errors: ['JSON không hợp lệ, và tệp quá lớn (700 MB) để chỉ ra vị trí lỗi. Hãy dùng một bản xuất khác.'] });
  });

  it('an imported file read this way round-trips to the same export', async () => {
    const db = await storeOf(40);
    const text = await exportJson(db, { now: NOW, extensionVersion: VERSION });
    const parsed = await parseImportFile(await exportJsonBlob(db, { now: NOW, extensionVersion: VERSION }));
    if (!parsed.ok) throw new Error(parsed.errors.join(' / '));
    const copy = await freshDb();
    await importJson(copy, parsed.data);
    expect(await exportJson(copy, { now: NOW, extensionVersion: VERSION })).toBe(text);
  });
});

describe('the worker that encodes the JSON export (assets/public/export-encoder.js)', () => {
  it('turns the pieces it is sent into one UTF-8 Blob, then starts over', async () => {
    const source = readFileSync(new URL('../../assets/public/export-encoder.js', import.meta.url), 'utf8');
    const sent: Blob[] = [];
    const scope: { onmessage?: (e: { data: unknown }) => void } & Record<string, unknown> = { TextEncoder, Blob, postMessage: (b: Blob) => sent.push(b) };
    runInNewContext(source, scope);
    const db = await storeOf(30);
    const text = await exportJson(db, { now: NOW, extensionVersion: VERSION });
    const viaWorker = await exportJsonBlob(db, {
      now: NOW,
      extensionVersion: VERSION,
      encoder: {
        add: (piece) => scope.onmessage!({ data: piece }),
        finish: async (type) => (scope.onmessage!({ data: { done: true, type } }), sent.at(-1)!),
      },
    });
    expect(viaWorker.type).toBe('application/json');
    expect(await viaWorker.text()).toBe(text);
    scope.onmessage!({ data: 'x' });
    scope.onmessage!({ data: { done: true, type: 'text/plain' } });
    expect(await sent.at(-1)!.text()).toBe('x');
  });
});

describe('the CSV written in slices', () => {
  it('is the text of collectionToCsv, encoded in pieces of CSV_ENCODE_LINES lines', async () => {
    const db = await storeOf(2 * CSV_ENCODE_LINES + 7);
    const file = await exportCsv(db, { now: NOW });
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.data)).toBe(collectionToCsv(await collectForExport(db)));
  });

  it('is the text of collectionToCsv for some of the calls (a search result, one of them deleted since)', async () => {
    const db = await storeOf(40);
    const chosen = (await db.calls.toArray()).filter((_, i) => i % 3 === 0);
    await deleteCalls(db, [chosen[1]!.id]);
    const file = await exportCsv(db, { now: NOW, calls: chosen });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.data);
    expect(text).toBe(collectionToCsv(await collectForExport(db, chosen)));
    expect(text.split('\r\n').length).toBe(chosen.length - 1 + 2); // header, the calls left, the last line end
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
