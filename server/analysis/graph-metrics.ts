/**
 * Graph algorithms on the derived collaboration graph, on plain adjacency lists (ids are indices):
 * Brandes betweenness (exact, or sampled from k sources on large graphs), articulation points
 * (iterative Tarjan), and BFS shortest paths. Pure functions, unit-tested.
 */

/** Adjacency list of an undirected graph over nodes 0..n-1. */
export type Adjacency = number[][];

/** Normalised betweenness centrality (0..1). With `samples` < n, Brandes from a seeded sample of sources, scaled up. */
export function betweenness(adj: Adjacency, samples = adj.length, seed = 1): number[] {
  const n = adj.length;
  const cb = new Float64Array(n);
  const sources = samples >= n ? [...Array(n).keys()] : sampleSources(n, samples, seed);
  const sigma = new Float64Array(n), dist = new Int32Array(n), delta = new Float64Array(n);
  const stack = new Int32Array(n), queue = new Int32Array(n);
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (const s of sources) {
    for (let i = 0; i < n; i++) { sigma[i] = 0; dist[i] = -1; delta[i] = 0; preds[i].length = 0; }
    sigma[s] = 1; dist[s] = 0;
    let qh = 0, qt = 0, sp = 0;
    queue[qt++] = s;
    while (qh < qt) {
      const v = queue[qh++];
      stack[sp++] = v;
      for (const w of adj[v]) {
        if (dist[w] < 0) { dist[w] = dist[v] + 1; queue[qt++] = w; }
        if (dist[w] === dist[v] + 1) { sigma[w] += sigma[v]; preds[w].push(v); }
      }
    }
    while (sp > 0) {
      const w = stack[--sp];
      for (const v of preds[w]) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      if (w !== s) cb[w] += delta[w];
    }
  }
  const scale = (n / sources.length) / 2; // undirected: each pair counted twice; sampling scales up
  const norm = n > 2 ? ((n - 1) * (n - 2)) / 2 : 1;
  return [...cb].map((x) => (x * scale) / norm);
}

function sampleSources(n: number, k: number, seed: number): number[] {
  let state = seed >>> 0 || 1;
  const rand = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const all = [...Array(n).keys()];
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (n - i));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, k);
}

/** Articulation points: nodes whose removal splits their connected component. */
export function articulationPoints(adj: Adjacency): boolean[] {
  const n = adj.length;
  const disc = new Int32Array(n).fill(-1), low = new Int32Array(n), parent = new Int32Array(n).fill(-1);
  const cut = new Array<boolean>(n).fill(false);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] >= 0) continue;
    let rootChildren = 0;
    const stack: [number, number][] = [[root, 0]];
    disc[root] = low[root] = time++;
    while (stack.length) {
      const top = stack[stack.length - 1];
      const [v, i] = top;
      if (i < adj[v].length) {
        top[1]++;
        const w = adj[v][i];
        if (disc[w] < 0) {
          parent[w] = v;
          if (v === root) rootChildren++;
          disc[w] = low[w] = time++;
          stack.push([w, 0]);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v], disc[w]);
        }
      } else {
        stack.pop();
        const p = parent[v];
        if (p >= 0) {
          low[p] = Math.min(low[p], low[v]);
          if (p !== root && low[v] >= disc[p]) cut[p] = true;
        }
      }
    }
    if (rootChildren > 1) cut[root] = true;
  }
  return cut;
}

/** Up to `limit` shortest paths from s to t (as node index lists), or [] when unconnected. */
export function shortestPaths(adj: Adjacency, s: number, t: number, limit: number): number[][] {
  const n = adj.length;
  const dist = new Int32Array(n).fill(-1);
  const preds: number[][] = Array.from({ length: n }, () => []);
  dist[s] = 0;
  const queue = [s];
  for (let h = 0; h < queue.length; h++) {
    const v = queue[h];
    if (v === t) break;
    for (const w of adj[v]) {
      if (dist[w] < 0) { dist[w] = dist[v] + 1; queue.push(w); }
      if (dist[w] === dist[v] + 1) preds[w].push(v);
    }
  }
  if (dist[t] < 0) return [];
  const paths: number[][] = [];
  const walk = (v: number, suffix: number[]) => {
    if (paths.length >= limit) return;
    if (v === s) { paths.push([s, ...suffix]); return; }
    for (const p of [...preds[v]].sort((a, b) => a - b)) walk(p, [v, ...suffix]);
  };
  walk(t, []);
  return paths;
}

/** Nodes within `depth` hops of `start`. */
export function neighbourhood(adj: Adjacency, start: number, depth: number): Set<number> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: number[] = [];
    for (const v of frontier) for (const w of adj[v]) if (!seen.has(w)) { seen.add(w); next.push(w); }
    frontier = next;
  }
  return seen;
}
