/**
 * The shared contexts that make actors collaborators: networks (shared membership), measures
 * (shared responsibility), agreements (parties) and reported collaborations. One round trip; the
 * branches and conditions come from fixed fragments chosen by the filter.
 */
import type { Db } from '../driver.js';
import { fromEnum } from '../enums.js';
import { activeAt, asOfPeriod } from './dates.js';

export type ContextKind = 'NETWORK' | 'MEASURE' | 'AGREEMENT' | 'REPORTED';
export interface MemberRow { id: string; name: string; kind: string | null; level: string | null; isGenericRole: boolean; region?: string | null }
export interface ContextRow { kind: ContextKind; id: string; label: string; members: MemberRow[] }

export interface CollaborationFilterArgs {
  region?: string | null; theme?: string | null; plan?: string | null; network?: string | null;
  actorKinds?: string[] | null; asOf?: string | null; contextKinds?: ContextKind[] | null; excludeGenericRoles?: boolean | null;
}

const MEMBER = `{id: a.id, name: a.name, kind: toUpper(replace(a.kind, '-', '_')), level: toUpper(replace(a.level, '-', '_')), isGenericRole: coalesce(a.isGenericRole, false), region: head([(a)-[:LOCATED_IN]->(lr:Region) | lr.id])}`;
/**
 * In the filter's region: `regions` holds the region and every region within it, found once per
 * request. (Walking WITHIN*0..4 up from every context's every participant took seconds at national
 * scale; a list membership test per participant takes milliseconds.)
 */
const IN_REGION = (v: string, rel: string) => `EXISTS { (${v})-[:${rel}]->(rg:Region) WHERE rg.id IN regions }`;
const REGION_SUBTREE = `MATCH (root:Region {id: $region})
  CALL (root) { MATCH (sub:Region)-[:WITHIN*0..4]->(root) RETURN collect(DISTINCT sub.id) AS regions }`;

export async function collaborationContexts(db: Db, f: CollaborationFilterArgs): Promise<ContextRow[]> {
  const statement = contextsStatement(f);
  if (!statement) return [];
  return db.read<ContextRow>(`${statement} RETURN kind, id, label, members`, contextParams(f));
}

/** The data version and, when it differs from the one the caller holds a result for, the contexts. */
export interface VersionedContexts { version: number; contexts: ContextRow[] | null }

/**
 * One round trip for a cached derived result (server/workers/derived-cache.ts): reads the data
 * version and, only when it differs from `known` (the version the caller's cached result was
 * computed at), the shared contexts. The version is read first in the same statement, so contexts
 * returned with version v are never older than v. `contexts` is null when the version is `known`.
 */
export async function collaborationContextsUnless(db: Db, f: CollaborationFilterArgs, known: number): Promise<VersionedContexts> {
  const statement = contextsStatement(f);
  // The first branch is the header row, always there (so the version comes back even when there
  // are no contexts); the second runs only when the caller's result is out of date.
  const contexts = statement
    ? `UNION ALL WITH version WHERE version <> $known ${statement} RETURN false AS header, kind, id, label, members`
    : '';
  const rows = await db.read<ContextRow & { version: number; header: boolean }>(`${READ_VERSION}
    CALL (version) { RETURN true AS header, null AS kind, null AS id, null AS label, null AS members ${contexts} }
    RETURN version, header, kind, id, label, members`, { ...contextParams(f), known });
  const version = Number(rows[0]?.version ?? 0);
  if (version === known) return { version, contexts: null };
  return { version, contexts: rows.filter((r) => !r.header).map(({ kind, id, label, members }) => ({ kind, id, label, members })) };
}

const READ_VERSION = "OPTIONAL MATCH (dv:DataVersion {id: 'data-version'}) WITH coalesce(dv.value, 0) AS version";

function contextParams(f: CollaborationFilterArgs) {
  return {
    network: f.network ?? null, theme: f.theme ?? null, plan: f.plan ?? null, region: f.region ?? null,
    // A partial asOf ("2016") is a period: a context counts when it overlaps it (dates.ts decides
    // what partial dates mean).
    actorKinds: f.actorKinds?.map(fromEnum) ?? null, asOf: f.asOf ? asOfPeriod(f.asOf, 'asOf') : null,
  };
}

