import type { AnalyzedSentence } from '../detect/analysis';
import type { CallHit } from '../detect/call-phrases';
import type { PersonMention } from '../gazetteer/people';
import { matchKey, PhraseIndex, type Token } from '../text';
import {
  AGREEMENT_CUES, AGREEMENT_NOT_AFTER, AGREEMENT_NOT_BEFORE, DISCUSSION_CUES, DO_FOLLOWERS, INITIATOR_AFTER_CUES,
  INITIATOR_BEFORE_CUES, ORDINAL_OTHER_NOUNS, ORDINAL_WINDOW_AFTER, ORDINAL_WINDOW_BEFORE, ORDINAL_WORDS, PARTY_SUBJECTS,
  PLANNING_VERBS,
} from './data/cues';
import { TOPICS, type TopicEntry } from './data/topics';
import type { ResolvedParty } from './participants';

/**
 * The facts of a call besides its parties and date: who placed it, which one it is, what was
 * discussed and agreed. Each reader takes the sentences that are about the call and returns
 * the fact with the sentence it came from.
 */

const indexOf = (words: readonly string[]) => {
  const idx = new PhraseIndex<string>();
  for (const w of words) idx.add(w, w);
  return idx;
};
const lazy = <T>(make: () => T) => {
  let v: T | undefined;
  return () => (v ??= make());
};

