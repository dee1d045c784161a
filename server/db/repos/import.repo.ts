/**
 * Spreadsheet imports: stored previews (in the database, so any server process behind a load
 * balancer can answer for any preview), the current state a preview is compared with, the one
 * transaction that applies a change set, and its undo. Labels and relationship types come from
 * the fixed lists below, never from input.
 */
import type { Db, Tx } from '../driver.js';
import { dateValue } from '../../data/loader.js';
import { BUMP_DATA_VERSION } from '../dataVersion.js';
import { writeAudit } from './audit.repo.js';
import { Conflict, NotFound } from '../errors.js';

/** Runs one read statement: a Db's read or a transaction's run. */
export type Run = <T>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;
export const dbRun = (db: Db): Run => (c, p) => db.read(c, p);
export const txRun = (tx: Tx): Run => (c, p) => tx.run(c, p);

export const IMPORT_LABELS = ['Actor', 'ActionPlan', 'Measure', 'StatusReport', 'Budget', 'Theme', 'TargetGroup', 'Network'] as const;
export type ImportLabel = (typeof IMPORT_LABELS)[number];
export const IMPORT_RELS = ['HAS_MEASURE', 'RESPONSIBLE_FOR', 'HAS_STATUS', 'HAS_BUDGET', 'ADDRESSES', 'TARGETS', 'OWNS', 'MEMBER_OF', 'PART_OF'] as const;
export type ImportRel = (typeof IMPORT_RELS)[number];

const DATE_FIELDS = ['periodStart', 'periodEnd', 'asOf', 'since', 'until', 'established', 'ended'];

/** Adds the `<field>Date` values the read path filters on, for every partial date given. */
function withDates(props: Record<string, unknown>): Record<string, unknown> {
  const out = { ...props };
  for (const f of DATE_FIELDS) if (f in props) out[`${f}Date`] = typeof props[f] === 'string' ? dateValue(f, props[f] as string) : null;
  return out;
}

// ---------------------------------------------------------------- what is there now

export interface KnownActorRow { id: string; name: string; shortName: string | null; aliases: string[]; isGenericRole: boolean; kind: string | null }
export function knownActors(run: Run) {
  return run<KnownActorRow>(`MATCH (a:Actor) RETURN a.id AS id, coalesce(a.name, a.id) AS name, a.shortName AS shortName,
    coalesce(a.aliases, []) AS aliases, coalesce(a.isGenericRole, false) AS isGenericRole, a.kind AS kind ORDER BY a.id`);
}

export interface NamedRow { id: string; name: string; aliases: string[] }
export function namedOf(run: Run, label: 'Theme' | 'TargetGroup' | 'Network') {
  const cypher = {
    Theme: 'MATCH (n:Theme) RETURN n.id AS id, coalesce(n.name, n.id) AS name, coalesce(n.aliases, []) AS aliases ORDER BY n.id',
    TargetGroup: 'MATCH (n:TargetGroup) RETURN n.id AS id, coalesce(n.name, n.id) AS name, [] AS aliases ORDER BY n.id',
    Network: 'MATCH (n:Network) RETURN n.id AS id, coalesce(n.name, n.id) AS name, coalesce(n.aliases, []) AS aliases ORDER BY n.id',
  }[label];
  return run<NamedRow>(cypher);
}

export interface MeasureState {
  id: string; number: string; title: string | null; description: string | null; period: string | null; searchKey: string | null;
  responsible: { actor: string; role: string }[];
  latest: { id: string; status: string; asOf: string; text: string | null } | null;
  budgets: { id: string; text: string | null; amount: number | null }[];
  themes: string[]; targets: string[];
}
export interface PlanState {
  plan: { id: string; title: string | null; shortTitle: string | null; level: string | null; periodStart: string | null; periodEnd: string | null; searchKey: string | null } | null;
  owners: string[];
  measures: MeasureState[];
}

