/**
 * The JSON export: a complete, versioned copy of (part of) the store that `importJson` restores.
 *
 *   const text = await exportJson(db, { now: new Date(), extensionVersion: '0.1.0' });
 *   const parsed = parseImport(text);                       // checks everything, writes nothing
 *   if (parsed.ok) await importJson(otherDb, parsed.data);  // one transaction
 *
 * The envelope is described in envelope.ts, the checks in validate.ts, the import in import.ts
 * and the merge rules in merge.ts.
 */
import type { CallStore } from '../store/schema';
import type { SavedCall } from '../store/types';
import { canonicalArticle, canonicalCall, canonicalNote, collectForExport, EXPORT_FORMAT, EXPORT_TABLES, FILE_SCHEMA_VERSION, forEachExportPage, type ExportedCall, type ExportEnvelope, type ExportPage } from './envelope';
import { eventCodesOf } from './event-codes';
import { importJson, type ImportOptions, type ImportResult } from './import';
import { Slicer } from './slice';
import { parseImport, type ImportLimits } from './validate';

export { parseImport, parseImportFile, IMPORT_LIMITS, type ImportData, type ImportedCall, type ImportLimits, type ParseImportResult } from './validate';
export { importJson, PROGRESS_EVERY, type ImportCounts, type ImportOptions, type ImportResult } from './import';

/** MIME type of the JSON export. */
export const JSON_MIME = 'application/json';
/** Indentation of the JSON export: readable and diffable; the file compresses well anyway. */
const JSON_INDENT = 2;

export interface ExportJsonOptions {
  /** The calls to export (the current search or filter); default: the whole store. */
  calls?: readonly SavedCall[];
  /** Time of the export (the `exportedAt` field). */
  now: Date;
  /** Version of the extension that writes the file (from the manifest). */
  extensionVersion: string;
}

/** Build the envelope of some calls (default: all) with all their articles and notes. */
export async function exportEnvelope(db: CallStore, options: ExportJsonOptions): Promise<ExportEnvelope> {
  const { articles, calls, notes } = await collectForExport(db, options.calls);
  return {
    ...envelopeHeader(options),
    articles: articles.map(canonicalArticle),
    calls: calls.map(exportedCall),
    notes: notes.map(canonicalNote),
  };
}

const exportedCall = (c: SavedCall): ExportedCall => ({ ...canonicalCall(c), eventCodes: eventCodesOf(c) });

function envelopeHeader(options: ExportJsonOptions): Omit<ExportEnvelope, 'articles' | 'calls' | 'notes'> {
  return { format: EXPORT_FORMAT, schemaVersion: FILE_SCHEMA_VERSION, exportedAt: options.now.toISOString(), extensionVersion: options.extensionVersion };
}

/** Records serialised together at first; the batch then grows or shrinks to take about BATCH_MS. */
const FIRST_BATCH = 16;
const BATCH_MS = 8;
/** Text held before it is handed to `emit` (and, for the Blob, encoded as UTF-8). */
const PIECE_CHARS = 256 * 1024;

const CANONICAL: { [K in ExportPage['table']]: (row: Extract<ExportPage, { table: K }>['rows'][number]) => unknown } = {
  articles: canonicalArticle,
  calls: exportedCall,
  notes: canonicalNote,
};

/**
 * A record as it stands in the envelope: at depth 2, indented as `JSON.stringify(envelope, null,
 * 2)` would write it (the six characters of the wrapping `[\n  [\n` … `\n  ]\n]` cut off).
 * One record per call: in Chromium, stringifying records one by one is about three times faster
 * than stringifying an array of them (measured on 10,000 articles: 85–110 ms against 240–320 ms).
 */
const recordJson = (record: unknown) => JSON.stringify([[record]], null, JSON_INDENT).slice(6, -6);

/**
 * The JSON export, written piece by piece: `emit` receives pieces of text whose concatenation is
 * exactly `JSON.stringify(envelope, null, 2) + "\n"`, and the event loop runs between slices of
 * the work (slice.ts). No step serialises more than a batch of records, where one JSON.stringify
 * of a 10,000-call store (80 MB) blocks the page for seconds; the records are read page by page
 * (forEachExportPage) while earlier pages are written.
 *
 * How: each record is written at depth 2 (`recordJson`), separated by `,\n` as JSON.stringify
 * separates array elements; the envelope's frame is written around them.
 */
