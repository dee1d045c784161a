/**
 * The relations the API navigates, as plain data: for each "Type.field", the hop from the entity
 * to the related one (relationship type, direction, label) and the order of the items. The query
 * compiler (server/db/compile.ts) turns them into subqueries; the batched loaders below into one
 * part of a level's round trip. Patterns come from these tables, never from input.
 */
import type { ReadBatcher } from '../batch.js';
import { enumOut, STATUS_ORDER } from '../fragments.js';
import { projections, relCitations, type Need, type ProjectedLabel } from '../projections.js';

/** Entities of one label by id, in the order asked; null for unknown ids. `need`: see Need. */
export async function nodesById<T extends { id: string }>(batcher: ReadBatcher, label: ProjectedLabel, ids: readonly string[], need: Need = null): Promise<(T | null)[]> {
  return batcher.readById<T | null>((param, part) => `MATCH (v:${label}) WHERE v.id IN $${param} RETURN ${part} AS part, v.id AS id, ${projections[label]('v', need)} AS items`, ids, null);
}

/** One step from an entity to a related one: `(near)-[r:TYPE]->(far:Label)` or `(near)<-[r:TYPE]-(far:Label)`. */
export interface Hop { type: string; dir: 'out' | 'in'; label: ProjectedLabel }
export const hopPattern = (h: Hop, near: string, far: string, r = '') =>
  (h.dir === 'out' ? `(${near})-[${r}:${h.type}]->(${far}:${h.label})` : `(${near})<-[${r}:${h.type}]-(${far}:${h.label})`);

/** A plain relation: its items are the entities at the far end. */
export interface NodeRelation { kind: 'node'; hop: Hop; order: (far: string) => string }
/**
 * A membership or responsibility: its items are rows with the relationship's own fields and both
 * ends. `actor` names which end is the actor (the other is the network or measure).
 */
export interface RowRelation {
  kind: 'row'; hop: Hop; type: 'Membership' | 'Responsibility'; near: RowEnd; far: RowEnd;
  order: (actor: string, r: string, other: string | null) => string;
}
export type RowEnd = 'actor' | 'network' | 'measure';
export type Relation = NodeRelation | RowRelation;

const node = (type: string, dir: Hop['dir'], label: ProjectedLabel, order: (n: string) => string): NodeRelation =>
  ({ kind: 'node', hop: { type, dir, label }, order });
const byName = (n: string) => `${n}.name`;
const byTitle = (n: string) => `${n}.title`;
const bySortKey = (n: string) => `${n}.sortKey`;

// Rows by role, then actor, then the other end; `other` is null when the other end is the entity
// asked about (one value for all its rows: no key to sort by).
const MEMBERSHIP_ORDER = (a: string, r: string, nw: string | null) =>
  `CASE ${r}.role WHEN 'leader' THEN 0 WHEN 'coordinator' THEN 1 WHEN 'secretariat' THEN 2 WHEN 'working-group' THEN 3 ELSE 4 END, ${a}.name${nw ? `, ${nw}.name` : ''}`;
const RESPONSIBILITY_ORDER = (a: string, r: string, m: string | null) =>
  `CASE ${r}.role WHEN 'lead' THEN 0 WHEN 'executing' THEN 1 WHEN 'commissioning' THEN 2 WHEN 'funding' THEN 3 ELSE 4 END, ${a}.name${m ? `, ${m}.sortKey` : ''}`;

