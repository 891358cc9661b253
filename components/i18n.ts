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

/** "vi" or "en": the language the UI speaks. */
export function uiLanguage(): 'vi' | 'en' {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('vi') ? 'vi' : 'en';
  } catch {
    return 'vi';
  }
}

/** A calendar date as readers write it: "3/2/2022", or "18/5" for a date without a year. */
export function formatDate(date: string | null, partial?: string | null): string {
  if (date) {
    const [y, m, d] = date.slice(0, 10).split('-').map(Number);
    return uiLanguage() === 'vi' ? `${d}/${m}/${y}` : new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
  }
  if (partial) {
    const [, m, d] = /^--(\d\d)-(\d\d)$/.exec(partial) ?? [];
    return m && d ? `${+d}/${+m}` : partial;
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
