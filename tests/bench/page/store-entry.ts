/**
 * The store and export code (the same lib/ modules the extension bundles), exposed for timing in
 * an extension page, i.e. on Chromium's real IndexedDB of the extension's origin. Injected by
 * tests/bench/store-cost.ts with page.evaluate; never part of the extension's build.
 */
import * as exporter from '../../../lib/export';
// Copied into the worktrees of earlier versions that lack it (tests/bench/versions.ts).
import { workerEncoder } from '../../../components/export-encoder';
import { getCall, inTransaction, openCallStore, relatedCalls, searchCalls, countCalls, type CallStore } from '../../../lib/store';
import { generateCollection } from './generate';

const { exportCsv, importJson, parseImport } = exporter;
/** Earlier versions (the "before" columns) lack these: they exported a string and parsed the file's text. */
const later = exporter as Partial<typeof exporter>;

interface LongTask {
  start: number;
  duration: number;
}
const w = globalThis as unknown as { __longtasks?: LongTask[] };

/** Time `fn`, and the long tasks (≥ 50 ms) the page had meanwhile. */
async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; longTasks: LongTask[]; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  // Long task entries arrive after the task: give the observer a turn.
  await new Promise((r) => setTimeout(r, 50));
  return { ms, value, longTasks: (w.__longtasks ?? []).filter((e) => e.start >= t0 - 1) };
}

/** Calls per file when filling the store. */
const FILL_CHUNK = 10_000;

/** Rows per getAll of the raw read: the export's page size (lib/export/bulk.ts, SCAN_PAGE). */
const RAW_PAGE = 250;

const openNative = (name: string) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });

/** The tables an export reads. */
const EXPORTED_TABLES = ['articles', 'calls', 'notes'];

/** Every row of `tables` through native IndexedDB: the keys first, then every page at once. */
function readEveryRow(native: IDBDatabase, onRow: (table: string, row: unknown) => void, tables = EXPORTED_TABLES): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = native.transaction(tables, 'readonly');
    const keys = tables.map((table) => tx.objectStore(table).getAllKeys());
    let pending = keys.length;
    keys.forEach((request, i) => {
      request.onsuccess = () => {
        const ids = request.result as number[];
        const objectStore = tx.objectStore(tables[i]!);
        for (let k = 0; k < ids.length; k += RAW_PAGE) {
          const page = objectStore.getAll(IDBKeyRange.bound(ids[k], ids[Math.min(k + RAW_PAGE, ids.length) - 1]));
          page.onsuccess = () => {
            for (const row of page.result) onRow(tables[i]!, row);
          };
        }
        pending--;
      };
    });
    tx.oncomplete = () => (pending ? reject(new Error('keys not read')) : resolve());
    tx.onerror = () => reject(tx.error);
  });
}

let db: CallStore | null = null;
let envelopeText: string | null = null;
/** The last JSON export, as the UI downloads it (and a user picks it to import). */
let exported: Blob | null = null;
const store = async () => (db ??= await openCallStore());
const summary = (t: { ms: number; longTasks: LongTask[] }) => ({ ms: t.ms, longTasks: t.longTasks.length, longest: Math.max(0, ...t.longTasks.map((e) => e.duration)), blocked: t.longTasks.reduce((s, e) => s + e.duration - 50, 0) });

