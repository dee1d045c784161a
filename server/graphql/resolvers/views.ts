/** Saved map views: anyone lists and opens them, editors save and delete them. */
import { randomBytes } from 'node:crypto';
import { requireRole } from '../../auth.js';
import { Invalid } from '../../db/errors.js';
import { createView, deleteView, getView, listViews } from '../../db/repos/views.repo.js';
import type { Resolvers } from '../resolvers-types.generated.js';

const ID = /^view:[a-z0-9][a-z0-9-]{0,80}$/;

/** A readable, unique id from the name: "Agder, forced marriage, 2016" → `view:agder-forced-marriage-2016-k3x9q2`. */
export function viewId(name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `view:${slug || 'kart'}-${randomBytes(4).toString('hex').slice(0, 6)}`;
}

export const viewsResolvers: Resolvers = {
  Query: {
    savedViews: (_, __, { db }) => listViews(db),
    savedView: (_, { id }, { db }) => (ID.test(id) ? getView(db, id) : null),
  },
  Mutation: {
    saveView: async (_, { input }, ctx) => {
      requireRole(ctx.viewer, 'editor', 'Saving map views');
      const name = input.name.trim();
      if (name.length < 1 || name.length > 120) throw new Invalid('`name` must be 1 to 120 characters.', 'input.name');
      const description = input.description?.trim() || null;
      if (description && description.length > 2000) throw new Invalid('`description` must be at most 2,000 characters.', 'input.description');
      const state = input.state.replace(/^\?/, '');
      if (state.length > 4000) throw new Invalid('`state` must be at most 4,000 characters.', 'input.state');
      if (/[\s<>"]/.test(state)) throw new Invalid('`state` must be a query string without spaces, quotes or angle brackets.', 'input.state');
      const positions = input.positions ?? [];
      if (positions.length > 2000) throw new Invalid('At most 2,000 pinned positions.', 'input.positions');
      if (positions.some((p) => !Number.isFinite(p.x) || !Number.isFinite(p.y))) throw new Invalid('Pinned positions must be finite numbers.', 'input.positions');
      return createView(ctx.db, {
        id: viewId(name), name, description, state, positions: positions.map((p) => ({ id: p.id, x: p.x, y: p.y })),
        createdBy: ctx.viewer.id, createdAt: new Date().toISOString(),
      });
    },
    deleteView: async (_, { id }, ctx) => {
      requireRole(ctx.viewer, 'editor', 'Deleting map views');
      return ID.test(id) ? deleteView(ctx.db, id) : false;
    },
  },
};
