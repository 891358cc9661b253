import { browser } from 'wxt/browser';
import type { Reply, Request, TabState } from '../lib/messages';
import type { CallStore } from '../lib/store';

type StoreModule = typeof import('../lib/store');
let module: Promise<StoreModule> | null = null;
/**
 * The collection's code (Dexie and the queries), loaded after the first render: the popup shows
 * the current page's record from the tab state before it needs the database.
 */
export function storeModule(): Promise<StoreModule> {
  module ??= import('../lib/store');
  return module;
}

/**
 * What the extension pages (popup, full view) read and ask for. They open the collection
 * directly (it lives in the extension's origin); saving a tab's call goes through the
 * background, which also keeps the badge right.
 */

let store: Promise<CallStore> | null = null;
/** The collection, opened once per page. A failed open is retried on the next call. */
export function db(): Promise<CallStore> {
  store ??= storeModule().then((m) => m.openCallStore()).catch((e) => {
    store = null;
    throw e;
  });
  return store;
}

export async function ask(request: Request): Promise<Reply> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply | undefined;
  return reply ?? { ok: false, error: { kind: 'unknown', message: 'Không có phản hồi từ nền tiện ích' } };
}

/** The tab the popup is about: ?tabId= when given (full view, tests), else the active tab. */
export async function currentTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return +param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function tabState(tabId: number): Promise<TabState | null> {
  const reply = await ask({ type: 'get-tab-state', tabId });
  if (!reply.ok) throw Object.assign(new Error(reply.error.message), { storeError: reply.error });
  return reply.state;
}

/** The state of the tab the popup is about (null when there is none). */
export async function currentTabState(): Promise<TabState | null> {
  const tabId = await currentTabId();
  return tabId === null ? null : tabState(tabId);
}

let early: Promise<TabState | null> | null = null;
/**
 * Ask the background for the tab's state now, before the popup's first render: the answer is
 * what the popup shows first, and asking from an effect would wait for a frame to be painted.
 * `firstTabState` hands this request over once; later reads (a retry) ask again.
 */
export function requestTabStateEarly(): void {
  early = currentTabState();
  early.catch(() => undefined); // read (and reported) by firstTabState's caller
}
export function firstTabState(): Promise<TabState | null> {
  const pending = early;
  early = null;
  return pending ?? currentTabState();
}

export function openInTab(url: string): void {
  void browser.tabs.create({ url });
}

export function collectionUrl(query = ''): string {
  return browser.runtime.getURL(`/collection.html${query}` as '/collection.html');
}
