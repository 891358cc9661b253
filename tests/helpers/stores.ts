import { Dexie } from 'dexie';
import { afterEach, expect } from 'vitest';
import { openCallStore, timelineRowOf, type CallStore } from '../../lib/store';
import { chartBlocksOf } from '../../lib/store/chart-lines';
import { countryPairRowsOf } from '../../lib/store/country-pairs';

/**
 * The timeline table holds one row per call, derived from it (schema v4), the countryPairs
 * table counts the timeline's "cp:" keys (schema v5), and the chart table holds one line per
 * call (schema v6), whatever was written.
 */
export async function expectTimelineOfCalls(db: CallStore): Promise<void> {
  const calls = await db.calls.toArray();
  const timeline = await db.timeline.toArray();
  expect(timeline).toEqual(calls.map(timelineRowOf));
  expect(await db.countryPairs.toArray()).toEqual(countryPairRowsOf(timeline));
  expect(await db.chart.toArray()).toEqual(chartBlocksOf(calls));
}

/**
 * The saved rows, for "nothing changed" comparisons: articles, calls and notes (the timeline,
 * countryPairs and chart tables are derived from the calls: expectTimelineOfCalls).
 */
export async function dumpStore(db: CallStore) {
  return { articles: await db.articles.toArray(), calls: await db.calls.toArray(), notes: await db.notes.toArray() };
}

/**
 * Databases for one test file: the returned function opens a new one (named `prefix-N`) each
 * time; after each test every database it opened is checked (its timeline is that of its calls),
 * closed and deleted.
 */
export function temporaryStores(prefix: string): () => Promise<CallStore> {
  const opened: CallStore[] = [];
  let count = 0;
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      try {
        if (db.isOpen()) await expectTimelineOfCalls(db);
      } finally {
        db.close();
        await Dexie.delete(db.name);
      }
    }
  });
  return async () => {
    const db = await openCallStore(`${prefix}-${++count}`);
    opened.push(db);
    return db;
  };
}
