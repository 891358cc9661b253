import { matchKey, PhraseIndex, tokenize, phraseSet, type Token } from '../text';
import {
  CALL_PHRASES, COMPLETED_MARKERS, FAILED_AFTER, FAILED_WINDOW, MEETING_WORDS, NEGATION_BEFORE, NEGATION_WINDOW, NO_SIGN_BEFORE, NO_SIGN_WINDOW, ONLINE_MARKERS, ONLINE_WINDOW, OTHER_EVENT_TIME,
  NOT_MEETING_COMPOUNDS, NOT_MEETING_ENDINGS, NOT_PLANNED_COMPOUNDS, PLANNED_AFTER, PLANNED_BEFORE, PLANNED_WINDOW_AFTER, PLANNED_WINDOW_BEFORE, REFERRED_EVENT_WORDS, HELD_BY_GAP, HELD_BY_WORDS, HELD_ONLINE_WINDOW, APPOSITION_OFFICES, PLANNED_INSIDE_MEETING, type CallCue, type CallPhrase,
} from './vocabulary';

/**
 * Call phrases in one sentence, each with what surrounds it: is it being arranged ("sẽ điện
 * đàm"), denied ("không điện đàm"), reported as done ("đã điện đàm"), online ("hội đàm trực
 * tuyến")? Word-level matching over the tables of ./vocabulary.ts.
 */

export interface CallHit {
  /** The phrase as written, and where (characters, and words). */
  text: string;
  start: number;
  end: number;
  from: number;
  to: number;
  cue: CallCue;
  strength: number;
  planned: boolean;
  negated: boolean;
  /** Negated because the words after it say it did not get through ("… nhưng không nhận được phản hồi"), not denied
   *  or doubted before it. */
  failed?: boolean;
  completed: boolean;
  /** Reports an earlier call ("Trước đó … đã điện đàm", "sau cuộc điện đàm hôm 4/4"); set by the sentence analysis. */
  earlier: boolean;
  /** Earlier only by "sau/kể từ cuộc điện đàm <date>": the date decides (the day of this call, if it is the latest). */
  earlierByDate: boolean;
  /** Recounted ("kể về cuộc điện thoại …"): an earlier call even in a headline. */
  recounted?: boolean;
  /** A conversation that the article's context may show to be a phone call (see CallPhrase.phoneInContext). */
  phoneInContext?: boolean;
  /** …and one that tells of no call without that context (see CallPhrase.onlyInContext). */
  onlyInContext?: boolean;
}


let tables: {
  calls: PhraseIndex<CallPhrase>;
  meetings: PhraseIndex<string>;
  events: PhraseIndex<string>;
  heldBy: PhraseIndex<string>;
  plannedInside: PhraseIndex<string>;
  online: PhraseIndex<string>;
  plannedBefore: PhraseIndex<string>;
  notPlanned: PhraseIndex<string>;
  notMeetings: PhraseIndex<string>;
  /** NOT_MEETING_ENDINGS as "syllable syllable" keys. */
  notMeetingEndings: Set<string>;
  plannedAfter: PhraseIndex<string>;
  negation: PhraseIndex<string>;
  failed: PhraseIndex<string>;
  completed: PhraseIndex<string>;
  offices: PhraseIndex<string>;
  noSign: PhraseIndex<string>;
} | null = null;

function vocab() {
  if (tables) return tables;
  const calls = new PhraseIndex<CallPhrase>();
  for (const p of CALL_PHRASES) calls.add(p.phrase, p);
  tables = {
    calls,
    meetings: phraseSet(MEETING_WORDS),
    events: phraseSet(REFERRED_EVENT_WORDS),
    heldBy: phraseSet(HELD_BY_WORDS),
    plannedInside: phraseSet(PLANNED_INSIDE_MEETING),
    online: phraseSet(ONLINE_MARKERS),
    plannedBefore: phraseSet(PLANNED_BEFORE),
    notPlanned: phraseSet(NOT_PLANNED_COMPOUNDS),
    notMeetings: phraseSet(NOT_MEETING_COMPOUNDS),
    notMeetingEndings: new Set(NOT_MEETING_ENDINGS.map(matchKey)),
    plannedAfter: phraseSet(PLANNED_AFTER),
    negation: phraseSet(NEGATION_BEFORE),
    failed: phraseSet(FAILED_AFTER),
    completed: phraseSet(COMPLETED_MARKERS),
    offices: phraseSet(APPOSITION_OFFICES),
    noSign: phraseSet(NO_SIGN_BEFORE),
  };
  return tables;
}

