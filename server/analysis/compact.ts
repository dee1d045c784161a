/**
 * The collaboration graph as one compact value (`CollaborationGraph.compact`): parallel arrays
 * instead of one GraphQL object per node, edge and context. At 20,000 elements the object-shaped
 * fields resolve about 200,000 fields one by one; this is one field whose value is serialised by
 * JSON.stringify in one go. Edges refer to nodes by index, and each shared context is listed once
 * (edges refer to it by index).
 *
 * Above `aggregateAbove` elements (nodes + edges) the actors are aggregated into their Louvain
 * communities: one community node each (member count, most central actor, centroid of its members'
 * positions) and summed links between communities. Communities asked for in `expand` are shown
 * with their actors and edges in place; their actors' links to the communities still aggregated
 * are summed as well. Pure: unit-tested, and used by the map benchmark on generated data.
 */
import type { ContextRef, GraphResult } from './collaboration.js';

/** Elements (nodes + edges) above which the compact graph is aggregated into communities by default. */
export const DEFAULT_AGGREGATE_ABOVE = 10_000;

export const COMPACT_FORMAT = 'samkart.collaboration-graph.v1';

export interface CompactNodes {
  id: string[]; label: string[]; kind: (string | null)[]; level: (string | null)[]; region: (string | null)[];
  /** 1 for generic roles, else 0. */
  isGenericRole: number[];
  degree: number[]; weightedDegree: number[]; betweenness: number[]; community: number[];
  /** 1 for cut vertices, else 0. */
  isCutVertex: number[];
  /** Server positions (`layout: true`), else null. */
  x: number[] | null; y: number[] | null;
}

export interface CompactGraph {
  format: typeof COMPACT_FORMAT;
  communityCount: number;
  density: number;
  /** The whole graph's size, also when aggregated. */
  total: { nodes: number; edges: number };
  /** True when communities are drawn as single nodes (see `communities`, `links`). */
  aggregated: boolean;
  nodes: CompactNodes;
  /** Edges between the nodes above, by node index; edge i's contexts are contextIndex[contextStart[i] .. contextStart[i+1]). */
  edges: { source: number[]; target: number[]; weight: number[]; contextStart: number[]; contextIndex: number[] };
  /** Each shared context once. */
  contexts: { kind: string[]; id: string[]; label: string[] };
  /** When aggregated: every community, expanded or not. */
  communities?: {
    id: number[]; size: number[]; edges: number[]; hubId: string[]; hub: string[];
    /** The kind most of its actors share (at least 60 %, three or more actors), else null. */
    dominantKind: (string | null)[];
    expanded: number[]; x: number[] | null; y: number[] | null;
  };
  /**
   * When aggregated: summed links where at least one end is a community still aggregated. Ends are
   * `community:<n>` or an actor id of an expanded community; weight is the sum of the edge weights,
   * count the number of actor-to-actor edges summed.
   */
  links?: { source: string[]; target: string[]; weight: number[]; count: number[] };
}

export interface CompactOptions {
  /** Aggregate when nodes + edges exceed this; 0 or less never aggregates. */
  aggregateAbove?: number;
  /** Communities to show with their actors when aggregated. */
  expand?: readonly number[];
}

const round = (x: number) => Math.round(x * 10) / 10;

