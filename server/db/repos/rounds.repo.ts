/**
 * Reporting rounds (the follow-up of a plan): all their Cypher. A round is a ReportingRound node
 * (ActionPlan -HAS_ROUND-> ReportingRound); every answer and every status a closing carries over is
 * a new StatusReport (Measure -HAS_STATUS-> StatusReport -IN_ROUND-> ReportingRound), so a
 * measure's status history is never overwritten. Each round is also a Source, which its statuses
 * cite (quote: the status text, locator: who answered, who entered it and when). Every write
 * bumps the data version and writes its audit entry in its own transaction.
 */
import type { Db, Tx } from '../driver.js';
import { dateValue } from './dates.js';
import { bumpDataVersion } from '../dataVersion.js';
import { Conflict, Invalid, NotFound } from '../errors.js';
import { auditClause } from './audit.repo.js';

export type RoundState = 'open' | 'closed';

/** A round as stored. */
export interface RoundRow {
  id: string; planId: string; asOf: string; deadline: string | null; status: RoundState;
  title: string | null; openedBy: string; openedAt: string; closedBy: string | null; closedAt: string | null;
}

/** A status report as the round logic needs it (stored status values: kebab-case). */
export interface RoundStatusRow {
  id: string; asOf: string; status: string; text: string | null;
  roundId: string | null; reported: boolean; byActor: string | null; carriedOverFrom: string | null;
}

/** A responsible actor of a measure. */
export interface OwnerRow { actorId: string; name: string; role: string; isGenericRole: boolean }

/** A measure of a plan with its owners and its whole status history (newest first). */
export interface MeasureHistoryRow {
  id: string; number: string | null; title: string; deadline: string | null;
  owners: OwnerRow[]; statuses: RoundStatusRow[];
}

/** A plan with the facts progress and reports need. */
export interface PlanFactsRow { id: string; title: string; shortTitle: string | null; periodStart: string | null; periodEnd: string | null }

const ROUND_FIELDS = `r {.id, planId: p.id, .asOf, .deadline, .status, .title, .openedBy, openedAt: toString(r.openedAt),
  .closedBy, closedAt: toString(r.closedAt)}`;

/** The round with that id and its plan, or nothing. */
const ROUND_BY_ID = `MATCH (p:ActionPlan)-[:HAS_ROUND]->(r:ReportingRound {id: $id}) RETURN ${ROUND_FIELDS} AS round`;

/** The rounds of some plans, newest first. */
const ROUNDS_OF_PLANS = `UNWIND $plans AS planId MATCH (p:ActionPlan {id: planId})-[:HAS_ROUND]->(r:ReportingRound)
  RETURN ${ROUND_FIELDS} AS round ORDER BY r.asOf DESC, r.id DESC`;

/** A plan's facts, or nothing. */
const PLAN_FACTS = `MATCH (p:ActionPlan {id: $plan}) RETURN p {.id, .title, .shortTitle, .periodStart, .periodEnd} AS plan`;

/** Every measure of a plan in number order, with its responsible actors and every status (newest first). */
const PLAN_MEASURES = `
MATCH (:ActionPlan {id: $plan})-[:HAS_MEASURE]->(m:Measure)
RETURN m {.id, .number, .title, .deadline,
  owners: COLLECT { MATCH (a:Actor)-[rf:RESPONSIBLE_FOR]->(m)
    RETURN {actorId: a.id, name: a.name, role: rf.role, isGenericRole: coalesce(a.isGenericRole, false)} ORDER BY a.name },
  statuses: COLLECT { MATCH (m)-[:HAS_STATUS]->(s:StatusReport) OPTIONAL MATCH (s)-[:IN_ROUND]->(r:ReportingRound)
    RETURN {id: s.id, asOf: s.asOf, status: s.status, text: s.text, roundId: r.id, reported: coalesce(s.reported, true),
      byActor: s.byActor, carriedOverFrom: s.carriedOverFrom} ORDER BY s.asOf DESC, s.id DESC }
} AS measure ORDER BY m.sortKey, m.number`;

