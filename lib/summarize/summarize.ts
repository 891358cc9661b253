import { analyzeArticle, analyzeSentence, type AnalyzedSentence } from '../detect/analysis';
import { meetingHitByReference, type CallHit } from '../detect/call-phrases';
import { anotherMeeting, countryByName, liveOnline, bridgeSides, subjectGroupings, chairCountries, dashedPairs, attendanceOf, countryOf, bodySidesOf, bracketedCountries, captionPair, countsPair, groupingsMeeting, knownCallHit, pairNamedLater, quoteSpeaker, leadersListed, paragraphOf, partiesOf, qualifies, sameCallNeighbours, sidesOf, counterpartBodyOf, retelling, placesNamed, placesAlsoInHeadline, namedSides, subjectCountries, seatTelling, addressCountries, bareCallNoun, beforeOtherEvent, type CallDetection } from '../detect/detect';
import type { Article } from '../extract/types';
import { BRIDGE_END, OTHER_EVENT_TIME } from '../detect/vocabulary';
import { aboutTheCall, findAgreements, findInitiator, findOrdinal, findTopics } from './facts';
import { captionDate, findEarlierCalls, NO_EVENT_DATE, resolveEventDate } from './event-date';
import { clausePeople, FORMER_BEFORE, namesOnePerson, placeTheUnplacedSide, resolveParticipants, type ResolvedParty } from './participants';
import { anniversaryYear, latestYearNamed, monthFloorNamed, withYear, yearNearby, yearOfArticle, yearOfSameDay } from './dates';
import { bodyByCode } from '../gazetteer/entities';
import { narrow, spanAround, tenure } from '../gazetteer/offices';
import { matchKey } from '../text';
import type { PersonMention } from '../gazetteer/people';
import type { CallKind, CallRecord } from './types';

/**
 * summarizeCall(article, detection) → CallRecord, or null when the detection says the article
 * is not about a call. Each field carries the sentence it came from (record.evidence).
 */

/** Paragraphs (1 = sapo) whose call sentences describe the call itself. */
const OPENING_PARAGRAPHS = 3;
/** How far down the text may tell Vietnam's part in a grouping's meeting. */
const VIETNAM_PART_PARAGRAPHS = 2;
/** …in a sentence about the meeting (it names the meeting, or someone taking part in it), not one of another time
 *  ("Trước đó một ngày, Thủ tướng … đã dự lễ kỷ niệm …"). */
const TAKES_PART = /(?<![\p{L}])(?:dự|tham\s+dự|chủ\s+trì|đồng\s+chủ\s+trì|dẫn\s+đầu|phát\s+biểu|tham\s+gia|tại\s+(?:đây|hội\s+nghị|cuộc\s+họp|phiên\s+họp))(?![\p{L}])/iu;
/** How far down Vietnam's end of the meeting (BRIDGE_END: "Tại điểm cầu Hà Nội, có sự tham dự của …") may be told. */
const BRIDGE_END_PARAGRAPHS = 6;
/** "Ngày 26-11, Bộ Công an tổ chức … Hội nghị Bộ trưởng ASEAN …": a body named without a country (the Vietnamese press's
 *  own: see lib/gazetteer/data/organisations.ts) that holds or chairs the meeting. */
const BODY_HOSTS = /(?:^|,\s*)((?:Bộ|Ban|Văn\s+phòng|Ủy\s+ban|Uỷ\s+ban|Tòa\s+án|Toà\s+án|Viện|Quốc\s+hội|Chính\s+phủ)(?:\s+[\p{L}]+){0,5}?)\s+(?:đã\s+)?(?:tổ\s+chức|chủ\s+trì|đăng\s+cai|phối\s+hợp\s+tổ\s+chức)(?![\p{L}])/u;
function vietnameseBodyHosts(s: AnalyzedSentence): boolean {
  const m = BODY_HOSTS.exec(s.text);
  if (!m) return false;
  const start = m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  // (Not "Bộ Ngoại giao Thái Lan tổ chức …": a body with a country word is that country's.)
  return !s.entities.some((e) => e.start < end && e.end > start && e.refs.some((r) => r.type === 'country' || r.type === 'body'));
}
const ANOTHER_TIME = /^[^,]{0,20}?(?<![\p{L}])(?:trước\s+đó|sau\s+đó|hôm\s+trước|năm\s+ngoái)(?![\p{L}])/iu;
/** "… cũng tham gia cuộc gọi", "… có mặt trong cuộc điện đàm": those named before it took part in this call. */
const JOINED_THE_CALL = /(?<![\p{L}])(?:cũng\s+)?(?:tham\s+gia|tham\s+dự|có\s+mặt\s+(?:trong|tại))\s+(?:cuộc\s+)?(?:gọi|điện\s+đàm|điện\s+thoại|hội\s+đàm)(?:\s+(?:này|nói\s+trên|trên))?(?![\p{L}])/iu;
/** How far down a sentence saying who joined the call is looked for. */
const JOINED_PARAGRAPHS = 10;
/** Paragraphs (the headline's 0 and the sapo's 1 among them) whose full dates may give a day and month its year. */
const NEAR_DATE_PARAGRAPHS = 2;
/** Paragraphs (the headline's 0 and the sapo's 1 among them) whose years may give a day and month of an undated copy its
 *  year when nothing nearer does: further down, a copy goes back over the sides' history. */
const YEAR_PARAGRAPHS = 4;
/** A grouping's name with its year: "Chủ tịch ASEAN 2020", "Hội nghị thượng đỉnh APEC 2020". */
const GROUPING_YEAR_AFTER = /^\s+((?:19|20)\d{2})(?![\d/.-])/u;

/** The year a copy without its date says it is written in: the latest anniversary span's end, or of a grouping's year
 *  (the year of its chair or its summit), whichever is later. Years told any other way ("tháng 9/2023", "năm 2017") may
 *  be of an earlier event, and say nothing of the copy's. */
function yearOfTheText(sentences: AnalyzedSentence[]): number | null {
  let year = anniversaryYear(sentences.map((s) => s.text).join('\n'));
  for (const s of sentences)
    for (const e of s.entities) {
      const m = e.refs.some((r) => r.type === 'body') ? GROUPING_YEAR_AFTER.exec(s.text.slice(e.end)) : null;
      if (m) year = Math.max(year ?? 0, +m[1]!);
    }
  return year;
}
/** Whether two mentions of one country's officials are one person: a leader both are read as, or names that write one
 *  ("Raoul Castro", "Raul Castro"; "ông Tập", "Tập Cận Bình"). */
