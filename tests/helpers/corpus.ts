import { readFileSync } from 'node:fs';
import { gateCall } from '../../lib/detect/gate';
import { analyzeText } from '../../lib/engine';
import { matchKey } from '../../lib/text';
import { FIXTURES } from './shared';

/**
 * Scores the engine against a held-out corpus of texts with gold records
 * (tests/fixtures/<name>/manifest.jsonl). Shared by the corpus test and tests/tools/eval-corpus.ts.
 */

export interface Gold {
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

export interface CorpusScore {
  /** The cheap gate on title + sapo + address: how many call articles it lets through, how many others. */
  gate: { callsPassed: number; calls: number; othersPassed: number; others: number };
  detection: { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number };
  /** field → [right, judged] over the positives the engine found. */
  fields: Record<string, [number, number]>;
  /** file → what disagreed. */
  problems: Map<string, string[]>;
}

const lastWord = (s: string) => matchKey(s).split(' ').pop()!;
/** Same person: same name, or the same family name ("Putin" / "Vladimir Putin"). */
const sameName = (a: string | null, b: string | null) => !!a && !!b && (matchKey(a) === matchKey(b) || lastWord(a) === lastWord(b) || matchKey(a).startsWith(matchKey(b).split(' ')[0]!) && matchKey(b).split(' ').length > 1 && matchKey(a).includes(lastWord(b)));

export function scoreCorpus(name: string, filter?: string): CorpusScore {
  const dir = `${FIXTURES}${name}/`;
  const entries = readFileSync(`${dir}manifest.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { file: string; url: string; published: string; expected: Gold })
    .filter((e) => !filter || e.file.includes(filter));
  const fields: Record<string, [number, number]> = {};
  const problems = new Map<string, string[]>();
  const d = { tp: 0, fp: 0, fn: 0, tn: 0, precision: 0, recall: 0 };
  const gate = { callsPassed: 0, calls: 0, othersPassed: 0, others: 0 };
  for (const e of entries) {
    const r = analyzeText(readFileSync(dir + e.file, 'utf8'), { url: e.url, published: e.published });
    const x = e.expected;
    const out: string[] = [];
    const opened = gateCall({ url: e.url, title: r.article?.title, description: r.article?.lead }).pass;
    if (x.isCall) {
      gate.calls++;
      if (opened) gate.callsPassed++;
      else out.push('GATE CLOSED on a call article');
    } else {
      gate.others++;
      if (opened) gate.othersPassed++;
    }
    if (x.isCall && r.detection.isCall) d.tp++;
    else if (!x.isCall && r.detection.isCall) {
      d.fp++;
      out.push(`FALSE POSITIVE (${r.detection.kind}, ${r.detection.reasons.join('; ')})`);
    } else if (x.isCall) {
      d.fn++;
      out.push(`MISSED (${r.detection.confidence}: ${r.detection.reasons.join('; ')})`);
    } else d.tn++;
    const c = r.call;
    if (x.isCall && c) {
      const check = (field: string, ok: boolean, got: unknown, want: unknown) => {
        const f = (fields[field] ??= [0, 0]);
        f[1]++;
        if (ok) f[0]++;
        else out.push(`${field}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
      };
      const want = x.participants ?? [];
      const got = c.participants;
      check('kind', c.kind === x.kind, c.kind, x.kind);
      check('eventDate', c.eventDate === x.eventDate, c.eventDate, x.eventDate);
      check('participants.countries', want.length === got.length && want.every((w) => got.some((g) => g.country === w.country)), got.map((g) => g.country), want.map((w) => w.country));
      check('participants.names', want.length === got.length && want.every((w) => got.some((g) => sameName(g.name, w.name))), got.map((g) => g.name), want.map((w) => w.name));
      // Gold titles are sometimes written with the country ("Thủ tướng Nhật Bản"): ours is the title alone.
      const sameTitle = (g: string | null, w: string | null) => matchKey(w ?? '') === matchKey(g ?? '') || (!!g && matchKey(w ?? '').startsWith(`${matchKey(g)} `));
      check('participants.titles', want.every((w) => got.some((g) => sameName(g.name, w.name) && sameTitle(g.title, w.title))), got.map((g) => g.title), want.map((w) => w.title));
      check('initiator', x.initiator === null ? c.initiator === null : sameName(c.initiator, x.initiator), c.initiator, x.initiator);
      check('ordinal', c.ordinal === x.ordinal, c.ordinal, x.ordinal);
      check('agreements', c.agreements.length === (x.agreements ?? 0), c.agreements, x.agreements);
      const earlier = c.earlierCalls.map((q) => q.date ?? q.datePartial);
      const wantEarlier = x.earlierCalls ?? [];
      check('earlierCalls', earlier.length === wantEarlier.length && wantEarlier.every((q) => earlier.includes(q)), earlier, wantEarlier);
      // Conventions differ on what to credit; the gold value found inside ours counts.
      const gotA = c.attribution?.toLowerCase() ?? null;
      const wantA = x.attribution?.toLowerCase() ?? null;
      check('attribution', gotA === wantA || (!!gotA && !!wantA && gotA.includes(wantA)), c.attribution, x.attribution);
    }
    if (out.length) problems.set(e.file, out);
  }
  d.precision = d.tp / Math.max(1, d.tp + d.fp);
  d.recall = d.tp / Math.max(1, d.tp + d.fn);
  return { gate, detection: d, fields, problems };
}
