import { titledNamesake, type AnalyzedSentence, type ArticleAnalysis } from '../detect/analysis';
import type { CallHit } from '../detect/call-phrases';
import { ALL_TIME, narrow, officeAt, officeHolders, sideAt, tenure, type Span } from '../gazetteer/offices';
import type { PersonMention } from '../gazetteer/people';
import type { LeaderEntry, TitleEntry } from '../gazetteer/types';
import { VIETNAMESE_OFFICE_TITLES } from '../gazetteer/data/titles';
import { matchKey, PhraseIndex, phraseSet } from '../text';
import { CLAUSE_END_WORDS } from './data/cues';
import { CALL_NOUN, FRAME_LEAD, OTHER_EVENT_TIME, participleFrame, SAYING_VERBS } from '../detect/vocabulary';
import type { Participant } from './types';

/**
 * Who is on the call. The parties are the people named in the call's clause (the headline's
 * and the opening sentence's: "X điện đàm với Y | về …"); each is then completed from the rest
 * of the article and the gazetteer:
 *
 * - a role without a name ("Tổng thống Nga") takes the name the article gives elsewhere to a
 *   person of that country and office, or else the office-holder of the time;
 * - "người đồng cấp" takes the office its holder had at the time;
 * - an ambiguous short form ("Thủ tướng Lý") is the one who held the office at the time;
 * - the name shown is the fullest form the article uses ("Vladimir Putin" over "Putin").
 *
 * "The time" is the publication date when known; otherwise the years in which the named
 * parties all held their offices (so "Tổng thống Nga" next to "Tổng thống Donald Trump" is Putin).
 */

export interface ResolvedParty extends Participant {
  /** Where the party was first named (for evidence and for the initiator); null for a side named only by its country. */
  mention: PersonMention | null;
  sentence: AnalyzedSentence;
}

let clauseEnds: PhraseIndex<string> | null = null;
let reporting: PhraseIndex<string> | null = null;
const clauseEndIndex = () => (clauseEnds ??= phraseSet(CLAUSE_END_WORDS));
const reportingIndex = () => (reporting ??= phraseSet([...SAYING_VERBS.announcing, ...SAYING_VERBS.speaking, ...SAYING_VERBS.commenting]));

/** What may stand between a comma and the next person of a list of parties: a joining word, a form of address. */
const PARTY_LIST_GOES_ON = /^\s*(?:(?:và|cùng|cũng như|do|với|(?:có|với)\s+sự\s+tham\s+(?:dự|gia)\s+của|(?:với|dưới)\s+sự\s+(?:đồng\s+)?chủ\s+trì\s+của|gồm(?:\s+có)?|(?:ông|bà)\s+(?:và|cùng))\s+)?(?:(?:ông|bà|ngài|quyền|tân)\s+)?$/iu;
/** A day at the head of a framed call's clause, before its subject: " hôm 4/3/2025, ", " chiều 3/4, ". */
const DAY_BEFORE_SUBJECT = /^\s*(?:vào\s+)?(?:ngày|hôm|sáng|chiều|tối|trưa|đêm)(?:\s+(?:nay|qua))?(?:\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)?\s*,\s*$/iu;
/** …or the rest of a list of places inside one party's title, then the joining word: "Bí thư Tỉnh ủy các tỉnh Lạng
 *  Sơn, Cao Bằng (Việt Nam) và Bí thư Khu ủy Quảng Tây". Only capitalised words, commas and a bracketed country. */
const PLACE_LIST_GOES_ON = /^\s*\p{Lu}[\p{L}-]*(?:(?:\s+|\s*,\s*)\p{Lu}[\p{L}-]*)*\s*(?:\(\s*\p{Lu}[\p{L}\s]{1,30}\)\s*)?(?:và|cùng|với)\s+$/u;
/** …or the rest of a list of countries whose leaders attend, before the list of parties goes on: "… có lãnh đạo Lào,
 *  Campuchia, Myanmar và Thái Lan tham gia, dưới sự chủ trì của Thủ tướng …". */
const COUNTRY_LIST_THEN = /^\s*\p{Lu}[\p{L}-]*(?:(?:\s+|\s*,\s*|\s+(?:và|cùng)\s+)\p{Lu}[\p{L}-]*)*\s*,/u;

/** A source at the head of a sentence: "Theo trợ lý Điện Kremlin Yuri Ushakov, ". */
const SOURCE_AT_HEAD = /^\s*theo\s+[^,]{1,80},/iu;

/** The people of the call's clause: everything before the call phrase, and after it up to
 *  the first word that moves on to the topic ("về", "nhằm", "nhân dịp" …). */
export function clausePeople(s: AnalyzedSentence, hit: CallHit): PersonMention[] {
  // "… dập máy giữa chừng khi điện đàm với Thủ tướng Australia …": the next call phrase goes on telling this call.
  const next = s.hits.find((h) => h.start >= hit.end);
  if (next && SAME_CALL_GOES_ON.test(s.text.slice(hit.end, next.start))) {
    const own = clausePeopleOf(s, hit);
    return [...own, ...clausePeople(s, next).filter((p) => !own.includes(p))];
  }
  return clausePeopleOf(s, hit);
}

/** A meeting the subject holds with someone, right before that person: "cuộc họp với ", "cuộc gặp với các ". */
const OTHER_MEETING_WITH = /(?<![\p{L}])(?:cuộc\s+(?:họp|gặp|thảo\s+luận|hội\s+đàm)|hội\s+đàm|thảo\s+luận)\s+với\s+(?:(?:ông|bà|các)\s+)?$/iu;
/** …then left "để" (in order to) make the call: "… để gọi cho …", "… để điện đàm với …". */
const IN_ORDER_TO = /(?<![\p{L}])để\s+(?:\S+\s+){0,2}$/iu;

/** "… và trước đó là …", "…, trước đó với …": who comes next was called before the call the sentence tells. */
const CALLED_BEFORE = /(?<![\p{L}])(?:và\s+|,\s*)trước\s+đó(?:\s+(?:là|với|cả))?\s+(?:(?:ông|bà)\s+)?$/iu;

/** What joins a call's phrase to another that tells the same call: "… khi (đang) …", "… lúc …", "… giữa chừng khi …". */
const SAME_CALL_GOES_ON = /^[^,.;]{0,25}?(?<![\p{L}])(?:khi|lúc|trong\s+khi|trong\s+lúc)\s+(?:(?:đang|có|một)\s+)*(?:cuộc\s+)?$/iu;

/** The next side of calls in a row: "… và sau đó là …", ", rồi sau đó với …". */
const THEN_JOINER = /(?:,|(?<![\p{L}])(?:và|rồi))\s*$/iu;
const THEN_NEXT = /^sau\s+đó\s+(?:là|với|cho|tới)\s/iu;

