/**
 * Filtered, sorted, cursor-paginated lists of actors, networks, plans and measures. Each filter
 * adds a fixed WHERE fragment with parameters; the page and the total come back in one round trip.
 */
import type { Db } from '../driver.js';
import { fromEnum } from '../enums.js';
import { inRegion, latestStatusValue } from '../fragments.js';
import { projections, type ProjectedLabel } from '../projections.js';
import { fold } from '../../text.js';
import { activeAt, asOfPeriod } from './dates.js';
import type { ActorRow, MeasureRow, NetworkRow, PlanRow } from '../rows.js';

export interface PageRequest { limit: number; after: { sk: string; id: string } | null; descending: boolean }
export interface Page<T> { rows: { row: T; sk: string }[]; total: number }

interface Where { clauses: string[]; params: Record<string, unknown> }

async function page<T>(db: Db, label: ProjectedLabel, where: Where, sortKey: string, req: PageRequest): Promise<Page<T>> {
  const filter = where.clauses.length ? `WHERE ${where.clauses.join(' AND ')}` : '';
  const cmp = req.descending ? '<' : '>';
  const dir = req.descending ? 'DESC' : 'ASC';
  const [result] = await db.read<{ total: number; rows: { row: T; sk: string }[] }>(`
    CALL { MATCH (v:${label}) ${filter} RETURN count(v) AS total }
    CALL {
      MATCH (v:${label}) ${filter}
      WITH v, ${sortKey} AS sk
      WHERE $after IS NULL OR sk ${cmp} $after.sk OR (sk = $after.sk AND v.id ${cmp} $after.id)
      WITH v, sk ORDER BY sk ${dir}, v.id ${dir} LIMIT $limit
      RETURN collect({row: ${projections[label]('v')}, sk: sk}) AS rows
    }
    RETURN total, rows`, { ...where.params, after: req.after, limit: req.limit + 1 });
  return result;
}

const list = (v: string[] | null | undefined) => (v && v.length ? v.map(fromEnum) : null);


export interface ActorFilterArgs {
  kinds?: string[] | null; levels?: string[] | null; region?: string | null; network?: string | null; plan?: string | null;
  theme?: string | null; isGenericRole?: boolean | null; text?: string | null;
}

export function actorPage(db: Db, f: ActorFilterArgs, sortBy: 'NAME' | 'KIND', req: PageRequest) {
  const w: Where = { clauses: [], params: {} };
  if (list(f.kinds)) { w.clauses.push('v.kind IN $kinds'); w.params.kinds = list(f.kinds); }
  if (list(f.levels)) { w.clauses.push('v.level IN $levels'); w.params.levels = list(f.levels); }
  if (f.region) { w.clauses.push(inRegion('v', 'LOCATED_IN', 'region')); w.params.region = f.region; }
  if (f.network) { w.clauses.push('EXISTS { (v)-[:MEMBER_OF]->(:Network {id: $network}) }'); w.params.network = f.network; }
  if (f.plan) { w.clauses.push('EXISTS { (v)-[:RESPONSIBLE_FOR]->(:Measure)<-[:HAS_MEASURE]-(:ActionPlan {id: $plan}) }'); w.params.plan = f.plan; }
  if (f.theme) {
    w.clauses.push('(EXISTS { (v)-[:RESPONSIBLE_FOR]->(:Measure)-[:ADDRESSES]->(:Theme {id: $theme}) } OR EXISTS { (v)-[:MEMBER_OF]->(:Network)-[:ADDRESSES]->(:Theme {id: $theme}) })');
    w.params.theme = f.theme;
  }
  if (f.isGenericRole != null) { w.clauses.push('coalesce(v.isGenericRole, false) = $generic'); w.params.generic = f.isGenericRole; }
  if (f.text) { w.clauses.push('v.searchKey CONTAINS $text'); w.params.text = fold(f.text); }
  const sk = sortBy === 'KIND' ? "coalesce(v.kind, '~') + ' ' + v.name" : 'v.name';
  return page<ActorRow>(db, 'Actor', w, sk, req);
}

export interface NetworkFilterArgs {
  kinds?: string[] | null; statuses?: string[] | null; region?: string | null; theme?: string | null; plan?: string | null;
  member?: string | null; asOf?: string | null; text?: string | null;
}

