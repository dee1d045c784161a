/* global cytoscape */
// The map page of the browser benchmark (bench/browser.ts serves it). Query: n (elements),
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
    const renderer = cy.renderer();
    out.webglActive = Boolean(renderer.webgl);
    // Count frames Cytoscape really draws. Its 'render' event is not emitted by the WebGL path, so
    // wrap the renderer's render function (its rAF loop looks it up on every frame).
    let renders = 0;
    const waiting = [];
    const draw = renderer.render;
    renderer.render = function (...args) {
      const result = draw.apply(this, args);
      renders++;
      while (waiting.length) waiting.shift()();
      return result;
    };
    const painted = () => new Promise((resolve) => waiting.push(() => requestAnimationFrame(() => resolve(performance.now()))));
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
    // Let caches settle before measuring interaction.
    await new Promise((r) => setTimeout(r, 500));
    const canvas = document.querySelector('#cy canvas:last-of-type') || document.getElementById('cy');
    const rect = canvas.getBoundingClientRect();
    // Pan: press on the background corner, move a few pixels every frame for 2 s, release.
    const gesture = (seconds, step, finish) => new Promise((resolve) => {
      let frames = 0, worst = 0, last = performance.now();
      const start = last;
      renders = 0;
      const tick = (t) => {
        frames++;
        worst = Math.max(worst, t - last);
        last = t;
        if (t - start >= seconds * 1000) { finish(); resolve({ fps: frames / ((t - start) / 1000), renders, worstFrameMs: worst }); return; }
        step(frames);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const x0 = rect.left + 8, y0 = rect.top + 8;
    const fire = (type, x, y) => canvas.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1, view: window }));
    fire('mousedown', x0, y0);
    const pan = await gesture(2, (i) => {
      const x = x0 + 4 * i, y = y0 + 2 * i;
      window.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: x, clientY: y, buttons: 1, view: window }));
    }, () => window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: x0, clientY: y0, view: window })));
    await new Promise((r) => setTimeout(r, 300));
    const cx = rect.left + rect.width / 2, cyy = rect.top + rect.height / 2;
    const zoom = await gesture(2, (i) => {
      canvas.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: cx, clientY: cyy, deltaY: i % 40 < 20 ? -40 : 40, deltaMode: 0, view: window }));
    }, () => {});
    out.pan = pan;
    out.zoom = zoom;
    out.done = true;
  } catch (e) {
    out.error = String(e && e.stack || e);
    out.done = true;
  }
})();
