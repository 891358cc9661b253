/**
 * Writing a checked export file (see validate.ts) into the store: `importJson`.
 *
 * Everything happens in ONE read-write transaction over the three tables: when anything fails
 * (a quota error, a constraint, an exception thrown by onProgress), nothing is written.
 *
 * Identity (the file's ids are not the database's; every id is remapped):
 * - an article is the database's article with the same urlKey;
 * - a call is the database's call with the same callKey; else, for a reported call, the call
 *   that already reports one of its articles (an article reports one call); else, for a
 *   mentioned call, the reported call(s) of the same event (eventKey); else, for a reported
 *   call, the mentioned call of the same event, which it turns into a reported call;
 * - a note is the note of the same (matched) call.
 * Records matched this way are merged (rules in merge.ts); the others are added with the file's
 * timestamps. Each record of the file is counted once: added, merged (the database's record
 * changed) or skipped (it already held everything). Importing the same file twice: all skipped.
 *
 * Index fields of the calls (participantKeys, pairKeys, searchTokens, sortDate…) are never taken
 * from the file: they are recomputed with the store's own functions from the merged records.
 *
 * Speed: no query per record. Reads are bulk (bulk.ts: a scan in pages, or all key look-ups
 * issued at once; bulkGet), writes are bulk (bulkAdd / bulkPut) in chunks, and onProgress(done,
 * total) is called after each chunk (every `progressEvery` records).
 *
 * Responsiveness (issue 6: 10,000 calls, 80 MB of articles): the work on each chunk (merging,
 * index fields) is done when the chunk is written, not all at once, and the next chunk is issued
 * while the database writes the previous one (WriteQueue): the page gets the event loop between
 * chunks, the database never waits for the page, and the transaction never sits idle (it would
 * commit). Longer CPU work inside the transaction yields with a tiny read (`breathe`).
 */
import { chartLineOf, ChartLines } from '../store/chart-lines';
import { CountryPairCounts } from '../store/country-pairs';
import { inTransaction, type CallStore, type StoreTables } from '../store/schema';
import { countryKeysOf, mentionKeyOf, pairKeysOf, participantKeysOf, relatedKeysOf, searchTokensOf, sortDateOf, timelineRowOf, topicKeysOf } from '../store/keys';
import type { CallNote, SavedArticle, SavedCall } from '../store/types';
import { rowsMatchingAny, rowsWhereAnyOf } from './bulk';
import { Slicer } from './slice';
import { addMentions, mergeArticle, mergeCall, mergeNoteText, promoteMention, sameRecord, stableJson, type CallDraft } from './merge';
import type { DerivedCallField, ImportData, ImportedCall } from './validate';

/** Records handled between two progress reports at most (and the largest bulk write). */
export const PROGRESS_EVERY = 500;
/**
 * The page's time a chunk should take to prepare and issue (merging, index fields, and the
 * structured clone of each value and its index keys when it is written: about 0.1-0.2 ms per
 * call). Chunks grow or shrink to it (ChunkSizer), within progressEvery.
 */
const CHUNK_MS = 15;
/**
 * The first chunk, before anything is measured, and the smallest: Dexie tracks every index key of a
 * bulk write of fewer than 50 values for its live queries, which costs more than the write.
 */
const MIN_CHUNK = 50;
/** Bulk writes pending at most: the next chunk is prepared while the database writes the previous one. */
const WRITES_IN_FLIGHT = 2;

export interface ImportOptions {
  /** Called after each chunk of records with the number of file records done and their total. */
  onProgress?: (done: number, total: number) => void;
  /** Chunk size (default PROGRESS_EVERY). */
  progressEvery?: number;
  /** Time of the import, for the updatedAt of merged records (default: now). */
  now?: Date;
}

export interface ImportCounts {
  added: number;
  merged: number;
  skipped: number;
}

/** Totals over the file's records, and the same per table. */
export interface ImportResult extends ImportCounts {
  articles: ImportCounts;
  calls: ImportCounts;
  notes: ImportCounts;
}

const zero = (): ImportCounts => ({ added: 0, merged: 0, skipped: 0 });

