import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { TabState } from '../../lib/messages';
import { sendToBackground } from '../../utils/messaging';
import { tabStateKey } from '../../utils/tab-state';
import background from '../../entrypoints/background';

/**
 * Messages between the pages and the background through the promise-based `browser` (WXT's fake
 * browser in these tests, webextension-polyfill in the extension): the background's listener
 * returns its reply as a promise, and the sender's promise resolves to it. A listener that
 * answered through sendResponse and returned true would give `true` here.
 */
describe('messages to the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no permissions events; the background only listens to them.
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
    background.main();
  });

  const state: TabState = { tabId: 7, url: 'https://vov.vn/the-gioi/abc.vov', status: 'other', reason: 'no call word', saved: false };

  it('get the reply the background’s listener returns as a promise', async () => {
    await browser.storage.session.set({ [tabStateKey(7)]: state });
    const sent = browser.runtime.sendMessage({ type: 'get-tab-state', tabId: 7 });
    expect(sent).toBeInstanceOf(Promise);
    expect(await sent).toEqual({ ok: true, state });
  });

  it('reach the background through sendToBackground, as the content script and the pages do', async () => {
    expect(await sendToBackground({ type: 'get-tab-state', tabId: 8 })).toEqual({ ok: true, state: null });
    await browser.storage.session.set({ [tabStateKey(8)]: { ...state, tabId: 8 } });
    expect(await sendToBackground({ type: 'get-tab-state', tabId: 8 })).toEqual({ ok: true, state: { ...state, tabId: 8 } });
  });

  it('get an error reply, not a rejection, for a request the background does not know', async () => {
    const reply = (await browser.runtime.sendMessage({ type: 'no-such-request' })) as { ok: boolean };
    expect(reply.ok).toBe(false);
  });
});
