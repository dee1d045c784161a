/** The grouped and concentric layouts: every actor placed, none touching another, groups apart. */
import { describe, expect, it } from 'vitest';
import { concentric, grouped, groupedWithLabels, type ArrangeNode } from '../../web/src/graph/arrange';

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

  it('names every group in a band above its actors, clear of every actor and every other name, sized for the fitted viewport', () => {
    const named = nodes.map((n) => ({ ...n, groupLabel: n.group === 'region:r0' ? 'Vestfold og Telemark (2020–2023)' : `Region ${n.group.slice(-1)}` }));
    const viewport = { width: 1000, height: 560 };
    const { positions, labels } = groupedWithLabels(named, { viewport, fontPx: 13 });
    expect(labels.map((l) => l.group).sort()).toEqual([...new Set(nodes.map((n) => n.group))].sort());
    expect(labels.find((l) => l.group === 'region:r0')?.text).toBe('Vestfold og Telemark (2020–2023)');
    const box = (l: (typeof labels)[number]) => ({ x1: l.x - ((0.66 * l.text.length + 0.4) * l.fontSize) / 2, x2: l.x + ((0.66 * l.text.length + 0.4) * l.fontSize) / 2, y1: l.y - 0.6 * l.fontSize, y2: l.y + 0.6 * l.fontSize });
    const hit = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    for (const l of labels) {
      expect((0.66 * l.text.length + 0.4) * l.fontSize).toBeLessThanOrEqual(l.width); // the name fits its band
      for (const n of named) {
        const p = positions[n.id];
        expect(hit(box(l), { x1: p.x - n.size / 2, x2: p.x + n.size / 2, y1: p.y - n.size / 2, y2: p.y + n.size / 2 }), `${l.text} over ${n.id}`).toBe(false);
      }
      for (const o of labels) if (o !== l) expect(hit(box(l), box(o)), `${l.text} over ${o.text}`).toBe(false);
    }
    // Fitted to the viewport, the names are about 13 px high.
    const xs = [...Object.values(positions).map((p) => p.x), ...labels.flatMap((l) => [l.x - l.width / 2, l.x + l.width / 2])];
    const ys = [...Object.values(positions).map((p) => p.y), ...labels.map((l) => l.y - l.fontSize)];
    const zoom = Math.min(viewport.width / (Math.max(...xs) - Math.min(...xs)), viewport.height / (Math.max(...ys) - Math.min(...ys) + 60));
    expect(labels[0].fontSize * zoom).toBeGreaterThan(10);
    expect(labels[0].fontSize * zoom).toBeLessThan(16);
  });
});