/** The plans in which an actor is responsible for a measure, in title order. */
const PLANS_OF_ACTOR = `MATCH (:Actor {id: $actor})-[:RESPONSIBLE_FOR]->(:Measure)<-[:HAS_MEASURE]-(p:ActionPlan)
  WITH DISTINCT p ORDER BY p.title RETURN p.id AS id`;

/** The newest status date of each plan's measures (null without any). */
const LAST_REPORTED = `UNWIND $plans AS planId OPTIONAL MATCH (:ActionPlan {id: planId})-[:HAS_MEASURE]->(:Measure)-[:HAS_STATUS]->(s:StatusReport)
  RETURN planId, max(s.asOf) AS asOf`;

export async function lastReported(db: Db, plans: readonly string[]): Promise<(string | null)[]> {
  const rows = await db.read<{ planId: string; asOf: string | null }>(LAST_REPORTED, { plans: [...plans] });
  const by = new Map(rows.map((r) => [r.planId, r.asOf]));
  return plans.map((p) => by.get(p) ?? null);
}

export async function roundById(db: Db, id: string): Promise<RoundRow | null> {
  const [row] = await db.read<{ round: RoundRow }>(ROUND_BY_ID, { id });
  return row?.round ?? null;
}

export async function roundsOfPlans(db: Db, plans: readonly string[]): Promise<RoundRow[]> {
  return (await db.read<{ round: RoundRow }>(ROUNDS_OF_PLANS, { plans })).map((r) => r.round);
}

export async function planFacts(db: Db, plan: string): Promise<PlanFactsRow | null> {
  const [row] = await db.read<{ plan: PlanFactsRow }>(PLAN_FACTS, { plan });
  return row?.plan ?? null;
}

export async function planMeasures(db: Db, plan: string): Promise<MeasureHistoryRow[]> {
  return (await db.read<{ measure: MeasureHistoryRow }>(PLAN_MEASURES, { plan })).map((r) => r.measure);
}

export async function plansOfActor(db: Db, actor: string): Promise<string[]> {
  return (await db.read<{ id: string }>(PLANS_OF_ACTOR, { actor })).map((r) => r.id);
}

/** `round:<plan slug>/<asOf>`: readable, and one round per plan and date. */
export function roundId(plan: string, asOf: string) {
  return `round:${plan.slice(plan.indexOf(':') + 1)}/${asOf}`;
}

/**
 * Status ids sort by time within a date (base-36 milliseconds have 8 digits until 2059), so the
 * latest answer of a day is the first in `ORDER BY s.asOf DESC, s.id DESC` everywhere.
 */
function statusId(measure: string, asOf: string) {
  return `status:${measure.slice(measure.indexOf(':') + 1)}/${asOf}/${Date.now().toString(36)}${crypto.randomUUID().slice(0, 4)}`;
}

const sourceOf = (round: string) => `source:${round}`;

/** Opens a round for a plan; CONFLICT when the plan has an open round or one at that date. */
export async function openRound(db: Db, by: string, a: { plan: string; asOf: string; deadline: string | null; title: string | null }): Promise<string> {
  const id = roundId(a.plan, a.asOf);
  return db.transaction(async (tx) => {
    await lockRounds(tx);
    const [found] = await tx.run<{ plan: string | null; open: string | null; taken: boolean }>(`
      OPTIONAL MATCH (p:ActionPlan {id: $plan})
      RETURN p.title AS plan, COLLECT { MATCH (p)-[:HAS_ROUND]->(r:ReportingRound {status: 'open'}) RETURN r.id }[0] AS open,
        EXISTS { MATCH (n:Entity {id: $id}) } AS taken`, { plan: a.plan, id });
    if (!found.plan) throw new NotFound('plan', a.plan, 'plan');
    if (found.open) throw new Conflict(`The plan already has an open reporting round (${found.open}); close it before opening another.`, 'plan');
    if (found.taken) throw new Conflict(`The plan already has a reporting round as of ${a.asOf}.`, 'asOf');
    const audit = auditClause({ by, operation: 'openReportingRound', target: id, before: null, after: a });
    await tx.run(`MATCH (p:ActionPlan {id: $plan})
      CREATE (p)-[:HAS_ROUND]->(r:ReportingRound:Entity {id: $id, asOf: $asOf, asOfDate: $asOfDate, deadline: $deadline,
        deadlineDate: $deadlineDate, status: 'open', title: $title, openedBy: $by, openedAt: datetime(), curated: false})
      CREATE (s:Source:Entity {id: $source, file: 'round', title: $sourceTitle, date: $asOf, curated: false})
      CREATE (r)-[:SOURCED_FROM {quote: $sourceTitle, locator: $locator, curated: false}]->(s)
      WITH r ${audit.cypher}`, {
      ...a, id, by, asOfDate: dateValue('asOf', a.asOf), deadlineDate: a.deadline ? dateValue('until', a.deadline) : null,
      source: sourceOf(id), sourceTitle: `Rapporteringsrunde per ${a.asOf}: ${found.plan}`,
      locator: `opened by ${by} at ${new Date().toISOString()}`, ...audit.params,
    });
    return id;
  });
}

