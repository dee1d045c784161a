/**
 * Gaps in the database: the Cypher predicates of server/db/repos/gaps.repo.ts return only measures
 * and actors with a gap, and must keep every gap the rules find when they judge every measure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { findGaps } from '../../server/analysis/gaps.js';
import { isolatedActor, noLead, overloadedActor, stalled, unownedMeasure, vagueOwner, type RuleContext } from '../../server/analysis/gap-rules.js';
import { lastDay } from '../../server/db/repos/dates.js';
import type { GapActor, GapMeasure } from '../../server/db/repos/gaps.repo.js';
import { derivedCacheStats } from '../../server/workers/derived-cache.js';
import { dbQueries, gql, startTestServer } from '../helpers.js';

const EDITOR = 'gaps-test-editor-token-0123456789abcdef';
const run = `test-gaps-${process.pid}-${Date.now()}`;
let app: Samkart;
beforeAll(async () => { app = await startTestServer({ SAMKART_API_TOKENS: `ge:editor:${EDITOR}` }); });
afterAll(async () => {
  await app?.db.write(`MATCH (n:Entity) WHERE n.id CONTAINS $run DETACH DELETE n`, { run }).catch(() => {});
  await app?.stop();
});

const AS_OF = '2020-01-01';
const MEASURE_KINDS = ['UNOWNED_MEASURE', 'VAGUE_OWNER', 'NO_LEAD', 'STALLED', 'OVERLOADED_ACTOR', 'ISOLATED_ACTOR'] as const;

/** Every measure and every carrying actor, unfiltered (the facts as the rules would see them without the database's predicates). */
async function allFacts() {
  const measures = await app.db.read<GapMeasure>(`
    MATCH (pl:ActionPlan)-[:HAS_MEASURE]->(m:Measure)
    RETURN m.id AS id, m.number AS number, coalesce(m.title, '') AS title, pl.id AS planId, coalesce(pl.shortTitle, pl.title) AS planTitle,
      pl.periodEnd AS periodEnd, coalesce(pl.periodEndDate < $asOf, false) AS planEnded,
      [(a:Actor)-[r:RESPONSIBLE_FOR]->(m) | {id: a.id, name: a.name, generic: coalesce(a.isGenericRole, false), role: r.role, citations: null}] AS responsibilities,
      COLLECT { MATCH (m)-[:HAS_STATUS]->(s:StatusReport) RETURN s {.id, .asOf, .status, .text} ORDER BY s.asOf DESC, s.id DESC LIMIT 1 }[0] AS latest`,
  { asOf: lastDay(AS_OF) });
  const actors = await app.db.read<GapActor>(`
    MATCH (pl:ActionPlan)-[:HAS_MEASURE]->(m:Measure)<-[r:RESPONSIBLE_FOR]-(a:Actor)
    WITH a, collect({number: m.number, title: m.title, planTitle: pl.title, role: r.role, citations: null}) AS carried
    RETURN a.id AS id, a.name AS name, coalesce(a.isGenericRole, false) AS generic, EXISTS { (a)-[:MEMBER_OF]->(:Network) } AS inNetwork, carried`);
  return { measures, actors };
}

