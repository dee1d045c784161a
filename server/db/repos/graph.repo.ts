/**
 * Batched lookups for the DataLoaders: entities by id, and related entities by the id of the entity
 * they hang on. Patterns come from the fixed RELATED table below, never from input.
 */
import type { Db } from '../driver.js';
import { projections, relCitations, type ProjectedLabel } from '../projections.js';

/** Entities of one label by id, in the order asked; null for unknown ids. */
export async function nodesById<T extends { id: string }>(db: Db, label: ProjectedLabel, ids: readonly string[]): Promise<(T | null)[]> {
  const rows = await db.read<{ n: T }>(`MATCH (v:${label}) WHERE v.id IN $ids RETURN ${projections[label]('v')} AS n`, { ids });
  const byId = new Map(rows.map((r) => [r.n.id, r.n]));
  return ids.map((id) => byId.get(id) ?? null);
}

interface RelatedSpec { match: string; returns: string; order: string; vars?: string }
const node = (label: ProjectedLabel, match: string, order: string): RelatedSpec => ({ match, returns: projections[label]('n'), order });
const membership = (match: string): RelatedSpec => ({
  match,
  returns: `{role: toUpper(replace(r.role, '-', '_')), since: r.since, until: r.until, note: r.note, ${relCitations('r')},
    actor: ${projections.Actor('a')}, network: ${projections.Network('nw')}}`,
  vars: 'a, r, nw',
  order: 'CASE r.role WHEN "leader" THEN 0 WHEN "coordinator" THEN 1 WHEN "secretariat" THEN 2 WHEN "working-group" THEN 3 ELSE 4 END, a.name, nw.name',
});
const responsibility = (match: string): RelatedSpec => ({
  match,
  returns: `{role: toUpper(replace(r.role, '-', '_')), note: r.note, ${relCitations('r')},
    actor: ${projections.Actor('a')}, measure: ${projections.Measure('m')}}`,
  vars: 'a, r, m',
  order: 'CASE r.role WHEN "lead" THEN 0 WHEN "executing" THEN 1 WHEN "commissioning" THEN 2 WHEN "funding" THEN 3 ELSE 4 END, a.name, m.sortKey',
});

