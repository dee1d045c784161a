/**
 * The per-request context: who is asking, a Db that counts this request's round trips, and the
 * DataLoaders that batch every nested lookup into one query per relation and level of the request.
 */
import DataLoader from 'dataloader';
import type { Db } from './db/driver.js';
import type { ProjectedLabel } from './db/projections.js';
import { citationsOf } from './db/repos/citation.repo.js';
import { nodesById, related, type RelatedKey } from './db/repos/graph.repo.js';
import { sourcesById, statusSummaries } from './db/repos/misc.repo.js';
import type { CitationRow, SourceRow } from './db/rows.js';

export type Role = 'anonymous' | 'viewer' | 'editor' | 'admin';
export interface Viewer { id: string; role: Role }

export interface Context {
  db: Db;
  viewer: Viewer;
  requestId: string;
  loaders: Loaders;
}

/**
 * Batches wait for the I/O phase (setImmediate) rather than the end of the current tick, so that
 * resolvers finishing in different microtasks of the same level still share one query.
 */
const batching = { batchScheduleFn: (run: () => void) => setImmediate(run) };

export function createLoaders(db: Db) {
  const nodeLoaders = new Map<ProjectedLabel, DataLoader<string, unknown>>();
  const relatedLoaders = new Map<RelatedKey, DataLoader<string, unknown[]>>();
  return {
    /** Entities of one label by id. */
    node<T>(label: ProjectedLabel): DataLoader<string, T | null> {
      if (!nodeLoaders.has(label)) nodeLoaders.set(label, new DataLoader((ids) => nodesById(db, label, ids), batching));
      return nodeLoaders.get(label) as DataLoader<string, T | null>;
    },
    /** Related items of an entity, by the entity's id. */
    related<T>(key: RelatedKey): DataLoader<string, T[]> {
      if (!relatedLoaders.has(key)) relatedLoaders.set(key, new DataLoader((ids) => related(db, key, ids), batching));
      return relatedLoaders.get(key) as DataLoader<string, T[]>;
    },
    citations: new DataLoader<string, CitationRow[]>((ids) => citationsOf(db, ids), batching),
    source: new DataLoader<string, SourceRow | null>((ids) => sourcesById(db, ids), batching),
    statusSummary: new DataLoader((ids: readonly string[]) => statusSummaries(db, ids), batching),
    /** Names of all contact persons (one key, 'all'), for masking quotes. */
    contactNames: new DataLoader(async (keys: readonly string[]) => {
      const names = (await db.read<{ name: string }>('MATCH (c:Contact) RETURN c.name AS name')).map((r) => r.name);
      return keys.map(() => names);
    }),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

export function createContext(db: Db, viewer: Viewer, requestId: string): Context {
  const requestDb = db.forRequest();
  return { db: requestDb, viewer, requestId, loaders: createLoaders(requestDb) };
}
