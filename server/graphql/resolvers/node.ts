import { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';
import { GRAPHQL_TYPE, TYPE_BY_PREFIX } from '../../db/projections.js';
import { sources } from '../../db/repos/misc.repo.js';
import type { Resolvers } from '../resolvers-types.generated.js';

/** Any entity by id: its label comes from the id's prefix, then the batched loader of that label. */
export async function loadNode(id: string, ctx: Context) {
  const label = TYPE_BY_PREFIX[id.slice(0, id.indexOf(':'))];
  if (!label) return null;
  return ctx.loaders.node<never>(label).load(id);
}

export function typeOfId(id: string): string | null {
  const label = TYPE_BY_PREFIX[id.slice(0, id.indexOf(':'))];
  return label ? GRAPHQL_TYPE[label] ?? null : null;
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_, { id }, ctx) => loadNode(id, ctx),
    nodes: (_, { ids }, ctx) => {
      if (ids.length > 100) throw new GraphQLError('`ids` may hold at most 100 ids.', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'ids' } });
      return Promise.all(ids.map((id) => loadNode(id, ctx)));
    },
    sources: (_, __, { db }) => sources(db),
  },
  Node: {
    __resolveType: (n) => typeOfId((n as { id: string }).id) as never,
  },
};
