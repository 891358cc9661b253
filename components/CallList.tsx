import type { SavedArticle, SavedCall, TimelineArticle, TimelineCall } from '../lib/store';
import { KIND_ICON, kindLabel, participantsLine } from './CallCard';
import { formatDate, safeHref, t } from './i18n';
import { RecordLink } from './RecordLink';

/** The call's date; when its articles do not give one, the day it was reported (which orders it). */
function RowDate({ call }: { call: TimelineCall }) {
  const day = formatDate(call.eventDate, call.eventDatePartial);
  if (day) return <span class="row-date">{day}</span>;
  const reported = /^\d{4}-\d{2}-\d{2}/.test(call.sortDate ?? '') ? formatDate(call.sortDate) : '';
  return (
    <span class="row-date" title={reported ? t('dateFromArticle') : undefined}>
      {reported ? t('reportedOn', reported) : t('dateUnknown')}
    </span>
  );
}

/** An article as a row names it: its headline (a link to it), then its outlet and day. */
function ArticleLine({ article, testId }: { article: TimelineArticle; testId: string }) {
  const day = article.publishedAt ? formatDate(article.publishedAt.slice(0, 10)) : '';
  const where = [article.siteName, day].filter(Boolean).join(' · ');
  return (
    <>
      <a href={safeHref(article.url)} target="_blank" rel="noreferrer noopener" data-testid={testId}>
        {article.title || article.siteName || article.url}
      </a>
      {where && <span class="muted"> · {where}</span>}
    </>
  );
}

/** One saved (or mentioned) call: date, kind, who (a link to its record), and its articles by headline. */
export function CallRow({
  call,
  articles,
  selectable,
  selected,
  onToggle,
}: {
  call: TimelineCall;
  articles: Map<number, TimelineArticle>;
  selectable?: boolean;
  selected?: boolean;
  onToggle?: (id: number) => void;
}) {
  const reported = call.articleIds.map((id) => articles.get(id)).filter((a): a is TimelineArticle => !!a);
  const mentionedBy = call.mentionedIn.map((id) => articles.get(id)).filter((a): a is TimelineArticle => !!a);
  const mentioned = call.mentioned === 1;
  const who = participantsLine(call.participants);
  const day = formatDate(call.eventDate, call.eventDatePartial) || (/^\d{4}-\d{2}-\d{2}/.test(call.sortDate ?? '') ? t('reportedOn', formatDate(call.sortDate)) : t('dateUnknown'));
  return (
    <li class={`call-row${mentioned ? ' is-mentioned' : ''}`} data-call-id={call.id} data-testid="call-row">
      {selectable && (
        <input type="checkbox" class="row-check" checked={selected} aria-label={t('selectCall', `${who}, ${day}`)} onChange={() => call.id !== undefined && onToggle?.(call.id)} />
      )}
      <RowDate call={call} />
      <span class={`row-kind kind-${mentioned ? 'mentioned' : call.kind}`} title={mentioned ? t('kind_mentioned') : kindLabel(call.kind)} aria-label={mentioned ? t('kind_mentioned') : kindLabel(call.kind)}>
        {mentioned ? '○' : KIND_ICON[call.kind]}
      </span>
      <span class="row-main">
        {call.id !== undefined ? (
          <RecordLink callId={call.id} title={t('openRecord')}>
            {who}
          </RecordLink>
        ) : (
          <span class="row-who">{who}</span>
        )}
        {reported.length > 0 && (
          <ul class="row-articles">
            {reported.slice(0, 2).map((a) => (
              <li key={a.id}>
                <ArticleLine article={a} testId="article-link" />
              </li>
            ))}
            {reported.length > 2 && <li class="muted">+{reported.length - 2}</li>}
          </ul>
        )}
        {mentioned && mentionedBy[0] && (
          <span class="row-links muted">
            {t('mentionedIn')} <ArticleLine article={mentionedBy[0]} testId="mention-link" />
          </span>
        )}
      </span>
    </li>
  );
}

export function CallList(props: {
  calls: TimelineCall[];
  articles: Map<number, TimelineArticle>;
  selectable?: boolean;
  selected?: Set<number>;
  onToggle?: (id: number) => void;
  label?: string;
}) {
  return (
    <ol class="call-list" aria-label={props.label}>
      {props.calls.map((c) => (
        <CallRow key={c.id} call={c} articles={props.articles} selectable={props.selectable} selected={c.id !== undefined && props.selected?.has(c.id)} onToggle={props.onToggle} />
      ))}
    </ol>
  );
}

/** The articles the given calls refer to, by id. */
export async function articlesOf(db: { articles: { bulkGet(ids: number[]): Promise<Array<SavedArticle | undefined>> } }, calls: ReadonlyArray<Pick<SavedCall, 'articleIds' | 'mentionedIn'>>): Promise<Map<number, SavedArticle>> {
  const ids = [...new Set(calls.flatMap((c) => [...c.articleIds, ...c.mentionedIn]))];
  const found = await db.articles.bulkGet(ids);
  return new Map(found.filter((a): a is SavedArticle => !!a && a.id !== undefined).map((a) => [a.id!, a]));
}
