/**
 * The countryPairs table (schema v5) counts the "cp:" keys of the timeline rows: relatedCalls
 * decides from it which groups of a country pair's calls it may pass over. Every writer keeps it
 * (saveCall, its merges and promotions, unsaveArticle, deleteCalls, setNote, importJson): after
 * any sequence of them it is the table rebuilt from the timeline. The same writers keep the chart
 * table (schema v6), checked at every step of the same sequence.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import type { Article } from '../../lib/extract/types';
import { testArticle } from '../helpers/articles';
import { seededRandom as random } from '../helpers/random';
import type { CallKind, CallRecord, Participant } from '../../lib/summarize/types';
import { exportJson, importJson, parseImport } from '../../lib/export';
import { CallStore, deleteCalls, openCallStore, saveCall, setNote, timelineRowOf, unsaveArticle } from '../../lib/store';
import { chartBlocksOf } from '../../lib/store/chart-lines';
import { COUNT_ROWS_PAGE, countryPairRowsOf } from '../../lib/store/country-pairs';
import { leaderPairsByCountryPairOf } from '../../lib/store/keys';

const PEOPLE: Participant[] = [
  { name: 'Vladimir Putin', title: 'Tổng thống', country: 'RU', leaderId: 'vladimir-putin' },
  { name: 'Emmanuel Macron', title: 'Tổng thống', country: 'FR', leaderId: 'emmanuel-macron' },
  { name: 'Sergei Lavrov', title: 'Ngoại trưởng', country: 'RU', leaderId: null },
  { name: 'Joe Biden', title: 'Tổng thống', country: 'US', leaderId: 'joe-biden' },
  { name: 'Tập Cận Bình', title: 'Chủ tịch', country: 'CN', leaderId: 'tap-can-binh' },
  // Known only by a country; known only by a name.
  { name: null, title: null, country: 'FR', leaderId: null },
  { name: 'Ông Nguyễn Văn A', title: null, country: null, leaderId: null },
];
const DATES = ['2022-02-03', '2022-01-31', '2021-11-16', '2020-06-26', null];
const KINDS: CallKind[] = ['phone', 'phone', 'video', 'planned'];

/** An article whose title and text are `title`. */
const article = (url: string, title: string): Article => testArticle(url, { title, lead: '', paragraphs: [], text: title });

function randomRecord(rnd: () => number): CallRecord {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const people = new Set<Participant>();
  const size = rnd() < 0.25 ? 3 : 2;
  while (people.size < size) people.add(pick(PEOPLE));
  const date = pick(DATES);
  const mentioned = rnd() < 0.3 ? pick(DATES.filter((d): d is string => !!d && d !== date)) : null;
  return {
    kind: pick(KINDS),
    eventDate: date,
    eventDatePartial: date ? `--${date.slice(5)}` : null,
    eventDateExpression: null,
    participants: [...people].map((p) => ({ ...p })),
    initiator: null,
    ordinal: null,
    topics: rnd() < 0.5 ? ['Ukraine'] : [],
    agreements: [],
    earlierCalls: mentioned ? [{ date: mentioned, datePartial: `--${mentioned.slice(5)}`, expression: 'trước đó', evidence: 'Trước đó, hai bên đã điện đàm.' }] : [],
    attribution: null,
    evidence: { kind: null, eventDate: null, participants: [], initiator: null, ordinal: null, topics: {}, agreements: [], earlierCalls: [] },
  };
}

const NAMES = ['country-pairs-a', 'country-pairs-b', 'country-pairs-many'];

afterEach(async () => {
  for (const name of NAMES) await Dexie.delete(name);
});

/** The tables derived from the calls as they should be: the timeline, its counts by country pair, and the charts' lines (schema v6, kept by the same writers). */
async function expectCountsOfTimeline(db: CallStore, step: string): Promise<void> {
  const calls = await db.calls.toArray();
  const timeline = await db.timeline.toArray();
  expect({ step, timeline }).toEqual({ step, timeline: calls.map(timelineRowOf) });
  expect({ step, countryPairs: await db.countryPairs.toArray() }).toEqual({ step, countryPairs: countryPairRowsOf(timeline) });
  expect({ step, chart: await db.chart.toArray() }).toEqual({ step, chart: chartBlocksOf(calls) });
}

