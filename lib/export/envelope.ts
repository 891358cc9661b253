/**
 * The JSON export file ("envelope") and the collection every export starts from.
 *
 *   {
 *     "format": "dien-dam-export",
 *     "schemaVersion": 5,                 // FILE_SCHEMA_VERSION: the store's version of these records
 *     "exportedAt": "2026-11-22T03:00:00.000Z",
 *     "extensionVersion": "0.1.0",
 *     "articles": [SavedArticle…],        // every article of the exported calls, ids included
 *     "calls": [SavedCall & { eventCodes }…],
 *     "notes": [CallNote…]
 *   }
 *
 * Records are written with their fields in a fixed order (the order of the types), sorted by id,
 * so that two exports of the same data are the same text.
 */
import type { CallEvidence, EarlierCall, Participant } from '../summarize/types';
import type { Table } from 'dexie';
import { inTransaction, type CallStore } from '../store/schema';
import type { CallNote, SavedArticle, SavedCall } from '../store/types';
import { requestPages, rowsWhereAnyOf } from './bulk';
import type { EventCodes } from './event-codes';
import { byId } from './format';

/**
 * The `schemaVersion` files are written with: the last version of the store's schema that changed
 * what a file holds. Later versions (6: the charts' table, derived from the calls and never
 * exported) leave the records as they were, so their files stay readable by the extensions of
 * version 5, which turn down a file of a newer version. Raise it with a version that changes an
 * exported record (and add that version's conversion in validate.ts).
 */
export const FILE_SCHEMA_VERSION = 5;

/** The value of `format`: what tells our files from any other JSON. */
export const EXPORT_FORMAT = 'dien-dam-export';

/** A call as exported: the stored call plus its (computed, never imported) event codes. */
export type ExportedCall = SavedCall & { eventCodes: EventCodes };

export interface ExportEnvelope {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  extensionVersion: string;
  articles: SavedArticle[];
  calls: ExportedCall[];
  notes: CallNote[];
}

/**
 * What every export works on: calls, all their articles (reporting or mentioning) and notes. An
 * export that needs only some fields of the articles keeps those (`A`, see collectForExport).
 */
export interface ExportCollection<A = SavedArticle> {
  articles: A[];
  calls: SavedCall[];
  notes: CallNote[];
}

/**
 * Records read per request when collecting. A request's rows are deserialised in one task of the
 * page: 250 articles (a few KB of text each) take some 10–20 ms, a whole store of 10,000 over half
 * a second, during which the page would not answer.
 */
export const READ_PAGE = 250;

type ExportTable = 'articles' | 'calls' | 'notes';
/** The order of the tables in every export. */
export const EXPORT_TABLES: readonly ExportTable[] = ['articles', 'calls', 'notes'];

/** A page of rows of one table, in id order. */
export type ExportPage =
  | { table: 'articles'; rows: SavedArticle[] }
  | { table: 'calls'; rows: SavedCall[] }
  | { table: 'notes'; rows: CallNote[] };

/** Pages of the rows with these ids (missing ones left out), all requested at once. */
function requestPagesOf<T, TInsert>(table: Table<T, number, TInsert>, ids: readonly number[]): Array<Promise<T[]>> {
  const pages: Array<Promise<T[]>> = [];
  for (let i = 0; i < ids.length; i += READ_PAGE) {
    pages.push(table.bulkGet(ids.slice(i, i + READ_PAGE)).then((rows) => rows.filter((r): r is NonNullable<typeof r> => !!r)));
  }
  return pages;
}

const EMPTY_PAGE: Promise<ExportPage> = Promise.resolve({ table: 'notes', rows: [] });

const sortedIds = (ids: Iterable<number>) => [...new Set(ids)].sort((a, b) => a - b);

/**
 * Read what the database holds for some calls (default: everything), in one read transaction,
 * and hand it to `onPage` page by page: the articles, then the calls, then the notes, each in id
 * order, READ_PAGE rows per page. The calls are re-read by id, so a stale list (a search result
 * shown a while ago) gives the stored records; calls deleted since are left out.
 *
 * Every page is requested at once (bulk reads only, getAll / bulkGet): the database reads ahead
 * while `onPage` works on the earlier pages, and each page is deserialised in a task of its own.
 * `onPage` may yield to the event loop (slice.ts): no request is issued after the first pages.
 */
