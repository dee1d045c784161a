/**
 * The floor: each workload's hand-written Cypher through neo4j-driver behind a bare node:http
 * handler, including JSON serialisation. One route per workload (`POST /<route>` with the
 * parameters as JSON); the response is Samkart's GraphQL response shape, `{"data": {...}}`, with
 * the number of database round trips in Server-Timing like Samkart's (one per request, by
 * construction).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import * as Q from '../floor-queries.js';

type Params = Record<string, unknown>;
interface Route {
  /** The statement, or one chosen by the request's parameters. */
  cypher: string | ((p: Params) => string); write?: boolean; field: string; params(p: Params): Params;
  /** Builds the answer from all records; by default the first record's only value. */
  build?(records: Record<string, any>[]): unknown;
}

interface ContextRow { kind: string; id: string; label: string; members: { id: string; label: string; kind: string | null }[] }

/** Pairs up the participants of each shared context: weighted edges, and the actors that have one. */
function collaborationGraph(contexts: ContextRow[]) {
  const nodes = new Map<string, ContextRow['members'][number]>();
  const edges = new Map<string, { id: string; source: string; target: string; weight: number; contexts: { kind: string; id: string; label: string }[] }>();
  for (const c of contexts) {
    const members = [...c.members].sort((a, b) => (a.id < b.id ? -1 : 1));
    const ref = { kind: c.kind, id: c.id, label: c.label };
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const id = `${members[i].id}~${members[j].id}`;
        let e = edges.get(id);
        if (!e) {
          e = { id, source: members[i].id, target: members[j].id, weight: 0, contexts: [] };
          edges.set(id, e);
          nodes.set(members[i].id, members[i]);
          nodes.set(members[j].id, members[j]);
        }
        e.weight++;
        e.contexts.push(ref);
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

const ROUTES: Record<string, Route> = {
  actor: { cypher: Q.ACTOR, field: 'actor', params: (p) => ({ id: p.id }) },
  plan: { cypher: Q.PLAN, field: 'plan', params: (p) => ({ id: p.id }) },
  collaboration: {
    cypher: Q.COLLABORATION_CONTEXTS, field: 'collaborationGraph', params: (p) => ({ region: p.region ?? null }),
    build: (records) => collaborationGraph(records as ContextRow[]),
  },
  // The same graph with the pairs formed in Cypher (the peer's statement), for comparison.
  'collaboration-cypher': { cypher: Q.COLLABORATION, field: 'collaborationGraph', params: (p) => ({ region: p.region ?? null }) },
  gaps: {
    cypher: (p) => (p.plan ? Q.GAPS_OF_PLAN : Q.GAPS_ALL), field: 'gaps',
    params: (p) => ({ plan: p.plan ?? null, max: neo4j.int(Number(p.max ?? 5)), asOf: p.asOf }),
  },
  search: {
    cypher: Q.SEARCH, field: 'search',
    params: (p) => ({ query: Q.luceneQuery(String(p.text)), first: neo4j.int(Number(p.first ?? 20)), fetch: neo4j.int(Number(p.first ?? 20) * 4) }),
  },
  'add-membership': {
    cypher: Q.ADD_MEMBERSHIP, field: 'addMembership', write: true,
    params: (p) => ({ actor: p.actor, network: p.network, role: String(p.role).toLowerCase().replace(/_/g, '-'), since: p.since, source: p.source }),
  },
  'record-status': {
    cypher: Q.RECORD_STATUS, field: 'recordStatus', write: true,
    params: (p) => ({ measure: p.measure, status: String(p.status).toLowerCase().replace(/_/g, '-'), asOf: p.asOf, text: p.text ?? null }),
  },
};

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function autoCommitRead(driver: Driver, cypher: string, params: Record<string, unknown>) {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    return (await session.run(cypher, params)).records;
  } finally {
    await session.close();
  }
}

export async function startFloor(uri: string): Promise<{ port: number; stop(): Promise<void> }> {
  // The same driver settings as Samkart's server/db/driver.ts, so the arms differ only above it.
  const driver: Driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
    disableLosslessIntegers: true, maxConnectionPoolSize: 50, connectionAcquisitionTimeout: 60_000,
  });
  const server = http.createServer(async (req, res) => {
    const route = ROUTES[(req.url ?? '/').slice(1)];
    if (!route || req.method !== 'POST') { res.writeHead(404).end(); return; }
    try {
      const params = route.params(JSON.parse(await readBody(req)) as Params);
      const t0 = performance.now();
      // As Samkart's Db does: reads as auto-commit queries, writes in a managed transaction.
      const cypher = typeof route.cypher === 'string' ? route.cypher : route.cypher(params);
      const records = route.write
        ? (await driver.executeQuery(cypher, params, { database: 'neo4j', routing: 'WRITE' })).records
        : await autoCommitRead(driver, cypher, params);
      const value = route.build ? route.build(records.map((r) => r.toObject())) : records[0]?.get(0) ?? null;
      const body = JSON.stringify({ data: { [route.field]: value } });
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'server-timing': `db;desc="1 queries";dur=${(performance.now() - t0).toFixed(1)}`,
      });
      res.end(body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: String((e as Error).message ?? e) }] }));
    }
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async stop() {
      await new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); });
      await driver.close();
    },
  };
}
