/**
 * The extension's article text, and Readability's alone, scored on pages of Scrapinghub's article-extraction-benchmark
 * the way its evaluate.py scores them. The benchmark's pages and ground truth are not in this repository (they are not
 * ours to commit): give the ground truth and a folder of its pages, each named "<hash>.html" after its key.
 *
 *   npx tsx tests/tools/extraction-benchmark.ts ground-truth.json PAGES_DIR
 *
 * Each page is read at the address the ground truth gives it, as the extension would read it there (a site without a
 * profile for nearly all of them). Per page: the normalised true positives, false positives and false negatives of
 * word 4-gram shingles against the ground truth's articleBody; over the pages: the mean precision (pages with any text),
 * the mean recall, and F1 of the two means, as evaluate.py computes them. A page the extension calls "not an article"
 * gives no text, and is listed with its reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../lib/cli/html-document';
import { extractArticle } from '../../lib/extract';

type Counts = [tp: number, fp: number, fn: number];

/** evaluate.py's tokens: \w+ (Python's Unicode \w: letters, digits, underscore). */
const tokensOf = (text: string) => text.match(/[\p{L}\p{N}_]+/gu) ?? [];

/** evaluate.py's shingles: every run of 4 tokens, counted with repeats (one shorter run for a text under 4 tokens). */
function shingles(text: string): Map<string, number> {
  const tokens = tokensOf(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const run = tokens.slice(i, i + 4);
    if (!run.length) continue;
    const key = run.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** evaluate.py's string_shingle_matching: the counts normalised so that every page weighs the same. */
function matching(truth: string, predicted: string): Counts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let [tp, fp, fn] = [0, 0, 0];
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const [a, b] = [t.get(key) ?? 0, p.get(key) ?? 0];
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

const precision = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recall = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function scores(all: Counts[]): { p: number; r: number; f1: number } {
  const p = mean(all.filter(([tp, fp]) => tp + fp > 0).map(precision));
  const r = mean(all.filter(([tp, , fn]) => tp + fn > 0).map(recall));
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

const [truthFile, dir] = process.argv.slice(2);
if (!truthFile || !dir) {
  console.error('usage: extraction-benchmark.ts ground-truth.json PAGES_DIR');
  process.exit(2);
}
const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody?: string; url: string }>;
const ours: Counts[] = [];
const theirs: Counts[] = [];
for (const [key, { articleBody = '', url }] of Object.entries(truth)) {
  const file = join(dir, `${key}.html`);
  if (!existsSync(file)) continue;
  const html = readFileSync(file, 'utf8');
  const article = extractArticle(parseHtml(html, url), url);
  const parsed = new Readability(parseHtml(html, url)).parse();
  const o = matching(articleBody, article.isArticle ? article.text : '');
  const t = matching(articleBody, parsed?.textContent ?? '');
  ours.push(o);
  theirs.push(t);
  const note = article.isArticle ? '' : `  not an article: ${article.notArticleReason}`;
  console.log(`${key.slice(0, 12)}  ours P ${precision(o).toFixed(2)} R ${recall(o).toFixed(2)}  readability P ${precision(t).toFixed(2)} R ${recall(t).toFixed(2)}  ${url}${note}`);
}
const [a, b] = [scores(ours), scores(theirs)];
console.log(`\n${ours.length} pages`);
console.log(`extension    P ${a.p.toFixed(3)}  R ${a.r.toFixed(3)}  F1 ${a.f1.toFixed(3)}`);
console.log(`readability  P ${b.p.toFixed(3)}  R ${b.r.toFixed(3)}  F1 ${b.f1.toFixed(3)}`);
