/**
 * The collection's charts as data (lib/chart): binning by week / month / year, the stacked bars'
 * geometry, pair counts and the radial placement of the network; and the store's chartCalls, which
 * reads the rows the charts draw for a filter (pairs of countries and of leaders included).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { binCalls, layoutTimeline, niceTicks, periodOf, unitFor, type ChartCall } from '../../lib/chart/timeline';
import { hubOf, layoutNetwork, MAX_EDGE, MAX_EDGES, MAX_NODES, MIN_EDGE, networkOf, peopleOf } from '../../lib/chart/network';
import { chartCalls, openCallStore, saveCall, searchCalls, timelineRowOf, timelineRowsOf, type CallStore } from '../../lib/store';
import type { CallKind, CallRecord, Participant } from '../../lib/summarize/types';
import { testArticle } from '../helpers/articles';

const P = {
  putin: { name: 'Vladimir Putin', title: 'Tổng thống', country: 'RU', leaderId: 'vladimir-putin' },
  macron: { name: 'Emmanuel Macron', title: 'Tổng thống', country: 'FR', leaderId: 'emmanuel-macron' },
  lavrov: { name: 'Sergei Lavrov', title: 'Ngoại trưởng', country: 'RU', leaderId: null },
  chinh: { name: 'Phạm Minh Chính', title: 'Thủ tướng', country: 'VN', leaderId: 'pham-minh-chinh' },
  biden: { name: 'Joe Biden', title: 'Tổng thống', country: 'US', leaderId: 'joe-biden' },
} satisfies Record<string, Participant>;

let nextId = 1;
/** A chart row as the store's chart lines give it (keys computed the same way), with its participants (what the store's timeline row has besides). */
function row(date: string, kind: CallKind, people: Participant[], mentioned: 0 | 1 = 0): ChartCall & { participants: Participant[] } {
  const countries = [...new Set(people.map((p) => p.country!))].sort();
  const keys = people.map((p) => p.leaderId ?? `${p.country}:${p.name!.toLowerCase()}`).sort();
  const pairs = (xs: string[]) => xs.flatMap((a, i) => xs.slice(i + 1).map((b) => `${a}|${b}`));
  return { id: nextId++, sortDate: date, kind, mentioned, participants: people, pairKeys: pairs(keys), countryPairKeys: pairs(countries) };
}

const binned = (b: ReturnType<typeof binCalls>) => ({ unit: b.unit, bars: b.bins.length, full: b.bins.filter((x) => x.total).length });

