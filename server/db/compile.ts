/**
 * The query compiler: a description of what to fetch (server/db/select.ts) becomes one Cypher
 * expression, a map in the response's shape, with a COLLECT subquery for every nested relation, so
 * a root field and its whole nested selection cost one statement and one round trip.
 *
 * Everything spliced into the text comes from the tables of the data layer (FIELDS, RELATED,
 * RELATED_ONE, ROW_FIELDS: labels, types, expressions) or is a variable name made here; response
 * keys are checked against GraphQL's name rule and every value goes in as a parameter.
 *
 * The top map of an answer carries `__c: true` (compiled: its keys are response keys, read by the
 * GraphQL layer's resolvers as they are). Every map below it is compiled too, and the GraphQL layer
 * knows that by where it read it from (the direct executor passes it down as it walks; graphql-js's
 * resolvers mark what they read, `compiledFirst` in the GraphQL layer), so the marker is not
 * written, sent and read again on every nested map. Entities carry their id (for the few resolvers that still need it, for
 * cursors, and for an interface's type, which the id's prefix names): as `__id`, unless the
 * selection asks for `id` under its own name, which then is the id (`compiledId`; an answer's ids
 * are a large part of its bytes, and Neo4j writes and the driver reads every one of them). No `__typename`: every key
 * less is less for Neo4j to write and for the driver to read, on every entity of every answer.
 */
import type { PartQuery } from './batch.js';
import { enumOut, latestStatusValue } from './fragments.js';
import { FIELDS, type Fields, type ProjectedLabel } from './projections.js';
import { hopPattern, RELATED, RELATED_ONE, ROW_FIELDS, type Relation, type RowEnd, type RowRelation } from './repos/graph.repo.js';
import type { CitationSelect, EntitySelect, FieldSelect, RelationFilter, RowSelect } from './select.js';

/** The id of a compiled entity map (see above). */
export function compiledId(map: Record<string, unknown>): string {
  return (map.__id ?? map.id) as string;
}

/** Parameters of one statement, named with a prefix (one per part of a batched round trip). */
export class Params {
  readonly values: Record<string, unknown> = {};
  private n = 0;
  constructor(private readonly prefix: string) {}
  /** The parameter's reference in the text (`$p0_3`). */
  add(value: unknown): string {
    const name = `${this.prefix}${this.n++}`;
    this.values[name] = value;
    return `$${name}`;
  }
}

/** Fresh variable names, so no subquery imports an outer variable by accident. */
class Vars {
  private n = 0;
  next(stem: string): string { return `${stem}${this.n++}`; }
}

const KEY = /^[_A-Za-z][_0-9A-Za-z]*$/;
function key(k: string): string {
  if (!KEY.test(k)) throw new Error(`not a response key: ${k.slice(0, 40)}`);
  return k;
}

interface Scope { p: Params; vars: Vars }

/** The map of one entity bound to `v`. */
function entity(sel: EntitySelect, v: string, s: Scope, top = false): string {
  const fields: Fields = FIELDS[sel.label];
  const entries = top ? ['__c: true'] : [];
  // The id selected under its own name is the id (`compiledId`); otherwise it goes along as `__id`.
  if (!sel.fields.some((f) => f.kind === 'value' && f.key === 'id' && f.field === 'id')) entries.push(`__id: ${v}.id`);
  for (const f of sel.fields) entries.push(`${key(f.key)}: ${field(sel.label, fields, f, v, s)}`);
  return `{${entries.join(', ')}}`;
}

function field(label: ProjectedLabel, fields: Fields, f: FieldSelect, v: string, s: Scope): string {
  switch (f.kind) {
    case 'value': {
      const expr = fields[f.field];
      if (!expr) throw new Error(`${label} has no value field ${f.field}`);
      return expr(v);
    }
    case 'one': {
      const spec: { hop: RowRelation['hop']; order?: (x: string) => string } = RELATED_ONE[f.relation];
      const x = s.vars.next('o');
      const order = spec.order ? ` ORDER BY ${spec.order(x)}` : '';
      return `COLLECT { MATCH ${hopPattern(spec.hop, v, x)} WITH ${x}${order} LIMIT 1 RETURN ${entity(f.select, x, s)} }[0]`;
    }
    case 'many': {
      const spec: Relation = RELATED[f.relation];
      const x = s.vars.next('n'), r = s.vars.next('r');
      const where = filter(f.filter, x, r, s);
      if (spec.kind === 'node') {
        return `COLLECT { MATCH ${hopPattern(spec.hop, v, x, r)}${where} WITH ${x} ORDER BY ${spec.order(x)} RETURN ${entity(f.select as EntitySelect, x, s)} }`;
      }
      const ends = { [spec.near]: v, [spec.far]: x } as Record<string, string>;
      const order = spec.order(ends.actor, r, spec.near === 'actor' ? x : null);
      return `COLLECT { MATCH ${hopPattern(spec.hop, v, x, r)}${where} WITH ${r}, ${x} ORDER BY ${order} RETURN ${row(spec, f.select as RowSelect, r, ends, s)} }`;
    }
    case 'citations': return nodeCitations(f.select, v, s);
    case 'statusSummary': return statusSummary(v, s);
    case 'constant': return f.value === null ? 'null' : '[]';
  }
}

