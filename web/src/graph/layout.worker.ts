/// <reference lib="webworker" />
/**
 * Runs fcose off the main thread on a headless Cytoscape, so the page stays responsive while a
 * large map is laid out. Receives a LayoutRequest, answers a LayoutResult.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions, type LayoutRequest, type LayoutResult } from './layout';

cytoscape.use(fcose);

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const req = e.data;
  const started = performance.now();
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      // Without it a headless Cytoscape runs its default 'null' layout on the elements given here,
      // which puts every node at (0, 0) and throws away the starting positions.
      layout: { name: 'preset' },
      style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
      elements: [
        ...req.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size }, position: n.x === undefined ? undefined : { x: n.x, y: n.y! } })),
        ...req.edges.map((ed, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: ed.source, target: ed.target, weight: ed.weight } })),
      ],
    });
    const fixed = (req.fixed ?? []).map((id) => ({ nodeId: id, position: { ...cy.getElementById(id).position() } }));
    cy.layout(fcoseOptions(req.nodes.length, req.randomize, fixed) as unknown as cytoscape.LayoutOptions).run();
    const positions: LayoutResult['positions'] = {};
    cy.nodes().forEach((n) => { const p = n.position(); positions[n.id()] = { x: p.x, y: p.y }; });
    cy.destroy();
    (self as unknown as Worker).postMessage({ id: req.id, positions, ms: performance.now() - started } satisfies LayoutResult);
  } catch (err) {
    (self as unknown as Worker).postMessage({ id: req.id, positions: {}, ms: 0, error: String(err) } satisfies LayoutResult);
  }
};
