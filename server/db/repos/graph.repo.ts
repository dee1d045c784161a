/**
 * Batched lookups for the DataLoaders: entities by id, and related entities by the id of the entity
 * they hang on. Patterns come from the fixed RELATED table below, never from input.
 */
import type { ReadBatcher } from '../batch.js';
import { enumOut, STATUS_ORDER } from '../fragments.js';
import { projections, relCitations, type Need, type ProjectedLabel } from '../projections.js';

/** Entities of one label by id, in the order asked; null for unknown ids. `need`: see Need. */
export async function nodesById<T extends { id: string }>(batcher: ReadBatcher, label: ProjectedLabel, ids: readonly string[], need: Need = null): Promise<(T | null)[]> {
  return batcher.readById<T | null>((param, part) => `MATCH (v:${label}) WHERE v.id IN $${param} RETURN ${part} AS part, v.id AS id, ${projections[label]('v', need)} AS items`, ids, null);
}

/**
 * What a relation's items must carry: the fields selected on the entity in them (for a membership
 * or responsibility, on the entity at the far end) and whether the relationship's citations are.
 */
export interface Shape { need: Need; citations: boolean }
export const FULL: Shape = { need: null, citations: true };

interface RelatedSpec {
  match: string; returns: (shape: Shape) => string; order: string; vars?: string;
  /** The entity in each item (a plain relation), or the far end of a membership/responsibility row. */
  item: ProjectedLabel;
  /** For rows: the GraphQL type of the row and the field that holds the far end. */
  row?: { type: 'Membership' | 'Responsibility'; field: 'actor' | 'network' | 'measure' };
}
const node = (label: ProjectedLabel, match: string, order: string): RelatedSpec =>
  ({ match, returns: (s) => projections[label]('n', s.need), order, item: label });
/**
 * A membership or responsibility seen from one end: the entity at the far end comes in full, the
 * one asked about only as its id (its resolver has it already, or loads it through the node loader).
 */
const membership = (match: string, far: 'actor' | 'network'): RelatedSpec => ({
  match,
  returns: (s) => `{role: ${enumOut('r.role')}, since: r.since, until: r.until, note: r.note, ${citations(s)}
    actorId: a.id, networkId: nw.id, ${far === 'actor' ? `actor: ${projections.Actor('a', s.need)}` : `network: ${projections.Network('nw', s.need)}`}}`,
  vars: 'a, r, nw',
  order: 'CASE r.role WHEN "leader" THEN 0 WHEN "coordinator" THEN 1 WHEN "secretariat" THEN 2 WHEN "working-group" THEN 3 ELSE 4 END, a.name, nw.name',
  item: far === 'actor' ? 'Actor' : 'Network',
  row: { type: 'Membership', field: far },
});
const responsibility = (match: string, far: 'actor' | 'measure'): RelatedSpec => ({
  match,
  returns: (s) => `{role: ${enumOut('r.role')}, note: r.note, ${citations(s)}
    actorId: a.id, measureId: m.id, ${far === 'actor' ? `actor: ${projections.Actor('a', s.need)}` : `measure: ${projections.Measure('m', s.need)}`}}`,
  vars: 'a, r, m',
  order: 'CASE r.role WHEN "lead" THEN 0 WHEN "executing" THEN 1 WHEN "commissioning" THEN 2 WHEN "funding" THEN 3 ELSE 4 END, a.name, m.sortKey',
  item: far === 'actor' ? 'Actor' : 'Measure',
  row: { type: 'Responsibility', field: far },
});
const citations = (s: Shape) => (s.citations ? `${relCitations('r')},` : '');

