import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { binCalls, layoutTimeline, STACKS, TIMELINE_BOX, type Bin, type BinUnit, type ChartCall, type Stack } from '../lib/chart/timeline';
import type { TimelineCall } from '../lib/store/types';
import { KIND_ICON, participantsLine } from './CallCard';
import { formatDate, t, tCount, uiLanguage, uiLocale } from './i18n';

/**
 * The kinds' colours of styles.css (--phone, --video, --planned, --mentioned), as attributes: an
 * exported SVG or PNG is drawn without the page's stylesheet.
 */
export const STACK_COLOUR: Record<Stack, string> = { phone: '#0b5cad', video: '#8250df', planned: '#9a6700', mentioned: '#8c959f' };
export const stackLabel = (stack: Stack) => t(`kind_${stack}`);

/** How many of a bar's calls its hover card lists. */
const HOVER_CALLS = 8;

const monthName = (iso: string, month: 'short' | 'long') => new Date(`${iso}T00:00:00Z`).toLocaleDateString(uiLocale().startsWith('en') ? uiLocale() : 'en', { timeZone: 'UTC', month, year: 'numeric' });

/** Under a bar: "31/1" (the first week of a year with it: "31/1/2022"), "1/2022" / "Jan 2022", "2022". */
function tickLabel(start: string, unit: BinUnit, withYear: boolean): string {
  if (unit === 'year') return start.slice(0, 4);
  if (unit === 'month') return uiLanguage() === 'vi' ? `${+start.slice(5, 7)}/${start.slice(0, 4)}` : monthName(start, 'short');
  if (withYear) return formatDate(start);
  return uiLanguage() === 'vi' ? `${+start.slice(8, 10)}/${+start.slice(5, 7)}` : new Date(`${start}T00:00:00Z`).toLocaleDateString(uiLocale().startsWith('en') ? uiLocale() : 'en', { timeZone: 'UTC', month: 'short', day: 'numeric' });
}

/** A period in full: "31/1/2022 – 6/2/2022", "tháng 1/2022" / "January 2022", "2022". */
export function periodLabel(bin: Pick<Bin, 'start' | 'end'>, unit: BinUnit): string {
  if (unit === 'year') return bin.start.slice(0, 4);
  if (unit === 'month') return uiLanguage() === 'vi' ? `tháng ${+bin.start.slice(5, 7)}/${bin.start.slice(0, 4)}` : monthName(bin.start, 'long');
  return `${formatDate(bin.start)} – ${formatDate(bin.end)}`;
}

/**
 * Calls per week / month / year of the current filter, stacked by kind (mentioned calls in grey on
 * top); hovering a bar lists its calls, clicking it narrows the filter to its period. The picture
 * is for the eye (aria-hidden): the table below it has the same numbers for everyone else.
 */
export function TimelineChart({
  rows,
  byId,
  loadCalls,
  from,
  to,
  onPeriod,
  showTable,
  withTable,
  svgRef,
}: {
  rows: readonly ChartCall[];
  byId: Map<number, ChartCall>;
  /** The calls as a list shows them (who, the date as written), read when a bar is hovered: the chart's rows have only keys. */
  loadCalls: (ids: number[]) => Promise<TimelineCall[]>;
  from?: string;
  to?: string;
  onPeriod: (start: string, end: string) => void;
  showTable: boolean;
  /** Whether the table is in the page (shown or for screen readers only): not in the charts' first task (CollectionCharts). */
  withTable: boolean;
  svgRef: Ref<SVGSVGElement>;
}) {
  const binned = useMemo(() => binCalls(rows, { from, to }), [rows, from, to]);
  const layout = useMemo(() => layoutTimeline(binned), [binned]);
  const [hover, setHover] = useState<number | null>(null);
  const box = TIMELINE_BOX;
  const bottom = layout.plot.y + layout.plot.height;
  const slot = layout.bars.length ? layout.plot.width / layout.bars.length : 0;
  const hovered = hover === null ? null : layout.bars[hover];

  return (
    <div class="chart chart-timeline" data-testid="chart-timeline" data-unit={binned.unit}>
      <h3>{t(`chartTimeline_${binned.unit}`)}</h3>
      {binned.bins.length === 0 ? (
        <p class="muted chart-note" data-testid="chart-timeline-empty">{t('chartNoDates')}</p>
      ) : (
        <>
          <div class="chart-frame" onMouseLeave={() => setHover(null)}>
            <svg ref={svgRef} class="chart-svg" viewBox={`0 0 ${box.width} ${box.height}`} aria-hidden="true" font-size="11" data-testid="timeline-svg">
              {layout.ticks.map((tick) => (
                <g key={tick.value}>
                  <line x1={layout.plot.x} x2={layout.plot.x + layout.plot.width} y1={tick.y} y2={tick.y} stroke="#d8dee4" stroke-width="1" />
                  <text x={layout.plot.x - 6} y={tick.y + 4} text-anchor="end" fill="#636c76">
                    {tick.value}
                  </text>
                </g>
              ))}
              {layout.bars.map((bar, i) => (
                <g
                  key={bar.bin.start}
                  class={`chart-bar${hover === i ? ' is-hovered' : ''}`}
                  data-testid="timeline-bar"
                  data-start={bar.bin.start}
                  data-total={bar.bin.total}
                  onMouseEnter={() => setHover(i)}
                  onClick={() => bar.bin.total && onPeriod(bar.bin.start, bar.bin.end)}
                >
                  {/* The whole column answers the pointer, not only the (maybe 2 px) bar. */}
                  <rect x={layout.plot.x + i * slot} y={layout.plot.y} width={slot} height={layout.plot.height} fill={hover === i ? '#f6f8fa' : 'transparent'} />
                  {bar.segments.map((s) => (
                    <rect key={s.stack} x={bar.x} y={s.y} width={bar.width} height={s.height} fill={STACK_COLOUR[s.stack]} />
                  ))}
                  {i % layout.labelEvery === 0 && (
                    <text x={bar.x + bar.width / 2} y={bottom + 16} text-anchor="middle" fill="#636c76">
                      {tickLabel(bar.bin.start, binned.unit, i === 0 || bar.bin.start.slice(0, 4) !== layout.bars[i - layout.labelEvery]?.bin.start.slice(0, 4))}
                    </text>
                  )}
                </g>
              ))}
              <line x1={layout.plot.x} x2={layout.plot.x + layout.plot.width} y1={bottom} y2={bottom} stroke="#8c959f" stroke-width="1" />
              <Legend x={layout.plot.x} />
            </svg>
            {hovered && hovered.bin.total > 0 && (
              <BarCard key={hovered.bin.start} bin={hovered.bin} unit={binned.unit} byId={byId} loadCalls={loadCalls} left={((hovered.x + hovered.width / 2) / box.width) * 100} />
            )}
          </div>
          <p class="muted chart-note">{t('chartTimelineHint')}</p>
        </>
      )}
      {binned.undated > 0 && <p class="muted chart-note" data-testid="chart-undated">{tCount('chartUndated', binned.undated)}</p>}
      {withTable && binned.bins.length > 0 && <TimelineTable bins={binned.bins} unit={binned.unit} onPeriod={onPeriod} visible={showTable} />}
    </div>
  );
}

