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
