import { useMemo } from 'preact/hooks';
import type { Ref } from 'preact';
import { layoutNetwork, MAX_NODES, type Network, type NetworkBy, type NetworkEdge, type NetworkNode } from '../lib/chart/network';
import { placeName } from '../lib/gazetteer/places';
import type { Participant } from '../lib/summarize/types';
import { participantName } from './CallCard';
import { t, tCount, uiLanguage } from './i18n';

/** The table lists this many pairs at most (in the leader view of 50,000 calls there are thousands). */
const TABLE_PAIRS = 200;

/** The nodes whose names the chart shows: those the picture may place, and those of the table's pairs. */
export function namedNodes(network: Network): NetworkNode[] {
  const keys = new Set(network.nodes.slice(0, MAX_NODES).map((n) => n.key));
  for (const e of network.edges.slice(0, TABLE_PAIRS)) keys.add(e.a).add(e.b);
  return network.nodes.filter((n) => keys.has(n.key));
}
const WIDTH = 560;
const HEIGHT = 440;

/** A node's name in the UI's language: the country's, or the leader's as the list writes it (`people`: the leaders read from the store). */
export function nodeName(key: string, by: NetworkBy, people: ReadonlyMap<string, Participant>): string {
  if (by === 'country') return placeName(key, uiLanguage());
  const participant = people.get(key);
  return participant ? participantName(participant) : key;
}

export const pairName = (edge: NetworkEdge, names: Map<string, string>) => `${names.get(edge.a) ?? edge.a} – ${names.get(edge.b) ?? edge.b}`;

/**
 * Countries (or leaders) as nodes around Vietnam (or the busiest one), calls as edges as thick as
 * their number; clicking an edge filters to that pair, a node to that country or leader. The
 * picture is for the eye (aria-hidden): the table has the same numbers.
 */