describe('timeline bins', () => {
  it('chooses weeks up to half a year, months up to six years, years beyond', () => {
    expect(unitFor('2022-01-01', '2022-06-30')).toBe('week');
    expect(unitFor('2022-01-01', '2022-07-31')).toBe('month');
    expect(unitFor('2017-01-01', '2022-12-31')).toBe('month');
    expect(unitFor('2016-12-01', '2022-12-31')).toBe('year');
  });

  it('takes a coarser unit when a few calls would leave most bars empty', () => {
    // Three calls over five years: five yearly bars, not sixty monthly ones.
    expect(unitFor('2017-03-01', '2021-11-30', 3)).toBe('year');
    expect(unitFor('2017-03-01', '2021-11-30', 15)).toBe('month');
    // A year of one call (a bar clicked, or the filter's dates): still its twelve months.
    expect(unitFor('2020-01-01', '2020-12-31', 1)).toBe('month');
    // Two months of one call: its nine weeks; half a year of two calls: months (27 weeks > 12).
    expect(unitFor('2022-03-01', '2022-04-30', 1)).toBe('week');
    expect(unitFor('2022-01-01', '2022-06-30', 2)).toBe('month');
    expect(unitFor('2022-01-01', '2022-06-30', 7)).toBe('week');
    const scattered = binCalls([row('2017-03-02', 'phone', [P.chinh, P.biden]), row('2019-08-15', 'video', [P.chinh, P.biden]), row('2021-11-30', 'phone', [P.chinh, P.biden])]);
    expect(binned(scattered)).toEqual({ unit: 'year', bars: 5, full: 3 });
  });

  it('starts weeks on Monday, months on the 1st, and ends each on its last day', () => {
    // 3 February 2022 was a Thursday.
    expect(periodOf('2022-02-03', 'week')).toEqual({ start: '2022-01-31', end: '2022-02-06' });
    expect(periodOf('2022-01-31', 'week')).toEqual({ start: '2022-01-31', end: '2022-02-06' });
    expect(periodOf('2022-02-06', 'week')).toEqual({ start: '2022-01-31', end: '2022-02-06' });
    expect(periodOf('2024-02-10', 'month')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodOf('2022-12-31', 'month')).toEqual({ start: '2022-12-01', end: '2022-12-31' });
    expect(periodOf('2022-07-04', 'year')).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });

  it('stacks each period by kind, mentioned calls apart, with the empty periods between', () => {
    const calls = [
      row('2022-01-28', 'phone', [P.putin, P.macron]),
      row('2022-01-31', 'phone', [P.putin, P.macron], 1),
      row('2022-02-03', 'video', [P.putin, P.macron]),
      row('2022-04-20', 'planned', [P.chinh, P.biden]),
      row('--05-18', 'phone', [P.putin, P.macron]),
      row('', 'phone', [P.putin, P.macron]),
    ];
    const binned = binCalls(calls);
    expect(binned.unit).toBe('week');
    expect(binned.undated).toBe(2);
    expect(binned.bins[0]!.start).toBe('2022-01-24');
    expect(binned.bins.at(-1)!.start).toBe('2022-04-18');
    expect(binned.bins).toHaveLength(13);
    expect(binned.bins[0]!.counts).toEqual({ phone: 1, video: 0, planned: 0, mentioned: 0 });
    expect(binned.bins[1]!.counts).toEqual({ phone: 0, video: 1, planned: 0, mentioned: 1 });
    expect(binned.bins[1]!.callIds).toEqual([calls[1]!.id, calls[2]!.id]);
    expect(binned.bins.slice(2, 12).every((b) => b.total === 0)).toBe(true);
    expect(binned.bins.reduce((n, b) => n + b.total, 0)).toBe(4);
  });

  it('spans the filter’s dates when given, and has no bar for a collection without dated calls', () => {
    const calls = [row('2022-03-15', 'phone', [P.putin, P.macron])];
    const year = binCalls(calls, { from: '2022-01-01', to: '2022-12-31' });
    expect(year.unit).toBe('month');
    expect(year.bins.map((b) => b.start.slice(5, 7))).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
    expect(year.bins[2]!.total).toBe(1);
    expect(binCalls([])).toEqual({ unit: 'month', bins: [], undated: 0 });
    expect(binCalls([row('--05-18', 'phone', [P.putin, P.macron])]).bins).toEqual([]);
    // One call: one bar.
    expect(binCalls(calls).bins).toHaveLength(1);
  });

  it('bins 50,000 calls over 30 years by year', () => {
    const calls = Array.from({ length: 50_000 }, (_, i) => row(`${1996 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`, 'phone', [P.putin, P.macron]));
    const binned = binCalls(calls);
    expect(binned.unit).toBe('year');
    expect(binned.bins).toHaveLength(30);
    expect(binned.bins.reduce((n, b) => n + b.total, 0)).toBe(50_000);
  });
});

describe('timeline layout', () => {
  it('gives round axis steps', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(1)).toEqual([0, 1]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(100)).toEqual([0, 50, 100]);
    expect(niceTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });

  it('stacks segments bottom-up in the box, the tallest bar reaching the top tick', () => {
    const calls = [row('2022-01-03', 'phone', [P.putin, P.macron]), row('2022-01-04', 'video', [P.putin, P.macron]), row('2022-01-05', 'phone', [P.putin, P.macron], 1), row('2022-01-12', 'planned', [P.chinh, P.biden])];
    const box = { width: 300, height: 120, left: 30, bottom: 20, top: 0, right: 0 };
    const layout = layoutTimeline(binCalls(calls), box);
    const bottom = box.height - box.bottom;
    expect(layout.bars).toHaveLength(2);
    const [first, second] = layout.bars as [(typeof layout.bars)[0], (typeof layout.bars)[0]];
    expect(first.segments.map((s) => s.stack)).toEqual(['phone', 'video', 'mentioned']);
    expect(first.segments[0]!.y + first.segments[0]!.height).toBeCloseTo(bottom);
    // Each segment sits on the one below it.
    for (let i = 1; i < first.segments.length; i++) expect(first.segments[i]!.y + first.segments[i]!.height).toBeCloseTo(first.segments[i - 1]!.y);
    expect(layout.ticks.at(-1)!.value).toBe(3);
    expect(first.y).toBeCloseTo(layout.ticks.at(-1)!.y);
    expect(second.x).toBeGreaterThan(first.x + first.width);
    expect(second.x + second.width).toBeLessThanOrEqual(box.width);
  });

  it('labels every k-th bar when the bars are narrow', () => {
    const calls = Array.from({ length: 72 }, (_, i) => row(`${2017 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-10`, 'phone', [P.putin, P.macron]));
    const layout = layoutTimeline(binCalls(calls));
    expect(layout.bars).toHaveLength(72);
    expect(layout.labelEvery).toBeGreaterThan(1);
    expect(layout.bars.every((b) => b.width >= 1)).toBe(true);
  });
});

