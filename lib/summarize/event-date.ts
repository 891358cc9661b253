import type { AnalyzedSentence } from '../detect/analysis';
import type { CallHit } from '../detect/call-phrases';
import { SAYING_VERBS, sayingVerbs } from '../detect/vocabulary';
import { findDateExpressions, resolveDate, type DateDirection, type DateExpression, type ResolvedDate } from './dates';
import type { EarlierCall } from './types';

/** "Đây là …", "Đây sẽ là …": a sentence that speaks of this call. */
export const THIS_CALL = /(?:^|,\s*)đây\s+(?:sẽ\s+|có\s+thể\s+|cũng\s+)?(?:là|được\s+(?:xem|coi|cho)\s+là)\s/iu;

/**
 * The date of the call, and the dates of earlier calls the article mentions.
 *
 * The call's date is, in order of trust:
 * 1. a date written right after one of this call's phrases ("cuộc điện đàm diễn ra ngày 25/7/2019",
 *    "đã điện đàm tối 12-2");
 * 2. the first date of the sentences that report the call (headline, opening call sentence:
 *    "Ngày 3/2, Tổng thống Nga … đã có cuộc điện đàm");
 * 3. for a call that took place, the first date of the opening paragraphs that speak of no other
 *    event ("Một trợ lý … hôm qua (18/5) cho biết");
 * never a date of an earlier call, a caption or a related list (those are not in the text). A call
 * being arranged takes only a date written after its phrase ("sẽ điện đàm vào thứ Ba").
 */

/** Words right before a date that make it the bound of a period, not the day of the call:
 *  "kể từ ngày 24/2", "đến ngày 3/2", "trước ngày 1/5". */
const NOT_THE_DAY_BEFORE = /(?:kể\s+từ|(?<!bắt\s+đầu\s+)từ|đến|tới|trước|sau|hồi|cho\s+đến|hạn\s+chót|trong)\s*$/iu;
/** Paragraphs (1 = sapo) searched when the call's own sentences carry no date. */
const FALLBACK_PARAGRAPHS = 3;
/** A date "attached" to a call phrase starts within this many words after it. */
const ATTACHED_WINDOW = 4;
/** "sau cuộc điện đàm ngày 15/11" is this call when that day is at most this far from publication. */
const SAME_CALL_DAYS = 1;
/** How far (in words) a date may stand from the earlier call's phrase it belongs to. */
const EARLIER_DATE_WINDOW = 16;
/** …and from a call phrase of other parties it follows ("cuộc điện đàm giữa X và Y hôm 18/3"). */
const OTHER_CALL_DATE_WINDOW = 10;

export interface EventDate extends ResolvedDate {
  expression: string | null;
  evidence: string | null;
}

export const NO_EVENT_DATE: EventDate = { date: null, partial: null, expression: null, evidence: null };
const DAY_MS = 86_400_000;

/** Inside a quotation: "… đã GỌI CHO TÔI hôm nay" — "hôm nay" is the speaker's day, not the article's. So is a quote's
 *  last sentence, whose opening mark stands in the sentence before: `Tôi nghĩ mình sẽ nói chuyện với … vào ngày mai",
 *  ông Trump cho biết.` */
