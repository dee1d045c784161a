/** Small helpers the resolver maps share: citations of relationships, connections, enum-to-store values. */
import type { Context } from '../../context.js';
import type { Citations, CitationRow, SourceRow } from '../../db/rows.js';
import type { Page, PageRequest } from '../../db/repos/list.repo.js';
import { connection, decodeCursor, pageSize } from '../pagination.js';

/** A relationship's stored citations, with their documents (batched through the source loader). */
export async function relationshipSources(ctx: Context, c: Citations | null | undefined): Promise<CitationRow[]> {
  if (!c?.sourceIds?.length) return [];
  const sources = await ctx.loaders.source.loadMany(c.sourceIds);
  return c.sourceIds.map((_, i) => ({
    source: (sources[i] instanceof Error || !sources[i]) ? { id: c.sourceIds[i], file: '?', title: '?', date: null } : (sources[i] as SourceRow),
    quote: c.quotes[i],
    locator: c.locators[i] || null,
  }));
}

/** The node-level citations of any entity. */
export const sourcesOf = (row: { id: string }, _: unknown, ctx: Context) => ctx.loaders.citations.load(row.id);

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
