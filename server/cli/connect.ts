/**
 * For command-line tools: a Db on NEO4J_URI, or on the embedded database in SAMKART_DATA_DIR when
 * NEO4J_URI is unset (started for the command and stopped after it).
 */
import { loadConfig } from '../config.js';
import { createDriver, Db, verifyConnection } from '../db/driver.js';
import { startEmbeddedNeo4j } from '../db/embedded.js';

export async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const embedded = config.neo4j.mode === 'embedded'
    ? await startEmbeddedNeo4j({ dataDir: config.embedded.dataDir, port: 0, heap: config.embedded.heap, pageCache: config.embedded.pageCache })
    : undefined;
  const connection = config.neo4j.mode === 'external' ? config.neo4j : { ...config.neo4j, uri: embedded!.uri };
  const db = new Db(createDriver(connection), connection.database);
  try {
    await verifyConnection(db.driver, connection, config.connectRetries);
    return await work(db);
  } finally {
    await db.driver.close();
    await embedded?.stop();
  }
}
