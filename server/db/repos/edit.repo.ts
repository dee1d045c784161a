/**
 * Changes to the graph, each in one transaction with its audit entry. Facts entered through the API
 * cite the "source:api" document with the editor's source text as quote and who/when as locator.
 * Labels and relationship types come from fixed lists here, never from input.
 */
import type { Tx } from '../driver.js';
import type { Db } from '../driver.js';
import { dateValue } from './dates.js';
import { searchKey } from '../../text.js';
import { auditClause, writeAudit } from './audit.repo.js';
import { Conflict, NotFound } from '../errors.js';
import { compilePayload, type WritePayload } from '../compile.js';

export const API_SOURCE = 'source:api';
type Editable = 'Actor' | 'Network' | 'ActionPlan' | 'Measure';
const WHAT: Record<Editable, string> = { Actor: 'actor', Network: 'network', ActionPlan: 'plan', Measure: 'measure' };

/** Relationship types an actor can hold, for RESTRICT checks and merges. */
const ACTOR_RELS = ['MEMBER_OF', 'RESPONSIBLE_FOR', 'OWNS', 'PARTY_TO', 'INVOLVED_IN', 'PART_OF', 'LOCATED_IN', 'REPORTED', 'PUBLISHED', 'WORKS_AT', 'SOURCED_FROM'] as const;

export interface Editor { id: string }

/** Provenance of a fact entered through the API, in both languages (it is shown in both UIs). */
function stamp(by: Editor) { const at = new Date().toISOString(); return `registrert av ${by.id} ${at} / entered by ${by.id} at ${at}`; }

/** The document that facts entered through the API cite, created on first use (binds `s`; needs `$src`). */
const MERGE_API_SOURCE = "MERGE (s:Source:Entity {id: $src}) ON CREATE SET s.file = 'api', s.title = 'Registrert gjennom Samkart-API-et / Entered through the Samkart API', s.curated = false";

async function ensureApiSource(tx: Tx) {
  await tx.run(MERGE_API_SOURCE, { src: API_SOURCE });
}

async function snapshot(tx: Tx, label: Editable, id: string): Promise<Record<string, unknown> | null> {
  const [row] = await tx.run<{ p: Record<string, unknown> }>(`MATCH (n:${label} {id: $id}) RETURN properties(n) AS p`, { id });
  if (!row) return null;
  const { searchKey: _s, aliasText: _a, datasetVersion: _d, ...rest } = row.p;
  return rest;
}

function dated(props: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...props };
  for (const [k, v] of Object.entries(props)) {
    if (['established', 'ended', 'periodStart', 'periodEnd', 'since', 'until', 'asOf'].includes(k)) out[`${k}Date`] = typeof v === 'string' ? dateValue(k, v) : null;
  }
  return out;
}

function keyOf(label: Editable, p: Record<string, unknown>) {
  if (label === 'Actor') return searchKey(p.name as string, p.shortName as string, p.aliases as string[]);
  if (label === 'Network') return searchKey(p.name as string, p.aliases as string[]);
  if (label === 'ActionPlan') return searchKey(p.title as string, p.shortTitle as string, p.aliases as string[]);
  return searchKey(p.number as string, p.title as string, p.description as string);
}

/**
 * Takes the write lock of node `v` (if bound) for the rest of the transaction, without changing it:
 * Neo4j locks a node when a property is set, and setting then removing a scratch property leaves
 * the node as it was.
 */
const LOCK = (v: string) => `FOREACH (_ IN CASE WHEN ${v} IS NULL THEN [] ELSE [1] END | SET ${v}._lock = true REMOVE ${v}._lock)`;

