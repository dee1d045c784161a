/**
 * The audit trail: one AuditEntry per change, written in the change's own transaction. Every change
 * is audited, so the audit clause also bumps the data version (server/db/dataVersion.ts): caches of
 * derived results in every server process see the change.
 */
import type { Db, Tx } from '../driver.js';
import { BUMP_DATA_VERSION } from '../dataVersion.js';

export interface AuditRow { id: string; at: string; by: string; operation: string; target: string; before: string | null; after: string | null }

type AuditEntryInput = { by: string; operation: string; target: string; before: unknown; after: unknown };

/**
 * The audit entry as a clause to end a change's own statement with (one round trip less), with its
 * parameters (prefixed `audit`, so they cannot clash with the statement's).
 */
export function auditClause(entry: AuditEntryInput): { cypher: string; params: Record<string, unknown> } {
  return {
    cypher: `CREATE (:AuditEntry {id: $auditId, at: datetime(), by: $auditBy, operation: $auditOperation, target: $auditTarget, before: $auditBefore, after: $auditAfter})
      ${BUMP_DATA_VERSION}`,
    params: {
      auditId: `audit:${crypto.randomUUID()}`, auditBy: entry.by, auditOperation: entry.operation, auditTarget: entry.target,
      auditBefore: entry.before == null ? null : JSON.stringify(entry.before), auditAfter: entry.after == null ? null : JSON.stringify(entry.after),
    },
  };
}

/** Records who changed what, with the state before and after as JSON. */
export async function writeAudit(tx: Tx, entry: AuditEntryInput) {
  const { cypher, params } = auditClause(entry);
  await tx.run(cypher, params);
}

/** A page of the audit trail, newest first, after an (at, id) cursor. */
export async function auditPage(db: Db, target: string | null, limit: number, after: { at: string; id: string } | null) {
  const rows = await db.read<{ e: AuditRow }>(`
    MATCH (e:AuditEntry) WHERE ($target IS NULL OR e.target = $target)
      AND ($after IS NULL OR e.at < datetime($after.at) OR (e.at = datetime($after.at) AND e.id < $after.id))
    WITH e ORDER BY e.at DESC, e.id DESC LIMIT $limit
    RETURN e {.id, at: toString(e.at), .by, .operation, .target, .before, .after} AS e`, { target, after, limit: limit + 1 });
  return rows.map((r) => r.e);
}

/**
 * Records that `by` read the personal data of these contact persons (one entry per person, target
 * the contact's id, `after` the fields read). Not a change of the data, so the data version is not
 * bumped: derived results do not depend on who read what.
 */
export async function recordPersonalDataReads(db: Db, by: string, reads: { contact: string; fields: string[] }[]) {
  if (!reads.length) return;
  await db.write(`UNWIND $reads AS read
    CREATE (:AuditEntry {id: 'audit:' + randomUUID(), at: datetime(), by: $by, operation: 'readPersonalData', target: read.contact, before: null, after: read.fields})`,
  { by, reads: reads.map((r) => ({ contact: r.contact, fields: JSON.stringify({ fields: r.fields }) })) });
}