export function encodeCompact(g: GraphResult, o: CompactOptions = {}): CompactGraph {
  const above = o.aggregateAbove ?? DEFAULT_AGGREGATE_ABOVE;
  const aggregated = above > 0 && g.nodes.length + g.edges.length > above;
  const expanded = new Set(o.expand ?? []);
  const shown = aggregated ? g.nodes.filter((n) => expanded.has(n.community)) : g.nodes;
  const index = new Map(shown.map((n, i) => [n.id, i]));
  const positioned = g.nodes.length > 0 && g.nodes.every((n) => n.x != null && n.y != null);
  const nodes: CompactNodes = {
    id: shown.map((n) => n.id), label: shown.map((n) => n.label), kind: shown.map((n) => n.kind), level: shown.map((n) => n.level), region: shown.map((n) => n.region ?? null),
    isGenericRole: shown.map((n) => (n.isGenericRole ? 1 : 0)), degree: shown.map((n) => n.degree), weightedDegree: shown.map((n) => n.weightedDegree),
    betweenness: shown.map((n) => n.betweenness), community: shown.map((n) => n.community), isCutVertex: shown.map((n) => (n.isCutVertex ? 1 : 0)),
    x: positioned ? shown.map((n) => round(n.x!)) : null, y: positioned ? shown.map((n) => round(n.y!)) : null,
  };
  const edges: CompactGraph['edges'] = { source: [], target: [], weight: [], contextStart: [0], contextIndex: [] };
  const contexts: CompactGraph['contexts'] = { kind: [], id: [], label: [] };
  const contextIndex = new Map<string, number>();
  const contextOf = (c: ContextRef) => {
    const key = `${c.kind}|${c.id}`;
    let i = contextIndex.get(key);
    if (i === undefined) {
      i = contexts.id.length;
      contextIndex.set(key, i);
      contexts.kind.push(c.kind); contexts.id.push(c.id); contexts.label.push(c.label);
    }
    return i;
  };
  const community = new Map(g.nodes.map((n) => [n.id, n.community]));
  const links = new Map<string, { weight: number; count: number }>();
  const end = (id: string) => (expanded.has(community.get(id)!) ? id : `community:${community.get(id)}`);
  for (const e of g.edges) {
    const s = index.get(e.source), t = index.get(e.target);
    if (s !== undefined && t !== undefined) {
      edges.source.push(s); edges.target.push(t); edges.weight.push(e.weight);
      for (const c of e.contexts) edges.contextIndex.push(contextOf(c));
      edges.contextStart.push(edges.contextIndex.length);
      continue;
    }
    // Aggregated: sum into a link between the ends as drawn (a community between its own actors is not drawn).
    const a = end(e.source), b = end(e.target);
    if (a === b) continue;
    const key = a < b ? `${a}\n${b}` : `${b}\n${a}`;
    const l = links.get(key) ?? links.set(key, { weight: 0, count: 0 }).get(key)!;
    l.weight += e.weight; l.count++;
  }
  const out: CompactGraph = {
    format: COMPACT_FORMAT, communityCount: g.communityCount, density: g.density,
    total: { nodes: g.nodes.length, edges: g.edges.length }, aggregated, nodes, edges, contexts,
  };
  if (!aggregated) return out;

  const groups = new Map<number, typeof g.nodes>();
  for (const n of g.nodes) (groups.get(n.community) ?? groups.set(n.community, []).get(n.community)!).push(n);
  const internal = new Map<number, number>();
  for (const e of g.edges) {
    const c = community.get(e.source)!;
    if (c === community.get(e.target)) internal.set(c, (internal.get(c) ?? 0) + 1);
  }
  const ids = [...groups.keys()].sort((a, b) => a - b);
  const c: NonNullable<CompactGraph['communities']> = {
    id: [], size: [], edges: [], hubId: [], hub: [], dominantKind: [], expanded: [], x: positioned ? [] : null, y: positioned ? [] : null,
  };
  for (const id of ids) {
    const members = groups.get(id)!;
    const hub = members.reduce((best, n) => (n.weightedDegree > best.weightedDegree
      || (n.weightedDegree === best.weightedDegree && (n.betweenness > best.betweenness || (n.betweenness === best.betweenness && n.label < best.label))) ? n : best));
    const kinds = new Map<string, number>();
    for (const m of members) { const k = m.isGenericRole ? 'GENERIC_ROLE' : m.kind ?? 'OTHER'; kinds.set(k, (kinds.get(k) ?? 0) + 1); }
    const [top, count] = [...kinds.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    c.id.push(id); c.size.push(members.length); c.edges.push(internal.get(id) ?? 0);
    c.hubId.push(hub.id); c.hub.push(hub.label);
    c.dominantKind.push(members.length >= 3 && count / members.length >= 0.6 ? top : null);
    c.expanded.push(expanded.has(id) ? 1 : 0);
    if (positioned) {
      c.x!.push(round(members.reduce((s, n) => s + n.x!, 0) / members.length));
      c.y!.push(round(members.reduce((s, n) => s + n.y!, 0) / members.length));
    }
  }
  const l: NonNullable<CompactGraph['links']> = { source: [], target: [], weight: [], count: [] };
  for (const [key, v] of [...links.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [s, t] = key.split('\n');
    l.source.push(s); l.target.push(t); l.weight.push(v.weight); l.count.push(v.count);
  }
  return { ...out, communities: c, links: l };
}

const encoded = new WeakMap<GraphResult, Map<string, CompactGraph>>();

/**
 * The compact encoding of a graph from the derived cache, built once per graph and options: the
 * graph itself is cached per data version (derived-cache.ts), so the encoding is built once per
 * data version and reused, and goes with its graph when a write makes it stale.
 */
export function compactOf(g: GraphResult, o: CompactOptions = {}): CompactGraph {
  const key = JSON.stringify([o.aggregateAbove ?? DEFAULT_AGGREGATE_ABOVE, [...(o.expand ?? [])].sort((a, b) => a - b)]);
  let byOptions = encoded.get(g);
  if (!byOptions) encoded.set(g, byOptions = new Map());
  let c = byOptions.get(key);
  if (!c) {
    c = encodeCompact(g, o);
    byOptions.set(key, c);
    compactStats.built++;
    // Bounded: expansions a user clicks through are kept, but not without limit.
    if (byOptions.size > 32) byOptions.delete(byOptions.keys().next().value!);
  } else compactStats.reused++;
  return c;
}

/** Counts for tests. */
export const compactStats = { built: 0, reused: 0 };