function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const after = text.slice(at);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  const closesLater = (after.match(/”/g) ?? []).length > (after.match(/“/g) ?? []).length;
  return straight % 2 === 1 || open > 0 || (straight === 0 && (after.match(/"/g) ?? []).length % 2 === 1) || closesLater;
}

/** A full date joined by a dash to one of another year: the two ends of a span ("(23/9/1975-23/9/2020)", an
 *  anniversary's), neither the day anything in the sentence took place. */
const SPAN_END_AFTER = /^\s*[-–]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{4})/u;
const SPAN_START_BEFORE = /(\d{4})\s*[-–]\s*$/u;
function spanEnd(s: AnalyzedSentence, e: DateExpression): boolean {
  if (e.year === undefined) return false;
  const other = SPAN_END_AFTER.exec(s.text.slice(e.end)) ?? SPAN_START_BEFORE.exec(s.text.slice(0, e.start));
  return !!other && Number(other[1]) !== e.year;
}

function usable(s: AnalyzedSentence, e: DateExpression): boolean {
  if (e.relativeDays !== undefined && quoted(s.text, e.start)) return false;
  if (spanEnd(s, e)) return false;
  const before = s.text.slice(Math.max(0, e.start - 12), e.start);
  // "trong tháng 3" is a period, "trong ngày 9/9" the day.
  if (/trong\s*$/iu.test(before) && /^ngày\s/iu.test(e.text)) return true;
  // "Từ ngày 21-22/11", "từ ngày 25 đến ngày 26/11": the days of a range are the event's, not a date it runs from.
  if (/(?<![\p{L}])từ\s*$/iu.test(before) && /\d\s*(?:[-–]|đến|tới)\s*(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d/u.test(e.text)) return true;
  return !NOT_THE_DAY_BEFORE.test(before);
}

/** Words after "cuộc điện đàm" that make it this call's anaphor: "Cuộc điện đàm diễn ra tối 12-2". */
const ANAPHOR_AFTER = /^\s*(?:diễn\s+ra|đã\s+diễn\s+ra|kéo\s+dài|được\s+tiến\s+hành|bắt\s+đầu|kết\s+thúc|được\s+thực\s+hiện)/iu;
/** Numbers and plurals before a call phrase: "hai cuộc điện đàm", "các cuộc điện đàm" are other calls. */
const PLURAL_BEFORE = /(?:hai|ba|bốn|năm|\d+|các|những|nhiều|mấy|loạt)\s+(?:cuộc|lần)\s*$/iu;
/** Words between a call phrase and a date that move to another event: "kể từ khi ông Biden nhậm chức hôm 20-1". */
const OTHER_EVENT_BETWEEN = /(?<![\p{L}])(?:kể\s+từ|sau\s+khi|trước\s+khi|khi|trong\s+bối\s+cảnh|nhân\s+dịp|giữa\s+lúc|vì|do)(?![\p{L}])/iu;

/**
 * Does this phrase stand for this call: "cuộc điện đàm này", or "Cuộc điện đàm diễn ra …" as the
 * subject the sentence opens with ("Theo văn bản, cuộc điện đàm diễn ra ngày 25/7")? Not "… sau
 * cuộc hội đàm trực tuyến kéo dài 2 giờ …" in the middle of a sentence.
 */
function anaphoric(s: AnalyzedSentence, h: CallHit): boolean {
  if (!/cuộc\s*$/iu.test(s.text.slice(Math.max(0, h.start - 6), h.start))) return false;
  const after = s.text.slice(h.end);
  if (/^\s*(?:này|đó)(?![\p{L}])/iu.test(after)) return true;
  const opening = s.text.slice(0, h.start).replace(/^[^,]{0,60},\s*/u, '');
  return ANAPHOR_AFTER.test(after) && opening.split(/\s+/).filter(Boolean).length <= 2;
}
/** "… cuộc điện đàm giữa Ngoại trưởng Nga … và Phó Tổng thống Venezuela … diễn ra hôm 3/1": this call named by its
 *  sides (the people before that verb, who must be this call's: see resolveEventDate) and the verb of its taking place,
 *  whose date follows. Where that verb ends, or -1. */
const BY_ITS_SIDES = /^\s*giữa\s[^.;:!?“”"]{1,160}?(?<![\p{L}])(?:đã\s+)?(?:diễn\s+ra|được\s+tiến\s+hành)(?![\p{L}])/iu;
function sidesAnaphorEnd(s: AnalyzedSentence, h: CallHit): number {
  if (!/cuộc\s*$/iu.test(s.text.slice(Math.max(0, h.start - 6), h.start))) return -1;
  const m = BY_ITS_SIDES.exec(s.text.slice(h.end));
  return m ? h.end + m[0].length : -1;
}
const plural = (s: AnalyzedSentence, h: CallHit) => PLURAL_BEFORE.test(s.text.slice(Math.max(0, h.start - 16), h.start));

const wordAt = (s: AnalyzedSentence, char: number) => {
  const i = s.tokens.findIndex((t) => t.end > char);
  return i < 0 ? s.tokens.length : i;
};

/** Is this "earlier" phrase really this call, dated the day of publication ("sau cuộc điện đàm ngày 15/11")? */
function sameDayAsPublication(r: ResolvedDate, published: string | null): boolean {
  if (!r.date || !published) return false;
  return Math.abs(Date.parse(r.date) - Date.parse(published)) <= SAME_CALL_DAYS * DAY_MS;
}

/** A date further on in the call's own clause, introduced as the day it took place: "… đã hội đàm trực tuyến
 *  với người đồng cấp Mỹ … trong ngày 9/9" (after "Ngày 10/9, các nguồn tin cho biết …"), "cuộc điện đàm riêng
 *  tư giữa X và Y, được cho là diễn ra vào ngày 28.7". */
const CLAUSE_DATE_WINDOW = 20;
const DAY_INTRODUCER = /(?:diễn\s+ra|vào|hôm|ngày|trong\s+ngày|sáng|chiều|tối|trưa|đêm|rạng\s+sáng)\s*$/iu;
const OTHER_EVENT_WORDS = /(?<![\p{L}])(?:cuộc\s+gặp|gặp\s+gỡ|hội\s+nghị|chuyến\s+thăm|thượng\s+đỉnh|tuyên\s+bố|phát\s+biểu|bầu\s+cử|nhậm\s+chức|cho\s+biết)(?![\p{L}])/iu;
function inCallClause(s: AnalyzedSentence, h: CallHit, e: DateExpression): boolean {
  // Only the sentence's own call: a later phrase is another call ("…, một ngày sau cuộc điện đàm giữa … hôm 18/3").
  if (s.hits.find((o) => !o.earlier && !o.negated) !== h) return false;
  if (wordAt(s, e.start) - h.to > CLAUSE_DATE_WINDOW) return false;
  // (A few words in quotes that the call is said to have been are no break: "cuộc điện đàm “thẳng thắn, hữu nghị” vào chiều 8-6".)
  const between = s.text.slice(h.end, e.start).replace(/^\s*[“"][^“”".;:!?]{1,40}[”"]/u, '');
  if (/[;:.!?()“”"]/.test(between) || OTHER_EVENT_BETWEEN.test(between) || OTHER_EVENT_WORDS.test(between)) return false;
  if (s.hits.some((o) => o !== h && o.start >= h.end && o.start < e.start)) return false;
  return DAY_INTRODUCER.test(s.text.slice(Math.max(0, e.start - 14), e.start)) || /^(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)\s/iu.test(e.text);
}

/** "… nêu lập trường trên trong cuộc điện đàm", "… cảnh báo như vậy tại cuộc gọi": what the sentence before
 *  said, said in the call. */
const SAID_IN_THE_CALL = /(?<![\p{L}])(?:thông\s+điệp|cảnh\s+báo|lời\s+cảnh\s+báo|yêu\s+cầu|lập\s+trường|tuyên\s+bố|phát\s+biểu|khẳng\s+định|nhận\s+định|lời\s+kêu\s+gọi|đề\s+nghị|cam\s+kết|ý\s+kiến|quan\s+điểm)\s+(?:như\s+vậy|như\s+trên|trên|này|đó)\s+(?:trong|tại|qua)\s+(?:(?:một|các|những)\s+)?(?:cuộc\s+)?$/iu;

/**
 * The day a quote was spoken, which its own "ngày mai" / "hôm qua" count from: a full date of the quote's sentence
 * outside the quote (`“Ngày mai tôi sẽ gọi điện …”, ông Trump phát biểu hôm 9/12`), else one the first of the call's
 * sentences that dates anything gives before its call phrase, the day it reports a statement on ("Tổng thống … ngày
 * 10/12 đã lên tiếng về kế hoạch điện đàm …"). Null when neither says: the quote's days then date nothing.
 */
function speechDay(s: AnalyzedSentence, dayOfStatement: () => DateExpression | undefined, published: string | null): string | null {
  const own = findDateExpressions(s.text).find((e) => e.relativeDays === undefined && e.day !== undefined && !quoted(s.text, e.start) && usable(s, e));
  const e = own ?? dayOfStatement();
  return e ? resolveDate(e, published, 'past').date : null;
}

/** The date the first of the call's sentences that dates anything gives before its call phrase (see speechDay). */
function statementDay(callSentences: AnalyzedSentence[]): DateExpression | undefined {
  for (const c of callSentences) {
    const hit = c.hits.find((h) => !h.earlier && !h.negated);
    const e = hit && findDateExpressions(c.text).find((d) => d.end <= hit.start && d.relativeDays === undefined && d.day !== undefined && usable(c, d));
    if (e) return e;
  }
  return undefined;
}

/** Where the day a quote was spoken is looked for: the call's sentences (see speechDay). */
type SpokenOn = (s: AnalyzedSentence) => string | null;

/** The day a date of the sentence counts from, or undefined when it dates nothing: publication, or for a quote's own
 *  "ngày mai" the day the quote was spoken. */
function countedFrom(s: AnalyzedSentence, e: DateExpression, published: string | null, spokenOn?: SpokenOn): string | null | undefined {
  if (e.relativeDays !== undefined && quoted(s.text, e.start) && !spanEnd(s, e)) return spokenOn?.(s) ?? undefined;
  return usable(s, e) ? published : undefined;
}

/** Dates written right after a phrase of this call (in the call's sentences, or an anaphor elsewhere). */
function attachedDate(sentences: AnalyzedSentence[], callSentences: AnalyzedSentence[], published: string | null, direction: DateDirection, spokenOn?: SpokenOn): EventDate | null {
  const ordered = [...callSentences, ...sentences.filter((s) => !callSentences.includes(s))];
  for (const s of ordered) {
    const dates = findDateExpressions(s.text);
    for (const h of s.hits) {
      if (h.negated || (h.earlier && !h.earlierByDate) || plural(s, h)) continue;
      // A call being arranged is dated by any sentence about it that says when ("hai bên đang chuẩn bị điện đàm vào tối ngày 20/9").
      const bySides = callSentences.includes(s) ? -1 : sidesAnaphorEnd(s, h);
      if (!callSentences.includes(s) && !anaphoric(s, h) && bySides < 0 && !h.earlierByDate && !(direction === 'future' && h.planned)) continue;
      const from = bySides < 0 ? h.end : bySides;
      const fromWord = bySides < 0 ? h.to : wordAt(s, bySides);
      for (const e of dates) {
        const at = wordAt(s, e.start);
        const countsFrom = countedFrom(s, e, published, spokenOn);
        if (e.start < from || countsFrom === undefined) continue;
        // "… điện đàm với … trước khi cuộc gặp thượng đỉnh … diễn ra vào ngày 15/8": the date of another event.
        if (OTHER_EVENT_BETWEEN.test(s.text.slice(from, e.start))) continue;
        // Far from the phrase, a date in its clause is the call's only when the sentence does not open with the call's
        // day ("Ngày 2/5, … điện đàm với …, nhắc lại quan hệ … thiết lập ngày 10/11/2017").
        if (at - fromWord > ATTACHED_WINDOW && !(callSentences.includes(s) && inCallClause(s, h, e) && !opensWithDate(s, dates, h))) continue;
        const r = resolveDate(e, countsFrom, direction);
        if (!r.date && !r.partial) continue;
        if (h.earlierByDate && !sameDayAsPublication(r, published)) continue;
        return { ...r, expression: e.text, evidence: s.text };
      }
    }
  }
  return null;
}

/** How far into a sentence a date may stand to be its opening's: "Ngày 2/5, …", "Chiều 12/4, tại Hà Nội, …". */
const OPENING_DATE_WORDS = 3;
// Not a report's day: "Ngày 10/9, các nguồn tin cho biết … trong ngày 9/9", "Theo The Independent ngày 11.8, cuộc …".
const opensWithDate = (s: AnalyzedSentence, dates: ReturnType<typeof findDateExpressions>, h: { start: number }) =>
  !/^\s*theo(?![\p{L}])/iu.test(s.text) &&
  dates.some((e) => e.end <= h.start && wordAt(s, e.start) <= OPENING_DATE_WORDS && usable(s, e) && !REPORTS.test(s.text.slice(e.end, h.start)));

/** Verbs that report what the sentence goes on to tell. */
const REPORTING_VERB = new RegExp(sayingVerbs(SAYING_VERBS.announcing), 'giu');
/** The same verbs, for a test (a global expression's test() keeps its place between calls). */
const REPORTS = new RegExp(REPORTING_VERB.source, 'iu');

/**
 * "… trong buổi họp báo ngày 15/3 cho biết Tổng thống đắc cử … chiều ngày 14/3 đã có cuộc điện đàm …": a date between
 * the reporting verb and the call phrase is the call's; the one before the verb is the report's.
 */
function reportedDay(sentences: AnalyzedSentence[], published: string | null, direction: DateDirection): EventDate | null {
  for (const s of sentences) {
    const hit = s.hits.find((h) => !h.earlier && !h.negated);
    if (!hit) continue;
    const verbs = [...s.text.slice(0, hit.start).matchAll(REPORTING_VERB)];
    const verb = verbs[verbs.length - 1];
    if (!verb) continue;
    const verbEnd = verb.index! + verb[0].length;
    const dates = findDateExpressions(s.text);
    // Only when the report has its own date before the verb: otherwise the first date is the call's anyway.
    if (!dates.some((e) => e.end <= verb.index!)) continue;
    const e = dates.find((d) => d.start >= verbEnd && d.end <= hit.start && usable(s, d));
    if (!e) continue;
    const r = resolveDate(e, published, direction);
    if (r.date || r.partial) return { ...r, expression: e.text, evidence: s.text };
  }
  return null;
}

/** "… cuộc điện đàm diễn ra một ngày trước đó": the call so many days before the day the sentence reports on. */
const DAYS_BEFORE = /^[^,.;]{0,30}?(?<![\p{L}])(một|hai|ba|\d)\s+ngày\s+trước(?:\s+đó)?(?![\p{L}])/iu;
const DAY_COUNTS: Record<string, number> = { một: 1, hai: 2, ba: 3 };

/** "Người phát ngôn … ngày 18-11 cho biết cuộc điện đàm diễn ra một ngày trước đó …": the report's day less those days. */
function dayBeforeReport(sentences: AnalyzedSentence[], published: string | null, direction: DateDirection): EventDate | null {
  for (const s of sentences) {
    const hit = s.hits.find((h) => !h.earlier && !h.negated);
    const m = hit && DAYS_BEFORE.exec(s.text.slice(hit.end));
    if (!hit || !m) continue;
    const report = findDateExpressions(s.text).filter((e) => e.end <= hit.start).pop();
    if (!report) continue;
    const r = resolveDate(report, published, direction);
    const days = DAY_COUNTS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const expression = `${report.text} … ${m[0].trim()}`;
    if (r.date) {
      const date = new Date(Date.parse(`${r.date}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
      return { date, partial: `--${date.slice(5)}`, expression, evidence: s.text };
    }
    // A report's day without its year: the day and month so many days before, where a leap year would not change them
    // (else none: never the report's own day).
    if (r.partial) {
      const before = (year: number) => new Date(Date.parse(`${year}${r.partial!.slice(1)}T00:00:00Z`) - days * DAY_MS).toISOString().slice(4, 10);
      const partial = `-${before(2001)}`;
      return partial === `-${before(2000)}` ? { date: null, partial, expression, evidence: s.text } : { ...NO_EVENT_DATE };
    }
  }
  return null;
}

/** Words before a date that name a column ("Tin thế giới", "Điểm tin", "Bản tin"), not a time of day. */
const COLUMN_LABEL = /^\s*[\p{Lu}][\p{L}]*(?:\s+[\p{L}]+){0,4}\s*$/u;
const columnLabel = (before: string) => COLUMN_LABEL.test(before.replace(/(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s*$/iu, ''));

/** Two days joined as a span, then the month: "12-14/3", "ngày 14 đến ngày 15/9". */
const DAY_SPAN = /\d\s*(?:[-–]|đến|tới)\s*(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d/u;
/** After a day before the call phrase, what makes it the day the call is set for: a comma, or the plan's own "sẽ" /
 *  "phải", with its speaker ("Ngày 18/3 sẽ có cuộc điện đàm …", "Ngày mai tôi sẽ phải thực hiện một số cuộc điện đàm"). */
const SETS_THE_DAY = /^\s*(?:,|(?:(?:tôi|chúng\s+tôi|ông|bà|họ)\s+)?(?:sẽ|phải)(?![\p{L}]))/iu;
/** Words before a day that put it still to come: "dự kiến diễn ra vào ", "sẽ được tổ chức ", "sẽ nhậm chức ", or a longer
 *  clause up to its "vào" ("sẽ đưa các công dân trở về Hà Nội vào "), whose words hold no comma to cross into another. */
const STILL_TO_COME_BEFORE = /(?<![\p{L}])(?:dự\s+kiến|sẽ)\s+(?:(?:[\p{L}]+\s+){0,8}vào\s+|(?:[\p{L}]+\s+){0,3})$/iu;
/**
 * The first usable date of the sentences. Dates after an earlier call's phrase belong to that
 * call ("…, sau cuộc điện đàm hôm 4/4"). For a call being arranged, only a date written after the
 * call phrase and not before publication counts ("sẽ điện đàm vào thứ Ba"), not the day the plan
 * was announced ("ngày 4/6 cho biết đang thu xếp cuộc điện đàm").
 */
function firstDate(sentences: AnalyzedSentence[], published: string | null, direction: DateDirection, planned: boolean, spokenOn?: SpokenOn): EventDate | null {
  for (const s of sentences) {
    const earlierFrom = Math.min(...s.hits.filter((h) => h.earlier).map((h) => h.start), Infinity);
    const call = s.hits.find((h) => !h.earlier);
    const callAt = call?.start ?? 0;
    const expressions = findDateExpressions(s.text);
    for (const e of expressions) {
      const from = countedFrom(s, e, published, spokenOn);
      if (from === undefined || e.start >= earlierFrom) continue;
      // A span of days beside a day of its own dates the longer event ("Trong khuôn khổ chuyến thăm … từ 12-14/3, chiều ngày
      // 13/3, Thủ tướng … điện đàm …"): the call is the single day.
      if (DAY_SPAN.test(e.text) && expressions.some((o) => o.text !== e.text && !DAY_SPAN.test(o.text) && o.start < earlierFrom)) continue;
      // After the call, a clause of another event ("… trước khi cuộc gặp thượng đỉnh diễn ra vào ngày 15/8") dates that event.
      // A column's name before a colon dates the column, not its first item ("Tin thế giới tối 8-1: Tổng thống … điện đàm …").
      if (call && e.end <= callAt && columnLabel(s.text.slice(0, e.start)) && /^\s*:/u.test(s.text.slice(e.end))) continue;
      // After a semicolon, another item of a list ("X điện đàm với Y; Z ký dự luật …; … là những tin nổi bật tối 8-1").
      if (call && e.start >= call.end && (OTHER_EVENT_BETWEEN.test(s.text.slice(call.end, e.start)) || s.text.slice(call.end, e.start).includes(';'))) continue;
      // Before the call phrase, the day a plan was told ("ngày 4/6 cho biết đang thu xếp …"), not the day of a meeting
      // the sentence sets ("Từ ngày 21-22/11, Thủ tướng sẽ tham dự Hội nghị … theo hình thức trực tuyến", "Tổng thống Mỹ …
      // ngày 18.3 sẽ có cuộc điện đàm …").
      if (planned && e.start < callAt && (REPORTS.test(s.text.slice(e.end, callAt)) || !SETS_THE_DAY.test(s.text.slice(e.end)))) continue;
      // A day said to be still to come dates another event when the call has taken place ("… chuẩn bị cho Hội nghị …
      // (dự kiến diễn ra ngày 16/6)").
      if (!planned && STILL_TO_COME_BEFORE.test(s.text.slice(Math.max(0, e.start - 40), e.start))) continue;
      const r = resolveDate(e, from, direction);
      if (planned && r.date && published && r.date < published) continue;
      if (r.date || r.partial) return { ...r, expression: e.text, evidence: s.text };
    }
  }
  return null;
}

/**
 * @param partyCountries countries of the call's parties: a sentence that names anyone else
 *   ("Trump sẽ gọi cho Zelensky") is about another call and gives no date.
 */
export function resolveEventDate(
  callSentences: AnalyzedSentence[],
  all: AnalyzedSentence[],
  published: string | null,
  planned: boolean,
  partyCountries: ReadonlySet<string>,
): EventDate {
  const direction: DateDirection = planned ? 'future' : 'past';
  const aboutThisCall = (s: AnalyzedSentence) =>
    callSentences.includes(s) ||
    (s.role !== 'title' && s.hits.every((h) => !h.planned || planned) && s.people.every((p) => !p.country || partyCountries.has(p.country))) ||
    // (…or names them as the call's sides before the day it took place, whoever the rest of the sentence names: "…
    // diễn ra hôm 3/1, ngay sau khi Nhà Trắng công bố …".)
    s.hits.some((h) => {
      const end = sidesAnaphorEnd(s, h);
      const sides = s.people.filter((p) => p.start < end && p.start > h.end);
      return !h.planned && sides.length >= 2 && sides.every((p) => !p.country || partyCountries.has(p.country));
    });
  const candidates = all.filter(aboutThisCall);
  // A quote's own "ngày mai" counts from the day it was spoken, when the text gives that day.
  // (The statement's day depends on the call's sentences alone: read once, and only for a quote that needs it.)
  let statement: { day: DateExpression | undefined } | null = null;
  const statementDayOnce = () => (statement ??= { day: statementDay(callSentences) }).day;
  const spokenOn: SpokenOn = (s) => speechDay(s, statementDayOnce, published);
  const attached = attachedDate(candidates, callSentences, published, direction, spokenOn);
  if (attached && (!planned || !attached.date || !published || attached.date >= published)) return attached;
  const before = dayBeforeReport(callSentences.filter((s) => !s.earlier), published, direction);
  if (before) return before;
  const reported = reportedDay(callSentences.filter((s) => !s.earlier), published, direction);
  if (reported) return reported;
  const own = firstDate(callSentences.filter((s) => !s.earlier), published, direction, planned, spokenOn);
  if (own) return own;
  // "Ngày 7/6, Ngoại trưởng … bác bỏ … . Ông nêu lập trường trên trong cuộc điện đàm với …": the call where
  // what the sentence before says was said, on that sentence's day.
  for (const s of callSentences) {
    const before = s.hits.some((h) => !h.earlier && !h.planned && SAID_IN_THE_CALL.test(s.text.slice(0, h.start))) ? all[all.indexOf(s) - 1] : undefined;
    const said = before && before.role !== 'title' ? firstDate([before], published, direction, false, spokenOn) : null;
    if (said) return said;
  }
  if (!planned) {
    const opening = candidates.filter((s) => s.role !== 'title' && s.paragraph <= FALLBACK_PARAGRAPHS && !s.pastMarker && s.hits.every((h) => !h.earlier));
    // One of them that tells the call again ("Cuộc điện đàm kéo dài nửa giờ, vào tối 5-6, …") before one that does not
    // ("… sẽ nhậm chức vào ngày 12-6", the line between them).
    const retold = firstDate(opening.filter((s) => s.hits.some((h) => !h.planned && !h.negated)), published, direction, false, spokenOn);
    if (retold) return retold;
    const fallback = firstDate(opening, published, direction, false, spokenOn);
    if (fallback) return fallback;
  } else {
    // A call still to come whose sentence gives no day: the next sentence of the opening that speaks of it as still to
    // come and gives one ("… cuộc điện đàm giữa hai ông … đang được chuẩn bị vào thứ Ba").
    const opening = candidates.filter((s) => !callSentences.includes(s) && s.role !== 'title' && s.paragraph <= FALLBACK_PARAGRAPHS && s.hits.some((h) => h.planned && !h.negated && !h.earlier));
    const fallback = firstDate(opening, published, direction, true, spokenOn);
    if (fallback && (!fallback.date || !published || fallback.date >= published)) return fallback;
    // …or any sentence of the opening about this call's sides that gives a day still to come ("Đại sứ quán … thông báo,
    // Tổng thống … sẽ tham dự Hội nghị … diễn ra vào ngày 26-10", beside the sentence that says the meeting is online).
    const about = candidates.filter((s) => !callSentences.includes(s) && s.role !== 'title' && s.paragraph <= FALLBACK_PARAGRAPHS && !s.pastMarker && s.hits.every((h) => !h.earlier));
    const coming = firstDate(about, published, direction, true, spokenOn);
    if (coming?.date && published && coming.date >= published) return coming;
  }
  return NO_EVENT_DATE;
}

/** How many days before publication a photo caption's call may be: the call the article reports, not an archive photo's. */
const CAPTION_CALL_DAYS = 7;

/**
 * The date a photo caption gives the call when the text gives none: "… trong cuộc họp trực tuyến với ông Trump
 * vào ngày 13/8. Ảnh: Reuters". Only a date written right after a call phrase of the caption and in the week
 * before publication: captions also show archive photos ("… tại Moskva ngày 26/6/2020").
 */
export function captionDate(captions: readonly AnalyzedSentence[], published: string | null): EventDate | null {
  if (!published) return null;
  for (const s of captions) {
    for (const h of s.hits) {
      if (h.negated || h.planned || h.cue === 'contact') continue;
      for (const e of findDateExpressions(s.text)) {
        if (e.start < h.end || wordAt(s, e.start) - h.to > CAPTION_DATE_WINDOW || !usable(s, e)) continue;
        const r = resolveDate(e, published, 'past');
        if (!r.date) continue;
        const days = (Date.parse(published) - Date.parse(r.date)) / DAY_MS;
        if (days >= 0 && days <= CAPTION_CALL_DAYS) return { ...r, expression: e.text, evidence: s.text };
      }
    }
  }
  return null;
}
/** How far after the caption's call phrase its date may be ("trong cuộc họp trực tuyến với ông Trump vào ngày 13/8"). */
const CAPTION_DATE_WINDOW = 8;

/**
 * Earlier calls the article mentions, with their dates:
 * - next to a phrase marked as an earlier call ("Trước đó, ngày 28 và 31/1, hai nhà lãnh đạo …
 *   đã có các cuộc điện đàm", "sau cuộc điện đàm hôm 4/4", "cuộc điện đàm đầu tiên hôm 28/1");
 * - or right after the phrase of another call and before this one's day ("kết quả cuộc điện đàm
 *   giữa ông Trump và Tổng thống Putin hôm 18/3"), or with a year before this one's.
 * A date belongs to the call phrase nearest to it, and not to a meeting nearer still ("cuộc gặp …
 * tại Phòng Bầu dục hôm 28/2"). Each date is resolved against the call's date (or the publication
 * date), looking back.
 */
export function findEarlierCalls(all: AnalyzedSentence[], mainSentences: AnalyzedSentence[], event: EventDate, published: string | null): EarlierCall[] {
  const reference = event.date ?? published;
  const out: EarlierCall[] = [];
  const seen = new Set<string>();
  for (const s of all) {
    if (s.role === 'title') continue;
    const hits = s.hits.filter((h) => h.cue !== 'contact' && !h.negated && !h.planned);
    if (!hits.length) continue;
    for (const e of findDateExpressions(s.text)) {
      if (s.text === event.evidence && e.text === event.expression) continue;
      const first = wordAt(s, e.start);
      const last = wordAt(s, e.end - 1);
      const distance = (h: CallHit) => (first >= h.to ? first - h.to : Math.max(0, h.from - last));
      const nearest = hits.reduce((a, b) => (distance(b) < distance(a) ? b : a));
      const r = resolveDate(e, reference, 'past');
      if (!r.date && !r.partial) continue;
      if ((r.date && r.date === event.date) || (!r.date && r.partial === event.partial)) continue;
      let isEarlier = false;
      if (nearest.earlier) {
        isEarlier = distance(nearest) <= EARLIER_DATE_WINDOW && !(nearest.earlierByDate && sameDayAsPublication(r, published) && !event.date);
      } else if (
        !mainSentences.includes(s) &&
        !anaphoric(s, nearest) &&
        !THIS_CALL.test(s.text) &&
        first >= nearest.to &&
        first - nearest.to <= OTHER_CALL_DATE_WINDOW &&
        !OTHER_EVENT_BETWEEN.test(s.text.slice(nearest.end, e.start))
      ) {
        // Another call, dated before this one.
        isEarlier = !!(event.date && r.date && r.date < event.date) || (e.year !== undefined && !!reference && e.year < +reference.slice(0, 4));
      } else if (e.year !== undefined && reference && e.year < +reference.slice(0, 4) && distance(nearest) <= OTHER_CALL_DATE_WINDOW && !mainSentences.includes(s)) {
        isEarlier = true;
      }
      if (!isEarlier) continue;
      const key = r.date ?? r.partial!;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ date: r.date, datePartial: r.partial, expression: e.text, evidence: s.text });
    }
  }
  return out.sort((a, b) => (a.date ?? a.datePartial ?? '').localeCompare(b.date ?? b.datePartial ?? ''));
}
