/**
 * A smoke run of the benchmark harness (bench/): scale XS (~170 nodes) in its own throw-away
 * embedded Neo4j (never the suite's shared database, which holds the curated data), all three arms,
 * every workload, one round of short closed-model runs. Checks that the arms agree and the table has
 * a row per workload and arm; the figures themselves are not judged (two noisy cores).
 */
import { describe, expect, it } from 'vitest';
import { runBench } from '../../bench/run.js';
import { fullReport } from '../../bench/report.js';

describe('benchmark harness', () => {
  it('runs every workload on every arm at scale XS, and the arms agree', async () => {
    const lines: string[] = [];
    const results = await runBench({
      scales: ['XS'], rounds: 1, duration: 0.5, warmup: 0, connections: [1], open: false, browser: false, log: (l) => lines.push(l),
    });
    const [scale] = results.scales;
    expect(scale.load.nodes).toBeGreaterThan(100);
    expect(scale.variants.map((v) => v.id)).toEqual(['1-actor', '2-plan', '3-graph-county', '3-graph-country', '4-gaps-plan', '4-gaps-all', '5-search', '6-mix']);
    for (const v of scale.variants) {
      for (const arm of ['floor', 'peer', 'samkart'] as const) {
        const a = v.arms[arm]!;
        expect({ variant: v.id, arm, status: a.status, detail: a.detail }).toEqual({ variant: v.id, arm, status: 'ok', detail: undefined });
        expect(a.runs).toHaveLength(1);
        expect(a.runs[0].figures.requests).toBeGreaterThan(0);
        expect(a.runs[0].figures.errors).toBe(0);
        expect(a.roundTrips).toBeGreaterThanOrEqual(1);
      }
    }
    const table = fullReport(results);
    for (const v of scale.variants) expect(table).toContain(v.id);
    expect(table).toContain('c samkart');
  }, 150_000);
});
