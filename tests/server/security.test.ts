import { SignJWT } from 'jose';
import { auditServer } from 'graphql-http';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskError } from '../../server/app.js';
import { operationCost } from '../../server/cost.js';
import { loadTypeDefs } from '../../server/graphql/schema.js';
import type { Samkart } from '../../server/boot.js';
import { gql, startTestServer } from '../helpers.js';

const TOKENS = { viewer: 'viewer-token-for-tests-0123456789', editor: 'editor-token-for-tests-0123456789', admin: 'admin-token-for-tests-0123456789' };
const JWT_SECRET = 'a-test-secret-that-is-long-enough-0123456789';
/** The server's cost of an operation (server/cost.ts): checked against a hand count below. */
function cost(query: string, variables: Record<string, unknown> = {}): number {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return operationCost(buildSchema(loadTypeDefs()), op, {}, variables);
}
const COST_QUERY = (extra = '') => `{ actors(first: 30) { edges { node { id name kind parent { id name parent { id name } }
  memberships { role network { id name members { role actor { id name } } } } ${extra} } } } }`;
const LIMITS = { depth: 8, aliases: 5, directives: 5, tokens: 400, cost: cost(COST_QUERY()) };

let app: Samkart;
beforeAll(async () => {
  app = await startTestServer({
    SAMKART_API_TOKENS: Object.entries(TOKENS).map(([role, t]) => `${role}-user:${role}:${t}`).join(','),
    SAMKART_JWT_SECRET: JWT_SECRET,
    SAMKART_MAX_DEPTH: String(LIMITS.depth), SAMKART_MAX_ALIASES: String(LIMITS.aliases), SAMKART_MAX_DIRECTIVES: String(LIMITS.directives),
    SAMKART_MAX_TOKENS: String(LIMITS.tokens), SAMKART_MAX_COST: String(LIMITS.cost),
  });
});
afterAll(async () => { await app?.stop(); });

type Who = 'anonymous' | keyof typeof TOKENS;
const ask = (who: Who, query: string, variables?: Record<string, unknown>) =>
  gql(app, query, variables, who === 'anonymous' ? {} : { authorization: `Bearer ${TOKENS[who]}` });
const codes = (r: Awaited<ReturnType<typeof gql>>) => (r.body.errors ?? []).map((e) => e.extensions?.code);