function filter(f: RelationFilter | undefined, x: string, r: string, s: Scope): string {
  if (!f) return '';
  const clauses: string[] = [];
  if (f.roles) clauses.push(`${r}.role IN ${s.p.add(f.roles)}`);
  if (f.validDuring) {
    const [start, end] = f.validDuring;
    clauses.push(`(${r}.sinceDate IS NULL OR ${r}.sinceDate <= ${s.p.add(end)}) AND (${r}.untilDate IS NULL OR ${r}.untilDate >= ${s.p.add(start)})`);
  }
  if (f.latestStatuses) clauses.push(`${latestStatusValue(x)} IN ${s.p.add(f.latestStatuses)}`);
  return clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '';
}

/** A membership or responsibility row: the relationship `r`'s fields and its ends (variables by role). */
function row(spec: Pick<RowRelation, 'type'>, sel: RowSelect, r: string, ends: Record<string, string>, s: Scope, top = false): string {
  const values = ROW_FIELDS[spec.type];
  const entries = top ? ['__c: true'] : [];
  for (const f of sel.fields) {
    if (f.kind === 'value') {
      const expr = values[f.field];
      if (!expr) throw new Error(`${spec.type} has no value field ${f.field}`);
      entries.push(`${key(f.key)}: ${expr(r)}`);
    } else if (f.kind === 'end') {
      entries.push(`${key(f.key)}: ${entity(f.select, ends[f.end], s)}`);
    } else {
      entries.push(`${key(f.key)}: ${relationshipCitations(f.select, r, s)}`);
    }
  }
  return `{${entries.join(', ')}}`;
}

/** An entity's own citations, by document and locator. */
function nodeCitations(sel: CitationSelect, v: string, s: Scope): string {
  const c = s.vars.next('c'), src = s.vars.next('s');
  return `COLLECT { MATCH (${v})-[${c}:SOURCED_FROM]->(${src}:Source) WITH ${c}, ${src} ORDER BY ${src}.file, ${c}.locator
    RETURN ${citation(sel, `${c}.quote`, `${c}.locator`, src, null, s)} }`;
}

/**
 * A relationship's citations, stored on it as parallel lists (sourceIds, quotes, locators); an
 * empty locator is none, and a document that is gone still shows its id.
 */
function relationshipCitations(sel: CitationSelect, r: string, s: Scope): string {
  const i = s.vars.next('i'), src = s.vars.next('s');
  return `COLLECT { UNWIND range(0, size(coalesce(${r}.sourceIds, [])) - 1) AS ${i} OPTIONAL MATCH (${src}:Source {id: ${r}.sourceIds[${i}]})
    RETURN ${citation(sel, `${r}.quotes[${i}]`, `CASE ${r}.locators[${i}] WHEN '' THEN null ELSE ${r}.locators[${i}] END`, src, `${r}.sourceIds[${i}]`, s)} }`;
}

function citation(sel: CitationSelect, quote: string, locator: string, src: string, missingId: string | null, s: Scope): string {
  const entries: string[] = [];
  for (const f of sel.fields) {
    if (f.kind !== 'source') entries.push(`${key(f.key)}: ${f.kind === 'quote' ? quote : locator}`);
    else {
      const found = entity(f.select, src, s);
      if (missingId === null) { entries.push(`${key(f.key)}: ${found}`); continue; }
      const gone = [`__id: ${missingId}`, ...f.select.fields.map((x) => `${key(x.key)}: ${
        x.kind === 'value' && x.field === 'id' ? missingId : x.kind === 'value' && (x.field === 'file' || x.field === 'title') ? "'?'" : 'null'}`)];
      entries.push(`${key(f.key)}: CASE WHEN ${src} IS NULL THEN {${gone.join(', ')}} ELSE ${found} END`);
    }
  }
  return `{${entries.join(', ')}}`;
}

/** The statuses of a summary in their order ('' for measures without a status, last). */
const SUMMARY_ORDER = "['done', 'in-progress', 'partly-done', 'not-done', 'unclear', 'cancelled', '']";