/**
 * Bulk writes in flight inside the transaction (see the top of this file). `add` issues nothing
 * itself: give it the write's promise, and what to do once it is written; it returns when fewer
 * than WRITES_IN_FLIGHT writes are pending, having waited for the oldest (a turn of the event loop).
 * A failed write (or `then`) fails the transaction: the error comes out of `add` or `drain`.
 */
class WriteQueue {
  private readonly pending: Array<Promise<void>> = [];

  constructor(private readonly slicer: Slicer) {}

  async add<R>(write: PromiseLike<R>, then: (result: R) => void = () => undefined): Promise<void> {
    const done = Promise.resolve(write).then(then);
    done.catch(() => undefined); // awaited below or in drain; never an unhandled rejection
    this.pending.push(done);
    while (this.pending.length >= WRITES_IN_FLIGHT) {
      await this.pending.shift();
      this.slicer.restart();
    }
  }

  /** Run `then` once every write issued so far is done (writes of a transaction complete in order). */
  after(then: () => void): void {
    const done = (this.pending.pop() ?? Promise.resolve()).then(then);
    done.catch(() => undefined);
    this.pending.push(done);
  }

  async drain(): Promise<void> {
    while (this.pending.length) await this.pending.shift();
    this.slicer.restart();
  }
}

/**
 * Yield inside the transaction when the current slice of CPU work is used up: a read of a key that
 * does not exist keeps a request pending, so the transaction stays open while the event loop turns.
 */
async function breathe(t: StoreTables, slicer: Slicer): Promise<void> {
  if (!slicer.due) return;
  await t.notes.get(0);
  slicer.restart();
}

/** Sizes chunks so that each takes about CHUNK_MS of the page's time (never more than `max` records). */
class ChunkSizer {
  private size: number;
  constructor(private readonly max: number) {
    this.size = Math.min(max, MIN_CHUNK);
  }

  /**
   * The items in consecutive chunks. The caller calls `done()` once it has prepared and issued a
   * chunk (before waiting for anything): that time sets the size of the following chunks.
   */
  *chunks<T>(items: readonly T[]): Generator<{ chunk: T[]; done: () => void }> {
    for (let i = 0; i < items.length; ) {
      const chunk = items.slice(i, i + this.size);
      const start = performance.now();
      i += chunk.length;
      yield { chunk, done: () => this.measure(chunk.length, performance.now() - start) };
    }
  }

  private measure(n: number, ms: number): void {
    if (n < this.size) return;
    const fit = ms > 0 ? Math.floor((n * CHUNK_MS) / ms) : 2 * n;
    this.size = Math.min(this.max, Math.max(MIN_CHUNK, Math.min(2 * this.size, fit)));
  }
}

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Reports progress over the file's records (articles, then calls, then notes). */
class Progress {
  private reported = -1;
  constructor(
    readonly total: number,
    private readonly onProgress: ImportOptions['onProgress'],
  ) {}

  report(done: number): void {
    const value = Math.min(Math.floor(done), this.total);
    if (value <= this.reported) return;
    this.reported = value;
    this.onProgress?.(value, this.total);
  }
}

// ---- Articles ----

interface ArticleState {
  /** File id → database id. */
  idMap: Map<number, number>;
  /** Database rows of the imported articles (and, later, of the other articles calls need). */
  rows: Map<number, SavedArticle>;
  /** Database ids of the articles that existed before the import. */
  preexisting: Set<number>;
  /** Database ids of preexisting articles the import changed (their calls' search tokens change). */
  changed: number[];
}

