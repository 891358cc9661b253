/**
 * How the import merges a record of the file into the database's record of the same thing.
 * Pure functions; the same rules as saveCall where it has one (lib/store/calls.ts).
 *
 * - Articles (same urlKey): the database's record stays; a field it does not know (null) is
 *   taken from the file (what one copy does not know does not erase what the other does);
 *   savedAt becomes the earlier of the two (the first save, on any device).
 * - Calls (same callKey, or the same reporting article): the database's values stay; lists are
 *   united (articleIds, mentionedIn, topics, agreements, earlierCalls); a value the database does
 *   not know (null: date, initiator, ordinal, attribution, a participant's title or id) is taken
 *   from the file; createdAt becomes the earlier of the two.
 * - A call only mentioned in the file, whose event the database has as a reported call: the
 *   reported call gains the mentions (as saveCall links a mention to the reported call).
 * - A reported call in the file, whose event the database has only as a mentioned call: the
 *   mentioned call becomes the reported one (same id and note, mentions kept), as in saveCall.
 * - Notes (same call): identical texts (spaces at the ends ignored) → nothing changes; when one
 *   text contains the other, the longer is kept; otherwise both are kept, the database's first,
 *   then a blank line, then the file's. Importing the same file again therefore changes nothing.
 */
import type { EarlierCall, Participant } from '../summarize/types';
import { participantKeyOf } from '../store/keys';
import type { SavedArticle } from '../store/types';
import type { ImportedCall } from './validate';

/** A call being imported: ids are the database's; `id` is absent while the call is new. */
export type CallDraft = Omit<ImportedCall, 'id'> & { id?: number };

/** JSON with object keys sorted: two equal records give the same string. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Equal apart from the time of the last change. */
export const sameRecord = (a: object, b: object): boolean => stableJson({ ...a, updatedAt: null }) === stableJson({ ...b, updatedAt: null });

export function union<T>(a: readonly T[], b: readonly T[], key: (x: T) => string = (x) => String(x)): T[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const x of b) {
    const k = key(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

/** The earlier of two ISO timestamps (the first when they cannot be compared). */
export function earlier(a: string, b: string): string {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return Number.isFinite(ta) && Number.isFinite(tb) && tb < ta ? b : a;
}

const earlierCallKey = (e: EarlierCall) => `${e.date}|${e.datePartial}|${e.expression}`;

// ---- Articles ----

export function mergeArticle(stored: SavedArticle, file: SavedArticle): SavedArticle {
  return {
    ...stored,
    url: stored.url ?? file.url,
    canonicalUrl: stored.canonicalUrl ?? file.canonicalUrl,
    title: stored.title || file.title,
    lead: stored.lead || file.lead,
    text: stored.text || file.text,
    siteName: stored.siteName ?? file.siteName,
    publishedAt: stored.publishedAt ?? file.publishedAt,
    author: stored.author ?? file.author,
    attribution: stored.attribution ?? file.attribution,
    savedAt: earlier(stored.savedAt, file.savedAt),
  };
}

// ---- Calls ----

/** The stored participants, with what the file adds (a title, an id) filled in. */
function mergeParticipants(stored: readonly Participant[], added: readonly Participant[]): Participant[] {
  return stored.map((p) => {
    const key = participantKeyOf(p);
    const q = key ? added.find((x) => participantKeyOf(x) === key) : undefined;
    if (!q) return p;
    return { name: p.name ?? q.name, title: p.title ?? q.title, country: p.country ?? q.country, leaderId: p.leaderId ?? q.leaderId };
  });
}

/** Mentions of a call, without the articles that report it. */
const mentionsOutside = (mentionedIn: readonly number[], articleIds: readonly number[]) => mentionedIn.filter((id) => !articleIds.includes(id));

/** The same call known to the database (`stored`) and to the file (`file`). */
export function mergeCall(stored: CallDraft, file: CallDraft): CallDraft {
  const articleIds = union(stored.articleIds, file.articleIds);
  return {
    ...stored,
    eventDate: stored.eventDate ?? file.eventDate,
    eventDatePartial: stored.eventDatePartial ?? file.eventDatePartial,
    eventDateExpression: stored.eventDateExpression ?? file.eventDateExpression,
    participants: mergeParticipants(stored.participants, file.participants),
    initiator: stored.initiator ?? file.initiator,
    ordinal: stored.ordinal ?? file.ordinal,
    topics: union(stored.topics, file.topics),
    agreements: union(stored.agreements, file.agreements),
    earlierCalls: union(stored.earlierCalls, file.earlierCalls, earlierCallKey),
    attribution: stored.attribution ?? file.attribution,
    articleIds,
    mentionedIn: mentionsOutside(union(stored.mentionedIn, file.mentionedIn), articleIds),
    createdAt: earlier(stored.createdAt, file.createdAt),
  };
}

/** A reported call gains the mentions of a mentioned call of the same event. */
export function addMentions(reported: CallDraft, mentionedIn: readonly number[]): CallDraft {
  return { ...reported, mentionedIn: mentionsOutside(union(reported.mentionedIn, mentionedIn), reported.articleIds) };
}

/** A mentioned call of the database becomes the reported call of the file (keeping its id and mentions). */
export function promoteMention(mention: CallDraft, reported: CallDraft): CallDraft {
  return {
    ...reported,
    ...(mention.id === undefined ? {} : { id: mention.id }),
    mentionedIn: mentionsOutside(union(mention.mentionedIn, reported.mentionedIn), reported.articleIds),
    createdAt: earlier(mention.createdAt, reported.createdAt),
  };
}

// ---- Notes ----

/** The text of a call's note after merging the file's note into the database's (see the rules above). */
export function mergeNoteText(stored: string, file: string): string {
  const a = stored.trim();
  const b = file.trim();
  if (!b || a === b || a.includes(b)) return stored;
  if (!a || b.includes(a)) return file;
  return `${a}\n\n${b}`;
}
