import { ACADEMIC_DEGREES, adjacent, isCapitalized, matchKey, PhraseIndex, phraseSet, tokenize, type Token } from '../text';
import { DEPENDENT_PREFIXES, HONORIFICS, NAME_PARTICLES, STYLES, STYLES_AFTER, NOT_A_NAME, SUBJECT_VERBS, VIETNAMESE_SURNAMES } from './data/name-context';
import { CHAIN_BODY_JOINERS, CHAIN_DEICTIC, CHAIN_STOPS, CHAIN_TITLE_JOINERS, LOCAL_BODIES, LOCAL_NAME_WORDS, ORGANISATION_WORDS, TITLE_EXTENSIONS } from './data/organisations';
import { scanEntities, titleById, type EntityMatch, type EntityRef } from './entities';
import type { CountryCode, LeaderEntry, TitleEntry } from './types';

/**
 * People in a text: "Tổng thống Nga Vladimir Putin", "người đồng cấp Pháp Emmanuel Macron",
 * "Thủ tướng Nhật Bản Kishida Fumio" (known or not), "ông Putin", "Tổng thống Mỹ" (a role
 * without a name), "ông chủ Nhà Trắng" (a role named by its seat).
 *
 * Grammar of a mention, each part optional but at least a title, a known name or a seat:
 *   [title chain] [, ông | bà | đồng chí] [known name | capitalised name]
 * where a title chain is a title followed by the bodies and places of its office, and more
 * titles joined by "kiêm" or, after a membership or grade, by a comma:
 *   "Ủy viên Bộ Chính trị, Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc".
 * A name may also come first, with the chain after it in apposition:
 *   "đồng chí Lê Hoài Trung, Bí thư Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương".
 * The person's country is the first country, capital or body the chain names; a chain of
 * bodies that names none is Vietnam's (./data/organisations.ts).
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
  /** The title is qualified by the body it belongs to ("Bộ trưởng Bộ Công Thương", "Chủ nhiệm
   *  Tổng cục Chính trị"): the title alone does not say which office, so it is never resolved to
   *  an office-holder of the gazetteer. */
  qualified?: boolean;
  /** Vietnam only because the chain names no country ("Bộ trưởng Nội vụ": the press writes its own bodies bare) and no name:
   *  an article that says nothing else of Vietnam overturns it (see analysis.ts). Never a province's or city's office, which
   *  names its place. */
  countryOfThePress?: boolean;
  /** Every office the text gives this person, in its chain and in apposition ("Đại tướng Tea Banh, Phó Thủ
   *  tướng, Bộ trưởng Quốc phòng Campuchia"): a role named elsewhere by any of them is this person. */
  offices?: TitleEntry[];
}

