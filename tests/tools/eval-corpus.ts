/**
 * Scores the engine on the held-out corpus (tests/fixtures/corpus/manifest.jsonl) and prints
 * each disagreement. A measuring tool for developers, not a test:
 *   npx tsx tests/tools/eval-corpus.ts [--verbose] [file-substring]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../lib/engine';
import { matchKey } from '../../lib/text';

interface Expected {
  isCall: boolean;
  kind: string | null;
  eventDate: string | null;
  participants: Array<{ name: string; title: string; country: string }> | null;
  initiator: string | null;
  ordinal: number | null;
  agreements: number | null;
  earlierCalls: string[] | null;
  attribution: string | null;
}

const dir = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const filter = args.find((a) => !a.startsWith('--'));
const entries = readFileSync(`${dir}manifest.jsonl`, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { file: string; url: string; published: string; expected: Expected })
  .filter((e) => !filter || e.file.includes(filter));

const score: Record<string, [ok: number, n: number]> = {};
const tally = (field: string, ok: boolean) => {
  const s = (score[field] ??= [0, 0]);
  s[1]++;
  if (ok) s[0]++;
};
let tp = 0, fp = 0, fn = 0, tn = 0;
const sameName = (a: string | null, b: string | null) => !!a && !!b && (matchKey(a) === matchKey(b) || matchKey(a).endsWith(matchKey(b).split(' ').pop()!) || matchKey(b).endsWith(matchKey(a).split(' ').pop()!));

for (const e of entries) {
  const r = analyzeText(readFileSync(dir + e.file, 'utf8'), { url: e.url, published: e.published });
  const x = e.expected;
  const problems: string[] = [];
  if (x.isCall && r.detection.isCall) tp++;
  else if (!x.isCall && r.detection.isCall) { fp++; problems.push(`FALSE POSITIVE (${r.detection.kind}, ${r.detection.reasons.join('; ')})`); }
  else if (x.isCall && !r.detection.isCall) { fn++; problems.push(`MISSED (${r.detection.confidence}: ${r.detection.reasons.join('; ')})`); }
  else tn++;
  const c = r.call;
  if (x.isCall && c) {
    const check = (field: string, ok: boolean, got: unknown, want: unknown) => {
      tally(field, ok);
      if (!ok) problems.push(`${field}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
    };
    check('kind', c.kind === x.kind, c.kind, x.kind);
    check('eventDate', c.eventDate === x.eventDate, c.eventDate, x.eventDate);
    const want = x.participants ?? [];
    const got = c.participants;
    const countriesOk = want.length === got.length && want.every((w) => got.some((g) => g.country === w.country));
    check('participants.countries', countriesOk, got.map((g) => g.country), want.map((w) => w.country));
    const namesOk = want.length === got.length && want.every((w) => got.some((g) => sameName(g.name, w.name)));
    check('participants.names', namesOk, got.map((g) => g.name), want.map((w) => w.name));
    const exactNames = want.length === got.length && want.every((w) => got.some((g) => g.name === w.name));
    check('participants.exactNames', exactNames, got.map((g) => g.name), want.map((w) => w.name));
    check('participants.titles', want.every((w) => got.some((g) => sameName(g.name, w.name) && g.title === w.title)), got.map((g) => g.title), want.map((w) => w.title));
    check('initiator', x.initiator === null ? c.initiator === null : sameName(c.initiator, x.initiator), c.initiator, x.initiator);
    check('ordinal', c.ordinal === x.ordinal, c.ordinal, x.ordinal);
    check('agreements', c.agreements.length === (x.agreements ?? 0), c.agreements, x.agreements);
    const earlier = c.earlierCalls.map((d) => d.date ?? d.datePartial);
    const wantEarlier = x.earlierCalls ?? [];
    check('earlierCalls', earlier.length === wantEarlier.length && wantEarlier.every((d) => earlier.includes(d)), earlier, wantEarlier);
    // Conventions differ on what to credit ("X/VOV.VN (Theo Reuters)": the outlet or its source);
    // the gold value found inside ours counts.
    const gotA = c.attribution?.toLowerCase() ?? null;
    const wantA = x.attribution?.toLowerCase() ?? null;
    check('attribution', gotA === wantA || (!!gotA && !!wantA && gotA.includes(wantA)), c.attribution, x.attribution);
  }
  if (problems.length || verbose) console.log(`${e.file}\n  ${problems.join('\n  ') || 'ok'}`);
}

console.log('\n== detection');
console.log(`tp ${tp}  fp ${fp}  fn ${fn}  tn ${tn}  precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}  recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}`);
console.log('== fields (on detected positives)');
for (const [k, [ok, n]] of Object.entries(score)) console.log(`${k.padEnd(24)} ${ok}/${n}  ${(ok / n).toFixed(3)}`);
