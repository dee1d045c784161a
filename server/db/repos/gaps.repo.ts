/** The facts the gap rules read: measures with owners and latest status, networks with sectors, regions with themes. */
import type { Db } from '../driver.js';
import { coversRegion, latestStatus, relCitations, RUNNING_NETWORK } from '../fragments.js';
import type { Citations } from '../rows.js';

export interface GapResponsibility { id: string; name: string; generic: boolean; role: string; inNetwork: boolean; citations: Citations }
export interface GapMeasure {
  id: string; number: string | null; title: string; planId: string; planTitle: string; periodEnd: string | null;
  planEnded: boolean; responsibilities: GapResponsibility[];
  latest: { id: string; asOf: string; status: string; text: string | null } | null;
}

/**
 * Every measure (of one plan, or all) with its responsible actors and its latest status. Two
 * statements, not `WHERE $plan IS NULL OR pl.id = $plan`: the disjunction would keep the planner
 * from seeking the one plan by its id, and every plan's measures would be read for one plan's gaps.
 */
const measures = (onePlan: boolean) => `
MATCH (pl:ActionPlan${onePlan ? ' {id: $plan}' : ''})-[:HAS_MEASURE]->(m:Measure)
RETURN m.id AS id, m.number AS number, coalesce(m.title, '') AS title, pl.id AS planId, coalesce(pl.shortTitle, pl.title) AS planTitle,
  pl.periodEnd AS periodEnd, coalesce(pl.periodEndDate < $asOf, false) AS planEnded,
  [(a:Actor)-[r:RESPONSIBLE_FOR]->(m) | {id: a.id, name: a.name, generic: coalesce(a.isGenericRole, false), role: r.role,
    inNetwork: EXISTS { (a)-[:MEMBER_OF]->(:Network) },
    citations: ${relCitations('r')}}] AS responsibilities,
  ${latestStatus('m', (s) => `${s} {.id, .asOf, .status, .text}`)} AS latest
ORDER BY m.sortKey`;

const MEASURES_ALL = measures(false), MEASURES_OF_PLAN = measures(true);

export function gapMeasures(db: Db, plan: string | null, asOf: unknown) {
  return db.read<GapMeasure>(plan === null ? MEASURES_ALL : MEASURES_OF_PLAN, { plan, asOf });
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
