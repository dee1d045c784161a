/** The compact encoding of the collaboration graph (what the web map reads), and aggregation into communities. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { compactStats, encodeCompact, type CompactGraph } from '../../server/analysis/compact.js';
import type { GraphResult } from '../../server/analysis/collaboration.js';
import { gql, startTestServer } from '../helpers.js';

let app: Samkart;
beforeAll(async () => { app = await startTestServer(); });
afterAll(async () => { await app?.stop(); });

const FULL = `query($f: CollaborationFilter) { collaborationGraph(filter: $f) {
  communityCount density
  nodes { id label kind level region isGenericRole degree weightedDegree betweenness community isCutVertex x y }
  edges { id source target weight contexts { kind id label } } } }`;

/** The object-shaped graph back from the compact one (as the web map decodes it). */
function decode(c: CompactGraph) {
  const n = c.nodes;
  const nodes = n.id.map((id, i) => ({
    id, label: n.label[i], kind: n.kind[i], level: n.level[i], region: n.region[i], isGenericRole: n.isGenericRole[i] === 1, degree: n.degree[i],
    weightedDegree: n.weightedDegree[i], betweenness: n.betweenness[i], community: n.community[i], isCutVertex: n.isCutVertex[i] === 1,
    x: n.x ? n.x[i] : null, y: n.y ? n.y[i] : null,
  }));
  const edges = c.edges.source.map((s, i) => {
    const [a, b] = [n.id[s], n.id[c.edges.target[i]]];
    const ctx = c.edges.contextIndex.slice(c.edges.contextStart[i], c.edges.contextStart[i + 1])
      .map((k) => ({ kind: c.contexts.kind[k], id: c.contexts.id[k], label: c.contexts.label[k] }));
    return { id: `${a}~${b}`, source: a, target: b, weight: c.edges.weight[i], contexts: ctx };
  });
  return { communityCount: c.communityCount, density: c.density, nodes, edges };
}

describe('the compact collaboration graph', () => {
  it('holds exactly what the object-shaped fields return, in far fewer bytes', async () => {
    const full = await gql(app, FULL, { f: {} });
    expect(full.body.errors).toBeUndefined();
    const compact = await gql(app, 'query($f: CollaborationFilter) { collaborationGraph(filter: $f) { compact } }', { f: {} });
    expect(compact.body.errors).toBeUndefined();
    const c = compact.body.data!.collaborationGraph.compact as CompactGraph;
    expect(c.format).toBe('samkart.collaboration-graph.v1');
    expect(c.aggregated).toBe(false);
    expect(c.total).toEqual({ nodes: full.body.data!.collaborationGraph.nodes.length, edges: full.body.data!.collaborationGraph.edges.length });
    expect(decode(c)).toEqual(full.body.data!.collaborationGraph);
    expect(JSON.stringify(c).length).toBeLessThan(JSON.stringify(full.body.data).length / 2);
  });

  it('is built once per data version and reused', async () => {
    const q = 'query($f: CollaborationFilter) { collaborationGraph(filter: $f) { compact } }';
    const f = { f: { minWeight: 2 } };
    const first = await gql(app, q, f);
    const built = compactStats.built;
    expect(built).toBeGreaterThan(0); // the test server runs in this process
    const again = await gql(app, q, f);
    expect(compactStats.built).toBe(built);
    expect(again.body.data).toEqual(first.body.data);
  });

  it('aggregates into communities above the threshold and expands the ones asked for in place', async () => {
    const full = (await gql(app, FULL, { f: {} })).body.data!.collaborationGraph as GraphResult;
    const q = 'query($f: CollaborationFilter, $e: [Int!]) { collaborationGraph(filter: $f, layout: true) { compact(aggregateAbove: 10, expand: $e) } }';
    const r = await gql(app, q, { f: {}, e: [] });
    expect(r.body.errors).toBeUndefined();
    const c = r.body.data!.collaborationGraph.compact as CompactGraph;
    expect(c.aggregated).toBe(true);
    expect(c.nodes.id).toEqual([]);
    expect(c.communities!.id.length).toBe(full.communityCount);
    expect(c.communities!.size.reduce((a, b) => a + b, 0)).toBe(full.nodes.length);
    // Links sum every edge between communities.
    const between = full.edges.filter((e) => {
      const com = (id: string) => full.nodes.find((n) => n.id === id)!.community;
      return com(e.source) !== com(e.target);
    });
    expect(c.links!.count.reduce((a, b) => a + b, 0)).toBe(between.length);
    expect(c.links!.weight.reduce((a, b) => a + b, 0)).toBe(between.reduce((s, e) => s + e.weight, 0));
    expect(c.communities!.x!.every(Number.isFinite)).toBe(true);

    // Expanding the largest community: its actors and their edges, the others stay aggregated.
    const biggest = c.communities!.id[c.communities!.size.indexOf(Math.max(...c.communities!.size))];
    const e = (await gql(app, q, { f: {}, e: [biggest] })).body.data!.collaborationGraph.compact as CompactGraph;
    const members = full.nodes.filter((n) => n.community === biggest).map((n) => n.id).sort();
    expect([...e.nodes.id].sort()).toEqual(members);
    expect(e.edges.source.length).toBe(full.edges.filter((x) => members.includes(x.source) && members.includes(x.target)).length);
    expect(e.communities!.expanded[e.communities!.id.indexOf(biggest)]).toBe(1);
    expect(e.links!.source.some((s) => members.includes(s)) || e.links!.target.some((t) => members.includes(t))).toBe(true);
    expect([...e.links!.source, ...e.links!.target].every((end) => end.startsWith('community:') || members.includes(end))).toBe(true);
    expect(e.links!.source.concat(e.links!.target)).not.toContain(`community:${biggest}`);
  });

  it('never aggregates with aggregateAbove 0, and an encoding of an empty graph is empty', () => {
    const g: GraphResult = { nodes: [], edges: [], communityCount: 0, density: 0 };
    expect(encodeCompact(g, { aggregateAbove: 0 })).toMatchObject({ aggregated: false, nodes: { id: [] }, total: { nodes: 0, edges: 0 } });
  });
});
