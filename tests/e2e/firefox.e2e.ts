/**
 * The Firefox build (.output/firefox-mv2, built here first) in Debian's Firefox ESR, driven by
 * puppeteer-core over WebDriver BiDi: a vov.vn call article is recognised, saved to the
 * collection, highlighted in the page with its card; the card opens the record in the collection
 * page; the collection and the popup list it; a site switched on in the settings gets its
 * permission (optional_permissions) and the content script registered for it; a vov.vn list page's
 * call teasers are offered in the popup and the ticked ones saved, asked of vov.vn alone and without
 * the site's cookie. Screenshots in tests/e2e/out/firefox.
 *
 * Fails at once, saying what to install, when /usr/bin/firefox-esr (or FIREFOX_PATH) is missing
 * (npm test installs it when it runs as root with apt-get, as .ci/run does).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fixture, LAUNCH_TIMEOUT, PAGES_DIR, ROOT, screenshotDir, startNewsServer, type NewsServer, TEST_TIMEOUT } from './harness';
import { firefoxPath, instructions, isExecutable, missingBrowsers } from '../helpers/browsers';

/** The extension APIs of an extension page (moz-extension://), as seen from page.evaluate. */
declare const browser: any;

const FIREFOX = firefoxPath();
const EXTENSION = join(ROOT, '.output/firefox-mv2');
/** The extension's internal UUID, fixed through a pref so that its pages have a known address. */
const UUID = '6f1d2c3b-8a4e-4b7f-9c51-2d0e7a9b3f68';
const ARTICLE = 'vov-putin-macron-2017-05-18.html';
const WAIT = { timeout: 20_000 };

let server: NewsServer;
let firefox: Browser;
let addonId: string;
let articleUrl: string;
let article: Page;
let shots: string;
let downloads: string;

/** The highlighted texts by category: CSS Custom Highlight API where Firefox has it, else the <dien-dam-mark> elements. */
async function highlights(page: Page): Promise<{ mode: string; byCategory: Record<string, string[]> }> {
  return page.evaluate(() => {
    const byCategory: Record<string, string[]> = {};
    const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Iterable<Range>> } }).CSS?.highlights;
    if (registry) {
      for (const [name, h] of registry) if (name.startsWith('dien-dam-')) byCategory[name.slice('dien-dam-'.length)] = [...h].map((r) => r.toString());
      return { mode: 'css-highlights', byCategory };
    }
    for (const m of Array.from(document.querySelectorAll('dien-dam-mark'))) (byCategory[m.getAttribute('data-category') ?? '?'] ??= []).push(m.textContent ?? '');
    return { mode: 'elements', byCategory };
  });
}

/**
 * The tab that `open` makes the browser open on one of the extension's pages. WebDriver BiDi does
 * not report navigations to moz-extension:// addresses (puppeteer keeps saying about:blank, and
 * refuses to go there itself), so the page's own location is asked until it is the one expected.
 */
async function extensionTab(open: () => Promise<unknown>, path: string): Promise<Page> {
  const known = new Set(firefox.targets());
  const created = firefox.waitForTarget((t) => t.type() === 'page' && !known.has(t), WAIT);
  await open();
  const page = (await (await created).page())!;
  const want = `moz-extension://${UUID}/${path}`;
  const until = Date.now() + WAIT.timeout;
  for (let href = ''; !href.startsWith(want); await new Promise((r) => setTimeout(r, 100))) {
    if (Date.now() > until) throw new Error(`no tab at ${want} (last: ${href})`);
    href = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
  }
  return page;
}

/** Open one of the extension's pages in a new tab, from another of its pages. */
function openFrom(extensionPage: Page, path: string): Promise<Page> {
  return extensionTab(() => extensionPage.evaluate((url) => browser.tabs.create({ url }), `/${path}`), path);
}

