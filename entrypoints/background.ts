import { browser } from 'wxt/browser';
import { gateCall } from '../lib/detect/gate';
import { isListPage } from '../lib/listing/address';
import { siteHostOf } from '../lib/extract/url';
import {
  isGatePageRequest, isListedCallReport, isListingRequest, isNoteRequest, isOpenRecordRequest, isPageReport, isPageRequest, storeErrorOf,
  type CallPageReport, type GatePageRequest, type ListedCallReply, type ListedCallReport, type ListedTeaser, type ListingReply, type ListingRequest,
  type NoteReply, type NoteRequest, type PageListing, type PageListingCommand, type Reply, type ReplyTo, type Request, type TabState,
} from '../lib/messages';
import { articleKeyFor, callForArticle, getCall, getNote, openCallStore, relatedTimeline, saveCall, setNote, unsaveArticle, type CallStore, type RelatedTimeline } from '../lib/store';
import { noteWrites } from '../lib/store/note-writes';
import { injectEngine, registerSiteScripts } from '../utils/page-scripts';
import { toolbarButton } from '../utils/platform';
import { activeSites, getSettings, settingsItem } from '../utils/settings';
import { readTabState, tabStateKey } from '../utils/tab-state';
import { siteOfUrl, sitePatterns } from '../utils/sites';
import { ENGINE_GLOBAL } from '../utils/engine-api';

/**
 * The background: receives what content scripts found, saves it to the collection (the
 * extension's own IndexedDB), keeps each tab's state for the popup and the badge, and registers
 * the content script on the sites the reader switched on.
 */

/** A message of _locales in the browser's language (the pages show the errors the background sends). */
const uiMessage = (key: string): string => (browser.i18n.getMessage as (k: string) => string)(key) || key;

let store: Promise<CallStore> | null = null;
/** The collection, opened on first use; a failed open (storage unavailable) is retried next time. */
function db(): Promise<CallStore> {
  store ??= openCallStore().catch((e) => {
    store = null;
    throw e;
  });
  return store;
}

async function writeState(state: TabState): Promise<TabState> {
  await browser.storage.session.set({ [tabStateKey(state.tabId)]: state });
  await showBadge(state);
  return state;
}

async function forget(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabStateKey(tabId));
}

const BADGE = {
  saved: { text: '✓', color: '#1a7f37' },
  unsaved: { text: '+', color: '#9a6700' },
  error: { text: '!', color: '#cf222e' },
} as const;

async function showBadge(state: TabState): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  const tabId = state.tabId;
  const look = state.status !== 'call' ? null : state.error ? BADGE.error : state.saved ? BADGE.saved : BADGE.unsaved;
  try {
    await button.setBadgeText({ tabId, text: look?.text ?? '' });
    if (look) await button.setBadgeBackgroundColor({ tabId, color: look.color });
    const who = state.record?.participants.map((p) => p.name ?? p.country).join(' – ') ?? '';
    await button.setTitle({ tabId, title: state.status === 'call' ? `${who}${state.relatedCount ? ` · ${state.relatedCount}` : ''}` : '' });
  } catch {
    // The tab is gone.
  }
}

const countOf = (t: RelatedTimeline) => t.samePair.length + t.sameCountries.length + t.sameLeader.length;

/** Save the tab's call to the collection and note the result in its state. */
async function saveTabCall(state: TabState): Promise<TabState> {
  try {
    const { call } = await saveCall(await db(), { article: state.article!, record: state.record! });
    const timeline = await relatedTimeline(await db(), call);
    return { ...state, saved: true, callId: call.id, relatedCount: countOf(timeline), timeline, error: undefined };
  } catch (e) {
    return { ...state, saved: false, error: storeErrorOf(e) };
  }
}

async function onCallPage(report: CallPageReport, tabId: number): Promise<TabState> {
  let state: TabState = {
    tabId,
    url: report.url,
    status: 'call',
    article: report.article,
    record: report.record,
    confidence: report.confidence,
    saved: false,
  };
  const settings = await getSettings();
  if (settings.autoSave) state = await saveTabCall(state);
  else {
    // Already in the collection from an earlier visit?
    const found = await callForArticle(await db(), articleKeyFor(report.article)).catch(() => null);
    if (found?.call.id !== undefined) {
      const timeline = await relatedTimeline(await db(), found.call).catch(() => undefined);
      state = { ...state, saved: true, callId: found.call.id, relatedCount: timeline && countOf(timeline), timeline };
    }
  }
  return writeState(state);
}

