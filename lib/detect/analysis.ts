import type { Article } from '../extract/types';
import { findPeople, type PersonMention } from '../gazetteer/people';
import { VIETNAMESE_OFFICE_TITLES } from '../gazetteer/data/titles';
import { scanEntities, type EntityMatch, type EntityRef } from '../gazetteer/entities';
import { PhraseIndex, splitSentences, tokenize, phraseSet, type Token } from '../text';
import { findCallHits, meetingHitByReference, type CallHit } from './call-phrases';
import { EARLIER_AFTER, EARLIER_BEFORE, EARLIER_JUST_BEFORE, EARLIER_NEAR_WINDOW, HELD_ONLINE_BY_REFERENCE, ATTENDED_ONLINE_BY_REFERENCE } from './vocabulary';

/**
 * One pass over an article's sentences that detection and summary share: words, call phrases,
 * gazetteer entities and people of each sentence. Built once per article (cached), only after
 * the cheap gate has let the page through.
 */

export type SentenceRole = 'title' | 'lead' | 'body';

export interface AnalyzedSentence {
  text: string;
  role: SentenceRole;
  /** Order in the article (title first). */
  index: number;
  /** 0 for the title, 1 for the lead, 2… for body paragraphs. */
  paragraph: number;
  tokens: Token[];
  hits: CallHit[];
  entities: EntityMatch[];
  people: PersonMention[];
  /** Has a word that points to the past ("Trước đó", "hồi", "lần trước"). */
  pastMarker: boolean;
  /** Every call phrase of the sentence is an earlier call's ("Trước đó, ngày 28 và 31/1, … điện đàm"). */
  earlier: boolean;
}

export interface ArticleAnalysis {
  article: Article;
  sentences: AnalyzedSentence[];
  /** People named in photo captions: used only to put names to roles, never for dates or facts. */
  captionPeople: PersonMention[];
}

/** Another mention, in a sentence or a photo's caption, that gives the very name `m` has an office: "Trưởng Ban Tuyên giáo
 *  Trung ương Nguyễn Trọng Nghĩa" under the photo for "ông Nguyễn Trọng Nghĩa" on the call. */
export function titledNamesake(a: ArticleAnalysis, m: PersonMention): PersonMention | undefined {
  if (!m.name) return undefined;
  const same = (q: PersonMention) => q !== m && !!q.title && q.name === m.name;
  for (const s of a.sentences) for (const q of s.people) if (same(q)) return q;
  return a.captionPeople.find(same);
}

let earlierTables: { before: PhraseIndex<string>; justBefore: PhraseIndex<string>; after: PhraseIndex<string> } | null = null;

