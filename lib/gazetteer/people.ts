import { adjacent, isCapitalized, matchKey, tokenize, type Token } from '../text';
import { DEPENDENT_PREFIXES, HONORIFICS, NAME_PARTICLES, NOT_A_NAME, VIETNAMESE_SURNAMES } from './data/name-context';
import { scanEntities, type EntityMatch, type EntityRef } from './entities';
import type { CountryCode, LeaderEntry, TitleEntry } from './types';

/**
 * People in a text: "Tổng thống Nga Vladimir Putin", "người đồng cấp Pháp Emmanuel Macron",
 * "Thủ tướng Nhật Bản Kishida Fumio" (known or not), "ông Putin", "Tổng thống Mỹ" (a role
 * without a name), "ông chủ Nhà Trắng" (a role named by its seat).
 *
 * Grammar of a mention, each part optional but at least a title, a known name or a seat:
 *   [title] [country | body] [, ông | bà] [known name | capitalised name]
 */

export interface PersonMention {
  /** The whole mention in the scanned text (end exclusive). */
  start: number;
  end: number;
  title: TitleEntry | null;
  /** The title as written ("Tổng thống", "người đồng cấp"). */
  titleText: string | null;
  country: CountryCode | null;
  /** True when the country was written in the mention (not inferred from the gazetteer or the name). */
  countryWritten: boolean;
  /** The personal name as written ("Vladimir Putin", "Kishida Fumio"), or null for a role. */
  name: string | null;
  /** Gazetteer people the mention can be (several for an ambiguous short form, none for an unknown name). */
  candidates: LeaderEntry[];
  /** A seat metonym ("ông chủ Nhà Trắng"). */
  viaSeat: boolean;
}

const MAX_NAME_WORDS = 5;
const particles = new Set(NAME_PARTICLES.map(matchKey));
const honorifics = new Set(HONORIFICS.map(matchKey));
const notAName = new Set(NOT_A_NAME.map(matchKey));
const vnSurnames = new Set(VIETNAMESE_SURNAMES.map(matchKey));
const dependentPrefixes = DEPENDENT_PREFIXES.map((p) => matchKey(p).split(' '));

/** Is the title at word `at` someone else's ("trợ lý Tổng thống", "Văn phòng của Tổng thống")? */
function dependentTitle(tokens: Token[], at: number): boolean {
  let end = at;
  if (tokens[end - 1]?.key === 'của') end--;
  return dependentPrefixes.some((words) => words.every((w, i) => tokens[end - words.length + i]?.key === w));
}

const refOf = <T extends EntityRef['type']>(m: EntityMatch | undefined, type: T) =>
  m?.refs.find((r): r is Extract<EntityRef, { type: T }> => r.type === type);

/** A place that can follow a title: a country by name or an international body (not a capital or seat). */
function placeRef(m: EntityMatch | undefined): CountryCode | null {
  if (!m) return null;
  for (const r of m.refs) {
    if (r.type === 'body') return r.code;
    if (r.type === 'country' && r.via === 'name') return r.code;
  }
  return null;
}

/** Skip an honorific between a title and a name: "Tổng thống Nga, ông Vladimir Putin". */
function skipHonorific(text: string, tokens: Token[], at: number): number {
  const t = tokens[at];
  const prev = tokens[at - 1];
  if (!t || !prev || !honorifics.has(t.key)) return at;
  const gap = text.slice(prev.end, t.start);
  if (!/^\s*,?\s*$/.test(gap)) return at;
  return tokens[at + 1] && adjacent(text, t, tokens[at + 1]!) ? at + 1 : at;
}

/** Capitalised words from token `at` that read as a personal name, or 0 words. */
function nameRunLength(text: string, tokens: Token[], at: number, entityAt: Map<number, EntityMatch>): number {
  let n = 0;
  let lastCap = 0;
  for (let i = at; i < tokens.length && n < MAX_NAME_WORDS; i++) {
    const t = tokens[i]!;
    if (i > at && !adjacent(text, tokens[i - 1]!, t)) break;
    const m = entityAt.get(i);
    if (m && m.refs.some((r) => r.type === 'title' || r.type === 'body' || (r.type === 'country' && r.via === 'name'))) break;
    if (/\d/.test(t.text)) break;
    if (isCapitalized(t.text)) {
      if (notAName.has(t.key) || (i + 1 < tokens.length && notAName.has(`${t.key} ${tokens[i + 1]!.key}`))) break;
      n++;
      lastCap = n;
    } else if (n > 0 && (particles.has(t.key) || /[-‐‑]/.test(text.slice(tokens[i - 1]!.end, t.start)))) {
      // "von der Leyen", "Jae-myung", "Jong-un": particles and lower-case hyphenated parts.
      n++;
      if (!particles.has(t.key)) lastCap = n;
    } else break;
  }
  return lastCap;
}