/** "Quyền" right before an office the table holds without it: the acting holder ("Quyền Bộ trưởng Quốc phòng"). */
const ACTING_BEFORE = /(?:^|[\s,;:(])Quyền\s+$/u;
const ACTING_CHARS = 8;
const MAX_NAME_WORDS = 5;
const particles = new Set(NAME_PARTICLES.map(matchKey));
const notAName = new Set(NOT_A_NAME.map(matchKey));
const vnSurnames = new Set(VIETNAMESE_SURNAMES.map(matchKey));
const dependentPrefixes = DEPENDENT_PREFIXES.map((p) => matchKey(p).split(' '));

/** Is the title at word `at` someone else's ("trợ lý Tổng thống", "Văn phòng của Tổng thống")? */
function dependentTitle(text: string, tokens: Token[], at: number, portfolio = false): boolean {
  let end = at;
  // "Trợ lý của Tổng thống", "người đại diện cho Thủ tướng …".
  if (tokens[end - 1]?.key === 'của' || tokens[end - 1]?.key === 'cho') end--;
  // The prefix is joined to the title: "Chính phủ, Bộ trưởng …" is a list of offices, not the ministry of a "phủ".
  if (!tokens[end - 1] || !adjacent(text, tokens[end - 1]!, tokens[end]!)) return false;
  const prefixEndsAt = (e: number) => dependentPrefixes.some((words) => words.every((w, i) => tokens[e - words.length + i]?.key === w));
  if (prefixEndsAt(end)) return true;
  // "trợ lý chính sách đối ngoại của Tổng thống …": the aide's portfolio, in lower case, between the prefix and "của" (asked
  // only when the office's holder is named after it: "Thư ký báo chí của Tổng thống Nga Dmitry Peskov" names the aide).
  if (!portfolio || end === at || tokens[at - 1]?.key !== 'của') return false;
  for (let e = end - 1; e >= Math.max(1, end - DEPENDENT_PORTFOLIO_WORDS); e--) {
    if (isCapitalized(tokens[e]!.text) || !adjacent(text, tokens[e - 1]!, tokens[e]!)) return false;
    if (prefixEndsAt(e)) return true;
  }
  return false;
}
/** How many lower-case words an aide's portfolio may run to before "của". */
const DEPENDENT_PORTFOLIO_WORDS = 5;

const refOf = <T extends EntityRef['type']>(m: EntityMatch | undefined, type: T) =>
  m?.refs.find((r): r is Extract<EntityRef, { type: T }> => r.type === type);

let honorificPhrases: PhraseIndex<string> | null = null;
const honorificIndex = () => (honorificPhrases ??= phraseSet(HONORIFICS));

/** Honorific styles in a row before a name, each perhaps with its apostrophe ("Dato’"). */
const styleWords = (words: readonly string[]) => words.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');
const STYLE_RUN = new RegExp(String.raw`^(?:${styleWords(STYLES)})['’]?\s+(?:(?:${styleWords([...STYLES, ...STYLES_AFTER])})['’]?\s+)*(?=\p{Lu})`, 'u');

/** Skip an honorific between a title and a name: "Tổng thống Nga, ông Vladimir Putin", "…, đồng chí Lê Hoài Trung",
 *  "… Malaysia Dato’ Seri Utama Haji Mohamad …". */
function skipHonorific(text: string, tokens: Token[], at: number): number {
  const style = tokens[at] && at > 0 ? STYLE_RUN.exec(text.slice(tokens[at]!.start)) : null;
  if (style) {
    const nameStart = tokens[at]!.start + style[0].length;
    const next = tokens.findIndex((t) => t.start >= nameStart);
    if (next > at) return next;
  }
  const t = tokens[at];
  const prev = tokens[at - 1];
  const h = t && prev ? honorificIndex().matchAt(text, tokens, at) : null;
  if (!t || !prev || !h) return at;
  const gap = text.slice(prev.end, t.start);
  // "Ngoại trưởng Anh, bà Liz Truss"; "quyền Tổng thống Venezuela - bà Delcy Rodriguez".
  if (!/^\s*[,–—-]?\s*$/.test(gap)) return at;
  return tokens[h.to] && adjacent(text, tokens[h.to - 1]!, tokens[h.to]!) ? h.to : at;
}

/** Capitalised words from token `at` that read as a personal name, or 0 words. */
const SPACED_DASH = /\s[-‐‑–]|[-‐‑–]\s/u;
function nameRunLength(text: string, tokens: Token[], at: number, entityAt: Map<number, EntityMatch>): number {
  let n = 0;
  let lastCap = 0;
  // Words, not syllables: "Mi-ghen Đi-át Ca-nên Bê-mu-đết" is four words of ten syllables; nor particles: "Sheikh
  // Mohamed bin Zayed Al Nahyan" is four words and two particles.
  let words = 0;
  for (let i = at; i < tokens.length; i++) {
    const t = tokens[i]!;
    const joined = i > at && /^[-‐‑]$/.test(text.slice(tokens[i - 1]!.end, t.start));
    if (!joined && !particles.has(t.key) && ++words > MAX_NAME_WORDS) break;
    // "Antony J. Blinken", "Donald J.Trump": an initial with its full stop stays inside the name.
    const initial = i > at && /^\p{Lu}$/u.test(tokens[i - 1]!.text) && /^\.\s*$/.test(text.slice(tokens[i - 1]!.end, t.start));
    if (i > at && !adjacent(text, tokens[i - 1]!, t) && !initial) break;
    // "ông Kash Patel - Giám đốc …": a dash set apart by a space ends the name (a name's own hyphen is not: "Jae-myung").
    if (i > at && SPACED_DASH.test(text.slice(tokens[i - 1]!.end, t.start))) break;
    const m = entityAt.get(i);
    if (m && m.refs.some((r) => r.type === 'title' || r.type === 'body' || (r.type === 'country' && r.via === 'name'))) break;
    if (/\d/.test(t.text)) break;
    if (isCapitalized(t.text)) {
      if (notAName.has(t.key) || (i + 1 < tokens.length && notAName.has(`${t.key} ${tokens[i + 1]!.key}`))) break;
      n++;
      lastCap = n;
    } else if (n > 0 && (particles.has(t.key) || /^[-‐‑]$/.test(text.slice(tokens[i - 1]!.end, t.start)))) {
      // "von der Leyen", "Jae-myung", "Jong-un": particles and lower-case hyphenated parts (not "Phúc - khi chủ trì").
      n++;
      // (A particle's word joined by a hyphen is a syllable of the name: "Áp-đu-la".)
      if (!particles.has(t.key) || /^[-‐‑]$/.test(text.slice(tokens[i - 1]!.end, t.start))) lastCap = n;
    } else break;
  }
  return lastCap;
}

let organisations: PhraseIndex<string | null> | null = null;
/** The words of bodies' names (ORGANISATION_WORDS), each with the one country a body so named belongs to, if any. */
export function organisationIndex(): PhraseIndex<string | null> {
  if (organisations) return organisations;
  const idx = new PhraseIndex<string | null>();
  for (const w of ORGANISATION_WORDS) idx.add(w.phrase, w.country ?? null);
  organisations = idx;
  return idx;
}
let joiners: {
  title: PhraseIndex<string>;
  body: PhraseIndex<string>;
  stop: PhraseIndex<string>;
  deictic: PhraseIndex<string>;
  local: PhraseIndex<string>;
  extension: PhraseIndex<string>;
} | null = null;
const chainWords = () =>
  (joiners ??= {
    title: phraseSet(CHAIN_TITLE_JOINERS),
    body: phraseSet(CHAIN_BODY_JOINERS),
    stop: phraseSet(CHAIN_STOPS),
    deictic: phraseSet(CHAIN_DEICTIC),
    local: phraseSet(LOCAL_BODIES),
    extension: phraseSet(TITLE_EXTENSIONS),
  });

/** Ranks whose title is a membership or a grade: a comma after them goes on to the office. */
const LEADS_ON: ReadonlySet<string> = new Set(['grade', 'official']);

interface Chain {
  /** Word and character just past the chain. */
  to: number;
  end: number;
  /** The title shown: the last office of the chain (a grade or membership only when it is all there is). */
  title: TitleEntry;
  titleStart: number;
  titleEnd: number;
  /** Country from a place or body of the chain, and whether it came from a word that says it outright. */
  country: CountryCode | null;
  /** The chain names bodies ("Ban Đối ngoại Trung ương"), not just a country. */
  bodies: boolean;
  /** The chain's body rules a country the chain names in a way the gazetteer does not know ("cầm quyền Brasill"). */
  abroad?: boolean;
  /** The country a body's own name implies ("Liên lạc Đối ngoại" → CN). */
  bodyCountry: CountryCode | null;
  /** The chain names a province's or city's body ("Bí thư Tỉnh ủy Lào Cai"), which names its place. */
  local?: boolean;
}

/** What stands between a name and its titles in apposition, or between two titles of one person:
 *  "Lê Hoài Trung, Trưởng Ban …", "Miêu Hoa - Ủy viên Quân ủy …", "Phó Thủ tướng - Bộ trưởng …". */
const APPOSITION = /^\s*(?:,|\s[-–—])\s*$/u;
const RANK_ORDER = ['grade', 'official'];
/** The rest of a body's name the chain did not read, each word of it capitalised with its lower-case syllables:
 *  " Hành động Nhân dân" after "Tổng Thư ký Đảng". */
const BODY_NAME_REST = /^(?:\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Ll}[\p{L}\p{M}]*){0,3}){1,4}(?=\s*[(,])/u;
/** A word in capitals, as a body's abbreviation is written ("PAP", "CPP", "ANC"). */
const ABBREVIATION_WORD = /^\p{Lu}{2,8}$/u;
/** Abbreviations of Vietnamese bodies a chain may end with: "Đảng CSVN", "Ban Chấp hành TƯ". */
const VIETNAMESE_ABBREVIATIONS: ReadonlySet<string> = new Set(['CSVN', 'ĐCSVN', 'TƯ', 'TW', 'UBND', 'HĐND', 'MTTQ', 'QĐND', 'CAND', 'BCH']);
/** An abbreviation in brackets at the end of a title: "Tổng Thư ký Đảng Hành động Nhân dân (PAP), Thủ tướng …". */
const BRACKETED_ABBREVIATION = /^\s*\(\s*[\p{Lu}\d][\p{Lu}\d.&-]{1,9}\s*\)/u;
/** The rest of a bracketed name in its own spelling, and the closing bracket: " Bermudez)". */
const ORIGINAL_SPELLING = /^(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}\s*\)/u;
/** The inside and closing bracket of an abbreviation: "USTR)", "CPP)", "PLA)". */
const ABBREVIATION = /^[\p{Lu}\d][\p{Lu}\d.&-]{1,9}\)/u;
/** Prefer the office over a membership or grade, and a later office over an earlier one of the same kind. */
const better = (next: TitleEntry, best: TitleEntry) => RANK_ORDER.indexOf(next.rank) <= RANK_ORDER.indexOf(best.rank) || best.rank === 'grade';

