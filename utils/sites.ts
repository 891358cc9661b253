/**
 * News sites the extension reads. vov.vn and cafef.vn by default (their host permissions are in
 * the manifest); any other site only after the reader switches it on, when its host permission is
 * requested (optional_host_permissions) and a content script is registered for it.
 * The manifest (wxt.config.ts), the background, the content script and the settings read them here.
 */

export const DEFAULT_SITES = ['vov.vn', 'cafef.vn'] as const;

/** Vietnamese news sites offered in the settings (any other host can be typed in). */
export const KNOWN_SITES: readonly string[] = [
  'vietnamplus.vn', 'baoquocte.vn', 'vnexpress.net', 'tuoitre.vn', 'thanhnien.vn', 'dantri.com.vn', 'nld.com.vn',
  'baochinhphu.vn', 'nhandan.vn', 'qdnd.vn', 'vtv.vn', 'vietnamnet.vn', 'znews.vn', 'laodong.vn', 'tienphong.vn',
  'baotintuc.vn', 'vtc.vn', 'plo.vn', 'sggp.org.vn', 'congly.vn', 'baomoi.com', 'kinhtedothi.vn', 'hanoimoi.vn',
];

/** Match patterns of a site and its subdomains, any scheme and port. */
export function sitePatterns(host: string): string[] {
  return [`*://${host}/*`, `*://*.${host}/*`];
}

/** The site part of what a reader typed: "https://www.Vnexpress.net/abc" → "vnexpress.net"; null when it is not a host name. */
export function siteOf(input: string): string | null {
  let host = input.trim().toLowerCase();
  try {
    if (/^[a-z]+:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\/.*$/, '');
  return /^(?=.{3,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/.test(host) ? host : null;
}

/** The site a page belongs to, among the given ones ("english.vov.vn" → "vov.vn"). */
export { siteOfUrl } from '../lib/extract/url';
