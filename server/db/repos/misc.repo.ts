/** Search, summaries, indicators, agreements, contacts, regions, themes and sources. */
import type { PartQuery, ReadBatcher } from '../batch.js';
import type { Db } from '../driver.js';
import { enumOut, latestStatusValue } from '../fragments.js';
import { nodesById } from './graph.repo.js';
import { FULLTEXT_INDEX } from '../migrations/index.js';
import { projections } from '../projections.js';
import type { AgreementRow, ContactRow, IndicatorRow, RegionRow, SourceRow, ThemeRow } from '../rows.js';
import { fold } from '../../text.js';

export interface SearchRow { id: string; type: 'Actor' | 'Network' | 'ActionPlan' | 'Measure'; label: string; score: number }

/** Lucene syntax characters, escaped so user text is only ever terms. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * A Lucene query from user text: every word must match, as a whole word or as a prefix (so
 * "imd" suggests IMDi while typing). Words are folded like the index folds them.
 */
export function luceneQuery(text: string): string | null {
  const words = fold(text).replace(LUCENE_SPECIAL, ' ').split(' ').filter((w) => w.length > 0).slice(0, 12);
  if (!words.length) return null;
  return words.map((w) => `(${w}^2 OR ${w}*)`).join(' AND ');
}

/** Ranked full-text hits over actors, networks, plans and measures (one round trip). */
const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $labels][0] AS type
WHERE type IS NOT NULL
RETURN node.id AS id, type, coalesce(node.name, node.title, node.id) AS label, score
ORDER BY score DESC, label LIMIT $limit`;

export async function search(db: Db, text: string, labels: string[], limit: number): Promise<SearchRow[]> {
  const query = luceneQuery(text);
  if (!query) return [];
  return db.read<SearchRow>(SEARCH, { index: FULLTEXT_INDEX, query, labels, limit, fetch: limit * 4 });
}

/** Latest-status counts of a plan's measures (measures without status count as null). */
const statusSummaryPart: PartQuery = (param, part) => `
UNWIND $${param} AS id
MATCH (:ActionPlan {id: id})-[:HAS_MEASURE]->(m:Measure)
WITH id, m, ${latestStatusValue('m')} AS status
WITH id, status, count(m) AS count
RETURN ${part} AS part, id, collect({status: ${enumOut('status')}, count: count}) AS items`;

export async function statusSummaries(batcher: ReadBatcher, planIds: readonly string[]) {
  const perPlan = await batcher.readById<{ status: string | null; count: number }[]>(statusSummaryPart, planIds, []);
  const order = ['DONE', 'IN_PROGRESS', 'PARTLY_DONE', 'NOT_DONE', 'UNCLEAR', 'CANCELLED', null];
  return perPlan.map((counts) => {
    const total = counts.reduce((s, c) => s + c.count, 0);
    return {
      total,
      counts: counts.map((c) => ({ ...c, share: total ? c.count / total : 0 })).sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status)),
    };
  });
}

export function indicators(db: Db, f: { table?: string | null; category?: string | null; year?: number | null }) {
  return db.read<{ n: IndicatorRow }>(`MATCH (v:Indicator)
    WHERE ($table IS NULL OR v.table = $table) AND ($category IS NULL OR v.category = $category) AND ($year IS NULL OR v.year = $year)
    RETURN ${projections.Indicator('v')} AS n ORDER BY v.table, v.year, v.category, v.id`,
  { table: f.table ?? null, category: f.category ?? null, year: f.year ?? null }).then((r) => r.map((x) => x.n));
}

export function agreements(db: Db, kind: string | null) {
  return db.read<{ n: AgreementRow }>(`MATCH (v:Agreement) WHERE $kind IS NULL OR v.kind = $kind
    RETURN ${projections.Agreement('v')} AS n ORDER BY v.name`, { kind }).then((r) => r.map((x) => x.n));
}

export function contacts(db: Db) {
  return db.read<{ n: ContactRow }>(`MATCH (v:Contact) RETURN ${projections.Contact('v')} AS n ORDER BY v.name`).then((r) => r.map((x) => x.n));
}

export function regions(db: Db) {
  return db.read<{ n: RegionRow }>(`MATCH (v:Region) RETURN ${projections.Region('v')} AS n ORDER BY v.name`).then((r) => r.map((x) => x.n));
}

export function themes(db: Db) {
  return db.read<{ n: ThemeRow }>(`MATCH (v:Theme) RETURN ${projections.Theme('v')} AS n ORDER BY n.name`).then((r) => r.map((x) => x.n));
}

export function sources(db: Db) {
  return db.read<{ n: SourceRow }>(`MATCH (v:Source) RETURN ${projections.Source('v')} AS n ORDER BY v.file`).then((r) => r.map((x) => x.n));
}

export function sourcesById(batcher: ReadBatcher, ids: readonly string[]): Promise<(SourceRow | null)[]> {
  return nodesById<SourceRow>(batcher, 'Source', ids);
}

/** Names of all contact persons (for masking quotes), once for each key asked (the loader's one key, 'all'). */
export async function contactNames(batcher: ReadBatcher, keys: readonly string[]): Promise<string[][]> {
  const [row] = await batcher.read<string[]>((_, part) => `MATCH (c:Contact) RETURN ${part} AS part, 'all' AS id, collect(c.name) AS items`, keys);
  return keys.map(() => row?.items ?? []);
}

/** The names of every contact person, for masking quotes outside a GraphQL request (file exports). */
export async function allContactNames(db: Db): Promise<string[]> {
  const rows = await db.read<{ name: string }>('MATCH (c:Contact) RETURN c.name AS name');
  return rows.map((r) => r.name);
}
