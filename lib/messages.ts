/**
 * The message contract between the content script, the background and the extension pages.
 * One module both sides import: every message and reply is a type here, and `isPageReport`
 * checks what arrives before the background trusts it.
 *
 * Content script → background:  the gate's inputs of every page (address, title, description),
 *                               then a page report (a call article, or a page that is not one).
 * Popup / full view → background: ask for the tab's state, save or unsave its call; write and
 *                               read the reader's note on a call (the background is its one
 *                               writer: a page that closes right after a key has already sent it).
 * The background's listener returns each reply as a promise; `sendMessage` resolves to it.
 */
import { GATE_OPENING_CHARS, GATE_TEXT_CHARS, GATE_URL_CHARS, type GateInput } from './detect/gate-input';
import type { Article } from './extract/types';
import type { QueueState } from './listing/queue';
import type { Teaser } from './listing/teasers';
import type { RelatedTimeline } from './store/types';
import type { CallRecord } from './summarize/types';

/** What the content script found on a call article. */
export interface CallPageReport {
  type: 'call-page';
  url: string;
  article: Article;
  record: CallRecord;
  confidence: number;
}

/** A page the content script read but that is not a call article (or could not be read). */
export interface OtherPageReport {
  type: 'other-page';
  url: string;
  /** False when the page was not analysed at all (too large, an error): `reason` says why. */
  analysed: boolean;
  reason: string;
}

export type PageReport = CallPageReport | OtherPageReport;

export type StoreErrorKind = 'quota' | 'unavailable' | 'blocked' | 'unknown';

export interface StoreError {
  kind: StoreErrorKind;
  message: string;
}

/** What the background knows about one tab. */
export interface TabState {
  tabId: number;
  url: string;
  status: 'call' | 'other' | 'not-analysed';
  reason?: string;
  article?: Article;
  record?: CallRecord;
  confidence?: number;
  /** The call is in the collection (saved automatically or by the reader). */
  saved: boolean;
  callId?: number;
  /** Related calls in the collection, for the badge. */
  relatedCount?: number;
  /** The related calls when the call was saved: the popup shows them at once, then reads the
   *  collection for any change since. */
  timeline?: RelatedTimeline;
  error?: StoreError;
}

export type PageRequest =
  | { type: 'get-tab-state'; tabId: number }
  | { type: 'save-tab-call'; tabId: number }
  | { type: 'unsave-tab-call'; tabId: number };

/** From the in-page card: show the call's record in the collection view. */
export interface OpenRecordRequest {
  type: 'open-record';
  callId: number;
}

/**
 * From the content script, on every page of an active site: what the cheap gate reads. The
 * background decides (so the page's main thread only reads five strings and posts them) and, when
 * the page may be a call article, loads the engine into it before replying.
 */
export interface GatePageRequest {
  type: 'gate-page';
  input: GateInput;
  /** The engine is already in the page (in-site navigation): it is not loaded again. */
  engineLoaded: boolean;
}

/** The gate's answer to a GatePageRequest. */
export interface GateVerdict {
  pass: boolean;
  reason: string;
  /** The engine is in the page and should read it. */
  engine: boolean;
}

/** Longest note the editor takes (its textarea's maxLength). */
export const MAX_NOTE_CHARS = 20_000;

/**
 * The reader's note on a saved call, sent on every change: a popup closed right after a key
 * (Esc, a click on the page) has already posted it, and the background writes it.
 */
export interface SetNoteRequest {
  type: 'set-note';
  callId: number;
  text: string;
}

/** The note on a call, once every change sent before has been written. */
export interface GetNoteRequest {
  type: 'get-note';
  callId: number;
}

export type NoteRequest = SetNoteRequest | GetNoteRequest;

// ---- List pages: the checklist of teasers that report a call, and saving the ticked ones ----

/** A teaser of the list page that reports a call, and whether its article's call is in the collection already. */
export interface ListedTeaser extends Teaser {
  saved: boolean;
}

/** What the popup shows on a list page: the page's answer, each teaser with whether it is saved. */
export type ListingState = PageListing<ListedTeaser>;

/**
 * From the popup, for the tab it was opened on: the list page's checklist (null when the tab is not
 * a list page of a site the extension reads), saving the ticked articles, cancelling that.
 */
export type ListingRequest =
  | { type: 'get-listing'; tabId: number }
  | { type: 'save-listing'; tabId: number; urls: string[] }
  | { type: 'cancel-listing'; tabId: number };

export type ListingReply = { ok: true; listing: ListingState | null } | ErrorReply;

/** From the background to the list page's script (tabs.sendMessage): the same three, for that page. */
export type PageListingCommand = { type: 'listing-scan' } | { type: 'listing-save'; urls: string[] } | { type: 'listing-cancel' };

/** The list page's answer to a PageListingCommand. */
export interface PageListing<T extends Teaser = Teaser> {
  /** The list page's address. */
  url: string;
  teasers: T[];
  /** The reader's last save from this page (running, done or cancelled), null before the first. */
  run: QueueState | null;
}

