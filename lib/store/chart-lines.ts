/**
 * The chart table (schema v6): what the collection's charts read of every call, kept in step with
 * the calls. Each call is one line of text (`chartLineOf`): its id, sort date, kind, whether it is
 * only mentioned, its country pairs and its leader pairs. The lines are stored CHART_BLOCK calls to
 * a row (ChartBlock, keyed by id / CHART_BLOCK), in id order.
 *
 * Why lines in blocks rather than a row per call: Chromium's IndexedDB costs about 8 µs per value
 * read, however small, and the structured clone about 0.3 µs per string or property in it. Reading
 * the timeline row of each of 10,000 calls took 250–330 ms (a row holds ≈ 60 strings and objects);
 * a row per call of only these fields 100–120 ms, one string per call 80–90 ms; the same strings
 * 64 to a row 8–10 ms, their parsing included (2026-12-05 probe, bench collection).
 *
 * Like the countryPairs table, the lines change exactly when timeline rows do: each writer gathers
 * the lines it puts and removes (ChartLines) and writes the blocks concerned once — saveCall and the
 * other writes of calls.ts per call, the import once at its end, the schema upgrade once after its
 * pages. A call rewritten with the same line (a note edited: only its search words change) leaves
 * its block untouched.
 */
import type { Table } from 'dexie';
import type { CallKind } from '../summarize/types';
import type { ChartCall, Flag } from './types';

/** Calls per row of the chart table: a save rewrites one row of this many lines; the charts read 1/64 as many values as calls. */
export const CHART_BLOCK = 64;
/** Blocks read or written per request: a request's rows are cloned in one task on the page's thread. */
export const CHART_BLOCKS_PAGE = 100;

/** A row of the chart table: the lines of the calls whose id / CHART_BLOCK is `block`, in id order. */
export interface ChartBlock {
  block: number;
  lines: string[];
}

/** Between the fields of a line, and between the keys of a list: control characters, taken out of the keys themselves. */
const FIELD = '\u001e';
const ITEM = '\u001f';
const SEPARATORS = /[\u001e\u001f]/g;

export const blockOf = (id: number) => Math.floor(id / CHART_BLOCK);

const keys = (list: readonly string[]) => list.map((k) => k.replace(SEPARATORS, ' ')).join(ITEM);

/** A call's line: "id␞sortDate␞kind␞mentioned␞FR|RU␟…␞emmanuel-macron|vladimir-putin␟…". */
export function chartLineOf(c: ChartCall): string {
  return [c.id, c.sortDate.replace(SEPARATORS, ''), c.kind, c.mentioned, keys(c.countryPairKeys), keys(c.pairKeys)].join(FIELD);
}

const idOfLine = (line: string) => Number(line.slice(0, line.indexOf(FIELD)));
const list = (field: string) => (field ? field.split(ITEM) : []);

export function parseChartLine(line: string): ChartCall {
  const [id, sortDate, kind, mentioned, countryPairs, pairs] = line.split(FIELD) as [string, string, CallKind, string, string, string];
  return { id: Number(id), sortDate, kind, mentioned: Number(mentioned) as Flag, countryPairKeys: list(countryPairs), pairKeys: list(pairs) };
}

/** Lines put (a string) or removed (null) by id, written to the chart table at once. */
export class ChartLines {
  private readonly changes = new Map<number, string | null>();

  /** The call's line, new or replacing its earlier one. */
  put(call: ChartCall): void {
    this.changes.set(call.id, chartLineOf(call));
  }

  remove(id: number): void {
    this.changes.set(id, null);
  }

  /**
   * Apply the changes to the table (inside the writer's transaction): per CHART_BLOCKS_PAGE blocks,
   * one read, one write and one delete at most, each page written before the next is read.
   */
  async writeTo(table: Table<ChartBlock, number>): Promise<void> {
    const byBlock = new Map<number, Array<[number, string | null]>>();
    for (const change of this.changes) {
      const block = blockOf(change[0]);
      const list = byBlock.get(block);
      if (list) list.push(change);
      else byBlock.set(block, [change]);
    }
    this.changes.clear();
    const blocks = [...byBlock.keys()];
    for (let i = 0; i < blocks.length; i += CHART_BLOCKS_PAGE) {
      const page = blocks.slice(i, i + CHART_BLOCKS_PAGE);
      const rows = await table.bulkGet(page);
      const kept: ChartBlock[] = [];
      const emptied: number[] = [];
      page.forEach((block, k) => {
        const lines = new Map((rows[k]?.lines ?? []).map((line) => [idOfLine(line), line]));
        for (const [id, line] of byBlock.get(block)!) {
          if (line === null) lines.delete(id);
          else lines.set(id, line);
        }
        if (lines.size) kept.push({ block, lines: [...lines].sort(([a], [b]) => a - b).map(([, line]) => line) });
        else if (rows[k]) emptied.push(block);
      });
      await Promise.all([kept.length ? table.bulkPut(kept) : null, emptied.length ? table.bulkDelete(emptied) : null]);
    }
  }
}

/** The chart table as it should be for these calls (or timeline rows): the tests' reference. */
export function chartBlocksOf(calls: Iterable<ChartCall>): ChartBlock[] {
  const blocks = new Map<number, Array<[number, string]>>();
  for (const c of calls) {
    const block = blockOf(c.id);
    const lines = blocks.get(block) ?? [];
    lines.push([c.id, chartLineOf(c)]);
    blocks.set(block, lines);
  }
  return [...blocks]
    .sort(([a], [b]) => a - b)
    .map(([block, lines]) => ({ block, lines: lines.sort(([a], [b]) => a - b).map(([, line]) => line) }));
}

/** Every call's line, parsed, in id order; the rows read CHART_BLOCKS_PAGE blocks per request. */
export async function readChartLines(table: Table<ChartBlock, number>, keep: (id: number) => boolean = () => true): Promise<ChartCall[]> {
  const out: ChartCall[] = [];
  for (let after = -1; ; ) {
    const page = await table.where(':id').above(after).limit(CHART_BLOCKS_PAGE).toArray();
    for (const { lines } of page) for (const line of lines) if (keep(idOfLine(line))) out.push(parseChartLine(line));
    if (page.length < CHART_BLOCKS_PAGE) return out;
    after = page[page.length - 1]!.block;
  }
}
