/**
 * CSV export: one row per call, for spreadsheets and statistics tools.
 *
 * - UTF-8 with a byte-order mark (so that Excel reads Vietnamese correctly), RFC 4180: fields
 *   separated by commas, lines ended by CRLF, a field containing a comma, a quote, CR or LF is
 *   quoted and its quotes doubled.
 * - Formula injection is neutralised: a cell starting with "=", "+", "-", "@", a tab or a CR
 *   gets a leading apostrophe, so "=HYPERLINK(…)" is shown as text and never evaluated
 *   (OWASP's advice). Partial dates ("--02-03") therefore read "'--02-03".
 * - Several values in one cell are separated by LIST_SEPARATOR ("; "). The participants,
 *   titles and countries columns are aligned: their i-th values describe the same person
 *   (an unknown value is empty). Source URLs, sites and publication dates are aligned likewise,
 *   one per reporting article.
 * - Rows are in date order (oldest first; partial and unknown dates first), then by id.
 */
import { strToU8 } from 'fflate';
import type { CallStore } from '../store/schema';
import type { CallNote, SavedArticle, SavedCall } from '../store/types';
import { collectForExport, type ExportCollection } from './envelope';
import { CAMEO_DISCUSS_BY_TELEPHONE, PLOVER_CONSULT } from './event-codes';
import { articleUrl, articlesOfCall, byOldest, eventDateValue, initiatorIndex, participantName } from './format';
import { exportFileName, type ExportFile } from './names';
import { Slicer } from './slice';

