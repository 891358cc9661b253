import { useId, useState } from 'preact/hooks';
import { t } from './i18n';

/**
 * The sentences the fields of a record came from. Each field has a mark (ⓘ, a toggle button) in
 * its line, and its sentence opens in a quote of its own below the field, across the whole record:
 * never inside the line, where it squeezed the header and moved the mark. Always plain text.
 */
export function useEvidence() {
  const base = useId();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (field: string) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(field)) next.add(field);
      return next;
    });
  const id = (field: string) => `${base}-evidence-${field}`;
  return {
    /** The ⓘ of a field: shows or hides its sentence (also shown on hover). Nothing without a sentence. */
    mark(field: string, sentence: string | null | undefined) {
      if (!sentence) return null;
      return (
        <button
          type="button"
          class="evidence"
          aria-expanded={open.has(field)}
          aria-controls={id(field)}
          aria-label={t('showSource')}
          title={sentence}
          data-field={field}
          onClick={() => toggle(field)}
        >
          <span class="evidence-mark" aria-hidden="true">
            i
          </span>
        </button>
      );
    },
    /** The field's sentence, when its mark is pressed: placed below the field by the record. */
    quote(field: string, sentence: string | null | undefined) {
      if (!sentence || !open.has(field)) return null;
      return (
        <blockquote class="evidence-quote" id={id(field)} data-field={field}>
          {sentence}
        </blockquote>
      );
    },
  };
}