/**
 * Bumps the data version first: the bump write-locks the one DataVersion node, so concurrent round
 * writes run one after the other and each sees what the previous committed (two editors cannot
 * open two rounds at once, nor answer into a round that is being closed).
 */
async function lockRounds(tx: Tx) {
  await bumpDataVersion(tx);
}

async function openRoundOrThrow(tx: Tx, round: string): Promise<{ planId: string; asOf: string }> {
  const [r] = await tx.run<{ planId: string; asOf: string; status: string }>(
    'MATCH (p:ActionPlan)-[:HAS_ROUND]->(r:ReportingRound {id: $round}) RETURN p.id AS planId, r.asOf AS asOf, r.status AS status', { round });
  if (!r) throw new NotFound('reporting round', round, 'round');
  if (r.status !== 'open') throw new Conflict(`The reporting round ${round} is closed; its statuses can no longer change.`, 'round');
  return r;
}

/** One owner's answer for one measure of an open round. */
export interface Answer { measure: string; actor: string; status: string; text: string | null }

/**
 * Records answers (a new StatusReport each; earlier answers stay in the history). The measures must
 * belong to the round's plan and each actor must be responsible for its measure. All or nothing.
 */
export async function recordAnswers(db: Db, by: string, round: string, answers: Answer[], via: string): Promise<number> {
  return db.transaction(async (tx) => {
    await lockRounds(tx);
    const r = await openRoundOrThrow(tx, round);
    const checks = await tx.run<{ i: number; measure: boolean; responsible: boolean }>(`
      UNWIND range(0, size($answers) - 1) AS i WITH i, $answers[i] AS a
      OPTIONAL MATCH (:ActionPlan {id: $plan})-[:HAS_MEASURE]->(m:Measure {id: a.measure})
      RETURN i, m IS NOT NULL AS measure,
        m IS NOT NULL AND EXISTS { MATCH (:Actor {id: a.actor})-[:RESPONSIBLE_FOR]->(m) } AS responsible ORDER BY i`,
    { answers, plan: r.planId });
    const fieldErrors: Record<string, string> = {};
    for (const c of checks) {
      if (!c.measure) fieldErrors[`answers.${c.i}.measure`] = `is not a measure of ${r.planId}`;
      else if (!c.responsible) fieldErrors[`answers.${c.i}.actor`] = `is not responsible for ${answers[c.i].measure}`;
    }
    if (Object.keys(fieldErrors).length) {
      throw new Invalid(`Some answers do not fit the round: ${Object.entries(fieldErrors).map(([f, m]) => `${f} ${m}`).join('; ')}.`, Object.keys(fieldErrors)[0], fieldErrors);
    }
    const rows = answers.map((a) => ({ ...a, id: statusId(a.measure, r.asOf) }));
    const at = new Date().toISOString();
    const audit = auditClause({ by, operation: 'reportStatus', target: round, before: null, after: { via, answers } });
    await tx.run(`MATCH (round:ReportingRound {id: $round}), (src:Source {id: $source})
      UNWIND $rows AS a
      MATCH (m:Measure {id: a.measure})
      CREATE (m)-[:HAS_STATUS {key: '', curated: false, sourceIds: [$source], quotes: [coalesce(a.text, a.status)], locators: [$locator + a.actor]}]->
        (s:StatusReport:Entity {id: a.id, asOf: $asOf, asOfDate: $asOfDate, status: a.status, text: a.text, reported: true,
          byActor: a.actor, enteredBy: $by, enteredAt: datetime($at), via: $via, curated: false})-[:IN_ROUND]->(round)
      CREATE (s)-[:SOURCED_FROM {quote: coalesce(a.text, a.status), locator: $locator + a.actor, curated: false}]->(src)
      WITH count(*) AS written ${audit.cypher}`, {
      round, source: sourceOf(round), rows, asOf: r.asOf, asOfDate: dateValue('asOf', r.asOf), by, at, via,
      locator: `entered by ${by} at ${at} (${via}) for `, ...audit.params,
    });
    return rows.length;
  });
}

