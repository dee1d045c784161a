/**
 * Reporting rounds and progress: thin resolvers over server/rounds (pure logic) and
 * server/db/repos/rounds.repo.ts (all Cypher). Viewers and anonymous callers read; editors run rounds.
 */
import DataLoader from 'dataloader';
import { z } from 'zod';
import { requireRole } from '../../auth.js';
import type { Context } from '../../context.js';
import { fromEnum, toEnum } from '../../db/enums.js';
import * as repo from '../../db/repos/rounds.repo.js';
import type { ActorRow, MeasureRow, PlanRow } from '../../db/rows.js';
import { planProgress, type PlanProgressView } from '../../rounds/progress.js';
import { roundView } from '../../rounds/round.js';
import type { Resolvers } from '../resolvers-types.generated.js';
import { selectionOf } from '../selection.js';
import { date, idOf, optionalText, validate } from '../validate.js';

/** Per request: a round's view is computed once however many of its fields are asked for. */
const views = new WeakMap<Context, Map<string, Promise<ReturnType<typeof roundView>>>>();
function viewOf(ctx: Context, round: repo.RoundRow) {
  let byRound = views.get(ctx);
  if (!byRound) views.set(ctx, byRound = new Map());
  let v = byRound.get(round.id);
  if (!v) byRound.set(round.id, v = repo.planMeasures(ctx.db, round.planId).then((ms) => roundView(round, ms)));
  return v;
}

/** Per request: the plans' last status dates in one round trip for a whole list of plans. */
const lastReportedLoaders = new WeakMap<Context, DataLoader<string, string | null>>();
function lastReportedOf(ctx: Context, plan: string) {
  let l = lastReportedLoaders.get(ctx);
  if (!l) lastReportedLoaders.set(ctx, l = new DataLoader((ids: readonly string[]) => repo.lastReported(ctx.db, ids)));
  return l.load(plan);
}

const openInput = z.object({ plan: idOf('plan'), asOf: date, deadline: date.nullish(), title: optionalText(200) })
  .refine((a) => !a.deadline || a.deadline >= a.asOf, { message: 'must not be before asOf', path: ['deadline'] });
const answersInput = z.array(z.object({
  measure: idOf('measure'), actor: idOf('actor'), status: z.string(), text: optionalText(5000),
})).min(1, 'must hold at least one answer').max(500, 'must hold at most 500 answers');

/** Reads a round after a write, with this request's view forgotten. */
async function fresh(ctx: Context, id: string) {
  views.get(ctx)?.delete(id);
  ctx.loaders.clearAll();
  return (await repo.roundById(ctx.db, id))!;
}

async function progressOf(ctx: Context, plan: string, onlyActor?: string): Promise<PlanProgressView | null> {
  const facts = await repo.planFacts(ctx.db, plan);
  if (!facts) return null;
  const [measures, rounds] = await Promise.all([repo.planMeasures(ctx.db, plan), repo.roundsOfPlans(ctx.db, [plan])]);
  const p = planProgress(facts, measures, rounds);
  return onlyActor ? { ...p, rows: p.rows.filter((r) => r.measure.owners.some((o) => o.actorId === onlyActor)) } : p;
}

const actor = (ctx: Context, id: string) => ctx.loaders.node<ActorRow>('Actor').load(id) as Promise<ActorRow>;
const measure = (ctx: Context, id: string) => ctx.loaders.node<MeasureRow>('Measure').load(id) as Promise<MeasureRow>;

