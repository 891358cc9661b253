import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_NOTE_CHARS } from '../lib/messages';
import { t } from './i18n';

/**
 * The reader's own note on a call. Every change is handed to `save` as it is typed (which must
 * send it on before returning: a popup closed right after a key may not run anything more), so
 * nothing typed is lost; the status says when the latest change is written.
 */
export function NoteEditor({ load, save }: { load: () => Promise<string>; save: (text: string) => Promise<void> }) {
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  /** The number of the latest change: only its outcome is shown. */
  const latest = useRef(0);

  useEffect(() => {
    load().then(setText, () => setStatus('error'));
  }, [load]);

  const onInput = (value: string) => {
    setText(value);
    const change = ++latest.current;
    setStatus('saving');
    save(value).then(
      () => change === latest.current && setStatus('saved'),
      () => change === latest.current && setStatus('error'),
    );
  };

  return (
    <section class="note">
      <label for="note-text">{t('yourNote')}</label>
      <textarea
        id="note-text"
        data-testid="note"
        rows={3}
        maxLength={MAX_NOTE_CHARS}
        placeholder={t('notePlaceholder')}
        value={text ?? ''}
        disabled={text === null}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <span class={`note-status note-${status}`} role="status" data-testid="note-status">
        {status === 'saving' ? t('noteSaving') : status === 'saved' ? t('noteSaved') : status === 'error' ? t('noteError') : ''}
      </span>
    </section>
  );
}
