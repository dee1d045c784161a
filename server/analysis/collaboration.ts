/**
 * The derived collaboration graph: two actors collaborate when they share a network, a measure, an
 * agreement or a reported collaboration. Edges carry their weight (number of shared contexts) and
 * the contexts themselves; nodes carry degree, betweenness, Louvain community and whether they are
 * cut vertices. Computed per request from one database round trip.
 */
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import type { Db } from '../db/driver.js';
import { Invalid } from '../db/errors.js';
import { collaborationContexts, collaborationContextsUnless, type CollaborationFilterArgs, type ContextKind, type ContextRow, type MemberRow } from '../db/repos/collaboration.repo.js';
import { articulationPoints, betweenness, neighbourhood, shortestPaths, type Adjacency } from './graph-metrics.js';
import { cachedWithVersionCheck } from '../workers/derived-cache.js';
import { runAnalysis } from '../workers/pool.js';

export interface ContextRef { kind: ContextKind; id: string; label: string }
export interface GraphNodeRow {
  id: string; label: string; kind: string | null; level: string | null; region: string | null; isGenericRole: boolean; degree: number;
  weightedDegree: number; betweenness: number; community: number; isCutVertex: boolean; x: number | null; y: number | null;
}
export interface GraphEdgeRow { id: string; source: string; target: string; weight: number; contexts: ContextRef[] }
export interface GraphResult { nodes: GraphNodeRow[]; edges: GraphEdgeRow[]; communityCount: number; density: number }
export interface PathStepRow { fromId: string; toId: string; contexts: ContextRef[]; explanation: string }
export interface PathRow { actorIds: string[]; steps: PathStepRow[]; length: number }

export interface GraphFilter extends CollaborationFilterArgs { minWeight?: number | null; around?: string | null; depth?: number | null }

// CommonJS packages whose typings declare an ES default export: load them through require.
const require = createRequire(import.meta.url);
const louvain = require('graphology-communities-louvain') as (
  g: UndirectedGraph, opts: { getEdgeWeight: string; rng: () => number }) => Record<string, number>;
const forceAtlas2 = require('graphology-layout-forceatlas2') as ((
  g: UndirectedGraph, opts: { iterations: number; settings: Record<string, unknown>; getEdgeWeight: string }) => Record<string, { x: number; y: number }>)
  & { inferSettings(g: UndirectedGraph): Record<string, unknown> };

/** Above this many nodes betweenness is estimated from a sample of sources (Brandes sampling). */
const EXACT_BETWEENNESS_LIMIT = 1500;
const BETWEENNESS_SAMPLES = 300;

interface Derived { actors: Map<string, MemberRow>; edges: Map<string, GraphEdgeRow> }

/** Builds the weighted edges from the shared contexts. */
export function deriveEdges(contexts: { kind: ContextKind; id: string; label: string; members: MemberRow[] }[]): Derived {
  const actors = new Map<string, MemberRow>();
  const edges = new Map<string, GraphEdgeRow>();
  for (const c of contexts) {
    const members = [...new Map(c.members.map((m) => [m.id, m])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const m of members) actors.set(m.id, m);
    const ref: ContextRef = { kind: c.kind, id: c.id, label: c.label };
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const id = `${members[i].id}~${members[j].id}`;
        let e = edges.get(id);
        if (!e) { e = { id, source: members[i].id, target: members[j].id, weight: 0, contexts: [] }; edges.set(id, e); }
        e.weight++;
        e.contexts.push(ref);
      }
    }
  }
  return { actors, edges };
}

function validate(f: GraphFilter) {
  if (f.minWeight != null && (f.minWeight < 1 || f.minWeight > 1000)) {
    throw new Invalid('`minWeight` must be from 1 to 1000.', 'filter.minWeight');
  }
  if (f.depth != null && (f.depth < 1 || f.depth > 4)) {
    throw new Invalid('`depth` must be from 1 to 4.', 'filter.depth');
  }
}

