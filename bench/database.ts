/**
 * One fresh embedded Neo4j per scale (the project's launcher, see bench/neo4j.ts): a throw-away
 * data folder, a free port, the project's own migrations and loader. Stopped and deleted afterwards.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadDataset, type LoadResult } from '../server/data/loader.js';
import { createDriver, Db } from '../server/db/driver.js';
import type { EmbeddedNeo4j } from '../server/db/embedded.js';
import { migrate } from '../server/db/migrations/index.js';
import { describe, generate, type Generated, type Scale } from './generate.js';
import { startBenchNeo4j } from './neo4j.js';

export interface BenchDb {
  uri: string; pid: number; db: Db; dataDir: string;
  stop(): Promise<void>;
}

/** Memory for the embedded JVM by scale: L's single load transaction needs a few GiB of heap. */
const MEMORY: Record<Scale, { heap: string; pageCache: string }> = {
  XS: { heap: '512m', pageCache: '64m' }, S: { heap: '1g', pageCache: '256m' },
  M: { heap: '2g', pageCache: '512m' }, L: { heap: '6g', pageCache: '2g' },
};

export async function startBenchDb(scale: Scale): Promise<BenchDb> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `samkart-bench-${scale}-`));
  const dataDir = path.join(dir, 'data');
  await mkdir(dataDir);
  let embedded: EmbeddedNeo4j | undefined;
  try {
    embedded = await startBenchNeo4j({ dataDir, argfileDir: dir, port: 0, ...MEMORY[scale], timeoutMs: 180_000 });
    const db = new Db(createDriver({ uri: embedded.uri, user: 'neo4j', password: '', database: 'neo4j' }), 'neo4j');
    await migrate(db);
    const e = embedded;
    return {
      uri: e.uri, pid: e.pid, db, dataDir,
      async stop() {
        await db.driver.close().catch(() => {});
        await e.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await embedded?.stop();
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

export interface LoadFigures extends LoadResult {
  scale: Scale; generateMs: number; nodesInGraph: number; relationshipsInGraph: number;
  /** Nodes plus relationships (with citations) written per second. */
  elementsPerSecond: number;
}

/** Generates the scale's graph and loads it with the project's `loadDataset()` in one call. */
export async function generateAndLoad(bench: BenchDb, scale: Scale, seed = 1): Promise<{ generated: Generated; load: LoadFigures }> {
  const t0 = performance.now();
  const generated = generate(scale, seed);
  const generateMs = Math.round(performance.now() - t0);
  const d = describe(generated.dataset);
  const result = await loadDataset(bench.db, generated.dataset);
  const elements = d.nodes + d.relationshipsInGraph;
  return {
    generated,
    load: {
      ...result, scale, generateMs, nodesInGraph: d.nodes, relationshipsInGraph: d.relationshipsInGraph,
      elementsPerSecond: Math.round(elements / (result.ms / 1000)),
    },
  };
}
