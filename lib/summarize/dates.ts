/**
 * Dates as Vietnamese news writes them, and their resolution to calendar dates.
 *
 * Articles rarely write a year: "hôm qua (18/5)", "ngày 3/2", "hôm 28/1", "ngày 25-10",
 * "tối 12-2 (giờ Mỹ)", "thứ Hai", "ngày 28 và 31/1". The year (and the day, for relative
 * expressions) comes from the publication date; a day that would fall well after publication
 * (SAME_YEAR_AFTER_DAYS) is from the year before. Without a publication date only the month and
 * day can be known, and they are given as an ISO 8601 partial date "--MM-DD".
 */
import { NUMBER_WORDS } from '../text/number-words';

export interface DateExpression {
  /** The words the date came from, as written ("hôm qua (18/5)"). */
  text: string;
  start: number;
  end: number;
  day?: number;
  month?: number;
  year?: number;
  /** Days from the publication date: 0 "hôm nay", -1 "hôm qua", -2 "hôm kia", 1 "ngày mai". */
  relativeDays?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /** -1 "tuần trước", 1 "tuần tới", 0 unspecified. */
  weekOffset?: number;
  /** A day of the month without its month ("sáng ngày 12"): the month is publication's, or the one before. */
  dayOfMonth?: number;
}

export interface ResolvedDate {
  /** Full ISO date, when a year is known. */
  date: string | null;
  /** "--MM-DD" when the month and day are known but not the year. */
  partial: string | null;
}

/** Which side of the publication date the event lies on: calls that happened are in the past,
 *  calls being arranged in the future. */
export type DateDirection = 'past' | 'future';

// ---- Tables ----

/** Words before a day/month that mark it as a date ("ngày 3/2", "sáng 3-2", "hôm 28/1"). */
const DAY_PREFIX = String.raw`(?:các\s+ngày|ngày|hôm|rạng\s+sáng|sáng\s+sớm|sáng|chiều|tối|trưa|đêm|khuya|vào)`;
const RELATIVE_DAYS: ReadonlyArray<readonly [string, number]> = [
  ['hôm kia', -2],
  ['ngày hôm qua', -1],
  ['hôm qua', -1],
  ['tối qua', -1],
  ['đêm qua', -1],
  ['chiều qua', -1],
  ['trưa qua', -1],
  ['sáng qua', -1],
  ['rạng sáng nay', 0],
  ['ngày hôm nay', 0],
  ['hôm nay', 0],
  ['sáng nay', 0],
  ['trưa nay', 0],
  ['chiều nay', 0],
  ['tối nay', 0],
  ['đêm nay', 0],
  ['ngày mai', 1],
  ['sáng mai', 1],
  ['chiều mai', 1],
  ['tối mai', 1],
];
const WEEKDAY_WORDS: Readonly<Record<string, number>> = {
  hai: 1, '2': 1, ba: 2, '3': 2, 'tư': 3, '4': 3, 'năm': 4, '5': 4, 'sáu': 5, '6': 5, 'bảy': 6, '7': 6,
};
const WEEK_OFFSETS: Readonly<Record<string, number>> = {
  'tuần trước': -1, 'tuần qua': -1, 'tuần này': 0, 'tuần tới': 1, 'tuần sau': 1, 'tới': 1,
};
const MONTH_WORDS: Readonly<Record<string, number>> = { 'giêng': 1, 'một': 1, 'tư': 4, ...NUMBER_WORDS, 'chạp': 12 };
/** Words before "thứ hai" etc. that make it an ordinal ("lần thứ hai"), not a weekday. */
const ORDINAL_HEADS = /(?:lần|cuộc|người|vị trí|hạng|đứng|nước|quốc gia|năm|ngày|gọi|điện đàm|đợt|vòng|kỳ|khóa|khoá)\s*$/iu;

