/**
 * node:http in front of Apollo: /graphql, /healthz, /readyz and the built web app at /. Kept
 * dependency-free; request bodies are size-limited and every response carries the number of
 * database round trips of the request in Server-Timing.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { BodyTooLarge, readBody } from './body.js';
import path from 'node:path';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Config } from './config.js';
import { authenticate, AuthError } from './auth.js';
import { createContext, type Context, type Viewer } from './context.js';
import type { Db } from './db/driver.js';
import { ping } from './db/repos/health.repo.js';
import { log } from './log.js';
import { RateLimiter } from './ratelimit.js';
import { interchangeRoute } from './routes/interchange.js';
import { fileRoutes } from './routes/reports.js';
import { IDEMPOTENCY_HEADER, idempotency, type IdempotencyDecision } from './idempotency.js';
import { DomainError } from './db/errors.js';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.map': 'application/json',
};

export interface AppState {
  apollo?: ApolloServer<Context>;
  db?: Db;
  /** Start-up done (database reached, migrations applied, Apollo started). */
  ready: boolean;
  /** A stop has begun: /readyz says 503 so load balancers move away while requests in flight finish. */
  stopping: boolean;
  /** Whether the supervised embedded Neo4j runs (unset with NEO4J_URI: the driver finds out per query). */
  databaseUp?: () => boolean;
}

/** Seconds a client should wait before retrying while the database is down. */
const RETRY_AFTER_S = 2;

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export function createHttpServer(config: Config, state: AppState) {
  const webRoot = path.resolve(config.webDir);
  const limiter = new RateLimiter(config.limits.ratePerMinute);
  const authFailures = new RateLimiter(config.limits.authFailuresPerMinute);
  const refusals = new Tarpit(new RateLimiter(config.limits.refusalsPerMinute));
  const server = http.createServer(async (req, res) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return json(res, 400, { error: 'malformed request URL' });
    }
    try {
      if (url.pathname === '/healthz') return json(res, 200, { status: 'ok', database: state.databaseUp ? (state.databaseUp() ? 'up' : 'restarting') : undefined });
      if (url.pathname === '/readyz') return await readyz(res, state);
      if (url.pathname === '/graphql') return await graphql(req, res, url, config, state, limiter, authFailures, refusals);
      if (await interchangeRoute(req, res, url, config, state)) return;
      if (await fileRoutes(req, res, url, config, state.ready ? state.db : undefined, limiter)) return;
      if (req.method === 'GET' || req.method === 'HEAD') return await serveStatic(res, webRoot, url.pathname);
      json(res, 405, { error: 'method not allowed' });
    } catch (e) {
      log.error('http handler failed', { error: String((e as Error).stack ?? e) });
      if (!res.headersSent) json(res, 500, { error: 'internal error' });
      else res.end();
    }
  });
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  return server;
}

/** Ready = this process would answer a GraphQL request now: started, not stopping, and the database answers. */
async function readyz(res: ServerResponse, state: AppState) {
  const unavailable = { 'retry-after': String(RETRY_AFTER_S), 'cache-control': 'no-store' };
  if (state.stopping) return json(res, 503, { status: 'stopping' }, unavailable);
  if (!state.ready || !state.db) return json(res, 503, { status: 'starting' }, unavailable);
  if (state.databaseUp && !state.databaseUp()) return json(res, 503, { status: 'database restarting' }, unavailable);
  try {
    await ping(state.db.withLimits({ deadline: Date.now() + 2_000 }));
    json(res, 200, { status: 'ready' }, { 'cache-control': 'no-store' });
  } catch {
    json(res, 503, { status: 'database unavailable' }, unavailable);
  }
}

function databaseUnavailable(res: ServerResponse) {
  return json(res, 503, { errors: [{ message: 'The database is not available right now; try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE', retryAfter: RETRY_AFTER_S } }] }, { 'retry-after': String(RETRY_AFTER_S) });
}

/**
 * Documents refused for what they are (a syntax error, too many aliases, too deep, too many tokens),
 * whatever the variables and the caller: the same document sent again gets the same 400 from here,
 * without parsing and validating it again. A client repeating a refused document (the alias attack)
 * then costs a map lookup; one varying it pays the parse each time and meets the rate limit.
 */
const refusedDocuments = new Map<string, unknown>();
const DOCUMENT_ONLY_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
function rememberRefusal(query: string, responseBody: string) {
  if (query.length > 20_000) return;
  let parsed: { errors?: { extensions?: { code?: string } }[]; data?: unknown };
  try { parsed = JSON.parse(responseBody); } catch { return; }
  if (!parsed.errors?.length || parsed.data !== undefined || !parsed.errors.every((e) => DOCUMENT_ONLY_CODES.has(e.extensions?.code ?? ''))) return;
  if (refusedDocuments.size >= 1_000) refusedDocuments.delete(refusedDocuments.keys().next().value!);
  refusedDocuments.set(query, parsed);
}

