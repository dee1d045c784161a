import { useEffect, useMemo, useRef, useState } from 'react';
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions, type LayoutRequest, type LayoutResult } from './layout';

cytoscape.use(fcose);

/** What a tap hit: a node, an edge, or the empty background. */
export type TapTarget = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | { kind: 'background' };

export interface CytoscapeOptions {
  elements: ElementDefinition[];
  style: StylesheetJson;
  /** Large graphs get the cheaper rendering profile (see below). */
  large: boolean;
  /** Cytoscape's experimental WebGL renderer (measured in the report; off by default). */
  webgl?: boolean;
  onTap?: (target: TapTarget) => void;
  /** Zoom level from which plain labels are drawn (see `labelsOn`). */
  labelZoom?: number;
}

/**
 * Owns one Cytoscape instance for a container: created on mount (and again only when the
 * rendering profile changes), destroyed on unmount. Elements are patched by id inside cy.batch();
 * the layout runs again only when the set of ids changes, in a Web Worker, starting from the
 * positions already on screen, so expanding a neighbourhood does not reshuffle the map. Positions
 * the server computed (`layout: true`) are used as they are.
 */
export function useCytoscape({ elements, style, large, webgl = false, onTap, labelZoom = 0.8 }: CytoscapeOptions) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const shape = useRef('');
  const tap = useRef(onTap);
  tap.current = onTap;
  const worker = useRef<Worker | null>(null);
  const request = useRef(0);
  const [instance, setInstance] = useState(0);
  /** The element ids the current positions were computed for; differs from `shapeKey` while a layout is pending. */
  const [laidOut, setLaidOut] = useState<{ key: string; instance: number; incremental: boolean; ms: number }>({ key: '', instance: -1, incremental: false, ms: 0 });
  const shapeKey = useMemo(() => elements.map((e) => e.data.id as string).sort().join('|'), [elements]);
  const layingOut = laidOut.key !== shapeKey || laidOut.instance !== instance;
  /** Bumped after every layout, so callers can centre on a node once positions are final. */
  const [layoutVersion, setLayoutVersion] = useState(0);
  /**
   * Whether the zoom is high enough for plain labels. Cytoscape's `min-zoomed-font-size` is not
   * honoured by its element texture cache (labels baked into a texture at a higher level stay
   * visible), so the stylesheet switches labels itself when this flips.
   */
  const [labelsOn, setLabelsOn] = useState(true);

  useEffect(() => {
    const c = cytoscape({
      container: container.current,
      style,
      minZoom: 0.03,
      maxZoom: 5,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Performance profile: while panning/zooming draw a cached texture instead of every element;
      // for large graphs also hide edges and render at 1× pixels.
      textureOnViewport: true,
      hideEdgesOnViewport: large,
      hideLabelsOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
      motionBlur: false,
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    c.on('tap', (e) => {
      if (e.target === c) tap.current?.({ kind: 'background' });
      else if (e.target.isNode()) tap.current?.({ kind: 'node', id: e.target.id() });
      else tap.current?.({ kind: 'edge', id: e.target.id() });
    });
    let frame = 0;
    c.on('zoom', () => {
      if (frame) return;
      frame = requestAnimationFrame(() => { frame = 0; setLabelsOn(c.zoom() >= labelZoom); });
    });
    cy.current = c;
    shape.current = '';
    (window as unknown as { __cy?: Core }).__cy = c; // for browser tests and debugging
    setInstance((i) => i + 1);
    return () => { c.destroy(); if (cy.current === c) cy.current = null; };
    // The stylesheet is applied by the effect below; only the rendering profile recreates the instance.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [large, webgl]);

  useEffect(() => { cy.current?.style(style); }, [style, instance]);

  useEffect(() => () => { worker.current?.terminate(); worker.current = null; }, []);

  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    const wanted = new Set(elements.map((e) => e.data.id as string));
    const before = new Set(c.nodes().map((n) => n.id()));
    c.batch(() => {
      c.elements().filter((e) => !wanted.has(e.id())).remove();
      for (const el of elements) {
        const existing = c.getElementById(el.data.id as string);
        if (existing.nonempty()) {
          existing.data(el.data);
          existing.classes(el.classes ?? '');
        } else c.add(el);
      }
    });
    const key = shapeKey;
    if (key === shape.current) return;
    shape.current = key;
    const done = (incremental: boolean, ms = 0) => { setLaidOut({ key, instance, incremental, ms }); setLayoutVersion((v) => v + 1); };
    const nodes = c.nodes();
    if (nodes.length === 0) { done(false); return; }
    const serverPositioned = elements.filter((e) => e.group === 'nodes').every((e) => e.position);
    if (serverPositioned) {
      request.current++; // a layout still running in the worker is for an older shape
      c.fit(undefined, 30);
      done(false);
      return;
    }
    // New nodes start next to a neighbour that is already placed, so the worker refines locally.
    const incremental = before.size > 0 && nodes.filter((n) => before.has(n.id())).nonempty();
    if (incremental) {
      nodes.filter((n) => !before.has(n.id())).forEach((n) => {
        const anchor = n.neighborhood().nodes().filter((m) => before.has(m.id()));
        const p = anchor.nonempty() ? anchor[0].position() : { x: 0, y: 0 };
        n.position({ x: p.x + (Math.random() - 0.5) * 80, y: p.y + (Math.random() - 0.5) * 80 });
      });
    }
    const req: LayoutRequest = {
      id: ++request.current,
      nodes: nodes.map((n) => ({ id: n.id(), size: Number(n.data('size')) || 20, ...(incremental ? n.position() : {}) })),
      edges: c.edges().map((e) => ({ source: e.source().id(), target: e.target().id(), weight: Number(e.data('weight')) || 1 })),
      randomize: !incremental,
    };
    const apply = (res: LayoutResult) => {
      if (res.id !== request.current || cy.current !== c) return;
      c.batch(() => { for (const [id, p] of Object.entries(res.positions)) c.getElementById(id).position(p); });
      c.fit(undefined, 30);
      done(incremental, res.ms);
    };
    const onMainThread = () => {
      const started = performance.now();
      c.layout(fcoseOptions(req.nodes.length, req.randomize) as unknown as cytoscape.LayoutOptions).run();
      apply({ id: req.id, positions: Object.fromEntries(c.nodes().map((n) => [n.id(), n.position()])), ms: performance.now() - started });
    };
    try {
      worker.current ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
      worker.current.onmessage = (e: MessageEvent<LayoutResult>) => (e.data.error ? onMainThread() : apply(e.data));
      worker.current.onerror = () => { worker.current?.terminate(); worker.current = null; onMainThread(); };
      worker.current.postMessage(req);
    } catch {
      onMainThread();
    }
  }, [elements, shapeKey, instance]);

  return {
    container, cy, layingOut, layoutVersion, labelsOn,
    /** True while a from-scratch layout is pending: positions on screen are meaningless then. */
    unplaced: layingOut && !isIncrementalPending(laidOut.key, shapeKey),
    layoutMs: laidOut.ms,
  };
}

/** An expansion keeps every node already placed, so the map stays visible while it is refined. */
function isIncrementalPending(previousKey: string, nextKey: string): boolean {
  if (!previousKey) return false;
  const before = new Set(previousKey.split('|'));
  const after = nextKey.split('|');
  return after.filter((id) => before.has(id)).length >= before.size;
}
