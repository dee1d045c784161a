/** The ReadBatcher against the real database: parts share a round trip and get their own rows. */
import DataLoader from 'dataloader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { ReadBatcher, type PartQuery } from '../../server/db/batch.js';
import { startTestServer } from '../helpers.js';

let app: Samkart;
beforeAll(async () => { app = await startTestServer(); });
afterAll(async () => { await app?.stop(); });

const nameOf: PartQuery = (param, part) => `MATCH (v:Actor) WHERE v.id IN $${param} RETURN ${part} AS part, v.id AS id, v.name AS items`;
const networksOf: PartQuery = (param, part) => `UNWIND $${param} AS id MATCH (:Actor {id: id})-[:MEMBER_OF]->(n:Network)
  WITH id, n ORDER BY n.id RETURN ${part} AS part, id, collect(n.id) AS items`;

describe('ReadBatcher', () => {
  it('sends the loaders of one level as one statement and routes every row to its part', async () => {
    const db = app.db.forRequest();
    const batcher = new ReadBatcher(db);
    const level = { batchScheduleFn: batcher.schedule };
    const names = new DataLoader(async (ids: readonly string[]) => {
      const rows = await batcher.read<string>(nameOf, ids);
      return ids.map((id) => rows.find((r) => r.id === id)?.items ?? null);
    }, level);
    const networks = new DataLoader(async (ids: readonly string[]) => {
      const rows = await batcher.read<string[]>(networksOf, ids);
      return ids.map((id) => rows.find((r) => r.id === id)?.items ?? []);
    }, level);
    const [imdi, none, nets] = await Promise.all([names.load('actor:imdi'), names.load('actor:nobody'), networks.load('actor:imdi')]);
    expect(db.counter.count).toBe(1);
    expect(imdi).toBe('Integrerings- og mangfoldsdirektoratet');
    expect(none).toBeNull();
    // The same answer as asking on its own.
    const alone = await app.db.read<{ ids: string[] }>(`MATCH (:Actor {id: 'actor:imdi'})-[:MEMBER_OF]->(n:Network) WITH n ORDER BY n.id RETURN collect(n.id) AS ids`);
    expect(nets).toEqual(alone[0].ids);
    expect(nets.length).toBeGreaterThan(0);
  });

  it('fails every part of a failed statement with the database error', async () => {
    const batcher = new ReadBatcher(app.db.forRequest());
    const broken: PartQuery = (param, part) => `UNWIND $${param} AS id RETURN ${part} AS part, id, toInteger(id) / 0 AS items`;
    const a = batcher.read(nameOf, ['actor:imdi']);
    const b = batcher.read(broken, ['1']);
    await expect(a).rejects.toThrow(/division by zero|\/ by zero/i);
    await expect(b).rejects.toThrow(/division by zero|\/ by zero/i);
  });

  it('runs a read outside a loader dispatch on its own', async () => {
    const db = app.db.forRequest();
    const rows = await new ReadBatcher(db).read<string>(nameOf, ['actor:imdi']);
    expect(rows).toEqual([{ id: 'actor:imdi', items: 'Integrerings- og mangfoldsdirektoratet' }]);
    expect(db.counter.count).toBe(1);
  });
});