const RELATIVE_RE = new RegExp(String.raw`(?<![\p{L}])(${RELATIVE_DAYS.map(([w]) => w.replace(/ /g, String.raw`\s+`)).join('|')})(?![\p{L}])`, 'giu');
/** Day list, separator, month, optional year: "28 và 31/1", "25-10", "3/2/2022", "15.3". */
const NUMERIC = String.raw`(\d{1,2}(?:\s*(?:,|và|-|–|đến|tới)\s*(?:ngày\s+)?\d{1,2})*)\s*([/.\-–])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\d/])`;
const PREFIXED_RE = new RegExp(String.raw`(?<![\p{L}])${DAY_PREFIX}\s+${NUMERIC}`, 'giu');
/** A span of days after "từ", with a slash before its month: "từ 12-15/11", "từ 14 đến 15/9" (not "từ 5-7 người"). */
const FROM_SPAN_RE = new RegExp(String.raw`(?<![\p{L}])từ\s+(?:ngày\s+)?(\d{1,2}\s*(?:-|–|đến|tới)\s*(?:ngày\s+)?\d{1,2})\s*(\/)\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\d/])`, 'giu');
const CONTINUATION_RE = new RegExp(String.raw`^\s*(?:,|và|,\s*và)\s*(?:(?:ngày|hôm)\s+)?(\d{1,2})\s*([/.\-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\d/])`, 'u');
const FULL_RE = new RegExp(String.raw`(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?!\d)`, 'gu');
/** "(18/5)", "(4/4, giờ Mỹ)", "(15/11, giờ Washington)". */
const PAREN_RE = new RegExp(String.raw`\(\s*(\d{1,2})\s*([/.\-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?\s*(?:[,;][^()]{0,30})?\)`, 'gu');
// (…or in brackets after a headline: "Điện đàm giữa … (23 tháng 7 năm 2021)".)
const WORDY_RE = new RegExp(String.raw`(?:(?<![\p{L}])${DAY_PREFIX}\s+(?:ngày\s+)?|(?<=\(\s*))(\d{1,2})\s+tháng\s+(\d{1,2}|${Object.keys(MONTH_WORDS).sort((a, b) => b.length - a.length).join('|')})(?:\s*(?:năm|,)\s*(\d{4}))?`, 'giu');
// (Not "chủ Nhật" of "Đảng Dân chủ Nhật Bản": Japan's Democratic Party.)
const WEEKDAY_RE = new RegExp(String.raw`(?<![\p{L}])(?:(${DAY_PREFIX})\s+)?(?:thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|(?<!dân\s+)(chủ\s+nhật)(?!\s+bản(?![\p{L}])))(?:\s+(tuần\s+trước|tuần\s+qua|tuần\s+này|tuần\s+tới|tuần\s+sau|tới))?(?![\p{L}\d])`, 'giu');

function validDay(day: number, month: number, year?: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate(); // 2024: leap year, so 29/2 is valid without a year
  return day <= days;
}

