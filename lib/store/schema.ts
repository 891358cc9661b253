/**
 * The IndexedDB schema, as data. Each entry of SCHEMA_VERSIONS is one Dexie version: the index
 * specification of each table (https://dexie.org/docs/Version/Version.stores()) and an optional
 * upgrade function that rewrites existing rows. To change the schema, append an entry: never edit
 * an entry that has shipped, since browsers already hold databases at that version.
 *
 * Index syntax: "++id" auto-increment primary key, "&x" unique, "*x" multiEntry (one index entry
 * per array element), "[a+b]" compound.
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { ChartLines, type ChartBlock } from './chart-lines';
import { CountryPairCounts } from './country-pairs';
import { relatedKeysOf, timelineRowOf, topicKeysOf } from './keys';
import type { CallNote, CountryPairRow, SavedArticle, SavedCall, TimelineRow } from './types';

export const DEFAULT_STORE_NAME = 'dien-dam';

export interface SchemaVersion {
  version: number;
  /** Index specification of each table; a table left out keeps its previous specification. */
  stores: Readonly<Record<string, string | null>>;
  /** Rewrites the rows of the previous version; runs once, inside the version-change transaction. */
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

/** Version 1: the three tables and the indexes relatedCalls / searchCalls need. */
const V1_STORES = {
  articles: '++id, &urlKey, savedAt',
  calls:
    '++id, &callKey, eventKey, kind, mentioned, sortDate, updatedAt, ' +
    '*articleIds, *mentionedIn, *participantKeys, *countryKeys, *pairKeys, *countryPairKeys, *searchTokens',
  notes: '++id, &callId',
} as const;

/**
 * Version 2:
 * - calls get `topicKeys` (folded topic labels, a derived field filled here for existing rows)
 *   and its multiEntry index, so that the topic filter is served by an index;
 * - calls get the compound index [mentioned+sortDate]: the newest reported calls in one range;
 * - articles get an index on siteName (list the articles of one outlet).
 */
const V2_STORES = {
  articles: `${V1_STORES.articles}, siteName`,
  calls: `${V1_STORES.calls}, *topicKeys, [mentioned+sortDate]`,
} as const;

async function fillTopicKeys(tx: Transaction): Promise<void> {
  await tx
    .table<SavedCall>('calls')
    .toCollection()
    .modify((call) => {
      call.topicKeys = topicKeysOf(call.topics ?? []);
    });
}

/**
 * Version 3: calls get `relatedKeys` (pair, country-pair and participant keys followed by the
 * sort date, a derived field filled here for existing rows) and its multiEntry index, so that
 * relatedCalls reads the newest calls of each key from one index range instead of every call of
 * the leaders (issue 6: with 10,000 calls it read thousands of whole records, ~0.5 s).
 */
const V3_STORES = {
  calls: `${V2_STORES.calls}, *relatedKeys`,
} as const;

async function fillRelatedKeys(tx: Transaction): Promise<void> {
  await tx
    .table<SavedCall>('calls')
    .toCollection()
    .modify((call) => {
      call.relatedKeys = relatedKeysOf(call);
    });
}

/**
 * Version 4 (issue 6: relatedCalls read 40–60 whole calls, evidence included, and the whole
 * ranges of busy country pairs, 7–10 ms with 10,000 calls):
 * - a `timeline` table, one small row per call with the same id (keys.ts `timelineRowOf`): what a
 *   timeline shows and the keys related calls are grouped by, with the relatedKeys index;
 * - the calls lose the indexes no query uses any more (each costs every write, the import most):
 *   relatedKeys (now on the timeline), pairKeys and countryPairKeys (relatedCalls reads them
 *   from the timeline rows), updatedAt. The fields stay: they are the call's derived fields.
 */
const V4_STORES = {
  calls:
    '++id, &callKey, eventKey, kind, mentioned, sortDate, ' +
    '*articleIds, *mentionedIn, *participantKeys, *countryKeys, *searchTokens, *topicKeys, [mentioned+sortDate]',
  timeline: 'id, *relatedKeys',
} as const;

