/**
 * The per-request context: who is asking, a Db that counts this request's round trips, and the
 * DataLoaders that batch every nested lookup into one round trip per level of the request.
 */
import DataLoader from 'dataloader';
import { ReadBatcher } from './db/batch.js';
import { byIdPart, selectKey } from './db/compile.js';
import type { EntitySelect } from './db/select.js';
import type { Db } from './db/driver.js';
import { OBJECT_TYPE, projections, type ProjectedLabel } from './db/projections.js';
import { citationsOf } from './db/repos/citation.repo.js';
import { FULL, nodesById, related, shapeKey, type RelatedKey } from './db/repos/graph.repo.js';
import { contactNames, sourcesById, statusSummaries } from './db/repos/misc.repo.js';
import type { CitationRow, SourceRow } from './db/rows.js';
import { fieldsOn, shapeOf, type Selection } from './graphql/selection.js';

export type Role = 'anonymous' | 'viewer' | 'editor' | 'admin';
export interface Viewer { id: string; role: Role }

export interface Context {
  db: Db;
  viewer: Viewer;
  requestId: string;
  loaders: Loaders;
}

/**
 * Every loader shares one ReadBatcher (server/db/batch.ts): batches wait for the I/O phase
 * (setImmediate) rather than the end of the current tick, so resolvers finishing in different
 * microtasks of the same level still share a batch, and all the loaders of one level of a request
 * share one round trip.
 */
export function createLoaders(db: Db) {
  const batcher = new ReadBatcher(db);
  const level = { batchScheduleFn: batcher.schedule };
  const nodeLoaders = new Map<string, DataLoader<string, unknown>>();
  const relatedLoaders = new Map<string, DataLoader<string, unknown[]>>();
  const compiledLoaders = new Map<string, DataLoader<string, unknown>>();
  /** The loader a selection resolved to, so the items of a list look it up once, not per item. */
  const chosen = new WeakMap<Selection, Map<string, DataLoader<string, unknown>>>();
  const forSelection = <L extends DataLoader<string, unknown>>(sel: Selection | undefined, what: string, pick: () => L): L => {
    if (!sel) return pick();
    let bySel = chosen.get(sel);
    if (!bySel) chosen.set(sel, bySel = new Map());
    let loader = bySel.get(what);
    if (!loader) bySel.set(what, loader = pick());
    return loader as L;
  };
  const loaders = {
    /**
     * Entities of one label by id. With the selection on the field that returns them, the query
     * leaves out what is not selected (loaders are shared by selections that query alike).
     */
    node<T>(label: ProjectedLabel, sel?: Selection): DataLoader<string, T | null> {
      return forSelection(sel, label, () => {
        const need = sel ? new Set(fieldsOn(sel, OBJECT_TYPE[label]).keys()) : null;
        const key = `${label}|${projections[label].signature(need)}`;
        let loader = nodeLoaders.get(key);
        if (!loader) nodeLoaders.set(key, loader = new DataLoader((ids) => nodesById(batcher, label, ids, need), level));
        return loader;
      }) as DataLoader<string, T | null>;
    },
    /** Related items of an entity, by the entity's id; with a selection, only what it needs. */
    related<T>(key: RelatedKey, sel?: Selection): DataLoader<string, T[]> {
      return forSelection(sel, key, () => {
        const shape = sel ? shapeOf(key, sel) : FULL;
        const id = shapeKey(key, shape);
        let loader = relatedLoaders.get(id);
        if (!loader) relatedLoaders.set(id, loader = new DataLoader((ids) => related(batcher, key, ids, shape), level));
        return loader;
      }) as DataLoader<string, T[]>;
    },
    /**
     * Entities by id, compiled with their whole nested selection (server/db/compile.ts): one part
     * of the round trip for every id asked for with the same description.
     */
    compiled<T>(sel: EntitySelect): DataLoader<string, T | null> {
      const key = selectKey(sel);
      let loader = compiledLoaders.get(key);
      if (!loader) compiledLoaders.set(key, loader = new DataLoader((ids) => batcher.readById(byIdPart(sel, key), ids, null), level));
      return loader as DataLoader<string, T | null>;
    },
    /** The batcher itself, for reads that are not by id (pages of lists), to share the round trip. */
    batcher,
    citations: new DataLoader<string, CitationRow[]>((ids) => citationsOf(batcher, ids), level),
    source: new DataLoader<string, SourceRow | null>((ids) => sourcesById(batcher, ids), level),
    statusSummary: new DataLoader((ids: readonly string[]) => statusSummaries(batcher, ids), level),
    /** Names of all contact persons (one key, 'all'), for masking quotes. */
    contactNames: new DataLoader((keys: readonly string[]) => contactNames(batcher, keys), level),
    /**
     * Forgets everything loaded so far: a change was written, and whatever the rest of the
     * operation reads (its payload, the next mutation of the operation) must see it, in every
     * selection's loader of every relation it may have touched.
     */
    clearAll(): void {
      for (const l of [...nodeLoaders.values(), ...relatedLoaders.values(), ...compiledLoaders.values()]) l.clearAll();
      loaders.citations.clearAll();
      loaders.source.clearAll();
      loaders.statusSummary.clearAll();
    },
  };
  return loaders;
}
export type Loaders = ReturnType<typeof createLoaders>;

export function createContext(db: Db, viewer: Viewer, requestId: string): Context {
  const requestDb = db.forRequest();
  return { db: requestDb, viewer, requestId, loaders: createLoaders(requestDb) };
}
