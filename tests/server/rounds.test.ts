import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { readDataVersion } from '../../server/db/dataVersion.js';
import { gql, startTestServer } from '../helpers.js';
import { clonePlan, removeTestData } from '../planFixture.js';

const EDITOR = 'editor-token-for-tests-0123456789';
const VIEWER = 'viewer-token-for-tests-0123456789';
const run = `test-${Date.now().toString(36)}`;
const plan = `plan:${run}-moss`;
const m = (n: number) => `measure:${run}-moss/${n}`;

let app: Samkart;
beforeAll(async () => {
  app = await startTestServer({ SAMKART_API_TOKENS: `ed:editor:${EDITOR},vi:viewer:${VIEWER}` });
  await clonePlan(app.db, 'plan:moss-vold-2017', plan);
});
afterAll(async () => {
  if (app) await removeTestData(app.db, run);
  await app?.stop();
});

const as = (token?: string) => (query: string, variables?: Record<string, unknown>) =>
  gql(app, query, variables, token ? { authorization: `Bearer ${token}` } : {});
const editor = as(EDITOR);
const viewer = as(VIEWER);
const anonymous = as();

const OPEN = `mutation($plan: ID!, $asOf: String!, $deadline: String) { openReportingRound(plan: $plan, asOf: $asOf, deadline: $deadline) { id status asOf deadline measureCount answeredCount } }`;
const ROUND = `query($id: ID!) { reportingRound(id: $id) { id status
  owners { actor { id name } answered total }
  measures { measure { id number } reporters { id } previous { status asOf } answers { status text actor { id } } result { status text reported carriedOverFrom } } } }`;
const REPORT = `mutation($round: ID!, $answers: [RoundAnswerInput!]!) { reportStatus(round: $round, answers: $answers) { id answeredCount } }`;

