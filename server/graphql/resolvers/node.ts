import { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';
import type { Resolvers } from '../resolvers-types.generated.js';

/** GraphQL type of an entity, from the prefix of its id. */
const TYPE_BY_PREFIX: Record<string, string> = { actor: 'Actor' };

async function loadNode(id: string, ctx: Context) {
  const prefix = id.slice(0, id.indexOf(':'));
  if (prefix === 'actor') {
    const actor = await ctx.loaders.actor.load(id);
    return actor ? { __typename: 'Actor' as const, ...actor } : null;
  }
  return null;
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_, { id }, ctx) => loadNode(id, ctx),
    nodes: (_, { ids }, ctx) => {
      if (ids.length > 100) throw new GraphQLError('`ids` may hold at most 100 ids.', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'ids' } });
      return Promise.all(ids.map((id) => loadNode(id, ctx)));
    },
  },
  Node: {
    __resolveType: (n) => ((n as { __typename?: string }).__typename ?? TYPE_BY_PREFIX[n.id.slice(0, n.id.indexOf(':'))] ?? null) as 'Actor' | null,
  },
};
