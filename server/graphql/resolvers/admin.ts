import { z } from 'zod';
import { requireRole } from '../../auth.js';
import type { Context } from '../../context.js';
import { fromEnum } from '../../db/enums.js';
import { auditPage } from '../../db/repos/audit.repo.js';
import * as edit from '../../db/repos/edit.repo.js';
import type { ActorRow, MeasureRow, MembershipRow, NetworkRow, PlanRow, ResponsibilityRow } from '../../db/rows.js';
import { decodeCursor, encodeCursor, pageSize } from '../pagination.js';
import type { Resolvers } from '../resolvers-types.generated.js';
import { date, idOf, optionalText, text, validate } from '../validate.js';
import { writePayload } from './shared.js';

const slug = (s: string) => s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')
  .normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'x';

/** Drops undefined (left out = unchanged) and maps enum values to their stored form. */
function changes(input: Record<string, unknown>, enums: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined) continue;
    out[k] = enums.includes(k) && typeof v === 'string' ? fromEnum(v) : v;
  }
  return out;
}

function editor(ctx: Context, what: string, role: 'editor' | 'admin' = 'editor') {
  requireRole(ctx.viewer, role, what);
  return { id: ctx.viewer.id };
}

const actorInput = z.object({
  id: idOf('actor').nullish(), name: text(200), shortName: optionalText(60), aliases: z.array(text(200)).max(50).nullish(),
  kind: z.string(), level: z.string().nullish(), sector: z.string().nullish(), parent: idOf('actor').nullish(),
  description: optionalText(5000), source: text(1000),
});
const actorUpdate = actorInput.partial().omit({ id: true, source: true }).extend({ name: text(200).optional() });
const networkInput = z.object({
  id: idOf('network').nullish(), name: text(200), kind: z.string(), status: z.string().nullish(), established: date.nullish(),
  mandate: optionalText(5000), meetingFrequency: optionalText(200), source: text(1000),
});
const networkUpdate = networkInput.partial().omit({ id: true, source: true }).extend({ ended: date.nullish() });
const planInput = z.object({
  id: idOf('plan').nullish(), title: text(300), kind: z.string(), level: z.string(), periodStart: date.nullish(), periodEnd: date.nullish(),
  owners: z.array(idOf('actor')).max(50).nullish(), source: text(1000),
}).refine((p) => !p.periodStart || !p.periodEnd || p.periodStart <= p.periodEnd, { message: 'must not be before periodStart', path: ['periodEnd'] });
const planUpdate = z.object({ title: text(300).optional(), periodStart: date.nullish(), periodEnd: date.nullish() });
const measureInput = z.object({
  plan: idOf('plan'), number: text(20).regex(/^[0-9A-Za-z.]+$/, 'must be a measure number such as 11 or 3a'), title: text(300),
  description: optionalText(5000), source: text(1000),
});
const measureUpdate = z.object({ title: text(300).optional(), description: optionalText(5000), achievement: optionalText(5000) });

