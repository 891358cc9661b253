import { analyzeArticle, type AnalyzedSentence } from '../detect/analysis';
import type { Article } from '../extract/types';
import type { CallRecord } from '../summarize/types';
import { TOPICS } from '../summarize/data/topics';
import { matchKey } from '../text';

/**
 * What to highlight in the page for a call: the phrases of each category, as they are written in
 * the article's text. The page is then searched for them (./locate.ts) inside the article only.
 */

export type HighlightCategory = 'participant' | 'date' | 'call' | 'topic' | 'agreement' | 'initiator';

export const HIGHLIGHT_CATEGORIES: readonly HighlightCategory[] = ['participant', 'date', 'call', 'topic', 'agreement', 'initiator'];

export interface HighlightPlan {
  category: HighlightCategory;
  /** Exact phrases (NFC) to find in the article's own text. */
  phrases: string[];
}

/** Phrases shorter than this are not highlighted on their own (a bare "Nga" would light up half the page). */
const MIN_PHRASE_CHARS = 3;
/** Agreements longer than this are highlighted by their first words only. */
const MAX_AGREEMENT_CHARS = 160;

/** Words that name the initiator or the ordinal: "là người khởi xướng", "theo đề nghị của", "lần thứ 3". */
// No "i" flag: with it \p{Lu} matches small letters too, and "theo đề nghị của" would take the next words whatever they are.
const INITIATOR_OR_ORDINAL = /([Tt]heo\s+(?:đề\s+nghị|đề\s+xuất|yêu\s+cầu|sáng\s+kiến)\s+của(?:\s+phía)?(?:\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)?|(?:[Ll]à\s+người\s+)?(?:[Đđ]ã\s+)?[Kk]hởi\s+xướng|[Cc]hủ\s+động|[Gg]ọi\s+điện\s+cho|[Ll]ần\s+(?:đầu(?:\s+tiên)?|thứ\s+[\p{L}\d]+)(?:\s+trong\s+vòng\s+\d+\s+\p{L}+)?|(?:[Cc]uộc\s+điện\s+đàm\s+)?(?:[Đđ]ầu\s+tiên|[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|\d+)))/gu;

function uniq(xs: Array<string | null | undefined>): string[] {
  return [...new Set(xs.filter((x): x is string => !!x && x.trim().length >= MIN_PHRASE_CHARS).map((x) => x.trim()))];
}

/** The sentences that carry the record's facts (title excluded: highlights stay in the body). */
function evidenceSentences(article: Article, record: CallRecord): AnalyzedSentence[] {
  const sentences = analyzeArticle(article).sentences.filter((s) => s.role !== 'title');
  const ev = record.evidence;
  const wanted = new Set([ev.kind, ev.eventDate, ev.initiator, ev.ordinal, ...ev.participants, ...ev.agreements, ...Object.values(ev.topics)].filter(Boolean));
  return sentences.filter((s) => wanted.has(s.text));
}

export function planHighlights(article: Article, record: CallRecord): HighlightPlan[] {
  const sentences = analyzeArticle(article).sentences.filter((s) => s.role !== 'title');
  const factSentences = evidenceSentences(article, record);

  // Participants: every way the article writes each of them (titles included), in its own sentences.
  const participantPhrases: string[] = [];
  for (const s of sentences) {
    for (const m of s.people) {
      const isParty = record.participants.some(
        (p) => (p.leaderId && m.candidates.some((c) => c.id === p.leaderId)) || (!!p.name && !!m.name && p.name.endsWith(m.name.split(/\s+/).pop()!)),
      );
      if (isParty) participantPhrases.push(s.text.slice(m.start, m.end));
    }
  }

  const callPhrases = factSentences.flatMap((s) => s.hits.filter((h) => !h.earlier).map((h) => h.text));
  const topicPhrases: string[] = [];
  for (const s of factSentences) {
    for (const topic of record.topics) if (record.evidence.topics[topic] === s.text) topicPhrases.push(...topicWordsIn(s.text, topic));
  }
  const agreements = record.agreements.map((a) => (a.length > MAX_AGREEMENT_CHARS ? a.slice(0, a.lastIndexOf(' ', MAX_AGREEMENT_CHARS)) : a));
  const initiatorOrdinal: string[] = [];
  for (const sentence of [record.evidence.initiator, record.evidence.ordinal]) {
    if (!sentence) continue;
    for (const m of sentence.matchAll(INITIATOR_OR_ORDINAL)) initiatorOrdinal.push(m[0]);
  }

  return [
    { category: 'participant', phrases: uniq(participantPhrases) },
    { category: 'date', phrases: uniq([record.eventDateExpression]) },
    { category: 'call', phrases: uniq(callPhrases) },
    { category: 'topic', phrases: uniq(topicPhrases) },
    { category: 'agreement', phrases: uniq(agreements) },
    { category: 'initiator', phrases: uniq(initiatorOrdinal) },
  ];
}

/** The words of `topic` as written in the sentence ("Ukraine", "biến đổi khí hậu"). */
function topicWordsIn(sentence: string, label: string): string[] {
  const entry = TOPICS.find((t) => t.label === label);
  if (!entry) return [];
  const key = matchKey(sentence);
  const out: string[] = [];
  for (const p of [...entry.phrases, ...(entry.exact ?? [])]) {
    const at = key.indexOf(matchKey(p));
    if (at >= 0) out.push(sentence.slice(at, at + p.length));
  }
  return out;
}