/**
 * Clients whose requests keep being refused (400: bad documents, too many aliases, over the cost
 * limit) are slowed down. Up to the per-minute allowance a refusal is answered at once; past it the
 * answer is 429 with Retry-After, and it comes late: a client that loops without reading the answers
 * (the alias attack) sends one request per TARPIT_MS per connection instead of thousands a
 * second, so it costs the server and its machine next to nothing. Requests that are not refused,
 * from the same client too, are not delayed. At most MAX_HELD answers are held at once; past that
 * the 429 goes at once and the connection is closed.
 */
export class Tarpit {
  static readonly TARPIT_MS = 1_000;
  static readonly MAX_HELD = 256;
  private held = 0;
  constructor(private readonly allowance: RateLimiter) {}

  async answer(res: ServerResponse, client: string, refuse: () => void) {
    const wait = this.allowance.take(client);
    if (wait === 0) return refuse();
    const body = { errors: [{ message: `Too many refused requests; fix the request, then try again in ${wait} s.`, extensions: { code: 'RATE_LIMITED' } }] };
    if (this.held >= Tarpit.MAX_HELD) return json(res, 429, body, { 'retry-after': String(wait), connection: 'close' });
    this.held++;
    try {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Tarpit.TARPIT_MS);
        res.once('close', done);
        function done() { clearTimeout(timer); res.off('close', done); resolve(); }
      });
    } finally { this.held--; }
    if (!res.destroyed) json(res, 429, body, { 'retry-after': String(wait) });
  }
}

function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? (req.headers['x-forwarded-for'] as string | undefined)?.split(',')[0]?.trim() : undefined;
  return forwarded || req.socket.remoteAddress || 'unknown';
}

