/**
 * The collection's timeline chart as data: calls binned by week, month or year (the unit chosen by
 * the range shown), each bin stacked by kind, and the bars and axis placed in a box. Pure: dates
 * are "YYYY-MM-DD" strings and every computation is in UTC days, so that the bins do not move with
 * the reader's time zone.
 */
import { EXPORT_FILE_PREFIX, vietnamDateOf } from '../export/names';
import type { CallKind } from '../summarize/types';
import type { ChartCall } from '../store/types';

/** What the charts read of a call (the store's chart table): date, kind, mentioned, pairs. */
export type { ChartCall };

/** A bar's segments, bottom to top: the three kinds of reported calls, then the calls only mentioned. */
export type Stack = CallKind | 'mentioned';
export const STACKS: readonly Stack[] = ['phone', 'video', 'planned', 'mentioned'];

export type BinUnit = 'week' | 'month' | 'year';

export interface Bin {
  /** First and last day of the period, inclusive ("2022-01-31", "2022-02-06"). */
  start: string;
  end: string;
  counts: Record<Stack, number>;
  total: number;
  /** The calls of the period, in the order given (the caller's: newest first). */
  callIds: number[];
}

export interface Binned {
  unit: BinUnit;
  /** Every period from the first to the last, empty ones too (a gap is information). */
  bins: Bin[];
  /** Calls without a full date (none, or "--MM-DD"): they are in no bar. */
  undated: number;
}

/** Up to this many days the range is shown by weeks (half a year: at most 27 bars). */
export const WEEKS_UP_TO_DAYS = 183;
/** Up to this many months, by months (six years: at most 72 bars); longer, by years. */
export const MONTHS_UP_TO = 72;
/**
 * A finer unit is taken only when it gives at most this many bars per dated call (or MIN_BARS):
 * three calls over five years are five yearly bars, not sixty monthly ones of which 57 are empty.
 */
export const BARS_PER_CALL = 4;
/** …and always allowed up to this many bars: a year of one call is still shown by months. */
export const MIN_BARS = 12;

const FULL_DATE = /^\d{4}-\d{2}-\d{2}/;
const DAY_MS = 86_400_000;

const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The unit that shows the range (first and last day, inclusive) in a readable number of bars: the
 * finest within its limit (WEEKS_UP_TO_DAYS, MONTHS_UP_TO) whose bars are not mostly empty for
 * the number of dated calls (BARS_PER_CALL, MIN_BARS).
 */
export function unitFor(first: string, last: string, calls = Infinity): BinUnit {
  const most = Math.max(MIN_BARS, BARS_PER_CALL * calls);
  const days = dayNumber(last) - dayNumber(first) + 1;
  const weeks = (dayNumber(periodOf(last, 'week').start) - dayNumber(periodOf(first, 'week').start)) / 7 + 1;
  if (days <= WEEKS_UP_TO_DAYS && weeks <= most) return 'week';
  const months = (+last.slice(0, 4) - +first.slice(0, 4)) * 12 + (+last.slice(5, 7) - +first.slice(5, 7)) + 1;
  return months <= MONTHS_UP_TO && months <= most ? 'month' : 'year';
}

/** The period of `unit` a day falls in: weeks start on Monday (ISO 8601, as Vietnamese calendars do). */
export function periodOf(iso: string, unit: BinUnit): { start: string; end: string } {
  if (unit === 'year') return { start: `${iso.slice(0, 4)}-01-01`, end: `${iso.slice(0, 4)}-12-31` };
  if (unit === 'month') {
    const y = +iso.slice(0, 4);
    const m = +iso.slice(5, 7);
    return { start: `${iso.slice(0, 7)}-01`, end: isoOfDay(Date.UTC(y, m, 1) / DAY_MS - 1) };
  }
  const day = dayNumber(iso);
  // Day 0 (1970-01-01) was a Thursday: Monday is 3 days before.
  const monday = day - ((day + 3) % 7);
  return { start: isoOfDay(monday), end: isoOfDay(monday + 6) };
}

const nextDay = (iso: string) => isoOfDay(dayNumber(iso) + 1);

/**
 * The calls binned by period. The range is `from`–`to` when given (the filter's dates), else the
 * first and last dated call; the unit follows from it (`unit` forces one).
 */
