/**
 * The import workflow: upload → stored preview → (re-)computed preview with the user's match
 * decisions → apply in one transaction → undo. State lives in the database only, so any server
 * process can serve any step.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../db/driver.js';
import { Conflict, Invalid } from '../db/errors.js';
import {
  applyChangeSet, batchById, batches, dbRun, loadPreview, lockPreview, savePreview, txRun, undoBatch, type BatchRow, type PreviewRecord,
} from '../db/repos/import.repo.js';
import { runAnalysis } from '../workers/pool.js';
import type { ReadImportResult } from '../workers/tasks.js';
import type { ParsedImport } from './parse.js';
import { computePreview, targetPlan, type NameDecision, type Preview } from './preview.js';
import { UnreadableFile } from './read.js';

export { UnreadableFile };

export interface Uploaded { id: string; preview: Preview; fileName: string }

/** Reads, checks and interprets a file, stores it as a preview and returns the first look at it. */
export async function createPreview(db: Db, by: string, data: Buffer, fileName: string, target: string | null): Promise<Uploaded> {
  if (target !== null && !/^plan:[a-z0-9][a-z0-9./_-]*$/.test(target)) throw new Invalid('A plan id looks like plan:some-name.', 'plan');
  // Reading and interpreting a file at the row limit takes seconds of synchronous work: a worker
  // thread does it, so other requests are answered meanwhile.
  const read = await runAnalysis<ReadImportResult>('readImport', { data, fileName });
  if ('unreadable' in read) throw new UnreadableFile(read.unreadable);
  const parsed = JSON.parse(read.parsedJson) as ParsedImport;
  const id = `import:${randomUUID()}`;
  const plan = targetPlan(parsed, target);
  const preview = await computePreview(dbRun(db), parsed, plan, [], tagOf(id));
  await savePreview(db, {
    id, fileName: fileName.slice(0, 200), sha256: createHash('sha256').update(data).digest('hex'), bytes: data.length,
    format: read.format, createdBy: by, target: plan, parsed: read.parsedJson,
  });
  return { id, preview, fileName };
}

/** The part of an id used in the ids of what the import creates (status and budget ids). */
const tagOf = (previewId: string) => `imp-${previewId.slice('import:'.length, 'import:'.length + 8)}`;

export interface PreviewView { record: PreviewRecord; parsed: ParsedImport; preview: Preview }

/**
 * The preview as of now: computed again on every look (not cached by the data version, which not
 * every write path bumps yet: the API's edit mutations do not), so a concurrent edit shows at once.
 */
export async function previewOf(db: Db, id: string, decisions: NameDecision[]): Promise<PreviewView> {
  const record = await loadPreview(dbRun(db), id);
  const parsed = JSON.parse(record.parsed) as ParsedImport;
  const preview = await computePreview(dbRun(db), parsed, record.target, decisions, tagOf(id));
  return { record, parsed, preview };
}

/**
 * Applies a preview in one transaction, all or nothing. `fingerprint` is the one the caller saw;
 * when the graph has moved since (someone edited the plan, an actor was added that changes a
 * match), the apply is refused and the caller looks at the preview again.
 */
export async function applyPreview(db: Db, by: string, id: string, decisions: NameDecision[], fingerprint: string | null): Promise<string> {
  return db.transaction(async (tx) => {
    const record = await lockPreview(tx, id);
    const parsed = JSON.parse(record.parsed) as ParsedImport;
    const preview = await computePreview(txRun(tx), parsed, record.target, decisions, tagOf(id));
    if (fingerprint && fingerprint !== preview.fingerprint) {
      throw new Conflict('The data changed since this preview was shown (someone edited the plan or its actors); look at the preview again before applying.', 'fingerprint');
    }
    const errors = preview.problems.filter((p) => p.severity === 'error');
    if (errors.length) {
      const first = errors[0];
      throw new Invalid(`The file has ${errors.length} error(s) to fix first, e.g. ${first.sheet}${first.cell ? `!${first.cell}` : first.row ? ` row ${first.row}` : ''}: ${first.message}`, 'id');
    }
    const batchId = `importbatch:${id.slice('import:'.length)}`;
    await applyChangeSet(tx, {
      id: batchId, sourceId: `source:import/${id.slice('import:'.length)}`, fileName: record.fileName, sha256: record.sha256, bytes: record.bytes,
      by, target: record.target, previewId: id,
      counts: { ...preview.counts, nodes: preview.changeSet.createNodes.length, updated: preview.changeSet.updateNodes.length, relationships: preview.changeSet.createRels.length, removed: preview.changeSet.removeRels.length },
    }, preview.changeSet);
    return batchId;
  });
}

export function undoImport(db: Db, by: string, batch: string) {
  return undoBatch(db, batch, by);
}

export function importHistory(db: Db, first: number): Promise<BatchRow[]> {
  return batches(db, first);
}

export function importBatch(db: Db, id: string) {
  return batchById(dbRun(db), id);
}
