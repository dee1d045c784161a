/**
 * With NEO4J_URI (a database Samkart did not start), the driver reconnects by itself: a second
 * embedded Neo4j on its own free port plays the external server; it is killed (kill -9) and
 * started again on the same port and data folder. Meanwhile requests get 503 DATABASE_UNAVAILABLE
 * with Retry-After and /readyz says 503; afterwards the same server process serves again.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSamkart, type Samkart } from '../../server/boot.js';
import { loadConfig } from '../../server/config.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/db/embedded.js';
import { configureLog } from '../../server/log.js';
import { alive, waitFor } from './process-helpers.js';

const LIGHT = '{ node(id: "actor:test-reconnect-nobody") { id } }';

async function post(app: Samkart, query: string) {
  const res = await fetch(new URL('graphql', app.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const text = await res.text();
  let body: any = null;
  try { body = JSON.parse(text); } catch { /* kept as null */ }
  return { status: res.status, retryAfter: res.headers.get('retry-after'), code: body?.errors?.[0]?.extensions?.code as string | undefined };
}

describe('an external Neo4j (NEO4J_URI) that goes away and comes back', () => {
  let external: EmbeddedNeo4j | undefined;
  let app: Samkart;
  let dataDir: string;
  const options = () => ({ dataDir, heap: '512m', pageCache: '64m' });

  beforeAll(async () => {
    configureLog('error', false);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'samkart-test-external-'));
    external = await startEmbeddedNeo4j({ ...options(), port: 0 });
    app = await startSamkart(loadConfig({
      NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'error', SAMKART_RATE_LIMIT: '0',
      NEO4J_URI: external.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', SAMKART_LOAD_DATA: 'never',
    }));
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    await external?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('answers 503 while it is down and serves again once it is back, without a server restart', async () => {
    expect(app.embedded).toBeUndefined();
    expect(await post(app, LIGHT)).toMatchObject({ status: 200, code: undefined });
    const { port, pid } = external!;
    process.kill(pid, 'SIGKILL');
    expect(await waitFor(() => !alive(pid), 20_000)).toBe(true);

    const answers: Awaited<ReturnType<typeof post>>[] = [];
    expect(await waitFor(async () => { const r = await post(app, LIGHT); answers.push(r); return r.status === 503; }, 30_000, 200)).toBe(true);
    const down = answers.at(-1)!;
    expect(down.code).toBe('DATABASE_UNAVAILABLE');
    expect(Number(down.retryAfter)).toBeGreaterThan(0);
    expect((await fetch(new URL('readyz', app.url))).status).toBe(503);
    expect((await fetch(new URL('healthz', app.url))).status).toBe(200);

    // The "external" server comes back on the same port with the same data.
    // A client keeps asking meanwhile.
    let asking = true;
    const client = (async () => { while (asking) { answers.push(await post(app, LIGHT)); await new Promise((r) => setTimeout(r, 100)); } })();
    const startedAt = Date.now();
    external = await startEmbeddedNeo4j({ ...options(), port });
    const upAt = Date.now();
    expect(await waitFor(async () => { const r = await post(app, LIGHT); answers.push(r); return r.status === 200; }, 60_000, 100)).toBe(true);
    const backAfter = Date.now() - upAt;
    asking = false;
    await client;
    expect((await fetch(new URL('readyz', app.url))).status).toBe(200);
    // Nothing but 200 and 503 DATABASE_UNAVAILABLE on the way: never a 500 or an INTERNAL_SERVER_ERROR.
    expect(answers.filter((r) => !(r.status === 200 && !r.code) && !(r.status === 503 && r.code === 'DATABASE_UNAVAILABLE'))).toEqual([]);
    console.log(`external Neo4j: its start took ${upAt - startedAt} ms; Samkart served again ${backAfter} ms after it was up; ${answers.filter((r) => r.status === 503).length} answers of 503 meanwhile`);
  }, 200_000);
});
