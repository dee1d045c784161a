/**
 * The six API workloads, as the request each arm gets and a normal form of each arm's answer, so
 * the harness can check that the arms return equivalent data before it times them.
 *
 * Requests are numbered: `call(arm, k)` is the k-th request of a run. Reads rotate over a small set
 * of parameters (k modulo `rotation`); the write mix draws unique (actor, network, date) and
 * (measure, date) pairs from k, and k comes from one counter shared by every arm and round, so no
 * two writes of a run collide.
 */
import type { ArmName } from './arms/index.js';
import { luceneQuery } from './floor-queries.js';
import type { GeneratedIndex } from './generate.js';

export interface Call { path: string; body: string; headers?: Record<string, string> }
export type VariantKind = 'point' | 'list' | 'graph' | 'write';

export interface Variant {
  /** Short id, e.g. `3-graph-country`. */
  id: string;
  workload: 1 | 2 | 3 | 4 | 5 | 6;
  title: string;
  kind: VariantKind;
  /** Distinct parameter sets the reads rotate over. */
  rotation: number;
  /** The k-th request for an arm, or null when the arm cannot express the workload. */
  call(arm: ArmName, k: number): Call | null;
  /** A normal form of a response body (parsed JSON) for comparing arms; throws on GraphQL errors. */
  normalise(arm: ArmName, body: GraphQLBody, k: number): unknown;
  /** Size of the answer (elements of a graph, rows of a list), for the table. */
  size?(body: GraphQLBody, arm: ArmName): number;
}

export interface GraphQLBody { data?: Record<string, any> | null; errors?: { message: string }[] }

const gqlCall = (query: string, variables: Record<string, unknown>, headers?: Record<string, string>): Call =>
  ({ path: '/graphql', body: JSON.stringify({ query, variables }), ...(headers ? { headers } : {}) });

/**
 * The editor token Samkart's arm accepts (SAMKART_API_TOKENS=bench:editor:<token>, set by
 * bench/arms/child.ts): Samkart's mutations need the editor role, so the write mix signs in.
 */
export const BENCH_TOKEN = 'samkart-benchmark-editor-token-not-a-secret';
const EDITOR = { authorization: `Bearer ${BENCH_TOKEN}` };
const floorCall = (route: string, params: Record<string, unknown>): Call => ({ path: `/${route}`, body: JSON.stringify(params) });
/** The API spells enums UPPER_SNAKE; the peer returns the graph's kebab-case. */
const toEnum = (v: string | null | undefined) => (v == null ? null : v.toUpperCase().replace(/-/g, '_'));
const sorted = (xs: string[]) => [...xs].sort();

function dataOf(body: GraphQLBody): Record<string, any> {
  if (body.errors?.length) throw new Error(`GraphQL errors: ${body.errors.map((e) => e.message).join('; ').slice(0, 500)}`);
  if (!body.data) throw new Error('no data in the response');
  return body.data;
}

// ---------------------------------------------------------------------------------------------
// Samkart's operations (the public API, schema/*/schema.graphql).

export const SAMKART = {
  actor: `query BenchActor($id: ID!) { actor(id: $id) { id name shortName kind level
    memberships { role since until network { id name } }
    responsibilities { role measure { id number title plan { id title } } } } }`,
  plan: `query BenchPlan($id: ID!) { plan(id: $id) { id title
    measures { id number title latestStatus { asOf status } responsibilities { role actor { id name kind } } } } }`,
  graph: `query BenchGraph($region: ID) { collaborationGraph(filter: {region: $region}) {
    nodes { id label kind } edges { id source target weight contexts { kind id label } } } }`,
  gaps: `query BenchGaps($plan: ID, $asOf: String) { gaps(plan: $plan, kinds: [UNOWNED_MEASURE, VAGUE_OWNER, NO_LEAD, STALLED, OVERLOADED_ACTOR],
    thresholds: {maxMeasuresPerActor: 5, asOf: $asOf}) { id kind severity subject { id } explanation } }`,
  search: `query BenchSearch($text: String!) { search(text: $text, first: 20) { kind label score node { id } } }`,
  addMembership: `mutation BenchAddMembership($actor: ID!, $network: ID!, $since: String!) {
    addMembership(actor: $actor, network: $network, role: WORKING_GROUP, since: $since, source: "Samkart benchmark") {
      role since actor { id name } network { id name } } }`,
  recordStatus: `mutation BenchRecordStatus($measure: ID!, $asOf: String!) {
    recordStatus(measure: $measure, status: IN_PROGRESS, asOf: $asOf, text: "Samkart benchmark", source: "Samkart benchmark") {
      id latestStatus { asOf status } } }`,
};

