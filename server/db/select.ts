/**
 * What to fetch: a plain, typed description of a response's shape, which the GraphQL layer builds
 * from an operation's selection (describe.ts in the GraphQL layer) and the query compiler
 * (server/db/compile.ts) turns into one Cypher statement. It names fields, relations and argument
 * values; it knows nothing of GraphQL. Every `key` is the key the value must have in the response
 * (a field's alias, or its name).
 */
import type { ProjectedLabel } from './projections.js';
import type { RelatedKey, RelatedOneKey, RowEnd } from './repos/graph.repo.js';

/** An entity of one label and what to fetch of it. */
export interface EntitySelect { label: ProjectedLabel; fields: FieldSelect[] }

/** The item of a membership or responsibility: the relationship's fields and either end. */
export interface RowSelect { fields: RowFieldSelect[] }
export type RowFieldSelect =
  | { key: string; kind: 'value'; field: string }
  | { key: string; kind: 'end'; end: RowEnd; select: EntitySelect }
  | { key: string; kind: 'citations'; select: CitationSelect };

/** A citation: `source` with its fields, the quote and the locator. */
export interface CitationSelect { fields: ({ key: string; kind: 'quote' | 'locator' } | { key: string; kind: 'source'; select: EntitySelect })[] }

/** Filters a relation's items by argument values (already in stored form). */
export interface RelationFilter {
  /** Only rows whose role is one of these. */
  roles?: string[];
  /** Only memberships valid during this period: [first day, last day] as Neo4j Dates. */
  validDuring?: [unknown, unknown];
  /** Only measures whose latest status is one of these. */
  latestStatuses?: string[];
}

export type FieldSelect =
  /** A value field of the label (server/db/projections.ts FIELDS). */
  | { key: string; kind: 'value'; field: string }
  /** A to-one relation (RELATED_ONE): the entity or null. */
  | { key: string; kind: 'one'; relation: RelatedOneKey; select: EntitySelect }
  /** A to-many relation (RELATED): entities, or rows for memberships and responsibilities. */
  | { key: string; kind: 'many'; relation: RelatedKey; filter?: RelationFilter; select: EntitySelect | RowSelect }
  /** The entity's own citations (SOURCED_FROM), by document and locator. */
  | { key: string; kind: 'citations'; select: CitationSelect }
  /** A plan's latest-status counts: {total, counts: [{status, count, share}]}. */
  | { key: string; kind: 'statusSummary' }
  /** A constant answer (an empty list where the caller may not see more). */
  | { key: string; kind: 'constant'; value: null | [] };

/** Which page of a list: limit+1 rows after a (sort key, id) cursor. */
export interface PageSelect { limit: number; after: { sk: string; id: string } | null; descending: boolean; total: boolean }
