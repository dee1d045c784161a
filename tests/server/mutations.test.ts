import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { dbQueries, gql, startTestServer } from '../helpers.js';

const EDITOR = 'editor-token-for-tests-0123456789';
const ADMIN = 'admin-token-for-tests-0123456789';
const run = Date.now().toString(36);

let app: Samkart;
beforeAll(async () => {
  app = await startTestServer({ SAMKART_API_TOKENS: `ed:editor:${EDITOR},ad:admin:${ADMIN}` });
});
afterAll(async () => {
  await app?.db.write(`MATCH (n:Entity) WHERE n.id CONTAINS $run DETACH DELETE n`, { run });
  await app?.stop();
});

const as = (token: string) => (query: string, variables?: Record<string, unknown>) => gql(app, query, variables, { authorization: `Bearer ${token}` });
const editor = as(EDITOR);
const admin = as(ADMIN);

async function count(cypher: string, params: Record<string, unknown> = {}) {
  const [r] = await app.db.read<{ n: number }>(cypher, params);
  return r.n;
}

describe('mutations', () => {
  it('creates, updates and deletes an actor, each change in the audit trail with before and after', async () => {
    const id = `actor:test-${run}-etat`;
    const c = await editor(`mutation($id: ID) { createActor(input: { id: $id, name: "Testetaten", kind: AGENCY, level: NATIONAL, parent: "actor:imdi", aliases: ["TE"], source: "test" }) {
      id name kind parent { id } sources { quote source { id } } } }`, { id });
    expect(c.body.errors).toBeUndefined();
    expect(c.body.data!.createActor).toMatchObject({ id, kind: 'AGENCY', parent: { id: 'actor:imdi' } });
    const search = await gql(app, `{ search(text: "testetaten") { node { id } } }`);
    expect((search.body.data as any).search.map((h: any) => h.node.id)).toContain(id);

    const u = await editor(`mutation($id: ID!) { updateActor(id: $id, input: { name: "Testetaten Øst", parent: null }) { name parent { id } } }`, { id });
    expect(u.body.data!.updateActor).toEqual({ name: 'Testetaten Øst', parent: null });

    const d = await editor(`mutation($id: ID!) { deleteActor(id: $id) }`, { id });
    expect(d.body.data!.deleteActor).toBe(id);
    expect(await count('MATCH (a:Actor {id: $id}) RETURN count(a) AS n', { id })).toBe(0);

    const log = await admin(`query($id: ID) { auditLog(target: $id) { entries { operation by before after } } }`, { id });
    const entries = (log.body.data as any).auditLog.entries;
    expect(entries.map((e: any) => e.operation)).toEqual(['deleteActor', 'updateActor', 'createActor']);
    expect(entries.every((e: any) => e.by === 'ed')).toBe(true);
    expect(JSON.parse(entries[1].before).name).toBe('Testetaten');
    expect(JSON.parse(entries[1].after).name).toBe('Testetaten Øst');
  });

  it('gives field-level messages for bad input and changes nothing', async () => {
    const before = await count('MATCH (n) RETURN count(n) AS n');
    const r = await editor(`mutation { createActor(input: { name: "", kind: AGENCY, source: "x", id: "Bad Id" }) { id } }`);
    expect(r.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: { 'input.name': 'must not be empty', 'input.id': expect.stringMatching(/must be an id/) } });
    const p = await editor(`mutation { createPlan(input: { title: "P", kind: ACTION_PLAN, level: MUNICIPAL, periodStart: "2020", periodEnd: "2019", source: "x" }) { id } }`);
    expect(p.body.errors![0].extensions!.fieldErrors).toMatchObject({ 'input.periodEnd': 'must not be before periodStart' });
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(before);
  });

  it('is one transaction: a plan whose second owner does not exist is not created at all', async () => {
    const id = `plan:test-${run}-atomic`;
    const r = await editor(`mutation($id: ID) { createPlan(input: { id: $id, title: "Atomisk", kind: ACTION_PLAN, level: MUNICIPAL, owners: ["actor:imdi", "actor:nobody"], source: "x" }) { id } }`, { id });
    expect(r.body.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.owners.1' });
    expect(await count('MATCH (p:ActionPlan {id: $id}) RETURN count(p) AS n', { id })).toBe(0);
    expect(await count('MATCH (e:AuditEntry {target: $id}) RETURN count(e) AS n', { id })).toBe(0);
  });

  it('manages a plan, a measure, responsibilities, statuses (history kept) and memberships', async () => {
    const plan = `plan:test-${run}-plan`;
    expect((await editor(`mutation($id: ID) { createPlan(input: { id: $id, title: "Testplan", kind: ACTION_PLAN, level: MUNICIPAL, periodStart: "2024", periodEnd: "2025", owners: ["actor:imdi"], source: "x" }) { id owners { id } } }`, { id: plan })).body.data)
      .toEqual({ createPlan: { id: plan, owners: [{ id: 'actor:imdi' }] } });
    const m = await editor(`mutation($plan: ID!) { createMeasure(input: { plan: $plan, number: "1", title: "Første tiltak", source: "x" }) { id plan { id } } }`, { plan });
    const measure = (m.body.data as any).createMeasure.id;
    expect(measure).toBe(`measure:test-${run}-plan/1`);

    const resp = await editor(`mutation($m: ID!) { addResponsibility(actor: "actor:imdi-ost", measure: $m, role: LEAD, source: "x") { role actor { id } measure { id } sources { quote } } }`, { m: measure });
    expect(resp.body.data!.addResponsibility).toMatchObject({ role: 'LEAD', actor: { id: 'actor:imdi-ost' }, sources: [{ quote: 'x' }] });
    const dup = await editor(`mutation($m: ID!) { addResponsibility(actor: "actor:imdi-ost", measure: $m, role: LEAD, source: "x") { role } }`, { m: measure });
    expect(dup.body.errors![0].extensions!.code).toBe('CONFLICT');

    await editor(`mutation($m: ID!) { recordStatus(measure: $m, status: IN_PROGRESS, asOf: "2024-06", source: "x") { id } }`, { m: measure });
    const s2 = await editor(`mutation($m: ID!) { recordStatus(measure: $m, status: DONE, asOf: "2025-01-15", text: "Ferdig", source: "x") { statusHistory { asOf status } latestStatus { status text } } }`, { m: measure });
    expect(s2.body.data!.recordStatus).toEqual({
      statusHistory: [{ asOf: '2025-01-15', status: 'DONE' }, { asOf: '2024-06', status: 'IN_PROGRESS' }],
      latestStatus: { status: 'DONE', text: 'Ferdig' },
    });

    // Two mutations in one operation: the second's payload sees the first's change and its own.
    const both = await editor(`mutation($m: ID!) {
      a: recordStatus(measure: $m, status: NOT_DONE, asOf: "2025-03", source: "x") { latestStatus { status } }
      b: recordStatus(measure: $m, status: DONE, asOf: "2025-04", source: "x") { latestStatus { status } statusHistory { asOf } } }`, { m: measure });
    expect(both.body.data).toEqual({
      a: { latestStatus: { status: 'NOT_DONE' } },
      b: { latestStatus: { status: 'DONE' }, statusHistory: [{ asOf: '2025-04' }, { asOf: '2025-03' }, { asOf: '2025-01-15' }, { asOf: '2024-06' }] },
    });

    const refuse = await editor(`mutation($m: ID!) { deleteMeasure(id: $m) }`, { m: measure });
    expect(refuse.body.errors![0].extensions!.code).toBe('CONFLICT');
    const rm = await editor(`mutation($m: ID!) { removeResponsibility(actor: "actor:imdi-ost", measure: $m, role: LEAD) { responsibilities { role } } }`, { m: measure });
    expect((rm.body.data as any).removeResponsibility.responsibilities).toEqual([]);

    const net = `network:test-${run}-net`;
    await editor(`mutation($id: ID) { createNetwork(input: { id: $id, name: "Testnettverket", kind: LOCAL, established: "2024", source: "x" }) { id } }`, { id: net });
    const add = await editor(`mutation($n: ID!) { addMembership(actor: "actor:imdi-ost", network: $n, role: COORDINATOR, since: "2024-02", source: "x") { role since until } }`, { n: net });
    expect(add.body.data!.addMembership).toEqual({ role: 'COORDINATOR', since: '2024-02', until: null });
    const again = await editor(`mutation($n: ID!) { addMembership(actor: "actor:imdi-ost", network: $n, role: COORDINATOR, since: "2024-02", source: "x") { role } }`, { n: net });
    expect(again.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'role' });
    const noNet = await editor(`mutation { addMembership(actor: "actor:imdi-ost", network: "network:nowhere", role: MEMBER, source: "x") { role } }`);
    expect(noNet.body.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'network' });
    const noMeasure = await editor(`mutation { recordStatus(measure: "measure:nowhere/1", status: DONE, asOf: "2025", source: "x") { id } }`);
    expect(noMeasure.body.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'measure' });
    expect(await count('MATCH (s:StatusReport) WHERE s.id STARTS WITH "status:nowhere/" RETURN count(s) AS n')).toBe(0);
    const trail = await admin(`query($n: ID) { auditLog(target: $n) { entries { operation by after } } }`, { n: net });
    expect((trail.body.data as any).auditLog.entries.map((e: any) => e.operation)).toContain('addMembership');
    const statusTrail = await admin(`query($m: ID) { auditLog(target: $m) { entries { operation after } } }`, { m: measure });
    expect((statusTrail.body.data as any).auditLog.entries.filter((e: any) => e.operation === 'recordStatus')).toHaveLength(4);
    const end = await editor(`mutation($n: ID!) { endMembership(actor: "actor:imdi-ost", network: $n, role: COORDINATOR, until: "2025") { until } }`, { n: net });
    expect(end.body.data!.endMembership).toEqual({ until: '2025' });
    const asOf = await gql(app, `query($n: ID!) { network(id: $n) { now: members(asOf: "2026") { role } then: members(asOf: "2024-06") { role } } }`, { n: net });
    expect(asOf.body.data!.network).toEqual({ now: [], then: [{ role: 'COORDINATOR' }] });
    // Two mutations in one operation: the second's payload sees the first's change.
    const two = await editor(`mutation($n: ID!) {
      a: addMembership(actor: "actor:imdi", network: $n, role: MEMBER, source: "x") { network { members { actor { id } role } } }
      b: addMembership(actor: "actor:imdi-ost", network: $n, role: MEMBER, source: "x") { network { members { actor { id } role } } } }`, { n: net });
    expect(two.body.errors).toBeUndefined();
    const members = (x: any) => x.network.members.map((m: any) => `${m.actor.id} ${m.role}`).sort();
    expect(members((two.body.data as any).a)).toEqual(['actor:imdi MEMBER', 'actor:imdi-ost COORDINATOR']);
    expect(members((two.body.data as any).b)).toEqual(['actor:imdi MEMBER', 'actor:imdi-ost COORDINATOR', 'actor:imdi-ost MEMBER']);

    const cascade = await editor(`mutation($p: ID!) { deletePlan(id: $p, mode: CASCADE) }`, { p: plan });
    expect(cascade.body.data!.deletePlan).toBe(plan);
    expect(await count('MATCH (n:Entity) WHERE n.id STARTS WITH $m RETURN count(n) AS n', { m: measure })).toBe(0);
    expect(await count('MATCH (s:StatusReport) WHERE s.id CONTAINS $run RETURN count(s) AS n', { run })).toBe(0);
  });

  it('merges a duplicate actor into the one that stays, moving relationships and aliases', async () => {
    const dup = `actor:test-${run}-dup`;
    const keep = `actor:test-${run}-keep`;
    await editor(`mutation($id: ID) { createActor(input: { id: $id, name: "Behold", kind: NGO, source: "x" }) { id } }`, { id: keep });
    await editor(`mutation($id: ID) { createActor(input: { id: $id, name: "Duplikat", shortName: "DUP", kind: NGO, source: "x" }) { id } }`, { id: dup });
    await editor(`mutation($a: ID!) { addMembership(actor: $a, network: "network:ostlandsnettverket", role: MEMBER, source: "x") { role } }`, { a: dup });
    const denied = await editor(`mutation($k: ID!, $d: ID!) { mergeActors(keep: $k, duplicate: $d) { id } }`, { k: keep, d: dup });
    expect(denied.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const r = await admin(`mutation($k: ID!, $d: ID!) { mergeActors(keep: $k, duplicate: $d) { id aliases memberships { network { id } } } }`, { k: keep, d: dup });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.mergeActors).toMatchObject({ aliases: ['Duplikat', 'DUP'], memberships: [{ network: { id: 'network:ostlandsnettverket' } }] });
    expect(await count('MATCH (a:Actor {id: $dup}) RETURN count(a) AS n', { dup })).toBe(0);
  });
  it('a change shows at once in derived results: every edit bumps the data version their cache is keyed by', async () => {
    const id = `actor:test-${run}-fresh`;
    const network = 'network:ostlandsnettverket';
    const graph = async () => {
      const r = await gql(app, `query($network: ID) { collaborationGraph(filter: { network: $network }) { nodes { id } } }`, { network });
      expect(r.body.errors).toBeUndefined();
      return (r.body.data as any).collaborationGraph.nodes.map((n: any) => n.id) as string[];
    };
    expect(await graph()).not.toContain(id);
    const version = async () => count("MATCH (dv:DataVersion) RETURN coalesce(max(dv.value), 0) AS n");
    const v0 = await version();
    const c = await editor(`mutation($id: ID) { createActor(input: { id: $id, name: "Ferskenetaten", kind: AGENCY, level: NATIONAL, source: "test" }) { id } }`, { id });
    expect(c.body.errors).toBeUndefined();
    const v1 = await version();
    expect(v1).toBeGreaterThan(v0);
    const m = await editor(`mutation($id: ID!, $network: ID!) { addMembership(actor: $id, network: $network, role: MEMBER, source: "test") { role } }`, { id, network });
    expect(m.body.errors).toBeUndefined();
    expect(await version()).toBeGreaterThan(v1);
    expect(await graph()).toContain(id);
    expect(await count('MATCH (dv:DataVersion) RETURN count(dv) AS n')).toBe(1);
  });
});