/** A place a chain may name: a country by name or by its seat ("Cố vấn an ninh quốc gia Nhà Trắng"), an
 *  international body, and after a body a capital ("Bí thư Thành ủy Bắc Kinh"; a title right before a capital
 *  is rather "Đại sứ … Hà Nội"). */
function chainPlace(m: EntityMatch | undefined, capitals: boolean): CountryCode | null {
  if (!m) return null;
  for (const r of m.refs) {
    if (r.type === 'body') return r.code;
    if (r.type === 'country' && (r.via === 'name' || r.via === 'seat' || r.via === 'pair' || (capitals && r.via === 'capital'))) return r.code;
  }
  return null;
}

/** How many words a title's portfolio may run to before the comma that leads to its ministry. */
const PORTFOLIO_WORDS = 10;
/**
 * The title chain that starts with the title entity `m` (see the grammar above). Stops at the
 * first word that is no body, place, joiner or further title: the name, if any, starts there.
 */
function readChain(text: string, tokens: Token[], m: EntityMatch, title: TitleEntry, entityAt: Map<number, EntityMatch>): Chain {
  const chain: Chain = { to: m.to, end: m.end, title, titleStart: m.start, titleEnd: m.end, country: null, bodies: false, bodyCountry: null };
  const orgs = organisationIndex();
  const w = chainWords();
  let i = m.to;
  let lastWasBody = false;
  let afterLocal = false;
  // "Quốc vụ khanh phụ trách Ấn Độ Dương, Bộ Ngoại giao Anh …": the title's portfolio, then after a comma the
  // ministry the title belongs to (read as "Quốc vụ khanh, Bộ Ngoại giao …" below).
  if (tokens[i]?.key === 'phụ' && tokens[i + 1]?.key === 'trách') {
    let j = i + 2;
    while (j < tokens.length && j < i + PORTFOLIO_WORDS && !/[,.;:()]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) j++;
    if (j < tokens.length && /^\s*,\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) && isCapitalized(tokens[j]!.text) && orgs.matchAt(text, tokens, j)) i = j;
  }
  while (i < tokens.length) {
    const bodyBefore = lastWasBody;
    lastWasBody = false;
    // After an abbreviation in brackets the gap starts at its closing bracket.
    const gap = text.slice(Math.max(tokens[i - 1]!.end, chain.end), tokens[i]!.start);
    const entity = entityAt.get(i);
    // An abbreviation in brackets inside the chain: "Đại diện Thương mại Hoa Kỳ (USTR) Jamieson Greer".
    const bracket = /^\s*\(\s*$/.test(gap) ? ABBREVIATION.exec(text.slice(tokens[i]!.start)) : null;
    if (bracket) {
      chain.country ??= chainPlace(entity, false) ?? orgs.matchAt(text, tokens, i)?.values.find((v) => v) ?? null;
      const close = tokens[i]!.start + bracket[0].length;
      while (i < tokens.length && tokens[i]!.start < close) i++;
      chain.to = i;
      chain.end = close;
      if (i >= tokens.length || !/^\s+$/.test(text.slice(close, tokens[i]!.start))) break;
      continue;
    }
    // "Tổng thư ký Ủy ban Chỉ đạo hợp tác song phương Việt Nam - Trung Quốc phía Trung Quốc": a joint body of the pair,
    // then the one side whose office it is, which is the person's country.
    if (chain.country && /^\s*[-–]\s*$/u.test(gap) && entity && chainPlace(entity, false)) {
      const side = tokens[entity.to] && (tokens[entity.to]!.key === 'phía' || tokens[entity.to]!.key === 'bên') ? entityAt.get(entity.to + 1) : undefined;
      const own = chainPlace(side, false);
      if (side && own && /^\s+$/.test(text.slice(tokens[entity.to]!.end, side.start))) {
        chain.country = own;
        i = side.to;
        chain.to = i;
        chain.end = tokens[i - 1]!.end;
        continue;
      }
    }
    const titleHere = entity?.refs.find((r): r is Extract<EntityRef, { type: 'title' }> => r.type === 'title');
    // A list of what one ministry is for: "Bộ trưởng Y tế, Lao động và Phúc lợi Nhật Bản".
    if (bodyBefore && !titleHere && (/^\s*,\s*$/.test(gap) || (tokens[i]!.key === 'và' && /^\s+$/.test(gap)))) {
      const at = tokens[i]!.key === 'và' ? i + 1 : i;
      const next = at < tokens.length ? orgs.matchAt(text, tokens, at) : null;
      if (next && isCapitalized(tokens[at]!.text) && !next.values.some((v) => v) && !entityAt.get(at)?.refs.some((r) => r.type === 'country')) {
        i = next.to;
        lastWasBody = true;
        chain.to = i;
        chain.end = tokens[i - 1]!.end;
        continue;
      }
    }
    // "bà …, Quốc vụ khanh, Bộ Ngoại giao Anh": a bare title goes on, after a comma, to the ministry it belongs to.
    const kindOfBody = !titleHere && chain.to === m.to && /^\s*,\s*$/.test(gap) && isCapitalized(tokens[i]!.text) ? orgs.matchAt(text, tokens, i) : null;
    const ministryAfterComma = !!kindOfBody && kindOfBody.to < tokens.length && !!orgs.matchAt(text, tokens, kindOfBody.to);
    if (/^\s*,\s*$/.test(gap) && !ministryAfterComma) {
      // "Ủy viên Bộ Chính trị, Bộ trưởng Ngoại giao …": a membership or grade goes on to the office.
      if (!titleHere || chain.country || !LEADS_ON.has(chain.title.rank) || titleHere.title.rank === 'leader' || titleHere.title.rank === 'counterpart') break;
    } else if (!/^\s+$/.test(gap) && !ministryAfterComma) break;
    if (w.stop.matchAt(text, tokens, i)) break;
    // "Chủ tịch nước này Tập Cận Bình": "this country" stands for the country the sentence has named.
    const deictic = w.deictic.matchAt(text, tokens, i);
    if (deictic) {
      i = deictic.to;
      chain.to = i;
      chain.end = tokens[i - 1]!.end;
      continue;
    }
    // "Bộ trưởng Thương mại quốc tế Anh": lower-case words that go on with the title itself.
    const extension = i === chain.to && chain.to === m.to ? w.extension.matchAt(text, tokens, i) : null;
    if (extension && !isCapitalized(tokens[i]!.text)) {
      i = extension.to;
      chain.to = i;
      chain.end = tokens[i - 1]!.end;
      chain.titleEnd = chain.end;
      continue;
    }
    const place = chainPlace(entity, chain.bodies || (!!chain.title.governsPlace && chain.to === m.to));
    if (place && entity) {
      chain.country ??= place;
      i = entity.to;
    } else if (titleHere && entity && (/,/.test(gap) || (/^\s+$/.test(gap) && chain.bodies === false && (chain.title.rank === 'grade' || (chain.to === m.to && isCapitalized(tokens[i]!.text)))))) {
      // A further title: after a comma, right after a grade ("Thượng tướng Chủ nhiệm …" is rare but "Đại tướng Bộ trưởng" is
      // not), or right after the first title where a copy left the comma out ("Phó Thủ tướng Bộ trưởng Ngoại giao …": not a
      // ministry "Bộ …" of the first).
      if (better(titleHere.title, chain.title)) {
        chain.title = titleHere.title;
        chain.titleStart = entity.start;
      }
      i = entity.to;
    } else {
      const joinTitle = w.title.matchAt(text, tokens, i);
      const joinBody = w.body.matchAt(text, tokens, i);
      const after = joinTitle ?? joinBody;
      if (after && after.to < tokens.length) {
        const nextEntity = entityAt.get(after.to);
        const nextTitle = nextEntity?.refs.find((r): r is Extract<EntityRef, { type: 'title' }> => r.type === 'title');
        const nextOrg = orgs.matchAt(text, tokens, after.to);
        // After "của"/"các" a body's name may be written in lower case ("các lực lượng vũ trang").
        const ok = (joinTitle && nextTitle && nextEntity) || (!!nextOrg && (isCapitalized(tokens[after.to]!.text) || nextOrg.to - nextOrg.from >= 2)) || !!chainPlace(nextEntity, true);
        if (!ok) {
          // "Đảng … cầm quyền Brasill": a ruling party of a country written as the gazetteer does not know it is
          // abroad; never the Vietnamese press's own body.
          if (joinBody && !joinTitle && RULING.test(text.slice(tokens[i]!.start, joinBody.end)) && isCapitalized(tokens[after.to]!.text)) chain.abroad = true;
          break;
        }
        if (joinTitle && nextTitle && nextEntity) {
          if (better(nextTitle.title, chain.title)) {
            chain.title = nextTitle.title;
            chain.titleStart = nextEntity.start;
          }
          i = nextEntity.to;
        } else {
          i = after.to;
          lastWasBody = true;
        }
      } else {
        const org = orgs.matchAt(text, tokens, i);
        // After a province's name, a Vietnamese family name starts the person ("Tỉnh ủy Lạng Sơn Đoàn Minh Tuấn").
        if (afterLocal && vnSurnames.has(tokens[i]!.key) && nameRunLength(text, tokens, i, entityAt) >= 2) break;
        // A body's name starts with a capital ("Ban Đối ngoại", "Lực lượng vũ trang"); lower-case words are the
        // sentence going on, unless they go on with a body's name ("Quân đội nhân dân", "Ủy ban chỉ đạo").
        // …or a service or body in lower case right before the country or the body's own name ("Tổng tham mưu trưởng quân
        // đội Canada", "Chủ tịch Ủy ban quân sự Liên minh châu Âu").
        const leadsToName = !!org && org.to < tokens.length && (!!chainPlace(entityAt.get(org.to), true) || (isCapitalized(tokens[org.to]!.text) && !!orgs.matchAt(text, tokens, org.to)));
        if (!org || !(isCapitalized(tokens[i]!.text) || bodyBefore || leadsToName)) break;
        // A name that happens to start like a body ("Lê Hoài Trung" after "Trung ương"): a known leader wins.
        if (entity && entity.from === i && entity.to >= org.to && entity.refs.some((r) => r.type === 'leader' && !r.titledOnly)) break;
        chain.bodies = true;
        lastWasBody = true;
        const c = org.values.find((v) => v) ?? null;
        chain.bodyCountry ??= c;
        const local = w.local.matchAt(text, tokens, i);
        if (local) chain.local = true;
        i = org.to;
        // "Bí thư Tỉnh ủy Lào Cai (Đặng Xuân Phong)": the capitalised words after a province's body are its name.
        // (A province of another country is a body of the table: "Tỉnh ủy Vân Nam" is China's.)
        if (local && local.to === org.to && !orgs.matchAt(text, tokens, i)?.values.some((v) => v)) {
          i = localNameEnd(text, tokens, i, entityAt);
          afterLocal = true;
        }
      }
    }
    chain.to = i;
    chain.end = tokens[i - 1]!.end;
  }
  chain.titleEnd = chain.bodies ? chain.end : chain.titleEnd;
  return chain;
}

