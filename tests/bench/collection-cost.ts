/**
 * 3 and 5 (issue 24). The collection page with its two charts (the timeline and who talks to
 * whom), opened in the store the benchmark filled: time from navigation to both charts in the DOM
 * (or their designed empty states), to the list's first row, and the long tasks (≥ 50 ms,
 * PerformanceObserver) from navigation until the charts are drawn and a settling time after (the
 * layout and paint of the SVG count: they hold the page too).
 */
import type { BenchBrowser } from './browser';
import { LONGTASK_INIT, longTasks } from './browser';

export interface CollectionTimes {
  /** Navigation → both charts in the DOM, per run. */
  charts: number[];
  /** Navigation → the list's first row, per run. */
  list: number[];
  /** Longest task (ms, 0 when none ≥ 50 ms) and number of long tasks, per run. */
  longest: number[];
  longTasks: number[];
  error?: string;
}

/** After the charts are in the DOM: their layout and first paint follow within this. */
const SETTLE_MS = 500;
const TIMEOUT_MS = 60_000;

/** Notes when the charts and the list's first row appear (a string: the test runner's compiler would add helpers to a function's source). */
const CHARTS_INIT = `
  window.__charts = {};
  const chartsObserver = new MutationObserver(() => {
    const now = performance.now();
    const c = window.__charts;
    if (c.list === undefined && document.querySelector('[data-testid="call-row"]')) c.list = now;
    if (c.drawn === undefined
      && document.querySelector('[data-testid="timeline-svg"], [data-testid="chart-timeline-empty"], [data-testid="charts-empty"]')
      && document.querySelector('[data-testid="network-svg"], [data-testid="chart-network-empty"], [data-testid="charts-empty"]')) c.drawn = now;
    if (c.list !== undefined && c.drawn !== undefined) chartsObserver.disconnect();
  });
  chartsObserver.observe(document, { childList: true, subtree: true });
`;

export async function measureCollection(b: BenchBrowser, runs: number, log: (s: string) => void, n: number): Promise<CollectionTimes> {
  const out: CollectionTimes = { charts: [], list: [], longest: [], longTasks: [] };
  try {
    for (let i = -1; i < runs; i++) {
      const page = await b.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.addInitScript({ content: LONGTASK_INIT });
      await page.addInitScript({ content: CHARTS_INIT });
      await page.goto(`chrome-extension://${b.extensionId}/collection.html`);
      await page.waitForFunction(() => {
        const c = (window as unknown as { __charts: { drawn?: number; list?: number } }).__charts;
        return c.drawn !== undefined && c.list !== undefined;
      }, undefined, { timeout: TIMEOUT_MS, polling: 20 }).catch(async (e) => {
        throw new Error(`the collection did not draw its charts: ${(await page.locator('body').innerText()).slice(0, 300)} (${(e as Error).message.split('\n')[0]})`);
      });
      await page.waitForTimeout(SETTLE_MS);
      const r = await page.evaluate(() => (window as unknown as { __charts: { drawn: number; list: number } }).__charts);
      const tasks = (await longTasks(page)).filter((t) => t.start <= r.drawn + SETTLE_MS);
      if (i >= 0) {
        out.charts.push(r.drawn);
        out.list.push(r.list);
        out.longest.push(tasks.reduce((m, t) => Math.max(m, t.duration), 0));
        out.longTasks.push(tasks.length);
      }
      await page.close();
    }
    log(`  store ${n}: collection charts ${out.charts.map((x) => x.toFixed(0)).join(' ')} ms, list ${out.list.map((x) => x.toFixed(0)).join(' ')} ms, longest task ${out.longest.map((x) => x.toFixed(0)).join(' ')} ms`);
  } catch (e) {
    out.error = (e as Error).message.split('\n')[0];
    log(`  store ${n}: collection: ${out.error}`);
  }
  return out;
}
