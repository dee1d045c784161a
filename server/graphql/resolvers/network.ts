import { networkList } from '../../db/repos/list.repo.js';
import type { ActorRow, MeetingRow, MembershipRow, NetworkRow, PlanRow, RegionRow, ThemeRow } from '../../db/rows.js';
import type { Resolvers } from '../resolvers-types.generated.js';
import { selectionOf } from '../selection.js';
import { validAt } from './actor.js';
import { loadEntity, pagedList, relationshipSources, sourcesOf } from './shared.js';

export const networkResolvers: Resolvers = {
  Query: {
    networks: (_, args, ctx, info) => pagedList(ctx, info, args, networkList(args.filter ?? {}, args.sortBy ?? 'NAME')) as never,
    network: (_, { id }, ctx, info) => loadEntity<NetworkRow>(ctx, info, 'Network', id),
  },
  Network: {
    members: async (n, { asOf, roles }, { loaders }, info) => {
      let all = await loaders.related<MembershipRow>('Network.members', selectionOf(info)).load(n.id);
      if (asOf) all = all.filter((m) => validAt(m, asOf));
      return roles?.length ? all.filter((m) => roles.includes(m.role as never)) : all;
    },
    meetings: (n, _, { loaders }, info) => loaders.related<MeetingRow>('Network.meetings', selectionOf(info)).load(n.id),
    partOf: (n, _, { loaders }, info) => (n.partOfId ? loaders.node<NetworkRow>('Network', selectionOf(info)).load(n.partOfId) : null),
    parts: (n, _, { loaders }, info) => loaders.related<NetworkRow>('Network.parts', selectionOf(info)).load(n.id),
    regions: (n, _, { loaders }, info) => loaders.related<RegionRow>('Network.regions', selectionOf(info)).load(n.id),
    themes: (n, _, { loaders }, info) => loaders.related<ThemeRow>('Network.themes', selectionOf(info)).load(n.id),
    anchoredIn: (n, _, { loaders }, info) => loaders.related<PlanRow>('Network.anchoredIn', selectionOf(info)).load(n.id),
    sources: sourcesOf,
  },
  Membership: {
    actor: (m, _, { loaders }, info) => m.actor ?? (loaders.node<ActorRow>('Actor', selectionOf(info)).load(m.actorId) as Promise<ActorRow>),
    network: (m, _, { loaders }, info) => m.network ?? (loaders.node<NetworkRow>('Network', selectionOf(info)).load(m.networkId) as Promise<NetworkRow>),
    sources: (m, _, ctx) => relationshipSources(ctx, m.citations),
  },
  Meeting: { sources: sourcesOf },
};
