/** Layout requests and options shared by the worker and the main-thread fallback. */

export interface Point { x: number; y: number }

export interface LayoutRequest {
  id: number;
  /** Every node with its starting position (always given when `randomize` is false). */
  nodes: { id: string; size: number; x?: number; y?: number }[];
  edges: { source: string; target: string; weight: number }[];
  /** True for a layout from scratch; false refines the given positions (incremental). */
  randomize: boolean;
  /** Nodes that must stay exactly where they are (unchanged nodes and pinned ones). */
  fixed?: string[];
}

export interface LayoutResult {
  id: number;
  positions: Record<string, Point>;
  ms: number;
  error?: string;
}

/**
 * fcose settings: 'draft' quality for large graphs keeps the layout to seconds, not minutes.
 * Fixed nodes become fcose's fixedNodeConstraint, so an incremental layout moves only new nodes.
 */
export function fcoseOptions(nodeCount: number, randomize: boolean, fixed: { nodeId: string; position: Point }[] = []) {
  return {
    name: 'fcose',
    animate: false,
    randomize,
    quality: nodeCount > 800 ? 'draft' : 'default',
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: () => 110,
    nodeRepulsion: () => 15000,
    edgeElasticity: () => 0.45,
    gravity: 0.25,
    numIter: 2500,
    packComponents: true,
    tile: true,
    fit: false,
    ...(fixed.length && !randomize ? { fixedNodeConstraint: fixed } : {}),
  } as const;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Starting positions for an incremental layout. Nodes already placed keep theirs; a node placed
 * earlier in the session (`remembered`) starts where it was, so going back to a view brings back
 * its picture; any other node starts next to the mean of its placed neighbours, or, with none, on
 * a spiral outside the placed nodes. Every start is distinct: nodes on one point would be pulled
 * apart by fcose along a single direction, which is how the map used to collapse into a line.
 * Deterministic (no Math.random), so it is unit-tested.
 */
export function seedPositions(
  nodes: readonly string[],
  edges: readonly { source: string; target: string }[],
  placed: ReadonlyMap<string, Point>,
  remembered: ReadonlyMap<string, Point> = new Map(),
): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const id of nodes) { const p = placed.get(id) ?? remembered.get(id); if (p) out.set(id, { x: p.x, y: p.y }); }
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    (neighbours.get(e.source) ?? neighbours.set(e.source, []).get(e.source)!).push(e.target);
    (neighbours.get(e.target) ?? neighbours.set(e.target, []).get(e.target)!).push(e.source);
  }
  const known = [...out.values()];
  const box = known.length
    ? known.reduce((b, p) => ({ x1: Math.min(b.x1, p.x), y1: Math.min(b.y1, p.y), x2: Math.max(b.x2, p.x), y2: Math.max(b.y2, p.y) }), { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity })
    : { x1: 0, y1: 0, x2: 0, y2: 0 };
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const outer = Math.max(box.x2 - box.x1, box.y2 - box.y1) / 2 + 120;
  let pending = nodes.filter((id) => !out.has(id));
  let orphan = 0;
  // Place in waves, so a chain of new nodes grows outwards from what is placed.
  while (pending.length) {
    const next: string[] = [];
    let placedInWave = 0;
    pending.forEach((id, i) => {
      const anchors = (neighbours.get(id) ?? []).map((m) => out.get(m)).filter((p): p is Point => !!p);
      if (!anchors.length) { next.push(id); return; }
      const mean = anchors.reduce((s, p) => ({ x: s.x + p.x / anchors.length, y: s.y + p.y / anchors.length }), { x: 0, y: 0 });
      const angle = (i + 1) * GOLDEN_ANGLE;
      const r = 45 + 6 * Math.sqrt(i + 1);
      out.set(id, { x: mean.x + r * Math.cos(angle), y: mean.y + r * Math.sin(angle) });
      placedInWave++;
    });
    if (!placedInWave) {
      // No placed neighbour anywhere: start the first one on the outer spiral, then grow from it.
      const id = next.shift()!;
      const angle = orphan * GOLDEN_ANGLE;
      const r = outer + 30 * Math.sqrt(orphan++);
      out.set(id, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
    }
    pending = next;
  }
  return out;
}
