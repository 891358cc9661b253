import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from './i18n';

/** The reader's own note on a call, saved as they type (and when the field loses focus). */
export function NoteEditor({ load, save }: { load: () => Promise<string>; save: (text: string) => Promise<void> }) {
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef('');

  useEffect(() => {
    load().then(
      (v) => {
        latest.current = v;
        setText(v);
      },
      () => setStatus('error'),
    );
  }, [load]);

  const flush = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setStatus('saving');
    try {
      await save(latest.current);
      setStatus('saved');
    } catch {
      setStatus('error');
    }
  };

  const onInput = (value: string) => {
    latest.current = value;
    setText(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), 400);
  };

  return (
    <section class="note">
      <label for="note-text">{t('yourNote')}</label>
      <textarea
        id="note-text"
        data-testid="note"
        rows={3}
        maxLength={20000}
        placeholder={t('notePlaceholder')}
        value={text ?? ''}
        disabled={text === null}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
        onBlur={() => timer.current && void flush()}
      />
      <span class={`note-status note-${status}`} role="status" data-testid="note-status">
        {status === 'saving' ? t('noteSaving') : status === 'saved' ? t('noteSaved') : status === 'error' ? t('noteError') : ''}
      </span>
    </section>
  );
}