async function importArticles(t: StoreTables, fileArticles: readonly SavedArticle[], step: number, counts: ImportCounts, progress: Progress, slicer: Slicer): Promise<ArticleState> {
  const state: ArticleState = { idMap: new Map(), rows: new Map(), preexisting: new Set(), changed: [] };
  const existing = await rowsWhereAnyOf(t.articles, 'urlKey', fileArticles.map((a) => a.urlKey), (a) => a.urlKey);
  slicer.restart();
  const byUrlKey = new Map(existing.map((a) => [a.urlKey, a]));
  const queue = new WriteQueue(slicer);
  let done = 0;
  for (const { chunk, done: issued } of new ChunkSizer(step).chunks(fileArticles)) {
    const added: SavedArticle[] = [];
    const updated: SavedArticle[] = [];
    for (const article of chunk) {
      const stored = byUrlKey.get(article.urlKey);
      if (!stored) {
        added.push(article);
        counts.added++;
        continue;
      }
      state.idMap.set(article.id, stored.id);
      state.preexisting.add(stored.id);
      const merged = mergeArticle(stored, article);
      if (sameRecord(stored, merged)) {
        state.rows.set(stored.id, stored);
        counts.skipped++;
      } else {
        state.rows.set(stored.id, merged);
        state.changed.push(stored.id);
        updated.push(merged);
        counts.merged++;
      }
    }
    done += chunk.length;
    const reached = done;
    const put = updated.length ? t.articles.bulkPut(updated) : null;
    const add = added.length ? t.articles.bulkAdd(added.map(({ id: _fileId, ...row }) => row), { allKeys: true }) : null;
    issued();
    if (add) {
      await queue.add(Promise.all([put, add]), ([, ids]) => {
        added.forEach((article, i) => {
          const id = ids![i]!;
          state.idMap.set(article.id, id);
          state.rows.set(id, { ...article, id });
        });
        progress.report(reached);
      });
    } else if (put) await queue.add(put, () => progress.report(reached));
    else queue.after(() => progress.report(reached));
    await breathe(t, slicer);
  }
  await queue.drain();
  return state;
}

// ---- Calls: planning in memory ----

interface PlannedNote {
  /** The database's note before the import, if any. */
  stored: CallNote | null;
  text: string;
  updatedAt: string;
}

/** One call of the database as the import will leave it. */
interface CallWork {
  call: CallDraft;
  /** The database row before the import; null for a call the import adds. */
  stored: SavedCall | null;
  note: PlannedNote | null;
}

const DERIVED_FIELDS: readonly DerivedCallField[] = ['participantKeys', 'countryKeys', 'pairKeys', 'countryPairKeys', 'topicKeys', 'searchTokens', 'sortDate', 'relatedKeys'];

function withoutDerived(row: SavedCall): CallDraft {
  const draft: Record<string, unknown> = { ...row };
  for (const f of DERIVED_FIELDS) delete draft[f];
  return draft as CallDraft;
}

/** The working set of calls, indexed the way the identity rules look them up. */
class CallIndex {
  readonly works: CallWork[] = [];
  private readonly byId = new Map<number, CallWork>();
  private readonly byCallKey = new Map<string, CallWork>();
  private readonly byEventKey = new Map<string, CallWork[]>();
  private readonly byReportingArticle = new Map<number, CallWork>();

  /** Add a database row (once). */
  addStored(row: SavedCall): void {
    if (this.byId.has(row.id)) return;
    const work: CallWork = { call: withoutDerived(row), stored: row, note: null };
    this.byId.set(row.id, work);
    this.works.push(work);
    this.index(work);
  }

  addNew(call: CallDraft): CallWork {
    const work: CallWork = { call, stored: null, note: null };
    this.works.push(work);
    this.index(work);
    return work;
  }

  /** Replace a work's call and re-index it (its callKey may change when a mention is promoted). */
  update(work: CallWork, call: CallDraft): void {
    if (this.byCallKey.get(work.call.callKey) === work && work.call.callKey !== call.callKey) this.byCallKey.delete(work.call.callKey);
    if (work.call.eventKey && work.call.eventKey !== call.eventKey) {
      const list = this.byEventKey.get(work.call.eventKey);
      if (list) this.byEventKey.set(work.call.eventKey, list.filter((w) => w !== work));
    }
    work.call = call;
    this.index(work);
  }

  private index(work: CallWork): void {
    const c = work.call;
    this.byCallKey.set(c.callKey, work);
    if (c.eventKey) {
      const list = this.byEventKey.get(c.eventKey) ?? [];
      if (!list.includes(work)) list.push(work);
      this.byEventKey.set(c.eventKey, list);
    }
    for (const id of c.articleIds) if (!this.byReportingArticle.has(id)) this.byReportingArticle.set(id, work);
  }

