/** CSV export of the map's nodes and edges. Pure; the download itself is in download.ts. */
import type { GraphEdgeLike, GraphNodeLike } from '../graph/toElements';

/** One CSV field: quoted when it holds a comma, quote, newline or leading/trailing space; quotes doubled. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? String(value) : String(value);
  // Spreadsheet formula injection: a cell starting with = + - @ is prefixed so it stays text.
  if (/^[=+\-@\t\r]/.test(s) && typeof value !== 'number') s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV with a header line; CRLF line ends (RFC 4180). */
export function toCsv<T>(rows: readonly T[], columns: readonly { header: string; value: (row: T) => unknown }[]): string {
  const lines = [columns.map((c) => csvField(c.header)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvField(c.value(r))).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function nodesCsv(nodes: readonly GraphNodeLike[]): string {
  return toCsv(nodes, [
    { header: 'id', value: (n) => n.id },
    { header: 'name', value: (n) => n.label },
    { header: 'kind', value: (n) => n.kind ?? '' },
    { header: 'generic_role', value: (n) => n.isGenericRole },
    { header: 'degree', value: (n) => n.degree },
    { header: 'weighted_degree', value: (n) => n.weightedDegree },
    { header: 'betweenness', value: (n) => n.betweenness },
    { header: 'community', value: (n) => n.community },
    { header: 'cut_vertex', value: (n) => n.isCutVertex },
  ]);
}

export function edgesCsv(edges: readonly GraphEdgeLike[]): string {
  return toCsv(edges, [
    { header: 'source', value: (e) => e.source },
    { header: 'target', value: (e) => e.target },
    { header: 'weight', value: (e) => e.weight },
    { header: 'contexts', value: (e) => e.contexts.map((c) => `${c.kind}: ${c.label}`).join('; ') },
    { header: 'context_ids', value: (e) => e.contexts.map((c) => c.id).join(' ') },
  ]);
}
