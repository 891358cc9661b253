/**
 * The extension's text against Readability's on the same pages, read the way a site without a
 * profile is read: each page is given an address on a host no profile serves.
 *
 *   npx tsx tests/tools/compare-readability.ts FILE.html...
 *
 * For each page: the share of Readability's word 4-grams the extension's text holds (recall of
 * Readability's text: never less than 1.00 is the aim), the share of the extension's 4-grams that
 * are Readability's, the sapo found, and whether the page was judged an article. Word 4-grams as
 * in Scrapinghub's article-extraction-benchmark (evaluate.py): \w+ tokens, counted with repeats.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../lib/cli/html-document';
import { extractArticle } from '../../lib/extract';
import { fourGramRecall } from '../helpers/four-grams';

for (const file of process.argv.slice(2)) {
  const html = readFileSync(file, 'utf8');
  const url = `https://bao-khong-ho-so.example/${basename(file, '.html')}-123456.html`;
  const ours = extractArticle(parseHtml(html, url), url);
  const parsed = new Readability(parseHtml(html, url), { charThreshold: 300 }).parse();
  const theirs = (parsed?.textContent ?? '').replace(/\s+/g, ' ').trim();
  console.log(
    [
      basename(file).padEnd(48),
      `article=${ours.isArticle ? 'yes' : `no (${ours.notArticleReason})`}`,
      `R(readability⊆ours)=${fourGramRecall(theirs, ours.text).toFixed(2)}`,
      `P(ours⊆readability)=${fourGramRecall(ours.text, theirs).toFixed(2)}`,
      `lead="${ours.lead.slice(0, 50)}"`,
    ].join('  '),
  );
}