/** Every to-many relation the API navigates, keyed "Type.field". */
export const RELATED = {
  'Actor.children': node('PART_OF', 'in', 'Actor', byName),
  'Actor.ownedPlans': node('OWNS', 'out', 'ActionPlan', byTitle),
  'Actor.agreements': node('PARTY_TO', 'out', 'Agreement', byName),
  'Actor.contacts': node('WORKS_AT', 'in', 'Contact', byName),
  'Actor.memberships': { kind: 'row', hop: { type: 'MEMBER_OF', dir: 'out', label: 'Network' }, type: 'Membership', near: 'actor', far: 'network', order: MEMBERSHIP_ORDER },
  'Actor.responsibilities': { kind: 'row', hop: { type: 'RESPONSIBLE_FOR', dir: 'out', label: 'Measure' }, type: 'Responsibility', near: 'actor', far: 'measure', order: RESPONSIBILITY_ORDER },
  'Network.members': { kind: 'row', hop: { type: 'MEMBER_OF', dir: 'in', label: 'Actor' }, type: 'Membership', near: 'network', far: 'actor', order: MEMBERSHIP_ORDER },
  'Network.parts': node('PART_OF', 'in', 'Network', byName),
  'Network.regions': node('COVERS', 'out', 'Region', byName),
  'Network.themes': node('ADDRESSES', 'out', 'Theme', byName),
  'Network.anchoredIn': node('ANCHORED_IN', 'out', 'ActionPlan', byTitle),
  'Network.meetings': node('HAS_MEETING', 'out', 'Meeting', (n) => `${n}.date, ${n}.id`),
  'ActionPlan.owners': node('OWNS', 'in', 'Actor', byName),
  'ActionPlan.succeeds': node('SUCCEEDS', 'out', 'ActionPlan', byTitle),
  'ActionPlan.succeededBy': node('SUCCEEDS', 'in', 'ActionPlan', byTitle),
  'ActionPlan.anchoredIn': node('ANCHORED_IN', 'out', 'ActionPlan', byTitle),
  'ActionPlan.themes': node('ADDRESSES', 'out', 'Theme', byName),
  'ActionPlan.regions': node('COVERS', 'out', 'Region', byName),
  'ActionPlan.measures': node('HAS_MEASURE', 'out', 'Measure', bySortKey),
  'ActionPlan.networks': node('ANCHORED_IN', 'in', 'Network', byName),
  'Measure.responsibilities': { kind: 'row', hop: { type: 'RESPONSIBLE_FOR', dir: 'in', label: 'Actor' }, type: 'Responsibility', near: 'measure', far: 'actor', order: RESPONSIBILITY_ORDER },
  'Measure.statusHistory': node('HAS_STATUS', 'out', 'StatusReport', STATUS_ORDER),
  'Measure.budgets': node('HAS_BUDGET', 'out', 'Budget', (n) => `${n}.id`),
  'Measure.resultGoals': node('HAS_GOAL', 'out', 'ResultGoal', (n) => `${n}.number, ${n}.id`),
  'Measure.refersTo': node('REFERS_TO', 'out', 'Measure', bySortKey),
  'Measure.referredBy': node('REFERS_TO', 'in', 'Measure', bySortKey),
  'Measure.indicators': node('HAS_INDICATOR', 'out', 'Indicator', (n) => `${n}.table, ${n}.year, ${n}.category`),
  'Measure.themes': node('ADDRESSES', 'out', 'Theme', byName),
  'Measure.targetGroups': node('TARGETS', 'out', 'TargetGroup', byName),
  'Measure.contacts': node('CONTACT_FOR', 'in', 'Contact', byName),
  'Agreement.parties': node('PARTY_TO', 'in', 'Actor', byName),
  'Contact.measures': node('CONTACT_FOR', 'out', 'Measure', bySortKey),
  'Actor.collaborations': node('INVOLVED_IN', 'out', 'Collaboration', (n) => `${n}.date, ${n}.name`),
  'Actor.resources': node('MADE', 'out', 'Resource', byName),
  'Measure.resources': node('PRODUCED', 'out', 'Resource', byName),
  'Collaboration.parties': node('INVOLVED_IN', 'in', 'Actor', byName),
  'Resource.producedBy': node('PRODUCED', 'in', 'Measure', bySortKey),
  'Resource.madeBy': node('MADE', 'in', 'Actor', byName),
  'Region.succeededBy': node('SUCCEEDED_BY', 'out', 'Region', byName),
  'Region.predecessors': node('SUCCEEDED_BY', 'in', 'Region', byName),
} satisfies Record<string, Relation>;

export type RelatedKey = keyof typeof RELATED;

