import { PhraseIndex, tokenize, type Token, isCapitalized, matchKey } from '../text';
import { COUNTRIES } from './data/countries';
import { BODIES } from './data/bodies';
import { TITLES } from './data/titles';
import { LEADERS } from './data/leaders';
import { NAME_PARTICLES, NOT_A_COUNTRY_WHEN_FOLLOWED_BY, SEAT_HOLDER_WORDS } from './data/name-context';
import type { CountryCode, LeaderEntry, TitleEntry } from './types';

/**
 * Entity look-up: finds the countries, international bodies, titles and leaders of the
 * gazetteer in a text. The tables are data (./data); this file only decides, for each kind of
 * entry, how a match must look in the text to count (capitalisation, neighbours).
 */

export type EntityRef =
  | { type: 'country'; code: CountryCode; via: 'name' | 'capital' | 'seat' | 'pair' }
  | { type: 'body'; code: CountryCode; acronym?: true }
  | { type: 'title'; title: TitleEntry }
  | { type: 'leader'; leader: LeaderEntry; titledOnly: boolean }
  | { type: 'seat-holder' };

export interface EntityMatch {
  /** Token range and character range in the scanned text. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  /** Every reading of the match that passed its checks (a surname can be two leaders). */
  refs: EntityRef[];
}

let index: PhraseIndex<EntityRef> | null = null;

/** A body's short abbreviation ("NAM", "AU", "EC"): in any other case it is a Vietnamese word or a name's syllable ("Nguyễn
 *  Phương Nam", "miền Nam"), so it counts only written in capitals. (Longer ones, "Asean", "Nato", are written so too.) */
const SHORT_ACRONYM = /^[A-Z][A-Z0-9+]{1,2}$/;

/** The phrase index over all tables, built on first use (a few ms) and kept. */
function entityIndex(): PhraseIndex<EntityRef> {
  if (index) return index;
  const idx = new PhraseIndex<EntityRef>();
  for (const c of COUNTRIES) {
    const name: EntityRef = { type: 'country', code: c.code, via: 'name' };
    for (const n of [c.name, ...(c.names ?? [])]) idx.add(n, name);
    const capital: EntityRef = { type: 'country', code: c.code, via: 'capital' };
    for (const n of c.capitals ?? []) idx.add(n, capital);
    const seat: EntityRef = { type: 'country', code: c.code, via: 'seat' };
    for (const n of c.seats ?? []) idx.add(n, seat);
    const pair: EntityRef = { type: 'country', code: c.code, via: 'pair' };
    for (const n of c.pairForms ?? []) idx.add(n, pair);
  }
  for (const b of BODIES) {
    const ref: EntityRef = { type: 'body', code: b.code };
    const acronym: EntityRef = { type: 'body', code: b.code, acronym: true };
    for (const n of [b.name, ...(b.names ?? [])]) idx.add(n, SHORT_ACRONYM.test(n) ? acronym : ref);
  }
  for (const t of TITLES) {
    const ref: EntityRef = { type: 'title', title: t };
    for (const n of [t.name, ...(t.forms ?? [])]) idx.add(n, ref);
  }
  for (const l of LEADERS) {
    const full: EntityRef = { type: 'leader', leader: l, titledOnly: false };
    for (const n of [l.name, ...l.variants]) idx.add(n, full);
    const titled: EntityRef = { type: 'leader', leader: l, titledOnly: true };
    for (const n of l.titledForms ?? []) idx.add(n, titled);
  }
  for (const w of SEAT_HOLDER_WORDS) idx.add(w, { type: 'seat-holder' });
  index = idx;
  return idx;
}

const NAME_PARTICLE_KEYS = new Set(NAME_PARTICLES.map(matchKey));

const notCountryFollowers = new Map(
  Object.entries(NOT_A_COUNTRY_WHEN_FOLLOWED_BY).map(([k, v]) => [matchKey(k), new Set(v.map(matchKey))]),
);

/** All-capital abbreviations ("EU", "NATO", "LHQ") count as capitalised. */
const capitalized = (t: Token | undefined) => !!t && isCapitalized(t.text);

/** Words that "quyền" ends: "chính quyền", "cầm quyền", "chủ quyền", "nhân quyền", "thẩm quyền", "ủy quyền" … */
const QUYEN_COMPOUNDS: ReadonlySet<string> = new Set(['chính', 'cầm', 'chủ', 'nhân', 'thẩm', 'ủy', 'uỷ', 'toàn', 'đặc', 'bản', 'độc', 'nắm', 'giành', 'lạm', 'tiếm', 'bá', 'thực', 'trao', 'dân', 'pháp']);