function samePerson(a: PersonMention, b: PersonMention): boolean {
  return a.candidates.some((x) => b.candidates.some((y) => y.id === x.id)) || (!!a.name && !!b.name && namesOnePerson(a.name, b.name));
}

/** How many of the article's photo captions are read for the call's date. */
const CAPTIONS_READ = 20;
/** Words after an online meeting's phrase, in its sentence, that say who attended it. */
const ATTENDANCE_AFTER = /,[^,]{0,120}(?<![\p{L}])(?:tham\s+dự|tham\s+gia|dự\s+họp)(?![\p{L}])/iu;
/** Words before a call phrase that tell another call of the same side: "cũng (đã) điện đàm", "lần lượt điện đàm", "cùng
 *  ngày", a sentence that opens "Cũng trong ngày 11/3, …". */
const ALSO_CALLED = /(?<![\p{L}])(?:(?:cũng|lần\s+lượt)(?:\s+(?:đã|có|đã\s+có|lần\s+lượt))?(?:\s+(?:cuộc|các\s+cuộc))?\s+$|cùng\s+ngày(?![\p{L}]))/iu;
const ALSO_OPENING = /^cũng\s+(?:trong|vào)\s+(?:ngày|hôm)(?![\p{L}])/iu;
/** "… cuộc điện đàm cùng ngày với …": the same day's other call, named after its phrase. */
const SAME_DAY_AFTER = /^\s*cùng\s+ngày(?![\p{L}])/iu;
/** Hours apart, so the same day's: "… vài giờ sau cuộc điện đàm với …", "vài tiếng trước khi …", anywhere
 *  before the call phrase in its sentence. */
const HOURS_APART = /(?<![\p{L}])(?:vài|ít|mấy|một|hai|ba|\d+)\s+(?:giờ|tiếng)(?:\s+đồng\s+hồ)?\s+(?:sau|trước)(?![\p{L}])/iu;
/** A story of one side's several calls, as its headline or opening says ("… gọi điện loạt lãnh đạo Đông Nam Á", "… điện
 *  đàm với lãnh đạo các nước", "Hai cuộc điện đàm cùng bàn về …", "… những cuộc điện đàm trong tuần"): each call of that
 *  side the opening tells is the story's, an earlier one too, and one hours apart in the call's own sentence. */
const CALL_VERB = String.raw`(?:điện\s+đàm|gọi\s+điện(?:\s+thoại)?|hội\s+đàm\s+trực\s+tuyến|(?:trao\s+đổi|nói\s+chuyện)\s+qua\s+điện\s+thoại)`;
const SEVERAL_CALLS = new RegExp(
  String.raw`(?<![\p{L}])(?:${CALL_VERB}\s+(?:(?:với|cho)\s+)?(?:(?:loạt|nhiều|một\s+số|các)\s+(?:nhà\s+)?lãnh\s+đạo|lãnh\s+đạo\s+(?:các|nhiều)\s+nước)|(?:hai|ba|bốn|loạt|những)\s+cuộc\s+(?:điện\s+đàm|gọi|điện\s+thoại)|lần\s+lượt\s+${CALL_VERB})(?![\p{L}])`,
  'iu',
);
/** How far down the one holder of such an office may name a side known by its country alone, in a sentence that has
 *  them address a named side: a call article tells each side's part in a paragraph of its own ("Thủ tướng Kuwait … cảm
 *  ơn Thủ tướng …" after the host's three). */
const SOLE_NAMING_PARAGRAPHS = 6;
/** Offices a country (or an organisation) has one holder of at a time: the opening's only such official of a side's
 *  country is that side. */
const SOLE_OFFICE_RANKS: ReadonlySet<string> = new Set(['head-of-state', 'head-of-government', 'monarch', 'party-leader', 'leader', 'foreign-minister', 'org-head', 'legislature-head']);
/** How far down (the headline's 0) a story says it tells several calls. */
const SEVERAL_CALLS_PARAGRAPHS = 4;
/** How many characters before the call phrase ALSO_CALLED is looked for ("cùng ngày" may stand before the frame). */
const ALSO_WINDOW = 40;
/** How far down those other calls are read. */
const ALSO_PARAGRAPHS = 8;
/** How far down a grouping's meeting may name its members' leaders ("Thủ tướng Nhật Bản …, Thủ tướng Ấn Độ … cùng nhấn mạnh"). */
/** How far down a grouping's online meeting may be told again with its attendance (see summarizeCall). */
const RETOLD_MEETING_PARAGRAPHS = 5;
const MEMBERS_PARAGRAPHS = 6;

