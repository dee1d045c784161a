import { actorPage } from '../../db/repos/actor.repo.js';
import { connection, decodeCursor, pageSize } from '../pagination.js';
import type { Resolvers } from '../resolvers-types.generated.js';

export const actorResolvers: Resolvers = {
  Query: {
    actors: async (_, { first, after }, { db }) => {
      const limit = pageSize(first);
      const cursor = decodeCursor<{ name: string; id: string }>(after, ['name', 'id']);
      const { rows, total } = await actorPage(db, limit, cursor);
      return connection(rows, limit, total, cursor !== null, (a) => ({ name: a.name, id: a.id }));
    },
    actor: (_, { id }, { loaders }) => loaders.actor.load(id),
  },
  Actor: {
    parent: (a, _, { loaders }) => (a.parentId ? loaders.actor.load(a.parentId) : null),
    children: (a, _, { loaders }) => loaders.children.load(a.id),
    sources: (a, _, { loaders }) => loaders.citations.load(a.id),
  },
};
