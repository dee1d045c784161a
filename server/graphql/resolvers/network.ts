import { networkPage } from '../../db/repos/list.repo.js';
import type { ActorRow, MeetingRow, MembershipRow, NetworkRow, PlanRow, RegionRow, ThemeRow } from '../../db/rows.js';
import type { Resolvers } from '../resolvers-types.generated.js';
import { validAt } from './actor.js';
import { pagedConnection, relationshipSources, sourcesOf } from './shared.js';

export const networkResolvers: Resolvers = {
  Query: {
    networks: (_, args, { db }) => pagedConnection(args, (req) => networkPage(db, args.filter ?? {}, args.sortBy ?? 'NAME', req)),
    network: (_, { id }, { loaders }) => loaders.node<NetworkRow>('Network').load(id),
  },
  Network: {
    members: async (n, { asOf, roles }, { loaders }) => {
      let all = await loaders.related<MembershipRow>('Network.members').load(n.id);
      if (asOf) all = all.filter((m) => validAt(m, asOf));
      return roles?.length ? all.filter((m) => roles.includes(m.role as never)) : all;
    },
    meetings: (n, _, { loaders }) => loaders.related<MeetingRow>('Network.meetings').load(n.id),
    partOf: (n, _, { loaders }) => (n.partOfId ? loaders.node<NetworkRow>('Network').load(n.partOfId) : null),
    parts: (n, _, { loaders }) => loaders.related<NetworkRow>('Network.parts').load(n.id),
    regions: (n, _, { loaders }) => loaders.related<RegionRow>('Network.regions').load(n.id),
    themes: (n, _, { loaders }) => loaders.related<ThemeRow>('Network.themes').load(n.id),
    anchoredIn: (n, _, { loaders }) => loaders.related<PlanRow>('Network.anchoredIn').load(n.id),
    sources: sourcesOf,
  },
  Membership: {
    actor: (m) => m.actor as ActorRow,
    network: (m) => m.network,
    sources: (m, _, ctx) => relationshipSources(ctx, m.citations),
  },
  Meeting: { sources: sourcesOf },
};