/** In the picture itself, so that a saved SVG or PNG says which colour is which. */
function Legend({ x }: { x: number }) {
  let at = x;
  return (
    <g data-testid="timeline-legend">
      {STACKS.map((s) => {
        const label = stackLabel(s);
        const item = (
          <g key={s}>
            <rect x={at} y={3} width={10} height={10} rx={2} fill={STACK_COLOUR[s]} />
            <text x={at + 14} y={12} fill="#636c76">
              {label}
            </text>
          </g>
        );
        // About 6 px per character at 11 px: close enough to keep the items apart.
        at += 14 + label.length * 6.2 + 14;
        return item;
      })}
    </g>
  );
}

/** As the list orders calls (lib/store's byNewest, not imported: it would bring the store into this chunk). */
const newestFirst = (a: ChartCall, b: ChartCall) => (a.sortDate !== b.sortDate ? (a.sortDate < b.sortDate ? 1 : -1) : b.id - a.id);

/**
 * A bar's calls, newest first: date, kind, who (text from pages: rendered as text only). Shown once
 * the calls it lists are read (a few milliseconds), so that it never appears half-filled.
 */
function BarCard({ bin, unit, byId, loadCalls, left }: { bin: Bin; unit: BinUnit; byId: Map<number, ChartCall>; loadCalls: (ids: number[]) => Promise<TimelineCall[]>; left: number }) {
  const newest = useMemo(() => bin.callIds.map((id) => byId.get(id)).filter((c): c is ChartCall => !!c).sort(newestFirst), [bin, byId]);
  const [calls, setCalls] = useState<TimelineCall[] | null>(null);
  useEffect(() => {
    let live = true;
    // A call deleted meanwhile is left out (the charts reload after a deletion).
    loadCalls(newest.slice(0, HOVER_CALLS).map((c) => c.id)).then((found) => live && setCalls(found), () => live && setCalls([]));
    return () => {
      live = false;
    };
  }, [newest]);
  if (!calls) return null;
  return (
    <div class="chart-card" role="tooltip" data-testid="bar-card" style={{ left: `${Math.min(80, Math.max(20, left))}%` }}>
      <strong>{periodLabel(bin, unit)}</strong>: {bin.total}
      <ul>
        {calls.map((c) => (
          <li key={c.id}>
            <span class="chart-card-kind" style={{ color: STACK_COLOUR[c.mentioned ? 'mentioned' : c.kind] }}>{c.mentioned ? '○' : KIND_ICON[c.kind]}</span> {formatDate(c.eventDate, null) || formatDate(c.sortDate)} · {participantsLine(c.participants)}
          </li>
        ))}
      </ul>
      {newest.length > HOVER_CALLS && <span class="muted">{t('chartMore', newest.length - HOVER_CALLS)}</span>}
    </div>
  );
}

/** The chart's numbers; shown on request, always there for screen readers (without its buttons then: nothing focusable is invisible). */
function TimelineTable({ bins, unit, onPeriod, visible }: { bins: Bin[]; unit: BinUnit; onPeriod: (start: string, end: string) => void; visible: boolean }) {
  const shown = bins.filter((b) => b.total > 0);
  return (
    <table class={visible ? 'chart-table' : 'visually-hidden'} data-testid="timeline-table">
      <caption>{t('chartTimelineTable')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chartPeriod')}</th>
          {STACKS.map((s) => (
            <th scope="col" key={s}>
              {stackLabel(s)}
            </th>
          ))}
          <th scope="col">{t('chartTotal')}</th>
          {visible && <td />}
        </tr>
      </thead>
      <tbody>
        {shown.map((b) => (
          <tr key={b.start}>
            <th scope="row">{periodLabel(b, unit)}</th>
            {STACKS.map((s) => (
              <td key={s}>{b.counts[s]}</td>
            ))}
            <td>{b.total}</td>
            {visible && (
              <td>
                <button type="button" class="button button-quiet button-small" onClick={() => onPeriod(b.start, b.end)}>
                  {t('chartFilterTo')}
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
