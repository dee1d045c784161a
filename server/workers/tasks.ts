/**
 * The CPU-heavy, pure computations the analysis pool (pool.ts) runs off the main thread. Each takes
 * and returns plain data (structured-clonable); nothing here touches the database.
 */
import { withMetrics, type GraphEdgeRow, type GraphResult } from '../analysis/collaboration.js';
import type { MemberRow } from '../db/repos/collaboration.repo.js';

/** The collaboration graph's metrics, communities and (when asked) layout. */
export function graphMetrics(input: { actors: MemberRow[]; edges: GraphEdgeRow[]; withLayout: boolean; metrics: boolean }): GraphResult {
  return withMetrics(input.actors, input.edges, input.withLayout, input.metrics);
}

/** What reading an uploaded file gives: the interpreted import as JSON (as it is stored), or why it cannot be read. */
export type ReadImportResult = { format: 'xlsx' | 'csv'; parsedJson: string } | { unreadable: string };

/**
 * Reads and interprets an uploaded workbook or CSV (seconds of synchronous work for a file at the
 * row limit). An unreadable file is an answer, not a failure: its message goes back to the user.
 * The interchange modules (and exceljs) are loaded on first use, not when a worker starts.
 */
export async function readImport(input: { data: Uint8Array; fileName: string }): Promise<ReadImportResult> {
  const [{ readWorkbook, UnreadableFile }, { interpret }] = await Promise.all([import('../interchange/read.js'), import('../interchange/parse.js')]);
  try {
    const wb = await readWorkbook(Buffer.from(input.data.buffer, input.data.byteOffset, input.data.byteLength), input.fileName);
    return { format: wb.format, parsedJson: JSON.stringify(interpret(wb)) };
  } catch (e) {
    if (e instanceof UnreadableFile) return { unreadable: e.message };
    throw e;
  }
}
