/**
 * Look-ahead: the selection below a field, turned into the plain description of what to fetch that
 * the data layer compiles into one statement (server/db/select.ts, server/db/compile.ts). This is
 * the only place that reads GraphQL selections for the read path; the data layer never sees them.
 *
 * Fields are collected as graphql-js collects them for execution: by response key (aliases kept
 * apart), through fragments whose type condition applies, with @skip and @include evaluated. A field
 * the tables of the data layer do not know, or that the viewer may not see, is left out: its own
 * resolver answers it (and refuses it, for personal data).
 */
import {
  Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode, type ValueNode,
} from 'graphql';
import { hasRole } from '../auth.js';
import type { Viewer } from '../context.js';
import { fromEnum } from '../db/enums.js';
import { FIELDS, type ProjectedLabel } from '../db/projections.js';
import { dateParam } from '../db/repos/dates.js';
import { RELATED, RELATED_ONE, ROW_END_LABEL, ROW_FIELDS, type Relation, type RowRelation } from '../db/repos/graph.repo.js';
import type { CitationSelect, EntitySelect, FieldSelect, RelationFilter, RowFieldSelect, RowSelect } from '../db/select.js';

/** What describing needs besides the selection: the operation's schema, fragments, variables, and the viewer. */
export interface Look {
  schema: GraphQLSchema;
  fragments: GraphQLResolveInfo['fragments'];
  variables: Record<string, unknown>;
  viewer: Viewer;
  /** Set when a citation's quote is selected for a caller who sees it masked (the names are needed). */
  masksQuotes?: boolean;
}

export const lookOf = (info: GraphQLResolveInfo, viewer: Viewer): Look =>
  ({ schema: info.schema, fragments: info.fragments, variables: info.variableValues, viewer });

/** The selection sets below the field being resolved. */
export const setsOf = (info: GraphQLResolveInfo): SelectionSetNode[] => info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));

interface Collected { name: string; nodes: FieldNode[] }

/** The fields selected on a value of object type `typeName`, by response key, in order. */
export function collectFields(look: Look, sets: readonly SelectionSetNode[], typeName: string): Map<string, Collected> {
  const out = new Map<string, Collected>();
  const seen = new Set<string>();
  const included = (node: { directives?: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: ValueNode }[] }[] }) => {
    for (const d of node.directives ?? []) {
      const cond = valueOf(d.arguments?.find((a) => a.name.value === 'if')?.value, look.variables);
      if (d.name.value === 'skip' && cond === true) return false;
      if (d.name.value === 'include' && cond === false) return false;
    }
    return true;
  };
  const applies = (cond: string | undefined): boolean => {
    if (!cond || cond === typeName) return true;
    // By name, not instanceof: Apollo and this module may load different builds of graphql-js.
    return implementsOrMember(look.schema, cond, typeName);
  };
  const walk = (set: SelectionSetNode): void => {
    for (const s of set.selections) {
      if (!included(s)) continue;
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        const c = out.get(key);
        if (c) c.nodes.push(s);
        else out.set(key, { name: s.name.value, nodes: [s] });
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value)) walk(s.selectionSet);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const f = look.fragments[s.name.value];
        if (f && applies(f.typeCondition.name.value)) walk(f.selectionSet);
      }
    }
  };
  for (const set of sets) walk(set);
  return out;
}

/**
 * The names of the variables an operation reads, sorted: in its selections, directives and
 * fragments, but not in the arguments of the fields `skipArgumentsOf` names (nor in the variables'
 * own definitions). For caches of what depends on some variables only.
 */
export function variablesUsed(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, skipArgumentsOf: (field: FieldNode) => boolean): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) { for (const n of node) walk(n); return; }
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.kind === Kind.VARIABLE) { found.add((n.name as { value: string }).value); return; }
    const skipArguments = n.kind === Kind.FIELD && skipArgumentsOf(node as FieldNode);
    for (const [k, v] of Object.entries(n)) {
      if (k === 'loc' || k === 'variableDefinitions' || (skipArguments && k === 'arguments')) continue;
      walk(v);
    }
  };
  walk(operation);
  for (const f of Object.values(fragments)) walk(f);
  return [...found].sort();
}

const below = (c: Collected): SelectionSetNode[] => c.nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));

/** True when object type `typeName` implements interface `cond` or belongs to union `cond`. */
function implementsOrMember(schema: GraphQLSchema, cond: string, typeName: string): boolean {
  const abstract = schema.getType(cond) as unknown as { getTypes?: () => { name: string }[] } | undefined;
  if (abstract?.getTypes) return abstract.getTypes().some((t) => t.name === typeName);
  const type = schema.getType(typeName) as unknown as { getInterfaces?: () => { name: string }[] } | undefined;
  return !!type?.getInterfaces?.().some((i) => i.name === cond);
}

