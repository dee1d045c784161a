/**
 * One neo4j-driver per process, checked at start with bounded retries. Every query the server runs
 * goes through `Db`, which names the database and counts round trips so tests and benchmarks can
 * prove a request's query count is bounded by its shape.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { log } from '../log.js';
import { toPlain } from './convert.js';
import { Conflict, DomainError, Timeout, Unavailable } from './errors.js';

export interface Connection { uri: string; user: string; password: string; database: string }

export class DatabaseUnavailableError extends Error {
  constructor(message: string, readonly code: 'UNREACHABLE' | 'UNAUTHORIZED' | 'NO_DATABASE') {
    super(message);
    this.name = 'DatabaseUnavailableError';
  }
}

export function createDriver(c: Connection): Driver {
  return neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 20_000,
    connectionTimeout: 5_000,
    // Managed transactions retry transient errors; while the database is down a request should get
    // its 503 within seconds, not after the driver's default 30 s of retries.
    maxTransactionRetryTime: 3_000,
    logging: { level: 'warn', logger: (level, message) => quietLog(`neo4j-driver ${level}: ${message}`) },
  });
}

/**
 * The driver warns once per failed connection; with the database down and requests arriving, that
 * is a flood. The same message is logged at most once per 30 s, with the number left out.
 */
const lastLogged = new Map<string, { at: number; suppressed: number }>();
function quietLog(message: string) {
  const key = message.replace(/\d+/g, '#').slice(0, 200), now = Date.now();
  const seen = lastLogged.get(key);
  if (seen && now - seen.at < 30_000) { seen.suppressed++; return; }
  if (lastLogged.size > 500) lastLogged.clear();
  log.warn(seen?.suppressed ? `${message} (and ${seen.suppressed} more like it)` : message);
  lastLogged.set(key, { at: now, suppressed: 0 });
}

/** Driver errors that mean "the database cannot be reached now" rather than "this query is wrong". */
export function isUnavailable(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired'
    || code.includes('DatabaseUnavailable') || code.includes('NotALeader') || code.includes('ForbiddenOnReadOnlyDatabase')
    || (e instanceof Error && /ECONNREFUSED|ECONNRESET|EPIPE|Pool is closed|connection.*(closed|lost|refused)/i.test(e.message));
}

/** A transaction Neo4j ended because it ran past its timeout (or was terminated for a cancelled request). */
function isTimedOut(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  return code.includes('TransactionTimedOut') || code.includes('Transaction.Terminated') || code.includes('TransactionTerminated')
    || code.includes('LockClientStopped'); // terminated while waiting for a lock
}

/** Domain errors for database failures a caller can act on; anything else is passed on unchanged. */
export function translateDriverError(e: unknown): unknown {
  if (e instanceof DomainError) return e;
  if (isTimedOut(e)) return new Timeout();
  // A uniqueness constraint caught what a check-then-create could not (two writers at once).
  if ((e as { code?: string })?.code?.includes('ConstraintValidationFailed')) {
    const id = /property `id` = '([^']{1,200})'/.exec((e as Error).message)?.[1];
    return new Conflict(id ? `The id "${id}" is already used; choose another.` : 'The change clashes with what is stored (something with the same identity exists); reload and try again.', id ? 'input.id' : undefined);
  }
  if (isUnavailable(e)) return new Unavailable();
  return e;
}

/** What bounds one request's database work: a deadline (ms since the epoch) and a signal that cancels it. */
export interface RequestLimits { deadline?: number; signal?: AbortSignal }

/** The transaction metadata key that names the cancellable request a transaction belongs to. */
export const REQUEST_TAG = 'samkartRequest';

/** The transactions of one request that carry its tag: listed by SHOW TRANSACTIONS, ended by TERMINATE TRANSACTIONS. */
const FIND_TAGGED = `SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.${REQUEST_TAG} = $tag RETURN collect(transactionId) AS ids`;
const TERMINATE = 'TERMINATE TRANSACTIONS $ids';