/** "Ấn Độ - Thái Bình Dương": the Indo-Pacific after a country's name, a region. */
const INDO_PACIFIC = /^\s*[-–]\s*Thái\s+Bình\s+Dương/u;

/** The common nouns of a grouping's name: "Nhóm", "Khối". */
const GROUPING_NOUNS: ReadonlySet<string> = new Set(['nhóm', 'khối'].map(matchKey));

/** First words of the bodies' names the press writes in lower case up to their proper noun (see BODIES). */
const LOWER_CASE_BODY_NAMES: ReadonlySet<string> = new Set(BODIES.flatMap((b) => [b.name, ...(b.names ?? [])]).filter((n) => /^\p{Ll}/u.test(n)).map((n) => matchKey(n.split(/\s+/u)[0]!)));

/** Does this reading of the phrase at tokens [from, to) hold up in context? */
function accept(ref: EntityRef, text: string, tokens: Token[], from: number, to: number, prevEnd: number): boolean {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const prev = from > 0 ? tokens[from - 1] : undefined;
  const next = tokens[to];
  switch (ref.type) {
    case 'title':
      // "chính quyền Tổng thống Biden" (the Biden administration), "cầm quyền": "quyền" is the second syllable of another
      // word there, not "acting".
      return !(first.key === 'quyền' && !!prev && QUYEN_COMPOUNDS.has(prev.key) && /^\s+$/u.test(text.slice(prev.end, first.start)));
    case 'seat-holder':
      return true;
    case 'body':
      if (ref.acronym) return first.text === first.text.toUpperCase() && to - from === 1;
      // "nhóm Normandy", "khối BRICS": a grouping's common noun may be written in lower case before its name.
      // A name the table writes in lower case ("khu vực đồng Euro") is matched as the table writes it, never lower still.
      return capitalized(first) || (GROUPING_NOUNS.has(first.key) && capitalized(tokens[from + 1])) || (LOWER_CASE_BODY_NAMES.has(first.key) && capitalized(last));
    case 'leader':
      // Names are written capitalised; a titled-only short form must follow a title (checked in people.ts).
      return looksLikeName(text, tokens, from, to);
    case 'country': {
      if (ref.via === 'seat') return capitalized(last);
      if (!capitalized(first)) return false;
      // "Ấn Độ Dương": an ocean, not India; "Thái Bình Dương" (see NOT_A_COUNTRY_WHEN_FOLLOWED_BY), not Thailand, even in
      // a pair ("Ấn Độ-Thái Bình Dương").
      if (next?.key === 'dương' && /^\s+$/.test(text.slice(last.end, next.start))) return false;
      if (INDO_PACIFIC.test(text.slice(last.end, last.end + 20))) return false;
      const followers = to - from === 1 ? notCountryFollowers.get(first.key) : undefined;
      if (followers && next && followers.has(next.key) && /^\s+$/.test(text.slice(first.end, next.start))) return false;
      if (ref.via === 'pair') return isInPair(text, tokens, from, to) || afterLeaderTitle(text, tokens, from, to);
      if (to - from === 1) {
        // "Trần Đức Lương", "Tuấn Anh", "Lê Thị Nga": a lone capitalised syllable glued to a
        // capitalised word that is not itself an entity is part of a personal name.
        // Not after a body's abbreviation in a text not in capitals ("Quốc vụ khanh BNG Anh").
        // (Or a longer one: "… Đoàn TNNDCM Lào".)
        const afterAbbreviation = !!prev && /^\p{Lu}{2,8}$/u.test(prev.text) && first.text !== first.text.toUpperCase();
        if (prev && prev.end > prevEnd && capitalized(prev) && !afterAbbreviation && /^\s+$/.test(text.slice(prev.end, first.start))) return false;
      }
      return true;
    }
  }
}

/**
 * A personal name as written: every word capitalised, except particles ("von der Leyen",
 * "bin Salman") and the lower-case parts of hyphenated names ("Jong-un", "Jae-myung", "al-Sisi").
 */
