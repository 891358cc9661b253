/**
 * Scores the engine on every real-press set whose texts are on this machine and pools the figures by the group a
 * set belongs to, so that two engines can be compared on one snapshot of ../real-press (or $REAL_PRESS):
 *
 *   npx tsx tests/tools/eval-real-press.ts [OUT.tsv]
 *
 * Groups: the held-out sets (gathered blind and never read while the engine was written: bl, bn, bs, bt) apart
 * from the sets the engine was learnt on, so that a rule fitted to what was read shows as a gap between them; the
 * sets learnt on are split where the later sessions' sets begin (ag).
 * OUT.tsv, if given, gets one line per text (set, file, class, label, decision, what disagreed): `diff` two of
 * them to see which texts a change moved. A measuring tool for developers, not a test; CI has no texts.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { manifestOf, scoreCorpus, textOf, type CorpusScore } from '../helpers/corpus';
import { FIXTURES } from '../helpers/shared';

/** Sets gathered blind after the engine was written; read only to label. */
const HELD_OUT = new Set(['real-press-bl', 'real-press-bn', 'real-press-bs', 'real-press-bt']);

const sets = readdirSync(FIXTURES)
  .filter((d) => d.startsWith('real-press-'))
  .sort();
const groups = new Map<string, CorpusScore[]>();
const lines: string[] = [];
const perSet: string[] = [];
for (const name of sets) {
  const entries = manifestOf(name);
  if (!entries.some((e) => textOf(name, e) !== null)) continue;
  const s = scoreCorpus(name);
  const group = HELD_OUT.has(name) ? 'held out (bl, bn, bs, bt)' : /^real-press-(?:a[g-z]|b[a-z])$/.test(name) ? 'learnt on, newer (ag–br)' : 'learnt on, older (dev, fresh, heldout, f–af)';
  groups.set(group, [...(groups.get(group) ?? []), s]);
  const d = s.detection;
  perSet.push(`${name.padEnd(20)} ${String(entries.length - s.missing).padStart(4)} texts  tp ${d.tp} fp ${d.fp} fn ${d.fn}`);
  for (const e of entries) {
    if (textOf(name, e) === null) continue;
    const problems = s.problems.get(e.file) ?? [];
    lines.push([name, e.file, e.class ?? '', e.expected.isCall ? 'CALL' : 'other', problems.join(' | ')].join('\t'));
  }
}

const f1 = (tp: number, fp: number, fn: number) => (2 * tp) / Math.max(1, 2 * tp + fp + fn);
const FIELDS = ['parties', 'participants.countries', 'participants.names', 'kind', 'eventDay', 'eventDate'];
console.log(perSet.join('\n'));
for (const [group, scores] of [...groups].sort()) {
  const d = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const fields: Record<string, [number, number]> = {};
  for (const s of scores) {
    for (const k of ['tp', 'fp', 'fn', 'tn'] as const) d[k] += s.detection[k];
    for (const [k, [ok, n]] of Object.entries(s.fields)) {
      const f = (fields[k] ??= [0, 0]);
      f[0] += ok;
      f[1] += n;
    }
  }
  const p = d.tp / Math.max(1, d.tp + d.fp);
  const r = d.tp / Math.max(1, d.tp + d.fn);
  console.log(`\n== ${group}: ${d.tp + d.fp + d.fn + d.tn} texts, ${d.tp + d.fn} calls`);
  console.log(`detection F1 ${f1(d.tp, d.fp, d.fn).toFixed(3)}  precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  (tp ${d.tp} fp ${d.fp} fn ${d.fn})`);
  console.log(FIELDS.filter((k) => fields[k]).map((k) => `${k.replace('participants.', '')} ${fields[k]![0]}/${fields[k]![1]}`).join('  '));
}
const out = process.argv[2];
if (out) writeFileSync(out, `${lines.join('\n')}\n`);
