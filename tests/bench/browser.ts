/**
 * Chromium for the benchmarks: Debian's Chromium driven by playwright-core with one unpacked
 * extension, news hosts mapped to the local page server and every other host failing at once
 * (saved pages reference ad and analytics hosts; nothing may wait on the network).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { launchWithExtension, removeProfile, ROOT } from '../e2e/harness';

export const BENCH_OUT = join(ROOT, 'tests/bench/out');
export const NEWS_HOSTS = ['vov.vn', 'cafef.vn'];

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/** Chromium with the extension at `extensionPath` (it must have a background service worker), in a
 *  profile of its own that close() removes. */
export async function launch(extensionPath: string): Promise<BenchBrowser> {
  const b = await launchWithExtension({ extensionPath, otherHostsFail: true });
  return {
    ...b,
    async close() {
      await b.close();
      removeProfile(b.profileDir);
    },
  };
}

/** The baseline extension: the same content-script hosts and timing, an empty content script, an empty worker. */
export function emptyExtension(): string {
  const dir = join(BENCH_OUT, 'empty-extension');
  mkdirSync(dir, { recursive: true });
  const matches = NEWS_HOSTS.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]);
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty content script (benchmark baseline)',
      version: '0.0.1',
      host_permissions: matches,
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches, run_at: 'document_idle', js: ['content.js'] }],
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'content.js'), '// empty content script (benchmark baseline)\n0;\n');
  return dir;
}

/** Pages served by host and path: `${host}${path}` → HTML. Every other address is a 404. */
export async function servePages(pages: Map<string, string>): Promise<{ port: number; url(host: string, path: string): string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0]!.replace(/^www\./, '');
    const html = pages.get(`${host}${(req.url ?? '/').split('?')[0]}`);
    res.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html ?? '<!doctype html><title>404</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { port, url: (host, path) => `http://${host}:${port}${path}`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Bundle a TypeScript entry into one classic script (IIFE) for page.evaluate. Cached per run.
 *  BENCH_NO_MINIFY=1 keeps the names, for reading a CPU profile of the page. */
const bundles = new Map<string, string>();
export async function bundleForPage(entry: string): Promise<string> {
  const cached = bundles.get(entry);
  if (cached) return cached;
  const out = await build({ entryPoints: [entry], bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', minify: !process.env.BENCH_NO_MINIFY, write: false, logLevel: 'silent' });
  const code = out.outputFiles[0]!.text;
  bundles.set(entry, code);
  return code;
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** Record a trace (timeline categories) around `fn`. */
export async function traced<T>(cdp: CDPSession, fn: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: unknown[] }) => {
    events.push(...(e.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' } as never);
  let result: T;
  try {
    result = await fn();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return { result, events };
}

/**
 * Main-thread time of the scripts whose address starts with `prefix`: the complete ('X') events
 * that name such a script (evaluation, compilation, calls, timers), nested ones counted once.
 */
export function scriptTime(events: readonly TraceEvent[], prefix: string): number {
  const mine = events.filter((e) => e.ph === 'X' && e.dur !== undefined && JSON.stringify(e.args ?? {}).includes(prefix));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of mine) {
    const k = `${e.pid}:${e.tid}`;
    byThread.set(k, [...(byThread.get(k) ?? []), e]);
  }
  let total = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    let end = -Infinity;
    for (const e of list) {
      if (e.ts >= end) {
        total += e.dur!;
        end = e.ts + e.dur!;
      } else if (e.ts + e.dur! > end) {
        total += e.ts + e.dur! - end;
        end = e.ts + e.dur!;
      }
    }
  }
  return total / 1000;
}

/** Long tasks (≥ 50 ms) seen by the page, collected from its start (an init script; a string, so
 *  that the test runner's compiler adds nothing to it). */
export const LONGTASK_INIT = `
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

export async function longTasks(page: Page, since = 0): Promise<Array<{ start: number; duration: number }>> {
  return page.evaluate((t0) => ((window as unknown as { __longtasks?: Array<{ start: number; duration: number }> }).__longtasks ?? []).filter((e) => e.start >= t0), since);
}

export const readText = (path: string) => readFileSync(path, 'utf8');
