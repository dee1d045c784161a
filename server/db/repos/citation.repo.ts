/** Citations of entities: which document a fact comes from, with its quote. */
import type { Db } from '../driver.js';
import type { CitationRow } from '../rows.js';

/** Citations of entities, by entity id, ordered by document and locator. */
const CITATIONS_OF_NODES = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[c:SOURCED_FROM]->(s:Source)
WITH id, c, s ORDER BY s.file, c.locator
RETURN id, collect({source: s {.id, .file, .title, .date}, quote: c.quote, locator: c.locator}) AS citations`;

export async function citationsOf(db: Db, ids: readonly string[]): Promise<CitationRow[][]> {
  const rows = await db.read<{ id: string; citations: CitationRow[] }>(CITATIONS_OF_NODES, { ids });
  const byId = new Map(rows.map((r) => [r.id, r.citations]));
  return ids.map((id) => byId.get(id) ?? []);
}