  withCallKey = (key: string) => this.byCallKey.get(key);
  reporting = (articleId: number) => this.byReportingArticle.get(articleId);
  /** Reported phone / video calls of an event (those a mention links to, as in saveCall). */
  reportedOfEvent = (eventKey: string) => (this.byEventKey.get(eventKey) ?? []).filter((w) => !w.call.mentioned && w.call.kind !== 'planned');
}

/** The file's call with the database's article ids (ids the file does not define are dropped). */
function remapCall(call: ImportedCall, idMap: ReadonlyMap<number, number>): CallDraft {
  const remap = (ids: readonly number[]) => [...new Set(ids.map((id) => idMap.get(id)).filter((id): id is number => id !== undefined))];
  const { id: _fileId, ...rest } = call;
  return { ...rest, articleIds: remap(call.articleIds), mentionedIn: remap(call.mentionedIn) };
}

/** Load the database calls the file's calls may match, in three bulk reads. */
async function loadCandidates(t: StoreTables, drafts: readonly CallDraft[], articles: ArticleState, index: CallIndex): Promise<void> {
  const callKeys = new Set<string>();
  const mentionedEvents = new Set<string>();
  const reportingArticles = new Set<number>();
  for (const d of drafts) {
    callKeys.add(d.callKey);
    if (d.mentioned && d.eventKey) mentionedEvents.add(d.eventKey);
    if (!d.mentioned && d.kind !== 'planned' && d.eventKey) callKeys.add(mentionKeyOf(d.eventKey));
    if (!d.mentioned) for (const id of d.articleIds) if (articles.preexisting.has(id)) reportingArticles.add(id);
  }
  const rows = await rowsMatchingAny(t.calls, [
    { index: 'callKey', keys: callKeys, valuesOf: (c) => c.callKey },
    { index: 'eventKey', keys: mentionedEvents, valuesOf: (c) => c.eventKey },
    { index: 'articleIds', keys: reportingArticles, valuesOf: (c) => c.articleIds },
  ]);
  for (const row of rows.sort((a, b) => a.id - b.id)) index.addStored(row);
}

/**
 * Decide, for each call of the file, which call of the database it is (or that it is new), and
 * merge it there. Returns, for each file call id, its work.
 */
async function planCalls(t: StoreTables, drafts: ReadonlyArray<{ fileId: number; draft: CallDraft }>, index: CallIndex, counts: ImportCounts, slicer: Slicer): Promise<Map<number, CallWork>> {
  const byFileId = new Map<number, CallWork>();
  for (const { fileId, draft } of drafts) {
    await breathe(t, slicer);
    let target = index.withCallKey(draft.callKey);
    if (!target && !draft.mentioned) target = draft.articleIds.map(index.reporting).find((w) => !!w);

    if (target) {
      const before = stableJson(target.call);
      index.update(target, mergeCall(target.call, draft));
      countChange(counts, before, target);
    } else if (draft.mentioned && draft.eventKey && index.reportedOfEvent(draft.eventKey).length) {
      const reported = index.reportedOfEvent(draft.eventKey);
      target = reported[0]!;
      const before = stableJson(target.call);
      for (const w of reported) index.update(w, addMentions(w.call, draft.mentionedIn));
      countChange(counts, before, target);
    } else {
      const mention = !draft.mentioned && draft.kind !== 'planned' && draft.eventKey ? index.withCallKey(mentionKeyOf(draft.eventKey)) : undefined;
      if (mention?.call.mentioned) {
        target = mention;
        index.update(target, promoteMention(target.call, draft));
        counts.merged++;
      } else {
        target = index.addNew(draft);
        counts.added++;
      }
    }
    byFileId.set(fileId, target);
  }
  return byFileId;
}

function countChange(counts: ImportCounts, before: string, work: CallWork): void {
  if (stableJson(work.call) === before) counts.skipped++;
  else counts.merged++;
}

// ---- Notes: planning ----