(globalThis as Record<string, unknown>).__benchStore = {
  /**
   * Generate the collection and fill the store with it through the JSON import, in files of at
   * most FILL_CHUNK calls (a realistic 50,000-call file is over the import's size limit).
   */
  async fill(n: number, paragraphs: string[]) {
    const t0 = performance.now();
    const all = generateCollection(n, paragraphs);
    const generated = performance.now() - t0;
    let bytes = 0;
    let added = 0;
    const t = await timed(async () => {
      for (let i = 0; i < all.calls.length; i += FILL_CHUNK) {
        const calls = all.calls.slice(i, i + FILL_CHUNK);
        const wanted = new Set(calls.flatMap((c) => [...c.articleIds, ...c.mentionedIn]));
        const callIds = new Set(calls.map((c) => c.id));
        const chunk = { ...all, calls, articles: all.articles.filter((a) => wanted.has(a.id)), notes: all.notes.filter((x) => callIds.has(x.callId)) };
        envelopeText = `${JSON.stringify(chunk, null, 2)}\n`;
        bytes += new Blob([envelopeText]).size;
        const parsed = parseImport(envelopeText);
        envelopeText = null;
        if (!parsed.ok) throw new Error(parsed.errors.slice(0, 3).join('; '));
        added += (await importJson(await store(), parsed.data)).calls.added;
      }
    });
    return { generated, bytes, ...summary(t), calls: await countCalls(await store(), { includeMentioned: true }), added, files: Math.ceil(all.calls.length / FILL_CHUNK) };
  },
  async related(id: number, runs: number) {
    const call = await getCall(await store(), id);
    if (!call) throw new Error(`no call ${id}`);
    const times: number[] = [];
    let sizes: number[] = [];
    for (let i = -1; i < runs; i++) {
      const t0 = performance.now();
      const r = await relatedCalls(await store(), call);
      if (i >= 0) times.push(performance.now() - t0);
      sizes = [r.samePair.length, r.sameCountries.length, r.sameLeader.length];
    }
    return { times, sizes, participants: call.participants.map((p) => p.name) };
  },
  /** relatedCalls once (after one warm-up) on `count` calls spread over the ids. */
  async relatedSample(count: number) {
    const max = (await (await store()).calls.orderBy(':id').last())?.id ?? 0;
    const times: number[] = [];
    for (let k = 0; k < count; k++) {
      const id = 1 + Math.floor(((k + 0.5) / count) * max);
      const call = await getCall(await store(), id);
      if (!call) continue;
      const t0 = performance.now();
      await relatedCalls(await store(), call);
      times.push(performance.now() - t0);
    }
    return times;
  },
  async search(text: string, limit: number, runs: number) {
    const times: number[] = [];
    let found = 0;
    for (let i = -1; i < runs; i++) {
      const t0 = performance.now();
      found = (await searchCalls(await store(), { text, limit })).length;
      if (i >= 0) times.push(performance.now() - t0);
    }
    return { times, found };
  },
  async exportJson() {
    try {
      exported = null;
      // What ExportMenu does: the Blob it downloads.
      const options = { now: new Date(), extensionVersion: '0.1.0' };
      const t = await timed(async () =>
        later.exportJsonBlob && later.inThreadEncoder
          ? later.exportJsonBlob(await store(), { ...options, encoder: workerEncoder(later.inThreadEncoder) })
          : new Blob([await exporter.exportJson(await store(), options)], { type: 'application/json' }),
      );
      exported = t.value;
      return { ...summary(t), bytes: t.value.size };
    } catch (e) {
      return { error: (e as Error).message };
    }
  },
  async exportCsv() {
    try {
      const t = await timed(async () => exportCsv(await store(), { now: new Date() }));
      return { ...summary(t), bytes: t.value.data.length };
    } catch (e) {
      return { error: (e as Error).message };
    }
  },
  /** Import the last JSON export into a fresh database of the same origin (deleted afterwards). */
  async importExported(run: number) {
    if (!exported) return { error: 'no JSON export to import' };
    const target = await openCallStore(`dien-dam-bench-import-${run}`);
    try {
      const t = await timed(async () => {
        // What ImportButton does with the file the user picked.
        const parsed = later.parseImportFile ? await later.parseImportFile(exported!) : parseImport(await exported!.text());
        if (!parsed.ok) throw new Error(parsed.errors.slice(0, 3).join('; '));
        return importJson(target, parsed.data);
      });
      return { ...summary(t), added: t.value.calls.added };
    } catch (e) {
      return { error: (e as Error).message };
    } finally {
      target.close();
      await target.delete();
    }
  },
  /**
   * Baseline of the export: IndexedDB alone reading every row of the three tables, in the pages
   * the export reads (getAll of SCAN_PAGE keys, every page requested at once, one transaction),
   * with nothing done to the rows. No export of the same data can be faster than this.
   */
  async rawRead() {
    const native = await openNative((await store()).name);
    try {
      let rows = 0;
      const t = await timed(() => readEveryRow(native, () => (rows += 1)));
      return { ...summary(t), rows };
    } finally {
      native.close();
    }
  },
  /**
   * Baselines of the import: IndexedDB alone writing the rows the store holds (read beforehand,
   * not timed) into a fresh database in one transaction, `put` after `put`, with no check, no
   * merge, no derived field computed: into object stores without any index, and into the store's
   * own schema (its indexes, through Dexie's bulkPut). No import of the same data can be faster.
   */
  async rawWrite(run: number, indexed: boolean) {
    const source = await openNative((await store()).name);
    // Every table the store writes on an import: the exported ones and, from schema v4, the
    // timeline (the store of an earlier version, measured for the "before" columns, has none).
    const tables: Record<string, unknown[]> = Object.fromEntries(['articles', 'calls', 'notes', 'timeline'].filter((t) => source.objectStoreNames.contains(t)).map((t) => [t, []]));
    try {
      await readEveryRow(source, (table, row) => tables[table]!.push(row), Object.keys(tables));
    } finally {
      source.close();
    }
    const name = `dien-dam-bench-raw-${indexed ? 'indexed' : 'plain'}-${run}`;
    try {
      if (indexed) {
        const target = await openCallStore(name);
        try {
          const t = await timed(() =>
            inTransaction(target, 'rw', async (tx) => {
              await Promise.all(Object.entries(tables).map(([table, rows]) => (tx[table as keyof typeof tx] as unknown as { bulkPut(rows: unknown[]): Promise<unknown> }).bulkPut(rows)));
            }),
          );
          return summary(t);
        } finally {
          target.close();
        }
      }
      const target = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
          for (const table of Object.keys(tables)) open.result.createObjectStore(table, { keyPath: 'id' });
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      try {
        const t = await timed(
          () =>
            new Promise<void>((resolve, reject) => {
              const tx = target.transaction(Object.keys(tables), 'readwrite');
              for (const [table, rows] of Object.entries(tables)) {
                const objectStore = tx.objectStore(table);
                for (const row of rows) objectStore.put(row);
              }
              tx.oncomplete = () => resolve();
              tx.onerror = () => reject(tx.error);
            }),
        );
        return summary(t);
      } finally {
        target.close();
      }
    } finally {
      await new Promise((r) => {
        const del = indexedDB.deleteDatabase(name);
        del.onsuccess = del.onerror = del.onblocked = r;
      });
    }
  },
  forgetExport() {
    exported = null;
  },
};
