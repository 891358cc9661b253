import type { ComponentChildren } from 'preact';
import type { Article } from '../lib/extract/types';
import type { CallKind, CallRecord, Participant } from '../lib/summarize/types';
import { Country } from './Country';
import { useEvidence } from './Evidence';
import { formatDate, safeHref, t, titleLabel, topicLabel, uiLanguage } from './i18n';
import { placeName } from '../lib/gazetteer/places';
import { englishName } from '../lib/names';

export const KIND_ICON: Record<CallKind, string> = { phone: '☎', video: '▶', planned: '◷' };
export const kindLabel = (kind: CallKind | null | undefined) => (kind ? t(`kind_${kind}`) : t('kind_mentioned'));

/**
 * "Vladimir Putin", else the title and country ("Tổng thống Nga"); in the English UI a leader the
 * press names in Sino-Vietnamese under the English name ("Xi Jinping" for "Tập Cận Bình").
 */
export function participantName(p: Participant): string {
  if (p.name) return (uiLanguage() === 'en' && englishName(p.leaderId)) || p.name;
  return [p.title && titleLabel(p.title), p.country && placeName(p.country, uiLanguage())].filter(Boolean).join(' ') || '?';
}

/** A name as the UI shows it: the participant's, when the press's name is one of them. */
function shownName(name: string, participants: readonly Participant[]): string {
  const p = participants.find((x) => x.name === name);
  return p ? participantName(p) : name;
}

export function participantsLine(ps: Participant[]): string {
  return ps.map(participantName).join(' – ');
}

export type ArticleInfo = Pick<Article, 'title' | 'url' | 'siteName' | 'publishedAt' | 'attribution'>;

/** The record of one call, each fact with the sentence behind it. */
export function CallCard({ record, article }: { record: CallRecord; article?: ArticleInfo | null }) {
  const ev = record.evidence;
  const evidence = useEvidence();
  const date = formatDate(record.eventDate, record.eventDatePartial);
  // The credit line, unless it only repeats the outlet ("VOV.VN" on vov.vn).
  const attribution = record.attribution ?? article?.attribution ?? null;
  const credit = attribution && attribution.toLowerCase() !== (article?.siteName ?? '').toLowerCase() ? attribution : null;
  const agreementsOpen = record.agreements.map((_, i) => evidence.quote(`agreement-${i}`, ev.agreements[i])).filter(Boolean);
  return (
    <article class="call-card" data-kind={record.kind}>
      <header class="call-head">
        <span class={`kind kind-${record.kind}`}>
          <span aria-hidden="true">{KIND_ICON[record.kind]}</span> {kindLabel(record.kind)}
        </span>
        <span class="call-date" data-testid="event-date">
          {date || t('dateUnknown')}
          {evidence.mark('date', ev.eventDate)}
        </span>
      </header>
      {evidence.quote('date', ev.eventDate)}

      <ul class="participants" data-testid="participants">
        {record.participants.map((p, i) => (
          <li key={i}>
            <span class="participant-name">{participantName(p)}</span>
            {p.name && participantName(p) !== p.name && (
              // The name as the article writes it, kept in the record.
              <span class="participant-press" lang="vi">
                ({p.name})
              </span>
            )}
            {p.name && p.title && <span class="participant-title">{titleLabel(p.title)}</span>}
            <Country code={p.country} />
            {record.initiator && p.name === record.initiator && <span class="tag tag-initiator">{t('initiator')}</span>}
          </li>
        ))}
        {ev.participants[0] && <li class="evidence-row">{evidence.mark('participants', ev.participants[0])}</li>}
      </ul>
      {evidence.quote('participants', ev.participants[0])}

      <dl class="facts">
        {record.ordinal !== null && (
          <Fact label={t('ordinal')} testId="ordinal" quote={evidence.quote('ordinal', ev.ordinal)}>
            {record.ordinal === 1 ? t('ordinalFirst') : t('ordinalNth', record.ordinal)}
            {evidence.mark('ordinal', ev.ordinal)}
          </Fact>
        )}
        {record.initiator && (
          <Fact label={t('initiatorLabel')} testId="initiator" quote={evidence.quote('initiator', ev.initiator)}>
            {shownName(record.initiator, record.participants)}
            {evidence.mark('initiator', ev.initiator)}
          </Fact>
        )}
        {record.topics.length > 0 && (
          <Fact label={t('topics')} testId="topics" valueClass="chips">
            {record.topics.map((topic) => (
              <span class="chip" key={topic} title={ev.topics[topic]}>
                {topicLabel(topic)}
              </span>
            ))}
          </Fact>
        )}
        {record.agreements.length > 0 && (
          <Fact label={t('agreements')} quote={agreementsOpen.length ? agreementsOpen : null}>
            <ul class="agreements" data-testid="agreements">
              {record.agreements.map((a, i) => (
                <li key={i}>
                  {a}
                  {evidence.mark(`agreement-${i}`, ev.agreements[i])}
                </li>
              ))}
            </ul>
          </Fact>
        )}
        {record.earlierCalls.length > 0 && (
          <Fact label={t('earlierCalls')} testId="earlier-calls" quote={evidence.quote('earlierCalls', ev.earlierCalls[0])}>
            {record.earlierCalls.map((c) => formatDate(c.date, c.datePartial)).join(', ')}
            {evidence.mark('earlierCalls', ev.earlierCalls[0])}
          </Fact>
        )}
        {article && (
          <Fact label={t('source')} testId="source" valueClass="source">
            <a href={safeHref(article.url)} target="_blank" rel="noreferrer noopener">
              {article.siteName ?? article.url}
            </a>
            {article.publishedAt && <span class="muted"> · {formatDate(article.publishedAt.slice(0, 10))}</span>}
            {credit && <span class="muted"> · {t('attributedTo', credit)}</span>}
          </Fact>
        )}
      </dl>
    </article>
  );
}

/**
 * One fact: its label, its value and, when its mark is pressed, its sentence below both, across
 * the record (the value and the quote are placed on the list's own columns: styles.css, .fact).
 */
function Fact({ label, testId, valueClass, quote, children }: { label: string; testId?: string; valueClass?: string; quote?: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>
        <span class={`fact-value${valueClass ? ` ${valueClass}` : ''}`}>{children}</span>
        {quote}
      </dd>
    </div>
  );
}
