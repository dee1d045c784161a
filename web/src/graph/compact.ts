/**
 * Reads the compact encoding of the collaboration graph (`CollaborationGraph.compact`, parallel
 * arrays; server/analysis/compact.ts writes it) into the object shape the map works with. Contexts
 * are listed once in the encoding and shared by the edges that name them. Pure and unit-tested.
 */
import type { GraphEdgeLike, GraphNodeLike } from './toElements';

export interface DecodedNode extends GraphNodeLike { level: string | null; region: string | null }
export interface DecodedEdge extends GraphEdgeLike { contexts: { kind: string; id: string; label: string }[] }

/** A community drawn as one node (the graph is aggregated), or expanded into its actors. */
export interface CommunityNode {
  /** The element id, `community:<n>`. */
  id: string;
  community: number;
  size: number;
  /** Edges among its own actors. */
  edges: number;
  hubId: string;
  hub: string;
  dominantKind: string | null;
  expanded: boolean;
  x: number | null;
  y: number | null;
}

/** Summed collaboration between a community still aggregated and another community or an actor. */
export interface CommunityLink { id: string; source: string; target: string; weight: number; count: number }

export interface DecodedGraph {
  communityCount: number;
  density: number;
  total: { nodes: number; edges: number };
  nodes: DecodedNode[];
  edges: DecodedEdge[];
  /** Present when the server aggregated the graph into communities. */
  aggregate?: { communities: CommunityNode[]; links: CommunityLink[] };
}

/** The wire format (see the SDL of `CollaborationGraph.compact`). */
interface Compact {
  format: string;
  communityCount: number; density: number; total: { nodes: number; edges: number }; aggregated: boolean;
  nodes: {
    id: string[]; label: string[]; kind: (string | null)[]; level: (string | null)[]; region?: (string | null)[]; isGenericRole: number[]; degree: number[];
    weightedDegree: number[]; betweenness: number[]; community: number[]; isCutVertex: number[]; x: number[] | null; y: number[] | null;
  };
  edges: { source: number[]; target: number[]; weight: number[]; contextStart: number[]; contextIndex: number[] };
  contexts: { kind: string[]; id: string[]; label: string[] };
  communities?: {
    id: number[]; size: number[]; edges: number[]; hubId: string[]; hub: string[]; dominantKind: (string | null)[];
    expanded: number[]; x: number[] | null; y: number[] | null;
  };
  links?: { source: string[]; target: string[]; weight: number[]; count: number[] };
}

export const COMPACT_FORMAT = 'samkart.collaboration-graph.v1';

export function decodeCompact(value: unknown): DecodedGraph {
  const c = value as Compact;
  if (!c || c.format !== COMPACT_FORMAT) throw new Error(`unknown collaboration graph encoding: ${String(c?.format)}`);
  const n = c.nodes;
  const nodes: DecodedNode[] = n.id.map((id, i) => ({
    id, label: n.label[i], kind: n.kind[i], level: n.level[i], region: n.region?.[i] ?? null, isGenericRole: n.isGenericRole[i] === 1, degree: n.degree[i],
    weightedDegree: n.weightedDegree[i], betweenness: n.betweenness[i], community: n.community[i], isCutVertex: n.isCutVertex[i] === 1,
    x: n.x ? n.x[i] : null, y: n.y ? n.y[i] : null,
  }));
  const contexts = c.contexts.id.map((id, i) => ({ kind: c.contexts.kind[i], id, label: c.contexts.label[i] }));
  const e = c.edges;
  const edges: DecodedEdge[] = e.source.map((s, i) => {
    const source = n.id[s], target = n.id[e.target[i]];
    const ctx: DecodedEdge['contexts'] = [];
    for (let k = e.contextStart[i]; k < e.contextStart[i + 1]; k++) ctx.push(contexts[e.contextIndex[k]]);
    return { id: source < target ? `${source}~${target}` : `${target}~${source}`, source, target, weight: e.weight[i], contexts: ctx };
  });
  const out: DecodedGraph = { communityCount: c.communityCount, density: c.density, total: c.total, nodes, edges };
  if (c.aggregated && c.communities && c.links) {
    const k = c.communities, l = c.links;
    out.aggregate = {
      communities: k.id.map((id, i) => ({
        id: `community:${id}`, community: id, size: k.size[i], edges: k.edges[i], hubId: k.hubId[i], hub: k.hub[i],
        dominantKind: k.dominantKind[i], expanded: k.expanded[i] === 1, x: k.x ? k.x[i] : null, y: k.y ? k.y[i] : null,
      })),
      links: l.source.map((s, i) => ({ id: `${s}~${l.target[i]}`, source: s, target: l.target[i], weight: l.weight[i], count: l.count[i] })),
    };
  }
  return out;
}
