import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../helpers/corpus';

/**
 * The team's corpora (tests/fixtures/corpus: 97 articles, corpus-b: 70 more by another hand, corpus-c: 48 written
 * for the classes the real press showed — officials outside any leaders' list, headlines that do not carry the
 * call, several parties, call wording without "điện đàm", dates, near misses and their mirrors; corpus-d: 40 for the
 * classes later rounds showed — copies cut mid-article or under a site's banner, party papers' names and titles,
 * summits and contact groups online, routine lines, dates near other events; many outlets and years, with gold
 * records): floors under the engine's measured scores, so that a change that makes it worse
 * fails here. The figures, per class too, are printed by tests/tools/eval-corpus.ts.
 */
/** Where a corpus's floor differs from the others' (corpus-c's initiators: calls of several parties, 25/30; corpus-d's
 *  names and titles: a transliterated name labelled by its own spelling, parties named only in a later paragraph or a
 *  caption, long party titles cut short, 20/24 and 19/24). */
const FLOOR_EXCEPTIONS: Record<string, Record<string, number>> = { 'corpus-c': { initiator: 0.8 }, 'corpus-d': { 'participants.names': 0.8, 'participants.titles': 0.75 } };

describe.each([['corpus'], ['corpus-b'], ['corpus-c'], ['corpus-d']])('held-out corpus %s', (name) => {
  const s = scoreCorpus(name);

  it('lets almost every call article through the cheap gate', () => {
    expect(s.gate.callsPassed / s.gate.calls).toBeGreaterThanOrEqual(0.97);
  });

  it('detects calls with high precision and recall', () => {
    expect(s.detection.precision, [...s.problems].join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(s.detection.recall).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['kind', 0.95],
    ['eventDate', 0.9],
    ['participants.countries', 0.9],
    // Party by party (the measure the issue sets a goal for), not the exact set per call.
    ['parties', 0.95],
    ['participants.names', 0.9],
    ['participants.titles', 0.85],
    ['initiator', 0.85],
    ['ordinal', 0.85],
    ['agreements', 0.85],
    ['earlierCalls', 0.85],
    ['attribution', 0.85],
  ])('%s is right in at least %f of call articles', (field, floor) => {
    const [ok, n] = s.fields[field]!;
    expect(ok / n).toBeGreaterThanOrEqual(FLOOR_EXCEPTIONS[name]?.[field] ?? floor);
  });

  it('decides right on at least 0.9 of the texts of every class (eval-corpus prints them)', () => {
    const weak = [...s.classes].filter(([, c]) => c.detected / c.n < 0.9).map(([cls, c]) => `${cls} ${c.detected}/${c.n}`);
    expect(weak).toEqual([]);
  });

  it('does better than a bare regex for the call words on the same texts', () => {
    const f1 = (tp: number, fp: number, fn: number) => (2 * tp) / Math.max(1, 2 * tp + fp + fn);
    const d = s.detection;
    const r = s.regex;
    expect(f1(d.tp, d.fp, d.fn)).toBeGreaterThan(f1(r.tp, r.fp, r.fn));
  });
});