async function writeJsonExport(db: CallStore, options: ExportJsonOptions, emit: (piece: string) => void): Promise<void> {
  const slicer = new Slicer();
  let pending: string[] = [];
  let pendingChars = 0;
  const push = (text: string) => {
    pending.push(text);
    pendingChars += text.length;
  };
  const flush = () => {
    if (pending.length) emit(pending.join(''));
    pending = [];
    pendingChars = 0;
  };

  let text = '{';
  for (const [key, value] of Object.entries(envelopeHeader(options))) {
    text += `${text === '{' ? '' : ','}\n  ${JSON.stringify(key)}: ${JSON.stringify(value, null, JSON_INDENT).replace(/\n/g, '\n  ')}`;
  }
  push(text);
  // The lists in their order; `open` is the index of the list being written, `empty` whether it has no record yet.
  let open = -1;
  let empty = true;
  const closeList = () => push(empty ? ']' : '\n  ]');
  const openListsUpTo = (index: number) => {
    for (; open < index; ) {
      if (open >= 0) closeList();
      open++;
      empty = true;
      push(`,\n  ${JSON.stringify(EXPORT_TABLES[open])}: [`);
    }
  };

  let batch = FIRST_BATCH;
  await forEachExportPage(db, options.calls, async (page) => {
    openListsUpTo(EXPORT_TABLES.indexOf(page.table));
    const canonical = CANONICAL[page.table] as (row: unknown) => unknown;
    const rows = page.rows as unknown[];
    for (let i = 0; i < rows.length; ) {
      const t0 = Date.now();
      const end = Math.min(rows.length, i + batch);
      for (; i < end; i++) {
        push(empty ? '\n' : ',\n');
        push(recordJson(canonical(rows[i])));
        empty = false;
      }
      // Date.now() has 1 ms steps: coarse, but enough to keep a batch near BATCH_MS.
      const took = Date.now() - t0;
      batch = Math.max(1, Math.min(4 * batch, took > 0 ? Math.floor((batch * BATCH_MS) / took) : 2 * batch));
      if (pendingChars >= PIECE_CHARS || slicer.due) flush();
      await slicer.pause();
    }
  });
  openListsUpTo(EXPORT_TABLES.length - 1);
  closeList();
  push('\n}\n');
  flush();
}

/** The JSON export file, as text (UTF-8 when saved; no byte-order mark). */
export async function exportJson(db: CallStore, options: ExportJsonOptions): Promise<string> {
  const pieces: string[] = [];
  await writeJsonExport(db, options, (piece) => pieces.push(piece));
  return pieces.join('');
}

/**
 * Turns the pieces of text of an export into a Blob (UTF-8). The default encodes in the calling
 * thread; the UI passes one that encodes in a worker (components/export-encoder.ts), which takes
 * a third of the export's work off the page's thread.
 */
export interface BlobEncoder {
  /** The next piece of text, in order. */
  add(piece: string): void;
  /** The Blob of every piece added, with this MIME type. */
  finish(type: string): Promise<Blob>;
}

/** Encodes piece by piece in the calling thread (TextEncoder is faster than a Blob of a string). */
export function inThreadEncoder(): BlobEncoder {
  const parts: Blob[] = [];
  const encoder = new TextEncoder();
  return {
    add: (piece) => void parts.push(new Blob([encoder.encode(piece)])),
    finish: async (type) => new Blob(parts, { type }),
  };
}

/**
 * The JSON export file as a Blob (UTF-8, no byte-order mark), what the UI downloads: the same
 * bytes as `exportJson`, but built slice by slice (each piece is encoded as it is written, by
 * `encoder`), so that neither one huge string nor one long task is needed, however large the store.
 */
export async function exportJsonBlob(db: CallStore, options: ExportJsonOptions & { encoder?: BlobEncoder }): Promise<Blob> {
  const encoder = options.encoder ?? inThreadEncoder();
  await writeJsonExport(db, options, (piece) => encoder.add(piece));
  return encoder.finish(JSON_MIME);
}

/**
 * Check a file's text and, when it is valid, import it: what the UI's "Nhập" button does.
 * A file with any problem writes nothing and returns the messages to show.
 */
export async function importJsonText(
  db: CallStore,
  text: string,
  options: ImportOptions & { limits?: Partial<ImportLimits> } = {},
): Promise<{ ok: true; result: ImportResult } | { ok: false; errors: string[] }> {
  const parsed = parseImport(text, { limits: options.limits });
  if (!parsed.ok) return parsed;
  return { ok: true, result: await importJson(db, parsed.data, options) };
}
