/**
 * Exactly-once writes under concurrency: six identical additions at once leave one relationship
 * (one success, five CONFLICT), six creations with one id give one success and five CONFLICT, and
 * never an INTERNAL_SERVER_ERROR.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { gql, startTestServer } from '../helpers.js';

const EDITOR = 'editor-token-for-tests-0123456789';
const run = `test-writes-${Date.now().toString(36)}`;
const ACTOR = `actor:${run}`;

let app: Samkart;
beforeAll(async () => {
  app = await startTestServer({ SAMKART_API_TOKENS: `ed:editor:${EDITOR},vi:viewer:viewer-token-for-tests-0123456789` });
  const r = await editor(`mutation($id: ID) { createActor(input: { id: $id, name: "Testetaten for samtidighet", kind: AGENCY, level: NATIONAL, source: "test" }) { id } }`, { id: ACTOR });
  expect(r.body.errors).toBeUndefined();
});
afterAll(async () => {
  await app?.db.write(`MATCH (n:Entity) WHERE n.id CONTAINS $run DETACH DELETE n`, { run });
  await app?.stop();
});

const editor = (query: string, variables?: Record<string, unknown>) => gql(app, query, variables, { authorization: `Bearer ${EDITOR}` });
const codes = (rs: Awaited<ReturnType<typeof editor>>[]) => rs.map((r) => (r.body.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK').sort();

async function count(cypher: string, params: Record<string, unknown>) {
  const [r] = await app.db.read<{ n: number }>(cypher, params);
  return r.n;
}

describe('exactly-once writes', () => {
  it('six identical addMembership at once leave one membership: one success, five CONFLICT', async () => {
    const rs = await Promise.all(Array.from({ length: 6 }, () => editor(
      `mutation($a: ID!) { addMembership(actor: $a, network: "network:ostlandsnettverket", role: MEMBER, since: "2021", source: "test") { role } }`, { a: ACTOR })));
    expect(codes(rs)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    expect(await count(`MATCH (:Actor {id: $a})-[r:MEMBER_OF]->(:Network {id: 'network:ostlandsnettverket'}) RETURN count(r) AS n`, { a: ACTOR })).toBe(1);
  }, 60_000);

  it('six identical addResponsibility at once leave one responsibility', async () => {
    const rs = await Promise.all(Array.from({ length: 6 }, () => editor(
      `mutation($a: ID!) { addResponsibility(actor: $a, measure: "measure:tve-2013-2016/1", role: CONTRIBUTING, source: "test") { role } }`, { a: ACTOR })));
    expect(codes(rs)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    expect(await count(`MATCH (:Actor {id: $a})-[r:RESPONSIBLE_FOR]->(:Measure {id: 'measure:tve-2013-2016/1'}) RETURN count(r) AS n`, { a: ACTOR })).toBe(1);
  }, 60_000);

  it('six createActor with one id at once: one success, five CONFLICT, never an internal error', async () => {
    const id = `actor:${run}-same-id`;
    const rs = await Promise.all(Array.from({ length: 6 }, (_, i) => editor(
      `mutation($id: ID) { createActor(input: { id: $id, name: "Samtidig ${i}", kind: AGENCY, level: NATIONAL, source: "test" }) { id } }`, { id })));
    expect(codes(rs)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    for (const r of rs.filter((x) => x.body.errors)) expect(r.body.errors![0].message).toMatch(/already used/);
    expect(await count(`MATCH (n:Entity {id: $id}) RETURN count(n) AS n`, { id })).toBe(1);
  }, 60_000);

  it('refuses impossible calendar dates (2023-02-31) instead of storing another day, and changes nothing', async () => {
    for (const since of ['2023-02-31', '2023-02-29', '2024-04-31']) {
      const r = await editor(`mutation($a: ID!, $s: String) { addMembership(actor: $a, network: "network:vtrn", role: MEMBER, since: $s, source: "test") { role } }`, { a: ACTOR, s: since });
      expect(r.body.errors?.[0]?.extensions?.code, since).toBe('BAD_USER_INPUT');
    }
    expect(await count(`MATCH (:Actor {id: $a})-[r:MEMBER_OF]->(:Network {id: 'network:vtrn'}) RETURN count(r) AS n`, { a: ACTOR })).toBe(0);
    const leap = await editor(`mutation($a: ID!) { addMembership(actor: $a, network: "network:vtrn", role: MEMBER, since: "2024-02-29", source: "test") { role } }`, { a: ACTOR });
    expect(leap.body.errors).toBeUndefined();
  });
});


describe('personal data in free text', () => {
  const VIEWER = 'viewer-token-for-tests-0123456789';
  it('masks e-mail addresses, phone numbers and contact names in any casing for anonymous callers only', async () => {
    const note = 'Kontakt SKJOLDVOR FJELDVÆR (skjoldvor.fjeldvar@example.no, tlf. 22 24 90 90 / +47 912 34 567) eller akhtar  chaudhry; budsjett 12 500 000 kr i 2016.';
    const r = await editor(`mutation($a: ID!, $n: String) { addResponsibility(actor: $a, measure: "measure:tve-2013-2016/5", role: FUNDING, note: $n, source: "test") { role } }`, { a: ACTOR, n: note });
    expect(r.body.errors?.[0]?.message).toBeUndefined();
    const q = `query($a: ID!) { actor(id: $a) { responsibilities(roles: [FUNDING]) { note } } }`;
    const anonymous = (await gql(app, q, { a: ACTOR })).body.data!.actor.responsibilities[0].note as string;
    expect(anonymous).not.toMatch(/fjeldv|skjoldvor|chaudhry|akhtar|@|22 24 90 90|912 34 567/i);
    expect(anonymous).toMatch(/12 500 000 kr i 2016/); // figures and years are not phone numbers
    const viewer = await gql(app, q, { a: ACTOR }, { authorization: `Bearer ${VIEWER}` });
    expect(viewer.body.data!.actor.responsibilities[0].note).toBe(note);
  });

  it('answers an anonymous node(id: "contact:…") alike whether the person exists or not', async () => {
    const [known] = await app.db.read<{ id: string }>('MATCH (c:Contact) RETURN c.id AS id LIMIT 1');
    const ask = (id: string) => gql(app, 'query($id: ID!) { node(id: $id) { id } }', { id });
    const a = await ask(known.id), b = await ask('contact:nobody-at-all');
    expect(a.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(b.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(a.body.data).toEqual(b.body.data);
  });
});
