import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../helpers/corpus';

/**
 * The held-out corpora (tests/fixtures/corpus: 97 articles, corpus-b: 70 more by another hand;
 * many outlets and years, with gold records): floors under the engine's measured scores, so that a change that makes it worse on
 * articles it was not written for fails here. The figures are printed by tests/tools/eval-corpus.ts.
 */
describe.each([['corpus'], ['corpus-b']])('held-out corpus %s', (name) => {
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
    ['participants.names', 0.9],
    ['participants.titles', 0.85],
    ['initiator', 0.85],
    ['ordinal', 0.85],
    ['agreements', 0.85],
    ['earlierCalls', 0.85],
    ['attribution', 0.85],
  ])('%s is right in at least %f of call articles', (field, floor) => {
    const [ok, n] = s.fields[field]!;
    expect(ok / n).toBeGreaterThanOrEqual(floor);
  });
});
