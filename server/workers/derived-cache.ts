/**
 * Derived results (the collaboration graph with its metrics and layout) reused while the data has
 * not changed: the key includes the data version from the database (server/db/dataVersion.ts),
 * which every write bumps in its own transaction, so a write through any server process makes every
 * process compute afresh. Concurrent identical requests share one computation.
 */
import type { Db } from '../db/driver.js';
import { readDataVersion } from '../db/dataVersion.js';
import { Timeout } from '../db/errors.js';

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
    remember(cache, key, hit); // most recently used last
    return shared(hit as Promise<T>, db.limits.signal, () => cachedByDataVersion(db, name, args, compute));
  }
  derivedCacheStats.misses++;
  const result = compute();
  remember(cache, key, result);
  // A failure (a timeout, a cancelled request) is not a result: the next request computes again.
  result.catch(() => { if (cache.get(key) === result) cache.delete(key); });
  return result;
}

/** Argument keys computed at least once, by name and args (without the version). */
const known = new Set<string>();

/**
 * Like cachedByDataVersion, for a computation whose own first statement reads the data version (so
 * a result is never older than the version it is stored under): the first request for some
 * arguments computes at once, in its own round trips; later ones read the version (one round trip)
 * and reuse the result while it holds.
 */
export async function cachedByOwnVersion<T>(db: Db, name: string, args: unknown, compute: () => Promise<{ version: number; value: T }>): Promise<T> {
  const argsKey = `${name}|${JSON.stringify(args)}`;
  if (!known.has(argsKey)) {
    const { version, value } = await compute();
    known.add(argsKey);
    if (known.size > MAX_ENTRIES * 4) known.delete(known.values().next().value!);
    derivedCacheStats.misses++;
    remember(cache, `${version}|${argsKey}`, Promise.resolve(value));
    return value;
  }
  return cachedByDataVersion(db, name, args, async () => (await compute()).value);
}

/** Stores `value` as the most recently used entry of `map`, dropping the least recently used past MAX_ENTRIES. */
function remember<V>(map: Map<string, V>, key: string, value: V) {
  map.delete(key);
  map.set(key, value);
  while (map.size > MAX_ENTRIES) map.delete(map.keys().next().value!);
}

/**
 * A result shared with the request that started its computation. Cancelled with that request (its
 * client went away, its time ran out), it is not this request's failure: `again` computes anew,
 * within this request's own limits.
 */
function shared<T>(result: Promise<T>, signal: AbortSignal | undefined, again: () => Promise<T>): Promise<T> {
  return result.catch((e) => {
    if (!(e instanceof Timeout) || signal?.aborted) throw e;
    return again();
  });
}

/** Per (name, args): the latest result and the data version it was computed at. */
const latest = new Map<string, { version: number; value: Promise<unknown> }>();

/**
 * One round trip per request for a derived result whose input is read by a single statement that
 * also reads the data version: `read(known)` returns the current version and, only when it differs
 * from `known` (the version of the result held here, -1 when none), the input to compute from.
 * When the version is unchanged the held result is reused; otherwise the result is computed from
 * the input just read, never older than the version it is stored under. Requests that read the same
 * version while it is being computed share the computation.
 */
export async function cachedWithVersionCheck<I, T>(
  name: string, args: unknown,
  read: (known: number) => Promise<{ version: number; input: I | null }>,
  compute: (input: I) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const key = `${name}|${JSON.stringify(args)}`;
  const held = latest.get(key);
  const { version, input } = await read(held?.version ?? -1);
  const current = latest.get(key);
  if (current && current.version === version) {
    derivedCacheStats.hits++;
    remember(latest, key, current); // most recently used last
    return shared(current.value as Promise<T>, signal, () => cachedWithVersionCheck(name, args, read, compute, signal));
  }
  if (input === null) {
    // The held result was dropped (a failure) or replaced by a newer one while this request read:
    // read again against what is held now.
    return cachedWithVersionCheck(name, args, read, compute, signal);
  }
  derivedCacheStats.misses++;
  const value = compute(input);
  // Never replace a result of a newer version with an older one (a slow request that read earlier).
  if (!current || current.version < version) {
    const entry = { version, value };
    remember(latest, key, entry);
    // A failure (a timeout, a cancelled request) is not a result: the next request computes again.
    value.catch(() => { if (latest.get(key) === entry) latest.delete(key); });
  }
  return value;
}
