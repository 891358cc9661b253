import type { AnalyzedSentence } from '../detect/analysis';
import type { PersonMention } from '../gazetteer/people';
import { matchKey, PhraseIndex, phraseSet, type Token } from '../text';
import {
  CALL_ANAPHORS, ORDINAL_NOUN_GAP,
  AGREEMENT_CUES, AGREEMENT_NOT_AFTER, AGREEMENT_NOT_BEFORE, BEFORE_NAME_WORDS, CALLER_CUES, DISCUSSION_CUES, DO_FOLLOWERS, INITIATOR_AFTER_CUES,
  INITIATOR_BEFORE_CUES, ORDINAL_OTHER_NOUNS, ORDINAL_WINDOW_AFTER, ORDINAL_WINDOW_BEFORE, ORDINAL_WORDS, PARTY_SUBJECTS,
  PLANNING_VERBS,
} from './data/cues';
import { TOPICS, type TopicEntry } from './data/topics';
import type { ResolvedParty } from './participants';
import { THIS_CALL } from './event-date';

/**
 * The facts of a call besides its parties and date: who placed it, which one it is, what was
 * discussed and agreed. Each reader takes the sentences that are about the call and returns
 * the fact with the sentence it came from.
 */

const lazy = <T>(make: () => T) => {
  let v: T | undefined;
  return () => (v ??= make());
};

const tables = lazy(() => ({
  agreement: phraseSet(AGREEMENT_CUES),
  notAfterAgreement: new Set(AGREEMENT_NOT_AFTER.map(matchKey)),
  notBeforeAgreement: new Set(AGREEMENT_NOT_BEFORE.map(matchKey)),
  discussion: phraseSet(DISCUSSION_CUES),
  partySubjects: phraseSet(PARTY_SUBJECTS),
  initiatorAfter: phraseSet(INITIATOR_AFTER_CUES),
  initiatorBefore: phraseSet(INITIATOR_BEFORE_CUES),
  caller: phraseSet(CALLER_CUES),
  beforeName: phraseSet(BEFORE_NAME_WORDS),
  planning: phraseSet(PLANNING_VERBS),
  doFollowers: phraseSet(DO_FOLLOWERS),
  otherNouns: phraseSet(ORDINAL_OTHER_NOUNS),
  anaphors: phraseSet(CALL_ANAPHORS),
  topics: (() => {
    const idx = new PhraseIndex<TopicEntry>();
    for (const t of TOPICS) for (const p of t.phrases) idx.add(p, t);
    return idx;
  })(),
}));

/** Character offset → index of the word at or after it. */
function tokenAt(tokens: Token[], char: number): number {
  const i = tokens.findIndex((t) => t.end > char);
  return i < 0 ? tokens.length : i;
}

/** Is the sentence about the call's content: a call phrase, the parties as subject, or a participant saying something? */
export function aboutTheCall(s: AnalyzedSentence, parties: ResolvedParty[]): boolean {
  if (s.earlier) return false;
  if (s.role !== 'body' || s.hits.length) return true;
  const t = tables();
  if (t.partySubjects.findAll(s.text, s.tokens).length) return true;
  const namesParty = s.people.some((m) => parties.some((p) => samePartyAs(m, p)));
  return namesParty && t.discussion.findAll(s.text, s.tokens).length > 0;
}

export function samePartyAs(m: PersonMention, p: ResolvedParty): boolean {
  if (p.leaderId && m.candidates.some((c) => c.id === p.leaderId)) return true;
  if (m === p.mention) return true;
  if (!m.name && !m.candidates.length && m.country && m.country === p.country) return true;
  return !!m.name && !!p.name && p.name.endsWith(m.name.split(/\s+/).pop()!) && (!m.country || m.country === p.country);
}

// ---- Initiator ----

export interface Found<T> {
  value: T;
  evidence: string;
}

function partyFor(m: PersonMention | undefined, parties: ResolvedParty[]): ResolvedParty | null {
  if (!m) return null;
  return parties.find((p) => samePartyAs(m, p)) ?? null;
}