/** A date right after word `at`: "hôm 4/4", "ngày 12-2", "(3/2)". */
const DATE_SOON = /^[\s,(]*(?:(?:hôm|ngày|vào|hồi|sáng|chiều|tối|trưa|đêm)\s+)?(?:\d{1,2}\s*[/.\-]\s*\d{1,2}|tháng\s+\d)/iu;

/** What joins two calls spoken of together: "… và các phiên …", ", cùng những cuộc …". */
const JOINED_CALL = /^[^,;.]{0,30}?(?:,\s*)?(?:và|cùng|hoặc)\s+(?:(?:các|những|một\s+số|nhiều)\s+)?(?:(?:phiên|cuộc|lần|buổi)\s+)?$/iu;

/** Words that recount a call right before its phrase: "kể về cuộc điện thoại", "nhớ lại cuộc gọi". */
const RECOUNTED_BEFORE = /(?<![\p{L}])(?:kể\s+(?:về|lại)|nhớ\s+lại|hồi\s+tưởng(?:\s+về)?)\s+(?:(?:một|các|những)\s+)?(?:(?:cuộc|lần)\s+)?$/iu;

/** "… đầu tiên vào/hôm/ngày …" after a call phrase: a first call, which the sentence may be reporting (HELD_BEFORE). */
const FIRST_AFTER = /^đầu\s+tiên/iu;
/** A call phrase as what its subject held: "Thủ tướng … và Tổng thống … đã có cuộc điện đàm đầu tiên vào sáng 9/6" reports
 *  the first call, where "sau cuộc điện đàm đầu tiên hôm 28/1" recalls it. */
const HELD_BEFORE = /(?<![\p{L}])(?:đã|vừa|mới)\s+(?:có|tiến\s+hành|thực\s+hiện|tổ\s+chức)\s+(?:(?:một|các)\s+)?(?:cuộc\s+)?$/iu;

/** A year in the date that follows: "… đã tổ chức hội nghị trực tuyến đầu tiên ngày 12/3/2021" is background all the same. */
const YEAR_SOON = /^[^.;]*?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|^[^.;]*?năm\s+\d{4}/u;

/** Days counted back between a call phrase and "trước đó": " một ngày ", " 2 ngày ". */
const DAYS_BACK = /^\s*(?:\d{1,2}|một|hai|ba)\s+ngày\s+$/iu;

/** After "trước đó": the same day ("Trước đó cùng ngày", "trước đó trong ngày"). */
const SAME_DAY_AFTER = /^\s*(?:cùng|trong)\s+ngày(?![\p{L}])/iu;

/** Before "trước đó": an announcement or plan that came earlier, not the call ("Theo lịch trình công bố trước đó, chiều nay
 *  …", "như Nhà Trắng đã thông báo trước đó", "theo kế hoạch trước đó"): the call it announced is this one. */
const ANNOUNCED_BEFORE = /(?<![\p{L}])(?:thông\s+báo|tuyên\s+bố|công\s+bố|loan\s+báo|đưa\s+tin|dự\s+kiến|kế\s+hoạch|lịch\s+trình|cam\s+kết|hứa)\s+$/iu;

/** Mark each call phrase that reports an earlier call; returns whether the sentence has a past marker. */
function markEarlier(text: string, tokens: Token[], hits: CallHit[]): boolean {
  earlierTables ??= { before: phraseSet(EARLIER_BEFORE), justBefore: phraseSet(EARLIER_JUST_BEFORE), after: phraseSet(EARLIER_AFTER) };
  // (Not "Trước đó cùng ngày, …": earlier the same day is the news's own day, and a copy that opens on what was said after a
  // call tells the call so.)
  const before = earlierTables.before.findAll(text, tokens).filter((m) => !SAME_DAY_AFTER.test(text.slice(m.end)) && !ANNOUNCED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)));
  for (const h of hits) {
    if (before.some((m) => m.from <= h.from)) {
      h.earlier = true;
      continue;
    }
    const nearBefore = earlierTables.justBefore.findAll(text, tokens).some((m) => m.to <= h.from && h.from - m.to <= 1);
    if (nearBefore && DATE_SOON.test(text.slice(h.end))) {
      h.earlier = true;
      h.earlierByDate = true;
      continue;
    }
    // "… khi kể về cuộc điện thoại với ông Macron": a call recounted is an earlier one.
    const lead = text.slice(Math.max(0, h.start - 40), h.start);
    const recount = RECOUNTED_BEFORE.exec(lead);
    // (Not a telling still to come: "ông Trump sẽ tự kể về cuộc gọi với ông Tập" is about this call.)
    if (recount && !/(?:sẽ|sắp)\s+(?:tự\s+)?$/iu.test(lead.slice(0, recount.index))) {
      h.earlier = true;
      h.recounted = true;
      continue;
    }
    // "dự kiến tiến hành cuộc điện đàm đầu tiên vào ngày 28/1 tới": a first call still to come is this one.
    if (h.planned) continue;
    // (Not "cuộc điện đàm một ngày trước đó với …" after "Tờ … ngày 10/9 đưa tin, …": a day counted back from the report
    // dates this call.)
    if (earlierTables.after.findAll(text, tokens).some((m) => m.from >= h.to && m.from - h.to <= EARLIER_NEAR_WINDOW && !DAYS_BACK.test(text.slice(h.end, m.start)) && !(FIRST_AFTER.test(text.slice(m.start, m.end)) && HELD_BEFORE.test(lead) && !YEAR_SOON.test(text.slice(m.end, m.end + 30))))) h.earlier = true;
  }
  // "sau cuộc điện đàm tối 10/4 và các phiên trao đổi trực tuyến": a call joined to an earlier one is earlier too.
  hits.forEach((h, i) => {
    const before = hits[i - 1];
    if (before?.earlier && !h.earlier && JOINED_CALL.test(text.slice(before.end, h.start))) h.earlier = true;
  });
  return before.length > 0;
}

