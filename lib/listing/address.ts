import { isListAddress, profileFor } from '../extract/sites';
import { parseHttpUrl } from '../extract/url';

/**
 * Is this the address of a page that lists articles (a category, tag, topic or search page), not
 * of an article? The site's own article address shape decides where the site has one ("/the-gioi"
 * on vov.vn is a category: vov's articles end in "-post123.vov"); elsewhere the shapes of list
 * addresses every site shares ("/tag/…", "/tim-kiem?…", "?keyword=…").
 */
export function isListPage(url: string | null | undefined): boolean {
  const parsed = parseHttpUrl(url);
  if (!parsed) return false;
  if (isListAddress(url)) return true;
  const shape = profileFor(url).articlePath;
  return !!shape && !shape.test(parsed.pathname);
}

/** Could a link to this address be an article of the site (not another list, a home page, a file)? */
export function isArticleAddress(url: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (isListAddress(url.href)) return false;
  const shape = profileFor(url.href).articlePath;
  if (shape) return shape.test(url.pathname);
  // A site without a known shape: an article's address has a slug or a number past its section.
  return /[-_][^/]*[-_]|\d{5,}/.test(url.pathname);
}
