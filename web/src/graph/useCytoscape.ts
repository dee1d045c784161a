import { useEffect, useMemo, useRef, useState } from 'react';
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions, seedPositions, type LayoutRequest, type LayoutResult, type Point } from './layout';
import { addInChunks, addStyled, CHUNK_ABOVE, fitToDefinitions, renderingProfile } from './chunked';
import { arrange, groupLabelBox, type Arrangement, type GroupLabel } from './arrange';

cytoscape.use(fcose);

/** What a tap hit: a node, an edge, or the empty background. */
export type TapTarget = { kind: 'node'; id: string; additive?: boolean } | { kind: 'edge'; id: string } | { kind: 'background' };

/** What the pointer is over, and where on the canvas (rendered pixels), for a tooltip. */
export interface HoverTarget { kind: 'node' | 'edge'; id: string; x: number; y: number }

export interface CytoscapeOptions {
  elements: ElementDefinition[];
  style: StylesheetJson;
  /** Large graphs get the cheaper rendering profile (see below). */
  large: boolean;
  /** Cytoscape's experimental WebGL renderer (measured in the report; off by default). */
  webgl?: boolean;
  onTap?: (target: TapTarget) => void;
  onHover?: (target: HoverTarget | null) => void;
  /** Nodes in a box drawn with Shift (or Ctrl) held on the background. */
  onBoxSelect?: (ids: string[]) => void;
  /** Zoom level from which plain labels are drawn (see `labelsOn`). */
  labelZoom?: number;
  /** Nodes pinned at a position (a saved view's, or the user's): layouts never move them. */
  pinned?: ReadonlyMap<string, Point>;
  /** Force-directed (default), grouped by the node data's `group` (region or kind, named by `groupLabel`), or rings by `centrality`. */
  arrangement?: Arrangement;
}

const NO_PINS: ReadonlyMap<string, Point> = new Map();
const ANIMATION_MS = 450;
const PADDING = 30;

/** Fits the viewport to where the nodes are going (not where they are mid-animation), and to `boxes` (group names). */
function fitTo(c: Core, positions: Record<string, Point>, animate: boolean, boxes: readonly { x1: number; y1: number; x2: number; y2: number }[] = []) {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  c.nodes().forEach((n) => {
    const p = positions[n.id()] ?? n.position();
    const r = (Number(n.data('size')) || 20) / 2 + 14; // room for the label below
    x1 = Math.min(x1, p.x - r); y1 = Math.min(y1, p.y - r); x2 = Math.max(x2, p.x + r); y2 = Math.max(y2, p.y + r);
  });
  for (const b of boxes) { x1 = Math.min(x1, b.x1); y1 = Math.min(y1, b.y1); x2 = Math.max(x2, b.x2); y2 = Math.max(y2, b.y2); }
  if (!Number.isFinite(x1)) return;
  const w = c.width(), h = c.height();
  const zoom = Math.max(c.minZoom(), Math.min(c.maxZoom(), Math.min((w - 2 * PADDING) / Math.max(1, x2 - x1), (h - 2 * PADDING) / Math.max(1, y2 - y1))));
  const pan = { x: w / 2 - zoom * (x1 + x2) / 2, y: h / 2 - zoom * (y1 + y2) / 2 };
  c.stop();
  if (animate) c.animate({ zoom, pan }, { duration: ANIMATION_MS, easing: 'ease-out' });
  else c.viewport({ zoom, pan });
}

/**
 * Owns one Cytoscape instance for a container: created on mount (and again only when the
 * rendering profile changes), destroyed on unmount. Elements are patched by id inside cy.batch();
 * the layout runs again only when the set of ids changes, in a Web Worker. A re-layout is
 * incremental: nodes that stay keep their positions exactly (fcose fixed-node constraints), new
 * nodes start next to their placed neighbours (`seedPositions`) and glide into place. Positions
 * the server computed (`layout: true`) are used as they are.
 */