/** The plan as it is now, with everything an import of it may change. */
export async function planState(run: Run, planId: string): Promise<PlanState> {
  const [row] = await run<PlanState>(`
    OPTIONAL MATCH (p:ActionPlan {id: $plan})
    RETURN CASE WHEN p IS NULL THEN null ELSE p {.id, .title, .shortTitle, .level, .periodStart, .periodEnd, .searchKey} END AS plan,
      COLLECT { MATCH (o:Actor)-[:OWNS]->(p) RETURN o.id ORDER BY o.id } AS owners,
      COLLECT { MATCH (p)-[:HAS_MEASURE]->(m:Measure)
        RETURN m {.id, number: coalesce(m.number, ''), .title, .description, .period, .searchKey,
          responsible: COLLECT { MATCH (a:Actor)-[r:RESPONSIBLE_FOR]->(m) RETURN {actor: a.id, role: r.role} ORDER BY a.id, r.role },
          latest: COLLECT { MATCH (m)-[:HAS_STATUS]->(s:StatusReport) RETURN s {.id, .status, .asOf, .text} ORDER BY s.asOf DESC, s.id DESC LIMIT 1 }[0],
          budgets: COLLECT { MATCH (m)-[:HAS_BUDGET]->(b:Budget) RETURN b {.id, .text, .amount} ORDER BY b.id },
          themes: COLLECT { MATCH (m)-[:ADDRESSES]->(t:Theme) RETURN t.id ORDER BY t.id },
          targets: COLLECT { MATCH (m)-[:TARGETS]->(t:TargetGroup) RETURN t.id ORDER BY t.id }
        } ORDER BY m.sortKey, m.id } AS measures`, { plan: planId });
  return row;
}

export interface MembershipState { network: string; actor: string; role: string; key: string; since: string | null; until: string | null; note: string | null }
export function membershipsOf(run: Run, networks: string[]) {
  return run<MembershipState>(`MATCH (a:Actor)-[r:MEMBER_OF]->(n:Network) WHERE n.id IN $networks
    RETURN n.id AS network, a.id AS actor, r.role AS role, coalesce(r.key, '') AS key, r.since AS since, r.until AS until, r.note AS note
    ORDER BY n.id, a.id, r.key`, { networks });
}

export interface ActorState {
  id: string; name: string; shortName: string | null; aliases: string[]; storedAliases: string[] | null; aliasText: string | null; kind: string | null; level: string | null;
  isGenericRole: boolean | null; searchKey: string | null; parent: string | null;
}
export function actorStates(run: Run, ids: string[]) {
  return run<ActorState>(`MATCH (a:Actor) WHERE a.id IN $ids
    RETURN a.id AS id, a.name AS name, a.shortName AS shortName, coalesce(a.aliases, []) AS aliases, a.aliases AS storedAliases, a.aliasText AS aliasText, a.kind AS kind,
      a.level AS level, a.isGenericRole AS isGenericRole, a.searchKey AS searchKey,
      COLLECT { MATCH (a)-[:PART_OF]->(p:Actor) RETURN p.id }[0] AS parent ORDER BY a.id`, { ids });
}

/** Ids among `ids` that some entity already has (to keep new ids unique). */
export async function takenIds(run: Run, ids: string[]): Promise<Set<string>> {
  const rows = await run<{ id: string }>('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id', { ids });
  return new Set(rows.map((r) => r.id));
}

// ---------------------------------------------------------------- previews

export interface PreviewRecord {
  id: string; fileName: string; sha256: string; bytes: number; format: string; createdBy: string; createdAt: string;
  target: string | null; parsed: string; appliedBatch: string | null;
}

/** Stores a preview; previews older than a day are removed on the way. */
export async function savePreview(db: Db, p: Omit<PreviewRecord, 'createdAt' | 'appliedBatch'>) {
  await db.write(`MATCH (old:ImportPreview) WHERE old.createdAt < datetime() - duration('P1D') AND old.appliedBatch IS NULL
    WITH collect(old) AS olds FOREACH (o IN olds | DELETE o)
    CREATE (:ImportPreview {id: $id, fileName: $fileName, sha256: $sha256, bytes: $bytes, format: $format, createdBy: $createdBy,
      createdAt: datetime(), target: $target, parsed: $parsed})`, p as unknown as Record<string, unknown>);
}

export async function loadPreview(run: Run, id: string): Promise<PreviewRecord> {
  const [row] = await run<{ p: PreviewRecord }>(`MATCH (p:ImportPreview {id: $id})
    RETURN p {.id, .fileName, .sha256, .bytes, .format, .createdBy, createdAt: toString(p.createdAt), .target, .parsed, .appliedBatch} AS p`, { id });
  if (!row) throw new NotFound('import preview', id, 'id');
  return row.p;
}

/** Takes the preview's write lock first, so two applies of one preview run one after the other. */
export async function lockPreview(tx: Tx, id: string): Promise<PreviewRecord> {
  const rows = await tx.run('MATCH (p:ImportPreview {id: $id}) SET p.lockedAt = datetime() RETURN p.id AS id', { id });
  if (!rows.length) throw new NotFound('import preview', id, 'id');
  const p = await loadPreview(txRun(tx), id);
  if (p.appliedBatch) throw new Conflict(`This preview was already applied as import ${p.appliedBatch}; upload the file again to import it once more.`, 'id');
  return p;
}