/** The contexts' Cypher up to (not including) its RETURN, or null when no kind of context is asked for. */
function contextsStatement(f: CollaborationFilterArgs): string | null {
  const kinds = new Set<ContextKind>(f.contextKinds?.length ? f.contextKinds : ['NETWORK', 'MEASURE', 'AGREEMENT', 'REPORTED']);
  if (f.network) { kinds.clear(); kinds.add('NETWORK'); }
  if (f.plan || f.theme) kinds.delete('REPORTED');
  const actor: string[] = [];
  if (f.actorKinds?.length) actor.push('a.kind IN $actorKinds');
  if (f.excludeGenericRoles ?? true) actor.push('NOT coalesce(a.isGenericRole, false)');
  const actorWhere = actor.length ? `AND ${actor.join(' AND ')}` : '';
  const branches: string[] = [];

  if (kinds.has('NETWORK')) {
    const w = ['true'];
    if (f.network) w.push('nw.id = $network');
    if (f.theme) w.push('EXISTS { (nw)-[:ADDRESSES]->(:Theme {id: $theme}) }');
    if (f.plan) w.push('EXISTS { (nw)-[:ANCHORED_IN]->(:ActionPlan {id: $plan}) }');
    if (f.region) w.push(`(${IN_REGION('nw', 'COVERS')} OR EXISTS { (x:Actor)-[:MEMBER_OF]->(nw) WHERE ${IN_REGION('x', 'LOCATED_IN')} })`);
    if (f.asOf) w.push(`${activeAt('nw.establishedDate', 'nw.endedDate')} AND coalesce(nw.status, 'active') <> 'proposed'`);
    const membership = f.asOf ? `AND ${activeAt('r.sinceDate', 'r.untilDate')}` : '';
    branches.push(`MATCH (nw:Network) WHERE ${w.join(' AND ')}
      MATCH (a:Actor)-[r:MEMBER_OF]->(nw) WHERE true ${membership} ${actorWhere}
      RETURN 'NETWORK' AS kind, nw.id AS id, nw.name AS label, collect(DISTINCT ${MEMBER}) AS members`);
  }
  if (kinds.has('MEASURE')) {
    const w = ['true'];
    if (f.plan) w.push('pl.id = $plan');
    if (f.theme) w.push('(EXISTS { (m)-[:ADDRESSES]->(:Theme {id: $theme}) } OR EXISTS { (pl)-[:ADDRESSES]->(:Theme {id: $theme}) })');
    if (f.region) w.push(`(${IN_REGION('pl', 'COVERS')} OR EXISTS { (x:Actor)-[:RESPONSIBLE_FOR]->(m) WHERE ${IN_REGION('x', 'LOCATED_IN')} })`);
    // A measure counts while its plan runs. A plan without a period (the Moss plan) counts from
    // its earliest status report, the first date the documents show it existed; one with no date at all always counts.
    if (f.asOf) w.push(`coalesce(pl.periodStartDate, COLLECT { MATCH (pl)-[:HAS_MEASURE]->(:Measure)-[:HAS_STATUS]->(s:StatusReport) RETURN min(s.asOfDate) AS d }[0], $asOf.first) <= $asOf.last
      AND (pl.periodEndDate IS NULL OR pl.periodEndDate >= $asOf.first)`);
    branches.push(`MATCH (pl:ActionPlan)-[:HAS_MEASURE]->(m:Measure) WHERE ${w.join(' AND ')}
      MATCH (a:Actor)-[:RESPONSIBLE_FOR]->(m) WHERE true ${actorWhere}
      RETURN 'MEASURE' AS kind, m.id AS id, coalesce(pl.shortTitle, pl.title) + ', tiltak ' + coalesce(m.number, '?') + ': ' + coalesce(m.title, '') AS label,
        collect(DISTINCT ${MEMBER}) AS members`);
  }
  if (kinds.has('AGREEMENT')) {
    const w = ['true'];
    if (f.plan) w.push('EXISTS { (ag)-[:CONCERNS]->(:Measure)<-[:HAS_MEASURE]-(:ActionPlan {id: $plan}) }');
    if (f.theme) w.push('EXISTS { (ag)-[:CONCERNS]->(:Measure)-[:ADDRESSES]->(:Theme {id: $theme}) }');
    if (f.region) w.push(`EXISTS { (x:Actor)-[:PARTY_TO]->(ag) WHERE ${IN_REGION('x', 'LOCATED_IN')} }`);
    // An agreement counts from its signing; one never dated counts from its measure's plan period.
    if (f.asOf) w.push(`coalesce(ag.signedDate, COLLECT { MATCH (ag)-[:CONCERNS]->(:Measure)<-[:HAS_MEASURE]-(p:ActionPlan) RETURN min(p.periodStartDate) AS d }[0], $asOf.first) <= $asOf.last
      AND (ag.endedDate IS NULL OR ag.endedDate >= $asOf.first)`);
    branches.push(`MATCH (ag:Agreement) WHERE ${w.join(' AND ')}
      MATCH (a:Actor)-[:PARTY_TO]->(ag) WHERE true ${actorWhere}
      RETURN 'AGREEMENT' AS kind, ag.id AS id, ag.name AS label, collect(DISTINCT ${MEMBER}) AS members`);
  }
  if (kinds.has('REPORTED')) {
    const w = ['true'];
    if (f.region) w.push(`EXISTS { (x:Actor)-[:INVOLVED_IN]->(c) WHERE ${IN_REGION('x', 'LOCATED_IN')} }`);
    // A reported collaboration counts from the date it was reported for.
    if (f.asOf) w.push('(c.dateDate IS NULL OR c.dateDate <= $asOf.last)');
    branches.push(`MATCH (c:Collaboration) WHERE ${w.join(' AND ')}
      MATCH (a:Actor)-[:INVOLVED_IN]->(c) WHERE true ${actorWhere}
      RETURN 'REPORTED' AS kind, c.id AS id, left(c.description, 120) AS label, collect(DISTINCT ${MEMBER}) AS members`);
  }
  if (!branches.length) return null;
  return f.region
    ? `${REGION_SUBTREE} CALL (regions) { ${branches.join(' UNION ALL ')} }`
    : `CALL { ${branches.join(' UNION ALL ')} }`;
}
