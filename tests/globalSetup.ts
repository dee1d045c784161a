/**
 * Starts the embedded Neo4j on a free port with a throw-away data folder (or uses NEO4J_URI when
 * set) and hands the connection to the tests through provide/inject; stops it afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../server/db/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string; embedded: boolean; dataDir: string | null };
  }
}

let embedded: EmbeddedNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j', embedded: false, dataDir: null,
    });
    return;
  }
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'samkart-test-neo4j-'));
  embedded = await startEmbeddedNeo4j({ dataDir, port: 0, heap: '1g', pageCache: '128m' });
  project.provide('neo4j', { uri: embedded.uri, user: 'neo4j', password: '', database: 'neo4j', embedded: true, dataDir });
}

export async function teardown() {
  await embedded?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
