/**
 * Cancellation when the client goes away: the request's transaction is terminated in Neo4j at once,
 * not left running until its transaction timeout, and the next request is served promptly.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { Timeout } from '../../server/db/errors.js';
import { requestTransactions } from '../../server/db/repos/health.repo.js';
import { gql, startTestServer } from '../helpers.js';

const EDITOR = 'editor-token-for-tests-0123456789';
const run = `test-cancel-${Date.now().toString(36)}`;
const ACTOR = `actor:${run}`, NETWORK = `network:${run}`;

let app: Samkart;
beforeAll(async () => {
  // The operation time limit is a minute: anything that ends much sooner was ended by the cancellation.
  app = await startTestServer({ SAMKART_API_TOKENS: `ed:editor:${EDITOR}`, SAMKART_OPERATION_TIMEOUT_MS: '60000' });
  const auth = { authorization: `Bearer ${EDITOR}` };
  expect((await gql(app, 'mutation($id: ID) { createActor(input: { id: $id, name: "Avbrutt etat", kind: AGENCY, level: NATIONAL, source: "test" }) { id } }', { id: ACTOR }, auth)).body.errors).toBeUndefined();
  expect((await gql(app, 'mutation($id: ID) { createNetwork(input: { id: $id, name: "Avbrutt nettverk", kind: LOCAL, source: "test" }) { id } }', { id: NETWORK }, auth)).body.errors).toBeUndefined();
});
afterAll(async () => {
  await app?.db.write('MATCH (n:Entity) WHERE n.id CONTAINS $run DETACH DELETE n', { run });
  await app?.stop();
});

/** Polls `check` until it returns a value other than undefined, or fails after `ms`. */
async function waitFor<T>(what: string, check: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (let wait = 20; ; wait = Math.min(wait * 2, 250)) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, wait));
  }
}

const mine = async (text: string) => (await requestTransactions(app.db)).filter((t) => t.query.includes(text));

describe('a client that goes away', () => {
  it('has its running transaction terminated in the database at once, and the next request is fast', async () => {
    // The test holds the write lock of its network, so the mutation below waits in the database
    // (as a heavy query would run) until it is terminated, or until its one-minute timeout.
    const session = app.db.driver.session({ database: app.db.database });
    const lock = await session.beginTransaction();
    try {
      await lock.run('MATCH (n:Network {id: $id}) SET n._testLock = true', { id: NETWORK });
      const body = JSON.stringify({ query: `mutation { addMembership(actor: "${ACTOR}", network: "${NETWORK}", role: MEMBER, source: "test") { role } }` });
      const req = http.request(new URL('graphql', app.url), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR}` } });
      req.on('error', () => {});
      req.end(body);
      const running = await waitFor('the mutation to wait for the lock in the database', async () => {
        const txs = (await requestTransactions(app.db)).filter((t) => t.status.startsWith('Blocked'));
        return txs.length ? txs : undefined;
      });
      expect(running).toHaveLength(1);
      const abortedAt = Date.now();
      req.destroy();
      await waitFor('the transaction to be gone', async () => ((await requestTransactions(app.db)).length === 0 ? true : undefined));
      const goneAfter = Date.now() - abortedAt;
      expect(goneAfter).toBeLessThan(15_000); // the timeout would have been 60 s
      await lock.rollback();
      // Nothing of the cancelled mutation was applied.
      const [{ n }] = await app.db.read<{ n: number }>('MATCH (:Actor {id: $a})-[r:MEMBER_OF]->(:Network {id: $n}) RETURN count(r) AS n', { a: ACTOR, n: NETWORK });
      expect(n).toBe(0);
      const t0 = performance.now();
      const light = await gql(app, '{ actor(id: "actor:imdi") { id } }');
      expect(light.body.data).toEqual({ actor: { id: 'actor:imdi' } });
      expect(performance.now() - t0).toBeLessThan(5_000);
    } finally {
      if (lock.isOpen()) await lock.rollback();
      await session.close();
    }
  }, 60_000);

  it('a heavy read whose request is cancelled stops in the database, well before its timeout', async () => {
    const cancel = new AbortController();
    const db = app.db.withLimits({ deadline: Date.now() + 60_000, signal: cancel.signal });
    const marker = `${run}-heavy`;
    const t0 = Date.now();
    const query = db.read(`UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 AND '${marker}' <> '' RETURN count(x) AS n`);
    query.catch(() => {});
    await waitFor('the heavy read to run', async () => ((await mine(marker)).length ? true : undefined));
    cancel.abort();
    await expect(query).rejects.toBeInstanceOf(Timeout);
    await waitFor('the heavy read to be gone', async () => ((await mine(marker)).length === 0 ? true : undefined));
    expect(Date.now() - t0).toBeLessThan(20_000);
  }, 60_000);
});
