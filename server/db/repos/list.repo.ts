/**
 * Filtered, sorted, cursor-paginated lists of actors, networks, plans and measures. Each filter
 * adds a fixed WHERE fragment with its values as parameters; the page (its entities compiled in the
 * response's shape) and the total come back in one part of the request's round trip.
 */
import type { PartQuery, ReadBatcher } from '../batch.js';
import { compileEntity, Params } from '../compile.js';
import { fromEnum } from '../enums.js';
import { inRegion, latestStatusValue } from '../fragments.js';
import type { ProjectedLabel } from '../projections.js';
import type { EntitySelect, PageSelect } from '../select.js';
import { fold } from '../../text.js';
import { activeAt, asOfPeriod } from './dates.js';

export type PageRequest = Omit<PageSelect, 'total'>;
export interface Page<T> { rows: { row: T; sk: string }[]; total: number }

/** A list's label, filter and sort key, written with the statement's parameters. */
export interface ListQuery { label: ProjectedLabel; where: (p: Params) => string[]; sortKey: string }

/** One page of a list and its total, as one part of a batched round trip. */
function pagePart(q: ListQuery, page: PageSelect, sel: EntitySelect): PartQuery {
  return (_, part) => {
    const p = new Params(`p${part}_`);
    const clauses = q.where(p);
    const filter = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const cmp = page.descending ? '<' : '>';
    const dir = page.descending ? 'DESC' : 'ASC';
    const after = p.add(page.after), limit = p.add(page.limit + 1);
    const map = compileEntity(sel, 'v', p);
    return {
      cypher: `CALL { ${page.total ? `MATCH (v:${q.label}) ${filter} RETURN count(v) AS total` : 'RETURN -1 AS total'} }
    CALL {
      MATCH (v:${q.label}) ${filter}
      WITH v, ${q.sortKey} AS sk
      WHERE ${after} IS NULL OR sk ${cmp} ${after}.sk OR (sk = ${after}.sk AND v.id ${cmp} ${after}.id)
      WITH v, sk ORDER BY sk ${dir}, v.id ${dir} LIMIT ${limit}
      RETURN collect({row: ${map}, sk: sk}) AS rows
    }
    RETURN ${part} AS part, 'page' AS id, {total: total, rows: rows} AS items`,
      params: p.values,
    };
  };
}

/** A page of a list with its entities in the shape `sel` describes. */
export async function readPage<T>(batcher: ReadBatcher, q: ListQuery, page: PageSelect, sel: EntitySelect): Promise<Page<T>> {
  const [row] = await batcher.read<Page<T>>(pagePart(q, page, sel), ['page']);
  return row.items;
}

const list = (v: string[] | null | undefined) => (v && v.length ? v.map(fromEnum) : null);

export interface ActorFilterArgs {
  kinds?: string[] | null; levels?: string[] | null; region?: string | null; network?: string | null; plan?: string | null;
  theme?: string | null; isGenericRole?: boolean | null; text?: string | null;
}

export function actorList(f: ActorFilterArgs, sortBy: 'NAME' | 'KIND'): ListQuery {
  const kinds = list(f.kinds), levels = list(f.levels);
  return {
    label: 'Actor',
    sortKey: sortBy === 'KIND' ? "coalesce(v.kind, '~') + ' ' + v.name" : 'v.name',
    where: (p) => {
      const w: string[] = [];
      if (kinds) w.push(`v.kind IN ${p.add(kinds)}`);
      if (levels) w.push(`v.level IN ${p.add(levels)}`);
      if (f.region) w.push(inRegion('v', 'LOCATED_IN', p.add(f.region)));
      if (f.network) w.push(`EXISTS { (v)-[:MEMBER_OF]->(:Network {id: ${p.add(f.network)}}) }`);
      if (f.plan) w.push(`EXISTS { (v)-[:RESPONSIBLE_FOR]->(:Measure)<-[:HAS_MEASURE]-(:ActionPlan {id: ${p.add(f.plan)}}) }`);
      if (f.theme) {
        const t = p.add(f.theme);
        w.push(`(EXISTS { (v)-[:RESPONSIBLE_FOR]->(:Measure)-[:ADDRESSES]->(:Theme {id: ${t}}) } OR EXISTS { (v)-[:MEMBER_OF]->(:Network)-[:ADDRESSES]->(:Theme {id: ${t}}) })`);
      }
      if (f.isGenericRole != null) w.push(`coalesce(v.isGenericRole, false) = ${p.add(f.isGenericRole)}`);
      if (f.text) w.push(`v.searchKey CONTAINS ${p.add(fold(f.text))}`);
      return w;
    },
  };
}

export interface NetworkFilterArgs {
  kinds?: string[] | null; statuses?: string[] | null; region?: string | null; theme?: string | null; plan?: string | null;
  member?: string | null; asOf?: string | null; text?: string | null;
}