/**
 * A meeting's short name the text itself defines: "Hội nghị Bộ trưởng ASEAN về an ninh mạng lần thứ 3 (ADGMIN 3)",
 * "Hội nghị … ASEAN mở rộng (ADSOM+)". The press names such a meeting in full once and by its letters after that
 * ("Hội nghị ADGMIN 3 sẽ họp … theo hình thức trực tuyến"); the letters then
 * stand for the one grouping or country the full name holds. Only a meeting's or a forum's name defines one: an agency's
 * letters ("Thông tấn xã Việt Nam (TTXVN)") would make its reporters a country's side.
 */
const ACRONYM_DEFINED = /\(\s*(\p{Lu}[\p{Lu}\d]{1,9}\+?)(?:\s*\d{1,3})?\s*\)/gu;
/** How far back from the bracket the full name may start, in characters. */
const ACRONYM_NAME_CHARS = 160;
/** The head of a meeting's or forum's name, which the full name must start with. */
const MEETING_NAME_HEAD = /(?<![\p{L}])(?:hội\s+nghị|diễn\s+đàn|cuộc\s+họp|phiên\s+họp|đối\s+thoại|cơ\s+chế|hội\s+đàm)(?![\p{L}])/iu;
const NO_ACRONYMS: ReadonlyMap<string, EntityRef> = new Map();

/** The short names `s` defines, each with the one grouping (or else the one country) of its full name. */
function acronymsDefined(s: { text: string; entities: EntityMatch[] }): Array<[string, EntityRef]> {
  const out: Array<[string, EntityRef]> = [];
  ACRONYM_DEFINED.lastIndex = 0;
  for (let m = ACRONYM_DEFINED.exec(s.text); m; m = ACRONYM_DEFINED.exec(s.text)) {
    if (scanEntities(m[1]!).length) continue; // a name the gazetteer knows already
    // The full name: back to the head of the meeting's name, within the clause (no full stop, bracket or semicolon).
    const before = s.text.slice(Math.max(0, m.index - ACRONYM_NAME_CHARS), m.index);
    const clause = before.slice(Math.max(...['.', ';', '(', ')', ':'].map((c) => before.lastIndexOf(c))) + 1);
    let head = -1;
    for (let h = MEETING_NAME_HEAD.exec(clause), from = 0; h; from += h.index + h[0].length, h = MEETING_NAME_HEAD.exec(clause.slice(from))) head = from + h.index;
    if (head < 0) continue;
    const nameStart = m.index - clause.length + head;
    const inName = s.entities.filter((e) => e.start >= nameStart && e.end <= m!.index);
    const bodies = new Set(inName.flatMap((e) => e.refs.filter((r) => r.type === 'body').map((r) => (r as { code: string }).code)));
    const countries = new Set(inName.flatMap((e) => e.refs.filter((r) => r.type === 'country').map((r) => (r as { code: string }).code)));
    const ref: EntityRef | null =
      bodies.size === 1 ? { type: 'body', code: [...bodies][0]! } : bodies.size === 0 && countries.size === 1 ? { type: 'country', code: [...countries][0]!, via: 'name' } : null;
    if (ref) out.push([m[1]!, ref]);
  }
  return out;
}

/** The text's own short names as entities, where the gazetteer found nothing at their place. */
function withAcronyms(text: string, tokens: Token[], entities: EntityMatch[], acronyms: ReadonlyMap<string, EntityRef>): EntityMatch[] {
  if (!acronyms.size) return entities;
  const added: EntityMatch[] = [];
  tokens.forEach((t, i) => {
    const word = text.slice(t.start, t.end);
    // (A "+" right after the letters belongs to them: "ADSOM+".)
    const plus = text[t.end] === '+' ? '+' : '';
    const ref = acronyms.get(word + plus) ?? acronyms.get(word);
    if (!ref || entities.some((e) => e.start < t.end && t.start < e.end)) return;
    added.push({ from: i, to: i + 1, start: t.start, end: t.end, text: word, refs: [ref] });
  });
  return added.length ? [...entities, ...added].sort((a, b) => a.start - b.start) : entities;
}

/** "nhóm này", "khối này": a grouping spoken of again ("G20 lên án …" over "… mời lãnh đạo các thành viên của nhóm này
 *  họp bất thường …, theo hình thức trực tuyến"), the last one the text named before. */