export function binCalls(calls: readonly ChartCall[], { from, to, unit }: { from?: string; to?: string; unit?: BinUnit } = {}): Binned {
  const dated: ChartCall[] = [];
  let first = '';
  let last = '';
  for (const c of calls) {
    if (!FULL_DATE.test(c.sortDate)) continue;
    dated.push(c);
    const d = c.sortDate.slice(0, 10);
    if (!first || d < first) first = d;
    if (d > last) last = d;
  }
  const undated = calls.length - dated.length;
  if (from && FULL_DATE.test(from) && (!first || from.slice(0, 10) < first)) first = from.slice(0, 10);
  if (to && FULL_DATE.test(to) && (!last || to.slice(0, 10) > last)) last = to.slice(0, 10);
  if (!first) return { unit: unit ?? 'month', bins: [], undated };
  const chosen = unit ?? unitFor(first, last, dated.length);
  const bins: Bin[] = [];
  const index = new Map<string, Bin>();
  for (let p = periodOf(first, chosen); p.start <= last; p = periodOf(nextDay(p.end), chosen)) {
    const bin: Bin = { ...p, counts: { phone: 0, video: 0, planned: 0, mentioned: 0 }, total: 0, callIds: [] };
    bins.push(bin);
    index.set(p.start, bin);
  }
  // Calls share days (10,000 calls of 2015–2026 fall on at most ≈ 4,000): each day's bin is found once.
  const binOfDay = new Map<string, Bin | undefined>();
  for (const c of dated) {
    const day = c.sortDate.slice(0, 10);
    let bin = binOfDay.get(day);
    if (bin === undefined && !binOfDay.has(day)) binOfDay.set(day, (bin = index.get(periodOf(day, chosen).start)));
    // Outside the filter's range (cannot happen when the calls are the filter's): left out.
    if (!bin) continue;
    bin.counts[c.mentioned ? 'mentioned' : c.kind] += 1;
    bin.total += 1;
    bin.callIds.push(c.id);
  }
  return { unit: chosen, bins, undated };
}

/** Round axis steps (1, 2, 5 × 10ⁿ) from 0 to at least `max`, about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  const whole = Math.max(1, Math.ceil(step));
  const ticks: number[] = [];
  for (let v = 0; ; v += whole) {
    ticks.push(v);
    if (v >= max) break;
  }
  return ticks;
}

export interface Box {
  width: number;
  height: number;
  /** Room left for the axis labels: left, bottom; and above the tallest bar. */
  left: number;
  bottom: number;
  top: number;
  right: number;
}
/** The top holds the legend (in the picture: a saved SVG or PNG carries it). */
export const TIMELINE_BOX: Box = { width: 520, height: 230, left: 36, bottom: 24, top: 26, right: 6 };

export interface Segment {
  stack: Stack;
  y: number;
  height: number;
  count: number;
}
export interface Bar {
  bin: Bin;
  x: number;
  width: number;
  /** Top of the whole bar. */
  y: number;
  segments: Segment[];
}
export interface TimelineLayout {
  bars: Bar[];
  ticks: Array<{ value: number; y: number }>;
  /** Which bars get a label under them (every k-th, so that labels do not run into each other). */
  labelEvery: number;
  plot: { x: number; y: number; width: number; height: number };
}

/** Widest bar: one call, or a few periods, still look like bars, not like a filled box. */
export const MAX_BAR = 48;

/**
 * Bars stacked bottom-up by STACKS, in a box; a bar is at least 1 px wide and a 1-call segment at
 * least 2 px tall. `labelWidth`: the room an axis label takes, in the box's units ("Sep 2018" at
 * 11 px is about 50).
 */
export function layoutTimeline(binned: Binned, box: Box = TIMELINE_BOX, labelWidth = 64): TimelineLayout {
  const plot = { x: box.left, y: box.top, width: box.width - box.left - box.right, height: box.height - box.top - box.bottom };
  const max = binned.bins.reduce((m, b) => Math.max(m, b.total), 0);
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1]!;
  const yOf = (v: number) => plot.y + plot.height - (v / top) * plot.height;
  const n = binned.bins.length;
  const slot = n ? plot.width / n : plot.width;
  const gap = slot > 6 ? Math.min(slot * 0.2, 8) : 0;
  const bars = binned.bins.map((bin, i): Bar => {
    let base = 0;
    let cursor = yOf(0);
    const segments: Segment[] = [];
    for (const stack of STACKS) {
      const count = bin.counts[stack];
      if (!count) continue;
      base += count;
      const y1 = Math.min(yOf(base), cursor - 2);
      segments.push({ stack, y: y1, height: cursor - y1, count });
      cursor = y1;
    }
    const width = Math.min(MAX_BAR, Math.max(1, slot - gap));
    return { bin, x: plot.x + i * slot + (slot - width) / 2, width, y: segments.length ? segments[segments.length - 1]!.y : plot.y + plot.height, segments };
  });
  return {
    bars,
    ticks: ticks.map((value) => ({ value, y: yOf(value) })),
    labelEvery: Math.max(1, Math.ceil(labelWidth / slot)),
    plot,
  };
}

/** "dien-dam-2026-11-22-timeline.svg": the exports' name (lib/export/names.ts) with the chart's. */
export function chartFileName(chart: 'timeline' | 'network', extension: 'svg' | 'png', now: Date): string {
  return `${EXPORT_FILE_PREFIX}-${vietnamDateOf(now)}-${chart}.${extension}`;
}
