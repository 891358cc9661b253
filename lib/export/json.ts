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
import { SCHEMA_VERSION, type CallStore } from '../store/schema';
import type { SavedCall } from '../store/types';
import { canonicalArticle, canonicalCall, canonicalNote, collectForExport, EXPORT_FORMAT, type ExportEnvelope } from './envelope';
import { eventCodesOf } from './event-codes';
import { importJson, type ImportOptions, type ImportResult } from './import';
import { parseImport, type ImportLimits } from './validate';

export { parseImport, IMPORT_LIMITS, type ImportData, type ImportedCall, type ImportLimits, type ParseImportResult } from './validate';
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
    format: EXPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: options.now.toISOString(),
    extensionVersion: options.extensionVersion,
    articles: articles.map(canonicalArticle),
    calls: calls.map((c) => ({ ...canonicalCall(c), eventCodes: eventCodesOf(c) })),
    notes: notes.map(canonicalNote),
  };
}

/** The JSON export file, as text (UTF-8 when saved; no byte-order mark). */
export async function exportJson(db: CallStore, options: ExportJsonOptions): Promise<string> {
  return `${JSON.stringify(await exportEnvelope(db, options), null, JSON_INDENT)}\n`;
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
