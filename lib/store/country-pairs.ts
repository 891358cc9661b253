/**
 * The countryPairs table (schema v5): for each pair of countries, the number of calls of each
 * group of leader pairs that makes it (CountryPairRow; keys.ts `leaderPairsByCountryPairOf`).
 * It counts the "cp:" keys of the timeline's relatedKeys index, so it changes exactly when
 * timeline rows do: every writer gathers the keys it removes and adds (CountryPairCounts) and
 * writes the rows concerned once — saveCall and the other writes of calls.ts per call, the
 * import once at its end, the schema upgrade once after its pages.
 */
import type { Table } from 'dexie';
import { leaderPairsOfKey } from './keys';
import type { CountryPairRow } from './types';

/**
 * Country pairs read and written per request by `writeTo`. A bulk write clones all its rows on
 * the page's main thread in one task: an import of 10,000 calls changes ≈ 900 rows, which took
 * one task of ≈ 50 ms written at once (a trace of the import, issue 6); a page at a time keeps
 * each task short. A save changes one to three rows: one page.
 */
export const COUNT_ROWS_PAGE = 100;

/** Changes to the countryPairs table: country pair → group of leader pairs → calls added (or removed, < 0). */
export class CountryPairCounts {
  private readonly changes = new Map<string, Map<string, number>>();

  /** Count the "cp:" keys of one timeline row's relatedKeys: +1 each (a row written), -1 (a row removed). */
  add(relatedKeys: readonly string[], sign: 1 | -1 = 1): void {
    for (const key of relatedKeys) {
      const parts = leaderPairsOfKey(key);
      if (!parts) continue;
      const [countryPair, leaderPairs] = parts;
      let groups = this.changes.get(countryPair);
      if (!groups) this.changes.set(countryPair, (groups = new Map()));
      groups.set(leaderPairs, (groups.get(leaderPairs) ?? 0) + sign);
    }
  }

  /** The rows these changes give when applied to `rows` (absent rows: none yet); null for a row left without calls. */
  private applied(countryPairs: readonly string[], rows: ReadonlyArray<CountryPairRow | undefined>): Array<CountryPairRow | null> {
    return countryPairs.map((countryPair, i) => {
      const calls = { ...rows[i]?.calls };
      for (const [group, n] of this.changes.get(countryPair)!) {
        const count = (calls[group] ?? 0) + n;
        if (count > 0) calls[group] = count;
        else delete calls[group];
      }
      return Object.keys(calls).length ? { countryPair, calls } : null;
    });
  }

  /**
   * Apply the changes to the table (inside the writer's transaction): per COUNT_ROWS_PAGE country
   * pairs, one read, one write and one delete at most, each page written before the next is read.
   */
  async writeTo(table: Table<CountryPairRow, string>): Promise<void> {
    // Keys removed and added again (a call rewritten with the same keys) cancel out: nothing to write.
    for (const [countryPair, groups] of this.changes) {
      for (const [group, n] of groups) if (n === 0) groups.delete(group);
      if (!groups.size) this.changes.delete(countryPair);
    }
    const countryPairs = [...this.changes.keys()];
    for (let i = 0; i < countryPairs.length; i += COUNT_ROWS_PAGE) {
      const page = countryPairs.slice(i, i + COUNT_ROWS_PAGE);
      const next = this.applied(page, await table.bulkGet(page));
      const kept = next.filter((r): r is CountryPairRow => !!r);
      const emptied = page.filter((_, k) => !next[k]);
      await Promise.all([kept.length ? table.bulkPut(kept) : null, emptied.length ? table.bulkDelete(emptied) : null]);
    }
    this.changes.clear();
  }
}

/** The countryPairs table as it should be for these timeline rows (the upgrade's and the tests' reference), by country pair. */
export function countryPairRowsOf(rows: Iterable<{ relatedKeys: readonly string[] }>): CountryPairRow[] {
  const byCountryPair = new Map<string, Record<string, number>>();
  for (const row of rows) {
    for (const key of row.relatedKeys) {
      const parts = leaderPairsOfKey(key);
      if (!parts) continue;
      const calls = byCountryPair.get(parts[0]) ?? {};
      calls[parts[1]] = (calls[parts[1]] ?? 0) + 1;
      byCountryPair.set(parts[0], calls);
    }
  }
  return [...byCountryPair].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([countryPair, calls]) => ({ countryPair, calls }));
}
