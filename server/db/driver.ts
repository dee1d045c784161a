/**
 * One neo4j-driver per process, checked at start with bounded retries. Every query the server runs
 * goes through `Db`, which names the database and counts round trips so tests and benchmarks can
 * prove a request's query count is bounded by its shape.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { log } from '../log.js';
import { toPlain } from './convert.js';

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
    connectionAcquisitionTimeout: 60_000,
    connectionTimeout: 10_000,
    logging: { level: 'warn', logger: (level, message) => log.warn(`neo4j-driver ${level}: ${message}`) },
  });
}

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
  constructor(readonly driver: Driver, readonly database: string, readonly counter = new QueryCounter()) {}

  /** A Db that counts into its own counter (one per request). */
  forRequest(): Db { return new Db(this.driver, this.database, new QueryCounter()); }

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
      const result = await session.run(cypher, params);
      return result.records.map((r) => toPlain(r.toObject()) as T);
    } finally {
      await session.close();
    }
  }

  /** Runs one write query (a managed transaction, retried by the driver on transient errors). */
  async write<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.counted(async () => {
      const result: QueryResult<RecordShape> = await this.driver.executeQuery(cypher, intParams(params), { database: this.database, routing: neo4j.routing.WRITE });
      return result.records.map((r) => toPlain(r.toObject()) as T);
    });
  }

  /** Runs several statements in one write transaction: all or nothing. */
  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((mtx) => work(new Tx(mtx, this.counter)));
    } finally {
      await session.close();
    }
  }

  /** One round trip, counted with its time. */
  private async counted<T>(roundTrip: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await roundTrip();
    } finally {
      this.counter.count++;
      this.counter.ms += performance.now() - t0;
    }
  }
}

/** Errors worth one more try: transient database errors and lost connections (the driver's rule). */
const isRetryable = (e: unknown): boolean => e instanceof Error && neo4j.isRetryableError(e);

/** A statement runner inside one transaction. */
export class Tx {
  constructor(private readonly tx: ManagedTransaction, private readonly counter: QueryCounter) {}
  async run<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.counter.count++;
    const result = await this.tx.run(cypher, intParams(params));
    return result.records.map((r) => toPlain(r.toObject()) as T);
  }
}