/**
 * What to compute besides nodes and edges. Betweenness, Louvain communities and cut vertices cost
 * far more than deriving the graph (all of the CPU at national scale), so the API asks for them only
 * when the operation selects them.
 */
export interface GraphOptions { layout?: boolean; metrics?: boolean }

/** The collaboration graph for a filter, with metrics unless turned off (and a layout when asked). */
export async function collaborationGraph(db: Db, filter: GraphFilter, options: GraphOptions = {}): Promise<GraphResult> {
  validate(filter);
  // Reused while the data version is unchanged: one statement reads the version and, only when it
  // differs from the cached result's, the contexts (one round trip either way). Metrics and layout
  // are computed on a worker thread (server/workers).
  return cachedWithVersionCheck('collaborationGraph', [filter, options],
    async (known) => {
      const { version, contexts } = await collaborationContextsUnless(db, filter, known);
      return { version, input: contexts };
    },
    (contexts) => computeCollaborationGraph(db, contexts, filter, options), db.limits.signal);
}

async function computeCollaborationGraph(db: Db, contexts: ContextRow[], filter: GraphFilter, options: GraphOptions): Promise<GraphResult> {
  const withLayout = options.layout ?? false, metrics = options.metrics ?? true;
  const { actors, edges } = deriveEdges(contexts);
  let kept = [...edges.values()].filter((e) => e.weight >= (filter.minWeight ?? 1));
  let nodeIds = new Set(kept.flatMap((e) => [e.source, e.target]));
  if (filter.around) {
    if (!actors.has(filter.around)) return { nodes: [], edges: [], communityCount: 0, density: 0 };
    nodeIds.add(filter.around);
    const ids = [...nodeIds];
    const index = new Map(ids.map((id, i) => [id, i]));
    const adj = adjacency(ids.length, kept, index);
    const near = neighbourhood(adj, index.get(filter.around)!, filter.depth ?? 1);
    nodeIds = new Set([...near].map((i) => ids[i]));
    kept = kept.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  }
  return runAnalysis<GraphResult>('graphMetrics', { actors: [...nodeIds].sort().map((id) => actors.get(id)!), edges: kept, withLayout, metrics }, db.limits);
}

function adjacency(n: number, edges: GraphEdgeRow[], index: Map<string, number>): Adjacency {
  const adj: Adjacency = Array.from({ length: n }, () => []);
  for (const e of edges) {
    const a = index.get(e.source)!, b = index.get(e.target)!;
    adj[a].push(b); adj[b].push(a);
  }
  return adj;
}