export function summarizeCall(article: Article, detection: CallDetection): CallRecord | null {
  if (!detection.isCall || !detection.kind) return null;
  const analysis = analyzeArticle(article);
  let kind: CallKind = detection.kind;
  const sentences = analysis.sentences;
  const published = article.publishedAt?.slice(0, 10) ?? null;

  // The sentences that report this call: the headline's, and the first in the opening.
  const callClauses: Array<{ sentence: AnalyzedSentence; hit: CallHit }> = [];
  const title = sentences.find((s) => s.role === 'title');
  const titleHit = title?.hits.find((h) => qualifies(h, title));
  if (title && titleHit) callClauses.push({ sentence: title, hit: titleHit });
  // …and when that one names nobody, the next that does: "Thông tin về cuộc điện đàm được đăng … . Bộ này mô tả cuộc
  // điện đàm giữa Ngoại trưởng …".
  for (const s of sentences) {
    if (s.role === 'title' || s.earlier || s.paragraph > OPENING_PARAGRAPHS) continue;
    const hit = s.hits.find((h) => qualifies(h, s) && !h.earlier);
    if (!hit) continue;
    // (Not another meeting online the opening names beside the headline's call: see anotherMeeting.)
    if (title && titleHit && anotherMeeting(title, titleHit, s, hit)) continue;
    callClauses.push({ sentence: s, hit });
    // "Sau cuộc điện đàm, Tổng thống … bày tỏ vui mừng khi điện đàm với …": the call named bare, then again with its other side.
    // (Not when the sentence named both sides before it, "X và Y đã có cuộc điện đàm kéo dài …, một ngày sau cuộc điện đàm
    // giữa X với Z", nor when a time word leads to the second, "Cuộc điện đàm này diễn ra sau khi X điện đàm với Z": those
    // tell an earlier call.)
    const sidesBefore = (h: CallHit) => new Set(s.people.filter((p) => p.end <= h.start && p.country).map((p) => p.country)).size;
    const again = bareCallNoun(s, hit) ? s.hits.find((h) => h.start > hit.end && qualifies(h, s) && !h.earlier && sidesBefore(h) < 2 && !OTHER_EVENT_TIME.test(s.text.slice(hit.end, h.start))) : undefined;
    if (again) callClauses.push({ sentence: s, hit: again });
    if (s.people.length) break;
  }
  if (!callClauses.length) {
    const s = sentences.find((x) => x.text === detection.callSentence);
    // (A meeting the photos show was held online names no call: its meeting word is the call's phrase.)
    const hit = s && (s.hits.find((h) => qualifies(h, s)) ?? knownCallHit(s) ?? (detection.kind === 'video' ? meetingHitByReference(s.text, s.tokens, '') : null) ?? undefined);
    if (s && hit) callClauses.push({ sentence: s, hit });
  }
  // A call sentence with one side, and a later one that tells the same call with both (see retelling).
  const last = callClauses[callClauses.length - 1];
  if (last && new Set(callClauses.flatMap(({ sentence }) => [...partiesOf(sentence)])).size < 2) {
    const retold = retelling(analysis, last.sentence, last.hit);
    const hit = retold?.hits.find((h) => !h.earlier && qualifies(h, retold));
    if (retold && hit) callClauses.push({ sentence: retold, hit });
  }
  // "X đã hội đàm với Y. Do dịch …, cuộc hội đàm được tổ chức theo hình thức trực tuyến": a call sentence that
  // names nobody takes its people and date from the sentence before it that it goes on about.
  const before = callClauses.flatMap(({ sentence }) => (sentence.people.length ? [] : sameCallNeighbours(analysis, sentence).filter((n) => n.index < sentence.index)));
  // "Tại cuộc điện đàm, hai bên …": a sentence that speaks of the call as known, without both its sides, takes
  // them from its paragraph, or else from the headline and the paragraphs before it, which it refers to.
  // …but a copy without its headline whose first photo shows two officials, among them every side the call sentences name
  // ("Cuộc điện đàm diễn ra khi … . Quan hệ giữa Ấn Độ và Pakistan xấu đi …" under a photo of the French and Indian leaders),
  // takes the photo's pair: the paragraph goes on to the call's background.
  const pictured = article.title ? [] : captionPair(analysis);
  // (Not those of another event the call is dated by: "Cuộc điện đàm diễn ra 4 ngày sau khi Ngoại trưởng Pháp … gặp …".)
  // (…and a grouping whose members' officials met, named as the call's subject: see subjectGroupings.)
  const ownSides = new Set(
    callClauses.flatMap(({ sentence, hit }) => [...beforeOtherEvent(sentence, hit).people.flatMap((m) => (countryOf(m) ? [countryOf(m)!] : [])), ...subjectGroupings(sentence, hit)]),
  );
  // (…and a pictured official is one the call's clause names, or of a country it names no one of: not the two presidents'
  // photo over their security advisers' call.)
  const clauseNamed = callClauses.flatMap(({ sentence, hit }) => beforeOtherEvent(sentence, hit).people.filter((m) => m.name && countryOf(m)));
  const pictureFits =
    pictured.length > 0 &&
    [...ownSides].every((c) => pictured.some(({ m }) => countryOf(m) === c)) &&
    pictured.every(({ m }) => {
      const ofItsCountry = clauseNamed.filter((n) => countryOf(n) === countryOf(m));
      return !ofItsCountry.length || ofItsCountry.some((n) => samePerson(n, m));
    });
  for (const { sentence, hit } of callClauses) {
    if (new Set(sentence.people.map((p) => p.country).filter(Boolean)).size >= 2 || !(knownCallHit(sentence) || (bareCallNoun(sentence, hit) && placesNamed(sentence).size < 2))) continue;
    if (pictureFits) continue;
    const paragraph = paragraphOf(analysis, sentence);
    before.push(...paragraph);
    if (paragraph.flatMap((s) => s.people).length < 2) before.push(...sentences.filter((s) => s !== sentence && !paragraph.includes(s) && (s.role === 'title' || (s.paragraph < sentence.paragraph && !s.earlier))));
  }
  const callSentences = [...callClauses.map((c) => c.sentence), ...before];

  const partyCountries = new Set(callSentences.flatMap((s) => [...partiesOf(s)]));
  // A photo's caption standing in for a missing headline is dated as the photo was filed ("…, ngày 10/3. Ảnh: VGP" over
  // "Tối 9/3, Thủ tướng … điện đàm …"): the body's own call sentences say the call's day when they can.
  const captionHeadline = article.title ? undefined : sentences.find((s) => s.role === 'title');
  const bodyCallSentences = callSentences.filter((s) => s !== captionHeadline);
  let event = NO_EVENT_DATE;
  if (captionHeadline && bodyCallSentences.length) event = resolveEventDate(bodyCallSentences, sentences.filter((s) => s !== captionHeadline), published, kind === 'planned', partyCountries);
  if (!event.date && !event.partial) event = resolveEventDate(callSentences, sentences, published, kind === 'planned', partyCountries);
  // No date in the text: a photo caption's, when it dates the call in the week before publication.
  if (!event.date && !event.partial) {
    const fromCaption = captionDate(article.captions.slice(0, CAPTIONS_READ).map((c) => analyzeSentence(c, 'body', -1, 0)), published);
    if (fromCaption) event = fromCaption;
  }
  // No publication date: a day and month take the year of the copy, when it says so.
  if (!published && !event.date && event.partial) event = { ...event, date: withYear(event.partial, yearOfArticle(article)) };
  // The years below are read from the text, which also names other events' days and years: none is taken in which a
  // leader the call's sentences name did not hold the office they give him (the latest year of "Đối tác toàn diện …
  // thiết lập ngày 10/11/2017" is not the year of a call with a prime minister in office since 2025; nor is "18/9/2013",
  // the day of another event years before, the year of a call with a prime minister in office since 2021).
  const callLeaders = callSentences.flatMap((s) => s.people.filter((m) => m.candidates.length === 1));
  // (An office the gazetteer does not know a leader in, a deputy minister's years before he became minister, rules out
  // nothing.)
  const heldOffice = (date: string | null) =>
    !!date &&
    callLeaders.every((m) => {
      const spans = tenure(m.candidates[0]!, m.title);
      return spans.length === 0 || narrow(spans, [spanAround(date)]).length > 0;
    });
  const inTextYear = (year: number | null) => {
    const date = withYear(event.partial!, year);
    return heldOffice(date) ? date : null;
  };
  // …or of the same day written with its year anywhere in the text, a photo's caption too ("… sáng ngày 18/9/2019").
  if (!published && !event.date && event.partial) {
    const whole = [...sentences.map((s) => s.text), ...article.captions.slice(0, CAPTIONS_READ)].join('\n');
    event = { ...event, date: inTextYear(yearOfSameDay(event.partial, whole)) };
  }
  // …or of a full date the opening writes near that day ("Ngày 6/5, … chúc mừng chiến thắng … ngày 3/5/2025").
  if (!published && !event.date && event.partial) {
    const opening = sentences.filter((s) => s.paragraph <= NEAR_DATE_PARAGRAPHS).map((s) => s.text).join('\n');
    event = { ...event, date: inTextYear(yearNearby(event.partial, opening)) };
  }
  // …or of the year the text says it is written in: an anniversary's span, a grouping's year ("Năm Chủ tịch ASEAN 2020").
  if (!published && !event.date && event.partial) event = { ...event, date: inTextYear(yearOfTheText(sentences)) };
  // …or, failing all of those, of the latest year its opening names at all (not a plan's): the least year it can be
  // written in, and most often the year itself. A day before a month the opening names as gone by is in the year after
  // it ("Tối 12/2, …" over "… chuyến thăm hồi tháng 10/2025").
  if (!published && !event.date && event.partial) {
    const opening = sentences.filter((s) => s.paragraph <= YEAR_PARAGRAPHS).map((s) => s.text).join('\n');
    const year = latestYearNamed(opening);
    const floor = monthFloorNamed(opening);
    const inYear = withYear(event.partial, year);
    event = { ...event, date: inTextYear(inYear && floor && inYear < floor ? year! + 1 : year) };
  }
  const moreCallSentences = sentences.filter((s) => s.role !== 'title' && !s.earlier && s.paragraph <= OPENING_PARAGRAPHS && !callSentences.includes(s) && s.hits.some((h) => qualifies(h, s)));
  // An online meeting's (held or still to come) attendance: "Cuộc họp sẽ do Tổng thống Pháp …, Thủ tướng Đức … đồng chủ trì".
  const online = kind === 'video' || callClauses.some((c) => c.hit.cue === 'video');
  // "…, Bộ trưởng Ngoại giao Lê Hoài Trung tham dự": the call sentence itself may say who attended.
  const attendingInClause = online ? callClauses.filter(({ sentence, hit }) => ATTENDANCE_AFTER.test(sentence.text.slice(hit.end))).map((c) => c.sentence) : [];
  const attendance = [...before, ...attendingInClause, ...(online ? callSentences.flatMap((c) => attendanceOf(analysis, c)) : [])];
  const meetingOf = new Set(callClauses.flatMap(({ sentence, hit }) => groupingsMeeting(sentence, hit)));
  // The grouping's meeting told again further down, then who attended ("Hội nghị Thượng đỉnh … SCO diễn ra theo hình thức
  // trực tuyến sáng 4/7. Sự kiện có sự tham dự của Tổng thống Nga …"): that attendance too.
  if (online && meetingOf.size) {
    const retold = sentences.filter(
      (s) => s.paragraph > OPENING_PARAGRAPHS && s.paragraph <= RETOLD_MEETING_PARAGRAPHS && !s.earlier && s.hits.some((h) => liveOnline(h) && groupingsMeeting(s, h).some((c) => meetingOf.has(c))),
    );
    for (const s of retold) for (const x of attendanceOf(analysis, s)) if (!attendance.includes(x)) attendance.push(x);
  }
  const groupings = [...meetingOf].filter((code) => bodyByCode(code)?.members);
  const memberCountries = new Set(groupings.flatMap((code) => bodyByCode(code)!.members!));
  const members = sentences
    .filter((s) => s.paragraph <= MEMBERS_PARAGRAPHS && !s.earlier)
    .flatMap((s) => s.people.filter((m) => m.name && (m.title || m.candidates.length) && m.country && memberCountries.has(m.country)).map((m) => ({ m, s })));
  // "Các đặc phái viên của Tổng thống Trump - ông Steve Witkoff và …, cũng tham gia cuộc gọi": those who joined the call.
  const joined = sentences
    .filter((s) => s.paragraph <= JOINED_PARAGRAPHS && !s.earlier)
    .flatMap((s) => {
      const at = JOINED_THE_CALL.exec(s.text)?.index;
      return at === undefined ? [] : s.people.filter((m) => m.start < at && m.name && (m.title || m.candidates.length) && m.country).map((m) => ({ m, s }));
    });
  const parties = resolveParticipants(analysis, callClauses, event.date, moreCallSentences, partyCountries, attendance, [
    ...members,
    ...callClauses.flatMap(({ sentence, hit }) => quoteSpeaker(analysis, sentence, hit) ?? []),
    // (The photo's pair rather than those the next sentences name, when the call's own sentences fit it: see pictured.)
    ...(pictureFits ? [] : callClauses.flatMap(({ sentence, hit }) => pairNamedLater(analysis, sentence, hit))),
    // A copy that starts with the call spoken of as known and names its sides only under its first photo (see decide).
    // (When it fits the call sentences, the photo's pair whole: a name the photo spells otherwise, "Raoul" for "Raul", is the
    // same side, merged with the call sentence's.)
    ...(pictureFits
      ? pictured
      : !article.title && partyCountries.size < 2 && callClauses.some(({ sentence, hit }) => knownCallHit(sentence) === hit || bareCallNoun(sentence, hit))
        ? pictured
        : []),
    ...joined,
  ]);
  // A grouping named by its leaders ("Các nhà lãnh đạo nhóm BRICS …") is not a party beside its members named.
  // (Members of two countries at least: the officials of one end of an online meeting, "Tại điểm cầu Hà Nội, có sự tham dự
  // của ông … ; ông …", leave the grouping its place.)
  const named = parties.filter((p) => p.name).length;
  const namedCountries = new Set(parties.flatMap((p) => (p.name && p.country ? [p.country] : []))).size;
  for (let i = parties.length - 1; i >= 0; i--) {
    const p = parties[i]!;
    if (!p.name && p.country && bodyByCode(p.country) && named >= 2 && namedCountries >= 2) parties.splice(i, 1);
  }
  /** A side named only by its country or body, told in `sentence`, unless a party of that country is there already. */
  const addSide = (country: string, sentence: AnalyzedSentence) => {
    if (!parties.some((p) => p.country === country)) parties.push({ name: null, title: null, country, leaderId: null, mention: null, sentence });
  };
  /** …or, for a country the call's own clause names, the one named side there whose chain gives none ("Bộ Quốc phòng Hàn
   *  Quốc cho biết Quyền Bộ trưởng Quốc phòng Park Min-jae và Bộ trưởng Quốc phòng Australia …"): that side is of it. */
  const placeSide = (country: string, sentence: AnalyzedSentence, hit?: CallHit) => {
    if (bodyByCode(country) || !placeTheUnplacedSide(parties, country, sentence, hit)) addSide(country, sentence);
  };
  // A side the text names only by its country ("quan chức ngoại giao Mỹ và Trung Quốc đã có cuộc điện đàm") or its body
  // ("hội nghị trực tuyến giữa Đảng Cộng sản Trung Quốc với …") is that country.
  for (const { sentence, hit } of callClauses) {
    // A sentence that counts two sides ("hai vị tổng thống …") whom the text names: the countries it names besides are its topic.
    if (countsPair(sentence, hit) && named >= 2) continue;
    // …or by its leaders as a group ("… cùng lãnh đạo Pháp, Đức, Italia"), but for the grouping whose meeting it is.
    // (Not the sides of another event the sentence dates the call by: "… được tiến hành hai ngày sau khi đặc phái viên Pháp gặp
    // quan chức Iran".)
    const own = beforeOtherEvent(sentence, hit);
    for (const code of [...sidesOf(sentence, hit), ...counterpartBodyOf(sentence, hit), ...bodySidesOf(sentence, hit), ...leadersListed(own).filter((c) => !meetingOf.has(c)), ...namedSides(own), ...bracketedCountries(own), ...subjectCountries(own), ...seatTelling(own)]) placeSide(code, sentence, hit);
  }
  // "… với sự tham gia của lãnh đạo Anh, Canada, Pháp …" in a sentence on who attended: each country a side.
  for (const s of attendance) for (const code of leadersListed(s).filter((c) => !meetingOf.has(c))) addSide(code, s);
  // A grouping's own meeting that names fewer than two of its members ("Thủ tướng … chủ trì Hội nghị trực tuyến Cấp cao
  // đặc biệt ASEAN") has the grouping as a party.
  // Nor one whose members the call sentence lists ("… sự tham dự của lãnh đạo các nước thành viên: Brazil, Nga, …").
  const listed = new Set(callClauses.flatMap(({ sentence }) => leadersListed(sentence).filter((c) => !meetingOf.has(c))));
  for (const code of meetingOf) {
    if (!bodyByCode(code)?.members && namedCountries < 2 && listed.size < 2) addSide(code, callClauses[0]!.sentence);
  }
  // A small grouping's own meeting ("Các nhà lãnh đạo G7 sẽ họp trực tuyến với Tổng thống Ukraine") is a meeting of its
  // members: each one the opening names by an official, the others by their country.
  for (const code of groupings) {
    const at = parties.findIndex((p) => p.country === code && !p.name);
    if (at >= 0) parties.splice(at, 1);
    for (const country of bodyByCode(code)!.members!) addSide(country, callClauses[0]!.sentence);
  }
  // A grouping's summit with a partner, named by the meeting's own name ("Hội nghị Cấp cao ASEAN - Nhật Bản", "Hội nghị Cấp
  // cao Mekong - Hàn Quốc"): the partner is a side beside the grouping.
  for (const { sentence, hit } of callClauses) {
    for (const pair of dashedPairs(sentence)) {
      if (pair.start < hit.start || pair.end > hit.end) continue;
      if (meetingOf.has(pair.a) && !bodyByCode(pair.b)) addSide(pair.b, sentence);
      if (meetingOf.has(pair.b) && !bodyByCode(pair.a)) addSide(pair.a, sentence);
    }
  }
  // A grouping's meeting that Vietnam takes part in, as the opening tells through a Vietnamese official, Vietnam or its
  // capital ("… khai mạc tại Hà Nội, theo hình thức trực tuyến", "Thủ tướng … chủ trì Hội nghị … ASEAN …", "Tại đây, Việt
  // Nam đã kêu gọi …"), or as a later paragraph tells Vietnam's end of it: Vietnam is a side beside the grouping.
  const groupingSide = parties.some((p) => !p.name && p.country && bodyByCode(p.country));
  if (groupingSide && !parties.some((p) => p.country === 'VN')) {
    const told = sentences
      .filter((s) => !s.earlier && ((s.paragraph <= VIETNAM_PART_PARAGRAPHS && (s.hits.length > 0 || TAKES_PART.test(s.text))) || (s.paragraph <= BRIDGE_END_PARAGRAPHS && BRIDGE_END.test(s.text))) && !ANOTHER_TIME.test(s.text))
      .find((s) => s.people.some((m) => m.country === 'VN' && (m.title || m.qualified)) || placesNamed(s).has('VN') || vietnameseBodyHosts(s));
    // (By the official who tells it, when one is named: "Tại điểm cầu Hà Nội, Bộ trưởng … dự và phát biểu".)
    const official = told?.people.find((m) => m.country === 'VN' && m.name && (m.title || m.qualified));
    if (official) parties.push(partyOf(official, told!));
    else if (told) addSide('VN', told);
  }
  // A side the call's sentence addresses by its country or capital, as the headline names it (see decide).
  if (title && new Set(parties.map((p) => p.country).filter(Boolean)).size < 2) {
    for (const { sentence, hit } of callClauses) for (const code of placesAlsoInHeadline(title, sentence)) placeSide(code, sentence, hit);
  }
  // …and a copy without its headline: the sides its address names (see decide).
  if (!title && callClauses.length && new Set(parties.map((p) => p.country).filter(Boolean)).size < 2) {
    for (const code of addressCountries(analysis)) addSide(code, callClauses[0]!.sentence);
  }
  // "Tại cuộc điện đàm, ông … nhấn mạnh quan hệ giữa hai nước Việt Nam - Trung Quốc …": the two countries the call's own
  // sentence pairs as "hai nước" are its two sides, when one of them is the one side it names.
  const countries = new Set(parties.flatMap((p) => (p.country ? [p.country] : [])));
  if (countries.size === 1) {
    for (const { sentence } of callClauses) for (const code of twoCountriesPaired(sentence, [...countries][0]!)) addSide(code, sentence);
  }
  // Still short of two: the two countries the call's own sentences pair ("Sau cuộc điện đàm này, hai bộ sẽ lập nhóm công tác
  // … giữa Việt Nam và Hoa Kỳ"), each named below by its one official in the opening.
  const pairOfTheCall = new Set(callClauses.flatMap(({ sentence }) => countriesBetween(sentence)));
  if (pairOfTheCall.size === 2 && new Set(parties.flatMap((p) => (p.country ? [p.country] : []))).size < 2) {
    for (const code of pairOfTheCall) addSide(code, callClauses[0]!.sentence);
  }
  // "… hội đàm trực tuyến với đồng chí Chủ tịch Đảng Lao động cầm quyền Brasill, …" under "… với lãnh đạo Đảng Lao động
  // Brazil": the one party no chain gave a country is of the one country the headline names and no party holds.
  const withoutCountry = parties.filter((p) => !p.country);
  if (title && withoutCountry.length === 1) {
    const left = [...placesNamed(title, true)].filter((c) => !parties.some((p) => p.country === c));
    if (left.length === 1) withoutCountry[0]!.country = left[0]!;
  }
  // A meeting that no clause gave a side to ("Do Việt Nam chủ trì, hội nghị trực tuyến … của ARF đã khai mạc. … Thứ
  // trưởng Bộ Quốc phòng … chủ trì hội nghị."): the officials of its paragraph who have a country, and the bodies its
  // sentence names, rather than a record of no one.
  if (!parties.length && callClauses.length) {
    const { sentence } = callClauses[0]!;
    for (const s of [sentence, ...paragraphOf(analysis, sentence)]) {
      // (One leader named twice, "Mohammed bin Salman" and then "MbS", is one party.)
      for (const m of s.people) {
        if (!m.country || !(m.title || m.candidates.length)) continue;
        const party = partyOf(m, s);
        if (!parties.some((p) => p.mention === m || (!!party.leaderId && p.leaderId === party.leaderId))) parties.push(party);
      }
    }
    for (const e of sentence.entities) for (const r of e.refs) if (r.type === 'body') addSide(r.code, sentence);
  }
  // "… họp trực tuyến hôm qua, với sự chủ trì của Lào", "…, do Campuchia chủ trì theo hình thức trực tuyến": the country
  // that chaired an online meeting is a side of it (after the officials any fallback above found, who may be its own).
  // …and the countries of its ends ("… tại điểm cầu Hà Nội và các điểm cầu nghị viện của các nước thành viên ASEAN").
  if (online) for (const sentence of [...callClauses.map((c) => c.sentence), ...attendance]) for (const code of [...chairCountries(sentence), ...bridgeSides(sentence)]) addSide(code, sentence);
  // The grouping whose members' officials met ("Bộ trưởng Tài chính các nước khu vực đồng Euro đã nhóm họp … qua điện thoại").
  for (const { sentence, hit } of callClauses) for (const code of subjectGroupings(sentence, hit)) addSide(code, sentence);
  // The chair or host of the grouping whose online meeting it is, named as such in the opening ("Peru - nước Chủ tịch
  // APEC 2024, quyết định …", "… do nước Chủ tịch G20 Brazil đề xuất").
  if (online && meetingOf.size) {
    const opening = sentences.filter((s) => s.paragraph <= MEMBERS_PARAGRAPHS && !s.earlier && s.entities.some((e) => e.refs.some((r) => r.type === 'body' && meetingOf.has(r.code))));
    for (const s of opening) for (const code of groupingChairs(s)) addSide(code, s);
  }
  parties.push(...sameSideCallsOfTheDay(article, sentences, callSentences, parties));
  // A side named only by its country whose one official the call's own sentence names (a headline listing "lãnh đạo Pháp,
  // Đức, Anh" over a call "do Tổng thống Pháp … đề xuất" that "Thủ tướng Đức … và Thủ tướng Anh …" joined): that
  // official, by name. Failing that, the one leader of that country the opening names ("Tại cuộc hội đàm kéo dài hai
  // giờ, Tổng thống Mỹ … đề nghị Tổng thống Nga …" under "Mỹ và Nga hội đàm trực tuyến …"), in an office a country has one
  // holder of (a minister or a general the opening names may be anyone of the delegation); a side known by its office
  // alone ("Bộ trưởng Y tế") takes the name of that office's holder only.
  const openingSentences = sentences.filter((s) => s.paragraph <= OPENING_PARAGRAPHS && !s.earlier);
  // (Below the opening, a sentence where that official addresses a named side: "Thủ tướng Kuwait … cảm ơn Thủ tướng …".)
  const addressesASide = (s: AnalyzedSentence) => s.people.some((m) => parties.some((p) => p.name && (p.mention === m || p.name === m.name || (!!p.leaderId && m.candidates.some((c) => c.id === p.leaderId)))));
  const soleNamingSentences = sentences.filter((s) => !s.earlier && (s.paragraph <= OPENING_PARAGRAPHS || (s.paragraph <= SOLE_NAMING_PARAGRAPHS && addressesASide(s))));
  for (let i = 0; i < parties.length; i++) {
    const side = parties[i]!;
    if (side.name || !side.country) continue;
    const officialsOf = (from: AnalyzedSentence[]) =>
      from.flatMap((s) =>
        s.people
          .filter((m) => m.name && (m.title || m.candidates.length) && countryOf(m) === side.country && (!side.mention || sameTitle(side.mention, m)))
          .map((m) => ({ ...partyOf(m, s), country: side.country })),
      );
    const sole = officialsOf(side.mention ? openingSentences : soleNamingSentences).filter((p) => !!p.mention && (side.mention ? true : !!p.mention.title && SOLE_OFFICE_RANKS.has(p.mention.title.rank)));
    for (const named of [side.mention ? [] : officialsOf(callClauses.map((c) => c.sentence)), sole]) {
      const one = named[0];
      // (Not one the text calls a former holder anywhere: "… các mức thuế từ thời cựu Tổng thống …", then "ông …".)
      if (!one || !named.every((p) => p.name === one.name || (!!p.leaderId && p.leaderId === one.leaderId))) continue;
      if (named.some((p) => FORMER_BEFORE.test(p.sentence.text.slice(0, p.mention!.start))) || sentences.some((s) => s.people.some((m) => !!one.leaderId && m.candidates.some((c) => c.id === one.leaderId) && FORMER_BEFORE.test(s.text.slice(0, m.start))))) break;
      if (!parties.some((p) => p.name === one.name || (!!one.leaderId && p.leaderId === one.leaderId))) parties[i] = side.mention ? { ...one, mention: side.mention, sentence: side.sentence } : one;
      break;
    }
  }
  // Two sides, one at least still known by its country alone, and a sentence of the opening that names one official of
  // each, joined as a pair, and no one else ("Bàn về giáo dục, Bộ trưởng … và Ngoại trưởng … cùng hoan nghênh …"): those
  // two are the sides, whatever their offices. (A side already named, as the one holder of his office, must be one of the
  // pair; a side the call's sentence names by an office, "Chủ tịch Hội đồng Tham mưu trưởng Liên quân Mỹ", keeps it.)
  if (parties.length === 2 && parties.every((p) => p.country && (p.name || !p.mention)) && parties.some((p) => !p.name)) {
    for (const s of openingSentences) {
      if (s.role === 'title') continue;
      const officials = s.people.filter((m) => m.name && (m.title || m.candidates.length));
      const own = parties.map((p) => officials.filter((m) => countryOf(m) === p.country));
      if (officials.length !== 2 || own.some((o) => o.length !== 1) || !PAIR_JOINED.test(s.text.slice(officials[0]!.end, officials[1]!.start))) continue;
      const [a, b] = own.map((o) => partyOf(o[0]!, s));
      if (parties.some((p, i) => p.name && p.name !== [a, b][i]!.name && (!p.leaderId || p.leaderId !== [a, b][i]!.leaderId))) continue;
      parties.forEach((p, i) => (parties[i] = p.name ? p : { ...[a, b][i]!, country: p.country }));
      break;
    }
  }
  // A title with neither name nor country ("Tư lệnh hải quân …" whose chain breaks at the lower-case service) beside two
  // parties that have one tells nothing the record can show.
  if (parties.filter((p) => p.name || p.country).length >= 2) {
    for (let i = parties.length - 1; i >= 0; i--) if (!parties[i]!.name && !parties[i]!.country) parties.splice(i, 1);
  }
  // An organ's side is its body's, the organ named as its title ("Hội đồng Bảo an" for the UN), once.
  for (let i = parties.length - 1; i >= 0; i--) {
    const p = parties[i]!;
    const organ = p.country ? bodyByCode(p.country) : null;
    if (!organ?.organOf) continue;
    if (parties.some((o) => o !== p && o.country === organ.organOf && !o.name && !p.name)) parties.splice(i, 1);
    else parties[i] = { ...p, country: organ.organOf, title: p.title ?? organ.name };
  }
  // A meeting or call the text dates after the day it was published is still to come, however its sentence words it
  // ("Thủ tướng Anh … mời … tham dự cuộc họp trực tuyến vào ngày 6/3", published on the 5th): unless told as done.
  if (kind !== 'planned' && event.date && published && event.date > published && !callClauses.some(({ hit }) => hit.completed)) kind = 'planned';
  const about = sentences.filter((s) => callSentences.includes(s) || aboutTheCall(s, parties));
  const body = about.filter((s) => s.role !== 'title');
  const initiator = findInitiator([...callSentences, ...body], parties, kind === 'planned');
  const ordinal = findOrdinal([...callSentences, ...body]);
  const topics = findTopics(about);
  // A call still being arranged has reached no agreement yet.
  const agreements = kind === 'planned' ? [] : findAgreements(body.length ? body : about);
  const earlierCalls = findEarlierCalls(sentences, callSentences, event, published);

  return {
    kind,
    eventDate: event.date,
    eventDatePartial: event.partial,
    eventDateExpression: event.expression,
    participants: parties.map(({ name, title: t, country, leaderId }) => ({ name, title: t, country, leaderId })),
    initiator: initiator?.value ?? null,
    ordinal: ordinal?.value ?? null,
    topics: topics.map((t) => t.value),
    agreements: agreements.map((a) => a.value),
    earlierCalls,
    attribution: article.attribution,
    evidence: {
      kind: callSentences[0]?.text ?? detection.callSentence,
      eventDate: event.evidence,
      participants: [...new Set(parties.map((p) => p.sentence.text))],
      initiator: initiator?.evidence ?? null,
      ordinal: ordinal?.evidence ?? null,
      topics: Object.fromEntries(topics.map((t) => [t.value, t.evidence])),
      agreements: agreements.map((a) => a.evidence),
      earlierCalls: earlierCalls.map((c) => c.evidence),
    },
  };
}