// The peer's operations over its generated API (bench/arms/peer.ts).
export const PEER = {
  actor: `query PeerActor($id: ID!) { actors(where: {id: {eq: $id}}) { id name shortName kind level
    memberOfConnection { edges { properties { role since until } node { id name } } }
    responsibleForConnection { edges { properties { role } node { id number title plan { id title } } } } } }`,
  plan: `query PeerPlan($id: ID!) { actionPlans(where: {id: {eq: $id}}) { id title
    measures(sort: [{sortKey: ASC}]) { id number title statuses(sort: [{asOf: DESC}], limit: 1) { asOf status }
      responsiblesConnection { edges { properties { role } node { id name kind } } } } } }`,
  graph: `query PeerGraph($region: ID) { collaborationGraph(region: $region) {
    nodes { id label kind } edges { id source target weight contexts { kind id label } } } }`,
  gaps: `query PeerGaps($asOf: String!) { gaps(max: 5, asOf: $asOf) { id kind severity subject { id } explanation } }`,
  planGaps: `query PeerPlanGaps($plan: ID!, $asOf: String!) { gaps: planGaps(plan: $plan, max: 5, asOf: $asOf) { id kind severity subject { id } explanation } }`,
  search: `query PeerSearch($query: String!) { search(query: $query, first: 20, fetch: 80) { kind label score node { id } } }`,
  addMembership: `mutation PeerAddMembership($actor: ID!, $network: ID!, $since: String!, $key: String!) {
    updateActors(where: {id: {eq: $actor}}, update: {memberOf: [{connect: [{where: {node: {id: {eq: $network}}},
      edge: {role: "working-group", since: $since, key: $key}}]}]}) {
      actors { id name memberOfConnection(where: {node: {id: {eq: $network}}}) { edges { properties { role since } node { id name } } } } } }`,
  recordStatus: `mutation PeerRecordStatus($id: ID!, $measure: ID!, $asOf: String!) {
    createStatusReports(input: [{id: $id, asOf: $asOf, status: "in-progress", text: "Samkart benchmark",
      measure: {connect: [{where: {node: {id: {eq: $measure}}}}]}}]) { statusReports { id asOf status } } }`,
};

/** Status dates of the benchmark are judged at a fixed date, so gap results do not depend on today. */
const AS_OF = '2025-01-01';

/** Day `d` counted back from 2024-12-31, as YYYY-MM-DD. */
function dayBack(d: number): string {
  return new Date(Date.UTC(2024, 11, 31) - d * 86_400_000).toISOString().slice(0, 10);
}

