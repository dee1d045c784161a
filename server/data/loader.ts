/**
 * Loads a validated dataset into Neo4j in one transaction: every node and relationship merged on
 * its id (relationships on their key), so loading twice gives the same graph, and a failure rolls
 * back to the graph as it was. Curated facts that left the dataset are removed in the same
 * transaction; facts created through the API (curated = false) are never touched.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/driver.js';
import { mergeNodeCitations, mergeNodes, mergeRelationships, removeStale, sourceCount } from '../db/repos/load.repo.js';
import { searchKey } from '../text.js';
import { DATE_FIELDS, dateValue, firstDay, lastDay } from '../db/repos/dates.js';
import { buildDataset, LABELS, REL_TYPES, type Dataset, type NodeRow, type RelRow } from './dataset.js';

const BATCH = 2_000;

/** The date helpers live with the one asOf rule in server/db/repos/dates.ts; re-exported for existing callers. */
export { firstDay, lastDay, dateValue };

function nodeProps(n: NodeRow, extraNames: Map<string, string[]>): Record<string, unknown> {
  const props: Record<string, unknown> = { ...n.props };
  for (const [k, v] of Object.entries(n.props)) if (DATE_FIELDS.has(k) && typeof v === 'string') props[`${k}Date`] = dateValue(k, v);
  if (Array.isArray(n.props.aliases)) props.aliasText = (n.props.aliases as string[]).join(' | ');
  const p = n.props as Record<string, string | string[] | undefined>;
  if (n.label === 'Actor') props.searchKey = searchKey(p.name, p.shortName, p.aliases);
  if (n.label === 'Network') props.searchKey = searchKey(p.name, p.aliases);
  if (n.label === 'ActionPlan') props.searchKey = searchKey(p.title, p.shortTitle, p.aliases);
  if (n.label === 'Measure') props.searchKey = searchKey(p.number, p.title, p.description, extraNames.get(n.id));
  if (n.label === 'Region') props.searchKey = searchKey(p.name, p.aliases);
  if (n.label === 'Collaboration' || n.label === 'Resource') props.searchKey = searchKey(p.name, p.aliases, p.description);
  if (n.label === 'Measure' && typeof n.props.number === 'string') {
    const plan = n.id.slice('measure:'.length, n.id.lastIndexOf('/'));
    props.sortKey = `${plan}/${n.props.number.replace(/\d+/g, (d) => d.padStart(5, '0'))}`;
  }
  return props;
}

function relProps(r: RelRow): Record<string, unknown> {
  const props: Record<string, unknown> = { ...r.props };
  for (const [k, v] of Object.entries(r.props)) if (DATE_FIELDS.has(k) && typeof v === 'string') props[`${k}Date`] = dateValue(k, v);
  props.sourceIds = r.citations.map((c) => c.source);
  props.quotes = r.citations.map((c) => c.quote);
  props.locators = r.citations.map((c) => c.locator ?? '');
  return props;
}

export function datasetVersion(data: Dataset): string {
  const h = createHash('sha256');
  for (const n of data.nodes) h.update(JSON.stringify([n.id, n.props, n.citations]));
  for (const r of data.rels) h.update(JSON.stringify([r.type, r.from, r.to, r.key, r.props, r.citations]));
  return h.digest('hex').slice(0, 16);
}

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

export interface LoadResult { version: string; nodes: number; relationships: number; citations: number; ms: number; removed: number }

export async function loadDataset(db: Db, data: Dataset): Promise<LoadResult> {
  const t0 = performance.now();
  const version = datasetVersion(data);
  // Node labels are dynamic ($(...)), their values taken only from the LABELS allow-list, so a
  // fresh database has few statements to plan.
  // A measure is found by the names of what it produced ("Lokalt Mot" finds tiltak 1 of 2012).
  const extraNames = new Map<string, string[]>();
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  for (const r of data.rels) {
    if (r.type !== 'PRODUCED') continue;
    const res = byId.get(r.to)?.props;
    if (res) extraNames.set(r.from, [...(extraNames.get(r.from) ?? []), res.name as string, ...((res.aliases as string[] | undefined) ?? [])]);
  }
  const result = await db.transaction(async (tx) => {
    const nodeRows = data.nodes.map((n) => {
      if (!LABELS.includes(n.label)) throw new Error(`unknown label ${n.label}`);
      return { id: n.id, label: n.label, props: nodeProps(n, extraNames) };
    });
    for (const batch of batches(nodeRows)) {
      await mergeNodes(tx, batch, version);
    }
    const citationRows = data.nodes.filter((n) => n.label !== 'Source')
      .flatMap((n) => n.citations.map((c) => ({ id: n.id, source: c.source, quote: c.quote, locator: c.locator ?? null })));
    for (const batch of batches(citationRows)) {
      await mergeNodeCitations(tx, batch, version);
    }
    // One statement per relationship type, from the REL_TYPES allow-list (mergeRelationships says why).
    const relRowsByType = new Map<string, Record<string, unknown>[]>();
    for (const r of data.rels) {
      if (!(r.type in REL_TYPES)) throw new Error(`unknown relationship type ${r.type}`);
      let rows = relRowsByType.get(r.type);
      if (!rows) relRowsByType.set(r.type, rows = []);
      rows.push({ from: r.from, to: r.to, key: r.key, props: relProps(r) });
    }
    for (const [type, rows] of relRowsByType) {
      for (const batch of batches(rows)) {
        await mergeRelationships(tx, type, batch, version);
      }
    }
    const citations = citationRows.length;
    const removed = await removeStale(tx, version);
    return { nodes: data.nodes.length, relationships: data.rels.length, citations, removed };
  });
  return { version, ...result, ms: Math.round(performance.now() - t0) };
}

/** Validates data files and loads them; a DataError (bad files) leaves the database untouched. */
export async function loadDataFiles(db: Db, files: string[]): Promise<LoadResult & { files: string[] }> {
  const data = await buildDataset(files);
  return { ...(await loadDataset(db, data)), files: data.files };
}

/** True when the database holds no curated data yet (a fresh store). */
export async function isEmpty(db: Db): Promise<boolean> {
  return (await sourceCount(db)) === 0;
}
