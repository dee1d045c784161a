/**
 * Fault tests against a real embedded Neo4j of their own: kill -9 of the JVM under load gives 503s
 * with Retry-After and DATABASE_UNAVAILABLE, the supervisor restarts the JVM, and service resumes
 * without restarting the server.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSamkart, type Samkart } from '../../server/boot.js';
import { loadConfig } from '../../server/config.js';
import { configureLog } from '../../server/log.js';
import { alive, waitFor } from './process-helpers.js';

const LIGHT = '{ node(id: "actor:test-faults-nobody") { id } }';

async function post(app: Samkart, query: string) {
  const res = await fetch(new URL('graphql', app.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const text = await res.text();
  let body: any = null;
  try { body = JSON.parse(text); } catch { /* kept as null */ }
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
}

describe('a supervised embedded database', () => {
  let app: Samkart;
  let dataDir: string;

  beforeAll(async () => {
    configureLog('error', false);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'samkart-test-faults-'));
    app = await startSamkart(loadConfig({
      NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'error', SAMKART_RATE_LIMIT: '0',
      NEO4J_EMBEDDED_PORT: '0', NEO4J_EMBEDDED_HEAP: '512m', NEO4J_EMBEDDED_PAGECACHE: '64m',
      SAMKART_DATA_DIR: dataDir, SAMKART_LOAD_DATA: 'never',
    }));
  }, 180_000);

  afterAll(async () => {
    const pid = app?.embedded?.pid;
    await app?.stop();
    if (pid) expect(alive(pid)).toBe(false);
    await rm(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('answers 503 with Retry-After while the JVM is down, restarts it, and serves again without a server restart', async () => {
    expect((await post(app, LIGHT)).status).toBe(200);
    expect((await fetch(new URL('readyz', app.url))).status).toBe(200);
    const firstPid = app.embedded!.pid;

    // A load generator: four clients in a loop, recording every answer.
    const seen: { t: number; status: number; code?: string; retryAfter: string | null }[] = [];
    let running = true;
    const clients = Array.from({ length: 4 }, async () => {
      while (running) {
        const r = await post(app, LIGHT).catch(() => ({ status: 0, retryAfter: null, body: null }));
        seen.push({ t: Date.now(), status: r.status, code: r.body?.errors?.[0]?.extensions?.code, retryAfter: r.retryAfter });
        await new Promise((r) => setTimeout(r, 25)); // pacing, so the load does not starve the restarting JVM of CPU
      }
    });
    await waitFor(() => seen.length >= 8, 20_000);

    const killedAt = Date.now();
    process.kill(firstPid, 'SIGKILL');
    expect(await waitFor(() => !alive(firstPid), 20_000)).toBe(true);

    // While it is down: readiness says so, liveness does not.
    expect(await waitFor(() => seen.some((s) => s.t > killedAt && s.status === 503), 30_000)).toBe(true);
    const health = await fetch(new URL('healthz', app.url));
    expect(health.status).toBe(200);

    // Back without anyone restarting the server.
    const firstDown = seen.find((s) => s.t > killedAt && s.status === 503)!.t;
    const back = await waitFor(() => seen.some((s) => s.t > firstDown && s.status === 200), 150_000, 250);
    running = false;
    await Promise.all(clients);
    expect(back).toBe(true);
    const recoveredAt = seen.find((s) => s.t > firstDown && s.status === 200)!.t;

    const during = seen.filter((s) => s.t >= firstDown && s.t < recoveredAt);
    expect(during.length).toBeGreaterThan(0);
    for (const s of during) {
      expect(s.status).toBe(503);
      expect(s.code).toBe('DATABASE_UNAVAILABLE');
      expect(Number(s.retryAfter)).toBeGreaterThan(0);
    }
    // Nothing but 200 and 503, never a 500 or a 200 carrying INTERNAL_SERVER_ERROR.
    expect(seen.filter((s) => !(s.status === 200 && !s.code) && !(s.status === 503 && s.code === 'DATABASE_UNAVAILABLE'))).toEqual([]);
    expect(app.embedded!.pid).not.toBe(firstPid);
    expect(app.embedded!.restarts).toBe(1);
    expect((await fetch(new URL('readyz', app.url))).status).toBe(200);
    console.log(`recovery after kill -9: ${recoveredAt - killedAt} ms, ${during.length} answers of 503 meanwhile`);
  }, 200_000);
});