async function planNotes(
  t: StoreTables,
  fileNotes: readonly CallNote[],
  callOf: ReadonlyMap<number, CallWork>,
  index: CallIndex,
  counts: ImportCounts,
  now: string,
): Promise<void> {
  const storedIds = index.works.flatMap((w) => (w.stored ? [w.stored.id] : []));
  const storedNotes = await rowsWhereAnyOf(t.notes, 'callId', storedIds, (n) => n.callId);
  const workById = new Map(index.works.flatMap((w) => (w.stored ? [[w.stored.id, w] as const] : [])));
  for (const note of storedNotes) {
    const work = workById.get(note.callId);
    if (work) work.note = { stored: note, text: note.text, updatedAt: note.updatedAt };
  }
  for (const note of fileNotes) {
    const work = callOf.get(note.callId);
    if (!work || !note.text.trim()) {
      counts.skipped++;
    } else if (!work.note) {
      work.note = { stored: null, text: note.text, updatedAt: note.updatedAt };
      counts.added++;
    } else {
      const text = mergeNoteText(work.note.text, note.text);
      if (text === work.note.text) counts.skipped++;
      else {
        work.note = { ...work.note, text, updatedAt: now };
        counts.merged++;
      }
    }
  }
}

// ---- Writing ----

/** A call with its index fields computed as saveCall computes them (lib/store/keys.ts). */
export function withIndexFields<T extends CallDraft>(call: T, articles: readonly SavedArticle[], noteText: string | null): T & Pick<SavedCall, DerivedCallField> {
  const participantKeys = participantKeysOf(call.participants);
  const countryKeys = countryKeysOf(call.participants);
  const keyed = {
    ...call,
    participantKeys,
    countryKeys,
    pairKeys: pairKeysOf(participantKeys),
    countryPairKeys: pairKeysOf(countryKeys),
    topicKeys: topicKeysOf(call.topics),
    searchTokens: searchTokensOf(call, { articles, note: noteText }),
    sortDate: sortDateOf(call, articles[0]),
  };
  return { ...keyed, relatedKeys: relatedKeysOf(keyed) };
}

async function writeCalls(t: StoreTables, index: CallIndex, articles: ArticleState, step: number, now: string, onChunk: (fraction: number) => void, slicer: Slicer): Promise<void> {
  // Articles the calls need for their search tokens that the file did not bring.
  const missing = new Set<number>();
  for (const w of index.works) for (const id of w.call.articleIds) if (!articles.rows.has(id)) missing.add(id);
  if (missing.size) {
    for (const a of await t.articles.bulkGet([...missing])) if (a) articles.rows.set(a.id, a);
    slicer.restart();
  }
  const articlesOf = (call: CallDraft) => call.articleIds.map((id) => articles.rows.get(id)).filter((a): a is SavedArticle => !!a);
  const rowOf = (work: CallWork) => withIndexFields(work.call, articlesOf(work.call), work.note?.text ?? null);

  // Index fields are computed chunk by chunk, as the chunks are written. Updates first, then
  // additions (an update may free a callKey an addition takes: a promoted mention).
  const stored = index.works.filter((w) => w.stored);
  const added = index.works.filter((w) => !w.stored);
  const total = index.works.length;
  const queue = new WriteQueue(slicer);
  const sizer = new ChunkSizer(step);
  // The countryPairs table follows the timeline rows: its changes are gathered over the chunks
  // and written after them, each row once (a read and a write per COUNT_ROWS_PAGE rows, not per call).
  const counts = new CountryPairCounts();
  // The chart table likewise: the lines of the calls written, each block written once at the end.
  const lines = new ChartLines();
  let done = 0;
  for (const { chunk, done: issued } of sizer.chunks(stored)) {
    const updates: SavedCall[] = [];
    for (const work of chunk) {
      const next = { ...rowOf(work), id: work.stored!.id };
      if (sameRecord(work.stored!, next)) continue;
      updates.push({ ...next, updatedAt: now });
      counts.add(work.stored!.relatedKeys, -1);
      counts.add(next.relatedKeys);
      if (chartLineOf(work.stored!) !== chartLineOf(next)) lines.put(next);
    }
    done += chunk.length;
    const fraction = done / total;
    const put = updates.length ? Promise.all([t.calls.bulkPut(updates), t.timeline.bulkPut(updates.map(timelineRowOf))]) : null;
    issued();
    if (put) await queue.add(put, () => onChunk(fraction));
    else queue.after(() => onChunk(fraction));
    await breathe(t, slicer);
  }
  for (const { chunk, done: issued } of sizer.chunks(added)) {
    const rows = chunk.map((work) => {
      const { id: _none, ...fields } = rowOf(work);
      counts.add(fields.relatedKeys);
      return fields;
    });
    done += chunk.length;
    const fraction = done / total;
    // The timeline rows take the ids the calls were given: written as soon as those are known.
    const add = t.calls.bulkAdd(rows, { allKeys: true }).then(async (ids) => {
      const saved = rows.map((row, i) => ({ ...row, id: ids[i]! }));
      await t.timeline.bulkPut(saved.map(timelineRowOf));
      for (const call of saved) lines.put(call);
      return ids;
    });
    issued();
    await queue.add(add, (ids) => {
      chunk.forEach((work, i) => (work.call = { ...work.call, id: ids[i]! }));
      onChunk(fraction);
    });
  }
  await queue.drain();
  await counts.writeTo(t.countryPairs);
  await lines.writeTo(t.chart);
}

