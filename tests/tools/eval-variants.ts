/**
 * How the engine's decision holds when a text is written otherwise: each text of the given sets read as stored and
 * in a variant, and the texts whose decision the variant changes listed. A measuring tool for developers, not a test:
 *   npx tsx tests/tools/eval-variants.ts VARIANT real-press-ag,real-press-ah,…
 * Variants (each a way the press, or a copy of it, really differs):
 * - nohead: the first line dropped (a copy cut below its headline);
 * - phone: "điện đàm" written "trao đổi qua điện thoại" (call wording without the word);
 * - talk: "điện đàm với" written "nói chuyện điện thoại với", "cuộc điện đàm" written "cuộc gọi";
 * - spoke: every "điện đàm" written "nói chuyện" (the agencies' "spoke with": "đã nói chuyện với … hôm 12/4"), so that
 *   only the day, the sides and the absence of a room tell the call.
 * Of the call articles, only those the engine finds as stored are counted (the variant's cost, not the set's misses);
 * of the others, every one (the calls the variant makes up).
 */
import { analyzeText } from '../../lib/engine';
import { manifestOf, textOf } from '../helpers/corpus';

const VARIANTS: Record<string, (text: string) => string> = {
  nohead: (t) => t.split('\n').slice(1).join('\n'),
  phone: (t) => t.replace(/điện đàm/g, 'trao đổi qua điện thoại').replace(/Điện đàm/g, 'Trao đổi qua điện thoại'),
  talk: (t) => t.replace(/(?:có cuộc |đã )?điện đàm với/g, 'nói chuyện điện thoại với').replace(/cuộc điện đàm/g, 'cuộc gọi'),
  spoke: (t) => t.replace(/(?:có cuộc |đã có cuộc )?điện đàm/g, 'nói chuyện').replace(/Điện đàm/g, 'Nói chuyện'),
};

const [variant = '', sets = ''] = process.argv.slice(2);
const rewrite = VARIANTS[variant];
if (!rewrite || !sets) {
  console.error(`usage: eval-variants.ts ${Object.keys(VARIANTS).join('|')} SET[,SET…]`);
  process.exit(2);
}
let calls = 0;
let held = 0;
let others = 0;
let madeUp = 0;
const lost: string[] = [];
const added: string[] = [];
for (const set of sets.split(',')) {
  for (const e of manifestOf(set)) {
    const text = textOf(set, e);
    if (text === null) continue;
    const read = (t: string) => analyzeText(t, { url: e.url, published: e.published }).detection;
    if (e.expected.isCall) {
      if (!read(text).isCall) continue;
      calls++;
      const d = read(rewrite(text));
      if (d.isCall) held++;
      else lost.push(`${e.file}: ${d.reasons.join('; ')}`);
    } else {
      others++;
      const d = read(rewrite(text));
      if (d.isCall) {
        madeUp++;
        if (!read(text).isCall) added.push(`${e.file}: ${d.reasons.join('; ')}`);
      }
    }
  }
}
console.log(`${variant}: calls found as stored still found ${held}/${calls}; others read as calls ${madeUp}/${others}`);
if (lost.length) console.log(`\nlost:\n  ${lost.join('\n  ')}`);
if (added.length) console.log(`\nnew false calls:\n  ${added.join('\n  ')}`);