/** The tab's state, checked against the collection (the reader may have deleted the call since). */
async function currentState(tabId: number): Promise<TabState | null> {
  const state = await readTabState(tabId);
  if (!state || state.status !== 'call' || !state.saved || state.callId === undefined) return state;
  const call = await getCall(await db(), state.callId).catch(() => undefined);
  if (call) return state;
  return writeState({ ...state, saved: false, callId: undefined, relatedCount: undefined, timeline: undefined });
}

/** The notes, written here only: the pages send every change and may close right after it. */
const notes = noteWrites(async (callId, text) => setNote(await db(), callId, text));

async function noteRequest(message: NoteRequest): Promise<NoteReply> {
  try {
    if (message.type === 'set-note') await notes.set(message.callId, message.text);
    else await notes.settled(message.callId);
    return { ok: true, text: (await getNote(await db(), message.callId))?.text ?? '' };
  } catch (e) {
    return { ok: false, error: storeErrorOf(e) };
  }
}

type Sender = { tab?: { id?: number }; frameId?: number; url?: string };

/** The reply to a message the sender may not send, or that is none of ours. */
const badRequest = () => ({ ok: false as const, error: { kind: 'unknown' as const, message: uiMessage('errorBadRequest') } });
/** Sent by the extension's own pages (the popup, the collection), never by a page's content script. */
const fromExtensionPage = (sender: Sender) => !!sender.url?.startsWith(browser.runtime.getURL('/'));

/** Is the engine in the tab's page already (loaded by the gate, or for an earlier checklist)? */
async function engineLoaded(tabId: number): Promise<boolean> {
  const [found] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: (name: string) => name in globalThis, args: [ENGINE_GLOBAL] });
  return found?.result === true;
}

/**
 * The popup's questions about a list page: the engine is loaded into the page on the first one
 * (nothing runs on a list page before), and the page answers with its call teasers and the run of
 * its last save; the collection says which of them are saved already. Null for any other page.
 */
async function listing(message: ListingRequest): Promise<ListingReply> {
  const tab = await browser.tabs.get(message.tabId).catch(() => null);
  const url = tab?.url ?? '';
  if (!url || !siteOfUrl(url, activeSites(await getSettings())) || !isListPage(url)) return { ok: true, listing: null };
  if (!(await engineLoaded(message.tabId).catch(() => false))) await injectEngine(message.tabId, 0);
  const command: PageListingCommand =
    message.type === 'get-listing' ? { type: 'listing-scan' } : message.type === 'save-listing' ? { type: 'listing-save', urls: message.urls } : { type: 'listing-cancel' };
  const page = (await browser.tabs.sendMessage(message.tabId, command, { frameId: 0 })) as PageListing | undefined;
  if (!page) return { ok: true, listing: null };
  const store = await db();
  // Looked up together: the popup asks again every few hundred milliseconds while a save runs.
  const teasers: ListedTeaser[] = await Promise.all(page.teasers.map(async (t) => ({ ...t, saved: !!(await callForArticle(store, t.url).catch(() => null)) })));
  return { ok: true, listing: { url: page.url, teasers, run: page.run } };
}

/** A call read from a list page's article: saved through the collection's merge like any call (added, or merged into the same call). */
async function listedCall(message: ListedCallReport, sender: Sender): Promise<ListedCallReply> {
  // Only a page of the article's own site reports its articles.
  const host = siteHostOf(sender.url);
  if (sender.tab?.id === undefined || !host || siteHostOf(message.url) !== host || (message.article.url && siteHostOf(message.article.url) !== host)) {
    return badRequest();
  }
  const { call, created } = await saveCall(await db(), { article: message.article, record: message.record });
  return { ok: true, created, callId: call.id };
}

/** The gate's decision time of the last page (the benchmark reads it here, in the worker). */
const GATE_DECISION_MEASURE = 'dien-dam:gate-decision';

/**
 * The cheap gate, for a content script: could its page be a call article? If so, the engine is
 * injected into the page before the reply, so the content script can start it at once.
 */
