/** The web map's reading of the compact collaboration graph, and the elements of an aggregated one. */
import { describe, expect, it } from 'vitest';
import { encodeCompact } from '../../server/analysis/compact.js';
import { decodeCompact } from '../../web/src/graph/compact.js';
import { communityElements } from '../../web/src/graph/toElements.js';
import { syntheticGraph } from '../e2e/synthetic.js';

describe('decodeCompact', () => {
  it('gives back exactly the object-shaped graph the server encoded', () => {
    const g = syntheticGraph(300, 900, true, 5);
    g.edges[0].contexts = [{ kind: 'NETWORK', id: 'network:a', label: 'A' }, { kind: 'MEASURE', id: 'measure:b/1', label: 'B 1' }];
    const d = decodeCompact(JSON.parse(JSON.stringify(encodeCompact(g))));
    expect(d.nodes).toEqual(g.nodes);
    expect(d.edges).toEqual(g.edges);
    expect(d.aggregate).toBeUndefined();
    expect(d.total).toEqual({ nodes: 300, edges: 900 });
  });

  it('refuses an encoding it does not know', () => {
    expect(() => decodeCompact({ format: 'something-else' })).toThrow(/unknown collaboration graph encoding/);
  });

  it('reads an aggregated graph: every community, and links only where a community is still aggregated', () => {
    const g = syntheticGraph(300, 900, true, 5);
    const d = decodeCompact(JSON.parse(JSON.stringify(encodeCompact(g, { aggregateAbove: 100, expand: [2] }))));
    expect(d.aggregate!.communities.map((c) => c.id)).toEqual(['community:0', 'community:1', 'community:2', 'community:3', 'community:4']);
    expect(d.aggregate!.communities.find((c) => c.community === 2)!.expanded).toBe(true);
    expect(d.nodes.every((n) => n.community === 2)).toBe(true);
    expect(d.nodes.length).toBe(60);
    const els = communityElements(d.aggregate!.communities, d.aggregate!.links, new Set(d.nodes.map((n) => n.id)), (c) => `${c.hub} +${c.size - 1}`);
    const nodes = els.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data.id)).toEqual(['community:0', 'community:1', 'community:3', 'community:4']);
    expect(nodes.every((n) => n.position && Number(n.data.size) > 0 && String(n.data.label).includes('+59'))).toBe(true);
    const ids = new Set([...nodes.map((n) => n.data.id), ...d.nodes.map((n) => n.id)]);
    const links = els.filter((e) => e.group === 'edges');
    expect(links.length).toBe(d.aggregate!.links.length);
    expect(links.every((l) => ids.has(l.data.source as string) && ids.has(l.data.target as string))).toBe(true);
  });
});