describe('who talks to whom', () => {
  const calls = [
    row('2022-01-28', 'phone', [P.putin, P.macron]),
    row('2022-01-31', 'phone', [P.putin, P.macron], 1),
    row('2022-02-03', 'phone', [P.putin, P.macron, P.lavrov]),
    row('2022-04-20', 'video', [P.chinh, P.biden]),
    row('2022-05-01', 'phone', [P.chinh, P.putin]),
    row('2022-05-02', 'phone', [P.putin, P.lavrov]),
  ];

  it('counts calls per pair of countries, mentioned ones apart, and calls without a pair', () => {
    const net = networkOf(calls, 'country');
    expect(net.edges.map((e) => [e.a, e.b, e.calls, e.mentioned])).toEqual([
      ['FR', 'RU', 3, 1],
      ['RU', 'VN', 1, 0],
      ['US', 'VN', 1, 0],
    ]);
    expect(net.nodes.map((n) => [n.key, n.calls])).toEqual([['RU', 4], ['FR', 3], ['VN', 2], ['US', 1]]);
    // Putin and Lavrov: one country, no pair.
    expect(net.unpaired).toBe(1);
    expect(hubOf(net)).toBe('VN');
  });

  it('counts calls per pair of leaders, each leader named by its participant in the call first met', () => {
    const net = networkOf(calls, 'leader');
    expect(net.edges[0]).toMatchObject({ a: 'emmanuel-macron', b: 'vladimir-putin', calls: 3, mentioned: 1 });
    expect(net.edges.find((e) => e.a === 'RU:sergei lavrov' && e.b === 'vladimir-putin')!.calls).toBe(2);
    expect(net.nodes[0]).toMatchObject({ key: 'vladimir-putin', calls: 5, callId: calls[0]!.id });
    const people = peopleOf(net.nodes, calls);
    expect([...people.keys()].sort()).toEqual(net.nodes.map((n) => n.key).sort());
    expect(people.get('vladimir-putin')).toEqual(P.putin);
    expect(people.get('RU:sergei lavrov')).toEqual(P.lavrov);
    // A call not read (deleted meanwhile): its leaders are left unnamed, not misnamed.
    expect(peopleOf(net.nodes, calls.slice(1)).has('vladimir-putin')).toBe(false);
    expect(net.unpaired).toBe(0);
    expect(hubOf(net)).toBe('vladimir-putin');
  });

  it('places the hub in the middle, its partners around it, edges as thick as their calls', () => {
    const layout = layoutNetwork(networkOf(calls, 'country'), { width: 400, height: 400 });
    const vn = layout.nodes.find((n) => n.key === 'VN')!;
    expect([vn.x, vn.y, vn.ring]).toEqual([200, 200, 0]);
    const others = layout.nodes.filter((n) => n.key !== 'VN');
    // The hub's partners first on the ring, clockwise from the top.
    expect(others.map((n) => n.key)).toEqual(['RU', 'US', 'FR']);
    expect(others[0]!.x).toBeCloseTo(200);
    expect(others[0]!.y).toBeLessThan(200);
    const distances = others.map((n) => Math.hypot(n.x - 200, n.y - 200));
    expect(Math.max(...distances) - Math.min(...distances)).toBeLessThan(1e-9);
    const widths = Object.fromEntries(layout.edges.map((e) => [`${e.a}|${e.b}`, e.width]));
    expect(widths['FR|RU']).toBe(MAX_EDGE);
    expect(widths['RU|VN']).toBe(MIN_EDGE);
    expect(layout.hiddenNodes).toBe(0);
    // Every node inside the box.
    for (const n of layout.nodes) expect(n.x - n.r >= 0 && n.x + n.r <= 400 && n.y - n.r >= 0 && n.y + n.r <= 400).toBe(true);
  });

  it('draws at most MAX_NODES nodes on two rings, and says how many are left to the table', () => {
    const many = Array.from({ length: 40 }, (_, i) => {
      const code = `X${String.fromCharCode(65 + (i % 26))}${i}`;
      return Array.from({ length: 40 - i }, () => row('2022-01-01', 'phone', [P.chinh, { name: `Leader ${i}`, title: null, country: code, leaderId: null }]));
    }).flat();
    const layout = layoutNetwork(networkOf(many, 'country'));
    expect(layout.nodes).toHaveLength(MAX_NODES);
    expect(layout.hiddenNodes).toBe(41 - MAX_NODES);
    expect(layout.hiddenEdges).toBe(40 - (MAX_NODES - 1));
    expect(layout.nodes.filter((n) => n.ring === 1)).toHaveLength(8);
    expect(layout.nodes.filter((n) => n.ring === 2)).toHaveLength(MAX_NODES - 9);
  });

  it('draws only the busiest MAX_EDGES edges of a dense network', () => {
    const codes = Array.from({ length: 12 }, (_, i) => `C${String.fromCharCode(65 + i)}`);
    const calls = codes.flatMap((a, i) => codes.slice(i + 1).flatMap((b, j) => Array.from({ length: 1 + ((i + j) % 5) }, () => row('2022-01-01', 'phone', [{ name: a, title: null, country: a, leaderId: null }, { name: b, title: null, country: b, leaderId: null }]))));
    const network = networkOf(calls, 'country');
    expect(network.edges).toHaveLength(66);
    const layout = layoutNetwork(network);
    expect(layout.edges).toHaveLength(MAX_EDGES);
    expect(layout.hiddenEdges).toBe(66 - MAX_EDGES);
    expect(Math.min(...layout.edges.map((e) => e.calls))).toBeGreaterThanOrEqual(Math.max(...network.edges.slice(MAX_EDGES).map((e) => e.calls)));
  });

  it('has no node for an empty collection, and the busiest node as the hub without Vietnam', () => {
    expect(layoutNetwork(networkOf([], 'country')).nodes).toEqual([]);
    const oneCountry = networkOf([row('2022-05-02', 'phone', [P.putin, P.lavrov])], 'country');
    expect(oneCountry.nodes).toEqual([]);
    expect(oneCountry.unpaired).toBe(1);
    expect(hubOf(networkOf([row('2022-01-28', 'phone', [P.putin, P.macron])], 'country'))).toBe('FR');
  });
});

