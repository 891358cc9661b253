/**
 * CSL-JSON export (Citation Style Language data, https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html):
 * one `article-newspaper` item per saved article, for Zotero (File → Import…), Zettlr, Pandoc.
 *
 * - `id`: the article's urlKey (stable across devices, unlike the database id);
 * - `issued`: the publication date as the outlet gives it (the date part of publishedAt, in the
 *   outlet's own time zone);
 * - `accessed`: the day the article was first saved, in Vietnam's time zone;
 * - `URL` only for http(s) addresses; `author`: the people of the byline, each as a literal name
 *   (Vietnamese names have no family/given split that CSL could reorder safely): "Theo Bảo Ngọc"
 *   is Bảo Ngọc, "Hồng Vân/VOV.VN (Theo Reuters)" is Hồng Vân (of VOV.VN);
 * - `container-title`: the outlet (the site's name, else the one the byline names);
 * - the credit line ("TTXVN") goes to `note` (Zotero's Extra), not `source`, which Zotero files
 *   as the library catalogue.
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
  note?: string;
}

/** Words that introduce a byline rather than name someone ("Theo Bảo Ngọc", "Bài: …"). */
const BYLINE_LEAD = /^(?:theo|bài(?:\s+và\s+ảnh)?|tin|nguồn)\s*:?\s+/iu;
/** Between two people of a byline: "A, B", "A - B", "A và B", "A & B". */
const BYLINE_SEPARATOR = /\s*(?:[,;&]|\s-\s|\s–\s|\svà\s)\s*/u;
/** An outlet or a web address rather than a person ("VOV.VN", "vnexpress.net"). */
const LOOKS_LIKE_OUTLET = /^\S+\.\S+$/;

/**
 * The people a byline names, and the outlet it gives after a "/": "Hồng Vân/VOV.VN (Theo Reuters)"
 * → Hồng Vân and VOV.VN; "Theo Bảo Ngọc" → Bảo Ngọc; "VOV.VN" → no one. Whatever is in
 * brackets is where the story came from, not who wrote it.
 */
export function bylineAuthors(byline: string | null, siteName: string | null = null): { authors: string[]; outlet: string | null } {
  const text = (byline ?? '').replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const [names = '', ...rest] = text.split('/').map((s) => s.trim());
  const outlet = rest.find(Boolean) ?? null;
  const site = siteName?.toLowerCase();
  const authors = names
    .replace(BYLINE_LEAD, '')
    .split(BYLINE_SEPARATOR)
    .map((n) => n.replace(BYLINE_LEAD, '').trim())
    .filter((n) => n && n.toLowerCase() !== site && n.toLowerCase() !== outlet?.toLowerCase() && !LOOKS_LIKE_OUTLET.test(n));
  return { authors: [...new Set(authors)], outlet };
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
  const { authors, outlet } = bylineAuthors(a.author, a.siteName);
  const container = a.siteName ?? outlet;
  return {
    id: a.urlKey,
    type: CSL_TYPE,
    title: a.title,
    ...(container ? { 'container-title': container } : {}),
    ...(authors.length ? { author: authors.map((literal) => ({ literal })) } : {}),
    ...(issued ? { issued } : {}),
    ...(url ? { URL: url } : {}),
    ...(accessed ? { accessed } : {}),
    language: ARTICLE_LANGUAGE,
    ...(a.lead.trim() ? { abstract: a.lead.trim() } : {}),
    ...(a.attribution && a.attribution.toLowerCase() !== container?.toLowerCase() ? { note: a.attribution } : {}),
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
