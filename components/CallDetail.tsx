import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SavedArticle, SavedCall } from '../lib/store';
import { CallCard } from './CallCard';
import { articlesOf } from './CallList';
import { db, noteOf, sendNote, storeModule } from './data';
import { t } from './i18n';
import { NoteEditor } from './NoteEditor';
import { SearchEarlier } from './SearchEarlier';
import { ErrorState, Loading } from './States';
import { Timeline, type RelatedGroups } from './Timeline';

/** A saved call's full record: the card, the search of its site for earlier calls, the reader's note and the related
 *  calls (collection view). */
export function CallDetail({ callId }: { callId: number }) {
  const [call, setCall] = useState<SavedCall | null | undefined>(undefined);
  const [related, setRelated] = useState<RelatedGroups | null>(null);
  const [articles, setArticles] = useState<Map<number, SavedArticle>>(new Map());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    (async () => {
      try {
        const store = await db();
        const found = (await (await storeModule()).getCall(store, callId)) ?? null;
        setCall(found);
        if (!found) return;
        const groups = await (await storeModule()).relatedCalls(store, found);
        setArticles(await articlesOf(store, [found, ...groups.samePair, ...groups.sameCountries, ...groups.sameLeader]));
        setRelated(groups);
      } catch (e) {
        setError((e as Error).message);
      }
    })();
  }, [callId]);

  const loadNote = useCallback(() => noteOf(callId), [callId]);
  const saveNote = useCallback((text: string) => sendNote(callId, text), [callId]);

  if (error) return <ErrorState title={t('storeError')} detail={error} />;
  if (call === undefined) return <Loading />;
  if (call === null) return <ErrorState title={t('recordMissing')} />;
  const article = articles.get(call.articleIds[0] ?? call.mentionedIn[0] ?? -1) ?? null;
  return (
    <section class="call-detail" aria-label={t('recordTitle')} data-testid="call-detail">
      <CallCard record={call} article={article} />
      <SearchEarlier record={call} articleUrl={article?.canonicalUrl ?? article?.url} />
      <NoteEditor key={callId} load={loadNote} save={saveNote} />
      {related ? <Timeline related={related} articles={articles} /> : <Loading label={t('loadingRelated')} />}
    </section>
  );
}
