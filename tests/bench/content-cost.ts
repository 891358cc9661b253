/**
 * 1. Non-call pages in Chromium: what the content script costs on list pages and on articles
 * that are not about a call, against an empty content script on the same hosts.
 *
 * Each page is loaded in a new tab, with a trace of the renderer (devtools.timeline, v8). The
 * cost of an extension is the main-thread time of the trace events that belong to its scripts
 * (evaluation, compilation, calls, timers: everything under chrome-extension://<id>/). The gate
 * itself is timed by the content script (performance.measure 'dien-dam:gate', visible in the
 * page's timeline), in the traced load and in a second load of the page without the tracer
 * (whose instrumentation slows every script it watches): the budget is read from the latter. Readability must not run: the engine script is never injected (no
 * 'dien-dam:engine' mark, no engine.js in the trace). Since the gate decides in the background, its
 * decision time there ('dien-dam:gate-decision', read from the worker) is reported beside.
 */
import type { Page, Worker } from 'playwright-core';
import { launch, LONGTASK_INIT, longTasks, scriptTime, servePages, traced } from './browser';
import type { BenchPage } from './pages';

export interface ContentRun {
  /** Main-thread time of the extension's scripts on the page (ms). */
  scriptMs: number;
  /** The gate's own measure (ms), when the content script records one, in a traced load. */
  gateMs: number | null;
  /** The same measure in loads without the tracer (its instrumentation slows every script): UNTRACED_LOADS of them. */
  gateUntracedMs: number[];
  /** The gate's decision in the background worker, off the page's main thread (those loads, ms). */
  gateDecisionMs: number[];
  engineLoaded: boolean;
  longTasks: number;
}

export interface VariantResult {
  variant: string;
  pages: Array<{ page: BenchPage; runs: ContentRun[] }>;
}

async function waitForGate(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('dien-dam:gate').length > 0, undefined, { timeout, polling: 50 }).catch(() => undefined);
}

/**
 * Pause after closing a tab, before the next load: on this 2-core machine the closed tab's
 * teardown otherwise runs beside the next page's scripts and lands in its figures (a 0.6 ms gate
 * read as 5 ms in one load of seven).
 */
const SETTLE_MS = 150;
/**
 * Loads without the tracer per run, for the gate's figure: its cost is under a millisecond, and
 * on this 2-core machine one load in three or four has another process's work land inside it
 * (2–5 ms instead of 0.5–1), so the median of five loads fell on either side of 1 ms from run to
 * run; the median of fifteen is stable.
 */
const UNTRACED_LOADS = 3;
const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS));

/** The background's last gate decision (ms), once it has been measured; null after `timeout` ms. */
async function gateDecision(worker: Worker, timeout: number): Promise<number | null> {
  for (const until = Date.now() + timeout; Date.now() < until; await new Promise((r) => setTimeout(r, 25))) {
    const ms = await worker.evaluate(() => performance.getEntriesByName('dien-dam:gate-decision')[0]?.duration ?? null).catch(() => null);
    if (ms !== null) return ms;
  }
  return null;
}

/** Load every page `runs` times with the extension at `extensionPath`. */
export async function measureContentScript(
  variant: string,
  extensionPath: string,
  pages: readonly BenchPage[],
  runs: number,
  log: (s: string) => void,
  { hasGate = true, gateInBackground = false } = {},
): Promise<VariantResult> {
  const server = await servePages(new Map(pages.map((p) => [`${p.host}${p.path}`, p.html])));
  const b = await launch(extensionPath);
  const prefix = `chrome-extension://${b.extensionId}/`;
  const out: VariantResult = { variant, pages: [] };
  try {
    for (const p of pages) {
      const list: ContentRun[] = [];
      // One unrecorded load first: the HTTP and code caches are warm for every recorded run, as for a reader.
      for (let i = -1; i < runs; i++) {
        const page = await b.context.newPage();
        await page.addInitScript({ content: LONGTASK_INIT });
        const cdp = await b.context.newCDPSession(page);
        const { events } = await traced(cdp, async () => {
          await page.goto(server.url(p.host, p.path), { waitUntil: 'load' });
          if (hasGate) await waitForGate(page, 1500);
          await page.waitForTimeout(250); // an engine injected after the gate would show up here
        });
        const entries = await page.evaluate(() => ({
          gate: performance.getEntriesByName('dien-dam:gate').map((e) => e.duration),
          engine: performance.getEntriesByName('dien-dam:engine').length > 0,
        }));
        const tasks = (await longTasks(page)).length;
        await cdp.detach().catch(() => undefined);
        await page.close();
        await settle();
        // The gate again, in tabs without the tracer.
        const gateUntracedMs: number[] = [];
        const gateDecisionMs: number[] = [];
        for (let k = 0; hasGate && k < UNTRACED_LOADS; k++) {
          const worker = gateInBackground ? await b.worker() : null;
          await worker?.evaluate(() => performance.clearMeasures('dien-dam:gate-decision'));
          const plain = await b.context.newPage();
          await plain.goto(server.url(p.host, p.path), { waitUntil: 'load' });
          await waitForGate(plain, 1500);
          const ms = await plain.evaluate(() => performance.getEntriesByName('dien-dam:gate')[0]?.duration ?? null);
          if (ms !== null) gateUntracedMs.push(ms);
          const decision = worker ? await gateDecision(worker, 1500) : null;
          if (decision !== null) gateDecisionMs.push(decision);
          await plain.close();
          await settle();
        }
        const run: ContentRun = {
          scriptMs: scriptTime(events, prefix),
          gateMs: entries.gate[0] ?? null,
          gateUntracedMs,
          gateDecisionMs,
          engineLoaded: entries.engine || scriptTime(events, `${prefix}engine.js`) > 0,
          longTasks: tasks,
        };
        if (i >= 0) list.push(run);
      }
      log(`  ${variant} ${p.name}: script ${list.map((r) => r.scriptMs.toFixed(2)).join(' ')} ms; gate ${list.map((r) => r.gateMs?.toFixed(2) ?? '–').join(' ')} ms, untraced ${list.map((r) => r.gateUntracedMs.map((x) => x.toFixed(2)).join('/') || '–').join(' ')} ms`);
      out.pages.push({ page: p, runs: list });
    }
  } finally {
    await b.close();
    await server.close();
  }
  return out;
}