const GROUPING_ANAPHOR = /(?<![\p{L}])(?:nhóm|khối|liên\s+minh|tổ\s+chức|diễn\s+đàn)\s+này(?![\p{L}])/giu;
function withGroupingAnaphor(text: string, tokens: Token[], entities: EntityMatch[], grouping: EntityRef | null): EntityMatch[] {
  if (!grouping) return entities;
  const added: EntityMatch[] = [];
  GROUPING_ANAPHOR.lastIndex = 0;
  for (let m = GROUPING_ANAPHOR.exec(text); m; m = GROUPING_ANAPHOR.exec(text)) {
    const [start, end] = [m.index, m.index + m[0].length];
    const from = tokens.findIndex((t) => t.start >= start);
    const to = tokens.findIndex((t) => t.start >= end);
    if (from < 0 || entities.some((e) => e.start < end && start < e.end)) continue;
    added.push({ from, to: to < 0 ? tokens.length : to, start, end, text: m[0], refs: [grouping] });
  }
  return added.length ? [...entities, ...added].sort((a, b) => a.start - b.start) : entities;
}
/** The last grouping (an international body) a sentence names, for "nhóm này" in the sentences after it. */
const lastGroupingOf = (s: { entities: EntityMatch[] }): EntityRef | null =>
  s.entities.flatMap((e) => e.refs.filter((r) => r.type === 'body')).pop() ?? null;

export function analyzeSentence(
  text: string,
  role: SentenceRole,
  index: number,
  paragraph: number,
  acronyms: ReadonlyMap<string, EntityRef> = NO_ACRONYMS,
  lastGrouping: EntityRef | null = null,
): AnalyzedSentence {
  const tokens = tokenize(text);
  const entities = withGroupingAnaphor(text, tokens, withAcronyms(text, tokens, scanEntities(text, tokens), acronyms), lastGrouping);
  const hits = findCallHits(text, tokens);
  const pastMarker = markEarlier(text, tokens, hits);
  return {
    text,
    role,
    index,
    paragraph,
    tokens,
    hits,
    entities,
    people: findPeople(text, tokens, entities),
    pastMarker,
    earlier: hits.length > 0 && hits.every((h) => h.earlier),
  };
}

/** A caption's photo credit, and the table bars a copy may keep around it: "| … (Nguồn: VGP) |", "… Ảnh: TTXVN". */
export const CAPTION_CREDIT = /\s*(?:\(\s*(?:ảnh|nguồn ảnh|photo|nguồn)\s*:[^)]*\)|[-–.]?\s*(?:ảnh|photo|nguồn ảnh)\s*:\s*[^:]{1,60})\s*\.?\s*$/iu;
/** A photo that is not of the event: "Ảnh tư liệu", "ảnh minh họa", a picture from an earlier meeting. */
const OTHER_PHOTO = /tư\s+liệu|minh\s+họa|archive|file\s+photo/iu;

/**
 * A copy without a headline whose first photo's caption tells the call ("Thủ tướng … điện đàm với Thủ tướng Malaysia …
 * . (Nguồn: VGP)", over "Thủ tướng … bày tỏ vui mừng có cuộc trao đổi với …"): the caption stands in for the headline
 * when it reports a call that took place between two officials; any other caption is left where it is.
 */
const CAPTION_CALL_STRENGTH = 0.8;
/** Paragraphs (1 = the first) in which a caption standing in for the headline must find its call spoken of. */
const CAPTION_HEADLINE_PARAGRAPHS = 2;
function captionHeadline(caption: string | undefined): AnalyzedSentence | null {
  if (!caption || OTHER_PHOTO.test(caption)) return null;
  const text = caption.replace(/^[\s|]+|[\s|]+$/gu, '').replace(CAPTION_CREDIT, '').replace(/[\s.]+$/u, '').trim();
  if (!text) return null;
  const s = analyzeSentence(text, 'title', 0, 0);
  // (A phone call's own wording counts as "điện đàm" does: "… trao đổi qua điện thoại với …".)
  const reported = s.hits.some((h) => h.strength >= CAPTION_CALL_STRENGTH && !h.planned && !h.negated && !h.earlier && h.cue !== 'contact');
  return reported && s.people.filter((p) => p.title || p.candidates.length).length >= 2 ? s : null;
}

