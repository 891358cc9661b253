/**
 * The collection's charts alone (BENCHMARKS.md 3 and 5, "collection → both charts"), without the
 * rest of npm run bench (≈ 16 minutes): for each size, a fresh browser with the built extension, the
 * store filled as the bench fills it (tests/bench/page/store-entry.ts, the JSON import), then
 * collection.html opened BENCH_RUNS times (collection-cost.ts), and in an extension page the
 * charts' read alone (chartCalls, the whole collection) and what the charts compute from it.
 *
 *   npx wxt build && node --import tsx tests/bench/collection-only.ts
 *
 * Environment: BENCH_SIZES (default 1000,10000), BENCH_RUNS (default 5); BENCH_VERSIONS to compare
 * builds in one run, each "label=extension dir:source dir" (the source gives the bench page's
 * lib/), comma-separated; default: this tree's .output/chrome-mv3 and lib/. At each size every
 * version's browser is filled first, then the page is loaded in each in turn, run after run, so
 * that a change of the machine's load falls on all of them.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { EXTENSION, ROOT } from '../e2e/harness';
import { bundleForPage, launch, LONGTASK_INIT } from './browser';
import type { Page } from 'playwright-core';
import { measureCollection, type CollectionTimes } from './collection-cost';
import { median } from './stats';
import { corpusParagraphs } from './pages';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
const VERSIONS = (process.env.BENCH_VERSIONS ?? `now=${EXTENSION}:${ROOT}`).split(',').map((v) => {
  const [label, dirs] = v.split('=') as [string, string];
  const [extension, source] = dirs.split(':') as [string, string];
  return { label, extension, source };
});

const started = Date.now();
const log = (s: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);

/** The charts' read and computations, timed in the page (bundled against the version's own lib/). */
const PROBE = `
import { chartCalls, openCallStore } from './lib/store';
import { binCalls } from './lib/chart/timeline';
import { networkOf } from './lib/chart/network';
globalThis.__chartProbe = async (runs) => {
  const db = await openCallStore();
  const out = { read: [], bin: [], network: [], rows: 0 };
  for (let i = -1; i < runs; i++) {
    const t0 = performance.now();
    const rows = await chartCalls(db);
    const t1 = performance.now();
    binCalls(rows);
    const t2 = performance.now();
    networkOf(rows, 'country');
    const t3 = performance.now();
    if (i >= 0) { out.read.push(t1 - t0); out.bin.push(t2 - t1); out.network.push(t3 - t2); }
    out.rows = rows.length;
  }
  db.close();
  return out;
};
`;

async function probeCode(source: string): Promise<string> {
  const out = await build({ stdin: { contents: PROBE, resolveDir: source, loader: 'ts' }, bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', minify: true, write: false, logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

const list = (xs: number[]) => `${xs.map((x) => x.toFixed(0)).join(' ')} (median ${median(xs).toFixed(0)})`;

type Version = (typeof VERSIONS)[number];
type Browser = Awaited<ReturnType<typeof launch>>;

/** A browser with the version's extension, its store filled with n generated calls as the bench fills it. */
async function filled(v: Version, n: number): Promise<{ b: Browser; bench: Page }> {
  const b = await launch(v.extension);
  const bench = await b.context.newPage();
  await bench.addInitScript({ content: LONGTASK_INIT });
  await bench.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=0`);
  await bench.evaluate(await bundleForPage(join(v.source, 'tests/bench/page/store-entry.ts')));
  const fill = await bench.evaluate(([count, paragraphs]) => (globalThis as unknown as { __benchStore: { fill(n: number, p: string[]): Promise<{ calls: number; ms: number }> } }).__benchStore.fill(count, paragraphs), [n, corpusParagraphs()] as const);
  log(`${v.label} ${n}: ${fill.calls} calls, filled in ${fill.ms.toFixed(0)} ms`);
  return { b, bench };
}

for (const n of SIZES) {
  // Every version's browser is filled first, then the page is opened in each in turn, run after
  // run: a change of the machine's load meanwhile falls on all of them alike.
  const open: Array<{ v: Version; b: Browser; bench: Page; times: CollectionTimes }> = [];
  try {
    for (const v of VERSIONS) open.push({ v, ...(await filled(v, n)), times: { charts: [], list: [], longest: [], longTasks: [] } });
    for (let run = 0; run < RUNS; run++) {
      for (const o of open) {
        // One unrecorded load before each recorded one (the other browsers ran meanwhile).
        const c = await measureCollection(o.b, 1, () => undefined, n);
        if (c.error) throw new Error(`${o.v.label}: ${c.error}`);
        for (const k of ['charts', 'list', 'longest', 'longTasks'] as const) o.times[k].push(...c[k]);
      }
    }
    for (const { v, times } of open) log(`${v.label} ${n}: charts ${list(times.charts)} ms; list ${list(times.list)} ms; longest task ${list(times.longest)} ms`);
    for (const { v, bench } of open) {
      await bench.evaluate(await probeCode(v.source));
      const p = await bench.evaluate((runs) => (globalThis as unknown as { __chartProbe(r: number): Promise<{ read: number[]; bin: number[]; network: number[]; rows: number }> }).__chartProbe(runs), RUNS);
      log(`${v.label} ${n}: in a page, chartCalls ${list(p.read)} ms (${p.rows} rows), binCalls ${list(p.bin)} ms, networkOf ${list(p.network)} ms`);
    }
  } finally {
    for (const o of open) await o.b.close();
  }
}
