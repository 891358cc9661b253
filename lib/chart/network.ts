/**
 * "Who talks to whom" as data: countries (or leaders) as nodes, the calls between two of them as
 * an edge, and the nodes placed on rings around a hub (Vietnam when it is there, else the busiest
 * node). A fixed radial layout rather than a force simulation: it is the same picture on every
 * render, the hub and its top partners are always where the reader looks first, and it costs well
 * under a millisecond (d3-force: 60–200 ms for 24 nodes × 300 ticks on the bench machine, a long
 * task by itself).
 */
import { participantKeyOf } from '../store/keys';
import type { Participant } from '../summarize/types';
import type { ChartCall } from './timeline';

export type NetworkBy = 'country' | 'leader';

export interface NetworkNode {
  /** A country or body code ("RU", "UN"), or a participant key ("vladimir-putin", "RU:sergei lavrov"). */
  key: string;
  /** Calls with at least one other node. */
  calls: number;
  /** A call it is in (the first met): where a leader's name is read from (`peopleOf`); the charts' lines carry keys only. */
  callId: number;
}

export interface NetworkEdge {
  /** The two nodes' keys, a < b. */
  a: string;
  b: string;
  calls: number;
  /** Of which only mentioned (no saved article reports them). */
  mentioned: number;
  callIds: number[];
}

export interface Network {
  by: NetworkBy;
  /** Busiest first (ties by key). */
  nodes: NetworkNode[];
  /** Busiest first (ties by keys). */
  edges: NetworkEdge[];
  /** Calls that give no pair (one country only, or fewer than two known participants). */
  unpaired: number;
}

/** The pairs of a call: its country pairs ("FR|RU"), or its leader pairs ("emmanuel-macron|vladimir-putin"). */
const pairsOf = (c: ChartCall, by: NetworkBy) => (by === 'country' ? c.countryPairKeys : c.pairKeys);

export function networkOf(calls: readonly ChartCall[], by: NetworkBy): Network {
  // Each edge keeps its two nodes: a call of one pair (most calls) counts once for each, without a
  // set of its nodes or a look-up by key.
  const edges = new Map<string, NetworkEdge & { ends: [NetworkNode, NetworkNode] }>();
  const nodes = new Map<string, NetworkNode>();
  const nodeOf = (key: string, callId: number) => {
    let node = nodes.get(key);
    if (!node) nodes.set(key, (node = { key, calls: 0, callId }));
    return node;
  };
  let unpaired = 0;
  for (const c of calls) {
    const pairs = pairsOf(c, by) ?? [];
    if (!pairs.length) {
      unpaired += 1;
      continue;
    }
    const inCall = pairs.length > 1 ? new Set<NetworkNode>() : null;
    for (const pair of pairs) {
      let edge = edges.get(pair);
      if (!edge) {
        const [a, b] = pair.split('|') as [string, string];
        edges.set(pair, (edge = { a, b, calls: 0, mentioned: 0, callIds: [], ends: [nodeOf(a, c.id), nodeOf(b, c.id)] }));
      }
      edge.calls += 1;
      if (c.mentioned) edge.mentioned += 1;
      edge.callIds.push(c.id);
      if (inCall) inCall.add(edge.ends[0]).add(edge.ends[1]);
      else {
        edge.ends[0].calls += 1;
        edge.ends[1].calls += 1;
      }
    }
    if (inCall) for (const node of inCall) node.calls += 1;
  }
  const byKey = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return {
    by,
    nodes: [...nodes.values()].sort((x, y) => y.calls - x.calls || byKey(x.key, y.key)),
    edges: [...edges.values()].map(({ ends: _ends, ...edge }) => edge).sort((x, y) => y.calls - x.calls || byKey(x.a, y.a) || byKey(x.b, y.b)),
    unpaired,
  };
}

/**
 * The leaders of these nodes as participants (their names in the UI's language are the component's),
 * from the calls they were first met in (`callId`), as read from the store; a key none of them
 * names is left out.
 */
export function peopleOf(nodes: readonly NetworkNode[], calls: ReadonlyArray<{ id: number; participants: readonly Participant[] }>): Map<string, Participant> {
  const byId = new Map(calls.map((c) => [c.id, c]));
  const out = new Map<string, Participant>();
  for (const node of nodes) {
    const participant = byId.get(node.callId)?.participants.find((p) => participantKeyOf(p) === node.key);
    if (participant) out.set(node.key, participant);
  }
  return out;
}

