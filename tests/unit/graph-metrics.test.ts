/** The collaboration graph's metrics against an independent implementation (graphology-metrics) and brute force. */
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { articulationPoints, betweenness, type Adjacency } from '../../server/analysis/graph-metrics.js';

// A CommonJS module whose typings declare an ES default export.
const betweennessCentrality = createRequire(import.meta.url)('graphology-metrics/centrality/betweenness') as
  (g: UndirectedGraph, o: { normalized: boolean }) => Record<string, number>;

/** A seeded random graph: n nodes, each pair linked with probability p, plus a few pendant chains (cut vertices). */
function randomGraph(n: number, p: number, seed: number): { adj: Adjacency; g: UndirectedGraph } {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const adj: Adjacency = Array.from({ length: n }, () => []);
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(String(i));
  const link = (a: number, b: number) => { adj[a].push(b); adj[b].push(a); g.addEdge(String(a), String(b)); };
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (b === a + 1 && b % 7 === 0 ? true : rnd() < p) link(a, b);
  return { adj, g };
}

function components(adj: Adjacency, removed: number): number {
  const seen = new Set<number>([removed]);
  let count = 0;
  for (let s = 0; s < adj.length; s++) {
    if (seen.has(s)) continue;
    count++;
    const stack = [s];
    seen.add(s);
    while (stack.length) for (const w of adj[stack.pop()!]) if (!seen.has(w)) { seen.add(w); stack.push(w); }
  }
  return count;
}

describe('graph metrics', () => {
  it.each([[12, 0.3, 1], [40, 0.08, 2], [80, 0.05, 3], [60, 0.2, 4]])('exact betweenness equals graphology-metrics (n=%i, p=%f)', (n, p, seed) => {
    const { adj, g } = randomGraph(n, p, seed);
    const oracle = betweennessCentrality(g, { normalized: true });
    const ours = betweenness(adj);
    for (let i = 0; i < n; i++) expect(ours[i]).toBeCloseTo(oracle[String(i)], 10);
  });

  it('sampled betweenness ranks the biggest brokers like the exact one', () => {
    const { adj } = randomGraph(200, 0.03, 5);
    const exact = betweenness(adj), sampled = betweenness(adj, 100, 1);
    const top = (xs: number[]) => xs.map((x, i) => [x, i]).sort((a, b) => b[0] - a[0]).slice(0, 5).map(([, i]) => i);
    expect(top(sampled).filter((i) => top(exact).includes(i)).length).toBeGreaterThanOrEqual(3);
  });

  it('articulation points are exactly the nodes whose removal adds a component', () => {
    for (const seed of [1, 2, 3]) {
      const { adj } = randomGraph(50, 0.06, seed);
      const base = components(adj, -1);
      const brute = adj.map((_, v) => v).filter((v) => adj[v].length > 0 && components(adj, v) > base).sort((a, b) => a - b);
      expect(articulationPoints(adj).flatMap((cut, v) => (cut ? [v] : []))).toEqual(brute);
      expect(brute.length).toBeGreaterThan(0);
    }
  });
});