/** Calls an upgrade rewrites per step: a 50,000-call store is not held at once. */
const UPGRADE_PAGE = 500;

/** Hand an upgrade the stored calls UPGRADE_PAGE at a time, in id order; each page is written before the next is read. */
async function forEachCallPage(tx: Transaction, onPage: (page: SavedCall[]) => Promise<unknown>): Promise<void> {
  const calls = tx.table<SavedCall, number>('calls');
  for (let after = 0; ; ) {
    const page = await calls.where(':id').above(after).limit(UPGRADE_PAGE).toArray();
    if (!page.length) return;
    await onPage(page);
    after = page[page.length - 1]!.id;
  }
}

async function fillTimeline(tx: Transaction): Promise<void> {
  const timeline = tx.table<TimelineRow, number>('timeline');
  await forEachCallPage(tx, (page) => timeline.bulkPut(page.map(timelineRowOf)));
}

/**
 * Version 5 (issue 6: relatedCalls of the densest call, Putin–Macron, read ≈ 430 timeline rows of
 * France–Russia to find the 20 that are not Putin–Macron, 12–19 ms with 10,000 calls):
 * - the calls' relatedKeys (and their timeline rows') gain the "cp:" keys, each country pair with
 *   the leader pairs that make it (keys.ts `relatedKeysOf`), rewritten here for existing rows;
 * - a `countryPairs` table, keyed by country pair, counts the calls of each group of leader pairs
 *   (CountryPairRow), so that relatedCalls knows which groups it may pass over and what is left.
 */
const V5_STORES = {
  countryPairs: 'countryPair',
} as const;

async function fillCountryPairs(tx: Transaction): Promise<void> {
  const calls = tx.table<SavedCall, number>('calls');
  const timeline = tx.table<TimelineRow, number>('timeline');
  const counts = new CountryPairCounts();
  await forEachCallPage(tx, (page) => {
    const rows = page.map((call) => ({ ...call, relatedKeys: relatedKeysOf(call) }));
    for (const row of rows) counts.add(row.relatedKeys);
    return Promise.all([calls.bulkPut(rows), timeline.bulkPut(rows.map(timelineRowOf))]);
  });
  // The counts are gathered over the pages and written after them, each row once (writeTo pages them).
  await counts.writeTo(tx.table<CountryPairRow, string>('countryPairs'));
}

/**
 * Version 6: a `chart` table, what the collection's charts read of every call as lines of text,
 * CHART_BLOCK calls to a row keyed by id / CHART_BLOCK (chart-lines.ts): reading each call's
 * timeline row was most of the charts' first render (250–330 ms of ≈ 520 with 10,000 calls). Filled
 * here from the calls; nothing else changes.
 */
const V6_STORES = {
  chart: 'block',
} as const;

async function fillChart(tx: Transaction): Promise<void> {
  const lines = new ChartLines();
  await forEachCallPage(tx, async (page) => {
    for (const call of page) lines.put(call);
  });
  // Written after the pages, each block once (writeTo pages them).
  await lines.writeTo(tx.table<ChartBlock, number>('chart'));
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  { version: 2, stores: V2_STORES, upgrade: fillTopicKeys },
  { version: 3, stores: V3_STORES, upgrade: fillRelatedKeys },
  { version: 4, stores: V4_STORES, upgrade: fillTimeline },
  { version: 5, stores: V5_STORES, upgrade: fillCountryPairs },
  { version: 6, stores: V6_STORES, upgrade: fillChart },
];