/** The party named right after word `at` ("phía Nga", "ông Tập", "Thủ tướng Nhật Bản Kishida"): a person, else a country. */
function partyNamedAt(s: AnalyzedSentence, at: number, parties: ResolvedParty[]): ResolvedParty | null {
  const skip = tables().beforeName.matchAt(s.text, s.tokens, at);
  for (const i of skip ? [skip.to, at] : [at]) {
    const start = s.tokens[i]?.start;
    if (start === undefined) continue;
    const person = s.people.find((m) => m.start === start || (m.titleText === null && m.start === s.tokens[i]!.start));
    if (person) return partyFor(person, parties);
    const place = s.entities.find((e) => e.from === i);
    for (const r of place?.refs ?? []) {
      if (r.type === 'country' || r.type === 'body') {
        const p = parties.find((x) => x.country === r.code);
        if (p) return p;
      }
    }
  }
  return null;
}

const nameOf = (p: ResolvedParty) => p.name ?? p.country ?? '';

/**
 * Who placed or sought the call, from the sentences about this call (no other party named,
 * not an earlier or a future call):
 *   "theo đề nghị của phía Nhật Bản", "do phía Mỹ khởi xướng"       → the party after the cue
 *   "Tổng thống Putin là người đã khởi xướng cuộc điện đàm"            → the party before
 *   "Tổng thống Trump gọi điện cho Chủ tịch Tập"                       → the caller, when the callee is the other party
 *   (a call being arranged) "Macron tính thiết lập lại liên lạc với …" → who seeks it
 */
export function findInitiator(sentences: AnalyzedSentence[], parties: ResolvedParty[], planned: boolean): Found<string> | null {
  const t = tables();
  const lastPartyBefore = (s: AnalyzedSentence, char: number) => {
    const before = s.people.filter((m) => m.end <= char);
    return partyFor(before[before.length - 1], parties);
  };
  for (const s of sentences) {
    if (s.earlier) continue;
    // A sentence that names someone off the call speaks of another call ("… Chủ tịch ASEAN" or "được bầu làm Thủ
    // tướng", roles without a name, do not count).
    if (s.people.some((m) => (m.name || m.candidates.length) && !partyFor(m, parties))) continue;
    if (!planned && s.hits.length && s.hits.every((h) => h.planned || h.earlier)) continue;
    for (const cue of t.initiatorAfter.findAll(s.text, s.tokens)) {
      let party = partyNamedAt(s, cue.to, parties);
      if (party && cue.values.includes('do')) {
        // "do X khởi xướng": only with a verb of initiative after the name.
        const follows = t.doFollowers.findAll(s.text, s.tokens).some((f) => f.from > cue.to && f.from <= cue.to + 8);
        if (!follows) party = null;
      }
      if (party) return { value: nameOf(party), evidence: s.text };
    }
    for (const cue of t.initiatorBefore.findAll(s.text, s.tokens)) {
      const party = lastPartyBefore(s, cue.start);
      if (party) return { value: nameOf(party), evidence: s.text };
    }
    for (const cue of t.caller.findAll(s.text, s.tokens)) {
      const caller = lastPartyBefore(s, cue.start);
      const callee = partyNamedAt(s, cue.to, parties);
      if (caller && callee && caller !== callee) return { value: nameOf(caller), evidence: s.text };
    }
    if (planned && s.hits.length) {
      const hit = s.hits[0]!;
      for (const verb of t.planning.findAll(s.text, s.tokens)) {
        if (verb.from > hit.from || hit.from - verb.to > 6) continue;
        const party = lastPartyBefore(s, verb.start);
        if (party) return { value: nameOf(party), evidence: s.text };
      }
    }
  }
  return null;
}

// ---- Ordinal ----