export const CSV_MIME = 'text/csv;charset=utf-8';
export const BYTE_ORDER_MARK = '\uFEFF';
export const CSV_LINE_END = '\r\n';
/** Between the values of a multi-valued cell. */
export const LIST_SEPARATOR = '; ';
/** Cells starting with one of these could be run as a formula by a spreadsheet. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Cells containing one of these must be quoted (RFC 4180). */
const NEEDS_QUOTES = /[",\r\n]/;

type Cell = string | number | null;

/** One column: its header and how a call's cell is computed. */
interface Column {
  header: string;
  value: (row: CallRow) => Cell;
}

/** What the cells need of an article: not its text, most of the bytes of the collection. */
type CsvArticle = Pick<SavedArticle, 'id' | 'title' | 'url' | 'canonicalUrl' | 'siteName' | 'publishedAt' | 'attribution'>;
const csvArticle = ({ id, title, url, canonicalUrl, siteName, publishedAt, attribution }: SavedArticle): CsvArticle => ({ id, title, url, canonicalUrl, siteName, publishedAt, attribution });

/** A call with what its cells need. */
interface CallRow {
  call: SavedCall;
  reporting: CsvArticle[];
  note: CallNote | null;
}

/** What the CSV is made of: the calls, their notes, and what the cells need of the articles. */
type CsvSource = ExportCollection<CsvArticle>;

const list = (values: readonly (string | null | undefined)[]) => values.map((v) => v ?? '').join(LIST_SEPARATOR);

/** The columns, in order. */
export const CSV_COLUMNS: readonly Column[] = [
  { header: 'id', value: (r) => r.call.id },
  { header: 'call_key', value: (r) => r.call.callKey },
  { header: 'mentioned', value: (r) => r.call.mentioned },
  { header: 'event_date', value: (r) => eventDateValue(r.call) },
  { header: 'event_date_expression', value: (r) => r.call.eventDateExpression },
  { header: 'kind', value: (r) => r.call.kind },
  { header: 'participants', value: (r) => list(r.call.participants.map(participantName)) },
  { header: 'titles', value: (r) => list(r.call.participants.map((p) => p.title)) },
  { header: 'countries', value: (r) => list(r.call.participants.map((p) => p.country)) },
  { header: 'initiator', value: (r) => r.call.initiator },
  { header: 'initiator_country', value: (r) => r.call.participants[initiatorIndex(r.call)]?.country ?? null },
  { header: 'ordinal', value: (r) => r.call.ordinal },
  { header: 'topics', value: (r) => list(r.call.topics) },
  { header: 'agreements', value: (r) => list(r.call.agreements) },
  { header: 'earlier_calls', value: (r) => list(r.call.earlierCalls.map((e) => e.date ?? e.datePartial ?? e.expression)) },
  { header: 'source_titles', value: (r) => list(r.reporting.map((a) => a.title)) },
  { header: 'source_urls', value: (r) => list(r.reporting.map(articleUrl)) },
  { header: 'sites', value: (r) => list(r.reporting.map((a) => a.siteName)) },
  { header: 'published', value: (r) => list(r.reporting.map((a) => a.publishedAt)) },
  { header: 'attribution', value: (r) => r.call.attribution ?? list([...new Set(r.reporting.map((a) => a.attribution).filter(Boolean))]) },
  { header: 'note', value: (r) => r.note?.text ?? null },
  { header: 'cameo', value: () => CAMEO_DISCUSS_BY_TELEPHONE },
  { header: 'plover', value: () => PLOVER_CONSULT },
  { header: 'plover_mode', value: (r) => r.call.kind },
];

/** A cell as CSV text: neutralised against formulas, then quoted when needed. */
export function csvCell(value: Cell): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The lines of the CSV file (header first), without line ends. */
function* csvLines({ articles, calls, notes }: CsvSource): Generator<string> {
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  const noteOf = new Map(notes.map((n) => [n.callId, n]));
  yield CSV_COLUMNS.map((c) => csvCell(c.header)).join(',');
  for (const call of [...calls].sort(byOldest)) {
    const row: CallRow = { call, reporting: articlesOfCall(call, articlesById).reporting, note: noteOf.get(call.id) ?? null };
    yield CSV_COLUMNS.map((c) => csvCell(c.value(row))).join(',');
  }
}

/** The CSV text of a collection (with the byte-order mark, CRLF line ends, ending with CRLF). */
export function collectionToCsv(collection: ExportCollection): string {
  return BYTE_ORDER_MARK + [...csvLines(collection)].join(CSV_LINE_END) + CSV_LINE_END;
}

/**
 * Lines encoded to UTF-8 together. The file is encoded a piece at a time, as its lines are
 * written: encoding a 10,000-call CSV (5 MB) at the end took one task of 40–50 ms (a profile of
 * the export, issue 6), a piece of 200 lines well under a millisecond.
 */
export const CSV_ENCODE_LINES = 200;

/** The bytes of collectionToCsv's text (UTF-8), written in slices with the event loop running between them (slice.ts). */
async function csvSliced(source: CsvSource): Promise<Uint8Array> {
  const slicer = new Slicer();
  const pieces: Uint8Array[] = [strToU8(BYTE_ORDER_MARK)];
  let lines: string[] = [];
  // Each piece ends with a line end, so the pieces join as the lines of the whole text do.
  const encodeLines = () => {
    if (lines.length) pieces.push(strToU8(lines.join(CSV_LINE_END) + CSV_LINE_END));
    lines = [];
  };
  for (const line of csvLines(source)) {
    lines.push(line);
    if (lines.length === CSV_ENCODE_LINES) encodeLines();
    await slicer.pause();
  }
  encodeLines();
  const bytes = new Uint8Array(pieces.reduce((n, piece) => n + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return bytes;
}

export interface ExportCsvOptions {
  /** The calls to export; default: all. */
  calls?: readonly SavedCall[];
  /** Time of the export (file name). */
  now: Date;
}

/** The CSV export file ("dien-dam-YYYY-MM-DD.csv"), UTF-8 with a byte-order mark. */
export async function exportCsv(db: CallStore, options: ExportCsvOptions): Promise<ExportFile> {
  const data = await csvSliced(await collectForExport(db, options.calls, csvArticle));
  return { fileName: exportFileName('csv', options.now), data, mime: CSV_MIME };
}
