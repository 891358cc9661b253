/**
 * The popup's first render, on its own: popup.html opened for the tab of a saved call article,
 * time from navigation to the record in the DOM and to its related calls (the timeline).
 *
 * `measurePopupSideBySide` compares versions fairly: each version's browser is filled and its
 * article opened first, then the popup is opened in each browser in turn, run after run, so that a
 * change of the machine's load (a helper process, the disk, the CPU's clock) falls on every
 * version alike. A version measured minutes apart from another, after other work, differs from it
 * by more than a change of the popup's code does (30 ms in one run for the same code).
 */
import { join } from 'node:path';
import { bundleForPage, launch, LONGTASK_INIT, servePages, type BenchBrowser } from './browser';
import { corpusParagraphs, type BenchPage } from './pages';

/** Notes when the record and the related calls first appear in the popup's DOM (a string: the
 *  test runner's compiler would add helpers to a function's source). */
const RENDER_INIT = `
  window.__render = {};
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (window.__render.record === undefined && document.querySelector('[data-testid="participants"]')) window.__render.record = now;
    if (window.__render.related === undefined && document.querySelector('[data-testid="timeline"]')) window.__render.related = now;
    if (window.__render.record !== undefined && window.__render.related !== undefined) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
`;

export async function tabOf(b: BenchBrowser, url: string, timeout = 20_000): Promise<{ tabId: number; callId: number }> {
  const until = Date.now() + timeout;
  for (;;) {
    const sw = await b.worker();
    const state = await sw.evaluate(async (u) => {
      const all = (await chrome.storage.session.get(null)) as Record<string, { url: string; saved: boolean; tabId: number; callId?: number }>;
      return Object.values(all).find((s) => s && s.url === u && s.saved) ?? null;
    }, url);
    if (state?.callId !== undefined) return { tabId: state.tabId, callId: state.callId };
    if (Date.now() > until) throw new Error(`the call article at ${url} was not saved within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface PopupTimes {
  record: number;
  related: number;
}

/** Opens the popup for `tabId` in a new tab and waits (30 s at most) for the record and the related calls. */
export async function openPopupOnce(b: BenchBrowser, tabId: number, debug?: (s: string) => void): Promise<PopupTimes> {
  const popup = await b.context.newPage();
  try {
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.addInitScript({ content: RENDER_INIT });
    if (debug) {
      popup.on('pageerror', (e) => debug(`  popup error: ${e.message}`));
      popup.on('console', (m) => debug(`  popup console: ${m.text()}`));
    }
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
    // 30 s: far above any first render seen (≈ 0.1 s); a popup that never shows the record fails the run.
    await popup.waitForFunction(() => {
      const r = (window as unknown as { __render: { record?: number; related?: number } }).__render;
      return r.record !== undefined && r.related !== undefined;
    }, undefined, { timeout: 30_000, polling: 20 }).catch(async (e) => {
      throw new Error(`popup did not render the record and its related calls: ${JSON.stringify(await popup.evaluate(() => (window as unknown as { __render: unknown }).__render))} ${(await popup.locator('body').innerText()).slice(0, 300)} (${(e as Error).message.split('\n')[0]})`);
    });
    return await popup.evaluate(() => (window as unknown as { __render: PopupTimes }).__render);
  } finally {
    await popup.close();
  }
}

export interface PopupVersion {
  label: string;
  /** The built extension (its chrome-mv3 directory). */
  extension: string;
  /** The version's source tree: the bench page that fills the store is bundled against its lib/. */
  source: string;
}

export interface PopupSideBySide {
  label: string;
  record: number[];
  related: number[];
  error?: string;
}

/** Each version's browser filled with `n` generated calls and the call article saved, then `runs` popups per version, interleaved (one unrecorded warm-up each). */
export async function measurePopupSideBySide(versions: PopupVersion[], n: number, runs: number, callPage: BenchPage, log: (s: string) => void): Promise<PopupSideBySide[]> {
  const server = await servePages(new Map([[`${callPage.host}${callPage.path}`, callPage.html]]));
  const opened: Array<{ version: PopupVersion; b: BenchBrowser; tabId: number; out: PopupSideBySide }> = [];
  try {
    for (const version of versions) {
      const out: PopupSideBySide = { label: version.label, record: [], related: [] };
      const b = await launch(version.extension);
      try {
        const bench = await b.context.newPage();
        await bench.addInitScript({ content: LONGTASK_INIT });
        await bench.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=0`);
        await bench.evaluate(await bundleForPage(join(version.source, 'tests/bench/page/store-entry.ts')));
        await bench.evaluate(([count, paragraphs]) => (globalThis as unknown as { __benchStore: { fill(n: number, p: string[]): Promise<unknown> } }).__benchStore.fill(count, paragraphs), [n, corpusParagraphs()] as const);
        await bench.close();
        const article = await b.context.newPage();
        const url = server.url(callPage.host, callPage.path);
        await article.goto(url, { waitUntil: 'load' });
        opened.push({ version, b, tabId: (await tabOf(b, url)).tabId, out });
      } catch (e) {
        out.error = (e as Error).message.split('\n')[0];
        log(`  popup side by side, ${version.label}: ${out.error}`);
        opened.push({ version, b, tabId: -1, out });
      }
    }
    for (let i = -1; i < runs; i++) {
      for (const o of opened) {
        if (o.out.error) continue;
        try {
          const t = await openPopupOnce(o.b, o.tabId);
          if (i < 0) continue;
          o.out.record.push(t.record);
          o.out.related.push(t.related);
        } catch (e) {
          o.out.error = (e as Error).message.split('\n')[0];
        }
      }
    }
    for (const o of opened) log(`  popup side by side, ${o.version.label}: related ${o.out.related.map((x) => x.toFixed(0)).join(' ')} ms`);
    return opened.map((o) => o.out);
  } finally {
    for (const o of opened) await o.b.close();
    await server.close();
  }
}
