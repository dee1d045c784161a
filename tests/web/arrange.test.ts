/** The grouped and concentric layouts: every actor placed, none touching another, groups apart. */
import { describe, expect, it } from 'vitest';
import { concentric, grouped, type ArrangeNode } from '../../web/src/graph/arrange';

const nodes: ArrangeNode[] = Array.from({ length: 400 }, (_, i) => ({
  id: `actor:n${i}`, size: 14 + (i % 5) * 10, group: `region:r${i % 7 === 0 ? 0 : i % 3}`, centrality: ((i * 37) % 101) / 100,
}));

function closest(pos: Record<string, { x: number; y: number }>) {
  let worst = Infinity;
  const ids = Object.keys(pos);
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
    const a = pos[ids[i]], b = pos[ids[j]];
    worst = Math.min(worst, Math.hypot(a.x - b.x, a.y - b.y));
  }
  return worst;
}

describe('arrangements', () => {
  it('groups actors by their group, no two touching, the groups apart', () => {
    const pos = grouped(nodes);
    expect(Object.keys(pos).length).toBe(400);
    expect(closest(pos)).toBeGreaterThan(44 * 0.62); // the largest node's size plus the gap, on the spiral
    const centre = (g: string) => {
      const ps = nodes.filter((n) => n.group === g).map((n) => pos[n.id]);
      return { x: ps.reduce((s, p) => s + p.x, 0) / ps.length, y: ps.reduce((s, p) => s + p.y, 0) / ps.length };
    };
    const groups = [...new Set(nodes.map((n) => n.group))];
    // Every actor is nearer its own group's centre than any other group's.
    for (const n of nodes) {
      const own = centre(n.group);
      for (const g of groups) if (g !== n.group) {
        const other = centre(g);
        expect(Math.hypot(pos[n.id].x - own.x, pos[n.id].y - own.y)).toBeLessThan(Math.hypot(pos[n.id].x - other.x, pos[n.id].y - other.y));
      }
    }
  });

  it('puts the most central actor in the middle and the rest on rings by centrality, none touching', () => {
    const pos = concentric(nodes);
    expect(Object.keys(pos).length).toBe(400);
    const top = [...nodes].sort((a, b) => b.centrality - a.centrality || (a.id < b.id ? -1 : 1))[0];
    expect(pos[top.id]).toEqual({ x: 0, y: 0 });
    expect(closest(pos)).toBeGreaterThan(40);
    const radius = (n: ArrangeNode) => Math.hypot(pos[n.id].x, pos[n.id].y);
    const sorted = [...nodes].sort((a, b) => radius(a) - radius(b));
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].centrality).toBeLessThanOrEqual(sorted[i - 1].centrality + 1e-9 + (radius(sorted[i]) - radius(sorted[i - 1]) < 1 ? 1 : 0));
  });
});
