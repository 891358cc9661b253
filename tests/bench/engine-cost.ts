/**
 * 2. Call pages: the whole engine (gate + extraction + summary: analyzePage) against
 * Readability.parse alone on the same page, in the same process. Readability changes the document
 * it reads, so it gets a clone (the engine clones the page itself, so both pay one clone).
 * - Node: the page parsed once with happy-dom and once with jsdom (parsing is not timed), then
 *   runs alternating engine / Readability.
 * - Chromium: the page loaded with the extension; the extension's own timing of the engine in
 *   the content script's world (measure 'dien-dam:analyse'), and the engine and Readability
 *   bundled for the page's main world, timed alternately on the live document.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { closeHtmlParser, parseHtml } from '../../lib/cli/html-document';
import { analyzePage } from '../../lib/engine';
import { bundleForPage, launch, servePages } from './browser';
import type { BenchPage } from './pages';
import { ROOT } from '../e2e/harness';
import { join } from 'node:path';

export interface EngineTimes {
  page: BenchPage;
  engine: number[];
  readability: number[];
  /** The extension's own measure of the engine in the content script (Chromium only). */
  extension?: number[];
  /** Injection of the engine script: from the end of the gate to the engine's start (Chromium only). */
  injection?: number[];
  error?: string;
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function alternate(doc: Document, url: string, runs: number, warmup: number): { engine: number[]; readability: number[] } {
  const engine: number[] = [];
  const readability: number[] = [];
  for (let i = -warmup; i < runs; i++) {
    const e = () => analyzePage(doc, url);
    const r = () => new Readability(doc.cloneNode(true) as Document).parse();
    const [te, tr] = i % 2 ? [time(e), time(r)] : (() => { const b = time(r); return [time(e), b]; })();
    if (i >= 0) {
      engine.push(te);
      readability.push(tr);
    }
  }
  return { engine, readability };
}

export async function engineInNode(impl: 'happy-dom' | 'jsdom', pages: readonly BenchPage[], runs: number, log: (s: string) => void): Promise<EngineTimes[]> {
  const out: EngineTimes[] = [];
  for (const p of pages) {
    try {
      let doc: Document;
      let close = () => {};
      if (impl === 'happy-dom') {
        doc = parseHtml(p.html);
      } else {
        const dom = new JSDOM(p.html, { url: p.url, virtualConsole: new VirtualConsole() });
        doc = dom.window.document as unknown as Document;
        close = () => dom.window.close();
      }
      const t = alternate(doc, p.url, runs, 2);
      close();
      out.push({ page: p, ...t });
      log(`  ${impl} ${p.name}: engine ${t.engine.map((x) => x.toFixed(1)).join(' ')} | readability ${t.readability.map((x) => x.toFixed(1)).join(' ')}`);
    } catch (e) {
      out.push({ page: p, engine: [], readability: [], error: (e as Error).message });
      log(`  ${impl} ${p.name}: ${(e as Error).message}`);
    }
  }
  if (impl === 'happy-dom') await closeHtmlParser();
  return out;
}

export async function engineInChromium(extensionPath: string, pages: readonly BenchPage[], runs: number, log: (s: string) => void): Promise<EngineTimes[]> {
  const server = await servePages(new Map(pages.map((p) => [`${p.host}${p.path}`, p.html])));
  const b = await launch(extensionPath);
  const code = await bundleForPage(join(ROOT, 'tests/bench/page/engine-entry.ts'));
  const out: EngineTimes[] = [];
  try {
    for (const p of pages) {
      const extension: number[] = [];
      const injection: number[] = [];
      let engine: number[] = [];
      let readability: number[] = [];
      for (let i = -1; i < runs; i++) {
        const page = await b.context.newPage();
        await page.goto(server.url(p.host, p.path), { waitUntil: 'load' });
        await page.waitForFunction(() => performance.getEntriesByName('dien-dam:analyse').length > 0, undefined, { timeout: 15_000, polling: 50 });
        const m = await page.evaluate(() => ({
          analyse: performance.getEntriesByName('dien-dam:analyse')[0]!.duration,
          gateEnd: performance.getEntriesByName('dien-dam:gate:end')[0]?.startTime ?? NaN,
          engineStart: performance.getEntriesByName('dien-dam:engine')[0]?.startTime ?? NaN,
        }));
        if (i >= 0) {
          extension.push(m.analyse);
          injection.push(m.engineStart - m.gateEnd);
        }
        if (i === runs - 1) {
          // Same tab, same process: the engine and Readability alone, alternately, in the page's world.
          await page.evaluate(code);
          const r = await page.evaluate((n) => (globalThis as unknown as { __benchEngine: { compare(runs: number, warmup: number): { engine: number[]; readability: number[] } } }).__benchEngine.compare(n, 2), runs);
          engine = r.engine;
          readability = r.readability;
        }
        await page.close();
      }
      out.push({ page: p, engine, readability, extension, injection });
      log(`  chromium ${p.name}: in extension ${extension.map((x) => x.toFixed(1)).join(' ')} | page world engine ${engine.map((x) => x.toFixed(1)).join(' ')} | readability ${readability.map((x) => x.toFixed(1)).join(' ')}`);
    }
  } finally {
    await b.close();
    await server.close();
  }
  return out;
}
