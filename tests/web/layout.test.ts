import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions, seedPositions } from '../../web/src/graph/layout';

cytoscape.use(fcose);

const key = (p: { x: number; y: number }) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`;

describe('seedPositions', () => {
  const edges = [
    { source: 'a', target: 'b' }, { source: 'b', target: 'c' }, { source: 'c', target: 'd' },
    { source: 'x', target: 'y' },
  ];
  it('keeps placed nodes, recalls remembered ones and starts new ones near their placed neighbours', () => {
    const placed = new Map([['a', { x: 0, y: 0 }], ['b', { x: 100, y: 0 }]]);
    const remembered = new Map([['d', { x: 300, y: 40 }]]);
    const seeds = seedPositions(['a', 'b', 'c', 'd', 'x', 'y', 'z'], edges, placed, remembered);
    expect(seeds.get('a')).toEqual({ x: 0, y: 0 });
    expect(seeds.get('b')).toEqual({ x: 100, y: 0 });
    expect(seeds.get('d')).toEqual({ x: 300, y: 40 });
    // c sits between its placed neighbours b and d, not on top of either.
    const c = seeds.get('c')!;
    expect(Math.hypot(c.x - 200, c.y - 20)).toBeLessThan(80);
    // Nodes with no placed neighbour start outside the placed ones, and every start is distinct.
    for (const id of ['x', 'y', 'z']) expect(Math.hypot(seeds.get(id)!.x - 150, seeds.get(id)!.y - 20)).toBeGreaterThan(150);
    expect(new Set([...seeds.values()].map(key)).size).toBe(7);
  });

  it('is deterministic', () => {
    const placed = new Map([['a', { x: 0, y: 0 }]]);
    expect([...seedPositions(['a', 'b', 'c', 'x'], edges, placed)]).toEqual([...seedPositions(['a', 'b', 'c', 'x'], edges, placed)]);
  });
});

describe('an incremental fcose layout from seeded positions', () => {
  /** |corr(x, y)|: 1 when every node is on one straight diagonal line. */
  const corr = (ps: { x: number; y: number }[]) => {
    const mx = ps.reduce((s, p) => s + p.x, 0) / ps.length, my = ps.reduce((s, p) => s + p.y, 0) / ps.length;
    let sxy = 0, sxx = 0, syy = 0;
    for (const p of ps) { sxy += (p.x - mx) * (p.y - my); sxx += (p.x - mx) ** 2; syy += (p.y - my) ** 2; }
    return Math.abs(sxy / Math.sqrt(sxx * syy));
  };
  // A deterministic tree of 60 nodes with a few cross links.
  const ids = Array.from({ length: 60 }, (_, i) => `n${i}`);
  const links = ids.slice(1).map((id, i) => ({ source: id, target: `n${(i * 7) % (i + 1)}` })).concat(ids.slice(3, 20).map((id, i) => ({ source: id, target: `n${i + 21}` })));
  const run = (nodes: string[], start: Map<string, { x: number; y: number }>, fixed: string[], randomize: boolean) => {
    const cy = cytoscape({
      headless: true, styleEnabled: true, layout: { name: 'preset' },
      style: [{ selector: 'node', style: { width: 20, height: 20 } }],
      elements: [
        ...nodes.map((id) => ({ group: 'nodes' as const, data: { id }, position: start.get(id) })),
        ...links.filter((l) => nodes.includes(l.source) && nodes.includes(l.target)).map((l, i) => ({ group: 'edges' as const, data: { id: `e${i}`, ...l } })),
      ],
    });
    const constraint = fixed.map((id) => ({ nodeId: id, position: { ...cy.getElementById(id).position() } }));
    cy.layout(fcoseOptions(nodes.length, randomize, constraint) as unknown as cytoscape.LayoutOptions).run();
    const out = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    cy.destroy();
    return out;
  };

  it('stays two-dimensional and keeps the fixed nodes where they were', () => {
    const first = run(ids.slice(0, 30), new Map(), [], true);
    expect(corr([...first.values()])).toBeLessThan(0.9);
    const seeds = seedPositions(ids, links, first);
    const second = run(ids, seeds, [...first.keys()], false);
    expect(corr([...second.values()])).toBeLessThan(0.9);
    for (const [id, p] of first) expect(Math.hypot(second.get(id)!.x - p.x, second.get(id)!.y - p.y)).toBeLessThan(1);
  });
});
