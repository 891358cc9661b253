/**
 * Article addresses without what does not identify the article: tracking parameters
 * (utm_*, fbclid, gclid, zarsrc, …), the #fragment, default ports, a trailing "?".
 * The same article reached from Facebook, Zalo or a newsletter has one address.
 */

const TRACKING_PARAMS = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|zarsrc|zalo_[a-z_]+|igshid|_hsenc|_hsmi|ref|ref_src|src|cmpid|ito|itm_[a-z_]+|yclid|oly_[a-z_]+|vero_[a-z_]+|rtm_[a-z_]+|s_cid|ncid|share|mibextid|sharing)$/i;

export function canonicalizeUrl(raw: string | null | undefined, base?: string | null): string | null {
  if (!raw) return null;
  let u: URL;
  try {
    u = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(u.protocol)) return u.protocol === 'file:' ? u.href.split('#')[0]! : null;
  u.hash = '';
  // forEach, not keys(): in a Firefox content script URL is the page's (an Xray) and the iterator
  // keys() returns cannot be iterated there ("is not iterable").
  const keys: string[] = [];
  u.searchParams.forEach((_, key) => keys.push(key));
  for (const key of keys) if (TRACKING_PARAMS.test(key)) u.searchParams.delete(key);
  u.searchParams.sort();
  u.hostname = u.hostname.toLowerCase();
  let href = u.href;
  if (href.endsWith('?')) href = href.slice(0, -1);
  return href;
}

/** An http(s) address parsed, or null for anything else (a bad string, "about:", "file:", "chrome:"). */
export function parseHttpUrl(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** A host name without its "www." (the same site either way). */
export const bareHost = (hostname: string): string => hostname.toLowerCase().replace(/^www\./, '');

/** The host of an address without its "www.", or null for a string that is no address. */
export function siteHostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return bareHost(new URL(url).hostname);
  } catch {
    return null;
  }
}

/** The site, among `sites`, a page's address belongs to: its host or a subdomain of it ("english.vov.vn" → "vov.vn"). */
export function siteOfUrl(url: string, sites: readonly string[]): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return sites.find((s) => host === s || host.endsWith(`.${s}`)) ?? null;
}

/** The headline's words in an article's address: its longest path segment of words, without its id and extension
 *  ("…/ngoai-truong-hai-nuoc-dien-dam-ve-hop-tac-bien-20250312.htm" → "ngoai truong hai nuoc dien dam ve hop tac bien"); '' when
 *  no segment has four words. */
export function addressWords(url: string | null): string {
  if (!url) return '';
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  const words = path
    .split('/')
    .map((seg) => seg.replace(/\.[a-z]+$/i, '').toLowerCase().split('-').filter((w) => /^[a-z]+$/.test(w)))
    .sort((x, y) => y.length - x.length)[0];
  return words && words.length >= 4 ? words.join(' ') : '';
}