function clausePeopleOf(s: AnalyzedSentence, hit: CallHit): PersonMention[] {
  // The clause ends where another call is spoken of ("…, một ngày sau cuộc điện đàm giữa ông Trump với Tổng thống Nga …"),
  // not where the sentence says what this call was ("cuộc điện đàm … là lần liên lạc đầu tiên giữa X và Y").
  let endChar = s.hits.find((h) => h.start > hit.end && !/(?:^|\s)là\s+(?:(?:lần|cuộc)\s+)?$/iu.test(s.text.slice(Math.max(0, h.start - 12), h.start)))?.start ?? s.text.length;
  for (let i = hit.to; i < s.tokens.length && s.tokens[i]!.start < endChar; i++) {
    // A word of a name is not one that ends the clause: "nhân" of "Cộng hoà Dân chủ Nhân dân Lào", of "Đảng Nhân dân …".
    const inName = s.entities.some((e) => e.from <= i && i < e.to) || (i > 0 && /^\p{Lu}/u.test(s.tokens[i]!.text) && /^\p{Lu}/u.test(s.tokens[i - 1]!.text) && /^\s+$/u.test(s.text.slice(s.tokens[i - 1]!.end, s.tokens[i]!.start)));
    const m = inName ? null : clauseEndIndex().matchAt(s.text, s.tokens, i);
    // "…, do Quốc vương Brunei …, Chủ tịch ASEAN 2021, chủ trì": "do" names who chaired the meeting, not a cause.
    if (m && s.tokens[i]!.key === 'do' && /(?<![\p{L}])(?:đồng\s+)?chủ\s+trì(?![\p{L}])/iu.test(s.text.slice(s.tokens[i]!.end))) continue;
    // "… diễn ra một ngày trước đó giữa …": a time, not what came before the call.
    if (m && s.tokens[i]!.key === 'trước' && s.tokens[i + 1]?.key === 'đó') continue;
    // "… gọi điện cho Tổng thống Nga và sau đó là Tổng thống Ukraine": calls in a row, the list of the other sides goes on.
    if (m && s.tokens[i]!.key === 'sau' && THEN_JOINER.test(s.text.slice(Math.max(0, s.tokens[i]!.start - 8), s.tokens[i]!.start)) && THEN_NEXT.test(s.text.slice(s.tokens[i]!.start))) continue;
    // "… điện đàm lần đầu kể từ khi đắc cử với Thủ tướng …": which of the call's kind it was, its other side next.
    const since = m ? SINCE_TAKING_OFFICE.exec(s.text.slice(s.tokens[i]!.start)) : null;
    if (since) {
      const other = s.tokens[i]!.start + since[0].trimEnd().length;
      while (i + 1 < s.tokens.length && s.tokens[i + 1]!.end < other) i++;
      continue;
    }
    if (m) {
      endChar = s.tokens[i]!.start;
      break;
    }
  }
  // A list of parties goes on after a comma ("điện đàm với Tổng thống Mỹ, Thủ tướng Anh và …", "…, có sự tham dự
  // của ông Trump, …", "trong cuộc điện đàm, ông và Chủ tịch …"); anything else after one is the sentence moving
  // on ("Ngoại trưởng Nga và Mỹ điện đàm, chuẩn bị thượng đỉnh Trump-Putin").
  for (const comma of s.text.slice(hit.end, endChar).matchAll(/,/g)) {
    const at = hit.end + comma.index! + 1;
    // (A comma inside one party's chain, "người đồng cấp Australia, Bộ trưởng …", ends nothing.)
    if (s.people.some((p) => p.start < at && at < p.end)) continue;
    const nextPerson = s.people.find((p) => p.start >= at);
    const between = s.text.slice(at, nextPerson?.start ?? at);
    // "Trong cuộc điện đàm, hôm 19/8, Tổng thống Pháp … và …": in a call that frames its sentence, its day before the subject.
    const dayBeforeSubject = FRAMED_CALL.test(s.text.slice(0, hit.start)) && DAY_BEFORE_SUBJECT.test(between);
    const countries = COUNTRY_LIST_THEN.exec(between);
    const afterCountries = !!countries && PARTY_LIST_GOES_ON.test(between.slice(countries[0].length));
    if (!nextPerson || (!PARTY_LIST_GOES_ON.test(between) && !PLACE_LIST_GOES_ON.test(between) && !dayBeforeSubject && !afterCountries)) {
      endChar = at - 1;
      break;
    }
  }
  // People of a leading adverbial ("Trong khuôn khổ chuyến thăm của Tổng Bí thư …, sáng 1-11, đồng chí … hội
  // đàm trực tuyến với …") are the circumstances, not the subject: the subject is after its comma.
  const subjectStart = adverbialEnd(s, hit);
  // A spokesperson named with a body's name and a rank ("thư ký báo chí Lầu Năm Góc - Thiếu tướng Pat Ryder thông báo cuộc
  // điện đàm …") speaks of the call and is not on it.
  // Nor is one whose greetings a side passes on ("… chuyển lời thăm hỏi của Tổng Bí thư … và các nhà lãnh đạo … tới …"), nor
  // those named with the sender.
  const senders = new Set<PersonMention>();
  s.people.forEach((p, i) => {
    const prev = s.people[i - 1];
    if (MESSAGE_FROM.test(s.text.slice(Math.max(0, p.start - 50), p.start)) || (prev && senders.has(prev) && WITH_SENDER.test(s.text.slice(prev.end, p.start)))) senders.add(p);
  });
  // Nor those of another meeting the subject leaves for the call ("… tạm dừng cuộc họp với Tổng thống Ukraine … để điện
  // đàm với Tổng thống Nga …").
  const leftFor = (p: PersonMention) => p.end <= hit.start && OTHER_MEETING_WITH.test(s.text.slice(Math.max(0, p.start - 40), p.start)) && IN_ORDER_TO.test(s.text.slice(p.end, hit.start));
  // Nor a former leader the subject's words belong to before the call ("… e ngại các quyết định của cựu Tổng thống … nên
  // đã gọi điện …").
  const formerOf = (p: PersonMention) => p.end <= hit.start && OF_A_FORMER.test(s.text.slice(Math.max(0, p.start - 20), p.start));
  // Nor the counterpart of an earlier call listed after this one's ("… điện đàm với Thủ tướng Na Uy và trước đó là Tổng
  // thống Phần Lan …").
  const calledBefore = (p: PersonMention) => p.start > hit.end && CALLED_BEFORE.test(s.text.slice(Math.max(0, p.start - 25), p.start));
  const inClause = s.people.filter((p) => p.start < endChar && (p.start >= subjectStart || p.start > hit.start) && !SPOKESPERSON_BEFORE.test(s.text.slice(Math.max(0, p.start - 60), p.start)) && !SPOKESPERSON_AFTER.test(s.text.slice(p.end, p.end + 30)) && !senders.has(p) && !leftFor(p) && !formerOf(p) && !calledBefore(p));
  // Someone who reports the call before it is told ("Trợ lý … Ushakov cho biết Tổng thống Putin và
  // Tổng thống Biden sẽ điện đàm") is not on it, unless the call would be left with one party.
  // "nói chuyện" (to talk) is the call's own verb, not "nói" (to say).
  const allVerbs = reportingIndex().findAll(s.text, s.tokens).filter((v) => !/^\s+chuyện(?![\p{L}])/iu.test(s.text.slice(v.end)));
  const verbs = allVerbs.filter((v) => v.end <= hit.start);
  // "Tổng thống Mỹ … cho biết ông đã có cuộc điện đàm …" reports his own call, as does "… cho biết trên mạng
  // xã hội rằng ông đã …". So does "Tổng thống Trump thông báo trên mạng xã hội rằng đã gọi điện cho …": a call told with no
  // subject of its own.
  const ownCall = (v: { end: number }) =>
    OWN_CALL_AFTER_VERB.test(s.text.slice(v.end, hit.start)) ||
    (SUBJECTLESS_CALL.test(s.text.slice(v.end, hit.start)) && !s.people.some((p) => p.start >= v.end && p.end <= hit.start));
  const reporters = inClause.filter((p) => verbs.some((v) => v.start >= p.end && !ownCall(v) && !inClause.some((o) => o !== p && o.start > p.end && o.start < v.start)));
  const rest = inClause.filter((p) => !reporters.includes(p));
  // One who tells the call in a quote of his own that speaks of its sides in the third person ("Trợ lý … cho biết: “Cuộc
  // hội đàm qua video diễn ra cởi mở, hai nhà lãnh đạo …”") is its reporter even when the clause
  // names no one else: its sides are named where the call is told.
  const quoting = reporters.filter((p) => verbs.some((v) => v.start >= p.end && QUOTE_OPENS_THIRD_PERSON.test(s.text.slice(v.end, hit.start))));
  const kept = reporters.length && rest.length >= 2 ? rest : inClause.filter((p) => !quoting.includes(p));
  // …nor one who reports it after it is told ("…, Chánh văn phòng Nội các Katsunobu Kato cho biết"), but for the subject
  // of a sentence the call frames ("Trong cuộc điện đàm với người đồng cấp Ukraine, Tổng thống Mỹ khẳng định …").
  // (The one right before the verb, when the frame's other side has an office in apposition after a comma: "… với người
  // đồng cấp Australia, Bộ trưởng X, hôm qua, Bộ trưởng Quốc phòng Nhật Bản Y nói …".)
  const afterComma = FRAMED_CALL.test(s.text.slice(0, hit.start)) || participleFrame(s.text, hit) ? kept.filter((p) => p.start > hit.end && /,\s*(?:(?:ông|bà|ngài)\s+)?$/iu.test(s.text.slice(hit.end, p.start))) : [];
  const framedSubject = afterComma.find((p) => allVerbs.some((v) => v.start >= p.end && /^[\s,]*$/u.test(s.text.slice(p.end, v.start)))) ?? afterComma[0];
  // The call's own counterpart ("… điện đàm với Tổng thống Lee Jae-myung, khẳng định …") is not the verb's subject either.
  const counterpart = kept.find((p) => p.start >= hit.end && CALL_OBJECT.test(s.text.slice(hit.end, p.start)));
  const people = kept.filter((p) => p.start < hit.end || p === framedSubject || p === counterpart || !allVerbs.some((v) => v.start >= p.end && /^[\s,]*$/u.test(s.text.slice(p.end, v.start))));
  // "Nhân dịp đồng chí Bùi Thanh Sơn được bổ nhiệm làm Bộ trưởng Ngoại giao …, Bộ trưởng Ngoại giao Lào … đã gọi điện chúc
  // mừng.": a congratulation with no one after it is to the one the occasion names.
  if (CONGRATULATION.test(s.text.slice(hit.start, hit.end + 12)) && !people.some((p) => p.start > hit.end)) {
    const honoured = s.people.find((p) => p.end <= hit.start && !people.includes(p) && HONOURED_AFTER.test(s.text.slice(p.end, p.end + 30)));
    if (honoured) people.push(honoured);
  }
  // "Trong cuộc điện đàm ngày 21/11, các nhà lãnh đạo Đức, Pháp và Anh đã nhất trí với Tổng thống Ukraine …": in a sentence
  // the call frames, the one its subject agreed or spoke with is the other side, past the verb that ended the clause.
  if (framedSubject || FRAMED_CALL.test(s.text.slice(0, hit.start))) {
    const stop = s.text.slice(hit.end).search(/[;.]/u);
    const limit = stop < 0 ? s.text.length : hit.end + stop;
    // …and "người đồng cấp Mỹ …" wherever it stands in that clause ("… nhấn mạnh Tokyo muốn làm việc sát sao với người
    // đồng cấp Mỹ …"): the word itself says the other side.
    const otherSide = (p: PersonMention) => FRAMED_OBJECT.test(s.text.slice(Math.max(hit.end, p.start - 40), p.start)) || (p.title?.rank === 'counterpart' && !!p.country);
    for (const p of s.people) if (p.start > hit.end && p.start < limit && !people.includes(p) && otherSide(p)) people.push(p);
  }
  return people;
}

