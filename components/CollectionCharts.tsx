import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { networkOf, peopleOf, type Network, type NetworkBy, type NetworkEdge } from '../lib/chart/network';
import type { ChartCall } from '../lib/chart/timeline';
import type { SearchQuery } from '../lib/store';
import type { Participant } from '../lib/summarize/types';
import { savePng, saveSvg } from './chart-export';
import { db, storeModule } from './data';
import { t } from './i18n';
import { namedNodes, NetworkChart } from './NetworkChart';
import { TimelineChart } from './TimelineChart';
import './charts.css';

/** Typing in the search box reloads the charts once the typing pauses (as the list does). */
const RELOAD_DELAY_MS = 150;

export interface ChartFilters {
  /** Narrow to a period (a bar). */
  onPeriod: (start: string, end: string) => void;
  /** Narrow to a pair of countries or of leaders (an edge). */
  onPair: (by: NetworkBy, a: string, b: string, label: string) => void;
  /** Narrow to one country or leader (a node). */
  onNode: (by: NetworkBy, key: string, label: string) => void;
}

/** The calls as a list shows them (names, dates as written): the charts' rows have only keys. */
const loadCalls = async (ids: number[]) => (await storeModule()).timelineRowsOf(await db(), ids);

const NO_PEOPLE: ReadonlyMap<string, Participant> = new Map();

/**
 * The collection's two charts for the current filter: calls over time, and who talks to whom. They
 * read every call of the filter (the store's chart lines, chartCalls), not only the list's page;
 * names are read for what is shown (a hovered bar's calls, the leader view's named nodes).
 */
export function CollectionCharts({ query, version, filtered, filters }: { query: SearchQuery; version: number; filtered: boolean; filters: ChartFilters }) {
  const [rows, setRows] = useState<ChartCall[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [by, setBy] = useState<NetworkBy>('country');
  const [showTable, setShowTable] = useState(false);
  const timelineSvg = useRef<SVGSVGElement>(null);
  const networkSvg = useRef<SVGSVGElement>(null);
  const loaded = useRef(false);
  const key = JSON.stringify(query);

  // A layout effect: the first read starts before the page's first paint, not a frame after it.
  useLayoutEffect(() => {
    let live = true;
    const load = async () => {
      try {
        const found = await (await storeModule()).chartCalls(await db(), query);
        if (!live) return;
        loaded.current = true;
        setRows(found);
        setError(null);
      } catch (e) {
        if (live) setError((e as Error).message);
      }
    };
    // The first load at once (not even a timer's turn later): the page has just opened and nothing is being typed.
    if (!loaded.current) {
      void load();
      return () => {
        live = false;
      };
    }
    const timer = setTimeout(load, RELOAD_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, version]);

  // Both charts are drawn in the same task: from the chart lines, binning and pairing 10,000 calls
  // take a few milliseconds each, and a second task would wait for a frame and a paint.
  const network = useMemo(() => (rows ? networkOf(rows, by) : null), [rows, by]);
  // The leader view waits for its leaders' names (one read of a call per named leader).
  const [people, setPeople] = useState<{ network: Network; people: ReadonlyMap<string, Participant> } | null>(null);
  useEffect(() => {
    if (!network || network.by !== 'leader') return;
    let live = true;
    const nodes = namedNodes(network);
    loadCalls([...new Set(nodes.map((n) => n.callId))]).then(
      (calls) => live && setPeople({ network, people: peopleOf(nodes, calls) }),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [network]);
  // The tables (up to 200 pairs) come a task after the pictures when they are not shown: the
  // pictures' first task is then only theirs. Screen readers get the tables a moment later.
  const [tablesLater, setTablesLater] = useState(false);
  useEffect(() => {
    if (!rows || tablesLater) return;
    const timer = setTimeout(() => setTablesLater(true), 0);
    return () => clearTimeout(timer);
  }, [rows]);
  const withTable = showTable || tablesLater;
  const shownPeople = network?.by === 'country' ? NO_PEOPLE : people?.network === network ? people.people : null;
  const byId = useMemo(() => new Map((rows ?? []).map((r) => [r.id, r])), [rows]);
  const onPair = (edge: NetworkEdge, label: string) => filters.onPair(by, edge.a, edge.b, label);
  const onNode = (nodeKey: string, label: string) => filters.onNode(by, nodeKey, label);

  let body;
  if (error) body = <p class="chart-note error" role="alert">{error}</p>;
  else if (rows === null) body = <p class="muted chart-note" role="status">{t('chartLoading')}</p>;
  else if (rows.length === 0) body = <p class="muted chart-note" data-testid="charts-empty">{t(filtered ? 'chartNoMatch' : 'chartEmpty')}</p>;
  else
    body = (
      <div class="charts-grid">
        <div>
          <TimelineChart rows={rows} byId={byId} loadCalls={loadCalls} from={query.from} to={query.to} onPeriod={filters.onPeriod} showTable={showTable} withTable={withTable} svgRef={timelineSvg} />
          <SaveButtons chart="timeline" svg={timelineSvg} />
        </div>
        <div>
          <div class="chart-head">
            <h3>{t('chartNetwork')}</h3>
            <div class="segmented" role="group" aria-label={t('chartNetwork')}>
              {(['country', 'leader'] as const).map((b) => (
                <button type="button" key={b} aria-pressed={by === b} onClick={() => setBy(b)} data-testid={`network-by-${b}`}>
                  {t(b === 'country' ? 'chartByCountry' : 'chartByLeader')}
                </button>
              ))}
            </div>
          </div>
          {network && !shownPeople && <p class="muted chart-note" role="status">{t('chartLoading')}</p>}
          {network && shownPeople && <NetworkChart network={network} people={shownPeople} onPair={onPair} onNode={onNode} showTable={showTable} withTable={withTable} svgRef={networkSvg} />}
          <SaveButtons chart="network" svg={networkSvg} />
        </div>
      </div>
    );

  return (
    <section class="charts" aria-labelledby="charts-title" data-testid="charts" data-calls={rows?.length}>
      <div class="chart-head">
        <h2 id="charts-title">{t('chartsTitle')}</h2>
        {rows && rows.length > 0 && (
          <button type="button" class="button button-quiet button-small" aria-pressed={showTable} onClick={() => setShowTable((s) => !s)} data-testid="chart-table-toggle">
            {t('chartShowTable')}
          </button>
        )}
      </div>
      {body}
    </section>
  );
}

function SaveButtons({ chart, svg }: { chart: 'timeline' | 'network'; svg: { current: SVGSVGElement | null } }) {
  const [error, setError] = useState<string | null>(null);
  // Nothing drawn (no dated call, no pair): nothing to save.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => setDrawn(!!svg.current));
  if (!drawn) return null;
  return (
    <div class="chart-save">
      <span class="muted">{t('chartSave')}</span>
      <button type="button" class="button button-quiet button-small" data-testid={`save-${chart}-svg`} onClick={() => svg.current && saveSvg(svg.current, chart)}>
        SVG
      </button>
      <button
        type="button"
        class="button button-quiet button-small"
        data-testid={`save-${chart}-png`}
        onClick={() => svg.current && savePng(svg.current, chart).then(() => setError(null), (e: Error) => setError(e.message))}
      >
        PNG
      </button>
      {error && <span class="error">{error}</span>}
    </div>
  );
}
