import { actorList } from '../../db/repos/list.repo.js';
import type { ActorRow, ContactRow, MembershipRow, PlanRow, AgreementRow, RegionRow, ResponsibilityRow } from '../../db/rows.js';
import { requireRole } from '../../auth.js';
import { membershipActiveAt } from '../../db/repos/dates.js';
import type { Resolvers } from '../resolvers-types.generated.js';
import { selectionOf } from '../selection.js';
import { loadEntity, pagedList, sourcesOf } from './shared.js';

/** True when a membership counts at asOf (the one rule for partial dates: server/db/repos/dates.ts). */
export const validAt = membershipActiveAt;

export const actorResolvers: Resolvers = {
  Query: {
    actors: (_, args, ctx, info) => pagedList(ctx, info, args, actorList(args.filter ?? {}, args.sortBy ?? 'NAME')) as never,
    actor: (_, { id }, ctx, info) => loadEntity<ActorRow>(ctx, info, 'Actor', id),
  },
  Actor: {
    parent: (a, _, { loaders }, info) => (a.parentId ? loaders.node<ActorRow>('Actor', selectionOf(info)).load(a.parentId) : null),
    children: (a, _, { loaders }, info) => loaders.related<ActorRow>('Actor.children', selectionOf(info)).load(a.id),
    region: (a, _, { loaders }, info) => (a.regionId ? loaders.node<RegionRow>('Region', selectionOf(info)).load(a.regionId) : null),
    memberships: async (a, { asOf }, { loaders }, info) => {
      const all = await loaders.related<MembershipRow>('Actor.memberships', selectionOf(info)).load(a.id);
      return asOf ? all.filter((m) => validAt(m, asOf)) : all;
    },
    responsibilities: async (a, { roles }, { loaders }, info) => {
      const all = await loaders.related<ResponsibilityRow>('Actor.responsibilities', selectionOf(info)).load(a.id);
      return roles?.length ? all.filter((r) => roles.includes(r.role as never)) : all;
    },
    ownedPlans: (a, _, { loaders }, info) => loaders.related<PlanRow>('Actor.ownedPlans', selectionOf(info)).load(a.id),
    agreements: (a, _, { loaders }, info) => loaders.related<AgreementRow>('Actor.agreements', selectionOf(info)).load(a.id),
    contacts: (a, _, { loaders, viewer }) => {
      requireRole(viewer, 'viewer', 'Contact persons (personal data)');
      return loaders.related<ContactRow>('Actor.contacts').load(a.id);
    },
    sources: sourcesOf,
  },
};

