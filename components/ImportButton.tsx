import { useRef, useState } from 'preact/hooks';
import { db } from './data';
import { t } from './i18n';

/** Import a JSON export: checked before anything is written, then added in one transaction with progress. */
export function ImportButton({ onDone }: { onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<[number, number] | null>(null);
  const [result, setResult] = useState<[calls: string, others: string] | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setResult(null);
    setErrors([]);
    setProgress([0, 1]);
    try {
      const [exporter, store] = await Promise.all([import('../lib/export'), db()]);
      // Read as a stream and checked in slices: the page stays responsive, and files larger than
      // the longest string the engine can hold are read too.
      const parsed = await exporter.parseImportFile(file);
      if (!parsed.ok) {
        setErrors(parsed.errors);
        return;
      }
      const r = await exporter.importJson(store, parsed.data, { onProgress: (done, total) => setProgress([done, total]) });
      // Calls first, counted as the list counts them; the file's articles and notes apart (a call
      // comes with its article: one sum of all three read as twice the calls the list then shows).
      const { calls, articles, notes } = r;
      setResult([t('importResult', calls.added, calls.merged, calls.skipped), t('importResultOther', articles.added, articles.merged, articles.skipped, notes.added, notes.merged, notes.skipped)]);
      onDone();
    } catch (e) {
      setErrors([(e as Error).message]);
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div class="import">
      {/* A button the keyboard reaches, which opens the file picker of an input it never reaches. */}
      <button type="button" class="button button-quiet button-small" data-testid="import-button" onClick={() => input.current?.click()}>
        {t('importJson')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-file"
        onChange={(e) => void pick((e.currentTarget as HTMLInputElement).files?.[0])}
      />
      {progress && (
        <progress max={progress[1]} value={progress[0]} aria-label={t('importing')} data-testid="import-progress">
          {progress[0]}
        </progress>
      )}
      {result && (
        <span class="import-result" role="status" data-testid="import-result">
          {result[0]}
          <span class="muted import-result-other">{result[1]}</span>
        </span>
      )}
      {errors.length > 0 && (
        <div class="notice" role="alert" data-testid="import-errors">
          <strong>{t('importRejected')}</strong>
          <ul>
            {errors.slice(0, 8).map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