const RULING = /^cầm\s+quyền/iu;
/** A title ending in "Chính phủ": the Vietnamese press's name for its own government's offices. */
const OF_THE_GOVERNMENT = /\sChính\s+phủ$/u;
/** …and a minister's office written with the ministry's name and no country ("Bộ trưởng Bộ Tài chính", "Thứ trưởng Bộ
 *  Quốc phòng"): a foreign one is written with its country ("Bộ trưởng Tài chính Nhật Bản"). */
const OF_A_MINISTRY = /^(?:Phó\s+)?(?:Bộ|Thứ)\s+trưởng\s+Bộ\s/iu;
/** What joins a name to the country written after it: " của ", " thuộc ", " (". */
const COUNTRY_AFTER_NAME = /^\s*(?:,\s*)?(?:của|thuộc|\()\s*$/iu;
/** After a title: the sides of a call counted, not named ("Ngoại trưởng hai nước", "Thủ tướng các nước"). */
const SEVERAL_SIDES = /^\s+(?:của\s+)?(?:hai|các|ba|bốn|năm|những|\d{1,2})\s+(?:nước|bên|phía|quốc\s+gia)(?![\p{L}])/iu;
/** …or inside the chain itself, its last body counted: "lãnh đạo các quốc gia", "Bộ trưởng các nước". */
const SEVERAL_IN_CHAIN = /(?<![\p{L}])(?:hai|các|ba|bốn|năm|những|\d{1,2})\s+(?:nước|bên|phía|quốc\s+gia)$/iu;

/** A name of two words or more right after ", " at word `at` (past "cầm quyền <country>" when the chain rules a country
 *  the gazetteer does not know), ending where the sentence or its clause does. */
function nameInApposition(text: string, tokens: Token[], at: number, abroad: boolean, entityAt: Map<number, EntityMatch>): { name: string; end: number } | null {
  let i = at;
  if (abroad && tokens[i]?.key === 'cầm' && tokens[i + 1]?.key === 'quyền') {
    i += 2;
    while (tokens[i] && isCapitalized(tokens[i]!.text) && adjacent(text, tokens[i - 1]!, tokens[i]!)) i++;
  }
  if (i === 0 || !tokens[i] || !/^\s*,\s*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return null;
  const n = nameRunLength(text, tokens, i, entityAt);
  if (n < 2) return null;
  const last = tokens[i + n - 1]!;
  const next = tokens[i + n];
  if (next && !/^\s*[.,;:)]/.test(text.slice(last.end, next.start))) return null;
  return { name: text.slice(tokens[i]!.start, last.end), end: last.end };
}

/** Has this person held an office of this title's id or rank (a generic or grade title fits anyone)? */
function fitsTitle(leader: LeaderEntry, title: TitleEntry): boolean {
  if (['leader', 'counterpart', 'grade', 'official'].includes(title.rank)) return true;
  // "Chủ tịch Michel": a title that begins the office's name ("Chủ tịch Hội đồng châu Âu") fits it too.
  const head = matchKey(title.name);
  return leader.offices.some((o) => {
    const office = titleById(o.title);
    return o.title === title.id || office?.rank === title.rank || (!!office && matchKey(office.name).startsWith(`${head} `));
  });
}

/**
 * The end of a province's or city's name that starts at word `at`: capitalised words, up to LOCAL_NAME_WORDS,
 * stopping where a Vietnamese personal name starts ("Lào Cai Đặng Xuân Phong") or at a known place or title.
 */
function localNameEnd(text: string, tokens: Token[], at: number, entityAt: Map<number, EntityMatch>): number {
  let i = at;
  while (i < tokens.length && i - at < LOCAL_NAME_WORDS && isCapitalized(tokens[i]!.text) && (i === at || adjacent(text, tokens[i - 1]!, tokens[i]!))) {
    const e = entityAt.get(i);
    if (e && e.refs.some((r) => r.type !== 'leader')) break;
    if (i > at && vnSurnames.has(tokens[i]!.key) && nameRunLength(text, tokens, i, entityAt) >= 2) break;
    i++;
  }
  return i;
}

function looksVietnamese(words: string[]): boolean {
  return words.length >= 2 && words.length <= 4 && vnSurnames.has(matchKey(words[0]!)) && words.every((w) => /^[\p{L}]+$/u.test(w) && !/[fjwz]/i.test(w));
}

/** "GS.", "PGS.TS.", "ThS. ": the degrees the press abbreviates before a name, the name right after their dots. */
const DEGREE_END = /^\.\s*$/u;
const degreeWords: ReadonlySet<string> = new Set(ACADEMIC_DEGREES);
function academicDegrees(text: string, tokens: Token[], i: number): { to: number } | null {
  let to = i;
  while (to < tokens.length && degreeWords.has(tokens[to]!.text) && DEGREE_END.test(text.slice(tokens[to]!.end, tokens[to + 1]?.start ?? tokens[to]!.end + 1))) to++;
  return to > i ? { to } : null;
}

/** The words that put the other side of a call or a meeting right before it: "điện đàm với …", "gọi điện cho …". */
const COUNTERPART_WORDS: ReadonlySet<string> = new Set(['với', 'cho']);
/** Between a name and the office in apposition after it: a comma. */
const COMMA_BEFORE_OFFICE = /^\s*,\s*$/u;
/**
 * "… nói chuyện qua điện thoại với Javier Brunson, Tư lệnh Lực lượng Hoa Kỳ tại Hàn Quốc": a name with no honorific after
 * "với" or "cho", whose office follows it in apposition, is a person as if "ông" stood before it; the office completes it.
 * (Without the office after its comma a capitalised run there is as likely a place or a body.)
 */
function counterpartBeforeOffice(text: string, tokens: Token[], i: number, entityAt: Map<number, EntityMatch>): { to: number } | null {
  if (!COUNTERPART_WORDS.has(tokens[i]!.key) || entityAt.has(i + 1)) return null;
  const n = nameRunLength(text, tokens, i + 1, entityAt);
  const after = tokens[i + 1 + n];
  if (n < 2 || !after || !COMMA_BEFORE_OFFICE.test(text.slice(tokens[i + n]!.end, after.start))) return null;
  return entityAt.get(i + 1 + n)?.refs.some((r) => r.type === 'title') ? { to: i + 1 } : null;
}

/**
 * Names the gazetteer does not know, introduced by an honorific ("đồng chí Lưu Kiến Siêu", "ông
 * Jamieson Greer"): people without a title or country of their own, which a title chain in
 * apposition may complete.
 */
function honorificNames(text: string, tokens: Token[], entityAt: Map<number, EntityMatch>): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const h = honorificIndex().matchAt(text, tokens, i) ?? academicDegrees(text, tokens, i) ?? counterpartBeforeOffice(text, tokens, i, entityAt);
    if (!h || h.to >= tokens.length || !(adjacent(text, tokens[h.to - 1]!, tokens[h.to]!) || DEGREE_END.test(text.slice(tokens[h.to - 1]!.end, tokens[h.to]!.start)))) continue;
    // Known people and titles are read from their entities (a short form such as "Lưu" is only someone after a title).
    const e = entityAt.get(h.to);
    if (e && !e.refs.every((r) => r.type === 'leader' && r.titledOnly)) continue;
    const n = nameRunLength(text, tokens, h.to, entityAt);
    if (n === 0) continue;
    const last = tokens[h.to + n - 1]!;
    // "ông Tập": a short form after an honorific is the leader it stands for after a title.
    let candidates = e && e.to === h.to + n ? e.refs.flatMap((r) => (r.type === 'leader' ? [r.leader] : [])) : [];
    // "ông D.Trump", "ông V. Putin": a known name after a first name's initial is that person.
    if (!e) {
      let at = h.to;
      while (at < h.to + n - 1 && /^\p{Lu}$/u.test(tokens[at]!.text)) at++;
      const known = at > h.to ? entityAt.get(at) : undefined;
      if (known && known.to === h.to + n) candidates = known.refs.flatMap((r) => (r.type === 'leader' && !r.titledOnly ? [r.leader] : []));
    }
    const country = candidates.length && candidates.every((c) => c.country === candidates[0]!.country) ? candidates[0]!.country : null;
    out.push({ start: tokens[h.to]!.start, end: last.end, title: null, titleText: null, country, countryWritten: false, name: text.slice(tokens[h.to]!.start, last.end), candidates, viaSeat: false });
    i = h.to + n - 1;
  }
  return out;
}