describe('reporting rounds', () => {
  let round = '';

  it('lets only editors open a round; viewers and anonymous callers are refused and nothing is written', async () => {
    expect((await anonymous(OPEN, { plan, asOf: '2018-06-15' })).body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await viewer(OPEN, { plan, asOf: '2018-06-15' })).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const [row] = await app.db.read<{ n: number }>('MATCH (r:ReportingRound) WHERE r.id CONTAINS $run RETURN count(r) AS n', { run });
    expect(row.n).toBe(0);
  });

  it('validates dates and the plan', async () => {
    const bad = await editor(OPEN, { plan, asOf: 'juni 2018', deadline: '2018-01' });
    expect(bad.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { asOf: expect.stringMatching(/must be a date/) } });
    const early = await editor(OPEN, { plan, asOf: '2018-06-15', deadline: '2018-01' });
    expect(early.body.errors![0].extensions!.fieldErrors).toMatchObject({ deadline: 'must not be before asOf' });
    const none = await editor(OPEN, { plan: `plan:${run}-nothing`, asOf: '2018-06-15' });
    expect(none.body.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('opens a round (bumping the data version); a second open round for the plan is a conflict', async () => {
    const v0 = await readDataVersion(app.db);
    const r = await editor(OPEN, { plan, asOf: '2018-06-15', deadline: '2018-07-01' });
    expect(r.body.errors).toBeUndefined();
    round = r.body.data!.openReportingRound.id;
    expect(r.body.data!.openReportingRound).toEqual({ id: `round:${run}-moss/2018-06-15`, status: 'OPEN', asOf: '2018-06-15', deadline: '2018-07-01', measureCount: 45, answeredCount: 0 });
    expect(await readDataVersion(app.db)).toBeGreaterThan(v0);
    const again = await editor(OPEN, { plan, asOf: '2018-12-01' });
    expect(again.body.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('lists, for each responsible actor, the measures it owns or leads with their last status (viewers can read)', async () => {
    const r = await viewer(ROUND, { id: round });
    expect(r.body.errors).toBeUndefined();
    const data = r.body.data!.reportingRound;
    expect(data.measures).toHaveLength(45);
    const m3 = data.measures.find((x: any) => x.measure.id === m(3));
    expect(m3.previous).toEqual({ status: 'PARTLY_DONE', asOf: '2017-06-23' });
    expect(m3.reporters.map((a: any) => a.id).sort()).toEqual(['actor:generic-kommunalsjefer', 'actor:generic-virksomhetsledere']);
    // Tiltak 4: the coordinator leads, the kommunalsjefer contribute: only the lead reports.
    expect(data.measures.find((x: any) => x.measure.id === m(4)).reporters.map((a: any) => a.id)).toEqual(['actor:krisesenteret-i-moss-leder']);
    const koordinator = data.owners.find((o: any) => o.actor.id === 'actor:krisesenteret-i-moss-leder');
    expect(koordinator.answered).toBe(0);
    expect(koordinator.total).toBeGreaterThan(5);
    expect(data.owners.every((o: any) => o.answered === 0)).toBe(true);
  });

  it('records answers: an actor that is not responsible is refused with a message per answer, all or nothing', async () => {
    const bad = await editor(REPORT, { round, answers: [
      { measure: m(3), actor: 'actor:generic-kommunalsjefer', status: 'DONE', text: 'Alle rutiner er skrevet.' },
      { measure: m(3), actor: 'actor:imdi', status: 'DONE' },
      { measure: 'measure:tve-2013-2016/11', actor: 'actor:imdi', status: 'DONE' },
    ] });
    expect(bad.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: {
      'answers.1.actor': expect.stringMatching(/not responsible/), 'answers.2.measure': expect.stringMatching(/not a measure of/),
    } });
    const viewerTry = await viewer(REPORT, { round, answers: [{ measure: m(3), actor: 'actor:generic-kommunalsjefer', status: 'DONE' }] });
    expect(viewerTry.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await viewer(ROUND, { id: round })).body.data!.reportingRound.measures.every((x: any) => x.answers.length === 0)).toBe(true);

    const v0 = await readDataVersion(app.db);
    const ok = await editor(REPORT, { round, answers: [
      { measure: m(3), actor: 'actor:generic-kommunalsjefer', status: 'DONE', text: 'Alle samarbeidsrutiner er skrevet.' },
      { measure: m(4), actor: 'actor:krisesenteret-i-moss-leder', status: 'IN_PROGRESS', text: 'Første nettverksmøte holdt i mars.' },
    ] });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data!.reportStatus.answeredCount).toBe(2);
    expect(await readDataVersion(app.db)).toBeGreaterThan(v0);
    // A second answer for the same measure is a new status; the first stays in the history.
    await editor(REPORT, { round, answers: [{ measure: m(4), actor: 'actor:krisesenteret-i-moss-leder', status: 'PARTLY_DONE', text: 'Nettverksmøte holdt; årlig plan mangler.' }] });

    const data = (await viewer(ROUND, { id: round })).body.data!.reportingRound;
    const m4 = data.measures.find((x: any) => x.measure.id === m(4));
    expect(m4.answers.map((a: any) => a.status)).toEqual(['PARTLY_DONE', 'IN_PROGRESS']);
    expect(m4.result).toMatchObject({ status: 'PARTLY_DONE', reported: true });
    const kommunalsjefer = data.owners.find((o: any) => o.actor.id === 'actor:generic-kommunalsjefer');
    expect(kommunalsjefer.answered).toBe(1);
    expect(data.owners.find((o: any) => o.actor.id === 'actor:generic-virksomhetsledere').answered).toBe(0);
  });

  it('closes: every measure gets one status for the round, carried over or unclear where nobody answered; history is kept', async () => {
    const viewerTry = await viewer(`mutation($r: ID!) { closeReportingRound(round: $r) { answered } }`, { r: round });
    expect(viewerTry.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const v0 = await readDataVersion(app.db);
    const c = await editor(`mutation($r: ID!) { closeReportingRound(round: $r) { answered carriedOver round { status closedBy } } }`, { r: round });
    expect(c.body.errors).toBeUndefined();
    expect(c.body.data!.closeReportingRound).toEqual({ answered: 2, carriedOver: 43, round: { status: 'CLOSED', closedBy: 'ed' } });
    expect(await readDataVersion(app.db)).toBeGreaterThan(v0);

    const data = (await viewer(ROUND, { id: round })).body.data!.reportingRound;
    expect(data.measures.every((x: any) => x.result)).toBe(true);
    const m5 = data.measures.find((x: any) => x.measure.id === m(5));
    expect(m5.result).toMatchObject({ reported: false, carriedOverFrom: m5.previous?.asOf ?? null });
    // Tiltak 1 had no status: not reported, unclear.
    expect(data.measures.find((x: any) => x.measure.id === m(1)).result).toEqual({ status: 'UNCLEAR', text: null, reported: false, carriedOverFrom: null });

    const h = await viewer(`query($id: ID!) { measure(id: $id) { latestStatus { status asOf } statusHistory { status asOf } } }`, { id: m(4) });
    expect(h.body.data!.measure.latestStatus).toEqual({ status: 'PARTLY_DONE', asOf: '2018-06-15' });
    expect(h.body.data!.measure.statusHistory.map((s: any) => `${s.asOf} ${s.status}`)).toEqual([
      '2018-06-15 PARTLY_DONE', '2018-06-15 IN_PROGRESS', '2017-06-23 PARTLY_DONE',
    ]);

    const late = await editor(REPORT, { round, answers: [{ measure: m(5), actor: 'actor:krisesenteret-i-moss-leder', status: 'DONE' }] });
    expect(late.body.errors![0].extensions!.code).toBe('CONFLICT');
    const twice = await editor(`mutation($r: ID!) { closeReportingRound(round: $r) { answered } }`, { r: round });
    expect(twice.body.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('shows progress between June 2017 and the round: side by side, what moved, what stalled', async () => {
    const p = await anonymous(`query($plan: ID!) { planProgress(plan: $plan) {
      columns { asOf round { id } }
      rows { measure { id } cells { asOf status reported pending } movement overdue }
      summary { forward backward stalled done new none notReported overdue }
      perColumn { asOf counts { status count } } } }`, { plan });
    expect(p.body.errors).toBeUndefined();
    const progress = p.body.data!.planProgress;
    expect(progress.columns).toEqual([{ asOf: '2017-06-23', round: null }, { asOf: '2018-06-15', round: { id: round } }]);
    const row = (n: number) => progress.rows.find((r: any) => r.measure.id === m(n));
    expect(row(3)).toMatchObject({ movement: 'FORWARD', cells: [{ status: 'PARTLY_DONE', reported: true }, { status: 'DONE', reported: true }] });
    expect(row(4).movement).toBe('STALLED');
    // Carried over at closing: nobody reported.
    expect(row(1).movement).toBe('NOT_REPORTED');
    expect(row(5).movement).toBe('NOT_REPORTED');
    expect(progress.summary.notReported).toBe(43);
    expect(progress.summary.forward).toBe(1);
    expect(progress.perColumn[1].counts.reduce((s: number, c: any) => s + c.count, 0)).toBe(45);

    const a = await anonymous(`query { actorProgress(actor: "actor:generic-kommunalsjefer") { plan { id } rows { measure { id } } } }`);
    const mine = a.body.data!.actorProgress.find((x: any) => x.plan.id === plan);
    expect(mine.rows.map((r: any) => r.measure.id)).toContain(m(3));
    expect(mine.rows.length).toBeLessThan(45);
  });

  it('lists a plan’s rounds', async () => {
    const r = await anonymous(`query($plan: ID!) { plan(id: $plan) { lastReportedAt rounds { id status } } }`, { plan });
    expect(r.body.data!.plan).toEqual({ lastReportedAt: '2018-06-15', rounds: [{ id: round, status: 'CLOSED' }] });
    const list = await anonymous(`{ plans(first: 500) { edges { node { id lastReportedAt } } } }`);
    const byId = new Map(list.body.data!.plans.edges.map((e: any) => [e.node.id, e.node.lastReportedAt]));
    expect(byId.get('plan:moss-vold-2017')).toBe('2017-06-23');
  });

  it('opens at most one round per plan when editors open rounds at the same time', async () => {
    const other = `plan:${run}-moss2`;
    await clonePlan(app.db, 'plan:moss-vold-2017', other);
    const results = await Promise.all(['2019-01-10', '2019-01-11', '2019-01-12', '2019-01-13', '2019-01-14', '2019-01-14']
      .map((asOf) => editor(OPEN, { plan: other, asOf })));
    const codes = results.map((r) => (r.body.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    const [row] = await app.db.read<{ n: number }>('MATCH (:ActionPlan {id: $other})-[:HAS_ROUND]->(r:ReportingRound) RETURN count(r) AS n', { other });
    expect(row.n).toBe(1);
  });
});
