/**
 * Export and import of the saved calls. Pure: every function takes the store and returns text or
 * bytes (`ExportFile`), which the UI layer downloads; nothing here touches the DOM or the
 * extension APIs.
 *
 *   const text = await exportJson(db, { now, extensionVersion });         // full backup, re-importable
 *   const blob = await exportJsonBlob(db, { now, extensionVersion });     // the same, built in slices (UI)
 *   const parsed = parseImport(text);                                       // checks, writes nothing
 *   const parsed = await parseImportFile(file);                             // the same, streamed, in slices (UI)
 *   if (parsed.ok) await importJson(db, parsed.data, { onProgress });      // one transaction
 *   const md = await exportMarkdown(db, { calls, now });                   // .md (one call) or .zip
 *   const csv = await exportCsv(db, { calls, now });                       // one row per call
 *   const csl = await exportCsl(db, { calls, now });                       // articles, for Zotero
 */
export {
  exportJson,
  exportJsonBlob,
  inThreadEncoder,
  type BlobEncoder,
  exportEnvelope,
  parseImport,
  parseImportFile,
  importJson,
  importJsonText,
  IMPORT_LIMITS,
  PROGRESS_EVERY,
  JSON_MIME,
  type ExportJsonOptions,
  type ImportData,
  type ImportedCall,
  type ImportLimits,
  type ParseImportResult,
  type ImportCounts,
  type ImportOptions,
  type ImportResult,
} from './json';
export { EXPORT_FORMAT, FILE_SCHEMA_VERSION, collectForExport, type ExportEnvelope, type ExportedCall, type ExportCollection } from './envelope';
export { eventCodesOf, CAMEO_DISCUSS_BY_TELEPHONE, PLOVER_CONSULT, type EventCodes, type EventActor, type ActorRole } from './event-codes';
export {
  callToMarkdown,
  exportMarkdown,
  callSummary,
  callTitle,
  escapeMarkdownInline,
  escapeMarkdownBlock,
  escapeMarkdownLine,
  MARKDOWN_MIME,
  ZIP_MIME,
  type CallMarkdownContext,
  type RelatedCallLink,
  type ExportMarkdownOptions,
} from './markdown';
export { exportCsv, collectionToCsv, CSV_ENCODE_LINES, csvCell, CSV_COLUMNS, CSV_MIME, LIST_SEPARATOR, type ExportCsvOptions } from './csv';
export { exportCsl, articleToCsl, articlesToCslJson, CSL_MIME, type CslItem, type ExportCslOptions } from './csl';
export { exportFileName, vietnamDateOf, noteNameOf, uniqueNames, slugify, type ExportFile, type ExportFileKind } from './names';
