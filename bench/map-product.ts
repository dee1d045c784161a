/**
 * The map benchmark's "product" page: the web app's own code (bundled by bench/browser.ts with
 * esbuild) on the web app's own payload. It fetches the GraphQL answer with the compact encoding
 * (server/analysis/compact.ts, positions from the server's layout, aggregated into communities
 * above the threshold), decodes it (web/src/graph/compact.ts), maps it to elements
 * (web/src/graph/toElements.ts), and adds them in chunks across frames with the large-graph
 * rendering profile (web/src/graph/chunked.ts), as useCytoscape does. Query: n (elements),
 * aggregate (0 | 1). Reports through window.__bench like bench/map.js.
 */
import cytoscape from 'cytoscape';
import { decodeCompact } from '../web/src/graph/compact';
import { addInChunks, addStyled, CHUNK_ABOVE, fitToDefinitions, renderingProfile } from '../web/src/graph/chunked';
import { communityElements, graphToElements } from '../web/src/graph/toElements';
import { mapStyle } from '../web/src/graph/style';
import { countDraws, panAndZoom } from './map-measure';

interface Bench { done?: boolean; error?: string; [k: string]: unknown }
const out = (window as unknown as { __bench: Bench }).__bench;

(async () => {
  try {
    const q = new URLSearchParams(location.search);
    const LARGE_GRAPH = 1500; // web/src/map/MapPage.tsx
    // As the web app does: the Cytoscape instance is created when the page mounts, while the
    // graph's query is in flight (the app knows "large" from the first answer and recreates the
    // instance once; here the size is known from the URL).
    const large = Number(q.get('n')) > LARGE_GRAPH;
    // The app creates the instance in an effect, a task after the one that ran the bundle (and a
    // large graph's elements go in a task after the one that recreates it: useCytoscape).
    await new Promise((r) => setTimeout(r, 0));
    const t0 = performance.now();
    const cy = cytoscape({
      container: document.getElementById('cy'),
      style: mapStyle('kind', false),
      boxSelectionEnabled: false, selectionType: 'single', ...renderingProfile(large),
    } as cytoscape.CytoscapeOptions);
    (window as unknown as { __cy: unknown }).__cy = cy;
    out.initMs = performance.now() - t0;
    const body = await (await fetch(`/compact/${q.get('n')}.json?aggregate=${q.get('aggregate') ?? '1'}`)).json();
    out.fetchedMs = performance.now();
    const graph = decodeCompact(body.data.collaborationGraph.compact);
    const elements = graphToElements(graph, 'betweenness');
    if (graph.aggregate) {
      elements.push(...communityElements(graph.aggregate.communities, graph.aggregate.links, new Set(graph.nodes.map((n) => n.id)), (c) => `${c.hub} og ${c.size - 1} til`));
    }
    out.decodedMs = performance.now();
    out.drawn = elements.length;
    out.aggregated = !!graph.aggregate;
    if ((graph.total.nodes + graph.total.edges > LARGE_GRAPH) !== large) throw new Error('the rendering profile was guessed wrong');
    const { counter, painted } = countDraws(cy);
    fitToDefinitions(cy, elements);
    // First frame: the one after the first chunk; all drawn: the one after the last (the same for one chunk).
    let first: Promise<number> | null = null;
    let all: Promise<number> | null = null;
    if (elements.length > CHUNK_ABOVE) {
      await addInChunks(cy, elements, {
        onChunk: (p) => {
          const frame = painted();
          first ??= frame;
          if (p.added === p.total) all = frame;
          out.chunks = p.chunks; out.longestChunkMs = p.longestChunkMs;
        },
      });
    } else {
      first = all = painted();
      addStyled(cy, elements);
    }
    out.firstFrameMs = await first!;
    out.allDrawnMs = await all!;
    out.layoutMs = 0;
    Object.assign(out, await panAndZoom(counter));
    out.done = true;
  } catch (e) {
    out.error = String((e as Error)?.stack ?? e);
    out.done = true;
  }
})();