/** Every relation the API navigates, keyed "Type.field"; `id` is the id of the entity asked about. */
export const RELATED = {
  'Actor.children': node('Actor', '(:Actor {id: id})<-[:PART_OF]-(n:Actor)', 'n.name'),
  'Actor.ownedPlans': node('ActionPlan', '(:Actor {id: id})-[:OWNS]->(n:ActionPlan)', 'n.title'),
  'Actor.agreements': node('Agreement', '(:Actor {id: id})-[:PARTY_TO]->(n:Agreement)', 'n.name'),
  'Actor.contacts': node('Contact', '(:Actor {id: id})<-[:WORKS_AT]-(n:Contact)', 'n.name'),
  'Actor.memberships': membership('(a:Actor {id: id})-[r:MEMBER_OF]->(nw:Network)'),
  'Actor.responsibilities': responsibility('(a:Actor {id: id})-[r:RESPONSIBLE_FOR]->(m:Measure)'),
  'Network.members': membership('(a:Actor)-[r:MEMBER_OF]->(nw:Network {id: id})'),
  'Network.parts': node('Network', '(:Network {id: id})<-[:PART_OF]-(n:Network)', 'n.name'),
  'Network.regions': node('Region', '(:Network {id: id})-[:COVERS]->(n:Region)', 'n.name'),
  'Network.themes': node('Theme', '(:Network {id: id})-[:ADDRESSES]->(n:Theme)', 'n.name'),
  'Network.anchoredIn': node('ActionPlan', '(:Network {id: id})-[:ANCHORED_IN]->(n:ActionPlan)', 'n.title'),
  'Network.meetings': { match: '(:Network {id: id})-[:HAS_MEETING]->(n:Meeting)', returns: projections.Meeting('n'), order: 'n.date, n.id' },
  'ActionPlan.owners': node('Actor', '(:ActionPlan {id: id})<-[:OWNS]-(n:Actor)', 'n.name'),
  'ActionPlan.succeeds': node('ActionPlan', '(:ActionPlan {id: id})-[:SUCCEEDS]->(n:ActionPlan)', 'n.title'),
  'ActionPlan.succeededBy': node('ActionPlan', '(:ActionPlan {id: id})<-[:SUCCEEDS]-(n:ActionPlan)', 'n.title'),
  'ActionPlan.anchoredIn': node('ActionPlan', '(:ActionPlan {id: id})-[:ANCHORED_IN]->(n:ActionPlan)', 'n.title'),
  'ActionPlan.themes': node('Theme', '(:ActionPlan {id: id})-[:ADDRESSES]->(n:Theme)', 'n.name'),
  'ActionPlan.regions': node('Region', '(:ActionPlan {id: id})-[:COVERS]->(n:Region)', 'n.name'),
  'ActionPlan.measures': node('Measure', '(:ActionPlan {id: id})-[:HAS_MEASURE]->(n:Measure)', 'n.sortKey'),
  'ActionPlan.networks': node('Network', '(:ActionPlan {id: id})<-[:ANCHORED_IN]-(n:Network)', 'n.name'),
  'Measure.responsibilities': responsibility('(a:Actor)-[r:RESPONSIBLE_FOR]->(m:Measure {id: id})'),
  'Measure.statusHistory': { match: '(:Measure {id: id})-[:HAS_STATUS]->(n:StatusReport)', returns: projections.StatusReport('n'), order: 'n.asOf DESC, n.id DESC' },
  'Measure.budgets': { match: '(:Measure {id: id})-[:HAS_BUDGET]->(n:Budget)', returns: projections.Budget('n'), order: 'n.id' },
  'Measure.resultGoals': { match: '(:Measure {id: id})-[:HAS_GOAL]->(n:ResultGoal)', returns: projections.ResultGoal('n'), order: 'n.number, n.id' },
  'Measure.refersTo': node('Measure', '(:Measure {id: id})-[:REFERS_TO]->(n:Measure)', 'n.sortKey'),
  'Measure.referredBy': node('Measure', '(:Measure {id: id})<-[:REFERS_TO]-(n:Measure)', 'n.sortKey'),
  'Measure.indicators': node('Indicator', '(:Measure {id: id})-[:HAS_INDICATOR]->(n:Indicator)', 'n.table, n.year, n.category'),
  'Measure.themes': node('Theme', '(:Measure {id: id})-[:ADDRESSES]->(n:Theme)', 'n.name'),
  'Measure.targetGroups': node('TargetGroup', '(:Measure {id: id})-[:TARGETS]->(n:TargetGroup)', 'n.name'),
  'Measure.contacts': node('Contact', '(:Measure {id: id})<-[:CONTACT_FOR]-(n:Contact)', 'n.name'),
  'Agreement.parties': node('Actor', '(:Agreement {id: id})<-[:PARTY_TO]-(n:Actor)', 'n.name'),
  'Contact.measures': node('Measure', '(:Contact {id: id})-[:CONTACT_FOR]->(n:Measure)', 'n.sortKey'),
} satisfies Record<string, RelatedSpec>;

export type RelatedKey = keyof typeof RELATED;

/** For each id, the related items (one round trip for all ids). */
export async function related<T>(db: Db, key: RelatedKey, ids: readonly string[]): Promise<T[][]> {
  const spec: RelatedSpec = RELATED[key];
  const rows = await db.read<{ id: string; items: T[] }>(
    `UNWIND $ids AS id MATCH ${spec.match} WITH id, ${spec.vars ?? 'n'}
     ORDER BY ${spec.order} RETURN id, collect(${spec.returns}) AS items`, { ids });
  const byId = new Map(rows.map((r) => [r.id, r.items]));
  return ids.map((id) => byId.get(id) ?? []);
}
