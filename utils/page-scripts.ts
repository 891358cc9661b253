import { browser } from 'wxt/browser';

/**
 * The two scripts the background puts into news pages: the content script, registered for the
 * sites the reader switched on (the default sites have it in the manifest), and the engine,
 * injected into a page whose gate passed.
 */

const SITE_SCRIPT_ID = 'dien-dam-news-sites';
const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
const ENGINE_FILE = '/engine.js';

/** (Re)register the content script for the sites the reader switched on. */
export async function registerSiteScripts(matches: string[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SITE_SCRIPT_ID] }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SITE_SCRIPT_ID] });
  if (matches.length) {
    await browser.scripting.registerContentScripts([{ id: SITE_SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true }]);
  }
}

/** Load the engine script into the frame whose content script asked for it. */
export async function injectEngine(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ENGINE_FILE] });
}
