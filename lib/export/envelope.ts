/**
 * The JSON export file ("envelope") and the collection every export starts from.
 *
 *   {
 *     "format": "dien-dam-export",
 *     "schemaVersion": 2,                 // SCHEMA_VERSION of the store that wrote it
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
import { inTransaction, type CallStore } from '../store/schema';
import type { CallNote, SavedArticle, SavedCall } from '../store/types';
import { rowsWhereAnyOf } from './bulk';
import type { EventCodes } from './event-codes';
import { byId } from './format';

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

/** What every export works on: calls, all their articles (reporting or mentioning) and notes. */
export interface ExportCollection {
  articles: SavedArticle[];
  calls: SavedCall[];
  notes: CallNote[];
}

/**
 * Read what the database holds for some calls (default: everything), in one read transaction,
 * with bulk reads only (bulkGet, bulk.ts). The calls are re-read by id, so a stale list (a search result shown a
 * while ago) gives the stored records; calls deleted since are left out. Sorted by id.
 */
export async function collectForExport(db: CallStore, calls?: readonly Pick<SavedCall, 'id'>[]): Promise<ExportCollection> {
  return inTransaction(db, 'r', async (t) => {
    if (!calls) {
      const [articles, allCalls, notes] = [await t.articles.toArray(), await t.calls.toArray(), await t.notes.toArray()];
      return { articles: articles.sort(byId), calls: allCalls.sort(byId), notes: notes.sort(byId) };
    }
    const ids = [...new Set(calls.map((c) => c.id))];
    const rows = (await t.calls.bulkGet(ids)).filter((c): c is SavedCall => !!c);
    const articleIds = [...new Set(rows.flatMap((c) => [...c.articleIds, ...c.mentionedIn]))];
    const articles = (await t.articles.bulkGet(articleIds)).filter((a): a is SavedArticle => !!a);
    const notes = await rowsWhereAnyOf(t.notes, 'callId', rows.map((c) => c.id), (n) => n.callId);
    return { articles: articles.sort(byId), calls: rows.sort(byId), notes: notes.sort(byId) };
  });
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