/** A literal or variable argument's value (the relation arguments are strings, enums and lists of them, without defaults). */
function valueOf(node: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  switch (node.kind) {
    case Kind.VARIABLE: return variables[node.name.value];
    case Kind.LIST: return node.values.map((v) => valueOf(v, variables));
    case Kind.NULL: return null;
    case Kind.INT: return Number(node.value);
    case Kind.FLOAT: return Number(node.value);
    case Kind.OBJECT: return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value, variables)]));
    default: return node.value;
  }
}

function args(look: Look, c: Collected): Record<string, unknown> {
  return Object.fromEntries((c.nodes[0].arguments ?? []).map((a) => [a.name.value, valueOf(a.value, look.variables)]));
}

/** Fields of Contact that are personal data: compiled only for callers with the viewer role. */
const PERSONAL = new Set(['name', 'email', 'phone', 'title', 'actor', 'measures']);

/** What to fetch of an entity of `label` for the selection sets `sets`. */
export function describeEntity(look: Look, sets: readonly SelectionSetNode[], label: ProjectedLabel): EntitySelect {
  const fields: FieldSelect[] = [];
  const values: Record<string, unknown> = FIELDS[label];
  const viewer = hasRole(look.viewer, 'viewer');
  for (const [key, c] of collectFields(look, sets, label)) {
    const name = c.name;
    const path = `${label}.${name}`;
    if (name === '__typename') continue;
    if (label === 'Contact' && !viewer && PERSONAL.has(name)) continue;
    if (name === 'sources') {
      fields.push(label === 'Contact' && !viewer ? { key, kind: 'constant', value: [] } : { key, kind: 'citations', select: describeCitation(look, below(c)) });
    } else if (path in RELATED_ONE) {
      const relation = path as keyof typeof RELATED_ONE;
      fields.push({ key, kind: 'one', relation, select: describeEntity(look, below(c), RELATED_ONE[relation].hop.label as ProjectedLabel) });
    } else if (path in RELATED) {
      const relation = path as keyof typeof RELATED;
      const spec: Relation = RELATED[relation];
      if (spec.hop.label === 'Contact' && !viewer) continue;
      const filter = relationFilter(args(look, c));
      fields.push({
        key, kind: 'many', relation, ...(filter ? { filter } : {}),
        select: spec.kind === 'node' ? describeEntity(look, below(c), spec.hop.label) : describeRow(look, below(c), spec),
      });
    } else if (path === 'ActionPlan.statusSummary') {
      fields.push({ key, kind: 'statusSummary' });
    } else if (name in values) {
      // A short data text asked for in English reads its `…En` field (data/i18n/en.yaml).
      const en = args(look, c).language === 'EN' && `${name}En` in values;
      fields.push({ key, kind: 'value', field: en ? `${name}En` : name });
    }
  }
  return { label, fields };
}

/** A relation's arguments in stored form (server/db/select.ts RelationFilter). */
function relationFilter(a: Record<string, unknown>): RelationFilter | null {
  const f: RelationFilter = {};
  // GraphQL coerces a single value given for a list argument into a list of one.
  const listOf = (v: unknown) => (v == null ? null : (Array.isArray(v) ? v : [v]) as string[]);
  const roles = listOf(a.roles);
  if (roles?.length) f.roles = roles.map(fromEnum);
  const asOf = a.asOf as string | null | undefined;
  if (asOf) f.validDuring = [dateParam(asOf, 'asOf'), dateParam(asOf, 'asOf', true)];
  const statuses = listOf(a.statuses);
  if (statuses?.length) f.latestStatuses = statuses.map(fromEnum);
  return Object.keys(f).length ? f : null;
}

/** What to fetch of a membership or responsibility row of the relation `spec`. */
export function describeRow(look: Look, sets: readonly SelectionSetNode[], spec: RowRelation): RowSelect {
  const fields: RowFieldSelect[] = [];
  const values = ROW_FIELDS[spec.type];
  for (const [key, c] of collectFields(look, sets, spec.type)) {
    if (c.name in values) fields.push({ key, kind: 'value', field: c.name });
    else if (c.name === 'sources') fields.push({ key, kind: 'citations', select: describeCitation(look, below(c)) });
    else if (c.name === spec.near || c.name === spec.far) {
      fields.push({ key, kind: 'end', end: c.name, select: describeEntity(look, below(c), ROW_END_LABEL[c.name]) });
    }
  }
  return { fields };
}

function describeCitation(look: Look, sets: readonly SelectionSetNode[]): CitationSelect {
  const fields: CitationSelect['fields'] = [];
  for (const [key, c] of collectFields(look, sets, 'Citation')) {
    if (c.name === 'quote') {
      fields.push({ key, kind: 'quote' });
      if (!hasRole(look.viewer, 'viewer')) look.masksQuotes = true;
    } else if (c.name === 'locator') fields.push({ key, kind: 'locator' });
    else if (c.name === 'source') fields.push({ key, kind: 'source', select: describeEntity(look, below(c), 'Source') });
  }
  return { fields };
}
