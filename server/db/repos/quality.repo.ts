/**
 * Data-quality checks of the curated graph that the data report (server/data/report.ts) lists: actors
 * that stand for bodies in unrelated places, and names shared by two actors or networks.
 */
import type { Db } from '../driver.js';

/**
 * Actors tied to a place (not national, regional or international, not a generic role) that sit in
 * two networks covering unrelated regions (no covered region of one equals, lies within or contains
 * one of the other's). Such an actor stands for several bodies at once, e.g. "the minority advisers"
 * of Agder and of Finnmark, and would link the two regions on the map through itself.
 */
const POOLED_ACTORS = `
MATCH (a:Actor)-[:MEMBER_OF]->(n1:Network), (a)-[:MEMBER_OF]->(n2:Network)
WHERE NOT coalesce(a.isGenericRole, false) AND NOT coalesce(a.level, '') IN ['national', 'regional', 'international']
  AND n1.id < n2.id AND EXISTS { (n1)-[:COVERS]->(:Region) } AND EXISTS { (n2)-[:COVERS]->(:Region) }
  AND NOT EXISTS {
    MATCH (n1)-[:COVERS]->(x:Region), (n2)-[:COVERS]->(y:Region)
    WHERE x = y OR EXISTS { (x)-[:WITHIN*1..6]->(y) } OR EXISTS { (y)-[:WITHIN*1..6]->(x) }
  }
RETURN a.id AS id, collect(DISTINCT n1.id + ' / ' + n2.id) AS networks ORDER BY id`;

export function pooledActors(db: Db) {
  return db.read<{ id: string; networks: string[] }>(POOLED_ACTORS);
}

/**
 * Names (name, short name, alias; case-folded) shared by two actors or networks, generic roles
 * included, unless one of them records the name in `sharedAliases` with a reason.
 */
const SHARED_NAMES = `
MATCH (a:Entity) WHERE a:Actor OR a:Network
UNWIND [a.name, a.shortName] + coalesce(a.aliases, []) AS name
WITH toLower(trim(name)) AS key, collect(DISTINCT a) AS owners WHERE key IS NOT NULL AND size(owners) > 1
WITH key, owners, [o IN owners WHERE any(s IN coalesce(o.sharedAliases, []) WHERE toLower(trim(s)) = key)] AS explained
WHERE size(explained) = 0
RETURN key AS name, [o IN owners | o.id] AS ids ORDER BY name`;

export function sharedNames(db: Db) {
  return db.read<{ name: string; ids: string[] }>(SHARED_NAMES);
}
