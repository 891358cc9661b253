/**
 * 3 and 5. The store in Chromium's real IndexedDB (the extension's origin), filled with n
 * generated calls (tests/bench/page/generate.ts) through the JSON import:
 * - popup first render: popup.html opened for the tab of a call article (its record saved, with
 *   generated calls of the same leaders), time from navigation to the record in the DOM and to the
 *   related calls (the timeline) in the DOM;
 * - the collection page with both charts (collection-cost.ts), for this version;
 * - relatedCalls on that call, and once on calls spread over the collection;
 * - a diacritic-insensitive search as typed in the popup (8 results);
 * - export of everything as JSON and as CSV, import of that JSON into a fresh database, with the
 *   long tasks (≥ 50 ms) the page had meanwhile: a task that long delays any click or keystroke.
 * The store and export code is bundled from lib/ and run with page.evaluate in an extension page.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../e2e/harness';
import { bundleForPage, launch, LONGTASK_INIT, servePages, type BenchBrowser } from './browser';
import { measureCollection, type CollectionTimes } from './collection-cost';
import { corpusParagraphs, type BenchPage } from './pages';
import { openPopupOnce, tabOf } from './popup-cost';

export interface OpTimes {
  /** Set when the operation failed (then the times are absent). */
  error?: string;
  ms: number;
  longTasks: number;
  longest: number;
  blocked: number;
  bytes?: number;
}

export interface StoreResult {
  n: number;
  calls: number;
  fill: OpTimes & { generated: number; bytes: number; files: number };
  popup: { record: number[]; related: number[] };
  /** The collection page with its charts (issue 24); absent for versions without them. */
  collection?: CollectionTimes;
  related: { current: number[]; sizes: number[]; participants: string[]; sample: number[] };
  search: Array<{ text: string; times: number[]; found: number }>;
  exportJson: OpTimes[];
  exportCsv: OpTimes[];
  importJson: OpTimes[];
  /** Baselines (IndexedDB alone, same rows): reading every row; writing them without indexes, and with the store's schema. */
  rawRead: OpTimes[];
  rawWrite: OpTimes[];
  rawWriteIndexed: OpTimes[];
  error?: string;
}

/** Largest collection the IndexedDB-alone baselines run on. */
const BASELINE_MAX_CALLS = 10_000;

export const SEARCHES = ['putin', 'dien dam macron', 'thu tuong nhat ban', 'ukraine', 'viet nam'];
export const POPUP_SEARCH_LIMIT = 8;

