/**
 * List and search pages (Chromium, Vietnamese): the popup offers the page's call teasers as a
 * checklist, the saved ones shown as saved; saving the ticked ones stores exactly the calls (merged
 * with the one saved before), skips and reports a 404, a request that times out and a page that is
 * no article; cancel leaves no half-written record; every request goes to the list page's host,
 * without cookies; "Tìm các cuộc gọi trước" opens the site's search, whose checklist takes over.
 * Pages of our own making (tests/fixtures/listing) linking to the article fixtures, served under
 * vov.vn and cafef.vn. Screenshots in tests/e2e/out/listing.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  collection, FIXTURE_PAGES, fixture, launchWithExtension, openPopup, PAGES_DIR, removeProfile, ROOT, screenshotDir, TEST_TIMEOUT, waitForTabState,
  type ExtensionBrowser,
} from './harness';

const LISTING_DIR = join(ROOT, 'tests/fixtures/listing');
const shots = screenshotDir('listing');
/** Bound on a wait for the UI. */
const UI = { timeout: 15_000 };
/** A whole save run: a 15 s time limit on one article and a pause of 1.2 s between articles. */
const RUN = { timeout: 90_000 };
/** The article that never answers (held past the extension's 15 s time limit). */
const HUNG = '/the-gioi/thu-tuong-nhat-ban-dien-dam-voi-thu-tuong-australia-post990002.vov';
const HUNG_MS = 25_000;

const LISTING_PAGES: Record<string, string> = {
  'vov.vn/the-gioi/ngoai-giao': 'vov-list-ngoai-giao.html',
  'vov.vn/search': 'vov-search-putin-macron.html',
  'vov.vn/the-gioi/video-toan-canh-cuoc-dien-dam-giua-lanh-dao-hai-nuoc-post990003.vov': 'vov-video-990003.html',
  'cafef.vn/thoi-su-quoc-te.chn': 'cafef-list-thoi-su-quoc-te.html',
  'cafef.vn/tim-kiem.chn': 'cafef-search-trump-tap.html',
};

interface Served {
  host: string;
  path: string;
  cookie: string | undefined;
  at: number;
}

let server: Server;
let port = 0;
const served: Served[] = [];
let b: ExtensionBrowser;

function startServer(): Promise<void> {
  const routes = new Map<string, string>();
  for (const p of FIXTURE_PAGES) {
    const u = new URL(p.url);
    routes.set(`${u.hostname}${u.pathname}`, join(PAGES_DIR, p.file));
  }
  for (const [route, file] of Object.entries(LISTING_PAGES)) routes.set(route, join(LISTING_DIR, file));
  server = createServer((req, res) => {
    const headers: IncomingHttpHeaders = req.headers;
    const host = (headers.host ?? '').split(':')[0]!;
    const path = (req.url ?? '/').split('?')[0]!;
    served.push({ host, path, cookie: headers.cookie, at: Date.now() });
    if (path === HUNG) {
      const timer = setTimeout(() => res.end(), HUNG_MS);
      req.on('close', () => clearTimeout(timer));
      return;
    }
    const file = routes.get(`${host}${path}`);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>404</title><h1>Không tìm thấy trang</h1>');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'set-cookie': 'reader=1; Path=/' });
    res.end(readFileSync(file, 'utf8'));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      port = (server.address() as { port: number }).port;
      resolve();
    }),
  );
}

const urlOf = (address: string) => {
  const u = new URL(address);
  return `http://${u.hostname}:${port}${u.pathname}${u.search}`;
};

/** A list page in a tab, and its tab's id (from the state its content script reported). */
async function openList(address: string): Promise<{ page: Page; tabId: number; url: string }> {
  const page = await b.context.newPage();
  const url = urlOf(address);
  await page.goto(url, { waitUntil: 'load' });
  const state = (await waitForTabState(b, url)) as { tabId: number };
  return { page, tabId: state.tabId, url };
}

async function checklist(popup: Page) {
  await popup.getByTestId('listing-title').waitFor(UI);
  return popup.getByTestId('listing-item').evaluateAll((rows) =>
    rows.map((r) => ({
      url: r.getAttribute('data-url') ?? '',
      title: r.querySelector('.listing-headline')?.textContent ?? '',
      checked: (r.querySelector('input[type=checkbox]') as HTMLInputElement).checked,
      saved: !!r.querySelector('[data-testid="listing-saved"]'),
      outcome: r.querySelector('[data-testid="listing-outcome"]')?.getAttribute('data-state') ?? null,
      outcomeText: r.querySelector('[data-testid="listing-outcome"]')?.textContent ?? null,
    })),
  );
}

