/**
 * Idempotency keys for mutations, after the IETF draft "The Idempotency-Key HTTP Header Field"
 * (draft-ietf-httpapi-idempotency-key-header): a client that may retry a mutation sends
 * `Idempotency-Key: "<unique value>"`; the first request with the key runs and its answer is stored
 * (in Neo4j, server/db/repos/idempotency.repo.ts, so every server process sees it); a retry of the
 * same request (same caller, document, operation name and variables) gets the stored answer with
 * `Idempotent-Replayed: true` and applies nothing again, also when it arrives while the first still
 * runs (it waits for the first's answer). The same key with a different request is 422; a key
 * whose first request is still running past the retry's own time limit is 409. Keys expire after
 * `SAMKART_IDEMPOTENCY_TTL_S` (default 24 h).
 */
import { createHash, randomUUID } from 'node:crypto';
import { getOperationAST, parse } from 'graphql';
import type { Db } from './db/driver.js';
import {
  abandonIdempotencyKey, claimIdempotencyKey, completeIdempotencyKey, purgeExpiredIdempotencyKeys, readIdempotencyKey,
  type IdempotencyRecord,
} from './db/repos/idempotency.repo.js';
import { log } from './log.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

export interface HttpAnswer { status: number; contentType: string; body: string; headers?: Record<string, string> }

/** What the HTTP layer does with a request that carried a key. */
export type IdempotencyDecision =
  /** No key, not a mutation, or an anonymous caller (who may not mutate): run it as usual. */
  | { kind: 'ignore' }
  /** Answer this instead of running the request (a replay, or a refusal). */
  | { kind: 'answer'; answer: HttpAnswer }
  /** This request runs; give its answer to `finish` (stored when it is not a 5xx, else the key is released). */
  | { kind: 'run'; finish: (answer: HttpAnswer) => Promise<void> };

export interface IdempotencyRequest {
  header: string | string[] | undefined;
  caller: string | null;
  body: unknown;
  db: Db;
  ttlMs: number;
  /** When a retry stops waiting for the first request's answer (ms since the epoch). */
  waitUntil: number;
  /** A key pending for longer than this cannot belong to a request still running (the operation time limit has ended it). */
  staleAfterMs: number;
  maxTokens: number;
}

const problem = (status: number, code: string, message: string, headers?: Record<string, string>): HttpAnswer =>
  ({ status, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ errors: [{ message, extensions: { code } }] }), headers });

/** The key as sent: a structured-field string (`"abc"`) or, leniently, a bare token; null when malformed. */
export function parseKey(header: string): string | null {
  const value = header.trim();
  const key = /^"(.*)"$/.exec(value)?.[1] ?? value;
  return /^[\x21-\x7e]{1,255}$/.test(key) && !key.includes('"') && !key.includes('\\') ? key : null;
}

/** JSON with object keys sorted: the same variables in another order are the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let lastPurge = 0;

export async function idempotency(r: IdempotencyRequest): Promise<IdempotencyDecision> {
  if (r.header === undefined) return { kind: 'ignore' };
  if (Array.isArray(r.header)) return { kind: 'answer', answer: problem(400, 'BAD_REQUEST', 'Send one Idempotency-Key header, not several.') };
  const key = parseKey(r.header);
  if (!key) {
    return { kind: 'answer', answer: problem(400, 'BAD_REQUEST', 'The Idempotency-Key header must be a quoted string of 1 to 255 visible ASCII characters, e.g. Idempotency-Key: "8e03978e-40d5-43e8-bc93-6894a57f9324".') };
  }
  const body = (r.body ?? {}) as { query?: unknown; operationName?: unknown; variables?: unknown };
  if (typeof body.query !== 'string' || !isMutation(body.query, body.operationName, r.maxTokens)) return { kind: 'ignore' };
  // Anonymous callers may not mutate: their request is refused anyway, and storing keys for them would let anyone write.
  if (!r.caller) return { kind: 'ignore' };

  const id = sha256(`${r.caller}\n${key}`);
  const fingerprint = sha256(canonical({ query: body.query, operationName: body.operationName ?? null, variables: body.variables ?? {} }));
  const token = randomUUID();
  for (let wait = 25; ; wait = Math.min(wait * 2, 500)) {
    const now = Date.now();
    const record: IdempotencyRecord | null = await claimIdempotencyKey(r.db, { id, caller: r.caller, fingerprint, token, now, expiresAt: now + r.ttlMs });
    if (record.fingerprint !== fingerprint) {
      return { kind: 'answer', answer: problem(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request (another document, operation or variables); use a new key for a new request.') };
    }
    if (record.mine) {
      purgeNowAndThen(r.db, now);
      return { kind: 'run', finish: (answer) => finish(r.db, id, token, answer) };
    }
    if (record.state === 'done') return { kind: 'answer', answer: replay(record) };
    if (now - Number(record.createdAt) > r.staleAfterMs) {
      return { kind: 'answer', answer: problem(409, 'IDEMPOTENCY_KEY_IN_USE', 'The first request with this Idempotency-Key never finished (the server stopped while running it), so whether it was applied is unknown: check, then send the change again with a new key.') };
    }
    // The first request with this key is still running: wait for its answer (or for it to give the key up).
    const settled = await waitForAnswer(r.db, id, fingerprint, r.waitUntil, wait);
    if (settled === 'released') continue;
    if (settled) return { kind: 'answer', answer: replay(settled) };
    return { kind: 'answer', answer: problem(409, 'IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still being processed; retry later.', { 'retry-after': '2' }) };
  }
}

function isMutation(query: string, operationName: unknown, maxTokens: number): boolean {
  try {
    const operation = getOperationAST(parse(query, { maxTokens }), typeof operationName === 'string' ? operationName : undefined);
    return operation?.operation === 'mutation';
  } catch {
    return false; // Apollo answers the syntax error.
  }
}

const replay = (record: IdempotencyRecord): HttpAnswer => ({
  status: Number(record.status), contentType: record.contentType ?? 'application/json; charset=utf-8', body: record.body ?? '',
  headers: { 'idempotent-replayed': 'true' },
});

async function waitForAnswer(db: Db, id: string, fingerprint: string, until: number, firstWait: number): Promise<IdempotencyRecord | 'released' | null> {
  for (let wait = firstWait; Date.now() < until; wait = Math.min(wait * 2, 500)) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, Math.max(0, until - Date.now()))));
    const record = await readIdempotencyKey(db, id, Date.now());
    if (!record || record.fingerprint !== fingerprint) return 'released';
    if (record.state === 'done') return record;
  }
  return null;
}

/**
 * A 5xx means the request was not carried out as asked (database down, time limit, busy): the key
 * is released so that a retry runs it. Anything else, errors in the answer included, is stored.
 */
async function finish(db: Db, id: string, token: string, answer: HttpAnswer): Promise<void> {
  try {
    if (answer.status >= 500) await abandonIdempotencyKey(db, id, token);
    else await completeIdempotencyKey(db, id, token, answer);
  } catch (e) {
    log.error('could not store the answer of a request with an Idempotency-Key', { error: String(e) });
  }
}

/** Expired keys are deleted at most once a minute per process, in the background. */
function purgeNowAndThen(db: Db, now: number) {
  if (now - lastPurge < 60_000) return;
  lastPurge = now;
  purgeExpiredIdempotencyKeys(db, now).catch((e) => log.warn('could not delete expired idempotency keys', { error: String(e) }));
}