type Bench = Record<string, (...args: never[]) => Promise<unknown>>;
const call = <T>(page: Page, name: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(([n, a]) => ((globalThis as unknown as { __benchStore: Bench }).__benchStore[n as string] as (...x: unknown[]) => Promise<unknown>)(...(a as unknown[])), [name, args] as const) as Promise<T>;

/** `runs` for the quick figures, `ioRuns` for export and import (seconds each at large sizes). */
/**
 * `charts`: the collection page with its charts (versions that have them).
 */
export async function measureStore(extensionPath: string, n: number, runs: number, ioRuns: number, callPage: BenchPage, log: (s: string) => void, sourceRoot = ROOT, { charts = sourceRoot === ROOT } = {}): Promise<StoreResult> {
  const server = await servePages(new Map([[`${callPage.host}${callPage.path}`, callPage.html]]));
  const b = await launch(extensionPath);
  const code = await bundleForPage(join(sourceRoot, 'tests/bench/page/store-entry.ts'));
  const result: StoreResult = { n, calls: 0, fill: null as never, popup: { record: [], related: [] }, related: { current: [], sizes: [], participants: [], sample: [] }, search: [], exportJson: [], exportCsv: [], importJson: [], rawRead: [], rawWrite: [], rawWriteIndexed: [] };
  try {
    const bench = await b.context.newPage();
    await bench.addInitScript({ content: LONGTASK_INIT });
    await bench.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=0`);
    await bench.evaluate(code);
    result.fill = await call(bench, 'fill', n, corpusParagraphs());
    result.calls = (result.fill as unknown as { calls: number }).calls;
    log(`  store ${n}: generated ${Math.round(result.fill.generated)} ms, ${(result.fill.bytes / 1e6).toFixed(1)} MB, filled in ${Math.round(result.fill.ms)} ms (${result.calls} calls)`);

    // The reader opens a call article: the extension saves it among the generated calls.
    const article = await b.context.newPage();
    const url = server.url(callPage.host, callPage.path);
    await article.goto(url, { waitUntil: 'load' });
    const { tabId, callId } = await tabOf(b, url);

    for (let i = -1; i < runs; i++) {
      const r = await openPopupOnce(b, tabId, process.env.BENCH_DEBUG ? log : undefined);
      if (i >= 0) {
        result.popup.record.push(r.record);
        result.popup.related.push(r.related);
      }
    }
    log(`  store ${n}: popup record ${result.popup.record.map((x) => x.toFixed(0)).join(' ')} ms, related ${result.popup.related.map((x) => x.toFixed(0)).join(' ')} ms`);
    // Before any export or import: the store as filled, nothing compacting in the background.
    if (charts) result.collection = await measureCollection(b, runs, log, n);

    const rel = await call<{ times: number[]; sizes: number[]; participants: string[] }>(bench, 'related', callId, runs);
    result.related = { current: rel.times, sizes: rel.sizes, participants: rel.participants, sample: await call<number[]>(bench, 'relatedSample', 40) };
    log(`  store ${n}: relatedCalls ${rel.times.map((x) => x.toFixed(1)).join(' ')} ms (${rel.sizes.join('/')})`);
    for (const text of SEARCHES) {
      const s = await call<{ times: number[]; found: number }>(bench, 'search', text, POPUP_SEARCH_LIMIT, runs);
      result.search.push({ text, ...s });
    }
    log(`  store ${n}: search ${result.search.map((s) => `${s.text}: ${s.times.map((x) => x.toFixed(1)).join(' ')}`).join('; ')}`);
    // Every export before the first import: an import writes 80 MB into another database, which
    // the browser then compacts in the background for tens of seconds, and the exports that followed
    // an import ran 1.5–2× slower meanwhile (CSV 1.25 s, then 2.2 and 2.4 s, in one run, 2026-11-23).
    for (let i = 0; i < ioRuns; i++) {
      result.exportCsv.push(await call<OpTimes>(bench, 'exportCsv'));
      result.exportJson.push(await call<OpTimes>(bench, 'exportJson'));
    }
    for (let i = 0; i < ioRuns; i++) result.importJson.push(await call<OpTimes>(bench, 'importExported', i));
    // The baselines, when this version's bench page has them (earlier versions' do not); not at
    // 50,000 calls, where the raw write would hold the whole collection (≈ 0.5 GB) in the page.
    // They run after every measured operation: the raw write holds the whole collection in the
    // page, and the garbage it leaves slowed the operations after it (CSV export 1.9 → 2.4 s, its
    // long tasks 60 → 160 ms in a probe, 2026-11-23).
    if (n <= BASELINE_MAX_CALLS && await bench.evaluate(() => 'rawRead' in (globalThis as unknown as { __benchStore: Bench }).__benchStore)) {
      const baseline = (name: string, ...args: unknown[]) => call<OpTimes>(bench, name, ...args).catch((e: Error): OpTimes => ({ error: e.message.split('\n')[0], ms: NaN, longTasks: 0, longest: 0, blocked: 0 }));
      for (let i = 0; i < ioRuns; i++) result.rawRead.push(await baseline('rawRead'));
      for (let i = 0; i < ioRuns; i++) {
        result.rawWrite.push(await baseline('rawWrite', i, false));
        result.rawWriteIndexed.push(await baseline('rawWrite', i, true));
      }
    }
    for (const op of [...result.exportCsv, ...result.exportJson, ...result.importJson, ...result.rawRead, ...result.rawWrite, ...result.rawWriteIndexed]) if (op.error) log(`  store ${n}: ${op.error}`);
    await call(bench, 'forgetExport');
    const list = (ops: OpTimes[]) => ops.map((x) => (x.error ? 'failed' : x.ms.toFixed(0))).join(' ');
    log(`  store ${n}: export JSON ${list(result.exportJson)} ms, CSV ${list(result.exportCsv)} ms, import ${list(result.importJson)} ms; baselines: read ${list(result.rawRead)} ms, write ${list(result.rawWrite)} ms, write with indexes ${list(result.rawWriteIndexed)} ms`);
  } catch (e) {
    result.error = (e as Error).message.split('\n')[0];
    log(`  store ${n}: ${result.error}`);
  } finally {
    await b.close();
    await server.close();
  }
  return result;
}