export function NetworkChart({
  network,
  people,
  onPair,
  onNode,
  showTable,
  withTable,
  svgRef,
}: {
  network: Network;
  /** The leaders of the leader view's named nodes (namedNodes), by key; empty for countries. */
  people: ReadonlyMap<string, Participant>;
  onPair: (edge: NetworkEdge, label: string) => void;
  onNode: (key: string, label: string) => void;
  showTable: boolean;
  /** Whether the table is in the page (shown or for screen readers only): not in the charts' first task (CollectionCharts). */
  withTable: boolean;
  svgRef: Ref<SVGSVGElement>;
}) {
  const by = network.by;
  const layout = useMemo(() => layoutNetwork(network, { width: WIDTH, height: HEIGHT }), [network]);
  const names = useMemo(() => new Map((by === 'country' ? network.nodes : namedNodes(network)).map((n) => [n.key, nodeName(n.key, by, people)])), [network, people]);
  const cx = WIDTH / 2;
  // The picture's height is what the nodes and their labels take (two nodes: a short picture, not a tall blank one).
  const top = Math.max(0, Math.min(...layout.nodes.map((n) => n.y - n.r - 22)));
  const bottom = Math.min(HEIGHT, Math.max(...layout.nodes.map((n) => n.y + n.r + 22)));

  return (
    <div class="chart chart-network" data-testid="chart-network" data-by={by}>
      {network.edges.length === 0 ? (
        <p class="muted chart-note" data-testid="chart-network-empty">
          {t(by === 'country' ? 'chartNoPairs' : 'chartNoLeaderPairs')}
        </p>
      ) : (
        <>
          <div class="chart-frame">
            <svg ref={svgRef} class="chart-svg chart-svg-network" viewBox={`0 ${top.toFixed(0)} ${WIDTH} ${(bottom - top).toFixed(0)}`} aria-hidden="true" font-size="12" data-testid="network-svg">
              {layout.edges.map((e) => {
                const label = pairName(e, names);
                const allMentioned = e.mentioned === e.calls;
                return (
                  <g key={`${e.a}|${e.b}`} class="chart-edge" data-testid="network-edge" data-pair={`${e.a}|${e.b}`} data-calls={e.calls} onClick={() => onPair(e, label)}>
                    <title>{`${label}: ${tCount('chartEdgeCalls', e.calls)}${e.mentioned ? ` (${t('kind_mentioned').toLowerCase()}: ${e.mentioned})` : ''}`}</title>
                    <line x1={e.from.x} y1={e.from.y} x2={e.to.x} y2={e.to.y} stroke={allMentioned ? '#8c959f' : '#0b5cad'} stroke-opacity="0.55" stroke-width={e.width} stroke-linecap="round" stroke-dasharray={allMentioned ? '6 4' : undefined} />
                    {/* A thin edge is hard to hit: a wider invisible one takes the pointer. */}
                    <line x1={e.from.x} y1={e.from.y} x2={e.to.x} y2={e.to.y} stroke="transparent" stroke-width={Math.max(12, e.width)} />
                  </g>
                );
              })}
              {layout.nodes.map((n) => {
                const name = names.get(n.key) ?? n.key;
                // Labels point away from the middle: left of a node on the left, right on the right, under the hub.
                const side = n.ring === 0 ? 'middle' : n.x < cx - 8 ? 'end' : n.x > cx + 8 ? 'start' : 'middle';
                const dx = side === 'end' ? -(n.r + 4) : side === 'start' ? n.r + 4 : 0;
                const dy = side === 'middle' ? (n.ring === 0 || n.y > HEIGHT / 2 ? n.r + 14 : -(n.r + 5)) : 4;
                return (
                  <g key={n.key} class="chart-node" data-testid="network-node" data-key={n.key} data-calls={n.calls} onClick={() => onNode(n.key, name)}>
                    <title>{`${name}: ${tCount('chartEdgeCalls', n.calls)}`}</title>
                    <circle cx={n.x} cy={n.y} r={n.r} fill={n.ring === 0 ? '#0b3d75' : '#fff'} stroke="#0b5cad" stroke-width="2" />
                    {by === 'country' && n.key.length <= 3 && n.r >= 12 && (
                      <text x={n.x} y={n.y + 4} text-anchor="middle" font-size="10" font-weight="700" fill={n.ring === 0 ? '#fff' : '#0b5cad'}>
                        {n.key}
                      </text>
                    )}
                    <text x={n.x + dx} y={n.y + dy} text-anchor={side} fill="#1f2328" font-weight={n.ring === 0 ? '700' : '400'} paint-order="stroke" stroke="#fff" stroke-width="3">
                      {name}
                    </text>
                  </g>
                );
              })}
            </svg>
          </div>
          <p class="muted chart-note">{t(by === 'country' ? 'chartNetworkHint' : 'chartNetworkHintLeader')}</p>
          {layout.hiddenNodes > 0 && <p class="muted chart-note" data-testid="chart-hidden">{tCount('chartHidden', layout.hiddenNodes)}</p>}
          {layout.hiddenEdges > 0 && <p class="muted chart-note">{t('chartHiddenEdges', layout.edges.length, network.edges.length)}</p>}
        </>
      )}
      {network.unpaired > 0 && network.edges.length > 0 && <p class="muted chart-note" data-testid="chart-unpaired">{tCount('chartUnpaired', network.unpaired)}</p>}
      {withTable && network.edges.length > 0 && <PairTable network={network} names={names} onPair={onPair} visible={showTable} />}
    </div>
  );
}

function PairTable({ network, names, onPair, visible }: { network: Network; names: Map<string, string>; onPair: (edge: NetworkEdge, label: string) => void; visible: boolean }) {
  const shown = network.edges.slice(0, TABLE_PAIRS);
  return (
    <>
      <table class={visible ? 'chart-table' : 'visually-hidden'} data-testid="pair-table">
        <caption>{t('chartPairTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chartPair')}</th>
            <th scope="col">{t('chartCalls')}</th>
            <th scope="col">{t('kind_mentioned')}</th>
            {visible && <td />}
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => {
            const label = pairName(e, names);
            return (
              <tr key={`${e.a}|${e.b}`}>
                <th scope="row">{label}</th>
                <td>{e.calls}</td>
                <td>{e.mentioned}</td>
                {visible && (
                  <td>
                    <button type="button" class="button button-quiet button-small" onClick={() => onPair(e, label)}>
                      {t('chartFilterTo')}
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {network.edges.length > TABLE_PAIRS && visible && <p class="muted chart-note">{t('chartPairTableMore', TABLE_PAIRS, network.edges.length)}</p>}
    </>
  );
}
