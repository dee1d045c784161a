import { kindGroup, type KindGroup } from './kinds';
import type { GraphNodeLike } from './toElements';

/** What a community of the map is, so the legend can name it instead of numbering it. */
export interface CommunityInfo {
  id: number;
  size: number;
  /** Its most central actor (highest weighted degree, then betweenness): "IMDi Øst and 23 others". */
  hub: string;
  /** The kind group that most of its actors share (at least 60 %), if any: "municipal: Moss kommune and 9 others". */
  dominant?: KindGroup;
}

/** Names each community by its most central actor and, when one kind dominates, that kind. Pure. */
export function describeCommunities(nodes: readonly GraphNodeLike[]): CommunityInfo[] {
  const byCommunity = new Map<number, GraphNodeLike[]>();
  for (const n of nodes) (byCommunity.get(n.community) ?? byCommunity.set(n.community, []).get(n.community)!).push(n);
  return [...byCommunity.entries()].map(([id, members]) => {
    const hub = [...members].sort((a, b) => b.weightedDegree - a.weightedDegree || b.betweenness - a.betweenness || a.label.localeCompare(b.label))[0];
    const groups = new Map<KindGroup, number>();
    for (const m of members) { const g = kindGroup(m.kind, m.isGenericRole); groups.set(g, (groups.get(g) ?? 0) + 1); }
    const [top, count] = [...groups.entries()].sort((a, b) => b[1] - a[1])[0];
    return { id, size: members.length, hub: hub.label, ...(members.length >= 3 && count / members.length >= 0.6 ? { dominant: top } : {}) };
  }).sort((a, b) => b.size - a.size || a.id - b.id);
}
