import type { Article } from '../lib/extract/types';
import type { CallKind, CallRecord, Participant } from '../lib/summarize/types';
import { Country } from './Country';
import { Evidence } from './Evidence';
import { formatDate, safeHref, t, titleLabel, topicLabel, uiLanguage } from './i18n';
import { placeName } from '../lib/gazetteer/places';

export const KIND_ICON: Record<CallKind, string> = { phone: '☎', video: '▶', planned: '◷' };
export const kindLabel = (kind: CallKind | null | undefined) => (kind ? t(`kind_${kind}`) : t('kind_mentioned'));

/** "Vladimir Putin", else the title and country ("Tổng thống Nga"). */
export function participantName(p: Participant): string {
  return p.name ?? ([p.title && titleLabel(p.title), p.country && placeName(p.country, uiLanguage())].filter(Boolean).join(' ') || '?');
}

export function participantsLine(ps: Participant[]): string {
  return ps.map(participantName).join(' – ');
}

export type ArticleInfo = Pick<Article, 'title' | 'url' | 'siteName' | 'publishedAt' | 'attribution'>;

/** The record of one call, each fact with the sentence behind it. */
export function CallCard({ record, article }: { record: CallRecord; article?: ArticleInfo | null }) {
  const ev = record.evidence;
  const date = formatDate(record.eventDate, record.eventDatePartial);
  // The credit line, unless it only repeats the outlet ("VOV.VN" on vov.vn).
  const attribution = record.attribution ?? article?.attribution ?? null;
  const credit = attribution && attribution.toLowerCase() !== (article?.siteName ?? '').toLowerCase() ? attribution : null;
  return (
    <article class="call-card" data-kind={record.kind}>
      <header class="call-head">
        <span class={`kind kind-${record.kind}`}>
          <span aria-hidden="true">{KIND_ICON[record.kind]}</span> {kindLabel(record.kind)}
        </span>
        <span class="call-date" data-testid="event-date">
          {date || t('dateUnknown')}
          <Evidence sentence={ev.eventDate} />
        </span>
      </header>

      <ul class="participants" data-testid="participants">
        {record.participants.map((p, i) => (
          <li key={i}>
            <span class="participant-name">{participantName(p)}</span>
            {p.name && p.title && <span class="participant-title">{titleLabel(p.title)}</span>}
            <Country code={p.country} />
            {record.initiator && p.name === record.initiator && <span class="tag tag-initiator">{t('initiator')}</span>}
          </li>
        ))}
        <li class="evidence-row">
          <Evidence sentence={ev.participants[0]} />
        </li>
      </ul>

      <dl class="facts">
        {record.ordinal !== null && (
          <>
            <dt>{t('ordinal')}</dt>
            <dd data-testid="ordinal">
              {record.ordinal === 1 ? t('ordinalFirst') : t('ordinalNth', record.ordinal)}
              <Evidence sentence={ev.ordinal} />
            </dd>
          </>
        )}
        {record.initiator && (
          <>
            <dt>{t('initiatorLabel')}</dt>
            <dd data-testid="initiator">
              {record.initiator}
              <Evidence sentence={ev.initiator} />
            </dd>
          </>
        )}
        {record.topics.length > 0 && (
          <>
            <dt>{t('topics')}</dt>
            <dd class="chips" data-testid="topics">
              {record.topics.map((topic) => (
                <span class="chip" key={topic} title={ev.topics[topic]}>
                  {topicLabel(topic)}
                </span>
              ))}
            </dd>
          </>
        )}
        {record.agreements.length > 0 && (
          <>
            <dt>{t('agreements')}</dt>
            <dd>
              <ul class="agreements" data-testid="agreements">
                {record.agreements.map((a, i) => (
                  <li key={i}>
                    {a}
                    <Evidence sentence={ev.agreements[i]} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {record.earlierCalls.length > 0 && (
          <>
            <dt>{t('earlierCalls')}</dt>
            <dd data-testid="earlier-calls">
              {record.earlierCalls.map((c) => formatDate(c.date, c.datePartial)).join(', ')}
              <Evidence sentence={ev.earlierCalls[0]} />
            </dd>
          </>
        )}
        {article && (
          <>
            <dt>{t('source')}</dt>
            <dd class="source" data-testid="source">
              <a href={safeHref(article.url)} target="_blank" rel="noreferrer noopener">
                {article.siteName ?? article.url}
              </a>
              {article.publishedAt && <span class="muted"> · {formatDate(article.publishedAt.slice(0, 10))}</span>}
              {credit && <span class="muted"> · {t('attributedTo', credit)}</span>}
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
