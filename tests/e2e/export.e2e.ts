/**
 * Export from the popup and the collection, import into a fresh profile: the same calls come back.
 * A malformed file is refused with a message and changes nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { collection, FIXTURE_PAGES, launchWithExtension, openPopup, removeProfile, screenshotDir, startNewsServer, waitForTabState, type ExtensionBrowser, type NewsServer, TEST_TIMEOUT } from './harness';

const shots = screenshotDir('export');

describe('export and import', () => {
  let server: NewsServer;
  let b: ExtensionBrowser;
  let exported = '';
  before(async () => {
    console.log(`screenshots and files: ${shots}`);
    server = await startNewsServer();
    b = await launchWithExtension();
    for (const p of FIXTURE_PAGES.filter((x) => x.isCall)) {
      const page = await b.context.newPage();
      const url = server.urlOf(p);
      await page.goto(url);
      await waitForTabState(b, url, (s) => s.saved);
      await page.close();
    }
  }, { timeout: TEST_TIMEOUT });
  after(async () => {
    await b?.close();
    await server?.close();
    if (b) removeProfile(b.profileDir);
  }, { timeout: TEST_TIMEOUT });

  it('downloads the whole collection as JSON from the popup', { timeout: TEST_TIMEOUT }, async () => {
    const popup = await openPopup(b);
    await popup.getByTestId('export-json').waitFor();
    const [file] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-json').click()]);
    assert.match(file.suggestedFilename(), /^dien-dam-\d{4}-\d{2}-\d{2}\.json$/);
    exported = join(shots, file.suggestedFilename());
    await file.saveAs(exported);
    const data = JSON.parse(readFileSync(exported, 'utf8'));
    assert.equal(data.format, 'dien-dam-export');
    const { calls, articles } = await collection(b);
    assert.equal(data.calls.length, calls.length);
    assert.equal(data.articles.length, articles.length);
    assert.ok(data.calls.every((c: { eventCodes: { cameo: string } }) => c.eventCodes.cameo === '041'));
    await popup.close();
  });

  it('downloads the current filter as CSV and Markdown from the collection view', { timeout: TEST_TIMEOUT }, async () => {
    const view = await b.context.newPage();
    await view.goto(`chrome-extension://${b.extensionId}/collection.html`);
    await view.getByTestId('collection-search').fill('putin macron');
    await view.getByText('Xuất kết quả:').waitFor();
    const [csv] = await Promise.all([view.waitForEvent('download'), view.getByTestId('export-csv').click()]);
    const csvPath = join(shots, csv.suggestedFilename());
    await csv.saveAs(csvPath);
    const bytes = readFileSync(csvPath);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const rows = bytes.toString('utf8').trim().split('\r\n');
    assert.ok(rows.length > 1);
    assert.ok(rows.slice(1).every((r) => /Putin/.test(r) && /Macron/.test(r)), 'only the filtered calls');
    const [md] = await Promise.all([view.waitForEvent('download'), view.getByTestId('export-markdown').click()]);
    assert.match(md.suggestedFilename(), /^dien-dam-\d{4}-\d{2}-\d{2}\.(zip|md)$/);
    const [csl] = await Promise.all([view.waitForEvent('download'), view.getByTestId('export-csl').click()]);
    const cslPath = join(shots, csl.suggestedFilename());
    await csl.saveAs(cslPath);
    assert.ok(JSON.parse(readFileSync(cslPath, 'utf8')).every((i: { type: string }) => i.type === 'article-newspaper'));
    await view.screenshot({ path: join(shots, 'collection-export.png'), fullPage: true });
    await view.close();
  });

  it('imports the JSON into a fresh profile and finds the same calls; refuses a broken file', { timeout: TEST_TIMEOUT }, async () => {
    const fresh = await launchWithExtension();
    try {
      const view = await fresh.context.newPage();
      await view.goto(`chrome-extension://${fresh.extensionId}/collection.html`);
      await view.getByText('Chưa có cuộc điện đàm nào được lưu').waitFor();
      // A broken file first: refused, nothing written.
      const broken = join(shots, 'broken.json');
      writeFileSync(broken, '{"format": "dien-dam-export", "calls": [');
      await view.getByTestId('import-file').setInputFiles(broken);
      await view.getByTestId('import-errors').waitFor();
      assert.match(await view.getByTestId('import-errors').innerText(), /JSON/);
      assert.equal((await collection(fresh)).calls.length, 0);
      // The real export.
      await view.getByTestId('import-file').setInputFiles(exported);
      await view.getByTestId('import-result').waitFor();
      const data = JSON.parse(readFileSync(exported, 'utf8'));
      // Calls counted as the list counts them; articles and notes apart.
      const summary = await view.getByTestId('import-result').innerText();
      assert.match(summary, new RegExp(`^Cuộc gọi: thêm ${data.calls.length}, gộp 0, đã có 0`));
      assert.match(summary, new RegExp(`Bài báo: thêm ${data.articles.length},.*Ghi chú: thêm ${data.notes.length},`));
      const { calls, articles } = await collection(fresh);
      assert.equal(calls.length, data.calls.length);
      assert.equal(articles.length, data.articles.length);
      await view.screenshot({ path: join(shots, 'collection-imported.png'), fullPage: true });
      // Importing again adds nothing.
      await view.getByTestId('import-file').setInputFiles(exported);
      await view.getByTestId('import-result').filter({ hasText: `Cuộc gọi: thêm 0, gộp 0, đã có ${data.calls.length}` }).waitFor();
      await view.close();
      const popup = await openPopup(fresh);
      await popup.getByTestId('search').fill('putin trump');
      await popup.locator('[data-testid="call-row"]', { hasText: 'Donald Trump' }).first().waitFor();
      await popup.close();
    } finally {
      await fresh.close();
      removeProfile(fresh.profileDir);
    }
  });
});
