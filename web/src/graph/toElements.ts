import type { ElementDefinition } from 'cytoscape';
import { communityColor, KIND_GROUPS, kindGroup } from './kinds';
import type { SizeBy } from '../map/urlState';
import { centralityColor, LEVELS, NO_LEVEL, regionColor, regionOrder } from './styling';

/** The least an actor needs to be drawn. */
export interface ActorLike { id: string; name: string; kind?: string | null; parent?: { id: string } | null }

/**
 * Maps actors to Cytoscape elements: one node per actor, and a PART_OF edge to its parent when
 * the parent is drawn too. Pure, so it is unit-tested without a browser.
 */
export function actorsToElements(actors: readonly ActorLike[]): ElementDefinition[] {
  const ids = new Set(actors.map((a) => a.id));
  const nodes: ElementDefinition[] = actors.map((a) => ({
    group: 'nodes',
    data: { id: a.id, label: a.name, kind: a.kind ?? 'UNKNOWN' },
  }));
  const edges: ElementDefinition[] = actors
    .filter((a) => a.parent && ids.has(a.parent.id))
    .map((a) => ({ group: 'edges', data: { id: `${a.id}->${a.parent!.id}`, source: a.id, target: a.parent!.id, kind: 'PART_OF' } }));
  return [...nodes, ...edges];
}

/** A collaboration-graph node as the API returns it (GraphNode). */
export interface GraphNodeLike {
  id: string;
  label: string;
  kind?: string | null;
  level?: string | null;
  region?: string | null;
  isGenericRole: boolean;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  community: number;
  isCutVertex: boolean;
  x?: number | null;
  y?: number | null;
}

/** A collaboration-graph edge as the API returns it (GraphEdge). */
export interface GraphEdgeLike {
  id: string;
  source: string;
  target: string;
  weight: number;
  contexts: readonly { kind: string; id: string; label: string }[];
}

export interface GraphLike { nodes: readonly GraphNodeLike[]; edges: readonly GraphEdgeLike[] }

export const MIN_NODE_SIZE = 14;
/** How many of the largest nodes are labelled even when zoomed out. */
export const HUB_LABELS = 12;
export const MAX_NODE_SIZE = 56;

/** Node diameter for a metric value: area grows with the value (sqrt), relative to the largest in view. */
export function nodeSize(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return MIN_NODE_SIZE;
  return Math.round(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(Math.min(value / max, 1)));
}

/** Edge width for a weight: 1 px for one shared context, growing with log2, at most 10 px. */
export function edgeWidth(weight: number): number {
  return Math.min(10, 1 + 2 * Math.log2(Math.max(1, weight)));
}

/**
 * Joins graphs (the filtered map plus the neighbourhoods the user expanded) by id. A node's metrics
 * come from the first graph that has it, so expanding does not change sizes already shown.
 */
export function mergeGraphs<N extends { id: string }, E extends { id: string }>(graphs: readonly { nodes: readonly N[]; edges: readonly E[] }[]): { nodes: N[]; edges: E[] } {
  const nodes = new Map<string, N>();
  const edges = new Map<string, E>();
  for (const g of graphs) {
    for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of g.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/**
 * Maps the collaboration graph to Cytoscape elements. Node data carries everything the stylesheet
 * needs (size, both colours, shape), so switching "colour by" or "size by" is a style change and
 * never a relayout. Edges whose ends are not both drawn are left out. Pure and unit-tested.
 */
export function graphToElements(graph: GraphLike, sizeBy: SizeBy): ElementDefinition[] {
  const metric = (n: GraphNodeLike) => (sizeBy === 'degree' ? n.degree : sizeBy === 'weightedDegree' ? n.weightedDegree : sizeBy === 'uniform' ? 0 : n.betweenness);
  const max = graph.nodes.reduce((m, n) => Math.max(m, metric(n)), 0);
  const maxBetweenness = graph.nodes.reduce((m, n) => Math.max(m, n.betweenness), 0);
  const regions = regionOrder(graph.nodes.map((n) => n.region));
  // The largest nodes keep their labels when zoomed out, so the overview still names its hubs.
  const hubs = new Set([...graph.nodes].filter((n) => metric(n) > 0).sort((a, b) => metric(b) - metric(a)).slice(0, HUB_LABELS).map((n) => n.id));
  const ids = new Set(graph.nodes.map((n) => n.id));
  const nodes: ElementDefinition[] = graph.nodes.map((n) => {
    const group = kindGroup(n.kind, n.isGenericRole);
    const level = (n.level && LEVELS[n.level]) || NO_LEVEL;
    const el: ElementDefinition = {
      group: 'nodes',
      data: {
        id: n.id,
        label: n.label,
        kind: n.kind ?? 'UNKNOWN',
        kindGroup: group,
        kindColor: KIND_GROUPS[group].color,
        shape: KIND_GROUPS[group].shape,
        community: n.community,
        communityColor: communityColor(n.community),
        levelColor: level.color,
        levelShape: level.shape,
        regionColor: regionColor(regions, n.region),
        centralityColor: centralityColor(n.betweenness, maxBetweenness),
        // What the legend's toggles switch off, by colouring (`off` keys).
        kindKey: `kind:${group}`, communityKey: `community:${n.community}`, levelKey: `level:${n.level ?? 'NONE'}`, regionKey: `region:${n.region ?? 'none'}`,
        size: sizeBy === 'uniform' ? 24 : nodeSize(metric(n), max),
        degree: n.degree,
        betweenness: n.betweenness,
      },
      classes: [n.isCutVertex ? 'cut' : '', n.isGenericRole ? 'generic' : '', hubs.has(n.id) ? 'hub' : ''].filter(Boolean).join(' '),
    };
    if (typeof n.x === 'number' && typeof n.y === 'number') el.position = { x: n.x, y: n.y };
    return el;
  });
  const edges: ElementDefinition[] = graph.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, weight: e.weight, width: edgeWidth(e.weight) } }));
  return [...nodes, ...edges];
}

