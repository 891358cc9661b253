import type { CallRecord } from '../summarize/types';
import { siteOfUrl } from '../extract/url';

/**
 * The site's own search for earlier calls between the same people: their names with "điện đàm".
 * The search page it opens is a list page like any other, where the checklist of calls takes over.
 */

/** Search addresses of the sites whose search we know; `{q}` is the encoded query. */
const SEARCH_PAGES: Readonly<Record<string, string>> = {
  'vov.vn': 'https://vov.vn/search?keyword={q}',
  'cafef.vn': 'https://cafef.vn/tim-kiem.chn?keywords={q}',
  'vietnamplus.vn': 'https://www.vietnamplus.vn/search/?q={q}',
  'baoquocte.vn': 'https://baoquocte.vn/search?q={q}',
  'vnexpress.net': 'https://timkiem.vnexpress.net/?q={q}',
  'tuoitre.vn': 'https://tuoitre.vn/tim-kiem.htm?keywords={q}',
};

/** The words searched for: the participants' names and "điện đàm" (a country's code would find nothing). */
export function searchQueryOf(record: Pick<CallRecord, 'participants'>): string {
  const names = record.participants.map((p) => p.name ?? '').filter(Boolean);
  return [...new Set(names)].slice(0, 3).concat('điện đàm').join(' ');
}


/**
 * The address of the search for earlier calls of `record` on the site of `articleUrl`; null when
 * the call has no named side or the site's search is unknown.
 */
export function searchUrlFor(record: Pick<CallRecord, 'participants'>, articleUrl: string | null | undefined): string | null {
  if (!articleUrl || !record.participants.some((p) => p.name)) return null;
  const site = siteOfUrl(articleUrl, Object.keys(SEARCH_PAGES));
  if (!site) return null;
  return SEARCH_PAGES[site]!.replace('{q}', encodeURIComponent(searchQueryOf(record)));
}
