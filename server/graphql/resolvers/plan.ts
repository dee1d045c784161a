import { measureList, planList } from '../../db/repos/list.repo.js';
import { requireRole } from '../../auth.js';
import type {
  ActorRow, BudgetRow, ContactRow, GoalRow, IndicatorRow, MeasureRow, NetworkRow, PlanRow, RegionRow, ResponsibilityRow,
  StatusRow, TargetGroupRow, ThemeRow,
} from '../../db/rows.js';
import type { Resolvers } from '../resolvers-types.generated.js';
import { selectionOf } from '../selection.js';
import { loadEntity, pagedList, relationshipSources, sourcesOf } from './shared.js';

export const planResolvers: Resolvers = {
  Query: {
    plans: (_, args, ctx, info) => pagedList(ctx, info, args, planList(args.filter ?? {})) as never,
    plan: (_, { id }, ctx, info) => loadEntity<PlanRow>(ctx, info, 'ActionPlan', id),
    measures: (_, args, ctx, info) => pagedList(ctx, info, args, measureList(args.filter ?? {}, args.sortBy ?? 'NUMBER')) as never,
    measure: (_, { id }, ctx, info) => loadEntity<MeasureRow>(ctx, info, 'Measure', id),
  },
  ActionPlan: {
    owners: (p, _, { loaders }, info) => loaders.related<ActorRow>('ActionPlan.owners', selectionOf(info)).load(p.id),
    succeeds: (p, _, { loaders }, info) => loaders.related<PlanRow>('ActionPlan.succeeds', selectionOf(info)).load(p.id),
    succeededBy: (p, _, { loaders }, info) => loaders.related<PlanRow>('ActionPlan.succeededBy', selectionOf(info)).load(p.id),
    anchoredIn: (p, _, { loaders }, info) => loaders.related<PlanRow>('ActionPlan.anchoredIn', selectionOf(info)).load(p.id),
    themes: (p, _, { loaders }, info) => loaders.related<ThemeRow>('ActionPlan.themes', selectionOf(info)).load(p.id),
    regions: (p, _, { loaders }, info) => loaders.related<RegionRow>('ActionPlan.regions', selectionOf(info)).load(p.id),
    networks: (p, _, { loaders }, info) => loaders.related<NetworkRow>('ActionPlan.networks', selectionOf(info)).load(p.id),
    measures: async (p, { statuses }, { loaders }, info) => {
      const measures = await loaders.related<MeasureRow>('ActionPlan.measures', selectionOf(info)).load(p.id);
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
    plan: (m, _, { loaders }, info) => (m.planId ? loaders.node<PlanRow>('ActionPlan', selectionOf(info)).load(m.planId) : null),
    budgets: (m, _, { loaders }, info) => loaders.related<BudgetRow>('Measure.budgets', selectionOf(info)).load(m.id),
    resultGoals: (m, _, { loaders }, info) => loaders.related<GoalRow>('Measure.resultGoals', selectionOf(info)).load(m.id),
    responsibilities: (m, _, { loaders }, info) => loaders.related<ResponsibilityRow>('Measure.responsibilities', selectionOf(info)).load(m.id),
    statusHistory: (m, _, { loaders }, info) => loaders.related<StatusRow>('Measure.statusHistory', selectionOf(info)).load(m.id),
    latestStatus: async (m, _, { loaders }, info) => (await loaders.related<StatusRow>('Measure.statusHistory', selectionOf(info)).load(m.id))[0] ?? null,
    refersTo: (m, _, { loaders }, info) => loaders.related<MeasureRow>('Measure.refersTo', selectionOf(info)).load(m.id),
    referredBy: (m, _, { loaders }, info) => loaders.related<MeasureRow>('Measure.referredBy', selectionOf(info)).load(m.id),
    indicators: (m, _, { loaders }, info) => loaders.related<IndicatorRow>('Measure.indicators', selectionOf(info)).load(m.id),
    themes: (m, _, { loaders }, info) => loaders.related<ThemeRow>('Measure.themes', selectionOf(info)).load(m.id),
    targetGroups: (m, _, { loaders }, info) => loaders.related<TargetGroupRow>('Measure.targetGroups', selectionOf(info)).load(m.id),
    contacts: (m, _, { loaders, viewer }) => {
      requireRole(viewer, 'viewer', 'Contact persons (personal data)');
      return loaders.related<ContactRow>('Measure.contacts').load(m.id);
    },
    sources: sourcesOf,
  },
  Responsibility: {
    actor: (r, _, { loaders }, info) => r.actor ?? (loaders.node<ActorRow>('Actor', selectionOf(info)).load(r.actorId) as Promise<ActorRow>),
    measure: (r, _, { loaders }, info) => r.measure ?? (loaders.node<MeasureRow>('Measure', selectionOf(info)).load(r.measureId) as Promise<MeasureRow>),
    sources: (r, _, ctx) => relationshipSources(ctx, r.citations),
  },
  StatusReport: { sources: sourcesOf },
  Budget: { sources: sourcesOf },
  ResultGoal: { sources: sourcesOf },
};
