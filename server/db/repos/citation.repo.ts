/** Citations: which document a fact comes from, with its quote. */
import type { Db } from '../driver.js';

export interface SourceRow { id: string; file: string; title: string; date: string | null }
export interface CitationRow { source: SourceRow; quote: string; locator: string | null }

/** Citations of nodes, by node id: [{id, citations: [...]}]. */
const CITATIONS_OF_NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[c:SOURCED_FROM]->(s:Source)
WITH id, c, s ORDER BY s.file, c.locator
RETURN id, collect({source: s {.id, .file, .title, .date}, quote: c.quote, locator: c.locator}) AS citations`;

export async function citationsOf(db: Db, ids: readonly string[]): Promise<CitationRow[][]> {
  const rows = await db.read<{ id: string; citations: CitationRow[] }>(CITATIONS_OF_NODES, { ids });
  const byId = new Map(rows.map((r) => [r.id, r.citations]));
  return ids.map((id) => byId.get(id) ?? []);
}

/** Citations stored on a relationship (parallel lists), resolved to their sources. */
export interface RelCitations { sourceIds: string[]; quotes: string[]; locators: string[] }

const SOURCES_BY_ID = `MATCH (s:Source) WHERE s.id IN $ids RETURN s {.id, .file, .title, .date} AS source`;

export async function citationsOfRels(db: Db, rels: readonly RelCitations[]): Promise<CitationRow[][]> {
  const ids = [...new Set(rels.flatMap((r) => r.sourceIds ?? []))];
  const rows = ids.length ? await db.read<{ source: SourceRow }>(SOURCES_BY_ID, { ids }) : [];
  const byId = new Map(rows.map((r) => [r.source.id, r.source]));
  return rels.map((r) => (r.sourceIds ?? []).map((sid, i) => ({
    source: byId.get(sid) ?? { id: sid, file: '?', title: '?', date: null },
    quote: r.quotes[i], locator: r.locators[i] || null,
  })));
}
