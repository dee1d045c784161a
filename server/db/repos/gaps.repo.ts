/** The facts the gap rules read: measures with a gap, actors that may carry too much, networks with sectors, regions with themes. */
import type { Db } from '../driver.js';
import { coversRegion, latestStatus, relCitations, RUNNING_NETWORK } from '../fragments.js';
import type { Citations } from '../rows.js';

export interface GapResponsibility { id: string; name: string; generic: boolean; role: string; citations: Citations | null }
export interface GapMeasure {
  id: string; number: string | null; title: string; planId: string; planTitle: string; periodEnd: string | null;
  planEnded: boolean; responsibilities: GapResponsibility[];
  latest: { id: string; asOf: string; status: string; text: string | null } | null;
}
/** A named organisation that carries out measures in scope, with those measures (for OVERLOADED_ACTOR and ISOLATED_ACTOR). */
export interface GapActor {
  id: string; name: string; generic: boolean; inNetwork: boolean;
  carried: { number: string | null; title: string; planTitle: string; role: string; citations: Citations | null }[];
}

/** Which measure- and actor-level rules are asked for, so the statement returns only their candidates. */
export interface GapWanted {
  unowned: boolean; vague: boolean; noLead: boolean; stalled: boolean; overloaded: boolean; isolated: boolean;
  /** OVERLOADED_ACTOR's threshold. */
  maxMeasuresPerActor: number;
  /** Whether evidence is selected: the responsibilities' citations are read only then. */
  evidence: boolean;
}

const CARRIER_ROLES = "['lead', 'executing', 'contributing']";
const LOAD_ROLES = "['lead', 'executing']";
const citationsIfEvidence = (r: string) => `CASE WHEN $evidence THEN ${relCitations(r)} END`;

/**
 * The measure-level predicates of the rules (server/analysis/gap-rules.ts), in Cypher, so that only
 * measures with a gap come back: no carrier (UNOWNED_MEASURE); carriers all generic roles
 * (VAGUE_OWNER); two or more distinct carriers, no lead, not all generic (NO_LEAD); latest status not
 * done or unclear, or the plan ended and the measure is neither done nor cancelled (STALLED). The
 * rules still decide and explain; tests/server/gaps.test.ts checks that the filter keeps every gap.
 */
const MEASURE_HAS_GAP = `
  ($unowned AND size(carriers) = 0)
  OR ($vague AND size(carriers) > 0 AND all(x IN carriers WHERE x.generic))
  OR ($noLead AND size(reduce(ids = [], x IN carriers | CASE WHEN x.id IN ids THEN ids ELSE ids + x.id END)) >= 2
      AND none(x IN carriers WHERE x.role = 'lead') AND NOT all(x IN carriers WHERE x.generic))
  OR ($stalled AND (latest.status IN ['not-done', 'unclear'] OR (planEnded AND NOT coalesce(latest.status, '') IN ['done', 'cancelled'])))`;

/**
 * Measures with a gap (of one plan, or all) with their responsible actors and latest status, and
 * the named organisations that may be overloaded or isolated, in one statement. Seeking the one
 * plan by id, not `WHERE $plan IS NULL OR pl.id = $plan`: the disjunction would keep the planner
 * from using the index, and every plan's measures would be read for one plan's gaps.
 */
const facts = (onePlan: boolean) => `
OPTIONAL MATCH (dv:DataVersion {id: 'data-version'})
WITH coalesce(dv.value, 0) AS version
${onePlan ? 'OPTIONAL MATCH (p:ActionPlan {id: $plan})' : 'WITH version, true AS p'}
CALL (p) {
  ${onePlan ? 'MATCH (p)-[:HAS_MEASURE]->(m:Measure) WITH p AS pl, m' : 'MATCH (pl:ActionPlan)-[:HAS_MEASURE]->(m:Measure)'}
  WITH pl, m, [(a:Actor)-[r:RESPONSIBLE_FOR]->(m) | {id: a.id, name: a.name, generic: coalesce(a.isGenericRole, false), role: r.role,
      citations: ${citationsIfEvidence('r')}}] AS responsibilities,
    ${latestStatus('m', (s) => `${s} {.id, .asOf, .status, .text}`)} AS latest,
    coalesce(pl.periodEndDate < $asOf, false) AS planEnded
  WITH pl, m, responsibilities, latest, planEnded, [x IN responsibilities WHERE x.role IN ${CARRIER_ROLES}] AS carriers
  WHERE ${MEASURE_HAS_GAP}
  WITH pl, m, responsibilities, latest, planEnded ORDER BY m.sortKey
  RETURN collect({id: m.id, number: m.number, title: coalesce(m.title, ''), planId: pl.id, planTitle: coalesce(pl.shortTitle, pl.title),
    periodEnd: pl.periodEnd, planEnded: planEnded, responsibilities: responsibilities, latest: latest}) AS measures
}
CALL (p) {
  ${onePlan ? 'MATCH (p)-[:HAS_MEASURE]->(m:Measure)<-[r:RESPONSIBLE_FOR]-(a:Actor) WITH p AS pl, m, r, a' : 'MATCH (pl:ActionPlan)-[:HAS_MEASURE]->(m:Measure)<-[r:RESPONSIBLE_FOR]-(a:Actor)'}
  WHERE ($overloaded OR $isolated) AND r.role IN ${CARRIER_ROLES} AND NOT coalesce(a.isGenericRole, false)
  WITH a, pl, m, r ORDER BY m.sortKey
  WITH a, collect({number: m.number, title: coalesce(m.title, ''), planTitle: coalesce(pl.shortTitle, pl.title), role: r.role,
    citations: ${citationsIfEvidence('r')}}) AS carried
  WITH a, carried, EXISTS { (a)-[:MEMBER_OF]->(:Network) } AS inNetwork
  WHERE ($overloaded AND size([x IN carried WHERE x.role IN ${LOAD_ROLES}]) > $max) OR ($isolated AND NOT inNetwork)
  WITH a, carried, inNetwork ORDER BY a.id
  RETURN collect({id: a.id, name: a.name, generic: false, inNetwork: inNetwork, carried: carried}) AS actors
}
RETURN p IS NOT NULL AS planFound, measures, actors, version`;