/** How many paragraphs after a recalled call its noun still names it (see analyzeArticle). */
const RECALLED_CALL_PARAGRAPHS = 2;
/** The call as a noun: "trong cuộc điện đàm với …", "chủ đề của cuộc gọi". */
const RECALLED_CALL_NOUN = /(?<![\p{L}])(?:cuộc|buổi)\s+$/iu;
/** Words of a new call, or of the next one: "lại điện đàm", "cuộc điện đàm mới", "lần thứ hai", "tiếp theo". */
const NEW_CALL_WORDS = /(?<![\p{L}])(?:lại|mới|tiếp\s+theo|thứ\s+hai|lần\s+này|hôm\s+nay|sáng\s+nay|chiều\s+nay|tối\s+nay)(?![\p{L}])/iu;
/** A day of its own: "ngày 12/3", "hôm 5-4", "tối thứ Hai". */
const DAY_OF_ITS_OWN = /(?<![\p{L}])(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}|thứ\s+\p{L}+|chủ\s+nhật|qua)(?![\p{L}])/iu;

/** A sentence that goes on about what the previous one said: "Đó là …", "Cuộc điện đàm đó …". */
const CONTINUES_PREVIOUS = /^(?:đó|khi\s+đó|lúc\s+đó|cuộc\s+(?:điện\s+đàm|gọi|trao\s+đổi)\s+(?:đó|ấy))(?![\p{L}])/iu;

/** Paragraphs (1 = sapo) whose call phrases show what a conversation in the article was: a copy may name the medium
 *  ("… thời điểm của cuộc điện đàm") a few paragraphs under a headline's "đã nói chuyện với". */
const CONTEXT_PARAGRAPHS = 5;
/** A conversation shown to be a call counts as a weak call phrase: an official must take part. */
const CONTEXT_PHONE_STRENGTH = 0.6;

/** Weak phone phrases in those paragraphs that show it as well as one strong phrase. */
const WEAK_CONTEXT_HITS = 2;

/** Paragraphs (0 = headline, 1 = sapo) where a conversation of two countries' officials is taken for a phone call: the sapo,
 *  or the paragraph after it, where a copy that opens on a quote or a photo's caption tells its news. */
const DATED_TALK_PARAGRAPHS = 2;
/** The day a conversation took place, in its own sentence: "hôm 12/4", "tối thứ Bảy", "ngày 3-9", "hôm qua". */
const DAY_OF_TALK = /(?<![\p{L}])(?:hôm|ngày|sáng|trưa|chiều|tối|đêm)\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d])|qua(?![\p{L}])|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)(?![\p{L}])|chủ\s+nhật(?![\p{L}]))/iu;
/** Words that put a conversation in a room: a place ("tại Nhà Trắng"), a visit, a meeting or its sidelines. */
const TALK_IN_PERSON = /(?<![\p{L}])(?:tại|bên\s+lề|gặp|thăm|trực\s+tiếp|hội\s+đàm|hội\s+kiến|hội\s+nghị|đón|tiếp\s+(?:ông|bà|ngài|tổng|thủ|chủ|bộ|đoàn))(?![\p{L}])/iu;

/** Sentences analysed per article at most: long pages are read up to here. */
const MAX_SENTENCES = 400;

const cache = new WeakMap<Article, ArticleAnalysis>();

/** Paragraphs (1 = sapo) where a short name takes the office of the fuller mention too, so that its bearer is an
 *  official the opening's call sentence reports. Not further down: a copy's later paragraphs name the people of the
 *  story's background that way ("Ngay sau …, bà Rodriguez đã có cuộc điện đàm với …" in a story about a rumour). */
const CARRY_OFFICE_PARAGRAPHS = 2;
const nameWords = (name: string) => tokenize(name).map((t) => t.key);
/** Does `short` run, word for word, inside `full`? */
const runsInside = (short: string[], full: string[]) => full.length > short.length && full.some((_, i) => short.every((w, j) => full[i + j] === w));
/** Do two names write one person, the same or one run inside the other ("Tập" / "Tập Cận Bình", "Trump" / "Donald Trump")? */
function oneName(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const [x, y] = [nameWords(a), nameWords(b)];
  return x.join(' ') === y.join(' ') || runsInside(x, y) || runsInside(y, x);
}

