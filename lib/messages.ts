/**
 * The message contract between the content script, the background and the extension pages.
 * One module both sides import: every message and reply is a type here, and `isPageReport`
 * checks what arrives before the background trusts it.
 *
 * Content script → background:  a page report (a call article, or a page that is not one).
 * Popup / full view → background: ask for the tab's state, save or unsave its call.
 * Replies always come through `sendResponse` (Chromium does not send a Promise's value).
 */
import type { Article } from './extract/types';
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

/** From the content script, once the cheap gate has let a page through: load the engine into it. */
export interface LoadEngineRequest {
  type: 'load-engine';
}

export type Request = PageReport | PageRequest | OpenRecordRequest | LoadEngineRequest;

export type Reply = { ok: true; state: TabState | null } | { ok: false; error: StoreError };

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
  const a = m.article;
  const r = m.record;
  if (!isObject(a) || !isObject(r)) return false;
  if (!isString(a.title) || !isString(a.text) || a.text.length > MAX_REPORT_CHARS) return false;
  if (!['phone', 'video', 'planned'].includes(r.kind as string) || !Array.isArray(r.participants)) return false;
  return r.participants.every((p) => isObject(p) && (p.name === null || isString(p.name)) && (p.country === null || isString(p.country)));
}

export function isLoadEngineRequest(m: unknown): m is LoadEngineRequest {
  return isObject(m) && m.type === 'load-engine';
}

export function isOpenRecordRequest(m: unknown): m is OpenRecordRequest {
  return isObject(m) && m.type === 'open-record' && Number.isInteger(m.callId);
}

export function isPageRequest(m: unknown): m is PageRequest {
  return isObject(m) && ['get-tab-state', 'save-tab-call', 'unsave-tab-call'].includes(m.type as string) && Number.isInteger(m.tabId);
}
