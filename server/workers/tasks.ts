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