/** Does a phrase of `idx` lie wholly within words [from, to)? */
function anyWithin(idx: PhraseIndex<string>, text: string, tokens: Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const m = idx.matchAt(text, tokens, i);
    if (m && m.to <= to) return true;
  }
  return false;
}

/** Is a word of PLANNED_BEFORE at one of words [from, to), outside a compound that means something else ("khẳng định")? */
function plannedWordWithin(text: string, tokens: Token[], from: number, to: number): boolean {
  const v = vocab();
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const m = v.plannedBefore.matchAt(text, tokens, i);
    if (!m || m.to > to) continue;
    const inCompound = [i - 2, i - 1, i].some((j) => {
      const c = j >= 0 ? v.notPlanned.matchAt(text, tokens, j) : null;
      return !!c && c.from <= i && c.to > i && (c.to > m.to || c.from < i);
    });
    if (!inCompound) return true;
  }
  return false;
}

/** How far back in its clause a meeting's future verb is looked for. */
const FUTURE_CLAUSE_WINDOW = 30;
function futureClause(text: string, tokens: Token[], from: number): boolean {
  const { plannedInside } = vocab();
  for (let i = from - 1; i >= Math.max(0, from - FUTURE_CLAUSE_WINDOW); i--) {
    const key = tokens[i]!.key;
    if (key === 'đã' || key === 'vừa') return false;
    if (plannedInside.matchAt(text, tokens, i)) return true;
    // (Through a short name in brackets, "… Nhóm G7 (G7) trong một cuộc họp …", as a meeting's clause runs.)
    if (i > 0 && breaksClause(text, tokens, i)) return false;
  }
  return false;
}

/** "đã điện đàm", "vừa có cuộc điện đàm", "đã tiến hành cuộc điện đàm": the call told as done, right before its phrase. */
const DONE_RIGHT_BEFORE = /(?<![\p{L}])(?:đã|vừa)\s+(?:(?:tiến\s+hành|có|thực\s+hiện)\s+(?:một\s+)?(?:cuộc\s+)?)?$/iu;

/** Does a phrase of `idx` start within words [from, to), in the clause of word `from`? */
function startsWithin(idx: PhraseIndex<string>, text: string, tokens: Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    if (i > from && CLAUSE_BREAK.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return false;
    if (idx.matchAt(text, tokens, i)) return true;
  }
  return false;
}

/** A word after a negation that makes what it denies something of the call, not the call: "không tiết lộ nội dung của
 *  cuộc điện đàm" (but "bác thông tin về những cuộc gọi" denies the calls). */
const OF_THE_CALL = new Set(['của']);

/** Is the call phrase at word `from` denied by a negation before it in its clause ("không điện đàm", "bác bỏ thông tin
 *  … điện đàm"), and not only something said of it? */
function negatedBefore(text: string, tokens: Token[], from: number): boolean {
  const { negation, noSign } = vocab();
  const deniedBy = (idx: PhraseIndex<string>, window: number) => {
    for (let i = clauseStart(text, tokens, from, window); i < from; i++) {
      const m = idx.matchAt(text, tokens, i);
      if (m && m.to <= from && !tokens.slice(m.to, from).some((t) => OF_THE_CALL.has(t.key))) return true;
    }
    return false;
  };
  return deniedBy(negation, NEGATION_WINDOW) || deniedBy(noSign, NO_SIGN_WINDOW);
}

