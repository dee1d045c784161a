/**
 * Idempotency keys: a retried mutation with the same `Idempotency-Key` and the same request gets the
 * first answer and applies nothing again, also when the copies arrive at once; the same key with
 * another request is 422; keys expire. And: an operation with several mutations is not atomic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { readDataVersion } from '../../server/db/dataVersion.js';
import { gql, startTestServer } from '../helpers.js';

const EDITOR = 'editor-token-for-tests-0123456789';
const OTHER_EDITOR = 'editor-two-token-for-tests-0123456789';
const run = `test-idem-${Date.now().toString(36)}`;

let app: Samkart;
beforeAll(async () => {
  app = await startTestServer({ SAMKART_API_TOKENS: `ed:editor:${EDITOR},ed2:editor:${OTHER_EDITOR}`, SAMKART_IDEMPOTENCY_TTL_S: '3' });
});
afterAll(async () => {
  await app?.db.write('MATCH (n:Entity) WHERE n.id CONTAINS $run DETACH DELETE n', { run });
  await app?.db.write("MATCH (k:IdempotencyKey) WHERE k.caller IN ['ed', 'ed2'] DELETE k");
  await app?.stop();
});

const CREATE = 'mutation($id: ID, $name: String!) { createActor(input: { id: $id, name: $name, kind: AGENCY, level: NATIONAL, source: "test" }) { id name } }';

async function post(variables: Record<string, unknown>, key?: string, token = EDITOR, query = CREATE) {
  const res = await fetch(new URL('graphql', app.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key !== undefined ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, replayed: res.headers.get('idempotent-replayed'), text: await res.text() };
}
const count = async (id: string) => (await app.db.read<{ n: number }>('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id }))[0].n;

describe('Idempotency-Key', () => {
  it('a retry with the same key and request gets the first answer and applies nothing again', async () => {
    const id = `actor:${run}-retry`, key = `"${run}-retry"`;
    const first = await post({ id, name: 'Idempotent etat' }, key);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text)).toEqual({ data: { createActor: { id, name: 'Idempotent etat' } } });
    expect(first.replayed).toBeNull();
    const version = await readDataVersion(app.db);
    const again = await post({ name: 'Idempotent etat', id }, key); // the same variables in another order
    expect(again).toEqual({ ...first, replayed: 'true' });
    expect(await readDataVersion(app.db)).toBe(version);
    expect(await count(id)).toBe(1);
    // Without the key the same request runs again (and clashes).
    expect(JSON.parse((await post({ id, name: 'Idempotent etat' })).text).errors[0].extensions.code).toBe('CONFLICT');
  });

  it('six copies at once with one key: one is applied, all six get its answer', async () => {
    const id = `actor:${run}-race`, key = `"${run}-race"`;
    const rs = await Promise.all(Array.from({ length: 6 }, () => post({ id, name: 'Samtidig etat' }, key)));
    for (const r of rs) {
      expect(r.status).toBe(200);
      expect(JSON.parse(r.text)).toEqual({ data: { createActor: { id, name: 'Samtidig etat' } } });
    }
    expect(rs.filter((r) => r.replayed === null)).toHaveLength(1);
    expect(await count(id)).toBe(1);
  }, 60_000);

  it('the same key with a different request is 422, and changes nothing', async () => {
    const id = `actor:${run}-other`, key = `"${run}-other"`;
    expect((await post({ id, name: 'Første' }, key)).status).toBe(200);
    const version = await readDataVersion(app.db);
    const other = await post({ id: `${id}-2`, name: 'Andre' }, key);
    expect(other.status).toBe(422);
    expect(JSON.parse(other.text).errors[0]).toMatchObject({ extensions: { code: 'IDEMPOTENCY_KEY_REUSED' }, message: expect.stringMatching(/different request/) });
    expect(await count(`${id}-2`)).toBe(0);
    expect(await readDataVersion(app.db)).toBe(version);
  });

  it('keys belong to their caller: another editor with the same key runs their own request', async () => {
    const key = `"${run}-caller"`;
    expect((await post({ id: `actor:${run}-caller-1`, name: 'Den ene' }, key)).status).toBe(200);
    const theirs = await post({ id: `actor:${run}-caller-2`, name: 'Den andre' }, key, OTHER_EDITOR);
    expect(theirs.status).toBe(200);
    expect(theirs.replayed).toBeNull();
    expect(await count(`actor:${run}-caller-2`)).toBe(1);
  });

  it('a key expires after SAMKART_IDEMPOTENCY_TTL_S: the request then runs again', async () => {
    const id = `actor:${run}-expiry`, key = `"${run}-expiry"`;
    expect((await post({ id, name: 'Utløper' }, key)).status).toBe(200);
    expect((await post({ id, name: 'Utløper' }, key)).replayed).toBe('true');
    // The TTL is 3 s in this server; expiry is a matter of time, so here the test waits for time.
    await new Promise((r) => setTimeout(r, 3_200));
    const late = await post({ id, name: 'Utløper' }, key);
    expect(late.replayed).toBeNull();
    expect(JSON.parse(late.text).errors[0].extensions.code).toBe('CONFLICT'); // it ran: the actor exists
  });

  it('refuses a malformed key with 400, and ignores a key on a query', async () => {
    expect((await post({ id: `actor:${run}-bad`, name: 'x' }, '"has space"')).status).toBe(400);
    expect((await post({ id: `actor:${run}-bad`, name: 'x' }, 'x'.repeat(300))).status).toBe(400);
    expect(await count(`actor:${run}-bad`)).toBe(0);
    const q = await post({ id: 'actor:imdi' }, `"${run}-query"`, EDITOR, 'query($id: ID!) { actor(id: $id) { id } }');
    expect(q.status).toBe(200);
    expect(q.replayed).toBeNull();
  });
});

describe('an operation with several mutations', () => {
  it('is not atomic: each mutation commits on its own, and one that fails leaves the ones before it', async () => {
    const a = `actor:${run}-multi-a`;
    const r = await post({}, undefined, EDITOR, `mutation {
      first: createActor(input: { id: "${a}", name: "Først", kind: AGENCY, level: NATIONAL, source: "test" }) { id }
      second: createActor(input: { id: "${a}", name: "Samme id", kind: AGENCY, level: NATIONAL, source: "test" }) { id } }`);
    const body = JSON.parse(r.text);
    // The payloads are non-null, so the failed second one nulls the whole answer's data, though the
    // first was applied: the README tells clients to send one mutation per operation for this reason.
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ path: ['second'], extensions: { code: 'CONFLICT' } });
    expect(await count(a)).toBe(1);
    expect((await app.db.read<{ name: string }>('MATCH (n:Actor {id: $a}) RETURN n.name AS name', { a }))[0].name).toBe('Først');
  });
});