/** Every to-one relation, keyed "Type.field": the first item of the hop in `order` (or any). */
export const RELATED_ONE = {
  'Actor.parent': { hop: { type: 'PART_OF', dir: 'out', label: 'Actor' } },
  'Actor.region': { hop: { type: 'LOCATED_IN', dir: 'out', label: 'Region' } },
  'Network.partOf': { hop: { type: 'PART_OF', dir: 'out', label: 'Network' } },
  'Measure.plan': { hop: { type: 'HAS_MEASURE', dir: 'in', label: 'ActionPlan' } },
  'Measure.latestStatus': { hop: { type: 'HAS_STATUS', dir: 'out', label: 'StatusReport' }, order: STATUS_ORDER },
  'Region.parent': { hop: { type: 'WITHIN', dir: 'out', label: 'Region' } },
  'Indicator.measure': { hop: { type: 'HAS_INDICATOR', dir: 'in', label: 'Measure' } },
  'Indicator.reportedBy': { hop: { type: 'REPORTED', dir: 'in', label: 'Actor' } },
  'Agreement.measure': { hop: { type: 'CONCERNS', dir: 'out', label: 'Measure' } },
  'Contact.actor': { hop: { type: 'WORKS_AT', dir: 'out', label: 'Actor' } },
} satisfies Record<string, { hop: Hop; order?: (far: string) => string }>;

export type RelatedOneKey = keyof typeof RELATED_ONE;

/** The label of each end of a row relation, by its role in the row. */
export const ROW_END_LABEL: Record<RowEnd, ProjectedLabel> = { actor: 'Actor', network: 'Network', measure: 'Measure' };

/** The relationship's own value fields of a row type, as expressions over the relationship variable. */
export const ROW_FIELDS: Record<RowRelation['type'], Record<string, (r: string) => string>> = {
  Membership: { role: (r) => enumOut(`${r}.role`), since: (r) => `${r}.since`, until: (r) => `${r}.until`, note: (r) => `${r}.note` },
  Responsibility: { role: (r) => enumOut(`${r}.role`), note: (r) => `${r}.note` },
};

/**
 * What a relation's items must carry on the loader path: the fields selected on the entity in them
 * (for a membership or responsibility, on the entity at the far end) and whether the
 * relationship's citations are.
 */
export interface Shape { need: Need; citations: boolean }
export const FULL: Shape = { need: null, citations: true };

/**
 * What a relation's items are, for the layer above to work out their shape: the label of the
 * entity in each item (for a membership or responsibility, the one at the far end), and for
 * those rows their type and the field that holds the far end.
 */
export function relationItems(key: RelatedKey): { item: ProjectedLabel; row?: { type: RowRelation['type']; field: RowEnd } } {
  const spec: Relation = RELATED[key];
  return spec.kind === 'row' ? { item: spec.hop.label, row: { type: spec.type, field: spec.far } } : { item: spec.hop.label };
}

/** A key for the loader of a relation's items in a shape: shapes that query alike share one. */
export function shapeKey(key: RelatedKey, shape: Shape): string {
  const spec: Relation = RELATED[key];
  return `${key}|${projections[spec.hop.label].signature(shape.need)}|${spec.kind === 'row' && shape.citations ? 'c' : ''}`;
}

/** For each id, the related items (one part of the level's round trip, for all ids). */
export async function related<T>(batcher: ReadBatcher, key: RelatedKey, ids: readonly string[], shape: Shape = FULL): Promise<T[][]> {
  const spec: Relation = RELATED[key];
  const from = key.slice(0, key.indexOf('.')) as ProjectedLabel;
  let returns: string, vars: string, order: string;
  if (spec.kind === 'node') {
    returns = projections[spec.hop.label]('n', shape.need);
    vars = 'n';
    order = spec.order('n');
  } else {
    // x: the entity asked about, n: the far end; the row carries both ends' ids, the far end in full.
    const end = (e: RowEnd) => (e === spec.near ? 'x' : 'n');
    const fields = Object.entries(ROW_FIELDS[spec.type]).map(([k, f]) => `${k}: ${f('r')}`);
    const ids = spec.type === 'Membership' ? `actorId: ${end('actor')}.id, networkId: ${end('network')}.id` : `actorId: ${end('actor')}.id, measureId: ${end('measure')}.id`;
    returns = `{${[...fields, ...(shape.citations ? [relCitations('r')] : []), ids, `${spec.far}: ${projections[spec.hop.label]('n', shape.need)}`].join(', ')}}`;
    vars = 'x, r, n';
    order = spec.order(end('actor'), 'r', spec.near === 'actor' ? 'n' : null);
  }
  return batcher.readById<T[]>((param, part) => `UNWIND $${param} AS id MATCH ${hopPattern(spec.hop, `x:${from} {id: id}`, 'n', 'r')} WITH id, ${vars}
     ORDER BY ${order} RETURN ${part} AS part, id, collect(${returns}) AS items`, ids, []);
}