function looksVietnamese(words: string[]): boolean {
  return words.length >= 2 && words.length <= 4 && vnSurnames.has(matchKey(words[0]!)) && words.every((w) => /^[\p{L}]+$/u.test(w) && !/[fjwz]/i.test(w));
}

export function findPeople(text: string, tokens: Token[] = tokenize(text), entities: EntityMatch[] = scanEntities(text, tokens)): PersonMention[] {
  const entityAt = new Map(entities.map((m) => [m.from, m]));
  const out: PersonMention[] = [];
  for (let k = 0; k < entities.length; k++) {
    const m = entities[k]!;
    const title = refOf(m, 'title');
    const leader = refOf(m, 'leader');
    const seatHolder = refOf(m, 'seat-holder');

    if (seatHolder) {
      const seat = entityAt.get(m.to);
      const country = seat?.refs.find((r) => r.type === 'country' && r.via === 'seat');
      if (seat && country && country.type === 'country' && adjacent(text, tokens[m.to - 1]!, tokens[m.to]!)) {
        out.push({ start: m.start, end: seat.end, title: null, titleText: null, country: country.code, countryWritten: true, name: null, candidates: [], viaSeat: true });
        k++;
      }
      continue;
    }

    if (title) {
      let cursor = m.to;
      let end = m.end;
      let country: CountryCode | null = null;
      let countryWritten = false;
      const place = entityAt.get(cursor);
      const code = placeRef(place);
      if (place && code && adjacent(text, tokens[cursor - 1]!, tokens[cursor]!)) {
        country = code;
        countryWritten = true;
        cursor = place.to;
        end = place.end;
      }
      const nameAt = skipHonorific(text, tokens, cursor);
      // A name follows its title or country after a space ("Tổng thống Nga Putin"), never a dash
      // ("Lãnh đạo Mỹ - Trung" is a pair of countries).
      const joined = !!tokens[nameAt] && (nameAt !== cursor || /^\s+$/.test(text.slice(tokens[cursor - 1]!.end, tokens[cursor]!.start)));
      let name: string | null = null;
      let candidates: LeaderEntry[] = [];
      const known = joined ? entityAt.get(nameAt) : undefined;
      const knownLeaders = known?.refs.filter((r): r is Extract<EntityRef, { type: 'leader' }> => r.type === 'leader') ?? [];
      if (known && knownLeaders.length) {
        candidates = knownLeaders.map((r) => r.leader);
        if (country) {
          const same = candidates.filter((l) => l.country === country || l.offices.some((o) => o.of === country));
          // A short form ("Trung", "Lý") is only this person with the right country.
          candidates = same.length || knownLeaders.every((r) => r.titledOnly) ? same : candidates;
        }
        if (candidates.length) {
          name = known.text;
          end = known.end;
        }
      } else if (joined) {
        const n = nameRunLength(text, tokens, nameAt, entityAt);
        if (n > 0) {
          const last = tokens[nameAt + n - 1]!;
          name = text.slice(tokens[nameAt]!.start, last.end);
          end = last.end;
        }
      }
      if (!country && name && !candidates.length && looksVietnamese(name.split(/\s+/))) country = 'VN';
      if (!country && candidates.length === 1) {
        // An office of a body ("Chủ tịch Hội đồng châu Âu Charles Michel") speaks for the body, not the person's country.
        const office = candidates[0]!.offices.find((o) => o.title === title.title.id && o.of);
        country = office?.of ?? candidates[0]!.country;
      }
      // Skip the entities this mention consumed.
      const consumed = () => {
        while (k + 1 < entities.length && entities[k + 1]!.start < end) k++;
      };
      // A generic descriptor ("nhà lãnh đạo", "người đồng cấp") says nothing without a country or a name;
      // an aide's or an office's title is nobody's.
      if (((title.title.rank === 'leader' || title.title.rank === 'counterpart') && !country && !name) || dependentTitle(tokens, m.from)) {
        consumed();
        continue;
      }
      // "Thủ tướng Nguyễn Xuân Phúc, Chủ tịch ASEAN 2020, …": a nameless title in apposition is the same person.
      const prev = out[out.length - 1];
      if (!name && prev?.name && /^\s*,\s*$/.test(text.slice(prev.end, m.start))) {
        consumed();
        continue;
      }
      out.push({ start: m.start, end, title: title.title, titleText: m.text, country, countryWritten, name, candidates, viaSeat: false });
      consumed();
      continue;
    }

    if (leader && !leader.titledOnly) {
      const candidates = m.refs.filter((r): r is Extract<EntityRef, { type: 'leader' }> => r.type === 'leader' && !r.titledOnly).map((r) => r.leader);
      const country = candidates.length === 1 ? candidates[0]!.country : null;
      out.push({ start: m.start, end: m.end, title: null, titleText: null, country, countryWritten: false, name: m.text, candidates, viaSeat: false });
    }
  }
  return out;
}