/** The official of a second country a title shared through "và" names: "… Nga Sergei Lavrov và Trung Quốc Vương Nghị". */
function sharedTitleAfterAnd(text: string, tokens: Token[], end: number, entityAt: Map<number, EntityMatch>, entities: EntityMatch[]): Pick<PersonMention, 'start' | 'end' | 'country' | 'countryWritten' | 'name' | 'candidates'> | null {
  const and = tokens.findIndex((t) => t.start >= end);
  // ("người đồng cấp Mỹ Christopher Landau, và Nhật Bản Funakoshi Takehiro": a comma may stand before "và".)
  if (and < 0 || tokens[and]!.key !== 'và' || !/^\s*,?\s+$/.test(text.slice(end, tokens[and]!.start))) return null;
  const place = entityAt.get(and + 1);
  const code = chainPlace(place, false);
  if (!place || !code || !/^\s+$/.test(text.slice(place.end, tokens[place.to]?.start ?? place.end))) return null;
  const n = nameRunLength(text, tokens, place.to, entityAt);
  if (n <= 0) return null;
  const last = tokens[place.to + n - 1]!;
  const known = entities.find((e) => e.from === place.to && e.to <= place.to + n && e.refs.some((r) => r.type === 'leader' && !r.titledOnly));
  const candidates = known ? known.refs.flatMap((r) => (r.type === 'leader' && !r.titledOnly && r.leader.country === code ? [r.leader] : [])) : [];
  return { start: place.start, end: last.end, country: code, countryWritten: true, name: text.slice(tokens[place.to]!.start, last.end), candidates };
}

