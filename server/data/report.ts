/**
 * The data report: counts per label and relationship type, and the facts that need a look: any
 * node or relationship without a source (must be none), actors without a kind, measures without a
 * responsible actor (real gaps in the documents, reported, not hidden), and actors that share a
 * name (likely duplicates).
 */
import type { Db } from '../db/driver.js';
import { pooledActors, sharedNames } from '../db/repos/quality.repo.js';
import { reportRows } from '../db/repos/report.repo.js';

export interface DataReport {
  labels: { label: string; count: number }[];
  relationships: { type: string; count: number }[];
  nodesWithoutSource: string[];
  relationshipsWithoutSource: string[];
  actorsWithoutKind: string[];
  measuresWithoutResponsible: string[];
  possibleDuplicateActors: string[][];
  /** Place-bound actors in networks of unrelated regions: one actor standing for several bodies. */
  pooledActors: { id: string; networks: string[] }[];
  /** Names shared by two actors/networks (generic roles included) with no reason recorded. */
  sharedNames: { name: string; ids: string[] }[];
}

export async function dataReport(db: Db): Promise<DataReport> {
  const [{ labels, relationships, nodes, rels, kindless, unowned, dups }, pooled, shared] = await Promise.all([
    reportRows(db), pooledActors(db), sharedNames(db),
  ]);
  return {
    labels, relationships,
    nodesWithoutSource: nodes.map((r) => r.id),
    relationshipsWithoutSource: rels.map((r) => r.rel),
    actorsWithoutKind: kindless.map((r) => r.id),
    measuresWithoutResponsible: unowned.map((r) => r.id),
    possibleDuplicateActors: [...new Set(dups.map((d) => JSON.stringify([...d.ids].sort())))].map((s) => JSON.parse(s)),
    pooledActors: pooled,
    sharedNames: shared,
  };
}

export function formatReport(r: DataReport): string {
  const list = (title: string, items: string[], none: string) =>
    `${title} (${items.length})${items.length ? ':\n  ' + items.join('\n  ') : `: ${none}`}`;
  return [
    'Nodes per label:', ...r.labels.map((l) => `  ${l.label.padEnd(16)} ${l.count}`),
    'Relationships per type:', ...r.relationships.map((t) => `  ${t.type.padEnd(16)} ${t.count}`),
    list('Nodes without a source', r.nodesWithoutSource, 'none'),
    list('Relationships without a source', r.relationshipsWithoutSource, 'none'),
    list('Actors without a kind', r.actorsWithoutKind, 'none'),
    list('Measures without a responsible actor (gaps in the documents)', r.measuresWithoutResponsible, 'none'),
    list('Possible duplicate actors (same name)', r.possibleDuplicateActors.map((d) => d.join(' = ')), 'none'),
    list('Actors standing for bodies in several regions (not marked generic)', r.pooledActors.map((p) => `${p.id}: ${p.networks.join(', ')}`), 'none'),
    list('Names shared by two actors or networks without a recorded reason', r.sharedNames.map((n) => `"${n.name}": ${n.ids.join(', ')}`), 'none'),
  ].join('\n');
}
