/** The statements of the data report (server/data/report.ts): counts and facts that need a look. */
import type { Db } from '../driver.js';

/** Node counts per label (excluding the technical Entity label). */
const LABEL_COUNTS = `MATCH (n) UNWIND labels(n) AS label WITH label WHERE label <> 'Entity'
RETURN label, count(*) AS count ORDER BY label`;
/** Relationship counts per type. */
const REL_COUNTS = `MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type`;
/** Entities with no SOURCED_FROM citation. */
const NODES_WITHOUT_SOURCE = `MATCH (n:Entity) WHERE NOT n:Source AND NOT (n)-[:SOURCED_FROM]->(:Source) RETURN n.id AS id ORDER BY id`;
/** Relationships (other than citations) with no cited source. */
const RELS_WITHOUT_SOURCE = `MATCH (a)-[r]->(b) WHERE type(r) <> 'SOURCED_FROM' AND NOT a:AuditEntry AND NOT b:AuditEntry
  AND size(coalesce(r.sourceIds, [])) = 0
RETURN a.id + ' -' + type(r) + '-> ' + b.id AS rel ORDER BY rel`;
const ACTORS_WITHOUT_KIND = `MATCH (a:Actor) WHERE a.kind IS NULL RETURN a.id AS id ORDER BY id`;
const MEASURES_WITHOUT_RESPONSIBLE = `MATCH (m:Measure) WHERE NOT (:Actor)-[:RESPONSIBLE_FOR]->(m) RETURN m.id AS id ORDER BY id`;
/** Actors whose name or an alias, case-folded, equals another actor's. */
const SHARED_NAMES = `MATCH (a:Actor) WHERE NOT coalesce(a.isGenericRole, false)
UNWIND [a.name, a.shortName] + coalesce(a.aliases, []) AS name
WITH toLower(trim(name)) AS key, collect(DISTINCT a.id) AS ids WHERE key IS NOT NULL AND size(ids) > 1
RETURN ids ORDER BY ids[0]`;

/** Every figure of the data report, the statements run side by side. */
export async function reportRows(db: Db) {
  const [labels, relationships, nodes, rels, kindless, unowned, dups] = await Promise.all([
    db.read<{ label: string; count: number }>(LABEL_COUNTS),
    db.read<{ type: string; count: number }>(REL_COUNTS),
    db.read<{ id: string }>(NODES_WITHOUT_SOURCE),
    db.read<{ rel: string }>(RELS_WITHOUT_SOURCE),
    db.read<{ id: string }>(ACTORS_WITHOUT_KIND),
    db.read<{ id: string }>(MEASURES_WITHOUT_RESPONSIBLE),
    db.read<{ ids: string[] }>(SHARED_NAMES),
  ]);
  return { labels, relationships, nodes, rels, kindless, unowned, dups };
}
