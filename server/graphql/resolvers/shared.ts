/** Small helpers the resolver maps share: citations of relationships, connections, enum-to-store values. */
import { hasRole } from '../../auth.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { GRAPHQL_TYPE, type ProjectedLabel } from '../../db/projections.js';
import { RELATED, type RelatedKey } from '../../db/repos/graph.repo.js';
import { fieldsOn, selectionOf } from '../selection.js';
import type { Citations, CitationRow, SourceRow } from '../../db/rows.js';
import type { Page, PageRequest } from '../../db/repos/list.repo.js';
import { connection, decodeCursor, pageSize } from '../pagination.js';

/** A relationship's stored citations, with their documents (batched through the source loader). */
export async function relationshipSources(ctx: Context, c: Citations | null | undefined): Promise<CitationRow[]> {
  if (!c?.sourceIds?.length) return [];
  prefetchContactNames(ctx);
  const sources = await ctx.loaders.source.loadMany(c.sourceIds);
  return c.sourceIds.map((_, i) => ({
    source: (sources[i] instanceof Error || !sources[i]) ? { id: c.sourceIds[i], file: '?', title: '?', date: null } : (sources[i] as SourceRow),
    quote: c.quotes[i],
    locator: c.locators[i] || null,
  }));
}

/**
 * An entity by id, for a root field (`actor(id:)`, `plan(id:)`, `node(id:)`): the relations the
 * operation selects on it are asked for at the same moment, since they only need the id, so the
 * entity and its first level of relations (and citations) cost one round trip instead of two.
 */
export function loadWithRelations<T>(ctx: Context, info: GraphQLResolveInfo, label: ProjectedLabel, id: string): Promise<T | null> {
  const sel = selectionOf(info);
  const type = GRAPHQL_TYPE[label];
  if (type) {
    for (const [field, below] of fieldsOn(sel, type)) {
      const key = `${type}.${field}`;
      // Unused if the id is unknown; a failure surfaces in the field's own resolver.
      if (key in RELATED) ctx.loaders.related(key as RelatedKey, below).load(id).catch(() => {});
      else if (field === 'sources') sourcesOf({ id }, undefined, ctx).catch(() => {});
    }
  }
  return ctx.loaders.node<T>(label, sel).load(id);
}

/** The node-level citations of any entity. */
export const sourcesOf = (row: { id: string }, _: unknown, ctx: Context) => {
  prefetchContactNames(ctx);
  return ctx.loaders.citations.load(row.id);
};

/**
 * Quotes shown to anonymous callers have contact persons' names masked (Citation.quote), which
 * needs the list of names: asked for together with the citations, it shares their round trip
 * instead of costing one more level. A failure surfaces where the names are used.
 */
function prefetchContactNames(ctx: Context): void {
  if (!hasRole(ctx.viewer, 'viewer')) ctx.loaders.contactNames.load('all').catch(() => {});
}

/** Page request from Relay arguments. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined, direction?: string | null) {
  return { limit: pageSize(first), after: decodeCursor<{ sk: string; id: string }>(after, ['sk', 'id']), descending: direction === 'DESC' };
}

/** A Relay connection from Relay arguments and a page query keyed by (sort key, id). */
export async function pagedConnection<T extends { id: string }>(
  args: { first?: number | null; after?: string | null; direction?: string | null },
  fetch: (req: PageRequest) => Promise<Page<T>>,
) {
  const req = pageRequest(args.first, args.after, args.direction);
  const { rows, total } = await fetch(req);
  return connection(rows, req.limit, total, req.after !== null, (r) => ({ sk: r.sk, id: r.row.id }), (r) => r.row);
}