/** Punctuation that ends a clause: markers on the other side of it do not apply. */
const CLAUSE_BREAK = /[,;:.!?()“”"]/;
/** A short name in brackets inside the clause ("Hội nghị cấp cao … (BRICS) được tổ chức theo hình thức trực tuyến"). */
// …or a name in its own language, with the short one in quotation marks: "(Meeting of the Mekong Water Ministers
// “MWM”)".
const SHORT_NAME_IN_BRACKETS = /\(\s*[\p{L}\d][\p{L}\d\s.+\-]{0,20}\)|\(\s*\p{Lu}[\p{L}\d\s.+\-“”"&,]{0,80}\)/gu;
/** How far from a bracket its name's other bracket may be. */
const BRACKET_REACH = 85;

/** Pairs of words the press writes with a comma between them inside a name: "Hội nghị Bộ trưởng ASEAN về phòng, chống tội
 *  phạm xuyên quốc gia". */
const COMMA_PAIRS: ReadonlySet<string> = new Set(['phòng chống', 'phòng chữa'].map((p) => tokenize(p).map((t) => t.key).join(' ')));

/** A short capitalised name in quotation marks, from its opening mark on, or up to its closing one. */
const QUOTED_NAME_AHEAD = /^[“"]\p{Lu}[^“”",.;:!?]{0,35}[”"]/u;
const QUOTED_NAME_BEHIND = /[“"]\p{Lu}[^“”",.;:!?]{0,35}[”"]$/u;

/** Does the text between words `i - 1` and `i` end the clause? Not the brackets of a short name. */
function breaksClause(text: string, tokens: Token[], i: number): boolean {
  const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
  if (!CLAUSE_BREAK.test(gap)) return false;
  // "phòng, chống tội phạm": a comma inside a fixed pair of verbs, part of a meeting's name.
  if (/^\s*,\s*$/.test(gap) && COMMA_PAIRS.has(`${tokens[i - 1]!.key} ${tokens[i]!.key}`)) return false;
  // A comma inside a list of names ("… với các đối tác Trung Quốc, Nhật Bản và Hàn Quốc dưới hình thức trực tuyến").
  if (/^\s*,\s*$/.test(gap) && startsCapitalised(tokens[i - 1]!.text) && startsCapitalised(tokens[i]!.text) && listGoesOnTo(text, tokens, i)) return false;
  // A comma inside a list of what a meeting is about ("Phiên họp … Ủy ban hỗn hợp về nông nghiệp, thủy sản và lâm
  // nghiệp …"): lower-case words up to the list's "và".
  if (/^\s*,\s*$/.test(gap) && !startsCapitalised(tokens[i]!.text) && !startsCapitalised(tokens[i - 1]!.text) && topicListGoesOn(tokens, i)) return false;
  // A second office of the same party, after a name or its short form in brackets: "… với Chủ tịch Đảng Nhân dân Campuchia
  // (CPP), Chủ tịch Thượng viện … bằng hình thức trực tuyến".
  if (/^\s*\)?\s*,\s*$/.test(gap) && (startsCapitalised(tokens[i - 1]!.text) || gap.includes(')')) && startsCapitalised(tokens[i]!.text) && vocab().offices.matchAt(text, tokens, i)) return false;
  // "… Hội nghị Cấp cao Đông Á (EAS) lần thứ 16, được tổ chức theo hình thức trực tuyến": the meeting's form after a comma.
  // (Also after a short name's bracket: "… (EAS), sẽ diễn ra theo hình thức trực tuyến".)
  if (/^\s*\)?\s*,\s*$/.test(gap) && HELD_ONLINE_AFTER_COMMA.test(text.slice(tokens[i]!.start, tokens[i]!.start + 60))) return false;
  // A short name in quotation marks: "Phiên họp của nhóm “Bạn bè Mekong” với …".
  if (/^\s*[“”"]\s*$/.test(gap) && (QUOTED_NAME_AHEAD.test(text.slice(tokens[i]!.start - 1, tokens[i]!.start + 40)) || QUOTED_NAME_BEHIND.test(text.slice(Math.max(0, tokens[i - 1]!.end - 40), tokens[i - 1]!.end + 1)))) return false;
  if (!/^\s*[“”"]?\s*[()]\s*[“”"]?\s*$/.test(gap)) return true;
  const gapStart = tokens[i - 1]!.end;
  const gapEnd = tokens[i]!.start;
  const from = Math.max(0, gapStart - BRACKET_REACH);
  for (const m of text.slice(from, gapEnd + BRACKET_REACH).matchAll(SHORT_NAME_IN_BRACKETS)) {
    const open = from + m.index!;
    const close = open + m[0].length - 1;
    if ((open >= gapStart && open < gapEnd) || (close >= gapStart && close < gapEnd)) return false;
  }
  return true;
}

/** The form of a meeting told after a comma: ", được tổ chức theo hình thức trực tuyến", ", diễn ra dưới hình thức trực tuyến". */
// (Or who chaired it: ", do Campuchia chủ trì theo hình thức trực tuyến".)
const HELD_ONLINE_AFTER_COMMA = /^(?:(?:đã|sẽ)\s+)?(?:được\s+tổ\s+chức|diễn\s+ra|tổ\s+chức|do\s+[^,.;]{1,40}?\s+(?:đồng\s+)?chủ\s+trì)\s+(?:theo|dưới|bằng)\s+hình\s+thức\s+trực\s+tuyến/iu;
const startsCapitalised = (word: string) => /^\p{Lu}/u.test(word);
/** A list of names goes on from word `i` to its "và" within a few words, each word capitalised but the joiners, or to the
 *  short name in brackets that sums it up ("… cùng các nước Nga, Trung Quốc, Ấn Độ (RIC) đã họp trực tuyến"). */
function listGoesOnTo(text: string, tokens: Token[], i: number): boolean {
  for (let j = i; j < Math.min(tokens.length, i + 8); j++) {
    if (tokens[j]!.key === 'và') return true;
    if (j > i && /^\s*\(\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) && /^\p{Lu}{2,}/u.test(tokens[j]!.text)) return true;
    if (!startsCapitalised(tokens[j]!.text)) return false;
  }
  return false;
}

/** A list of topics goes on from word `i` to its "và" within a few lower-case words that are no verb of a new clause. */
const TOPIC_LIST_WORDS = 4;
function topicListGoesOn(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + 1 + TOPIC_LIST_WORDS); j++) {
    if (tokens[j]!.key === 'và') return true;
    if (startsCapitalised(tokens[j]!.text) || ['đã', 'sẽ', 'được', 'đang', 'vừa'].includes(tokens[j]!.key)) return false;
  }
  return false;
}

/** The first word of the clause that word `at` is in, looking back at most `window` words. */
function clauseStart(text: string, tokens: Token[], at: number, window: number): number {
  for (let i = at; i > Math.max(0, at - window); i--) {
    if (CLAUSE_BREAK.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return i;
  }
  return Math.max(0, at - window);
}

/** "theo/dưới/bằng hình thức trực tuyến" at word `at`: the form of an event. */
const inTheFormOf = (tokens: Token[], at: number) => (tokens[at]!.key === 'hình' && ['theo', 'dưới', 'bằng'].includes(tokens[at - 1]?.key ?? '')) || (tokens[at]!.key === 'theo' && tokens[at + 1]?.key === 'hình');

/** End of an online marker within `window` words after word `last` (same clause), or -1. */
function onlineAfter(text: string, tokens: Token[], last: number, window: number): number {
  const { online, meetings, heldBy } = vocab();
  let joined = false;
  for (let i = last + 1; i < Math.min(tokens.length, last + 1 + HELD_ONLINE_WINDOW); i++) {
    if (breaksClause(text, tokens, i)) break;
    const m = online.matchAt(text, tokens, i);
    // Past the window, only a marker the meeting is said to be held by: "Hội nghị cấp cao lần thứ 14 Nhóm các nền
    // kinh tế mới nổi hàng đầu thế giới (BRICS) được tổ chức theo hình thức trực tuyến".
    // So is "… dưới hình thức trực tuyến", which only an event can be held in.
    if (m && (i < last + 1 + window || heldBy.findAll(text, tokens).some((h) => h.to <= m.from && m.from - h.to <= HELD_BY_GAP && h.from > last) || (window > 0 && inTheFormOf(tokens, m.from)))) return m.to;
    // The marker belongs to the nearer meeting: "điện đàm …, sau cuộc điện đàm trực tuyến", "cuộc điện đàm tối 10/4
    // và các phiên trao đổi trực tuyến" (but "Hội nghị Bộ trưởng ASEAN và Trung Quốc trực tuyến" is one meeting).
    if (vocab().calls.matchAt(text, tokens, i) || (joined && meetings.matchAt(text, tokens, i))) break;
    // …and so does one the clause moves on to in time: "Cuộc điện đàm được tiến hành ít giờ sau một cuộc gặp trực tuyến …",
    // "… điện đàm với … ngay sau khi ông hội đàm trực tuyến với …".
    if (tokens[i]!.key === 'khi' || ((tokens[i]!.key === 'sau' || tokens[i]!.key === 'trước') && (tokens[i + 1]?.key === 'cuộc' || meetings.matchAt(text, tokens, i + 1)))) break;
    if (tokens[i]!.key === 'và' || tokens[i]!.key === 'cùng') joined = true;
  }
  return -1;
}

function keyAt(tokens: Token[], i: number, words: number): string {
  return tokens.slice(Math.max(0, i), Math.max(0, i) + words).map((t) => t.key).join(' ');
}

function blocked(p: CallPhrase, tokens: Token[], from: number, to: number): boolean {
  const before = (p.notAfter ?? []).some((w) => {
    const n = w.split(' ').length;
    return from - n >= 0 && keyAt(tokens, from - n, n) === w;
  });
  const after = (p.notBefore ?? []).some((w) => keyAt(tokens, to, w.split(' ').length) === w);
  return before || after;
}

/** A call a side says it is willing or hopes to hold, or that only may take place, right before its phrase: "sẵn sàng
 *  điện đàm với …", "muốn có một cuộc điện đàm", "hy vọng sẽ nói chuyện qua điện thoại", "đang chờ cuộc gọi từ …", "có thể
 *  sớm tổ chức cuộc điện đàm", "về khả năng điện đàm". Neither held nor arranged. ("có thể sẽ nói chuyện với … trong 24 giờ
 *  tới" expects the call: it stays one still to come.) */
const WILLING_BEFORE = /(?<![\p{L}])(?:sẵn\s+sàng|sẵn\s+lòng|muốn|mong\s+muốn|hy\s+vọng|hi\s+vọng|để\s+ngỏ\s+khả\s+năng|(?:đang\s+)?chờ(?:\s+đợi)?|đợi|có\s+thể(?!\s+sẽ)(?:\s+sớm)?|(?:không\s+loại\s+trừ\s+)?khả\s+năng)\s+(?:(?:sẽ|được|để)\s+)?(?:(?:có|tiến\s+hành|tổ\s+chức)\s+)?(?:(?:một|các)\s+)?(?:(?:cuộc|buổi)\s+)?$/iu;

/** The hit of words [from, to) with its cue, and what the words around it say of it (planned, negated, done). */
function hitAt(text: string, tokens: Token[], from: number, to: number, cue: CallCue, strength: number, phoneInContext = false, onlyInContext = false): CallHit {
  const v = vocab();
  // (Only in the call's own clause: "… theo hình thức trực tuyến, sau hai lần hội nghị bị hoãn" is another event's failure.)
  const windowEnd = Math.min(to + FAILED_WINDOW, tokens.length);
  const other = to < windowEnd ? OTHER_EVENT_TIME.exec(text.slice(tokens[to]!.start, tokens[windowEnd - 1]!.end)) : null;
  const otherAt = other ? tokens.findIndex((t) => t.start >= tokens[to]!.start + other.index) : -1;
  const failed = anyWithin(v.failed, text, tokens, to, otherAt >= 0 ? Math.min(windowEnd, otherAt) : windowEnd);
  return {
    text: text.slice(tokens[from]!.start, tokens[to - 1]!.end),
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    from,
    to,
    cue,
    strength,
    planned:
      plannedWordWithin(text, tokens, from - PLANNED_WINDOW_BEFORE, from) ||
      // "… đã tiến hành cuộc điện đàm, trong đó hai bên dự kiến thảo luận …": a call told as done right before its
      // phrase is not put in the future by what the words after it say of its content.
      (!DONE_RIGHT_BEFORE.test(text.slice(Math.max(0, tokens[from]!.start - 40), tokens[from]!.start)) && startsWithin(v.plannedAfter, text, tokens, to, to + PLANNED_WINDOW_AFTER)) ||
      // "Hội nghị … sẽ diễn ra ngày 24/8 theo hình thức trực tuyến": the future inside a meeting's span.
      (cue === 'video' && anyWithin(v.plannedInside, text, tokens, from + 1, to)) ||
      // "Tổng thống Mỹ … sẽ tổ chức sự kiện đầu tiên … với các nhà lãnh đạo G7 trong một cuộc họp trực tuyến": an online
      // meeting whose clause is put in the future by its verb, however far before it (and not told as done after it).
      (cue === 'video' && futureClause(text, tokens, from)),
    negated: negatedBefore(text, tokens, from) || failed || WILLING_BEFORE.test(text.slice(Math.max(0, tokens[from]!.start - 50), tokens[from]!.start)),
    completed: anyWithin(v.completed, text, tokens, from - 4, from),
    earlier: false,
    earlierByDate: false,
    ...(failed ? { failed } : {}),
    ...(phoneInContext ? { phoneInContext } : {}),
    ...(onlyInContext ? { onlyInContext } : {}),
  };
}

/**
 * The meeting a sentence names that the next one says is held online ("… chủ trì Hội nghị thượng đỉnh bất thường
 * của G20. Hội nghị được tổ chức theo hình thức trực tuyến."): a video call at the meeting's word, the one the next
 * sentence calls it by (`noun`, "hội nghị", "chương trình") if the sentence has it, else its first meeting word.
 */
const withoutCuoc = (key: string) => key.replace(/^cuộc /u, '');
export function meetingHitByReference(text: string, tokens: Token[], noun: string): CallHit | null {
  const v = vocab();
  // The sentence that names the meeting says whether it is still to come: "… sẽ dẫn đầu đoàn tham dự Hội nghị …, dự kiến
  // diễn ra vào tối 6/7".
  const referred = (m: { from: number; to: number }) => {
    const hit = hitAt(text, tokens, m.from, m.to, 'video', 1);
    hit.planned ||= anyWithin(v.plannedInside, text, tokens, 0, tokens.length);
    return hit;
  };
  let first: { from: number; to: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const m = v.meetings.matchAt(text, tokens, i) ?? v.events.matchAt(text, tokens, i);
    if (!m) continue;
    if (withoutCuoc(tokens.slice(m.from, m.to).map((t) => t.key).join(' ')) === withoutCuoc(noun)) return referred(m);
    first ??= m;
    i = m.to - 1;
  }
  return first ? referred(first) : null;
}

/** Quotation marks a headline may put inside a call phrase: "“đã nói chuyện” với", "‘điện đàm’ với". */
const SCARE_QUOTES = /[“”"‘’«»]/g;

export function findCallHits(text: string, tokens: Token[] = tokenize(text)): CallHit[] {
  const v = vocab();
  const hits: CallHit[] = [];
  // Call phrases are read through quotation marks (same offsets: the marks are never inside a word's token).
  const unquoted = text.replace(SCARE_QUOTES, ' ');
  for (let i = 0; i < tokens.length; ) {
    const call = v.calls.matchAt(unquoted, tokens, i);
    const named = v.meetings.matchAt(text, tokens, i);
    const longer = named && v.notMeetings.matchAt(text, tokens, i);
    const ending = named && i > 0 && v.notMeetingEndings.has(`${tokens[i - 1]!.key} ${tokens[i]!.key}`);
    const meeting = (longer && longer.to > named.to) || ending ? null : named;
    let cue: CallCue | null = null;
    let strength = 0;
    let to = i + 1;
    let phoneInContext = false;
    let onlyInContext = false;
    // An event that is not a meeting by name is one when it is said to be held online: "… dự sự kiện được tổ chức
    // theo hình thức trực tuyến" (a window of 0: only a marker after a verb of holding counts, never "chương trình
    // trực tuyến", a show).
    const event = meeting ? null : v.events.matchAt(text, tokens, i);
    const onlineEnd = meeting ? onlineAfter(text, tokens, meeting.to - 1, ONLINE_WINDOW) : event ? onlineAfter(text, tokens, event.to - 1, 0) : -1;
    if ((meeting || event) && onlineEnd > 0) {
      cue = 'video';
      strength = 1;
      to = onlineEnd;
    } else if (call) {
      const p = call.values[0]!;
      if (!blocked(p, tokens, call.from, call.to)) {
        cue = p.cue;
        strength = p.strength;
        to = call.to;
        phoneInContext = !!p.phoneInContext;
        onlyInContext = !!p.onlyInContext;
      }
    }
    if (!cue) {
      i++;
      continue;
    }
    hits.push(hitAt(text, tokens, i, to, cue, strength, phoneInContext, onlyInContext));
    i = to;
  }
  return hits;
}