/** The last word of a name that is a generational suffix: "… Marcos Jr", "… Sr". */
const GENERATION_SUFFIX = /(?:^|\s)(?:Jr|Sr)$/u;
let subjectVerbIndex: PhraseIndex<string> | null = null;
const subjectVerbs = () => (subjectVerbIndex ??= phraseSet(SUBJECT_VERBS));

/**
 * "Bộ trưởng Ngoại giao Lào, Campuchia và Thái Lan": one title over a list of countries is that office of each of them.
 * The countries after the first, each after a comma or "và" (or ", và") and not followed by a name (that is
 * sharedTitleAfterAnd's "… Nga Sergei Lavrov và Trung Quốc Vương Nghị").
 */
function sharedTitleCountries(text: string, tokens: Token[], end: number, entityAt: Map<number, EntityMatch>): Array<{ start: number; end: number; country: CountryCode }> {
  const out: Array<{ start: number; end: number; country: CountryCode }> = [];
  let at = end;
  for (;;) {
    let i = tokens.findIndex((t) => t.start >= at);
    if (i < 0) break;
    const gap = text.slice(at, tokens[i]!.start);
    const and = tokens[i]!.key === 'và';
    // …or a pair joined by a dash: "lãnh đạo Kyrgyzstan-Tajikistan", "Ngoại trưởng Nga - Mỹ".
    const pair = !out.length && /^\s*[-–]\s*$/u.test(gap);
    if (and ? !/^\s*,?\s+$/.test(gap) : !/^\s*,\s*$/.test(gap) && !pair) break;
    if (and) i++;
    const place = entityAt.get(i);
    const code = place?.refs.some((r) => r.type === 'country' && r.via === 'name') ? chainPlace(place, false) : null;
    if (!place || !code) break;
    // A capitalised word right after the country starts a name: not a bare list of countries.
    const next = tokens[place.to];
    if (next && isCapitalized(next.text) && /^\s+$/.test(text.slice(place.end, next.start)) && !entityAt.has(place.to)) break;
    // A country after a bare comma that a verb follows is the subject of a clause of its own.
    if (!and && next && /^\s+$/.test(text.slice(place.end, next.start)) && subjectVerbs().matchAt(text, tokens, place.to)) break;
    out.push({ start: place.start, end: place.end, country: code });
    at = place.end;
  }
  return out;
}

