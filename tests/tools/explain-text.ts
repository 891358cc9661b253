/**
 * How the engine reads one text copy of a page: the headline, sapo and first paragraphs it takes, the
 * captions it sets apart, its detection's reasons, the participants and the event date. A developer's
 * tool for reading a disagreement that eval-corpus.ts prints:
 *   npx tsx tests/tools/explain-text.ts FILE [published YYYY-MM-DD]
 */
import { readFileSync } from 'node:fs';
import { analyzeText } from '../../lib/engine';

const [file, published] = process.argv.slice(2);
if (!file) throw new Error('usage: explain-text.ts FILE [published]');
const r = analyzeText(readFileSync(file, 'utf8'), { published: published ?? null });
const a = r.article!;
const cut = (s: string) => (s.length > 160 ? `${s.slice(0, 160)}…` : s);
console.log(`title:    ${a.title}\npublished: ${a.publishedAt ?? '-'}\nlead:     ${cut(a.lead)}`);
a.paragraphs.slice(0, 4).forEach((p, i) => console.log(`p${i + 2}:       ${cut(p)}`));
console.log(`captions: ${a.captions.map((c) => cut(c)).join(' | ') || '-'}`);
console.log(`\ndetection: ${r.detection.isCall ? r.detection.kind : 'no call'} (${r.detection.confidence}) — ${r.detection.reasons.join('; ')}`);
if (r.call) {
  console.log(`event date: ${r.call.eventDate ?? r.call.eventDatePartial ?? '-'} (${r.call.eventDateExpression ?? '-'})`);
  for (const p of r.call.participants) console.log(`party:    ${p.name ?? '(unnamed)'} · ${p.title ?? '-'} · ${p.country ?? '?'}`);
}
