import { LEADERS } from './data/leaders';
import { titleById } from './entities';
import { countryByCode } from './places';
import type { CountryCode, LeaderEntry, Office, TitleEntry, TitleRank } from './types';

/**
 * Who held which office when. Used to name "Tổng thống Nga" (the person the article does not
 * name) and to give "người đồng cấp Pháp Emmanuel Macron" his title.
 *
 * Time is handled as closed intervals of ISO dates ("YYYY-MM-DD"); an office known only by its
 * year spans that whole year, an office still held runs to the far future.
 */

export interface Span {
  from: string;
  to: string;
}

const FAR_PAST = '0000-01-01';
const FAR_FUTURE = '9999-12-31';

export const ALL_TIME: Span = { from: FAR_PAST, to: FAR_FUTURE };

function officeSpan(o: Office): Span {
  const from = o.from.length === 4 ? `${o.from}-01-01` : o.from;
  const to = !o.to ? FAR_FUTURE : o.to.length === 4 ? `${o.to}-12-31` : o.to;
  return { from, to };
}

/** A span around one date: a day either side absorbs time zones and late reporting. */
export function spanAround(isoDate: string, days = 1): Span {
  const t = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  const day = 86_400_000;
  return { from: new Date(t - days * day).toISOString().slice(0, 10), to: new Date(t + days * day).toISOString().slice(0, 10) };
}

const overlaps = (a: Span, b: Span) => a.from <= b.to && b.from <= a.to;

function intersect(a: Span[], b: Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a)
    for (const y of b) {
      const from = x.from > y.from ? x.from : y.from;
      const to = x.to < y.to ? x.to : y.to;
      if (from <= to) out.push({ from, to });
    }
  return out;
}

/** Ranks that are interchangeable when a text names a country's top leader generically. */
const TOP_RANKS: readonly TitleRank[] = ['head-of-state', 'head-of-government', 'monarch', 'party-leader'];

function officeRank(o: Office): TitleRank | null {
  return titleById(o.title)?.rank ?? null;
}

/** Where the office belongs: its body ("UN") or the leader's country. */
const officePlace = (l: LeaderEntry, o: Office) => o.of ?? l.country;

/**
 * The leaders who held `title` (or, for a generic title such as "nhà lãnh đạo", a top office)
 * of `place` at some time within `spans`.
 */
export function officeHolders(place: CountryCode, title: TitleEntry, spans: Span[] = [ALL_TIME]): LeaderEntry[] {
  const out: LeaderEntry[] = [];
  for (const l of LEADERS) {
    const held = l.offices.some((o) => {
      if (officePlace(l, o) !== place) return false;
      if (!spans.some((s) => overlaps(s, officeSpan(o)))) return false;
      if (title.rank === 'leader' || title.rank === 'counterpart') return TOP_RANKS.includes(officeRank(o)!);
      return o.title === title.id;
    });
    if (held) out.push(l);
  }
  const holding = (l: LeaderEntry, rank: TitleRank) => l.offices.some((o) => officePlace(l, o) === place && officeRank(o) === rank && spans.some((s) => overlaps(s, officeSpan(o))));
  // "các nhà lãnh đạo Ấn Độ, Nhật Bản": a parliamentary republic's or a reigning monarch's country is led by its head of
  // government, never by the president or king who holds the top office.
  if (title.rank === 'leader' && countryByCode(place)?.leader === 'head-of-government') return out.filter((l) => holding(l, 'head-of-government'));
  if (title.rank === 'leader' && out.length > 1) {
    // "nhà lãnh đạo Nga": prefer the head of state over the head of government.
    const heads = out.filter((l) => holding(l, 'head-of-state'));
    if (heads.length) return heads;
  }
  return out;
}

/** The spans during which `leader` held `title` (any office when title is null; any of its rank when it is a rank's bare word). */
export function tenure(leader: LeaderEntry, title: TitleEntry | null): Span[] {
  return leader.offices.filter((o) => !title || title.rank === 'counterpart' || title.rank === 'leader' || o.title === title.id || (!!title.anyOfRank && titleById(o.title)?.rank === title.rank)).map(officeSpan);
}

/** The side a leader stands for within `spans`: the body whose office he held then ("António Guterres" in 2025 is the UN's
 *  Secretary-General, not Portugal's former prime minister), else his country. */
export function sideAt(leader: LeaderEntry, spans: Span[] = [ALL_TIME]): CountryCode {
  const places = new Set(leader.offices.filter((o) => spans.some((s) => overlaps(s, officeSpan(o)))).map((o) => officePlace(leader, o)));
  return places.size === 1 ? [...places][0]! : leader.country;
}

/** Narrow a set of spans by another; an empty result means "they never overlap". */
export function narrow(spans: Span[], by: Span[]): Span[] {
  return intersect(spans, by);
}

/** The office `leader` held at some time within `spans`, preferring the highest-ranking one, and of two of one rank the
 *  later: with no day to go by, Donald Trump is "Tổng thống", not the "Tổng thống đắc cử" of the weeks before. */
export function officeAt(leader: LeaderEntry, spans: Span[] = [ALL_TIME]): TitleEntry | null {
  const order: TitleRank[] = ['head-of-state', 'monarch', 'party-leader', 'head-of-government', 'org-head', 'foreign-minister', 'legislature-head', 'minister', 'deputy', 'royal', 'envoy'];
  let best: { t: TitleEntry; to: string } | null = null;
  for (const o of leader.offices) {
    const span = officeSpan(o);
    if (!spans.some((s) => overlaps(s, span))) continue;
    const t = titleById(o.title);
    if (!t) continue;
    const rank = best ? order.indexOf(t.rank) - order.indexOf(best.t.rank) : -1;
    if (rank < 0 || (rank === 0 && span.to > best!.to)) best = { t, to: span.to };
  }
  return best?.t ?? null;
}