async function graphql(req: IncomingMessage, res: ServerResponse, url: URL, config: Config, state: AppState, limiter: RateLimiter, authFailures: RateLimiter, refusals: Tarpit) {
  if (!state.ready || !state.apollo || !state.db) {
    return json(res, 503, { errors: [{ message: 'Samkart is starting; try again in a moment.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }, { 'retry-after': '2' });
  }
  // The supervisor knows the JVM is down: answer at once rather than wait for the driver to fail.
  if (state.databaseUp && !state.databaseUp()) return databaseUnavailable(res);
  let viewer: Viewer;
  // Failed sign-ins are throttled per client IP: guessing tokens gets 429 after a few tries a minute,
  // and a client that is throttled is not even checked (the answer does not say whether it was right).
  const ip = clientIp(req, config.trustProxy);
  const locked = req.headers.authorization ? authFailures.peek(`ip:${ip}`) : 0;
  if (locked > 0) {
    return json(res, 429, { errors: [{ message: `Too many failed sign-ins; try again in ${locked} s.`, extensions: { code: 'RATE_LIMITED' } }] }, { 'retry-after': String(locked) });
  }
  try {
    viewer = await authenticate(req.headers.authorization, config.auth);
  } catch (e) {
    if (!(e instanceof AuthError)) throw e;
    authFailures.take(`ip:${ip}`);
    return json(res, 401, { errors: [{ message: e.message, extensions: { code: 'UNAUTHENTICATED' } }] }, { 'www-authenticate': 'Bearer' });
  }
  const client = viewer.role === 'anonymous' ? `ip:${ip}` : `user:${viewer.id}`;
  const wait = limiter.take(client);
  if (wait > 0) {
    return json(res, 429, { errors: [{ message: `Too many requests; try again in ${wait} s.`, extensions: { code: 'RATE_LIMITED' } }] }, { 'retry-after': String(wait) });
  }
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  let body: unknown = undefined;
  if (req.method === 'POST') {
    let raw: string;
    try {
      raw = (await readBody(req, config.bodyLimit)).toString('utf8');
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        return json(res, 413, { errors: [{ message: `Request body is larger than ${config.bodyLimit} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      }
      throw e;
    }
    const type = headers.get('content-type') ?? '';
    if (type.includes('application/json') || type.includes('application/graphql-response+json')) {
      try { body = JSON.parse(raw); } catch {
        return json(res, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      }
    } else body = raw;
  }
  const query = req.method === 'POST'
    ? (typeof body === 'object' && body !== null && typeof (body as { query?: unknown }).query === 'string' ? (body as { query: string }).query : undefined)
    : url.searchParams.get('query') ?? undefined;
  const refusal = query !== undefined ? refusedDocuments.get(query) : undefined;
  if (refusal) return refusals.answer(res, client, () => json(res, 400, refusal));
  // A mutation with an Idempotency-Key runs once per caller and key (server/idempotency.ts).
  let idem: IdempotencyDecision = { kind: 'ignore' };
  if (req.method === 'POST' && req.headers[IDEMPOTENCY_HEADER] !== undefined) {
    try {
      idem = await idempotency({
        header: req.headers[IDEMPOTENCY_HEADER], caller: viewer.role === 'anonymous' ? null : viewer.id, body, db: state.db.withLimits({}),
        ttlMs: config.idempotencyTtlMs, waitUntil: Date.now() + config.operationTimeoutMs, staleAfterMs: config.operationTimeoutMs + 30_000,
        maxTokens: config.limits.maxTokens,
      });
    } catch (e) {
      if (e instanceof DomainError) return databaseUnavailable(res);
      throw e;
    }
    if (idem.kind === 'answer') {
      res.writeHead(idem.answer.status, { 'content-type': idem.answer.contentType, ...idem.answer.headers });
      return res.end(idem.answer.body);
    }
  }
  const requestId = (req.headers['x-request-id'] as string | undefined)?.replace(/[^\w.:-]/g, '').slice(0, 64) || crypto.randomUUID();
  let context: Context | undefined;
  // The operation's time limit and cancellation: the database work gets the time left as its
  // transaction timeout, and once the limit passes or the client goes away no further query starts
  // and worker tasks are cancelled (server/db/driver.ts, server/workers).
  const cancel = new AbortController();
  const deadline = Date.now() + config.operationTimeoutMs;
  const onClose = () => { if (!res.writableEnded) cancel.abort(new Error('client went away')); };
  res.once('close', onClose);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => { cancel.abort(new Error('time limit')); resolve('timeout'); }, config.operationTimeoutMs);
  });
  const execution = state.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => {
      context = createContext(state.db!.withLimits({ deadline, signal: cancel.signal }), viewer, requestId);
      return context;
    },
  });
  execution.catch(() => {}); // after a timeout nobody awaits it; its queries fail fast on the aborted signal
  const result = await Promise.race([execution, timedOut]).finally(() => clearTimeout(timer))
    .catch(async (e) => { if (idem.kind === 'run') await idem.finish({ status: 500, contentType: '', body: '' }); throw e; });
  if (idem.kind === 'run') {
    await idem.finish(result !== 'timeout' && result.body.kind === 'complete'
      ? { status: result.status ?? 200, contentType: result.headers.get('content-type') ?? 'application/json; charset=utf-8', body: result.body.string }
      : { status: 503, contentType: '', body: '' });
  }
  if (res.destroyed) return;
  if (result === 'timeout') {
    log.warn('operation ran past its time limit and was cancelled', { requestId, limitMs: config.operationTimeoutMs, operation: query?.replace(/\s+/g, ' ').slice(0, 200) });
    return json(res, 503, { errors: [{ message: `The operation took longer than ${config.operationTimeoutMs} ms and was cancelled; ask for less or try again later.`, extensions: { code: 'TIMEOUT' } }] }, { 'retry-after': '5', 'x-request-id': requestId });
  }
  for (const [k, v] of result.headers) res.setHeader(k, v);
  res.setHeader('x-request-id', requestId);
  if (context) res.setHeader('server-timing', `db;desc="${context.db.counter.count} queries";dur=${context.db.counter.ms.toFixed(1)}`);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    const body = result.body.string;
    if (res.statusCode !== 400) return res.end(body);
    if (query !== undefined) rememberRefusal(query, body);
    return refusals.answer(res, client, () => res.end(body));
  } else {
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

async function serveStatic(res: ServerResponse, root: string, pathname: string) {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return json(res, 400, { error: 'malformed path: bad percent-encoding' });
  }
  if (decoded.includes('\0')) return json(res, 400, { error: 'malformed path' });
  let file = path.normalize(path.join(root, decoded));
  // With the separator: a sibling folder whose name starts with the root's name is outside it.
  if (file !== root && !file.startsWith(root + path.sep)) return json(res, 404, { error: 'not found' });
  let info = await stat(file).catch(() => null);
  if (!info || info.isDirectory()) {
    // Client-side routes get the app; a missing asset is a real 404.
    if (path.extname(pathname)) return json(res, 404, { error: 'not found' });
    file = path.join(root, 'index.html');
    info = await stat(file).catch(() => null);
    if (!info) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('The web app is not built: run `npm run build:web` (npm start does it for you).');
    }
  }
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}