export function networkList(f: NetworkFilterArgs, sortBy: 'NAME' | 'ESTABLISHED'): ListQuery {
  const kinds = list(f.kinds), statuses = list(f.statuses);
  // Validated now, so a bad date is an error of the request, not of the statement.
  const asOf = f.asOf ? asOfPeriod(f.asOf, 'asOf') : null;
  return {
    label: 'Network',
    sortKey: sortBy === 'ESTABLISHED' ? "coalesce(v.established, '9999') + ' ' + v.name" : 'v.name',
    where: (p) => {
      const w: string[] = [];
      if (kinds) w.push(`v.kind IN ${p.add(kinds)}`);
      if (statuses) w.push(`coalesce(v.status, 'active') IN ${p.add(statuses)}`);
      if (f.region) w.push(inRegion('v', 'COVERS', p.add(f.region)));
      if (f.theme) w.push(`EXISTS { (v)-[:ADDRESSES]->(:Theme {id: ${p.add(f.theme)}}) }`);
      if (f.plan) w.push(`EXISTS { (v)-[:ANCHORED_IN]->(:ActionPlan {id: ${p.add(f.plan)}}) }`);
      if (f.member) w.push(`EXISTS { (:Actor {id: ${p.add(f.member)}})-[:MEMBER_OF]->(v) }`);
      if (asOf) {
        w.push(activeAt('v.establishedDate', 'v.endedDate', p.add(asOf)));
      }
      if (f.text) w.push(`v.searchKey CONTAINS ${p.add(fold(f.text))}`);
      return w;
    },
  };
}

export interface PlanFilterArgs { levels?: string[] | null; theme?: string | null; owner?: string | null; activeOn?: string | null; text?: string | null }

export function planList(f: PlanFilterArgs): ListQuery {
  const levels = list(f.levels);
  const on = f.activeOn ? asOfPeriod(f.activeOn, 'activeOn') : null;
  return {
    label: 'ActionPlan',
    sortKey: 'v.title',
    where: (p) => {
      const w: string[] = [];
      if (levels) w.push(`v.level IN ${p.add(levels)}`);
      if (f.theme) w.push(`EXISTS { (v)-[:ADDRESSES]->(:Theme {id: ${p.add(f.theme)}}) }`);
      if (f.owner) w.push(`EXISTS { (:Actor {id: ${p.add(f.owner)}})-[:OWNS]->(v) }`);
      if (on) w.push(activeAt('v.periodStartDate', 'v.periodEndDate', p.add(on)));
      if (f.text) w.push(`v.searchKey CONTAINS ${p.add(fold(f.text))}`);
      return w;
    },
  };
}

export interface MeasureFilterArgs {
  plan?: string | null; responsible?: string | null; roles?: string[] | null; statuses?: string[] | null; theme?: string | null; text?: string | null;
}

export function measureList(f: MeasureFilterArgs, sortBy: 'NUMBER' | 'TITLE'): ListQuery {
  const roles = list(f.roles), statuses = list(f.statuses);
  return {
    label: 'Measure',
    sortKey: sortBy === 'TITLE' ? "coalesce(v.title, '')" : "coalesce(v.sortKey, '')",
    where: (p) => {
      const w: string[] = [];
      if (f.plan) w.push(`EXISTS { (:ActionPlan {id: ${p.add(f.plan)}})-[:HAS_MEASURE]->(v) }`);
      if (f.responsible) {
        const a = p.add(f.responsible);
        w.push(roles
          ? `EXISTS { (:Actor {id: ${a}})-[r:RESPONSIBLE_FOR]->(v) WHERE r.role IN ${p.add(roles)} }`
          : `EXISTS { (:Actor {id: ${a}})-[:RESPONSIBLE_FOR]->(v) }`);
      }
      if (statuses) w.push(`${latestStatusValue('v')} IN ${p.add(statuses)}`);
      if (f.theme) w.push(`EXISTS { (v)-[:ADDRESSES]->(:Theme {id: ${p.add(f.theme)}}) }`);
      if (f.text) w.push(`v.searchKey CONTAINS ${p.add(fold(f.text))}`);
      return w;
    },
  };
}

/**
 * The small root lists that return every entity of a label (`agreements`, `contacts`, `regions`,
 * `themes`): compiled like the pages above, one page that holds them all.
 */
export const wholeList = {
  agreements: (kind: string | null): ListQuery => ({ label: 'Agreement', sortKey: 'v.name', where: (p) => (kind ? [`v.kind = ${p.add(kind)}`] : []) }),
  contacts: (): ListQuery => ({ label: 'Contact', sortKey: 'v.name', where: () => [] }),
  regions: (): ListQuery => ({ label: 'Region', sortKey: 'v.name', where: () => [] }),
  themes: (): ListQuery => ({ label: 'Theme', sortKey: 'coalesce(v.name, v.id)', where: () => [] }),
};

/** More rows than any of those lists has: the whole list is one page. */
export const WHOLE_LIST = 100_000;