/** Every relation the API navigates, keyed "Type.field"; `id` is the id of the entity asked about. */
export const RELATED = {
  'Actor.children': node('Actor', '(:Actor {id: id})<-[:PART_OF]-(n:Actor)', 'n.name'),
  'Actor.ownedPlans': node('ActionPlan', '(:Actor {id: id})-[:OWNS]->(n:ActionPlan)', 'n.title'),
  'Actor.agreements': node('Agreement', '(:Actor {id: id})-[:PARTY_TO]->(n:Agreement)', 'n.name'),
  'Actor.contacts': node('Contact', '(:Actor {id: id})<-[:WORKS_AT]-(n:Contact)', 'n.name'),
  'Actor.memberships': membership('(a:Actor {id: id})-[r:MEMBER_OF]->(nw:Network)', 'network'),
  'Actor.responsibilities': responsibility('(a:Actor {id: id})-[r:RESPONSIBLE_FOR]->(m:Measure)', 'measure'),
  'Network.members': membership('(a:Actor)-[r:MEMBER_OF]->(nw:Network {id: id})', 'actor'),
  'Network.parts': node('Network', '(:Network {id: id})<-[:PART_OF]-(n:Network)', 'n.name'),
  'Network.regions': node('Region', '(:Network {id: id})-[:COVERS]->(n:Region)', 'n.name'),
  'Network.themes': node('Theme', '(:Network {id: id})-[:ADDRESSES]->(n:Theme)', 'n.name'),
  'Network.anchoredIn': node('ActionPlan', '(:Network {id: id})-[:ANCHORED_IN]->(n:ActionPlan)', 'n.title'),
  'Network.meetings': node('Meeting', '(:Network {id: id})-[:HAS_MEETING]->(n:Meeting)', 'n.date, n.id'),
  'ActionPlan.owners': node('Actor', '(:ActionPlan {id: id})<-[:OWNS]-(n:Actor)', 'n.name'),
  'ActionPlan.succeeds': node('ActionPlan', '(:ActionPlan {id: id})-[:SUCCEEDS]->(n:ActionPlan)', 'n.title'),
  'ActionPlan.succeededBy': node('ActionPlan', '(:ActionPlan {id: id})<-[:SUCCEEDS]-(n:ActionPlan)', 'n.title'),
  'ActionPlan.anchoredIn': node('ActionPlan', '(:ActionPlan {id: id})-[:ANCHORED_IN]->(n:ActionPlan)', 'n.title'),
  'ActionPlan.themes': node('Theme', '(:ActionPlan {id: id})-[:ADDRESSES]->(n:Theme)', 'n.name'),
  'ActionPlan.regions': node('Region', '(:ActionPlan {id: id})-[:COVERS]->(n:Region)', 'n.name'),
  'ActionPlan.measures': node('Measure', '(:ActionPlan {id: id})-[:HAS_MEASURE]->(n:Measure)', 'n.sortKey'),
  'ActionPlan.networks': node('Network', '(:ActionPlan {id: id})<-[:ANCHORED_IN]-(n:Network)', 'n.name'),
  'Measure.responsibilities': responsibility('(a:Actor)-[r:RESPONSIBLE_FOR]->(m:Measure {id: id})', 'actor'),
  'Measure.statusHistory': node('StatusReport', '(:Measure {id: id})-[:HAS_STATUS]->(n:StatusReport)', STATUS_ORDER('n')),
  'Measure.budgets': node('Budget', '(:Measure {id: id})-[:HAS_BUDGET]->(n:Budget)', 'n.id'),
  'Measure.resultGoals': node('ResultGoal', '(:Measure {id: id})-[:HAS_GOAL]->(n:ResultGoal)', 'n.number, n.id'),
  'Measure.refersTo': node('Measure', '(:Measure {id: id})-[:REFERS_TO]->(n:Measure)', 'n.sortKey'),
  'Measure.referredBy': node('Measure', '(:Measure {id: id})<-[:REFERS_TO]-(n:Measure)', 'n.sortKey'),
  'Measure.indicators': node('Indicator', '(:Measure {id: id})-[:HAS_INDICATOR]->(n:Indicator)', 'n.table, n.year, n.category'),
  'Measure.themes': node('Theme', '(:Measure {id: id})-[:ADDRESSES]->(n:Theme)', 'n.name'),
  'Measure.targetGroups': node('TargetGroup', '(:Measure {id: id})-[:TARGETS]->(n:TargetGroup)', 'n.name'),
  'Measure.contacts': node('Contact', '(:Measure {id: id})<-[:CONTACT_FOR]-(n:Contact)', 'n.name'),
  'Agreement.parties': node('Actor', '(:Agreement {id: id})<-[:PARTY_TO]-(n:Actor)', 'n.name'),
  'Contact.measures': node('Measure', '(:Contact {id: id})-[:CONTACT_FOR]->(n:Measure)', 'n.sortKey'),
  'Actor.collaborations': node('Collaboration', '(:Actor {id: id})-[:INVOLVED_IN]->(n:Collaboration)', 'n.date, n.name'),
  'Actor.resources': node('Resource', '(:Actor {id: id})-[:MADE]->(n:Resource)', 'n.name'),
  'Measure.resources': node('Resource', '(:Measure {id: id})-[:PRODUCED]->(n:Resource)', 'n.name'),
  'Collaboration.parties': node('Actor', '(:Collaboration {id: id})<-[:INVOLVED_IN]-(n:Actor)', 'n.name'),
  'Resource.producedBy': node('Measure', '(:Resource {id: id})<-[:PRODUCED]-(n:Measure)', 'n.sortKey'),
  'Resource.madeBy': node('Actor', '(:Resource {id: id})<-[:MADE]-(n:Actor)', 'n.name'),
  'Region.succeededBy': node('Region', '(:Region {id: id})-[:SUCCEEDED_BY]->(n:Region)', 'n.name'),
  'Region.predecessors': node('Region', '(:Region {id: id})<-[:SUCCEEDED_BY]-(n:Region)', 'n.name'),
} satisfies Record<string, RelatedSpec>;

export type RelatedKey = keyof typeof RELATED;

/**
 * What a relation's items are, for the layer above to work out their shape: the label of the
 * entity in each item (for a membership or responsibility, the one at the far end), and for
 * those rows their type and the field that holds the far end.
 */
export function relationItems(key: RelatedKey): { item: ProjectedLabel; row?: RelatedSpec['row'] } {
  const spec: RelatedSpec = RELATED[key];
  return { item: spec.item, row: spec.row };
}

/** A key for the loader of a relation's items in a shape: shapes that query alike share one. */
export function shapeKey(key: RelatedKey, shape: Shape): string {
  const spec: RelatedSpec = RELATED[key];
  return `${key}|${projections[spec.item].signature(shape.need)}|${spec.row && shape.citations ? 'c' : ''}`;
}

/** For each id, the related items (one part of the level's round trip, for all ids). */
export async function related<T>(batcher: ReadBatcher, key: RelatedKey, ids: readonly string[], shape: Shape = FULL): Promise<T[][]> {
  const spec: RelatedSpec = RELATED[key];
  return batcher.readById<T[]>((param, part) => `UNWIND $${param} AS id MATCH ${spec.match} WITH id, ${spec.vars ?? 'n'}
     ORDER BY ${spec.order} RETURN ${part} AS part, id, collect(${spec.returns(shape)}) AS items`, ids, []);
}