/** A time since a side took office, right before the call's other side or the end of a frame: "sau khi nhậm chức với",
 *  "kể từ khi đắc cử cho", "Tại cuộc điện đàm đầu tiên với … sau khi nhậm chức, Thủ tướng …". */
const SINCE_TAKING_OFFICE = /^(?:sau\s+khi|kể\s+từ\s+khi|từ\s+khi|kể\s+từ)\s+(?:(?:ông|bà|chính\s+thức|được)\s+)?(?:nhậm\s+chức|đắc\s+cử|tái\s+đắc\s+cử|trúng\s+cử|tái\s+cử|tuyên\s+thệ(?:\s+nhậm\s+chức)?|lên\s+nắm\s+quyền|bầu|được\s+bầu)(?:\s+(?:với|cho)\s|\s*,)/iu;

/** A call of congratulation: "gọi điện chúc mừng", "điện đàm chúc mừng". */
const CONGRATULATION = /(?<![\p{L}])chúc\s+mừng(?![\p{L}])/iu;
/** What the occasion says of the one congratulated: "… được bầu …", "… được bổ nhiệm …", "… nhậm chức". */
const HONOURED_AFTER = /^\s*(?:,\s*)?(?:được\s+(?:bầu|bổ\s+nhiệm|tái\s+(?:đắc\s+)?cử|tái\s+bổ\s+nhiệm)|đắc\s+cử|trúng\s+cử|tái\s+đắc\s+cử|nhậm\s+chức|tuyên\s+thệ)(?![\p{L}])/iu;
/** The other side in a sentence a call frames: "… nhất trí với …", "… trao đổi với …", "… nói với …". */
const FRAMED_OBJECT = /(?<![\p{L}])(?:nhất\s+trí|thống\s+nhất|trao\s+đổi|thảo\s+luận|nói|cam\s+kết|khẳng\s+định|bày\s+tỏ|chia\s+sẻ)\s+với\s+(?:(?:ông|bà|ngài)\s+)?$/iu;


