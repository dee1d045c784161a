import { measurePage, planPage } from '../../db/repos/list.repo.js';
import { requireRole } from '../../auth.js';
import type {
  ActorRow, BudgetRow, ContactRow, GoalRow, IndicatorRow, MeasureRow, NetworkRow, PlanRow, RegionRow, ResponsibilityRow,
  StatusRow, TargetGroupRow, ThemeRow,
} from '../../db/rows.js';
import type { Resolvers } from '../resolvers-types.generated.js';
import { pagedConnection, relationshipSources, sourcesOf } from './shared.js';

export const planResolvers: Resolvers = {
  Query: {
    plans: (_, args, { db }) => pagedConnection(args, (req) => planPage(db, args.filter ?? {}, req)),
    plan: (_, { id }, { loaders }) => loaders.node<PlanRow>('ActionPlan').load(id),
    measures: (_, args, { db }) => pagedConnection(args, (req) => measurePage(db, args.filter ?? {}, args.sortBy ?? 'NUMBER', req)),
    measure: (_, { id }, { loaders }) => loaders.node<MeasureRow>('Measure').load(id),
  },
  ActionPlan: {
    owners: (p, _, { loaders }) => loaders.related<ActorRow>('ActionPlan.owners').load(p.id),
    succeeds: (p, _, { loaders }) => loaders.related<PlanRow>('ActionPlan.succeeds').load(p.id),
    succeededBy: (p, _, { loaders }) => loaders.related<PlanRow>('ActionPlan.succeededBy').load(p.id),
    anchoredIn: (p, _, { loaders }) => loaders.related<PlanRow>('ActionPlan.anchoredIn').load(p.id),
    themes: (p, _, { loaders }) => loaders.related<ThemeRow>('ActionPlan.themes').load(p.id),
    regions: (p, _, { loaders }) => loaders.related<RegionRow>('ActionPlan.regions').load(p.id),
    networks: (p, _, { loaders }) => loaders.related<NetworkRow>('ActionPlan.networks').load(p.id),
    measures: async (p, { statuses }, { loaders }) => {
      const measures = await loaders.related<MeasureRow>('ActionPlan.measures').load(p.id);
      if (!statuses?.length) return measures;
      const histories = await loaders.related<StatusRow>('Measure.statusHistory').loadMany(measures.map((m) => m.id));
      return measures.filter((_, i) => {
        const h = histories[i];
        return !(h instanceof Error) && h.length > 0 && statuses.includes(h[0].status as never);
      });
    },
    statusSummary: (p, _, { loaders }) => loaders.statusSummary.load(p.id) as never,
    sources: sourcesOf,
  },
  Measure: {
    plan: (m, _, { loaders }) => (m.planId ? loaders.node<PlanRow>('ActionPlan').load(m.planId) : null),
    budgets: (m, _, { loaders }) => loaders.related<BudgetRow>('Measure.budgets').load(m.id),
    resultGoals: (m, _, { loaders }) => loaders.related<GoalRow>('Measure.resultGoals').load(m.id),
    responsibilities: (m, _, { loaders }) => loaders.related<ResponsibilityRow>('Measure.responsibilities').load(m.id),
    statusHistory: (m, _, { loaders }) => loaders.related<StatusRow>('Measure.statusHistory').load(m.id),
    latestStatus: async (m, _, { loaders }) => (await loaders.related<StatusRow>('Measure.statusHistory').load(m.id))[0] ?? null,
    refersTo: (m, _, { loaders }) => loaders.related<MeasureRow>('Measure.refersTo').load(m.id),
    referredBy: (m, _, { loaders }) => loaders.related<MeasureRow>('Measure.referredBy').load(m.id),
    indicators: (m, _, { loaders }) => loaders.related<IndicatorRow>('Measure.indicators').load(m.id),
    themes: (m, _, { loaders }) => loaders.related<ThemeRow>('Measure.themes').load(m.id),
    targetGroups: (m, _, { loaders }) => loaders.related<TargetGroupRow>('Measure.targetGroups').load(m.id),
    contacts: (m, _, { loaders, viewer }) => {
      requireRole(viewer, 'viewer', 'Contact persons (personal data)');
      return loaders.related<ContactRow>('Measure.contacts').load(m.id);
    },
    sources: sourcesOf,
  },
  Responsibility: {
    actor: (r) => r.actor,
    measure: (r) => r.measure,
    sources: (r, _, ctx) => relationshipSources(ctx, r.citations),
  },
  StatusReport: { sources: sourcesOf },
  Budget: { sources: sourcesOf },
  ResultGoal: { sources: sourcesOf },
};
