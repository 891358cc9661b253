import type { Article } from '../extract/types';
import { addressWords } from '../extract/url';
import type { CallKind } from '../summarize/types';
import { findDateExpressions, resolveDate } from '../summarize/dates';
import { foldKey, isCapitalized, looksVietnamese, matchKey, NUMBER_WORDS, PhraseIndex, phraseSet, type Token } from '../text';
import { analyzeArticle, analyzeSentence, CAPTION_CREDIT, titledNamesake, type AnalyzedSentence, type ArticleAnalysis } from './analysis';
import type { CallHit } from './call-phrases';
import { ATTENDED_ONLINE_BY_REFERENCE, BARE_DATELINE, CALL_NOUN, CONVERSATION_NOUN, FRAME_LEAD, FUTURE_MEETING_BEFORE, HOST_PREPARATION_WORDS, IN_PERSON_MARKERS, IN_PERSON_MEETING_WORDS, NEGATIVE_PHRASES, ONLINE_MARKERS, OTHER_EVENT_TIME, participleFrame, RECEIVE_COMPOUND_TAILS, REMARKS_WORDS, SAYING_VERBS, sayingVerbs, SOURCE_LEAD, BRIDGE_END, type NegativeClass } from './vocabulary';
import { bodyByCode, type EntityMatch } from '../gazetteer/entities';
import { organisationIndex, type PersonMention } from '../gazetteer/people';
import { VIETNAMESE_OFFICE_TITLES } from '../gazetteer/data/titles';
import { COUNTRIES } from '../gazetteer/data/countries';
import { SIDE_BODIES } from '../gazetteer/data/organisations';

/**
 * detectCall(article): is this article about a diplomatic call, and which kind?
 *
 * Precision first: an article is a call article when its headline (or, failing that, its
 * opening) reports a call between parties of at least two countries, and nothing in the
 * headline says it is a telegram, a visit, a scam, a domestic meeting or phone news. A call
 * mentioned in passing in the body never makes a call article.
 */

export interface CallDetection {
  isCall: boolean;
  kind: CallKind | null;
  /** 0–1: how sure the decision is (≥ CALL_THRESHOLD means a call). */
  confidence: number;
  /** Why, in words a reader can check ("tiêu đề: “điện đàm”", "hai bên: RU, FR"). */
  reasons: string[];
  /** The sentence that reports the call, when one was found. */
  callSentence: string | null;
  /** The near-miss class that ruled the article out, if any. */
  negativeClass: NegativeClass | null;
}

/** Weights of the evidence; the sum (clamped to 0–1) is the confidence. */
const WEIGHT = {
  /** The headline reports a call. */
  HEADLINE_CALL: 0.55,
  /** The sapo or first paragraph reports the call. */
  OPENING_CALL: 0.25,
  /** … and the headline is about something else without being a near miss's ("Đài Loan phản ứng …" is
   *  not silent; "Hai bên nhất trí thúc đẩy thương mại" is): the opening carries the news, as a headline would. */
  OPENING_CALL_SILENT_HEADLINE: 0.4,
  /** The headline names the parties the opening's call sentence names. */
  HEADLINE_NAMES_PARTIES: 0.15,
  /** Each further sentence about the call (not an earlier one), up to BODY_CALL_MAX. */
  BODY_CALL: 0.05,
  BODY_CALL_MAX: 0.15,
  /** The call has parties from two countries (or a country and an international body). */
  TWO_PARTIES: 0.1,
  /** …and an online meeting has sides of MANY_SIDES countries or more: a summit by video of several leaders is news
   *  however its headline and opening put it. */
  MANY_SIDES_ONLINE: 0.15,
  /** The headline is a telegram / visit / scam / domestic meeting / phone news. */
  NEGATIVE_HEADLINE: -0.6,
  /** The text is dense with scam or phone-product words. */
  NEGATIVE_TEXT: -0.3,
} as const;

export const CALL_THRESHOLD = 0.5;
/** How many countries' sides make an online meeting a summit of several (see WEIGHT.MANY_SIDES_ONLINE). */
const MANY_SIDES = 3;
/** Paragraphs (1 = sapo) that count as the article's opening. */
const OPENING_PARAGRAPHS = 2;
/** …and no more of their sentences than a sapo and a first paragraph hold: a copy that lost its line breaks runs the
 *  whole article into one paragraph, where a call named in passing near its end is not the opening's news. */
const OPENING_SENTENCES = 6;
/** So many scam/telecom phrases in the text mark it as such news. */
const NEGATIVE_TEXT_DENSITY = 4;
/** …and so many different ones among them: one word said again and again ("nạn nhân" of a disaster the call is about) is
 *  that story's word, not a scam's. */
const NEGATIVE_TEXT_KINDS = 2;
/** Sentences of the opening about a letter or a telegram that make a call it mentions once that story's background. */
const LETTER_SENTENCES = 2;

let negativeIndex: PhraseIndex<NegativeClass> | null = null;
function negatives(): PhraseIndex<NegativeClass> {
  if (negativeIndex) return negativeIndex;
  const idx = new PhraseIndex<NegativeClass>();
  for (const [cls, phrases] of Object.entries(NEGATIVE_PHRASES) as [NegativeClass, readonly string[]][]) {
    for (const p of phrases) idx.add(p, cls);
  }
  negativeIndex = idx;
  return idx;
}

const RECEIVE_KEY = matchKey('tiếp');
const receiveCompoundTails: ReadonlySet<string> = new Set(RECEIVE_COMPOUND_TAILS.map(matchKey));
/** Near-miss phrases in a sentence, less those whose last word "tiếp" (received) begins another word: "đã tiếp tục trao
 *  đổi" goes on talking, it receives no one. */
function negativeMatches(s: { text: string; tokens: Token[] }) {
  return negatives()
    .findAll(s.text, s.tokens)
    .filter((m) => !(s.tokens[m.to - 1]?.key === RECEIVE_KEY && receiveCompoundTails.has(s.tokens[m.to]?.key ?? '')));
}

const meetingWords = new Set(IN_PERSON_MEETING_WORDS.map(matchKey));
const remarksWords = new Set(REMARKS_WORDS.map(matchKey));
let preparationWords: PhraseIndex<string> | null = null;
const hostPreparation = () => (preparationWords ??= phraseSet(HOST_PREPARATION_WORDS));
const vietnameseOffices: ReadonlySet<string> = new Set(VIETNAMESE_OFFICE_TITLES);

let futureIndex: PhraseIndex<string> | null = null;
const futureWords = () => (futureIndex ??= phraseSet(FUTURE_MEETING_BEFORE));

/**
 * Near-miss classes named in a sentence, ignoring words that belong to an online meeting
 * ("hội nghị trực tuyến"), and meeting words altogether when `online` (the opening says the
 * meeting was held online: "Hội nghị Cấp cao ASEAN - Hoa Kỳ" in the headline, "theo hình thức
 * trực tuyến" in the sapo), and meetings still to come when `callDone` (the opening reports a call).
 */
/** A plural right before a meeting's word: "các", "những", "nhiều" (meetings in general). */
const IN_GENERAL_BEFORE = /(?<![\p{L}])(?:các|những|nhiều)\s+$/iu;
export function negativeClasses(s: AnalyzedSentence, online = false, callDone = false): NegativeClass[] {
  const video = s.hits.filter((h) => h.cue === 'video');
  const out = new Set<NegativeClass>();
  // Where the first word that puts a meeting in the future ends (read once, only when it can matter).
  const futureFrom = callDone ? (futureWords().findAll(s.text, s.tokens)[0]?.to ?? Infinity) : Infinity;
  for (const m of negativeMatches(s)) {
    if (video.some((h) => m.start < h.end && h.start < m.end)) continue;
    if (online && m.values.includes('in-person') && meetingWords.has(matchKey(s.text.slice(m.start, m.end)))) continue;
    // A meeting still to come ("Mỹ mời … sang thăm", "sẽ gặp") when the opening reports a call that took place:
    // the headline sums up what the call brought.
    if (m.values.includes('in-person') && futureFrom <= m.from) continue;
    // "… ủng hộ Ukraine trước thềm hội nghị thượng đỉnh EU": a meeting the headline only dates its news by.
    if (m.values.includes('in-person') && datesTheNews(s, m)) continue;
    // "… hai ông bàn về thuế quan và chuyến thăm Bắc Kinh sắp tới …": a meeting that is what was talked about.
    if (m.values.includes('in-person') && TALKED_ABOUT.test(s.text.slice(0, m.start))) continue;
    // "… hợp tác trên các diễn đàn đa phương", "… những phát biểu khiêu khích": meetings or remarks in general, no event of
    // the story's own.
    if (m.values.includes('in-person') && IN_GENERAL_BEFORE.test(s.text.slice(0, m.start))) continue;
    for (const c of m.values) out.add(c);
  }
  // "Thủ tướng Israel gặp Putin …", "Chủ tịch nước tiếp Đại sứ …": a verb of meeting with an official as its object.
  if (!online && !out.has('in-person')) {
    const met = officials(s).some((p) => {
      const verb = MEETS_OFFICIAL.exec(s.text.slice(0, p.start));
      return !!verb && !video.some((h) => h.start >= verb.index && h.start <= p.start) && (futureFrom === Infinity || s.tokens.filter((t) => t.end <= verb.index).length < futureFrom);
    });
    if (met) out.add('in-person');
  }
  return [...out];
}

/** How many different scam and telecom phrases the text holds. */
function productWords(a: ArticleAnalysis): number {
  const seen = new Set<string>();
  for (const s of a.sentences) {
    for (const m of negativeMatches(s)) if (m.values.includes('scam') || m.values.includes('telecom')) seen.add(matchKey(s.text.slice(m.start, m.end)));
  }
  return seen.size;
}

/** A verb of meeting in person right before the official met: "gặp", "tiếp", "đón" (perhaps with "ông", "bà", "các" or
 *  "người đồng cấp" between). */
const MEETS_OFFICIAL = /(?<![\p{L}])(?:gặp|tiếp|đón)\s+(?:(?:ông|bà|người\s+đồng\s+cấp|các)\s+)?$/iu;

/** "thảo luận về …", "bàn về …", "trao đổi về …", "nhất trí về …" before a meeting's word in its clause: the meeting is a
 *  topic, or what the two sides agreed on. */
const TALKED_ABOUT = /(?<![\p{L}])(?:thảo\s+luận|bàn|trao\s+đổi|nói\s+chuyện|đề\s+cập|nhất\s+trí|thống\s+nhất|đồng\s+ý)(?:\s+(?:chi\s+tiết|kỹ))?\s+về\s[^.;:!?]{0,80}$/iu;

/** "trước thềm …", "… sau cuộc gặp trực tiếp tại …", "kể từ cuộc điện đàm …": a meeting or a call that only dates the news
 *  it is told with. */
const DATES_THE_NEWS = /(?<![\p{L}])(?:trước\s+thềm|sau|kể\s+từ)\s+(?:(?:cuộc|các|những|buổi)\s+)?$/iu;
const datesTheNews = (s: { text: string }, m: { start: number }) => DATES_THE_NEWS.test(s.text.slice(Math.max(0, m.start - 15), m.start));

/** Persons in the sentence who hold a title or are known leaders. */
const officials = (s: AnalyzedSentence) => s.people.filter((p) => p.title || p.candidates.length > 0 || p.viaSeat);

/** A person's country: their own, or the one all the leaders the name may be share. */
export const countryOf = (m: PersonMention) => m.country ?? (m.candidates.length && new Set(m.candidates.map((c) => c.country)).size === 1 ? m.candidates[0]!.country : null);

/** Nouns a dashed pair of countries is the topic of, not the sides: "biên giới Thái Lan - Campuchia". */
const TOPIC_OF_PAIR = /(?<![\p{L}])(?:biên\s+giới|quan\s+hệ|xung\s+đột|căng\s+thẳng|tranh\s+chấp|chiến\s+tranh|thương\s+mại|hợp\s+tác|đối\s+tác|hiệp\s+định|thỏa\s+thuận|thoả\s+thuận|đàm\s+phán)(?:\s+(?:giữa|song\s+phương|chiến\s+lược|toàn\s+diện))*\s+$/iu;
/** A conflict a pair of countries is in: "xung đột Thái Lan - Campuchia", "giao tranh giữa Ấn Độ - Pakistan". */
const CONFLICT_OF_PAIR = /(?<![\p{L}])(?:xung\s+đột|căng\s+thẳng|giao\s+tranh|chiến\s+sự|chiến\s+tranh|ngừng\s+bắn|đình\s+chiến|tranh\s+chấp)(?:\s+(?:biên\s+giới|vũ\s+trang|giữa))*\s+$/iu;
/** "phía Trung Quốc", "phía Mỹ": a country as one side of a call. */
const SIDE_WORD = /(?<![\p{L}])phía\s+$/iu;
/** The countries a sentence names as sides ("Trong cuộc điện đàm này, Bộ trưởng Tài chính Mỹ … đã thông báo cho phía
 *  Trung Quốc …"). */
export const namedSides = (s: AnalyzedSentence): string[] =>
  s.entities.flatMap((e) => {
    const country = countryByName(e);
    return country && SIDE_WORD.test(s.text.slice(Math.max(0, e.start - 8), e.start)) ? [country] : [];
  });
/** The country an entity names by its name (not a capital, a seat or a pair's syllable). */
export const countryByName = (e: EntityMatch): string | undefined => (e.refs.find((r) => r.type === 'country' && r.via === 'name') as { code: string } | undefined)?.code;

/** How sure a call's phrase must be for the countries and bodies named right at it to be its sides ("gọi điện cho Trung
 *  Quốc", "điện đàm với Bộ Ngoại giao Nhật Bản"): a phone call's own verbs, not a bare "cuộc gọi" or "nói chuyện với". */
const COUNTRY_SIDE_STRENGTH = 0.8;
/** The sentence's own call, in a phone call's own words at least ("gọi điện", "trao đổi qua điện thoại"): neither denied nor an
 *  earlier one's. */
const ownCallHit = (s: AnalyzedSentence) => s.hits.find((h) => !h.negated && !h.earlier && h.strength >= COUNTRY_SIDE_STRENGTH);
/** Two places a sentence joins with a dash ("Nga - Pháp", "EU - Trung Quốc"): the two entities, where the pair starts and
 *  ends, and each one's code as a place (a body's, or a country's by its name or a pair's syllable). */
export interface DashedPair {
  first: EntityMatch;
  second: EntityMatch;
  start: number;
  end: number;
  a: string;
  b: string;
}
const DASH_BETWEEN = /^\s*[-‐‑–—]\s*$/;
const placeCode = (e: EntityMatch) => (e.refs.find((r) => r.type === 'body' || (r.type === 'country' && (r.via === 'name' || r.via === 'pair'))) as { code: string } | undefined)?.code;
export function dashedPairs(s: AnalyzedSentence): DashedPair[] {
  const out: DashedPair[] = [];
  s.entities.forEach((first, i) => {
    const second = s.entities[i + 1];
    const a = placeCode(first);
    const b = second && placeCode(second);
    if (a && b && DASH_BETWEEN.test(s.text.slice(first.end, second.start))) out.push({ first, second, start: first.start, end: second.end, a, b });
  });
  return out;
}

/** Countries and bodies that take part in the sentence: people's countries, "Nga - Pháp" pairs,
 *  bodies; a bare title of Vietnam's offices with no country ("Thủ tướng") is Vietnam's. */
export function partiesOf(s: AnalyzedSentence): Set<string> {
  const out = new Set<string>();
  for (const p of s.people) {
    const country = countryOf(p);
    if (country) out.add(country);
    else if (p.title && !p.name && vietnameseOffices.has(p.title.id)) out.add('VN');
  }
  // "Nga - Pháp", "EU - Trung Quốc", "ASEAN - Hoa Kỳ": places joined by a dash are the two sides.
  // (Pairs in a conflict, which are the sentence's topic, are kept for a mediator's call below.)
  const conflicts: DashedPair[] = [];
  for (const pair of dashedPairs(s)) {
    const before = s.text.slice(Math.max(0, pair.start - 30), pair.start);
    // Not a pair that is what the sentence is about: "biên giới Thái Lan - Campuchia", "quan hệ Việt Nam - Hoa Kỳ".
    if (!TOPIC_OF_PAIR.test(before)) {
      out.add(pair.a);
      out.add(pair.b);
    } else if (CONFLICT_OF_PAIR.test(before)) conflicts.push(pair);
  }
  // "Tổng thống Mỹ sẽ điện đàm thúc đẩy chấm dứt xung đột Thái Lan - Campuchia", "Trump giải quyết xung đột Thái Lan -
  // Campuchia: Mai tôi sẽ gọi điện": a call with one side named, about a conflict between two other countries, is the
  // mediator's call with the two (when it names no one else).
  const call = ownCallHit(s);
  if (call && out.size === 1 && s.people.every((p) => !p.country || out.has(p.country))) {
    for (const { start, end, a, b } of conflicts) {
      // (Before the call, only in its clause: "Giữa căng thẳng Mỹ - Trung, Tổng thống Pháp điện đàm …" is the setting.)
      const clause = end <= call.start ? !s.text.slice(end, call.start).includes(',') : start >= call.end;
      if (!clause || out.has(a) || out.has(b) || a === b) continue;
      out.add(a);
      out.add(b);
    }
  }
  // A body is a party inside the call phrase ("Hội nghị Cấp cao ASEAN … trực tuyến"), not anywhere ("ASEAN Cup").
  for (const e of s.entities) {
    for (const r of e.refs) {
      if (r.type === 'country' && r.via === 'pair') out.add(r.code);
      if (r.type === 'body' && s.hits.some((h) => e.start >= h.start && e.end <= h.end)) out.add(r.code);
    }
  }
  for (const h of s.hits) if (!h.negated && h.strength >= COUNTRY_SIDE_STRENGTH) for (const c of [...sidesOf(s, h), ...counterpartBodyOf(s, h), ...bodySidesOf(s, h)]) out.add(c);
  // "… với sự tham gia lãnh đạo cấp cao 6 nước thành viên … gồm: Campuchia, Lào, …": the leaders a call sentence lists.
  // "… giữa lãnh đạo tỉnh Cao Bằng (Việt Nam) và Khu tự trị Quảng Tây (Trung Quốc)": places with their countries.
  if (ownCallHit(s)) {
    for (const c of subjectCountries(s)) out.add(c);
    for (const c of seatTelling(s)) out.add(c);
    for (const c of leadersListed(s)) out.add(c);
    for (const c of namedSides(s)) out.add(c);
    for (const c of bracketedCountries(s)) out.add(c);
    for (const c of institutionsBetween(s)) out.add(c);
  }
  return out;
}

/** "Điện Kremlin cho hay cuộc điện đàm …", "Nhà Trắng xác nhận cuộc gọi …": a government's seat that tells of a call
 *  at the head of the call's sentence speaks of its own side's call. */
const SEAT_TELLS = /^\s+(?:cũng\s+)?(?:cho\s+biết|cho\s+hay|thông\s+báo|xác\s+nhận|nêu\s+rõ)(?![\p{L}])/iu;
export function seatTelling(s: AnalyzedSentence): string[] {
  const first = s.entities[0];
  const seat = first?.refs.find((r) => r.type === 'country' && r.via === 'seat') as { code: string } | undefined;
  const hit = ownCallHit(s);
  if (!first || !seat || !hit || first.end > hit.start || !SUBJECT_LEAD.test(s.text.slice(0, first.start)) || !SEAT_TELLS.test(s.text.slice(first.end))) return [];
  return [seat.code];
}
/** Officials of two countries joined in `line` ("X và người đồng cấp … Y"), who are the two sides `call` names. */
function sameSidesNamed(line: AnalyzedSentence, call: AnalyzedSentence): boolean {
  const sides = partiesOf(call);
  if (sides.size !== 2) return false;
  const people = officials(line).sort((x, y) => x.start - y.start);
  return people.some((x, i) => {
    const y = people[i + 1];
    const pair = y ? [countryOf(x), countryOf(y)] : [];
    return !!y && pair[0] !== pair[1] && pair.every((c) => !!c && sides.has(c)) && /^\s*(?:và|cùng(?:\s+với)?)\s*$/iu.test(line.text.slice(x.end, y.start));
  });
}
/** A summit or conference of the whole world by its name: "Hội nghị Thượng đỉnh đại dương thế giới", "hội nghị thượng
 *  đỉnh y tế toàn cầu", "Hội nghị quốc tế về …". */
const WORLD_MEETING = /(?<![\p{L}])(?:hội\s+nghị|thượng\s+đỉnh)(?:\s+[^\s,.;:()]+){0,5}?\s+(?:toàn\s+cầu|thế\s+giới|quốc\s+tế)(?![\p{L}])/iu;
const worldMeeting = (s: AnalyzedSentence, hit: CallHit) => WORLD_MEETING.test(s.text.slice(hit.start, hit.end + 60));
/** What may stand before a sentence's subject: a short phrase of time ("Ngày 5/1, ", "Tối qua, "). */
const SUBJECT_LEAD = /^(?:[^,.;]{0,30},\s*)?$/u;
/** Two countries named as the subject of a call's sentence, before its call: "New Zealand và Hàn Quốc sẽ công bố … tại hội nghị
 *  thượng đỉnh trực tuyến …", "Ngày 5/1, Mỹ và Ấn Độ tổ chức đối thoại trực tuyến …". */
export function subjectCountries(s: AnalyzedSentence): string[] {
  const [first, second] = s.entities;
  if (!first || !second || !SUBJECT_LEAD.test(s.text.slice(0, first.start))) return [];
  const a = countryByName(first);
  const b = countryByName(second);
  const hit = ownCallHit(s);
  if (!a || !b || a === b || !hit || second.end > hit.start || !/^\s+và\s+$/u.test(s.text.slice(first.end, second.start))) return [];
  return [a, b];
}

/** A country in brackets right after a place's name: "tỉnh Vân Nam (Trung Quốc)", "thành phố Mar del Plata (Argentina)";
 *  not where something takes place ("tại Geneva (Thụy Sĩ)", "ở Kananaskis (Canada)"). */