// ---------------------------------------------------------------- change sets

export interface Cite { quote: string; locator: string }
export interface NodeCreate { id: string; label: ImportLabel; props: Record<string, unknown>; cite: Cite }
export interface NodeUpdate { id: string; label: ImportLabel; set: Record<string, unknown>; before: Record<string, unknown>; cite: Cite }
export interface RelChange { type: ImportRel; from: string; to: string; key: string; props: Record<string, unknown>; cite?: Cite }
export interface RelUpdate { type: ImportRel; from: string; to: string; key: string; set: Record<string, unknown>; before: Record<string, unknown>; cite: Cite }
export interface ChangeSet {
  createNodes: NodeCreate[]; updateNodes: NodeUpdate[];
  createRels: RelChange[]; removeRels: RelChange[]; updateRels: RelUpdate[];
}
export const emptyChangeSet = (): ChangeSet => ({ createNodes: [], updateNodes: [], createRels: [], removeRels: [], updateRels: [] });

export interface BatchInfo {
  id: string; sourceId: string; fileName: string; sha256: string; bytes: number; by: string; target: string | null;
  counts: Record<string, number>; previewId: string;
}

const CHUNK = 1_000;
function* chunks<T>(rows: T[]): Generator<T[]> { for (let i = 0; i < rows.length; i += CHUNK) yield rows.slice(i, i + CHUNK); }
function byKind<T, K extends string>(rows: T[], kind: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) { const k = kind(r); if (!m.has(k)) m.set(k, []); m.get(k)!.push(r); }
  return m;
}
function checkLabel(l: string): asserts l is ImportLabel { if (!(IMPORT_LABELS as readonly string[]).includes(l)) throw new Error(`label ${l} is not importable`); }
function checkRel(t: string): asserts t is ImportRel { if (!(IMPORT_RELS as readonly string[]).includes(t)) throw new Error(`relationship ${t} is not importable`); }

/**
 * Writes a change set inside `tx`: the file as a Source, every created or updated node citing it
 * with its sheet/row/cell locator (relationships carry the citation in their lists), the batch
 * with the undo log, an audit entry and the data version bump.
 */
export async function applyChangeSet(tx: Tx, batch: BatchInfo, cs: ChangeSet): Promise<void> {
  await tx.run(`CREATE (s:Source:Entity {id: $sourceId, file: $fileName, title: $title, date: toString(date()), curated: false, sha256: $sha256, importBatch: $id})
    CREATE (b:ImportBatch {id: $id, fileName: $fileName, sha256: $sha256, bytes: $bytes, importedBy: $by, at: datetime(), target: $target,
      counts: $counts, previewId: $previewId, undo: $undo})
    CREATE (b)-[:IMPORTED]->(s)
    WITH b MATCH (p:ImportPreview {id: $previewId}) SET p.appliedBatch = $id`,
  { ...batch, title: `Imported spreadsheet ${batch.fileName}`, counts: JSON.stringify(batch.counts), undo: JSON.stringify(undoLog(cs)) });
  for (const [label, rows] of byKind(cs.createNodes, (n) => n.label)) {
    checkLabel(label);
    for (const part of chunks(rows)) {
      await tx.run(`UNWIND $rows AS row CREATE (n:${label}:Entity {id: row.id}) SET n += row.props, n.curated = false, n.importBatch = $batch
        WITH n, row MATCH (s:Source {id: $source}) CREATE (n)-[:SOURCED_FROM {quote: row.quote, locator: row.locator, curated: false}]->(s)`,
      { rows: part.map((n) => ({ id: n.id, props: withDates(n.props), quote: n.cite.quote, locator: n.cite.locator })), batch: batch.id, source: batch.sourceId });
    }
  }
  for (const [label, rows] of byKind(cs.updateNodes, (n) => n.label)) {
    checkLabel(label);
    for (const part of chunks(rows)) {
      await tx.run(`UNWIND $rows AS row MATCH (n:${label} {id: row.id}) SET n += row.set
        WITH n, row MATCH (s:Source {id: $source}) CREATE (n)-[:SOURCED_FROM {quote: row.quote, locator: row.locator, curated: false}]->(s)`,
      { rows: part.map((n) => ({ id: n.id, set: withDates(n.set), quote: n.cite.quote, locator: n.cite.locator })), source: batch.sourceId });
    }
  }
  for (const [type, rows] of byKind(cs.removeRels, (r) => r.type)) {
    checkRel(type);
    for (const part of chunks(rows)) {
      await tx.run(`UNWIND $rows AS row MATCH (a:Entity {id: row.from})-[r:${type}]->(b:Entity {id: row.to}) WHERE coalesce(r.key, '') = row.key DELETE r`, { rows: part });
    }
  }
  for (const [type, rows] of byKind(cs.updateRels, (r) => r.type)) {
    checkRel(type);
    for (const part of chunks(rows)) {
      await tx.run(`UNWIND $rows AS row MATCH (a:Entity {id: row.from})-[r:${type}]->(b:Entity {id: row.to}) WHERE coalesce(r.key, '') = row.key
        SET r += row.set, r.sourceIds = coalesce(r.sourceIds, []) + $source, r.quotes = coalesce(r.quotes, []) + row.quote,
          r.locators = coalesce(r.locators, []) + row.locator`,
      { rows: part.map((r) => ({ ...r, set: withDates(r.set), quote: r.cite.quote, locator: r.cite.locator })), source: batch.sourceId });
    }
  }
  for (const [type, rows] of byKind(cs.createRels, (r) => r.type)) {
    checkRel(type);
    for (const part of chunks(rows)) {
      await tx.run(`UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
        CREATE (a)-[r:${type} {key: row.key}]->(b) SET r += row.props, r.curated = false, r.importBatch = $batch,
          r.sourceIds = [$source], r.quotes = [row.quote], r.locators = [row.locator]`,
      { rows: part.map((r) => ({ ...r, props: withDates(r.props), quote: r.cite?.quote ?? '', locator: r.cite?.locator ?? '' })), batch: batch.id, source: batch.sourceId });
    }
  }
  await tx.run(BUMP_DATA_VERSION);
  await writeAudit(tx, { by: batch.by, operation: 'applyImport', target: batch.target ?? batch.id, before: null, after: { batch: batch.id, file: batch.fileName, counts: batch.counts } });
}

