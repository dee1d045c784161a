import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { entityPath, mapPath, navigate, useLocation } from '../router';
import { communityElements, graphToElements, mergeGraphs } from '../graph/toElements';
import { decodeCompact, type DecodedGraph } from '../graph/compact';
import { mapStyle } from '../graph/style';
import { useCytoscape, type HoverTarget, type TapTarget } from '../graph/useCytoscape';
import { describeCommunities } from '../graph/communities';
import { useWindowHeight } from './useWindowHeight';
import { labelsToHide } from '../graph/labels';
import { kindGroup, type KindGroup } from '../graph/kinds';
import { ErrorBox, Loading } from '../ui/QueryState';
import { SearchBox, type Hit } from '../ui/SearchBox';
import { downloadBlob, downloadCsv } from '../ui/download';
import { edgesCsv, nodesCsv } from './exportCsv';
import { mapParamProblems, parseMapState, serialiseMapState, toFilter, type MapState } from './urlState';
import { HighlightPicker, MapFilters, MapOptionsQuery } from './MapFilters';
import { ActorPanel } from './ActorPanel';
import { EdgePanel } from './EdgePanel';
import { PathFinder } from './PathFinder';
import { Legend, communityName, legendKey, shortGroup } from './Legend';
import { GroupLabels } from './GroupLabels';
import { SavedViewQuery, SavedViews } from './SavedViews';
import { mapSvg, pdfWithHeader, pngWithHeader, withGroupLabels, type ExportHeader } from './exportView';
import type { NodeShape } from '../graph/kinds';
import type { ActorKind } from '../gql/graphql';
import { MapTable } from './MapTable';
import { ExportLinks } from '../import/ExportLinks';

export const CollaborationGraphDocument = graphql(`
  query CollaborationGraph($filter: CollaborationFilter, $layout: Boolean, $open: [Int!]) {
    collaborationGraph(filter: $filter, layout: $layout) { compact(expand: $open) }
  }
`);

const HighlightNetworkQuery = graphql(`
  query HighlightNetwork($id: ID!) { network(id: $id) { id members { actor { id } } } }
`);
const ActorExistsQuery = graphql(`
  query ActorExists($id: ID!) { actor(id: $id) { id name } }
`);
const HighlightPlanQuery = graphql(`
  query HighlightPlan($id: ID!) { plan(id: $id) { id measures { responsibilities { actor { id } } } } }
`);
const HighlightMeasureQuery = graphql(`
  query HighlightMeasure($id: ID!) { measure(id: $id) { id responsibilities { actor { id } } } }
`);

/** The map reads the compact encoding (one JSON value instead of an object per node and edge). */
type Graph = DecodedGraph;
const decoded = new WeakMap<object, Graph>();
/** Decodes a query result's compact graph once (urql hands out the same result object until it changes). */
function graphOf(data: { collaborationGraph: { compact: unknown } } | undefined): Graph | undefined {
  const value = data?.collaborationGraph.compact as object | undefined;
  if (!value) return undefined;
  let g = decoded.get(value);
  if (!g) decoded.set(value, g = decodeCompact(value));
  return g;
}

/** Above this many elements the map asks the server for positions and uses the cheap rendering profile. */
export const LARGE_GRAPH = 1500;

