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
import { GENERIC } from './generic';

export const SITE_PROFILES: readonly SiteProfile[] = [VOV, CAFEF, VCCORP_DETAIL, VNEXPRESS];
export { GENERIC };

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
