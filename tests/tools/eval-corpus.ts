/**
 * Scores the engine on a corpus and prints each disagreement, the figures per class and a bare
 * regex's on the same texts. A measuring tool for developers, not a test:
 *   npx tsx tests/tools/eval-corpus.ts [corpus|corpus-b|real-press-dev] [file-substring]
 * real-press-dev is a development set of real articles: its labels are committed, its texts are
 * not (they are read from ../real-press/ beside the repository, or $REAL_PRESS).
 */
import { scoreCorpus } from '../helpers/corpus';

const [name = 'corpus', filter] = process.argv.slice(2);
const s = scoreCorpus(name, filter);
for (const [file, problems] of s.problems) console.log(`${file}\n  ${problems.join('\n  ')}`);
if (s.missing) console.log(`\n(${s.missing} texts of the manifest are not on this machine and were left out)`);
const g = s.gate;
console.log(`\n== gate: ${g.callsPassed}/${g.calls} call articles let through, ${g.othersPassed}/${g.others} others`);
const f1 = (tp: number, fp: number, fn: number) => (2 * tp) / Math.max(1, 2 * tp + fp + fn);
const d = s.detection;
console.log(`\n== detection (${name})\ntp ${d.tp}  fp ${d.fp}  fn ${d.fn}  tn ${d.tn}  precision ${d.precision.toFixed(3)}  recall ${d.recall.toFixed(3)}  F1 ${f1(d.tp, d.fp, d.fn).toFixed(3)}`);
const r = s.regex;
console.log(`regex /điện đàm|hội đàm trực tuyến/: precision ${(r.tp / Math.max(1, r.tp + r.fp)).toFixed(3)}  recall ${(r.tp / Math.max(1, r.tp + r.fn)).toFixed(3)}  F1 ${f1(r.tp, r.fp, r.fn).toFixed(3)}`);
console.log('== fields (on detected positives)');
for (const [k, [ok, n]] of Object.entries(s.fields)) console.log(`${k.padEnd(24)} ${ok}/${n}  ${(ok / n).toFixed(3)}`);
console.log('\n== per class: texts, decision right, then each field right/judged on the calls found');
const FIELDS = ['participants.countries', 'parties', 'participants.names', 'eventDate', 'kind', 'initiator', 'ordinal'];
console.log(`${'class'.padEnd(26)} ${'n'.padStart(3)} ${'detect'.padStart(7)}  ${FIELDS.map((f) => f.replace('participants.', '').padStart(10)).join(' ')}`);
for (const [cls, c] of [...s.classes].sort(([a], [b]) => a.localeCompare(b))) {
  const cells = FIELDS.map((f) => (c.fields[f] ? `${c.fields[f]![0]}/${c.fields[f]![1]}` : '-').padStart(10));
  console.log(`${cls.padEnd(26)} ${String(c.n).padStart(3)} ${`${c.detected}/${c.n}`.padStart(7)}  ${cells.join(' ')}`);
}