export function findPeople(text: string, tokens: Token[] = tokenize(text), entities: EntityMatch[] = scanEntities(text, tokens)): PersonMention[] {
  const entityAt = new Map(entities.map((m) => [m.from, m]));
  const out: PersonMention[] = [];
  const named = honorificNames(text, tokens, entityAt);
  let appositionOf: PersonMention | null = null;
  let appositionEnd = 0;
  // Whether the person's country so far is only the guess of an earlier apposition (a body with no country word).
  let appositionGuess = false;
  let nextNamed = 0;
  const flushNamed = (before: number) => {
    while (nextNamed < named.length && named[nextNamed]!.start < before) {
      const p = named[nextNamed++]!;
      const last = out[out.length - 1];
      if (!last || p.start >= last.end) out.push(p);
    }
  };
  for (let k = 0; k < entities.length; k++) {
    const m = entities[k]!;
    flushNamed(m.start);
    // Inside a name already read ("bà Lê Thị Nga").
    if (out.length && m.start < out[out.length - 1]!.end) continue;
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
      const chain = readChain(text, tokens, m, title.title, entityAt);
      const cursor = chain.to;
      let end = chain.end;
      let country: CountryCode | null = chain.country ?? chain.bodyCountry;
      let countryWritten = !!country;
      let nameAt = skipHonorific(text, tokens, cursor);
      // "Tổng Thư ký PAP Lawrence Wong": a body's abbreviation ends the chain, the name comes after it.
      const abbreviation = !!tokens[nameAt] && ABBREVIATION_WORD.test(tokens[nameAt]!.text);
      if (abbreviation && tokens[nameAt + 1] && isCapitalized(tokens[nameAt + 1]!.text) && adjacent(text, tokens[nameAt]!, tokens[nameAt + 1]!)) nameAt++;
      // "Chủ tịch Đảng FRELIMO, Tổng thống Mozambique": a party known by an abbreviation is another country's (the press
      // writes its own as "Đảng Cộng sản Việt Nam"), and the abbreviation is no one's name.
      else if (abbreviation && !country && !VIETNAMESE_ABBREVIATIONS.has(tokens[nameAt]!.text)) {
        chain.abroad = true;
        nameAt = tokens.length;
      }
      // A name follows its title or country after a space ("Tổng thống Nga Putin"), never a dash
      // ("Lãnh đạo Mỹ - Trung" is a pair of countries).
      const joined = !!tokens[nameAt] && (nameAt !== cursor || /^\s+$/.test(text.slice(chain.end, tokens[cursor]!.start)));
      let name: string | null = null;
      let candidates: LeaderEntry[] = [];
      let known = joined ? entityAt.get(nameAt) : undefined;
      // "Thủ tướng Samdech Techo Hun Sen": a style the gazetteer keeps as part of a known name's variant.
      const styled = nameAt > cursor ? entityAt.get(cursor) : undefined;
      if (!known && joined && styled && styled.to > nameAt && styled.refs.some((r) => r.type === 'leader')) known = styled;
      // "Đại tướng Charles Q. Brown": a known short form that a longer name goes on from is not that person.
      if (known && nameRunLength(text, tokens, nameAt, entityAt) > known.to - nameAt) known = undefined;
      // A short form is only someone whose offices fit the title ("Tổng thống Hàn - Mỹ" is no Vice President Hàn).
      const knownLeaders = (known?.refs.filter((r): r is Extract<EntityRef, { type: 'leader' }> => r.type === 'leader') ?? []).filter(
        (r) => !r.titledOnly || fitsTitle(r.leader, chain.title),
      );
      if (known && knownLeaders.length) {
        candidates = knownLeaders.map((r) => r.leader);
        if (country) {
          const same = candidates.filter((l) => l.country === country || l.offices.some((o) => o.of === country));
          // A short form ("Trung", "Lý") is only this person with the right country.
          // Nor is a leader of another country after a comma ("khi điện đàm với nhà lãnh đạo Iran, ông Macron …"):
          // the clause has ended and the sentence's subject begins.
          const afterComma = nameAt !== cursor && /,/.test(text.slice(chain.end, tokens[nameAt]!.start));
          candidates = same.length || knownLeaders.every((r) => r.titledOnly) || afterComma ? same : candidates;
        }
        if (candidates.length) {
          // (The name without the style before it: "Hun Sen".)
          name = known === styled ? text.slice(tokens[nameAt]!.start, known.end) : known.text;
          end = known.end;
        }
      } else if (joined) {
        const n = nameRunLength(text, tokens, nameAt, entityAt);
        if (n > 0) {
          const last = tokens[nameAt + n - 1]!;
          name = text.slice(tokens[nameAt]!.start, last.end);
          end = last.end;
          // "Antony J. Blinken": a known name that ends the run is that person.
          const inside = entities.find((e) => e.from > nameAt && e.to === nameAt + n && e.refs.some((r) => r.type === 'leader' && !r.titledOnly));
          if (inside) candidates = inside.refs.flatMap((r) => (r.type === 'leader' && !r.titledOnly ? [r.leader] : []));
        }
      }
      // "đồng chí Ủy viên Trung ương phụ trách Đối ngoại Đảng FLN cầm quyền Algeria, Mourad Lamoudi.": a chain of bodies or a
      // country, then the person's name alone between commas (or before the sentence ends).
      if (!name && !candidates.length && (chain.bodies || country)) {
        const named = nameInApposition(text, tokens, cursor, chain.abroad ?? false, entityAt);
        if (named) ({ name, end } = named);
      }
      // "tướng Lý Tác Thành của Trung Quốc", "ông Lưu Hải Tinh (Trung Quốc)": the country written right after the name.
      if (!country && name && !candidates.length) {
        const after = entities.find((e) => e.start >= end && COUNTRY_AFTER_NAME.test(text.slice(end, e.start)));
        const code = after?.refs.find((r) => r.type === 'country' && (r.via === 'name' || r.via === 'capital'));
        if (code) {
          country = (code as { code: string }).code;
          countryWritten = true;
        }
      }
      if (!country && name && !candidates.length && looksVietnamese(name.split(/\s+/))) country = 'VN';
      // "lãnh đạo các quốc gia trong khối": a chain that counts its countries names several, none of them the press's own.
      const severalInChain = !name && !country && SEVERAL_IN_CHAIN.test(text.slice(chain.titleStart, chain.end));
      // A chain of bodies that names no country is the Vietnamese press's own ("Ban Đối ngoại Trung ương"), as is an office
      // of "the Government" with no country ("Thủ tướng Chính phủ", "Phó Thủ tướng Thường trực Chính phủ").
      const pressOwn =
        !country && !candidates.length && ((chain.bodies && !chain.abroad && !severalInChain) || OF_THE_GOVERNMENT.test(text.slice(m.start, chain.titleEnd)) || OF_A_MINISTRY.test(text.slice(m.start, chain.titleEnd)));
      if (pressOwn) country = 'VN';
      if (!country && candidates.length === 1) {
        // An office of a body ("Chủ tịch Hội đồng châu Âu Charles Michel") speaks for the body, not the person's country.
        // A short title names that office too ("Chủ tịch Michel" for the President of the European Council).
        const office =
          candidates[0]!.offices.find((o) => o.title === title.title.id && o.of) ??
          candidates[0]!.offices.find((o) => o.of && matchKey(titleById(o.title)?.name ?? '').startsWith(`${matchKey(title.title.name)} `));
        country = office?.of ?? candidates[0]!.country;
      }
      // Skip the entities this mention consumed.
      const consumed = () => {
        while (k + 1 < entities.length && entities[k + 1]!.start < end) k++;
      };
      // A generic descriptor ("nhà lãnh đạo", "người đồng cấp") says nothing without a country or a name;
      // an aide's or an office's title is nobody's.
      const shownTitle = chain.title;
      // A title in lower case with neither name nor country is the office in general ("cuộc bầu cử tổng thống").
      const generic = !country && !name && !isCapitalized(tokens[m.from]!.text);
      // "Ngoại trưởng hai nước", "lãnh đạo các bên": an office of several countries at once is nobody's in particular.
      const ofSeveral = !country && !name && (severalInChain || SEVERAL_SIDES.test(text.slice(end, end + 20)));
      if (((shownTitle.rank === 'leader' || shownTitle.rank === 'counterpart') && !country && !name) || generic || ofSeveral || dependentTitle(text, tokens, m.from, candidates.length > 0)) {
        // "Theo Văn phòng Tổng thống Ukraine, ông Zelensky …": a name after the comma is no part of the office's name, and
        // is read on its own.
        if (name && text.slice(chain.end, end).includes(',')) end = chain.end;
        consumed();
        continue;
      }
      // "Quyền Bộ trưởng Quốc phòng …": an acting holder's office as the text writes it, for any office.
      const acting = ACTING_BEFORE.exec(text.slice(Math.max(0, chain.titleStart - ACTING_CHARS), chain.titleStart));
      const titleText = (acting ? 'Quyền ' : '') + text.slice(chain.titleStart, chain.titleEnd);
      // "Thủ tướng Nguyễn Xuân Phúc, Chủ tịch ASEAN 2020, …", "đồng chí Lê Hoài Trung, Trưởng Ban Đối ngoại
      // Trung ương": a nameless title in apposition is the same person, and tells what the name alone did not.
      const prev = out[out.length - 1];
      // A second title in apposition follows the first: "Tea Banh, Phó Thủ tướng, Bộ trưởng Quốc phòng Campuchia".
      const gapFrom = prev && prev === appositionOf ? appositionEnd : prev?.end ?? 0;
      if (!name && prev?.name && APPOSITION.test(text.slice(gapFrom, m.start))) {
        if (prev !== appositionOf) appositionGuess = false;
        appositionOf = prev;
        appositionEnd = end;
        (prev.offices ??= prev.title ? [prev.title] : []).push(shownTitle);
        if (!prev.title || (prev.title.rank === 'grade' && shownTitle.rank !== 'grade')) {
          prev.title = shownTitle;
          prev.titleText = titleText;
          prev.qualified = chain.bodies;
        }
        // "Marc Durand, Phó Chủ tịch Đoàn Chủ tịch, Trưởng ban Quan hệ Quốc tế Đảng Cộng sản Pháp": the first
        // office's body names no country (so it would be the press's own); a later office that writes one says whose.
        if (!prev.candidates.length && country && (!prev.country || (appositionGuess && countryWritten && !prev.countryWritten))) {
          appositionGuess = !prev.country && !countryWritten;
          prev.country = country;
          prev.countryWritten = countryWritten;
        }
        // "bà Ursula von der Leyen, Chủ tịch Ủy ban châu Âu": an office of a body she holds speaks for the body.
        const office = prev.candidates.length === 1 ? prev.candidates[0]!.offices.find((o) => o.title === shownTitle.id && o.of) : undefined;
        if (office && !prev.countryWritten) prev.country = office.of!;
        consumed();
        continue;
      }
      out.push({ start: m.start, end, title: shownTitle, titleText, country, countryWritten, name, candidates, viaSeat: false, qualified: chain.bodies, ...(pressOwn && !name && !chain.local ? { countryOfThePress: true } : {}) });
      // "người đồng cấp Nga Sergei Lavrov và Trung Quốc Vương Nghị": the title goes on to a second country's official.
      const second = country && (name || candidates.length) ? sharedTitleAfterAnd(text, tokens, end, entityAt, entities) : null;
      if (second) {
        out.push({ ...second, title: shownTitle, titleText, viaSeat: false, qualified: chain.bodies });
        end = second.end;
      }
      if (country && countryWritten && !name && !candidates.length) {
        for (const other of sharedTitleCountries(text, tokens, end, entityAt)) {
          out.push({ start: other.start, end: other.end, title: shownTitle, titleText, country: other.country, countryWritten: true, name: null, candidates: [], viaSeat: false, qualified: chain.bodies });
          end = other.end;
        }
      }
      consumed();
      continue;
    }

    if (leader && !leader.titledOnly) {
      const candidates = m.refs.filter((r): r is Extract<EntityRef, { type: 'leader' }> => r.type === 'leader' && !r.titledOnly).map((r) => r.leader);
      const country = candidates.length === 1 ? candidates[0]!.country : null;
      // "đồng chí Mi-ghen Đi-át Ca-nên Bê-mu-đết (Miguel Díaz-Canel Bermudez), Bí thư thứ nhất …": the name in its own
      // spelling, in brackets after the transliterated one, is the same person; titles in apposition go on after it.
      const prev = out[out.length - 1];
      const close = ORIGINAL_SPELLING.exec(text.slice(m.end));
      if (prev?.name && !prev.candidates.length && /^\s*\(\s*$/u.test(text.slice(prev.end, m.start)) && close) {
        prev.candidates = candidates;
        if (!prev.country && country) prev.country = country;
        prev.end = m.end + close[0].length;
        continue;
      }
      out.push({ start: m.start, end: m.end, title: null, titleText: null, country, countryWritten: false, name: m.text, candidates, viaSeat: false });
    }
  }
  flushNamed(Infinity);
  const people = joinTitleLists(text, out);
  // "Ferdinand Marcos Jr.": a generational suffix keeps its dot (the name's, not the sentence's end).
  for (const p of people) {
    if (p.name && GENERATION_SUFFIX.test(p.name) && text[p.end] === '.') {
      p.name += '.';
      p.end += 1;
    }
  }
  // "Bộ Ngoại giao Hàn Quốc cho biết Thứ trưởng Ngoại giao Choi Jong-moon …": an official the text gives no
  // country (or only one guessed from the name: "Bộ Thương mại Trung Quốc cho biết Bộ trưởng Thương mại Vương
  // Văn Đào"), right after a statement of one country's body, is of that country.
  for (const p of people) {
    if ((p.country && p.countryWritten) || !p.title || p.candidates.length) continue;
    const statement = STATED_BY.exec(text.slice(Math.max(0, p.start - 80), p.start));
    if (!statement) continue;
    const place = entities.filter((e) => e.end <= p.start && e.end >= p.start - statement[0].length - 1).map((e) => chainPlace(e, true)).find(Boolean);
    if (place) p.country = place;
  }
  return people;
}