/** The current version: the last one declared. */
export const SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Declare the given versions on a Dexie instance (the store, or a test's old-version database). */
export function declareVersions(db: Dexie, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): void {
  for (const v of versions) {
    const version = db.version(v.version).stores(v.stores as Record<string, string | null>);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}

/** The database of saved calls. */
export class CallStore extends Dexie {
  declare articles: EntityTable<SavedArticle, 'id'>;
  declare calls: EntityTable<SavedCall, 'id'>;
  declare notes: EntityTable<CallNote, 'id'>;
  declare timeline: EntityTable<TimelineRow, 'id'>;
  declare countryPairs: Table<CountryPairRow, string>;
  declare chart: Table<ChartBlock, number>;

  constructor(name: string = DEFAULT_STORE_NAME) {
    super(name);
    declareVersions(this);
  }
}

/** The tables, as seen from inside one transaction. */
export interface StoreTables {
  articles: EntityTable<SavedArticle, 'id'>;
  calls: EntityTable<SavedCall, 'id'>;
  notes: EntityTable<CallNote, 'id'>;
  timeline: EntityTable<TimelineRow, 'id'>;
  countryPairs: Table<CountryPairRow, string>;
  chart: Table<ChartBlock, number>;
}

/**
 * Run `fn` in one transaction over every table, giving it tables bound to that transaction.
 *
 * Why bound tables rather than `db.calls`: Dexie finds the current transaction of an unbound
 * table through its "zone", which follows `await` on Dexie promises but can be lost when nested
 * native async functions return. A query made after that would run in a transaction of its own,
 * and the outer one would commit early (PrematureCommitError). A table taken from the
 * transaction object (`tx.table`) always queues its requests on that transaction.
 */
export function inTransaction<T>(db: CallStore, mode: 'r' | 'rw', fn: (t: StoreTables) => Promise<T>): Promise<T> {
  return db
    .transaction(mode, [db.articles, db.calls, db.notes, db.timeline, db.countryPairs, db.chart], (tx) =>
      fn({
        articles: tx.table('articles') as StoreTables['articles'],
        calls: tx.table('calls') as StoreTables['calls'],
        notes: tx.table('notes') as StoreTables['notes'],
        timeline: tx.table('timeline') as StoreTables['timeline'],
        countryPairs: tx.table('countryPairs') as StoreTables['countryPairs'],
        chart: tx.table('chart') as StoreTables['chart'],
      }),
    )
    .catch((error: unknown) => {
      throw rootCause(error);
    });
}

/**
 * The error that made a transaction fail. When the database itself aborts a transaction (the
 * quota is exceeded at commit time, the disk is full), Dexie reports an AbortError whose `inner`
 * is the real error: callers get the real one, so that `error.name === 'QuotaExceededError'`
 * holds wherever the failure happened. Any other error passes unchanged.
 */
export function rootCause(error: unknown): unknown {
  let e = error as { name?: unknown; inner?: unknown } | null | undefined;
  while (e && e.name === 'AbortError' && e.inner && typeof (e.inner as { name?: unknown }).name === 'string') {
    e = e.inner as typeof e;
  }
  return e;
}

/**
 * Open (creating or upgrading it if needed) the store of that name. Errors of opening (a newer
 * schema in another tab, storage blocked) surface here rather than at the first query.
 */
export async function openCallStore(name: string = DEFAULT_STORE_NAME, blockedTimeoutMs = BLOCKED_OPEN_TIMEOUT_MS): Promise<CallStore> {
  const db = new CallStore(name);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // An upgrade waits until every older connection closes. Our own pages close theirs when asked
  // (Dexie does on 'versionchange'); one that does not would make the open wait forever, so after
  // a while the caller is told "blocked" (and can retry) instead of waiting in silence.
  const blocked = new Promise<never>((_, reject) => {
    db.on('blocked', () => {
      timer ??= setTimeout(() => {
        db.close();
        reject(Object.assign(new Error('The database upgrade is blocked by another open page of the extension'), { name: 'BlockedError' }));
      }, blockedTimeoutMs);
    });
  });
  try {
    await Promise.race([db.open(), blocked]);
  } finally {
    clearTimeout(timer);
  }
  return db;
}

/** How long an upgrade may wait for an older connection to close before the reader is told. */
export const BLOCKED_OPEN_TIMEOUT_MS = 4000;
