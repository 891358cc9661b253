export type { Article } from './types';
export { extractArticle, type ExtractOptions, MAX_TEXT_CHARS } from './extract-article';
export { PAGE_TOO_LARGE, PAGE_TOO_DEEP, PAGE_UNREADABLE } from './reasons';
export { articleFromText, type TextArticleOptions } from './text-article';
export { canonicalizeUrl } from './url';
export { profileFor, SITE_PROFILES, type SiteProfile } from './sites';
export { parseDisplayDate, parseMachineDate, dateFromUrl, localDate } from './published';
export { isBoilerplateLabel } from './boilerplate';
