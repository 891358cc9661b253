import { browser } from 'wxt/browser';
import { TITLES } from '../lib/gazetteer/data/titles';
import { TOPICS } from '../lib/summarize/data/topics';
import { matchKey } from '../lib/text';

/**
 * UI strings from _locales (Vietnamese, or English when the browser's language is not
 * Vietnamese). Text that comes from pages is never passed through here.
 */
export function t(key: string, ...substitutions: Array<string | number>): string {
  let message = '';
  try {
    message = (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, substitutions.map(String));
  } catch {
    message = '';
  }
  return message || key;
}

/** Built once per page (its UI language does not change): one per call cost ≈ 6 ms of the collection's first render. */
let plurals: Intl.PluralRules | null = null;
/**
 * A message that names a count, in the plural form the UI's language gives it (Intl.PluralRules):
 * `key_one`, `key_other`… in _locales ("1 related call", "2 related calls"; Vietnamese has one form).
 * The substitutions are the count unless given.
 */
export function tCount(key: string, count: number, substitutions: Array<string | number> = [count]): string {
  plurals ??= new Intl.PluralRules(uiLocale());
  const form = plurals.select(count);
  const message = t(`${key}_${form}`, ...substitutions);
  return message === `${key}_${form}` ? t(`${key}_other`, ...substitutions) : message;
}

/** The UI's locale as the browser gives it ("vi", "en-US", "en-GB"). */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'vi';
  } catch {
    return 'vi';
  }
}

/** "vi" or "en": the language the UI speaks. */
export function uiLanguage(): 'vi' | 'en' {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('vi') ? 'vi' : 'en';
  } catch {
    return 'vi';
  }
}

/**
 * A calendar date as readers write it: "3/2/2022", or "18/5" for a date without a year; in
 * English as the browser's English writes it ("Feb 3, 2022" in en-US, "3 Feb 2022" in en-GB).
 */
export function formatDate(date: string | null, partial?: string | null): string {
  const english = (y: number, m: number, d: number, withYear: boolean) =>
    new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(uiLocale().startsWith('en') ? uiLocale() : 'en', { timeZone: 'UTC', day: 'numeric', month: 'short', ...(withYear && { year: 'numeric' }) });
  if (date) {
    const [y, m, d] = date.slice(0, 10).split('-').map(Number);
    return uiLanguage() === 'vi' ? `${d}/${m}/${y}` : english(y!, m!, d!, true);
  }
  if (partial) {
    const [, m, d] = /^--(\d\d)-(\d\d)$/.exec(partial) ?? [];
    if (!m || !d) return partial;
    // 2000: a leap year, so that 29 February is a day too.
    return uiLanguage() === 'vi' ? `${+d}/${+m}` : english(2000, +m, +d, false);
  }
  return '';
}

/** Only web addresses become links: anything else ("javascript:…") is shown as text. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}


const topicEnglish = new Map(TOPICS.map((t) => [t.label, t.en]));
const titleEnglish = new Map(TITLES.flatMap((t) => [t.name, ...(t.forms ?? [])].map((f) => [matchKey(f), t.en] as const)));

/** A topic label of the topic table, in the UI's language. */
export function topicLabel(label: string): string {
  return uiLanguage() === 'en' ? topicEnglish.get(label) ?? label : label;
}

/** A title as the article writes it ("Tổng thống"), in the UI's language ("President"). */
export function titleLabel(title: string): string {
  return uiLanguage() === 'en' ? titleEnglish.get(matchKey(title)) ?? title : title;
}