const BRACKETED_COUNTRY_BEFORE = /\p{L}\s*\(\s*$/u;
const VENUE_BEFORE = /(?<![\p{L}])(?:tại|ở|đến|tới|sang|từ|trong)\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}\(\s*$/u;
/** …nor whose a news outlet is, that reports the call: "Hãng tin Reuters (Anh)", "tờ Washington Post (Mỹ)", "đài NHK (Nhật Bản)". */
const OUTLET_BEFORE = /(?<![\p{L}])(?:[Hh]ãng\s+(?:tin|thông\s+tấn)|[Tt]hông\s+tấn\s+xã|[Bb]áo|[Tt]ờ|[Đđ]ài(?:\s+truyền\s+hình|\s+phát\s+thanh)?|[Kk]ênh(?:\s+truyền\s+hình)?|[Tt]ạp\s+chí|[Mm]ạng|[Tt]rang(?:\s+tin)?)\s+(?:[\p{Lu}\d][\p{L}\d.&'’-]*\s+){1,4}\(\s*$/u;
export const bracketedCountries = (s: AnalyzedSentence): string[] => [
  ...s.entities.flatMap((e) => {
    const country = countryByName(e);
    const before = s.text.slice(Math.max(0, e.start - 60), e.start);
    return country && BRACKETED_COUNTRY_BEFORE.test(before) && !VENUE_BEFORE.test(before) && !OUTLET_BEFORE.test(before) && /^\s*\)/u.test(s.text.slice(e.end)) ? [country] : [];
  }),
  ...bracketedMembers(s),
];

/** "giữa " inside a call's own phrase, and where the list of what it is between ends: its topic, its form, its verb. */
const BETWEEN_WORD = /(?<![\p{L}])giữa\s/iu;
const BETWEEN_ENDS = /(?<![\p{L}])(?:về|nhằm|để|với\s+chủ\s+đề|theo|dưới|bằng|qua|đã|đang|được|sẽ|vừa|diễn|tại|ở)(?![\p{L}])|[,;:()]/iu;
/** "Hội thảo lý luận … giữa Đảng Cộng sản Việt Nam và Đảng Cộng sản Trung Quốc đã được tổ chức theo hình thức trực tuyến",
 *  "hội đàm trực tuyến giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Ấn Độ": the countries whose bodies the call's own
 *  phrase is between, named in those bodies' names. */
function institutionsBetween(s: AnalyzedSentence): string[] {
  for (const h of s.hits) {
    if (h.negated || h.earlier || h.strength < 1) continue;
    const span = s.text.slice(h.start, h.end);
    const between = BETWEEN_WORD.exec(span);
    if (!between) continue;
    const from = h.start + between.index + between[0].length;
    const rest = s.text.slice(from, h.end);
    const end = BETWEEN_ENDS.exec(rest);
    const to = from + (end ? end.index : rest.length);
    if (!/(?<![\p{L}])(?:và|với)(?![\p{L}])/iu.test(s.text.slice(from, to))) continue;
    const countries = [...new Set(s.entities.filter((e) => e.start >= from && e.end <= to).flatMap((e) => countryByName(e) ?? []))];
    if (countries.length >= 2) return countries;
  }
  return [];
}

/** What may stand between a grouping's name and the bracket that lists its partners: "ASEAN+3 (", "ASEAN với ba nước (". */
const GROUPING_TO_BRACKET = /^\s*(?:\+\s*\d\s*|(?:với|và)\s+(?:các|hai|ba|bốn|năm|\d)\s+(?:nước|đối\s+tác)\s*)?\(\s*$/u;
/** Between the countries of such a list: a comma or "và". */
const BRACKET_LIST_JOINER = /^\s*(?:,|và)\s*$/u;

/** The countries a bracket lists right after a grouping's name: "Hội nghị Cấp cao ASEAN+3 (Hàn Quốc, Nhật Bản và Trung Quốc)". */
function bracketedMembers(s: AnalyzedSentence): string[] {
  const out: string[] = [];
  for (const [k, e] of s.entities.entries()) {
    if (!e.refs.some((r) => r.type === 'body')) continue;
    let at = e.end;
    const list: string[] = [];
    for (const next of s.entities.slice(k + 1)) {
      const gap = s.text.slice(at, next.start);
      const country = countryByName(next);
      if (!country || !(list.length ? BRACKET_LIST_JOINER : GROUPING_TO_BRACKET).test(gap)) break;
      list.push(country);
      at = next.end;
    }
    if (list.length >= 2 && /^\s*\)/u.test(s.text.slice(at))) out.push(...list);
  }
  return out;
}

/** The countries a sentence names by any name, as a party or not ("Moskva và Washington trước thềm …"), and its bodies
 *  too when `withBodies`. */
export function placesNamed(s: AnalyzedSentence, withBodies = false): Set<string> {
  const named = s.entities.flatMap((e) => e.refs.flatMap((r) => (r.type === 'country' || (withBodies && r.type === 'body') ? [r.code] : [])));
  return new Set([...partiesOf(s), ...named]);
}

/** A body or country right after a call's "giữa" / "với" / "do" / "của", through at most a body's name (and the
 *  meeting's own words before it, and a bracket around its short name): "hội nghị trực tuyến giữa Đảng Cộng sản
 *  Trung Quốc với các chính đảng", "điện đàm với Bộ Ngoại giao Nhật Bản", "Hội nghị thượng đỉnh bất thường của Nhóm
 *  các nền kinh tế lớn (G20)". */
const COUNTERPART_BODY_BEFORE =
  /^(?:\s+(?:thượng\s+đỉnh|đầu\s+tiên|cấp\s+cao|bất\s+thường|khẩn\s+cấp|đặc\s+biệt|thường\s+niên|trực\s+tuyến|toàn\s+thể|lần\s+thứ\s+\S+|lần\s+\d+))*\s*(?:giữa|với|do|của|tới|đến|sang|cho)\s+(?:phía\s+)?(?:\p{Lu}[\p{L}]*(?:\s+[\p{L}]+){0,8}\s+|\p{Lu}[\p{L}]*(?:\s+[\p{L}]+){0,14}\s*\(\s*)?$/u;
const COUNTERPART_BODY_CHARS = 80;
/** A meeting's own noun at the start of an online meeting's phrase. */
const MEETING_NOUN_START = /^(?:hội\s+nghị|cuộc\s+họp|phiên\s+họp|cuộc\s+hội\s+đàm|hội\s+đàm|cuộc\s+gặp|thượng\s+đỉnh)/iu;

/** The countries a sentence names by place that the headline names too: a call sentence's side addressed by its country
 *  or capital ("… yêu cầu Bắc Kinh …" under "Trung Quốc kêu gọi …"). */
export const placesAlsoInHeadline = (headline: AnalyzedSentence, s: AnalyzedSentence): string[] => {
  const named = placesNamed(headline);
  const topics = new Set([...topicPlaces(headline), ...topicPlaces(s)]);
  return [...placesNamed(s)].filter((c) => named.has(c) && !topics.has(c));
};

/** What a sentence is about, before a place: "… họp trực tuyến về Myanmar", "… về tình hình Sudan". */
const ABOUT_BEFORE = /(?<![\p{L}])về\s+(?:(?:tình\s+hình|vấn\s+đề|cuộc\s+khủng\s+hoảng|khủng\s+hoảng|hòa\s+bình|hoà\s+bình|tương\s+lai)(?:\s+(?:ở|tại))?\s+)?$/iu;
/** The places a sentence names only as what it is about (see ABOUT_BEFORE), never otherwise. */
function topicPlaces(s: AnalyzedSentence): string[] {
  const about = new Set<string>();
  const other = new Set<string>();
  for (const e of s.entities) {
    const c = countryByName(e);
    if (c) (ABOUT_BEFORE.test(s.text.slice(Math.max(0, e.start - 35), e.start)) ? about : other).add(c);
  }
  for (const p of s.people) if (p.country) other.add(p.country);
  return [...about].filter((c) => !other.has(c));
}

/** The side a call's phrase names by its body or country alone, when the sentence names no pair (see sidesOf). */
export function counterpartBodyOf(s: AnalyzedSentence, hit: CallHit): string[] {
  // An online meeting's phrase runs from its noun to its marker and may hold the side itself: "Hội nghị giữa Đảng Cộng
  // sản Việt Nam với các chính đảng châu Á … theo hình thức trực tuyến".
  const inside = hit.cue === 'video' ? MEETING_NOUN_START.exec(s.text.slice(hit.start, hit.end)) : null;
  const from = inside ? hit.start + inside[0].length : hit.end;
  const e = s.entities.find((x) => x.start >= from && x.start - from <= COUNTERPART_BODY_CHARS);
  const ref = e?.refs.find((r) => r.type === 'body' || (r.type === 'country' && r.via === 'name'));
  if (!e || !ref || !COUNTERPART_BODY_BEFORE.test(s.text.slice(from, e.start))) return [];
  // The words between are a body's name, not a person's title: a person is read with his own country.
  if (s.people.some((p) => p.start >= hit.end && p.start < e.start)) return [];
  return [(ref as { code: string }).code];
}

/** Lower-case words a call's phrase may have before the "với"/"giữa" of its sides: "hội đàm trực tuyến phối hợp công tác với …". */
const BODY_SIDE_GAP_WORDS = 6;
/** Where the second side's words end: the sentence's end, or what the meeting was for, about or when. */
const BODY_SIDE_END = /[.;]|\s(?:nhằm|về|để|nhân|vào|trong|tại|theo|sau|trước|từ|bàn|trao|thảo)\s/u;
/** Where the subject of "X hội đàm trực tuyến với Y" starts: after a dateline or an opening adverbial, at a comma or a dash. */
const BODY_SUBJECT_START = /^(?:.*[,:–—-]\s*)?/su;
const BODY_SUBJECT_FILLERS = /(?:\s+(?:đã|sẽ|vừa|có|cuộc|tổ\s+chức|tiến\s+hành))*\s*$/u;
let sideBodies: PhraseIndex<string> | null = null;
/** Words before a place that make it part of a body's name: "tỉnh Champasak", "nước CHDCND Lào", "của Lào". */
const BODY_PLACE_WORDS = new Set(['tỉnh', 'thành', 'phố', 'châu', 'khu', 'nước', 'của', 'bang', 'huyện', 'vùng', 'quốc']);

/** The country of a side named by its body: a country or a foreign body's word inside it ("Chính quyền châu Hồng Hà,
 *  tỉnh Vân Nam (Trung Quốc)", "Cục Xuất nhập cảnh Quảng Tây"), else Vietnam's ("UBND tỉnh Lào Cai", "Sở Ngoại vụ").
 *  Null when the words do not start with a body's name. */
function bodySideCountry(s: AnalyzedSentence, start: number, end: number): string | null {
  // "lãnh đạo Công an TP Hà Nội": the body's leaders stand for it.
  const led = BODY_LEADERS.exec(s.text.slice(start, end));
  if (led) start += led[0].length;
  const from = s.tokens.findIndex((t) => t.start >= start);
  if (from < 0 || s.tokens[from]!.end > end || !isCapitalized(s.tokens[from]!.text)) return null;
  if (!(sideBodies ??= phraseSet(SIDE_BODIES)).matchAt(s.text, s.tokens, from)) return null;
  // A country inside the body's name, after a comma or in brackets ("Sở Y tế tỉnh Champasak, Lào"), not one the words
  // only border on ("Công an các huyện giáp biên giới Lào").
  const ofTheBody = (e: EntityMatch) => {
    const before = s.tokens.filter((t) => t.end <= e.start).pop();
    const gap = before ? s.text.slice(before.end, e.start) : '';
    return !before || /[,(]/.test(gap) || isCapitalized(before.text) || BODY_PLACE_WORDS.has(before.key);
  };
  const inside = s.entities.filter((e) => e.start >= start && e.end <= end && ofTheBody(e)).map(sideCode).filter((r): r is { code: string } => !!r);
  if (inside.length) return inside[inside.length - 1]!.code;
  const orgs = organisationIndex();
  for (let i = from; i < s.tokens.length && s.tokens[i]!.end <= end; i++) {
    const country = orgs.matchAt(s.text, s.tokens, i)?.values.find((v) => v);
    if (country) return country;
  }
  return 'VN';
}

/** Words before a body that name its leaders or envoys: "lãnh đạo Công an …", "đại diện UBND …". */
const BODY_LEADERS = /^\s*(?:(?:các\s+)?(?:lãnh\s+đạo|đại\s+diện)(?:\s+của)?)\s+(?=\p{Lu})/u;

/**
 * Two sides of a call both named by their bodies, of two countries: "Hội nghị trực tuyến giữa UBND tỉnh Lào Cai và
 * Chính quyền Nhân dân châu Hồng Hà (Trung Quốc)", "Công an tỉnh Lai Châu đã hội đàm trực tuyến … với Công an 5 tỉnh
 * Bắc Lào (nước CHDCND Lào)". A province's or a ministry's meeting with its own country's bodies gives nothing.
 */
export function bodySidesOf(s: AnalyzedSentence, hit: CallHit): string[] {
  let at = hit.to;
  while (at < s.tokens.length && at - hit.to < BODY_SIDE_GAP_WORDS && !['giữa', 'với'].includes(s.tokens[at]!.key) && !isCapitalized(s.tokens[at]!.text) && /^\s+$/.test(s.text.slice(s.tokens[at - 1]!.end, s.tokens[at]!.start))) at++;
  const link = s.tokens[at];
  if (!link || !['giữa', 'với'].includes(link.key) || !s.tokens[at + 1]) return [];
  const afterStart = s.tokens[at + 1]!.start;
  const rest = s.text.slice(afterStart);
  let a: string | null;
  let bStart = afterStart;
  if (link.key === 'giữa') {
    const and = /\s(?:và|với)\s/u.exec(rest);
    if (!and) return [];
    a = bodySideCountry(s, afterStart, afterStart + and.index);
    bStart = afterStart + and.index + and[0].length;
  } else {
    const before = s.text.slice(0, hit.start).replace(BODY_SUBJECT_FILLERS, '');
    const subject = BODY_SUBJECT_START.exec(before)![0].length;
    a = bodySideCountry(s, subject, before.length);
  }
  const bEnd = bStart + (BODY_SIDE_END.exec(s.text.slice(bStart))?.index ?? s.text.length - bStart);
  const b = bodySideCountry(s, bStart, bEnd);
  return a && b && a !== b ? [a, b] : [];
}

/** Words between the countries named as a call's sides and its phrase: "Mỹ, Trung Quốc đã có cuộc điện đàm". */
const SIDE_FILLERS = new Set(['đã', 'sẽ', 'vừa', 'đang', 'sắp', 'dự kiến', 'có', 'cuộc', 'các', 'tiến hành', 'thực hiện', 'tổ chức', 'hai', 'ba', 'nước', 'lãnh đạo', 'quan chức', 'ngoại giao', 'cấp cao']);
/** The day between the sides and the phrase: "Ấn Độ, Australia và Nhật Bản ngày 4/6 đã tổ chức …", "… hôm 2/9 …". */
const SIDE_DAY = /(?:^|\s)(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)(?:\s+(?:nay|qua|mai))?(?:\s*\(?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\)?)?\s*$/iu;
const SIDE_JOINERS = /^\s*(?:,|và|-|–|với)\s*$/u;
const sideCode = (e: EntityMatch) => e.refs.find((r) => r.type === 'body' || (r.type === 'country' && (r.via === 'name' || r.via === 'capital' || r.via === 'pair'))) as { code: string } | undefined;

/**
 * Countries named as the sides of a call, not through a person: listed right before its phrase
 * ("Mỹ, Trung Quốc điện đàm", "quan chức ngoại giao Mỹ và Trung Quốc đã có cuộc điện đàm") or right
 * after it ("điện đàm giữa Nga và Mỹ").
 */
export function sidesOf(s: AnalyzedSentence, hit: CallHit): string[] {
  const out: string[] = [];
  const entityEndingAt = (char: number) => s.entities.find((e) => e.end === char);
  // Before: step back over fillers, then over places joined by commas, "và" or dashes.
  let at = hit.from;
  for (;;) {
    if (at > 0 && SIDE_FILLERS.has(s.tokens[at - 1]!.key)) at--;
    else if (at > 1 && SIDE_FILLERS.has(`${s.tokens[at - 2]!.key} ${s.tokens[at - 1]!.key}`)) at -= 2;
    else {
      const day = at > 0 ? SIDE_DAY.exec(s.text.slice(Math.max(0, s.tokens[at - 1]!.end - 30), s.tokens[at - 1]!.end)) : null;
      if (!day) break;
      const dayStart = s.tokens[at - 1]!.end - day[0].trimStart().length;
      const back = s.tokens.findIndex((t) => t.start >= dayStart);
      if (back < 0 || back >= at) break;
      at = back;
    }
  }
  if (at > 0 && at < hit.from + 1) {
    let e = entityEndingAt(s.tokens[at - 1]!.end);
    while (e && sideCode(e)) {
      out.push(sideCode(e)!.code);
      const before = s.entities.filter((x) => x.end <= e!.start).pop();
      e = before && SIDE_JOINERS.test(s.text.slice(before.end, e.start)) ? before : undefined;
    }
  }
  out.push(...sidesAfter(s, hit).map((e) => sideCode(e)!.code));
  // An online meeting's span may hold its sides: "Kỳ họp … Ủy ban liên Chính phủ … giữa Việt Nam và Chile đã được tổ
  // chức dưới hình thức trực tuyến".
  if (hit.cue === 'video' && out.length < 2) {
    for (let t = hit.from; t < hit.to; t++) {
      if (s.tokens[t]!.key !== 'giữa') continue;
      const sides = sidesAfter(s, { ...hit, to: t });
      if (sides.length >= 2 && sides.every((e) => e.end <= hit.end)) return sides.map((e) => sideCode(e)!.code);
    }
  }
  return out.length >= 2 ? out : [];
}

/** The places named as a call's sides right after it: "giữa" / "với" (perhaps after "cấp cao": "cuộc điện đàm cấp cao giữa
 *  Nhật Bản và Hàn Quốc") and places joined as before it. */
function sidesAfter(s: AnalyzedSentence, hit: CallHit): EntityMatch[] {
  const out: EntityMatch[] = [];
  const at = s.tokens[hit.to]?.key === 'cấp' && s.tokens[hit.to + 1]?.key === 'cao' ? hit.to + 2 : hit.to;
  const next = s.tokens[at];
  if (next && (next.key === 'giữa' || next.key === 'với')) {
    // "điện đàm với phía Campuchia và Thái Lan": the sides by their countries' "side".
    const first = s.tokens[at + 1]?.key === 'phía' ? at + 2 : at + 1;
    let e = s.entities.find((x) => x.from === first);
    while (e && sideCode(e)) {
      out.push(e);
      const after = s.entities.find((x) => x.start >= e!.end);
      e = after && SIDE_JOINERS.test(s.text.slice(e.end, after.start)) ? after : undefined;
    }
  }
  return out;
}

/** "lãnh đạo Pháp, Đức, Italia", "lãnh đạo các nước Mỹ, Nhật Bản và Ấn Độ", "lãnh đạo Bộ Ngoại giao các nước Mỹ, Nhật, …",
 *  "các quan chức hàng đầu của NATO và EU", "lãnh đạo các nước thành viên: Brazil, Nga, …",
 *  "20 lãnh đạo từ châu Âu, Nhật Bản, Hàn Quốc …" (a region first, then the countries),
 *  "Hội nghị … ASEAN+3 với các đối tác Trung Quốc, Nhật Bản và Hàn Quốc",
 *  "lãnh đạo cấp cao 6 nước thành viên Mekong - Lan Thương gồm: Campuchia, …", "Ngoại trưởng các nước Nga, Hà Lan, …",
 *  "những người đồng cấp vùng Vịnh gồm Qatar, Oman và …": a
 *  call's sides named by their places after their leaders. */
const LEADERS_OF =
  /(?<![\p{L}])(?:(?:các\s+)?(?:nhà\s+)?lãnh\s+đạo(?:\s+cấp\s+cao)?|(?:các\s+)?(?:ngoại\s+trưởng|bộ\s+trưởng\s+(?:ngoại\s+giao|quốc\s+phòng))(?=\s+các\s+nước)|nguyên\s+thủ|(?:các\s+)?quan\s+chức(?:\s+(?:hàng\s+đầu|cấp\s+cao))?|(?:các\s+)?đối\s+tác|(?:các|những)\s+người\s+đồng\s+cấp(?:\s+[\p{L}\s-]{1,40}?)?\s+(?:gồm(?:\s+có)?|đến\s+từ):?|(?:với\s+)?sự\s+tham\s+(?:gia|dự)(?:\s+đồng\s+tổ\s+chức)?\s+của(?:\s+các\s+nước)?)(?:\s+Bộ\s+\p{L}+(?:\s+\p{L}+)?)?(?:\s+(?:của|từ))?(?:\s+(?:\d+\s+|các\s+)?nước(?:\s+thành\s+viên)?(?:\s+[\p{L}\s-]{1,30}?)?\s*(?::|gồm(?:\s+có)?:?))?(?:\s+(?:các|\d+)\s+nước)?(?:\s+(?:châu\s+\p{L}+|Trung\s+Đông|Bắc\s+Âu|Mỹ\s+Latinh|vùng\s+Vịnh)\s*,)?\s+$/iu;
const LEADERS_OF_CHARS = 70;
const LIST_JOINERS = /^\s*(?:,|và|cùng|cũng\s+như|,\s*(?:và|cùng|cũng\s+như))\s*$/iu;

/** Countries and bodies whose leaders a sentence names as a group: "cùng lãnh đạo Pháp, Đức, Italia, cũng như các
 *  quan chức hàng đầu của NATO và Liên minh châu Âu (EU)". */
export function leadersListed(s: AnalyzedSentence): string[] {
  const out: string[] = [];
  s.entities.forEach((e, i) => {
    // Each list is read from its first place, right after the leaders' word.
    if (!sideCode(e) || !LEADERS_OF.test(s.text.slice(Math.max(0, e.start - LEADERS_OF_CHARS), e.start))) return;
    for (let j = i, x: EntityMatch | undefined = e; x && sideCode(x); x = s.entities[++j]) {
      out.push(sideCode(x)!.code);
      const next = s.entities[j + 1];
      if (!next) break;
      const gap = s.text.slice(x.end, next.start).replace(/^\s*\([^()]{1,12}\)/u, '');
      if (!LIST_JOINERS.test(gap) && !LEADERS_OF.test(gap.replace(/^\s*,?\s*(?:và|cùng|cũng\s+như)\s+/iu, ''))) break;
    }
  });
  return [...new Set(out)];
}

/** "cùng đại diện 18 quốc gia", "lãnh đạo 30 nước", "nhóm 4 quốc gia", "hơn 20 nền kinh tế", "26 đoàn đối tác", "21
 *  thành viên": an online meeting's sides counted rather than named. Group 1 is the number, group 2 what is counted. */
const COUNTED_SIDES =
  /(?<![\p{L}\d])(\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín))?|hàng\s+chục|vài\s+chục|hàng\s+trăm)\s+(quốc\s+gia|nước|nền\s+kinh\s+tế|(?:phái\s+)?đoàn|thành\s+viên|(?:vị\s+)?nguyên\s+thủ|(?:nhà\s+)?lãnh\s+đạo|bộ\s+trưởng|ngoại\s+trưởng)(?![\p{L}])/giu;
/** Countries count from two; leaders and ministers from three (two leaders are a pair, whose sides the text names elsewhere). */
const COUNTED_COUNTRIES_MIN = 2;
const COUNTED_PEOPLE_MIN = 3;

/** Words that make counted countries a clause's subject: "chừng 40 nước", "hơn 20 quốc gia" (not "doanh nghiệp đến từ 12 quốc gia"). */
const COUNTED_SUBJECT_BEFORE = /(?:^|[,:;]|(?<![\p{L}])(?:và|với))\s*(?:(?:khoảng|hơn|gần|trên|chừng|có|tổng\s+cộng)\s+)?$/iu;
/** …that attend the meeting themselves: "… gần 40 nước và tổ chức quốc tế cùng dự phiên họp trực tuyến". */
const COUNTED_ATTEND_AFTER = /^(?:\s+(?:và|cùng)\s+(?:vùng\s+lãnh\s+thổ|tổ\s+chức(?:\s+quốc\s+tế)?))?\s+(?:(?:đã|sẽ|cùng|đều)\s+)*(?:tham\s+dự|tham\s+gia|dự|họp)(?![\p{L}])/iu;

/** The counted sides of a meeting in a sentence (see COUNTED_SIDES), each with whether the countries attend as the
 *  sentence's subject. */
/** The number a counting word says: "4", "bốn", "mười ba" (more than ten), "hàng chục" (many). */
function countOf(word: string): number {
  const w = word.toLowerCase();
  // ("mười ba" … "mười chín" only need to be more than ten; "hàng chục", "hàng trăm" are many.)
  return /^\d/.test(w) ? Number(w) : /^(?:hàng|vài)/.test(w) ? 20 : NUMBER_WORDS[w.replace(/\s+/gu, ' ')] ?? (/^mười\s/u.test(w) ? 11 : 0);
}
function countedSides(s: AnalyzedSentence): Array<{ attending: boolean; n: number }> {
  const out: Array<{ attending: boolean; n: number }> = [];
  for (const m of s.text.matchAll(COUNTED_SIDES)) {
    const n = countOf(m[1]!);
    const countries = /^(?:quốc|nước|nền|phái|đoàn|thành)/iu.test(m[2]!);
    if (n < (countries ? COUNTED_COUNTRIES_MIN : COUNTED_PEOPLE_MIN)) continue;
    const attending = countries && COUNTED_SUBJECT_BEFORE.test(s.text.slice(Math.max(0, m.index! - 40), m.index!)) && COUNTED_ATTEND_AFTER.test(s.text.slice(m.index! + m[0].length));
    out.push({ attending, n });
  }
  return out;
}

/** Does the sentence count the sides of a meeting as several countries ("… họp trực tuyến cùng đại diện 18 quốc gia")? */
export const countsSides = (s: AnalyzedSentence): boolean => countedSides(s).length > 0;
/** …as countries that attended it themselves ("chừng 40 nước … cùng dự phiên họp trực tuyến"): sides without an
 *  official named. */
const countriesAttend = (s: AnalyzedSentence): boolean => countedSides(s).some((c) => c.attending);

/** A participial call (see participleFrame) with an official of one country before the clause's comma and the subject, of
 *  another, after it. */
function participleReport(s: AnalyzedSentence, hit: CallHit): boolean {
  return !hit.planned && participleFrame(s.text, hit) && !!otherSideSubject(s, hit);
}

/** The subject right after the comma of a clause the call heads, when the official that clause names after the call is of
 *  another country: the other side of the call, saying or doing the sentence's news. */
/** The talk named again, its other side next: "cuộc thảo luận với ", "cuộc trao đổi với ". */
const TALK_WITH_BEFORE = /(?<![\p{L}])(?:cuộc|buổi)\s+(?:thảo\s+luận|trao\s+đổi|điện\s+đàm|nói\s+chuyện|trò\s+chuyện|gọi)\s+(?:với|cùng)\s+$/iu;
function otherSideSubject(s: AnalyzedSentence, hit: CallHit): PersonMention | null {
  const comma = s.text.indexOf(',', hit.end);
  if (comma < 0) return null;
  const subject = officials(s).find((p) => p.start > comma && SUBJECT_AFTER_COMMA.test(s.text.slice(comma, p.start)));
  // (…or, the frame naming no one, the one the subject then says the talk was with: "Sau cuộc điện đàm, Tổng thống Ukraine
  // tuyên bố cuộc thảo luận với Thủ tướng Đức …".)
  const other =
    officials(s).find((p) => p.start > hit.end && p.end <= comma) ??
    (subject ? officials(s).find((p) => p.start > subject.end && TALK_WITH_BEFORE.test(s.text.slice(Math.max(subject.end, p.start - 40), p.start))) : undefined);
  const a = other && countryOf(other);
  const b = subject && countryOf(subject);
  return a && b && a !== b ? subject! : null;
}

/** "sau cuộc", "ngay sau khi kết thúc cuộc": what right before a call phrase puts something just after the call. */
const AFTER_THE_CALL = String.raw`(?:ngay\s+)?sau\s+(?:khi\s+(?:kết\s+thúc\s+)?)?${CALL_NOUN}`;
// (…or what was said in it: "Phát biểu trong cuộc điện đàm với …, Ngoại trưởng … cho biết …".)
const CALL_FRAME = new RegExp(String.raw`^${FRAME_LEAD}${BARE_DATELINE}?(?:(?:phát\s+biểu|trả\s+lời|nói|chia\s+sẻ)\s+)?(?:trong|tại|qua)\s+${CALL_NOUN}${CONVERSATION_NOUN}$`, 'iu');
/** Remarks the sentence's subject made right after the call: "Phát biểu sau cuộc điện đàm với Chủ tịch …, Tổng thống … cho
 *  biết …", "Trả lời báo chí ngay sau cuộc điện đàm …": what the call brought, as the news. */
const REMARKS_AFTER_FRAME = new RegExp(
  String.raw`^${FRAME_LEAD}(?:phát\s+biểu|trả\s+lời\s+(?:báo\s+chí|phóng\s+viên|các\s+phóng\s+viên)|nói\s+với\s+(?:báo\s+chí|báo\s+giới|phóng\s+viên|các\s+phóng\s+viên)|họp\s+báo)(?:\s+[^\s,.;]+){0,4}?\s+${AFTER_THE_CALL}${CONVERSATION_NOUN}$`,
  'iu',
);
/** …or with no word of speaking before it, the call fronted ("Theo ABC News, sau cuộc điện đàm với Chủ tịch …, Tổng thống
 *  Mỹ … xác nhận …"): remarks when the clause after its comma has the other side's official as its subject, saying. */
// (…or the post or statement they were made in: "Trong bài đăng trên mạng xã hội Truth Social sau cuộc điện đàm với Thủ tướng Ấn
// Độ …, Tổng thống Trump cho biết …".)
const POST_AFTER_CALL = String.raw`(?:(?:trong|qua|tại)\s+(?:một\s+)?(?:bài\s+đăng|bài\s+viết|thông\s+điệp|tuyên\s+bố|thông\s+cáo|cuộc\s+họp\s+báo)(?:\s+[^\s,.;]+){0,6}?\s+)?`;
const AFTER_CALL_FRAME = new RegExp(String.raw`^${FRAME_LEAD}${POST_AFTER_CALL}${AFTER_THE_CALL}${CONVERSATION_NOUN}$`, 'iu');
/** …whose verb of saying comes within so many words of that subject. */
const REMARKS_VERB_WORDS = 8;
const REMARKS_VERB = new RegExp(sayingVerbs([...SAYING_VERBS.announcing, ...SAYING_VERBS.speaking, ...SAYING_VERBS.expressing]), 'iu');
function remarksAfterCall(s: AnalyzedSentence, hit: CallHit): boolean {
  if (hit.planned || !AFTER_CALL_FRAME.test(s.text.slice(0, hit.start))) return false;
  const subject = otherSideSubject(s, hit);
  if (!subject) return false;
  const next = s.tokens.filter((t) => t.start >= subject.end).slice(0, REMARKS_VERB_WORDS);
  return next.length > 0 && REMARKS_VERB.test(s.text.slice(subject.end, next[next.length - 1]!.end));
}
/** Remarks told after the quote they end, the call right after the speaker's verb: "“…”, ông Zelensky viết trên mạng xã hội
 *  sau cuộc điện đàm với Thủ tướng Đức …", "…, Tổng thống … nói ngay sau cuộc điện đàm với …". */
const SAID_AFTER_CALL = new RegExp(
  String.raw`${sayingVerbs([...SAYING_VERBS.announcing, ...SAYING_VERBS.speaking, ...SAYING_VERBS.expressing])}(?:\s+[^\s,.;]+){0,5}?\s+${AFTER_THE_CALL}$`,
  'iu',
);
/** The speaker right before that verb, and the official of another country the call is with, right after the phrase. */
function saidAfterCall(s: AnalyzedSentence, hit: CallHit): boolean {
  const verb = hit.planned ? null : SAID_AFTER_CALL.exec(s.text.slice(0, hit.start));
  if (!verb) return false;
  const speaker = officials(s).filter((p) => p.end <= verb.index && /^\s*$/u.test(s.text.slice(p.end, verb.index))).pop();
  const other = officials(s).find((p) => p.start >= hit.end && /^\s+(?:với|cùng)\s+$/iu.test(s.text.slice(hit.end, p.start)));
  const a = speaker && countryOf(speaker);
  const b = other && countryOf(other);
  return !!a && !!b && a !== b;
}
/** A sentence that names the call as the source of what the headline said: "Đó là nội dung chính trong cuộc điện
 *  đàm …", "Đây là cam kết được đưa ra tại cuộc điện đàm …", "Thông điệp trên được nêu trong cuộc điện đàm …". */
const HEADLINE_SOURCE_FRAME = new RegExp(String.raw`^(?:(?:đó|đây)\s+là|[\p{L}]+(?:\s+[\p{L}]+){0,2}\s+(?:trên|này|nói\s+trên))(?:\s+[\p{L}]+){0,8}?\s+(?:trong|tại|qua)\s+${CALL_NOUN}$`, 'iu');
/** "Đây là cuộc điện đàm thứ hai …", "Đó là cuộc gọi đầu tiên …", "Đây sẽ là cuộc điện đàm …": the call the story tells,
 *  named as such (group 1: "sẽ", a call still to come). */
const THIS_IS_THE_CALL = /^(?:đây|đó)\s+(?:cũng\s+)?(sẽ\s+)?là\s+(?:cuộc|lần)\s+$/iu;
/** …in the first paragraphs: a copy without its headline may open with two paragraphs of quotes. */
const THIS_IS_PARAGRAPHS = 3;
/** How far into a sentence its subject may start, after a time or place ("Chiều ngày 29/5, tại Hà Nội, …"). */
const REPORT_SUBJECT_WORDS = 12;
/** …or how soon after "X cho biết" the party it reports on ("Nhà Trắng cho biết Tổng thống …"). */
const REPORTED_SUBJECT_WORDS = 6;
/** A sentence that opens with when, where, on what occasion or from what source: "Chiều 12/4, …", "Nhân dịp …, …", "Tại Hà
 *  Nội, …", "Thông tin từ Vụ …, Bộ Công Thương, tối 23/4, …". */
// (…or of what went before: "Sau khi Mỹ áp thuế 35% với hàng hóa ngoài hiệp định USMCA, Thủ tướng Canada … dự kiến sẽ điện
// đàm …"; a call inside such a clause has its subject before the comma, which is no subject after it.)
const ADVERBIAL_OPENING = /^(?:sáng|chiều|tối|trưa|đêm|rạng\s+sáng|ngày|hôm|nhân|tại|vào|trong\s+khuôn\s+khổ|trên\s+cương\s+vị|theo|(?:thông\s+tin|nguồn\s+tin|tin)\s+từ|sau\s+khi|trước\s+khi|kể\s+từ\s+khi|giữa\s+lúc|trong\s+bối\s+cảnh|trước\s+thềm)(?![\p{L}])/iu;
/** The subject right after that opening's last comma. */
const SUBJECT_AFTER_COMMA = /,\s*(?:(?:đồng\s+chí|ông|bà)\s+)?$/iu;
/** A subordinate clause's opening right before the call's subject: "… sau khi Tổng thống …", "… trong bối cảnh Tổng thống …". */
const SUBORDINATE_BEFORE = /(?<![\p{L}])(?:sau\s+khi|trước\s+khi|kể\s+từ\s+khi|bởi\s+vì|vì|trong\s+bối\s+cảnh)\s+$/iu;
const STATEMENT_VERBS = new RegExp(sayingVerbs(SAYING_VERBS.announcing), 'giu');
/** A time between the statement and the subject it reports: "Báo Nhân dân loan tin, vào ngày 12/4, ông …". */
const TIME_BEFORE_SUBJECT = /^\s*,?\s*(?:vào\s+)?(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)(?![\p{L}])[^,]{0,40},\s*(?:(?:đồng\s+chí|ông|bà)\s+)?$/iu;

/**
 * Is the sentence the news of the call, with an official as its subject ("Ngày 4/3, Phó Thủ tướng … điện
 * đàm với …", "Nhà Trắng cho biết Tổng thống … đã gọi điện …"), rather than a call cited inside another
 * story ("Các nhà phân tích cho rằng thị trường phản ứng với …, trong đó có việc Tổng thống … điện đàm …")?
 */
function reportsCall(s: AnalyzedSentence, hit: CallHit): boolean {
  // "Trong cuộc điện đàm tối 5/12 với Chủ tịch nước …, Tổng thống Brazil …": the call frames the sentence's news.
  // …or addresses the other side by its country or capital ("Trong cuộc điện đàm hôm 4/4, Ngoại trưởng Ukraine … yêu cầu
  // Bắc Kinh giúp đỡ …").
  if (remarksAfterCall(s, hit) || saidAfterCall(s, hit)) return true;
  if ((CALL_FRAME.test(s.text.slice(0, hit.start)) || (!hit.planned && REMARKS_AFTER_FRAME.test(s.text.slice(0, hit.start)))) && (officials(s).length >= 2 || (officials(s).length === 1 && new Set([...partiesOf(s), ...placesNamed(s)]).size >= 2))) return true;
  // "Đây là cuộc điện đàm thứ hai của hai nhà lãnh đạo …": the sentence says the news it goes on about is a call.
  // "Đây sẽ là cuộc điện đàm thứ hai …": the call still to come, said as such.
  const thisIs = THIS_IS_THE_CALL.exec(s.text.slice(0, hit.start));
  if (s.paragraph <= THIS_IS_PARAGRAPHS && thisIs && !hit.planned === !thisIs[1]) return true;
  // "Đó là nội dung trong cuộc điện đàm … giữa X với Y": the call is the news the headline sums up.
  if (s.paragraph <= 2 && HEADLINE_SOURCE_FRAME.test(s.text.slice(0, hit.start)) && officials(s).length >= 2) return true;
  if (nominalReport(s, hit)) return true;
  // "Chiều 29/12, Hội thảo lý luận … giữa Đảng Cộng sản Việt Nam và Đảng Cộng sản Trung Quốc đã được tổ chức theo hình thức
  // trực tuyến": a meeting of two countries' bodies, named as the sentence's subject.
  if (institutionsBetween(s).length >= 2 && s.tokens.filter((t) => t.end <= hit.start).length <= REPORT_SUBJECT_WORDS) return true;
  // "Giá dầu nằm trong số các chủ đề được ông Modi và ông Putin bàn trong cuộc điện đàm …": what the two sides named as its
  // agents talked over in the call.
  const passive = PASSIVE_CALL_CONTENT.exec(s.text.slice(0, hit.start));
  if (passive && officials(s).filter((p) => p.start >= passive.index && p.end <= hit.start).length >= 2) return true;
  if (participleReport(s, hit)) return true;
  const first = officials(s).sort((a, b) => a.start - b.start)[0];
  // The official is the subject, before the call ("Cuộc điện thoại giữa X và Y … là không phù hợp" is about the call).
  if (!first || first.start > hit.start) return false;
  // …of the call's own clause, not one the sentence's news hangs on ("Giá vàng tăng sau khi Tổng thống … điện đàm …").
  const hangsOn = SUBORDINATE_BEFORE.exec(s.text.slice(0, first.start));
  if (hangsOn && s.text.slice(0, hangsOn.index).trim().split(/\s+/).length >= 2) return false;
  // …nor one fronted, whose comma leads to the news on someone else ("Sau khi Tổng thống … điện đàm với …, giá dầu … tăng 2%").
  const comma = s.text.indexOf(',', hit.end);
  if (hangsOn && hangsOn.index === 0 && comma > 0 && !s.text.slice(hit.end, comma).includes(',') && !officials(s).some((p) => p.start > comma)) return false;
  // …nor the subject of a clause that hangs on another's news further on ("Ngoại trưởng … đã hội đàm với … tại Tokyo, cuộc
  // hội đàm diễn ra sau khi Tổng thống … điện đàm với …").
  const callSubject = officials(s).filter((p) => p.end <= hit.start).sort((a, b) => b.start - a.start)[0];
  if (callSubject && callSubject !== first && SUBORDINATE_BEFORE.test(s.text.slice(0, callSubject.start))) return false;
  const wordAt = (char: number) => s.tokens.filter((t) => t.end <= char).length;
  if (wordAt(first.start) <= REPORT_SUBJECT_WORDS) return true;
  // "Chiều 12/4, nhân dịp Tết cổ truyền … của Lào và … của Campuchia, Thủ tướng … đã gọi điện …": the subject after a
  // long opening of time and occasion, at its comma.
  if (ADVERBIAL_OPENING.test(s.text) && SUBJECT_AFTER_COMMA.test(s.text.slice(0, first.start))) return true;
  return [...s.text.matchAll(STATEMENT_VERBS)].some((v) => {
    if (TIME_BEFORE_SUBJECT.test(s.text.slice(v.index! + v[0].length, first.start))) return true;
    const after = wordAt(first.start) - wordAt(v.index! + v[0].length);
    return after >= 0 && after <= REPORTED_SUBJECT_WORDS;
  });
}

/** The call named as the sentence's subject at its head: "Các cuộc điện đàm tối qua của Thủ tướng … với …", "Cuộc gặp trực
 *  tuyến giữa Tổng thống Mỹ …, Thủ tướng Australia … và …", "Một cuộc điện đàm giữa …". */
const NOMINAL_HEAD = new RegExp(String.raw`^${FRAME_LEAD}${CALL_NOUN}$`, 'iu');
/** (The noun may be the call phrase's own first word: "Cuộc gặp trực tuyến", "Hội nghị trực tuyến".) */
const NOMINAL_NOUN = /(?:(?:cuộc|buổi)\s+|^(?:cuộc|buổi|hội\s+nghị|phiên)\s)/iu;
/** …whose sides follow it: "… (hôm qua) của …", "… giữa (ông) …". */
const NOMINAL_SIDES = /^[^,.;]{0,30}?(?<![\p{L}])(?:của|giữa|do)\s+(?:(?:ông|bà|hai|các)\s+)?$/iu;
/** What a sentence says of a call it judges rather than reports: "Cuộc điện thoại giữa X và Y … là không phù hợp". */
// (Not "được cho là sẽ …", "is said to".)
const JUDGED_CALL = /(?<![\p{L}])(?<!cho\s)là\s+(?!(?:cuộc|lần)(?![\p{L}]))/iu;

/** What a named call's sentence goes on to say when the call is still to come: "… sẽ thảo luận …", "… được dự đoán sẽ …". */
const NOMINAL_FUTURE = /^[^.;]{0,40}?(?<![\p{L}])(?:sẽ|sắp|dự\s+kiến)(?![\p{L}])/iu;

/** What a call's sides talked over, told in the passive before it: "được ông X và ông Y thảo luận trong cuộc điện đàm". */
// (…or said, given or pledged there, perhaps at the other's request: "tuyên bố … được ông Trump đưa ra theo đề nghị của ông
// Tập … trong cuộc điện đàm …".)
const PASSIVE_CALL_CONTENT =
  /(?<![\p{L}])(?:được|do)\s+[^,.;:]{3,80}?\s(?:thảo\s+luận|trao\s+đổi|đề\s+cập|bàn|nêu|nhất\s+trí|đồng\s+ý|đưa\s+ra|khẳng\s+định|cam\s+kết)(?:\s+theo\s+(?:đề\s+nghị|yêu\s+cầu|đề\s+xuất)\s+của\s+[^,.;:]{3,60}?)?\s+(?:trong|tại)\s+(?:(?:một|các)\s+)?(?:cuộc|buổi)\s+$/iu;
/** A call reported by naming it (see nominalReport) whose sentence says it is still to come. */
function nominalPlanned(s: AnalyzedSentence, hit: CallHit): boolean {
  const sidesEnd = nominalSidesEnd(s, hit);
  return sidesEnd !== null && NOMINAL_FUTURE.test(s.text.slice(sidesEnd));
}

/** A call reported by naming it, with officials of two countries (or two countries by name) as its sides, and not judged
 *  ("… là …") unless its day is told with it. */
const nominalReport = (s: AnalyzedSentence, hit: CallHit) => nominalSidesEnd(s, hit) !== null;

/** Where the sides of a call reported by naming it end (see nominalReport), or null when the sentence is no such report. */
function nominalSidesEnd(s: AnalyzedSentence, hit: CallHit): number | null {
  if (hit.planned && hit.cue !== 'video') return null;
  const before = s.text.slice(0, hit.start);
  if (!NOMINAL_HEAD.test(before) || !NOMINAL_NOUN.test(before.slice(-8) + hit.text)) return null;
  const sides = officials(s).filter((p) => p.start >= hit.end).sort((a, b) => a.start - b.start);
  let sidesEnd: number;
  if (sides.length >= 2 && NOMINAL_SIDES.test(s.text.slice(hit.end, sides[0]!.start))) {
    if (new Set(sides.map(countryOf).filter(Boolean)).size < 2) return null;
    sidesEnd = sides[sides.length - 1]!.end;
  } else {
    // "Cuộc điện đàm cấp cao giữa Nhật Bản và Hàn Quốc hôm 21/3 …": the sides named by their countries.
    const places = sidesAfter(s, hit);
    // "Cuộc họp trực tuyến của lãnh đạo nhóm G7 vào tối thứ Hai …": a grouping's leaders, its members the sides.
    const groupings = groupingsMeeting(s, hit);
    const grouping = s.entities.find((e) => e.start >= hit.end && e.refs.some((r) => r.type === 'body' && groupings.includes(r.code)));
    // "Cuộc họp trực tuyến giữa 4 nhà lãnh đạo …": its sides counted, many of them.
    const after = s.text.slice(hit.end);
    const counted = [...after.matchAll(COUNTED_SIDES)][0];
    if (new Set(places.map((e) => sideCode(e)!.code)).size >= 2) sidesEnd = places[places.length - 1]!.end;
    else if (grouping && NOMINAL_SIDES.test(s.text.slice(hit.end, grouping.start).replace(GROUPING_LEADERS, ''))) sidesEnd = grouping.end;
    else if (hit.cue === 'video' && counted && countOf(counted[1]!) >= MANY_SIDES && NOMINAL_SIDES.test(after.slice(0, counted.index))) sidesEnd = hit.end + counted.index! + counted[0].length;
    else return null;
  }
  // A call named with its day is reported, whatever the sentence then makes of it ("… hôm 21/3 được coi là …").
  return DAY_AFTER_SIDES.test(s.text.slice(sidesEnd)) || !JUDGED_CALL.test(s.text.slice(sidesEnd)) ? sidesEnd : null;
}

/** A day right after a named call's sides: " ngày 18/10", " hôm qua", " tối 3/4". */
const DAY_AFTER_SIDES = /^\s*(?:vào\s+)?(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}|qua|nay)(?![\p{L}])/iu;

/** "Các nhà lãnh đạo nhóm BRICS … họp trực tuyến", "Lãnh đạo G7 họp trực tuyến": a grouping's leaders (or its ministers:
 *  "Các bộ trưởng của Hiệp định … (RCEP) họp trực tuyến") as the subject of the meeting. */
const GROUPING_LEADERS = /(?:lãnh\s+đạo|nguyên\s+thủ|thành\s+viên|các\s+nước|bộ\s+trưởng(?:\s+(?:ngoại\s+giao|quốc\s+phòng|kinh\s+tế|tài\s+chính|thương\s+mại|y\s+tế|năng\s+lượng|nông\s+nghiệp|giao\s+thông))?|ngoại\s+trưởng)(?:\s+(?:của|các|nhóm|khối|thuộc))*\s*$/iu;
/** A grouping's leaders, then its long name before its short one in brackets: "Các nhà lãnh đạo Nhóm 7 nước công
 *  nghiệp phát triển hàng đầu thế giới (G7)". */
const LEADERS_OF_LONG_NAME = /(?:[lL]ãnh\s+đạo|[nN]guyên\s+thủ|[tT]hành\s+viên|[cC]ác\s+nước|[bB]ộ\s+trưởng|[nN]goại\s+trưởng)(?:\s+(?:của|các|nhóm|khối|thuộc))*\s+\p{Lu}[\p{L}\d]*(?:\s+[\p{L}\d]+){0,14}\s*\(\s*$/u;
/** A day at the head of the sentence, before its subject: "Ngày 12/5, ", "Tối qua, ", "Hôm 3-9 (giờ Mỹ), ". */
const LEADING_DAY = /^(?:vào\s+)?(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|rạng\s+sáng)(?:\s+(?:nay|qua))?(?:\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)?(?:\s*\([^()]{1,25}\))?\s*,\s*$/iu;

function leadersOf(s: AnalyzedSentence, body: EntityMatch, hit: CallHit): boolean {
  const longName = LEADERS_OF_LONG_NAME.test(s.text.slice(Math.max(0, body.start - 150), body.start));
  if (longName || GROUPING_LEADERS.test(s.text.slice(Math.max(0, body.start - 30), body.start))) return body.end <= hit.start || wordsBetween(s, hit.end, body.start) <= GROUPING_AFTER_WORDS;
  // "Nhóm Liên lạc Quốc phòng Ukraine (UDCG), hay còn gọi là Ramstein, sẽ tổ chức cuộc họp tiếp theo … trực tuyến": the
  // grouping as the subject that holds the meeting.
  if (body.end <= hit.start && (wordsBetween(s, 0, body.start) <= 1 || LEADING_DAY.test(s.text.slice(0, body.start)))) {
    const between = s.text.slice(body.end, hit.start);
    if (GROUPING_HOLDS.test(between) || (/^(?:nhóm\s+)?họp(?![\p{L}])/iu.test(hit.text) && GROUPING_MEETS.test(between))) return true;
  }
  // "Hội nghị Quan chức cao cấp ASEAN về ma túy lần thứ 41 và các hội nghị liên quan, do … chủ trì theo hình thức trực
  // tuyến": the grouping of the named meeting that the online meetings go with.
  if (body.end <= hit.start && NAMED_MEETING_BEFORE.test(s.text.slice(Math.max(0, body.start - 60), body.start)) && AND_RELATED_MEETINGS.test(s.text.slice(body.end, hit.start))) return true;
  // "Hội nghị trực tuyến Cấp cao đặc biệt ASEAN": the grouping named in the meeting's own name (not its business people's
  // forum: "Đối thoại trực tuyến APEC CEO", "Hội nghị trực tuyến Doanh nghiệp ASEAN").
  if (BUSINESS_FORUM.test(s.text.slice(hit.end, body.start)) || BUSINESS_FORUM.test(s.text.slice(body.end, body.end + 20))) return false;
  // (…or the grouping's meeting the online ones are held within: "… dự hai hội nghị trực tuyến trong khuôn khổ Hội nghị Cấp cao
  // ASEAN 47".)
  return body.start >= hit.end && wordsBetween(s, hit.end, body.start) <= GROUPING_AFTER_WORDS && MEETING_NAME.test(s.text.slice(hit.end, body.start).replace(WITHIN_FRAMEWORK, ''));
}
/** "trong khuôn khổ", "thuộc khuôn khổ": the meeting after it is the one this is held within. */
const WITHIN_FRAMEWORK = /^\s+(?:trong|thuộc)\s+khuôn\s+khổ(?=\s)/iu;
/** Words that make a grouping's meeting its business people's: "APEC CEO", "Diễn đàn Kinh doanh", "Doanh nghiệp ASEAN". */
const BUSINESS_FORUM = /(?<![\p{L}])(?:CEO|Business|doanh\s+nghiệp|doanh\s+nhân|kinh\s+doanh)(?![\p{L}])/iu;
/** A meeting's name up to its grouping: "Hội nghị Bộ trưởng Y tế ", "Hội nghị Quan chức cao cấp ". */
const NAMED_MEETING_BEFORE = /(?:^|[^\p{L}])(?:Hội\s+nghị|Cuộc\s+họp|Phiên\s+họp)(?:\s+[\p{L}\d]+){0,6}\s+$/u;
/** …its name after the grouping, then the meetings that go with it: " về ma túy lần thứ 41 và các ". */
const AND_RELATED_MEETINGS = /^[^,.;()]{0,70}?\s(?:và|cùng)\s+(?:các\s+)?$/u;
/** What stands between a grouping that holds a meeting and the meeting: its other names, then "(sẽ) tổ chức", "họp". */
// (Its day may stand right after it: "… ngày 9/9 đã họp …".)
const GROUPING_DAY = String.raw`(?:\s+(?:(?:vào\s+)?(?:ngày|hôm|sáng|chiều|tối)\s+\d{1,2}\s*[/.-]\s*\d{1,2}|hôm\s+qua|tối\s+qua))?`;
const GROUPING_AUXILIARIES = String.raw`\s*(?:(?:sẽ|đã|vừa|dự\s+kiến)\s+)*`;
const GROUPING_HOLDS = new RegExp(
  String.raw`^(?:\s*\([^()]{1,20}\))?(?:\s*,[^,]{1,40},)?${GROUPING_DAY}${GROUPING_AUXILIARIES}(?:tổ\s+chức|họp|nhóm\s+họp|tiến\s+hành)(?:\s+(?:một|các|cuộc|phiên|tiếp\s+theo|mới|kế\s+tiếp))*\s*$`,
  'iu',
);
/** …or its meeting's own verb right after it: "Hội đồng Bảo an ngày 14/5 đã họp trực tuyến". */
const GROUPING_MEETS = new RegExp(String.raw`^${GROUPING_DAY}${GROUPING_AUXILIARIES}$`, 'iu');
/** The groupings whose own online meeting this is: the name inside the phrase, or its leaders as the meeting's subject or object.
 *  A phone call is a grouping's only when its members are few and known ("Ngoại trưởng nhóm Normandy điện đàm"): a
 *  conference call of those members. */
export const groupingsMeeting = (s: AnalyzedSentence, h: CallHit): string[] =>
  h.cue === 'contact'
    ? []
    : s.entities.flatMap((e) =>
        ((e.start >= h.start && e.end <= h.end) || leadersOf(s, e, h)) ? e.refs.flatMap((r) => (r.type === 'body' && (h.cue === 'video' || bodyByCode(r.code)?.members) ? [r.code] : [])) : [],
      );
const groupingMeeting = (s: AnalyzedSentence, h: CallHit) => groupingsMeeting(s, h).length > 0;
/** How far after an online meeting's phrase its grouping may be named ("… giữa 4 nhà lãnh đạo nhóm Quad"). */
const GROUPING_AFTER_WORDS = 8;
// A capitalised word may carry the lower-case syllables of its compound: "Bộ trưởng Y tế ASEAN", "Quan chức cao cấp"; and
// the grouping's members may come before its name: "… bất thường của các quốc gia thành viên Nhóm …"; its name may stand in
// quotes: "cuộc họp trực tuyến của “Liên minh tự nguyện”".
const MEETING_NAME = /^(?:\s+(?:\p{Lu}[\p{L}]*(?:\s+\p{Ll}[\p{L}]*){0,2}|cấp|cao|đặc|biệt|bất|thường|khẩn|thượng|đỉnh|hợp|tác|lần|thứ|giữa|các|của|nhóm|khối|nhà|lãnh|đạo|nước|quốc|gia|thành|viên|\d+))*\s*["“'‘«]?$/u;
const wordsBetween = (s: AnalyzedSentence, from: number, to: number) => s.tokens.filter((t) => t.start >= from && t.end <= to).length;

/** A sentence that goes on about the call of the one before it: "Cuộc họp …", "Kỳ họp do … đồng chủ trì", "Do …, cuộc hội đàm được tổ chức …",
 *  "Tại hội nghị, Ngoại trưởng Mỹ … khẳng định …", "Trong phần cuối của cuộc trò chuyện, Thủ tướng … đề nghị …". */
// "Đại diện cho phía Trung Quốc là ông …", "Phía Lào có …": who stood for the other side at it.
const SAME_CALL_SUBJECT = /^(?:[^,]{0,60},\s*)?(?:(?:tại|trong)\s+(?:hội\s+nghị|cuộc\s+họp)\s*,|(?:ở|trong|tại)\s+(?:(?:phần|đoạn)\s+(?:đầu|cuối|sau|giữa)\s+(?:của\s+)?cuộc\s+(?:trò\s+chuyện|nói\s+chuyện|điện\s+đàm|gọi|điện\s+thoại)|cuộc\s+(?:trò\s+chuyện|nói\s+chuyện))\s*,|cuộc\s+(?:họp|điện\s+đàm|hội\s+đàm|gọi|gặp|trao\s+đổi|thảo\s+luận)|(?:kỳ|phiên)\s+họp|hội\s+nghị|tham\s+dự\s+có|tham\s+dự\s+(?:phiên\s+(?:khai\s+mạc|họp|toàn\s+thể)|hội\s+nghị|cuộc\s+họp)\s*,|tham\s+gia\s+có|với\s+sự\s+tham\s+gia|(?:đại\s+diện\s+(?:cho\s+)?)?phía\s+\p{Lu}[\p{L}\s]{1,30}?\s(?:là|có|gồm))(?![\p{L}])/iu;

/** "Theo thông báo, trong cuộc hội đàm trực tuyến hôm 9/9, ông Hegseth cũng khẳng định …": a sentence framed by its call that
 *  says what its subject "also" said there adds to the sentence before, on the same call. */
const ALSO_IN_THE_CALL = /^(?:[^,]{0,60},\s*)?(?:trong|tại)\s+(?:cuộc|buổi)\s+[^,]{2,60},\s*[^,]{0,50}?\s+cũng\s/iu;
/** "Trong quá trình tương tác ảo, …", "Trong suốt cuộc hội đàm trực tuyến, …": a sentence framed by its own call phrase, as
 *  the event the sentence before reports (not "Trong quá trình chuyển đổi số, … trao đổi trực tuyến …"). */
const PROCESS_FRAME = /^\s*trong\s+(?:quá\s+trình|suốt)\s+(?:(?:cuộc|buổi)\s+)?/iu;
function framedByItsCall(s: AnalyzedSentence): boolean {
  const frame = PROCESS_FRAME.exec(s.text);
  const comma = s.text.indexOf(',');
  return !!frame && comma > 0 && s.hits.some((h) => !h.earlier && !h.negated && h.start <= frame[0].length && h.end <= comma);
}

/** The sentences just before and after the call sentence, in its paragraph, that speak of the same call. */
export function sameCallNeighbours(a: ArticleAnalysis, s: AnalyzedSentence): AnalyzedSentence[] {
  const i = a.sentences.indexOf(s);
  const out: AnalyzedSentence[] = [];
  const before = a.sentences[i - 1];
  const after = a.sentences[i + 1];
  // (…or ends the paragraph before it: "X dự hội nghị … ngày 21.11." ¶ "Theo …, hội nghị … được tổ chức trực tuyến"; not one
  // about an earlier time.)
  const sameOrLastParagraph = before && (before.paragraph === s.paragraph || (before.paragraph === s.paragraph - 1 && !before.pastMarker && !before.earlier));
  if (before && sameOrLastParagraph && before.role !== 'title' && (SAME_CALL_SUBJECT.test(s.text) || framedByItsCall(s) || ALSO_IN_THE_CALL.test(s.text))) out.push(before);
  if (after && after.paragraph <= s.paragraph + 1 && !after.earlier && (SAME_CALL_SUBJECT.test(after.text) || ATTENDED_ONLINE_BY_REFERENCE.test(after.text))) out.push(after);
  return out;
}

/** Words of taking part in a meeting: "Tham dự có …", "với sự tham gia của …", "… kết nối từ thủ đô các nước". */
const ATTENDANCE = /(?<![\p{L}])(?:tham\s+dự|tham\s+gia|kết\s+nối\s+từ|có\s+mặt|đồng\s+chủ\s+trì|chủ\s+trì|trưởng\s+đoàn|dẫn\s+đầu)(?![\p{L}])/iu;
/** A sentence on who led a side's delegation: "Đoàn đại biểu Đảng Cộng sản Việt Nam do đồng chí …, Ủy viên Bộ Chính trị, …
 *  làm Trưởng đoàn", "Phía Trung Quốc, đoàn do ông … dẫn đầu". */
const DELEGATION_LED_BY = /(?<![\p{L}])đoàn(?:\s+đại\s+biểu)?(?![\p{L}])[^.;]{0,80}?\sdo\s[^.;]{3,240}?\s(?:làm\s+trưởng\s+đoàn|dẫn\s+đầu)(?![\p{L}])/iu;
/** A sentence about who chairs the meeting: "Trên cương vị Chủ tịch ASEAN, Thủ tướng … sẽ chủ trì Hội nghị …". */
const CHAIRS_THE_MEETING = /(?<![\p{L}])(?:đồng\s+)?chủ\s+(?:trì|tọa)\s+(?:các\s+)?(?:hội\s+nghị|cuộc\s+họp|phiên\s+(?:họp|thảo\s+luận|khai\s+mạc)|hội\s+thảo|buổi\s+(?:họp|làm\s+việc|hội\s+đàm))(?![\p{L}])/iu;
/** A sentence that lists who attended, wherever it starts: "Đây là lần đầu tiên …, trong đó có sự tham dự của Tổng thống …". */
const ATTENDED_BY = /(?<![\p{L}])(?:có\s+)?sự\s+tham\s+(?:dự|gia)\s+của(?![\p{L}])/iu;
/** A sentence on who hosted it: "Phiên họp do Canada cùng các nước Na Uy, Hàn Quốc … đứng ra tổ chức". Group 1 is the
 *  hosts (see hostsListed). */
export const HOSTED_BY = /(?<![\p{L}])do\s+([^.;:]{3,200}?)\s+(?:đứng\s+ra\s+)?(?:đồng\s+)?(?:tổ\s+chức|chủ\s+trì|đăng\s+cai)(?![\p{L}])/iu;
/** Before a country that chairs a meeting: "với sự chủ trì của ", "dưới sự chủ trì của ", "do " (with "chủ trì" after it). */
const CHAIRED_BY = /(?<![\p{L}])(?:(?:với|dưới)\s+sự\s+(?:đồng\s+)?chủ\s+trì\s+của|do)\s+(?:nước\s+chủ\s+nhà\s+)?$/iu;
/** …or, after "do", the country's role as the grouping's chair or host: "do Thái Lan là nước Chủ tịch", "do Peru làm chủ nhà". */
const CHAIRS_AFTER = /^\s+(?:(?:đồng\s+)?chủ\s+trì|(?:là|làm)\s+(?:nước\s+)?(?:chủ\s+tịch|chủ\s+nhà)|(?:đứng\s+ra\s+|đăng\s+cai\s+)?tổ\s+chức|đăng\s+cai|khởi\s+xướng|triệu\s+tập)(?![\p{L}])/iu;

/** What may stand between the hosts of such a list: commas, "và", "cùng", "các nước", "nước chủ nhà". */
const HOSTS_JOINER = /^(?:\s*(?:,|và|cùng(?:\s+với)?|các\s+nước|nước(?:\s+chủ\s+nhà)?)\s*)*$/iu;

/** The countries (and a body first in the list) a sentence says hosted its meeting together ("… do Thụy Điển cùng các nước
 *  Hà Lan, Bỉ và Hàn Quốc đứng ra tổ chức": HOSTED_BY's list). */
function hostsListed(s: AnalyzedSentence): string[] {
  const m = HOSTED_BY.exec(s.text);
  if (!m) return [];
  const from = m.index + m[0].indexOf(m[1]!);
  const to = from + m[1]!.length;
  const inList = s.entities.filter((e) => e.start >= from && e.end <= to && e.refs.some((r) => r.type === 'body' || (r.type === 'country' && r.via === 'name')));
  const out: string[] = [];
  let at = from;
  for (const e of inList) {
    // Past other words in the list ("…, nước giữ ghế chủ tịch nhóm năm nay là Mexico, …" names a host by its role) a country
    // is still a host; a body is not (it is the grouping the role belongs to).
    const gap = s.text.slice(at, e.start);
    const country = countryByName(e);
    const body = e.refs.find((r) => r.type === 'body') as { code: string } | undefined;
    if (HOSTS_JOINER.test(gap) && (country || (body && at === from))) out.push(country ?? body!.code);
    else if (country && out.length) out.push(country);
    at = e.end;
  }
  return out.length >= 2 ? out : [];
}

/** The countries a sentence says chaired its meeting, each named by its country's name. */
export function chairCountries(s: AnalyzedSentence): string[] {
  const hosts = hostsListed(s);
  if (hosts.length) return hosts;
  return s.entities.flatMap((e) => {
    const before = CHAIRED_BY.exec(s.text.slice(Math.max(0, e.start - 40), e.start));
    if (!before) return [];
    // "do Campuchia chủ trì": "do" (by) names a chair only with "chủ trì" right after the country.
    if (/do\s+(?:nước\s+chủ\s+nhà\s+)?$/iu.test(before[0]) && !CHAIRS_AFTER.test(s.text.slice(e.end))) return [];
    return e.refs.flatMap((r) => (r.type === 'country' && r.via === 'name' ? [r.code] : []));
  });
}
/** A sentence whose official attended the meeting: "Thứ trưởng …, Trưởng đoàn Việt Nam dự và phát biểu tại phiên họp toàn
 *  thể", "Tới dự và phát biểu, Thủ tướng …", "Đồng chí …, … tham dự và có bài phát biểu đề dẫn". */
const ATTENDS_THE_MEETING = /(?<![\p{L}])(?:tham\s+)?dự\s+(?:và\s+(?:có\s+(?:bài\s+)?)?phát\s+biểu|(?:các\s+)?(?:hội\s+nghị|phiên\s+(?:họp|khai\s+mạc|toàn\s+thể)|cuộc\s+họp))(?![\p{L}])/iu;
/** How many sentences after an online meeting's call sentence may list who took part. */
const ATTENDANCE_SENTENCES = 3;

/** The sentences right after a call sentence, in its paragraph or the next, that say who took part: one about
 *  the meeting ("Cuộc họp được tổ chức theo sáng kiến của …") or its chair, then those that list who attended. */
export function attendanceOf(a: ArticleAnalysis, s: AnalyzedSentence): AnalyzedSentence[] {
  const i = a.sentences.indexOf(s);
  const out: AnalyzedSentence[] = [];
  // The list starts with a sentence about the meeting ("Cuộc họp …", "Tham dự có …") and goes on in the next.
  // A sentence on something else may come first ("… sẽ họp trực tuyến. Nước chủ nhà muốn bàn trước về lương thực. Theo
  // thông báo, phiên họp có sự tham dự của Tổng thống Chile …"): past it, only a sentence that says who attended starts the list.
  for (const [k, x] of a.sentences.slice(i + 1, i + 1 + ATTENDANCE_SENTENCES).entries()) {
    // The list may go on into the paragraph after its last sentence ("… có sự tham dự của …". "Thủ tướng … cũng sẽ tham dự …").
    if (x.paragraph > (out.length ? out[out.length - 1]!.paragraph : s.paragraph) + 1 || x.earlier) break;
    if (out.length) {
      if (!ATTENDANCE.test(x.text)) break;
    } else if (!ATTENDED_BY.test(x.text) && !DELEGATION_LED_BY.test(x.text) && (k > 0 || (!SAME_CALL_SUBJECT.test(x.text) && !CHAIRS_THE_MEETING.test(x.text) && !ATTENDS_THE_MEETING.test(x.text) && !HOSTED_BY.test(x.text)))) {
      if (x.hits.length) break;
      continue;
    }
    out.push(x);
  }
  return out;
}

/** Does this call phrase, in this sentence, report a call between officials? */
export function qualifies(hit: CallHit, s: AnalyzedSentence): boolean {
  if (hit.negated) return false;
  if (hit.cue === 'contact') return hit.planned && officials(s).length >= 2;
  if (hit.strength >= 0.8) return true;
  return officials(s).length >= 1;
}

/** "các cuộc điện đàm của Tổng thống Mỹ", "những cuộc gọi": calls in general, not one call's news. */
const PLURAL_BEFORE = /(?:các|những|nhiều|loạt)\s+(?:cuộc|lần)\s*$/iu;
/** Calls counted ("Nhiều cuộc điện đàm …", "… đã hai lần điện đàm …"), not named as the ones of the news ("Trong các cuộc
 *  điện đàm với A và B ngày 9/3, …"). */
const COUNTED_BEFORE = /(?:nhiều|loạt|hai|ba|bốn|\d+)\s+(?:cuộc|lần)\s*$/iu;
/** Whether the words right before a call phrase match `before`. */
const wordsBefore = (before: RegExp) => (s: AnalyzedSentence, h: CallHit) => before.test(s.text.slice(Math.max(0, h.start - 16), h.start));
const plural = wordsBefore(PLURAL_BEFORE);
const callsCounted = wordsBefore(COUNTED_BEFORE);
/** The sentence's first phrase of a call between officials; not an earlier call's ("…, sau cuộc điện đàm tối 10/4"). */
const firstQualifying = (s: AnalyzedSentence) =>
  s.hits.find((h) => qualifies(h, s) && !h.recounted && !(s.role !== 'title' && h.earlier) && !(s.role === 'title' && plural(s, h))) ?? null;

function kindOf(hit: CallHit, others: Array<CallHit | null>): CallKind {
  const all = [hit, ...others].filter((h): h is CallHit => !!h);
  const done = all.some((h) => !h.planned && h.completed);
  // Arranged, announced or wished for, and nowhere reported as done: "sẽ có cuộc gặp trực tuyến".
  if (hit.cue === 'contact' || (all.some((h) => h.planned) && !done)) return 'planned';
  if (hit.cue === 'video' || others.some((h) => h?.cue === 'video')) return 'video';
  return 'phone';
}

/** Words right after a call's phrase that make it a routine of a standing line: "… hằng ngày", "… thông qua văn phòng
 *  liên lạc chung", "… thông qua đường dây nóng". */
const ROUTINE_CALL = /^[^.;]*?(?<![\p{L}])(?:(?:hằng|hàng|mỗi)\s+ngày|thường\s+nhật|thông\s+qua\s+(?:các\s+)?(?:văn\s+phòng\s+liên\s+lạc|đường\s+dây))(?![\p{L}])/iu;
const ROUTINE_CHARS = 80;
/** How far down, and in how many photo captions, a call is looked for as told by video. */
const VIDEO_PARAGRAPHS = 6;
const VIDEO_CAPTIONS = 3;
/** A call's own words with a video's: "điện đàm trực tuyến", "cuộc gọi video" (not a meeting's, which may be another). */
const CALL_BY_VIDEO = /(?:điện\s+đàm|gọi|điện\s+thoại)/iu;
/** Right before a second call phrase, after the sentence's own call: "… vài tiếng sau cuộc ", "…, trước cuộc ". */
const ANOTHER_CALL_AROUND = /(?<![\p{L}])(?:sau|trước)\s+(?:(?:các|những|một)\s+)?(?:cuộc\s+)?$/iu;
function videoLater(a: ArticleAnalysis): boolean {
  // (Not a video call the sentence's own call is told after or before: "X đã điện đàm với Y …, vài tiếng sau cuộc gọi
  // video với Z" is a phone call.)
  const another = (s: AnalyzedSentence, h: CallHit) => s.hits.some((o) => o.end <= h.start && !o.earlier && !o.planned && ANOTHER_CALL_AROUND.test(s.text.slice(o.end, h.start)));
  const byVideo = (s: AnalyzedSentence) => s.hits.some((h) => h.cue === 'video' && !h.planned && !h.earlier && !h.negated && CALL_BY_VIDEO.test(h.text) && !another(s, h));
  return (
    a.sentences.some((s) => s.paragraph <= VIDEO_PARAGRAPHS && !s.earlier && byVideo(s)) ||
    a.article.captions.slice(0, VIDEO_CAPTIONS).some((c) => byVideo(analyzeSentence(c, 'body', -1, 0)))
  );
}

/** How far after a bridge's word ("điểm cầu") the place of that end may be named. */
const BRIDGE_PLACE_CHARS = 60;
/** The end of one bridge's place: the next end's list joiner or the clause's end. */
const BRIDGE_PLACE_END = /,|;|\.|\s(?:và|cùng)\s/u;
/**
 * The countries and groupings an online meeting's sentence names as its ends ("… trực tuyến tại điểm cầu Hà Nội và các
 * điểm cầu nghị viện của các nước thành viên ASEAN", "… giữa điểm cầu Hà Nội và điểm cầu Vientiane"): a meeting whose ends
 * are in two countries is between them, whoever spoke at it. Fewer than two: none.
 */
const EVERY_BRIDGE_END = new RegExp(BRIDGE_END.source, 'giu');
export function bridgeSides(s: AnalyzedSentence): string[] {
  const out = new Set<string>();
  for (const m of s.text.matchAll(EVERY_BRIDGE_END)) {
    const from = m.index + m[0].length;
    const rest = s.text.slice(from, from + BRIDGE_PLACE_CHARS);
    const end = BRIDGE_PLACE_END.exec(rest);
    const to = from + (end ? end.index : rest.length);
    for (const e of s.entities) {
      if (e.start < from || e.end > to) continue;
      for (const r of e.refs) if (r.type === 'country' || r.type === 'body') out.add(r.code);
    }
  }
  return out.size >= 2 ? [...out] : [];
}
/** An online meeting's phrase that tells a meeting of the story's own: neither negated nor an earlier one. */
export const liveOnline = (h: CallHit) => h.cue === 'video' && !h.negated && !h.earlier;
/** An online meeting whose ends are in two countries (see bridgeSides). */
const bridgedOnline = (s: AnalyzedSentence, h: CallHit) => liveOnline(h) && bridgeSides(s).length >= 2;
/** …not the provinces' ends of a domestic one: "tại điểm cầu các địa phương", "điểm cầu các tỉnh". */
const DOMESTIC_BRIDGE = /(?:điểm|đầu)\s+cầu\s+(?:các\s+)?(?:tỉnh|địa\s+phương|huyện|xã|bộ|ngành|sở)(?![\p{L}])/iu;
/**
 * Talks or a meeting between two countries' sides, or a grouping's, that the headline and opening tell with no call and
 * no medium, and the first photos show was held online ("Toàn cảnh hội đàm tại điểm cầu Hà Nội", "Bộ trưởng … tham dự Hội
 * nghị AEM từ đầu cầu trực tuyến tại Hà Nội", "Hội nghị trực tuyến thông báo kết quả Đại hội … tới Đảng Nhân dân
 * Campuchia"): a meeting by video, as the caption shows it.
 */
function meetingOnlineByCaption(a: ArticleAnalysis, headline: AnalyzedSentence): CallDetection | null {
  // (The opening's first sentence too when it refers back to the event, "Tại hội đàm, …": that event is the meeting.)
  const told = [headline, ...a.sentences.filter((s) => s !== headline && s.role !== 'title' && s.paragraph <= OPENING_PARAGRAPHS && !s.earlier).slice(0, OPENING_SENTENCES)];
  if (told.some((s) => s.hits.some((h) => !h.negated && !h.earlier && h.cue !== 'contact'))) return null;
  // The story is a meeting: its words (in person, say) and nothing of another near miss's.
  const classes = told.flatMap((s) => negativeClasses(s));
  // (A meeting's own word, not remarks at one: "toàn văn bài phát biểu" names the speech.)
  const meetingWord = (s: AnalyzedSentence) =>
    negativeMatches(s).some((m) => m.values.includes('in-person') && meetingWords.has(matchKey(s.text.slice(m.start, m.end))) && !remarksWords.has(matchKey(s.text.slice(m.start, m.end))));
  const meeting = told.find(meetingWord);
  if (classes.some((c) => c !== 'in-person') || !meeting) return null;
  for (const caption of a.article.captions.slice(0, VIDEO_CAPTIONS)) {
    if (DOMESTIC_BRIDGE.test(caption)) continue;
    const c = analyzeSentence(caption, 'body', -1, 0);
    // (Its own bridge is no domestic meeting's word here: DOMESTIC_BRIDGE has told the provinces' apart.)
    if (negativeMatches(c).some((m) => m.values.includes('domestic-online') && !BRIDGE_END.test(c.text.slice(m.start, m.end)))) continue;
    const online = c.hits.some((h) => h.cue === 'video' && !h.planned && !h.earlier && !h.negated) || BRIDGE_END.test(caption);
    if (!online) continue;
    // Its sides: two countries the headline, the opening or the caption name, or a grouping whose meeting it is.
    const parties = new Set([...told, c].flatMap((s) => [...partiesOf(s)]));
    const grouping = [...told, c].some((s) => bodiesNamed(s).length > 0);
    if (parties.size < 2 && !(grouping && parties.size >= 1)) continue;
    return {
      isCall: true,
      kind: 'video',
      confidence: CALL_THRESHOLD,
      reasons: [`ảnh cho thấy cuộc họp diễn ra trực tuyến: “${caption.slice(0, 80)}”`, `các bên: ${[...parties].join(', ')}`],
      callSentence: meeting.text,
      negativeClass: null,
    };
  }
  return null;
}

/** "… sau cuộc điện đàm", "… sau khi điện đàm với …": the call as what came before a headline's news. */
const CALL_BEFORE_THE_NEWS = /(?<![\p{L}])sau\s+(?:khi\s+)?(?:(?:có\s+)?cuộc\s+)?$/iu;
/** A copy's first sentence that refers back to an event told above it ("Tại hội nghị, …", "Phát biểu tại đây, …",
 *  "Phát biểu khai mạc, …"): the copy starts mid-article, and the kind of that event is not this sentence's to say. */
const REFERS_BACK = /^(?:(?:phát\s+biểu|trao\s+đổi|chia\s+sẻ)\s+)?(?:tại|trong)\s+(?:đây|đó|(?:các\s+|cuộc\s+|buổi\s+|phiên\s+)?(?:hội\s+nghị|họp|cuộc\s+họp|hội\s+đàm|làm\s+việc|thảo\s+luận|sự\s+kiện))(?![\p{L}])|^phát\s+biểu\s+(?:khai|bế)\s+mạc\s*,/iu;

/** A record of the call right before its phrase: "biên bản cuộc gọi", "bản ghi chép cuộc điện đàm", "đoạn ghi âm cuộc điện thoại". */
const CALL_RECORD_BEFORE =
  /(?<![\p{L}])(?:biên\s+bản|bản\s+ghi(?:\s+(?:chép|âm|lại))?|đoạn\s+ghi\s+âm|băng\s+ghi\s+âm|ghi\s+âm|bản\s+chép\s+lời)(?:\s+(?:nội\s+dung|toàn\s+văn))?(?:\s+(?:của|về))?\s+(?:(?:các|những)\s+)?(?:(?:cuộc|cú)\s+)?$/iu;

/** "… vì điện đàm giữa Thủ tướng và ông Hun Sen bị lộ": a call whose leak is the news, as its record's would be. */
// (…by whoever leaked it: "… bị truyền thông phương Tây tiết lộ".)
const CALL_LEAKED_AFTER = /^[^,.;:]{0,60}?(?<![\p{L}])(?:bị\s+lộ|bị\s+rò\s+rỉ|rò\s+rỉ|bị\s+phát\s+tán|bị\s+tuồn\s+ra|bị\s+ghi\s+âm|bị(?:\s+[^\s,.;:]+){1,4}?\s+(?:tiết\s+lộ|tung\s+ra|phát\s+tán|làm\s+rò\s+rỉ))(?![\p{L}])/iu;
/** What a side suffers or owes for a call, right before its phrase: "xin lỗi vì cuộc điện đàm …", "bị đình chỉ chức vụ vì
 *  cuộc điện đàm …", "từ chức vì cuộc gọi …": the call's consequence is the news, the call its cause. */
const CALL_CONSEQUENCE_BEFORE =
  /(?<![\p{L}])(?:xin\s+lỗi|bị\s+[\p{L}]+(?:\s+[\p{L}]+){0,3}|từ\s+chức|mất\s+chức|hối\s+hận|trả\s+giá)\s+(?:vì|do|về)\s+(?:(?:các|những)\s+)?(?:(?:cuộc|cú)\s+)?$/iu;
/** A country's reaction, in a headline about a call: "Đài Loan hài lòng về …", "Ukraine lo ngại bị gạt ra ngoài". */
const REACTION = /(?<![\p{L}])(?:hài\s+lòng|hoan\s+nghênh|lo\s+ngại|quan\s+ngại|phản\s+ứng|chỉ\s+trích|phản\s+đối|lên\s+tiếng|thất\s+vọng|bất\s+bình|cảnh\s+giác|giận\s+dữ|tức\s+giận|phẫn\s+nộ|nổi\s+giận)(?![\p{L}])/iu;

/** How far into a sentence its subject may start (after a short time or place phrase). */
const SUBJECT_START_CHARS = 20;
/** A headline that opens with who said it, then a colon: "Đại sứ Mỹ: …", "Ông Peskov: …", "Thủ tướng Anh: …". */
const SPEAKER_HEADLINE = /^[^:]{2,40}:\s/u;

/** How far down (paragraphs) a sentence that speaks of the call as already known is looked for. */
const REFERENCE_PARAGRAPHS = 6;
/** "Tại cuộc điện đàm, …", "Trong cuộc gọi này, …", "Cuộc gọi diễn ra hôm nay …": what comes before the
 *  call phrase (the sentence's start, or the source it is told by: "Theo phóng viên … tại Lima, trong buổi điện
 *  đàm, …") and right after it when the call is spoken of as the one the reader knows. */
/** Other kinds of contact listed right after a call noun: ", gặp gỡ", " và tiếp xúc", ", thư từ". */
const CONTACTS_LISTED_AFTER = /^\s*(?:,|và|cũng\s+như)\s*(?:(?:các|những)\s+)?(?:(?:cuộc|chuyến)\s+)?(?:gặp|gặp\s+gỡ|tiếp\s+xúc|trao\s+đổi|hội\s+đàm|hội\s+kiến|thư|thư\s+từ|thăm)(?![\p{L}])/iu;
// (…"Tại cuộc trao đổi qua điện thoại, …" too: a conversation noun before a phrase that names only the medium.)
const KNOWN_CALL_FRAME = new RegExp(String.raw`^${SOURCE_LEAD}?(?:(?:tại|trong)\s+)?${CALL_NOUN}${CONVERSATION_NOUN}$`, 'iu');
/** The frame's own words right before the call phrase: then a comma or "này" follows it (see KNOWN_CALL_AFTER_FRAME). */
const FRAMED_BEFORE = new RegExp(String.raw`(?:tại|trong)\s+${CALL_NOUN}${CONVERSATION_NOUN}$`, 'iu');
const KNOWN_CALL_AFTER_FRAME = /^\s*(?:,|(?:này|nói\s+trên|trên)(?![\p{L}]))/iu;
const KNOWN_CALL_AFTER_SUBJECT = /^\s*(?:này\s+)?(?:giữa\s+hai\s+(?:nhà\s+lãnh\s+đạo|bên|ông|bà|nguyên\s+thủ|bộ\s+trưởng|ngoại\s+trưởng|thủ\s+tướng|tổng\s+thống)\s+)?(?:diễn\s+ra|kéo\s+dài|được\s+tổ\s+chức|được\s+thực\s+hiện|đã\s+diễn\s+ra)(?![\p{L}])/iu;

/** "“Tôi vừa kết thúc một cuộc điện đàm …" at the head of a quote: the call's first side is the one who speaks… */
const FIRST_PERSON_QUOTE = /^\s*["“]\s*(?:tôi|chúng\s+tôi)(?![\p{L}])/iu;
/** …named right after the quote closes: "…”, ông Trump viết", "…" - Tổng thống Mỹ nói. */
const AFTER_QUOTE = /["”]\s*[,–-]?\s*(?:(?:ông|bà|ngài)\s+)?$/u;

/** …or right before the quote opens, as the one who says it: "… ông Trump cho biết: “Tôi vừa nói chuyện với …". */
const QUOTE_AFTER_SPEAKER = /(?<![\p{L}])(?:cho\s+biết|cho\s+hay|viết|nói|tuyên\s+bố|chia\s+sẻ|khẳng\s+định)\s*[:,]?\s*["“]\s*(?:tôi|chúng\s+tôi)(?![\p{L}])[^"”]*$/iu;

/** A first person before the call, in a quote that an earlier sentence of the paragraph opened: "“Tôi không muốn bình luận
 *  thêm. Tối nay, tôi sẽ có một cuộc điện đàm”, ông … nói". */
const FIRST_PERSON = /(?<![\p{L}])(?:tôi|chúng\s+tôi)(?![\p{L}])/iu;
function insideOpenQuote(a: ArticleAnalysis, s: AnalyzedSentence, hit: CallHit): boolean {
  const before = s.text.slice(0, hit.start);
  if (!FIRST_PERSON.test(before) || /["”]/u.test(before)) return false;
  const earlier = a.sentences.filter((o) => o.paragraph === s.paragraph && o.index < s.index).map((o) => o.text).join(' ');
  // (Opened and not closed: a straight quote's count is odd, a curly one opens more than it closes.)
  const straight = (earlier.match(/"/gu) ?? []).length;
  const opens = (earlier.match(/“/gu) ?? []).length;
  const closes = (earlier.match(/”/gu) ?? []).length;
  return straight % 2 === 1 || opens > closes;
}
/** The speaker of a call sentence told in the first person, named where the quote closes in its paragraph, or right
 *  before it opens in the sentence. */
export function quoteSpeaker(a: ArticleAnalysis, s: AnalyzedSentence, hit: CallHit): { m: PersonMention; s: AnalyzedSentence } | null {
  const opened = QUOTE_AFTER_SPEAKER.exec(s.text.slice(0, hit.start));
  if (opened) {
    const m = s.people.filter((p) => (p.title || p.candidates.length) && p.end <= opened.index).pop();
    return m ? { m, s } : null;
  }
  if (!FIRST_PERSON_QUOTE.test(s.text.slice(0, hit.start)) && !insideOpenQuote(a, s, hit)) return null;
  for (const x of a.sentences.filter((o) => o.paragraph === s.paragraph && o.index >= s.index)) {
    const m = x.people.find((p) => (p.title || p.candidates.length) && AFTER_QUOTE.test(x.text.slice(Math.max(0, p.start - 12), p.start)));
    if (m) return { m, s: x };
  }
  return null;
}

/** "Tân Hoa Xã xác nhận hai nhà lãnh đạo đã điện đàm": a call whose sides the sentence counts but does not name. */
const PAIR = String.raw`(?:hai|2)\s+(?:vị\s+)?(?:nhà\s+lãnh\s+đạo|nhà\s+ngoại\s+giao|bên|ông|bà|nguyên\s+thủ|bộ\s+trưởng|ngoại\s+trưởng|thủ\s+tướng|tổng\s+thống|chủ\s+tịch)(?![\p{L}])`;
const PAIR_SUBJECT = new RegExp(String.raw`(?<![\p{L}\d])${PAIR}[^,.;]{0,40}$`, 'iu');
/** "Trong cuộc điện đàm (này), hai vị tổng thống …": the call named first, its sides counted right after it. */
const CALL_NAMED_FIRST = /(?:^|[.;:]\s*)(?:[^,.;:]{1,20},\s*)?(?:trong|tại|qua)\s+(?:cuộc\s+|cú\s+)?$/iu;
const PAIR_AFTER_CALL = new RegExp(String.raw`^\s*(?:này|đó|trên|nói\s+trên)?\s*,\s*${PAIR}`, 'iu');
/** "… trong cuộc điện đàm kéo dài 30 phút hôm 6/10 giữa hai nhà lãnh đạo": the sides counted in the call's own phrase. */
const PAIR_BETWEEN = new RegExp(String.raw`^[^.;]{0,60}?(?<![\p{L}])giữa\s+${PAIR}`, 'iu');
/** "Cuộc điện đàm chủ yếu tập trung vào …" as the first line of a copy cut from mid-article: the call is the subject,
 *  its sides named in the sentences that follow ("Ông Putin và ông Scholz nhất trí …"). */
const CALL_AS_SUBJECT = /^\s*(?:cuộc|cú)\s+$/iu;
/** "Cuộc hội đàm qua video của lãnh đạo hai nước láng giềng …": the sides counted as the leaders of two countries, right after
 *  the call's phrase. */
const LEADERS_OF_PAIR = /^\s*(?:này\s+)?(?:của|giữa)\s+(?:các\s+)?(?:nhà\s+)?lãnh\s+đạo\s+(?:hai|2)\s+(?:siêu\s+cường|cường\s+quốc|nước|quốc\s+gia)(?![\p{L}])/iu;
const pairAfterCall = (s: AnalyzedSentence, hit: CallHit) =>
  (CALL_NAMED_FIRST.test(s.text.slice(0, hit.start)) && PAIR_AFTER_CALL.test(s.text.slice(hit.end))) || PAIR_BETWEEN.test(s.text.slice(hit.end)) || LEADERS_OF_PAIR.test(s.text.slice(hit.end));
// The copy's first line may have been taken for its headline.
const openingSubject = (a: ArticleAnalysis, s: AnalyzedSentence, hit: CallHit) =>
  s === a.sentences[0] && CALL_AS_SUBJECT.test(s.text.slice(0, hit.start)) && s.people.length === 0 && partiesOf(s).size === 0;
export const countsPair = (s: AnalyzedSentence, hit: CallHit) => PAIR_SUBJECT.test(s.text.slice(0, hit.start)) || pairAfterCall(s, hit);
/** How many sentences, and paragraphs, after such a call sentence may name its sides (a copy may give each sentence
 *  a paragraph of its own). */
const PAIR_NAMED_SENTENCES = 6;
const PAIR_NAMED_PARAGRAPHS = 3;
/** …or how many sentences before it, when the call is named first and the copy may start mid-article. */
const PAIR_NAMED_BEFORE = 3;

/** The officials of two countries the sentences after a call told as "hai nhà lãnh đạo đã điện đàm" name
 *  ("… cuộc gọi với ông Tập Cận Bình sẽ được ông Donald Trump đăng tải"), when the call sentence names fewer; for a call
 *  named first ("Trong cuộc điện đàm, hai vị …"), also the sentences just before it and the first photo's caption. */
export function pairNamedLater(a: ArticleAnalysis, s: AnalyzedSentence, hit: CallHit): Array<{ m: PersonMention; s: AnalyzedSentence }> {
  if (!countsPair(s, hit) && !openingSubject(a, s, hit)) return [];
  // After "Trong cuộc điện đàm, hai vị tổng thống …" the sides are the two it counts: a country the sentence names
  // otherwise is what they talked about ("… chuyến thăm của đoàn Triều Tiên"), unless an official of it is named.
  const countries = pairAfterCall(s, hit) ? new Set(s.people.map(countryOf).filter((c): c is string => !!c)) : new Set(partiesOf(s));
  if (countries.size >= 2) return [];
  const out: Array<{ m: PersonMention; s: AnalyzedSentence }> = [];
  const after = a.sentences.filter((o) => o.index > s.index && o.paragraph <= s.paragraph + PAIR_NAMED_PARAGRAPHS && !o.earlier).slice(0, PAIR_NAMED_SENTENCES);
  // A copy that starts mid-article ("Ngoài ra, trong cuộc điện đàm, hai nhà lãnh đạo …") may have named them just before.
  // Or under its first photo (see captionPair).
  const before = pairAfterCall(s, hit) ? a.sentences.filter((o) => o.index < s.index && !o.earlier && o.hits.length === 0).slice(-PAIR_NAMED_BEFORE).reverse() : [];
  const pictured = pairAfterCall(s, hit) ? captionPair(a) : [];
  for (const x of [...after, ...before, ...new Set(pictured.map((p) => p.s))]) {
    for (const m of x.people) {
      const c = countryOf(m);
      if (!c || !(m.title || m.candidates.length) || countries.has(c)) continue;
      countries.add(c);
      out.push({ m, s: x });
      if (countries.size >= 2) return out;
    }
  }
  return out;
}

/** How far into the text a sentence may tell the call again with both its sides. */
const RETELLING_PARAGRAPHS = 3;

/** The first later sentence, in the first paragraphs, that tells a call of the same kind (and as planned or done) with
 *  officials of two countries; none when the first later sentence that tells such a call does not (an earlier call's
 *  sentence is passed over). */
export function retelling(a: ArticleAnalysis, s: AnalyzedSentence, hit: CallHit): AnalyzedSentence | null {
  for (const x of a.sentences) {
    if (x.index <= s.index || x.paragraph > RETELLING_PARAGRAPHS || x.earlier) continue;
    const h = x.hits.find((y) => !y.earlier && !y.negated && y.cue === hit.cue && qualifies(y, x));
    if (!h) continue;
    if (h.planned === hit.planned && officials(x).length >= 2 && partiesOf(x).size >= 2) return x;
    return null;
  }
  return null;
}

/** The call's noun right before its phrase: "cuộc ", "cú ", "cuộc trao đổi " (before "qua điện thoại"). */
const CALL_NOUN_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:cuộc|cú)\s+${CONVERSATION_NOUN}$`, 'iu');
/** "… xác nhận cuộc gọi đã diễn ra": the call named as a thing, with neither "với" nor "giữa" after it. */
export const bareCallNoun = (s: AnalyzedSentence, h: CallHit, evenPlanned = false) =>
  (evenPlanned || !h.planned) && !h.negated && !h.earlier && (/^(?:cuộc|cú)\s/iu.test(h.text) || CALL_NOUN_BEFORE.test(s.text.slice(0, h.start))) && !/^\s*(?:này\s+)?(?:với|giữa|cho|của|từ)(?![\p{L}])/iu.test(s.text.slice(h.end));

/** The call phrase of a sentence that speaks of the call as the one the reader knows. */
export function knownCallHit(s: AnalyzedSentence): CallHit | undefined {
  return s.hits.find((h) => {
    if (h.negated || h.planned || h.earlier || h.cue === 'contact') return false;
    // "Trong các cuộc điện đàm, gặp gỡ giữa lãnh đạo hai bên, …": calls listed with other kinds of contact are contacts in
    // general, not a call the text knows.
    if (CONTACTS_LISTED_AFTER.test(s.text.slice(h.end))) return false;
    const before = s.text.slice(0, h.start);
    const framed = FRAMED_BEFORE.test(before);
    return KNOWN_CALL_FRAME.test(before) && (framed ? KNOWN_CALL_AFTER_FRAME : KNOWN_CALL_AFTER_SUBJECT).test(s.text.slice(h.end));
  });
}
/** How many of a copy's first photo captions may name the sides of a call the text speaks of as known. */
const CAPTIONS_FOR_SIDES = 2;

/** The officials of exactly two countries a copy's first photo captions name (see decide), with the caption they are in. */
export function captionPair(a: ArticleAnalysis): Array<{ m: PersonMention; s: AnalyzedSentence }> {
  for (const caption of a.article.captions.slice(0, CAPTIONS_FOR_SIDES)) {
    const s = analyzeSentence(caption, 'body', -1, 0);
    const people = s.people.filter((p) => (p.title || p.candidates.length) && countryOf(p));
    if (new Set(people.map(countryOf)).size === 2) return people.map((m) => ({ m, s }));
  }
  return [];
}
/** The sentence up to a time word after the call that leads to another event (its people and places only). */
export function beforeOtherEvent(s: AnalyzedSentence, hit: CallHit): AnalyzedSentence {
  const m = OTHER_EVENT_TIME.exec(s.text.slice(hit.end));
  if (!m) return s;
  const cut = hit.end + m.index;
  return { ...s, people: s.people.filter((p) => p.start < cut), entities: s.entities.filter((e) => e.start < cut) };
}

/** The other sentences of a sentence's paragraph that report nothing earlier. */
export const paragraphOf = (a: ArticleAnalysis, s: AnalyzedSentence) => a.sentences.filter((x) => x !== s && x.paragraph === s.paragraph && x.role !== 'title' && !x.earlier);

/**
 * A text whose headline and opening report no call, but which further down speaks of "the call" as the one
 * it is about ("Tại cuộc điện đàm, hai bên …", "Cuộc gọi diễn ra hôm nay …"): a copy that starts mid-article,
 * or a story whose opening tells what the call brought (a congratulation, an invitation). The call's parties
 * are that paragraph's and the opening's; the opening must name at least one of them, so that the call is
 * the article's own and not one cited in passing.
 */
function callSpokenOf(a: ArticleAnalysis, title: AnalyzedSentence | null, opening: AnalyzedSentence[]): CallDetection | null {
  for (const s of a.sentences) {
    if (s.role === 'title' || s.earlier || s.paragraph > REFERENCE_PARAGRAPHS) continue;
    const hit = knownCallHit(s);
    if (!hit) continue;
    // "Trước đó, ngày 2/7, ông X đã điện đàm với ông Y. …, tại cuộc điện đàm, hai bên …": the call spoken of as known is
    // the earlier one the text last told.
    const lastTold = a.sentences.filter((x) => x.index < s.index && x.role !== 'title' && x.hits.length).pop();
    if (lastTold?.earlier) continue;
    const paragraph = paragraphOf(a, s);
    const openers = [...(title ? [title] : []), ...opening];
    const own = new Set([...partiesOf(s), ...paragraph.flatMap((x) => [...partiesOf(x)])]);
    const opened = new Set(openers.flatMap((x) => [...partiesOf(x)]));
    if (own.size > 0 && ![...own].some((c) => opened.has(c))) continue;
    const parties = new Set([...own, ...opened]);
    const people = [...paragraph, ...openers].some((x) => officials(x).length > 0);
    if (parties.size < 2 || !people) continue;
    const confidence = WEIGHT.OPENING_CALL_SILENT_HEADLINE + WEIGHT.TWO_PARTIES;
    return {
      isCall: confidence >= CALL_THRESHOLD,
      kind: kindOf(hit, []),
      confidence,
      reasons: [`cuộc gọi được nhắc đến: “${hit.text}”`, `các bên: ${[...parties].join(', ')}`],
      callSentence: s.text,
      negativeClass: null,
    };
  }
  return null;
}

/** The meeting words a sentence's in-person near miss is made of: "hội đàm", "gặp". */
const meetingsNamed = (s: AnalyzedSentence) =>
  negativeMatches(s)
    .filter((m) => m.values.includes('in-person'))
    .map((m) => matchKey(s.text.slice(m.start, m.end)))
    .filter((w) => meetingWords.has(w));

/** How far down (paragraphs) a call told as done is looked for when the headline and the opening tell none. */
const LATER_PARAGRAPHS = 5;
/** …and how far down for a phone call: a grouping's online meeting may be told late in its own story, but a phone call
 *  first told below the third paragraph of a story about something else is that story's background (a trip's list of
 *  talks, a crisis's timeline), far more often than its news. */
const LATER_PHONE_PARAGRAPHS = 3;
/** How many first sentences of the text tell its news, for a meeting in person there (see callToldLater). */
const OPENING_IN_PERSON_SENTENCES = 2;
/** "đã điện đàm", "vừa có cuộc điện đàm" said by the one who called: "“Tôi đã có cuộc điện đàm rất tốt với …”, ông … nói". */
const DONE_BEFORE = /(?<![\p{L}])(?:đã|vừa)(?![\p{L}])/iu;
/** A sentence that opens on another time or story than the news's: "Hai ngày trước, …", "Như đã thông tin, …", "Trong khi
 *  đó, …", "Hồi tháng 3, …". */
const BACKGROUND_OPENING = /^[^,.;]{0,30}?(?<![\p{L}])(?:(?:ngày|hôm|tuần|tháng|năm)\s+trước|như\s+đã\s+(?:thông\s+tin|đưa\s+tin|nói)|trong\s+khi\s+đó|hồi\s+(?:tháng|năm|đầu|cuối|giữa))(?![\p{L}])/iu;
/** A sentence that turns to another piece of news beside the story's: "Cùng ngày, …", "Cũng trong sáng nay, …", "Ngoài ra, …",
 *  "Bên cạnh đó, …", "Ở một diễn biến khác, …", "Cũng theo …, …". A call told from there on is that other news, not the
 *  headline's. */
const SIDE_STORY_OPENING = /^[^,.;]{0,20}?(?<![\p{L}])(?:cùng\s+(?:ngày|hôm|buổi|sáng|chiều|tối)|cũng\s+(?:trong|theo)|ngoài\s+ra|bên\s+cạnh\s+đó|(?:trong|ở)\s+(?:một\s+)?diễn\s+biến\s+(?:khác|liên\s+quan))(?![\p{L}])/iu;
/** Of those, the ones that turn to another event ("Cùng ngày, …", "Ở một diễn biến khác, …"), not to more of the same one
 *  ("Ngoài ra, lãnh đạo các nước cũng sẽ thảo luận …"). */
const OTHER_EVENT_OPENING = /^[^,.;]{0,20}?(?<![\p{L}])(?:cùng\s+(?:ngày|hôm|buổi|sáng|chiều|tối)|cũng\s+trong|(?:trong|ở)\s+(?:một\s+)?diễn\s+biến\s+khác)(?![\p{L}])/iu;
/** "… cũng đã điện đàm với …": a call told as also made, beside the news the story is about. */
const ALSO_BEFORE = /(?<![\p{L}])cũng(?![\p{L}])[^,.;:“”"]{0,40}$/iu;
/** The two sides of the story as a sentence's subject, before its call: "Hai nhà lãnh đạo đã hội đàm trực tuyến suốt 90 phút …". */
const THE_TWO_SUBJECT = new RegExp(String.raw`^${PAIR}\s+(?:đã|vừa)(?![\p{L}])`, 'iu');
/** The two countries' sides a headline names, when it names exactly two. */
const twoSidesOfHeadline = (a: ArticleAnalysis): Set<string> => {
  const title = a.sentences.find((s) => s.role === 'title');
  const sides = title ? partiesOf(title) : new Set<string>();
  return sides.size === 2 ? sides : new Set();
};
/** A day this many days or more before publication dates another story's time than the news's. */
const BACKGROUND_DAYS = 4;
/** A sentence below the headline, within LATER_PARAGRAPHS, that tells the news's own time and story. */
const toldFurtherDown = (s: AnalyzedSentence) => s.role !== 'title' && !s.earlier && s.paragraph <= LATER_PARAGRAPHS && !BACKGROUND_OPENING.test(s.text);
/** Right after a call: its other side, the leaders of a region, the world, many countries or the allies ("với các nhà lãnh
 *  đạo châu Âu", "với lãnh đạo các nước G7", "cùng các nhà lãnh đạo thế giới", "với các nhà lãnh đạo đồng minh", "với các
 *  đồng minh"). */
const MANY_LEADERS_AFTER =
  /^[^.;:]{0,12}?(?<![\p{L}])(?:với|cùng)\s+(?:(?:các\s+|nhiều\s+)?(?:nhà\s+)?lãnh\s+đạo\s+(?:cấp\s+cao\s+)?(?:của\s+)?(?:châu\s+\p{L}+|khu\s+vực|thế\s+giới|quốc\s+tế|các\s+nước|nhiều\s+nước|các\s+quốc\s+gia|(?:các\s+)?(?:nước\s+)?đồng\s+minh)|(?:các|nhiều)\s+(?:nước\s+)?đồng\s+minh)(?![\p{L}])/iu;
const MANY_LEADERS_CHARS = 80;
/** …or right before it, as the meeting's subject: "lãnh đạo của các nền kinh tế phát triển sẽ họp qua cuộc gọi video", "Lãnh
 *  đạo các nước Trung Á họp trực tuyến", "Bộ trưởng Tài chính các nước khu vực đồng Euro đã nhóm họp … qua điện thoại". */
const MANY_LEADERS_SUBJECT =
  /(?<![\p{L}])(?:(?:nhà\s+)?lãnh\s+đạo|ngoại\s+trưởng|bộ\s+trưởng(?:\s+\p{Lu}[\p{L}]*(?:\s+\p{Ll}[\p{L}]*)?)?|quan\s+chức(?:\s+cấp\s+cao)?)\s+(?:của\s+)?(?:các|nhiều)\s+(?:nước|quốc\s+gia|nền\s+kinh\s+tế)(?![\p{L}])[^.;:,]{0,60}$/iu;
/** A meeting held by phone, its verb right before the medium: "… đã nhóm họp khẩn cấp qua điện thoại". */
const MEETING_BY_PHONE_BEFORE = /(?<![\p{L}])(?:nhóm\s+)?họp(?:\s+(?:khẩn|khẩn\s+cấp|bất\s+thường|kín))?\s+$/iu;
/** A meeting by phone whose subject is many countries' officials (see MANY_LEADERS_SUBJECT). */
const manyMeetByPhone = (s: AnalyzedSentence, h: CallHit) =>
  h.cue === 'phone' && !h.negated && !h.earlier && MEETING_BY_PHONE_BEFORE.test(s.text.slice(0, h.start)) && MANY_LEADERS_SUBJECT.test(s.text.slice(0, h.start));
/** An online meeting (or one by phone) whose other sides are many countries' leaders, before or after its phrase. */
const manyLeadersMeet = (s: AnalyzedSentence, h: CallHit) =>
  MANY_LEADERS_AFTER.test(s.text.slice(h.end, h.end + MANY_LEADERS_CHARS)) || (h.cue === 'video' && MANY_LEADERS_SUBJECT.test(s.text.slice(0, h.start))) || manyMeetByPhone(s, h);
/** The international bodies a sentence names, whatever it says of them ("… Nhóm công tác trực thuộc Hội đồng Điều phối ASEAN"),
 *  or only those within [from, to). */
const bodiesNamed = (s: AnalyzedSentence, from = 0, to = Infinity) =>
  s.entities.filter((e) => e.start >= from && e.end <= to).flatMap((e) => e.refs.flatMap((r) => (r.type === 'body' ? [r.code] : [])));
/** The groupings named in the many-countries subject of a meeting by phone ("Bộ trưởng Tài chính các nước khu vực đồng Euro
 *  đã nhóm họp … qua điện thoại"): the meeting is that grouping's, and it is a side. (An online one's grouping has its
 *  own rules: see groupingsMeeting.) */
export function subjectGroupings(s: AnalyzedSentence, h: CallHit): string[] {
  if (!manyMeetByPhone(s, h)) return [];
  const m = MANY_LEADERS_SUBJECT.exec(s.text.slice(0, h.start));
  if (!m) return [];
  return bodiesNamed(s, m.index, h.start);
}
/** An online meeting's other sides as the leaders of the grouping's other members, anywhere in its sentence: "… sẽ có sự
 *  tham gia của Thủ tướng Ấn Độ … cùng lãnh đạo các nước thành viên khác". */
const MANY_MEMBERS = /(?<![\p{L}])(?:cùng|với|và)\s+(?:các\s+)?(?:nhà\s+)?lãnh\s+đạo\s+(?:của\s+)?(?:các|những)\s+(?:nước|quốc\s+gia)(?:\s+thành\s+viên)?(?:\s+khác)?(?![\p{L}])/iu;
/** An online meeting one official attends beside the leaders of the other members (see MANY_MEMBERS). */
const withManyMembers = (s: AnalyzedSentence, h: CallHit) => liveOnline(h) && ATTENDANCE.test(s.text) && MANY_MEMBERS.test(s.text) && officials(s).length > 0;
/** A summit, by its name, at or right before an online meeting's phrase: "Hội nghị thượng đỉnh trực tuyến", "thượng đỉnh
 *  ảo", "Hội nghị thượng đỉnh về khí hậu (trực tuyến)". */
const SUMMIT_BEFORE = /(?<![\p{L}])thượng\s+đỉnh(?![\p{L}])[^.;:]{0,40}$/iu;
const SUMMIT_CHARS = 60;
/** An online summit with an official in its sentence ("… Hội nghị thượng đỉnh trực tuyến về khí hậu … theo sáng kiến của
 *  Tổng thống Mỹ …"): a summit is a meeting of many countries' leaders, so the one it names is a side of it and the
 *  others are its sides however few the text names. (A summit of two is named by its two sides, as a call is.) */
const onlineSummit = (s: AnalyzedSentence, h: CallHit) =>
  liveOnline(h) && SUMMIT_BEFORE.test(s.text.slice(Math.max(0, h.start - SUMMIT_CHARS), h.end)) && officials(s).length > 0;
/** An online meeting a country chairs by name with another side in its sentence ("Hội nghị trực tuyến … của Nhóm công tác
 *  … ASEAN dưới sự chủ trì của Việt Nam"): a meeting between states, whichever officials spoke for them. */
const chairedOnline = (s: AnalyzedSentence, h: CallHit) => {
  if (!liveOnline(h)) return false;
  const chairs = chairCountries(s);
  return chairs.length > 0 && new Set([...partiesOf(s), ...chairs, ...bodiesNamed(s)]).size >= 2;
};
/** A meeting whose sides are states however few officials the text names: a grouping's own, one an official attends beside
 *  the other members' leaders, an online summit, one a country chairs, or many countries' ministers meeting by phone. */
const meetingOfStates = (s: AnalyzedSentence, h: CallHit) =>
  groupingMeeting(s, h) || withManyMembers(s, h) || onlineSummit(s, h) || chairedOnline(s, h) || manyMeetByPhone(s, h);
/** A sentence that opens on what came before the news: "Trước đó, …", "Trước đó một ngày, …". */
const BEFORE_THE_NEWS = /^[^,.;]{0,20}?(?<![\p{L}])trước\s+đó(?![\p{L}])/iu;
/** "--07-15" as a day of one fixed year, to compare days whose year the text does not give. */
const inAnyYear = (partial: string | null) => (partial ? `2000${partial.slice(1)}` : null);

/**
 * Under a headline about what a call brought ("Mỹ đạt thoả thuận thương mại với Ấn Độ", "Thái Lan và Campuchia nhất trí
 * ngừng bắn") the press often tells the call itself only in the third paragraph or later, or in the words of the one
 * who made it: "Trong bài đăng …, Tổng thống … cho biết đã điện đàm với Thủ tướng …", "“Tôi đã có cuộc điện đàm rất tích
 * cực với …”, Tổng thống … nói". Such a call, told as done between two named countries and not set in another time, is the
 * news the headline sums up.
 */
function callToldLater(a: ArticleAnalysis): CallDetection | null {
  // (Read only once a sentence comes this far: most texts have none.)
  let story: { countries: Set<string>; newsDay: string | null } | null = null;
  const storyOf = () =>
    (story ??= {
      countries: new Set(a.sentences.filter((s) => s.role === 'title' || s.paragraph <= OPENING_PARAGRAPHS).flatMap((s) => [...partiesOf(s), ...placesNamed(s)])),
      // The news's own day: the page's, or else the first the opening gives ("Ngày 15/7, tại …, Tổng thống … cho biết …").
      newsDay:
        a.article.publishedAt?.slice(0, 10) ??
        inAnyYear(
          a.sentences
            .filter((s) => s.role !== 'title')
            .slice(0, 2)
            .flatMap((s) => findDateExpressions(s.text))
            .map((e) => resolveDate(e, null).partial)
            .find(Boolean) ?? null,
        ),
    });
  // Without the page's date, days compare by day and month alone (in one year chosen for all).
  const dayOf = (partial: string | null, date: string | null) => (a.article.publishedAt ? date : inAnyYear(partial));
  // Not under an opening that tells a visit or a meeting in person as its news ("Nhân chuyến thăm …, tại Moskva, Phó Thủ
  // tướng … hội kiến …"): a call further down is that meeting's background.
  // Unless the call is those talks, told further down as held online: "Cuộc hội đàm giữa hai ông kéo dài 90 phút …" then
  // "Hai nhà lãnh đạo đã hội đàm trực tuyến suốt 90 phút …". A visit still to come ("Ngoại trưởng … vừa mời Bộ trưởng …
  // sang thăm …") is what the call brought, as under a headline (negativeClasses' callDone).
  const openingInPerson = (hit: CallHit) =>
    a.sentences
      .filter((s) => s.role !== 'title')
      .slice(0, OPENING_IN_PERSON_SENTENCES)
      .some((s) => !s.hits.length && negativeClasses(s, false, true).includes('in-person') && !(hit.cue === 'video' && meetingsNamed(s).some((w) => matchKey(hit.text).includes(w))));
  for (const s of a.sentences) {
    if (s.role !== 'title' && SIDE_STORY_OPENING.test(s.text)) return null;
    // (A photo's caption shows a moment of the story, often one before its news.)
    if (!toldFurtherDown(s) || CAPTION_CREDIT.test(s.text)) continue;
    // "Trước đó, hôm 4/2, ông Trump và ông Tập đã có cuộc điện đàm. Nhà lãnh đạo Mỹ nói rằng ông đã có một cuộc điện đàm
    // “rất tuyệt vời” …": a paragraph that opens on what came before the news tells background, all its sentences.
    const opener = a.sentences.find((x) => x.paragraph === s.paragraph && x.role === s.role);
    if ([s, opener].some((x) => !!x && (BEFORE_THE_NEWS.test(x.text) || (x !== s && BACKGROUND_OPENING.test(x.text))))) continue;
    const hit = s.hits.find((h) => !h.earlier && !h.negated && !h.planned && h.strength >= 1 && (h.cue === 'phone' || h.cue === 'video'));
    if (!hit || ALSO_BEFORE.test(s.text.slice(0, hit.start)) || (hit.cue === 'phone' && s.paragraph > LATER_PHONE_PARAGRAPHS)) continue;
    const speaker = quoteSpeaker(a, s, hit)?.m;
    const speakerCountry = speaker ? countryOf(speaker) : null;
    const parties = new Set([...partiesOf(s), ...(speakerCountry ? [speakerCountry] : [])]);
    // "Hai nhà lãnh đạo đã …": the two the headline names.
    if (parties.size < 2 && THE_TWO_SUBJECT.test(s.text.slice(0, hit.start))) twoSidesOfHeadline(a).forEach((c) => parties.add(c));
    if (parties.size < 2) continue;
    // …and the call of the story the headline and the opening tell: one of its sides is among the countries they name.
    const { countries, newsDay } = storyOf();
    if (![...parties].some((c) => countries.has(c))) continue;
    if (!reportsCall(s, hit) && !(speaker && DONE_BEFORE.test(s.text.slice(0, hit.start))) && !THE_TWO_SUBJECT.test(s.text.slice(0, hit.start))) continue;
    const background = findDateExpressions(s.text).some((e) => {
      const r = resolveDate(e, a.article.publishedAt?.slice(0, 10) ?? null);
      const d = dayOf(r.partial, r.date);
      return !!d && !!newsDay && Date.parse(newsDay) - Date.parse(d) >= BACKGROUND_DAYS * 86_400_000;
    });
    if (background) continue;
    if (openingInPerson(hit)) return null;
    return {
      isCall: true,
      kind: kindOf(hit, []),
      confidence: CALL_THRESHOLD,
      reasons: [`cuộc gọi được kể ở đoạn ${s.paragraph}: “${hit.text}”`, `các bên: ${[...parties].join(', ')}`],
      callSentence: s.text,
      negativeClass: null,
    };
  }
  return null;
}

/** Call words as an article's address writes its headline, without marks: "…-dien-dam-voi-…", "…-goi-dien-cho-…",
 *  "…-hoi-dam-truc-tuyen-…". */
const ADDRESS_CALL = /(?:^| )(?:dien dam|goi dien|(?:hoi dam|hop|hoi nghi|gap) truc tuyen)(?= |$)/;
/** The words of the article's address (its canonical one when the page gives it), as addressWords spells them. */
const articleAddressWords = (a: ArticleAnalysis) => addressWords(a.article.canonicalUrl ?? a.article.url);
/** Does the article's address spell a call (see ADDRESS_CALL)? */
const addressSpellsCall = (a: ArticleAnalysis) => ADDRESS_CALL.test(articleAddressWords(a));
/** Every name of every country, as an address writes it: "trung quoc", "an do", "my". */
let addressNames: Array<[string, string]> | null = null;
const countryAddressNames = () =>
  (addressNames ??= COUNTRIES.flatMap((c) => [c.name, ...(c.names ?? [])].map((n): [string, string] => [foldKey(n).replace(/[^a-z0-9]+/g, ' ').trim(), c.code])).filter(([n]) => n.length > 0));
/** An address's word for "in", "at", "to" right before a place: "…-tai-ukraine", "…-o-trung-dong". */
const ADDRESS_PLACE_BEFORE = / (?:tai|o|den|toi|sang) $/u;
/** The countries an article's address names that its text names too (an address's "anh", "lao" or "phap" may be another
 *  word; a country the text also names is that country). */
export function addressCountries(a: ArticleAnalysis): Set<string> {
  const words = articleAddressWords(a);
  if (!words) return new Set();
  const named = new Set(a.sentences.flatMap((s) => [...placesNamed(s)]));
  // (Not a country the address names as where someone is: "…-dai-su-viet-nam-tai-ukraine" is Vietnam's ambassador.)
  const spelt = ` ${words} `;
  const asSide = (n: string) => {
    for (let at = spelt.indexOf(` ${n} `); at >= 0; at = spelt.indexOf(` ${n} `, at + 1)) if (!ADDRESS_PLACE_BEFORE.test(spelt.slice(0, at + 1))) return true;
    return false;
  };
  return new Set(countryAddressNames().flatMap(([n, code]) => (named.has(code) && asSide(n) ? [code] : [])));
}

/**
 * A copy whose text keeps no headline that tells a call (cut mid-article, or opening on a caption or a menu), from a
 * page whose address does: its slug is the headline without its marks ("…-dien-dam-ve-van-de-bien-gioi-…"). The call is
 * the first one the text tells as done or arranged between two countries' sides in its first paragraphs.
 */
function callInAddress(a: ArticleAnalysis): CallDetection | null {
  if (!addressSpellsCall(a)) return null;
  for (const s of a.sentences) {
    if (!toldFurtherDown(s) || CAPTION_CREDIT.test(s.text)) continue;
    const hit = s.hits.find((h) => !h.earlier && !h.negated && h.strength >= 0.8 && (h.cue === 'phone' || h.cue === 'video'));
    if (!hit) continue;
    // (Its sides as the address names them, when the sentence counts them or names one: "trong cuộc điện đàm, lãnh đạo hai
    // nước …" under "…-lanh-dao-kazakhstan-va-belarus-dien-dam".)
    const parties = partiesOf(s);
    if (parties.size < 2) addressCountries(a).forEach((c) => parties.add(c));
    if (parties.size < 2) continue;
    return {
      isCall: true,
      kind: kindOf(hit, []),
      confidence: CALL_THRESHOLD,
      reasons: [`địa chỉ bài báo nêu cuộc gọi; đoạn ${s.paragraph}: “${hit.text}”`, `các bên: ${[...parties].join(', ')}`],
      callSentence: s.text,
      negativeClass: null,
    };
  }
  return null;
}

/** A copy's first line that is about a meeting told above it: "Tham dự cuộc họp có …", "Dự hội nghị còn có …". */
const ATTENDANCE_OF_A_MEETING_TOLD = /^(?:tham\s+)?dự\s+(?:cuộc\s+họp|hội\s+nghị|buổi\s+(?:họp|hội\s+đàm|làm\s+việc))(?![\p{L}])/iu;
/** The medium an address spells: "…-hop-truc-tuyen-voi-…" (video), "…-dien-dam-voi-…" (phone). */
const ADDRESS_ONLINE = /(?:^| )truc tuyen(?= |$)/;
/**
 * A copy cut mid-article, whose first line refers back to the meeting its lost headline told ("Tham dự cuộc họp có lãnh
 * đạo các bộ, ngành …", "Tại hội nghị, …") and names no call, from a page whose address spells one ("…-pho-thu-tuong-…-
 * hop-truc-tuyen-voi-pho-thu-tuong-lien-bang-nga-…"): that meeting is the address's call, between the countries whose
 * officials the opening names, or the address names, when they are two.
 */
function meetingInAddress(a: ArticleAnalysis): CallDetection | null {
  if (a.sentences.some((s) => s.role === 'title') || !addressSpellsCall(a)) return null;
  const opening = a.sentences.filter((s) => s.paragraph <= OPENING_PARAGRAPHS && !s.earlier).slice(0, OPENING_SENTENCES);
  const first = opening[0];
  if (!first || !(REFERS_BACK.test(first.text) || ATTENDANCE_OF_A_MEETING_TOLD.test(first.text))) return null;
  if (opening.some((s) => s.hits.length > 0 || negativeClasses(s).some((c) => c !== 'in-person' && c !== 'domestic-online'))) return null;
  const parties = new Set([...opening.flatMap((s) => [...partiesOf(s)]), ...addressCountries(a)]);
  if (parties.size < 2 || !opening.some((s) => officials(s).length > 0)) return null;
  const words = articleAddressWords(a);
  return {
    isCall: true,
    kind: ADDRESS_ONLINE.test(words) ? 'video' : 'phone',
    confidence: CALL_THRESHOLD,
    reasons: [`địa chỉ bài báo nêu cuộc gọi; mở đầu nói tiếp về cuộc họp đó: “${first.text.slice(0, 60)}”`, `các bên: ${[...parties].join(', ')}`],
    callSentence: first.text,
    negativeClass: null,
  };
}

/** The words that name a conference in a headline, after its head word: "Hội nghị Bộ trưởng Y tế ASEAN (AHMM) lần thứ 16: …". */
const CONFERENCE_NAME = /(?<![\p{L}])(?:hội\s+nghị|thượng\s+đỉnh)((?:\s+[^\s:;,.–—-]+){1,4})/iu;
/** An acronym of a meeting or a grouping: "ASEM", "ATM 27", "AMMTC". */
const ACRONYM = /(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/gu;

let inPersonIndex: PhraseIndex<string> | undefined;
let onlineIndex: PhraseIndex<string> | undefined;
/** Whether the words after a conference's head word say it is held in person ("cấp cao trực tiếp với"). */
const heldInPerson = (nameWords: string) => (inPersonIndex ??= phraseSet(IN_PERSON_MARKERS)).findAll(nameWords).length > 0;
const onlineMarkerIn = (text: string) => (onlineIndex ??= phraseSet(ONLINE_MARKERS)).findAll(text).length > 0;

/**
 * Under a headline that names a conference and nothing else of a near miss ("Hội nghị Bộ trưởng Giao thông ASEAN lần thứ 30: …",
 * "Thủ tướng dự Hội nghị cấp cao …"), the text further down saying that conference is or was
 * held online between countries: a grouping's own, or one with two countries' sides. The headline's meeting word is that
 * online meeting, not one in person.
 */
function conferenceHeldOnline(a: ArticleAnalysis, headline: AnalyzedSentence): CallDetection | null {
  if (headline.role !== 'title' || headline.hits.length > 0) return null;
  const inPerson = negativeMatches(headline);
  if (!inPerson.length || !inPerson.every((m) => m.values.every((v) => v === 'in-person') && meetingWords.has(matchKey(headline.text.slice(m.start, m.end))))) return null;
  const named = CONFERENCE_NAME.exec(headline.text);
  // (A conference the headline says is held in person is not the online one a later paragraph names.)
  if (named && heldInPerson(named[1]!) && !onlineMarkerIn(headline.text)) return null;
  // …or talks between the two countries' sides the headline names ("Gặp Thủ tướng Nhật Bản, Tổng thống Hàn Quốc đề nghị …"),
  // which the text further down says the two held online ("Hai nhà lãnh đạo đã có 90 phút hội đàm trực tuyến").
  const twoSides = twoSidesOfHeadline(a);
  if (!named && !twoSides.size) return null;
  const nameWords = named?.[1]!.trim().toLowerCase();
  const acronyms = new Set(headline.text.match(ACRONYM) ?? []);
  const groupings = new Set(bodiesNamed(headline));
  for (const s of a.sentences) {
    // (The conference is known by its name below, so only a turn to another event ends the search.)
    if (s.role !== 'title' && (named ? OTHER_EVENT_OPENING : SIDE_STORY_OPENING).test(s.text)) return null;
    if (!toldFurtherDown(s)) continue;
    const hit = s.hits.find((h) => h.cue === 'video' && !h.earlier && !h.negated);
    if (!hit) continue;
    if (!named) {
      const sameTalks = meetingsNamed(headline).some((w) => matchKey(hit.text).includes(w));
      if (!sameTalks || hit.planned || hit.strength < 1 || !THE_TWO_SUBJECT.test(s.text.slice(0, hit.start)) || [...partiesOf(s)].some((c) => !twoSides.has(c))) continue;
      return {
        isCall: true,
        kind: 'video',
        confidence: CALL_THRESHOLD,
        reasons: [`cuộc hội đàm ở tiêu đề diễn ra trực tuyến (đoạn ${s.paragraph}): “${hit.text}”`, `các bên: ${[...twoSides].join(', ')}`],
        callSentence: s.text,
        negativeClass: null,
      };
    }
    const sides = groupingsMeeting(s, hit);
    const parties = partiesOf(s);
    if (!sides.length && parties.size < 2) continue;
    const same = s.text.toLowerCase().includes(nameWords!) || (s.text.match(ACRONYM) ?? []).some((x) => acronyms.has(x)) || sides.some((c) => groupings.has(c));
    if (!same) continue;
    return {
      isCall: true,
      kind: hit.planned ? 'planned' : 'video',
      confidence: CALL_THRESHOLD,
      reasons: [`hội nghị ở tiêu đề diễn ra trực tuyến (đoạn ${s.paragraph}): “${hit.text}”`, `các bên: ${[...new Set([...parties, ...sides])].join(', ')}`],
      callSentence: s.text,
      negativeClass: null,
    };
  }
  return null;
}

/** An online meeting `s` names beside a phone call `main` reports, that is not that call: its sentence names fewer than two
 *  of the call's sides ("… khen ngợi … Hội nghị Cấp cao trực tuyến ASEAN …" under "… điện đàm với Thủ tướng …"). */
export function anotherMeeting(main: AnalyzedSentence, mainHit: CallHit, s: AnalyzedSentence, hit: CallHit): boolean {
  if (hit.cue !== 'video' || mainHit.cue === 'video') return false;
  const sides = partiesOf(main);
  // "… đóng góp … vào thành công của Hội nghị Cấp cao trực tuyến ASEAN và ASEAN+3 …" in a phone call between two leaders:
  // a grouping's online summit the call's sides spoke of, whoever the sentence names.
  if (mainHit.cue === 'phone' && groupingsMeeting(s, hit).some((c) => !sides.has(c))) return true;
  return sides.size >= 2 && [...partiesOf(s)].filter((c) => sides.has(c)).length < 2;
}

const no = (reasons: string[], negativeClass: NegativeClass | null = null): CallDetection => ({
  isCall: false,
  kind: null,
  confidence: 0,
  reasons,
  callSentence: null,
  negativeClass,
});

export function detectCall(article: Article): CallDetection {
  if (!article.isArticle) return no([article.notArticleReason ?? 'Không phải bài viết']);
  if (!looksVietnamese(`${article.title}\n${article.text.slice(0, 4000)}`)) return no(['Không phải bài tiếng Việt']);
  return decide(analyzeArticle(article));
}

/**
 * Under a headline without a call, a sapo that names one side ("Pháp chủ trì thảo luận trực tuyến cùng các đối tác …")
 * over a first paragraph that tells the same kind of call with that side and others ("Tổng thống Pháp … chủ trì hội nghị
 * trực tuyến với 20 lãnh đạo từ …"): the fuller one. (Not within one paragraph: a roundup's calls follow one another.)
 */
function fullerCall(opening: AnalyzedSentence[], sapoCall: AnalyzedSentence): AnalyzedSentence | undefined {
  const sides = partiesOf(sapoCall);
  if (sides.size > 1) return undefined;
  const cue = firstQualifying(sapoCall)!.cue;
  return opening.find((s) => {
    const hit = firstQualifying(s);
    if (s.paragraph <= sapoCall.paragraph || hit?.cue !== cue) return false;
    const parties = partiesOf(s);
    // …or a grouping's own meeting, where the sapo named no side ("… phải làm việc với nhau qua hội nghị truyền hình" over
    // "Lãnh đạo G20 đã họp trực tuyến …").
    return (parties.size >= 2 || (sides.size === 0 && groupingMeeting(s, hit))) && [...sides].every((c) => parties.has(c));
  });
}

function decide(a: ArticleAnalysis): CallDetection {
  const reasons: string[] = [];
  const title = a.sentences.find((s) => s.role === 'title');
  // Without a headline the first paragraph stands in for it, and the opening reaches one paragraph further.
  const openingParagraphs = title ? OPENING_PARAGRAPHS : OPENING_PARAGRAPHS + 1;
  let opening = a.sentences.filter((s) => s.role !== 'title' && s.paragraph <= openingParagraphs && !s.earlier).slice(0, OPENING_SENTENCES);
  // Without a headline, the first sentence of the text stands in for it, but for one that refers back to an event told
  // above it and tells no call ("Tại hội nghị, …": a copy cut mid-article): the text's news starts after it.
  if (!title && opening.length > 1 && REFERS_BACK.test(opening[0]!.text) && !firstQualifying(opening[0]!)) opening = opening.slice(1);
  const headline = title ?? opening[0];
  let confidence = 0;

  // (A copy's first sentence standing in for its headline may count calls, as a headline about calls in general does:
  // "Nhiều cuộc điện đàm của Tổng thống … trước đây …", "… đã hai lần điện đàm với …".)
  const firstInHeadline = headline ? firstQualifying(headline) : null;
  const headlineHit = firstInHeadline && (headline!.role === 'title' || !callsCounted(headline!, firstInHeadline)) ? firstInHeadline : null;
  if (headline && headlineHit) {
    confidence += WEIGHT.HEADLINE_CALL;
    reasons.push(`tiêu đề: “${headlineHit.text}”`);
  }
  const sapoCall = opening.find((s) => s !== headline && firstQualifying(s));
  const openingSentence = (!headlineHit && sapoCall && fullerCall(opening, sapoCall)) || sapoCall;
  const openingHit = openingSentence ? firstQualifying(openingSentence) : null;
  // "Tại cuộc điện đàm, hai bên khẳng định …" (a copy that starts there): the paragraph goes on about that call.
  const known = [openingSentence, headline && headline.role !== 'title' ? headline : undefined].flatMap((s) => (s && knownCallHit(s) ? paragraphOf(a, s) : []));
  const around = [...new Set([...(openingSentence ? sameCallNeighbours(a, openingSentence) : []), ...(headline && headline.role !== 'title' ? sameCallNeighbours(a, headline) : []), ...known])];
  // "Cuộc điện đàm giữa hai nhà lãnh đạo diễn ra tối 6/10" under "Thủ tướng Israel chúc mừng sinh nhật Tổng thống Nga
  // Putin"; "Tại cuộc điện đàm, Tổng thống Ai Cập nhấn mạnh …" after "Tổng thống El-Sisi và Tổng thống Joe Biden đã thảo
  // luận về …": the call the opening speaks of as known is between the officials the headline (or the line standing
  // in for it) names, when they include the call's own side.
  // So is "Hôm 30/11, Tổng thống Mỹ xác nhận cuộc gọi đã diễn ra …" under "Tổng thống Mỹ … ra tối hậu thư cho Tổng thống
  // Venezuela …": the call as a bare noun, with no one after it.
  const sidesSource =
    !headlineHit && openingSentence && openingHit && (knownCallHit(openingSentence) === openingHit || bareCallNoun(openingSentence, openingHit)) ? (title ?? (headline !== openingSentence ? headline : undefined)) : undefined;
  // A copy without a headline names the sides in the lines before its call sentence ("… nhà lãnh đạo Anh và Mỹ đã cùng nhau
  // thảo luận … . Ông Starmer trao đổi với Tổng thống Mỹ …").
  const sources = !sidesSource ? [] : title ? [title] : opening.filter((x) => x.index < openingSentence!.index);
  const sourceParties = new Set(sources.flatMap((x) => [...partiesOf(x)]));
  // (The call sentence's own sides, not those of another event it is dated by: "Cuộc điện đàm được tiến hành hai ngày sau
  // khi đặc phái viên Pháp gặp quan chức Iran …".)
  const knownSides = openingSentence && openingHit ? partiesOf(beforeOtherEvent(openingSentence, openingHit)) : new Set<string>();
  // (The headline may name one side and the call sentence the other: "Chủ tịch Đảng ANC, Tổng thống Nam Phi …" over "Chủ
  // tịch ANC … cảm ơn Tổng Bí thư Tô Lâm … cuộc điện đàm".)
  const allSides = new Set([...sourceParties, ...knownSides]);
  const headlineSides =
    !!sidesSource && knownSides.size < 2 && sources.flatMap(officials).length + knownSides.size >= 2 && allSides.size >= 2 && (sourceParties.size >= 2 ? [...knownSides].every((c) => sourceParties.has(c)) : true);
  // "X đã hội đàm với Y. Do dịch …, cuộc hội đàm được tổ chức theo hình thức trực tuyến": the sentence before reports it.
  // "2 nhà lãnh đạo có cuộc điện đàm …" over "Thủ tướng Nhật Bản … và Tổng thống Mỹ … nói chuyện qua điện thoại …": a
  // call whose sides the sentence counts, named by the sentences after it.
  const pairNamed =
    !!openingSentence && !!openingHit && countsPair(openingSentence, openingHit) && (!!retelling(a, openingSentence, openingHit) || pairNamedLater(a, openingSentence, openingHit).length >= 2);
  const reports =
    headlineSides ||
    pairNamed ||
    !!openingSentence &&
    !!openingHit &&
    (reportsCall(openingSentence, openingHit) ||
      around.some((s) => s.index < openingSentence.index && officials(s).length >= 2) ||
      meetingOfStates(openingSentence, openingHit) ||
      bridgedOnline(openingSentence, openingHit) ||
      (liveOnline(openingHit) && MANY_LEADERS_SUBJECT.test(openingSentence.text.slice(0, openingHit.start))) ||
      // A line standing in for the headline that names the call's two sides as what they did together ("Ngày 24-1, Bộ
      // trưởng … và người đồng cấp … đã thống nhất …"), over the call they did it in ("… sau khi kết thúc cuộc điện đàm
      // với ông …"): the call is the news that line sums up.
      (!!headline && headline.role !== 'title' && headline !== openingSentence && sameSidesNamed(headline, openingSentence)) ||
      // "Tại cuộc họp trực tuyến ngày 16/4, các nhà lãnh đạo … . Cuộc họp do Mỹ chủ trì với sự tham gia của lãnh đạo Anh,
      // Canada, …": an online meeting whose next sentence lists the countries' leaders who took part.
      // …or names its co-chairs ("Hội nghị do Thủ tướng … và Tổng thống Hàn Quốc … đồng chủ trì").
      (openingHit.cue === 'video' && around.some((s) => s.index > openingSentence.index && (leadersListed(s).length >= 2 || officials(s).length >= 2))));
  const callDone = reports && !openingHit!.planned && new Set([...partiesOf(openingSentence!), ...around.flatMap((s) => [...partiesOf(s)])]).size >= 2;
  // A headline with no call, no call phrase of any kind and no near miss's words leaves the decision to
  // the opening, when the opening reports the call as its news.
  // A line opened with a call the opening reports ("Bộ trưởng Quốc phòng … điện đàm với … nhân dịp … thiết lập đường
  // dây liên lạc trực tiếp"): the call is the news, the line its occasion.
  const lineOpenedByCall = (c: NegativeClass) => c === 'hotline' && callDone && !!openingHit && openingHit.strength >= 1 && openingHit.cue === 'phone';
  // A grouping's own online meeting in the opening ("các nhà lãnh đạo thành viên khối SCO họp trực tuyến ngay tối đó") is
  // no domestic one, whatever the headline says of the country ("… trên toàn quốc").
  const groupingOpening = !!openingSentence && !!openingHit && openingHit.cue === 'video' && groupingMeeting(openingSentence, openingHit);
  const silent = !!headline && headline.hits.length === 0 && negativeClasses(headline, openingHit?.cue === 'video', callDone).filter((c) => !lineOpenedByCall(c) && !(c === 'domestic-online' && groupingOpening)).length === 0;
  // A copy without its headline whose address spells a call ("…-ong-trump-goi-dien-cho-campuchia-va-thai-lan-…"): the
  // address is the headline, and the line standing in for it (a signing the call followed) is not.
  const addressHeadline = !title && addressSpellsCall(a);
  // …and its opening's call between two of the countries that address names ("“Ngày mai, tôi sẽ có một cuộc điện đàm”, ông
  // Trump nói, … với các nhà lãnh đạo Thái Lan và Campuchia" under "…-tong-thong-my-noi-se-dien-dam-voi-lanh-dao-campuchia-
  // thai-lan-…") is the news that address tells, however the sentence puts it.
  const addressTellsIt = (): boolean => {
    if (!addressHeadline || !openingSentence || !openingHit) return false;
    const named = addressCountries(a);
    const speaker = quoteSpeaker(a, openingSentence, openingHit)?.m;
    const sides = new Set([...partiesOf(openingSentence), ...(speaker && countryOf(speaker) ? [countryOf(speaker)!] : [])]);
    return [...sides].filter((c) => named.has(c)).length >= 2;
  };
  if (openingHit) {
    confidence += !headlineHit && ((silent && reports) || addressTellsIt()) ? WEIGHT.OPENING_CALL_SILENT_HEADLINE : WEIGHT.OPENING_CALL;
    reasons.push(`mở đầu: “${openingHit.text}”`);
  }
  const main = headlineHit ? headline! : openingSentence;
  const mainHit = headlineHit ?? openingHit;
  if (!main || !mainHit) {
    // (A copy whose address is its headline: the line standing in for it, about who attended, rules nothing out.)
    const attended = addressHeadline ? meetingInAddress(a) : null;
    if (attended) return attended;
    const negative = headline ? negativeClasses(headline)[0] ?? null : null;
    if (!negative) {
      const referred = callSpokenOf(a, title ?? null, opening) ?? callToldLater(a) ?? callInAddress(a);
      if (referred) return referred;
    }
    if (negative === 'in-person') {
      const online = conferenceHeldOnline(a, headline!);
      if (online) return online;
    }
    if (headline && (!negative || negative === 'in-person')) {
      const shown = meetingOnlineByCaption(a, headline);
      if (shown) return shown;
    }
    return no([...reasons, negative ? `tiêu đề thuộc loại ${negative}` : 'Không có cuộc gọi nào ở tiêu đề hay phần mở đầu'], negative);
  }

  // Parties: the headline's and the opening call sentence's, and those of the sentences right around the
  // opening's that go on about the same call ("… hội đàm với … . Do dịch COVID-19, cuộc hội đàm được tổ chức
  // theo hình thức trực tuyến"; "Cuộc họp … với sự tham gia của Tổng thống Ukraine …, Tổng thống Pháp …").
  const parties = new Set([...partiesOf(main), ...(openingSentence && openingSentence !== main ? partiesOf(openingSentence) : []), ...around.flatMap((s) => [...partiesOf(s), ...leadersListed(s)])]);
  const speaker = quoteSpeaker(a, main, mainHit)?.m;
  const speakerCountry = speaker ? countryOf(speaker) : null;
  if (speakerCountry) parties.add(speakerCountry);
  if (headlineSides) for (const c of allSides) parties.add(c);
  // "hai nhà lãnh đạo đã điện đàm": the sides the next sentences name.
  const namedLater = parties.size < 2 ? pairNamedLater(a, main, mainHit) : [];
  for (const { m } of namedLater) parties.add(countryOf(m)!);
  // A copy without its headline, whose address spells a call ("…-tong-thong-nga-putin-va-tong-thong-my-trump-tien-hanh-
  // dien-dam-…") over "Cuộc đàm thoại dài đã diễn ra vào thứ Hai …", when nothing else names them: the sides the address
  // names, as the text names them too.
  // So does one whose first call is a bare noun, done or to come, that names no side ("Theo hãng tin …, cuộc điện đàm sẽ diễn
  // ra vào tối 18-3 …" from "…-tong-thong-my-noi-gi-voi-chu-tich-trung-quoc"): the address names the two it is between.
  const addressSides = (addressHeadline || (!title && bareCallNoun(main, mainHit, true))) && parties.size < 2 ? addressCountries(a) : new Set<string>();
  addressSides.forEach((c) => parties.add(c));
  // "Trong cuộc điện đàm Bộ trưởng Hegseth nhấn mạnh … . … cho biết ông Hegseth và ông Đổng Quân đã có cuộc điện đàm":
  // a side the call's sentence leaves out, from the next sentence that tells the same call with both sides.
  const retold = parties.size < 2 ? retelling(a, main, mainHit) : null;
  if (retold) for (const c of partiesOf(retold)) parties.add(c);
  // A copy that starts mid-article with the call spoken of as known ("Cuộc điện đàm diễn ra một ngày sau …") and names its
  // sides only under its first photo ("Thủ tướng Anh Cameron (trái) và Tổng thống Mỹ Obama. Ảnh: Telegraph.").
  // So does one that names the call as a bare noun ("… cuộc gọi do Tổng thống Pháp khởi xướng …").
  const pictured = parties.size < 2 && !title && (knownCallHit(main) === mainHit || bareCallNoun(main, mainHit)) ? captionPair(a) : [];
  for (const { m } of pictured) parties.add(countryOf(m)!);
  if (!headlineHit && headline && openingSentence) {
    // The headline names the countries by any name: "Moskva và Washington trước thềm …".
    const named = placesNamed(headline);
    // Only for an opening that reports the call as news: "Cuộc điện thoại giữa Tổng thống Mỹ … và người đồng cấp
    // Ukraine … là không phù hợp, một trợ lý nói" under "Luận tội ông Trump: …" cites the call inside another story.
    if (reports && [...partiesOf(openingSentence)].some((c) => named.has(c))) {
      confidence += WEIGHT.HEADLINE_NAMES_PARTIES;
      reasons.push('tiêu đề nêu các bên');
      // "… hội đàm trực tuyến với đồng chí Chủ tịch Đảng … cầm quyền Brasill, …" under "… hội đàm với lãnh đạo Đảng Lao
      // động Brazil": the call's counterpart whose own chain gives no country is of the country the headline names.
      const counterpartWithout = officials(openingSentence).some((p) => p.start > openingHit!.end && !countryOf(p) && (p.qualified || !(p.title && !p.name && vietnameseOffices.has(p.title.id))));
      if (parties.size < 2 && counterpartWithout) for (const c of named) parties.add(c);
      // A country the call's sentence names by place, as the headline does, is its other side ("… yêu cầu Bắc Kinh …"
      // under "Trung Quốc kêu gọi …").
      if (parties.size < 2) for (const c of placesAlsoInHeadline(headline, openingSentence)) parties.add(c);
    }
  }
  // Officials on two sides; or two countries named as the sides of a call ("Mỹ, Trung Quốc điện đàm …");
  // or a grouping's own online meeting ("Hội nghị Cấp cao ASEAN trực tuyến"), whose members are the sides.
  const callSentences = openingSentence && openingHit ? [[main, mainHit] as const, [openingSentence, openingHit] as const] : [[main, mainHit] as const];
  // …or an online meeting whose sides are counted rather than named ("Thủ tướng Canada … chủ trì cuộc họp trực tuyến của 18
  // quốc gia"; "Tham dự có lãnh đạo gần 20 nước").
  const online = callSentences.some(([, h]) => h.cue === 'video');
  // "… tham dự … Hội nghị thượng đỉnh trực tuyến về biến đổi khí hậu do Mỹ khởi xướng": the country that chairs or called an
  // online meeting is a side of it.
  if (online) for (const [s] of callSentences) for (const c of [...chairCountries(s), ...bridgeSides(s)]) parties.add(c);
  for (const [s, h] of callSentences) for (const c of subjectGroupings(s, h)) parties.add(c);
  // (With an official at it: a trade fair "với sự tham gia của doanh nghiệp đến từ 12 quốc gia" counts firms, not sides.)
  const meetingSentences = online ? [...callSentences.map(([s]) => s), ...around, ...(openingSentence ? attendanceOf(a, openingSentence) : [])] : [];
  // (The official may chair it further on in the same paragraph: "… Thứ trưởng Bộ Quốc phòng chủ trì hội nghị.")
  const counted = meetingSentences.some(countriesAttend) || (meetingSentences.some(countsSides) && [...meetingSentences, ...paragraphOf(a, main)].some((s) => officials(s).length > 0));
  const grouping = counted || callSentences.some(([s, h]) => meetingOfStates(s, h) || (liveOnline(h) && manyLeadersMeet(s, h)));
  if (parties.size >= 2 || grouping) {
    confidence += WEIGHT.TWO_PARTIES;
    if (online && parties.size >= MANY_SIDES) confidence += WEIGHT.MANY_SIDES_ONLINE;
    const named = [...(parties.size ? parties : new Set(callSentences.flatMap(([s, h]) => groupingsMeeting(s, h))))];
    reasons.push(`các bên: ${named.length ? named.join(', ') : 'lãnh đạo nhiều nước'}`);
  }
  const more = a.sentences.filter((s) => s !== main && s !== openingSentence && !s.earlier && s.hits.some((h) => qualifies(h, s))).length;
  confidence += Math.min(WEIGHT.BODY_CALL_MAX, more * WEIGHT.BODY_CALL);

  // Near misses.
  let negativeClass: NegativeClass | null = null;
  if (headline && !headlineHit && headline.hits.some((h) => h.negated)) {
    // "Điện Kremlin bác bỏ thông tin … điện đàm", "chưa có kế hoạch điện đàm": the article is about a call that is not.
    negativeClass = 'denied';
    confidence += WEIGHT.NEGATIVE_HEADLINE;
    reasons.push('tiêu đề phủ nhận cuộc gọi');
  }
  // "Tổng thống Ukraine tiết lộ về cuộc gọi cho Tổng thống Putin" over "… đã cố gắng gọi điện cho Tổng thống Putin nhưng
  // không nhận được phản hồi": the call the headline names is the one the opening says did not get through.
  const namedInHeadline = headline && headlineHit ? partiesOf(headline) : new Set<string>();
  const failed = opening.slice(0, 2).find((s) => s !== headline && s.hits.some((h) => h.failed && !h.earlier) && !s.hits.some((h) => !h.negated && !h.earlier && h.strength >= 0.6));
  if (!negativeClass && failed && namedInHeadline.size > 0 && [...namedInHeadline].some((c) => partiesOf(failed).has(c) || placesNamed(failed).has(c))) {
    negativeClass = 'denied';
    confidence += WEIGHT.NEGATIVE_HEADLINE;
    reasons.push('mở đầu nói cuộc gọi không thành');
  }
  const callsInGeneral = !!headline && !headlineHit && headline.hits.length > 0 && headline.hits.every((h) => (headline.role === 'title' ? plural : callsCounted)(headline, h));
  if (callsInGeneral) {
    // "Bí mật đằng sau các cuộc điện đàm của Tổng thống Mỹ": the article is about calls in general, the one its
    // opening tells is an example.
    confidence += WEIGHT.NEGATIVE_HEADLINE;
    reasons.push('tiêu đề nói về các cuộc gọi nói chung');
  }
  if (headline) {
    // The headline's meeting word may stand for the call the opening tells: an online meeting, or a phone call between
    // the very sides the headline names ("Điện Kremlin xác nhận cuộc hội đàm của hai ông Putin-Trump …" over "… cuộc điện
    // đàm sắp tới giữa Tổng thống Nga Vladimir Putin và Tổng thống Hoa Kỳ Donald Trump").
    const headlineParties = partiesOf(headline);
    // Only when the call is the opening's first news: a visit's report may recall a call in its next sentence.
    const sameSides = !!openingSentence && openingSentence === opening[0] && headlineParties.size >= 2 && [...headlineParties].every((c) => partiesOf(openingSentence).has(c));
    // …and only when the opening reports that call as its news: "Ngoại trưởng … đã hội đàm với … tại Tokyo …, cuộc hội đàm
    // diễn ra sau khi Tổng thống … điện đàm với …" tells a meeting and recalls a call.
    const meetingIsTheCall = !headlineHit && !!openingHit && (openingHit.cue === 'video' || (openingHit.cue === 'phone' && openingHit.strength >= 1 && sameSides && reports && !datesTheNews(openingSentence!, openingHit)));
    const preparation = !headlineHit && hostPreparation().findAll(headline.text, headline.tokens).length > 0;
    const classes: NegativeClass[] = [...negativeClasses(headline, meetingIsTheCall, !headlineHit && callDone), ...(preparation ? (['domestic-online'] as const) : [])];
    // "Hàn Quốc và Triều Tiên đã điện đàm hằng ngày … thông qua văn phòng liên lạc và các đường dây nóng": routine calls
    // over a line between two countries are the line's news, however plainly the two are named.
    const routine = !!headlineHit && ROUTINE_CALL.test(headline.text.slice(headlineHit.end, headlineHit.end + ROUTINE_CHARS));
    const strongDiplomatic = !!headlineHit && headlineHit.strength >= 1 && partiesOf(headline).size >= 2 && !routine;
    // A call only being arranged ("nối lại liên lạc") in a headline about a meeting or a message is that meeting's news.
    // A leader's call about a match is still a call between leaders ("Putin gọi điện chúc mừng người đồng cấp Macron
    // sau khi đội tuyển Pháp vô địch"): sports words rule out only calls that are not plainly between two countries.
    const sportsCall = !!headlineHit && headlineHit.strength >= 0.8 && partiesOf(headline).size >= 2;
    // A province's or a body's online meeting with a foreign one ("Bí thư Tỉnh ủy … và Bí thư Khu ủy Quảng Tây (Trung
    // Quốc)") is not domestic: its words in the headline rule only a meeting whose sides are of one country.
    // So is a grouping's own (see groupingOpening).
    const domestic = (c: NegativeClass) => c === 'domestic-online' && (parties.size >= 2 || groupingOpening) && !!openingHit && openingHit.cue === 'video' && !preparation;
    // "Thủ tướng Hun Manet gửi thư cảm ơn Thủ tướng … sau cuộc điện đàm": a call the headline puts before its news.
    // …but remarks made after it ("Phát biểu sau cuộc điện đàm với …") tell what the call brought: the call is the news.
    const remarksOnly = () => {
      const inPerson = negativeMatches(headline).filter((m) => m.values.includes('in-person'));
      return inPerson.length > 0 && inPerson.every((m) => remarksWords.has(matchKey(headline.text.slice(m.start, m.end))));
    };
    // (Nor remarks framed as made right after it, whatever meeting they speak of: "Phát biểu với báo giới sau cuộc điện đàm
    // với Tổng thống Mỹ …, ông Abe nhấn mạnh … cần phải gặp trực tiếp nhà lãnh đạo Triều Tiên".)
    const remarksAfter = !!headlineHit && !headlineHit.planned && REMARKS_AFTER_FRAME.test(headline.text.slice(0, headlineHit.start));
    const callBefore = !!headlineHit && CALL_BEFORE_THE_NEWS.test(headline.text.slice(0, headlineHit.start)) && !remarksOnly() && !remarksAfter;
    const ruling = classes.find((c) => !domestic(c) && !lineOpenedByCall(c) && (c === 'telegram' || c === 'in-person' ? !headlineHit || headlineHit.cue === 'contact' || callBefore : c === 'sports' ? !sportsCall : !strongDiplomatic));
    if (ruling && !negativeClass && !addressHeadline) {
      negativeClass = ruling;
      confidence += WEIGHT.NEGATIVE_HEADLINE;
      reasons.push(`tiêu đề thuộc loại ${ruling}`);
    }
    // "Nhà Trắng công bố biên bản cuộc gọi …", "Lộ đoạn ghi âm cuộc điện thoại …": a call's record, published or leaked, is
    // the news, as a tapped call is (telecom), however plainly the call was between two leaders.
    if (!negativeClass && headlineHit && (CALL_RECORD_BEFORE.test(headline.text.slice(0, headlineHit.start)) || CALL_LEAKED_AFTER.test(headline.text.slice(headlineHit.end)))) {
      negativeClass = 'telecom';
      confidence += WEIGHT.NEGATIVE_HEADLINE;
      reasons.push('tiêu đề nói về bản ghi của cuộc gọi');
    }
    if (!negativeClass && headlineHit && CALL_CONSEQUENCE_BEFORE.test(headline.text.slice(0, headlineHit.start))) {
      negativeClass = 'telecom';
      confidence += WEIGHT.NEGATIVE_HEADLINE;
      reasons.push('tiêu đề nói về hậu quả của cuộc gọi');
    }
  }
  // "Đại sứ Mỹ: Tổng Bí thư … là lãnh đạo đầu tiên Tổng thống Trump điện đàm …" over "Ngày 6/4, … Phó Thủ tướng … đã tiếp
  // Đại sứ Mỹ …": the headline quotes what was said of the call at a meeting the opening reports as its news.
  const quoted = !!headlineHit && headline?.role === 'title' && SPEAKER_HEADLINE.test(headline.text.slice(0, headlineHit.start));
  const firstNews = opening[0];
  if (!negativeClass && quoted && firstNews && firstNews.hits.length === 0 && negativeClasses(firstNews).includes('in-person') && officials(firstNews).length > 0) {
    negativeClass = 'in-person';
    confidence += WEIGHT.NEGATIVE_HEADLINE;
    reasons.push('tiêu đề trích lời nói tại cuộc gặp mà phần mở đầu đưa tin');
  }
  // "Đài Loan hài lòng về cách ông Trump đề cập cuộc điện đàm với ông Tập", "… : Ukraine lo ngại …": a third country's
  // reaction to the call is the headline's news, the call its background.
  if (headline?.role === 'title' && headlineHit) {
    const reaction = REACTION.exec(headline.text);
    // Its subject: the country named right before the verb, not an official's ("Tổng thống Pháp hoan nghênh …").
    const subject = reaction ? headline.entities.filter((e) => e.end <= reaction.index).pop() : undefined;
    const code = subject?.refs.find((r) => r.type === 'country' && (r.via === 'name' || r.via === 'capital')) as { code: string } | undefined;
    // (The call's sides are the headline's when it names both: the opening may quote the reacting side's own leader.)
    const named = partiesOf(headline);
    const sides = named.size >= 2 ? named : new Set([...named, ...(openingSentence ? partiesOf(openingSentence) : [])]);
    // …when the opening goes on with the reaction, not with the call ("Tổng thống đắc cử … đã nhận cuộc gọi …" under
    // "Trung Quốc phản ứng sau cuộc điện đàm …" reports the call).
    // …or with the reacting side's own leader as its subject ("Thủ tướng Nhật Bản … khẳng định …" under "Nhật Bản phản ứng
    // về cuộc điện đàm Mỹ - Trung").
    const first = opening[0];
    const speaker = first ? officials(first).sort((x, y) => x.start - y.start)[0] : undefined;
    const firstCall = first ? firstQualifying(first) : null;
    // …or with the reacting country itself as its subject ("Trung Quốc kêu gọi Mỹ …" under "Trung Quốc lên tiếng về cuộc gọi …").
    const firstPlace = first?.entities[0];
    const sameSubject = !!firstPlace && !!code && firstPlace.start <= SUBJECT_START_CHARS && firstPlace.refs.some((r) => r.type === 'country' && r.code === code.code) && (!firstCall || firstPlace.start < firstCall.start);
    const goesOn = !!first && (REACTION.test(first.text) || sameSubject || (!!speaker && !!code && countryOf(speaker) === code.code && (!firstCall || speaker.start < firstCall.start)));
    if (reaction && subject && code && goesOn && !sides.has(code.code) && !headline.people.some((p) => p.end > subject.start && p.start < reaction.index)) {
      confidence += WEIGHT.NEGATIVE_HEADLINE;
      reasons.push('tiêu đề nói về phản ứng của bên thứ ba với cuộc gọi');
    }
  }
  const textClasses = a.sentences.flatMap((s) => negativeClasses(s)).filter((c) => c === 'scam' || c === 'telecom');
  if (textClasses.length >= NEGATIVE_TEXT_DENSITY && productWords(a) >= NEGATIVE_TEXT_KINDS) {
    negativeClass ??= textClasses[0]!;
    confidence += WEIGHT.NEGATIVE_TEXT;
    reasons.push(`nội dung thuộc loại ${textClasses[0]}`);
  }
  // A story about a letter that recalls a call once ("Sau khi … trúng cử, Chủ tịch nước … đã gọi điện chúc mừng. …
  // Tổng thống … đã gửi thư cho …"): the opening's other sentences are about the letter, none about the call.
  if (!(headline?.role === 'title' && headlineHit)) {
    const others = opening.filter((s) => s !== main);
    const aboutLetter = others.filter((s) => negativeClasses(s).includes('telegram')).length;
    if (aboutLetter >= LETTER_SENTENCES && !others.some((s) => s.hits.some((h) => !h.earlier && !h.negated && h.strength >= 0.6))) {
      negativeClass ??= 'telegram';
      confidence += WEIGHT.NEGATIVE_HEADLINE;
      reasons.push('mở đầu nói về thư, cuộc gọi chỉ được nhắc lại');
    }
  }
  if (negativeClasses(main).includes('domestic-online') && parties.size < 2) {
    negativeClass ??= 'domestic-online';
    confidence += WEIGHT.NEGATIVE_HEADLINE;
    reasons.push('cuộc họp trong nước');
  }

  confidence = Math.max(0, Math.min(1, confidence));
  const diplomatic =
    (parties.size >= 2 &&
      (officials(main).length > 0 ||
        // "Tại cuộc điện đàm, ông Nguyễn Trọng Nghĩa nhấn mạnh …" under a caption "Trưởng Ban Tuyên giáo Trung ương Nguyễn Trọng
        // Nghĩa tại buổi điện đàm": a name the text gives an office elsewhere is that official.
        main.people.some((p) => !p.title && !!titledNamesake(a, p)) ||
        (!!openingSentence && officials(openingSentence).length > 0) ||
        around.some((s) => officials(s).length > 0) ||
        namedLater.length > 0 ||
        // "Cuộc họp do Mỹ chủ trì với sự tham gia của lãnh đạo Anh, Canada, …" after "Tại cuộc họp trực tuyến …".
        around.some((s) => leadersListed(s).length >= 2) ||
        pictured.length > 0 ||
        headlineSides ||
        addressSides.size >= 2 ||
        // (A presidency that tells of its own call speaks for its leader: "Điện Kremlin cho hay cuộc điện đàm …".)
        seatTelling(main).length > 0 ||
        !!retold ||
        callSentences.some(([s, h]) => bridgedOnline(s, h)) ||
        callSentences.some(([s, h]) => sidesOf(s, h).length >= 2 || bodySidesOf(s, h).length >= 2 || (h.strength >= 1 && leadersListed(s).length >= 2)) ||
        institutionsBetween(main).length >= 2)) ||
    grouping ||
    // A world summit held online ("Hội nghị Thượng đỉnh đại dương thế giới … bằng hình thức trực tuyến") has the world's
    // countries as its sides, however few the text names: one is enough.
    (mainHit.cue === 'video' && parties.size >= 1 && worldMeeting(main, mainHit)) ||
    // "… hội nghị thượng đỉnh trực tuyến về khí hậu do Tổng thống Joe Biden khởi xướng" and, in the opening, "… gửi lời mời
    // tham dự hội nghị đến 39 nguyên thủ quốc gia khác": an online meeting of many countries' leaders, one of them named.
    (mainHit.cue === 'video' && parties.size >= 1 && [main, ...opening].some((s) => countedSides(s).some((c) => c.n >= MANY_SIDES))) ||
    // "… sẽ tham gia cuộc họp trực tuyến với các nhà lãnh đạo châu Á …", "… điện đàm với các nhà lãnh đạo châu Âu": a call whose
    // other side is a region's or the world's leaders, however few of them the text names.
    (parties.size >= 1 && callSentences.some(([s, h]) => h.strength >= 0.8 && h.cue !== 'contact' && manyLeadersMeet(s, h)));
  if (!diplomatic) reasons.push('không đủ hai bên ngoại giao');
  const isCall = confidence >= CALL_THRESHOLD && diplomatic;
  // An opening that tells a call too weakly for the news (the call in a quote, "sau cuộc điện đàm với …, Tổng thống …
  // cho biết …") under a headline with neither a call nor a near miss's words: the call as told further down, if it is.
  // (Not under a headline about calls in general: the address that names calls names them too.)
  if (!isCall && !headlineHit && !negativeClass && !callsInGeneral && !(headline && negativeClasses(headline).length)) {
    const later = callToldLater(a) ?? callInAddress(a);
    if (later) return later;
  }
  // (The opening's online meeting says how the headline's call was held only when it is that call: its sentence names
  // two of the call's sides. A thank-you for an ASEAN summit held online weeks before, under "… điện đàm với Thủ tướng
  // Singapore", is another meeting.)
  const another = !!openingSentence && !!openingHit && openingSentence !== main && anotherMeeting(main, mainHit, openingSentence, openingHit);
  let kind = isCall ? kindOf(mainHit, [headlineHit, another ? null : openingHit]) : null;
  // "Cuộc gặp trực tuyến giữa … được dự đoán sẽ …": a call named at the head of its sentence, still to come.
  if (kind && kind !== 'planned' && !headlineHit && openingSentence && openingHit && nominalPlanned(openingSentence, openingHit)) kind = 'planned';
  // "Tân Hoa Xã đưa tin, cuộc điện đàm trực tuyến giữa 2 bộ trưởng …", a caption's "… điện đàm trực tuyến với …": a call
  // the opening tells as a call, which the text further down or a photo shows was by video.
  if (kind === 'phone' && videoLater(a)) kind = 'video';
  return {
    isCall,
    kind,
    confidence: Math.round(confidence * 100) / 100,
    reasons,
    callSentence: main.text,
    negativeClass: isCall ? null : negativeClass,
  };
}