export async function forEachExportPage(db: CallStore, calls: readonly Pick<SavedCall, 'id'>[] | undefined, onPage: (page: ExportPage) => Promise<void> | void): Promise<void> {
  // The consumer runs while the transaction is still reading; the transaction ends when its last
  // read is done, which may be before the consumer is (it is then working from memory).
  let consumer: Promise<void> | null = null;
  await inTransaction(db, 'r', async (t) => {
    let pages: Array<Promise<ExportPage>>;
    const tag = <P extends ExportPage>(table: P['table'], list: Array<Promise<P['rows']>>) => list.map((p) => p.then((rows) => ({ table, rows }) as P));
    if (!calls) {
      // The keys of every table first: a transaction runs its requests in order, and the pages of
      // the articles must not delay the keys of the calls (nothing would be handled before all is read).
      const [articleIds, callIds, noteIds] = await Promise.all([t.articles.toCollection().primaryKeys(), t.calls.toCollection().primaryKeys(), t.notes.toCollection().primaryKeys()]);
      pages = [
        ...tag('articles', requestPages(t.articles, articleIds, READ_PAGE)),
        ...tag('calls', requestPages(t.calls, callIds, READ_PAGE)),
        ...tag('notes', requestPages(t.notes, noteIds, READ_PAGE)),
      ];
    } else {
      const rows = (await Promise.all(requestPagesOf(t.calls, sortedIds(calls.map((c) => c.id))))).flat();
      const articleIds = sortedIds(rows.flatMap((c) => [...c.articleIds, ...c.mentionedIn]));
      const notes = rowsWhereAnyOf(t.notes, 'callId', rows.map((c) => c.id), (n) => n.callId).then((n) => n.sort(byId));
      pages = [...tag('articles', requestPagesOf(t.articles, articleIds)), ...tag('calls', [Promise.resolve(rows)]), ...tag('notes', [notes])];
    }
    for (const p of pages) p.catch(() => undefined); // a failed read fails the transaction, reported below
    consumer = (async () => {
      for (let i = 0; i < pages.length; i++) {
        const page = await pages[i]!;
        // Let each page go once handled: holding all of them would keep the whole store in memory.
        pages[i] = EMPTY_PAGE;
        await onPage(page);
      }
    })();
    consumer.catch(() => undefined);
    // Returned before the consumer is done: Dexie would otherwise wait for it inside the transaction.
  });
  await consumer;
}

/**
 * Read what the database holds for some calls (default: everything), in one read transaction
 * (forEachExportPage). Sorted by id. `articleOf` keeps what the export needs of each article as
 * its page arrives (the CSV: not the text, most of the bytes), so the rest is never all held.
 */
export async function collectForExport(db: CallStore, calls?: readonly Pick<SavedCall, 'id'>[]): Promise<ExportCollection>;
export async function collectForExport<A>(db: CallStore, calls: readonly Pick<SavedCall, 'id'>[] | undefined, articleOf: (a: SavedArticle) => A): Promise<ExportCollection<A>>;
export async function collectForExport<A>(
  db: CallStore,
  calls?: readonly Pick<SavedCall, 'id'>[],
  articleOf: (a: SavedArticle) => A = (a) => a as A,
): Promise<ExportCollection<A>> {
  const out: ExportCollection<A> = { articles: [], calls: [], notes: [] };
  await forEachExportPage(db, calls, (page) => {
    if (page.table === 'articles') for (const a of page.rows) out.articles.push(articleOf(a));
    else if (page.table === 'calls') for (const c of page.rows) out.calls.push(c);
    else for (const n of page.rows) out.notes.push(n);
  });
  return out;
}

// ---- Records in a fixed field order ----
//
// The known fields come first, in the order of the types; a field the store gained since this
// file was written follows them (so that the export still holds everything the database holds)
// until it is listed here and read by validate.ts — the round-trip test fails until it is.

/** The record with its known fields first, in the given order, then any other field. */
function inOrder<T extends object>(known: T, row: object): T {
  return { ...known, ...Object.fromEntries(Object.entries(row).filter(([k]) => !(k in known))) };
}

export function canonicalArticle(a: SavedArticle): SavedArticle {
  return inOrder({
    id: a.id,
    urlKey: a.urlKey,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    title: a.title,
    lead: a.lead,
    text: a.text,
    siteName: a.siteName,
    publishedAt: a.publishedAt,
    author: a.author,
    attribution: a.attribution,
    savedAt: a.savedAt,
  }, a);
}

export const canonicalParticipant = (p: Participant): Participant => ({ name: p.name, title: p.title, country: p.country, leaderId: p.leaderId });

export const canonicalEarlierCall = (e: EarlierCall): EarlierCall => ({ date: e.date, datePartial: e.datePartial, expression: e.expression, evidence: e.evidence });

export function canonicalEvidence(e: CallEvidence): CallEvidence {
  return {
    kind: e.kind,
    eventDate: e.eventDate,
    participants: [...e.participants],
    initiator: e.initiator,
    ordinal: e.ordinal,
    topics: Object.fromEntries(Object.entries(e.topics)),
    agreements: [...e.agreements],
    earlierCalls: [...e.earlierCalls],
  };
}

export function canonicalCall(c: SavedCall): SavedCall {
  return inOrder({
    id: c.id,
    callKey: c.callKey,
    eventKey: c.eventKey,
    mentioned: c.mentioned,
    kind: c.kind,
    eventDate: c.eventDate,
    eventDatePartial: c.eventDatePartial,
    eventDateExpression: c.eventDateExpression,
    participants: c.participants.map(canonicalParticipant),
    initiator: c.initiator,
    ordinal: c.ordinal,
    topics: [...c.topics],
    agreements: [...c.agreements],
    earlierCalls: c.earlierCalls.map(canonicalEarlierCall),
    attribution: c.attribution,
    evidence: canonicalEvidence(c.evidence),
    articleIds: [...c.articleIds],
    mentionedIn: [...c.mentionedIn],
    participantKeys: [...c.participantKeys],
    countryKeys: [...c.countryKeys],
    pairKeys: [...c.pairKeys],
    countryPairKeys: [...c.countryPairKeys],
    topicKeys: [...(c.topicKeys ?? [])],
    searchTokens: [...c.searchTokens],
    relatedKeys: [...(c.relatedKeys ?? [])],
    sortDate: c.sortDate,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  }, c);
}

export const canonicalNote = (n: CallNote): CallNote => inOrder({ id: n.id, callId: n.callId, text: n.text, updatedAt: n.updatedAt }, n);