/**
 * A plan's measures counted by latest status, with shares of the total. Counted with list
 * expressions: an aggregation inside a subquery of a projected map is not allowed.
 */
function statusSummary(v: string, s: Scope): string {
  const m = s.vars.next('m'), sts = s.vars.next('sts'), st = s.vars.next('st'), c = s.vars.next('c'), x = s.vars.next('x');
  const counts = `[${st} IN ${SUMMARY_ORDER} | {st: ${st}, n: size([${x} IN ${sts} WHERE ${x} = ${st}])}]`;
  return `[${sts} IN [COLLECT { MATCH (${v})-[:HAS_MEASURE]->(${m}:Measure) RETURN coalesce(${latestStatusValue(m)}, '') }]
    | {total: size(${sts}), counts: [${c} IN ${counts} WHERE ${c}.n > 0
      | {status: CASE ${c}.st WHEN '' THEN null ELSE ${enumOut(`${c}.st`)} END, count: ${c}.n, share: toFloat(${c}.n) / size(${sts})}]}][0]`;
}

/** An entity bound to `v`, as a map in the response's shape, with its parameters in `p`. */
export function compileEntity(sel: EntitySelect, v: string, p: Params): string {
  return entity(sel, v, { p, vars: new Vars() }, true);
}

/**
 * What a write answers, compiled into the write's own statement so that the change and its payload
 * cost one round trip: an entity bound to a variable of the statement, or a membership or
 * responsibility bound to a relationship variable with its two ends. Variables made here carry a
 * number (`n0`, `c3`), so they never meet the statement's own.
 */
export type WritePayload = { kind: 'entity'; select: EntitySelect } | { kind: 'row'; type: RowRelation['type']; select: RowSelect };

/**
 * `payload` as an expression over `at` (the entity's variable, or the row's relationship and ends),
 * null when `at`'s variable is, with its parameters; `null` when the caller wants no payload.
 */
export function compilePayload(payload: WritePayload | undefined, at: { v: string } | { r: string; ends: Partial<Record<RowEnd, string>> }): { cypher: string; params: Record<string, unknown> } {
  if (!payload) return { cypher: 'null', params: {} };
  const s = { p: new Params('pw'), vars: new Vars() };
  if (payload.kind === 'entity' && 'v' in at) return { cypher: `CASE WHEN ${at.v} IS NULL THEN null ELSE ${entity(payload.select, at.v, s, true)} END`, params: s.p.values };
  if (payload.kind === 'row' && 'r' in at) {
    return { cypher: `CASE WHEN ${at.r} IS NULL THEN null ELSE ${row({ type: payload.type }, payload.select, at.r, at.ends as Record<string, string>, s, true)} END`, params: s.p.values };
  }
  throw new Error(`a ${payload.kind} payload needs ${payload.kind === 'entity' ? 'an entity' : 'a relationship'} variable`);
}

/**
 * Entities of one label by id, as one part of a batched round trip (server/db/batch.ts): one row
 * per id found, its item the entity in the response's shape.
 */
export function byIdPart(sel: EntitySelect, key: string = selectKey(sel)): PartQuery {
  return (param, part) => {
    // The same description at the same place of a round trip compiles to the same text and
    // parameters: compiled once per process (requests repeat their operations).
    const cacheKey = `${param}|${part}|${key}`;
    let q = compiledParts.get(cacheKey);
    if (!q) {
      const p = new Params(`p${part}_`);
      const map = compileEntity(sel, 'v', p);
      q = { cypher: `UNWIND $${param} AS id MATCH (v:${sel.label} {id: id}) RETURN ${part} AS part, id, ${map} AS items`, params: p.values };
      compiledParts.set(cacheKey, q);
      if (compiledParts.size > COMPILED_PARTS_LIMIT) compiledParts.delete(compiledParts.keys().next().value!);
    }
    return q;
  };
}

/**
 * A description's identity as text, for the caches of compiled parts and of loaders. The GraphQL
 * layer keeps descriptions across requests (one per field of a parsed operation), so the text is
 * written once per description, not once per request.
 */
export function selectKey(sel: EntitySelect): string {
  let key = selectKeys.get(sel);
  if (key === undefined) selectKeys.set(sel, key = JSON.stringify(sel));
  return key;
}
const selectKeys = new WeakMap<EntitySelect, string>();

/** Compiled parts by place and description (parameters are values of the description, never changed after). */
const compiledParts = new Map<string, { cypher: string; params: Record<string, unknown> }>();
const COMPILED_PARTS_LIMIT = 1_000;
