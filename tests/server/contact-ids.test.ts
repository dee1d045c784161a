/**
 * Contact ids do not reveal names: they are opaque, a name-based guess finds nothing, and databases
 * loaded with the earlier name-based ids are migrated with their relationships and audit entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { migrateContactIds } from '../../server/db/migrations/contactIds.js';
import { gql, startTestServer } from '../helpers.js';

const VIEWER = 'viewer-token-for-tests-0123456789';
const run = `test-contactids-${Date.now().toString(36)}`;

let app: Samkart;
beforeAll(async () => { app = await startTestServer({ SAMKART_API_TOKENS: `vi:viewer:${VIEWER}` }); });
afterAll(async () => {
  await app?.db.write('MATCH (n) WHERE n.testRun = $run DETACH DELETE n', { run });
  await app?.stop();
});

/** What someone who knows the earlier scheme would guess from a name: `Rune S. Foss` → `contact:rune-s-foss`. */
const guess = (name: string) => `contact:${name.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

describe('contact ids', () => {
  it('are opaque: no part of the name is in the id', async () => {
    const contacts = await app.db.read<{ id: string; name: string }>('MATCH (c:Contact) RETURN c.id AS id, c.name AS name');
    expect(contacts.length).toBeGreaterThan(5);
    for (const c of contacts) {
      expect(c.id).toMatch(/^contact:[0-9a-f]{12}$/);
      for (const part of guess(c.name).slice('contact:'.length).split('-').filter((p) => p.length > 2)) expect(c.id, c.name).not.toContain(part);
    }
  });

  it('a guess from the name confirms nothing, to anonymous callers or anyone else', async () => {
    const contacts = await app.db.read<{ id: string; name: string }>('MATCH (c:Contact) RETURN c.id AS id, c.name AS name');
    const ask = (id: string, headers: Record<string, string> = {}) => gql(app, 'query($id: ID!) { node(id: $id) { id } }', { id }, headers);
    const nobody = await ask('contact:nobody-at-all');
    for (const c of contacts) {
      // Anonymous: the same refusal for the real id, the guessed one and a made-up one.
      for (const id of [c.id, guess(c.name)]) {
        const r = await ask(id);
        expect(r.body.errors?.[0]?.extensions?.code, id).toBe('UNAUTHENTICATED');
        expect(r.body.data, id).toEqual(nobody.body.data);
      }
      // Even a viewer finds no contact at the guessed id: it does not exist.
      const viewer = await ask(guess(c.name), { authorization: `Bearer ${VIEWER}` });
      expect(viewer.body.data, c.name).toEqual({ node: null });
    }
    const real = await ask(contacts[0].id, { authorization: `Bearer ${VIEWER}` });
    expect(real.body.data).toEqual({ node: { id: contacts[0].id } });
  });

  it('a database with name-based contact ids is migrated: new opaque id, relationships and audit entries kept', async () => {
    const legacy = `contact:${run}-kari-nordmann`;
    await app.db.write(`MATCH (a:Actor {id: 'actor:imdi'})
      CREATE (c:Contact:Entity {id: $legacy, name: 'Kari Nordmann', testRun: $run})-[:WORKS_AT]->(a)
      CREATE (:AuditEntry {id: $audit, target: $legacy, operation: 'readPersonalData', by: 'test', testRun: $run})`, { legacy, run, audit: `audit:${run}` });
    expect(await migrateContactIds(app.db)).toBe(1);
    const [row] = await app.db.read<{ id: string; actor: string; target: string }>(`MATCH (c:Contact {testRun: $run})-[:WORKS_AT]->(a:Actor)
      MATCH (e:AuditEntry {id: $audit}) RETURN c.id AS id, a.id AS actor, e.target AS target`, { run, audit: `audit:${run}` });
    expect(row.id).toMatch(/^contact:[0-9a-f]{12}$/);
    expect(row.actor).toBe('actor:imdi');
    expect(row.target).toBe(row.id);
    expect(await migrateContactIds(app.db)).toBe(0); // idempotent
  });
});
