/**
 * Real-browser harness: the built extension (.output/chrome-mv3) in Debian's Chromium, driven by
 * playwright-core; news pages served from localhost and reached under their real host names
 * (vov.vn, cafef.vn) through --host-resolver-rules.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
/** The extension APIs, as seen from inside the browser (sw.evaluate). */
declare global {
  const chrome: any;
}

import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath, isExecutable, missingBrowsers, instructions } from '../helpers/browsers';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages/');
export const OUT = join(ROOT, 'tests/e2e/out');
/** Debian's Chromium, or CHROMIUM_PATH. */
export const CHROMIUM = chromiumPath();
export const NEWS_HOSTS = ['vov.vn', 'cafef.vn', 'baoquocte.vn'];

/**
 * Time bounds, so that no test can hang (each fails with the reason instead). Generous: two busy cores.
 * A test as a whole (put on each describe; its tests inherit it): the longest, the schema update, builds
 * the extension and restarts the browser (~1 min).
 */
export const TEST_TIMEOUT = 5 * 60_000;
/** Chromium starting with the extension (~2 s; a browser that does not start within this never will). */
export const LAUNCH_TIMEOUT = 60_000;
/** Every Playwright wait (a page that never loads, an element that never appears): Playwright's own default, made explicit. */
export const ACTION_TIMEOUT = 30_000;
/** The service worker answering one evaluate (ms usually; Playwright has no bound of its own for it). */
export const WORKER_TIMEOUT = 20_000;

/** `promise`, or an error naming `what` after `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
    }),
  ]);
}

/** Evaluate in the extension's service worker, bounded: a worker that never answers fails the test. */
export function inWorker<R, A = undefined>(sw: Worker, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return within(sw.evaluate(fn as never, arg as never) as Promise<R>, WORKER_TIMEOUT, 'the service worker');
}

/**
 * A read in the service worker that survives the worker being stopped under Playwright's feet. Chromium stops an
 * idle MV3 worker (and the hardening test stops it on purpose); Playwright may keep the stopped worker's handle in
 * serviceWorkers() for a while, and an evaluate sent to it never answers. So: ask the worker at hand; with no answer
 * after STALE_WORKER_AFTER, wake a new one and ask it too; the first answer wins, all within WORKER_TIMEOUT. Only for
 * reads: a slow but live worker may run `fn` twice.
 */
export async function readInWorker<R, A = undefined>(b: ExtensionBrowser, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  const sw = await b.worker();
  const first = sw.evaluate(fn as never, arg as never) as Promise<R>;
  first.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const quick = await Promise.race([
    first.then((value) => ({ value })),
    new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), STALE_WORKER_AFTER))),
  ]).finally(() => clearTimeout(timer));
  if (quick) return quick.value;
  const second = b.freshWorker(sw).then((w) => w.evaluate(fn as never, arg as never) as Promise<R>);
  second.catch(() => undefined);
  return within(Promise.any([first, second]), WORKER_TIMEOUT - STALE_WORKER_AFTER, 'the service worker');
}
/** How long a read waits on the worker at hand before it also wakes a new one (a live worker answers in ms). */
export const STALE_WORKER_AFTER = 4_000;

export interface FixturePage {
  file: string;
  url: string;
  isCall: boolean;
  isArticle: boolean;
  title: string | null;
  /** A page that is no call article but whose title rightly passes the gate (a tag page named "Điện đàm"): the engine
   *  reads it to say why. Not one of the pages the gate must turn down. */
  gatePasses?: boolean;
}
export const FIXTURE_PAGES: FixturePage[] = JSON.parse(readFileSync(join(PAGES_DIR, 'expected.json'), 'utf8'));
export const fixture = (file: string) => FIXTURE_PAGES.find((p) => p.file === file)!;

export interface NewsServer {
  port: number;
  /** The address of a fixture page as the browser reaches it: http://vov.vn:PORT/path. */
  urlOf(page: FixturePage | string): string;
  /** Pages served under extra addresses: path → HTML. */
  extra: Map<string, string>;
  /** Every request the server answered, in order: which host, which path, whether a cookie came with it. */
  served: Array<{ host: string; path: string; cookie: string | undefined }>;
  close(): Promise<void>;
}

/** Serves tests/fixtures/pages by host name and path (the page's real address, on our port). */
export async function startNewsServer(): Promise<NewsServer> {
  const routes = new Map<string, string>();
  for (const p of FIXTURE_PAGES) {
    const u = new URL(p.url);
    routes.set(`${u.hostname}${u.pathname}`, p.file);
  }
  const extra = new Map<string, string>();
  const served: NewsServer['served'] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0]!.replace(/^www\./, '');
    const path = (req.url ?? '/').split('?')[0]!;
    served.push({ host, path, cookie: req.headers.cookie });
    const file = routes.get(`${host}${path}`);
    const html = extra.get(`${host}${path}`) ?? (file ? readFileSync(join(PAGES_DIR, file), 'utf8') : null);
    if (html === null) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>404</title><h1>Không tìm thấy trang</h1>');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    extra,
    served,
    urlOf(page) {
      const u = new URL(typeof page === 'string' ? page : page.url);
      return `http://${u.hostname}:${port}${u.pathname}${u.search}`;
    },
    // Open keep-alive connections (a browser still running after a failed test) would hold close() forever.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** The background service worker (fetched again: an idle MV3 worker may have been stopped). */
  worker(): Promise<Worker>;
  /** A running worker other than `stale` (woken by opening an extension page), within WORKER_TIMEOUT. */
  freshWorker(stale: Worker): Promise<Worker>;
  close(): Promise<void>;
}

