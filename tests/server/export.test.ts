/**
 * Exports: GraphML read back by NetworkX, JSON-LD expanded by a JSON-LD processor in safe mode,
 * Cytoscape JSON loaded into Cytoscape, CSV defused against formula injection, templates, and
 * networks exported then imported changing nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import cytoscape from 'cytoscape';
import ExcelJS from 'exceljs';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { gql, startTestServer } from '../helpers.js';

const EDITOR = 'editor-token-for-export-tests-0123456789';
const run = Date.now().toString(36);
let app: Samkart;
beforeAll(async () => {
  app = await startTestServer({ SAMKART_API_TOKENS: `exp:editor:${EDITOR}` });
});
afterAll(async () => {
  await app?.db.write(`MATCH (p:ImportPreview) WHERE p.createdBy = 'exp' DELETE p`);
  await app?.db.write(`MATCH (n:Entity) WHERE n.id CONTAINS $run DETACH DELETE n`, { run });
  await app?.stop();
});
const editor = (query: string, variables?: Record<string, unknown>) => gql(app, query, variables, { authorization: `Bearer ${EDITOR}` });

async function get(p: string) {
  const res = await fetch(new URL(p, app.url));
  expect(res.status, p).toBe(200);
  return { type: res.headers.get('content-type') ?? '', disposition: res.headers.get('content-disposition') ?? '', body: Buffer.from(await res.arrayBuffer()) };
}

async function importPreview(body: Buffer, params: Record<string, string>) {
  const url = new URL('import', app.url);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const up = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${EDITOR}` }, body: new Uint8Array(body) });
  expect(up.status).toBe(201);
  const { id } = await up.json() as { id: string };
  const p = await editor(`query($id: ID!) { importPreview(id: $id) { rows { key action changes { field before after } } problems { severity message } } }`, { id });
  expect(p.body.errors).toBeUndefined();
  return p.body.data!.importPreview;
}

/** NetworkX's read_graphml on a file; null when Python or NetworkX is not there (CI installs it). */
function networkx(file: string): { nodes: number; edges: number; directed: boolean } | null {
  try {
    const out = execFileSync('python3', ['-c', `import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed()}))`, file], { encoding: 'utf8', timeout: 60_000 });
    return JSON.parse(out);
  } catch (e) {
    if (process.env.CI) throw e;
    if (/No module named 'networkx'|ENOENT/.test(String((e as Error).message))) return null;
    throw e;
  }
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'samkart-export-'));