describe('writes in one statement', () => {
  it('a membership, responsibility or status change is one statement with its audit entry, version bump and payload', async () => {
    const actor = `actor:test-${run}-onestatement`;
    const network = 'network:ostlandsnettverket', measure = 'measure:tve-2013-2016/11';
    expect((await editor(`mutation($id: ID) { createActor(input: { id: $id, name: "Ettstegsetaten", kind: NGO, source: "x" }) { id } }`, { id: actor })).body.errors).toBeUndefined();
    const version = () => count("MATCH (dv:DataVersion) RETURN coalesce(max(dv.value), 0) AS n");
    const audits = () => count('MATCH (e:AuditEntry) WHERE e.after CONTAINS $actor OR e.before CONTAINS $actor OR e.target = $measure RETURN count(e) AS n', { actor, measure });
    const step = async (query: string, variables: Record<string, unknown>) => {
      const [v0, a0] = [await version(), await audits()];
      const r = await editor(query, variables);
      expect(r.body.errors, JSON.stringify(r.body.errors)).toBeUndefined();
      // One statement: checks, change, audit entry, data version and the payload the operation selects.
      expect(dbQueries(r.headers)).toBe(1);
      expect(await version()).toBe(v0 + 1);
      expect(await audits()).toBe(a0 + 1);
      return r.body.data!;
    };
    // The payload as a read after the write would see it: the same selection read on its own.
    const membership = `role since until actor { id name } network { id name } sources { quote source { id } }`;
    const add = `mutation($a: ID!, $n: ID!, $s: String) { addMembership(actor: $a, network: $n, role: WORKING_GROUP, since: $s, source: "test") { ${membership} } }`;
    const members = async (since: string) => (await editor(`query($n: ID!) { network(id: $n) { members(roles: [WORKING_GROUP]) { ${membership} } } }`, { n: network }))
      .body.data!.network.members.filter((m: any) => m.actor.id === actor && m.since === since);
    const added = (await step(add, { a: actor, n: network, s: '2031' })).addMembership;
    expect(added).toMatchObject({ role: 'WORKING_GROUP', since: '2031', until: null, actor: { id: actor, name: 'Ettstegsetaten' }, network: { id: network }, sources: [{ quote: 'test', source: { id: 'source:api' } }] });
    expect([added]).toEqual(await members('2031'));
    const ended = (await step(`mutation($a: ID!, $n: ID!) { endMembership(actor: $a, network: $n, role: WORKING_GROUP, until: "2032") { ${membership} } }`, { a: actor, n: network })).endMembership;
    expect(ended).toMatchObject({ since: '2031', until: '2032', actor: { id: actor } });
    expect([ended]).toEqual(await members('2031'));
    const responsibility = `role note actor { id } measure { id responsibilities { role actor { id } } }`;
    const addR = `mutation($a: ID!, $m: ID!) { addResponsibility(actor: $a, measure: $m, role: CONTRIBUTING, note: "n", source: "test") { ${responsibility} } }`;
    const addedR = (await step(addR, { a: actor, m: measure })).addResponsibility;
    expect(addedR).toMatchObject({ role: 'CONTRIBUTING', note: 'n', actor: { id: actor }, measure: { id: measure } });
    expect(addedR.measure.responsibilities).toContainEqual({ role: 'CONTRIBUTING', actor: { id: actor } });
    const measureSel = `id responsibilities { role actor { id } } latestStatus { status asOf text } statusHistory { status asOf }`;
    const readMeasure = async () => (await editor(`query($m: ID!) { measure(id: $m) { ${measureSel} } }`, { m: measure })).body.data!.measure;
    const removed = (await step(`mutation($a: ID!, $m: ID!) { removeResponsibility(actor: $a, measure: $m, role: CONTRIBUTING) { ${measureSel} } }`, { a: actor, m: measure })).removeResponsibility;
    expect(removed.responsibilities).not.toContainEqual({ role: 'CONTRIBUTING', actor: { id: actor } });
    expect(removed).toEqual(await readMeasure());
    // A status: the payload shows the new report as the latest, as a read afterwards does.
    const recorded = (await step(`mutation($m: ID!) { recordStatus(measure: $m, status: DONE, asOf: "2099-01-02", text: "ferdig", source: "test") { ${measureSel} } }`, { m: measure })).recordStatus;
    expect(recorded.latestStatus).toEqual({ status: 'DONE', asOf: '2099-01-02', text: 'ferdig' });
    expect(recorded).toEqual(await readMeasure());

    // Refusals: one statement, nothing written, no audit entry, the version unchanged.
    const refused = async (query: string, variables: Record<string, unknown>, code: string) => {
      const [v0, a0] = [await version(), await audits()];
      const r = await editor(query, variables);
      expect(r.body.errors?.[0].extensions?.code).toBe(code);
      expect(dbQueries(r.headers)).toBe(1);
      expect(await version()).toBe(v0);
      expect(await audits()).toBe(a0);
    };
    await refused(add, { a: `actor:test-${run}-nobody`, n: network, s: '2033' }, 'NOT_FOUND');
    await refused(add, { a: actor, n: 'network:test-nowhere', s: '2033' }, 'NOT_FOUND');
    await refused(add, { a: actor, n: network, s: '2031' }, 'CONFLICT'); // ended, but still the same membership
    await step(add, { a: actor, n: network, s: '2033' });
    await refused(add, { a: actor, n: network, s: '2033' }, 'CONFLICT');
    await refused(addR, { a: actor, m: 'measure:test-nowhere/1' }, 'NOT_FOUND');
    await step(addR, { a: actor, m: measure });
    await refused(addR, { a: actor, m: measure }, 'CONFLICT');
    await refused(`mutation($a: ID!, $m: ID!) { removeResponsibility(actor: $a, measure: $m, role: LEAD) { id } }`, { a: actor, m: measure }, 'NOT_FOUND');
    await refused(`mutation($a: ID!, $n: ID!) { endMembership(actor: $a, network: $n, role: LEADER, until: "2032") { role } }`, { a: actor, n: network }, 'NOT_FOUND');
    expect(await count('MATCH (:Actor {id: $actor})-[r:RESPONSIBLE_FOR]->(:Measure {id: $measure}) RETURN count(r) AS n', { actor, measure })).toBe(1);
    expect(await count('MATCH (:Actor {id: $actor})-[r:MEMBER_OF]->(:Network {id: $network}) RETURN count(r) AS n', { actor, network })).toBe(2);
  });
});