/** After a reporting verb, the call told as the speaker's own: "… cho biết ông đã …", "… nói trên truyền hình rằng ông …". */
const OWN_CALL_AFTER_VERB = /^[\s,]*(?:(?:trên|qua)\s+[^,.;:"“]{1,30}?\s+)?(?:rằng\s+)?(?:ông|bà|ngài|mình|họ|hai\s+bên|hai\s+nhà\s+lãnh\s+đạo)(?![\p{L}])/iu;

/** "… rằng đã gọi điện cho …", "… là vừa điện đàm với …": a reported call whose verb has no subject of its own. */
const SUBJECTLESS_CALL = /(?<![\p{L}])(?:rằng|là)\s+(?:(?:đã|vừa|mới|sẽ|đang|có|cũng)\s+)*(?:(?:một\s+)?cuộc\s+)?$/iu;

/** A quote opening right after a reporting verb, not in the first person… */
const QUOTE_OPENS = /^\s*:?\s*["“'‘](?!\s*(?:tôi|chúng\s+tôi)(?![\p{L}]))/iu;
/** …and still open where the call is told. */
const QUOTE_OPENS_THIRD_PERSON = new RegExp(`${QUOTE_OPENS.source}[^"”'’]*$`, 'iu');

/** Whether `m` is the subject of one of the sentence's reporting `verbs`, right after him, that opens a quote in the third
 *  person. */
function quotesTheCall(s: AnalyzedSentence, m: PersonMention, verbs: ReadonlyArray<{ start: number; end: number }>): boolean {
  const verb = verbs.find((v) => v.start >= m.end && /^[\s,]*$/u.test(s.text.slice(m.end, v.start)));
  return !!verb && QUOTE_OPENS.test(s.text.slice(verb.end));
}

/** The word before a leader's title that makes the office his once, not now: "cựu", "nguyên". */
const FORMER = String.raw`(?:cựu|nguyên)\s+$`;
/** "cựu Tổng thống …", "nguyên Thủ tướng …": the office's holder once, not now. */
export const FORMER_BEFORE = new RegExp(String.raw`(?<![\p{L}])${FORMER}`, 'iu');
/** "của cựu Tổng thống …", "của nguyên Thủ tướng …": a former leader as the owner of something. */
const OF_A_FORMER = new RegExp(String.raw`(?<![\p{L}])của\s+${FORMER}`, 'iu');
/** A spokesperson's office before a person: "người phát ngôn Bộ Ngoại giao Trung Quốc ", "thư ký báo chí Lầu Năm Góc - ". */
// No "i" flag: with it \p{Lu} matches small letters too, and the office would run on through "… thông báo rằng".
const SPOKESPERSON_BEFORE = /(?<![\p{L}])(?:[Tt]hư\s+ký\s+báo\s+chí|[Nn]gười\s+phát\s+ngôn|[Pp]hát\s+ngôn\s+viên)(?:\s+(?:của\s+)?\p{Lu}[\p{L}]*)*\s*[-–—,]?\s*(?:(?:[Ôô]ng|[Bb]à)\s+)?$/u;

/** …or named before that office: "bà Sarah Lane, phát ngôn viên Nhà Trắng, …", "ông Li, người phát ngôn của …". */
const SPOKESPERSON_AFTER = /^\s*[,–—-]\s*(?:thư\s+ký\s+báo\s+chí|người\s+phát\s+ngôn|phát\s+ngôn\s+viên)(?![\p{L}])/iu;

/** The sender of greetings a side passes on: "chuyển lời thăm hỏi (trân trọng) của (đồng chí) …", "gửi lời chúc mừng của …"
 *  (not an invitation's: "Nhận lời mời của Thủ tướng …, …" names a host of the meeting). */
const MESSAGE_FROM = /(?<![\p{L}])lời\s+(?:thăm\s+hỏi|hỏi\s+thăm|chào|chúc|chúc\s+mừng|cảm\s+ơn|nhắn)(?:\s+[\p{L}]+){0,3}\s+của\s+(?:(?:đồng\s+chí|ông|bà|ngài)\s+)?$/iu;

/** What joins others to a sender of greetings: "… và các nhà lãnh đạo …", "… cùng lãnh đạo …". */
const WITH_SENDER = /^\s*(?:,|và|cùng)\s*$/iu;

/** What stands between a call's phrase and the one it was with: "điện đàm với (ông) …", "gọi điện cho …". */
const CALL_OBJECT = /^\s*(?:với|cho)\s+(?:(?:ông|bà|ngài)\s+)?$/iu;

/** "Trong cuộc điện đàm với …, X …", "Phát biểu với báo giới sau cuộc điện đàm với …, X …", "Phát biểu tại cuộc họp
 *  trực tuyến với …, X …", "Phát biểu chủ trì Hội nghị … trực tuyến, X …", "Sau cuộc điện đàm với …, X …", "Trong buổi họp báo ngắn sau cuộc điện đàm với …, X …": the
 *  call is the frame of the sentence whose subject comes after its comma. */
const FRAMED_CALL = new RegExp(
  String.raw`^${FRAME_LEAD}(?:(?:trong|tại)|sau|(?:phát\s+biểu|trả\s+lời|trao\s+đổi|nói)(?:\s+với\s+[^,]{1,30}?)?\s+(?:sau|tại|trong)|phát\s+biểu\s+(?:khai\s+mạc|bế\s+mạc|chủ\s+trì)|(?:trong|tại)\s+(?:một\s+)?(?:cuộc|buổi|bài)\s+[^,]{1,50}?\s+sau)\s+${CALL_NOUN}$`,
  'iu',
);

/** Words that open an adverbial of time, place or circumstance before the sentence's subject. */
const ADVERBIAL_OPENERS = /^(?:trong\s+khuôn\s+khổ|nhân\s+dịp|nhân|theo|sau\s+khi|sau|trước\s+thềm|trước\s+khi|trước|tiếp\s+theo|tiếp\s+nối|khi|vào|trong|tại|bên\s+lề|từ|nhằm|để|ngày|hôm|sáng|chiều|tối|trưa|đêm)(?![\p{L}])|(?<![\p{L}])(?:sau\s+khi|trước\s+khi|trong\s+khi|nhân\s+dịp|trong\s+khuôn\s+khổ)(?![\p{L}])/iu;

/** Where the subject of the call's clause may start: after the last leading adverbial that ends with a comma before the call. */
function adverbialEnd(s: AnalyzedSentence, hit: CallHit): number {
  let start = 0;
  let segment = 0;
  for (const comma of s.text.slice(0, hit.start).matchAll(/,/g)) {
    const at = comma.index!;
    const text = s.text.slice(segment, at).replace(/^[\s,]+/u, '');
    // Only an adverbial with nobody after it before the call can be passed over.
    if (ADVERBIAL_OPENERS.test(text) && s.people.some((p) => p.start > at && p.start < hit.start)) start = at + 1;
    else if (start === 0 || segment > start) break;
    segment = at + 1;
  }
  return start;
}

const TOP_RANKS = new Set(['head-of-state', 'head-of-government', 'monarch', 'party-leader', 'leader', 'counterpart']);
/** Offices the gazetteer's office-holder table cannot name from the title alone. */
const UNRESOLVED_RANKS: ReadonlySet<string> = new Set(['official', 'grade']);

/** Could a mention with title `a` and one with title `b` be the same person? A grade or membership
 *  ("Thượng tướng", "Ủy viên Bộ Chính trị") goes with any office, since one person holds both. */
function sameOffice(a: TitleEntry | null, b: TitleEntry | null): boolean {
  if (!a || !b) return true;
  if (a.id === b.id) return true;
  if (a.rank === 'grade' || b.rank === 'grade') return true;
  // A country's legislature has one head the press names either way: "Chủ tịch Hạ viện Lào" in a
  // headline, "Chủ tịch Quốc hội Lào …" in the opening.
  if (a.rank === 'legislature-head' && b.rank === 'legislature-head') return true;
  return TOP_RANKS.has(a.rank) && TOP_RANKS.has(b.rank);
}

/** A top office qualified by a body is that body's head, not the country's: "Chủ tịch Hội đồng Tham mưu trưởng Liên quân
 *  Hoa Kỳ" is not "Tổng thống Mỹ …", though both read "head of state" by their first word. */
function headOfABody(m: PersonMention, title: TitleEntry | null, other: PersonMention, otherTitle: TitleEntry | null): boolean {
  return !!m.qualified && !other.qualified && !!title && !!otherTitle && title.id !== otherTitle.id && otherTitle.rank !== 'grade' && HEADS.has(title.rank);
}
const HEADS: ReadonlySet<string> = new Set(['head-of-state', 'head-of-government']);

/** The time the call belongs to, as spans. */
export function eraOf(analysis: ArticleAnalysis, eventDate: string | null, mentions: PersonMention[]): Span[] {
  const published = analysis.article.publishedAt?.slice(0, 10) ?? null;
  const anchor = eventDate ?? published;
  if (anchor) {
    const t = Date.parse(`${anchor}T00:00:00Z`);
    const from = new Date(t - 7 * 86_400_000).toISOString().slice(0, 10);
    return [{ from, to: published && published > anchor ? published : anchor }];
  }
  let spans: Span[] = [ALL_TIME];
  for (const m of mentions) {
    if (m.candidates.length !== 1) continue;
    const held = tenure(m.candidates[0]!, m.title);
    const next = narrow(spans, held);
    if (next.length) spans = next;
  }
  return spans;
}

function pickCandidate(m: PersonMention, era: Span[]): LeaderEntry | null {
  if (m.candidates.length === 0) return null;
  if (m.candidates.length === 1) return m.candidates[0]!;
  const inOffice = m.candidates.filter((l) => narrow(era, tenure(l, m.title)).length > 0);
  return inOffice.length === 1 ? inOffice[0]! : null;
}

/** All people of the article with where they were found, for look-ups across sentences. */
function everyone(analysis: ArticleAnalysis): PersonMention[] {
  return [...analysis.sentences.flatMap((s) => s.people), ...analysis.captionPeople];
}

interface Draft {
  name: string | null;
  country: string | null;
  title: TitleEntry | null;
  /** The title as the article writes it ("Ngoại trưởng" for the office "Bộ trưởng Ngoại giao"). */
  titleText: string | null;
  leader: LeaderEntry | null;
  mention: PersonMention;
  sentence: AnalyzedSentence;
  /** Names of other mentions found to be this party ("Yoon Seo-gyeol" for the headline's "Yoon"). */
  aliases: string[];
  /** The title chains of those mentions, as written ("Chủ tịch Đảng Nhân dân Campuchia (CPP), Thủ tướng Chính phủ"). */
  chains: string[];
}

const GENERIC_LEADER: TitleEntry = { id: 'nha-lanh-dao', name: 'Nhà lãnh đạo', en: 'Leader', rank: 'leader' };
const isGeneric = (t: TitleEntry | null) => !t || t.rank === 'leader' || t.rank === 'counterpart';

/** Put a name to a role ("Tổng thống Nga"): the article's own naming first, then the gazetteer. */
function resolveRole(d: Draft, all: PersonMention[], era: Span[], belowTheTop = false): void {
  const m = d.mention;
  const sameRole = all.find((o) => {
    if (o === m || (!o.name && !o.candidates.length)) return false;
    const oCountry = o.country ?? (o.candidates.length === 1 ? o.candidates[0]!.country : null);
    // A bare name ("thượng đỉnh Trump-Putin") is the role's only if that person held the office.
    // A name under a bare or shortened title ("Phó Thủ tướng, Bộ trưởng Prak Sokhonn" for the headline's "Bộ trưởng Bộ
    // Ngoại giao … Campuchia") is the role's when that person held the office.
    const heldRole = o.candidates.some((l) => l.offices.some((x) => x.title === d.title?.id));
    // (A nameless grade, "Tướng Mỹ", is one of the country's generals, not its president named elsewhere.)
    const generalNotHead = d.title?.rank === 'grade' && !!o.title && HEADS.has(o.title.rank);
    const fitsRole = o.title ? (sameOffice(o.title, d.title) && !headOfABody(m, d.title, o, o.title) && !generalNotHead) || (!!d.title && !!BARE_OFFICES[o.title.id]?.includes(d.title.rank) && heldRole) : isGeneric(d.title) || heldRole;
    if (d.country) return oCountry === d.country && fitsRole;
    return !!o.title && !!d.title && o.title.id === d.title.id;
  });
  if (sameRole) {
    d.leader = pickCandidate(sameRole, era);
    d.name = d.leader ? null : sameRole.name;
    d.country ??= sameRole.country ?? d.leader?.country ?? null;
    if (isGeneric(d.title) && sameRole.title) {
      d.title = sameRole.title;
      d.titleText = sameRole.titleText;
    }
    return;
  }
  // An office known by its body ("Trưởng Ban Đối ngoại Trung ương", "Bộ trưởng Bộ Công Thương") is not
  // the title's office-holder of the gazetteer: the article's own naming is all there is.
  if (m.qualified || (d.title && UNRESOLVED_RANKS.has(d.title.rank))) return;
  // A bare title ("Thủ tướng") in Vietnamese news is Vietnam's office.
  const place = d.country ?? (m.viaSeat || !d.title || !VIETNAMESE_OFFICE_TITLES.includes(d.title.id) ? null : 'VN');
  if (!place) return;
  // Its country is known whether or not the office had one holder then.
  d.country ??= place;
  // The counterpart of a minister or an official holds an office like theirs, not the country's top one.
  if (belowTheTop && d.title?.rank === 'counterpart') return;
  const holders = officeHolders(place, d.title ?? GENERIC_LEADER, era);
  if (holders.length === 1) {
    d.leader = holders[0]!;
    d.country = place;
  }
}

/** "Phạm Bình Minh" and a slip of the pen "Phạm Bình": a name of two words or more that begins the other. */
const begins = (a: string, b: string) => a.startsWith(`${b} `) && b.split(/\s+/).length >= 2;
/** "Yoon" and "Yoon Seo-gyeol", "Donald" and "Donald Trump": one word of the other's name, the one a headline or a
 *  cut-off line keeps. Only with the same country or, where one has none, the same office: a call is between
 *  countries, so two of its parties from one country who share a name are one person. */
const shortFor = (a: string, b: string) => !/\s/u.test(b) && a.split(/[\s-]+/u).includes(b);

/** A one-word name misspelt from a word of a known leader's name: "Marcon", "Marrcon" for Macron. The press's typos are
 *  a letter or two off; only a word of some length can be told from another name so (MISSPELLING_MIN_LETTERS). */
const MISSPELLING_MIN_LETTERS = 5;
/** From this many letters, two edits: "Marrcon" for Macron. */
const MISSPELLING_TWO_EDITS_LETTERS = 7;
function misspeltFrom(word: string, name: string): boolean {
  if (/\s/u.test(word) || word.length < MISSPELLING_MIN_LETTERS) return false;
  const w = matchKey(word);
  return nameWords(name).some((n) => n.length >= MISSPELLING_MIN_LETTERS && n !== w && editDistance(w, n) <= (Math.max(n.length, w.length) >= MISSPELLING_TWO_EDITS_LETTERS ? 2 : 1));
}
/** Two names the gazetteer does not hold, written word for word alike but for one word a letter off: "Raoul Castro" and
 *  "Raul Castro" in one story (a transliteration told two ways). A one-word name is never so. */
function spelledAnotherWay(a: string, b: string): boolean {
  const [x, y] = [nameWords(a), nameWords(b)];
  if (x.length < 2 || x.length !== y.length) return false;
  const differ = x.flatMap((w, i) => (w === y[i] ? [] : [[w, y[i]!] as const]));
  return differ.length === 1 && Math.min(differ[0]![0].length, differ[0]![1].length) >= SPELLING_MIN_LETTERS && editDistance(differ[0]![0], differ[0]![1]) === 1;
}
/** Only a word of this many letters is told apart from another by a letter ("Raul"/"Raoul"; not "Lê"/"Lý"). */
const SPELLING_MIN_LETTERS = 4;

/** Two names of one country's officials that write one person, by the tests samePerson puts to names of one country: the
 *  same name, one the end or the start of the other, one word of the other, or a letter off ("Raoul"/"Raul Castro"). Not
 *  a family name two people share ("Nguyễn Phú Trọng", "Nguyễn Quốc Dũng"). */
export function namesOnePerson(a: string, b: string): boolean {
  return matchKey(a) === matchKey(b) || a.endsWith(b) || b.endsWith(a) || begins(a, b) || begins(b, a) || shortFor(a, b) || shortFor(b, a) || spelledAnotherWay(a, b);
}

/** Edits (a letter added, dropped, changed, or two swapped) from one word to another. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** "Sheikh Mohammed bin Abdulrahman bin Jasim Al-Thani" for the gazetteer's "Mohammed bin Abdulrahman Al Thani": a longer
 *  form, with honorifics and a father's name, that holds every word of the other. */
const nameWords = (name: string) => matchKey(name).split(/[\s-]+/u).filter(Boolean);
const holdsEveryWord = (longer: string, name: string) => {
  const words = new Set(nameWords(longer));
  const own = nameWords(name);
  return own.length >= 2 && own.every((w) => words.has(w));
};

function samePerson(p: Draft, d: Draft): boolean {
  const sameCountry = !d.country || !p.country || p.country === d.country;
  if (d.leader && p.leader) return p.leader.id === d.leader.id;
  if (d.leader || p.leader) {
    const [a, b] = [p.mention.name, d.mention.name];
    if (a && b && (matchKey(a) === matchKey(b) || begins(a, b) || begins(b, a)) && sameCountry) return true;
    // The one the gazetteer knows, and the other written by a name it does not hold ("Yoon" and "Yoon Seo-gyeol").
    const [known, other] = p.leader ? [p, d] : [d, p];
    const knownName = known.mention.name;
    if (!other.name) return false;
    const misspelt = misspeltFrom(other.name, known.leader!.name);
    return (other.country === known.leader!.country || (!other.country && misspelt)) && (shortFor(known.leader!.name, other.name) || (!!knownName && shortFor(other.name, knownName)) || holdsEveryWord(other.name, known.leader!.name) || misspelt || spelledAnotherWay(other.name, known.leader!.name) || (!!knownName && spelledAnotherWay(other.name, knownName)));
  }
  if (d.name && p.name) return (p.name.endsWith(d.name) || d.name.endsWith(p.name) || begins(p.name, d.name) || begins(d.name, p.name) || ((p.country === d.country || sameOffice(p.title, d.title)) && (shortFor(p.name, d.name) || shortFor(d.name, p.name) || spelledAnotherWay(p.name, d.name)))) && sameCountry;
  return !d.name && !p.name && !!d.country && p.country === d.country && sameOffice(p.title, d.title);
}

/**
 * @param sides the countries and bodies on the call (from the call's sentences).
 * @param attendance sentences that list who took part in an online meeting, beside its call sentence.
 * @param members the officials the opening names of a grouping's members, when the call is the grouping's meeting.
 * @param more further sentences about the call: when the call's clauses name a side only by its
 *   role ("Lãnh đạo Liên minh châu Âu (EU) và Trung Quốc … họp trực tuyến"), the people of those
 *   countries these sentences name ("Chủ tịch Hội đồng châu Âu Charles Michel … với Thủ tướng
 *   Trung Quốc Lý Khắc Cường") are the participants instead.
 */
export function resolveParticipants(
  analysis: ArticleAnalysis,
  clauses: Array<{ sentence: AnalyzedSentence; hit: CallHit }>,
  eventDate: string | null,
  more: AnalyzedSentence[] = [],
  sides: ReadonlySet<string> = new Set(),
  attendance: AnalyzedSentence[] = [],
  members: Array<{ m: PersonMention; s: AnalyzedSentence }> = [],
): ResolvedParty[] {
  const raw: Array<{ m: PersonMention; s: AnalyzedSentence }> = [];
  for (const { sentence, hit } of clauses) for (const m of clausePeople(sentence, hit)) raw.push({ m, s: sentence });
  // An online meeting's attendance ("Tham dự có Chủ tịch Trung Quốc …, Tổng thống Nga …"): every official named there.
  // A leader the gazetteer knows counts without a title ("… ông Zelensky cho biết").
  // (Not one who tells of the meeting in a quote: "Trợ lý … cho biết: “… cuộc hội đàm qua video …”".)
  // (Nor the source a "Theo …," lead names: "Theo trợ lý Điện Kremlin …, cuộc trao đổi giữa hai nhà lãnh đạo …".)
  for (const s of attendance) {
    const verbs = reportingIndex().findAll(s.text, s.tokens);
    const sourceEnd = SOURCE_AT_HEAD.exec(s.text)?.[0].length ?? 0;
    for (const m of s.people) if (((m.title && m.country) || m.candidates.length > 0) && m.end > sourceEnd && !raw.some((r) => r.m === m) && !quotesTheCall(s, m, verbs)) raw.push({ m, s });
  }
  // A grouping's members, named by the opening (see summarizeCall).
  for (const r of members) if (!raw.some((x) => x.m === r.m)) raw.push(r);
  const nameless = (m: PersonMention) => !m.name && !m.candidates.length;
  // Only sides the call's clauses name by role alone: one named there ("Đại diện Thương mại Hoa Kỳ (USTR) Jamieson
  // Greer") is not replaced by whoever of that country the opening names next (an earlier call's leaders).
  const namedInClauses = new Set(raw.filter((r) => !nameless(r.m) && r.m.country).map((r) => r.m.country!));
  const roleCountries = new Set(raw.filter((r) => nameless(r.m) && r.m.country && !namedInClauses.has(r.m.country)).map((r) => r.m.country!));
  if (roleCountries.size) {
    const wanted = new Set([...roleCountries, ...[...sides].filter((c) => !namedInClauses.has(c))]);
    // Not those of a later call in the sentence that a time word leads to: "cuộc điện đàm này … diễn ra sau khi Tổng thống
    // Nga … điện đàm với Tổng thống Mỹ …" names an earlier call's leaders, not the ministers of "Ngoại trưởng Nga-Mỹ".
    const onTheCall = (s: AnalyzedSentence) => {
      const other = s.hits.filter((h, i) => i > 0 && OTHER_EVENT_TIME.test(s.text.slice(s.hits[i - 1]!.end, h.start)));
      const own = new Set(s.hits.filter((h) => !other.includes(h)).flatMap((h) => clausePeople(s, h)));
      const elsewhere = new Set(other.flatMap((h) => clausePeople(s, h)).filter((m) => !own.has(m)));
      return s.people.filter((m) => !elsewhere.has(m));
    };
    const named = more.flatMap((s) => onTheCall(s).filter((m) => !nameless(m) && m.title && m.country && wanted.has(m.country)).map((m) => ({ m, s })));
    const namedCountries = new Set(named.map((r) => r.m.country));
    if (named.length) raw.splice(0, raw.length, ...raw.filter((r) => !(nameless(r.m) && namedCountries.has(r.m.country))), ...named);
  }
  const all = everyone(analysis);
  const era = eraOf(analysis, eventDate, [...raw.map((r) => r.m), ...all.filter((m) => m.title && m.candidates.length === 1)]);

  // (Another side's office is the one its name has elsewhere when the call's clause gives it none: "ông Bùi Thanh Sơn đã
  // điện cho vị tương nhiệm Indonesia" under "Bộ trưởng Ngoại giao Bùi Thanh Sơn …".)
  const officeOf = (o: PersonMention) => o.title ?? (o.name ? titledNamesake(analysis, o)?.title : null) ?? null;
  const drafts: Draft[] = [];
  for (const { m, s } of raw) {
    const leader = pickCandidate(m, era);
    // A known leader the era does not pick out (no year) is still of the one country all the leaders of that name are.
    const candidateCountry = new Set(m.candidates.map((c) => c.country)).size === 1 ? m.candidates[0]!.country : null;
    const d: Draft = { name: leader || m.candidates.length ? null : m.name, country: m.country ?? (leader && sideAt(leader, era)) ?? candidateCountry, title: m.title, titleText: m.titleText, leader, mention: m, sentence: s, aliases: [], chains: m.titleText ? [m.titleText] : [] };
    if (!d.leader && !d.name) resolveRole(d, all, era, raw.some((r) => r.m !== m && !!officeOf(r.m) && !TOP_RANKS.has(officeOf(r.m)!.rank) && officeOf(r.m)!.rank !== 'grade'));
    // "ông Nguyễn Trọng Nghĩa" on the call, "Trưởng Ban Tuyên giáo Trung ương Nguyễn Trọng Nghĩa" under its photo: the office
    // and country the text gives that very name elsewhere.
    if (!d.leader && d.name && !d.title) {
      const titled = titledNamesake(analysis, m);
      if (titled) {
        d.title = titled.title;
        d.titleText = titled.titleText;
        d.country ??= titled.country;
        if (titled.titleText) d.chains.push(titled.titleText);
      }
    }
    if (d.leader) d.country ??= sideAt(d.leader, era);
    const same = drafts.find((p) => samePerson(p, d));
    if (same) {
      // (The side a mention writes beats the one the gazetteer gave a bare name: "Ông Guterres" in the headline,
      // "Tổng Thư ký Liên hợp quốc António Guterres" below.)
      if (d.mention.countryWritten && d.country && !same.mention.countryWritten) same.country = d.country;
      if ((isGeneric(same.title) || same.title!.rank === 'grade') && !isGeneric(d.title) && d.title!.rank !== 'grade') {
        same.title = d.title;
        same.titleText = d.titleText;
      }
      same.country ??= d.country;
      // (The one the gazetteer knows gives the side its identity, whichever of the two the text wrote first.)
      same.leader ??= d.leader;
      if (d.mention.name) same.aliases.push(d.mention.name);
      same.chains.push(...d.chains);
      continue;
    }
    drafts.push(d);
  }

  mergeRolesIntoNames(drafts);

  const parties = drafts.map((d) => {
    let title = isGeneric(d.title) ? null : asWritten(d.titleText) ?? d.title!.name;
    if (!title && d.leader) title = officeAt(d.leader, era)?.name ?? null;
    if (!title && d.title?.rank === 'counterpart') {
      const other = drafts.find((o) => o !== d && !isGeneric(o.title));
      title = other?.title?.name ?? null;
    }
    return {
      name: fullestName(d, all),
      title,
      country: d.country,
      leaderId: d.leader?.id ?? null,
      mention: d.mention,
      sentence: d.sentence,
    };
  });
  // Two parties the record would show as the same named person of the same country are one, however the article's
  // mentions of them were told apart (a transliterated name and the one in brackets after it, a headline's short form).
  const distinct = parties.filter((p, i) => !p.name || !parties.slice(0, i).some((o) => o.name === p.name && o.country === p.country));
  // A side of a country named only by a bare office ("Bộ trưởng Mỹ"), beside another side of that country with a fuller
  // office ("Đại diện Thương mại Mỹ"), is that side said again.
  const kept = distinct.filter((p) => !(p.name === null && p.country && bareOffice(p) && distinct.some((o) => o !== p && o.country === p.country && !bareOffice(o))));
  // A bare name with neither office nor country, beside two sides the text does place ("Cũng theo bà Sarah, …" of a
  // spokesperson quoted on the call), is someone speaking of the call, not a side of it.
  const placed = kept.filter((p) => p.country).length;
  const out = placed >= 2 ? kept.filter((p) => p.country || p.title || p.leaderId) : kept;
  // One named side whose chain gives no country ("Quyền Bộ trưởng Quốc phòng Kim Seon-ho"), beside sides that place all
  // but one of the countries the call's sentences name ("Bộ Quốc phòng Hàn Quốc cho biết …", "… Bộ trưởng Quốc phòng Mỹ
  // …"), and as many sides as those countries: it is of the country left.
  const left = [...sides].filter((c) => !out.some((p) => p.country === c));
  const unplaced = theUnplacedSide(out);
  if (unplaced && left.length === 1 && out.length === sides.size) {
    placeTheUnplacedSide(out, left[0]!, unplaced.sentence, clauses.find((c) => c.sentence === unplaced.sentence)?.hit);
  }
  return out;
}

/** The one named side of `parties` whose chain gave no country, if there is exactly one. */
function theUnplacedSide<P extends { name: string | null; country: string | null }>(parties: P[]): P | undefined {
  const unplaced = parties.filter((p) => !p.country && p.name);
  return unplaced.length === 1 ? unplaced[0] : undefined;
}

/** Give `country` to the one named side of `parties` whose chain gave none, when `sentence` names that country on the
 *  side's side of its call (see placesOnItsSide) and no side holds it yet. Whether it did. */
export function placeTheUnplacedSide(
  parties: Array<{ name: string | null; country: string | null; mention: PersonMention | null }>,
  country: string,
  sentence: AnalyzedSentence,
  hit: CallHit | undefined,
): boolean {
  const unplaced = theUnplacedSide(parties);
  if (!unplaced || parties.some((p) => p.country === country) || !placesOnItsSide(sentence, hit, unplaced.mention, country)) return false;
  unplaced.country = country;
  return true;
}

/**
 * Does `sentence` name `country` on the same side of its call phrase as `mention`, so that an official whose own chain gives
 * no country may be of it ("Bộ Quốc phòng Hàn Quốc cho biết Quyền Bộ trưởng Quốc phòng Kim … và … đã điện đàm")? Not a
 * subject before the phrase with a country its counterpart's chain names after it ("Quyền Tổng thống Han … nói chuyện qua
 * điện thoại với chỉ huy Lực lượng Hoa Kỳ …"), nor a mention of another sentence.
 */
function placesOnItsSide(sentence: AnalyzedSentence, hit: CallHit | undefined, mention: PersonMention | null, country: string): boolean {
  if (!hit || !mention || !sentence.people.includes(mention)) return false;
  // (The country by its name, or by another official of it: "… nhiệm kỳ của cựu Tổng thống Donald Trump, … Tướng Mark Milley".)
  const places = [
    ...sentence.entities.filter((e) => e.refs.some((r) => (r.type === 'country' || r.type === 'body') && r.code === country)),
    ...sentence.people.filter((p) => p !== mention && p.country === country),
  ];
  return places.some((place) => mention.start < hit.start === place.start < hit.start);
}

/** A party known by no more than a bare office: "Bộ trưởng", "Thứ trưởng", "nhà lãnh đạo". */
const bareOffice = (p: { title: string | null; mention: PersonMention }) => !p.title || (!!p.mention.title && (isGeneric(p.mention.title) || p.mention.title.id in BARE_OFFICES) && !p.mention.qualified);

/**
 * A side named only by its role in one clause ("… với Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng
 * sản Trung Quốc") and by name in another ("đồng chí Lưu Kiến Siêu, …, Trưởng Ban Liên lạc …") is one
 * person: the only named party of that country whose office fits. The better title stays.
 */
function mergeRolesIntoNames(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const role = drafts[i]!;
    if (role.name || role.leader || !role.country) continue;
    let named = drafts.filter((d) => d !== role && (d.name || d.leader) && d.country === role.country);
    // …or the only named party whose country no chain gave, in the same office: the headline's "Bộ trưởng Quốc phòng
    // Brazil", the opening's "Bộ trưởng Quốc phòng José Múcio Monteiro" (that party's country is the role's); so too when
    // the one of the role's country holds another office ("Chủ tịch Hội đồng Tham mưu trưởng Liên quân Hoa Kỳ" beside
    // "Tổng thống …", then "Tướng Mark Milley").
    if (named.length === 1 && !fits(role, named[0]!)) named = [];
    if (!named.length) named = drafts.filter((d) => d !== role && d.name && !d.leader && !d.country && sameOffice(role.title, d.title));
    if (named.length !== 1 || !fits(role, named[0]!)) continue;
    const person = named[0]!;
    person.country ??= role.country;
    if (isGeneric(person.title) || person.title!.rank === 'grade' || (role.mention.qualified && !person.mention.qualified && person.title!.rank === role.title?.rank)) {
      person.title = role.title;
      person.titleText = role.titleText;
    }
    // The person takes the role's place when the role came first: the headline's "Phó Thủ tướng điện đàm với Ngoại
    // trưởng Mỹ" puts the Vietnamese side first, however many deputy prime ministers the gazetteer held then.
    const at = drafts.indexOf(person);
    drafts.splice(i, 1);
    if (at > i) drafts.splice(i, 0, ...drafts.splice(at - 1, 1));
  }
}

/** Bare titles and the ranks of the offices they may stand for. */
const BARE_OFFICES: Record<string, readonly string[]> = {
  'bo-truong': ['minister', 'foreign-minister'],
  'thu-truong': ['deputy'],
};

/** Offices that can be one person's: the same office, or one of them a grade, a generic role or a body's office. */
function fits(role: Draft, person: Draft): boolean {
  if ((sameOffice(role.title, person.title) && !headOfABody(role.mention, role.title, person.mention, person.title)) || isGeneric(role.title)) return true;
  // "Bộ trưởng Australia" in the headline, "Bộ trưởng Ngoại giao Australia Marise Payne" in the opening: the bare
  // minister's title fits any minister's office.
  if (role.title && person.title && BARE_OFFICES[role.title.id]?.includes(person.title.rank)) return true;
  if (role.title && person.mention.offices?.some((t) => t.id === role.title!.id)) return true;
  // "Chủ tịch Đảng Nhân dân Campuchia" in the headline, "Chủ tịch Đảng Nhân dân Campuchia (CPP), Thủ tướng Chính phủ …
  // Hun Sen" below: the role written out in the person's own chain.
  if (role.titleText && person.chains.some((c) => matchKey(c).includes(matchKey(role.titleText!)))) return true;
  // "Phó Thủ tướng" in the headline, "Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh" below: an office he held.
  if (role.title && person.leader?.offices.some((o) => o.title === role.title!.id)) return true;
  const official = (d: Draft) => !!d.mention.qualified || d.title?.rank === 'official';
  return official(role) && official(person);
}

/** A title as written, with its first letter in capitals ("tổng thống" → "Tổng thống"). */
function asWritten(titleText: string | null): string | null {
  if (!titleText) return null;
  const t = titleText.replace(/\s+/g, ' ').trim();
  return t === t.toUpperCase() ? null : t.charAt(0).toUpperCase() + t.slice(1);
}

/** A name written with its first name's initial: "D.Trump", "V. Putin". */
const INITIAL_FIRST = /^\p{Lu}\.\s*\p{Lu}/u;

/** The fullest way the article writes this party's name (the gazetteer's name if the article gives none). */
function fullestName(d: Draft, all: PersonMention[]): string | null {
  let best: string | null = null;
  const consider = (n: string | null) => {
    if (n && (!best || n.length > best.length)) best = n;
  };
  if (d.leader) {
    const id = d.leader.id;
    const known: string[] = [];
    for (const m of all) if (m.name && m.candidates.some((c) => c.id === id) && (m.candidates.length === 1 || m.title)) known.push(m.name);
    known.forEach(consider);
    // (Not a misspelt alias, however long: "Marrcon" is Macron; nor one spelt otherwise than every full form the gazetteer
    // knows in the text, "Raoul Castro" beside "Raul Castro". A surname alone, "Yoon", leaves "Yoon Sok-yol" its place.)
    const full = known.filter((k) => nameWords(k).length >= 2);
    for (const alias of d.aliases) if (!misspeltFrom(alias, d.leader.name) && (!full.length || full.some((k) => holdsEveryWord(alias, k)))) consider(alias);
    // (Not a form with an initial for the first name, "D.Trump", "V. Putin", nor a surname alone, "Tập", "Biden", when that is
    // all the article writes: the gazetteer's name is fuller.)
    return best && !INITIAL_FIRST.test(best) && (nameWords(best).length >= 2 || nameWords(d.leader.name).length < 2) ? best : d.leader.name;
  }
  if (!d.name) return null;
  const last = d.name.split(/\s+/).pop()!;
  for (const m of all) if (m.name && m.name.split(/\s+/).includes(last) && (!d.country || !m.country || m.country === d.country)) consider(m.name);
  d.aliases.forEach(consider);
  return best ?? d.name;
}
