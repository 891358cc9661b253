import { browser } from 'wxt/browser';
import type { NoteReply, NoteRequest, ReplyTo, Request, TabState } from '../lib/messages';
import type { CallStore } from '../lib/store';
import { t } from './i18n';
import { currentTabId, EARLY_TAB_STATE, readCurrentTabState } from '../utils/tab-state';

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

export async function ask<R extends Request>(request: R): Promise<ReplyTo<R>> {
  const reply = (await browser.runtime.sendMessage(request)) as ReplyTo<R> | undefined;
  return reply ?? ({ ok: false, error: { kind: 'unknown', message: t('errorNoReply') } } as ReplyTo<R>);
}

async function askNote(request: NoteRequest): Promise<string> {
  const reply = (await browser.runtime.sendMessage(request)) as NoteReply | undefined;
  if (!reply) throw new Error(t('errorNoReply'));
  if (!reply.ok) throw Object.assign(new Error(reply.error.message), { storeError: reply.error });
  return reply.text;
}

/** The reader's note on a call, once every change sent before is written ('' when there is none). */
export const noteOf = (callId: number): Promise<string> => askNote({ type: 'get-note', callId });

/**
 * Write the reader's note on a call. The change leaves the page before this returns (the message
 * is posted synchronously), so a page closed right after still has it written by the background.
 */
export const sendNote = (callId: number, text: string): Promise<void> => askNote({ type: 'set-note', callId, text }).then(() => undefined);

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

/**
 * The stored state of the tab the popup is about, read before the popup's first render: by
 * popup-state.js in the page's head when it ran (EARLY_TAB_STATE), else now. Read from session
 * storage, where the background keeps it: asking the background would wait for its worker to wake
 * and check the call against the collection. The popup checks it with the background right after
 * (`checkedTabState`).
 */
export function firstTabState(): Promise<TabState | null> {
  const scope = globalThis as Record<string, unknown>;
  const early = scope[EARLY_TAB_STATE] as Promise<TabState | null> | undefined;
  delete scope[EARLY_TAB_STATE];
  return early ?? readCurrentTabState();
}

/**
 * The state the popup showed first, as the background sees it now: a saved call the reader has
 * since deleted from the collection comes back unsaved. Null when nothing changed that the
 * popup shows (so a timeline already refreshed from the collection is not replaced by the
 * stored one), or when the background no longer knows the tab.
 */
export async function checkedTabState(shown: TabState): Promise<TabState | null> {
  if (shown.status !== 'call' || !shown.saved) return null;
  const checked = await tabState(shown.tabId);
  const same = checked && checked.status === shown.status && checked.saved === shown.saved && checked.callId === shown.callId && checked.url === shown.url;
  return same ? null : checked;
}

export function openInTab(url: string): void {
  void browser.tabs.create({ url });
}

export function collectionUrl(query = ''): string {
  return browser.runtime.getURL(`/collection.html${query}` as '/collection.html');
}
