import { browser } from 'wxt/browser';

/**
 * What differs between Chromium (MV3) and Firefox (MV2), handled here once: the toolbar button
 * API, dynamic content scripts, session storage, engine injection. The rest of the code is the
 * same for both: replies go through sendResponse (both browsers), highlighting feature-detects the
 * CSS Custom Highlight API, downloads are a Blob link, i18n is browser.i18n. Manifest differences
 * (MV2 permissions, add-on id, data collection) are in wxt.config.ts.
 *
 * Firefox has `scripting` in MV2 as well (the build asks for Firefox 140 or later), so both
 * browsers take the `scripting` branches below; the MV2-only calls are the fallback for a browser
 * without it.
 */

type ActionApi = {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
};

/** The toolbar button: `action` in MV3, `browserAction` in MV2. */
export function toolbarButton(): ActionApi | null {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return b.action ?? b.browserAction ?? null;
}

/** Per-session storage (cleared when the browser closes); local storage where the browser has none. */
export function sessionArea() {
  return browser.storage.session ?? browser.storage.local;
}

const SCRIPT_ID = 'dien-dam-news-sites';
const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

type RegisteredScript = { unregister(): Promise<void> };
let firefoxRegistration: RegisteredScript | null = null;

/** (Re)register the content script for the sites the reader switched on. */
export async function registerSiteScripts(matches: string[]): Promise<void> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (scripting?.registerContentScripts) {
    const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
    if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (matches.length) {
      await scripting.registerContentScripts([{ id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true }]);
    }
    return;
  }
  // Without `scripting` (older Firefox): contentScripts.register, alive as long as the background page.
  const contentScripts = (browser as unknown as { contentScripts?: { register(o: unknown): Promise<RegisteredScript> } }).contentScripts;
  if (!contentScripts) return;
  await firefoxRegistration?.unregister();
  firefoxRegistration = matches.length ? await contentScripts.register({ matches, js: [{ file: `/${CONTENT_SCRIPT_FILE}` }], runAt: 'document_idle' }) : null;
}

const ENGINE_FILE = '/engine.js';

/** Load the engine script into the frame whose content script asked for it. */
export async function injectEngine(tabId: number, frameId = 0): Promise<void> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (scripting?.executeScript) {
    await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ENGINE_FILE] });
    return;
  }
  // Without `scripting` (older Firefox).
  const tabs = browser.tabs as unknown as { executeScript(tabId: number, details: { file: string; frameId: number }): Promise<unknown> };
  await tabs.executeScript(tabId, { file: ENGINE_FILE, frameId });
}
