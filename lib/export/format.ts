/**
 * Small helpers shared by the export formats: how a participant, a date or a kind of call is
 * written for people, how stored records are ordered, and which articles belong to a call.
 */
import { placeName } from '../gazetteer/entities';
import { foldName } from '../store/keys';
import type { CallKind, Participant } from '../summarize/types';
import type { SavedArticle, SavedCall } from '../store/types';

/** What each kind of call is called in Vietnamese. */
export const KIND_LABELS: Readonly<Record<CallKind, string>> = {
  phone: 'điện đàm',
  video: 'điện đàm trực tuyến',
  planned: 'điện đàm dự kiến',
};

/** Shown where a participant has neither a name nor a title. */
export const UNKNOWN_PARTICIPANT = 'không rõ';

/**
 * The name of a participant for people: the name as the press writes it; else the office and
 * country ("Ngoại trưởng Nga"); else the country alone.
 */
export function participantName(p: Participant): string {
  return participantNameIn(p, 'vi');
}

/** participantName in English words: without a name, the country alone (the office is the press's word). */
export function participantNameIn(p: Participant, language: 'vi' | 'en'): string {
  if (p.name) return p.name;
  const parts = [language === 'vi' ? p.title : null, p.country ? placeName(p.country, language) : null].filter((x): x is string => !!x);
  return parts.length ? parts.join(' ') : language === 'vi' ? UNKNOWN_PARTICIPANT : 'unknown';
}

/**
 * Index of the participant who placed or sought the call (`call.initiator` is a name as the
 * article writes it, sometimes shorter: "Putin" for "Vladimir Putin"), or -1 when unknown.
 */
export function initiatorIndex(call: Pick<SavedCall, 'initiator' | 'participants'>): number {
  const wanted = call.initiator ? foldName(call.initiator) : '';
  if (!wanted) return -1;
  const exact = call.participants.findIndex((p) => (p.name && foldName(p.name) === wanted) || (p.title && foldName(p.title) === wanted));
  if (exact >= 0) return exact;
  const endsWith = (name: string) => name === wanted || name.endsWith(` ${wanted}`) || wanted.endsWith(` ${name}`);
  return call.participants.findIndex((p) => !!p.name && endsWith(foldName(p.name)));
}

/** "3/2/2022" for "2022-02-03", "3/2" for "--02-03"; null when the call has no date. */
export function dateLabel(call: Pick<SavedCall, 'eventDate' | 'eventDatePartial'>): string | null {
  const full = call.eventDate?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (full) return `${Number(full[3])}/${Number(full[2])}/${full[1]}`;
  const partial = call.eventDatePartial?.match(/^--(\d{2})-(\d{2})$/);
  return partial ? `${Number(partial[2])}/${Number(partial[1])}` : null;
}

/** The event date as data: ISO "YYYY-MM-DD", else the partial "--MM-DD", else null. */
export const eventDateValue = (call: Pick<SavedCall, 'eventDate' | 'eventDatePartial'>): string | null => call.eventDate ?? call.eventDatePartial;

/** Oldest first by sortDate (partial and unknown dates first), then by id: the order of CSV rows and notes. */
export function byOldest(a: Pick<SavedCall, 'sortDate' | 'id'>, b: Pick<SavedCall, 'sortDate' | 'id'>): number {
  if (a.sortDate !== b.sortDate) return a.sortDate < b.sortDate ? -1 : 1;
  return a.id - b.id;
}

export const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;

/** The articles that report a call, in the call's order, and those that only mention it. */
export function articlesOfCall<A = SavedArticle>(
  call: Pick<SavedCall, 'articleIds' | 'mentionedIn'>,
  articlesById: ReadonlyMap<number, A>,
): { reporting: A[]; mentioning: A[] } {
  const pick = (ids: readonly number[]) => ids.map((id) => articlesById.get(id)).filter((a): a is A => !!a);
  return { reporting: pick(call.articleIds), mentioning: pick(call.mentionedIn) };
}

/** The address to cite for an article: the one it was read from, else its canonical one. */
export const articleUrl = (a: Pick<SavedArticle, 'url' | 'canonicalUrl'>): string | null => a.url ?? a.canonicalUrl;

/**
 * A web address safe to put behind a link: http(s) only (never "javascript:", "data:"…), as
 * the URL parser normalises it. Null for anything else.
 */
export function webUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