export interface PlacedNode extends NetworkNode {
  x: number;
  y: number;
  /** 0: the hub; 1: the inner ring (the hub's busiest partners); 2: the outer ring. */
  ring: 0 | 1 | 2;
  /** Radius of the node's disc, by its number of calls. */
  r: number;
}
export interface PlacedEdge extends NetworkEdge {
  from: PlacedNode;
  to: PlacedNode;
  /** Stroke width: proportional to the number of calls, from MIN_EDGE to MAX_EDGE. */
  width: number;
}
export interface NetworkLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** Nodes and edges left out of the picture to keep it readable; the table lists them all. */
  hiddenNodes: number;
  hiddenEdges: number;
  width: number;
  height: number;
}

/** At most this many nodes are drawn: more is a hairball; the table has the rest. */
export const MAX_NODES = 20;
/** The inner ring holds the hub's busiest partners. */
export const INNER_RING = 8;
/** At most this many edges are drawn (the busiest); the table has every pair. */
export const MAX_EDGES = 40;
export const MIN_EDGE = 1.5;
export const MAX_EDGE = 12;
const MIN_NODE = 6;
const MAX_NODE = 20;

/** The hub: Vietnam in the country view when it has calls (the readers' own country), else the busiest node. */
export function hubOf(network: Network): string | null {
  if (network.by === 'country' && network.nodes.some((n) => n.key === 'VN')) return 'VN';
  return network.nodes[0]?.key ?? null;
}

/**
 * Places the hub in the middle, its busiest partners on an inner ring and the other nodes on an
 * outer ring (each ring in order of calls, clockwise from the top); edges between shown nodes.
 */
export function layoutNetwork(network: Network, { width = 520, height = 420, maxNodes = MAX_NODES, maxEdges = MAX_EDGES } = {}): NetworkLayout {
  const hub = hubOf(network);
  const kept = network.nodes.filter((n) => n.key !== hub).slice(0, Math.max(0, maxNodes - 1));
  const hubNode = network.nodes.find((n) => n.key === hub);
  // The hub's partners first (by the calls between them), then the others by their own calls.
  const withHub = new Map(network.edges.filter((e) => e.a === hub || e.b === hub).map((e) => [e.a === hub ? e.b : e.a, e.calls]));
  kept.sort((x, y) => (withHub.get(y.key) ?? 0) - (withHub.get(x.key) ?? 0) || y.calls - x.calls || (x.key < y.key ? -1 : 1));
  const inner = kept.slice(0, INNER_RING);
  const outer = kept.slice(INNER_RING);
  const cx = width / 2;
  const cy = height / 2;
  const reach = Math.min(width, height) / 2 - MAX_NODE - 16;
  const maxCalls = Math.max(1, ...network.nodes.map((n) => n.calls));
  const radius = (calls: number) => MIN_NODE + (MAX_NODE - MIN_NODE) * Math.sqrt(calls / maxCalls);
  const placed: PlacedNode[] = [];
  if (hubNode) placed.push({ ...hubNode, x: cx, y: cy, ring: 0, r: radius(hubNode.calls) });
  const ring = (nodes: typeof kept, distance: number, level: 1 | 2, turn: number) =>
    nodes.forEach((n, i) => {
      const angle = -Math.PI / 2 + ((i + turn) / nodes.length) * 2 * Math.PI;
      placed.push({ ...n, x: cx + distance * Math.cos(angle), y: cy + distance * Math.sin(angle), ring: level, r: radius(n.calls) });
    });
  // One ring when there is no outer one; the outer ring turned by half a step, between the inner nodes.
  ring(inner, outer.length ? reach * 0.55 : reach, 1, 0);
  ring(outer, reach, 2, 0.5);
  const at = new Map(placed.map((n) => [n.key, n]));
  // The busiest edges only: past a few dozen, lines cross into a hairball and none can be read.
  const shown = network.edges.filter((e) => at.has(e.a) && at.has(e.b)).slice(0, maxEdges);
  const maxEdge = Math.max(1, ...shown.map((e) => e.calls));
  return {
    nodes: placed,
    edges: shown.map((e) => ({ ...e, from: at.get(e.a)!, to: at.get(e.b)!, width: MIN_EDGE + ((MAX_EDGE - MIN_EDGE) * (e.calls - 1)) / Math.max(1, maxEdge - 1) })),
    hiddenNodes: network.nodes.length - placed.length,
    hiddenEdges: network.edges.length - shown.length,
    width,
    height,
  };
}
