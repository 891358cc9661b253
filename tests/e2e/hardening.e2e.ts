/**
 * Trust: hostile text stays text, the extension makes no network requests of its own, ten tabs
 * at once save each call once, a full storage gives a clear message and a retry, a stopped
 * service worker leaves no half-written records, and an update with a schema change keeps the data.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import {
  collection, EXTENSION, fixture, FIXTURE_PAGES, launchWithExtension, openPopup, PAGES_DIR, removeProfile, ROOT, screenshotDir,
  startNewsServer, waitForTabState, type ExtensionBrowser, type NewsServer, TEST_TIMEOUT, inWorker,
} from './harness';
import { SCHEMA_VERSION } from '../../lib/store/schema';

const shots = screenshotDir('hardening');
const HOSTILE_TITLE = 'Tổng thống Putin điện đàm <img src=x onerror="window.__pwned=1"> với <script>window.__pwned=2</script> Tổng thống Macron';

function hostilePage(): string {
  const html = readFileSync(join(PAGES_DIR, fixture('vov-putin-macron-2022-01-28.html').file), 'utf8');
  const escaped = HOSTILE_TITLE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return html
    .replace(/<h1 class="article-title">[\s\S]*?<\/h1>/, `<h1 class="article-title">${escaped}</h1>`)
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${escaped}</title>`)
    .replace(/<link rel="canonical" href="[^"]*"/, '<link rel="canonical" href="javascript:window.__pwned=3"');
}

describe('hardening', () => {
  let server: NewsServer;
  let b: ExtensionBrowser;
  const requests: Array<{ url: string; from: string }> = [];

  before(async () => {
    console.log(`screenshots: ${shots}`);
    server = await startNewsServer();
    b = await launchWithExtension();
    // Every request made from the extension's own contexts: its service worker and its pages.
    b.context.on('request', (r) => {
      const fromWorker = !!r.serviceWorker();
      const frameUrl = fromWorker ? '' : (() => { try { return r.frame().url(); } catch { return ''; } })();
      if (fromWorker || frameUrl.startsWith('chrome-extension://')) requests.push({ url: r.url(), from: fromWorker ? 'service worker' : frameUrl });
    });
  }, { timeout: TEST_TIMEOUT });
  after(async () => {
    await b?.close();
    await server?.close();
    if (b) removeProfile(b.profileDir);
  }, { timeout: TEST_TIMEOUT });

  it('keeps hostile text inert in the popup, the card and the collection', { timeout: TEST_TIMEOUT }, async () => {
    server.extra.set('vov.vn/the-gioi/hostile-post999.vov', hostilePage());
    const page = await b.context.newPage();
    const url = `http://vov.vn:${server.port}/the-gioi/hostile-post999.vov`;
    await page.goto(url);
    const state = (await waitForTabState(b, url, (s) => s.saved)) as { tabId: number };
    const popup = await openPopup(b, state.tabId);
    await popup.getByTestId('timeline').waitFor();
    const view = await b.context.newPage();
    await view.goto(`chrome-extension://${b.extensionId}/collection.html`);
    await view.getByTestId('call-row').first().waitFor();
    await view.getByTestId('collection-search').fill('hostile');
    for (const p of [popup, view, page]) {
      assert.equal(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, `script ran in ${p.url()}`);
      assert.equal(await p.locator('img[src="x"]').count(), 0);
    }
    // The extension's pages link only to web addresses (the news page has its own javascript: links).
    for (const p of [popup, view]) {
      const hrefs = await p.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      assert.ok(!hrefs.some((h) => /^\s*javascript:/i.test(h)), `javascript: link in ${p.url()}`);
    }
    // The card sits in the page, in its shadow root: no element came out of the title there either.
    assert.equal(await page.evaluate(() => document.querySelector('dien-dam-card')?.shadowRoot?.querySelectorAll('img, script').length ?? 0), 0);
    const { articles } = await collection(b);
    const saved = articles.find((a) => a.title.includes('<img'));
    assert.ok(saved, 'the title is kept as text');
    assert.ok(!/^javascript:/i.test(saved.canonicalUrl ?? ''), 'a javascript: canonical address is dropped');
    await popup.screenshot({ path: join(shots, 'popup-hostile.png'), fullPage: true });
    await Promise.all([popup.close(), view.close(), page.close()]);
  });

  it('saves each call exactly once when ten tabs open call articles at once', { timeout: TEST_TIMEOUT }, async () => {
    const calls = FIXTURE_PAGES.filter((p) => p.isCall);
    const urls = Array.from({ length: 10 }, (_, i) => server.urlOf(calls[i % calls.length]!));
    const pages = await Promise.all(urls.map(() => b.context.newPage()));
    await Promise.all(pages.map((p, i) => p.goto(urls[i]!)));
    for (const url of new Set(urls)) await waitForTabState(b, url, (s) => s.saved, 30_000);
    const { articles, calls: saved } = await collection(b);
    for (const p of calls) {
      const path = new URL(p.url).pathname;
      assert.equal(articles.filter((a) => a.url.includes(path)).length, 1, `${p.file} saved ${articles.filter((a) => a.url.includes(path)).length} times`);
    }
    const keys = saved.map((c) => c.callKey);
    assert.equal(new Set(keys).size, keys.length, 'a call saved twice');
    await Promise.all(pages.map((p) => p.close()));
  });

  it('makes no network request of its own', { timeout: TEST_TIMEOUT }, () => {
    const outside = requests.filter((r) => !r.url.startsWith(`chrome-extension://${b.extensionId}/`));
    assert.deepEqual(outside, [], 'requests from extension contexts that leave the extension');
  });

  it('reads a huge or absurdly deep call page as "not analysed", says why in the popup, and throws nothing into the page', { timeout: TEST_TIMEOUT }, async () => {
    const html = readFileSync(join(PAGES_DIR, fixture('vov-putin-macron-2022-02-03.html').file), 'utf8').replace(/<link rel="canonical"[^>]*>/, '');
    // 3 MB of article text in 50,000 paragraphs (the engine reads at most MAX_TEXT_CHARS =
    // 2,000,000 characters). One 3 MB paragraph would not do: Chromium itself takes minutes to lay it out.
    const huge = html.replace('</p>', `</p>${'<p>Hai bên điện đàm về tình hình Ukraine và hợp tác song phương.</p>'.repeat(50_000)}`);
    // 1,200 nested elements built by the page's own script (HTML parsing stops nesting at 512).
    const deep = html.replace('</body>', `<script>let n = document.querySelector('article') || document.body; for (let i = 0; i < 1200; i++) { const d = document.createElement('div'); n.appendChild(d); n = d; } n.textContent = 'điện đàm';</script></body>`);
    const cases = [
      { path: 'vov.vn/the-gioi/huge-post1001.vov', html: huge, reason: 'Trang quá lớn để phân tích' },
      { path: 'vov.vn/the-gioi/deep-post1002.vov', html: deep, reason: 'Trang lồng quá sâu để phân tích' },
    ];
    for (const c of cases) {
      server.extra.set(c.path, c.html);
      const page = await b.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        // The fixture's images are not served (404): the page's own network errors are not ours.
        if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) errors.push(m.text());
      });
      const url = `http://${c.path.replace('/', `:${server.port}/`)}`;
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      const state = (await waitForTabState(b, url, (x) => x.status !== undefined, 60_000)) as { tabId: number; status: string; reason?: string };
      assert.equal(state.status, 'not-analysed', JSON.stringify(state).slice(0, 300));
      assert.equal(state.reason, c.reason);
      // The page still works: its own script ran, its links are there.
      assert.ok(await page.locator('a').count() > 10);
      const popup = await openPopup(b, state.tabId);
      await popup.getByTestId('not-analysed').waitFor();
      assert.match(await popup.getByTestId('not-analysed').innerText(), new RegExp(c.reason));
      await popup.screenshot({ path: join(shots, `popup-not-analysed-${c.path.includes('huge') ? 'huge' : 'deep'}.png`), fullPage: true });
      assert.deepEqual(errors, [], 'errors in the page console');
      assert.equal((await collection(b)).articles.filter((a) => a.url.includes(c.path.split('/').pop()!)).length, 0, 'nothing saved');
      await Promise.all([popup.close(), page.close()]);
    }
  });

  it('tells the reader when storage is full, writes nothing, and saves on retry', { timeout: TEST_TIMEOUT }, async () => {
    const page = await b.context.newPage();
    // A copy of a call article under another address: a new article to save.
    server.extra.set('vov.vn/the-gioi/quota-copy-post1000.vov', readFileSync(join(PAGES_DIR, fixture('vov-putin-macron-2020-06-26.html').file), 'utf8').replace(/<link rel="canonical"[^>]*>/, ''));
    const copyUrl = `http://vov.vn:${server.port}/the-gioi/quota-copy-post1000.vov`;
    const before = await collection(b);
    // The disk is full: in the background's IndexedDB, the second write of a transaction fails the
    // way Chromium fails it (QuotaExceededError) — after a first write that must be rolled back.
    await inWorker(await b.worker(), () => {
      const g = globalThis as unknown as Record<string, unknown>;
      const proto = IDBObjectStore.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
      g.__realWrites = { put: proto.put, add: proto.add };
      let writes = 0;
      for (const name of ['put', 'add'] as const) {
        const real = proto[name]!;
        proto[name] = function (this: IDBObjectStore, ...args: unknown[]) {
          if (++writes >= 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return real.apply(this, args);
        };
      }
    });
    await page.goto(copyUrl);
    const state = (await waitForTabState(b, copyUrl, (s) => s.status === 'call')) as { tabId: number; saved: boolean; error?: { kind: string } };
    assert.equal(state.saved, false);
    assert.equal(state.error?.kind, 'quota');
    const badge = await inWorker(await b.worker(), (tabId) => chrome.action.getBadgeText({ tabId }), state.tabId);
    assert.equal(badge, '!');
    // Nothing half-written: the transaction's first write was rolled back.
    const during = await collection(b);
    assert.equal(during.articles.length, before.articles.length, 'an article was written');
    assert.equal(during.calls.length, before.calls.length, 'a call was written');
    const popup = await openPopup(b, state.tabId);
    await popup.getByText('Bộ nhớ đầy').first().waitFor();
    await popup.screenshot({ path: join(shots, 'popup-quota.png'), fullPage: true });
    // Room again: the retry button saves it.
    await inWorker(await b.worker(), () => {
      const real = (globalThis as unknown as { __realWrites?: Record<string, unknown> }).__realWrites;
      if (real) Object.assign(IDBObjectStore.prototype, real);
    });
    await popup.getByRole('button', { name: 'Thử lại' }).click();
    await popup.getByTestId('saved').waitFor();
    assert.ok((await collection(b)).articles.some((a) => a.url.includes('quota-copy')));
    await Promise.all([popup.close(), page.close()]);
  });

  it('leaves no half-written records when the service worker is stopped during saves', { timeout: TEST_TIMEOUT }, async () => {
    const page = await b.context.newPage();
    const cdp = await b.context.newCDPSession(page);
    const files = FIXTURE_PAGES.filter((p) => p.isCall).map((p) => p.file);
    for (let i = 0; i < files.length; i++) {
      const html = readFileSync(join(PAGES_DIR, files[i]!), 'utf8').replace(/<link rel="canonical"[^>]*>/, '');
      server.extra.set(`vov.vn/the-gioi/stop-${i}-post2000.vov`, html);
    }
    const tabs = await Promise.all(files.map(() => b.context.newPage()));
    await Promise.all(tabs.map((t, i) => t.goto(`http://vov.vn:${server.port}/the-gioi/stop-${i}-post2000.vov`)));
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const { articles, calls } = await collection(b);
    // Every saved article belongs to a call, every call to an article it reports or mentions.
    const ids = new Set(articles.map((a) => a.id));
    for (const c of calls) {
      assert.ok(c.articleIds.length + c.mentionedIn.length > 0, 'a call with no article');
      for (const id of [...c.articleIds, ...c.mentionedIn]) assert.ok(ids.has(id), 'a call pointing to a missing article');
    }
    for (const a of articles) assert.ok(calls.some((c) => c.articleIds.includes(a.id) || c.mentionedIn.includes(a.id)), 'an article with no call');
    // Reloading saves what the stop interrupted.
    await Promise.all(tabs.map((t) => t.reload()));
    for (let i = 0; i < files.length; i++) await waitForTabState(b, `http://vov.vn:${server.port}/the-gioi/stop-${i}-post2000.vov`, (s) => s.saved, 30_000);
    await Promise.all([...tabs.map((t) => t.close()), page.close()]);
  });
});

describe('an update with a schema change', () => {
  it('keeps every record when version N+1 replaces version N in the same profile', { timeout: TEST_TIMEOUT }, async () => {
    const server = await startNewsServer();
    // The installed extension lives in one folder: its id comes from that path.
    const installed = mkdtempSync(join(tmpdir(), 'dien-dam-installed-'));
    // Whatever fails, the browser, the server and the folders go (an open server would keep the file running).
    let b: ExtensionBrowser | undefined;
    let profile: string | undefined;
    try {
      cpSync(EXTENSION, installed, { recursive: true });
      b = await launchWithExtension({ extensionPath: installed });
      profile = b.profileDir;
      let last: { tabId: number } | null = null;
      for (const p of FIXTURE_PAGES.filter((x) => x.isCall)) {
        const page = await b.context.newPage();
        const url = server.urlOf(p);
        await page.goto(url);
        last = (await waitForTabState(b, url, (s) => s.saved)) as { tabId: number };
        // The last page stays open: the popup is opened on it (a closed tab's state is dropped).
        if (p !== FIXTURE_PAGES.filter((x) => x.isCall).at(-1)) await page.close();
      }
      const popup = await openPopup(b, last!.tabId);
      await popup.getByTestId('note').fill('ghi chú trước khi cập nhật');
      await popup.getByTestId('note-status').filter({ hasText: /Đã lưu/ }).waitFor();
      const before = await collection(b);
      await b.close();

      // Version N+1: the same code with one more schema version (a new index and an upgrade that marks every article).
      const next = buildWithSchemaBump();
      rmSync(installed, { recursive: true, force: true });
      cpSync(next, installed, { recursive: true });
      b = await launchWithExtension({ profileDir: profile, extensionPath: installed });
      const view = await b.context.newPage();
      await view.goto(`chrome-extension://${b.extensionId}/collection.html`);
      await view.getByTestId('call-row').first().waitFor();
      const afterwards = await collection(b);
      assert.equal(afterwards.calls.length, before.calls.length);
      assert.equal(afterwards.articles.length, before.articles.length);
      assert.deepEqual(afterwards.notes.map((n) => n.text), before.notes.map((n) => n.text));
      for (const c of before.calls) assert.deepEqual(afterwards.calls.find((x) => x.id === c.id), c);
      assert.ok(afterwards.articles.every((a) => a.upgradedByTestVersion === true), 'the upgrade function ran');
      const version = await inWorker(await b.worker(), () => new Promise<number>((resolve) => {
        const r = indexedDB.open('dien-dam');
        r.onsuccess = () => { resolve(r.result.version); r.result.close(); };
      }));
      assert.equal(version, (SCHEMA_VERSION + 1) * 10, 'the database is at the new version'); // Dexie stores version × 10
      await view.close();
    } finally {
      await b?.close().catch(() => undefined);
      await server.close();
      if (profile) removeProfile(profile);
      rmSync(installed, { recursive: true, force: true });
    }
  });
});

/** Build the extension from a copy of the sources with one more schema version appended. */
function buildWithSchemaBump(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dien-dam-next-'));
  for (const entry of ['package.json', 'wxt.config.ts', 'tsconfig.json', 'entrypoints', 'components', 'utils', 'lib', 'assets']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const schema = join(dir, 'lib/store/schema.ts');
  const source = readFileSync(schema, 'utf8');
  // One more version after the last one declared: a new table and an upgrade that marks every article.
  const last = Math.max(...[...source.matchAll(/\{ version: (\d+),/g)].map((m) => Number(m[1])));
  const bumped = source.replace(
    /(\n\];\n\n\/\*\* The current version)/,
    `\n  { version: ${last + 1}, stores: { testMarks: '++id' }, upgrade: (tx) => tx.table('articles').toCollection().modify((a) => { a.upgradedByTestVersion = true; }) },$1`,
  );
  assert.notEqual(bumped, source, 'the schema could not be bumped');
  writeFileSync(schema, bumped);
  // ~20 s; bounded so that a stuck build fails this test rather than holding the run.
  const r = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: dir, encoding: 'utf8', timeout: 5 * 60_000 });
  assert.equal(r.status, 0, r.stderr);
  return join(dir, '.output/chrome-mv3');
}