async function writeNotes(t: StoreTables, index: CallIndex, step: number, onChunk: (fraction: number) => void, slicer: Slicer): Promise<void> {
  const additions: Array<Omit<CallNote, 'id'>> = [];
  const updates: CallNote[] = [];
  for (const work of index.works) {
    const note = work.note;
    const callId = work.stored?.id ?? work.call.id;
    if (!note || callId === undefined) continue;
    if (!note.stored) additions.push({ callId, text: note.text, updatedAt: note.updatedAt });
    else if (note.stored.text !== note.text) updates.push({ ...note.stored, text: note.text, updatedAt: note.updatedAt });
  }
  const total = additions.length + updates.length;
  const queue = new WriteQueue(slicer);
  let written = 0;
  for (const chunk of chunksOf(updates, step)) {
    written += chunk.length;
    const fraction = written / total;
    await queue.add(t.notes.bulkPut(chunk), () => onChunk(fraction));
  }
  for (const chunk of chunksOf(additions, step)) {
    written += chunk.length;
    const fraction = written / total;
    await queue.add(t.notes.bulkAdd(chunk), () => onChunk(fraction));
  }
  await queue.drain();
}

// ---- importJson ----

/**
 * Import a checked export file (from `parseImport`) in one transaction; see the rules at the top
 * of this file and in merge.ts. Resolves with what happened to each record of the file.
 */
export async function importJson(db: CallStore, data: ImportData, options: ImportOptions = {}): Promise<ImportResult> {
  const now = (options.now ?? new Date()).toISOString();
  const step = Math.max(1, Math.floor(options.progressEvery ?? PROGRESS_EVERY));
  const nArticles = data.articles.length;
  const nCalls = data.calls.length;
  const nNotes = data.notes.length;
  const progress = new Progress(nArticles + nCalls + nNotes, options.onProgress);
  const counts = { articles: zero(), calls: zero(), notes: zero() };

  await inTransaction(db, 'rw', async (t) => {
    const slicer = new Slicer();
    const articles = await importArticles(t, data.articles, step, counts.articles, progress, slicer);

    const index = new CallIndex();
    const drafts = data.calls.map((call) => ({ fileId: call.id, draft: remapCall(call, articles.idMap) }));
    await breathe(t, slicer);
    await loadCandidates(t, drafts.map((d) => d.draft), articles, index);
    slicer.restart();
    const callOf = await planCalls(t, drafts, index, counts.calls, slicer);
    // Calls the file does not bring but whose articles it changed: their search tokens change.
    if (articles.changed.length) {
      for (const row of await rowsWhereAnyOf(t.calls, 'articleIds', articles.changed, (c) => c.articleIds)) index.addStored(row);
      slicer.restart();
    }
    await planNotes(t, data.notes, callOf, index, counts.notes, now);
    slicer.restart();

    await writeCalls(t, index, articles, step, now, (f) => progress.report(nArticles + f * nCalls), slicer);
    progress.report(nArticles + nCalls);
    await writeNotes(t, index, step, (f) => progress.report(nArticles + nCalls + f * nNotes), slicer);
    progress.report(nArticles + nCalls + nNotes);
  });

  const sum = (k: keyof ImportCounts) => counts.articles[k] + counts.calls[k] + counts.notes[k];
  return { added: sum('added'), merged: sum('merged'), skipped: sum('skipped'), ...counts };
}
