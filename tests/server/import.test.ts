/**
 * Spreadsheet import against the real Neo4j: upload → preview → apply → re-import → undo, with
 * workbooks written by the export and by exceljs from scratch, and a CSV as Norwegian Excel
 * writes it. Every plan, measure and actor here has an id containing `test-<run>`.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { gql, startTestServer } from '../helpers.js';

const EDITOR = 'editor-token-for-import-tests-0123456789';
const VIEWER = 'viewer-token-for-import-tests-0123456789';
const run = Date.now().toString(36);
const PLAN = `plan:test-${run}-moss`;

let app: Samkart;
beforeAll(async () => {
  app = await startTestServer({ SAMKART_API_TOKENS: `imp:editor:${EDITOR},look:viewer:${VIEWER}` });
});
afterAll(async () => {
  await app?.db.write(`MATCH (b:ImportBatch) WHERE b.target CONTAINS $run OPTIONAL MATCH (b)-[:IMPORTED]->(s:Source) DETACH DELETE b, s`, { run });
  await app?.db.write(`MATCH (p:ImportPreview) WHERE p.target CONTAINS $run OR p.createdBy = 'imp' DELETE p`, { run });
  await app?.db.write(`MATCH (n:Entity) WHERE n.id CONTAINS $run DETACH DELETE n`, { run });
  await app?.stop();
});

const editor = (query: string, variables?: Record<string, unknown>) => gql(app, query, variables, { authorization: `Bearer ${EDITOR}` });

async function upload(body: Buffer, params: Record<string, string>, token = EDITOR, type = 'application/octet-stream') {
  const url = new URL('import', app.url);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': type }, body: new Uint8Array(body) });
  return { status: res.status, body: await res.json() as any };
}

async function download(path: string) {
  const res = await fetch(new URL(path, app.url));
  expect(res.status, path).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

const PREVIEW = `query($id: ID!, $d: [ImportDecision!]) { importPreview(id: $id, decisions: $d) {
  id target targetExists canApply fingerprint appliedBatch sheets { name kind rows }
  rows { sheet row kind key label action changes { field before after } }
  names { name match proposed { id name score } alternatives { id name score } genericRole actorId isNew decided occurrences }
  problems { severity sheet row column cell value message }
  counts { create update unchanged errors warnings newActors } } }`;

async function preview(id: string, decisions?: unknown[]) {
  const r = await editor(PREVIEW, { id, d: decisions });
  expect(r.body.errors).toBeUndefined();
  return r.body.data!.importPreview;
}

async function apply(id: string, fingerprint?: string, decisions?: unknown[]) {
  return editor(`mutation($id: ID!, $f: String, $d: [ImportDecision!]) { applyImport(id: $id, fingerprint: $f, decisions: $d) { id target created updated unchanged undoneAt } }`,
    { id, f: fingerprint, d: decisions });
}

/** What a plan is, in terms the round trip must keep: measures, owners, statuses and gaps. */
async function planFacts(plan: string) {
  const r = await gql(app, `query($p: ID!) {
    node(id: $p) { ... on ActionPlan { title measures { number title description
      responsibilities { role actor { id } } latestStatus { status asOf text } } } }
    gaps(plan: $p, kinds: [UNOWNED_MEASURE, VAGUE_OWNER, NO_LEAD, STALLED]) { kind subject { ... on Measure { number } } } }`, { p: plan });
  expect(r.body.errors).toBeUndefined();
  const d = r.body.data as any;
  return {
    title: d.node.title,
    measures: d.node.measures.map((e: any) => ({ ...e, responsibilities: [...e.responsibilities].sort((a: any, b: any) => `${a.actor.id}${a.role}`.localeCompare(`${b.actor.id}${b.role}`)) })),
    gaps: d.gaps.map((g: any) => `${g.kind} ${g.subject.number}`).sort(),
  };
}

describe('import', () => {
  it('round trip: the Moss plan exported as XLSX and imported into an empty plan has the same measures, owners, statuses and gaps', async () => {
    const xlsx = await download('/export/plan/plan:moss-vold-2017.xlsx');
    const up = await upload(xlsx, { plan: PLAN, name: 'moss.xlsx' });
    expect(up.status).toBe(201);
    const p = await preview(up.body.id);
    expect(p.problems.filter((x: any) => x.severity === 'ERROR')).toEqual([]);
    expect(p.targetExists).toBe(false);
    expect(p.names.every((n: any) => n.match === 'EXACT' && !n.isNew)).toBe(true);
    expect(p.counts.newActors).toBe(0);
    const a = await apply(up.body.id, p.fingerprint);
    expect(a.body.errors).toBeUndefined();
    const [orig, copy] = [await planFacts('plan:moss-vold-2017'), await planFacts(PLAN)];
    expect(copy.measures.length).toBeGreaterThan(40);
    expect(copy).toEqual(orig);

    // Export → import into the plan it came from changes nothing.
    const again = await upload(await download(`/export/plan/${PLAN}.xlsx`), { name: 'moss-again.xlsx' });
    const p2 = await preview(again.body.id);
    expect(p2.target).toBe(PLAN);
    expect(p2.rows.filter((r: any) => r.action !== 'UNCHANGED')).toEqual([]);
    const csv = await upload(await download(`/export/plan/${PLAN}.csv`), { plan: PLAN, name: 'moss.csv' }, EDITOR, 'text/csv');
    const p3 = await preview(csv.body.id);
    expect(p3.problems.filter((x: any) => x.severity === 'ERROR')).toEqual([]);
    expect(p3.rows.filter((r: any) => r.action !== 'UNCHANGED')).toEqual([]);
  });
});
