import { languageCounts, looksVietnamese } from '../text/vietnamese';
import type { Article } from './types';

/**
 * A bilingual page, read in its Vietnamese part: an embassy's release in English followed by its Vietnamese version, a
 * Korean headline over the Vietnamese paragraph it translates. Without this the engine reads the foreign opening (and
 * finds no call there) or gives up on the page as not Vietnamese.
 */

/** So many letters a Vietnamese run must hold to be the page's Vietnamese version, not a name or a quoted phrase. */
const MIN_VIETNAMESE_LETTERS = 100;
/** Lines this short (a date, a city, "***") neither start nor end the run. */
const SHORT_LINE_CHARS = 40;
/** A first Vietnamese line this short without a full stop is the version's headline. */
const HEADLINE_MAX_CHARS = 200;

/** Vietnamese lines, one by one between lines in the other language, that make a page interleaved. */
const INTERLEAVED_LINES = 3;
/** The mark a bilingual page puts before each translated line. */
const LINE_BULLET = /^\s*[-–•·*]\s*/u;

const letters = (s: string) => languageCounts(s).letters;

/** The article as its Vietnamese part, when its headline and sapo are in another language and its body holds a
 *  Vietnamese version; otherwise the article itself. */
export function vietnamesePart(article: Article): Article {
  if (!article.isArticle) return article;
  const opening = `${article.title}\n${article.lead}`;
  if (letters(opening) === 0 || looksVietnamese(opening)) return article;
  const lines = [article.lead, ...article.paragraphs].filter((p) => p.trim());
  const start = lines.findIndex((p) => p.length >= SHORT_LINE_CHARS && looksVietnamese(p));
  if (start < 0) return article;
  let end = start + 1;
  while (end < lines.length && (lines[end]!.length < SHORT_LINE_CHARS || looksVietnamese(lines[end]!))) end++;
  // A learner's page that gives each paragraph in English and then in Vietnamese ("- …", "• …" under each): the
  // Vietnamese lines, taken together, are the version.
  const interleaved = lines.slice(start).filter((l) => l.length >= SHORT_LINE_CHARS && looksVietnamese(l));
  const run = end - start === 1 && interleaved.length >= INTERLEAVED_LINES ? interleaved.map((l) => l.replace(LINE_BULLET, '')) : lines.slice(start, end);
  if (run.reduce((n, p) => n + letters(p), 0) < MIN_VIETNAMESE_LETTERS) return article;
  const first = run[0]!;
  const headline = first.length <= HEADLINE_MAX_CHARS && !/[.!?…]\s*$/u.test(first) && run.length > 1;
  const paragraphs = headline ? run.slice(1) : run;
  return { ...article, title: headline ? first : '', lead: '', paragraphs, text: paragraphs.join('\n') };
}
