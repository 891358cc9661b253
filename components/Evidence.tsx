import { t } from './i18n';

/** The sentence a field came from: shown on hover (title) and when expanded. Always plain text. */
export function Evidence({ sentence }: { sentence: string | null | undefined }) {
  if (!sentence) return null;
  return (
    <details class="evidence">
      <summary title={sentence} aria-label={t('showSource')}>
        <span class="evidence-mark" aria-hidden="true">i</span>
      </summary>
      <blockquote>{sentence}</blockquote>
    </details>
  );
}
