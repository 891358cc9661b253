import { browser } from 'wxt/browser';

/**
 * What still differs between Chromium (MV3) and Firefox (MV2) once webextension-polyfill gives
 * every context the same promise-based `browser` (message listeners reply with the promise they
 * return, in both): the toolbar button's API, which the polyfill does not alias. Both browsers
 * have `scripting` and `storage.session` (the Firefox build asks for Firefox 140 or later), so
 * content scripts, engine injection and tab state are written once, where they are used. Manifest
 * differences (MV2 permissions, add-on id, data collection) are in wxt.config.ts.
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
