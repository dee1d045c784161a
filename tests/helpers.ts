/** Test helpers: a real Samkart server on a free loopback port against the suite's Neo4j. */
import { inject } from 'vitest';
import { loadConfig } from '../server/config.js';
import { startSamkart, type Samkart } from '../server/boot.js';
import { configureLog } from '../server/log.js';

export function neo4jEnv() {
  const n = inject('neo4j');
  return { NEO4J_URI: n.uri, NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_DATABASE: n.database };
}

/** Starts Samkart on 127.0.0.1 with a free port; extra env overrides the defaults. */
export async function startTestServer(env: Record<string, string> = {}): Promise<Samkart> {
  configureLog('warn', false);
  // Rate limiting is off unless a test asks for it: a browser test alone can send hundreds of requests,
  // and the fuzz and abuse tests send hundreds of refused ones (which would otherwise be slowed down).
  // The operation time limit is generous: on a loaded two-core machine a cold query can take seconds.
  return startSamkart(loadConfig({
    NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', SAMKART_RATE_LIMIT: '0', SAMKART_REFUSAL_LIMIT: '0',
    SAMKART_OPERATION_TIMEOUT_MS: '60000', ...neo4jEnv(), ...env,
  }));
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[] };
}

/** POSTs a GraphQL operation and returns status, headers and the parsed body. */
export async function gql<T = Record<string, any>>(app: Samkart, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResponse<T>> {
  const res = await fetch(new URL('graphql', app.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

/** The number of database round trips a response reports in Server-Timing. */
export function dbQueries(headers: Headers): number {
  const m = /db;desc="(\d+) queries"/.exec(headers.get('server-timing') ?? '');
  if (!m) throw new Error(`no db count in Server-Timing: ${headers.get('server-timing')}`);
  return Number(m[1]);
}