/** A community drawn as one node while the graph is aggregated (see graph/compact.ts). */
export interface CommunityNodeLike {
  id: string; community: number; size: number; hub: string; dominantKind: string | null; expanded: boolean; x: number | null; y: number | null;
}

/** Community node diameter for its member count: area grows with the count, relative to the largest. */
export function communityNodeSize(members: number, largest: number): number {
  return Math.round(28 + 62 * Math.sqrt(Math.min(members / Math.max(1, largest), 1)));
}

/**
 * Elements for an aggregated graph: one node per community not expanded (labelled by `label`,
 * sized by its member count, coloured by its community or its dominant kind) and the summed links.
 * Links whose ends are not drawn are left out. Pure and unit-tested.
 */
export function communityElements(
  communities: readonly CommunityNodeLike[], links: readonly { id: string; source: string; target: string; weight: number; count: number }[],
  drawnActors: ReadonlySet<string>, label: (c: CommunityNodeLike) => string,
): ElementDefinition[] {
  const collapsed = communities.filter((c) => !c.expanded);
  const largest = collapsed.reduce((m, c) => Math.max(m, c.size), 1);
  // Sized to the space between communities (positions come in the layout's own units), so they
  // read as the map's main shapes at the zoom that shows them all; labels scale with them.
  const placed = communities.filter((c) => c.x != null && c.y != null);
  let spacing = 0;
  if (placed.length > 1) {
    const xs = placed.map((c) => c.x!), ys = placed.map((c) => c.y!);
    const w = Math.max(...xs) - Math.min(...xs), h = Math.max(...ys) - Math.min(...ys);
    spacing = Math.max(w, h) / Math.sqrt(placed.length);
  }
  const sizeOf = (members: number) => (spacing > 0
    ? Math.round(Math.max(0.18, 0.55 * Math.sqrt(Math.min(members / largest, 1))) * spacing)
    : communityNodeSize(members, largest));
  const ids = new Set([...collapsed.map((c) => c.id), ...drawnActors]);
  const nodes: ElementDefinition[] = collapsed.map((c) => {
    const group = kindGroup(c.dominantKind);
    const el: ElementDefinition = {
      group: 'nodes',
      data: {
        id: c.id, label: label(c), kind: 'COMMUNITY', kindGroup: group, kindColor: c.dominantKind ? KIND_GROUPS[group].color : '#6f6f6f',
        shape: 'ellipse', levelShape: 'ellipse', community: c.community, communityColor: communityColor(c.community),
        levelColor: '#6f6f6f', regionColor: '#6f6f6f', centralityColor: '#6f6f6f', communityKey: `community:${c.community}`, size: sizeOf(c.size), fontSize: Math.max(11, Math.round(sizeOf(c.size) * 0.22)), members: c.size,
      },
      classes: 'community hub',
    };
    if (c.x != null && c.y != null) el.position = { x: c.x, y: c.y };
    return el;
  });
  const edges: ElementDefinition[] = links.filter((l) => ids.has(l.source) && ids.has(l.target)).map((l) => ({
    group: 'edges', data: { id: `link:${l.id}`, source: l.source, target: l.target, weight: l.weight, width: edgeWidth(l.weight) }, classes: 'link',
  }));
  return [...nodes, ...edges];
}