export function networkPage(db: Db, f: NetworkFilterArgs, sortBy: 'NAME' | 'ESTABLISHED', req: PageRequest) {
  const w: Where = { clauses: [], params: {} };
  if (list(f.kinds)) { w.clauses.push('v.kind IN $kinds'); w.params.kinds = list(f.kinds); }
  if (list(f.statuses)) { w.clauses.push("coalesce(v.status, 'active') IN $statuses"); w.params.statuses = list(f.statuses); }
  if (f.region) { w.clauses.push(inRegion('v', 'COVERS', 'region')); w.params.region = f.region; }
  if (f.theme) { w.clauses.push('EXISTS { (v)-[:ADDRESSES]->(:Theme {id: $theme}) }'); w.params.theme = f.theme; }
  if (f.plan) { w.clauses.push('EXISTS { (v)-[:ANCHORED_IN]->(:ActionPlan {id: $plan}) }'); w.params.plan = f.plan; }
  if (f.member) { w.clauses.push('EXISTS { (:Actor {id: $member})-[:MEMBER_OF]->(v) }'); w.params.member = f.member; }
  if (f.asOf) {
    w.clauses.push(activeAt('v.establishedDate', 'v.endedDate'));
    w.params.asOf = asOfPeriod(f.asOf, 'asOf');
  }
  if (f.text) { w.clauses.push('v.searchKey CONTAINS $text'); w.params.text = fold(f.text); }
  const sk = sortBy === 'ESTABLISHED' ? "coalesce(v.established, '9999') + ' ' + v.name" : 'v.name';
  return page<NetworkRow>(db, 'Network', w, sk, req);
}

export interface PlanFilterArgs { levels?: string[] | null; theme?: string | null; owner?: string | null; activeOn?: string | null; text?: string | null }

export function planPage(db: Db, f: PlanFilterArgs, req: PageRequest) {
  const w: Where = { clauses: [], params: {} };
  if (list(f.levels)) { w.clauses.push('v.level IN $levels'); w.params.levels = list(f.levels); }
  if (f.theme) { w.clauses.push('EXISTS { (v)-[:ADDRESSES]->(:Theme {id: $theme}) }'); w.params.theme = f.theme; }
  if (f.owner) { w.clauses.push('EXISTS { (:Actor {id: $owner})-[:OWNS]->(v) }'); w.params.owner = f.owner; }
  if (f.activeOn) {
    w.clauses.push(activeAt('v.periodStartDate', 'v.periodEndDate', '$on'));
    w.params.on = asOfPeriod(f.activeOn, 'activeOn');
  }
  if (f.text) { w.clauses.push('v.searchKey CONTAINS $text'); w.params.text = fold(f.text); }
  return page<PlanRow>(db, 'ActionPlan', w, 'v.title', req);
}

export interface MeasureFilterArgs {
  plan?: string | null; responsible?: string | null; roles?: string[] | null; statuses?: string[] | null; theme?: string | null; text?: string | null;
}


export function measurePage(db: Db, f: MeasureFilterArgs, sortBy: 'NUMBER' | 'TITLE', req: PageRequest) {
  const w: Where = { clauses: [], params: {} };
  if (f.plan) { w.clauses.push('EXISTS { (:ActionPlan {id: $plan})-[:HAS_MEASURE]->(v) }'); w.params.plan = f.plan; }
  if (f.responsible) {
    w.clauses.push(list(f.roles)
      ? 'EXISTS { (:Actor {id: $responsible})-[r:RESPONSIBLE_FOR]->(v) WHERE r.role IN $roles }'
      : 'EXISTS { (:Actor {id: $responsible})-[:RESPONSIBLE_FOR]->(v) }');
    w.params.responsible = f.responsible;
    w.params.roles = list(f.roles);
  }
  if (list(f.statuses)) {
    w.clauses.push(`${latestStatusValue('v')} IN $statuses`);
    w.params.statuses = list(f.statuses);
  }
  if (f.theme) { w.clauses.push('EXISTS { (v)-[:ADDRESSES]->(:Theme {id: $theme}) }'); w.params.theme = f.theme; }
  if (f.text) { w.clauses.push('v.searchKey CONTAINS $text'); w.params.text = fold(f.text); }
  return page<MeasureRow>(db, 'Measure', w, sortBy === 'TITLE' ? "coalesce(v.title, '')" : "coalesce(v.sortKey, '')", req);
}