async function gatePage(message: GatePageRequest, sender: Sender): Promise<ReplyTo<GatePageRequest>> {
  const start = performance.now();
  const gate = gateCall(message.input);
  performance.clearMeasures(GATE_DECISION_MEASURE);
  performance.measure(GATE_DECISION_MEASURE, { start, end: performance.now() });
  // A page the gate turns down: the popup says why (the page's own frame only).
  if (!gate.pass && sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0 && sender.url) {
    void writeState({ tabId: sender.tab.id, url: sender.url, status: 'other', reason: gate.reason, saved: false }).catch(() => undefined);
  }
  if (!gate.pass || message.engineLoaded) return { ok: true, verdict: { ...gate, engine: gate.pass } };
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: { kind: 'unknown', message: uiMessage('errorNoTab') } };
  await injectEngine(tabId, sender.frameId ?? 0);
  return { ok: true, verdict: { ...gate, engine: true } };
}

/** The reply to a message: the listener returns it, and the browser sends what the promise resolves to. */
async function answer(message: Request, sender: Sender): Promise<Reply | ReplyTo<GatePageRequest> | NoteReply | ListingReply | ListedCallReply> {
  try {
    return await handle(message, sender);
  } catch (e) {
    return { ok: false, error: storeErrorOf(e) };
  }
}

async function handle(message: Request, sender: Sender): Promise<Reply | ReplyTo<GatePageRequest> | NoteReply | ListingReply | ListedCallReply> {
  if (isGatePageRequest(message)) return gatePage(message, sender);
  if (isListedCallReport(message)) return listedCall(message, sender);
  if (isListingRequest(message)) {
    // The checklist is the reader's: asked for and saved from the extension's own pages only.
    if (!fromExtensionPage(sender)) return badRequest();
    return listing(message);
  }
  if (isNoteRequest(message)) {
    // Notes are the reader's: only the extension's own pages read or write them, never a page's content script.
    if (!fromExtensionPage(sender)) return badRequest();
    return noteRequest(message);
  }
  if (isPageReport(message)) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: true, state: null };
    if (message.type === 'call-page') return { ok: true, state: await onCallPage(message, tabId) };
    return { ok: true, state: await writeState({ tabId, url: message.url, status: message.analysed ? 'other' : 'not-analysed', reason: message.reason, saved: false }) };
  }
  if (isOpenRecordRequest(message)) {
    await browser.tabs.create({ url: browser.runtime.getURL(`/collection.html?call=${message.callId}` as '/collection.html') });
    return { ok: true, state: null };
  }
  if (!isPageRequest(message)) return badRequest();
  const state = await currentState(message.tabId);
  if (message.type === 'get-tab-state') return { ok: true, state };
  if (!state || state.status !== 'call') return { ok: true, state };
  if (message.type === 'save-tab-call') {
    const next = await writeState(await saveTabCall(state));
    return next.error ? { ok: false, error: next.error } : { ok: true, state: next };
  }
  try {
    await unsaveArticle(await db(), state.article ? articleKeyFor(state.article) : state.url);
    return { ok: true, state: await writeState({ ...state, saved: false, callId: undefined, relatedCount: undefined, timeline: undefined, error: undefined }) };
  } catch (e) {
    return { ok: false, error: storeErrorOf(e) };
  }
}

async function syncSiteScripts(): Promise<void> {
  const { enabledSites } = await getSettings();
  const granted: string[] = [];
  for (const host of enabledSites) {
    const origins = sitePatterns(host);
    if (await browser.permissions.contains({ origins }).catch(() => false)) granted.push(...origins);
  }
  await registerSiteScripts(granted).catch(() => undefined);
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => answer(message as Request, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // Another page in the tab: forget the old one (its content script reports the new one). The
    // event can arrive after the new page's report, so a state for the new address is kept.
    if (change.status !== 'loading' || !change.url) return;
    void readTabState(tabId).then(async (state) => {
      if (state && state.url === change.url) return;
      await forget(tabId);
      await toolbarButton()?.setBadgeText({ tabId, text: '' }).catch(() => undefined);
    });
  });
  settingsItem.watch(() => void syncSiteScripts());
  browser.permissions.onRemoved?.addListener(() => void syncSiteScripts());
  void syncSiteScripts();
});