/**
 * The database side of cancelling a request (its client went away, its time ran out): every
 * transaction of the request carries a tag in its metadata, and when the request's signal aborts,
 * its transactions still running in Neo4j are terminated there, rather than left to run to their
 * timeout. A query may be on its way to the database as the signal fires, so the search is repeated
 * until none of the request's queries is left.
 */
class Cancellation {
  readonly tag = crypto.randomUUID();
  running = 0;
  private settled: (() => void) | undefined;

  constructor(signal: AbortSignal, private readonly driver: Driver, private readonly database: string) {
    signal.addEventListener('abort', () => { void this.terminate(); }, { once: true });
  }

  begin(): void { this.running++; }
  end(): void { if (--this.running === 0) this.settled?.(); }

  private async terminate(): Promise<void> {
    const giveUpAt = Date.now() + 30_000;
    for (let wait = 50; this.running > 0 && Date.now() < giveUpAt; wait = Math.min(wait * 2, 1_000)) {
      try {
        const [{ ids }] = (await this.driver.executeQuery(FIND_TAGGED, { tag: this.tag }, { database: this.database })).records.map((r) => r.toObject() as { ids: string[] });
        if (ids.length) await this.driver.executeQuery(TERMINATE, { ids }, { database: this.database });
      } catch (e) {
        quietLog(`could not terminate the transactions of a cancelled request: ${(e as Error).message}`);
      }
      // Wait for the request's queries to end, or look again a little later.
      await new Promise<void>((resolve) => { this.settled = resolve; setTimeout(resolve, wait); });
    }
  }
}
const cancellations = new WeakMap<AbortSignal, Cancellation>();

/** Waits until the database answers, retrying with backoff; wrong credentials fail at once. */
export async function verifyConnection(driver: Driver, c: Connection, retries: number): Promise<void> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= retries; attempt++) {
    try {
      await driver.executeQuery('RETURN 1', {}, { database: c.database });
      return;
    } catch (e) {
      lastError = e;
      const code = (e as { code?: string }).code ?? '';
      if (code.includes('Security.Unauthorized') || code.includes('AuthenticationRateLimit')) {
        throw new DatabaseUnavailableError(`Neo4j at ${c.uri} refused the credentials of user "${c.user}": check NEO4J_USER and NEO4J_PASSWORD.`, 'UNAUTHORIZED');
      }
      if (code.includes('Database.DatabaseNotFound')) {
        throw new DatabaseUnavailableError(`Neo4j at ${c.uri} has no database "${c.database}": check NEO4J_DATABASE.`, 'NO_DATABASE');
      }
      const wait = Math.min(200 * 2 ** (attempt - 1), 5_000);
      log.warn(`Neo4j at ${c.uri} is not answering yet (attempt ${attempt}/${retries}); retrying in ${wait} ms`);
      await new Promise((r) => setTimeout(r, wait));
    }
  }
  throw new DatabaseUnavailableError(
    `Neo4j at ${c.uri} did not answer after ${retries} attempts (${(lastError as Error)?.message ?? lastError}): check NEO4J_URI and that the server is running.`,
    'UNREACHABLE',
  );
}

/**
 * JS numbers travel as floats; LIMIT, SKIP and depth need Cypher integers. Top-level whole numbers
 * become integers (nested values are left alone: stored figures keep their JS type).
 */
function intParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'number' && Number.isSafeInteger(v) ? neo4j.int(v) : v;
  return out;
}

/** Counts database round trips; one per request context, one global for tools. */
export class QueryCounter { count = 0; ms = 0 }

export class Db {
  private readonly cancellation: Cancellation | undefined;

  constructor(readonly driver: Driver, readonly database: string, readonly counter = new QueryCounter(), readonly limits: RequestLimits = {}) {
    const signal = limits.signal;
    if (signal && !signal.aborted) {
      let c = cancellations.get(signal);
      if (!c) cancellations.set(signal, c = new Cancellation(signal, driver, database));
      this.cancellation = c;
    }
  }

  /** A Db that counts into its own counter (one per request), with the same limits. */
  forRequest(): Db { return new Db(this.driver, this.database, new QueryCounter(), this.limits); }