const id = (url: string) => /post(\d+)\.vov$|-(\d+)\.chn$/.exec(url)?.slice(1).find(Boolean) ?? url;

/** Calls reported by an article (not only mentioned), with their articles' addresses. */
async function reportedCalls() {
  const { calls, articles } = await collection(b);
  const byId = new Map(articles.map((a) => [a.id, a]));
  return {
    calls: calls.filter((c) => !c.mentioned).map((c) => ({ id: c.id, articles: c.articleIds.map((a: number) => id(byId.get(a)?.url ?? '?')).sort() })),
    articles,
    allCalls: calls,
  };
}

describe('list and search pages (Chromium)', { timeout: 10 * 60_000 }, () => {
  before(async () => {
    console.log(`screenshots: ${shots}`);
    await startServer();
    b = await launchWithExtension({ otherHostsFail: true });
    // Saved before: the reader read this call article (the collection saves it on its own).
    const page = await b.context.newPage();
    const url = urlOf(FIXTURE_PAGES.find((p) => p.file === 'vov-putin-macron-2022-01-28.html')!.url);
    await page.goto(url, { waitUntil: 'load' });
    await waitForTabState(b, url, (s) => s.status === 'call' && s.saved);
    await page.close();
  });
  after(async () => {
    await b?.close();
    if (b) removeProfile(b.profileDir);
    await new Promise<void>((resolve) => {
      server?.close(() => resolve());
      server?.closeAllConnections();
    });
  });

  it('offers the call teasers of a vov.vn category page, the saved one as saved, and marks them in the page', { timeout: TEST_TIMEOUT }, async () => {
    const { page, tabId } = await openList('https://vov.vn/the-gioi/ngoai-giao');
    const popup = await openPopup(b, tabId);
    const rows = await checklist(popup);
    assert.equal(await popup.getByTestId('listing-title').textContent(), '8 bài có thể là cuộc gọi');
    assert.equal(await popup.getByTestId('not-call').count(), 0);
    assert.deepEqual(rows.map((r) => id(r.url)), ['923310', '921845', '641875', '990001', '990002', '990003', '918630', '918790']);
    // Already in the collection: shown as saved, not ticked; every other one ticked.
    assert.deepEqual(rows.filter((r) => r.saved).map((r) => id(r.url)), ['921845']);
    assert.deepEqual(rows.filter((r) => !r.checked).map((r) => id(r.url)), ['921845']);
    assert.equal(await popup.getByTestId('listing-save').textContent(), 'Lưu 7 bài');
    await popup.screenshot({ path: join(shots, 'vov-list-popup.png'), fullPage: true });
    // In the page: the call headlines underlined through the highlight registry, the page's DOM untouched.
    const marked = await page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('dien-dam-teaser') ?? [])].map((r) => r.toString()));
    assert.ok(marked.includes('Nga và Pháp điện đàm lần thứ ba chỉ trong vài ngày, bàn về an ninh châu Âu'), marked.join(' | '));
    assert.ok(!marked.some((t) => /hội đàm tại Hà Nội|điện mừng|lúa mì/.test(t)), marked.join(' | '));
    await page.evaluate(() => window.scrollTo(0, 350));
    await page.screenshot({ path: join(shots, 'vov-list-page-marked.png') });
    await popup.close();
    await page.close();
  });

  it('saves exactly the calls, merges the one saved before, and skips a 404, a timeout and a page that is no article; only the page’s host is asked, without cookies', { timeout: TEST_TIMEOUT }, async () => {
    const { page, tabId } = await openList('https://vov.vn/the-gioi/ngoai-giao');
    const popup = await openPopup(b, tabId);
    await checklist(popup);
    // The saved one too: it is read again and merged into the call saved before.
    await popup.locator('[data-testid="listing-item"][data-url$="post921845.vov"] input').check();
    const requests: string[] = [];
    const record = (r: { url(): string }) => requests.push(r.url());
    b.context.on('request', record);
    const start = Date.now();
    await popup.getByTestId('listing-save').click();
    await popup.getByTestId('listing-cancel').waitFor(UI);
    await popup.waitForTimeout(1500);
    await popup.screenshot({ path: join(shots, 'vov-list-progress.png'), fullPage: true });
    await popup.getByTestId('listing-summary').waitFor(RUN);
    b.context.off('request', record);
    const summary = await popup.getByTestId('listing-summary').textContent();
    assert.equal(summary, 'Thêm 2, gộp 1, bỏ qua 5 (1 không phải cuộc gọi, 4 lỗi tải).');
    const rows = await checklist(popup);
    assert.deepEqual(Object.fromEntries(rows.map((r) => [id(r.url), r.outcome])), {
      '923310': 'added', '921845': 'merged', '641875': 'added', '990001': 'failed', '990002': 'failed', '990003': 'not-call', '918630': 'failed', '918790': 'failed',
    });
    assert.match(rows.find((r) => id(r.url) === '990001')!.outcomeText!, /404/);
    assert.match(rows.find((r) => id(r.url) === '990002')!.outcomeText!, /quá thời gian/);
    // What failed stays ticked, to try again; the rest is done.
    assert.deepEqual(rows.filter((r) => r.checked).map((r) => id(r.url)), ['990001', '990002', '918630', '918790']);
    // The saved ones, in a popup opened afresh: shown as saved (with what the run did to them).
    const again = await openPopup(b, tabId);
    const fresh = await checklist(again);
    assert.deepEqual(fresh.filter((r) => r.saved || r.outcome === 'added' || r.outcome === 'merged').map((r) => id(r.url)), ['923310', '921845', '641875']);
    await again.close();
    await popup.screenshot({ path: join(shots, 'vov-list-summary.png'), fullPage: true });

    const { calls, articles } = await reportedCalls();
    assert.deepEqual(calls.map((c) => c.articles).sort(), [['641875'], ['921845'], ['923310']]);
    assert.equal(articles.filter((a) => /990\d{3}|91863|91879/.test(a.url ?? '')).length, 0);
    // Requests: the articles only, one at a time, to vov.vn (the list page's host), no cookie sent.
    const fetched = served.filter((s) => s.at >= start);
    assert.ok(fetched.length >= 8, JSON.stringify(fetched));
    assert.deepEqual([...new Set(fetched.map((s) => s.host))], ['vov.vn']);
    assert.ok(fetched.every((s) => s.cookie === undefined), JSON.stringify(fetched.filter((s) => s.cookie)));
    assert.deepEqual([...new Set(requests.filter((u) => /^https?:/.test(u)).map((u) => new URL(u).hostname))], ['vov.vn']);
    await popup.close();
    await page.close();
  });

  it('cancel stops the run: the article being read is not saved, nothing is half-written; markup in a headline is shown as text', { timeout: TEST_TIMEOUT }, async () => {
    const { page, tabId } = await openList('https://cafef.vn/thoi-su-quoc-te.chn');
    const popup = await openPopup(b, tabId);
    const rows = await checklist(popup);
    assert.deepEqual(rows.map((r) => id(r.url)), ['188250920064512318', '188260107212512345', '188990101000000001', '188250606072051051', '188250716210577814']);
    assert.equal(rows[2]!.title, '<img src=x onerror="alert(1)"><b>Lãnh đạo hai nước điện đàm</b> trực tuyến');
    assert.equal(await popup.locator('.listing img, .listing b, .listing script').count(), 0);
    await popup.screenshot({ path: join(shots, 'cafef-list-popup.png'), fullPage: true });
    const before = await collection(b);
    await popup.getByTestId('listing-save').click();
    // The first article saved, then cancel (in the pause before the second, or during its request).
    await popup.locator('[data-testid="listing-outcome"][data-state="added"]').first().waitFor(RUN);
    await popup.getByTestId('listing-cancel').click();
    await popup.getByTestId('listing-summary').waitFor(UI);
    assert.match((await popup.getByTestId('listing-summary').textContent()) ?? '', /^Thêm 1, gộp 0, bỏ qua 0\. Đã huỷ/);
    await popup.screenshot({ path: join(shots, 'cafef-list-cancelled.png'), fullPage: true });
    // Nothing more comes in after the cancel.
    await popup.waitForTimeout(3000);
    const after = await collection(b);
    const added = after.articles.filter((a) => !before.articles.some((x) => x.id === a.id));
    assert.deepEqual(added.map((a) => id(a.url)), ['188250920064512318']);
    // No half-written record: every article has its call, every call's articles exist.
    const ids = new Set(after.articles.map((a) => a.id));
    for (const c of after.calls) for (const a of [...c.articleIds, ...c.mentionedIn]) assert.ok(ids.has(a), `call ${c.id} → article ${a}`);
    for (const a of after.articles) assert.ok(after.calls.some((c) => c.articleIds.includes(a.id) || c.mentionedIn.includes(a.id)), `article ${a.id} without a call`);
    await popup.close();
    await page.close();
  });

  it('"Tìm các cuộc gọi trước" opens vov.vn’s search for the pair, whose checklist saves the earlier calls', { timeout: TEST_TIMEOUT }, async () => {
    const article = await b.context.newPage();
    const articleUrl = urlOf(fixture('vov-putin-macron-2022-01-28.html').url);
    await article.goto(articleUrl, { waitUntil: 'load' });
    const state = (await waitForTabState(b, articleUrl, (s) => s.status === 'call')) as { tabId: number };
    const popup = await openPopup(b, state.tabId);
    await popup.getByTestId('search-earlier').waitFor(UI);
    await popup.screenshot({ path: join(shots, 'popup-search-earlier.png'), fullPage: true });
    // The new tab asks for the site's own https address (the test server answers plain http on its port).
    const asked = b.context.waitForEvent('request', { predicate: (r) => r.url().startsWith('https://vov.vn/search'), ...UI });
    await popup.getByTestId('search-earlier').click();
    const searchUrl = (await asked).url();
    assert.equal(searchUrl, `https://vov.vn/search?keyword=${encodeURIComponent('Vladimir Putin Emmanuel Macron điện đàm')}`);
    for (const p of b.context.pages()) if (p.url().startsWith('chrome-error:') || p.url().startsWith('https://vov.vn/search')) await p.close().catch(() => undefined);
    await popup.close();
    // That search, as the test server serves it.
    const { page, tabId } = await openList(searchUrl);
    const list = await openPopup(b, tabId);
    const rows = await checklist(list);
    assert.deepEqual(rows.map((r) => id(r.url)), ['923310', '921845', '786214', '646312', '918630', '918790']);
    assert.deepEqual(rows.filter((r) => r.saved).map((r) => id(r.url)), ['923310', '921845']);
    await list.getByText('Bỏ chọn').click();
    for (const n of ['786214', '646312']) await list.locator(`[data-testid="listing-item"][data-url$="post${n}.vov"] input`).check();
    await list.getByTestId('listing-save').click();
    await list.getByTestId('listing-summary').waitFor(RUN);
    assert.equal(await list.getByTestId('listing-summary').textContent(), 'Thêm 2, gộp 0, bỏ qua 0.');
    await list.screenshot({ path: join(shots, 'vov-search-summary.png'), fullPage: true });
    const { calls } = await reportedCalls();
    assert.deepEqual(calls.map((c) => c.articles).sort(), [['641875'], ['646312'], ['786214'], ['921845'], ['923310'], ['188250920064512318']].sort());
    await list.close();
    await page.close();
    await article.close();
  });

  it('cafef.vn search page: its call teasers, the saved one as saved', { timeout: TEST_TIMEOUT }, async () => {
    const { page, tabId } = await openList('https://cafef.vn/tim-kiem.chn?keywords=Donald%20Trump%20T%E1%BA%ADp%20C%E1%BA%ADn%20B%C3%ACnh%20%C4%91i%E1%BB%87n%20%C4%91%C3%A0m');
    const popup = await openPopup(b, tabId);
    const rows = await checklist(popup);
    assert.deepEqual(rows.map((r) => [id(r.url), r.saved]), [['188250920064512318', true], ['188250606072051051', false], ['188250716210577814', false]]);
    await popup.screenshot({ path: join(shots, 'cafef-search-popup.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  it('the popup of an article or of a page of another site shows no checklist', { timeout: TEST_TIMEOUT }, async () => {
    const page = await b.context.newPage();
    const url = urlOf(fixture('vov-non-call-visit.html').url);
    await page.goto(url, { waitUntil: 'load' });
    const state = (await waitForTabState(b, url)) as { tabId: number };
    const popup = await openPopup(b, state.tabId);
    await popup.getByTestId('not-call').waitFor(UI);
    await popup.waitForTimeout(500);
    // Still there: the notice is left out only where a checklist takes its place.
    assert.equal(await popup.getByTestId('not-call').count(), 1);
    assert.equal(await popup.getByTestId('listing').count(), 0);
    assert.equal(await popup.getByTestId('listing-none').count(), 0);
    await popup.close();
    await page.close();
  });
});
