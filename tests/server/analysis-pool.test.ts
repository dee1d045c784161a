/**
 * Heavy analysis off the main thread: the worker pool ends a task at its deadline (terminating the
 * worker) and keeps serving, refuses work beyond its queue, keeps the event loop free while it
 * computes, and derived results are reused until the data version changes.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphEdgeRow, GraphResult } from '../../server/analysis/collaboration.js';
import type { Samkart } from '../../server/boot.js';
import { bumpDataVersion } from '../../server/db/dataVersion.js';
import { Timeout } from '../../server/db/errors.js';
import { derivedCacheStats } from '../../server/workers/derived-cache.js';
import { Busy, configureAnalysisPool, runAnalysis } from '../../server/workers/pool.js';
import { gql, startTestServer } from '../helpers.js';

/** A random graph big enough that its betweenness and layout take seconds. */
function bigGraph(n: number, m: number) {
  let s = 42;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const actors = Array.from({ length: n }, (_, i) => ({ id: `actor:test-pool-${String(i).padStart(5, '0')}`, name: `A${i}`, kind: null, level: null, isGenericRole: false }));
  const edges = new Map<string, GraphEdgeRow>();
  while (edges.size < m) {
    const a = Math.floor(rand() * n), b = Math.floor(rand() * n);
    if (a === b) continue;
    const [x, y] = a < b ? [actors[a].id, actors[b].id] : [actors[b].id, actors[a].id];
    edges.set(`${x}~${y}`, { id: `${x}~${y}`, source: x, target: y, weight: 1, contexts: [] });
  }
  return { actors, edges: [...edges.values()], withLayout: true, metrics: true };
}

let app: Samkart;
beforeAll(async () => { app = await startTestServer(); });
afterAll(async () => { await app?.stop(); });

describe('the analysis worker pool', () => {
  it('computes on a worker thread while the event loop stays free, and ends a task at its deadline', async () => {
    const input = bigGraph(1500, 6000);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const t0 = Date.now();
    await expect(runAnalysis<GraphResult>('graphMetrics', input, { deadline: Date.now() + 300 })).rejects.toBeInstanceOf(Timeout);
    expect(Date.now() - t0).toBeLessThan(5_000);
    // A small graph right after: the pool replaced the terminated worker and serves again.
    const small = await runAnalysis<GraphResult>('graphMetrics', bigGraph(20, 40), { deadline: Date.now() + 60_000 });
    expect(small.nodes).toHaveLength(20);
    delay.disable();
    // The main thread never blocked for the length of the computation.
    expect(delay.max / 1e6).toBeLessThan(250);
  }, 90_000);

  it('refuses work beyond its queue at once with SERVER_BUSY, and cancels a task whose request is aborted', async () => {
    configureAnalysisPool({ queueLimit: 1 });
    try {
      const cancel = new AbortController();
      const running = runAnalysis('graphMetrics', bigGraph(1500, 6000), { signal: cancel.signal, deadline: Date.now() + 60_000 });
      const queued = runAnalysis('graphMetrics', bigGraph(1500, 6000), { signal: cancel.signal, deadline: Date.now() + 60_000 });
      // With one worker, the first runs and the second waits; a third finds the queue full. With more
      // workers, fill them first.
      const extra: Promise<unknown>[] = [];
      let refused: unknown;
      for (let i = 0; i < 8 && !refused; i++) {
        const p = runAnalysis('graphMetrics', bigGraph(1500, 6000), { signal: cancel.signal, deadline: Date.now() + 60_000 });
        p.catch(() => {});
        extra.push(p);
        refused = await Promise.race([p.then(() => null, (e) => e), new Promise((r) => setImmediate(() => r(null)))]);
      }
      expect(refused).toBeInstanceOf(Busy);
      cancel.abort();
      await expect(running).rejects.toBeInstanceOf(Timeout);
      await expect(queued).rejects.toBeInstanceOf(Timeout);
      await Promise.allSettled(extra);
    } finally { configureAnalysisPool({ queueLimit: 32 }); }
  }, 90_000);
});

describe('derived results cached by the data version', () => {
  it('reuses the collaboration graph until a write bumps the data version', async () => {
    const q = '{ collaborationGraph(filter: { minWeight: 2 }, layout: true) { communityCount nodes { id x y community } } }';
    const first = await gql(app, q);
    expect(first.body.errors).toBeUndefined();
    const hits = derivedCacheStats.hits, misses = derivedCacheStats.misses;
    const second = await gql(app, q);
    expect(second.body.data).toEqual(first.body.data);
    expect(derivedCacheStats.hits).toBe(hits + 1);
    expect(derivedCacheStats.misses).toBe(misses);
    await app.db.transaction((tx) => bumpDataVersion(tx));
    const third = await gql(app, q);
    expect(third.body.data).toEqual(first.body.data);
    expect(derivedCacheStats.misses).toBe(misses + 1);
  });
});
