/**
 * The data version: one number in the database, bumped in the same transaction as every write,
 * import and load. Derived results (the collaboration graph, metrics, gap lists) are cached by it,
 * so a write through any server process invalidates every process's caches.
 */
import type { Db, Tx } from './driver.js';

/** Cypher that bumps the data version; append it (after a WITH) or run it inside the write's transaction. */
export const BUMP_DATA_VERSION =
  "MERGE (dv:DataVersion {id: 'data-version'}) SET dv.value = coalesce(dv.value, 0) + 1";

/** Bumps the data version inside `tx` (the write's own transaction). */
export async function bumpDataVersion(tx: Tx): Promise<void> {
  await tx.run(BUMP_DATA_VERSION);
}

/** The current data version (0 before the first write). */
export async function readDataVersion(db: Db): Promise<number> {
  const [row] = await db.read<{ v: number | null }>("OPTIONAL MATCH (dv:DataVersion {id: 'data-version'}) RETURN dv.value AS v");
  return Number(row?.v ?? 0);
}