/** Every date expression in a sentence, in text order, one per day ("ngày 28 và 31/1" gives two). */
export function findDateExpressions(sentence: string): DateExpression[] {
  const found: DateExpression[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && a < e);
  const add = (expr: DateExpression) => found.push(expr);

  // "hôm qua (18/5)": a relative word with the explicit date right after it.
  RELATIVE_RE.lastIndex = 0;
  for (let m = RELATIVE_RE.exec(sentence); m; m = RELATIVE_RE.exec(sentence)) {
    const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    const rel = RELATIVE_DAYS.find(([w]) => w === word)![1];
    const after = sentence.slice(m.index + m[0].length);
    const explicit = /^\s*(?:\(\s*|,\s*(?:ngày\s+)?|\s(?:ngày\s+)?)(\d{1,2})\s*([/.\-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?\s*\)?/u.exec(after);
    if (explicit && validDay(+explicit[1]!, +explicit[3]!, explicit[4] ? +explicit[4] : undefined)) {
      const end = m.index + m[0].length + explicit[0].length;
      add({ text: sentence.slice(m.index, end).trim(), start: m.index, end, day: +explicit[1]!, month: +explicit[3]!, year: explicit[4] ? +explicit[4] : undefined });
      taken.push([m.index, end]);
    } else {
      const end = m.index + m[0].length;
      add({ text: m[0], start: m.index, end, relativeDays: rel });
      taken.push([m.index, end]);
    }
  }

  WORDY_RE.lastIndex = 0;
  for (let m = WORDY_RE.exec(sentence); m; m = WORDY_RE.exec(sentence)) {
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    const month = /^\d+$/.test(m[2]!) ? +m[2]! : MONTH_WORDS[m[2]!.toLowerCase()]!;
    const year = m[3] ? +m[3] : undefined;
    if (!validDay(+m[1]!, month, year)) continue;
    add({ text: m[0], start: m.index, end, day: +m[1]!, month, year });
    taken.push([m.index, end]);
  }

  const numeric = (re: RegExp, listGroup: boolean) => {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      let end = m.index + m[0].length;
      if (!free(m.index, end)) continue;
      const month = +m[3]!;
      const year = m[4] ? +m[4] : undefined;
      const days = listGroup ? m[1]!.split(/\s*(?:,|và|-|–|đến|tới)\s*(?:ngày\s+)?/u).map(Number) : [+m[1]!];
      if (!days.every((d) => validDay(d, month, year))) continue;
      for (const day of days) add({ text: m[0].trim(), start: m.index, end, day, month, year });
      // "hôm 12.2 và 18.3", "ngày 10/2, 3/5 và 9/9": the dates that follow in the same list.
      if (listGroup) {
        for (let c = CONTINUATION_RE.exec(sentence.slice(end)); c; c = CONTINUATION_RE.exec(sentence.slice(end))) {
          const [d, mo, y] = [+c[1]!, +c[3]!, c[4] ? +c[4] : undefined];
          if (!validDay(d, mo, y)) break;
          const start = end + c[0].indexOf(c[1]!);
          end += c[0].length;
          add({ text: sentence.slice(start, end).trim(), start, end, day: d, month: mo, year: y });
        }
      }
      taken.push([m.index, end]);
    }
  };
  numeric(PREFIXED_RE, true);
  numeric(FROM_SPAN_RE, true);
  numeric(PAREN_RE, false);
  numeric(FULL_RE, false);

  WEEKDAY_RE.lastIndex = 0;
  for (let m = WEEKDAY_RE.exec(sentence); m; m = WEEKDAY_RE.exec(sentence)) {
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    const prefix = m[1];
    const dayWord = m[2];
    // "thứ hai" without a time word before it is an ordinal unless written "thứ Hai".
    if (dayWord && !prefix && !/^[\p{Lu}\d]/u.test(dayWord)) continue;
    if (dayWord && !prefix && ORDINAL_HEADS.test(sentence.slice(0, m.index))) continue;
    const weekday = dayWord ? WEEKDAY_WORDS[dayWord.toLowerCase()]! : 0;
    // A weekday followed by its date ("thứ Hai (3/2)", "thứ Hai, ngày 3/2"): the date says it all.
    const after = sentence.slice(end);
    const dated = /^\s*(?:\(|,)?\s*(?:ngày\s+)?(\d{1,2})\s*([/.\-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\d/])/u.exec(after);
    if (dated) {
      // …read here when nothing else took it: "sáng thứ Tư 21/05" has no "ngày" before its date.
      const dateEnd = end + dated[0].length;
      const [day, month, year] = [+dated[1]!, +dated[3]!, dated[4] ? +dated[4] : undefined];
      if (free(m.index, dateEnd) && validDay(day, month, year)) {
        add({ text: sentence.slice(m.index, dateEnd), start: m.index, end: dateEnd, day, month, year });
        taken.push([m.index, dateEnd]);
      }
      continue;
    }
    const offsetWord = m[4]?.toLowerCase().replace(/\s+/g, ' ');
    add({ text: m[0], start: m.index, end, weekday, weekOffset: offsetWord ? WEEK_OFFSETS[offsetWord] ?? 0 : 0 });
    taken.push([m.index, end]);
  }

  // "Sáng ngày 12, …": a day without its month, after a time of day or "ngày"/"hôm", not part of a longer date.
  DAY_ONLY_RE.lastIndex = 0;
  for (let m = DAY_ONLY_RE.exec(sentence); m; m = DAY_ONLY_RE.exec(sentence)) {
    const end = m.index + m[0].length;
    if (!free(m.index, end) || +m[1]! < 1 || +m[1]! > 31) continue;
    add({ text: m[0], start: m.index, end, dayOfMonth: +m[1]! });
    taken.push([m.index, end]);
  }

  return found.sort((a, b) => a.start - b.start);
}

const DAY_ONLY_RE = /(?<![\p{L}\d])(?:(?:sáng|chiều|tối|trưa|đêm|rạng\s+sáng)\s+)?(?:ngày|hôm)\s+(\d{1,2})(?!\s*[/.\-]\s*\d|\d|\s*tháng|\s*(?:và|,|-|đến)\s*\d)/giu;

// ---- Resolution ----

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
const DAY_MS = 86_400_000;
const toTime = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);

/** How far after publication a past event may lie (time zones: "tối 12-2 giờ Mỹ" is 13-2 in Hanoi). */
const PAST_SLACK_DAYS = 1;
/** How far after the publication date a day and month without a year may lie and still be this year's: a date a little
 *  after it is more often a copy's date that is not the article's (a scraper's "date" line, a list's date, a time zone)
 *  than an event of eleven months before; one further on is last year's ("ngày 28/12" in an article of 5 January). */
const SAME_YEAR_AFTER_DAYS = 45;
/** How far before publication a planned event may lie before it is read as next year's. */
const FUTURE_SLACK_DAYS = 7;

/**
 * Resolve one expression against the publication date ("YYYY-MM-DD", the local date in the
 * outlet's time zone). `direction` tells which year to pick when the year is missing.
 */
export function resolveDate(expr: DateExpression, publishedDay: string | null, direction: DateDirection = 'past'): ResolvedDate {
  // (A time or zone after the day, "2016-12-13T09:30:00+07:00", is read as its day; anything else as no date.)
  const published = /^\d{4}-\d{2}-\d{2}/.exec(publishedDay ?? '')?.[0] ?? null;
  if (published && Number.isNaN(toTime(published))) return resolveDate(expr, null, direction);
  if (expr.day !== undefined && expr.month !== undefined) {
    const partial = `--${pad(expr.month)}-${pad(expr.day)}`;
    if (expr.year !== undefined) return { date: iso(expr.year, expr.month, expr.day), partial };
    if (!published) return { date: null, partial };
    const pubYear = +published.slice(0, 4);
    const pub = toTime(published);
    let year = pubYear;
    if (direction === 'past' && toTime(iso(year, expr.month, expr.day)) > pub + SAME_YEAR_AFTER_DAYS * DAY_MS) year--;
    if (direction === 'future' && toTime(iso(year, expr.month, expr.day)) < pub - FUTURE_SLACK_DAYS * DAY_MS) year++;
    if (!validDay(expr.day, expr.month, year)) return { date: null, partial };
    return { date: iso(year, expr.month, expr.day), partial };
  }
  if (!published) return { date: null, partial: null };
  const pub = toTime(published);
  if (expr.relativeDays !== undefined) return withPartial(fromTime(pub + expr.relativeDays * DAY_MS));
  if (expr.weekday !== undefined) return withPartial(fromTime(pub + weekdayDelta(new Date(pub).getUTCDay(), expr.weekday, expr.weekOffset ?? 0, direction) * DAY_MS));
  if (expr.dayOfMonth !== undefined) {
    // The latest such day on or before publication (the next one for a call being arranged).
    const p = new Date(pub);
    let y = p.getUTCFullYear();
    let mo = p.getUTCMonth() + 1;
    const step = direction === 'future' ? (expr.dayOfMonth < p.getUTCDate() ? 1 : 0) : expr.dayOfMonth > p.getUTCDate() + PAST_SLACK_DAYS ? -1 : 0;
    mo += step;
    if (mo === 0) [y, mo] = [y - 1, 12];
    if (mo === 13) [y, mo] = [y + 1, 1];
    return validDay(expr.dayOfMonth, mo, y) ? withPartial(iso(y, mo, expr.dayOfMonth)) : { date: null, partial: null };
  }
  return { date: null, partial: null };
}

/**
 * Days from the publication day to the named weekday. Weeks start on Monday, as in Vietnam:
 * "thứ Hai tuần trước" is the Monday of the previous week; a bare "thứ Hai" is the latest Monday
 * on or before publication (or the next one, for a call being arranged).
 */
function weekdayDelta(pubWeekday: number, weekday: number, weekOffset: number, direction: DateDirection): number {
  const mondayBased = (d: number) => (d + 6) % 7;
  const inThisWeek = mondayBased(weekday) - mondayBased(pubWeekday);
  if (weekOffset !== 0) return inThisWeek + 7 * weekOffset;
  if (direction === 'future') return (weekday - pubWeekday + 7) % 7;
  return -((pubWeekday - weekday + 7) % 7);
}

function withPartial(date: string): ResolvedDate {
  return { date, partial: `--${date.slice(5)}` };
}

/** Compare two resolved dates for ordering; partial dates compare by month and day. */
export function dateKey(r: ResolvedDate): string | null {
  return r.date ?? (r.partial ? `0000${r.partial.slice(1)}` : null);
}

/**
 * The year an article without a publication date was copied in, when its copy says so ("date 2025-02"
 * from a scraper). The years its text writes are not used: they are as often an earlier event's
 * ("Thỏa thuận Minsk năm 2015", a caption's "26/6/2020") as the call's.
 */
export function yearOfArticle(article: { yearHint?: string | null }): number | null {
  return article.yearHint ? +article.yearHint.slice(0, 4) : null;
}

/** Words before a full date that make it an anniversary's, which falls on the same day and month of another year:
 *  "kỷ niệm … 2/9/1945", "Quốc khánh 2/9/1945", "ngày sinh 19/5/1890". */
const ANNIVERSARY_DAY_BEFORE = /(?<![\p{L}])(?:kỷ\s+niệm|kỉ\s+niệm|\d+\s+năm|quốc\s+khánh|ngày\s+sinh|sinh\s+nhật)(?![\p{L}])/iu;
/** How far before a full date its anniversary may be named. */
const ANNIVERSARY_DAY_CHARS = 60;
/** Is the full date at `at` an anniversary's (ANNIVERSARY_DAY_BEFORE)? */
const anniversaryDay = (text: string, at: number) => ANNIVERSARY_DAY_BEFORE.test(text.slice(Math.max(0, at - ANNIVERSARY_DAY_CHARS), at));

/** How near (days) a full date in the opening must be to a day and month for its year to be theirs. */
const NEAR_FULL_DATE_DAYS = 31;
const FULL_DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)/gu;