describe('authorization matrix', () => {
  const operations: { name: string; query: string; minimum: Who }[] = [
    { name: 'public read', query: '{ actor(id: "actor:imdi") { name } }', minimum: 'anonymous' },
    { name: 'contacts list', query: '{ contacts { name } }', minimum: 'viewer' },
    { name: 'Actor.contacts', query: '{ actor(id: "actor:imdi-ost") { contacts { email } } }', minimum: 'viewer' },
    { name: 'Measure.contacts (nested)', query: '{ plan(id: "plan:tve-2013-2016") { measures { contacts { name } } } }', minimum: 'viewer' },
    { name: 'Contact fields through node(id)', query: '{ contacts: search(text: "imdi", first: 1) { label } n: nodes(ids: ["contact:a7c864ca0f45"]) { ... on Contact { name email phone title } } }', minimum: 'viewer' },
    { name: 'createActor', query: 'mutation { updateActor(id: "actor:imdi", input: {}) { id } }', minimum: 'editor' },
    { name: 'mergeActors', query: 'mutation { mergeActors(keep: "actor:nobody-a", duplicate: "actor:nobody-b") { id } }', minimum: 'admin' },
    { name: 'auditLog', query: '{ auditLog(first: 1) { entries { id } } }', minimum: 'admin' },
  ];
  const rank: Record<Who, number> = { anonymous: 0, viewer: 1, editor: 2, admin: 3 };
  for (const op of operations) {
    for (const who of ['anonymous', 'viewer', 'editor', 'admin'] as Who[]) {
      const allowed = rank[who] >= rank[op.minimum];
      it(`${op.name} × ${who}: ${allowed ? 'allowed' : 'refused'}`, async () => {
        const r = await ask(who, op.query);
        const denied = codes(r).filter((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED');
        if (allowed) expect(denied).toEqual([]);
        else expect(denied.length).toBeGreaterThan(0);
        if (!allowed && who === 'anonymous') expect(codes(r)).toContain('UNAUTHENTICATED');
      });
    }
  }

  it('masks e-mail addresses and contact names inside quotes for anonymous callers only', async () => {
    const q = '{ measure(id: "measure:tve-2013-2016/1") { sources { quote } responsibilities { sources { quote } } } }';
    const anon = JSON.stringify((await ask('anonymous', q)).body.data);
    const viewer = JSON.stringify((await ask('viewer', q)).body.data);
    expect(viewer).toMatch(/@imdi\.no/);
    expect(anon).not.toMatch(/@imdi\.no/);
  });

  it('accepts a signed JWT with a role, refuses a bad or expired one with 401', async () => {
    const secret = new TextEncoder().encode(JWT_SECRET);
    const sign = (claims: Record<string, unknown>, exp: string | number) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' })
      .setSubject('jwt-user').setIssuer('samkart').setAudience('samkart').setExpirationTime(exp).sign(secret);
    const good = await sign({ role: 'viewer' }, '1h');
    const ok = await gql(app, '{ contacts { name } }', {}, { authorization: `Bearer ${good}` });
    expect(ok.body.errors).toBeUndefined();
    const expired = await sign({ role: 'viewer' }, Math.floor(Date.now() / 1000) - 60);
    const r1 = await gql(app, '{ __typename }', {}, { authorization: `Bearer ${expired}` });
    expect(r1.status).toBe(401);
    const forged = await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another'));
    expect((await gql(app, '{ __typename }', {}, { authorization: `Bearer ${forged}` })).status).toBe(401);
    expect((await gql(app, '{ __typename }', {}, { authorization: 'Bearer not-a-token-we-know-about-123' })).status).toBe(401);
    expect((await gql(app, '{ __typename }', {}, { authorization: 'Basic abc' })).status).toBe(401);
  });
});

describe('operation limits, at the limit and one past it', () => {
  /** actor { parent { … { id } } } with `depth` levels of fields, the leaf included. */
  const nest = (depth: number) => {
    let q = 'id';
    for (let i = 2; i < depth; i++) q = `parent { ${q} }`;
    return `{ actor(id: "actor:imdi-ost") { ${q} } }`;
  };
  it('depth', async () => {
    expect((await ask('anonymous', nest(LIMITS.depth))).body.errors ?? []).toEqual([]);
    const r = await ask('anonymous', nest(LIMITS.depth + 1));
    expect(r.body.errors![0].message).toMatch(/depth/i);
  });
  it('aliases', async () => {
    const q = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: actor(id: "actor:imdi") { id }`).join(' ')} }`;
    expect((await ask('anonymous', q(LIMITS.aliases))).body.errors ?? []).toEqual([]);
    expect((await ask('anonymous', q(LIMITS.aliases + 1))).body.errors![0].message).toMatch(/alias/i);
  });
  it('directives', async () => {
    const fields = ['id', 'name', 'shortName', 'kind', 'level', 'description', 'url', 'sector'];
    const q = (n: number) => `{ actor(id: "actor:imdi") { ${fields.slice(0, n).map((f) => `${f} @include(if: true)`).join(' ')} } }`;
    expect((await ask('anonymous', q(LIMITS.directives))).body.errors ?? []).toEqual([]);
    expect((await ask('anonymous', q(LIMITS.directives + 1))).body.errors![0].message).toMatch(/directive/i);
  });
  it('tokens', async () => {
    // "{ __typename × k }" is k + 2 tokens (the end of the document is not counted).
    const typenames = (k: number) => `{ ${'__typename '.repeat(k)}}`;
    expect(cost(typenames(LIMITS.tokens))).toBeLessThan(LIMITS.cost);
    expect((await ask('anonymous', typenames(LIMITS.tokens - 2))).body.errors ?? []).toEqual([]);
    expect((await ask('anonymous', typenames(LIMITS.tokens - 1))).body.errors![0].message).toMatch(/token/i);
  });
  it('cost', async () => {
    // By hand: actors 2 + 3 × (totalCount 1 + edges 2 + (node 2 + id 1 + name 1)) = 23.
    expect(cost('{ actors(first: 3) { totalCount edges { node { id name } } } }')).toBe(23);
    expect((await ask('anonymous', COST_QUERY())).body.errors ?? []).toEqual([]);
    expect(cost(COST_QUERY('shortName'))).toBeGreaterThan(LIMITS.cost);
    const r = await ask('anonymous', COST_QUERY('shortName'));
    expect(r.status).toBe(400);
    expect(r.body.errors![0].message).toMatch(/cost/i);
    expect(r.body.errors![0].extensions?.code).toBe('COST_LIMIT_EXCEEDED');
  });
  it('cost with variables: the same document is allowed or refused by each request\'s own variables', async () => {
    // The cost is kept per document and variables (server/app.ts): a cheap request first must not
    // let the same document through with a page size past the limit, nor the other way round.
    const q = `query($n: Int) { actors(first: $n) { edges { node { id name kind parent { id name parent { id name } }
      memberships { role network { id name members { role actor { id name } } } } shortName } } } }`;
    expect(cost(q, { n: 2 })).toBeLessThan(LIMITS.cost);
    expect(cost(q, { n: 30 })).toBeGreaterThan(LIMITS.cost);
    for (const n of [2, 30, 2, 30]) {
      const r = await ask('anonymous', q, { n });
      if (n === 2) expect(r.body.errors ?? []).toEqual([]);
      else expect(r.body.errors![0].extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    }
  });
  it('batching is off', async () => {
    const res = await fetch(new URL('graphql', app.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) });
    expect(res.status).toBe(400);
  });
});

describe('malformed and hostile input changes nothing', () => {
  const INJECTIONS = [
    `" OR 1=1 //`, `'}) MATCH (n) DETACH DELETE n //`, `\${injection}`, `$id`, `\\u0000\\n`, `*:*`, `<script>alert(1)</script>`, 'x'.repeat(5000),
  ];
  it('every string argument treats injection strings as data', async () => {
    const [{ n: before }] = await app.db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    for (const s of INJECTIONS) {
      const queries = [
        ['query($s: String!) { search(text: $s) { label } }', { s }],
        ['query($s: ID!) { actor(id: $s) { id } node(id: $s) { id } }', { s }],
        ['query($s: String!) { actors(filter: { text: $s }) { totalCount } networks(filter: { text: $s }) { totalCount } }', { s }],
        ['query($s: ID!) { collaborationGraph(filter: { region: $s, theme: $s, plan: $s, network: $s }) { nodes { id } } }', { s }],
        ['query($s: ID!) { gaps(plan: $s) { kind } }', { s }],
        ['query($s: ID!) { path(from: $s, to: "actor:imdi") { length } }', { s }],
        ['query($s: String) { indicators(table: $s, category: $s) { id } }', { s }],
        ['mutation($s: String!) { createActor(input: { name: $s, kind: NGO, source: $s, id: "actor:nope nope" }) { id } }', { s }],
      ] as const;
      for (const [q, v] of queries) {
        const r = await ask('editor', q, v);
        expect(r.status).toBeLessThan(500);
        for (const e of r.body.errors ?? []) expect(e.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      }
    }
    const [{ n: after }] = await app.db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    expect(after).toBe(before);
  }, 180_000);

  it('wrong types and unknown fields fail validation with a clear message', async () => {
    const r = await ask('anonymous', '{ actors(first: "ten") { totalCount } }');
    expect(r.body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const u = await ask('anonymous', '{ actor(id: "actor:imdi") { nmae } }');
    expect(u.body.errors![0].message).toMatch(/nmae/);
  });
});

describe('production mode', () => {
  it('masks internal errors (code and correlation id only) and keeps user errors', () => {
    const masked = maskError({ message: 'Neo4jError: MATCH (n) failed at bolt://10.0.0.1:7687', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, new Error('boom'), true);
    expect(masked.message).not.toMatch(/Neo4j|MATCH|bolt/);
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: expect.any(String) });
    const user = maskError({ message: '`first` must be from 1 to 500', extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at y'] } }, null, true);
    expect(user).toEqual({ message: '`first` must be from 1 to 500', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('keeps errors graphql-js raises about the request itself as user errors, e.g. its limit on variable errors', async () => {
    // graphql-js stops coercing variables after 50 errors and adds one error of its own, without a
    // code; it is about the request, not a bug, so it must not become INTERNAL_SERVER_ERROR.
    const schema = buildSchema('input I { a: ID! } type Query { f(xs: [I!]!): Int }');
    const { getVariableValues } = await import('graphql');
    const op = parse('query Q($xs: [I!]!) { f(xs: $xs) }').definitions[0] as OperationDefinitionNode;
    const { errors } = getVariableValues(schema, op.variableDefinitions!, { xs: Array.from({ length: 60 }, () => ({})) }, { maxErrors: 50 });
    const limit = errors!.at(-1)!;
    expect(limit.message).toMatch(/Too many errors/);
    const formatted = maskError({ message: limit.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, limit, true);
    expect(formatted.extensions?.code).toBe('BAD_USER_INPUT');
    expect(formatted.message).toMatch(/Too many errors/);
  });

  it('turns introspection and the landing page off', async () => {
    const prod = await startTestServer({ NODE_ENV: 'production', SAMKART_LOAD_DATA: 'never' });
    try {
      const r = await gql(prod, '{ __schema { types { name } } }');
      expect(r.body.errors![0].message).toMatch(/introspection/i);
      expect(JSON.stringify(r.body)).not.toMatch(/stacktrace/);
      const page = await fetch(new URL('graphql', prod.url), { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).not.toMatch(/html/);
    } finally { await prod.stop(); }
  });

  it('limits the request rate per client with 429 and Retry-After', async () => {
    const limited = await startTestServer({ SAMKART_RATE_LIMIT: '5', SAMKART_LOAD_DATA: 'never' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await gql(limited, '{ __typename }')).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429]);
    } finally { await limited.stop(); }
  });
});

describe('GraphQL over HTTP conformance', () => {
  it('passes every MUST audit of graphql-http against the real server', async () => {
    const results = await auditServer({ url: new URL('graphql', app.url).toString() });
    const failed = results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}`);
    expect(failed).toEqual([]);
    expect(results.length).toBeGreaterThan(40);
  });
});
