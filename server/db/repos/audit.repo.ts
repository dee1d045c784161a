/** The audit trail: one AuditEntry per change, written in the change's own transaction. */
import type { Db, Tx } from '../driver.js';

export interface AuditRow { id: string; at: string; by: string; operation: string; target: string; before: string | null; after: string | null }

/** Records who changed what, with the state before and after as JSON. */
export async function writeAudit(tx: Tx, entry: { by: string; operation: string; target: string; before: unknown; after: unknown }) {
  await tx.run(`CREATE (e:AuditEntry {id: $id, at: datetime(), by: $by, operation: $operation, target: $target, before: $before, after: $after})`, {
    id: `audit:${crypto.randomUUID()}`, by: entry.by, operation: entry.operation, target: entry.target,
    before: entry.before == null ? null : JSON.stringify(entry.before), after: entry.after == null ? null : JSON.stringify(entry.after),
  });
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
