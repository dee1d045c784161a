/* global cytoscape */
import { countDraws, panAndZoom } from '/map-measure.js';

// The map page of the browser benchmark (bench/browser.ts serves it, as a module). Query: n (elements),
// renderer (canvas | webgl), viewport (0 | 1: textureOnViewport + hideEdgesOnViewport +
// hideLabelsOnViewport), layout (preset | fcose: fcose in a Web Worker, as the web app does).
// The style follows web/src/graph/style.ts: sized nodes with labels shown from 9 px, haystack edges.
(async () => {
  const q = new URLSearchParams(location.search);
  const webgl = q.get('renderer') === 'webgl';
  const viewport = q.get('viewport') === '1';
  const fcose = q.get('layout') === 'fcose';
  const out = window.__bench;
  try {
    if (webgl && !document.createElement('canvas').getContext('webgl2')) {
      out.error = 'WebGL2 is not available in this browser';
      out.done = true;
      return;
    }
    const els = await (await fetch(`/elements/${q.get('n')}.json`)).json();
    out.fetchedMs = performance.now();
    const style = [
      { selector: 'node', style: {
        'background-color': '#3f7cac', width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 11,
        'min-zoomed-font-size': 9, color: '#1d1d1d', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-max-width': '160px', 'text-wrap': 'ellipsis',
        'border-width': 1, 'border-color': '#ffffff' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#7d8a96', opacity: 0.5, 'curve-style': 'haystack', 'haystack-radius': 0 } },
    ];
    const nodes = els.nodes.map((n) => (fcose ? { group: 'nodes', data: n.data } : { group: 'nodes', data: n.data, position: n.position }));
    const edges = els.edges.map((e) => ({ group: 'edges', data: e.data }));
    const cy = cytoscape({
      container: document.getElementById('cy'),
      elements: [...nodes, ...edges],
      style,
      layout: { name: fcose ? 'null' : 'preset' },
      minZoom: 0.03, maxZoom: 5, boxSelectionEnabled: false, motionBlur: false, pixelRatio: 1,
      textureOnViewport: viewport, hideEdgesOnViewport: viewport, hideLabelsOnViewport: viewport,
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    });
    window.__cy = cy;
    out.webglActive = Boolean(cy.renderer().webgl);
    const { counter, painted } = countDraws(cy);
    if (fcose) {
      // Layout off the main thread, as web/src/graph/layout.worker.ts does, then the laid-out frame.
      const started = performance.now();
      const positions = await new Promise((resolve, reject) => {
        const worker = new Worker('/layout-worker.js');
        worker.onmessage = (e) => (e.data.error ? reject(new Error(e.data.error)) : resolve(e.data.positions));
        worker.onerror = (e) => reject(new Error(e.message));
        worker.postMessage({ nodes: els.nodes.map((n) => ({ id: n.data.id, size: n.data.size })), edges: els.edges.map((e) => e.data) });
      });
      out.layoutMs = performance.now() - started;
      const frame = painted();
      cy.batch(() => { for (const [id, p] of Object.entries(positions)) cy.getElementById(id).position(p); });
      cy.fit(undefined, 30);
      out.firstFrameMs = await frame;
    } else {
      const frame = painted();
      cy.fit(undefined, 30);
      out.firstFrameMs = await frame;
      out.layoutMs = 0;
    }
    Object.assign(out, await panAndZoom(counter));
    out.done = true;
  } catch (e) {
    out.error = String(e && e.stack || e);
    out.done = true;
  }
})();
