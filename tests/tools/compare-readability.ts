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

function shingles(text: string): Map<string, number> {
  const tokens = text.normalize('NFC').match(/[\p{L}\p{N}_]+/gu) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Share of `of`'s shingles that `within` holds. */
export function covered(of: string, within: string): number {
  const a = shingles(of);
  const b = shingles(within);
  let total = 0;
  let hit = 0;
  for (const [k, n] of a) {
    total += n;
    hit += Math.min(n, b.get(k) ?? 0);
  }
  return total ? hit / total : 1;
}

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
      `R(readability⊆ours)=${covered(theirs, ours.text).toFixed(2)}`,
      `P(ours⊆readability)=${covered(ours.text, theirs).toFixed(2)}`,
      `lead="${ours.lead.slice(0, 50)}"`,
    ].join('  '),
  );
}
