/**
 * Site profiles: where a known outlet keeps its title, sapo, body, date and author, and which
 * of its blocks are furniture. Each list of selectors is tried in order; the first that finds
 * an element with text wins (for the body: the candidate with the most text, because some CMSs
 * keep an empty copy of the body for a pop-up). A site without a profile is read by the
 * generic profile and Readability.
 */

export interface SiteProfile {
  id: string;
  /** The outlet's name, when the page does not give og:site_name. */
  name: string;
  /** The names of the other outlets a profile of a shared CMS serves, by host. */
  hostNames?: Readonly<Record<string, string>>;
  /** Host names this profile serves; a profile for "vov.vn" also serves "english.vov.vn". */
  hosts: readonly string[];
  title?: readonly string[];
  lead?: readonly string[];
  body?: readonly string[];
  date?: readonly string[];
  author?: readonly string[];
  /** The outlet a republished article comes from, when the site shows it apart ("Tiền Phong" under "Theo Quỳnh Như"). */
  source?: readonly string[];
  /** Blocks inside or around the body that are never the article. */
  remove?: readonly string[];
  /** Address shape of an article on this site; an address that does not match is a section/list page. */
  articlePath?: RegExp;
}

import { VOV } from './vov';
import { CAFEF } from './cafef';
import { VCCORP_DETAIL } from './vccorp-detail';
import { VNEXPRESS } from './vnexpress';
import { DANTRI } from './dantri';
import { VIETNAMNET } from './vietnamnet';
import { ZNEWS } from './znews';
import { LAODONG } from './laodong';
import { BAOQUOCTE } from './baoquocte';
import { VTC } from './vtc';
import { QDND } from './qdnd';
import { VTV } from './vtv';
import { SOHA } from './soha';
import { KENH14 } from './kenh14';
import { CMS_BODY } from './cms-body';
import { GENERIC } from './generic';
import { parseHttpUrl } from '../url';

export const SITE_PROFILES: readonly SiteProfile[] = [
  VOV, CAFEF, VCCORP_DETAIL, VNEXPRESS, DANTRI, VIETNAMNET, ZNEWS, CMS_BODY, LAODONG, BAOQUOCTE, VTC, QDND, VTV, SOHA, KENH14,
];
export { GENERIC };
export { LEAD_NAME_WORDS, TRAILING_BOX_WORDS } from './generic';

/**
 * Addresses of pages that list articles on any site: the home page, tag, topic, search, author
 * and category pages ("/tag/dien-dam", "/chu-de/ukraine.htm", "/tieu-diem/apec.html", "/tim-kiem?q=…"). A path with an
 * article's number in it ("/su-kien/abc-123456.html") is not one of them.
 */
export const LIST_PAGE_PATHS: readonly RegExp[] = [
  /^\/(?:index|home|trang-chu)?(?:\.\w+)?\/?$/i,
  /^\/(?:tag|tags|tu-khoa|chu-de|tieu-diem|topic|topics|tim-kiem|search|tac-gia|author|authors|category|categories|chuyen-muc|danh-muc|archive|archives)(?:[/.][^/]*)?\/?$/i,
];
/** Search addresses: "?q=", "?keyword=", "?s=". */
export const LIST_PAGE_QUERY = /[?&](?:q|s|query|keyword|keywords|tu-khoa)=/i;
/** Tag and keyword pages whose address carries the tag's own number: "/…-tag63768.html", "/…-ptag.html",
 *  "/tu-khoa/…-tag12206". */
export const TAG_PAGE_PATHS: readonly RegExp[] = [/-p?tag\d*(?:\.\w+)?\/?$/i];
/** A later page of a list: "/tag/iran/page-3", "/nam-chu-tich-asean-2020/trang-2.html", "/my-can-trung-quoc/trang-1.html". */
const PAGINATION = /\/(?:trang|page)[-_]?\d{1,4}(?:\.\w+)?\/?$/i;
/** …under a section or tag name of a few words: an article's long slug before it is that article's next page, a forum's
 *  thread its next posts. */
const SECTION_NAME_WORDS = 5;
function paginatedList(path: string): boolean {
  const page = PAGINATION.exec(path);
  if (!page || /\/threads?\//i.test(path)) return false;
  return (path.slice(0, page.index).split('/').pop() ?? '').split('-').length <= SECTION_NAME_WORDS;
}
/** An article's number in the query. */
const ARTICLE_QUERY = /[?&](?:p|id|newsid|articleid|article_id)=\d+(?:&|$)/i;
/** A number this long in a path is an article's id. */
const ARTICLE_ID = /\d{5,}/;

export function isListAddress(url: string | null | undefined): boolean {
  const parsed = parseHttpUrl(url);
  if (!parsed) return false;
  // A WordPress or CMS article by its number on the root path ("/?p=26363", "index.php?…&id=6180").
  if (ARTICLE_QUERY.test(parsed.search)) return false;
  if (TAG_PAGE_PATHS.some((re) => re.test(parsed.pathname)) || paginatedList(parsed.pathname)) return true;
  if (ARTICLE_ID.test(parsed.pathname)) return false;
  return LIST_PAGE_QUERY.test(parsed.search) || LIST_PAGE_PATHS.some((re) => re.test(parsed.pathname));
}

/** The outlet's name for a page of `profile` at `url`: its host's own name on a shared CMS. */
export function outletName(profile: SiteProfile, url: string | null | undefined): string {
  let host = '';
  try {
    host = url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    host = '';
  }
  for (const [h, name] of Object.entries(profile.hostNames ?? {})) if (host === h || host.endsWith(`.${h}`)) return name;
  return profile.name;
}

/** The profile for a page address (by host name), or the generic profile. */
export function profileFor(url: string | null | undefined): SiteProfile {
  let host = '';
  try {
    host = url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    host = '';
  }
  for (const p of SITE_PROFILES) {
    if (p.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return p;
  }
  return GENERIC;
}