/** Edge ids are the two actor ids joined by `~` in sorted order (GraphEdge.id). */
const edgeId = (a: string, b: string) => (a < b ? `${a}~${b}` : `${b}~${a}`);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The collaboration map: filters, search, the Cytoscape canvas (or its table), side panels and exports. */
export function MapPage() {
  const { t, num } = useI18n();
  const { search } = useLocation();
  const state = useMemo(() => parseMapState(search), [search]);
  // Every exploration step is a history entry, so Back and Forward walk through them. Dragging the
  // year slider or stepping the minimum weight makes one entry per gesture, not one per value.
  const lastUpdate = useRef<{ keys: string; at: number } | null>(null);
  const update = useCallback((patch: Partial<MapState>) => {
    const keys = Object.keys(patch).sort().join(',');
    const now = Date.now();
    const replace = (keys === 'asOf' || keys === 'minWeight') && lastUpdate.current?.keys === keys && now - lastUpdate.current.at < 1200;
    lastUpdate.current = { keys, at: now };
    navigate(mapPath(serialiseMapState({ ...parseMapState(window.location.search), saved: undefined, ...patch })), { replace, keepScroll: true });
  }, []);
  const problems = useMemo(() => mapParamProblems(search), [search]);

  // A saved view's link (`/?saved=view:…`) opens its state; its positions are pinned while it is set.
  const [savedView] = useQuery({ query: SavedViewQuery, variables: { id: state.saved ?? '' }, pause: !state.saved });
  const view = state.saved && savedView.data?.savedView?.id === state.saved ? savedView.data.savedView : null;
  useEffect(() => {
    if (!view || serialiseMapState({ ...state, saved: undefined }) !== '') return;
    navigate(mapPath(serialiseMapState({ ...parseMapState(`?${view.state}`), saved: view.id })), { replace: true, keepScroll: true });
  }, [view, state]);
  // Pins: a saved view's positions, plus actors the user pinned in this session (layouts never move them).
  const [userPins, setUserPins] = useState<ReadonlyMap<string, { x: number; y: number }>>(new Map());
  const pinned = useMemo(() => new Map([...(view?.positions ?? []).map((p) => [p.id, { x: p.x, y: p.y }] as const), ...userPins]), [view, userPins]);
  const filterKey = JSON.stringify(toFilter(state));
  const filter = useMemo(() => JSON.parse(filterKey) as ReturnType<typeof toFilter>, [filterKey]);

  const [serverLayout, setServerLayout] = useState(false);
  const [result, reexecute] = useQuery({ query: CollaborationGraphDocument, variables: { filter, layout: serverLayout, open: state.open } });
  const main = graphOf(result.data);
  // A busy server answers 503 or TIMEOUT and says it may work later: try again by itself, twice,
  // before leaving the error (with its retry button) on screen.
  const retries = useRef(0);
  useEffect(() => { retries.current = 0; }, [filterKey]);
  useEffect(() => {
    const e = result.error;
    const transient = !!e && (e.response?.status === 503 || e.graphQLErrors.some((g) => g.extensions?.code === 'TIMEOUT' || g.extensions?.code === 'UNAVAILABLE'));
    if (!transient || retries.current >= 2) return;
    retries.current++;
    const timer = window.setTimeout(() => reexecute({ requestPolicy: 'network-only' }), 1500 * retries.current);
    return () => window.clearTimeout(timer);
  }, [result.error, reexecute]);
  // Comparing with an earlier date: the same filters at that date, to mark what appeared and ended.
  const compareFilter = useMemo(() => ({ ...filter, asOf: state.compare }), [filter, state.compare]);
  const [compared] = useQuery({ query: CollaborationGraphDocument, variables: { filter: compareFilter }, pause: !state.compare });
  const before = state.compare ? graphOf(compared.data) : undefined;

  // Neighbourhoods the user expanded ("show collaborators", or a search hit outside the filter).
  const client = useClient();
  /** Expanded neighbourhoods by actor, date and depth; null when the query failed (nothing to add). */
  const [expansions, setExpansions] = useState<Record<string, Graph | null>>({});
  const expandKey = (id: string) => `${id}|${state.asOf ?? ''}|${state.depth[id] ?? 1}`;
  const depthKey = state.expand.map((id) => `${id}@${state.depth[id] ?? 1}`).join(',');
  useEffect(() => {
    for (const id of state.expand) {
      const key = expandKey(id);
      if (key in expansions) continue;
      // Generic roles are left out of the map by default; asked for by name, they are shown with their collaborators.
      void client.query(CollaborationGraphDocument, { filter: { around: id, depth: state.depth[id] ?? 1, excludeGenericRoles: false, ...(state.asOf ? { asOf: state.asOf } : {}) } }).toPromise()
        .then((r) => { const g = graphOf(r.data); setExpansions((x) => ({ ...x, [key]: g ?? null })); });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [depthKey, state.asOf, client]);

  const expanding = state.expand.some((id) => !(expandKey(id) in expansions));
  const graph = useMemo(() => {
    if (!main) return null;
    return mergeGraphs([main, ...state.expand.map((id) => expansions[expandKey(id)]).filter((g): g is Graph => !!g), ...(before ? [before] : [])]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [main, expansions, depthKey, state.asOf, before]);
  /** What changed between the compared date and the as-of date: ids of edges and actors that appeared or ended. */
  const change = useMemo(() => {
    if (!main || !before) return null;
    const nowE = new Set(main.edges.map((e) => e.id)), thenE = new Set(before.edges.map((e) => e.id));
    const nowN = new Set(main.nodes.map((n) => n.id)), thenN = new Set(before.nodes.map((n) => n.id));
    return {
      appeared: new Set([...main.edges.filter((e) => !thenE.has(e.id)).map((e) => e.id), ...main.nodes.filter((n) => !thenN.has(n.id)).map((n) => n.id)]),
      ended: new Set([...before.edges.filter((e) => !nowE.has(e.id)).map((e) => e.id), ...before.nodes.filter((n) => !nowN.has(n.id)).map((n) => n.id)]),
      appearedEdges: main.edges.filter((e) => !thenE.has(e.id)).length,
      endedEdges: before.edges.filter((e) => !nowE.has(e.id)).length,
    };
  }, [main, before]);

  // Large by the whole graph's size: an aggregated graph is drawn small but laid out by the server.
  const totalOf = (g: Graph) => g.total.nodes + g.total.edges;
  const size = graph ? Math.max(graph.nodes.length + graph.edges.length, main ? totalOf(main) : 0) : 0;
  const large = size > LARGE_GRAPH;
  useEffect(() => { if (main && totalOf(main) > LARGE_GRAPH && !serverLayout) setServerLayout(true); }, [main, serverLayout]);
  const aggregate = main?.aggregate;

  const names = useMemo(() => new Map(graph?.nodes.map((n) => [n.id, n.label]) ?? []), [graph]);
  const nameOf = useCallback((id: string) => names.get(id) ?? id, [names]);
  // A large graph is drawn only once the server's positions are there (no throw-away layout in between).
  const awaitingServerLayout = !!main && totalOf(main) > LARGE_GRAPH
    && !(main.nodes.every((n) => n.x != null) && (main.aggregate?.communities.every((c) => c.x != null) ?? true));
  const communityLabel = useCallback((c: { hub: string; size: number }) => t('map.communityNode', { hub: c.hub, count: num(c.size - 1) }), [t, num]);
  const [options] = useQuery({ query: MapOptionsQuery });
  const regionNames = useMemo(() => new Map((options.data?.regions ?? []).map((r) => [r.id, r.name])), [options.data]);
  // Only the grouped-by-region layout shows region names on the canvas: other layouts do not redo their elements when the names arrive.
  const groupRegionNames = state.layout === 'region' ? regionNames : null;
  const elements = useMemo(() => {
    if (!graph || awaitingServerLayout) return [];
    const actors = graphToElements(graph, state.size);
    // Grouped layouts read each node's group.
    if (state.layout === 'region' || state.layout === 'kind') {
      const byId = new Map(graph.nodes.map((n) => [n.id, n]));
      for (const el of actors) {
        const n = byId.get(el.data.id as string);
        if (!n) continue;
        const kind = kindGroup(n.kind, n.isGenericRole);
        el.data.group = state.layout === 'region' ? n.region ?? 'none' : kind;
        // The name shown above the group (until the region names are there, the id's last part).
        el.data.groupLabel = state.layout === 'kind' ? shortGroup(t(`kindgroup.${kind}`))
          : n.region ? groupRegionNames?.get(n.region) ?? n.region.replace(/^.*:/, '') : capitalise(t('legend.noRegion'));
      }
    }
    if (!aggregate) return actors;
    return [...actors, ...communityElements(aggregate.communities, aggregate.links, new Set(graph.nodes.map((n) => n.id)), communityLabel)];
  }, [graph, state.size, awaitingServerLayout, aggregate, communityLabel, state.layout, groupRegionNames, t]);
  const [labelsOn, setLabelsOn] = useState(true);
  const style = useMemo(() => mapStyle(state.color, labelsOn, state.shape), [state.color, labelsOn, state.shape]);
  const edgeSel = state.edge ?? null;
  const onTap = useCallback((target: TapTarget) => {
    // A community drawn as one node opens in place: its actors and their edges, the rest stays aggregated.
    if (target.kind === 'node' && target.id.startsWith('community:')) update({ open: [...new Set([...parseMapState(window.location.search).open, Number(target.id.slice('community:'.length))])] });
    else if (target.kind === 'node' && target.additive) {
      // Shift/Ctrl-click adds an actor to the selection (or takes it out).
      const sel = parseMapState(window.location.search).sel;
      update({ sel: sel.includes(target.id) ? sel.filter((x) => x !== target.id) : [...sel, target.id] });
    } else if (target.kind === 'node') update({ focus: target.id, edge: undefined });
    else if (target.kind === 'edge') update({ edge: target.id });
    else update({ focus: undefined, edge: undefined, sel: [] });
  }, [update]);
  /** A box drawn with Shift held selects the actors in it, added to the selection. */
  const onBoxSelect = useCallback((ids: string[]) => {
    const sel = parseMapState(window.location.search).sel;
    const more = ids.filter((id) => !id.startsWith('community:') && !sel.includes(id));
    if (more.length) update({ sel: [...sel, ...more] });
  }, [update]);
  const [hover, setHover] = useState<HoverTarget | null>(null);
  const { container, cy, layingOut, unplaced, layoutVersion, layoutMs, labelsOn: zoomedIn, groupLabels } = useCytoscape({ elements, style, large, onTap, onHover: setHover, onBoxSelect, pinned, arrangement: state.layout });
  useWindowHeight(container, useCallback(() => cy.current?.resize(), [cy]));
  useEffect(() => setLabelsOn(zoomedIn), [zoomedIn]);

  // Highlight: a network's members or a plan's responsible actors.
  const hlNetwork = state.highlight?.startsWith('network:') ? state.highlight : undefined;
  const hlPlan = state.highlight?.startsWith('plan:') ? state.highlight : undefined;
  // A measure (from a gap): its responsible actors.
  const hlMeasure = state.highlight?.startsWith('measure:') ? state.highlight : undefined;
  const [hlNet] = useQuery({ query: HighlightNetworkQuery, variables: { id: hlNetwork ?? '' }, pause: !hlNetwork });
  const [hlPl] = useQuery({ query: HighlightPlanQuery, variables: { id: hlPlan ?? '' }, pause: !hlPlan });
  const [hlMe] = useQuery({ query: HighlightMeasureQuery, variables: { id: hlMeasure ?? '' }, pause: !hlMeasure });
  const highlightIds = useMemo(() => {
    if (hlNetwork && hlNet.data?.network) return new Set(hlNet.data.network.members.map((m) => m.actor.id));
    if (hlPlan && hlPl.data?.plan) return new Set(hlPl.data.plan.measures.flatMap((m) => m.responsibilities.map((r) => r.actor.id)));
    if (hlMeasure && hlMe.data?.measure) return new Set(hlMe.data.measure.responsibilities.map((r) => r.actor.id));
    return null;
  }, [hlNetwork, hlPlan, hlMeasure, hlNet.data, hlPl.data, hlMe.data]);

  const [pathIds, setPathIds] = useState<string[]>([]);

  // Classes for focus, highlight and path; everything else fades.
  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    c.batch(() => {
      c.elements().removeClass('faded highlighted path focused neighbour off appeared ended picked');
      if (state.sel.length) c.nodes().filter((n) => state.sel.includes(n.id())).addClass('picked');
      if (change) {
        c.elements().filter((x) => change.appeared.has(x.id())).addClass('appeared');
        c.elements().filter((x) => change.ended.has(x.id())).addClass('ended');
      }
      // Legend entries switched off hide their actors (only those of the colouring shown).
      // Only the entries of the colouring shown count (`kind:…`, `community:…`, `level:…`, `region:…`).
      const off = new Set(state.off);
      if (off.size) c.nodes().filter((n) => off.has(n.data(`${state.color}Key`))).addClass('off');
      if (state.hide.length) c.nodes().filter((n) => state.hide.includes(n.id())).addClass('off');
      c.nodes().removeClass('pinned');
      c.nodes().filter((n) => pinned.has(n.id())).addClass('pinned');
      let keep = c.collection();
      if (highlightIds || state.mark.length) {
        const hl = c.nodes().filter((n) => !!highlightIds?.has(n.id()) || state.mark.includes(n.id()));
        hl.addClass('highlighted');
        hl.edgesWith(hl).addClass('highlighted');
        keep = keep.union(hl).union(hl.edgesWith(hl));
      }
      if (pathIds.length > 1) {
        const nodes = c.nodes().filter((n) => pathIds.includes(n.id()));
        nodes.addClass('path');
        keep = keep.union(nodes);
        for (let i = 1; i < pathIds.length; i++) {
          const e = c.getElementById(edgeId(pathIds[i - 1], pathIds[i]));
          e.addClass('path');
          keep = keep.union(e);
        }
      }
      const focused = state.focus ? c.getElementById(state.focus) : c.collection();
      if (focused.nonempty()) {
        focused.addClass('focused');
        focused.neighborhood('node').addClass('neighbour');
        keep = keep.union(focused.closedNeighborhood());
      }
      if (edgeSel) {
        const e = c.getElementById(edgeSel);
        keep = keep.union(e).union(e.connectedNodes());
        c.elements().unselect();
        e.select();
      }
      if (keep.nonempty()) c.elements().difference(keep).addClass('faded');
      // Labels by importance, none overlapping: zoomed out only hubs are labelled (larger).
      c.nodes().removeClass('nolabel');
      if (!large) {
        const labelled = c.nodes().filter((n) => n.visible() && !n.hasClass('faded') && !n.hasClass('off') && (labelsOn || n.hasClass('hub') || n.hasClass('focused') || n.hasClass('path') || n.hasClass('highlighted') || n.hasClass('neighbour'))).nodes();
        const hide = labelsToHide(labelled.map((n) => ({
          id: n.id(), ...n.position(), size: Number(n.data('size')) || 20, label: String(n.data('label') ?? ''),
          priority: n.hasClass('focused') || n.hasClass('path') ? 1000 : n.hasClass('neighbour') || n.hasClass('highlighted') ? 500 : n.hasClass('hub') ? 100 : 0,
        })), labelsOn ? 11 : 20);
        c.nodes().filter((n) => hide.has(n.id())).addClass('nolabel');
      }
    });
  }, [cy, highlightIds, pathIds, state.focus, edgeSel, layoutVersion, state.off, state.color, labelsOn, large, change, state.hide, pinned, state.sel, state.mark]);

  // Centre on the focused actor when it changes or the layout settles.
  useEffect(() => {
    const c = cy.current;
    if (!c || !state.focus) return;
    const n = c.getElementById(state.focus);
    if (n.empty()) return;
    c.stop();
    // Centre it in the part of the canvas the side panel leaves free.
    const panel = (c.container()?.parentElement?.querySelector('.map-panel:not(.collapsed)') as HTMLElement | null)?.offsetWidth ?? 0;
    const free = panel && panel < c.width() * 0.6 ? c.width() - panel : c.width();
    const zoom = Math.max(c.zoom(), Math.min(1.4, c.maxZoom()));
    const p = n.position();
    c.animate({ zoom, pan: { x: free / 2 - zoom * p.x, y: c.height() / 2 - zoom * p.y } }, { duration: 350 });
  }, [cy, state.focus, layoutVersion]);

  useEffect(() => {
    if (state.view === 'graph') { cy.current?.resize(); }
  }, [cy, state.view]);

  const onPick = (hit: Hit) => {
    if (hit.kind === 'ACTOR') {
      update({ focus: hit.id, edge: undefined, expand: names.has(hit.id) || state.expand.includes(hit.id) ? state.expand : [...state.expand, hit.id] });
    } else if (hit.kind === 'NETWORK' || hit.kind === 'PLAN') update({ highlight: hit.id });
    else navigate(entityPath(hit.id) ?? '/');
  };

  const focusNode = state.focus ? graph?.nodes.find((n) => n.id === state.focus) : undefined;
  // A focus that is not on the map is either filtered out or does not exist: ask which.
  const focusMissing = !!state.focus && !!graph && !focusNode && !state.expand.includes(state.focus);
  const [focusLookup] = useQuery({ query: ActorExistsQuery, variables: { id: state.focus ?? '' }, pause: !focusMissing });
  const unknownFilters = useMemo(() => {
    const d = options.data;
    if (!d) return [];
    const known: Record<'region' | 'theme' | 'plan' | 'network', Set<string>> = {
      region: new Set(d.regions.map((r) => r.id)), theme: new Set(d.themes.map((x) => x.id)),
      plan: new Set(d.plans.edges.map((e) => e.node.id)), network: new Set(d.networks.edges.map((e) => e.node.id)),
    };
    return (Object.keys(known) as (keyof typeof known)[]).filter((k) => state[k] && !known[k].has(state[k]!)).map((k) => ({ key: k, id: state[k]! }));
  }, [options.data, state]);
  const visibleHighlights = highlightIds && graph ? graph.nodes.filter((n) => highlightIds.has(n.id)).length : null;
  const selectedEdge = edgeSel ? graph?.edges.find((e) => e.id === edgeSel) : undefined;
  const communities = useMemo(() => describeCommunities(graph?.nodes ?? []), [graph]);
  const groupCounts = useMemo(() => {
    const counts: Partial<Record<KindGroup, number>> = {};
    for (const n of graph?.nodes ?? []) { const g = kindGroup(n.kind, n.isGenericRole); counts[g] = (counts[g] ?? 0) + 1; }
    return counts;
  }, [graph]);
  const hiddenCount = useMemo(() => {
    const off = new Set(state.off);
    return (graph?.nodes ?? []).filter((n) => off.has(legendKey(n, state.color)) || state.hide.includes(n.id)).length;
  }, [graph, state.off, state.color, state.hide]);
  const toggleLegend = (key: string) => update({ off: state.off.includes(key) ? state.off.filter((k) => k !== key) : [...state.off, key] });
  const [filtersOpen, setFiltersOpen] = useState(true);
  const [panelOpen, setPanelOpen] = useState(true);
  useEffect(() => setPanelOpen(true), [state.focus, edgeSel]);
  useEffect(() => { cy.current?.resize(); }, [cy, filtersOpen]);
  const onPath = useCallback((ids: string[]) => setPathIds(ids), []);

  /** Title, filters and date for an export: what the picture shows, in words. */
  const exportHeader = (): ExportHeader => {
    const d = options.data;
    const nameIn = (list: { id: string; name: string }[] | undefined, id?: string) => (id ? list?.find((x) => x.id === id)?.name ?? id : undefined);
    const parts = [
      state.region && `${t('filters.region')}: ${nameIn(d?.regions, state.region)}`,
      state.theme && `${t('filters.theme')}: ${nameIn(d?.themes, state.theme)}`,
      state.plan && `${t('filters.plan')}: ${nameIn(d?.plans.edges.map((e) => ({ id: e.node.id, name: e.node.shortTitle ?? e.node.title })), state.plan)}`,
      state.network && `${t('filters.network')}: ${nameIn(d?.networks.edges.map((e) => e.node), state.network)}`,
      state.kinds.length > 0 && `${t('filters.kinds')}: ${state.kinds.map((k) => t(`kind.${k}`)).join(', ')}`,
      state.minWeight > 1 && `${t('filters.minWeight')}: ${state.minWeight}`,
      `${t('filters.asOf')}: ${state.asOf ?? t('common.all')}`,
    ].filter(Boolean);
    return {
      title: view?.name ?? t('map.heading'),
      filters: [...parts, graph ? t('map.stats', { nodes: graph.nodes.length, edges: graph.edges.length, communities: main?.communityCount ?? 0 }) : ''].filter(Boolean).join(' · '),
      date: t('export.date', { date: new Date().toISOString().slice(0, 10) }),
    };
  };
  // The whole graph at 2 pixels a unit (Cytoscape's `full` raster covers the elements' bounding box), with the group names of a grouped layout.
  const rasterBlob = () => {
    const c = cy.current!;
    const png = c.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 4000, maxHeight: 4000 }) as unknown as Blob;
    return withGroupLabels(png, c.elements().boundingBox(), 2, groupLabels);
  };
  const exportPng = async () => {
    if (!cy.current) return;
    downloadBlob(await pngWithHeader(await rasterBlob(), exportHeader()), 'samkart-kart.png');
  };
  const exportPdf = async () => {
    if (!cy.current) return;
    downloadBlob(await pdfWithHeader(await rasterBlob(), exportHeader()), 'samkart-kart.pdf');
  };
  const exportSvg = () => {
    const c = cy.current;
    if (!c) return;
    const shown = c.nodes().filter((n) => n.visible() && !n.hasClass('faded')).nodes();
    const nodes = shown.map((n) => ({
      ...n.position(), size: Number(n.data('size')) || 20, color: String(n.style('background-color')), shape: n.data('shape') as NodeShape,
      label: String(n.style('label') ?? ''), border: n.hasClass('focused') ? '#000000' : undefined,
    }));
    const edges = c.edges().filter((e) => e.visible() && !e.hasClass('faded')).edges().map((e) => ({
      x1: e.source().position('x'), y1: e.source().position('y'), x2: e.target().position('x'), y2: e.target().position('y'),
      width: Number(e.data('width')) || 1, color: '#7d8a96', opacity: 0.5,
    }));
    downloadBlob(new Blob([mapSvg(nodes, edges, exportHeader(), groupLabels)], { type: 'image/svg+xml' }), 'samkart-kart.svg');
  };

  const hoverText = useMemo(() => {
    if (!hover || !graph) return null;
    if (hover.kind === 'node' && hover.id.startsWith('community:')) {
      const c = aggregate?.communities.find((x) => x.id === hover.id);
      return c ? { title: communityLabel(c), lines: [t('tooltip.community', { count: num(c.size), edges: num(c.edges) })] } : null;
    }
    if (hover.kind === 'node') {
      const n = graph.nodes.find((x) => x.id === hover.id);
      if (!n) return null;
      const c = communities.find((x) => x.id === n.community);
      return { title: n.label, lines: [n.kind ? t(`kind.${n.kind as ActorKind}`) : '', t('tooltip.collaborators', { count: n.degree }), state.color === 'community' ? communityName(t, c, n.community) : ''].filter(Boolean) };
    }
    const e = graph.edges.find((x) => x.id === hover.id);
    return e ? { title: `${nameOf(e.source)} – ${nameOf(e.target)}`, lines: [t('panel.edgeWeight', { count: e.weight })] } : null;
  }, [hover, graph, communities, nameOf, state.color, t, aggregate, communityLabel, num]);
  const hasPanel = !!selectedEdge || !!state.focus;
  const focusCommunity = focusNode ? communities.find((c) => c.id === focusNode.community) : undefined;

  return (
    <div className={filtersOpen ? 'map-page' : 'map-page filters-closed'}>
      <div className="map-center">
        <div className="map-head">
          <h1 id="page-heading" tabIndex={-1}>{t('map.heading')}</h1>
          <div className="map-search">
            <SearchBox label={t('search.label')} placeholder={t('search.placeholder')} onPick={onPick} id="map-search" />
          </div>
        </div>
        {view && (
          <div className="view-title" data-testid="saved-view-title">
            <p className="eyebrow">{t('views.opened')}</p>
            <h2>{view.name}</h2>
            {view.description && <p>{view.description}</p>}
          </div>
        )}
        {state.saved && savedView.data && !savedView.data.savedView && <p className="notice" role="alert">{t('views.unknown', { id: state.saved })}</p>}
        <details className="intro"><summary>{t('map.howToRead')}</summary><p>{t('map.intro')}</p></details>
        <div className="map-toolbar">
          <button type="button" className="filters-toggle" aria-expanded={filtersOpen} aria-controls="map-side" onClick={() => setFiltersOpen((o) => !o)}>
            {filtersOpen ? t('map.hideFilters') : t('map.showFilters')}
          </button>
          <div role="group" aria-label={t('map.view')} className="segmented">
            <button type="button" aria-pressed={state.view === 'graph'} onClick={() => update({ view: 'graph' })}>{t('map.viewGraph')}</button>
            <button type="button" aria-pressed={state.view === 'table'} onClick={() => update({ view: 'table' })}>{t('map.viewTable')}</button>
          </div>
          <div role="group" aria-label={t('controls.label')} className="controls">
            <button type="button" onClick={() => cy.current?.fit(undefined, 30)} disabled={state.view !== 'graph'}>{t('controls.fit')}</button>
            <button type="button" aria-label={t('controls.zoomIn')} title={t('controls.zoomIn')} disabled={state.view !== 'graph'}
              onClick={() => { const c = cy.current; if (c) c.zoom({ level: c.zoom() * 1.3, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } }); }}>+</button>
            <button type="button" aria-label={t('controls.zoomOut')} title={t('controls.zoomOut')} disabled={state.view !== 'graph'}
              onClick={() => { const c = cy.current; if (c) c.zoom({ level: c.zoom() / 1.3, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } }); }}>−</button>
            <button type="button" onClick={() => void exportPng()} disabled={!graph || state.view !== 'graph'}>{t('controls.png')}</button>
            <button type="button" onClick={exportSvg} disabled={!graph || state.view !== 'graph'}>{t('controls.svg')}</button>
            <button type="button" onClick={() => void exportPdf()} disabled={!graph || state.view !== 'graph'}>{t('controls.pdf')}</button>
            <button type="button" onClick={() => graph && downloadCsv(nodesCsv(graph.nodes), 'samkart-aktorer.csv')} disabled={!graph}>{t('controls.csvNodes')}</button>
            <button type="button" onClick={() => graph && downloadCsv(edgesCsv(graph.edges), 'samkart-lenker.csv')} disabled={!graph}>{t('controls.csvEdges')}</button>
          </div>
        </div>
        <ExportLinks links={[{ href: `/export/map.graphml${search}`, label: 'export.graphml' }, { href: `/export/map.cyjs${search}`, label: 'export.cyjs' }, { href: '/export/graph.jsonld', label: 'export.jsonld' }]} />
        <p className="stats" role="status" aria-live="polite">
          {graph && t(main?.communityCount === 1 ? 'map.statsOne' : 'map.stats', { nodes: num(aggregate ? main!.total.nodes : graph.nodes.length), edges: num(aggregate ? main!.total.edges : graph.edges.length), communities: main?.communityCount ?? 0 })}
          {hiddenCount > 0 && <> · {t('map.hiddenCount', { count: hiddenCount })}</>}
          {state.hide.length > 0 && <> <button type="button" className="linklike" onClick={() => update({ hide: [] })}>{t('map.showHidden')}</button></>}
          {change && <> · <span data-testid="map-change">{t('map.change', { appeared: change.appearedEdges, ended: change.endedEdges, then: state.compare!, now: state.asOf ?? t('common.all').toLowerCase() })}</span></>}
          {aggregate && <> · <span data-testid="map-aggregated">{t('map.aggregated', { actors: num(main!.total.nodes) })}</span></>}
          {state.open.length > 0 && <> <button type="button" className="linklike" onClick={() => update({ open: [] })}>{t('map.closeCommunities')}</button></>}
          {layingOut && <> · {t('map.layouting')}</>}
          {result.fetching && graph && <> · {t('state.loading')}</>}
        </p>
        {(problems.length > 0 || unknownFilters.length > 0) && (
          <div className="notice" role="alert" data-testid="map-problems">
            <ul>
              {problems.map((p) => <li key={`${p.param}=${p.value}`}>{t('map.badParam', { param: p.param, value: p.value, why: t(`map.why.${p.reason}`) })}</li>)}
              {unknownFilters.map((f) => (
                <li key={f.key}>{t('map.unknownFilter', { what: t(`filters.${f.key}`).toLowerCase(), id: f.id })}{' '}
                  <button type="button" className="linklike" onClick={() => update({ [f.key]: undefined })}>{t('map.removeFilter')}</button></li>
              ))}
            </ul>
          </div>
        )}
        {result.error && <ErrorBox error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />}
        {!graph && result.fetching && <Loading />}
        {graph && graph.nodes.length === 0 && !aggregate && <p className="empty">{t('map.empty')}</p>}
        {focusMissing && focusLookup.data && (focusLookup.data.actor
          ? <p className="hint" role="status">{t('search.notOnMap', { name: focusLookup.data.actor.name })}</p>
          : <p className="notice" role="alert">{t('map.unknownActor', { id: state.focus! })}</p>)}
        <div className={hasPanel && panelOpen ? 'map-frame with-panel' : 'map-frame'} hidden={state.view !== 'graph'}>
        {unplaced && graph && graph.nodes.length > 0 && <div className="map-overlay" aria-hidden="true"><Loading label={t('map.layouting')} /></div>}
        <div
          ref={container}
          className={unplaced ? 'map unplaced' : 'map'}
          role="application"
          tabIndex={0}
          aria-label={t('map.canvasLabel', { nodes: graph?.nodes.length ?? 0, edges: graph?.edges.length ?? 0 })}
          aria-describedby="map-keys"
          onKeyDown={(e) => {
            const c = cy.current;
            if (!c) return;
            const step = 60;
            const centre = { x: c.width() / 2, y: c.height() / 2 };
            const keys: Record<string, () => void> = {
              ArrowLeft: () => c.panBy({ x: step, y: 0 }), ArrowRight: () => c.panBy({ x: -step, y: 0 }),
              ArrowUp: () => c.panBy({ x: 0, y: step }), ArrowDown: () => c.panBy({ x: 0, y: -step }),
              '+': () => c.zoom({ level: c.zoom() * 1.25, renderedPosition: centre }), '=': () => c.zoom({ level: c.zoom() * 1.25, renderedPosition: centre }),
              '-': () => c.zoom({ level: c.zoom() / 1.25, renderedPosition: centre }), '0': () => c.fit(undefined, 30),
              Escape: () => { update({ focus: undefined, edge: undefined }); },
            };
            const action = keys[e.key];
            if (action) { e.preventDefault(); action(); }
          }}
          data-testid="collaboration-map"
          data-state={!graph || result.fetching || layingOut || expanding || (!!state.compare && compared.fetching) ? 'busy' : 'ready'}
          data-layout-version={layoutVersion}
          data-layout-ms={Math.round(layoutMs)}
        />
        <GroupLabels cy={cy} labels={groupLabels} />
        {(state.sel.length > 0 || state.mark.length > 0) && (
          <div className="map-selection" role="toolbar" aria-label={t('sel.label')} data-testid="map-selection">
            {state.sel.length > 0 && <>
              <strong>{t('sel.count', { count: state.sel.length })}</strong>
              <button type="button" onClick={() => update({ hide: [...new Set([...state.hide, ...state.sel])], sel: [], focus: state.sel.includes(state.focus ?? '') ? undefined : state.focus })}>{t('sel.hide')}</button>
              <button type="button" onClick={() => {
                const c = cy.current;
                setUserPins((pins) => {
                  const next = new Map(pins);
                  const all = state.sel.every((id) => next.has(id));
                  for (const id of state.sel) {
                    const n = c?.getElementById(id);
                    if (all) next.delete(id);
                    else if (n?.nonempty()) next.set(id, { ...n.position() });
                  }
                  return next;
                });
              }}>{state.sel.every((id) => pinned.has(id)) ? t('sel.unpin') : t('sel.pin')}</button>
              <button type="button" onClick={() => update({ expand: [...new Set([...state.expand, ...state.sel])] })}>{t('sel.expand')}</button>
              <button type="button" onClick={() => update({ mark: state.sel })}>{t('sel.highlight')}</button>
              <button type="button" className="linklike" onClick={() => update({ sel: [] })}>{t('sel.clear')}</button>
            </>}
            {state.mark.length > 0 && <button type="button" className="linklike" onClick={() => update({ mark: [] })}>{t('sel.unmark', { count: state.mark.length })}</button>}
          </div>
        )}
        {hover && hoverText && (
          <div className="map-tooltip" role="tooltip" data-testid="map-tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
            <strong>{hoverText.title}</strong>
            {hoverText.lines.map((l) => <span key={l}>{l}</span>)}
          </div>
        )}
        {hasPanel && (
          <div className={panelOpen ? 'map-panel' : 'map-panel collapsed'} data-testid="map-panel">
            <button type="button" className="panel-toggle" aria-expanded={panelOpen} onClick={() => setPanelOpen((o) => !o)}>
              {panelOpen ? t('panel.collapse') : t('panel.expandPanel')}
            </button>
            <div hidden={!panelOpen}>
              {selectedEdge && <EdgePanel edge={selectedEdge} names={nameOf} onClose={() => update({ edge: undefined })} onPick={(id) => update({ focus: id, edge: undefined })} />}
              {!selectedEdge && state.focus && (
                <ActorPanel
                  key={state.focus}
                  id={state.focus}
                  metrics={focusNode}
                  communityName={focusNode ? communityName(t, focusCommunity, focusNode.community) : undefined}
                  onClose={() => update({ focus: undefined })}
                  expandedDepth={state.expand.includes(state.focus) ? state.depth[state.focus] ?? 1 : 0}
                  onExpand={(depth) => update({
                    expand: state.expand.includes(state.focus!) ? state.expand : [...state.expand, state.focus!],
                    depth: { ...state.depth, [state.focus!]: depth },
                  })}
                  onHide={() => update({ hide: [...state.hide, state.focus!], focus: undefined })}
                  pinned={pinned.has(state.focus)}
                  onPin={() => {
                    const id = state.focus!;
                    const n = cy.current?.getElementById(id);
                    setUserPins((pins) => {
                      const next = new Map(pins);
                      if (next.has(id)) next.delete(id);
                      else if (n?.nonempty()) next.set(id, { ...n.position() });
                      return next;
                    });
                  }}
                />
              )}
            </div>
          </div>
        )}
        </div>
        <p id="map-keys" className="hint">{t('map.keys')}</p>
        {state.view === 'table' && graph && <MapTable nodes={graph.nodes} edges={graph.edges} names={nameOf} onPick={(id) => update({ focus: id })} />}
      </div>
      <aside id="map-side" className="map-left" hidden={!filtersOpen} aria-label={t('filters.heading')}>
        <HighlightPicker state={state} update={update} count={highlightIds ? highlightIds.size : null} visible={visibleHighlights} />
        <MapFilters state={state} update={update} />
        <Legend colorBy={state.color} sizeBy={state.size} shapeBy={state.shape} communities={communities} counts={groupCounts} off={state.off} onToggle={toggleLegend}
          nodes={graph?.nodes ?? []} regionNames={regionNames} />
        <PathFinder from={state.from} to={state.to} names={nameOf} update={update} onPath={onPath} />
        <SavedViews state={serialiseMapState({ ...state, saved: undefined })}
          positions={() => cy.current?.nodes().map((n) => ({ id: n.id(), x: Math.round(n.position('x') * 10) / 10, y: Math.round(n.position('y') * 10) / 10 })) ?? []} />
      </aside>
    </div>
  );
}