const FACTS_ALL = facts(false), FACTS_OF_PLAN = facts(true);

/**
 * The facts of the measure- and actor-level rules; `planFound` is false for an unknown plan. The
 * data version is read first, in the same statement: the facts are at least as new as it.
 */
export async function gapFacts(db: Db, plan: string | null, asOf: unknown, w: GapWanted) {
  const [row] = await db.read<{ planFound: boolean; measures: GapMeasure[]; actors: GapActor[]; version: number }>(plan === null ? FACTS_ALL : FACTS_OF_PLAN, {
    plan, asOf, unowned: w.unowned, vague: w.vague, noLead: w.noLead, stalled: w.stalled, overloaded: w.overloaded, isolated: w.isolated,
    max: w.maxMeasuresPerActor, evidence: w.evidence,
  });
  return row;
}

export interface GapNetwork {
  id: string; name: string; kind: string | null; memberCount: number; sectors: string[];
  guideline: { id: string; name: string; sectors: string[] } | null;
  coordinators: { id: string; name: string; role: string }[];
}

/**
 * Running networks with their current members' sectors (an actor's own sector, else its parent's),
 * the guideline they follow (their own, else the default for their kind), and their coordinators.
 */
const NETWORKS = `
OPTIONAL MATCH (rg:Guideline {id: $regionalGuideline})
OPTIONAL MATCH (lg:Guideline {id: $localGuideline})
MATCH (nw:Network) WHERE ${RUNNING_NETWORK('nw')}
  AND ($plan IS NULL OR EXISTS { (nw)-[:ANCHORED_IN]->(:ActionPlan {id: $plan}) } OR EXISTS { (nw)<-[:MEMBER_OF]-(x:Actor)-[:RESPONSIBLE_FOR]->(:Measure)<-[:HAS_MEASURE]-(:ActionPlan {id: $plan}) WHERE NOT coalesce(x.isGenericRole, false) })
CALL (nw) {
  MATCH (a:Actor)-[r:MEMBER_OF]->(nw) WHERE r.untilDate IS NULL OR r.untilDate >= $asOf
  RETURN count(DISTINCT a) AS memberCount,
    [s IN collect(DISTINCT coalesce(a.sector, [(a)-[:PART_OF]->(p:Actor) | p.sector][0])) WHERE s IS NOT NULL] AS sectors,
    [x IN collect(CASE WHEN r.role IN ['leader', 'coordinator'] THEN {id: a.id, name: a.name, role: r.role} END) WHERE x IS NOT NULL] AS coordinators
}
WITH nw, memberCount, sectors, coordinators,
  coalesce([(nw)-[:FOLLOWS]->(g:Guideline) | g][0], CASE WHEN nw.kind IN ['regional', 'county'] THEN rg WHEN nw.kind = 'local' THEN lg END) AS g
RETURN nw.id AS id, nw.name AS name, nw.kind AS kind, memberCount, sectors, coordinators,
  CASE WHEN g IS NULL THEN null ELSE {id: g.id, name: g.name, sectors: g.sectors} END AS guideline
ORDER BY nw.name`;

export function gapNetworks(db: Db, plan: string | null, asOf: unknown, regionalGuideline: string, localGuideline: string) {
  return db.read<GapNetwork>(NETWORKS, { plan, asOf, regionalGuideline, localGuideline });
}

export interface GapRegion { id: string; name: string; missing: { id: string; name: string }[] }

/**
 * Today's counties (or the plan's regions) and the themes no running network covering them addresses.
 * Only themes that some network somewhere addresses are checked, so the gap means "others have one".
 */
const REGIONS = `
MATCH (t:Theme) WHERE EXISTS { (:Network)-[:ADDRESSES]->(t) }
  AND ($plan IS NULL OR EXISTS { (:ActionPlan {id: $plan})-[:ADDRESSES]->(t) })
WITH collect(t) AS themes
MATCH (r:Region)
WHERE ($plan IS NULL AND r.kind = 'county' AND coalesce(r.validToDate >= date(), true)) OR EXISTS { (:ActionPlan {id: $plan})-[:COVERS]->(r) }
WITH r, [t IN themes WHERE NOT EXISTS {
  MATCH ${coversRegion('nw:Network', 'COVERS', 'r')}
  WHERE ${RUNNING_NETWORK('nw')} AND (nw)-[:ADDRESSES]->(t) } | {id: t.id, name: t.name}] AS missing
WHERE size(missing) > 0
RETURN r.id AS id, r.name AS name, missing ORDER BY r.name`;

export function gapRegions(db: Db, plan: string | null) {
  return db.read<GapRegion>(REGIONS, { plan });
}

/** True when a plan has that id. */
export async function planExists(db: Db, plan: string): Promise<boolean> {
  const [row] = await db.read<{ n: number }>('MATCH (p:ActionPlan {id: $plan}) RETURN count(p) AS n', { plan });
  return row.n > 0;
}
