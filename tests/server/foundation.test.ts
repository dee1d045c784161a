import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { dbQueries, gql, startTestServer } from '../helpers.js';

let app: Samkart;
beforeAll(async () => { app = await startTestServer(); });
afterAll(async () => { await app?.stop(); });

describe('the server over HTTP', () => {
  it('answers /healthz and /readyz', async () => {
    const health = await fetch(new URL('healthz', app.url));
    expect(health.status).toBe(200);
    const ready = await fetch(new URL('readyz', app.url));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves the built web app at / and for client-side routes, and 404 for a missing asset', async () => {
    for (const p of ['/', '/kart']) {
      const res = await fetch(new URL(p, app.url));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    }
    expect((await fetch(new URL('/assets/nope.js', app.url))).status).toBe(404);
  });

  it('pages through actors with Relay cursors, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 100; page++) {
      const r: any = await gql(app, `query($after: String) { actors(first: 7, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id name } } } }`, { after });
      expect(r.body.errors).toBeUndefined();
      const c = r.body.data.actors;
      total = c.totalCount;
      expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...c.edges.map((e: any) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(7);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('finds one actor by id with its sources, and null for an unknown id', async () => {
    const r = await gql(app, `{ a: actor(id: "actor:imdi") { id name kind sources { quote source { file } } }
      b: actor(id: "actor:nobody") { id } n: node(id: "actor:imdi") { id ... on Actor { name } } }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.a).toMatchObject({ id: 'actor:imdi', kind: 'DIRECTORATE' });
    expect((r.body.data!.a as any).sources.length).toBeGreaterThan(0);
    expect(r.body.data!.b).toBeNull();
    expect(r.body.data!.n).toMatchObject({ id: 'actor:imdi' });
  });

  it('keeps database round trips bounded by the query shape, not the number of rows', async () => {
    const nested = `query($n: Int!) { actors(first: $n) { edges { node { id parent { id name } children { id } sources { quote } } } } }`;
    // 40 and 200 rows both reach every relation of the query (2 might meet only empty lists).
    const small = await gql(app, nested, { n: 40 });
    const large = await gql(app, nested, { n: 200 });
    expect(large.body.errors).toBeUndefined();
    expect((large.body.data as any).actors.edges.length).toBeGreaterThan(20);
    expect(dbQueries(large.headers)).toBe(dbQueries(small.headers));
    // The page with parents, children and citations: one compiled statement (server/db/compile.ts).
    expect(dbQueries(large.headers)).toBe(1);
  });

  it('rejects a bad cursor and an out-of-range page size with the argument named', async () => {
    const bad = await gql(app, `{ actors(after: "nonsense") { totalCount } }`);
    expect(bad.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' } });
    const big = await gql(app, `{ actors(first: 501) { totalCount } }`);
    expect(big.body.errors![0].message).toMatch(/`first` must be from 1 to 500/);
  });

  it('refuses a body over the size limit and malformed JSON with clear errors', async () => {
    const huge = await fetch(new URL('graphql', app.url), {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ actors { totalCount } }`, variables: { pad: 'x'.repeat(200_000) } }),
    });
    expect(huge.status).toBe(413);
    const broken = await fetch(new URL('graphql', app.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect((await broken.json()).errors[0].message).toMatch(/not valid JSON/);
  });

  it('blocks a simple cross-site GET (CSRF prevention)', async () => {
    const res = await fetch(new URL('graphql?query=%7B__typename%7D', app.url));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });
});
