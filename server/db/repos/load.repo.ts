/**
 * The statements of the dataset loader (server/data/loader.ts), which decides what to write; these
 * only write it, inside the load's one transaction. Labels come from the dataset's LABELS
 * allow-list (checked by the loader) and relationship types from REL_TYPES.
 */
import type { Db, Tx } from '../driver.js';
import { bumpDataVersion } from '../dataVersion.js';

/** Nodes MERGEd on their id; the label is dynamic ($(...)), so a fresh database has few statements to plan. */
export async function mergeNodes(tx: Tx, rows: { id: string; label: string; props: Record<string, unknown> }[], version: string) {
  await tx.run(`UNWIND $rows AS row MERGE (n:Entity {id: row.id})
    SET n:$(row.label), n += row.props, n.curated = true, n.datasetVersion = $version`, { rows, version });
}

/** A node's citations: SOURCED_FROM relationships to its documents, one per quote. */
export async function mergeNodeCitations(tx: Tx, rows: { id: string; source: string; quote: string; locator: string | null }[], version: string) {
  await tx.run(`UNWIND $rows AS row MATCH (n:Entity {id: row.id}) MATCH (s:Source {id: row.source})
    MERGE (n)-[c:SOURCED_FROM {quote: row.quote}]->(s)
    SET c.locator = row.locator, c.curated = true, c.datasetVersion = $version`, { rows, version });
}

/**
 * Relationships of one type (a literal the caller took from the REL_TYPES allow-list): with a
 * dynamic type, MERGE (a)-[r:$(row.type)]->(b) is planned as a scan of every relationship in the
 * database per row, which makes a national-scale load quadratic (bench/README.md).
 */
export async function mergeRelationships(tx: Tx, type: string, rows: Record<string, unknown>[], version: string) {
  if (!/^[A-Z][A-Z_]*$/.test(type)) throw new Error(`not a relationship type: ${type}`);
  await tx.run(`UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
    MERGE (a)-[r:${type} {key: row.key}]->(b)
    SET r += row.props, r.curated = true, r.datasetVersion = $version`, { rows, version });
}

/** Deletes curated facts from an earlier version of the dataset; returns how many. */
export async function removeStale(tx: Tx, version: string): Promise<number> {
  const [rels] = await tx.run<{ n: number }>(
    `MATCH ()-[r]->() WHERE r.curated = true AND r.datasetVersion <> $version DELETE r RETURN count(r) AS n`, { version });
  const [nodes] = await tx.run<{ n: number }>(
    `MATCH (n) WHERE n.curated = true AND n.datasetVersion <> $version DETACH DELETE n RETURN count(n) AS n`, { version });
  // The load's last step, in its transaction: caches of derived results see the new data.
  await bumpDataVersion(tx);
  return rels.n + nodes.n;
}

/** How many source documents the database holds (0: a fresh store). */
export async function sourceCount(db: Db): Promise<number> {
  const [row] = await db.read<{ n: number }>('MATCH (n:Source) RETURN count(n) AS n');
  return row.n;
}