/** What undoing a change set takes: the inverse of each change, with the state before it. */
interface UndoLog {
  deleteNodes: string[];
  restoreNodes: { id: string; label: ImportLabel; before: Record<string, unknown> }[];
  deleteRels: { type: ImportRel; from: string; to: string; key: string }[];
  recreateRels: RelChange[];
  restoreRels: { type: ImportRel; from: string; to: string; key: string; before: Record<string, unknown> }[];
}
function undoLog(cs: ChangeSet): UndoLog {
  return {
    deleteNodes: cs.createNodes.map((n) => n.id),
    restoreNodes: cs.updateNodes.map((n) => ({ id: n.id, label: n.label, before: Object.fromEntries(Object.keys(n.set).map((k) => [k, n.before[k] ?? null])) })),
    deleteRels: cs.createRels.map(({ type, from, to, key }) => ({ type, from, to, key })),
    recreateRels: cs.removeRels,
    restoreRels: cs.updateRels.map((r) => ({ type: r.type, from: r.from, to: r.to, key: r.key, before: Object.fromEntries(Object.keys(r.set).map((k) => [k, r.before[k] ?? null])) })),
  };
}

export interface BatchRow {
  id: string; fileName: string; sha256: string; bytes: number; importedBy: string; at: string; target: string | null;
  counts: string; undoneAt: string | null; undoneBy: string | null;
}

export async function batches(db: Db, first: number): Promise<BatchRow[]> {
  return db.read<BatchRow>(`MATCH (b:ImportBatch) RETURN b.id AS id, b.fileName AS fileName, b.sha256 AS sha256, b.bytes AS bytes,
    b.importedBy AS importedBy, toString(b.at) AS at, b.target AS target, b.counts AS counts, toString(b.undoneAt) AS undoneAt, b.undoneBy AS undoneBy
    ORDER BY b.at DESC, b.id DESC LIMIT $first`, { first });
}

export async function batchById(run: Run, id: string): Promise<BatchRow | null> {
  const [row] = await run<BatchRow>(`MATCH (b:ImportBatch {id: $id}) RETURN b.id AS id, b.fileName AS fileName, b.sha256 AS sha256, b.bytes AS bytes,
    b.importedBy AS importedBy, toString(b.at) AS at, b.target AS target, b.counts AS counts, toString(b.undoneAt) AS undoneAt, b.undoneBy AS undoneBy`, { id });
  return row ?? null;
}

/**
 * Undoes a batch in one transaction: deletes what it created, puts back what it changed or
 * removed, removes its Source (and with it every citation of the file). Only the latest applied
 * batch of a target can be undone, so an undo never unpicks a later import's changes.
 */
