import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SavedCall } from '../lib/store';
import { db } from './data';
import { download } from './download';
import { workerEncoder } from './export-encoder';
import { t, uiLanguage } from './i18n';

type Format = 'json' | 'markdown' | 'csv' | 'csl';

/**
 * Export buttons: everything, or the calls the reader is looking at (search results, filters).
 * `calls` returns the calls to export, or undefined for the whole collection.
 */
export function ExportMenu({ calls, label }: { calls: () => Promise<SavedCall[] | undefined>; label: string }) {
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (format: Format) => {
    setBusy(format);
    setError(null);
    try {
      const [store, exporter, subset] = await Promise.all([db(), import('../lib/export'), calls()]);
      const now = new Date();
      if (format === 'json') {
        // Built in slices (the page stays responsive while tens of megabytes are written).
        const encoder = workerEncoder(exporter.inThreadEncoder);
        const blob = await exporter.exportJsonBlob(store, { calls: subset, now, extensionVersion: browser.runtime.getManifest().version, encoder });
        download(exporter.exportFileName('json', now), blob, exporter.JSON_MIME);
      } else {
        const file = format === 'markdown' ? await exporter.exportMarkdown(store, { calls: subset, now, language: uiLanguage() }) : format === 'csv' ? await exporter.exportCsv(store, { calls: subset, now }) : await exporter.exportCsl(store, { calls: subset, now });
        download(file.fileName, file.data, file.mime);
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="export" role="group" aria-label={label}>
      <span class="export-label">{label}</span>
      {/* The buttons keep to one line: when they do not fit beside the label, they go under it together. */}
      <span class="export-buttons">
        {(['json', 'markdown', 'csv', 'csl'] as const).map((f) => (
          <button type="button" class="button button-quiet button-small" key={f} disabled={busy !== null} onClick={() => void run(f)} data-testid={`export-${f}`}>
            {busy === f ? t('exporting') : t(`export_${f}`)}
          </button>
        ))}
      </span>
      {error && (
        <span class="notice" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
