/**
 * The per-request context: who is asking, a Db that counts this request's round trips, and the
 * DataLoaders that batch every nested lookup into one query per level of the request.
 */
import DataLoader from 'dataloader';
import type { Db } from './db/driver.js';
import { actorsById, childrenOf, type ActorRow } from './db/repos/actor.repo.js';
import { citationsOf, type CitationRow } from './db/repos/citation.repo.js';

export type Role = 'anonymous' | 'viewer' | 'editor' | 'admin';
export interface Viewer { id: string; role: Role }

export interface Context {
  db: Db;
  viewer: Viewer;
  requestId: string;
  loaders: ReturnType<typeof createLoaders>;
}

export function createLoaders(db: Db) {
  return {
    actor: new DataLoader<string, ActorRow | null>((ids) => actorsById(db, ids)),
    children: new DataLoader<string, ActorRow[]>((ids) => childrenOf(db, ids)),
    citations: new DataLoader<string, CitationRow[]>((ids) => citationsOf(db, ids)),
  };
}

export function createContext(db: Db, viewer: Viewer, requestId: string): Context {
  const requestDb = db.forRequest();
  return { db: requestDb, viewer, requestId, loaders: createLoaders(requestDb) };
}
