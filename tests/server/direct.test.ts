/**
 * The direct executor (server/graphql/direct.ts) answers exactly as graphql-js does: the same
 * queries on two servers over the same database, one with it and one without, give the same bodies
 * for an anonymous caller and for a viewer (masking, refusals, aliases, fragments, directives,
 * abstract types, lists, errors); and the read workloads' queries are answered directly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { directStats } from '../../server/graphql/direct.js';
import { dbQueries, gql, startTestServer } from '../helpers.js';

const VIEWER = 'direct-test-viewer-token-0123456789abcdef';
let direct: Samkart, graphqlJs: Samkart;
beforeAll(async () => {
  // One after the other: both apply the migrations at start-up.
  direct = await startTestServer({ SAMKART_API_TOKENS: `dv:viewer:${VIEWER}` });
  graphqlJs = await startTestServer({ SAMKART_API_TOKENS: `dv:viewer:${VIEWER}`, SAMKART_DIRECT_EXECUTION: 'false' });
});
afterAll(async () => { await Promise.all([direct?.stop(), graphqlJs?.stop()]); });

const CASES: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  { name: 'plan with measures, statuses, responsibilities', query: `query P($id: ID!) { plan(id: $id) { id title
    measures { id number title latestStatus { asOf status } responsibilities { role actor { id name kind } } } } }`, variables: { id: 'plan:tve-2013-2016' } },
  { name: 'actor with memberships and responsibilities', query: `query A($id: ID!) { actor(id: $id) { id name shortName kind level
    memberships { role since until network { id name } } responsibilities { role measure { id number title plan { id title } } } } }`, variables: { id: 'actor:imdi-ost' } },
  { name: 'aliases, fragments, @skip/@include, __typename, free text', query: `query F($no: Boolean!) {
    a: actor(id: "actor:imdi-ost") { ...A description x: name, y: name @skip(if: $no) z: shortName @include(if: $no) }
    m: measure(id: "measure:tve-2013-2016/1") { __typename description sources { quote locator source { id title } } responsibilities { note sources { quote } } }
    n: nodes(ids: ["actor:imdi", "nope:x", "plan:moss-vold-2017", "measure:tve-2013-2016/11"]) { __typename id ... on Actor { name } ... on ActionPlan { title statusSummary { total counts { status count share } } } }
  } fragment A on Actor { id kind parent { id name } }`, variables: { no: true } },
  { name: 'the same document again, its directives the other way (plans are kept per parsed operation and directive values)', query: `query F($no: Boolean!) {
    a: actor(id: "actor:imdi-ost") { ...A description x: name, y: name @skip(if: $no) z: shortName @include(if: $no) }
    m: measure(id: "measure:tve-2013-2016/1") { __typename description sources { quote locator source { id title } } responsibilities { note sources { quote } } }
    n: nodes(ids: ["actor:imdi", "nope:x", "plan:moss-vold-2017", "measure:tve-2013-2016/11"]) { __typename id ... on Actor { name } ... on ActionPlan { title statusSummary { total counts { status count share } } } }
  } fragment A on Actor { id kind parent { id name } }`, variables: { no: false } },
  { name: 'a list page with totalCount', query: '{ actors(first: 5) { totalCount edges { cursor node { id name memberships { network { name } } } } pageInfo { hasNextPage endCursor } } }' },
  { name: 'gaps with subjects and explanations', query: `{ gaps(kinds: [UNOWNED_MEASURE, VAGUE_OWNER, NO_LEAD, STALLED, OVERLOADED_ACTOR], thresholds: {maxMeasuresPerActor: 5, asOf: "2026-01-01"}) {
    id kind severity subject { id __typename ... on Measure { title } } explanation } }` },
  { name: 'small root lists', query: '{ regions { id name label kind codes { code } } themes { id name nameEn: name(language: EN) } agreements { id name kind parties { id name } sources { quote } } }' },
  { name: 'contact persons list', query: '{ contacts { id name email actor { id name } } }' },
  { name: 'search', query: '{ search(text: "vold", first: 5) { kind label node { id } } }' },
  { name: 'contact persons (refused for anonymous callers, audited for viewers)', query: '{ actor(id: "actor:imdi-ost") { id contacts { name email } } }' },
  { name: 'a plan that does not exist', query: '{ plan(id: "plan:test-none") { id title } }' },
  { name: 'a gap analysis of a plan that does not exist (an error)', query: '{ gaps(plan: "plan:test-none") { id } }' },
  { name: 'a variable of the wrong type', query: 'query Q($id: ID!) { plan(id: $id) { id } }', variables: { id: { not: 'an id' } } },
  { name: 'introspection', query: '{ __type(name: "Actor") { name fields { name } } }' },
];

describe('the direct executor answers as graphql-js does', () => {
  for (const c of CASES) {
    for (const who of ['anonymous', 'viewer'] as const) {
      it(`${c.name} (${who})`, async () => {
        const headers: Record<string, string> = who === 'viewer' ? { authorization: `Bearer ${VIEWER}` } : {};
        const [a, b] = await Promise.all([gql(direct, c.query, c.variables, headers), gql(graphqlJs, c.query, c.variables, headers)]);
        const strip = (body: unknown) => JSON.parse(JSON.stringify(body).replace(/"correlationId":"[^"]+"/g, '"correlationId":"x"'));
        expect(a.status).toBe(b.status);
        expect(strip(a.body)).toEqual(strip(b.body));
        // Key order too: the response is the same text.
        expect(JSON.stringify(strip(a.body.data ?? null))).toBe(JSON.stringify(strip(b.body.data ?? null)));
      });
    }
  }

  it('answers the read workloads directly, masking quotes for anonymous callers, in one round trip', async () => {
    const before = { ...directStats };
    const plan = await gql(direct, CASES[0].query, CASES[0].variables);
    expect(dbQueries(plan.headers)).toBe(1);
    await gql(direct, CASES[1].query, CASES[1].variables);
    const gaps = await gql(direct, CASES.find((c) => c.name.startsWith('gaps with'))!.query);
    expect(gaps.body.errors).toBeUndefined();
    const quotes = await gql(direct, '{ measure(id: "measure:tve-2013-2016/1") { sources { quote } responsibilities { sources { quote } } } }');
    expect(JSON.stringify(quotes.body.data)).not.toMatch(/@imdi\.no/);
    expect(directStats.answered - before.answered).toBe(4);
    expect(directStats.givenUp).toBe(before.givenUp);
  });

  it('serves the small root lists compiled, in one round trip', async () => {
    const r = await gql(direct, '{ regions { id name parent { id } } themes { id name } agreements(kind: null) { id parties { id name } } }');
    expect(r.body.errors).toBeUndefined();
    const d = r.body.data as { regions: unknown[]; themes: unknown[]; agreements: { parties: unknown[] }[] };
    expect(d.regions.length).toBeGreaterThan(10);
    expect(d.themes.length).toBeGreaterThan(3);
    expect(d.agreements.some((a) => a.parties.length > 0)).toBe(true);
    expect(dbQueries(r.headers)).toBe(1);
  });

  it('gives refused and failing operations back to graphql-js', async () => {
    const before = directStats.givenUp;
    const r = await gql(direct, CASES.find((c) => c.name === 'contact persons list')!.query);
    expect(r.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(directStats.givenUp).toBe(before + 1);
  });
});
