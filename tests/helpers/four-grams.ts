/**
 * Word 4-grams as Scrapinghub's article-extraction-benchmark counts them (evaluate.py): \w+ tokens, counted with
 * repeats. Shared by the extraction tests and tests/tools/compare-readability.ts.
 */
function fourGrams(text: string): Map<string, number> {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}_]+/gu) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i + 4 <= words.length; i++) {
    const key = words.slice(i, i + 4).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Share of `reference`'s 4-grams that `text` holds (1 when the reference has none). */
export function fourGramRecall(reference: string, text: string): number {
  const a = fourGrams(reference);
  const b = fourGrams(text);
  let total = 0;
  let hit = 0;
  for (const [k, n] of a) {
    total += n;
    hit += Math.min(n, b.get(k) ?? 0);
  }
  return total ? hit / total : 1;
}
