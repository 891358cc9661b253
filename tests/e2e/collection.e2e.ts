/**
 * The extension as a reader uses it: call articles on vov.vn and cafef.vn are saved once; the
 * popup shows the record and the related earlier calls; notes survive; search works without
 * diacritics; the full-page view lists the collection. Screenshots go to tests/e2e/out/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import {
  collection, fixture, launchWithExtension, openPopup, removeProfile, screenshotDir, startNewsServer, tabStates, waitForTabState,
  type ExtensionBrowser, type NewsServer, TEST_TIMEOUT, inWorker,
} from './harness';

const CALL_PAGES = [
  'vov-putin-macron-2017-05-18.html',
  'vov-putin-macron-2020-06-26.html',
  'vov-putin-macron-2022-01-28.html',
  'vov-putin-trump-2017-05-02.html',
  'cafef-trump-tap-can-binh-call.html',
  'cafef-macron-putin-2026-01-07.html',
  'vov-putin-macron-2022-02-03.html', // the latest Putin–Macron article, read last
];
const NOT_CALL_PAGES = ['vov-list-the-gioi.html', 'cafef-list-the-gioi.html', 'vov-non-call-visit.html', 'cafef-non-call-scam.html', 'cafef-non-call-phone-product.html'];

let server: NewsServer;
let b: ExtensionBrowser;
const shots = screenshotDir('collection');

async function visit(file: string) {
  const page = await b.context.newPage();
  const url = server.urlOf(fixture(file));
  await page.goto(url, { waitUntil: 'load' });
  return { page, url };
}

describe('the extension in Chromium', () => {
  before(async () => {
    console.log(`screenshots: ${shots}`);
    server = await startNewsServer();
    b = await launchWithExtension();
  }, { timeout: TEST_TIMEOUT });
  after(async () => {
    await b?.close();
    await server?.close();
    if (b) removeProfile(b.profileDir);
  }, { timeout: TEST_TIMEOUT });

  it('saves each call article on vov.vn and cafef.vn once', { timeout: TEST_TIMEOUT }, async () => {
    for (const file of CALL_PAGES) {
      const { page, url } = await visit(file);
      const state = await waitForTabState(b, url, (s) => s.status === 'call' && s.saved);
      const badge = await inWorker(await b.worker(), (tabId) => chrome.action.getBadgeText({ tabId }), (state as { tabId: number }).tabId);
      assert.equal(badge, '✓', `badge on ${file}`);
      await page.close();
    }
    const { articles, calls } = await collection(b);
    assert.equal(articles.length, CALL_PAGES.length);
    const reported = calls.filter((c) => !c.mentioned);
    assert.equal(reported.length, CALL_PAGES.length);
    // The 2022-02-03 article names the calls of 28 and 31/1: 28/1 is the saved call, 31/1 a mentioned one.
    const putinMacron = calls.filter((c) => c.participantKeys.includes('vladimir-putin') && c.participantKeys.includes('emmanuel-macron'));
    const dates = putinMacron.map((c) => c.eventDate).sort();
    assert.deepEqual(dates.filter((d: string | null) => d && d < '2023'), ['2017-05-18', '2020-06-26', '2022-01-28', '2022-01-31', '2022-02-03']);
    assert.equal(putinMacron.find((c) => c.eventDate === '2022-01-31').mentioned, 1);
    assert.equal(putinMacron.find((c) => c.eventDate === '2022-01-28').mentioned, 0);
  });

  it('does not save twice when a page is reloaded or opened twice at once', { timeout: TEST_TIMEOUT }, async () => {
    const before = await collection(b);
    const { page, url } = await visit('vov-putin-macron-2022-02-03.html');
    await page.reload({ waitUntil: 'load' });
    await waitForTabState(b, url, (s) => s.saved);
    // Two tabs with the same article (one with tracking parameters) saving at the same moment.
    const [p1, p2] = await Promise.all([b.context.newPage(), b.context.newPage()]);
    await Promise.all([p1.goto(`${url}?utm_source=facebook&fbclid=abc`), p2.goto(url)]);
    await waitForTabState(b, `${url}?utm_source=facebook&fbclid=abc`, (s) => s.saved);
    const afterwards = await collection(b);
    assert.equal(afterwards.articles.length, before.articles.length);
    assert.equal(afterwards.calls.length, before.calls.length);
    await Promise.all([page.close(), p1.close(), p2.close()]);
  });

  it('saves nothing from list pages and articles that are not about a call', { timeout: TEST_TIMEOUT }, async () => {
    const before = await collection(b);
    for (const file of NOT_CALL_PAGES) {
      const { page } = await visit(file);
      await page.waitForTimeout(300);
      // The gate ran; the engine (Readability and all) was not even loaded.
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
      assert.ok(marks.includes('dien-dam:gate:end'), `${file}: the gate did not run`);
      assert.ok(!marks.includes('dien-dam:engine'), `${file}: the engine was loaded`);
      await page.close();
    }
    const afterwards = await collection(b);
    assert.equal(afterwards.articles.length, before.articles.length);
    assert.equal(afterwards.calls.length, before.calls.length);
  });

  it('shows the latest Putin–Macron record with the earlier calls, then the Putin–Trump one', { timeout: TEST_TIMEOUT }, async () => {
    const { page, url } = await visit('vov-putin-macron-2022-02-03.html');
    const state = await waitForTabState(b, url, (s) => s.saved);
    const popup = await openPopup(b, (state as { tabId: number }).tabId);
    await popup.getByTestId('timeline').waitFor();
    const participants = await popup.getByTestId('participants').innerText();
    assert.match(participants, /Vladimir Putin/);
    assert.match(participants, /Emmanuel Macron/);
    assert.match(await popup.getByTestId('event-date').innerText(), /3\/2\/2022/);
    assert.match(await popup.getByTestId('ordinal').innerText(), /3/);
    // Newest first: the call being arranged (2026), the call of 1/7/2025 its article mentions, then 2022–2017.
    const samePair = (await popup.locator('[data-group="samePair"] [data-testid="call-row"]').allInnerTexts()).map((t) => t.split(/\s/)[0]);
    assert.deepEqual(samePair.slice(-5), ['1/7/2025', '31/1/2022', '28/1/2022', '26/6/2020', '18/5/2017']);
    assert.equal(samePair.length, 6);
    // The call being arranged has no date of its own: the row gives the day it was reported, which orders it.
    assert.match((await popup.locator('[data-group="samePair"] [data-testid="call-row"]').first().innerText()), /tin ngày 7\/1\/2026/);
    const sameLeader = await popup.locator('[data-group="sameLeader"]').innerText();
    assert.match(sameLeader, /2\/5\/2017/);
    assert.match(sameLeader, /Donald Trump/);
    // Groups come in order: the pair first, the single leader further down.
    const groups = await popup.locator('.timeline-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')));
    assert.ok(groups.indexOf('samePair') < groups.indexOf('sameLeader'));
    await popup.screenshot({ path: join(shots, 'popup-call.png'), fullPage: true });

    // The evidence of a field opens in place.
    await popup.locator('[data-testid="ordinal"] .evidence').click();
    assert.match(await popup.locator('[data-testid="ordinal"] blockquote').innerText(), /lần thứ (3|ba)/);

    // Each earlier call links to its saved article, opened in a tab.
    const link = popup.locator('[data-group="samePair"] [data-testid="call-row"]', { hasText: '28/1/2022' }).getByTestId('article-link');
    const [opened] = await Promise.all([b.context.waitForEvent('page'), link.click()]);
    await opened.waitForLoadState();
    assert.equal(new URL(opened.url()).pathname, new URL(fixture('vov-putin-macron-2022-01-28.html').url).pathname);
    await Promise.all([opened.close(), popup.close(), page.close()]);
  });

  it('keeps the reader’s note across popup reopenings and a browser restart', { timeout: TEST_TIMEOUT }, async () => {
    const note = 'Cuộc thứ ba trong tuần — theo dõi tiếp <b>không phải HTML</b>';
    let { page, url } = await visit('vov-putin-macron-2022-02-03.html');
    let state = await waitForTabState(b, url, (s) => s.saved);
    let popup = await openPopup(b, (state as { tabId: number }).tabId);
    await popup.getByTestId('note').fill(note);
    await popup.getByTestId('note-status').filter({ hasText: /Đã lưu/ }).waitFor();
    await popup.close();
    popup = await openPopup(b, (state as { tabId: number }).tabId);
    await popup.getByTestId('note').waitFor();
    await popup.waitForFunction(() => (document.querySelector('[data-testid="note"]') as HTMLTextAreaElement | null)?.value.length);
    assert.equal(await popup.getByTestId('note').inputValue(), note);
    await popup.close();
    await page.close();

    // Restart the browser with the same profile.
    const profile = b.profileDir;
    await b.close();
    b = await launchWithExtension({ profileDir: profile });
    ({ page, url } = await visit('vov-putin-macron-2022-02-03.html'));
    state = await waitForTabState(b, url, (s) => s.saved);
    popup = await openPopup(b, (state as { tabId: number }).tabId);
    await popup.waitForFunction(() => (document.querySelector('[data-testid="note"]') as HTMLTextAreaElement | null)?.value.length);
    assert.equal(await popup.getByTestId('note').inputValue(), note);
    assert.equal(await popup.locator('b').count(), 0, 'the note is text, never HTML');
    await popup.close();
    await page.close();
  });

  it('finds a call without diacritics, in the popup and the full-page view', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = await visit('vov-list-the-gioi.html');
    const states = await tabStates(b);
    const popup = await openPopup(b, states.at(-1)?.tabId ?? 0);
    await popup.getByTestId('search').waitFor();
    await popup.screenshot({ path: join(shots, 'popup-latest.png'), fullPage: true });
    await popup.getByTestId('search').fill('dien dam putin trump');
    await popup.getByText('Kết quả tìm kiếm').waitFor();
    // The results replace the latest calls: wait until every row is a Putin–Trump call.
    await popup.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="call-row"]')].map((r) => r.textContent ?? '');
      return rows.length > 0 && rows.every((r) => r.includes('Putin') && r.includes('Trump'));
    });
    const rows = await popup.getByTestId('call-row').allInnerTexts();
    assert.ok(rows.length >= 1);
    assert.ok(rows.every((r) => /Putin/.test(r) && /Trump/.test(r)), rows.join('\n'));
    await popup.screenshot({ path: join(shots, 'popup-search.png'), fullPage: true });
    await popup.close();
    await page.close();

    const view = await b.context.newPage();
    await view.goto(`chrome-extension://${b.extensionId}/collection.html`);
    await view.getByTestId('call-row').first().waitFor();
    await view.screenshot({ path: join(shots, 'collection.png'), fullPage: true });
    await view.getByTestId('collection-search').fill('tap can binh');
    await view.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="call-row"]')].map((r) => r.textContent ?? '');
      return rows.length > 0 && rows.every((r) => r.includes('Tập Cận Bình'));
    });
    const found = await view.getByTestId('call-row').allInnerTexts();
    assert.ok(found.every((r) => /Tập Cận Bình/.test(r)), found.join('\n'));
    await view.getByTestId('tab-settings').click();
    await view.getByTestId('setting-autosave').waitFor();
    await view.screenshot({ path: join(shots, 'settings.png'), fullPage: true });
    await view.close();
  });

  it('deletes calls from the full-page view; the popup of a tab that showed one as saved then offers to save it', { timeout: TEST_TIMEOUT }, async () => {
    // The tab's stored state still says "saved" after the deletion: the popup shows it first,
    // then the background's check (the call is gone) turns it into "not saved".
    const { page, url } = await visit('cafef-trump-tap-can-binh-call.html');
    const state = await waitForTabState(b, url, (s) => s.saved);
    const before = await collection(b);
    const view = await b.context.newPage();
    await view.goto(`chrome-extension://${b.extensionId}/collection.html`);
    await view.getByTestId('collection-search').fill('tap can binh');
    const row = view.locator('[data-testid="call-row"]', { hasText: 'Tập Cận Bình' }).first();
    await row.waitFor();
    await row.locator('input[type="checkbox"]').check();
    view.once('dialog', (d) => void d.accept());
    await view.getByTestId('delete-selected').click();
    await view.getByText('Không tìm thấy cuộc gọi nào').waitFor();
    const afterwards = await collection(b);
    assert.ok(afterwards.calls.length < before.calls.length);
    assert.ok(!afterwards.calls.some((c) => c.participantKeys.includes('xi-jinping') && !c.mentioned));
    await view.close();
    const popup = await openPopup(b, (state as { tabId: number }).tabId);
    await popup.getByTestId('save').waitFor();
    assert.match(await popup.getByTestId('participants').innerText(), /Tập Cận Bình/);
    assert.equal(await popup.getByTestId('saved').count(), 0);
    await popup.close();
    await page.close();
  });
});
