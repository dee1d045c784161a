/** Spreadsheet import: previews, apply, undo and history (the upload itself is POST /import). */
import { requireRole } from '../../auth.js';
import type { Context } from '../../context.js';
import { NotFound } from '../../db/errors.js';
import type { BatchRow } from '../../db/repos/import.repo.js';
import { applyPreview, importBatch, importHistory, previewOf, undoImport, type PreviewView } from '../../interchange/service.js';
import type { NameDecision } from '../../interchange/preview.js';
import type { ImportBatch, ImportPreview, Resolvers } from '../resolvers-types.generated.js';

function editor(ctx: Context, what: string) {
  requireRole(ctx.viewer, 'editor', what);
  return ctx.viewer.id;
}

const decisionsOf = (d: readonly { name: string; actor?: string | null; newActor?: boolean | null }[] | null | undefined): NameDecision[] =>
  (d ?? []).slice(0, 5_000).map((x) => ({ name: x.name, actor: x.actor ?? null, newActor: x.newActor ?? null }));

export function previewToGraphQL(v: PreviewView): ImportPreview {
  const { record, parsed, preview } = v;
  return {
    id: record.id, fileName: record.fileName, format: record.format, createdBy: record.createdBy, createdAt: record.createdAt,
    target: preview.target, targetExists: preview.planExists, sheets: parsed.sheets,
    rows: preview.rows.map((r) => ({ ...r, action: r.action.toUpperCase() as 'CREATE' | 'UPDATE' | 'UNCHANGED' })),
    names: preview.names.map((n) => ({
      name: n.name, match: n.kind.toUpperCase() as 'EXACT' | 'NORMALIZED' | 'FUZZY' | 'NEW', proposed: n.proposed, alternatives: n.alternatives,
      genericRole: n.genericRole, actorId: n.actorId, isNew: n.isNew, decided: n.decided, occurrences: n.occurrences.map((o) => `${o.sheet}!${o.cell}`),
    })),
    problems: preview.problems.map((p) => ({ ...p, severity: p.severity === 'error' ? 'ERROR' : 'WARNING' })),
    counts: preview.counts,
    canApply: preview.counts.errors === 0 && !record.appliedBatch,
    fingerprint: preview.fingerprint,
    appliedBatch: record.appliedBatch,
  };
}

export function batchToGraphQL(b: BatchRow): ImportBatch {
  const counts = JSON.parse(b.counts || '{}') as Record<string, number>;
  return {
    id: b.id, fileName: b.fileName, sha256: b.sha256, bytes: b.bytes, importedBy: b.importedBy, at: b.at, target: b.target,
    created: counts.create ?? 0, updated: counts.update ?? 0, unchanged: counts.unchanged ?? 0, undoneAt: b.undoneAt, undoneBy: b.undoneBy,
  };
}

async function batchOrFail(ctx: Context, id: string) {
  const b = await importBatch(ctx.db, id);
  if (!b) throw new NotFound('import', id, 'batch');
  return batchToGraphQL(b);
}

export const interchangeResolvers: Resolvers = {
  Query: {
    importPreview: async (_, { id, decisions }, ctx) => {
      editor(ctx, 'Import previews');
      return previewToGraphQL(await previewOf(ctx.db, id, decisionsOf(decisions)));
    },
    imports: async (_, { first }, ctx) => {
      editor(ctx, 'The import history');
      return (await importHistory(ctx.db, Math.min(Math.max(first ?? 50, 1), 200))).map(batchToGraphQL);
    },
  },
  Mutation: {
    applyImport: async (_, { id, decisions, fingerprint }, ctx) => {
      const by = editor(ctx, 'Applying imports');
      const batch = await applyPreview(ctx.db, by, id, decisionsOf(decisions), fingerprint ?? null);
      ctx.loaders.clearAll();
      return batchOrFail(ctx, batch);
    },
    undoImport: async (_, { batch }, ctx) => {
      const by = editor(ctx, 'Undoing imports');
      await undoImport(ctx.db, by, batch);
      ctx.loaders.clearAll();
      return batchOrFail(ctx, batch);
    },
  },
};