export async function undoBatch(db: Db, id: string, by: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [b] = await tx.run<{ undo: string; target: string | null; undoneAt: string | null; sourceId: string; later: string | null }>(`
      MATCH (b:ImportBatch {id: $id}) SET b.lockedAt = datetime()
      WITH b OPTIONAL MATCH (b)-[:IMPORTED]->(s:Source)
      RETURN b.undo AS undo, b.target AS target, toString(b.undoneAt) AS undoneAt, s.id AS sourceId,
        COLLECT { MATCH (l:ImportBatch) WHERE l.target = b.target AND l.at > b.at AND l.undoneAt IS NULL RETURN l.id ORDER BY l.at DESC }[0] AS later`, { id });
    if (!b) throw new NotFound('import', id, 'batch');
    if (b.undoneAt) throw new Conflict(`The import ${id} was already undone at ${b.undoneAt}.`, 'batch');
    if (b.later) throw new Conflict(`A later import (${b.later}) changed the same ${b.target?.startsWith('plan:') ? 'plan' : 'data'}; undo that one first.`, 'batch');
    const log = JSON.parse(b.undo) as UndoLog;
    for (const [type, rows] of byKind(log.deleteRels, (r) => r.type)) {
      checkRel(type);
      for (const part of chunks(rows)) {
        await tx.run(`UNWIND $rows AS row MATCH (a:Entity {id: row.from})-[r:${type}]->(b:Entity {id: row.to}) WHERE coalesce(r.key, '') = row.key AND r.importBatch = $batch DELETE r`, { rows: part, batch: id });
      }
    }
    for (const part of chunks(log.deleteNodes)) {
      await tx.run(`UNWIND $ids AS nid MATCH (n:Entity {id: nid}) WHERE n.importBatch = $batch DETACH DELETE n`, { ids: part, batch: id });
    }
    for (const [label, rows] of byKind(log.restoreNodes, (n) => n.label)) {
      checkLabel(label);
      for (const part of chunks(rows)) {
        await tx.run(`UNWIND $rows AS row MATCH (n:${label} {id: row.id}) SET n += row.before`, { rows: part.map((r) => ({ id: r.id, before: withDates(r.before) })) });
      }
    }
    for (const [type, rows] of byKind(log.restoreRels, (r) => r.type)) {
      checkRel(type);
      for (const part of chunks(rows)) {
        await tx.run(`UNWIND $rows AS row MATCH (a:Entity {id: row.from})-[r:${type}]->(b:Entity {id: row.to}) WHERE coalesce(r.key, '') = row.key
          SET r += row.before, r.locators = r.locators[0..size(r.locators) - 1], r.quotes = r.quotes[0..size(r.quotes) - 1], r.sourceIds = r.sourceIds[0..size(r.sourceIds) - 1]`,
        { rows: part.map((r) => ({ ...r, before: withDates(r.before) })) });
      }
    }
    for (const [type, rows] of byKind(log.recreateRels, (r) => r.type)) {
      checkRel(type);
      for (const part of chunks(rows)) {
        await tx.run(`UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
          CREATE (a)-[r:${type}]->(b) SET r = row.props`, { rows: part.map((r) => ({ ...r, props: withDates(r.props) })) });
      }
    }
    if (b.sourceId) await tx.run('MATCH (s:Source {id: $sid}) DETACH DELETE s', { sid: b.sourceId });
    await tx.run(`MATCH (b:ImportBatch {id: $id}) SET b.undoneAt = datetime(), b.undoneBy = $by`, { id, by });
    await tx.run(BUMP_DATA_VERSION);
    await writeAudit(tx, { by, operation: 'undoImport', target: b.target ?? id, before: { batch: id }, after: null });
  });
}

/** Full properties of relationships a change set will remove (for the undo log), by `type|from|to|key`. */
export async function relProps(run: Run, rels: { type: ImportRel; from: string; to: string; key: string }[]): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const [type, rows] of byKind(rels, (r) => r.type)) {
    checkRel(type);
    const found = await run<{ from: string; to: string; key: string; p: Record<string, unknown> }>(`UNWIND $rows AS row
      MATCH (a:Entity {id: row.from})-[r:${type}]->(b:Entity {id: row.to}) WHERE coalesce(r.key, '') = row.key
      RETURN row.from AS from, row.to AS to, row.key AS key, properties(r) AS p`, { rows: rows.map(({ from, to, key }) => ({ from, to, key })) });
    for (const f of found) out.set(`${type}|${f.from}|${f.to}|${f.key}`, stripDates(f.p));
  }
  return out;
}

/** `<field>Date` values are derived from the partial date and put back from it. */
function stripDates(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) if (!(k.endsWith('Date') && DATE_FIELDS.includes(k.slice(0, -4)))) out[k] = v;
  return out;
}
