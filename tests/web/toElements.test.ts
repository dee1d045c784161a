import { describe, expect, it } from 'vitest';
import { actorsToElements, edgeWidth, graphToElements, mergeGraphs, nodeSize, MAX_NODE_SIZE, MIN_NODE_SIZE, type GraphNodeLike } from '../../web/src/graph/toElements';
import { KIND_GROUPS, kindGroup, communityColor, OTHER_COMMUNITY_COLOR } from '../../web/src/graph/kinds';
import { ACTOR_KINDS } from '../../web/src/map/urlState';
import { describeCommunities } from '../../web/src/graph/communities';

describe('actorsToElements', () => {
  it('makes a node per actor and a PART_OF edge only when the parent is drawn', () => {
    const els = actorsToElements([
      { id: 'actor:imdi', name: 'IMDi', kind: 'DIRECTORATE' },
      { id: 'actor:imdi-ost', name: 'IMDi Øst', kind: 'REGIONAL_OFFICE', parent: { id: 'actor:imdi' } },
      { id: 'actor:rvts-sor', name: 'RVTS Sør', parent: { id: 'actor:not-drawn' } },
    ]);
    expect(els.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(['actor:imdi', 'actor:imdi-ost', 'actor:rvts-sor']);
    expect(els.filter((e) => e.group === 'edges')).toEqual([
      { group: 'edges', data: { id: 'actor:imdi-ost->actor:imdi', source: 'actor:imdi-ost', target: 'actor:imdi', kind: 'PART_OF' } },
    ]);
    expect(els.find((e) => e.data.id === 'actor:rvts-sor')!.data.kind).toBe('UNKNOWN');
  });
});

const node = (id: string, over: Partial<GraphNodeLike> = {}): GraphNodeLike => ({
  id, label: id.replace('actor:', ''), kind: 'DIRECTORATE', isGenericRole: false, degree: 1, weightedDegree: 1, betweenness: 0, community: 0, isCutVertex: false, ...over,
});

describe('graphToElements', () => {
  const graph = {
    nodes: [
      node('actor:imdi-ost', { kind: 'REGIONAL_OFFICE', betweenness: 0.5, degree: 4, community: 1, isCutVertex: true }),
      node('actor:bufdir', { betweenness: 0.125, degree: 8 }),
      node('actor:virksomhetsledere', { kind: 'GENERIC_ROLE', isGenericRole: true, community: 40 }),
    ],
    edges: [
      { id: 'actor:bufdir~actor:imdi-ost', source: 'actor:bufdir', target: 'actor:imdi-ost', weight: 4, contexts: [] },
      { id: 'actor:imdi-ost~actor:gone', source: 'actor:gone', target: 'actor:imdi-ost', weight: 1, contexts: [] },
    ],
  };

  it('sizes nodes by the chosen metric relative to the largest, and colours them by kind group and community', () => {
    const byBetweenness = graphToElements(graph, 'betweenness');
    const ost = byBetweenness.find((e) => e.data.id === 'actor:imdi-ost')!;
    expect(ost.data.size).toBe(MAX_NODE_SIZE);
    expect(ost.data.kindColor).toBe(KIND_GROUPS.regional.color);
    expect(ost.data.shape).toBe(KIND_GROUPS.regional.shape);
    expect(ost.data.communityColor).toBe(communityColor(1));
    expect(ost.classes).toBe('cut hub');
    expect(byBetweenness.find((e) => e.data.id === 'actor:bufdir')!.data.size).toBe(nodeSize(0.125, 0.5));
    const generic = byBetweenness.find((e) => e.data.id === 'actor:virksomhetsledere')!;
    expect(generic.data.size).toBe(MIN_NODE_SIZE);
    expect(generic.data.kindGroup).toBe('generic');
    expect(generic.data.communityColor).toBe(OTHER_COMMUNITY_COLOR);
    expect(generic.classes).toBe('generic');
    expect(byBetweenness.find((e) => e.data.id === 'actor:bufdir')!.classes).toBe('hub');
    const byDegree = graphToElements(graph, 'degree');
    expect(byDegree.find((e) => e.data.id === 'actor:bufdir')!.data.size).toBe(MAX_NODE_SIZE);
  });

  it('keeps only edges whose ends are drawn, with width growing with weight', () => {
    const edges = graphToElements(graph, 'betweenness').filter((e) => e.group === 'edges');
    expect(edges).toHaveLength(1);
    expect(edges[0].data).toMatchObject({ source: 'actor:bufdir', target: 'actor:imdi-ost', weight: 4, width: edgeWidth(4) });
    expect(edgeWidth(1)).toBe(1);
    expect(edgeWidth(4)).toBe(5);
    expect(edgeWidth(10_000)).toBe(10);
  });

  it('passes server-computed positions through as preset positions', () => {
    const els = graphToElements({ nodes: [node('actor:a', { x: 10, y: -5 }), node('actor:b', { x: null, y: null })], edges: [] }, 'degree');
    expect(els[0].position).toEqual({ x: 10, y: -5 });
    expect(els[1].position).toBeUndefined();
  });

  it('never divides by zero when every metric is 0', () => {
    expect(nodeSize(0, 0)).toBe(MIN_NODE_SIZE);
    expect(graphToElements({ nodes: [node('actor:a')], edges: [] }, 'betweenness')[0].data.size).toBe(MIN_NODE_SIZE);
  });
});

describe('mergeGraphs', () => {
  it('unions nodes and edges by id, keeping the first copy', () => {
    const a = { nodes: [node('actor:a', { degree: 1 }), node('actor:b')], edges: [{ id: 'actor:a~actor:b', source: 'actor:a', target: 'actor:b', weight: 1, contexts: [] }] };
    const b = { nodes: [node('actor:a', { degree: 9 }), node('actor:c')], edges: [{ id: 'actor:a~actor:c', source: 'actor:a', target: 'actor:c', weight: 2, contexts: [] }] };
    const m = mergeGraphs([a, b]);
    expect(m.nodes.map((n) => n.id)).toEqual(['actor:a', 'actor:b', 'actor:c']);
    expect(m.nodes[0].degree).toBe(1);
    expect(m.edges.map((e) => e.id)).toEqual(['actor:a~actor:b', 'actor:a~actor:c']);
  });
});

describe('kind groups', () => {
  it('put every actor kind in exactly one group, and generic roles in "generic"', () => {
    const all = Object.values(KIND_GROUPS).flatMap((g) => g.kinds);
    expect([...all].sort()).toEqual([...ACTOR_KINDS].sort());
    expect(kindGroup('POLICE')).toBe('police');
    expect(kindGroup('NGO', true)).toBe('generic');
    expect(kindGroup(null)).toBe('other');
  });
});

describe('describeCommunities', () => {
  const node = (id: string, community: number, kind: string, weightedDegree: number): GraphNodeLike => ({
    id, label: id.replace('actor:', ''), kind, isGenericRole: false, degree: weightedDegree, weightedDegree, betweenness: 0, community, isCutVertex: false,
  });
  it('names a community by its most central actor, and by its kind when one dominates', () => {
    const infos = describeCommunities([
      node('actor:moss', 1, 'MUNICIPALITY', 9), node('actor:rygge', 1, 'MUNICIPALITY', 3), node('actor:rade', 1, 'MUNICIPALITY', 2), node('actor:politi', 1, 'POLICE', 1),
      node('actor:imdi-ost', 0, 'REGIONAL_OFFICE', 12), node('actor:bufdir', 0, 'DIRECTORATE', 5), node('actor:rvts-ost', 0, 'COMPETENCE_CENTRE', 4),
    ]);
    expect(infos).toEqual([
      { id: 1, size: 4, hub: 'moss', dominant: 'municipal' },
      { id: 0, size: 3, hub: 'imdi-ost' },
    ]);
  });
});
