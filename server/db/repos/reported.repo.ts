/** Reported collaborations and resources as lists (by id they go through nodesById). */
import type { Db } from '../driver.js';
import { projections } from '../projections.js';
import type { CollaborationRow, ResourceRow } from '../rows.js';

/** Every reported collaboration, or those one actor is a party to, by date and name. */
export function collaborations(db: Db, actor: string | null) {
  return db.read<{ n: CollaborationRow }>(`MATCH (v:Collaboration)
    WHERE $actor IS NULL OR EXISTS { (:Actor {id: $actor})-[:INVOLVED_IN]->(v) }
    RETURN ${projections.Collaboration('v')} AS n ORDER BY v.date, n.name`, { actor }).then((r) => r.map((x) => x.n));
}

/** Every resource, by name. */
export function resources(db: Db) {
  return db.read<{ n: ResourceRow }>(`MATCH (v:Resource) RETURN ${projections.Resource('v')} AS n ORDER BY v.name`).then((r) => r.map((x) => x.n));
}
