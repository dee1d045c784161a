import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { GRAPHQL_TYPE, TYPE_BY_PREFIX } from '../../db/projections.js';
import { sources } from '../../db/repos/misc.repo.js';
import type { Resolvers } from '../resolvers-types.generated.js';
import { fieldsOn, selectionOf } from '../selection.js';
import { loadEntity } from './shared.js';

/**
 * Any entity by id: its label comes from the id's prefix, then the batched loader of that label
 * (with the relations the operation selects on it, when `info` is the entity's own field).
 */
export async function loadNode(id: string, ctx: Context, info?: GraphQLResolveInfo) {
  const label = TYPE_BY_PREFIX[id.slice(0, id.indexOf(':'))];
  if (!label) return null;
  return info ? loadEntity<never>(ctx, info, label, id) : ctx.loaders.node<never>(label).load(id);
}

/**
 * An entity whose id the database has just returned (a gap's subject, a search hit): when the
 * operation selects nothing on it but `id` and `__typename`, the id is the answer, without a query.
 */
export async function loadFoundNode(id: string, ctx: Context, info: GraphQLResolveInfo) {
  const label = TYPE_BY_PREFIX[id.slice(0, id.indexOf(':'))];
  if (!label) return null;
  const fields = fieldsOn(selectionOf(info), GRAPHQL_TYPE[label] ?? label);
  if ([...fields.keys()].every((f) => f === 'id' || f === '__typename')) return { id };
  return loadNode(id, ctx, info);
}

export function typeOfId(id: string): string | null {
  const label = TYPE_BY_PREFIX[id.slice(0, id.indexOf(':'))];
  return label ? GRAPHQL_TYPE[label] ?? null : null;
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_, { id }, ctx, info) => loadNode(id, ctx, info),
    nodes: (_, { ids }, ctx, info) => {
      if (ids.length > 100) throw new GraphQLError('`ids` may hold at most 100 ids.', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'ids' } });
      return Promise.all(ids.map((id) => loadNode(id, ctx, info)));
    },
    sources: (_, __, { db }) => sources(db),
  },
  Node: {
    // A compiled entity carries its id as `__id`, or as `id` when that key is the id (server/db/compile.ts).
    __resolveType: (n) => {
      const x = n as { __typename?: string; __id?: string; id?: string };
      return (x.__typename ?? typeOfId(x.__id ?? x.id ?? '')) as never;
    },
  },
};
