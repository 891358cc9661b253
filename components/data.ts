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

export function openInTab(url: string): void {
  void browser.tabs.create({ url });
}

export function collectionUrl(query = ''): string {
  return browser.runtime.getURL(`/collection.html${query}` as '/collection.html');
}
