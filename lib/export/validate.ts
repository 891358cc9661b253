/**
 * Reading an export file: `parseImport(text)` checks everything before anything is written.
 *
 * In order, stopping at the first step that fails:
 * 1. size of the text (absurd files are refused before parsing them);
 * 2. JSON syntax, with the line and column of the first error;
 * 3. `format` (is this our file at all?) and `schemaVersion` (older versions are upgraded in
 *    memory, newer ones refused: the extension needs updating);
 * 4. number of records;
 * 5. every record: required fields, types, formats, lengths (all errors are collected, up to
 *    `maxErrors`, so that a user fixing a file by hand sees them together);
 * 6. uniqueness (ids, urlKey, callKey, one note per call) and references (a call's articleIds
 *    and mentionedIn, a note's callId must exist in the file).
 *
 * Only known fields are read: anything else in a record (the calls' `eventCodes`, fields of a
 * newer minor format, junk) is dropped, so it can never reach the database. The calls' derived
 * index fields (participantKeys, searchTokens…) are not read either: the import recomputes them.
 */
import { SCHEMA_VERSION, SCHEMA_VERSIONS } from '../store/schema';
import type { CallNote, SavedArticle, SavedCall } from '../store/types';
import type { CallEvidence, CallKind, EarlierCall, Participant } from '../summarize/types';
import { EXPORT_FORMAT } from './envelope';
import { findJsonSyntaxError, lineColumnOf } from './json-syntax';
import { EnvelopeReader, NotSplittable } from './json-stream';
import { Slicer } from './slice';
import { MSG } from './messages';

// ---- Limits ----

export interface ImportLimits {
  /**
   * Largest accepted file: its size in bytes (parseImportFile), or the length of a text in UTF-16
   * code units (parseImport; never more than the text's size in UTF-8).
   */
  maxTextLength: number;
  /** Most records (articles + calls + notes) in one file. */
  maxRecords: number;
  /** Longest string field (an article's text is a few ten thousand characters). */
  maxStringLength: number;
  /** Longest list field (participants, articleIds, topics…). */
  maxListLength: number;
  /** Errors reported one by one; the rest are counted in a last message. */
  maxErrors: number;
}

/**
 * An export of 10,000 calls with their articles is about 81 MB, of 50,000 about 450 MB: the size
 * limit lets a user import any export of up to ~110,000 calls back (parseImportFile never holds
 * the whole text, whose length is capped by the JavaScript engine at ~0.5 G characters). Beyond
 * that, the records themselves no longer fit comfortably in a page's memory.
 */
export const IMPORT_LIMITS: Readonly<ImportLimits> = {
  maxTextLength: 1024 * 1024 * 1024,
  maxRecords: 500_000,
  maxStringLength: 1_000_000,
  maxListLength: 10_000,
  maxErrors: 50,
};

// ---- Result ----

/** Fields of a call the import computes itself (see lib/store/keys.ts). */
export type DerivedCallField = 'participantKeys' | 'countryKeys' | 'pairKeys' | 'countryPairKeys' | 'topicKeys' | 'searchTokens' | 'sortDate' | 'relatedKeys';

/** A call as read from a file: the stored fields without the derived ones. */
export type ImportedCall = Omit<SavedCall, DerivedCallField>;

/** A checked export file, at the current schema version. Ids are the file's own. */
export interface ImportData {
  /** The version the file was written with (before any in-memory upgrade). */
  schemaVersion: number;
  exportedAt: string | null;
  extensionVersion: string | null;
  articles: SavedArticle[];
  calls: ImportedCall[];
  notes: CallNote[];
}

export type ParseImportResult = { ok: true; data: ImportData } | { ok: false; errors: string[] };

// ---- Schema versions ----

/** The oldest schema the store ever had: files from it can still be read. */
export const OLDEST_SCHEMA_VERSION = SCHEMA_VERSIONS[0]!.version;

/**
 * How a parsed file of version v is brought to version v + 1, before it is checked. A version
 * that changed nothing but derived fields needs no entry. When the store adds a version that
 * changes the shape of its records, add the conversion here (and a test with a file of the old
 * version).
 */
const UPGRADES: Readonly<Record<number, (file: Record<string, unknown>) => void>> = {
  // Version 2 added `topicKeys` to calls, a derived field: the import recomputes it.
  1: () => {},
};

