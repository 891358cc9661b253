import type { Article } from '../extract/types';
import { findPeople, type PersonMention } from '../gazetteer/people';
import { scanEntities, type EntityMatch } from '../gazetteer/entities';
import { PhraseIndex, splitSentences, tokenize, type Token } from '../text';
import { findCallHits, type CallHit } from './call-phrases';
import { EARLIER_MARKERS } from './vocabulary';

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
  /** Reports an earlier call: a call phrase and a past marker ("Trước đó, ngày 28 và 31/1, … điện đàm"). */
  earlier: boolean;
}

export interface ArticleAnalysis {
  article: Article;
  sentences: AnalyzedSentence[];
  /** People named in photo captions: used only to put names to roles, never for dates or facts. */
  captionPeople: PersonMention[];
}

let earlierIndex: PhraseIndex<string> | null = null;
function hasEarlierMarker(text: string, tokens: Token[]): boolean {
  if (!earlierIndex) {
    earlierIndex = new PhraseIndex<string>();
    for (const w of EARLIER_MARKERS) earlierIndex.add(w, w);
  }
  return earlierIndex.findAll(text, tokens).length > 0;
}

function analyzeSentence(text: string, role: SentenceRole, index: number, paragraph: number): AnalyzedSentence {
  const tokens = tokenize(text);
  const entities = scanEntities(text, tokens);
  const hits = findCallHits(text, tokens);
  const pastMarker = hasEarlierMarker(text, tokens);
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
    earlier: pastMarker && hits.length > 0,
  };
}

/** Sentences analysed per article at most: long pages are read up to here. */
const MAX_SENTENCES = 400;

const cache = new WeakMap<Article, ArticleAnalysis>();

export function analyzeArticle(article: Article): ArticleAnalysis {
  const cached = cache.get(article);
  if (cached) return cached;
  const sentences: AnalyzedSentence[] = [];
  if (article.title) sentences.push(analyzeSentence(article.title, 'title', 0, 0));
  const paragraphs = [article.lead, ...article.paragraphs];
  paragraphs.forEach((p, i) => {
    if (!p || sentences.length >= MAX_SENTENCES) return;
    for (const s of splitSentences(p)) {
      if (sentences.length >= MAX_SENTENCES) break;
      sentences.push(analyzeSentence(s.text, i === 0 && article.lead ? 'lead' : 'body', sentences.length, i + 1));
    }
  });
  const captionPeople = article.captions.slice(0, 20).flatMap((c) => findPeople(c));
  const analysis: ArticleAnalysis = { article, sentences, captionPeople };
  cache.set(article, analysis);
  return analysis;
}