describe('gaps in the database', () => {
  it('are computed once per data version: a repeated request reuses them, a write is seen at once', async () => {
    const editor = (q: string, v?: Record<string, unknown>) => gql(app, q, v, { authorization: `Bearer ${EDITOR}` });
    const plan = `plan:${run}`;
    expect((await editor(`mutation($id: ID) { createPlan(input: { id: $id, title: "Gaps", kind: ACTION_PLAN, level: MUNICIPAL, source: "x" }) { id } }`, { id: plan })).body.errors).toBeUndefined();
    const m = await editor(`mutation($plan: ID!) { createMeasure(input: { plan: $plan, number: "1", title: "Uten eier", source: "x" }) { id } }`, { plan });
    const measure = (m.body.data as { createMeasure: { id: string } }).createMeasure.id;
    const Q = 'query($plan: ID) { gaps(plan: $plan, kinds: [UNOWNED_MEASURE]) { kind subject { id } } }';
    const kinds = async () => ((await gql(app, Q, { plan })).body.data as { gaps: { kind: string; subject: { id: string } }[] }).gaps;
    expect(await kinds()).toEqual([{ kind: 'UNOWNED_MEASURE', subject: { id: measure } }]);
    const hits = derivedCacheStats.hits;
    const again = await gql(app, Q, { plan });
    expect(derivedCacheStats.hits).toBe(hits + 1);
    expect(dbQueries(again.headers)).toBe(1);
    expect((await editor(`mutation($m: ID!) { addResponsibility(actor: "actor:imdi", measure: $m, role: LEAD, source: "x") { role } }`, { m: measure })).body.errors).toBeUndefined();
    expect(await kinds()).toEqual([]);
  });

  it('the predicates in Cypher keep exactly the gaps the rules find on every measure and actor', async () => {
    const { measures, actors } = await allFacts();
    expect(measures.length).toBeGreaterThan(50);
    for (const max of [1, 5]) {
      const c: RuleContext = { lang: 'EN', plan: null, maxMeasuresPerActor: max };
      const expected = [
        ...measures.flatMap((m) => [unownedMeasure, vagueOwner, noLead, stalled].map((rule) => rule(m, c))),
        ...actors.flatMap((a) => [overloadedActor, isolatedActor].map((rule) => rule(a, c))),
      ].filter((g) => g !== null).map((g) => g.id).sort();
      const found = await findGaps(app.db, { plan: null, kinds: [...MEASURE_KINDS], maxMeasuresPerActor: max, asOf: AS_OF, language: 'EN' });
      expect(found.map((g) => g.id).sort()).toEqual(expected);
      expect(expected.length).toBeGreaterThan(10);
      // Without evidence selected, the same gaps (the citations are not read).
      const bare = await findGaps(app.db, { plan: null, kinds: [...MEASURE_KINDS], maxMeasuresPerActor: max, asOf: AS_OF, language: 'EN', evidence: false });
      expect(bare.map((g) => g.id).sort()).toEqual(expected);
    }
  });

  it('counts only named organisations as overloaded, though generic roles carry many measures', async () => {
    const [generic] = await app.db.read<{ id: string; n: number }>(`
      MATCH (a:Actor {isGenericRole: true})-[r:RESPONSIBLE_FOR]->(:Measure) WHERE r.role IN ['lead', 'executing']
      RETURN a.id AS id, count(*) AS n ORDER BY n DESC, id LIMIT 1`);
    expect(generic.n).toBeGreaterThan(1);
    const gaps = await findGaps(app.db, { plan: null, kinds: ['OVERLOADED_ACTOR'], maxMeasuresPerActor: 1, asOf: AS_OF, language: 'EN' });
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.map((g) => g.subjectId)).not.toContain(generic.id);
  });

  it('one plan\'s measure gaps cost one round trip, with or without evidence, and an unknown plan is NOT_FOUND', async () => {
    // Without evidence: one statement. With evidence and its documents: the documents of the
    // citations are a second round trip (the source loader), whatever the number of gaps.
    for (const [sel, trips] of [['id kind severity subject { id } explanation', 1], ['id kind explanation evidence { text sources { quote source { file } } }', 2]] as const) {
      const r = await gql(app, `{ gaps(plan: "plan:moss-vold-2017", kinds: [UNOWNED_MEASURE, VAGUE_OWNER, NO_LEAD, STALLED, OVERLOADED_ACTOR], thresholds: { asOf: "${AS_OF}" }) { ${sel} } }`);
      expect(r.body.errors).toBeUndefined();
      expect((r.body.data as any).gaps.length).toBeGreaterThan(0);
      expect(dbQueries(r.headers)).toBe(trips);
    }
    const none = await gql(app, `{ gaps(plan: "plan:nope", kinds: [STALLED]) { id } }`);
    expect(none.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(dbQueries(none.headers)).toBe(1);
  });
});
