import { placeName } from '../lib/gazetteer/places';
import { uiLanguage } from './i18n';

/** A country (or body) as a code chip with its name: "RU Nga". */
export function Country({ code, withName = true }: { code: string | null; withName?: boolean }) {
  if (!code) return null;
  const name = placeName(code, uiLanguage());
  return (
    <span class="country" title={name}>
      <span class={`country-code cc-${code.length === 2 ? code.toLowerCase() : 'body'}`}>{code}</span>
      {withName && <span class="country-name">{name}</span>}
    </span>
  );
}
