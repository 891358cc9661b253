/**
 * Reading an export file: `parseImport(text)` checks everything before anything is written.
 *
 * In order, stopping at the first step that fails:
 * 1. size of the text (absurd files are refused before parsing them);
 * 2. JSON syntax, with the line and column of the first error;
 * 3. `format` (is this our file at all?) and `schemaVersion` (older versions are upgraded in
 *    memory, newer ones refused: the extension needs updating);
 * 4. number of records;
 * 5. every record against its schema (valibot): required fields, types, formats, lengths (all
 *    errors are collected, up to `maxErrors`, so that a user fixing a file by hand sees them
 *    together, each named by its path);
 * 6. uniqueness (ids, urlKey, callKey, one note per call) and references (a call's articleIds
 *    and mentionedIn, a note's callId must exist in the file).
 *
 * Only known fields are read: anything else in a record (the calls' `eventCodes`, fields of a
 * newer minor format, junk) is dropped, so it can never reach the database. The calls' derived
 * index fields (participantKeys, searchTokens…) are not read either: the import recomputes them.
 */
import * as v from 'valibot';
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
  for (let version = from; version < SCHEMA_VERSION; version++) UPGRADES[version]?.(file);
}

// ---- Records ----

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DATE = /^--\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const CALL_KINDS: readonly CallKind[] = ['phone', 'video', 'planned'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What is wrong with a value, by the message its schema gives (valibot's messages are these keys;
 * `issueMessage` writes them with the path, which only the whole record knows).
 */
const ISSUE = {
  notObject: (path: string) => MSG.notObject(path),
  notList: (path: string) => MSG.notList(path),
  notString: (path: string) => MSG.notString(path),
  notStringOrNull: (path: string) => MSG.notStringOrNull(path),
  emptyString: (path: string) => MSG.emptyString(path),
  notId: (path: string) => MSG.notId(path),
  notIntegerOrNull: (path: string) => MSG.notIntegerOrNull(path),
  notFlag: (path: string) => MSG.notFlag(path),
  notKind: (path: string) => MSG.notOneOf(path, CALL_KINDS),
  notDate: (path: string) => MSG.notDate(path),
  notPartialDate: (path: string) => MSG.notPartialDate(path),
  notTimestamp: (path: string) => MSG.notTimestamp(path),
  tooLong: (path: string, issue: v.BaseIssue<unknown>) => MSG.tooLong(path, (issue.input as string).length, issue.requirement as number),
  listTooLong: (path: string, issue: v.BaseIssue<unknown>) => MSG.listTooLong(path, (issue.input as unknown[]).length, issue.requirement as number),
} as const;
type IssueKey = keyof typeof ISSUE;

/** The schemas of the three kinds of record, for the given limits. Unknown keys are dropped (v.object). */
function recordSchemas(limits: ImportLimits) {
  const text = (key: IssueKey = 'notString') => v.pipe(v.string(key), v.maxLength(limits.maxStringLength, 'tooLong'));
  const string = text();
  const nonEmpty = v.pipe(string, v.check((s) => s.trim() !== '', 'emptyString'));
  /** A string or null; a missing field counts as null. */
  const nullable = <S extends v.GenericSchema<string, string>>(schema: S) => v.nullish(schema, null);
  const nullableString = nullable(text('notStringOrNull'));
  const withPattern = (re: RegExp, key: IssueKey) => nullable(v.pipe(text('notStringOrNull'), v.regex(re, key)));
  /** A string field that may be left out (or null): it reads as ''. */
  const optionalString = v.nullish(string, '');
  const timestamp = v.pipe(string, v.regex(TIMESTAMP, 'notTimestamp'), v.check((s) => !Number.isNaN(Date.parse(s)), 'notTimestamp'));
  const id = v.pipe(v.number('notId'), v.safeInteger('notId'), v.minValue(1, 'notId'));
  /** A list: its length is checked before its items (an absurd list is not read through). */
  const list = <S extends v.GenericSchema>(item: S) => v.pipe(v.array(v.unknown(), 'notList'), v.maxLength(limits.maxListLength, 'listTooLong'), v.array(item, 'notList'));
  const strings = list(string);
  /** An object, not an array (valibot's object takes an array whose fields are all optional). */
  const object = <E extends v.ObjectEntries>(entries: E) => v.pipe(v.custom<Json>(isObject, 'notObject'), v.object(entries, 'notObject'));

  const participant = object({ name: nullableString, title: nullableString, country: nullableString, leaderId: nullableString });
  const earlierCall = object({ date: withPattern(DATE, 'notDate'), datePartial: withPattern(PARTIAL_DATE, 'notPartialDate'), expression: string, evidence: optionalString });
  const evidence = object({
    kind: nullableString,
    eventDate: nullableString,
    participants: v.nullish(strings, () => []),
    initiator: nullableString,
    ordinal: nullableString,
    topics: v.optional(v.pipe(v.custom<Json>(isObject, 'notObject'), v.record(v.string(), string, 'notObject')), () => ({})),
    agreements: v.nullish(strings, () => []),
    earlierCalls: v.nullish(strings, () => []),
  });
  const article = object({
    id,
    urlKey: nonEmpty,
    url: nullableString,
    canonicalUrl: nullableString,
    title: string,
    lead: optionalString,
    text: optionalString,
    siteName: nullableString,
    publishedAt: nullableString,
    author: nullableString,
    attribution: nullableString,
    savedAt: timestamp,
  });
  const call = object({
    id,
    callKey: nonEmpty,
    eventKey: nullableString,
    mentioned: v.picklist([0, 1], 'notFlag'),
    kind: v.picklist(CALL_KINDS, 'notKind'),
    eventDate: withPattern(DATE, 'notDate'),
    eventDatePartial: withPattern(PARTIAL_DATE, 'notPartialDate'),
    eventDateExpression: nullableString,
    participants: list(participant),
    initiator: nullableString,
    ordinal: v.nullish(v.pipe(v.number('notIntegerOrNull'), v.safeInteger('notIntegerOrNull')), null),
    topics: strings,
    agreements: strings,
    earlierCalls: list(earlierCall),
    attribution: nullableString,
    evidence,
    articleIds: list(id),
    mentionedIn: list(id),
    createdAt: timestamp,
    updatedAt: timestamp,
  });
  const note = object({ id, callId: id, text: string, updatedAt: timestamp });
  return { article, call, note };
}

// The records as the schemas give them are the store's types (checked here, at compile time).
type Schemas = ReturnType<typeof recordSchemas>;
true satisfies v.InferOutput<Schemas['article']> extends SavedArticle ? true : never;
true satisfies v.InferOutput<Schemas['call']> extends ImportedCall ? true : never;
true satisfies v.InferOutput<Schemas['note']> extends CallNote ? true : never;
true satisfies Participant extends v.InferOutput<Schemas['call']>['participants'][number] ? true : never;
true satisfies EarlierCall extends v.InferOutput<Schemas['call']>['earlierCalls'][number] ? true : never;
true satisfies CallEvidence extends v.InferOutput<Schemas['call']>['evidence'] ? true : never;

let defaultSchemas: Schemas | null = null;
const schemasFor = (limits: ImportLimits): Schemas =>
  Object.entries(IMPORT_LIMITS).every(([k, n]) => limits[k as keyof ImportLimits] === n) ? (defaultSchemas ??= recordSchemas(limits)) : recordSchemas(limits);

/** "calls[3].participants[0].name": the file's own structure, indexes from 0. */
function pathOf(base: string, issue: v.BaseIssue<unknown>): string {
  let path = base;
  for (const item of issue.path ?? []) path += item.type === 'array' ? `[${item.key as number}]` : `.${String(item.key)}`;
  return path;
}

/** An issue in our words: a missing field, or what its schema says is wrong. */
function issueMessage(base: string, issue: v.BaseIssue<unknown>): string {
  const path = pathOf(base, issue);
  if (issue.input === undefined) return MSG.missing(path);
  return ISSUE[issue.message as IssueKey]?.(path, issue) ?? `${path}: ${issue.message}`;
}

/** Collects the file's errors: the first `maxErrors` in full, the rest counted. */
class Errors {
  private readonly messages: string[] = [];
  count = 0;

  constructor(private readonly limits: ImportLimits) {}

  add(message: string): void {
    if (this.count < this.limits.maxErrors) this.messages.push(message);
    this.count++;
  }

  all(): string[] {
    const hidden = this.count - this.messages.length;
    return hidden > 0 ? [...this.messages, MSG.moreErrors(hidden)] : [...this.messages];
  }
}

/** A record read by its schema; null (and its every error noted) when anything in it is wrong. */
function readRecord<S extends v.GenericSchema>(errors: Errors, schema: S, raw: unknown, path: string): v.InferOutput<S> | null {
  // abortPipeEarly: one error a field (a string that is not a timestamp is not also an impossible date).
  const result = v.safeParse(schema, raw, { abortPipeEarly: true });
  if (result.success) return result.output;
  for (const issue of result.issues) errors.add(issueMessage(path, issue));
  return null;
}

/** Report every value of `key` seen twice: "calls[5].callKey trùng với calls[2]". */
function checkUnique<T>(errors: Errors, records: ReadonlyArray<{ record: T; path: string }>, field: string, key: (r: T) => string | number): void {
  const first = new Map<string | number, string>();
  for (const { record, path } of records) {
    const k = key(record);
    const seen = first.get(k);
    if (seen) errors.add(MSG.duplicate(`${path}.${field}`, seen));
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
  const errors = new Errors(limits);
  const listOf = (value: unknown, name: string): unknown[] | undefined => (Array.isArray(value) ? value : void errors.add(MSG.notList(name)));
  const lists = {
    articles: listOf(parsed.articles, 'articles'),
    calls: listOf(parsed.calls, 'calls'),
    notes: parsed.notes === undefined ? [] : listOf(parsed.notes, 'notes'),
  };
  if (!lists.articles || !lists.calls || !lists.notes) return failure(...errors.all());
  const recordCount = lists.articles.length + lists.calls.length + lists.notes.length;
  if (recordCount > limits.maxRecords) return failure(MSG.tooManyRecords(recordCount, limits.maxRecords));

  // 5. Records.
  const schemas = schemasFor(limits);
  function* read<S extends v.GenericSchema>(raws: unknown[], name: string, schema: S): Generator<void, Array<{ record: v.InferOutput<S>; path: string }>, void> {
    const out: Array<{ record: v.InferOutput<S>; path: string }> = [];
    for (let i = 0; i < raws.length; i++) {
      const path = `${name}[${i}]`;
      const record = readRecord(errors, schema, raws[i], path);
      if (record !== null) out.push({ record, path });
      if (i % CHECK_STEP === CHECK_STEP - 1) yield;
    }
    return out;
  }
  const articles = yield* read(lists.articles, 'articles', schemas.article);
  const calls = yield* read(lists.calls, 'calls', schemas.call);
  const notes = yield* read(lists.notes, 'notes', schemas.note);
  yield;

  // 6. Uniqueness and references (on the records that were read correctly).
  checkUnique(errors, articles, 'id', (a) => a.id);
  checkUnique(errors, articles, 'urlKey', (a) => a.urlKey);
  checkUnique(errors, calls, 'id', (x) => x.id);
  checkUnique(errors, calls, 'callKey', (x) => x.callKey);
  checkUnique(errors, notes, 'id', (n) => n.id);
  yield;
  // Ids of every record, also of those with errors elsewhere: one wrong field must not make
  // every reference to its record an error too.
  const idsOf = (raws: unknown[]) => new Set(raws.map((r) => (isObject(r) ? r.id : undefined)).filter((id) => Number.isSafeInteger(id)));
  const articleIds = idsOf(lists.articles);
  const callIds = idsOf(lists.calls);
  yield;
  for (let i = 0; i < calls.length; i++) {
    const { record: call, path } = calls[i]!;
    call.articleIds.forEach((id, k) => articleIds.has(id) || errors.add(MSG.noArticle(`${path}.articleIds[${k}]`, id)));
    call.mentionedIn.forEach((id, k) => articleIds.has(id) || errors.add(MSG.noArticle(`${path}.mentionedIn[${k}]`, id)));
    if (!call.articleIds.length && !call.mentionedIn.length) errors.add(MSG.unlinkedCall(path));
    if (i % (8 * CHECK_STEP) === 8 * CHECK_STEP - 1) yield;
  }
  const noteOf = new Map<number, string>();
  for (const { record: note, path } of notes) {
    if (!callIds.has(note.callId)) errors.add(MSG.noCall(`${path}.callId`, note.callId));
    const first = noteOf.get(note.callId);
    if (first) errors.add(MSG.secondNote(`${path}.callId`, note.callId, first));
    else noteOf.set(note.callId, path);
  }

  if (errors.count) return failure(...errors.all());
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