/**
 * Closes a round: every measure of the plan that nobody answered gets a status in the round,
 * carried over from its last status before the round (marked not reported), or "unclear" when it
 * never had one. Returns how many were answered and how many carried over.
 */
export async function closeRound(db: Db, by: string, round: string): Promise<{ answered: number; carried: number }> {
  return db.transaction(async (tx) => {
    await lockRounds(tx);
    const r = await openRoundOrThrow(tx, round);
    const missing = await tx.run<{ measure: string; last: { asOf: string; status: string; text: string | null } | null }>(`
      MATCH (:ActionPlan {id: $plan})-[:HAS_MEASURE]->(m:Measure)
      WHERE NOT EXISTS { MATCH (m)-[:HAS_STATUS]->(:StatusReport)-[:IN_ROUND]->(:ReportingRound {id: $round}) }
      RETURN m.id AS measure, COLLECT { MATCH (m)-[:HAS_STATUS]->(s:StatusReport) WHERE s.asOf <= $asOf
        RETURN s {.asOf, .status, .text} ORDER BY s.asOf DESC, s.id DESC LIMIT 1 }[0] AS last`, { plan: r.planId, round, asOf: r.asOf });
    const [answered] = await tx.run<{ n: number }>(`MATCH (:ActionPlan {id: $plan})-[:HAS_MEASURE]->(m:Measure)
      WHERE EXISTS { MATCH (m)-[:HAS_STATUS]->(:StatusReport)-[:IN_ROUND]->(:ReportingRound {id: $round}) } RETURN count(m) AS n`, { plan: r.planId, round });
    const rows = missing.map((x) => ({
      measure: x.measure, id: statusId(x.measure, r.asOf), status: x.last?.status ?? 'unclear',
      text: x.last?.text ?? null, carriedOverFrom: x.last?.asOf ?? null,
    }));
    const at = new Date().toISOString();
    const audit = auditClause({ by, operation: 'closeReportingRound', target: round, before: { status: 'open' }, after: { status: 'closed', answered: answered.n, carried: rows.length } });
    await tx.run(`MATCH (round:ReportingRound {id: $round}), (src:Source {id: $source})
      SET round.status = 'closed', round.closedBy = $by, round.closedAt = datetime($at)
      WITH round, src
      CALL (round, src) {
        UNWIND $rows AS a
        MATCH (m:Measure {id: a.measure})
        CREATE (m)-[:HAS_STATUS {key: '', curated: false, sourceIds: [$source], quotes: [$quote], locators: [$locator]}]->
          (s:StatusReport:Entity {id: a.id, asOf: $asOf, asOfDate: $asOfDate, status: a.status, text: a.text, reported: false,
            carriedOverFrom: a.carriedOverFrom, enteredBy: $by, enteredAt: datetime($at), via: 'close', curated: false})-[:IN_ROUND]->(round)
        CREATE (s)-[:SOURCED_FROM {quote: $quote, locator: $locator, curated: false}]->(src)
      }
      WITH DISTINCT round ${audit.cypher}`, {
      round, source: sourceOf(round), rows, asOf: r.asOf, asOfDate: dateValue('asOf', r.asOf), by, at,
      quote: 'Ikke rapportert i runden; siste status videreført.', locator: `carried over when ${by} closed the round at ${at}`, ...audit.params,
    });
    return { answered: answered.n, carried: rows.length };
  });
}
