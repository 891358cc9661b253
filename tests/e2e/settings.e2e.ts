/**
 * Auto-save off (the reader saves and unsaves from the popup), the empty collection, and the
 * English UI for a browser whose language is not Vietnamese.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collection, fixture, launchWithExtension, openPopup, PAGES_DIR, removeProfile, screenshotDir, startNewsServer, waitForTabState, type ExtensionBrowser, type NewsServer, TEST_TIMEOUT } from './harness';

const shots = screenshotDir('settings');

describe('auto-save off', () => {
  let server: NewsServer;
  let b: ExtensionBrowser;
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

  it('shows the designed empty state before anything is saved', { timeout: TEST_TIMEOUT }, async () => {
    const popup = await openPopup(b);
    await popup.getByText('Chưa có cuộc điện đàm nào được lưu').waitFor();
    await popup.screenshot({ path: join(shots, 'popup-empty.png'), fullPage: true });
    await popup.close();
  });

  it('lets the reader save and unsave a call from the popup', { timeout: TEST_TIMEOUT }, async () => {
    const view = await b.context.newPage();
    await view.goto(`chrome-extension://${b.extensionId}/collection.html?view=settings`);
    await view.getByTestId('setting-autosave').uncheck();
    await view.close();

    const page = await b.context.newPage();
    const url = server.urlOf(fixture('vov-putin-trump-2017-05-02.html'));
    await page.goto(url);
    const state = (await waitForTabState(b, url, (s) => s.status === 'call')) as { tabId: number; saved: boolean };
    assert.equal(state.saved, false);
    assert.equal((await collection(b)).articles.length, 0);
    const badge = await (await b.worker()).evaluate((tabId) => chrome.action.getBadgeText({ tabId }), state.tabId);
    assert.equal(badge, '+');

    const popup = await openPopup(b, state.tabId);
    await popup.getByTestId('save').waitFor();
    await popup.screenshot({ path: join(shots, 'popup-unsaved.png'), fullPage: true });
    await popup.getByTestId('save').click();
    await popup.getByTestId('saved').waitFor();
    assert.equal((await collection(b)).articles.length, 1);
    await popup.getByTestId('unsave').click();
    await popup.getByTestId('save').waitFor();
    const { articles, calls } = await collection(b);
    assert.equal(articles.length, 0);
    assert.equal(calls.length, 0, 'the call and the calls only it mentioned are gone');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('English UI when the browser is not in Vietnamese', () => {
  let server: NewsServer;
  let b: ExtensionBrowser;
  before(async () => {
    server = await startNewsServer();
    b = await launchWithExtension({ locale: 'fr-FR' });
  }, { timeout: TEST_TIMEOUT });
  after(async () => {
    await b?.close();
    await server?.close();
    if (b) removeProfile(b.profileDir);
  }, { timeout: TEST_TIMEOUT });

  it('speaks English', { timeout: TEST_TIMEOUT }, async () => {
    const page = await b.context.newPage();
    const url = server.urlOf(fixture('vov-putin-macron-2020-06-26.html'));
    await page.goto(url);
    const state = (await waitForTabState(b, url, (s) => s.saved)) as { tabId: number };
    const popup = await openPopup(b, state.tabId);
    await popup.getByTestId('timeline').waitFor();
    assert.match(await popup.locator('.kind').innerText(), /Video call/);
    await popup.getByRole('heading', { name: 'Related calls' }).waitFor();
    assert.equal(await popup.evaluate(() => document.documentElement.lang), 'en');
    await popup.screenshot({ path: join(shots, 'popup-english.png'), fullPage: true });
    await Promise.all([popup.close(), page.close()]);
  });

  it('says in English why a page was not analysed', { timeout: TEST_TIMEOUT }, async () => {
    // A call article nested deeper than the engine reads (built by the page's own script).
    const html = readFileSync(join(PAGES_DIR, fixture('vov-putin-macron-2020-06-26.html').file), 'utf8')
      .replace(/<link rel="canonical"[^>]*>/, '')
      .replace('</body>', `<script>let n = document.body; for (let i = 0; i < 1200; i++) { const d = document.createElement('div'); n.appendChild(d); n = d; }</script></body>`);
    server.extra.set('vov.vn/the-gioi/deep-english-post3000.vov', html);
    const url = `http://vov.vn:${server.port}/the-gioi/deep-english-post3000.vov`;
    const page = await b.context.newPage();
    await page.goto(url);
    const state = (await waitForTabState(b, url, (s) => s.status === 'not-analysed')) as { tabId: number };
    const popup = await openPopup(b, state.tabId);
    assert.equal(await popup.getByTestId('not-analysed').innerText(), 'This page was not analysed: the page is nested too deeply to analyse');
    await Promise.all([popup.close(), page.close()]);
  });
});
