/**
 * Writes lib/names/english.ts: the English names of the leaders the gazetteer knows by a
 * Sino-Vietnamese name ("Tập Cận Bình" → "Xi Jinping"), for the English UI and for searching by
 * either form. A small table of its own so that the popup does not load the whole gazetteer
 * (tests/unit/english-names.test.ts checks it is what the gazetteer gives now). Run after
 * changing lib/gazetteer/data/leaders.ts:  npx tsx tests/tools/make-english-names.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LEADERS } from '../../lib/gazetteer/data/leaders';
import { searchWords } from '../../lib/store/keys';

const ascii = (s: string) => /^[\x20-\x7e]+$/.test(s);
/** Words as compared here: folded, and the Latin letters that folding keeps ("Szydło", "Yıldırım") plain. */
const plainWords = (s: string) => searchWords(s.replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/Ø/g, 'O'));

/**
 * id → [the gazetteer's name, the English name], for the leaders whose name is written in
 * Vietnamese letters (Vietnam's own leaders excepted: English writes their names as they are):
 * the English name is the first plain-Latin full name (no initials) that shares at most half its
 * words with it (a surname alone, "Hollande", or the name without its accents is not another name).
 */
export function englishNames(): Array<[id: string, name: string, english: string]> {
  const out: Array<[string, string, string]> = [];
  for (const l of LEADERS) {
    if (l.country === 'VN' || ascii(l.name)) continue;
    const own = new Set(plainWords(l.name));
    const english = l.variants.find((v) => {
      const words = plainWords(v);
      // A full name (no initials), not mostly the gazetteer's own words.
      return ascii(v) && words.length > 1 && words.every((w) => w.length > 1) && words.filter((w) => own.has(w)).length * 2 <= words.length;
    });
    if (english) out.push([l.id, l.name, english]);
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = englishNames().map(([id, name, english]) => `  ['${id}', '${name}', '${english}'],`);
  const file = fileURLToPath(new URL('../../lib/names/english.ts', import.meta.url));
  writeFileSync(
    file,
    `/**
 * The English names of the leaders the gazetteer knows by a Sino-Vietnamese name: written by
 * tests/tools/make-english-names.ts from lib/gazetteer/data/leaders.ts (do not edit by hand).
 * Pure data: [leader id, the gazetteer's name, the English name].
 */
export const ENGLISH_NAMES: ReadonlyArray<readonly [id: string, name: string, english: string]> = [
${rows.join('\n')}
];
`,
  );
  console.log(`${rows.length} names → ${file}`);
}
