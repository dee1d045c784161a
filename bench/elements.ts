/**
 * Map elements for the browser benchmark, computed in memory from a generated dataset with the
 * collaboration rule Samkart uses (shared network, measure, agreement or reported collaboration;
 * generic roles left out; nodes are actors with at least one edge), cut to a target number of
 * elements (nodes + edges) by taking whole regions in order, with positions from a cheap
 * deterministic layout (actors around their municipality on a grid), standing in for positions a
 * layout worker or the server (`layout: true`) would have computed.
 */
import type { Dataset } from '../server/data/dataset.js';
import type { GraphEdgeRow } from '../server/analysis/collaboration.js';
import type { ContextKind, MemberRow } from '../server/db/repos/collaboration.repo.js';

export interface MapElements {
  nodes: { data: { id: string; label: string; kind: string; size: number }; position: { x: number; y: number } }[];
  edges: { data: { id: string; source: string; target: string; weight: number; width: number } }[];
}

/** The derived collaboration graph of a dataset: actor ids, edges with weights, each actor's region. */
export function collaborationGraph(d: Dataset) {
  const actors = new Map(d.nodes.filter((n) => n.label === 'Actor').map((n) => [n.id, n]));
  const contexts = new Map<string, Set<string>>();
  const region = new Map<string, string>();
  for (const r of d.rels) {
    if (r.type === 'LOCATED_IN') region.set(r.from, r.to);
    const context = r.type === 'MEMBER_OF' ? r.to : r.type === 'RESPONSIBLE_FOR' ? r.to : r.type === 'PARTY_TO' ? r.to : r.type === 'INVOLVED_IN' ? r.to : null;
    if (!context) continue;
    const a = actors.get(r.from);
    if (!a || a.props.isGenericRole === true) continue;
    if (!contexts.has(context)) contexts.set(context, new Set());
    contexts.get(context)!.add(r.from);
  }
  const weights = new Map<string, number>();
  /** The contexts behind each edge (for the product's payload, which carries them). */
  const shared = new Map<string, string[]>();
  for (const [context, members] of contexts) {
    const m = [...members].sort();
    for (let i = 0; i < m.length; i++) for (let j = i + 1; j < m.length; j++) {
      const id = `${m[i]}~${m[j]}`;
      weights.set(id, (weights.get(id) ?? 0) + 1);
      (shared.get(id) ?? shared.set(id, []).get(id)!).push(context);
    }
  }
  return { actors, weights, region, shared };
}

const CONTEXT_KINDS: Record<string, ContextKind> = { MEMBER_OF: 'NETWORK', RESPONSIBLE_FOR: 'MEASURE', PARTY_TO: 'AGREEMENT', INVOLVED_IN: 'REPORTED' };

/**
 * The same actors and edges as `mapElements`, as the server's collaboration graph rows: actors
 * with their kinds, edges with their weights and contexts (kind, id, name), for the product's own
 * metrics, layout and compact encoding (bench/browser.ts).
 */
export function mapGraphRows(d: Dataset, target: number): { actors: MemberRow[]; edges: GraphEdgeRow[] } {
  const els = mapElements(d, target);
  const { actors, shared } = collaborationGraph(d);
  const names = new Map(d.nodes.map((n) => [n.id, String(n.props.name ?? n.props.title ?? n.props.description ?? n.id).slice(0, 120)]));
  const kindOf = new Map<string, ContextKind>();
  for (const r of d.rels) if (CONTEXT_KINDS[r.type]) kindOf.set(r.to, CONTEXT_KINDS[r.type]);
  const enumOf = (v: unknown) => (v == null ? null : String(v).toUpperCase().replace(/-/g, '_'));
  return {
    actors: els.nodes.map((n) => {
      const a = actors.get(n.data.id)!;
      return { id: n.data.id, name: String(a.props.name), kind: enumOf(a.props.kind), level: enumOf(a.props.level), isGenericRole: false };
    }).sort((a, b) => (a.id < b.id ? -1 : 1)),
    edges: els.edges.map((e) => ({
      id: e.data.id, source: e.data.source, target: e.data.target, weight: e.data.weight,
      contexts: (shared.get(e.data.id) ?? []).map((c) => ({ kind: kindOf.get(c) ?? 'NETWORK', id: c, label: names.get(c) ?? c })),
    })),
  };
}

/** About `target` elements: whole regions in a fixed order, their actors and the edges among them. */
export function mapElements(d: Dataset, target: number): MapElements {
  const { actors, weights, region } = collaborationGraph(d);
  const edges = [...weights.entries()].map(([id, weight]) => {
    const [source, t] = id.split('~');
    return { id, source, target: t, weight };
  });
  const withEdges = new Set(edges.flatMap((e) => [e.source, e.target]));
  // Regions in order of their first actor's appearance (the generator's county order), national first.
  const regionOrder: string[] = [];
  for (const id of actors.keys()) {
    const r = region.get(id) ?? 'none';
    if (!regionOrder.includes(r)) regionOrder.push(r);
  }
  const byRegion = new Map<string, string[]>();
  for (const id of actors.keys()) if (withEdges.has(id)) {
    const r = region.get(id) ?? 'none';
    byRegion.set(r, [...(byRegion.get(r) ?? []), id]);
  }
  const count = (kept: Set<string>) => kept.size + edges.filter((e) => kept.has(e.source) && kept.has(e.target)).length;
  let kept = new Set<string>();
  for (const r of regionOrder) {
    const next = new Set([...kept, ...(byRegion.get(r) ?? [])]);
    if (count(kept) >= target) break;
    kept = next;
  }
  const keptEdges = edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  const keptNodes = [...kept];
  // Layout: regions on a grid, each region's actors on a circle around its cell's centre.
  const regions = [...new Set(keptNodes.map((id) => region.get(id) ?? 'none'))];
  const cols = Math.ceil(Math.sqrt(regions.length));
  const cell = 260;
  const members = new Map<string, string[]>();
  for (const id of keptNodes) {
    const r = region.get(id) ?? 'none';
    members.set(r, [...(members.get(r) ?? []), id]);
  }
  const degree = new Map<string, number>();
  for (const e of keptEdges) { degree.set(e.source, (degree.get(e.source) ?? 0) + 1); degree.set(e.target, (degree.get(e.target) ?? 0) + 1); }
  const nodes: MapElements['nodes'] = [];
  regions.forEach((r, ri) => {
    const list = members.get(r)!;
    const cx = (ri % cols) * cell, cy = Math.floor(ri / cols) * cell;
    list.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / list.length, radius = 30 + 8 * list.length;
      const a = actors.get(id)!;
      nodes.push({
        data: { id, label: String(a.props.name), kind: String(a.props.kind ?? 'other'), size: Math.min(60, 14 + 2 * Math.sqrt(degree.get(id) ?? 0)) },
        position: { x: Math.round(cx + Math.min(radius, cell * 0.45) * Math.cos(angle)), y: Math.round(cy + Math.min(radius, cell * 0.45) * Math.sin(angle)) },
      });
    });
  });
  return {
    nodes,
    edges: keptEdges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, weight: e.weight, width: Math.min(8, 1 + e.weight) } })),
  };
}
