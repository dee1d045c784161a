import { useCallback, useEffect, useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql';
import type { CollaborationGraphQuery } from '../gql/graphql';
import { useI18n } from '../i18n';
import { entityPath, mapPath, navigate, useLocation } from '../router';
import { graphToElements, mergeGraphs } from '../graph/toElements';
import { mapStyle } from '../graph/style';
import { useCytoscape, type TapTarget } from '../graph/useCytoscape';
import { ErrorBox, Loading } from '../ui/QueryState';
import { SearchBox, type Hit } from '../ui/SearchBox';
import { downloadBlob, downloadCsv } from '../ui/download';
import { edgesCsv, nodesCsv } from './exportCsv';
import { parseMapState, serialiseMapState, toFilter, type MapState } from './urlState';
import { HighlightPicker, MapFilters } from './MapFilters';
import { ActorPanel } from './ActorPanel';
import { EdgePanel } from './EdgePanel';
import { PathFinder } from './PathFinder';
import { Legend } from './Legend';
import { MapTable } from './MapTable';
import { ExportLinks } from '../import/ExportLinks';

export const CollaborationGraphDocument = graphql(`
  query CollaborationGraph($filter: CollaborationFilter, $layout: Boolean) {
    collaborationGraph(filter: $filter, layout: $layout) {
      communityCount
      density
      nodes { id label kind level isGenericRole degree weightedDegree betweenness community isCutVertex x y }
      edges { id source target weight contexts { kind id label } }
    }
  }
`);

const HighlightNetworkQuery = graphql(`
  query HighlightNetwork($id: ID!) { network(id: $id) { id members { actor { id } } } }
`);
const HighlightPlanQuery = graphql(`
  query HighlightPlan($id: ID!) { plan(id: $id) { id measures { responsibilities { actor { id } } } } }
`);
const HighlightMeasureQuery = graphql(`
  query HighlightMeasure($id: ID!) { measure(id: $id) { id responsibilities { actor { id } } } }
`);

type Graph = CollaborationGraphQuery['collaborationGraph'];

/** Above this many elements the map asks the server for positions and uses the cheap rendering profile. */
export const LARGE_GRAPH = 1500;

/** Edge ids are the two actor ids joined by `~` in sorted order (GraphEdge.id). */
const edgeId = (a: string, b: string) => (a < b ? `${a}~${b}` : `${b}~${a}`);

/** The collaboration map: filters, search, the Cytoscape canvas (or its table), side panels and exports. */
export function MapPage() {
  const { t, num } = useI18n();
  const { search } = useLocation();
  const state = useMemo(() => parseMapState(search), [search]);
  const update = useCallback((patch: Partial<MapState>) => {
    navigate(mapPath(serialiseMapState({ ...parseMapState(window.location.search), ...patch })), { replace: true });
  }, []);
  const filterKey = JSON.stringify(toFilter(state));
  const filter = useMemo(() => JSON.parse(filterKey) as ReturnType<typeof toFilter>, [filterKey]);

  const [serverLayout, setServerLayout] = useState(false);
  const [result, reexecute] = useQuery({ query: CollaborationGraphDocument, variables: { filter, layout: serverLayout } });
  const main = result.data?.collaborationGraph;

  // Neighbourhoods the user expanded ("show collaborators", or a search hit outside the filter).
  const client = useClient();
  const [expansions, setExpansions] = useState<Record<string, Graph>>({});
  const expandKey = (id: string) => `${id}|${state.asOf ?? ''}`;
  useEffect(() => {
    for (const id of state.expand) {
      const key = expandKey(id);
      if (key in expansions) continue;
      // Generic roles are left out of the map by default; asked for by name, they are shown with their collaborators.
      void client.query(CollaborationGraphDocument, { filter: { around: id, depth: 1, excludeGenericRoles: false, ...(state.asOf ? { asOf: state.asOf } : {}) } }).toPromise()
        .then((r) => { if (r.data) setExpansions((x) => ({ ...x, [key]: r.data!.collaborationGraph })); });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.expand.join(','), state.asOf, client]);

  const graph = useMemo(() => {
    if (!main) return null;
    return mergeGraphs([main, ...state.expand.map((id) => expansions[expandKey(id)]).filter((g): g is Graph => !!g)]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [main, expansions, state.expand.join(','), state.asOf]);

  const size = graph ? graph.nodes.length + graph.edges.length : 0;
  const large = size > LARGE_GRAPH;
  useEffect(() => { if (main && main.nodes.length + main.edges.length > LARGE_GRAPH && !serverLayout) setServerLayout(true); }, [main, serverLayout]);

  const names = useMemo(() => new Map(graph?.nodes.map((n) => [n.id, n.label]) ?? []), [graph]);
  const nameOf = useCallback((id: string) => names.get(id) ?? id, [names]);
  // A large graph is drawn only once the server's positions are there (no throw-away layout in between).
  const awaitingServerLayout = !!main && main.nodes.length + main.edges.length > LARGE_GRAPH && !main.nodes.every((n) => n.x != null);
  const elements = useMemo(() => (graph && !awaitingServerLayout ? graphToElements(graph, state.size) : []), [graph, state.size, awaitingServerLayout]);
  const [labelsOn, setLabelsOn] = useState(true);
  const style = useMemo(() => mapStyle(state.color, labelsOn), [state.color, labelsOn]);
  const [edgeSel, setEdgeSel] = useState<string | null>(null);

  const onTap = useCallback((target: TapTarget) => {
    if (target.kind === 'node') { setEdgeSel(null); update({ focus: target.id }); }
    else if (target.kind === 'edge') { setEdgeSel(target.id); update({ focus: undefined }); }
    else { setEdgeSel(null); update({ focus: undefined }); }
  }, [update]);
  const { container, cy, layingOut, unplaced, layoutVersion, layoutMs, labelsOn: zoomedIn } = useCytoscape({ elements, style, large, onTap });
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
      c.elements().removeClass('faded highlighted path focused neighbour');
      let keep = c.collection();
      if (highlightIds) {
        const hl = c.nodes().filter((n) => highlightIds.has(n.id()));
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
    });
  }, [cy, highlightIds, pathIds, state.focus, edgeSel, layoutVersion]);

  // Centre on the focused actor when it changes or the layout settles.
  useEffect(() => {
    const c = cy.current;
    if (!c || !state.focus) return;
    const n = c.getElementById(state.focus);
    if (n.empty()) return;
    c.stop();
    c.animate({ center: { eles: n }, zoom: Math.max(c.zoom(), Math.min(1.4, c.maxZoom())) }, { duration: 350 });
  }, [cy, state.focus, layoutVersion]);

  useEffect(() => {
    if (state.view === 'graph') { cy.current?.resize(); }
  }, [cy, state.view]);

  const onPick = (hit: Hit) => {
    if (hit.kind === 'ACTOR') {
      setEdgeSel(null);
      update({ focus: hit.id, expand: names.has(hit.id) || state.expand.includes(hit.id) ? state.expand : [...state.expand, hit.id] });
    } else if (hit.kind === 'NETWORK' || hit.kind === 'PLAN') update({ highlight: hit.id });
    else navigate(entityPath(hit.id) ?? '/');
  };

  const focusNode = state.focus ? graph?.nodes.find((n) => n.id === state.focus) : undefined;
  const selectedEdge = edgeSel ? graph?.edges.find((e) => e.id === edgeSel) : undefined;
  const communities = useMemo(() => [...new Set(graph?.nodes.map((n) => n.community) ?? [])].sort((a, b) => a - b), [graph]);
  const onPath = useCallback((ids: string[]) => setPathIds(ids), []);

  const exportPng = () => {
    const c = cy.current;
    if (!c) return;
    const blob = c.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 4000, maxHeight: 4000 }) as unknown as Blob;
    downloadBlob(blob, 'samkart-kart.png');
  };

  return (
    <div className="map-page">
      <div className="map-left">
        <HighlightPicker state={state} update={update} count={highlightIds ? highlightIds.size : null} />
        <MapFilters state={state} update={update} />
        <Legend colorBy={state.color} sizeBy={state.size} communities={communities} />
      </div>
      <div className="map-center">
        <h1 id="page-heading" tabIndex={-1}>{t('map.heading')}</h1>
        <p className="intro">{t('map.intro')}</p>
        <div className="map-search">
          <SearchBox label={t('search.label')} placeholder={t('search.placeholder')} onPick={onPick} id="map-search" />
        </div>
        <div className="map-toolbar">
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
            <button type="button" onClick={exportPng} disabled={!graph || state.view !== 'graph'}>{t('controls.png')}</button>
            <button type="button" onClick={() => graph && downloadCsv(nodesCsv(graph.nodes), 'samkart-aktorer.csv')} disabled={!graph}>{t('controls.csvNodes')}</button>
            <button type="button" onClick={() => graph && downloadCsv(edgesCsv(graph.edges), 'samkart-lenker.csv')} disabled={!graph}>{t('controls.csvEdges')}</button>
          </div>
        </div>
        <ExportLinks links={[{ href: `/export/map.graphml${search}`, label: 'export.graphml' }, { href: `/export/map.cyjs${search}`, label: 'export.cyjs' }, { href: '/export/graph.jsonld', label: 'export.jsonld' }]} />
        <p className="stats" role="status" aria-live="polite">
          {graph && t('map.stats', { nodes: num(graph.nodes.length), edges: num(graph.edges.length), communities: main?.communityCount ?? 0 })}
          {layingOut && <> · {t('map.layouting')}</>}
          {result.fetching && graph && <> · {t('state.loading')}</>}
        </p>
        {result.error && <ErrorBox error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />}
        {!graph && result.fetching && <Loading />}
        {graph && graph.nodes.length === 0 && <p className="empty">{t('map.empty')}</p>}
        {state.focus && graph && !focusNode && !state.expand.includes(state.focus) && <p className="hint">{t('search.notOnMap', { name: state.focus })}</p>}
        <div className="map-frame" hidden={state.view !== 'graph'}>
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
              Escape: () => { setEdgeSel(null); update({ focus: undefined }); },
            };
            const action = keys[e.key];
            if (action) { e.preventDefault(); action(); }
          }}
          data-testid="collaboration-map"
          data-state={!graph || result.fetching || layingOut ? 'busy' : 'ready'}
          data-layout-version={layoutVersion}
          data-layout-ms={Math.round(layoutMs)}
        />
        <p id="map-keys" className="hint">{t('map.keys')}</p>
        </div>
        {state.view === 'table' && graph && <MapTable nodes={graph.nodes} edges={graph.edges} names={nameOf} onPick={(id) => update({ focus: id })} />}
      </div>
      <div className="map-right">
        {selectedEdge && <EdgePanel edge={selectedEdge} names={nameOf} onClose={() => setEdgeSel(null)} onPick={(id) => { setEdgeSel(null); update({ focus: id }); }} />}
        {!selectedEdge && state.focus && (
          <ActorPanel
            key={state.focus}
            id={state.focus}
            metrics={focusNode}
            onClose={() => update({ focus: undefined })}
            expanded={state.expand.includes(state.focus)}
            onExpand={() => update({ expand: [...state.expand, state.focus!] })}
          />
        )}
        <PathFinder from={state.from} to={state.to} names={nameOf} update={update} onPath={onPath} />
      </div>
    </div>
  );
}
