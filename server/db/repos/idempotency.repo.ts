/**
 * Idempotency keys (the `Idempotency-Key` header of a mutation): one IdempotencyKey node per caller
 * and key, holding a fingerprint of the request and, once it is answered, the stored answer. The
 * uniqueness constraint on `id` (server/db/migrations) makes a claim exclusive across requests and
 * server processes: of two concurrent claims, MERGE creates the node for one and the other finds it.
 *
 * These nodes are bookkeeping of the HTTP layer, not data: nothing reads them through the API and no
 * derived result depends on them, so storing one does not bump the data version.
 */
import type { Db } from '../driver.js';

export interface IdempotencyRecord {
  /** Whether this claim created (or took over an expired) key: the caller runs the request. */
  mine: boolean;
  fingerprint: string;
  state: 'pending' | 'done';
  status: number | null;
  contentType: string | null;
  body: string | null;
  /** When the request that holds the key began (ms since the epoch). */
  createdAt: number;
}

export interface IdempotencyClaim {
  id: string; caller: string; fingerprint: string;
  /** A random value that tells this claim from any other of the same key. */
  token: string;
  now: number; expiresAt: number;
}

/** Creates the key as pending, or finds it; the SET takes the node's write lock before it is read. */
const MERGE_AND_LOCK = `
MERGE (k:IdempotencyKey {id: $id})
ON CREATE SET k.caller = $caller, k.fingerprint = $fingerprint, k.state = 'pending', k.token = $token,
  k.createdAt = $now, k.expiresAt = $expiresAt
SET k.lockedAt = $now`;

/** Under the lock: an expired key is claimed afresh; returns the key as it now is. */
const READ_OR_RENEW = `
MATCH (k:IdempotencyKey {id: $id})
FOREACH (_ IN CASE WHEN k.expiresAt <= $now THEN [1] ELSE [] END |
  SET k.caller = $caller, k.fingerprint = $fingerprint, k.state = 'pending', k.token = $token,
    k.createdAt = $now, k.expiresAt = $expiresAt, k.status = null, k.contentType = null, k.body = null)
RETURN k.token = $token AS mine, k.fingerprint AS fingerprint, k.state AS state, k.status AS status,
  k.contentType AS contentType, k.body AS body, k.createdAt AS createdAt`;

/** Claims a key, or returns what is stored under it. */
export async function claimIdempotencyKey(db: Db, claim: IdempotencyClaim): Promise<IdempotencyRecord> {
  return db.transaction(async (tx) => {
    await tx.run(MERGE_AND_LOCK, { ...claim });
    const [row] = await tx.run<IdempotencyRecord>(READ_OR_RENEW, { ...claim });
    return row;
  });
}

/** The key as stored now (null when there is none, or it has expired). */
const READ = `
MATCH (k:IdempotencyKey {id: $id}) WHERE k.expiresAt > $now
RETURN false AS mine, k.fingerprint AS fingerprint, k.state AS state, k.status AS status, k.contentType AS contentType, k.body AS body, k.createdAt AS createdAt`;

export async function readIdempotencyKey(db: Db, id: string, now: number): Promise<IdempotencyRecord | null> {
  const [row] = await db.read<IdempotencyRecord>(READ, { id, now });
  return row ?? null;
}

/** Stores the answer of the claim's request. */
const COMPLETE = `
MATCH (k:IdempotencyKey {id: $id, token: $token})
SET k.state = 'done', k.status = $status, k.contentType = $contentType, k.body = $body`;

export async function completeIdempotencyKey(db: Db, id: string, token: string, answer: { status: number; contentType: string; body: string }): Promise<void> {
  await db.write(COMPLETE, { id, token, ...answer });
}

/** Gives a pending claim up (its request was not answered): a retry with the key runs again. */
const ABANDON = `MATCH (k:IdempotencyKey {id: $id, token: $token, state: 'pending'}) DELETE k`;

export async function abandonIdempotencyKey(db: Db, id: string, token: string): Promise<void> {
  await db.write(ABANDON, { id, token });
}

/** Deletes up to 1,000 expired keys; returns how many. */
const PURGE = `
MATCH (k:IdempotencyKey) WHERE k.expiresAt <= $now
WITH k LIMIT 1000
DELETE k
RETURN count(*) AS n`;

export async function purgeExpiredIdempotencyKeys(db: Db, now: number): Promise<number> {
  const [row] = await db.write<{ n: number }>(PURGE, { now });
  return Number(row?.n ?? 0);
}
