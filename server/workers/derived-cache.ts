/**
 * Derived results (the collaboration graph with its metrics and layout) reused while the data has
 * not changed: the key includes the data version from the database (server/db/dataVersion.ts),
 * which every write bumps in its own transaction, so a write through any server process makes every
 * process compute afresh. Concurrent identical requests share one computation.
 */
import type { Db } from '../db/driver.js';
import { readDataVersion } from '../db/dataVersion.js';

const MAX_ENTRIES = 64;
const cache = new Map<string, Promise<unknown>>();

/** Counts for tests and the operations docs. */
export const derivedCacheStats = { hits: 0, misses: 0 };

/** `compute()` once per (data version, name, args); later calls with the same key get the same result. */
export async function cachedByDataVersion<T>(db: Db, name: string, args: unknown, compute: () => Promise<T>): Promise<T> {
  const version = await readDataVersion(db);
  const key = `${version}|${name}|${JSON.stringify(args)}`;
  const hit = cache.get(key);
  if (hit) {
    derivedCacheStats.hits++;
    cache.delete(key); cache.set(key, hit); // most recently used last
    return hit as Promise<T>;
  }
  derivedCacheStats.misses++;
  const result = compute();
  cache.set(key, result);
  // A failure (a timeout, a cancelled request) is not a result: the next request computes again.
  result.catch(() => { if (cache.get(key) === result) cache.delete(key); });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return result;
}
