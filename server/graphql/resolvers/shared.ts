/** Small helpers the resolver maps share: citations of relationships, connections, enum-to-store values. */
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { hasRole } from '../../auth.js';
import type { Context } from '../../context.js';
import type { ProjectedLabel } from '../../db/projections.js';
import { readPage, WHOLE_LIST, type ListQuery } from '../../db/repos/list.repo.js';
import type { Citations, CitationRow, SourceRow } from '../../db/rows.js';
import type { EntitySelect, RowSelect } from '../../db/select.js';
import { compiledId, type WritePayload } from '../../db/compile.js';
import { RELATED, type RowRelation } from '../../db/repos/graph.repo.js';
import { collectFields, describeEntity, describeRow, lookOf, setsOf, variablesUsed, type Look } from '../describe.js';
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
 * Descriptions are derived once per field of a parsed operation and kept across requests (Apollo
 * keeps parsed documents, so a repeated operation brings the same field nodes): a description
 * depends on the selection, the viewer's role and the values of the variables used below the root
 * fields, never on a root field's own arguments (the plan's id), which are the part that changes.
 * Keyed weakly by the first field node, so a document Apollo drops takes its descriptions with it.
 */
const described = new WeakMap<FieldNode, Map<string, { sel: EntitySelect | RowSelect; masks: boolean }>>();
/** Descriptions kept per field node, one per role and variable values (the oldest dropped first). */
const DESCRIBED_PER_FIELD = 32;

/** What to fetch for the entity the field being resolved returns, and whether its quotes are masked. */
function describeField(ctx: Context, info: GraphQLResolveInfo, label: ProjectedLabel, sets: () => SelectionSetNode[] = () => setsOf(info)) {
  return describedOnce(ctx, info, label, (look) => describeEntity(look, sets(), label));
}

/** A description of what `info`'s field selects, derived once (see `described`) under `name`. */
function describedOnce<S extends EntitySelect | RowSelect>(ctx: Context, info: GraphQLResolveInfo, name: string, describe: (look: Look) => S): { sel: S; masks: boolean } {
  const first = info.fieldNodes[0];
  let byKey = described.get(first);
  if (!byKey) described.set(first, byKey = new Map());
  const values = variablesBelowRoot(info).map((v) => info.variableValues[v]);
  const key = `${name}|${ctx.viewer.role}|${info.fieldNodes.length}|${values.length ? JSON.stringify(values) : ''}`;
  let d = byKey.get(key);
  if (!d) {
    const look = lookOf(info, ctx.viewer);
    const sel = describe(look);
    byKey.set(key, d = { sel, masks: !!look.masksQuotes });
    if (byKey.size > DESCRIBED_PER_FIELD) byKey.delete(byKey.keys().next().value!);
  }
  return d as { sel: S; masks: boolean };
}

/**
 * What a mutation answers, for the write to return from its own statement (server/db/repos/
 * edit.repo.ts): the change and its payload in one round trip.
 */
export function writePayload(ctx: Context, info: GraphQLResolveInfo, of: 'Measure' | 'Membership' | 'Responsibility'): WritePayload {
  if (of === 'Measure') {
    const { sel, masks } = describeField(ctx, info, of);
    if (masks) prefetchContactNames(ctx);
    return { kind: 'entity', select: sel };
  }
  const spec = RELATED[of === 'Membership' ? 'Network.members' : 'Measure.responsibilities'] as RowRelation;
  const { sel, masks } = describedOnce(ctx, info, of, (look) => describeRow(look, setsOf(info), spec));
  if (masks) prefetchContactNames(ctx);
  return { kind: 'row', type: of, select: sel };
}

/** The variables an operation uses anywhere but in its root fields' own arguments, found once per parsed operation. */
const belowRoot = new WeakMap<object, string[]>();
function variablesBelowRoot(info: GraphQLResolveInfo): string[] {
  let names = belowRoot.get(info.operation);
  if (!names) {
    const roots = new Set<unknown>(info.operation.selectionSet.selections);
    belowRoot.set(info.operation, names = variablesUsed(info.operation, info.fragments, (f) => roots.has(f)));
  }
  return names;
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
  return connection(rows, req.limit, total, req.after !== null, (r) => ({ sk: r.sk, id: compiledId(r.row as unknown as Record<string, unknown>) }), (r) => r.row);
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