export function variants(index: GeneratedIndex): Variant[] {
  const busy = index.busyActors.slice(0, 8);
  const plans = index.nationalPlans;
  const bigCounty = index.counties[1] ?? index.counties[0];
  const terms = index.searchTerms;

  const actorNormal = (arm: ArmName, body: GraphQLBody) => {
    const d = dataOf(body);
    if (arm === 'peer') {
      const a = d.actors[0];
      return {
        id: a.id, kind: toEnum(a.kind),
        memberships: sorted(a.memberOfConnection.edges.map((e: any) => `${e.node.id}|${toEnum(e.properties.role)}|${e.properties.since ?? ''}`)),
        responsibilities: sorted(a.responsibleForConnection.edges.map((e: any) => `${e.node.id}|${toEnum(e.properties.role)}|${e.node.plan[0]?.id}`)),
      };
    }
    const a = d.actor;
    return {
      id: a.id, kind: a.kind,
      memberships: sorted(a.memberships.map((m: any) => `${m.network.id}|${m.role}|${m.since ?? ''}`)),
      responsibilities: sorted(a.responsibilities.map((r: any) => `${r.measure.id}|${r.role}|${r.measure.plan?.id}`)),
    };
  };

  const graphNormal = (arm: ArmName, body: GraphQLBody) => {
    const g = dataOf(body).collaborationGraph;
    return {
      nodes: sorted(g.nodes.map((n: any) => n.id)),
      edges: sorted(g.edges.map((e: any) => `${e.id}|${e.weight}|${sorted(e.contexts.map((c: any) => `${c.kind}:${c.id}`)).join(',')}`)),
    };
  };
  const graphSize = (body: GraphQLBody) => {
    const g = body.data?.collaborationGraph;
    return g ? g.nodes.length + g.edges.length : 0;
  };

  const graph = (id: string, title: string, region: string | null): Variant => ({
    id, workload: 3, title, kind: 'graph', rotation: 1,
    call: (arm) => (arm === 'floor' ? floorCall('collaboration', { region })
      : gqlCall(arm === 'peer' ? PEER.graph : SAMKART.graph, { region })),
    normalise: graphNormal, size: graphSize,
  });

  const gapNormal = (_arm: ArmName, body: GraphQLBody) => sorted(dataOf(body).gaps.map((g: any) => `${g.kind}|${g.subject.id}`));
  const gaps = (id: string, title: string, kind: VariantKind, plan: string | null): Variant => ({
    id, workload: 4, title, kind, rotation: 1,
    call: (arm) => (arm === 'floor' ? floorCall('gaps', { plan, max: 5, asOf: AS_OF })
      : arm === 'peer' ? gqlCall(plan ? PEER.planGaps : PEER.gaps, plan ? { plan, asOf: AS_OF } : { asOf: AS_OF })
      : gqlCall(SAMKART.gaps, { plan, asOf: AS_OF })),
    normalise: gapNormal, size: (body) => body.data?.gaps?.length ?? 0,
  });

  // Workload 6: per six requests, four reads (workload 1) and two writes.
  const writable = index.writableActors, networks = index.networks, measures = index.measures;
  const mixCall = (arm: ArmName, k: number): Call => {
    const step = k % 6;
    if (step === 1) {
      const actor = writable[k % writable.length];
      const network = networks[Math.floor(k / writable.length) % networks.length];
      const since = dayBack(Math.floor(k / (writable.length * networks.length)));
      if (arm === 'floor') return floorCall('add-membership', { actor, network, role: 'WORKING_GROUP', since, source: 'Samkart benchmark' });
      if (arm === 'peer') return gqlCall(PEER.addMembership, { actor, network, since, key: `working-group|${since}` });
      return gqlCall(SAMKART.addMembership, { actor, network, since }, EDITOR);
    }
    if (step === 3) {
      const measure = measures[k % measures.length];
      const asOf = dayBack(Math.floor(k / measures.length));
      if (arm === 'floor') return floorCall('record-status', { measure, status: 'IN_PROGRESS', asOf, text: 'Samkart benchmark' });
      if (arm === 'peer') return gqlCall(PEER.recordStatus, { id: `status:${measure.slice(8)}/${asOf}`, measure, asOf });
      return gqlCall(SAMKART.recordStatus, { measure, asOf }, EDITOR);
    }
    const id = busy[k % busy.length];
    return arm === 'floor' ? floorCall('actor', { id }) : arm === 'peer' ? gqlCall(PEER.actor, { id }) : gqlCall(SAMKART.actor, { id }, EDITOR);
  };

  return [
    {
      id: '1-actor', workload: 1, title: 'one actor, memberships and responsibilities', kind: 'point', rotation: busy.length,
      call: (arm, k) => {
        const id = busy[k % busy.length];
        return arm === 'floor' ? floorCall('actor', { id }) : gqlCall(arm === 'peer' ? PEER.actor : SAMKART.actor, { id });
      },
      normalise: actorNormal,
      size: (body, arm) => {
        const a = arm === 'peer' ? body.data?.actors?.[0] : body.data?.actor;
        if (!a) return 0;
        return arm === 'peer' ? a.memberOfConnection.edges.length + a.responsibleForConnection.edges.length : a.memberships.length + a.responsibilities.length;
      },
    },
    {
      id: '2-plan', workload: 2, title: 'one plan: measures, responsibilities, actors', kind: 'point', rotation: plans.length,
      call: (arm, k) => {
        const id = plans[k % plans.length];
        return arm === 'floor' ? floorCall('plan', { id }) : gqlCall(arm === 'peer' ? PEER.plan : SAMKART.plan, { id });
      },
      normalise: (arm, body) => {
        const d = dataOf(body);
        if (arm === 'peer') {
          const p = d.actionPlans[0];
          return { id: p.id, measures: p.measures.map((m: any) => `${m.id}|${toEnum(m.statuses[0]?.status) ?? '-'}|${sorted(m.responsiblesConnection.edges.map((e: any) => `${e.node.id}:${toEnum(e.properties.role)}`)).join(',')}`) };
        }
        const p = d.plan;
        return { id: p.id, measures: p.measures.map((m: any) => `${m.id}|${m.latestStatus?.status ?? '-'}|${sorted(m.responsibilities.map((r: any) => `${r.actor.id}:${r.role}`)).join(',')}`) };
      },
      size: (body, arm) => (arm === 'peer' ? body.data?.actionPlans?.[0]?.measures.length : body.data?.plan?.measures.length) ?? 0,
    },
    graph('3-graph-county', `collaboration graph of ${bigCounty.name}`, bigCounty.id),
    graph('3-graph-country', 'collaboration graph of the country', null),
    gaps('4-gaps-plan', 'gaps of one national plan', 'point', plans[0]),
    gaps('4-gaps-all', 'gaps of all plans', 'list', null),
    {
      id: '5-search', workload: 5, title: 'full-text search, 20 hits', kind: 'point', rotation: terms.length,
      call: (arm, k) => {
        const text = terms[k % terms.length];
        return arm === 'floor' ? floorCall('search', { text, first: 20 })
          : arm === 'peer' ? gqlCall(PEER.search, { query: luceneQuery(text) }) : gqlCall(SAMKART.search, { text });
      },
      normalise: (_arm, body) => sorted(dataOf(body).search.map((h: any) => h.node.id)),
      size: (body) => body.data?.search?.length ?? 0,
    },
    {
      id: '6-mix', workload: 6, title: 'reads with writes (4:2 actor reads : membership, status)', kind: 'write', rotation: 6,
      call: mixCall,
      // Writes are unique, so arms cannot return the same data; every answer must be an answer.
      normalise: (_arm, body, k) => {
        const d = dataOf(body);
        const value = Object.values(d)[0];
        if (value == null || (Array.isArray(value) && value.length === 0)) throw new Error(`empty answer to request ${k % 6}`);
        return k % 6 === 1 ? 'membership' : k % 6 === 3 ? 'status' : 'read';
      },
    },
  ];
}