const ORDINAL_NUMBER = `(\\d{1,2}|${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
/** "lần đầu (tiên)", "lần thứ 3", "lần thứ hai". */
const LAN_ORDINAL = new RegExp(`(?<![\\p{L}])lần\\s+(?:(đầu)(?:\\s+tiên)?|thứ\\s+${ORDINAL_NUMBER})(?![\\p{L}])`, 'giu');
/** After a call noun: "(cuộc điện đàm) đầu tiên", "(cuộc điện đàm) thứ ba". */
const NOUN_ORDINAL = new RegExp(`(?<![\\p{L}])(?:(đầu\\s+tiên)|thứ\\s+${ORDINAL_NUMBER})(?![\\p{L}])`, 'gu');

function ordinalValue(word: string | undefined, first: boolean): number | null {
  if (first) return 1;
  if (!word) return null;
  if (/^\d+$/.test(word)) return +word;
  return ORDINAL_WORDS[word.toLowerCase()] ?? null;
}

interface Span {
  from: number;
  to: number;
}

/** Words of another event between two spans: "APEC lần thứ 25" (not the call's own words). */
function otherNounBetween(s: AnalyzedSentence, from: number, to: number, call: Span): boolean {
  return tables()
    .otherNouns.findAll(s.text, s.tokens)
    .some((m) => m.from >= from && m.to <= to && !(m.from >= call.from && m.to <= call.to));
}

/**
 * The call's ordinal: "lần đầu điện đàm", "cuộc điện đàm lần thứ 3", "cuộc điện đàm thứ hai",
 * "cuộc điện đàm được công khai đầu tiên", "Đây là lần thứ 3, Tổng thống … điện đàm". The ordinal
 * must stand by a phrase of this call (not an earlier one's) with no other event's noun in between
 * ("Hội nghị APEC lần thứ 25", "sinh nhật lần thứ 69" are not the call's).
 */
export function findOrdinal(sentences: AnalyzedSentence[]): Found<number> | null {
  const found = ordinalCandidates(sentences);
  // "cuộc điện đàm thứ hai" says which call it is; "lần trao đổi đầu tiên sau gần 7 tháng" only
  // says how long since the last one: taken when nothing better is written.
  return found.find((c) => !c.gap) ?? found[0] ?? null;
}

/** "đầu tiên sau gần ba năm", "lần đầu kể từ …": the first in a while, not the first ever. */
const GAP_AFTER = /^[^.,;]{0,40}?(?<![\p{L}])(?:sau|kể\s+từ|trong\s+vòng|trong)(?![\p{L}])/iu;

function ordinalCandidates(sentences: AnalyzedSentence[]): Array<Found<number> & { gap: boolean }> {
  const t = tables();
  const out: Array<Found<number> & { gap: boolean }> = [];
  const push = (value: number | null, s: AnalyzedSentence, end: number) => {
    if (value) out.push({ value, evidence: s.text, gap: value === 1 && GAP_AFTER.test(s.text.slice(end)) });
  };
  for (const s of sentences) {
    const deictic = THIS_CALL.test(s.text);
    if (s.earlier && !deictic) continue;
    const calls: Span[] = s.hits.filter((h) => !h.earlier);
    // In a sentence about this call, "cuộc trao đổi", "cuộc tiếp xúc" stand for it too.
    if (deictic || calls.length) for (const m of t.anaphors.findAll(s.text, s.tokens)) calls.push(m);
    if (!calls.length && !deictic) continue;
    const earlierAt = Math.min(...s.hits.filter((h) => h.earlier).map((h) => h.from), Infinity);

    NOUN_ORDINAL.lastIndex = 0;
    for (let m = NOUN_ORDINAL.exec(s.text); m; m = NOUN_ORDINAL.exec(s.text)) {
      // "thứ Hai" written with a capital is a weekday; "lần thứ …" is read below.
      if (m[2] && /^\p{Lu}/u.test(m[2])) continue;
      if (/lần\s+$/iu.test(s.text.slice(Math.max(0, m.index - 5), m.index))) continue;
      const at = tokenAt(s.tokens, m.index);
      if (at >= earlierAt) continue;
      const noun = calls.find((c) => c.to <= at && at - c.to <= ORDINAL_NOUN_GAP && !otherNounBetween(s, c.to, at, c));
      if (noun) push(ordinalValue(m[2], !!m[1]), s, m.index + m[0].length);
    }
    LAN_ORDINAL.lastIndex = 0;
    for (let m = LAN_ORDINAL.exec(s.text); m; m = LAN_ORDINAL.exec(s.text)) {
      const from = tokenAt(s.tokens, m.index);
      const to = tokenAt(s.tokens, m.index + m[0].length - 1) + 1;
      if (from >= earlierAt) continue;
      // "lần thứ 25 của APEC": another event's noun right after the ordinal.
      const next = s.tokens[to]?.key === 'của' ? to + 1 : to;
      if (t.otherNouns.findAll(s.text, s.tokens).some((o) => o.from === next)) continue;
      const near = calls.some(
        (c) =>
          (to <= c.from && c.from - to <= ORDINAL_WINDOW_BEFORE && !otherNounBetween(s, to, c.from, c)) ||
          (from >= c.to && from - c.to <= ORDINAL_WINDOW_AFTER && !otherNounBetween(s, c.to, from, c)),
      );
      if (near || (deictic && from <= 4)) push(ordinalValue(m[2], !!m[1]), s, m.index + m[0].length);
    }
  }
  return out;
}

// ---- Topics ----

/** At most this many topics per call: the most talked about first. */
const MAX_TOPICS = 8;

export function findTopics(sentences: AnalyzedSentence[]): Found<string>[] {
  const t = tables();
  const found = new Map<string, { evidence: string; count: number; first: number; broad: boolean }>();
  const note = (topic: TopicEntry, evidence: string) => {
    const f = found.get(topic.label);
    if (f) f.count++;
    else found.set(topic.label, { evidence, count: 1, first: found.size, broad: !!topic.broad });
  };
  for (const s of sentences) {
    const inPerson = (start: number, end: number) => s.people.some((p) => start >= p.start && end <= p.end);
    for (const m of t.topics.findAll(s.text, s.tokens)) {
      if (inPerson(m.start, m.end)) continue;
      for (const topic of m.values) note(topic, s.text);
    }
    for (const topic of TOPICS) {
      for (const exact of topic.exact ?? []) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${exact}(?![\\p{L}\\p{N}])`, 'u');
        if (re.test(s.text)) note(topic, s.text);
      }
    }
  }
  return [...found]
    .sort(([, a], [, b]) => Number(a.broad) - Number(b.broad) || b.count - a.count || a.first - b.first)
    .slice(0, MAX_TOPICS)
    .sort(([, a], [, b]) => a.first - b.first)
    .map(([value, f]) => ({ value, evidence: f.evidence }));
}

