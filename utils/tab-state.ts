import { browser } from 'wxt/browser';
import type { TabState } from '../lib/messages';

/**
 * Where each tab's state lives: the background writes it to session storage when a content
 * script reports its page (and when the reader saves or unsaves); the popup reads it there
 * directly, so its first render does not wait for the background to wake and answer.
 */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;

/** The tab's state as the background last wrote it (null when its page has not reported). */
export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  return ((await browser.storage.session.get(key)) as Record<string, TabState | undefined>)[key] ?? null;
}

/** The tab the popup is about: ?tabId= when given (full view, tests), else the active tab. */
export async function currentTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return +param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The stored state of the tab the popup is about (null when there is none). */
export async function readCurrentTabState(): Promise<TabState | null> {
  const tabId = await currentTabId();
  return tabId === null ? null : readTabState(tabId);
}

/**
 * Where popup-state.js leaves its read of the stored state for the popup's code. It is a classic
 * script in the popup's head: it runs while the page is parsed, before the popup's modules are
 * loaded and evaluated, so the browser answers the read while they are (the first storage call
 * of a page takes 10–30 ms).
 */
export const EARLY_TAB_STATE = '__dienDamEarlyTabState';
