/** Saved map views over HTTP against the real Neo4j: editors save, anyone lists and opens, roles enforced. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import neo4j from 'neo4j-driver';
import { gql, neo4jEnv, startTestServer } from '../helpers.js';

const EDITOR = 'editor-token-for-views-test-0123456789';
const VIEWER = 'viewer-token-for-views-test-0123456789';
let app: Samkart;
const made: string[] = [];

beforeAll(async () => {
  app = await startTestServer({ SAMKART_API_TOKENS: `ed-test:editor:${EDITOR},vi-test:viewer:${VIEWER}` });
});
afterAll(async () => {
  for (const id of made) await gql(app, 'mutation($id: ID!) { deleteView(id: $id) }', { id }, { authorization: `Bearer ${EDITOR}` });
  await app?.stop();
});

const SAVE = `mutation($input: SavedViewInput!) { saveView(input: $input) { id name description state positions { id x y } createdBy createdAt } }`;
const as = (token?: string) => (query: string, variables?: Record<string, unknown>) => gql(app, query, variables, token ? { authorization: `Bearer ${token}` } : {});

describe('saved map views', () => {
  it('lets an editor save a view that anyone can then list and open exactly', async () => {
    const input = {
      name: 'Agder, tvangsekteskap, 2016 (test-views)',
      description: 'Hvem samarbeidet mot tvangsekteskap i Agder i 2016.',
      state: 'region=region:agder&theme=theme:tvangsekteskap&asOf=2016&color=community&focus=actor:imdi-sor',
      positions: [{ id: 'actor:imdi-sor', x: 120.5, y: -40 }],
    };
    const saved = await as(EDITOR)(SAVE, { input });
    expect(saved.body.errors).toBeUndefined();
    const view = saved.body.data!.saveView;
    made.push(view.id);
    expect(view.id).toMatch(/^view:agder-tvangsekteskap-2016-test-views-[0-9a-f]{6}$/);
    expect(view).toMatchObject({ ...input, createdBy: 'ed-test' });
    expect(Date.parse(view.createdAt)).toBeGreaterThan(Date.now() - 60_000);

    const opened = await as()('query($id: ID!) { savedView(id: $id) { id name description state positions { id x y } createdBy } }', { id: view.id });
    expect(opened.body.data!.savedView).toEqual({ id: view.id, name: input.name, description: input.description, state: input.state, positions: input.positions, createdBy: 'ed-test' });
    const list = await as()('{ savedViews { id name } }');
    expect(list.body.data!.savedViews.map((v: { id: string }) => v.id)).toContain(view.id);
    expect((await as()('{ savedView(id: "view:nope-test") { id } }')).body.data!.savedView).toBeNull();
  });

  it('refuses anonymous callers and viewers, and bad input, with codes', async () => {
    const input = { name: 'Ikke lov (test-views)', state: 'region=region:agder' };
    expect((await as()(SAVE, { input })).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await as(VIEWER)(SAVE, { input })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const empty = await as(EDITOR)(SAVE, { input: { ...input, name: '  ' } });
    expect(empty.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const script = await as(EDITOR)(SAVE, { input: { ...input, state: 'region="><script>' } });
    expect(script.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('deletes a view for editors only, and bumps the data version with each write', async () => {
    const env = neo4jEnv();
    const driver = neo4j.driver(env.NEO4J_URI, neo4j.auth.basic(env.NEO4J_USER, env.NEO4J_PASSWORD));
    const version = async () => {
      const { records } = await driver.executeQuery("OPTIONAL MATCH (dv:DataVersion {id: 'data-version'}) RETURN coalesce(dv.value, 0) AS v", {}, { database: env.NEO4J_DATABASE });
      return Number(records[0].get('v'));
    };
    const v0 = await version();
    const saved = await as(EDITOR)(SAVE, { input: { name: 'Slettes (test-views)', state: 'minWeight=2' } });
    const id = saved.body.data!.saveView.id;
    expect(await version()).toBeGreaterThan(v0);
    expect((await as(VIEWER)('mutation($id: ID!) { deleteView(id: $id) }', { id })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await as(EDITOR)('mutation($id: ID!) { deleteView(id: $id) }', { id })).body.data!.deleteView).toBe(true);
    expect((await as(EDITOR)('mutation($id: ID!) { deleteView(id: $id) }', { id })).body.data!.deleteView).toBe(false);
    expect((await as()('query($id: ID!) { savedView(id: $id) { id } }', { id })).body.data!.savedView).toBeNull();
    await driver.close();
  });
});
