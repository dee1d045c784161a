/** Citations of entities: which document a fact comes from, with its quote. */
import type { PartQuery, ReadBatcher } from '../batch.js';
import type { CitationRow } from '../rows.js';

/** Citations of entities, by entity id, ordered by document and locator. */
const citationsPart: PartQuery = (param, part) => `
UNWIND $${param} AS id
MATCH (:Entity {id: id})-[c:SOURCED_FROM]->(s:Source)
WITH id, c, s ORDER BY s.file, c.locator
RETURN ${part} AS part, id, collect({source: s {.id, .file, .title, .date}, quote: c.quote, locator: c.locator}) AS items`;

export async function citationsOf(batcher: ReadBatcher, ids: readonly string[]): Promise<CitationRow[][]> {
  return batcher.readById<CitationRow[]>(citationsPart, ids, []);
}
