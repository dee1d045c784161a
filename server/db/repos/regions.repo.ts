/**
 * Regions with time (data/regions-ssb-*.yaml, docs/data-model.md "Regions with time"): counties and
 * municipalities with validity periods, WITHIN edges with periods (and `area` edges from an ended
 * region to the later regions covering its area), SUCCEEDED_BY between old and new.
 */
import type { Db } from '../driver.js';
import { projections } from '../projections.js';
import type { RegionRow } from '../rows.js';
import { activeAt, asOfPeriod, type AsOfPeriod } from './dates.js';

/**
 * Cypher (a CALL body): `regions`, the ids of the region `$<param>` and of every region that lay
 * within it, following WITHIN edges valid at the period `$<asOfParam>` (an AsOfPeriod map), or at
 * any time when that parameter is null. "Innlandet" takes in Hedmark and Oppland (area edges, valid
 * 2016-2019) and their municipalities; asked at 2024 it takes in only what lies in it then.
 * Embed it as `MATCH (root:Region {id: $region}) CALL (root) { <this> }` or use regionsWithin().
 */
export function regionSubtreeAt(root = 'root', asOfParam = '$regionAsOf'): string {
  return `MATCH path = (sub:Region)-[:WITHIN*0..6]->(${root})
    WHERE ${asOfParam} IS NULL OR all(w IN relationships(path) WHERE ${activeAt('w.validFromDate', 'w.validToDate', asOfParam)})
    RETURN collect(DISTINCT sub.id) AS regions`;
}

/**
 * The ids of a region and of every region within it at a date (YYYY, YYYY-MM, YYYY-MM-DD; a period
 * compares by the rule in dates.ts), or at any time without one. Empty for an unknown region. For
 * filters (the collaboration map's region filter, lists): a current or a historical county both work.
 */
export async function regionsWithin(db: Db, region: string, asOf?: string | null): Promise<string[]> {
  const [row] = await db.read<{ regions: string[] }>(
    `OPTIONAL MATCH (root:Region {id: $region}) CALL (root) { ${regionSubtreeAt('root')} } RETURN regions`,
    { region, regionAsOf: asOf ? asOfPeriod(asOf) : null });
  return row?.regions ?? [];
}

/** Norwegian regions (not countries) that exist at a period, of the given kinds (all when null), by kind and name. */
export function regionsAt(db: Db, asOf: AsOfPeriod, kinds: string[] | null) {
  return db.read<{ n: RegionRow }>(`MATCH (v:Region)
    WHERE coalesce(v.kind, '') <> 'country' AND ($kinds IS NULL OR v.kind IN $kinds)
      AND ${activeAt('v.validFromDate', 'v.validToDate')}
    RETURN ${projections.Region('v')} AS n ORDER BY v.kind, v.name`, { asOf, kinds }).then((r) => r.map((x) => x.n));
}

/** Countries (outside Norway's regions), by name. */
export function countries(db: Db) {
  return db.read<{ n: RegionRow }>(`MATCH (v:Region {kind: 'country'}) RETURN ${projections.Region('v')} AS n ORDER BY v.name`)
    .then((r) => r.map((x) => x.n));
}

/** The regions directly within a region at a period (WITHIN edges valid then, area edges included). */
export function regionChildrenAt(db: Db, region: string, asOf: AsOfPeriod) {
  return db.read<{ n: RegionRow }>(`MATCH (v:Region)-[w:WITHIN]->(:Region {id: $region})
    WHERE ${activeAt('w.validFromDate', 'w.validToDate')}
    RETURN DISTINCT ${projections.Region('v')} AS n ORDER BY n.name`, { region, asOf }).then((r) => r.map((x) => x.n));
}
