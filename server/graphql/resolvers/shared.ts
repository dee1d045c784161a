/** Small helpers the resolver maps share: citations of relationships, connections, enum-to-store values. */
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { hasRole } from '../../auth.js';
import type { Context } from '../../context.js';
import type { ProjectedLabel } from '../../db/projections.js';
import { readPage, WHOLE_LIST, type ListQuery } from '../../db/repos/list.repo.js';
import type { Citations, CitationRow, SourceRow } from '../../db/rows.js';
import type { EntitySelect } from '../../db/select.js';
import { collectFields, describeEntity, lookOf, setsOf } from '../describe.js';
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

/** Descriptions are derived once per field of the operation (every item of a list shares its field nodes). */
const described = new WeakMap<readonly FieldNode[], Map<string, { sel: EntitySelect; masks: boolean }>>();

/** What to fetch for the entity the field being resolved returns, and whether its quotes are masked. */
function describeField(ctx: Context, info: GraphQLResolveInfo, label: ProjectedLabel, sets: () => SelectionSetNode[] = () => setsOf(info)) {
  let byLabel = described.get(info.fieldNodes);
  if (!byLabel) described.set(info.fieldNodes, byLabel = new Map());
  const key = `${label}|${ctx.viewer.role}`;
  let d = byLabel.get(key);
  if (!d) {
    const look = lookOf(info, ctx.viewer);
    const sel = describeEntity(look, sets(), label);
    byLabel.set(key, d = { sel, masks: !!look.masksQuotes });
  }
  return d;
}

/**
 * An entity by id with everything the operation selects below it, compiled into one statement
 * (server/db/compile.ts); ids asked for in the same turn with the same selection share one part of
 * one round trip. Used by every root field that returns an entity by id, and by the fields that
 * return an entity the database has just named (gap subjects, search hits, path steps, payloads).
 */
export function loadEntity<T>(ctx: Context, info: GraphQLResolveInfo, label: ProjectedLabel, id: string): Promise<T | null> {
  const { sel, masks } = describeField(ctx, info, label);
  if (masks) prefetchContactNames(ctx);
  return ctx.loaders.compiled<T>(sel).load(id);
}

/**
 * Every entity of a small root list (wholeList in list.repo.ts), with everything the operation
 * selects on them, compiled into one statement (one part of the request's round trip).
 */
export async function loadWholeList<T>(ctx: Context, info: GraphQLResolveInfo, q: ListQuery): Promise<T[]> {
  const { sel, masks } = describeField(ctx, info, q.label);
  if (masks) prefetchContactNames(ctx);
  const { rows } = await readPage<T>(ctx.loaders.batcher, q, { limit: WHOLE_LIST, after: null, descending: false, total: false }, sel);
  return rows.map((r) => r.row);
}

/** The node below a connection's `edges`. */
function nodeSets(ctx: Context, info: GraphQLResolveInfo): SelectionSetNode[] {
  const look = lookOf(info, ctx.viewer);
  const conn = (info.returnType as unknown as { ofType?: { name: string }; name?: string });
  const connType = conn.ofType?.name ?? conn.name ?? '';
  const edges = collectFields(look, setsOf(info), connType);
  const out: SelectionSetNode[] = [];
  for (const e of edges.values()) {
    if (e.name !== 'edges') continue;
    const edgeSets = e.nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    for (const n of collectFields(look, edgeSets, connType.replace(/Connection$/, 'Edge')).values()) {
      if (n.name === 'node') out.push(...n.nodes.flatMap((x) => (x.selectionSet ? [x.selectionSet] : [])));
    }
  }
  return out;
}

/** Whether the connection's totalCount is selected. */
function selectsTotal(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((f) => f.selectionSet?.selections.some((s) => s.kind !== 'Field' || s.name.value === 'totalCount'));
}

/**
 * A Relay connection of a list: the page and its entities, with everything the operation selects
 * on them, compiled into one statement (one part of the request's round trip).
 */
export async function pagedList(
  ctx: Context, info: GraphQLResolveInfo, args: { first?: number | null; after?: string | null; direction?: string | null }, q: ListQuery,
) {
  const req = pageRequest(args.first, args.after, args.direction);
  const { sel, masks } = describeField(ctx, info, q.label, () => nodeSets(ctx, info));
  if (masks) prefetchContactNames(ctx);
  const { rows, total } = await readPage<{ id: string }>(ctx.loaders.batcher, q, { ...req, total: selectsTotal(info) }, sel);
  return connection(rows, req.limit, total, req.after !== null, (r) => ({ sk: r.sk, id: (r.row as unknown as { __id: string }).__id }), (r) => r.row);
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

