/** Made-up collaboration graphs for the map's scale tests (served in place of the API's answer). */
import type { GraphResult } from '../../server/analysis/collaboration.js';

/** A made-up collaboration graph: `nodes` actors on a grid (positions only when the server is asked to lay out), `edges` links. */
export function syntheticGraph(nodes: number, edges: number, positioned: boolean, communities = 9): GraphResult {
  const kinds = ['MUNICIPALITY', 'POLICE', 'SCHOOL', 'NGO', 'DIRECTORATE', 'HEALTH'];
  const side = Math.ceil(Math.sqrt(nodes));
  const ns = Array.from({ length: nodes }, (_, i) => ({
    id: `actor:n${i}`, label: `Aktør ${i}`, kind: kinds[i % kinds.length], level: null, region: null, isGenericRole: false,
    degree: (i % 7) + 1, weightedDegree: (i % 7) + 1, betweenness: (i % 13) / 13, community: i % communities, isCutVertex: i % 97 === 0,
    x: positioned ? (i % side) * 90 : null, y: positioned ? Math.floor(i / side) * 90 : null,
  }));
  const es = new Map<string, GraphResult['edges'][number]>();
  for (let k = 0; es.size < edges; k++) {
    const a = (k * 7919) % nodes;
    const b = (a + 1 + ((k * 104729) % (nodes - 1))) % nodes;
    const [s, t] = [`actor:n${a}`, `actor:n${b}`].sort();
    if (s !== t) es.set(`${s}~${t}`, { id: `${s}~${t}`, source: s, target: t, weight: (k % 4) + 1, contexts: [{ kind: 'NETWORK', id: 'network:x', label: 'X' }] });
  }
  return { communityCount: communities, density: 0.002, nodes: ns, edges: [...es.values()] };
}