  /** A Db whose queries stop at `limits.deadline` (a Neo4j transaction timeout) and when `limits.signal` aborts. */
  withLimits(limits: RequestLimits): Db { return new Db(this.driver, this.database, this.counter, limits); }

  /**
   * The transaction config of the next query: its timeout is what is left of the request's time, so
   * Neo4j itself ends a query that would run past it. Throws Timeout once the time is up or the
   * request was cancelled (client gone), so no further query starts.
   */
  txConfig(): { timeout?: number; metadata?: Record<string, string> } {
    const { deadline, signal } = this.limits;
    if (signal?.aborted) throw new Timeout('The request was cancelled.');
    const metadata = this.cancellation ? { [REQUEST_TAG]: this.cancellation.tag } : undefined;
    if (deadline === undefined) return metadata ? { metadata } : {};
    const left = Math.floor(deadline - Date.now());
    if (left <= 0) throw new Timeout();
    return { timeout: left, ...(metadata ? { metadata } : {}) };
  }

  /** Counts the work as running for the request's cancellation while it runs. */
  private async tracked<T>(work: () => Promise<T>): Promise<T> {
    const c = this.cancellation;
    c?.begin();
    try { return await work(); } finally { c?.end(); }
  }

  /**
   * Runs one read query and returns its rows as plain objects. Reads are auto-commit queries on a
   * short session: a single RUN and PULL, where a managed transaction (executeQuery) adds BEGIN and
   * COMMIT and costs about 40 % more per query in the driver and the database (bench/README.md).
   * A transient failure (deadlock, leader switch, connection dropped) is retried once.
   */
  async read<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const p = intParams(params);
    return this.counted(async () => {
      try {
        return await this.autoCommitRead<T>(cypher, p);
      } catch (e) {
        if (!isRetryable(e)) throw e;
        return await this.autoCommitRead<T>(cypher, p);
      }
    });
  }

  private async autoCommitRead<T>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const config = this.txConfig();
      const result = await withoutStackCapture(() => session.run(cypher, params, config));
      return result.records.map((r) => toPlain(r.toObject()) as T);
    } finally {
      await session.close().catch(() => {});
    }
  }

  /** Runs one write query (a managed transaction, retried by the driver on transient errors). */
  async write<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.counted(async () => {
      const result: QueryResult<RecordShape> = await this.driver.executeQuery(cypher, intParams(params), { database: this.database, routing: neo4j.routing.WRITE, transactionConfig: this.txConfig() });
      return result.records.map((r) => toPlain(r.toObject()) as T);
    });
  }

  /** Runs several statements in one write transaction: all or nothing. */
  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const config = this.txConfig();
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await this.tracked(() => session.executeWrite((mtx) => work(new Tx(mtx, this.counter)), config));
    } catch (e) {
      throw translateDriverError(e);
    } finally {
      await session.close().catch(() => {});
    }
  }

  /** One round trip, counted with its time. */
  private async counted<T>(roundTrip: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await this.tracked(roundTrip);
    } catch (e) {
      throw translateDriverError(e);
    } finally {
      this.counter.count++;
      this.counter.ms += performance.now() - t0;
    }
  }
}

/**
 * Starts a query without the stack trace neo4j-driver captures for it: its Result constructor
 * creates an Error and formats its stack (through the source maps when tsx runs the server) for
 * every query, only to decorate a failure of that query. Under load that was 6-7 % of the
 * process's CPU on the actor benchmark (bench/README.md). Failures are translated here
 * (translateDriverError) and logged with their own message; the capture is synchronous, inside
 * `start`.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try { return start(); } finally { Error.stackTraceLimit = limit; }
}

/** Errors worth one more try: transient database errors and lost connections (the driver's rule). */
const isRetryable = (e: unknown): boolean => e instanceof Error && neo4j.isRetryableError(e);

/** A statement runner inside one transaction. */
export class Tx {
  constructor(private readonly tx: ManagedTransaction, private readonly counter: QueryCounter) {}
  async run<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.counter.count++;
    const result = await withoutStackCapture(() => this.tx.run(cypher, intParams(params)));
    return result.records.map((r) => toPlain(r.toObject()) as T);
  }
}
