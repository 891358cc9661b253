/**
 * Scores the engine on a held-out corpus and prints each disagreement. A measuring tool for
 * developers, not a test:  npx tsx tests/tools/eval-corpus.ts [corpus|corpus-b] [file-substring]
 */
import { scoreCorpus } from '../helpers/corpus';

const [name = 'corpus', filter] = process.argv.slice(2);
const s = scoreCorpus(name, filter);
for (const [file, problems] of s.problems) console.log(`${file}\n  ${problems.join('\n  ')}`);
const g = s.gate;
console.log(`\n== gate: ${g.callsPassed}/${g.calls} call articles let through, ${g.othersPassed}/${g.others} others`);
const d = s.detection;
console.log(`\n== detection (${name})\ntp ${d.tp}  fp ${d.fp}  fn ${d.fn}  tn ${d.tn}  precision ${d.precision.toFixed(3)}  recall ${d.recall.toFixed(3)}`);
console.log('== fields (on detected positives)');
for (const [k, [ok, n]] of Object.entries(s.fields)) console.log(`${k.padEnd(24)} ${ok}/${n}  ${(ok / n).toFixed(3)}`);
