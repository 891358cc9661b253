/**
 * CSL-JSON export (Citation Style Language data, https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html):
 * one `article-newspaper` item per saved article, for Zotero (File → Import…), Zettlr, Pandoc.
 *
 * - `id`: the article's urlKey (stable across devices, unlike the database id);
 * - `issued`: the publication date as the outlet gives it (the date part of publishedAt, in the
 *   outlet's own time zone);
 * - `accessed`: the day the article was first saved, in Vietnam's time zone;
 * - `URL` only for http(s) addresses; `author` as a literal name (Vietnamese names have no
 *   family/given split that CSL could reorder safely).
 */
import { strToU8 } from 'fflate';
import type { CallStore } from '../store/schema';
import type { SavedArticle, SavedCall } from '../store/types';
import { collectForExport } from './envelope';
import { articleUrl, webUrl } from './format';
import { exportFileName, vietnamDateOf, type ExportFile } from './names';

export const CSL_MIME = 'application/vnd.citationstyles.csl+json';
/** Language of the articles: the extension reads Vietnamese news. */
export const ARTICLE_LANGUAGE = 'vi';
const CSL_TYPE = 'article-newspaper';
const JSON_INDENT = 2;

export interface CslDate {
  'date-parts': [[number, number?, number?]];
}

export interface CslItem {
  id: string;
  type: typeof CSL_TYPE;
  title: string;
  'container-title'?: string;
  author?: Array<{ literal: string }>;
  issued?: CslDate;
  URL?: string;
  accessed?: CslDate;
  language: string;
  abstract?: string;
  source?: string;
}

/** [year, month, day] of the date an ISO string starts with ("2022-02-04T08:00:00+07:00" → 2022, 2, 4). */
function datePartsOf(iso: string | null): CslDate | undefined {
  const m = iso?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return undefined;
  const parts: [number, number?, number?] = [Number(m[1])];
  if (m[2]) parts.push(Number(m[2]));
  if (m[3]) parts.push(Number(m[3]));
  return { 'date-parts': [parts] };
}

/** The day of an instant in Vietnam, as CSL date parts. */
function vietnamDatePartsOf(iso: string): CslDate | undefined {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? datePartsOf(vietnamDateOf(new Date(t))) : datePartsOf(iso);
}

/** The CSL item of a saved article. */
export function articleToCsl(a: SavedArticle): CslItem {
  const url = webUrl(articleUrl(a));
  const issued = datePartsOf(a.publishedAt);
  const accessed = vietnamDatePartsOf(a.savedAt);
  return {
    id: a.urlKey,
    type: CSL_TYPE,
    title: a.title,
    ...(a.siteName ? { 'container-title': a.siteName } : {}),
    ...(a.author ? { author: [{ literal: a.author }] } : {}),
    ...(issued ? { issued } : {}),
    ...(url ? { URL: url } : {}),
    ...(accessed ? { accessed } : {}),
    language: ARTICLE_LANGUAGE,
    ...(a.lead.trim() ? { abstract: a.lead.trim() } : {}),
    ...(a.attribution ? { source: a.attribution } : {}),
  };
}

/** Articles in citation order: by publication date, then by id. */
const byPublished = (a: SavedArticle, b: SavedArticle) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.id - b.id;

/** The CSL-JSON text of some articles. */
export function articlesToCslJson(articles: readonly SavedArticle[]): string {
  return `${JSON.stringify([...articles].sort(byPublished).map(articleToCsl), null, JSON_INDENT)}\n`;
}

export interface ExportCslOptions {
  /** The calls whose articles (reporting and mentioning) are exported; default: all articles. */
  calls?: readonly SavedCall[];
  now: Date;
}

/** The CSL-JSON export file ("dien-dam-YYYY-MM-DD.csl.json"). */
export async function exportCsl(db: CallStore, options: ExportCslOptions): Promise<ExportFile> {
  const { articles } = await collectForExport(db, options.calls);
  return { fileName: exportFileName('csl', options.now), data: strToU8(articlesToCslJson(articles)), mime: CSL_MIME };
}