/** A body of a country and its statement, right before a person: "Bộ Ngoại giao Hàn Quốc cho biết ". */
const STATED_BY = /(?:Bộ|Phủ|Văn phòng|Nhà Trắng|Điện Kremlin)[^,.;:]{0,40}\s(?:cho\s+biết|thông\s+báo|xác\s+nhận|công\s+bố)[,:]?\s*$/u;

/**
 * "Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn": a nameless title right before a named one (or one of a country),
 * with only a comma or a dash between and no other country, is one more office of that person.
 */
function joinTitleLists(text: string, people: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    const next = people[i + 1];
    const list =
      next && !p.name && !p.candidates.length && !p.viaSeat && p.title && next.title &&
      // …or before a nameless office its chain gives a country: "Phó Thủ tướng, Bộ trưởng Ngoại giao Campuchia".
      (next.name || next.candidates.length || (!p.country && next.country && next.countryWritten)) &&
      // A country the chain did not write (a body's "Đảng Hành động Nhân dân" taken for the press's own) gives way to the name's.
      (!p.country || !next.country || p.country === next.country || !p.countryWritten) && APPOSITION.test(text.slice(p.end, next.start).replace(p.qualified ? BODY_NAME_REST : /^/u, '').replace(BRACKETED_ABBREVIATION, ''));
    if (list) {
      // "Tổng tham mưu trưởng … Liên bang Nga - Đại tướng Valery Gerasimov": the office's country is the person's.
      if (!next.country && p.country && p.countryWritten) {
        next.country = p.country;
        next.countryWritten = p.countryWritten;
      }
      // …and the office, not the grade, is the title shown.
      if (next.title!.rank === 'grade' && p.title!.rank !== 'grade') {
        next.title = p.title;
        next.qualified = p.qualified;
      }
      next.titleText = `${text.slice(p.start, next.start).replace(/\s*(?:,|\s[-–—])\s*$/u, '')}, ${next.titleText ?? ''}`.replace(/,\s*$/, '');
      next.start = p.start;
      continue;
    }
    out.push(p);
  }
  return out;
}
