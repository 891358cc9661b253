import type { TimelineArticle, TimelineCall } from '../lib/store';
import { CallList } from './CallList';
import { t } from './i18n';

export interface RelatedGroups {
  samePair: TimelineCall[];
  sameCountries: TimelineCall[];
  sameLeader: TimelineCall[];
}

/** Earlier (and later) calls between the same leaders, then the same countries, then either leader. */
export function Timeline({ related, articles }: { related: RelatedGroups; articles: Map<number, TimelineArticle> }) {
  const groups: Array<[string, TimelineCall[], string]> = [
    ['samePair', related.samePair, t('relatedSamePair')],
    ['sameCountries', related.sameCountries, t('relatedSameCountries')],
    ['sameLeader', related.sameLeader, t('relatedSameLeader')],
  ];
  const any = groups.some(([, calls]) => calls.length > 0);
  return (
    <section class="timeline" aria-label={t('related')} data-testid="timeline">
      <h2>{t('related')}</h2>
      {!any && <p class="muted">{t('relatedNone')}</p>}
      {groups.map(([id, calls, title]) =>
        calls.length ? (
          <div class="timeline-group" key={id} data-group={id}>
            <h3>{title}</h3>
            <CallList calls={calls} articles={articles} label={title} />
          </div>
        ) : null,
      )}
    </section>
  );
}
