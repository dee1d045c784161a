/** Small helpers the resolver maps share: citations of relationships, connections, enum-to-store values. */
import type { Context } from '../../context.js';
import { fromEnum } from '../../db/enums.js';
import type { Citations, CitationRow, SourceRow } from '../../db/rows.js';
import { decodeCursor, pageSize } from '../pagination.js';

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

export function enumList(values: readonly string[] | null | undefined): string[] | null {
  return values?.length ? values.map(fromEnum) : null;
}