/** Degree, betweenness, communities, cut vertices and layout: the CPU-heavy part, run by server/workers/tasks.ts. */
export function withMetrics(actors: MemberRow[], edges: GraphEdgeRow[], withLayout: boolean, metrics: boolean): GraphResult {
  const n = actors.length;
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const adj = adjacency(n, edges, index);
  const weighted = new Array<number>(n).fill(0);
  for (const e of edges) { weighted[index.get(e.source)!] += e.weight; weighted[index.get(e.target)!] += e.weight; }
  const bc = metrics ? betweenness(adj, n > EXACT_BETWEENNESS_LIMIT ? BETWEENNESS_SAMPLES : n) : null;
  const cut = metrics ? articulationPoints(adj) : null;

  const g = new UndirectedGraph();
  if (metrics || withLayout) {
    for (const a of actors) g.addNode(a.id);
    for (const e of edges) g.addEdge(e.source, e.target, { weight: e.weight });
  }
  const communities: Record<string, number> = n && (metrics || withLayout) ? louvain(g, { getEdgeWeight: 'weight', rng: seeded(7) }) : {};
  const communityCount = new Set(Object.values(communities)).size;

  let positions: Record<string, { x: number; y: number }> | null = null;
  if (withLayout && n) {
    actors.forEach((a, i) => {
      const angle = (2 * Math.PI * i) / n, r = 100 + 10 * (communities[a.id] ?? 0);
      g.setNodeAttribute(a.id, 'x', r * Math.cos(angle));
      g.setNodeAttribute(a.id, 'y', r * Math.sin(angle));
    });
    const settings = forceAtlas2.inferSettings(g);
    positions = forceAtlas2(g, { iterations: n > 5000 ? 50 : 150, settings: { ...settings, barnesHutOptimize: n > 500 }, getEdgeWeight: 'weight' });
  }
  const nodes = actors.map((a, i) => ({
    id: a.id, label: a.name, kind: a.kind, level: a.level, region: a.region ?? null, isGenericRole: a.isGenericRole,
    degree: adj[i].length, weightedDegree: weighted[i], betweenness: bc ? round(bc[i]) : 0, community: communities[a.id] ?? 0,
    isCutVertex: cut ? cut[i] : false, x: positions ? round(positions[a.id].x) : null, y: positions ? round(positions[a.id].y) : null,
  }));
  const density = n > 1 ? edges.length / ((n * (n - 1)) / 2) : 0;
  return { nodes, edges, communityCount, density: round(density) };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function seeded(seed: number) {
  let s = seed;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const SENTENCES = {
  NB: {
    NETWORK: (a: string, b: string, c: string) => `${a} og ${b} er begge med i ${c}`,
    MEASURE: (a: string, b: string, c: string) => `${a} og ${b} har begge ansvar for ${c}`,
    AGREEMENT: (a: string, b: string, c: string) => `${a} og ${b} er begge parter i ${c}`,
    REPORTED: (a: string, b: string, c: string) => `${a} og ${b} samarbeider ifølge kilden: ${c}`,
    and: ' og ', more: (n: number) => ` (og ${n} til)`,
  },
  EN: {
    NETWORK: (a: string, b: string, c: string) => `${a} and ${b} are both in ${c}`,
    MEASURE: (a: string, b: string, c: string) => `${a} and ${b} are both responsible for ${c}`,
    AGREEMENT: (a: string, b: string, c: string) => `${a} and ${b} are both parties to ${c}`,
    REPORTED: (a: string, b: string, c: string) => `${a} and ${b} work together according to the source: ${c}`,
    and: ' and ', more: (n: number) => ` (and ${n} more)`,
  },
} as const;

/** The shortest collaboration paths between two actors, each hop explained. */
export async function collaborationPaths(db: Db, from: string, to: string, filter: GraphFilter, limit: number, language: 'NB' | 'EN'): Promise<PathRow[]> {
  if (limit < 1 || limit > 10) throw new Invalid('`first` must be from 1 to 10.', 'first');
  if (from === to) throw new Invalid('`from` and `to` are the same actor.', 'to');
  const { actors, edges } = deriveEdges(await collaborationContexts(db, { ...filter, excludeGenericRoles: filter.excludeGenericRoles ?? true }));
  for (const [arg, id] of [['from', from], ['to', to]] as const) {
    if (!actors.has(id)) return []; // unknown or unconnected actors have no path; node(id) tells which
    void arg;
  }
  const kept = [...edges.values()].filter((e) => e.weight >= (filter.minWeight ?? 1));
  const ids = [...actors.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const adj = adjacency(ids.length, kept, index);
  for (const list of adj) list.sort((a, b) => a - b);
  const words = SENTENCES[language];
  return shortestPaths(adj, index.get(from)!, index.get(to)!, limit).map((path) => {
    const actorIds = path.map((i) => ids[i]);
    const steps = actorIds.slice(1).map((toId, k) => {
      const fromId = actorIds[k];
      const key = fromId < toId ? `${fromId}~${toId}` : `${toId}~${fromId}`;
      const contexts = edges.get(key)!.contexts;
      const [first] = contexts;
      const name = (id: string) => actors.get(id)!.name;
      const explanation = words[first.kind](name(fromId), name(toId), first.label) + (contexts.length > 1 ? words.more(contexts.length - 1) : '');
      return { fromId, toId, contexts, explanation };
    });
    return { actorIds, steps, length: steps.length };
  });
}
