/**
 * npm run demo — builds the extension (npm script), opens the bundled sample pages
 * (tests/fixtures/pages) in headless Chromium with the extension loaded, and writes screenshots of
 * each page and of the popup on it, then of the collection view, to the folder it prints.
 *   npm run demo [-- OUTPUT_DIR]
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURE_PAGES, launchWithExtension, OUT, openPopup, removeProfile, startNewsServer, waitForTabState } from './harness';

const out = resolve(process.argv[2] ?? join(OUT, 'demo'));
mkdirSync(out, { recursive: true });
const server = await startNewsServer();
const b = await launchWithExtension();
try {
  // Oldest first, so that the later articles show their earlier calls.
  const pages = [...FIXTURE_PAGES].sort((x, y) => (x.isCall === y.isCall ? 0 : x.isCall ? -1 : 1));
  let n = 0;
  for (const p of pages) {
    const page = await b.context.newPage();
    const url = server.urlOf(p);
    await page.goto(url, { waitUntil: 'load' });
    const name = `${String(++n).padStart(2, '0')}-${p.file.replace(/\.html$/, '')}`;
    const state = await waitForTabState(b, url, () => true, 4000).catch(() => null);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(out, `${name}-page.png`) });
    if (state) {
      const popup = await openPopup(b, (state as { tabId: number }).tabId);
      await popup.waitForLoadState('networkidle');
      await popup.waitForTimeout(400);
      await popup.screenshot({ path: join(out, `${name}-popup.png`), fullPage: true });
      await popup.close();
    }
    await page.close();
  }
  const view = await b.context.newPage();
  await view.goto(`chrome-extension://${b.extensionId}/collection.html`);
  await view.waitForTimeout(800);
  await view.screenshot({ path: join(out, 'collection.png'), fullPage: true });
  await view.close();
  console.log(`Screenshots of ${FIXTURE_PAGES.length} sample pages, their popups and the collection: ${out}`);
} finally {
  await b.close();
  await server.close();
  removeProfile(b.profileDir);
}