/**
 * A person named again by part of the name ("Bộ trưởng Kishi" after "Bộ trưởng Quốc phòng Nhật Bản Nobuo Kishi", "ông
 * Matsuno" under a caption's "Chánh Văn phòng Nội các Nhật Bản Hirokazu Matsuno") is the one the text named in full: the
 * country that fuller mention gives, when the gazetteer does not know the name. Only when every fuller mention the
 * short one fits agrees on the country ("ông Kim" after two Kims of two countries stays unknown).
 */
function carryCountries(sentences: AnalyzedSentence[], captionPeople: PersonMention[]): void {
  const known = [...sentences.flatMap((s) => s.people), ...captionPeople].filter((p) => p.name && p.country).map((p) => ({ words: nameWords(p.name!), p }));
  if (!known.length) return;
  for (const s of sentences) {
    for (const p of s.people) {
      if (!p.name || p.country || p.candidates.length) continue;
      const words = nameWords(p.name);
      if (!words.length) continue;
      const fuller = known.filter((k) => runsInside(words, k.words)).map((k) => k.p);
      if (new Set(fuller.map((q) => q.country)).size !== 1) continue;
      p.country = fuller[0]!.country;
      // In the opening, the office too: "Theo đó, tối 8/6, ông McClay đã điện đàm với …" after the lead named the minister.
      const titled = fuller.find((q) => q.title);
      if (s.paragraph <= CARRY_OFFICE_PARAGRAPHS && !p.title && titled && fuller.every((q) => !q.title || q.title.id === titled.title!.id)) {
        p.title = titled.title;
        p.titleText = titled.titleText;
        if (titled.qualified) p.qualified = true;
      }
    }
  }
}

/**
 * A nameless office the chain gave no country ("Bộ trưởng Nội vụ", "Thứ trưởng Bộ Tài chính") is Vietnam's in the Vietnamese
 * press, which writes its own bodies bare, but only in an article that is about Vietnam at all. Where nothing else in it
 * (a place, a Vietnamese name or office, a caption) speaks of Vietnam ("Tổng thống Hàn Quốc … gọi điện cho Bộ trưởng Nội
 * vụ để chỉ đạo …"), the office is of a country the text does not say: a foreign leader's own minister, not a side abroad.
 */
function homeOfBareOffices(sentences: AnalyzedSentence[], captionPeople: PersonMention[]): void {
  const bare = sentences.flatMap((s) => s.people.filter((p) => p.countryOfThePress));
  if (!bare.length) return;
  const people = [...sentences.flatMap((s) => s.people), ...captionPeople];
  const vietnamese = people.some((p) => p.country === 'VN' && !p.countryOfThePress) || people.some((p) => !p.country && !!p.title && VIETNAMESE_OFFICE_TITLES.includes(p.title.id));
  const vietnamNamed = sentences.some((s) => s.entities.some((e) => e.refs.some((r) => r.type === 'country' && r.code === 'VN')));
  if (vietnamese || vietnamNamed) return;
  for (const p of bare) p.country = null;
}

