/* global cytoscape, importScripts */
// fcose on a headless Cytoscape in a Web Worker, with the web app's options (web/src/graph/layout.ts).
importScripts('/vendor/cytoscape.min.js', '/vendor/layout-base.js', '/vendor/cose-base.js', '/vendor/cytoscape-fcose.js');
cytoscape.use(self.cytoscapeFcose);

self.onmessage = (e) => {
  try {
    const { nodes, edges } = e.data;
    const cy = cytoscape({
      headless: true, styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
      elements: [
        ...nodes.map((n) => ({ group: 'nodes', data: { id: n.id, size: n.size } })),
        ...edges.map((d, i) => ({ group: 'edges', data: { id: `e${i}`, source: d.source, target: d.target, weight: d.weight } })),
      ],
    });
    cy.layout({
      name: 'fcose', animate: false, randomize: true, quality: nodes.length > 800 ? 'draft' : 'default',
      nodeDimensionsIncludeLabels: false, idealEdgeLength: () => 70, nodeRepulsion: () => 6500, edgeElasticity: () => 0.45,
      gravity: 0.25, numIter: 2500, packComponents: true, tile: true, fit: false,
    }).run();
    const positions = {};
    cy.nodes().forEach((n) => { positions[n.id()] = n.position(); });
    self.postMessage({ positions });
  } catch (err) {
    self.postMessage({ error: String(err) });
  }
};