/** From a list page's script: a call read from an article of that page's site, to save (added or merged). */
export interface ListedCallReport {
  type: 'listed-call';
  url: string;
  article: Article;
  record: CallRecord;
  confidence: number;
}

export type ListedCallReply = { ok: true; created: boolean; callId: number } | ErrorReply;

export type Request = PageReport | PageRequest | OpenRecordRequest | GatePageRequest | NoteRequest | ListingRequest | ListedCallReport;

export type ErrorReply = { ok: false; error: StoreError };

export type Reply = { ok: true; state: TabState | null } | ErrorReply;

/** The reply each request gets. */
export type ReplyTo<R extends Request> = R extends GatePageRequest
  ? { ok: true; verdict: GateVerdict } | ErrorReply
  : R extends NoteRequest
    ? NoteReply
    : R extends ListingRequest
      ? ListingReply
      : R extends ListedCallReport
        ? ListedCallReply
        : Reply;

/** The note as stored ('' when there is none) after the request was carried out. */
export type NoteReply = { ok: true; text: string } | ErrorReply;

/** Map a storage failure to what the reader is told. */
export function storeErrorOf(e: unknown): StoreError {
  const name = (e as { name?: string } | null)?.name ?? '';
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const message = (e as { message?: string } | null)?.message ?? String(e);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return { kind: 'quota', message };
  if (name === 'DatabaseClosedError' && /blocked|upgrade/i.test(message)) return { kind: 'blocked', message };
  if (name === 'VersionError' || name === 'BlockedError') return { kind: 'blocked', message };
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || /indexedDB|IndexedDB API missing/i.test(message)) return { kind: 'unavailable', message };
  return { kind: 'unknown', message };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

/** Largest report accepted from a content script (an article's text with its record). */
export const MAX_REPORT_CHARS = 2_000_000;

/** Is this a well-formed page report? (Content scripts run in pages: check before trusting.) */
export function isPageReport(m: unknown): m is PageReport {
  if (!isObject(m) || !isString(m.url) || m.url.length > 4096) return false;
  if (m.type === 'other-page') return typeof m.analysed === 'boolean' && isString(m.reason);
  if (m.type !== 'call-page') return false;
  return isCallReport(m);
}

/** Is this a well-formed call from a list page's article? The same checks as a page's own call. */
export function isListedCallReport(m: unknown): m is ListedCallReport {
  return isObject(m) && m.type === 'listed-call' && isString(m.url) && m.url.length <= 4096 && isCallReport(m);
}

/** The article and record of a call report, checked. */
function isCallReport(m: Record<string, unknown>): boolean {
  const a = m.article;
  const r = m.record;
  if (!isObject(a) || !isObject(r)) return false;
  if (!isString(a.title) || !isString(a.text) || a.text.length > MAX_REPORT_CHARS) return false;
  if (!['phone', 'video', 'planned'].includes(r.kind as string) || !Array.isArray(r.participants)) return false;
  return r.participants.every((p) => isObject(p) && (p.name === null || isString(p.name)) && (p.country === null || isString(p.country)));
}

const isOptionalText = (v: unknown, max: number) => v === undefined || v === null || (isString(v) && v.length <= max);

/** Is this a well-formed gate request? Its texts are no longer than gateInputOf makes them. */
export function isGatePageRequest(m: unknown): m is GatePageRequest {
  if (!isObject(m) || m.type !== 'gate-page' || typeof m.engineLoaded !== 'boolean' || !isObject(m.input)) return false;
  const { url, title, description, opening } = m.input;
  return isOptionalText(url, GATE_URL_CHARS) && isOptionalText(title, GATE_TEXT_CHARS) && isOptionalText(description, GATE_TEXT_CHARS) && isOptionalText(opening, GATE_OPENING_CHARS);
}

export function isOpenRecordRequest(m: unknown): m is OpenRecordRequest {
  return isObject(m) && m.type === 'open-record' && Number.isInteger(m.callId);
}

export function isNoteRequest(m: unknown): m is NoteRequest {
  if (!isObject(m) || !Number.isInteger(m.callId)) return false;
  if (m.type === 'get-note') return true;
  return m.type === 'set-note' && isString(m.text) && m.text.length <= MAX_NOTE_CHARS;
}

export function isPageRequest(m: unknown): m is PageRequest {
  return isObject(m) && ['get-tab-state', 'save-tab-call', 'unsave-tab-call'].includes(m.type as string) && Number.isInteger(m.tabId);
}

/** Most articles saved from one list page in one go (more teasers than a list page shows). */
export const MAX_LISTING_SAVE = 300;

export function isListingRequest(m: unknown): m is ListingRequest {
  if (!isObject(m) || !Number.isInteger(m.tabId)) return false;
  if (m.type === 'get-listing' || m.type === 'cancel-listing') return true;
  return m.type === 'save-listing' && Array.isArray(m.urls) && m.urls.length <= MAX_LISTING_SAVE && m.urls.every((u) => isString(u) && u.length <= 4096);
}