export function useCytoscape({ elements, style, large, webgl = false, onTap, onHover, onBoxSelect, labelZoom = 0.8, pinned = NO_PINS, arrangement = 'force' }: CytoscapeOptions) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const shape = useRef('');
  const tap = useRef(onTap);
  tap.current = onTap;
  const hover = useRef(onHover);
  hover.current = onHover;
  const boxSelect = useRef(onBoxSelect);
  boxSelect.current = onBoxSelect;
  const worker = useRef<Worker | null>(null);
  const request = useRef(0);
  /** Bumped when a chunked add starts, so an older one stops. */
  const chunking = useRef(0);
  const [instance, setInstance] = useState(0);
  /** Instances created so far; `instance` (state) catches up one render later. */
  const created = useRef(0);
  /** Final positions of the nodes on the canvas (from a finished layout or the server). */
  const placed = useRef(new Map<string, Point>());
  /** Every final position seen in this session, so a node that comes back starts where it was. */
  const remembered = useRef(new Map<string, Point>());
  const [pending, setPending] = useState<{ key: string; incremental: boolean }>({ key: '', incremental: false });
  /** The element ids the current positions were computed for; differs from `shapeKey` while a layout is pending. */
  const [laidOut, setLaidOut] = useState<{ key: string; instance: number; incremental: boolean; ms: number }>({ key: '', instance: -1, incremental: false, ms: 0 });
  const idsKey = useMemo(() => elements.map((e) => e.data.id as string).sort().join('|'), [elements]);
  /** What the positions depend on: the ids, and the arrangement (for grouped layouts, the groups too). */
  const shapeKey = useMemo(() => (arrangement === 'force' ? idsKey
    : `${arrangement}#${idsKey}#${elements.filter((e) => e.group === 'nodes').map((e) => `${e.data.id}=${e.data.group}=${e.data.groupLabel ?? ''}`).join('|')}`), [idsKey, arrangement, elements]);
  const layingOut = laidOut.key !== shapeKey || laidOut.instance !== instance;
  /** Bumped after every layout, so callers can centre on a node once positions are final. */
  const [layoutVersion, setLayoutVersion] = useState(0);
  /**
   * Whether the zoom is high enough for plain labels. Cytoscape's `min-zoomed-font-size` is not
   * honoured by its element texture cache (labels baked into a texture at a higher level stay
   * visible), so the stylesheet switches labels itself when this flips.
   */
  const [labelsOn, setLabelsOn] = useState(true);
  /** The names of the groups of a grouped arrangement, above their clusters (empty otherwise). */
  const [groupLabels, setGroupLabels] = useState<GroupLabel[]>([]);

  useEffect(() => {
    const c = cytoscape({
      container: container.current,
      style,
      // Drag on the background pans; with Shift (or Ctrl) held it draws a selection box.
      boxSelectionEnabled: true,
      selectionType: 'single',
      // Performance profile: while panning/zooming draw a cached texture instead of every element;
      // for large graphs also hide edges and render at 1× pixels (graph/chunked.ts).
      ...renderingProfile(large),
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    c.on('tap', (e) => {
      if (e.target === c) tap.current?.({ kind: 'background' });
      else if (e.target.isNode()) {
        const m = e.originalEvent as MouseEvent | undefined;
        tap.current?.({ kind: 'node', id: e.target.id(), additive: !!(m?.shiftKey || m?.ctrlKey || m?.metaKey) });
      }
      else tap.current?.({ kind: 'edge', id: e.target.id() });
    });
    c.on('mouseover', 'node, edge', (e) => {
      const p = e.target.isNode() ? e.target.renderedPosition() : e.renderedPosition;
      hover.current?.({ kind: e.target.isNode() ? 'node' : 'edge', id: e.target.id(), x: p.x, y: p.y });
    });
    c.on('mouseout', 'node, edge', () => hover.current?.(null));
    // Box selection: the nodes come one 'boxselect' event each; they are handed on together.
    let boxed: string[] = [];
    c.on('boxselect', 'node', (e) => {
      if (!boxed.length) window.setTimeout(() => { const ids = boxed; boxed = []; c.nodes().unselect(); boxSelect.current?.(ids); }, 0);
      boxed.push(e.target.id());
    });
    // A node dragged by hand stays where it was put through later incremental layouts.
    c.on('free', 'node', (e) => { const p = { ...e.target.position() }; placed.current.set(e.target.id(), p); remembered.current.set(e.target.id(), p); });
    c.on('viewport tapstart', () => hover.current?.(null));
    let frame = 0;
    c.on('zoom', () => {
      if (frame) return;
      frame = requestAnimationFrame(() => { frame = 0; setLabelsOn(c.zoom() >= labelZoom); });
    });
    cy.current = c;
    shape.current = '';
    placed.current.clear();
    (window as unknown as { __cy?: Core }).__cy = c; // for browser tests and debugging
    created.current++;
    setInstance((i) => i + 1);
    return () => { c.destroy(); if (cy.current === c) cy.current = null; };
    // The stylesheet is applied by the effect below; only the rendering profile recreates the instance.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [large, webgl]);

  useEffect(() => { cy.current?.style(style); }, [style, instance]);

  useEffect(() => () => { worker.current?.terminate(); worker.current = null; }, []);

  useEffect(() => {
    const c = cy.current;
    // An instance created in this commit (a large graph's answer recreates it with the large
    // profile) gets its elements in the render its `instance` update causes, a task of its own:
    // creating the instance and drawing the elements are not one long task.
    if (!c || created.current !== instance) return;
    const wanted = new Set(elements.map((e) => e.data.id as string));
    const added: ElementDefinition[] = [];
    c.batch(() => {
      c.elements().filter((e) => !wanted.has(e.id())).remove();
      for (const el of elements) {
        const existing = c.getElementById(el.data.id as string);
        if (existing.nonempty()) {
          existing.data(el.data);
          existing.classes(el.classes ?? '');
        } else added.push(el);
      }
    });
    // Few new elements go in at once, styled and measured here rather than in the frame that draws
    // them; many go in chunks across frames (below).
    if (added.length && added.length <= CHUNK_ABOVE) addStyled(c, added);
    for (const id of [...placed.current.keys()]) if (!wanted.has(id)) placed.current.delete(id);
    const key = shapeKey;
    if (key === shape.current) return;
    shape.current = key;
    if (added.length > CHUNK_ABOVE) {
      // No long main-thread task: the map shows the first chunk at its final zoom and fills in,
      // then carries on as below. A newer set of elements cancels the rest.
      const gen = ++chunking.current;
      if (c.nodes().length === 0) fitToDefinitions(c, added);
      void addInChunks(c, added, {
        cancelled: () => chunking.current !== gen || cy.current !== c || shape.current !== key,
        onChunk: (p) => { (window as unknown as { __mapChunks?: unknown }).__mapChunks = { ...p }; }, // for browser tests
      })
        .then((complete) => { if (complete) placeAll(c, key); });
      return;
    }
    placeAll(c, key);
  }, [elements, shapeKey, instance, large, pinned, arrangement]);

  /** Lays out (or places) the elements on the canvas once they are all there. */
  function placeAll(c: Core, key: string) {
    const wanted = new Set(elements.map((e) => e.data.id as string));
    const done = (incremental: boolean, ms = 0) => { setLaidOut({ key, instance, incremental, ms }); setLayoutVersion((v) => v + 1); };
    const nodes = c.nodes();
    if (arrangement === 'force' || nodes.length === 0) setGroupLabels([]);
    if (nodes.length === 0) { setPending({ key, incremental: false }); done(false); return; }
    if (arrangement !== 'force') {
      // Grouped or concentric: computed at once, animated from where the nodes are. These
      // positions are not remembered as placed, so going back to the force layout starts from the
      // force positions seen before.
      request.current++;
      const { positions, labels } = arrange(arrangement, nodes.map((n) => ({
        id: n.id(), size: Number(n.data('size')) || 20, group: String(n.data('group') ?? ''), centrality: Number(n.data('betweenness')) || 0,
        groupLabel: n.data('groupLabel') as string | undefined,
      })), { width: Math.max(200, c.width() - 2 * PADDING), height: Math.max(200, c.height() - 2 * PADDING) });
      setGroupLabels(labels);
      for (const [id, p] of pinned) if (wanted.has(id)) positions[id] = p;
      placed.current.clear();
      setPending({ key, incremental: true });
      const animate = !large && nodes.length < 800;
      c.batch(() => nodes.forEach((n) => {
        const to = positions[n.id()];
        if (!animate) n.position(to);
        else { n.stop(); n.animate({ position: to }, { duration: ANIMATION_MS, easing: 'ease-out' }); }
      }));
      fitTo(c, positions, animate, labels.map(groupLabelBox));
      window.setTimeout(() => { if (shape.current === key && cy.current === c) done(true, 0); }, animate ? ANIMATION_MS + 30 : 0);
      return;
    }
    const serverPositioned = elements.filter((e) => e.group === 'nodes').every((e) => e.position);
    if (serverPositioned) {
      request.current++; // a layout still running in the worker is for an older shape
      // Back from a grouped or concentric arrangement: the server's positions again.
      const given = new Map(elements.filter((e) => e.group === 'nodes').map((e) => [e.data.id as string, e.position!]));
      c.batch(() => nodes.forEach((n) => { const p = given.get(n.id()); if (p) n.position(p); }));
      nodes.forEach((n) => { placed.current.set(n.id(), { ...n.position() }); remembered.current.set(n.id(), { ...n.position() }); });
      c.fit(undefined, 30);
      setPending({ key, incremental: false });
      done(false);
      return;
    }
    // Only positions a finished layout produced count as placed: nodes added while an earlier
    // layout was still running sit at (0, 0) and are seeded like new ones.
    const ids = nodes.map((n) => n.id());
    const edgeList = c.edges().map((e) => ({ source: e.source().id(), target: e.target().id(), weight: Number(e.data('weight')) || 1 }));
    // Pinned nodes are placed where they are pinned, and the rest is laid out around them.
    for (const [id, p] of pinned) if (wanted.has(id)) { placed.current.set(id, p); c.getElementById(id).position(p); }
    const survivors = ids.filter((id) => placed.current.has(id));
    const recalled = ids.filter((id) => remembered.current.has(id)).length;
    // Unchanged nodes stay exactly where they are; nodes seen earlier in the session start where
    // they were. A map with too little of either is laid out from scratch.
    const incremental = survivors.length > 0 || recalled >= ids.length / 2;
    if (survivors.length === ids.length) {
      // Nothing new (a filter that only removed nodes, or a view with every node pinned): no layout.
      request.current++;
      setPending({ key, incremental: true });
      const positions = Object.fromEntries(ids.map((id) => [id, placed.current.get(id)!]));
      c.batch(() => { for (const [id, p] of Object.entries(positions)) c.getElementById(id).position(p); });
      fitTo(c, positions, !large);
      window.setTimeout(() => { if (shape.current === key && cy.current === c) done(true, 0); }, large ? 0 : ANIMATION_MS + 30);
      return;
    }
    let seeds: Map<string, Point> | null = null;
    if (incremental) {
      seeds = seedPositions(ids, edgeList, placed.current, remembered.current);
      c.batch(() => { for (const [id, p] of seeds!) if (!placed.current.has(id)) c.getElementById(id).position(p); });
    }
    const fixed = survivors; // includes the pinned ones
    setPending({ key, incremental });
    const req: LayoutRequest = {
      id: ++request.current,
      nodes: nodes.map((n) => ({ id: n.id(), size: Number(n.data('size')) || 20, ...(seeds ? seeds.get(n.id()) : {}) })),
      edges: edgeList,
      randomize: !incremental,
      fixed: incremental ? fixed : [],
    };
    const apply = (res: LayoutResult) => {
      if (res.id !== request.current || cy.current !== c) return;
      for (const [id, p] of Object.entries(res.positions)) { placed.current.set(id, p); remembered.current.set(id, p); }
      if (!incremental || large) {
        c.batch(() => { for (const [id, p] of Object.entries(res.positions)) c.getElementById(id).position(p); });
        fitTo(c, res.positions, false);
        done(incremental, res.ms);
        return;
      }
      // Incremental: new nodes glide from their seeds to their places, the rest stay put. The
      // animations are fire-and-forget: a layout's own animated 'layoutstop' never comes when
      // another animation (centring on the focus) stops the viewport's, which left the map busy.
      c.nodes().forEach((n) => {
        const to = res.positions[n.id()];
        if (to && (Math.abs(n.position('x') - to.x) > 0.5 || Math.abs(n.position('y') - to.y) > 0.5)) {
          n.stop();
          n.animate({ position: to }, { duration: ANIMATION_MS, easing: 'ease-out' });
        }
      });
      fitTo(c, res.positions, true);
      const reqId = res.id;
      window.setTimeout(() => { if (request.current === reqId && cy.current === c) done(true, res.ms); }, ANIMATION_MS + 30);
    };
    const onMainThread = () => {
      const started = performance.now();
      const constraint = (req.fixed ?? []).map((id) => ({ nodeId: id, position: { ...c.getElementById(id).position() } }));
      c.layout(fcoseOptions(req.nodes.length, req.randomize, constraint) as unknown as cytoscape.LayoutOptions).run();
      apply({ id: req.id, positions: Object.fromEntries(c.nodes().map((n) => [n.id(), { ...n.position() }])), ms: performance.now() - started });
    };
    try {
      worker.current ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
      worker.current.onmessage = (e: MessageEvent<LayoutResult>) => (e.data.error ? onMainThread() : apply(e.data));
      worker.current.onerror = () => { worker.current?.terminate(); worker.current = null; onMainThread(); };
      worker.current.postMessage(req);
    } catch {
      onMainThread();
    }
  }

  return {
    container, cy, layingOut, layoutVersion, labelsOn, groupLabels,
    /** True while a from-scratch layout is pending: positions on screen are meaningless then. */
    unplaced: layingOut && !(pending.key === shapeKey && pending.incremental),
    layoutMs: laidOut.ms,
  };
}