function looksLikeName(text: string, tokens: Token[], from: number, to: number): boolean {
  let capitals = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (capitalized(t)) {
      capitals++;
      continue;
    }
    const hyphenated = i > from && /[-‐‑]/.test(text.slice(tokens[i - 1]!.end, t.start));
    const nextHyphen = i + 1 < to && /[-‐‑]/.test(text.slice(t.end, tokens[i + 1]!.start));
    if (!hyphenated && !nextHyphen && !NAME_PARTICLE_KEYS.has(t.key)) return false;
  }
  return capitals > 0;
}

/** "Nga - Pháp", "Việt-Trung", "Mỹ–Trung": a one-syllable form joined by a dash to another country form. */
function isInPair(text: string, tokens: Token[], from: number, to: number): boolean {
  const prev = tokens[from - 1];
  const next = tokens[to];
  const dash = /^\s*[-‐‑–—]\s*$/;
  const isCountryWord = (i: number) => {
    const m = entityIndex().matchAt(text, tokens, i);
    return !!m && m.values.some((r) => r.type === 'country');
  };
  if (next && dash.test(text.slice(tokens[to - 1]!.end, next.start)) && capitalized(next) && isCountryWord(to)) return true;
  if (prev && dash.test(text.slice(prev.end, tokens[from]!.start)) && capitalized(prev)) {
    // Look back for a country form that ends at prev.
    for (let i = from - 1; i >= Math.max(0, from - 4); i--) {
      const m = entityIndex().matchAt(text, tokens, i);
      if (m && m.to === from && m.values.some((r) => r.type === 'country')) return true;
    }
  }
  return false;
}

/** Leaders' titles a headline may follow with a country's one-syllable form: "Thủ tướng Thái", "Tổng thống Hàn". */
const LEADER_TITLES_BEFORE_SHORT_FORM = new Set(['thủ tướng', 'tổng thống', 'ngoại trưởng', 'quốc vương', 'nhà vua', 'thủ tướng chính phủ']);

/** "… điện đàm với Thủ tướng Thái chiều 21/10": a one-syllable form right after a leader's title, not followed by a
 *  capitalised word (then it starts a personal name: "Bộ trưởng Thái Thanh Hải"). */
function afterLeaderTitle(text: string, tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1 || from < 2) return false;
  const next = tokens[to];
  if (next && capitalized(next) && /^\s+$/.test(text.slice(tokens[from]!.end, next.start))) return false;
  for (const n of [2, 3]) {
    if (from - n < 0) continue;
    const words = tokens.slice(from - n, from);
    if (!/^\s+$/.test(text.slice(words[n - 1]!.end, tokens[from]!.start))) return false;
    if (LEADER_TITLES_BEFORE_SHORT_FORM.has(words.map((t) => t.key).join(' '))) return true;
  }
  return false;
}

/**
 * Every gazetteer entity in `text`, longest match first, left to right. A phrase whose every
 * reading fails its checks does not block shorter phrases inside it from matching.
 */
export function scanEntities(text: string, tokens: Token[] = tokenize(text)): EntityMatch[] {
  const idx = entityIndex();
  const out: EntityMatch[] = [];
  let prevEnd = -1;
  for (let i = 0; i < tokens.length; ) {
    const m = idx.matchAt(text, tokens, i);
    const refs = m ? m.values.filter((r) => accept(r, text, tokens, m.from, m.to, prevEnd)) : [];
    if (m && refs.length) {
      out.push({ from: m.from, to: m.to, start: m.start, end: m.end, text: text.slice(m.start, m.end), refs });
      prevEnd = m.end;
      i = m.to;
    } else i++;
  }
  return out;
}

export { countryByCode, bodyByCode, placeName, flagEmoji } from './places';

const titlesById = new Map<string, TitleEntry>(TITLES.map((t) => [t.id, t]));
const leadersById = new Map<string, LeaderEntry>(LEADERS.map((l) => [l.id, l]));
export const titleById = (id: string) => titlesById.get(id) ?? null;
export const leaderById = (id: string) => leadersById.get(id) ?? null;

/** Look a country or body up by any of its names ("Hoa Kỳ" → "US", "Liên hợp quốc" → "UN"). */
export function lookupPlace(name: string): CountryCode | null {
  for (const m of scanEntities(name)) {
    if (m.start !== 0 || m.end !== name.trim().length) continue;
    for (const r of m.refs) if (r.type === 'country' || r.type === 'body') return r.code;
  }
  return null;
}