describe('countryPairs table', () => {
  it('groups a call of three by the leader pairs that make each of its country pairs', () => {
    const [putin, macron, lavrov, biden, , someoneFr, nameOnly] = PEOPLE as [Participant, Participant, Participant, Participant, Participant, Participant, Participant];
    expect(leaderPairsByCountryPairOf({ participants: [putin, macron, biden], countryPairKeys: ['FR|RU', 'FR|US', 'RU|US'] })).toEqual([
      ['FR|RU', 'emmanuel-macron|vladimir-putin'],
      ['FR|US', 'emmanuel-macron|joe-biden'],
      ['RU|US', 'joe-biden|vladimir-putin'],
    ]);
    expect(leaderPairsByCountryPairOf({ participants: [putin, lavrov, macron], countryPairKeys: ['FR|RU'] })).toEqual([['FR|RU', 'RU:sergei lavrov|emmanuel-macron,emmanuel-macron|vladimir-putin']]);
    // A country pair no two named participants make; a participant of no known country.
    expect(leaderPairsByCountryPairOf({ participants: [putin, someoneFr, nameOnly], countryPairKeys: ['FR|RU'] })).toEqual([['FR|RU', '']]);
  });

  it('is the table rebuilt from the timeline after any sequence of saves, re-readings, removals, notes and imports', async () => {
    const rnd = random(2026);
    const [a, b] = (await Promise.all(NAMES.map((name) => openCallStore(name)))) as [CallStore, CallStore];
    try {
      const urls = Array.from({ length: 24 }, (_, i) => `https://vnexpress.net/dien-dam-${i}.html`);
      let now = Date.UTC(2026, 0, 1);
      const at = () => new Date((now += 60_000)).toISOString();
      for (let step = 0; step < 240; step++) {
        const r = rnd();
        const db = rnd() < 0.75 ? a : b;
        let what: string;
        if (r < 0.55) {
          // A save, or a re-reading of an article saved before (the same url, another record).
          const url = urls[Math.floor(rnd() * urls.length)]!;
          const record = randomRecord(rnd);
          await saveCall(db, { article: article(url, `Điện đàm ${record.participants.map((p) => p.name ?? p.country).join(', ')}`), record, savedAt: at() });
          what = `save ${url}`;
        } else if (r < 0.67) {
          const url = urls[Math.floor(rnd() * urls.length)]!;
          await unsaveArticle(db, url);
          what = `unsave ${url}`;
        } else if (r < 0.77) {
          const ids = (await db.calls.toCollection().primaryKeys()).filter(() => rnd() < 0.2);
          await deleteCalls(db, ids);
          what = `delete ${ids.join(',')}`;
        } else if (r < 0.87) {
          const ids = await db.calls.toCollection().primaryKeys();
          if (!ids.length) continue;
          const id = ids[Math.floor(rnd() * ids.length)]!;
          await setNote(db, id, rnd() < 0.3 ? '' : `Ghi chú ${step}`, at());
          what = `note ${id}`;
        } else {
          // One store's export merged into the other (same calls, other ids, other notes).
          const from = db === a ? b : a;
          const parsed = parseImport(await exportJson(from, { now: new Date(at()), extensionVersion: '0.1.0' }));
          if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
          await importJson(db, parsed.data, { now: new Date(at()), progressEvery: 3 });
          what = `import into ${db.name}`;
        }
        await expectCountsOfTimeline(db, `${step}: ${what}`);
      }
      // The sequence did reach what it is about.
      const rows = await a.countryPairs.toArray();
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.some((row) => Object.keys(row.calls).length > 2)).toBe(true);
      expect(await a.calls.count()).toBeGreaterThan(10);
    } finally {
      a.close();
      b.close();
    }
  });

  it('writes the counts of many country pairs a page at a time, to the same table', async () => {
    // 16 countries: 120 country pairs, more than a page. Each call is between two heads of state.
    const countries = ['RU', 'FR', 'US', 'CN', 'JP', 'KR', 'IN', 'DE', 'GB', 'IT', 'BR', 'AU', 'CA', 'TR', 'ID', 'TH'];
    const leader = (country: string): Participant => ({ name: `Lãnh đạo ${country}`, title: 'Tổng thống', country, leaderId: `leader-${country.toLowerCase()}` });
    const source = await openCallStore(NAMES[0]);
    // The target records the size of every write to countryPairs (a DBCore middleware sees Dexie's bulk writes as one mutate each).
    const target = new CallStore(NAMES[2]);
    const writes: Array<{ type: string; rows: number }> = [];
    target.use({
      stack: 'dbcore',
      name: 'countryPairs-writes',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'countryPairs') return table;
          return { ...table, mutate: (req) => (writes.push({ type: req.type, rows: req.type === 'deleteRange' ? Infinity : req.type === 'delete' ? req.keys.length : req.values.length }), table.mutate(req)) };
        },
      }),
    });
    await target.open();
    try {
      let n = 0;
      for (let i = 0; i < countries.length; i++) {
        for (let j = i + 1; j < countries.length; j++) {
          const participants = [leader(countries[i]!), leader(countries[j]!)];
          const record = { ...randomRecord(random(n)), kind: 'phone' as const, eventDate: `2024-01-${String(1 + (n % 28)).padStart(2, '0')}`, participants };
          await saveCall(source, { article: article(`https://vov.vn/dien-dam-${n}.html`, `Điện đàm ${countries[i]}–${countries[j]}`), record, savedAt: new Date(Date.UTC(2024, 1, 1, 0, n)).toISOString() });
          n++;
        }
      }
      const parsed = parseImport(await exportJson(source, { now: new Date('2026-01-01T00:00:00Z'), extensionVersion: '0.1.0' }));
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      await importJson(target, parsed.data);
      await expectCountsOfTimeline(target, 'import of 120 country pairs');
      expect(await target.countryPairs.count()).toBeGreaterThan(COUNT_ROWS_PAGE);
      expect(writes.length).toBeGreaterThan(1);
      expect(writes.filter((w) => w.rows > COUNT_ROWS_PAGE)).toEqual([]);
    } finally {
      source.close();
      target.close();
    }
  });
});
