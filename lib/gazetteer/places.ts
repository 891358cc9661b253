import { BODIES } from './data/bodies';
import { COUNTRIES } from './data/countries';
import type { BodyEntry, CountryCode, CountryEntry } from './types';

/**
 * Countries and bodies by code: names for display. Kept apart from the entity look-up (which
 * needs the whole leader table) so that the extension's pages load only these small tables.
 */

const countriesByCode = new Map<CountryCode, CountryEntry>(COUNTRIES.map((c) => [c.code, c]));
const bodiesByCode = new Map<CountryCode, BodyEntry>(BODIES.map((b) => [b.code, b]));

export const countryByCode = (code: CountryCode) => countriesByCode.get(code) ?? null;
export const bodyByCode = (code: CountryCode) => bodiesByCode.get(code) ?? null;

/** Vietnamese (or English) display name of a country or body code. */
export function placeName(code: CountryCode, lang: 'vi' | 'en' = 'vi'): string {
  const e = countriesByCode.get(code) ?? bodiesByCode.get(code);
  if (!e) return code;
  return lang === 'en' ? e.en : e.name;
}

/** Regional-indicator flag emoji for a two-letter country code ("RU" → 🇷🇺); '' for bodies. */
export function flagEmoji(code: CountryCode): string {
  if (!/^[A-Z]{2}$/.test(code) || !countriesByCode.has(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
