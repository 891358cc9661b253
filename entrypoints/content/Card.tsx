import { HIGHLIGHT_CATEGORIES, type HighlightCategory } from '../../lib/highlight';
import type { CallRecord } from '../../lib/summarize/types';
import { kindLabel, participantsLine } from '../../components/CallCard';
import { formatDate, t, tCount } from '../../components/i18n';
import { HIGHLIGHT_COLORS } from './highlighter';

export interface CardProps {
  record: CallRecord;
  relatedCount: number;
  highlighted: Set<HighlightCategory>;
  highlightOn: boolean;
  onOpen: (() => void) | null;
  onHide: () => void;
  onHighlightOff: () => void;
}

/** The in-page card: "Điện đàm Putin – Macron · 18/5/2017 · lần đầu · 3 cuộc gọi liên quan", with the legend. */
export function Card({ record, relatedCount, highlighted, highlightOn, onOpen, onHide, onHighlightOff }: CardProps) {
  const parts = [
    `${kindLabel(record.kind)} ${participantsLine(record.participants)}`,
    formatDate(record.eventDate, record.eventDatePartial),
    record.ordinal === 1 ? t('ordinalFirst').toLowerCase() : record.ordinal ? t('ordinalNth', record.ordinal).toLowerCase() : '',
    relatedCount ? tCount('cardRelated', relatedCount) : '',
  ].filter(Boolean);
  return (
    <aside class="card" aria-label={t('appName')} data-testid="dien-dam-card">
      <div class="summary">
        <span class="logo" aria-hidden="true">☎</span>
        <span class="text" data-testid="card-summary">
          {parts.join(' · ')}
        </span>
      </div>
      {highlightOn && highlighted.size > 0 && (
        <ul class="legend" aria-label={t('legend')}>
          {HIGHLIGHT_CATEGORIES.filter((c) => highlighted.has(c)).map((c) => (
            <li key={c}>
              <span class="swatch" style={{ background: HIGHLIGHT_COLORS[c] }} />
              {t(`category_${c}`)}
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        {onOpen && (
          <button type="button" onClick={onOpen} data-testid="card-open">
            {t('cardOpen')}
          </button>
        )}
        {highlightOn && (
          <button type="button" onClick={onHighlightOff} data-testid="card-highlight-off">
            {t('cardHighlightOff')}
          </button>
        )}
        <button type="button" class="quiet" onClick={onHide} data-testid="card-hide" aria-label={t('cardHide')}>
          {t('cardHide')}
        </button>
      </div>
    </aside>
  );
}