const tables = lazy(() => ({
  agreement: indexOf(AGREEMENT_CUES),
  notAfterAgreement: new Set(AGREEMENT_NOT_AFTER.map(matchKey)),
  notBeforeAgreement: new Set(AGREEMENT_NOT_BEFORE.map(matchKey)),
  discussion: indexOf(DISCUSSION_CUES),
  partySubjects: indexOf(PARTY_SUBJECTS),
  initiatorAfter: indexOf(INITIATOR_AFTER_CUES),
  initiatorBefore: indexOf(INITIATOR_BEFORE_CUES),
  planning: indexOf(PLANNING_VERBS),
  doFollowers: indexOf(DO_FOLLOWERS),
  otherNouns: indexOf(ORDINAL_OTHER_NOUNS),
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

/** Party named by a country right after a cue: "theo đề nghị của phía Nga". */
function partyByCountryAfter(s: AnalyzedSentence, fromToken: number, parties: ResolvedParty[]): ResolvedParty | null {
  for (const e of s.entities) {
    if (e.from < fromToken || e.from > fromToken + 2) continue;
    for (const r of e.refs) {
      if (r.type === 'country' || r.type === 'body') {
        const p = parties.find((x) => x.country === r.code);
        if (p) return p;
      }
    }
  }
  return null;
}

const INITIATOR_AFTER_WINDOW = 3;

export function findInitiator(sentences: AnalyzedSentence[], parties: ResolvedParty[], planned: boolean): Found<string> | null {
  const t = tables();
  for (const s of sentences) {
    if (s.earlier) continue;
    const peopleBefore = (char: number) => s.people.filter((m) => m.end <= char);
    for (const cue of t.initiatorAfter.findAll(s.text, s.tokens)) {
      const isDo = cue.values.includes('do');
      const after = s.people.find((m) => m.start >= cue.end && tokenAt(s.tokens, m.start) - cue.to <= INITIATOR_AFTER_WINDOW);
      let party = partyFor(after, parties) ?? partyByCountryAfter(s, cue.to, parties) ?? partyByCountryAfter(s, cue.to + 1, parties);
      if (party && isDo) {
        // "do X khởi xướng": only with a verb of initiative after the name.
        const end = after ? tokenAt(s.tokens, after.end) : cue.to + 2;
        const follows = t.doFollowers.findAll(s.text, s.tokens).some((f) => f.from >= end && f.from <= end + 2);
        if (!follows) party = null;
      }
      if (party) return { value: party.name ?? party.country ?? '', evidence: s.text };
    }
    for (const cue of t.initiatorBefore.findAll(s.text, s.tokens)) {
      const before = peopleBefore(cue.start);
      const party = partyFor(before[before.length - 1], parties);
      if (party) return { value: party.name ?? party.country ?? '', evidence: s.text };
    }
    if (planned && s.hits.length) {
      const hit = s.hits[0]!;
      for (const verb of t.planning.findAll(s.text, s.tokens)) {
        if (verb.from > hit.from || hit.from - verb.to > 6) continue;
        const before = peopleBefore(verb.start);
        const party = partyFor(before[before.length - 1], parties);
        if (party) return { value: party.name ?? party.country ?? '', evidence: s.text };
      }
    }
  }
  return null;
}

// ---- Ordinal ----

const ORDINAL_NUMBER = `(\\d{1,2}|${Object.keys(ORDINAL_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
/** "lần đầu (tiên)", "lần thứ 3", "lần thứ hai". */
const LAN_ORDINAL = new RegExp(`(?<![\\p{L}])lần\\s+(?:(đầu)(?:\\s+tiên)?|thứ\\s+${ORDINAL_NUMBER})(?![\\p{L}])`, 'giu');
/** Right after the call phrase: "cuộc điện đàm đầu tiên", "cuộc điện đàm thứ ba". */
const BARE_ORDINAL = new RegExp(`^\\s+(?:(đầu\\s+tiên)|thứ\\s+${ORDINAL_NUMBER})(?![\\p{L}])`, 'u');

function ordinalValue(word: string | undefined, first: boolean): number | null {
  if (first) return 1;
  if (!word) return null;
  if (/^\d+$/.test(word)) return +word;
  return ORDINAL_WORDS[word.toLowerCase()] ?? null;
}

/** Words of another event between the ordinal and the call phrase: "APEC lần thứ 25". */
function otherNounBetween(s: AnalyzedSentence, from: number, to: number, hit: CallHit): boolean {
  return tables()
    .otherNouns.findAll(s.text, s.tokens)
    .some((m) => m.from >= from && m.to <= to && !(m.from >= hit.from && m.to <= hit.to));
}

export function findOrdinal(sentences: AnalyzedSentence[]): Found<number> | null {
  for (const s of sentences) {
    if (s.earlier || !s.hits.length) continue;
    for (const hit of s.hits) {
      const bare = BARE_ORDINAL.exec(s.text.slice(hit.end));
      // "điện đàm thứ Hai" (capitalised) is a weekday.
      if (bare && !(bare[2] && /^\p{Lu}/u.test(bare[2]))) {
        const v = ordinalValue(bare[2], !!bare[1]);
        if (v) return { value: v, evidence: s.text };
      }
      LAN_ORDINAL.lastIndex = 0;
      for (let m = LAN_ORDINAL.exec(s.text); m; m = LAN_ORDINAL.exec(s.text)) {
        const from = tokenAt(s.tokens, m.index);
        const to = tokenAt(s.tokens, m.index + m[0].length - 1) + 1;
        const before = to <= hit.from && hit.from - to <= ORDINAL_WINDOW_BEFORE && !otherNounBetween(s, to, hit.from, hit);
        const after = from >= hit.to && from - hit.to <= ORDINAL_WINDOW_AFTER && !otherNounBetween(s, hit.to, from, hit);
        if (!before && !after) continue;
        // "lần thứ 25 của APEC": an other-event noun right after the ordinal.
        const next = s.tokens[to]?.key === 'của' ? to + 1 : to;
        if (tables().otherNouns.findAll(s.text, s.tokens).some((o) => o.from === next)) continue;
        const v = ordinalValue(m[2], !!m[1]);
        if (v) return { value: v, evidence: s.text };
      }
    }
  }
  return null;
}

// ---- Topics ----

export function findTopics(sentences: AnalyzedSentence[]): Found<string>[] {
  const t = tables();
  const out = new Map<string, string>();
  for (const s of sentences) {
    const inPerson = (start: number, end: number) => s.people.some((p) => start >= p.start && end <= p.end);
    for (const m of t.topics.findAll(s.text, s.tokens)) {
      if (inPerson(m.start, m.end)) continue;
      for (const topic of m.values) if (!out.has(topic.label)) out.set(topic.label, s.text);
    }
    for (const topic of TOPICS) {
      for (const exact of topic.exact ?? []) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${exact}(?![\\p{L}\\p{N}])`, 'u');
        if (re.test(s.text) && !out.has(topic.label)) out.set(topic.label, s.text);
      }
    }
  }
  return [...out].map(([value, evidence]) => ({ value, evidence }));
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
