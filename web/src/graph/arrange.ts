/**
 * Layouts besides the force-directed one (as in Kumu and Bloom): actors grouped by region or by
 * kind, or on rings by centrality. Computed directly (no iterations), so they are instant even at
 * thousands of nodes, and spread by construction: within a group actors sit on a sunflower
 * (phyllotaxis) spiral spaced by their size, groups are packed in rows, and rings are spaced so
 * that neighbours on a ring never touch. Pure and unit-tested.
 */
export type Arrangement = 'force' | 'region' | 'kind' | 'concentric';
export const ARRANGEMENTS: readonly Arrangement[] = ['force', 'region', 'kind', 'concentric'];

export interface ArrangeNode { id: string; size: number; group: string; centrality: number }
export interface Point { x: number; y: number }

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** Positions on a sunflower spiral around (0, 0), the first (most central) in the middle; returns them and the radius used. */
function sunflower(nodes: readonly ArrangeNode[], gap: number): { at: Point[]; radius: number } {
  const step = Math.max(...nodes.map((n) => n.size), 14) + gap;
  const at = nodes.map((_, i) => {
    const r = step * 0.62 * Math.sqrt(i + 0.5);
    return { x: r * Math.cos(i * GOLDEN), y: r * Math.sin(i * GOLDEN) };
  });
  return { at, radius: step * 0.62 * Math.sqrt(nodes.length + 0.5) + step / 2 };
}

/** Groups (by `group`, largest first), each a sunflower of its actors by centrality, packed in rows. */
export function grouped(nodes: readonly ArrangeNode[], gap = 18): Record<string, Point> {
  const groups = new Map<string, ArrangeNode[]>();
  for (const n of nodes) (groups.get(n.group) ?? groups.set(n.group, []).get(n.group)!).push(n);
  const laid = [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .map(([key, members]) => {
      const sorted = [...members].sort((a, b) => b.centrality - a.centrality || (a.id < b.id ? -1 : 1));
      return { key, members: sorted, ...sunflower(sorted, gap) };
    });
  const area = laid.reduce((s, g) => s + (2 * g.radius + 3 * gap) ** 2, 0);
  const rowWidth = Math.max(Math.sqrt(area) * 1.4, ...laid.map((g) => 2 * g.radius));
  const out: Record<string, Point> = {};
  let x = 0, y = 0, rowHeight = 0;
  for (const g of laid) {
    const d = 2 * g.radius + 3 * gap; // room for labels between groups
    if (x > 0 && x + d > rowWidth) { x = 0; y += rowHeight; rowHeight = 0; }
    const cx = x + d / 2, cy = y + d / 2;
    g.members.forEach((n, i) => { out[n.id] = { x: cx + g.at[i].x, y: cy + g.at[i].y }; });
    x += d;
    rowHeight = Math.max(rowHeight, d);
  }
  return out;
}

/** Rings by centrality: the most central actor in the middle, each ring as full as its circumference allows. */
export function concentric(nodes: readonly ArrangeNode[], gap = 16): Record<string, Point> {
  const sorted = [...nodes].sort((a, b) => b.centrality - a.centrality || (a.id < b.id ? -1 : 1));
  const out: Record<string, Point> = {};
  const step = Math.max(...nodes.map((n) => n.size), 14) + gap;
  let i = 0, ring = 0;
  while (i < sorted.length) {
    const r = ring * step * 1.6;
    const capacity = ring === 0 ? 1 : Math.floor((2 * Math.PI * r) / step);
    const count = Math.min(capacity, sorted.length - i);
    for (let k = 0; k < count; k++) {
      const a = (2 * Math.PI * k) / count + ring * 0.5; // a ring's start turns, so rings do not line up
      out[sorted[i + k].id] = { x: r * Math.cos(a), y: r * Math.sin(a) };
    }
    i += count;
    ring++;
  }
  return out;
}

export function arrange(arrangement: Exclude<Arrangement, 'force'>, nodes: readonly ArrangeNode[]): Record<string, Point> {
  return arrangement === 'concentric' ? concentric(nodes) : grouped(nodes);
}