/**
 * The same side's other calls told further down ("Thủ tướng cũng điện đàm với Tổng thống Indonesia …", "Tại cuộc điện
 * đàm cùng ngày với Thủ tướng …, Thủ tướng Qatar …", "… vài tiếng sau cuộc điện đàm với …"): each counterpart
 * of a country the record does not hold yet, when the story is about the day's calls. A headline that names the two
 * sides and no other country makes it the story of that call, and the others its background ("Lãnh đạo Nga, Pháp nhất
 * trí …" over "… Tổng thống Pháp đã điện đàm riêng rẽ với … Zelensky"); one that names a third ("… điện đàm với lãnh đạo
 * Nga và Mỹ") lets in that country's call alone.
 */
function sameSideCallsOfTheDay(article: Article, sentences: AnalyzedSentence[], callSentences: AnalyzedSentence[], parties: ResolvedParty[]): ResolvedParty[] {
  if (parties.length < 2) return [];
  const headline = article.title ? sentences.find((s) => s.role === 'title') : undefined;
  // (A headline that names the two sides outweighs an opening that counts calls: "Lãnh đạo Pháp, Nhật Bản nhất trí …" over
  // "… ông Macron lần lượt điện đàm với …".)
  const severalInHeadline = !!headline && SEVERAL_CALLS.test(headline.text);
  const several = severalInHeadline || sentences.some((s) => s.paragraph <= SEVERAL_CALLS_PARAGRAPHS && !s.earlier && SEVERAL_CALLS.test(s.text));
  let onlyCountries: Set<string> | null = null;
  if (headline && !severalInHeadline) {
    const named = new Set<string>([...placesNamed(headline), ...headline.people.flatMap((m) => (m.country ? [m.country] : []))]);
    if (new Set(parties.flatMap((p) => (p.country && named.has(p.country) ? [p.country] : []))).size >= 2) {
      onlyCountries = new Set([...named].filter((c) => !parties.some((p) => p.country === c)));
      if (!onlyCountries.size) return [];
    }
  }
  const out: ResolvedParty[] = [];
  const held = (country: string | null) => [...parties, ...out].some((p) => p.country === country);
  for (const s of sentences) {
    if (s.role === 'title' || s.paragraph > ALSO_PARAGRAPHS) continue;
    const ownCall = callSentences.includes(s);
    const hoursApart = (h: CallHit) => HOURS_APART.test(s.text.slice(0, h.start));
    const hit = s.hits.find((h) => {
      if (h.planned || !qualifies(h, s)) return false;
      // (In the call's own sentence only a call hours apart is another: "… với Tổng thống Pháp …, vài giờ sau cuộc điện
      // đàm với Thủ tướng Đức …".)
      if (ownCall) return several && hoursApart(h);
      if (h.earlier || s.earlier) return several;
      return several || ALSO_CALLED.test(s.text.slice(Math.max(0, h.start - ALSO_WINDOW), h.start)) || ALSO_OPENING.test(s.text) || SAME_DAY_AFTER.test(s.text.slice(h.end));
    });
    if (!hit) continue;
    const clause = clausePeople(s, hit);
    const people = clause.filter((m) => m.country && (m.title || m.candidates.length));
    // The one who made it is a side of the record, by country or by a bare title that refers back ("Thủ tướng cũng …"); in
    // "Tại cuộc điện đàm cùng ngày với Thủ tướng …, Thủ tướng Qatar …" that side is named after the phrase, as in a story
    // of several calls ("Theo thông cáo, trong cuộc điện đàm với Thủ tướng Ấn Độ …, Tổng thống …"). ("Cùng ngày, Tổng thống Pháp
    // cũng điện đàm với ông Putin" is another pair's call, not the record's side's.) In the call's own sentence the side
    // is its subject.
    const framedSameDay = SAME_DAY_AFTER.test(s.text.slice(hit.end));
    const subjects = clause.filter((m) => m.start < hit.start);
    const heldSubject = subjects.some((m) => m.country && held(m.country));
    const bySide = ownCall || (framedSameDay || several ? people.some((m) => held(m.country)) : heldSubject || subjects.some((m) => m.title && !m.name && !m.country));
    if (!bySide) continue;
    // (Not those of a quote that follows: "…, ông Tập nói: “… Tổng thư ký Liên hợp quốc …”".)
    const quoted = s.text.slice(hit.end).search(/[:“"]/u);
    const clauseEnd = quoted < 0 ? Infinity : hit.end + quoted;
    for (const m of people) {
      if (m.start >= clauseEnd) continue;
      // (A pair told as its subject, "Thủ tướng Ishiba và Tổng thống Philippines … đã có cuộc điện đàm", names the other before
      // the phrase.)
      const counterpart = m.start > hit.start || framedSameDay || several || heldSubject;
      if (!counterpart || held(m.country) || (onlyCountries && !onlyCountries.has(m.country!))) continue;
      out.push(partyOf(m, s));
    }
  }
  return out;
}

/** Whether an official holds the office a nameless mention gives ("Bộ trưởng Y tế" and "Bộ trưởng Y tế … Nguyễn Thanh Long"). */
function sameTitle(office: PersonMention, m: PersonMention): boolean {
  const textGoesOn = !!office.titleText && !!m.titleText && matchKey(m.titleText).startsWith(matchKey(office.titleText));
  // (A counterpart named by the same words with the office after them: "vị tương nhiệm Malaysia, Ngoại trưởng X" for the
  // call's "vị tương nhiệm Malaysia".)
  if (office.title && m.title) return office.title.id === m.title.id || (office.title.rank === 'counterpart' && textGoesOn);
  return textGoesOn;
}

/** A party of the record from an official the text names: by name (or the gazetteer's one candidate), title and country. */
function partyOf(m: PersonMention, s: AnalyzedSentence): ResolvedParty {
  return { name: m.name ?? m.candidates[0]?.name ?? null, title: m.titleText || m.title?.name || null, country: m.country, leaderId: m.candidates.length === 1 ? m.candidates[0]!.id : null, mention: m, sentence: s };
}

/** A country named as a grouping's chair or host, before it ("nước Chủ tịch G20 Brazil", "nước chủ nhà Peru") or after it
 *  ("Peru - nước Chủ tịch APEC 2024", "Lào, nước Chủ tịch ASEAN năm nay"). */
const CHAIR_ROLE_BEFORE = /(?<![\p{L}])nước\s+(?:chủ\s+tịch|chủ\s+nhà)(?:\s+(?:luân\s+phiên\s+)?(?:(?:của\s+)?(?:nhóm|khối)\s+)?[\p{Lu}\d][\p{L}\d+]*(?:\s+(?:năm\s+)?\d{4})?)?\s*[,:]?\s*$/iu;
const CHAIR_ROLE_AFTER = /^\s*(?:[-–,(]\s*)?(?:là\s+)?nước\s+(?:chủ\s+tịch|chủ\s+nhà)(?![\p{L}])/iu;

/** The countries a sentence names as the chair or host of a grouping (see CHAIR_ROLE_BEFORE). */
function groupingChairs(s: AnalyzedSentence): string[] {
  return s.entities.flatMap((e) => {
    const country = countryByName(e);
    if (!country) return [];
    const role = CHAIR_ROLE_BEFORE.test(s.text.slice(Math.max(0, e.start - 50), e.start)) || CHAIR_ROLE_AFTER.test(s.text.slice(e.end, e.end + 30));
    return role ? [country] : [];
  });
}

/** What joins two officials named as a pair: "Bộ trưởng X và Đại sứ Y". */
const PAIR_JOINED = /^\s*(?:và|cùng|với)\s+$/iu;
/** Words before a pair of countries that make them the two ends of what the sentence tells: "giữa Việt Nam và Hoa Kỳ". */
const BETWEEN_BEFORE = /(?<![\p{L}])giữa\s+(?:hai\s+nước\s+)?$/iu;
const PAIR_JOIN = /^\s*(?:và|với|[-–])\s*$/u;
/** The two countries a sentence names as a pair, "giữa Việt Nam và Hoa Kỳ", "hai nước Việt Nam - Trung Quốc". */
function countriesBetween(s: AnalyzedSentence): string[] {
  const countries = s.entities.flatMap((e) => {
    const code = countryByName(e);
    return code ? [{ e, code }] : [];
  });
  for (let i = 0; i + 1 < countries.length; i++) {
    const [a, b] = [countries[i]!, countries[i + 1]!];
    const before = s.text.slice(0, a.e.start);
    if (a.code !== b.code && PAIR_JOIN.test(s.text.slice(a.e.end, b.e.start)) && (BETWEEN_BEFORE.test(before) || TWO_COUNTRIES_BEFORE.test(before))) return [a.code, b.code];
  }
  return [];
}

/** "hai nước Việt Nam - Trung Quốc", "hai Đảng Việt Nam - Lào": a dashed pair counted as two countries. */
const TWO_COUNTRIES_BEFORE = /(?<![\p{L}])hai\s+(?:nước|quốc\s+gia|Đảng|đảng|dân\s+tộc)\s+$/u;
/** The other country of such a pair in `s` that has `country` in it. */
function twoCountriesPaired(s: AnalyzedSentence, country: string): string[] {
  const codeOf = (e: AnalyzedSentence['entities'][number]) => (e.refs.find((r) => r.type === 'country' && (r.via === 'name' || r.via === 'pair')) as { code: string } | undefined)?.code;
  for (const { first, second } of dashedPairs(s)) {
    const [x, y] = [codeOf(first), codeOf(second)];
    if (!x || !y || x === y || !TWO_COUNTRIES_BEFORE.test(s.text.slice(0, first.start))) continue;
    if (x === country) return [y];
    if (y === country) return [x];
  }
  return [];
}
