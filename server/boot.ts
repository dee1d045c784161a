/**
 * Starts Samkart: HTTP first (so a second copy fails fast with "port in use" and /healthz answers
 * during start-up), then the database (embedded unless NEO4J_URI is set), migrations, the curated
 * data on an empty database, and Apollo. `stop()` drains and shuts everything down in reverse.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApollo } from './app.js';
import type { Config } from './config.js';
import { listDataFiles } from './data/dataset.js';
import { isEmpty, loadDataFiles } from './data/loader.js';
import { createDriver, Db, verifyConnection } from './db/driver.js';
import { startEmbeddedNeo4j } from './db/embedded.js';
import { EmbeddedSupervisor } from './db/supervisor.js';
import { configureAnalysisPool, stopAnalysisPool } from './workers/pool.js';
import { migrate } from './db/migrations/index.js';
import { createHttpServer, type AppState } from './http.js';
import { log } from './log.js';

export interface Samkart {
  url: string;
  port: number;
  db: Db;
  /** The supervised embedded Neo4j (undefined with NEO4J_URI): its JVM's pid, whether it is up, restarts so far. */
  embedded?: EmbeddedSupervisor;
  /** Stops taking requests, lets those in flight finish (up to the grace period), then closes the driver and the database. */
  stop(): Promise<void>;
}

export class StartError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = 'StartError';
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') reject(new StartError(`port ${port} on ${host} is already in use (is Samkart already running?); stop the other process or set PORT to another port`, 'PORT_IN_USE'));
      else if (e.code === 'EACCES') reject(new StartError(`not allowed to listen on port ${port}; choose a port above 1024 with PORT`, 'PORT_DENIED'));
      else reject(e);
    });
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startSamkart(config: Config): Promise<Samkart> {
  configureAnalysisPool({ size: config.analysis.workers, queueLimit: config.analysis.queueLimit, timeoutMs: config.operationTimeoutMs });
  const state: AppState = { ready: false, stopping: false };
  const server = createHttpServer(config, state);
  const port = await listen(server, config.port, config.host);
  let embedded: EmbeddedSupervisor | undefined;
  let db: Db | undefined;
  let stopped: Promise<void> | undefined;
  const cleanup = () => stopped ??= (async () => {
    state.stopping = true;
    await new Promise<void>((resolve) => {
      // Requests in flight finish (up to the grace period); idle keep-alive connections close now,
      // busy ones after their response (node:http sends `connection: close` once closing).
      server.close(() => resolve());
      server.closeIdleConnections();
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      const force = setTimeout(() => {
        log.warn(`requests still running after the ${config.shutdownGraceMs} ms grace period; closing their connections`);
        server.closeAllConnections();
      }, config.shutdownGraceMs);
      server.once('close', () => { clearInterval(idle); clearTimeout(force); });
    });
    state.ready = false;
    log.debug('http server closed');
    await state.apollo?.stop().catch(() => {});
    await db?.driver.close().catch(() => {});
    log.debug('driver closed');
    await embedded?.stop();
    log.debug('database stopped');
    await stopAnalysisPool();
  })();
  try {
    let connection;
    if (config.neo4j.mode === 'embedded') {
      log.info(`Starting the embedded Neo4j (data in ${config.embedded.dataDir}) ...`);
      const options = { dataDir: config.embedded.dataDir, port: config.embedded.port, heap: config.embedded.heap, pageCache: config.embedded.pageCache };
      embedded = new EmbeddedSupervisor(await startEmbeddedNeo4j(options), options);
      state.databaseUp = () => embedded!.up;
      connection = { uri: embedded.uri, user: config.neo4j.user, password: config.neo4j.password, database: config.neo4j.database };
      log.info(`Embedded Neo4j is up at ${embedded.uri}`);
    } else {
      connection = config.neo4j;
    }
    db = new Db(createDriver(connection), connection.database);
    await verifyConnection(db.driver, connection, config.connectRetries);
    const applied = await migrate(db);
    log.debug(`applied ${applied} migrations`);
    if (config.loadData === 'always' || (config.loadData === 'auto' && (await isEmpty(db)))) {
      const r = await loadDataFiles(db, await listDataFiles());
      log.info(`Loaded the curated dataset: ${r.nodes} nodes, ${r.relationships} relationships from ${r.files.length} files in ${r.ms} ms`);
    }
    state.db = db;
    state.apollo = createApollo(config);
    await state.apollo.start();
    state.ready = true;
  } catch (e) {
    await cleanup();
    throw e;
  }
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return { url: `http://${shownHost}:${port}/`, port, db, embedded, stop: cleanup };
}