/** Everything in the extension's IndexedDB, read from one of its own pages. */
async function storedCollection(page: Page): Promise<{ calls: any[]; articles: any[] }> {
  return page.evaluate(
    () =>
      new Promise<{ calls: any[]; articles: any[] }>((resolve, reject) => {
        const open = indexedDB.open('dien-dam');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(['calls', 'articles'], 'readonly');
          const out = { calls: [] as any[], articles: [] as any[] };
          const calls = tx.objectStore('calls').getAll();
          calls.onsuccess = () => (out.calls = calls.result);
          const articles = tx.objectStore('articles').getAll();
          articles.onsuccess = () => (out.articles = articles.result);
          tx.oncomplete = () => {
            idb.close();
            resolve(out);
          };
        };
      }),
  );
}

describe('the extension in Firefox', () => {
  before(async () => {
    // A missing browser fails every test of this file at once, with what to install.
    assert.ok(isExecutable(FIREFOX), instructions(missingBrowsers().filter((m) => m.browser === 'firefox')));
    // The Firefox build of the current sources (npm test builds it too; this file also runs alone).
    // ~20 s; bounded so that a stuck build fails this file rather than holding the run.
    const build = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: ROOT, encoding: 'utf8', timeout: 5 * 60_000 });
    assert.equal(build.status, 0, `wxt build -b firefox failed:\n${build.error?.message ?? ''}\n${build.stdout}\n${build.stderr}`);
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));
    addonId = manifest.browser_specific_settings.gecko.id;
    shots = screenshotDir('firefox');
    downloads = mkdtempSync(join(tmpdir(), 'dien-dam-firefox-downloads-'));
    console.log(`screenshots: ${shots}`);
    server = await startNewsServer();
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      timeout: LAUNCH_TIMEOUT,
      // Each WebDriver BiDi call (an evaluate in a page that never answers) is bounded by puppeteer's
      // protocolTimeout (180 s by default), each test by TEST_TIMEOUT.
      headless: true,
      extraPrefsFirefox: {
        // vov.vn and cafef.vn resolve to this machine; the fixture server's port stays in the URL.
        'network.dns.localDomains': 'vov.vn,cafef.vn,baoquocte.vn',
        // Optional host permissions are granted without the browser's prompt (which a test cannot click).
        'extensions.webextOptionalPermissionPrompts': false,
        // Downloads go straight to a folder of the test's own.
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: UUID }),
      },
    });
  }, { timeout: TEST_TIMEOUT });
  after(async () => {
    await firefox?.close();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  }, { timeout: TEST_TIMEOUT });

  it('installs the build under its stable add-on id', { timeout: TEST_TIMEOUT }, async () => {
    assert.match(addonId, /^dien-dam@/);
    assert.equal(await firefox.installExtension(EXTENSION), addonId);
  });

  it('recognises a vov.vn call article and highlights its facts in the page', { timeout: TEST_TIMEOUT }, async () => {
    article = await firefox.newPage();
    await article.setViewport({ width: 1280, height: 900 });
    articleUrl = server.urlOf(fixture(ARTICLE));
    await article.goto(articleUrl, { waitUntil: 'load' });
    // The gate ran in the content script and the background injected the engine.
    await article.waitForFunction(() => performance.getEntriesByType('mark').some((m) => m.name === 'dien-dam:engine'), WAIT);
    await article.waitForFunction(
      () => ((globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights?.size ?? 0) > 0 || document.querySelector('dien-dam-mark') !== null,
      WAIT,
    );
    const { mode, byCategory: h } = await highlights(article);
    console.log(`highlighting mode in Firefox: ${mode}`);
    assert.ok(h.participant?.includes('Tổng thống Nga Vladimir Putin'), JSON.stringify(h.participant));
    assert.ok(h.participant?.some((t) => /Macron/.test(t)), JSON.stringify(h.participant));
    assert.deepEqual(h.date, ['hôm qua (18/5)']);
    assert.ok(h.call?.includes('điện đàm'), JSON.stringify(h.call));
    assert.ok(h.topic?.includes('Ukraine') && h.topic.includes('Syria'), JSON.stringify(h.topic));
    assert.ok(h.initiator?.some((t) => t.startsWith('theo đề nghị của phía Nga')), JSON.stringify(h.initiator));
    if (mode === 'css-highlights') {
      // The colours are there too: the ::highlight() rules in the sheet the extension adopted.
      const rules = await article.evaluate(() => document.adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules, (r) => r.cssText)).join('\n'));
      assert.match(rules, /::highlight\(dien-dam-participant\)/);
    }
    // The card under the headline, with the participants.
    const summary = await article.waitForSelector('dien-dam-card >>> [data-testid="card-summary"]', WAIT);
    assert.match((await summary!.evaluate((e) => e.textContent)) ?? '', /Putin/);
    await article.screenshot({ path: join(shots, 'article.png') });
  });

  it('saves the call and opens its record from the card in the collection page', { timeout: TEST_TIMEOUT }, async () => {
    // The card's "open" button appears once the background replied that the call is saved.
    const open = await article.waitForSelector('dien-dam-card >>> [data-testid="card-open"]', WAIT);
    const view = await extensionTab(() => open!.click(), 'collection.html?call=');
    const callId = Number(new URL(await view.evaluate(() => location.href)).searchParams.get('call'));
    assert.ok(callId > 0);

    // Saved: the call and its article in the extension's IndexedDB.
    const { calls, articles } = await storedCollection(view);
    const call = calls.find((c) => c.id === callId);
    assert.ok(call, `call ${callId} not stored: ${JSON.stringify(calls.map((c) => c.id))}`);
    assert.equal(call.eventDate, '2017-05-18');
    assert.equal(call.kind, 'phone');
    assert.ok(call.participantKeys.includes('vladimir-putin') && call.participantKeys.includes('emmanuel-macron'), JSON.stringify(call.participantKeys));
    assert.equal(articles.length, 1);
    assert.equal(new URL(articles[0].url).pathname, new URL(fixture(ARTICLE).url).pathname);

    // The record as the collection page shows it.
    const detail = await view.waitForSelector('[data-testid="call-detail"]', WAIT);
    const text = (await detail!.evaluate((e) => (e as HTMLElement).innerText)) ?? '';
    assert.match(text, /Vladimir Putin/);
    assert.match(text, /Emmanuel Macron/);
    await view.screenshot({ path: join(shots, 'record.png'), fullPage: true });

    // The collection's list.
    const list = await openFrom(view, 'collection.html');
    await list.waitForFunction((id) => document.querySelector(`[data-testid="call-row"][data-call-id="${id}"]`) !== null, WAIT, callId);
    const row = await list.$eval(`[data-testid="call-row"][data-call-id="${callId}"]`, (e) => (e as HTMLElement).innerText);
    assert.match(row, /Putin/);
    assert.match(row, /Macron/);
    await list.screenshot({ path: join(shots, 'collection.png'), fullPage: true });

    // The export downloads a file (a Blob link, no downloads permission) in Firefox too.
    await (await list.waitForSelector('[data-testid="export-json"]', WAIT))!.click();
    // Firefox makes the file first and fills it from a .part file: wait until it reads as JSON.
    const until = Date.now() + WAIT.timeout;
    let data: { format?: string; calls: Array<{ eventDate: string }> } | null = null;
    while (!data) {
      const file = readdirSync(downloads).find((f) => f.endsWith('.json'));
      try {
        if (file) data = JSON.parse(readFileSync(join(downloads, file), 'utf8'));
      } catch {
        // not complete yet
      }
      assert.ok(data || Date.now() < until, `no JSON file downloaded to ${downloads}: ${readdirSync(downloads).join(', ')}`);
      if (!data) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(data.format, 'dien-dam-export');
    assert.deepEqual(data.calls.map((c) => c.eventDate), ['2017-05-18']);

    // The charts: one call, one bar, the France–Russia edge; the network saved as PNG (an SVG drawn on a canvas).
    await list.waitForSelector('[data-testid="network-edge"][data-pair="FR|RU"]', WAIT);
    assert.deepEqual(await list.$$eval('[data-testid="timeline-bar"]', (els) => els.filter((e) => e.getAttribute('data-total') !== '0').map((e) => e.getAttribute('data-start'))), ['2017-05-15']);
    await (await list.waitForSelector('[data-testid="save-network-png"]', WAIT))!.click();
    const pngUntil = Date.now() + WAIT.timeout;
    let png: Buffer | null = null;
    while (!png) {
      const file = readdirSync(downloads).find((f) => /^dien-dam-\d{4}-\d{2}-\d{2}-network\.png$/.test(f));
      const bytes = file ? readFileSync(join(downloads, file)) : null;
      // Complete once its last chunk (IEND) is there.
      if (bytes && bytes.subarray(-8, -4).toString('latin1') === 'IEND') png = bytes;
      assert.ok(png || Date.now() < pngUntil, `no chart PNG downloaded to ${downloads}: ${readdirSync(downloads).join(', ')}`);
      if (!png) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    await (await list.$('[data-testid="charts"]'))!.screenshot({ path: join(shots, 'charts.png') });

    // The popup of the article's tab: the record, marked as saved.
    const tabId = await list.evaluate(async (url) => ((await browser.tabs.query({})) as Array<{ id: number; url?: string }>).find((t) => t.url === url)?.id, articleUrl);
    assert.ok(typeof tabId === 'number', 'the article tab is not visible to the extension');
    // The toolbar button (browser_action in Firefox's MV2) carries the "saved" badge on that tab.
    assert.equal(await list.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId), '✓');
    const popup = await openFrom(list, `popup.html?tabId=${tabId}`);
    await popup.setViewport({ width: 400, height: 600 });
    await popup.waitForSelector('[data-testid="saved"]', WAIT);
    const participants = await popup.$eval('[data-testid="participants"]', (e) => (e as HTMLElement).innerText);
    assert.match(participants, /Vladimir Putin/);
    assert.match(participants, /Emmanuel Macron/);
    await popup.screenshot({ path: join(shots, 'popup.png'), fullPage: true });
    await Promise.all([popup.close(), list.close(), view.close()]);
  });

  it('does not save the article twice when it is read again', { timeout: TEST_TIMEOUT }, async () => {
    await article.reload({ waitUntil: 'load' });
    const open = await article.waitForSelector('dien-dam-card >>> [data-testid="card-open"]', WAIT);
    const view = await extensionTab(() => open!.click(), 'collection.html?call=');
    const { calls, articles } = await storedCollection(view);
    assert.equal(articles.length, 1);
    assert.equal(calls.filter((c) => !c.mentioned).length, 1);
    await view.close();
  });

  it('reads a site the reader switches on in the settings (permission, then a registered content script)', { timeout: TEST_TIMEOUT }, async () => {
    // A call article under a site that is not one of the defaults: nothing runs there yet.
    const path = '/the-gioi/dien-dam-nga-phap.html';
    server.extra.set(`baoquocte.vn${path}`, readFileSync(join(PAGES_DIR, 'vov-putin-macron-2022-01-28.html'), 'utf8'));
    const url = `http://baoquocte.vn:${server.port}${path}`;
    const before = await firefox.newPage();
    await before.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await before.evaluate(() => performance.getEntriesByType('mark').length), 0, 'the content script ran on a site that is not switched on');
    await before.close();

    // Switch baoquocte.vn on in the collection's settings.
    const open = await article.waitForSelector('dien-dam-card >>> [data-testid="card-open"]', WAIT);
    const view = await extensionTab(() => open!.click(), 'collection.html?call=');
    const settings = await openFrom(view, 'collection.html?view=settings');
    await view.close();
    const box = await settings.waitForSelector('::-p-xpath(//label[contains(., "baoquocte.vn")]//input[@type="checkbox"])', WAIT);
    await box!.click();
    await settings.waitForFunction(
      async () => (await browser.permissions.getAll()).origins.includes('*://baoquocte.vn/*'),
      WAIT,
    );

    // The background registered the content script for it: the article is read, saved and highlighted.
    const page = await firefox.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('dien-dam-card >>> [data-testid="card-open"]', WAIT);
    const { byCategory } = await highlights(page);
    assert.ok(byCategory.participant?.some((t) => /Putin/.test(t)), JSON.stringify(byCategory));
    const { articles } = await storedCollection(settings);
    assert.ok(articles.some((a) => new URL(a.url).hostname === 'baoquocte.vn'), JSON.stringify(articles.map((a) => a.url)));
    await Promise.all([page.close(), settings.close()]);
  });

  it('keeps a note typed in the popup that is closed at once; a row opens its record and back returns to the list; evidence opens below its field', async () => {
    const open = await article.waitForSelector('dien-dam-card >>> [data-testid="card-open"]', WAIT);
    const view = await extensionTab(() => open!.click(), 'collection.html?call=');
    const tabId = await view.evaluate(async (url) => ((await browser.tabs.query({})) as Array<{ id: number; url?: string }>).find((t) => t.url === url)?.id, articleUrl);
    const note = '[data-testid="note"]:not([disabled])';
    let popup = await openFrom(view, `popup.html?tabId=${tabId}`);
    await popup.waitForSelector(note, WAIT);
    await popup.type(note, 'Ghi chú trong Firefox');
    // Closed right after the last key, as the reader closes the popup.
    await popup.close();
    popup = await openFrom(view, `popup.html?tabId=${tabId}`);
    await popup.setViewport({ width: 400, height: 600 });
    await popup.waitForSelector(note, WAIT);
    assert.equal(await popup.$eval(note, (e) => (e as HTMLTextAreaElement).value), 'Ghi chú trong Firefox');

    // The date's evidence: below the header, as wide as the record, the header as it was.
    const head = () => popup.$eval('.call-head', (e) => e.getBoundingClientRect().height);
    const before = await head();
    await (await popup.waitForSelector('.call-head button.evidence', WAIT))!.click();
    const layout = await popup.$eval('.call-card', (card) => {
      const q = card.querySelector('.evidence-quote')!.getBoundingClientRect();
      const h = card.querySelector('.call-head')!.getBoundingClientRect();
      const style = getComputedStyle(card);
      return { quoteTop: q.top, headBottom: h.bottom, quoteWidth: q.width, inner: card.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
    });
    assert.equal(await head(), before);
    assert.ok(layout.quoteTop >= layout.headBottom - 1 && layout.quoteWidth >= layout.inner - 1, JSON.stringify(layout));
    await popup.screenshot({ path: join(shots, 'popup-note-evidence.png') });
    await popup.close();

    // The list: a row opens its record in place, and back returns to the list.
    const list = await openFrom(view, 'collection.html');
    await view.close();
    const link = await list.waitForSelector('[data-testid="record-link"]', WAIT);
    const id = await link!.evaluate((a) => a.closest('[data-call-id]')!.getAttribute('data-call-id'));
    await link!.click();
    await list.waitForSelector('[data-testid="call-detail"]', WAIT);
    assert.equal(await list.evaluate(() => location.search), `?call=${id}`);
    await list.screenshot({ path: join(shots, 'record-from-row.png'), fullPage: true });
    await list.evaluate(() => history.back());
    await list.waitForFunction(() => !document.querySelector('[data-testid="call-detail"]') && location.search === '', WAIT);
    assert.ok(await list.$(`[data-call-id="${id}"] [data-testid="record-link"]`));
    await list.close();
  });

  it('offers a vov.vn list page’s call teasers in the popup and saves the ticked ones, asking vov.vn alone and without cookies', { timeout: TEST_TIMEOUT }, async () => {
    server.extra.set('vov.vn/the-gioi/ngoai-giao', readFileSync(join(ROOT, 'tests/fixtures/listing/vov-list-ngoai-giao.html'), 'utf8'));
    const url = `http://vov.vn:${server.port}/the-gioi/ngoai-giao`;
    const list = await firefox.newPage();
    await list.setViewport({ width: 1280, height: 900 });
    await list.goto(url, { waitUntil: 'load' });
    // A cookie of the site's own: the articles must be asked for without it.
    await list.evaluate(() => (document.cookie = 'reader=1; path=/'));
    const open = await article.waitForSelector('dien-dam-card >>> [data-testid="card-open"]', WAIT);
    const view = await extensionTab(() => open!.click(), 'collection.html?call=');
    const tabId = await view.evaluate(async (u) => ((await browser.tabs.query({})) as Array<{ id: number; url?: string }>).find((t) => t.url === u)?.id, url);
    assert.ok(typeof tabId === 'number', 'the list page’s tab is not visible to the extension');
    const popup = await openFrom(view, `popup.html?tabId=${tabId}`);
    await popup.setViewport({ width: 400, height: 600 });
    const title = await popup.waitForSelector('[data-testid="listing-title"]', WAIT);
    // (Firefox here runs in English, without a Vietnamese language pack: the popup speaks the browser's language.)
    assert.equal(await title!.evaluate((e) => e.textContent), '8 articles may report a call');
    const rows = () =>
      popup.$$eval('[data-testid="listing-item"]', (items) =>
        items.map((r) => ({
          id: /post(\d+)\.vov$/.exec(r.getAttribute('data-url') ?? '')?.[1] ?? '?',
          checked: (r.querySelector('input[type=checkbox]') as HTMLInputElement).checked,
          saved: !!r.querySelector('[data-testid="listing-saved"]'),
          outcome: r.querySelector('[data-testid="listing-outcome"]')?.getAttribute('data-state') ?? null,
        })),
      );
    const offered = await rows();
    assert.deepEqual(offered.map((r) => r.id), ['923310', '921845', '641875', '990001', '990002', '990003', '918630', '918790']);
    // None of them saved from vov.vn yet (the call of 921845 is saved, from a copy on baoquocte.vn): every one ticked.
    assert.deepEqual(offered.filter((r) => r.saved || !r.checked).map((r) => r.id), []);
    await popup.screenshot({ path: join(shots, 'list-popup.png'), fullPage: true });
    // In the page: the call headlines underlined through the highlight registry.
    const marked = await list.evaluate(() => [...((CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights?.get('dien-dam-teaser') ?? [])].map((r) => r.toString()));
    assert.ok(marked.includes('Nga và Pháp điện đàm lần thứ ba chỉ trong vài ngày, bàn về an ninh châu Âu'), marked.join(' | '));
    await list.screenshot({ path: join(shots, 'list-page.png') });

    const asked = server.served.length;
    await (await popup.waitForSelector('[data-testid="listing-save"]', WAIT))!.click();
    // Eight articles, one at a time with a pause of 1.2 s between them; the five this server does not have answer 404, and
    // 921845 reports the call saved from the baoquocte.vn copy: merged into it.
    const summary = await popup.waitForSelector('[data-testid="listing-summary"]', { timeout: 90_000 });
    assert.equal(await summary!.evaluate((e) => e.textContent), 'Added 2, merged 1, skipped 5 (5 failed to load).');
    const done = Object.fromEntries((await rows()).map((r) => [r.id, r.outcome]));
    assert.deepEqual(done, { '923310': 'added', '921845': 'merged', '641875': 'added', '990001': 'failed', '990002': 'failed', '990003': 'failed', '918630': 'failed', '918790': 'failed' });
    await popup.screenshot({ path: join(shots, 'list-summary.png'), fullPage: true });

    const { articles } = await storedCollection(view);
    const saved = articles.map((a) => /post(\d+)\.vov$/.exec(a.url ?? '')?.[1]).filter(Boolean);
    assert.ok(['923310', '921845', '641875'].every((id) => saved.includes(id)), JSON.stringify(articles.map((a) => a.url)));
    assert.ok(!saved.some((id) => /^(?:990|9186|9187)/.test(id!)), JSON.stringify(saved));
    // Every article asked of vov.vn, the list page's host, and none with the site's cookie.
    const fetched = server.served.slice(asked);
    assert.equal(fetched.filter((r) => r.path.endsWith('.vov')).length, 8, JSON.stringify(fetched));
    assert.deepEqual([...new Set(fetched.map((r) => r.host))], ['vov.vn']);
    assert.ok(fetched.every((r) => r.cookie === undefined), JSON.stringify(fetched.filter((r) => r.cookie)));
    await Promise.all([popup.close(), view.close(), list.close()]);
  });
});