/**
 * Chromium with the built extension loaded, in a profile directory that can be reused (restart).
 * `otherHostsFail`: every host but the news hosts fails at once (saved pages reference ad and
 * analytics hosts; the benchmarks must not wait on the network).
 */
export async function launchWithExtension(options: { profileDir?: string; locale?: string; extensionPath?: string; otherHostsFail?: boolean } = {}): Promise<ExtensionBrowser> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'dien-dam-profile-'));
  const extensionPath = options.extensionPath ?? EXTENSION;
  const lang = options.locale ?? 'vi-VN';
  // A missing browser fails at once with what to install, not with Playwright's advice to download its own.
  if (!isExecutable(CHROMIUM)) throw new Error(instructions(missingBrowsers().filter((m) => m.browser === 'chromium')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    timeout: LAUNCH_TIMEOUT,
    headless: true,
    locale: lang,
    // Chromium on Linux takes its UI language (chrome.i18n) from the environment.
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      `--host-resolver-rules=${[...NEWS_HOSTS.map((h) => `MAP ${h} 127.0.0.1, MAP *.${h} 127.0.0.1`), ...(options.otherHostsFail ? ['MAP * ~NOTFOUND'] : [])].join(', ')}`,
      `--lang=${lang}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT);
  let sw: Worker;
  try {
    sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: ACTION_TIMEOUT }));
  } catch (e) {
    await context.close().catch(() => undefined);
    throw new Error(`the extension's service worker did not start (${extensionPath}): ${(e as Error).message}`);
  }
  const extensionId = new URL(sw.url()).host;
  // Wake the worker: opening an extension page starts it again. The one that answers is any of ours but `stale`.
  const wake = async (stale: Worker | null, timeout: number): Promise<Worker> => {
    const isOurs = (w: Worker) => w !== stale && w.url().startsWith(`chrome-extension://${extensionId}/`);
    const page = await context.newPage();
    try {
      const woken = context.waitForEvent('serviceworker', { predicate: isOurs, timeout });
      woken.catch(() => undefined);
      await page.goto(`chrome-extension://${extensionId}/popup.html`).catch(() => undefined);
      return context.serviceWorkers().find(isOurs) ?? (await woken);
    } finally {
      await page.close().catch(() => undefined);
    }
  };
  return {
    context,
    extensionId,
    profileDir,
    async worker() {
      return context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ?? wake(null, ACTION_TIMEOUT);
    },
    freshWorker: (stale) => wake(stale, WORKER_TIMEOUT),
    close: () => context.close(),
  };
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Everything the background keeps about the tabs (chrome.storage.session). */
export async function tabStates(b: ExtensionBrowser): Promise<Array<{ tabId: number; url: string; status: string; saved: boolean; callId?: number }>> {
  return readInWorker(b, async () => {
    const all = (await chrome.storage.session.get(null)) as Record<string, any>;
    return Object.entries(all)
      .filter(([k]) => k.startsWith('tab:'))
      .map(([, v]) => v);
  });
}

/** Wait until the background has a state for the page at `url` that satisfies `ok`. */
export async function waitForTabState(b: ExtensionBrowser, url: string, ok: (s: { status: string; saved: boolean }) => boolean = () => true, timeout = 15_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const s = (await tabStates(b)).find((x) => x.url === url && ok(x));
    if (s) return s;
    if (Date.now() > until) {
      const all = await tabStates(b);
      const last = all.find((x) => x.url === url);
      throw new Error(`no tab state for ${url} within ${timeout} ms${last ? `: last ${JSON.stringify({ ...last, article: undefined, record: undefined })}` : `; states for ${all.map((x) => `${x.tabId} ${x.url} ${x.status}`).join(', ')}`}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The collection as the background sees it (its IndexedDB). */
export async function collection(b: ExtensionBrowser): Promise<{ calls: any[]; articles: any[]; notes: any[] }> {
  return readInWorker(
    b,
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('dien-dam');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = ['calls', 'articles', 'notes'].filter((n) => idb.objectStoreNames.contains(n));
          if (!names.length) {
            idb.close();
            resolve({ calls: [], articles: [], notes: [] });
            return;
          }
          const tx = idb.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = { calls: [], articles: [], notes: [] };
          for (const n of names) {
            const req = tx.objectStore(n).getAll();
            req.onsuccess = () => (out[n] = req.result);
          }
          tx.oncomplete = () => {
            idb.close();
            resolve(out as never);
          };
        };
      }),
  );
}

export async function openPopup(b: ExtensionBrowser, tabId?: number): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${b.extensionId}/popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`);
  return page;
}

/** Screenshots are written here; the tests print the folder. */
export function screenshotDir(name: string): string {
  const dir = join(OUT, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