/** Creates an entity with its citation; CONFLICT when the id is taken. */
export async function createEntity(db: Db, by: Editor, label: Editable, id: string, props: Record<string, unknown>, source: string,
  links: (tx: Tx) => Promise<void> = async () => {}) {
  // Two creations with one id at once: the label's uniqueness constraint fails the later commit,
  // which is the same CONFLICT as the check below.
  return db.transaction(async (tx) => {
    const [taken] = await tx.run<{ n: number }>('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id });
    if (taken.n) throw new Conflict(`The id "${id}" is already used; choose another.`, 'input.id');
    await ensureApiSource(tx);
    const all = dated({ ...props });
    await tx.run(`CREATE (n:${label}:Entity {id: $id}) SET n += $props, n.curated = false, n.searchKey = $key
      WITH n MATCH (s:Source {id: $source}) CREATE (n)-[:SOURCED_FROM {quote: $quote, locator: $locator, curated: false}]->(s)`,
    { id, props: all, key: keyOf(label, props), source: API_SOURCE, quote: source, locator: stamp(by) });
    await links(tx);
    if (label === 'Measure' && typeof props.number === 'string') {
      await tx.run(`MATCH (n:Measure {id: $id}) SET n.sortKey = $sk`, { id, sk: `${id.slice(8, id.lastIndexOf('/'))}/${props.number.replace(/\d+/g, (d) => d.padStart(5, '0'))}` });
    }
    await writeAudit(tx, { by: by.id, operation: `create${label === 'ActionPlan' ? 'Plan' : label}`, target: id, before: null, after: await snapshot(tx, label, id) });
    return id;
  });
}

/** Sets (or clears, with null) the given properties; NOT_FOUND for an unknown id. */
export async function updateEntity(db: Db, by: Editor, label: Editable, id: string, changes: Record<string, unknown>,
  links: (tx: Tx) => Promise<void> = async () => {}) {
  return db.transaction(async (tx) => {
    const before = await snapshot(tx, label, id);
    if (!before) throw new NotFound(WHAT[label], id, 'id');
    const merged = { ...before, ...changes };
    await tx.run(`MATCH (n:${label} {id: $id}) SET n += $changes, n.searchKey = $key`, { id, changes: dated(changes), key: keyOf(label, merged) });
    await links(tx);
    await writeAudit(tx, { by: by.id, operation: `update${label === 'ActionPlan' ? 'Plan' : label}`, target: id, before, after: await snapshot(tx, label, id) });
    return id;
  });
}

/** Relationship types that make an entity's deletion lose facts, per label, and what CASCADE deletes with it. */
const DELETE_RULES: Record<Editable, { blocking: string; owned: string }> = {
  Actor: { blocking: '(n)-[r:MEMBER_OF|RESPONSIBLE_FOR|OWNS|PARTY_TO|INVOLVED_IN|REPORTED]-() ', owned: '' },
  Network: { blocking: '(n)<-[r:MEMBER_OF|PART_OF]-()', owned: 'OPTIONAL MATCH (n)-[:HAS_MEETING]->(o) DETACH DELETE o' },
  ActionPlan: { blocking: '(n)-[r:HAS_MEASURE]->()', owned: 'OPTIONAL MATCH (n)-[:HAS_MEASURE]->(m:Measure) OPTIONAL MATCH (m)-[:HAS_STATUS|HAS_BUDGET|HAS_GOAL]->(o) DETACH DELETE o, m' },
  Measure: { blocking: '(n)-[r:HAS_STATUS|HAS_BUDGET|HAS_GOAL]->() OR EXISTS { (n)<-[:RESPONSIBLE_FOR]-() }', owned: 'OPTIONAL MATCH (n)-[:HAS_STATUS|HAS_BUDGET|HAS_GOAL]->(o) DETACH DELETE o' },
};

export async function deleteEntity(db: Db, by: Editor, label: Editable, id: string, cascade: boolean) {
  return db.transaction(async (tx) => {
    const before = await snapshot(tx, label, id);
    if (!before) throw new NotFound(WHAT[label], id, 'id');
    const rule = DELETE_RULES[label];
    if (!cascade) {
      const [row] = await tx.run<{ n: number }>(label === 'Measure'
        ? `MATCH (n:Measure {id: $id}) RETURN COUNT { (n)-[:HAS_STATUS|HAS_BUDGET|HAS_GOAL]->() } + COUNT { (n)<-[:RESPONSIBLE_FOR]-() } AS n`
        : `MATCH (n:${label} {id: $id}) RETURN COUNT { ${rule.blocking} } AS n`, { id });
      if (row.n > 0) {
        throw new Conflict(`The ${WHAT[label]} "${id}" still has ${row.n} relationship(s) that would be lost; remove them first or delete with mode: CASCADE.`, 'mode');
      }
    }
    await tx.run(`MATCH (n:${label} {id: $id}) ${rule.owned ? `CALL (n) { ${rule.owned} }` : ''} DETACH DELETE n`, { id });
    await writeAudit(tx, { by: by.id, operation: `delete${label === 'ActionPlan' ? 'Plan' : label}`, target: id, before, after: null });
    return id;
  });
}

/**
 * Adds (or re-opens) a membership, identified by (actor, network, role, since). With `payload` (a
 * membership row), answers it from the same statement.
 */
export async function addMembership(db: Db, by: Editor, a: { actor: string; network: string; role: string; since: string | null; source: string }, payload?: WritePayload) {
  return db.transaction(async (tx) => {
    const found = await addActorRelationOnce(tx, by, {
      type: 'MEMBER_OF', target: 'Network', actor: a.actor, targetId: a.network, key: `${a.role}|${a.since ?? ''}`, source: a.source,
      props: { role: a.role, since: a.since, sinceDate: a.since ? dateValue('since', a.since) : null },
      audit: { operation: 'addMembership', after: { actor: a.actor, role: a.role, since: a.since } },
    }, payload);
    if (found.dup) throw new Conflict(`${a.actor} is already ${a.role} of ${a.network}${a.since ? ` since ${a.since}` : ''}.`, 'role');
    return found.payload;
  });
}

/**
 * Adds a relationship from an actor to a network or a measure exactly once, in one round trip: both
 * ends, the duplicate check by the relationship's identity (`key`), and, only when all three pass,
 * the write with its citation of the API source and its audit entry. The target is write-locked
 * before the check, so concurrent identical additions run the check one after the other: one adds,
 * the others see it (`dup`) and the caller answers CONFLICT. Missing ends throw NotFound here;
 * nothing is written unless all three passed (and the transaction is rolled back on a throw).
 */
async function addActorRelationOnce(tx: Tx, by: Editor, r: {
  type: 'MEMBER_OF' | 'RESPONSIBLE_FOR'; target: 'Network' | 'Measure'; actor: string; targetId: string; key: string; source: string;
  props: Record<string, unknown>; audit: { operation: string; after: Record<string, unknown> };
}, payload?: WritePayload): Promise<{ dup: boolean; payload: unknown }> {
  const audit = auditClause({ by: by.id, operation: r.audit.operation, target: r.targetId, before: null, after: r.audit.after });
  const answer = compilePayload(payload, { r: 'rel', ends: { actor: 'x', [r.target === 'Network' ? 'network' : 'measure']: 't' } });
  const [found] = await tx.run<{ actor: boolean; target: boolean; dup: boolean; payload: unknown }>(`
    OPTIONAL MATCH (t:${r.target} {id: $target}) ${LOCK('t')}
    WITH t OPTIONAL MATCH (x:Actor {id: $actor})
    WITH x, t, CASE WHEN x IS NULL OR t IS NULL THEN false ELSE EXISTS { (x)-[:${r.type} {key: $key}]->(t) } END AS dup
    OPTIONAL CALL (x, t, dup) {
      WITH x, t WHERE x IS NOT NULL AND t IS NOT NULL AND NOT dup
      ${MERGE_API_SOURCE}
      CREATE (x)-[rel:${r.type}]->(t) SET rel = $props
      ${audit.cypher}
      RETURN rel
    }
    RETURN x IS NOT NULL AS actor, t IS NOT NULL AS target, dup, ${answer.cypher} AS payload`, {
    actor: r.actor, target: r.targetId, key: r.key, src: API_SOURCE, ...audit.params, ...answer.params,
    props: { ...r.props, key: r.key, curated: false, sourceIds: [API_SOURCE], quotes: [r.source], locators: [stamp(by)] },
  });
  if (!found.actor) throw new NotFound(WHAT.Actor, r.actor, 'actor');
  if (!found.target) throw new NotFound(WHAT[r.target], r.targetId, r.target === 'Network' ? 'network' : 'measure');
  return { dup: found.dup, payload: found.payload };
}

/**
 * Ends the open membership(s) of an actor in a network with a role. With `payload` (a membership
 * row), answers the ended membership from the same statement.
 */
export async function endMembership(db: Db, by: Editor, a: { actor: string; network: string; role: string; until: string }, payload?: WritePayload) {
  return db.transaction(async (tx) => {
    const audit = auditClause({ by: by.id, operation: 'endMembership', target: a.network, before: { actor: a.actor, role: a.role, until: null }, after: { actor: a.actor, role: a.role, until: a.until } });
    const answer = compilePayload(payload, { r: 'r0', ends: { actor: 'x', network: 't' } });
    // One round trip: the change and, when there was an open membership, its audit entry.
    const [row] = await tx.run<{ since: (string | null)[]; payload: unknown }>(`OPTIONAL MATCH (x:Actor {id: $actor})-[r:MEMBER_OF {role: $role}]->(t:Network {id: $network})
      WHERE r.until IS NULL SET r.until = $until, r.untilDate = $untilDate
      WITH x, t, collect(r) AS ended
      CALL (ended) { WITH ended WHERE size(ended) > 0 ${audit.cypher} }
      WITH x, t, ended, ended[0] AS r0
      RETURN [r IN ended | r.since] AS since, ${answer.cypher} AS payload`,
    { ...a, untilDate: dateValue('until', a.until), ...audit.params, ...answer.params });
    if (!row?.since.length) throw new NotFound('open membership', `${a.actor} → ${a.network} (${a.role})`, 'actor');
    return row.payload;
  });
}

/**
 * Adds a responsibility, identified by (actor, measure, role). With `payload` (a responsibility
 * row), answers it from the same statement.
 */
export async function addResponsibility(db: Db, by: Editor, a: { actor: string; measure: string; role: string; note: string | null; source: string }, payload?: WritePayload) {
  return db.transaction(async (tx) => {
    const found = await addActorRelationOnce(tx, by, {
      type: 'RESPONSIBLE_FOR', target: 'Measure', actor: a.actor, targetId: a.measure, key: a.role, source: a.source,
      props: { role: a.role, note: a.note },
      audit: { operation: 'addResponsibility', after: { actor: a.actor, role: a.role, note: a.note } },
    }, payload);
    if (found.dup) throw new Conflict(`${a.actor} already has the role ${a.role} for ${a.measure}.`, 'role');
    return found.payload;
  });
}

/** Removes a responsibility. With `payload` (the measure), answers it, as it is after, from the same statement. */
export async function removeResponsibility(db: Db, by: Editor, a: { actor: string; measure: string; role: string }, payload?: WritePayload) {
  return db.transaction(async (tx) => {
    const audit = auditClause({ by: by.id, operation: 'removeResponsibility', target: a.measure, before: { actor: a.actor, role: a.role }, after: null });
    const answer = compilePayload(payload, { v: 'm' });
    // One round trip: the deletion and, when there was something to delete, its audit entry.
    const [row] = await tx.run<{ n: number; payload: unknown }>(`OPTIONAL MATCH (:Actor {id: $actor})-[r:RESPONSIBLE_FOR {role: $role}]->(m:Measure {id: $measure})
      WITH m, collect(r) AS gone
      FOREACH (r IN gone | DELETE r)
      WITH m, gone CALL (gone) { WITH gone WHERE size(gone) > 0 ${audit.cypher} }
      RETURN size(gone) AS n, ${answer.cypher} AS payload`, { ...a, ...audit.params, ...answer.params });
    if (!row?.n) throw new NotFound('responsibility', `${a.actor} → ${a.measure} (${a.role})`, 'actor');
    return row.payload;
  });
}

/**
 * Adds a status report; earlier ones stay (history is never overwritten). With `payload` (the
 * measure), answers it, with the new report, from the same statement.
 */
export async function recordStatus(db: Db, by: Editor, a: { measure: string; status: string; asOf: string; text: string | null; source: string }, payload?: WritePayload) {
  return db.transaction(async (tx) => {
    const id = `status:${a.measure.slice(8)}/${a.asOf}/${crypto.randomUUID().slice(0, 8)}`;
    const audit = auditClause({ by: by.id, operation: 'recordStatus', target: a.measure, before: null, after: { status: a.status, asOf: a.asOf, text: a.text } });
    const answer = compilePayload(payload, { v: 'm' });
    // One round trip: no row back means no such measure, and nothing was written.
    const rows = await tx.run<{ id: string; payload: unknown }>(`MATCH (m:Measure {id: $measure})
      ${MERGE_API_SOURCE}
      CREATE (m)-[:HAS_STATUS {key: '', curated: false, sourceIds: [$src], quotes: [$quote], locators: [$locator]}]->
        (st:StatusReport:Entity {id: $id, asOf: $asOf, asOfDate: $asOfDate, status: $status, text: $text, curated: false})
      CREATE (st)-[:SOURCED_FROM {quote: $quote, locator: $locator, curated: false}]->(s)
      ${audit.cypher}
      WITH m, st
      RETURN st.id AS id, ${answer.cypher} AS payload`,
    { ...a, id, asOfDate: dateValue('asOf', a.asOf), src: API_SOURCE, quote: a.source, locator: stamp(by), ...audit.params, ...answer.params });
    if (!rows.length) throw new NotFound(WHAT.Measure, a.measure, 'measure');
    return rows[0].payload;
  });
}

/** Moves every relationship and alias of `duplicate` to `keep` and deletes `duplicate`. */
export async function mergeActors(db: Db, by: Editor, keep: string, duplicate: string) {
  return db.transaction(async (tx) => {
    const before = { keep: await snapshot(tx, 'Actor', keep), duplicate: await snapshot(tx, 'Actor', duplicate) };
    if (!before.keep) throw new NotFound('actor', keep, 'keep');
    if (!before.duplicate) throw new NotFound('actor', duplicate, 'duplicate');
    for (const type of ACTOR_RELS) {
      // Outgoing and incoming, type from the fixed list; relationships with the same key (citations:
      // the same quote) collapse into one, so a fact both actors had is not doubled.
      const identity = type === 'SOURCED_FROM' ? '{quote: r.quote}' : "{key: coalesce(r.key, '')}";
      await tx.run(`MATCH (d:Actor {id: $duplicate})-[r:${type}]->(x) WHERE x.id <> $keep MATCH (k:Actor {id: $keep})
        MERGE (k)-[n:${type} ${identity}]->(x)
        SET n += properties(r) WITH r DELETE r`, { keep, duplicate });
      await tx.run(`MATCH (d:Actor {id: $duplicate})<-[r:${type}]-(x) WHERE x.id <> $keep MATCH (k:Actor {id: $keep})
        MERGE (k)<-[n:${type} ${identity}]-(x)
        SET n += properties(r) WITH r DELETE r`, { keep, duplicate });
    }
    await tx.run(`MATCH (k:Actor {id: $keep}), (d:Actor {id: $duplicate})
      WITH k, d, [x IN coalesce(k.aliases, []) + [d.name, d.shortName] + coalesce(d.aliases, []) WHERE x IS NOT NULL AND x <> k.name] AS names
      WITH k, d, reduce(acc = [], x IN names | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases
      SET k.aliases = aliases, k.aliasText = reduce(s = '', x IN aliases | s + x + ' | ')
      DETACH DELETE d`, { keep, duplicate });
    const [k] = await tx.run<{ p: Record<string, unknown> }>(`MATCH (k:Actor {id: $keep}) RETURN properties(k) AS p`, { keep });
    await tx.run(`MATCH (k:Actor {id: $keep}) SET k.searchKey = $key`, { keep, key: keyOf('Actor', k.p) });
    await writeAudit(tx, { by: by.id, operation: 'mergeActors', target: keep, before, after: await snapshot(tx, 'Actor', keep) });
  });
}

// Links written inside createEntity/updateEntity's transaction (their `links` callback). Each cites
// the API source; an unknown far end is NotFound naming the input field.

/** Sets an actor's parent (PART_OF), replacing the one it had; `parent: null` only removes it. */
export async function setParent(tx: Tx, by: Editor, id: string, parent: string | null, quote: string, field: string) {
  await tx.run('MATCH (:Actor {id: $id})-[r:PART_OF]->() DELETE r', { id });
  if (parent === null) return;
  if (parent === id) throw new NotFound('other actor', parent, field);
  const rows = await tx.run(`MATCH (a:Actor {id: $id}), (p:Actor {id: $parent}) MERGE (a)-[r:PART_OF {key: ''}]->(p)
    SET r.curated = false, r.sourceIds = [$src], r.quotes = [$quote], r.locators = [$locator] RETURN p`,
  { id, parent, src: API_SOURCE, quote, locator: stamp(by) });
  if (!rows.length) throw new NotFound('actor', parent, field);
}

/** An actor owns a plan (OWNS). */
export async function linkOwner(tx: Tx, plan: string, owner: string, quote: string, field: string) {
  const rows = await tx.run(`MATCH (p:ActionPlan {id: $plan}), (a:Actor {id: $owner}) MERGE (a)-[r:OWNS {key: ''}]->(p)
    SET r.curated = false, r.sourceIds = [$src], r.quotes = [$quote], r.locators = ['entered through the API'] RETURN a`,
  { plan, owner, src: API_SOURCE, quote });
  if (!rows.length) throw new NotFound('actor', owner, field);
}

/** A plan has a measure (HAS_MEASURE). */
export async function linkMeasure(tx: Tx, plan: string, measure: string, quote: string, field: string) {
  const rows = await tx.run(`MATCH (p:ActionPlan {id: $plan}), (m:Measure {id: $measure}) MERGE (p)-[r:HAS_MEASURE {key: ''}]->(m)
    SET r.curated = false, r.sourceIds = [$src], r.quotes = [$quote], r.locators = ['entered through the API'] RETURN p`,
  { plan, measure, src: API_SOURCE, quote });
  if (!rows.length) throw new NotFound('plan', plan, field);
}
