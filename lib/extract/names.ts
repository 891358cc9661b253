/**
 * Class and id names read as words: "dt-news__sapo" is the words dt, news, sapo;
 * "articleSummary" is article, summary. Tables of words (lib/extract/sites/generic.ts) become one
 * test over an element's names.
 */

/** A test of an element's class and id against a table of words (a word may be "author-box": two words in a row). */
export type NameTest = (el: Element) => boolean;

export function nameTest(words: readonly string[]): NameTest {
  const alternatives = words.map((w) => w.toLowerCase().split('-').map(escape).join('[-_]+')).join('|');
  const re = new RegExp(`(?:^|[-_])(?:${alternatives})(?:[-_]|$)`);
  return (el) => {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!names.trim()) return false;
    for (const raw of names.split(/\s+/)) {
      if (raw && re.test(raw.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase())) return true;
    }
    return false;
  };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
