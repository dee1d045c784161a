/**
 * Personal data in free text, for callers without the viewer role: e-mail addresses, phone numbers
 * and the names of known contact persons (in any casing) are masked in every free-text field listed
 * in FREE_TEXT_FIELDS, whichever resolver produces it; and `node(id:)`/`nodes(ids:)` answer a
 * contact id the same way whether the person exists or not, so anonymous callers cannot test names.
 * Applied to the resolver map once, in createApollo.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { hasRole, requireRole } from './auth.js';
import type { Context } from './context.js';
import { maskPersonalText } from './text.js';

/** Free-text fields that may carry what someone wrote about a person (`Type: fields`). */
export const FREE_TEXT_FIELDS: Record<string, string[]> = {
  Actor: ['description'],
  Network: ['mandate', 'description'],
  Meeting: ['text'],
  Membership: ['note'],
  Measure: ['description', 'resultGoals', 'achievement'],
  Responsibility: ['note'],
  StatusReport: ['text'],
  Budget: ['text'],
  ResultGoal: ['text', 'achievement'],
  TargetGroup: ['description'],
  Evidence: ['text'],
  Citation: ['quote'],
  Collaboration: ['description', 'text'],
  Agreement: ['description'],
  Resource: ['description'],
};

type Resolver = (parent: unknown, args: Record<string, unknown>, ctx: Context, info: GraphQLResolveInfo) => unknown;
type ResolverMap = Record<string, Record<string, unknown> | unknown>;

async function masked(value: unknown, ctx: Context): Promise<unknown> {
  if (value == null || hasRole(ctx.viewer, 'viewer')) return value;
  if (typeof value !== 'string' && !Array.isArray(value)) return value;
  const names = await ctx.loaders.contactNames.load('all');
  const one = (v: unknown) => (typeof v === 'string' ? maskPersonalText(v, names) : v);
  return Array.isArray(value) ? value.map(one) : one(value);
}

const isContactId = (id: unknown) => typeof id === 'string' && /^contact:/i.test(id.trim());

/** The resolver map with free-text fields masked for anonymous callers and contact ids guarded. */
export function protectPersonalData<R extends ResolverMap>(resolvers: R, hasField: (type: string, field: string) => boolean): R {
  const out: ResolverMap = { ...resolvers };
  for (const [type, fields] of Object.entries(FREE_TEXT_FIELDS)) {
    if (!fields.some((f) => hasField(type, f))) continue;
    const typeResolvers = { ...((out[type] as Record<string, unknown>) ?? {}) };
    for (const field of fields.filter((f) => hasField(type, f))) {
      const original = typeResolvers[field] as Resolver | { resolve?: Resolver } | undefined;
      const resolve = typeof original === 'function' ? original : original?.resolve;
      typeResolvers[field] = async (parent: unknown, args: Record<string, unknown>, ctx: Context, info: GraphQLResolveInfo) =>
        masked(resolve ? await resolve(parent, args, ctx, info) : (parent as Record<string, unknown> | null)?.[field], ctx);
    }
    out[type] = typeResolvers;
  }
  // Whether a contact id exists is itself personal data: anonymous callers get the same refusal for any.
  const query = { ...((out.Query as Record<string, Resolver>) ?? {}) };
  const node = query.node, nodes = query.nodes;
  if (node) query.node = (p, args, ctx, info) => { if (isContactId(args.id)) requireRole(ctx.viewer, 'viewer', 'Contact persons (personal data)'); return node(p, args, ctx, info); };
  if (nodes) query.nodes = (p, args, ctx, info) => { if ((args.ids as unknown[] | undefined)?.some(isContactId)) requireRole(ctx.viewer, 'viewer', 'Contact persons (personal data)'); return nodes(p, args, ctx, info); };
  out.Query = query;
  return out as R;
}