export const adminResolvers: Resolvers = {
  Query: {
    auditLog: async (_, { target, first, after }, ctx) => {
      requireRole(ctx.viewer, 'admin', 'The audit trail');
      const limit = pageSize(first, 200);
      const cursor = decodeCursor<{ at: string; id: string }>(after, ['at', 'id']);
      const rows = await auditPage(ctx.db, target ?? null, limit, cursor);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return { entries: page, hasNextPage: rows.length > limit, endCursor: last ? encodeCursor({ at: last.at, id: last.id }) : null };
    },
  },
  Mutation: {
    createActor: async (_, { input }, ctx) => {
      const by = editor(ctx, 'Creating actors');
      const v = validate(actorInput, input, 'input');
      const id = v.id ?? `actor:${slug(v.name)}`;
      await edit.createEntity(ctx.db, by, 'Actor', id, changes({
        name: v.name, shortName: v.shortName, aliases: v.aliases ?? [], kind: v.kind, level: v.level, sector: v.sector,
        description: v.description, isGenericRole: v.kind === 'GENERIC_ROLE',
      }, ['kind', 'level', 'sector']), v.source, async (tx) => {
        if (v.parent) await edit.setParent(tx, by, id, v.parent, v.source, 'input.parent');
      });
      return (await ctx.loaders.node<ActorRow>('Actor').load(id))!;
    },
    updateActor: async (_, { id, input }, ctx) => {
      const by = editor(ctx, 'Editing actors');
      const v = validate(actorUpdate, input, 'input');
      const { parent, ...rest } = v;
      await edit.updateEntity(ctx.db, by, 'Actor', id, changes({ ...rest, ...(rest.kind ? { isGenericRole: rest.kind === 'GENERIC_ROLE' } : {}) }, ['kind', 'level', 'sector']), async (tx) => {
        if (parent !== undefined) await edit.setParent(tx, by, id, parent, 'parent set through the API', 'input.parent');
      });
      ctx.loaders.clearAll();
      return (await ctx.loaders.node<ActorRow>('Actor').load(id))!;
    },
    deleteActor: (_, { id, mode }, ctx) => edit.deleteEntity(ctx.db, editor(ctx, 'Deleting actors'), 'Actor', id, mode === 'CASCADE'),
    mergeActors: async (_, { keep, duplicate }, ctx) => {
      const by = editor(ctx, 'Merging actors', 'admin');
      if (keep === duplicate) validate(z.never(), duplicate, 'duplicate');
      await edit.mergeActors(ctx.db, by, keep, duplicate);
      return (await ctx.loaders.node<ActorRow>('Actor').load(keep))!;
    },
    createNetwork: async (_, { input }, ctx) => {
      const by = editor(ctx, 'Creating networks');
      const v = validate(networkInput, input, 'input');
      const id = v.id ?? `network:${slug(v.name)}`;
      await edit.createEntity(ctx.db, by, 'Network', id, changes({
        name: v.name, aliases: [], kind: v.kind, status: v.status ?? 'ACTIVE', established: v.established, mandate: v.mandate, meetingFrequency: v.meetingFrequency,
      }, ['kind', 'status']), v.source);
      return (await ctx.loaders.node<NetworkRow>('Network').load(id))!;
    },
    updateNetwork: async (_, { id, input }, ctx) => {
      const by = editor(ctx, 'Editing networks');
      await edit.updateEntity(ctx.db, by, 'Network', id, changes(validate(networkUpdate, input, 'input'), ['kind', 'status']));
      ctx.loaders.clearAll();
      return (await ctx.loaders.node<NetworkRow>('Network').load(id))!;
    },
    deleteNetwork: (_, { id, mode }, ctx) => edit.deleteEntity(ctx.db, editor(ctx, 'Deleting networks'), 'Network', id, mode === 'CASCADE'),
    createPlan: async (_, { input }, ctx) => {
      const by = editor(ctx, 'Creating plans');
      const v = validate(planInput, input, 'input');
      const id = v.id ?? `plan:${slug(v.title)}`;
      await edit.createEntity(ctx.db, by, 'ActionPlan', id, changes({
        title: v.title, aliases: [], kind: v.kind, level: v.level, periodStart: v.periodStart, periodEnd: v.periodEnd,
      }, ['kind', 'level']), v.source, async (tx) => {
        for (const [i, owner] of (v.owners ?? []).entries()) {
          await edit.linkOwner(tx, id, owner, v.source, `input.owners.${i}`);
        }
      });
      return (await ctx.loaders.node<PlanRow>('ActionPlan').load(id))!;
    },
    updatePlan: async (_, { id, input }, ctx) => {
      const by = editor(ctx, 'Editing plans');
      await edit.updateEntity(ctx.db, by, 'ActionPlan', id, changes(validate(planUpdate, input, 'input')));
      ctx.loaders.clearAll();
      return (await ctx.loaders.node<PlanRow>('ActionPlan').load(id))!;
    },
    deletePlan: (_, { id, mode }, ctx) => edit.deleteEntity(ctx.db, editor(ctx, 'Deleting plans'), 'ActionPlan', id, mode === 'CASCADE'),
    createMeasure: async (_, { input }, ctx) => {
      const by = editor(ctx, 'Creating measures');
      const v = validate(measureInput, input, 'input');
      const id = `measure:${v.plan.slice(5)}/${v.number.toLowerCase()}`;
      await edit.createEntity(ctx.db, by, 'Measure', id, { number: v.number, title: v.title, description: v.description ?? null }, v.source, async (tx) => {
        await edit.linkMeasure(tx, v.plan, id, v.source, 'input.plan');
      });
      return (await ctx.loaders.node<MeasureRow>('Measure').load(id))!;
    },
    updateMeasure: async (_, { id, input }, ctx) => {
      const by = editor(ctx, 'Editing measures');
      await edit.updateEntity(ctx.db, by, 'Measure', id, changes(validate(measureUpdate, input, 'input')));
      ctx.loaders.clearAll();
      return (await ctx.loaders.node<MeasureRow>('Measure').load(id))!;
    },
    deleteMeasure: (_, { id, mode }, ctx) => edit.deleteEntity(ctx.db, editor(ctx, 'Deleting measures'), 'Measure', id, mode === 'CASCADE'),
    // The relationship and status mutations answer their payload from the write's own statement
    // (one round trip): the description of what the operation selects goes down with the change.
    addMembership: async (_, args, ctx, info) => {
      const by = editor(ctx, 'Adding memberships');
      const v = validate(z.object({ actor: idOf('actor'), network: idOf('network'), since: date.nullish(), source: text(1000) }), args, '');
      return await edit.addMembership(ctx.db, by, { ...v, since: v.since ?? null, role: fromEnum(args.role) }, writePayload(ctx, info, 'Membership')) as MembershipRow;
    },
    endMembership: async (_, args, ctx, info) => {
      const by = editor(ctx, 'Ending memberships');
      const v = validate(z.object({ actor: idOf('actor'), network: idOf('network'), until: date }), args, '');
      return await edit.endMembership(ctx.db, by, { ...v, role: fromEnum(args.role) }, writePayload(ctx, info, 'Membership')) as MembershipRow;
    },
    addResponsibility: async (_, args, ctx, info) => {
      const by = editor(ctx, 'Adding responsibilities');
      const v = validate(z.object({ actor: idOf('actor'), measure: idOf('measure'), note: optionalText(1000), source: text(1000) }), args, '');
      return await edit.addResponsibility(ctx.db, by, { ...v, note: v.note ?? null, role: fromEnum(args.role) }, writePayload(ctx, info, 'Responsibility')) as ResponsibilityRow;
    },
    removeResponsibility: async (_, args, ctx, info) => {
      const by = editor(ctx, 'Removing responsibilities');
      const v = validate(z.object({ actor: idOf('actor'), measure: idOf('measure') }), args, '');
      return await edit.removeResponsibility(ctx.db, by, { ...v, role: fromEnum(args.role) }, writePayload(ctx, info, 'Measure')) as MeasureRow;
    },
    recordStatus: async (_, args, ctx, info) => {
      const by = editor(ctx, 'Recording statuses');
      const v = validate(z.object({ measure: idOf('measure'), asOf: date.nullish(), text: optionalText(2000), source: text(1000) }), args, '');
      return await edit.recordStatus(ctx.db, by, {
        measure: v.measure, status: fromEnum(args.status), asOf: v.asOf ?? new Date().toISOString().slice(0, 10), text: v.text ?? null, source: v.source,
      }, writePayload(ctx, info, 'Measure')) as MeasureRow;
    },
  },
};

// Each mutation of an operation starts from an empty cache: an earlier field of the same operation
// may have loaded what this one changes (its payload, or the relations around it).
type MutationResolver = (parent: unknown, args: unknown, ctx: Context, info: unknown) => unknown;
const mutations = adminResolvers.Mutation as Record<string, MutationResolver>;
for (const [name, resolve] of Object.entries(mutations)) {
  mutations[name] = (parent, args, ctx, info) => {
    ctx.loaders.clearAll();
    return resolve(parent, args, ctx, info);
  };
}
