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
  app = await startTestServer({ SAMKART_API_TOKENS: `imp:editor:${EDITOR},look:viewer:${VIEWER}`, SAMKART_OPERATION_TIMEOUT_MS: '120000' });
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
  it('round trip: the Moss plan exported as XLSX and imported into an empty plan has the same measures, owners, statuses and gaps', { timeout: 120_000 }, async () => {
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

  const PLAN2 = `plan:test-${run}-nkvts`;
  const NEW_ACTOR = `Test-etaten ${run}`;
  const nkvts = async (rows: unknown[][]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Handlingsplan');
    ws.addRow(['Handlingsplan mot vold i nære relasjoner – Testkommune']);
    ws.addRow(['Tiltak', 'Ansvar', 'Tidsramme/Frist', 'Status pr 01.06.2024']);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const firstRows = () => [
    ['1. Utarbeide felles veileder for ansatte', 'Virksomhetsledere', '2024', 'Pågår'],
    ['2. Etablere ressursgruppe', 'BARNEVERNET, helsestasjonen (leder: NAV)', 'høsten 2024', 'Delvis gjennomført: rutiner er skrevet'],
    // A formula is read as the value Excel saved with it, never evaluated.
    ['3. Tiltak med en ny aktør', NEW_ACTOR, '2025', { formula: 'CONCATENATE("Fer","dig")', result: 'Ferdig' }],
    ['4. Tiltak uten ansvarlig'],
  ];
  let firstBatch = '';
  let afterFirst: Awaited<ReturnType<typeof planFacts>>;

  it('a plan in the NKVTS layout, written by exceljs from scratch: every name matched, generic roles seen, applied with provenance', { timeout: 120_000 }, async () => {
    const up = await upload(await nkvts(firstRows()), { plan: PLAN2, name: 'testkommune.xlsx' });
    expect(up.status).toBe(201);
    const p = await preview(up.body.id);
    expect(p.targetExists).toBe(false);
    expect(p.problems.filter((x: any) => x.severity === 'ERROR')).toEqual([]);
    expect(p.rows.filter((r: any) => r.kind === 'measure').map((r: any) => [r.key, r.action])).toEqual([['1', 'CREATE'], ['2', 'CREATE'], ['3', 'CREATE'], ['4', 'CREATE']]);
    const byName = Object.fromEntries(p.names.map((n: any) => [n.name, n]));
    expect(byName.Virksomhetsledere).toMatchObject({ match: 'EXACT', actorId: 'actor:generic-virksomhetsledere', genericRole: true });
    // The bare word is the generic role's alone in the curated data (one actor per name): a
    // planner's "Barnevernet" is their own municipality's child welfare, not the Moss region's.
    expect(byName.BARNEVERNET).toMatchObject({ match: 'FUZZY', actorId: 'actor:generic-barneverntjenesten', genericRole: true });
    expect(byName.helsestasjonen).toMatchObject({ match: 'FUZZY', actorId: 'actor:helsestasjonene-mosseregionen' });
    expect(byName.helsestasjonen.proposed.score).toBeGreaterThan(0.85);
    expect(byName.NAV).toMatchObject({ match: 'EXACT', actorId: 'actor:nav' });
    expect(byName[NEW_ACTOR]).toMatchObject({ match: 'NEW', isNew: true, actorId: `actor:test-etaten-${run}` });
    expect(byName[NEW_ACTOR].occurrences).toEqual(['Handlingsplan!B5']);
    const warnings = p.problems.filter((x: any) => x.severity === 'WARNING');
    expect(warnings).toEqual(expect.arrayContaining([
      expect.objectContaining({ sheet: 'Handlingsplan', row: 6, column: 'Ansvar', message: expect.stringMatching(/No one is responsible/) }),
      expect.objectContaining({ sheet: 'Handlingsplan', row: 3, cell: 'B3', value: 'Virksomhetsledere', message: expect.stringMatching(/generic roles/) }),
    ]));
    const version = async () => Number((await app.db.read<{ v: number }>("MATCH (d:DataVersion) RETURN d.value AS v"))[0]?.v ?? 0);
    const v0 = await version();
    const a = await apply(up.body.id, p.fingerprint);
    expect(a.body.errors).toBeUndefined();
    firstBatch = a.body.data!.applyImport.id;
    expect(a.body.data!.applyImport).toMatchObject({ target: PLAN2, created: 5, undoneAt: null });
    expect(await version()).toBeGreaterThan(v0);
    afterFirst = await planFacts(PLAN2);
    expect(afterFirst.title).toBe('Handlingsplan mot vold i nære relasjoner – Testkommune');
    expect(afterFirst.gaps).toEqual(['UNOWNED_MEASURE 4', 'VAGUE_OWNER 1']);
    const m2 = afterFirst.measures.find((m: any) => m.number === '2');
    expect(m2.responsibilities).toEqual([
      { role: 'EXECUTING', actor: { id: 'actor:generic-barneverntjenesten' } }, { role: 'EXECUTING', actor: { id: 'actor:helsestasjonene-mosseregionen' } },
      { role: 'LEAD', actor: { id: 'actor:nav' } },
    ]);
    expect(m2.latestStatus).toEqual({ status: 'PARTLY_DONE', asOf: '2024-06-01', text: 'rutiner er skrevet' });
    expect(afterFirst.measures.find((m: any) => m.number === '3').latestStatus.status).toBe('DONE');
    // Provenance: the file is a Source, and each fact cites it with sheet, row and cell.
    const cites = await gql(app, `query($id: ID!) { node(id: $id) { ... on Measure { sources { locator source { file } } responsibilities { actor { id } sources { locator source { file } } } } } }`, { id: `measure:test-${run}-nkvts/2` });
    const m = (cites.body.data as any).node;
    expect(m.sources).toEqual([{ locator: expect.stringContaining('Handlingsplan!A4'), source: { file: 'testkommune.xlsx' } }]);
    expect(m.responsibilities.find((r: any) => r.actor.id === 'actor:nav').sources).toEqual([{ locator: expect.stringContaining('Handlingsplan!B4'), source: { file: 'testkommune.xlsx' } }]);
    // A preview is applied once.
    const twice = await apply(up.body.id);
    expect(twice.body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('re-importing the edited file shows only the changes, updates in place, and undo restores exactly what was there', { timeout: 120_000 }, async () => {
    const rows = firstRows();
    rows[0][1] = 'Virksomhetsledere, NAV (leder)';
    rows[1][3] = 'Ferdig';
    const up = await upload(await nkvts(rows), { plan: PLAN2, name: 'testkommune-v2.xlsx' });
    const p = await preview(up.body.id);
    expect(p.targetExists).toBe(true);
    // The spelling confirmed the first time is now an alias: an exact match.
    expect(p.names.find((n: any) => n.name === 'helsestasjonen')).toMatchObject({ match: 'EXACT', actorId: 'actor:helsestasjonene-mosseregionen' });
    expect(p.rows.filter((r: any) => r.kind === 'measure').map((r: any) => [r.key, r.action])).toEqual([['1', 'UPDATE'], ['2', 'UPDATE'], ['3', 'UNCHANGED'], ['4', 'UNCHANGED']]);
    expect(p.rows.find((r: any) => r.key === '1').changes).toEqual([{ field: 'responsible', before: null, after: 'NAV (lead)' }]);
    expect(p.rows.find((r: any) => r.key === '2').changes).toEqual([{ field: 'status', before: 'Delvis gjennomført 2024-06-01', after: 'Ferdig 2024-06-01' }]);
    const a = await apply(up.body.id, p.fingerprint);
    expect(a.body.errors).toBeUndefined();
    const second = a.body.data!.applyImport.id;
    const after = await planFacts(PLAN2);
    expect(after.measures).toHaveLength(4);
    expect(after.gaps).toEqual(['UNOWNED_MEASURE 4']);
    // Only the latest import of a plan can be undone.
    const early = await editor(`mutation($b: ID!) { undoImport(batch: $b) { id } }`, { b: firstBatch });
    expect(early.body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining(second) });
    const u = await editor(`mutation($b: ID!) { undoImport(batch: $b) { id undoneAt undoneBy } }`, { b: second });
    expect(u.body.errors).toBeUndefined();
    expect(u.body.data!.undoImport).toMatchObject({ id: second, undoneBy: 'imp', undoneAt: expect.any(String) });
    expect(await planFacts(PLAN2)).toEqual(afterFirst);
    const u1 = await editor(`mutation($b: ID!) { undoImport(batch: $b) { id } }`, { b: firstBatch });
    expect(u1.body.errors).toBeUndefined();
    const [left] = await app.db.read<{ n: number }>('MATCH (n:Entity) WHERE n.id CONTAINS $run AND NOT n.id CONTAINS "moss" RETURN count(n) AS n', { run });
    expect(left.n).toBe(0);
    const [helse] = await app.db.read<{ aliases: string[] }>('MATCH (a:Actor {id: "actor:helsestasjonene-mosseregionen"}) RETURN a.aliases AS aliases');
    expect(helse.aliases).not.toContain('helsestasjonen');
    const [sources] = await app.db.read<{ n: number }>('MATCH (s:Source) WHERE s.file STARTS WITH "testkommune" RETURN count(s) AS n');
    expect(sources.n).toBe(0);
    const history = await editor(`{ imports(first: 10) { id fileName undoneAt } }`);
    expect(history.body.data!.imports.filter((b: any) => [firstBatch, second].includes(b.id)).map((b: any) => !!b.undoneAt)).toEqual([true, true]);
  });
});
