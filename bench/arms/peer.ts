/**
 * The peer: @neo4j/graphql (v7) on @apollo/server, with type definitions equivalent to Samkart's
 * for the parts the workloads touch, over the same database. Nested reads and writes use the
 * library's generated API; what it cannot generate (a derived, weighted collaboration graph, the
 * gap rules, cross-label full-text search) uses its idiomatic escape hatch, a `@cypher` field with
 * the floor's statement. HTTP is the same bare node:http + `executeHTTPGraphQLRequest` that
 * Samkart uses, so the arms differ only in the GraphQL layer. Server-Timing reports the database
 * round trips each request made (counted on a per-request driver proxy).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import * as Q from '../floor-queries.js';

const gql = String.raw;
/** Cypher inside a GraphQL block string: only `"""` and backslashes would need escaping. */
const block = (cypher: string) => cypher.replace(/\\/g, '\\\\').replace(/"""/g, '\\"""');

export const PEER_TYPE_DEFS = gql`
type Actor @node {
  id: ID!
  name: String
  shortName: String
  kind: String
  level: String
  isGenericRole: Boolean
  memberOf: [Network!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "MemberOf")
  responsibleFor: [Measure!]! @relationship(type: "RESPONSIBLE_FOR", direction: OUT, properties: "ResponsibleFor")
}
type MemberOf @relationshipProperties { role: String, since: String, until: String, key: String }
type ResponsibleFor @relationshipProperties { role: String, key: String }
type Network @node {
  id: ID!
  name: String
  members: [Actor!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "MemberOf")
}
type ActionPlan @node {
  id: ID!
  title: String
  measures: [Measure!]! @relationship(type: "HAS_MEASURE", direction: OUT)
}
type Measure @node {
  id: ID!
  number: String
  title: String
  sortKey: String
  plan: [ActionPlan!]! @relationship(type: "HAS_MEASURE", direction: IN)
  statuses: [StatusReport!]! @relationship(type: "HAS_STATUS", direction: OUT)
  responsibles: [Actor!]! @relationship(type: "RESPONSIBLE_FOR", direction: IN, properties: "ResponsibleFor")
}
type StatusReport @node {
  id: ID!
  asOf: String
  status: String
  text: String
  measure: [Measure!]! @relationship(type: "HAS_STATUS", direction: IN)
}

type PeerGraphNode { id: ID!, label: String, kind: String }
type PeerContext { kind: String!, id: ID!, label: String }
type PeerGraphEdge { id: ID!, source: ID!, target: ID!, weight: Int!, contexts: [PeerContext!]! }
type PeerGraph { nodes: [PeerGraphNode!]!, edges: [PeerGraphEdge!]! }
type PeerSubject { id: ID! }
type PeerGap { id: ID!, kind: String!, severity: String!, subject: PeerSubject!, explanation: String! }
type PeerHit { kind: String!, label: String!, score: Float!, node: PeerSubject! }

type Query {
  collaborationGraph(region: ID): PeerGraph!
    @cypher(statement: """${block(Q.COLLABORATION)}""", columnName: "graph")
  gaps(max: Int!, asOf: String!): [PeerGap!]!
    @cypher(statement: """CALL { ${block(Q.GAPS_ALL)} } UNWIND gaps AS g RETURN g""", columnName: "g")
  planGaps(plan: ID!, max: Int!, asOf: String!): [PeerGap!]!
    @cypher(statement: """CALL { ${block(Q.GAPS_OF_PLAN)} } UNWIND gaps AS g RETURN g""", columnName: "g")
  search(query: String!, first: Int!, fetch: Int!): [PeerHit!]!
    @cypher(statement: """CALL { ${block(Q.SEARCH)} } UNWIND hits AS h RETURN h""", columnName: "h")
}
`;

/** Counts database round trips: every transaction function or auto-commit run on a session. */
function countingDriver(driver: Driver, counter: { n: number }): Driver {
  return new Proxy(driver, {
    get(target, prop) {
      if (prop === 'session') {
        return (config: unknown) => {
          const session = target.session(config as Parameters<Driver['session']>[0]);
          return new Proxy(session, {
            get(s, p) {
              const v = Reflect.get(s, p, s);
              if (typeof v !== 'function') return v;
              if (p === 'executeRead' || p === 'executeWrite' || p === 'run') return (...args: unknown[]) => { counter.n++; return v.apply(s, args); };
              return v.bind(s);
            },
          });
        };
      }
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

interface PeerContext { executionContext: Driver; counter: { n: number } }

export async function startPeer(uri: string): Promise<{ port: number; stop(): Promise<void> }> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { maxConnectionPoolSize: 50, connectionAcquisitionTimeout: 60_000 });
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const apollo = new ApolloServer<PeerContext>({ schema, csrfPrevention: true, allowBatchedHttpRequests: false, introspection: true });
  await apollo.start();
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const body = req.method === 'POST' ? JSON.parse(await readBody(req)) : undefined;
      const counter = { n: 0 };
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => ({ executionContext: countingDriver(driver, counter), counter }),
      });
      for (const [k, v] of result.headers) res.setHeader(k, v);
      res.setHeader('server-timing', `db;desc="${counter.n} queries"`);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') res.end(result.body.string);
      else { for await (const chunk of result.body.asyncIterator) res.write(chunk); res.end(); }
    } catch (e) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: String((e as Error).message ?? e) }] }));
    }
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async stop() {
      await new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); });
      await apollo.stop();
      await driver.close();
    },
  };
}