export function analyzeArticle(article: Article): ArticleAnalysis {
  const cached = cache.get(article);
  if (cached) return cached;
  const sentences: AnalyzedSentence[] = [];
  const headline = article.title ? analyzeSentence(article.title, 'title', 0, 0) : captionHeadline(article.captions[0]);
  if (headline) sentences.push(headline);
  const paragraphs = [article.lead, ...article.paragraphs];
  // The meetings' short names the text defines, for the sentences after the definition (see acronymsDefined).
  const acronyms = new Map<string, EntityRef>();
  // …and the grouping the text last named, for "nhóm này" (see withGroupingAnaphor).
  let grouping: EntityRef | null = headline ? lastGroupingOf(headline) : null;
  paragraphs.forEach((p, i) => {
    if (!p || sentences.length >= MAX_SENTENCES) return;
    for (const s of splitSentences(p)) {
      if (sentences.length >= MAX_SENTENCES) break;
      const analyzed = analyzeSentence(s.text, i === 0 && article.lead ? 'lead' : 'body', sentences.length, i + 1, acronyms, grouping);
      grouping = lastGroupingOf(analyzed) ?? grouping;
      sentences.push(analyzed);
      for (const [letters, ref] of acronymsDefined(analyzed)) if (!acronyms.has(letters)) acronyms.set(letters, ref);
    }
  });
  // A caption of an earlier call the text recalls ("… điện đàm với Tổng thống Mỹ đắc cử …, ngày 14/12/2016 - Ảnh: VGP"
  // over "Trước đó, vào ngày 14/12/2016, Thủ tướng … đã có cuộc điện đàm với …") is that call's photo, not the headline.
  // So is a file photo's caption that names no one ("Ngoại trưởng Nga - Mỹ điện đàm") over an opening that speaks of no call
  // or conversation at all (a summit put off): the photo is the story's background, not its news.
  const recalledPhoto = () => sentences.some((s) => s !== headline && s.hits.some((h) => h.earlier) && s.people.some((p) => p.name && headline!.people.some((q) => q.name === p.name)));
  const silentOpening = () =>
    !headline!.people.some((p) => p.name) && !sentences.some((s) => s !== headline && s.paragraph <= CAPTION_HEADLINE_PARAGRAPHS && s.hits.length > 0);
  if (headline && !article.title && (recalledPhoto() || silentOpening())) {
    sentences.shift();
    for (const s of sentences) s.index--;
  }
  const captionPeople = article.captions.slice(0, 20).flatMap((c) => findPeople(c));
  homeOfBareOffices(sentences, captionPeople);
  // "Lần gần nhất … điện đàm là ngày 1/7/2025. Đó là cuộc trao đổi …": "Đó" goes on about the earlier call.
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const prev = sentences[i - 1]!;
    if (prev.earlier && prev.paragraph === s.paragraph && CONTINUES_PREVIOUS.test(s.text)) {
      s.earlier = true;
      s.pastMarker = true;
      for (const h of s.hits) h.earlier = true;
    }
  }
  // "… được hỏi về cuộc điện đàm gần đây giữa ông và Chủ tịch Tập …" then "… thuế quan được thảo luận trong cuộc điện đàm với
  // ông Tập": where the text's first call is an earlier one, the call named again by its noun, with no day of its own and
  // one of the same people, is that earlier call, not a new one.
  const firstCall = sentences.find((s) => s.hits.some((h) => h.cue !== 'contact' && !h.negated));
  if (firstCall && firstCall.role !== 'title' && firstCall.earlier) {
    for (const s of sentences) {
      if (s.index <= firstCall.index || s.paragraph > firstCall.paragraph + RECALLED_CALL_PARAGRAPHS || !s.hits.some((h) => h.cue !== 'contact' && !h.negated)) continue;
      if (s.hits.some((h) => !h.earlier && !h.negated && h.cue !== 'contact' && !RECALLED_CALL_NOUN.test(s.text.slice(0, h.start)))) break;
      if (NEW_CALL_WORDS.test(s.text) || DAY_OF_ITS_OWN.test(s.text)) break;
      if (!s.people.some((p) => firstCall.people.some((q) => oneName(p.name, q.name)))) continue;
      for (const h of s.hits) if (!h.planned && h.cue !== 'contact') h.earlier = true;
      s.earlier = s.hits.length > 0 && s.hits.every((h) => h.earlier);
    }
  }
  // "… chủ trì Hội nghị thượng đỉnh bất thường của G20. Hội nghị được tổ chức theo hình thức trực tuyến.": the meeting
  // the sentence before names (or the headline, for the text's first sentence) is the online meeting, with its people.
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    // …or whose people attend "the event held online" ("… dự sự kiện được tổ chức theo hình thức trực tuyến"), the
    // meeting of the sentence before, in its paragraph or the one before (a photo's caption may stand between).
    const noun = HELD_ONLINE_BY_REFERENCE.exec(s.text)?.[1] ?? ATTENDED_ONLINE_BY_REFERENCE.exec(s.text)?.[1];
    if (!noun) continue;
    const prev = sentences[i - 1]!;
    if (prev.paragraph < s.paragraph - 1) continue;
    if (prev.role === 'title' && i !== 1) continue;
    if (prev.earlier || prev.hits.some((h) => h.cue === 'video' && !h.earlier)) continue;
    const hit = meetingHitByReference(prev.text, prev.tokens, tokenize(noun).map((t) => t.key).join(' '));
    if (hit) prev.hits = [...prev.hits, hit].sort((a, b) => a.start - b.start);
  }
  // "Thủ tướng Anh … đã nói chuyện với Tổng thống Mỹ … hôm 12/4" beside "trong cuộc trò chuyện qua điện thoại":
  // in an opening that speaks of a phone or video call, a conversation that took place is that call.
  // A weaker phrase ("cuộc gọi") shows it too when the opening speaks of the call more than once ("cuộc gọi mới đây do ông
  // Austin yêu cầu …", "… cho biết cuộc gọi diễn ra …").
  const contextSentences = sentences.filter((s) => s.paragraph <= CONTEXT_PARAGRAPHS);
  const callHitsOf = (s: AnalyzedSentence) => s.hits.filter((h) => h.cue !== 'contact' && !h.negated && !h.earlier);
  const contextHits = contextSentences.flatMap(callHitsOf);
  const callContext = contextHits.some((h) => h.strength >= 0.8) || contextHits.filter((h) => h.cue === 'phone' && h.strength >= CONTEXT_PHONE_STRENGTH).length >= WEAK_CONTEXT_HITS;
  // What one leader said to another ("nói với") is the call's only where the opening's call sentences do not name both sides
  // themselves: beside "Tổng thống … điện đàm với Tổng thống …" it is what was said on it, told again, or said since.
  // (Read before any conversation is made a call below, and only when such a phrase is there.)
  const contextSides =
    callContext && sentences.some((s) => s.hits.some((h) => h.onlyInContext))
      ? new Set(contextSentences.filter((s) => callHitsOf(s).length > 0).flatMap((s) => s.people.flatMap((p) => (p.country ? [p.country] : []))))
      : null;
  if (callContext) {
    for (const s of sentences) {
      for (const h of s.hits) {
        // (…unless it names a side those sentences do not: a president who says he "đã trao đổi với" two prime ministers, where
        // the call's own sentences name him and the first of them only.)
        if (!h.phoneInContext || h.planned || h.negated || (h.onlyInContext && contextSides!.size >= 2 && s.people.every((p) => !p.country || contextSides!.has(p.country)))) continue;
        h.cue = 'phone';
        h.strength = CONTEXT_PHONE_STRENGTH;
      }
    }
  }
  // "Chủ tịch Trung Quốc … hôm 12/4 đã nói chuyện với Tổng thống Brazil …": with no call phrase around it, a conversation of
  // two countries' officials that the sapo dates, or that the headline tells ("Bộ trưởng Quốc phòng Mỹ nói chuyện với người
  // đồng cấp Trung Quốc lần đầu …"), placed in no room, is the agencies' "spoke with" as Vietnamese copies render it — a
  // phone call. Undated in the sapo, or with a place, a visit or a meeting in it or in the sapo under such a headline, it
  // stays a conversation.
  if (!callContext) {
    // (…nor under a headline whose sapo tells the conversation again without its day: "… từng nhiều lần nói chuyện với …".)
    const sapo = sentences.filter((s) => s.paragraph === 1);
    // (A retelling that says one side reached the other, "… sau khi ông Trump chủ động liên lạc …", keeps it remote.)
    const reached = (s: AnalyzedSentence) => s.hits.some((h) => h.cue === 'contact' && !h.negated && !h.phoneInContext);
    const sapoUndoes = sapo.some((s) => TALK_IN_PERSON.test(s.text) || (s.hits.some((h) => h.phoneInContext) && !DAY_OF_TALK.test(s.text) && !reached(s)));
    for (const s of sentences) {
      if (s.paragraph > DATED_TALK_PARAGRAPHS) break;
      const told = s.role === 'title' ? !sapoUndoes : DAY_OF_TALK.test(s.text);
      if (s.earlier || !told || TALK_IN_PERSON.test(s.text)) continue;
      if (new Set(s.people.flatMap((p) => (p.country && (p.title || p.candidates.length) ? [p.country] : []))).size < 2) continue;
      for (const h of s.hits) {
        if (!h.phoneInContext || h.onlyInContext || h.planned || h.negated || h.earlier) continue;
        h.cue = 'phone';
        h.strength = CONTEXT_PHONE_STRENGTH;
      }
    }
  }
  carryCountries(sentences, captionPeople);
  const analysis: ArticleAnalysis = { article, sentences, captionPeople };
  cache.set(article, analysis);
  return analysis;
}