export const roundResolvers: Resolvers = {
  Query: {
    reportingRound: (_, { id }, { db }) => repo.roundById(db, id),
    planProgress: (_, { plan }, ctx) => progressOf(ctx, plan),
    actorProgress: async (_, { actor: id }, ctx) => {
      const plans = await repo.plansOfActor(ctx.db, id);
      return (await Promise.all(plans.map((p) => progressOf(ctx, p, id)))).filter((p): p is PlanProgressView => !!p);
    },
  },
  Mutation: {
    openReportingRound: async (_, args, ctx) => {
      requireRole(ctx.viewer, 'editor', 'Opening reporting rounds');
      const v = validate(openInput, args, '');
      const id = await repo.openRound(ctx.db, ctx.viewer.id, { plan: v.plan, asOf: v.asOf, deadline: v.deadline ?? null, title: v.title ?? null });
      return fresh(ctx, id);
    },
    reportStatus: async (_, { round, answers }, ctx) => {
      requireRole(ctx.viewer, 'editor', 'Recording statuses');
      const v = validate(answersInput, answers, 'answers');
      await repo.recordAnswers(ctx.db, ctx.viewer.id, round, v.map((a) => ({ ...a, status: fromEnum(a.status), text: a.text ?? null })), 'form');
      return fresh(ctx, round);
    },
    closeReportingRound: async (_, { round }, ctx) => {
      requireRole(ctx.viewer, 'editor', 'Closing reporting rounds');
      const r = await repo.closeRound(ctx.db, ctx.viewer.id, round);
      return { round: await fresh(ctx, round), answered: r.answered, carriedOver: r.carried };
    },
  },
  ActionPlan: {
    rounds: (p, _, { db }) => repo.roundsOfPlans(db, [p.id]),
    lastReportedAt: (p, _, ctx) => lastReportedOf(ctx, p.id),
  },
  ReportingRound: {
    plan: (r, _, { loaders }, info) => loaders.node<PlanRow>('ActionPlan', selectionOf(info)).load(r.planId) as Promise<PlanRow>,
    status: (r) => toEnum(r.status) as 'OPEN' | 'CLOSED',
    measures: async (r, _, ctx) => (await viewOf(ctx, r)).measures,
    owners: async (r, _, ctx) => (await viewOf(ctx, r)).owners,
    answeredCount: async (r, _, ctx) => (await viewOf(ctx, r)).measures.filter((m) => m.answers.length).length,
    measureCount: async (r, _, ctx) => (await viewOf(ctx, r)).measures.length,
  },
  RoundMeasure: {
    measure: (v, _, ctx) => measure(ctx, v.measure.id),
    reporters: (v, _, ctx) => Promise.all(v.reporters.map((o) => actor(ctx, o.actorId))),
    previous: (v) => (v.previous ? { id: v.previous.id, asOf: v.previous.asOf, status: toEnum(v.previous.status), text: v.previous.text } : null),
  },
  RoundAnswer: {
    status: (s) => toEnum(s.status) as never,
    actor: (s, _, ctx) => (s.byActor ? actor(ctx, s.byActor) : null),
  },
  RoundOwner: {
    actor: (o, _, ctx) => actor(ctx, o.actorId),
    measures: (o, _, ctx) => Promise.all(o.measureIds.map((id) => measure(ctx, id))),
    answered: (o) => o.answeredIds.length,
    total: (o) => o.measureIds.length,
  },
  PlanProgress: {
    plan: (p, _, { loaders }, info) => loaders.node<PlanRow>('ActionPlan', selectionOf(info)).load(p.plan.id) as Promise<PlanRow>,
    perColumn: (p) => p.perColumn.map((c) => ({ asOf: c.asOf, counts: c.counts })),
  },
  ProgressColumnCounts: {
    counts: (c) => Object.entries(c.counts).map(([status, count]) => ({ status: status === 'none' ? null : toEnum(status) as never, count })),
  },
  ProgressRow: {
    measure: (r, _, ctx) => measure(ctx, r.measure.id),
    movement: (r) => toEnum(r.movement) as never,
  },
  ProgressCell: {
    status: (c) => (c.status ? toEnum(c.status.status) as never : null),
    text: (c) => c.status?.text ?? null,
    reported: (c) => c.status?.reported ?? true,
  },
};