/**
 * The year of a day and month ("Ngày 6/5") in a copy without its date, from a full date its opening writes within a
 * month of it ("… cuộc bầu cử quốc hội ngày 3/5/2025"): events told together are close in time. A full date far from
 * it (a caption's "26/6/2020", an agreement of another year) says nothing of the call's year.
 */
export function yearNearby(partial: string, opening: string): number | null {
  const [month, day] = partial.slice(2).split('-').map(Number) as [number, number];
  for (const m of opening.matchAll(FULL_DATE)) {
    const [d, mo, y] = [+m[1]!, +m[2]!, +m[3]!];
    if (!validDay(d, mo, y) || anniversaryDay(opening, m.index!)) continue;
    const full = Date.UTC(y, mo - 1, d);
    for (const year of [y - 1, y, y + 1]) {
      if (validDay(day, month, year) && Math.abs(Date.UTC(year, month - 1, day) - full) <= NEAR_FULL_DATE_DAYS * 86_400_000) return year;
    }
  }
  return null;
}

/** "kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Đức (1975 - 2025)": an anniversary's span ends in the year
 *  the text is written in. (A span with no anniversary before it, "giai đoạn 2021 - 2030", may end in the future.) */
const YEAR_SPAN = /(?<!\d)((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)/gu;
const ANNIVERSARY_BEFORE = /(?<![\p{L}])(?:kỷ\s+niệm|kỉ\s+niệm|\d+\s+năm)(?![\p{L}])/iu;
/** How far before a span its anniversary may be named. */
const ANNIVERSARY_CHARS = 100;
export function anniversaryYear(text: string): number | null {
  let year: number | null = null;
  for (const m of text.matchAll(YEAR_SPAN)) {
    const [from, to] = [+m[1]!, +m[2]!];
    if (to > from && ANNIVERSARY_BEFORE.test(text.slice(Math.max(0, m.index! - ANNIVERSARY_CHARS), m.index!))) year = Math.max(year ?? to, to);
  }
  return year;
}

/** Words before a year that make it a target or a plan's, which may lie after the day a text is written: "đến năm 2030",
 *  "tầm nhìn 2045", "giai đoạn 2021 - 2025", "kế hoạch năm 2026". */
const TARGET_YEAR_BEFORE = /(?<![\p{L}])(?:đến|tới|trước|sau|giai\s+đoạn|tầm\s+nhìn|mục\s+tiêu|kế\s+hoạch|chiến\s+lược)\s+(?:năm\s+)?$/iu;
const YEAR_NAMED = /(?<!\d)((?:19|20)\d{2})(?!\d|[.,]\d)/gu;
/** How far before a year its target's words may stand ("đến hết năm 2030"). */
const TARGET_CHARS = 24;

/**
 * The latest year a text names, other than a target's, a plan's or one of a span's: a text names no year after the one
 * it is written in but those, so this is the least year it can be written in, and most often the year itself (the
 * labelled real copies with a dated call: nine in ten). The years of a span (YEAR_SPAN: "2021 - 2025", "1975-2025") are
 * left to anniversaryYear, which knows the anniversary's from a plan's.
 */
export function latestYearNamed(text: string): number | null {
  const spans = [...text.matchAll(YEAR_SPAN)].map((m) => [m.index!, m.index! + m[0].length] as const);
  let year: number | null = null;
  for (const m of text.matchAll(YEAR_NAMED)) {
    const at = m.index!;
    if (TARGET_YEAR_BEFORE.test(text.slice(Math.max(0, at - TARGET_CHARS), at)) || spans.some(([from, to]) => from <= at && at < to)) continue;
    year = Math.max(year ?? 0, +m[1]!);
  }
  return year;
}

/**
 * The year of a day and month ("Sáng 18/9, …") in a copy without its date, from the same day written with its year
 * anywhere in the text (a photo's caption under the sapo: "… sáng ngày 18/9/2019"): a copy tells its day again. Not
 * an anniversary's day, and nothing when the day is written with more than one year ("30/4/1975 - 30/4/2025").
 * Of the labelled real calls whose text writes their day with a year, that year is the call's in all but such a span.
 */
export function yearOfSameDay(partial: string, text: string): number | null {
  const [month, day] = partial.slice(2).split('-').map(Number) as [number, number];
  const years = new Set<number>();
  for (const m of text.matchAll(FULL_DATE)) {
    if (+m[1]! !== day || +m[2]! !== month) continue;
    if (anniversaryDay(text, m.index!)) continue;
    years.add(+m[3]!);
  }
  return years.size === 1 ? [...years][0]! : null;
}

/** A month with its year: "tháng 11/2025", "tháng 12-2025". */
const MONTH_NAMED = /(?<![\p{L}])tháng\s+(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)/giu;
/** Words before such a month that may put it after the day a text is written: "vào tháng 4/2026", "dự kiến …", "sẽ …",
 *  "đến hết tháng …" (and "trước tháng …", "sau tháng …", which bound another event). */
const MONTH_AHEAD_BEFORE =
  /(?<![\p{L}])(?:đến|tới|trước|sau|giai\s+đoạn|tầm\s+nhìn|mục\s+tiêu|kế\s+hoạch|dự\s+kiến|sẽ|sắp|vào)\s+(?:(?:cuối|đầu|giữa|hết)\s+)?$/iu;
/** How far before a month its words may stand. */
const MONTH_AHEAD_CHARS = 30;

/**
 * The first day of the latest month a text names with its year as gone by ("chuyến thăm … hồi tháng 10/2025", "từ
 * tháng 6/2024"): a text written before that month would not name it so, so the call it tells is no earlier. Months
 * "vào", "dự kiến", "sẽ" … are left out: those may lie ahead. (Of the labelled real calls, none falls before such a
 * month its text names.)
 */
export function monthFloorNamed(text: string): string | null {
  let floor: [number, number] | null = null;
  for (const m of text.matchAll(MONTH_NAMED)) {
    const [month, year] = [+m[1]!, +m[2]!];
    if (month < 1 || month > 12 || MONTH_AHEAD_BEFORE.test(text.slice(Math.max(0, m.index! - MONTH_AHEAD_CHARS), m.index!))) continue;
    if (!floor || year * 12 + month > floor[0] * 12 + floor[1]) floor = [year, month];
  }
  return floor ? iso(floor[0], floor[1], 1) : null;
}

/** "--MM-DD" in year `year`, or null when there is no year or no such day. */
export function withYear(partial: string, year: number | null): string | null {
  if (year === null) return null;
  const [month, day] = partial.slice(2).split('-').map(Number) as [number, number];
  return validDay(day, month, year) ? iso(year, month, day) : null;
}