function upgradeInMemory(file: Record<string, unknown>, from: number): void {
  for (let v = from; v < SCHEMA_VERSION; v++) UPGRADES[v]?.(file);
}

// ---- Field checks ----

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DATE = /^--\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const CALL_KINDS: readonly CallKind[] = ['phone', 'video', 'planned'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects errors; each reader returns undefined (and records an error) when the value is wrong. */
class Checker {
  private readonly messages: string[] = [];
  /** All errors found, reported or not. */
  count = 0;

  constructor(private readonly limits: ImportLimits) {}

  error(message: string): undefined {
    if (this.count < this.limits.maxErrors) this.messages.push(message);
    this.count++;
    return undefined;
  }

  errors(): string[] {
    const hidden = this.count - this.messages.length;
    return hidden > 0 ? [...this.messages, MSG.moreErrors(hidden)] : [...this.messages];
  }

  string(v: unknown, path: string, { nonEmpty = false } = {}): string | undefined {
    if (v === undefined) return this.error(MSG.missing(path));
    if (typeof v !== 'string') return this.error(MSG.notString(path));
    if (v.length > this.limits.maxStringLength) return this.error(MSG.tooLong(path, v.length, this.limits.maxStringLength));
    if (nonEmpty && !v.trim()) return this.error(MSG.emptyString(path));
    return v;
  }

  /** A string or null; a missing field counts as null. */
  nullableString(v: unknown, path: string, pattern?: { re: RegExp; message: (path: string) => string }): string | null | undefined {
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') return this.error(MSG.notStringOrNull(path));
    if (v.length > this.limits.maxStringLength) return this.error(MSG.tooLong(path, v.length, this.limits.maxStringLength));
    if (pattern && !pattern.re.test(v)) return this.error(pattern.message(path));
    return v;
  }

  timestamp(v: unknown, path: string): string | undefined {
    const s = this.string(v, path);
    if (s === undefined) return undefined;
    return TIMESTAMP.test(s) && !Number.isNaN(Date.parse(s)) ? s : this.error(MSG.notTimestamp(path));
  }

  id(v: unknown, path: string): number | undefined {
    if (v === undefined) return this.error(MSG.missing(path));
    return Number.isSafeInteger(v) && (v as number) > 0 ? (v as number) : this.error(MSG.notId(path));
  }

  nullableInteger(v: unknown, path: string): number | null | undefined {
    if (v === undefined || v === null) return null;
    return Number.isSafeInteger(v) ? (v as number) : this.error(MSG.notIntegerOrNull(path));
  }

  flag(v: unknown, path: string): 0 | 1 | undefined {
    if (v === undefined) return this.error(MSG.missing(path));
    return v === 0 || v === 1 ? v : this.error(MSG.notFlag(path));
  }

  oneOf<T extends string>(v: unknown, path: string, values: readonly T[]): T | undefined {
    if (v === undefined) return this.error(MSG.missing(path));
    return values.includes(v as T) ? (v as T) : this.error(MSG.notOneOf(path, values));
  }

  object(v: unknown, path: string): Json | undefined {
    if (v === undefined) return this.error(MSG.missing(path));
    return isObject(v) ? v : this.error(MSG.notObject(path));
  }

  /** A list whose items are read by `item`; undefined when the list or any item is wrong. */
  list<T>(v: unknown, path: string, item: (x: unknown, path: string) => T | undefined): T[] | undefined {
    if (v === undefined) return this.error(MSG.missing(path));
    if (!Array.isArray(v)) return this.error(MSG.notList(path));
    if (v.length > this.limits.maxListLength) return this.error(MSG.listTooLong(path, v.length, this.limits.maxListLength));
    const out: T[] = [];
    let ok = true;
    v.forEach((x, i) => {
      const value = item(x, `${path}[${i}]`);
      if (value === undefined) ok = false;
      else out.push(value);
    });
    return ok ? out : undefined;
  }

  strings(v: unknown, path: string): string[] | undefined {
    return this.list(v, path, (x, p) => this.string(x, p));
  }

  ids(v: unknown, path: string): number[] | undefined {
    return this.list(v, path, (x, p) => this.id(x, p));
  }
}

/**
 * The value a reader returned, typed as valid. A reader returns undefined only after recording
 * an error, and `readRecord` then discards the whole record: the cast never lets a wrong value out.
 */
const ok = <T>(value: T | undefined): T => value as T;

/** Run a record reader; null when it recorded any error. */
function readRecord<T>(c: Checker, read: () => T): T | null {
  const before = c.count;
  const value = read();
  return c.count === before ? value : null;
}

// ---- Records ----

function readArticle(c: Checker, raw: unknown, path: string): SavedArticle | null {
  const o = c.object(raw, path);
  if (!o) return null;
  return readRecord(c, () => ({
    id: ok(c.id(o.id, `${path}.id`)),
    urlKey: ok(c.string(o.urlKey, `${path}.urlKey`, { nonEmpty: true })),
    url: ok(c.nullableString(o.url, `${path}.url`)),
    canonicalUrl: ok(c.nullableString(o.canonicalUrl, `${path}.canonicalUrl`)),
    title: ok(c.string(o.title, `${path}.title`)),
    lead: ok(c.string(o.lead ?? '', `${path}.lead`)),
    text: ok(c.string(o.text ?? '', `${path}.text`)),
    siteName: ok(c.nullableString(o.siteName, `${path}.siteName`)),
    publishedAt: ok(c.nullableString(o.publishedAt, `${path}.publishedAt`)),
    author: ok(c.nullableString(o.author, `${path}.author`)),
    attribution: ok(c.nullableString(o.attribution, `${path}.attribution`)),
    savedAt: ok(c.timestamp(o.savedAt, `${path}.savedAt`)),
  }));
}

const datePattern = { re: DATE, message: MSG.notDate };
const partialDatePattern = { re: PARTIAL_DATE, message: MSG.notPartialDate };

function readParticipant(c: Checker, raw: unknown, path: string): Participant | undefined {
  const o = c.object(raw, path);
  if (!o) return undefined;
  return (
    readRecord(c, () => ({
      name: ok(c.nullableString(o.name, `${path}.name`)),
      title: ok(c.nullableString(o.title, `${path}.title`)),
      country: ok(c.nullableString(o.country, `${path}.country`)),
      leaderId: ok(c.nullableString(o.leaderId, `${path}.leaderId`)),
    })) ?? undefined
  );
}

function readEarlierCall(c: Checker, raw: unknown, path: string): EarlierCall | undefined {
  const o = c.object(raw, path);
  if (!o) return undefined;
  return (
    readRecord(c, () => ({
      date: ok(c.nullableString(o.date, `${path}.date`, datePattern)),
      datePartial: ok(c.nullableString(o.datePartial, `${path}.datePartial`, partialDatePattern)),
      expression: ok(c.string(o.expression, `${path}.expression`)),
      evidence: ok(c.string(o.evidence ?? '', `${path}.evidence`)),
    })) ?? undefined
  );
}

function readEvidence(c: Checker, raw: unknown, path: string): CallEvidence | undefined {
  const o = c.object(raw, path);
  if (!o) return undefined;
  return (
    readRecord(c, () => {
      const topics = o.topics === undefined ? {} : c.object(o.topics, `${path}.topics`);
      const topicEntries = topics ? Object.entries(topics).map(([k, v]) => [k, c.string(v, `${path}.topics.${k}`)] as const) : [];
      return {
        kind: ok(c.nullableString(o.kind, `${path}.kind`)),
        eventDate: ok(c.nullableString(o.eventDate, `${path}.eventDate`)),
        participants: ok(c.strings(o.participants ?? [], `${path}.participants`)),
        initiator: ok(c.nullableString(o.initiator, `${path}.initiator`)),
        ordinal: ok(c.nullableString(o.ordinal, `${path}.ordinal`)),
        topics: Object.fromEntries(topicEntries) as Record<string, string>,
        agreements: ok(c.strings(o.agreements ?? [], `${path}.agreements`)),
        earlierCalls: ok(c.strings(o.earlierCalls ?? [], `${path}.earlierCalls`)),
      };
    }) ?? undefined
  );
}

function readCall(c: Checker, raw: unknown, path: string): ImportedCall | null {
  const o = c.object(raw, path);
  if (!o) return null;
  return readRecord(c, () => ({
    id: ok(c.id(o.id, `${path}.id`)),
    callKey: ok(c.string(o.callKey, `${path}.callKey`, { nonEmpty: true })),
    eventKey: ok(c.nullableString(o.eventKey, `${path}.eventKey`)),
    mentioned: ok(c.flag(o.mentioned, `${path}.mentioned`)),
    kind: ok(c.oneOf(o.kind, `${path}.kind`, CALL_KINDS)),
    eventDate: ok(c.nullableString(o.eventDate, `${path}.eventDate`, datePattern)),
    eventDatePartial: ok(c.nullableString(o.eventDatePartial, `${path}.eventDatePartial`, partialDatePattern)),
    eventDateExpression: ok(c.nullableString(o.eventDateExpression, `${path}.eventDateExpression`)),
    participants: ok(c.list(o.participants, `${path}.participants`, (x, p) => readParticipant(c, x, p))),
    initiator: ok(c.nullableString(o.initiator, `${path}.initiator`)),
    ordinal: ok(c.nullableInteger(o.ordinal, `${path}.ordinal`)),
    topics: ok(c.strings(o.topics, `${path}.topics`)),
    agreements: ok(c.strings(o.agreements, `${path}.agreements`)),
    earlierCalls: ok(c.list(o.earlierCalls, `${path}.earlierCalls`, (x, p) => readEarlierCall(c, x, p))),
    attribution: ok(c.nullableString(o.attribution, `${path}.attribution`)),
    evidence: ok(readEvidence(c, o.evidence, `${path}.evidence`)),
    articleIds: ok(c.ids(o.articleIds, `${path}.articleIds`)),
    mentionedIn: ok(c.ids(o.mentionedIn, `${path}.mentionedIn`)),
    createdAt: ok(c.timestamp(o.createdAt, `${path}.createdAt`)),
    updatedAt: ok(c.timestamp(o.updatedAt, `${path}.updatedAt`)),
  }));
}

function readNote(c: Checker, raw: unknown, path: string): CallNote | null {
  const o = c.object(raw, path);
  if (!o) return null;
  return readRecord(c, () => ({
    id: ok(c.id(o.id, `${path}.id`)),
    callId: ok(c.id(o.callId, `${path}.callId`)),
    text: ok(c.string(o.text, `${path}.text`)),
    updatedAt: ok(c.timestamp(o.updatedAt, `${path}.updatedAt`)),
  }));
}

/** Report every value of `key` seen twice: "calls[5].callKey trùng với calls[2]". */
function checkUnique<T>(c: Checker, records: ReadonlyArray<{ record: T; path: string }>, field: string, key: (r: T) => string | number): void {
  const first = new Map<string | number, string>();
  for (const { record, path } of records) {
    const k = key(record);
    const seen = first.get(k);
    if (seen) c.error(MSG.duplicate(`${path}.${field}`, seen));
    else first.set(k, path);
  }
}

// ---- parseImport ----

/** Records checked between two yields of the checking generator (a few milliseconds). */
const CHECK_STEP = 64;

const failure = (...errors: string[]): ParseImportResult => ({ ok: false, errors });

/**
 * Steps 3 to 6 on the parsed file. A generator that yields every CHECK_STEP records, so that the
 * asynchronous reader can give the event loop a turn (the synchronous one just runs it through).
 */
function* checkParsed(parsed: unknown, limits: ImportLimits): Generator<void, ParseImportResult, void> {
  // 3. Ours? Which version?
  if (!isObject(parsed) || parsed.format !== EXPORT_FORMAT) return failure(MSG.notOurs);
  const version = parsed.schemaVersion;
  if (version === undefined) return failure(MSG.schemaMissing);
  if (!Number.isSafeInteger(version) || (version as number) < OLDEST_SCHEMA_VERSION) return failure(MSG.schemaInvalid(version));
  if ((version as number) > SCHEMA_VERSION) return failure(MSG.schemaNewer(version as number, SCHEMA_VERSION));
  upgradeInMemory(parsed, version as number);

  // 4. Lists and their sizes.
  const c = new Checker(limits);
  const lists = {
    articles: Array.isArray(parsed.articles) ? (parsed.articles as unknown[]) : c.error(MSG.notList('articles')),
    calls: Array.isArray(parsed.calls) ? (parsed.calls as unknown[]) : c.error(MSG.notList('calls')),
    notes: parsed.notes === undefined ? [] : Array.isArray(parsed.notes) ? (parsed.notes as unknown[]) : c.error(MSG.notList('notes')),
  };
  if (!lists.articles || !lists.calls || !lists.notes) return failure(...c.errors());
  const recordCount = lists.articles.length + lists.calls.length + lists.notes.length;
  if (recordCount > limits.maxRecords) return failure(MSG.tooManyRecords(recordCount, limits.maxRecords));

  // 5. Records.
  function* read<T>(raws: unknown[], name: string, reader: (c: Checker, raw: unknown, path: string) => T | null): Generator<void, Array<{ record: T; path: string }>, void> {
    const out: Array<{ record: T; path: string }> = [];
    for (let i = 0; i < raws.length; i++) {
      const path = `${name}[${i}]`;
      const record = reader(c, raws[i], path);
      if (record !== null) out.push({ record, path });
      if (i % CHECK_STEP === CHECK_STEP - 1) yield;
    }
    return out;
  }
  const articles = yield* read(lists.articles, 'articles', readArticle);
  const calls = yield* read(lists.calls, 'calls', readCall);
  const notes = yield* read(lists.notes, 'notes', readNote);
  yield;

  // 6. Uniqueness and references (on the records that were read correctly).
  checkUnique(c, articles, 'id', (a) => a.id);
  checkUnique(c, articles, 'urlKey', (a) => a.urlKey);
  checkUnique(c, calls, 'id', (x) => x.id);
  checkUnique(c, calls, 'callKey', (x) => x.callKey);
  checkUnique(c, notes, 'id', (n) => n.id);
  yield;
  // Ids of every record, also of those with errors elsewhere: one wrong field must not make
  // every reference to its record an error too.
  const idsOf = (raws: unknown[]) => new Set(raws.map((r) => (isObject(r) ? r.id : undefined)).filter((id) => Number.isSafeInteger(id)));
  const articleIds = idsOf(lists.articles);
  const callIds = idsOf(lists.calls);
  yield;
  for (let i = 0; i < calls.length; i++) {
    const { record: call, path } = calls[i]!;
    call.articleIds.forEach((id, k) => articleIds.has(id) || c.error(MSG.noArticle(`${path}.articleIds[${k}]`, id)));
    call.mentionedIn.forEach((id, k) => articleIds.has(id) || c.error(MSG.noArticle(`${path}.mentionedIn[${k}]`, id)));
    if (!call.articleIds.length && !call.mentionedIn.length) c.error(MSG.unlinkedCall(path));
    if (i % (8 * CHECK_STEP) === 8 * CHECK_STEP - 1) yield;
  }
  const noteOf = new Map<number, string>();
  for (const { record: note, path } of notes) {
    if (!callIds.has(note.callId)) c.error(MSG.noCall(`${path}.callId`, note.callId));
    const first = noteOf.get(note.callId);
    if (first) c.error(MSG.secondNote(`${path}.callId`, note.callId, first));
    else noteOf.set(note.callId, path);
  }

  if (c.count) return failure(...c.errors());
  return {
    ok: true,
    data: {
      schemaVersion: version as number,
      exportedAt: typeof parsed.exportedAt === 'string' ? parsed.exportedAt : null,
      extensionVersion: typeof parsed.extensionVersion === 'string' ? parsed.extensionVersion : null,
      articles: articles.map((a) => a.record),
      calls: calls.map((x) => x.record),
      notes: notes.map((n) => n.record),
    },
  };
}

/** Steps 1 and 2 on a whole text: its size, then JSON.parse (with the place of a syntax error). */
function parseText(text: string, limits: ImportLimits): { ok: true; parsed: unknown } | { ok: false; result: ParseImportResult } {
  if (typeof text !== 'string') return { ok: false, result: failure(MSG.notOurs) };
  // 1. Size, before parsing anything.
  if (text.length > limits.maxTextLength) return { ok: false, result: failure(MSG.tooLarge(text.length, limits.maxTextLength)) };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return { ok: false, result: failure(MSG.empty) };
  // 2. Syntax.
  try {
    return { ok: true, parsed: JSON.parse(body) };
  } catch (error) {
    const problem = findJsonSyntaxError(body);
    if (!problem) return { ok: false, result: failure(MSG.syntaxNoPosition(error instanceof Error ? error.message : String(error))) };
    const { line, column } = lineColumnOf(body, problem.offset);
    return { ok: false, result: failure(MSG.syntax(line, column, problem.detail)) };
  }
}

/**
 * Check an export file. Returns the data at the current schema version, or every problem found
 * (in Vietnamese). Nothing is written: pass the data to `importJson`. Synchronous, in one task:
 * for a file the user picks, use parseImportFile, which gives the same result without blocking.
 */
export function parseImport(text: string, options: { limits?: Partial<ImportLimits> } = {}): ParseImportResult {
  const limits = { ...IMPORT_LIMITS, ...options.limits };
  const text1 = parseText(text, limits);
  if (!text1.ok) return text1.result;
  const steps = checkParsed(text1.parsed, limits);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Characters handed to the reader at a time (parsed in a few milliseconds). */
const TEXT_CHUNK = 64 * 1024;

/**
 * Check an export file (a File / Blob the user picked, or a text) without blocking the page: the
 * same result as `parseImport`, but the text is decoded, parsed and checked in slices with the event
 * loop running between them (slice.ts), and never held whole: a file is read as a stream and its
 * records are parsed one by one (json-stream.ts), so that files far larger than the longest
 * string of the engine can be read. A file the reader cannot follow (another layout than a JSON
 * object; broken JSON) is read whole and parsed the plain way, which also locates syntax errors.
 */
export async function parseImportFile(file: Blob | string, options: { limits?: Partial<ImportLimits> } = {}): Promise<ParseImportResult> {
  const limits = { ...IMPORT_LIMITS, ...options.limits };
  const size = typeof file === 'string' ? file.length : file.size;
  // 1. Size, before reading anything.
  if (size > limits.maxTextLength) return failure(MSG.tooLarge(size, limits.maxTextLength));

  const slicer = new Slicer();
  let parsed: unknown;
  // Past maxRecords, records are counted, not parsed (the file is refused in step 4). A list given
  // twice counts once, as JSON.parse keeps the last.
  const listLengths = new Map<string, number>();
  let records = 0;
  let skipped = false;
  const parseElement = (key: string, index: number) => {
    if (!RECORD_LISTS.has(key)) return true;
    records += index + 1 - (listLengths.get(key) ?? 0);
    listLengths.set(key, index + 1);
    if (records <= limits.maxRecords) return true;
    skipped = true;
    return false;
  };
  const reader = new EnvelopeReader({ parseElement });
  /** Hand a text to the reader TEXT_CHUNK characters at a time, with a turn of the event loop when a slice is used up. */
  const read = async (text: string) => {
    for (let i = 0; i < text.length; i += TEXT_CHUNK) {
      reader.push(text.length <= TEXT_CHUNK ? text : text.slice(i, i + TEXT_CHUNK));
      await slicer.pause();
    }
  };
  try {
    if (typeof file === 'string') await read(file.charCodeAt(0) === 0xfeff ? file.slice(1) : file);
    else {
      // TextDecoderStream drops a byte-order mark and replaces invalid bytes, as Blob.text() does.
      const chunks = file.stream().pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await chunks.read();
        if (done) break;
        await read(value);
      }
    }
    parsed = reader.end();
    // Records left unparsed, yet the file is not over the limit after all (a list given twice): read it the plain way.
    if (skipped && records <= limits.maxRecords) throw new NotSplittable('records left unparsed');
  } catch (error) {
    if (!(error instanceof NotSplittable)) throw error;
    // 2. Not an object the reader can follow, or broken: the plain way, with the error's place.
    let text: string;
    try {
      text = typeof file === 'string' ? file : await file.text();
    } catch (readError) {
      // Longer than the longest string the engine can hold (~0.5 G characters): say so, not "Invalid string length".
      if (readError instanceof RangeError) return failure(MSG.brokenTooLarge(size));
      throw readError;
    }
    const whole = parseText(text, limits);
    if (!whole.ok) return whole.result;
    parsed = whole.parsed;
  }
  if (parsed === null) return failure(MSG.empty);

  const steps = checkParsed(parsed, limits);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slicer.pause();
  }
}

/** The members of the envelope whose elements are records (counted against maxRecords). */
const RECORD_LISTS = new Set(['articles', 'calls', 'notes']);
