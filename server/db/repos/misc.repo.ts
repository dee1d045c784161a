/** Search, summaries, indicators, agreements, contacts, regions, themes and sources. */
import type { PartQuery, ReadBatcher } from '../batch.js';
import type { Db } from '../driver.js';
import { enumOut, latestStatusValue } from '../fragments.js';
import { nodesById } from './graph.repo.js';
import { FULLTEXT_INDEX } from '../migrations/index.js';
import { projections } from '../projections.js';
import type { AgreementRow, ContactRow, IndicatorRow, RegionRow, SourceRow, ThemeRow } from '../rows.js';
import { fold } from '../../text.js';

export type SearchLabel = 'Actor' | 'Network' | 'ActionPlan' | 'Measure' | 'Collaboration' | 'Resource' | 'Region';
export interface SearchRow { id: string; type: SearchLabel; label: string; score: number }

/** Lucene syntax characters, escaped so user text is only ever terms. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * A Lucene query from user text: every word must match, as a whole word, as a prefix (so "imd"
 * suggests IMDi while typing) or, for words of five letters or more, within one edit (a typo).
 * Words are folded like the index folds them.
 */
export function luceneQuery(text: string): string | null {
  const words = fold(text).replace(LUCENE_SPECIAL, ' ').split(' ').filter((w) => w.length > 0).slice(0, 12);
  if (!words.length) return null;
  return words.map((w) => `(${w}^4 OR ${w}*^2${w.length >= 5 ? ` OR ${w}~1` : ''})`).join(' AND ');
}

/**
 * Ranked hits. The full-text index finds candidates; they are then ranked by how the text matches
 * one of the entity's names (name, short name, alias or title, folded as `searchKey` holds them):
 * 0 exact, 1 a name starts with the text, 2 a word of a name starts with it, 3 anything else (a
 * description, a typo); Lucene's score breaks ties within a class. So "IMDi" ranks the directorate
 * (short name "IMDi") before its six regional offices ("IMDi Øst", ...).
 *
 * A region hit also brings the networks covering that region, a region within it, or a region it
 * succeeded (and the regions within those): "Innlandet" finds the networks of Oppland and Hedmark
 * from 2016. Those rank after the direct hits of their class.
 */
const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: $fetch}) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN $searchable][0] AS type
WHERE type IS NOT NULL
CALL (node, type) {
  WITH node, type WHERE type = 'Region' AND 'Network' IN $labels
  MATCH (old:Region)-[:SUCCEEDED_BY*0..3]->(node)
  MATCH (sub:Region)-[:WITHIN*0..4]->(old)
  MATCH (nw:Network)-[:COVERS]->(sub)
  RETURN collect(DISTINCT nw) AS covering
}
WITH node, score, type, covering
UNWIND [{n: node, type: type, via: false}] + [nw IN covering | {n: nw, type: 'Network', via: true}] AS hit
WITH hit.n AS n, hit.type AS type, hit.via AS via, score
WHERE type IN $labels
WITH n, type, via, score, [k IN split(coalesce(n.searchKey, ''), ' | ') WHERE k <> ''] AS names
WITH n, type, score,
  CASE
    WHEN via THEN 2
    WHEN any(k IN names WHERE k = $folded) THEN 0
    WHEN any(k IN names WHERE k STARTS WITH $folded) THEN 1
    WHEN any(k IN names WHERE k CONTAINS ' ' + $folded) THEN 2
    ELSE 3
  END AS class
WITH n, type, min(class) AS class, max(score) AS score
RETURN n.id AS id, type, coalesce(n.name, n.title, n.id) AS label, score, class
ORDER BY class, score DESC, label LIMIT $limit`;

/** Labels the index covers; `labels` picks among them. */
const SEARCHABLE: SearchLabel[] = ['Actor', 'Network', 'ActionPlan', 'Measure', 'Collaboration', 'Resource', 'Region'];

export async function search(db: Db, text: string, labels: string[], limit: number): Promise<SearchRow[]> {
  const query = luceneQuery(text);
  if (!query) return [];
  return db.read<SearchRow>(SEARCH, {
    index: FULLTEXT_INDEX, query, labels, searchable: SEARCHABLE, limit, fetch: Math.max(limit * 5, 100), folded: fold(text),
  });
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
    RETURN ${projections.Indicator('v')} AS n ORDER BY v.table, coalesce(v.seq, 0), v.year, v.category, v.id`,
  { table: f.table ?? null, category: f.category ?? null, year: f.year ?? null }).then((r) => r.map((x) => x.n));
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