describe('chartCalls', () => {
  const NAME = 'chart-calls';
  afterEach(() => Dexie.delete(NAME));

  const record = (people: Participant[], date: string, kind: CallKind = 'phone'): CallRecord => ({
    kind, eventDate: date, eventDatePartial: `--${date.slice(5)}`, eventDateExpression: null, participants: people.map((p) => ({ ...p })), initiator: null, ordinal: null, topics: [], agreements: [], earlierCalls: [], attribution: null,
    evidence: { kind: null, eventDate: null, participants: [], initiator: null, ordinal: null, topics: {}, agreements: [], earlierCalls: [] },
  });

  it('reads the chart lines of every call of the filter, pairs of countries and of leaders included', async () => {
    const db: CallStore = await openCallStore(NAME);
    try {
      const saves: Array<[Participant[], string, CallKind?]> = [
        [[P.putin, P.macron], '2022-01-28'],
        [[P.putin, P.macron], '2022-02-03', 'video'],
        [[P.chinh, P.putin], '2022-05-01'],
        [[P.chinh, P.biden], '2022-04-20'],
        [[P.lavrov, P.macron], '2022-06-01'],
      ];
      for (const [i, [people, date, kind]] of saves.entries()) {
        await saveCall(db, { article: testArticle(`https://vnexpress.net/call-${i}.html`, { title: `Call ${i}`, text: `Call ${i}` }), record: record(people, date, kind) });
      }
      const all = await chartCalls(db);
      expect(all.map((r) => r.id).sort()).toEqual((await db.calls.toArray()).map((c) => c.id).sort());
      expect(all).toEqual((await db.calls.toArray()).map(({ id, sortDate, kind, mentioned, countryPairKeys, pairKeys }) => ({ id, sortDate, kind, mentioned, countryPairKeys, pairKeys })));
      // What a hovered bar lists, and where the leader view's names come from: the timeline rows, in the order asked.
      const ids = all.map((c) => c.id).reverse();
      expect(await timelineRowsOf(db, [...ids, 999])).toEqual(await Promise.all(ids.map(async (id) => timelineRowOf((await db.calls.get(id))!))));
      const dates = async (q: Parameters<typeof chartCalls>[1]) => (await chartCalls(db, q)).map((r) => r.sortDate).sort();
      expect(await dates({ countries: ['FR', 'RU'] })).toEqual(['2022-01-28', '2022-02-03', '2022-06-01']);
      expect(await dates({ country: 'ru', countries: ['FR'], kind: 'video' })).toEqual(['2022-02-03']);
      expect(await dates({ leaders: ['vladimir-putin', 'emmanuel-macron'] })).toEqual(['2022-01-28', '2022-02-03']);
      expect(await dates({ countries: ['VN'], from: '2022-05-01' })).toEqual(['2022-05-01']);
      expect(await dates({ countries: ['VN', 'FR'] })).toEqual([]);
      // searchCalls reads the same pairs (the list under the charts).
      expect((await searchCalls(db, { countries: ['FR', 'RU'], limit: 10 })).map((c) => c.eventDate)).toEqual(['2022-06-01', '2022-02-03', '2022-01-28']);
    } finally {
      db.close();
    }
  });
});