// ---- Agreements ----

/** Agreement clauses: from each cue to the next cue or the end of the sentence. */
export function findAgreements(sentences: AnalyzedSentence[]): Found<string>[] {
  const t = tables();
  const out: Found<string>[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    if (s.earlier) continue;
    const cues = t.agreement.findAll(s.text, s.tokens).filter((m) => {
      const prev = m.from > 0 ? s.tokens[m.from - 1]!.key : '';
      const prev2 = m.from > 1 ? `${s.tokens[m.from - 2]!.key} ${prev}` : '';
      const next = s.tokens[m.to] ? s.tokens[m.to]!.key : '';
      const next2 = s.tokens[m.to + 1] ? `${next} ${s.tokens[m.to + 1]!.key}` : '';
      return !t.notAfterAgreement.has(prev) && !t.notAfterAgreement.has(prev2) && !t.notBeforeAgreement.has(next) && !t.notBeforeAgreement.has(next2);
    });
    cues.forEach((cue, i) => {
      const end = cues[i + 1]?.start ?? s.text.length;
      const clause = s.text
        .slice(cue.start, end)
        .replace(/[\s,;:]*(đồng thời|và|cũng như)?[\s,;:]*$/u, '')
        .replace(/[\s.]*(\.\/\.)?\s*$/u, '')
        .trim();
      if (clause.split(/\s+/).length < 3) return;
      const key = matchKey(clause);
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ value: clause, evidence: s.text });
    });
  }
  return out;
}
