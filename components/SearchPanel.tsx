import { useEffect, useState } from 'preact/hooks';
import type { CallKind } from '../lib/summarize/types';
import type { SavedArticle, SavedCall } from '../lib/store';
import { articlesOf, CallList } from './CallList';
import { db, storeModule } from './data';
import { ExportMenu } from './ExportMenu';
import { t } from './i18n';

/** Every match of a search is exported, not just the ones shown. */
export const EXPORT_LIMIT = 1_000_000;
import { Empty, ErrorState, Loading } from './States';

/** Search over the whole collection (diacritic-insensitive), or the calls saved last when the box is empty. */
export function SearchPanel({ limit = 20 }: { limit?: number }) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<CallKind | ''>('');
  const [calls, setCalls] = useState<SavedCall[] | null>(null);
  const [articles, setArticles] = useState<Map<number, SavedArticle>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const found = text.trim() || kind ? await (await storeModule()).searchCalls(await db(), { text: text.trim() || undefined, kind: kind || undefined, limit }) : await (await storeModule()).latestSavedCalls(await db(), limit);
        const arts = await articlesOf(await db(), found);
        if (!live) return;
        setCalls(found);
        setArticles(arts);
        setError(null);
      } catch (e) {
        if (live) setError((e as Error).message);
      }
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, kind, attempt]);

  const searching = !!(text.trim() || kind);
  return (
    <section class="search" aria-label={t('search')}>
      <div class="search-bar">
        <input
          type="search"
          data-testid="search"
          placeholder={t('searchPlaceholder')}
          title={t('searchHint')}
          aria-label={t('search')}
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
        <select aria-label={t('kind')} value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as CallKind | '')}>
          <option value="">{t('kindAll')}</option>
          <option value="phone">{t('kind_phone')}</option>
          <option value="video">{t('kind_video')}</option>
          <option value="planned">{t('kind_planned')}</option>
        </select>
      </div>
      <h2>{searching ? t('searchResults') : t('latestCalls')}</h2>
      <ExportMenu
        label={searching ? t('exportShown') : t('exportAll')}
        calls={async () => (searching ? (await storeModule()).searchCalls(await db(), { text: text.trim() || undefined, kind: kind || undefined, limit: EXPORT_LIMIT }) : undefined)}
      />
      {error ? (
        <ErrorState title={t('storeError')} detail={error} onRetry={() => setAttempt((n) => n + 1)} />
      ) : calls === null ? (
        <Loading />
      ) : calls.length === 0 ? (
        <Empty title={searching ? t('searchNone') : t('collectionEmpty')}>{!searching && <p>{t('collectionEmptyHint')}</p>}</Empty>
      ) : (
        <CallList calls={calls} articles={articles} label={searching ? t('searchResults') : t('latestCalls')} />
      )}
    </section>
  );
}