describe('export', () => {
  it('the whole graph as GraphML that NetworkX reads, with every node and edge', { timeout: 120_000 }, async () => {
    const g = await get('/export/graph.graphml');
    expect(g.type).toMatch(/graphml/);
    expect(g.disposition).toMatch(/attachment; filename="samkart.graphml"/);
    const text = g.body.toString('utf8');
    const nodes = (text.match(/<node /g) ?? []).length, edges = (text.match(/<edge /g) ?? []).length;
    expect(nodes).toBeGreaterThan(200);
    expect(edges).toBeGreaterThan(300);
    const file = path.join(tmp, 'graph.graphml');
    writeFileSync(file, g.body);
    const nx = networkx(file);
    if (nx) expect(nx).toEqual({ nodes, edges: expect.any(Number), directed: true });
    if (nx) expect(nx.edges).toBeGreaterThan(300);
  });

  it('a map view as GraphML and Cytoscape JSON, filtered like the map', { timeout: 120_000 }, async () => {
    const all = JSON.parse((await get('/export/map.cyjs')).body.toString('utf8'));
    const region = JSON.parse((await get('/export/map.cyjs?region=region:mosseregionen&minWeight=1')).body.toString('utf8'));
    expect(region.elements.nodes.length).toBeGreaterThan(3);
    expect(region.elements.nodes.length).toBeLessThan(all.elements.nodes.length);
    const cy = cytoscape({ headless: true, elements: region.elements });
    expect(cy.nodes().length).toBe(region.elements.nodes.length);
    expect(cy.edges().length).toBe(region.elements.edges.length);
    expect(cy.nodes()[0].data('betweenness')).toEqual(expect.any(Number));
    const file = path.join(tmp, 'map.graphml');
    writeFileSync(file, (await get('/export/map.graphml?region=region:mosseregionen')).body);
    const nx = networkx(file);
    if (nx) expect(nx).toEqual({ nodes: region.elements.nodes.length, edges: region.elements.edges.length, directed: false });
  });

  it('JSON-LD with W3C ORG and Popolo that a JSON-LD processor expands in safe mode', { timeout: 120_000 }, async () => {
    const g = await get('/export/graph.jsonld');
    expect(g.type).toMatch(/application\/ld\+json/);
    const doc = JSON.parse(g.body.toString('utf8'));
    // No remote contexts: a document loader that fetches nothing.
    const documentLoader = async (url: string) => { throw new Error(`no remote context expected, asked for ${url}`); };
    const expanded = await jsonld.expand(doc, { documentLoader, safe: true } as never) as unknown as Record<string, any>[];
    const ORG = 'http://www.w3.org/ns/org#';
    const memberships = expanded.filter((n) => n['@type']?.includes(`${ORG}Membership`));
    expect(memberships.length).toBeGreaterThan(50);
    const m: any = memberships.find((x) => x[`${ORG}organization`]?.[0]['@id'] === 'https://samkart.no/id/network/ostlandsnettverket');
    expect(m[`${ORG}member`][0]['@id']).toMatch(/^https:\/\/samkart\.no\/id\/actor\//);
    expect(m['http://purl.org/dc/terms/source'][0]['@id']).toMatch(/^https:\/\/samkart\.no\/id\/source\//);
    const posts = expanded.filter((n) => n['@type']?.includes(`${ORG}Post`));
    expect(posts.length).toBeGreaterThan(50);
    const imdi: any = expanded.find((n) => n['@id'] === 'https://samkart.no/id/actor/imdi-ost');
    expect(imdi['@type']).toEqual(expect.arrayContaining([`${ORG}Organization`, 'http://www.popoloproject.com/ontology#Organization']));
    expect(imdi['http://www.w3.org/ns/prov#wasDerivedFrom'][0]['http://www.w3.org/ns/prov#value'][0]['@value']).toEqual(expect.any(String));
    const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader } as never) as unknown as string;
    expect(nquads.split('\n').length).toBeGreaterThan(1000);
  });

  it('CSV defuses formulas, and reads back the same', { timeout: 120_000 }, async () => {
    const plan = `plan:test-${run}-formula`;
    const c = await editor(`mutation($id: ID!) { createPlan(input: { id: $id, title: "Test-formel", kind: ACTION_PLAN, level: MUNICIPAL, source: "test" }) { id } }`, { id: plan });
    expect(c.body.errors).toBeUndefined();
    const m = await editor(`mutation($p: ID!) { createMeasure(input: { plan: $p, number: "1", title: "=HYPERLINK(\\"http://evil.example\\",\\"klikk\\")", description: "+47 22 00 00 00; @SUM(A1)", source: "test" }) { id } }`, { p: plan });
    expect(m.body.errors).toBeUndefined();
    const csv = (await get(`/export/plan/${plan}.csv`)).body;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""klikk"")"`);
    expect(text).toContain(`"'+47 22 00 00 00; @SUM(A1)"`);
    expect(text.split('\r\n')[0]).toBe('\ufeffNr;Tiltak;Beskrivelse;Ansvar;Frist;Budsjett;Tema;Målgruppe;Status;Statusdato;Kommentar');
    const p = await importPreview(csv, { plan, name: 'formel.csv' });
    expect(p.rows).toEqual([{ key: '1', action: 'UNCHANGED', changes: [] }]);
  });

  it('a network with its members exported as XLSX and CSV imports again changing nothing', { timeout: 120_000 }, async () => {
    for (const ext of ['xlsx', 'csv']) {
      const file = (await get(`/export/network/network:ostlandsnettverket.${ext}`)).body;
      const p = await importPreview(file, { name: `ostland.${ext}` });
      expect(p.problems.filter((x: any) => x.severity === 'ERROR')).toEqual([]);
      expect(p.rows.length).toBeGreaterThan(10);
      expect(p.rows.filter((r: any) => r.action !== 'UNCHANGED')).toEqual([]);
    }
  });

  it('the template has a sheet per record kind and an instruction sheet', { timeout: 60_000 }, async () => {
    const t = await get('/export/template.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(t.body as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Instruksjoner', 'Plan', 'Tiltak', 'Statusrunde', 'Medlemmer', 'Aktører']);
    expect(wb.getWorksheet('Tiltak')!.getRow(1).values).toEqual([undefined, 'Nr', 'Tiltak', 'Beskrivelse', 'Ansvar', 'Frist', 'Budsjett', 'Tema', 'Målgruppe', 'Status', 'Statusdato', 'Kommentar']);
    const missing = await fetch(new URL('/export/plan/plan:nope.xlsx', app.url));
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
