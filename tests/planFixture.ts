/**
 * A test's own copy of a curated plan (id `plan:test-…`): its measures, their responsible actors
 * and statuses, so a test can run reporting rounds on real data without touching the curated plan.
 */
import type { Db } from '../server/db/driver.js';

export async function clonePlan(db: Db, from: string, to: string): Promise<void> {
  const slug = to.slice(to.indexOf(':') + 1);
  await db.write(`
    MATCH (src:ActionPlan {id: $from})
    WITH src, properties(src) AS props
    CREATE (p:ActionPlan:Entity) SET p = props {.*, id: $to, curated: false}
    WITH src, p
    MATCH (src)-[:HAS_MEASURE]->(m:Measure)
    WITH p, m, properties(m) AS props
    CREATE (p)-[:HAS_MEASURE]->(c:Measure:Entity) SET c = props {.*, id: 'measure:' + $slug + '/' + m.number, curated: false,
      sortKey: $slug + '/' + coalesce(m.sortKey, m.number)}
    WITH m, c
    CALL (m, c) {
      MATCH (a:Actor)-[r:RESPONSIBLE_FOR]->(m) CREATE (a)-[r2:RESPONSIBLE_FOR]->(c) SET r2 = properties(r)
    }
    CALL (m, c) {
      MATCH (m)-[:HAS_STATUS]->(s:StatusReport)
      WITH c, m, s, properties(s) AS props
      CREATE (c)-[:HAS_STATUS {key: ''}]->(s2:StatusReport:Entity) SET s2 = props {.*, id: 'status:' + $slug + '/' + m.number + '/' + s.asOf, curated: false}
    }`, { from, to, slug });
}

/** Removes everything a test created under its run id (plans, measures, statuses, rounds, their sources). */
export async function removeTestData(db: Db, run: string): Promise<void> {
  await db.write('MATCH (n:Entity) WHERE n.id CONTAINS $run DETACH DELETE n', { run });
}
