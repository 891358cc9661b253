/**
 * The chart table (schema v6, lib/store/chart-lines.ts): one line of text per call, 64 calls to a
 * row, what the collection's charts read. Its lines read back as the calls' fields; its blocks are
 * written a page at a time and removed when emptied; a write that leaves a call's line as it was
 * (a note) does not touch the table. That every writer keeps it in step with the calls is checked
 * after every test of the store and export files (tests/helpers/stores.ts) and at every step of a
 * random sequence of writes (store-country-pairs.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { CallStore, deleteCalls, openCallStore, saveCall, setNote, type ChartCall } from '../../lib/store';
import { CHART_BLOCK, CHART_BLOCKS_PAGE, chartBlocksOf, chartLineOf, ChartLines, parseChartLine } from '../../lib/store/chart-lines';
import type { Participant } from '../../lib/summarize/types';
import { testArticle as article } from '../helpers/articles';
import { testRecord as record } from '../helpers/records';

const PUTIN: Participant = { name: 'Vladimir Putin', title: 'Tổng thống', country: 'RU', leaderId: 'vladimir-putin' };
const MACRON: Participant = { name: 'Emmanuel Macron', title: 'Tổng thống', country: 'FR', leaderId: 'emmanuel-macron' };
const LAVROV: Participant = { name: 'Sergei Lavrov', title: 'Ngoại trưởng', country: 'RU', leaderId: null };

const NAMES = ['store-chart-a', 'store-chart-b'];
afterEach(async () => {
  for (const name of NAMES) await Dexie.delete(name);
});

/** A store that counts the writes (put, delete) Dexie sends to its chart table. */
async function countingStore(name: string): Promise<{ db: CallStore; writes: Array<{ type: string; keys: number }> }> {
  const db = new CallStore(name);
  const writes: Array<{ type: string; keys: number }> = [];
  db.use({
    stack: 'dbcore',
    name: 'chart-writes',
    create: (down) => ({
      ...down,
      table: (table) => {
        const t = down.table(table);
        if (table !== 'chart') return t;
        return { ...t, mutate: (req) => (writes.push({ type: req.type, keys: req.type === 'deleteRange' ? Infinity : req.type === 'delete' ? req.keys.length : req.values.length }), t.mutate(req)) };
      },
    }),
  });
  await db.open();
  return { db, writes };
}

describe('chart lines', () => {
  it('read back as the call’s date, kind, mention and pairs', () => {
    const calls: ChartCall[] = [
      { id: 1, sortDate: '2022-02-03', kind: 'phone', mentioned: 0, countryPairKeys: ['FR|RU'], pairKeys: ['emmanuel-macron|vladimir-putin'] },
      { id: 70, sortDate: '--05-18', kind: 'video', mentioned: 1, countryPairKeys: [], pairKeys: ['RU:sergei lavrov|vladimir-putin'] },
      { id: 71, sortDate: '', kind: 'planned', mentioned: 0, countryPairKeys: ['CN|US', 'RU|US', 'CN|RU'], pairKeys: [] },
    ];
    for (const c of calls) expect(parseChartLine(chartLineOf(c))).toEqual(c);
    // A separator inside a key (a country code from an imported file) cannot shift the fields.
    const odd = { ...calls[0]!, countryPairKeys: ['F\u001eR|RU'], pairKeys: ['a\u001fb|c'] };
    expect(parseChartLine(chartLineOf(odd))).toEqual({ ...odd, countryPairKeys: ['F R|RU'], pairKeys: ['a b|c'] });
    expect(chartBlocksOf(calls)).toEqual([
      { block: 0, lines: [chartLineOf(calls[0]!)] },
      { block: 1, lines: [chartLineOf(calls[1]!), chartLineOf(calls[2]!)] },
    ]);
  });

  it('are written a page of blocks at a time, in id order, and an emptied block is removed', async () => {
    const { db, writes } = await countingStore(NAMES[0]!);
    try {
      const call = (id: number): ChartCall => ({ id, sortDate: `2022-01-${String(1 + (id % 28)).padStart(2, '0')}`, kind: 'phone', mentioned: 0, countryPairKeys: ['FR|RU'], pairKeys: [] });
      // More blocks than a page, each id put in reverse order.
      const ids = Array.from({ length: (CHART_BLOCKS_PAGE + 20) * CHART_BLOCK }, (_, i) => i + 1).reverse();
      const lines = new ChartLines();
      for (const id of ids) lines.put(call(id));
      await lines.writeTo(db.chart);
      expect(await db.chart.toArray()).toEqual(chartBlocksOf(ids.map(call)));
      expect(writes.length).toBe(2);
      expect(writes.every((w) => w.type === 'put' && w.keys <= CHART_BLOCKS_PAGE)).toBe(true);

      // Every call of block 2 removed, one of block 3 changed and one removed: block 2 goes.
      writes.length = 0;
      const changed = { ...call(3 * CHART_BLOCK + 5), kind: 'video' as const, mentioned: 1 as const };
      for (let id = 2 * CHART_BLOCK; id < 3 * CHART_BLOCK; id++) lines.remove(id);
      lines.remove(3 * CHART_BLOCK + 6);
      lines.put(changed);
      await lines.writeTo(db.chart);
      const left = ids.filter((id) => Math.floor(id / CHART_BLOCK) !== 2 && id !== 3 * CHART_BLOCK + 6).map((id) => (id === changed.id ? changed : call(id)));
      expect(await db.chart.toArray()).toEqual(chartBlocksOf(left));
      expect(await db.chart.get(2)).toBeUndefined();
      expect(writes.map((w) => w.type).sort()).toEqual(['delete', 'put']);
      // Nothing gathered: nothing written.
      writes.length = 0;
      await lines.writeTo(db.chart);
      expect(writes).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('are left untouched by a note, and rewritten when the call’s date, kind or pairs change', async () => {
    const { db, writes } = await countingStore(NAMES[1]!);
    try {
      const { call } = await saveCall(db, { article: article('https://vov.vn/a.html'), record: record('2022-02-03', [PUTIN, MACRON]) });
      expect(writes.length).toBe(1);
      writes.length = 0;
      await setNote(db, call.id, 'Ghi chú quan trọng');
      await setNote(db, call.id, 'Ghi chú khác');
      await setNote(db, call.id, '');
      // The same article saved again: nothing changes.
      await saveCall(db, { article: article('https://vov.vn/a.html'), record: record('2022-02-03', [PUTIN, MACRON]) });
      expect(writes).toEqual([]);
      // Another outlet's report of the same call: its articles change, not its line.
      await saveCall(db, { article: article('https://tuoitre.vn/b.html'), record: record('2022-02-03', [MACRON, PUTIN]) });
      expect(writes).toEqual([]);

      // The article re-read with Lavrov on the call: new pairs, a new line.
      await saveCall(db, { article: article('https://tuoitre.vn/b.html'), record: record('2022-02-03', [MACRON, PUTIN, LAVROV]) });
      expect(writes.length).toBeGreaterThan(0);
      const lines = (await db.chart.toArray()).flatMap((b) => b.lines.map(parseChartLine));
      expect(lines.find((c) => c.pairKeys.includes('RU:sergei lavrov|emmanuel-macron'))).toBeTruthy();
      expect(await db.chart.toArray()).toEqual(chartBlocksOf(await db.calls.toArray()));

      writes.length = 0;
      await deleteCalls(db, (await db.calls.toCollection().primaryKeys()));
      expect(await db.chart.count()).toBe(0);
      expect(writes.map((w) => w.type)).toEqual(['delete']);
    } finally {
      db.close();
    }
  });
});
