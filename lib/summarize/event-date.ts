import type { AnalyzedSentence } from '../detect/analysis';
import { findDateExpressions, resolveDate, type DateDirection, type DateExpression, type ResolvedDate } from './dates';
import type { EarlierCall } from './types';

/**
 * The date of the call, and the dates of earlier calls the article mentions.
 *
 * The call's date is read from the sentences that report the call (headline, opening call
 * sentence); for a call that took place, failing those, from the opening paragraphs ("Một trợ
 * lý … hôm qua (18/5) cho biết"), never from a sentence about an earlier call, a caption or a
 * related list (those are not in the text). A call being arranged takes only a date written
 * next to it ("sẽ điện đàm vào thứ Ba").
 */

/** Words right before a date that make it the bound of a period, not the day of the call:
 *  "kể từ ngày 24/2", "đến ngày 3/2", "trước ngày 1/5". */
const NOT_THE_DAY_BEFORE = /(?:kể\s+từ|từ|đến|tới|trước|sau|hồi|cho\s+đến|hạn\s+chót|trong)\s*$/iu;
/** Paragraphs (1 = sapo) searched when the call's own sentences carry no date. */
const FALLBACK_PARAGRAPHS = 3;

export interface EventDate extends ResolvedDate {
  expression: string | null;
  evidence: string | null;
}

function usable(s: AnalyzedSentence, e: DateExpression): boolean {
  return !NOT_THE_DAY_BEFORE.test(s.text.slice(Math.max(0, e.start - 12), e.start));
}

function firstDate(sentences: AnalyzedSentence[], published: string | null, direction: DateDirection): EventDate | null {
  for (const s of sentences) {
    for (const e of findDateExpressions(s.text)) {
      if (!usable(s, e)) continue;
      const r = resolveDate(e, published, direction);
      if (r.date || r.partial) return { ...r, expression: e.text, evidence: s.text };
    }
  }
  return null;
}

export function resolveEventDate(
  callSentences: AnalyzedSentence[],
  all: AnalyzedSentence[],
  published: string | null,
  planned: boolean,
): EventDate {
  const direction: DateDirection = planned ? 'future' : 'past';
  const own = firstDate(callSentences.filter((s) => !s.earlier), published, direction);
  if (own) return own;
  if (!planned) {
    // A sentence with a call phrase that is not the call's own may be about another call.
    const opening = all.filter((s) => s.role !== 'title' && s.paragraph <= FALLBACK_PARAGRAPHS && !s.pastMarker && (!s.hits.length || callSentences.includes(s)));
    const fallback = firstDate(opening, published, direction);
    if (fallback) return fallback;
  }
  return { date: null, partial: null, expression: null, evidence: null };
}

/**
 * Earlier calls: sentences with a call phrase that report an earlier call ("Trước đó, ngày 28
 * và 31/1, …", "cuộc điện đàm đầu tiên hôm 28/1"), or whose date lies before the call's. Each
 * date is resolved against the call's date (or the publication date), looking back.
 */
export function findEarlierCalls(all: AnalyzedSentence[], mainSentences: AnalyzedSentence[], event: EventDate, published: string | null): EarlierCall[] {
  const reference = event.date ?? published;
  const out: EarlierCall[] = [];
  const seen = new Set<string>();
  for (const s of all) {
    if (s.role === 'title' || mainSentences.includes(s)) continue;
    if (!s.hits.some((h) => h.cue !== 'contact' && !h.negated && !h.planned)) continue;
    for (const e of findDateExpressions(s.text)) {
      if (e.text === event.expression && s.text === event.evidence) continue;
      const r = resolveDate(e, reference, 'past');
      if (!r.date && !r.partial) continue;
      const before = event.date && r.date ? r.date < event.date : event.partial && r.partial && !r.date ? r.partial < event.partial : false;
      if (!s.earlier && !before) continue;
      if ((r.date && r.date === event.date) || (!r.date && r.partial === event.partial)) continue;
      const key = r.date ?? r.partial!;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ date: r.date, datePartial: r.partial, expression: e.text, evidence: s.text });
    }
  }
  return out.sort((a, b) => (a.date ?? a.datePartial ?? '').localeCompare(b.date ?? b.datePartial ?? ''));
}
