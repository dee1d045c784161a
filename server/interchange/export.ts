/**
 * Writes plans and networks as the import template (XLSX and CSV: exporting and importing again
 * changes nothing), the blank templates, and the graph as GraphML, Cytoscape JSON and JSON-LD.
 */
import ExcelJS from 'exceljs';
import type { GraphCitation, GraphExport, NetworkExport, PlanExport } from '../db/repos/export.repo.js';
import { formatResponsible } from './responsible.js';
import { MEASURE_HEADERS, MEMBER_HEADERS, ACTOR_HEADERS, MEMBER_ROLES, PLAN_HEADERS, STATUS_LABEL } from './vocab.js';

const H = <F extends string>(h: Record<F, string[]>, f: F) => h[f][0];
export const MEASURE_COLUMNS = ['number', 'title', 'description', 'responsible', 'period', 'budget', 'theme', 'targetGroup', 'status', 'statusDate', 'statusText'] as const;
const MEMBER_COLUMNS = ['network', 'actor', 'role', 'since', 'until', 'note'] as const;
const MEMBER_ROLE_LABEL = Object.fromEntries(Object.entries(MEMBER_ROLES).map(([k, v]) => [k, v[0]]));

function measureRows(p: PlanExport): string[][] {
  return p.measures.map((m) => [
    m.number, m.title ?? '', m.description ?? '', formatResponsible(m.responsible), m.period ?? '', m.budgets.join('; '),
    m.themes.join(', '), m.targets.join(', '),
    m.latest ? STATUS_LABEL[m.latest.status] ?? m.latest.status : '', m.latest?.asOf ?? '', m.latest?.text ?? '',
  ]);
}
function memberRows(n: NetworkExport): string[][] {
  return n.members.map((m) => [n.network.name, m.actor, MEMBER_ROLE_LABEL[m.role] ?? m.role, m.since ?? '', m.until ?? '', m.note ?? '']);
}

const INSTRUCTIONS_NB = [
  'Slik fyller du ut malen',
  '',
  'Plan: tittel, id (valgfritt, f.eks. plan:min-kommune-2025), periode (2025, 2025-06 eller 30.06.2025) og eier(e).',
  'Tiltak: én rad per tiltak. Nr og Tiltak må fylles ut; Nr må være unikt i planen.',
  'Ansvar: flere navn i samme celle, skilt med komma. Roller i parentes: "Barnevernet, helsestasjonen (leder: NAV)".',
  '  Roller: leder, utfører (standard), bidragsyter, oppdragsgiver, finansiering. Navn med komma settes i "anførselstegn".',
  'Status: Ferdig, Pågår, Delvis gjennomført, Ikke utført, Uavklart eller Utgår, med Statusdato og eventuelt Kommentar.',
  'Statusrunde: ny status for tiltak i en plan som finnes fra før (Nr, Status, Statusdato, Kommentar).',
  'Medlemmer: nettverk, aktør, rolle (Leder, Koordinator, Sekretariat, Arbeidsgruppe, Medlem), fra og til.',
  'Aktører: navn, kortnavn, andre navn (skilt med komma), type, nivå og hvilken aktør den er del av.',
  '',
  'Før noe lagres viser Samkart hva som blir opprettet og endret, og hvilke kjente aktører navnene ble koblet til.',
  'Lim gjerne inn fra egne regneark; kolonnene kan stå i en annen rekkefølge, og engelske overskrifter går også.',
];

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function styledHeader(ws: ExcelJS.Worksheet, widths: number[]) {
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
}

function addStatusValidation(ws: ExcelJS.Worksheet, col: string, rows: number) {
  const list = `"${Object.values(STATUS_LABEL).join(',')}"`;
  for (let r = 2; r <= rows + 1; r++) ws.getCell(`${col}${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: [list], showErrorMessage: false };
}

function instructionSheet(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet('Instruksjoner');
  INSTRUCTIONS_NB.forEach((line) => ws.addRow([line]));
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getColumn(1).width = 120;
}

const textRow = (ws: ExcelJS.Worksheet, values: string[]) => {
  const row = ws.addRow(values);
  row.eachCell((c) => { c.numFmt = '@'; });
  return row;
};

/** A plan as the import template: Plan, Tiltak and Instruksjoner sheets. */
export async function planWorkbook(p: PlanExport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Samkart';
  const plan = wb.addWorksheet('Plan');
  const meta: [keyof typeof PLAN_HEADERS, string | null][] = [
    ['id', p.plan.id], ['title', p.plan.title], ['shortTitle', p.plan.shortTitle], ['level', p.plan.level],
    ['periodStart', p.plan.periodStart], ['periodEnd', p.plan.periodEnd], ['owners', formatResponsible(p.owners.map((name) => ({ name, role: 'executing' })))],
  ];
  for (const [f, v] of meta) textRow(plan, [H(PLAN_HEADERS, f), v ?? '']);
  plan.getColumn(1).font = { bold: true };
  plan.getColumn(1).width = 16;
  plan.getColumn(2).width = 80;
  const ws = wb.addWorksheet('Tiltak');
  ws.addRow(MEASURE_COLUMNS.map((f) => H(MEASURE_HEADERS, f)));
  for (const r of measureRows(p)) textRow(ws, r);
  styledHeader(ws, [6, 60, 40, 45, 14, 20, 20, 20, 18, 12, 40]);
  addStatusValidation(ws, 'I', Math.max(p.measures.length, 50));
  instructionSheet(wb);
  return toBuffer(wb);
}

/** A network with its members as the import template (a Medlemmer sheet). */
export async function networkWorkbook(n: NetworkExport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Samkart';
  const ws = wb.addWorksheet('Medlemmer');
  ws.addRow(MEMBER_COLUMNS.map((f) => H(MEMBER_HEADERS, f)));
  for (const r of memberRows(n)) textRow(ws, r);
  styledHeader(ws, [40, 40, 16, 12, 12, 40]);
  instructionSheet(wb);
  return toBuffer(wb);
}

/** The blank template: one sheet per record kind and an instruction sheet. */
export async function templateWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Samkart';
  instructionSheet(wb);
  const plan = wb.addWorksheet('Plan');
  for (const f of ['title', 'id', 'shortTitle', 'level', 'periodStart', 'periodEnd', 'owners'] as const) plan.addRow([H(PLAN_HEADERS, f), '']);
  plan.getColumn(1).font = { bold: true };
  plan.getColumn(1).width = 16;
  plan.getColumn(2).width = 80;
  const m = wb.addWorksheet('Tiltak');
  m.addRow(MEASURE_COLUMNS.map((f) => H(MEASURE_HEADERS, f)));
  m.addRow(['1', 'Eksempel: Utarbeide felles rutiner for avdekking av vold', '', 'Barnevernet, helsestasjonen (leder: NAV)', '2025', '', 'Vold i nære relasjoner', '', 'Pågår', '2025-06-30', 'Utkast er på høring']);
  styledHeader(m, [6, 60, 40, 45, 14, 20, 20, 20, 18, 12, 40]);
  addStatusValidation(m, 'I', 200);
  const s = wb.addWorksheet('Statusrunde');
  s.addRow(['Nr', 'Status', 'Statusdato', 'Kommentar']);
  styledHeader(s, [6, 18, 12, 60]);
  addStatusValidation(s, 'B', 200);
  const mem = wb.addWorksheet('Medlemmer');
  mem.addRow(MEMBER_COLUMNS.map((f) => H(MEMBER_HEADERS, f)));
  styledHeader(mem, [40, 40, 16, 12, 12, 40]);
  const a = wb.addWorksheet('Aktører');
  a.addRow((['name', 'shortName', 'aliases', 'kind', 'level', 'parent'] as const).map((f) => H(ACTOR_HEADERS, f)));
  styledHeader(a, [40, 16, 40, 18, 14, 40]);
  return toBuffer(wb);
}

// ---------------------------------------------------------------- CSV

/** A CSV cell: quoted when needed, and a leading = + - @ (or tab/CR) defused with an apostrophe. */
export function csvCell(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
/** Semicolon-separated UTF-8 with a BOM, as Norwegian Excel opens it without asking. */
export function toCsv(rows: string[][]): Buffer {
  return Buffer.from(`\ufeff${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`, 'utf8');
}
export const planCsv = (p: PlanExport) => toCsv([MEASURE_COLUMNS.map((f) => H(MEASURE_HEADERS, f)), ...measureRows(p)]);
export const networkCsv = (n: NetworkExport) => toCsv([MEMBER_COLUMNS.map((f) => H(MEMBER_HEADERS, f)), ...memberRows(n)]);

// ---------------------------------------------------------------- graph formats

const xml = (s: unknown) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  // Characters XML 1.0 does not allow.
  // eslint-disable-next-line no-control-regex
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

export interface GraphLike {
  nodes: { id: string; label: string; [k: string]: unknown }[];
  edges: { id?: string; source: string; target: string; [k: string]: unknown }[];
}

/** GraphML (Gephi, yEd, NetworkX): every scalar attribute declared as a key with its type. */
export function toGraphML(g: GraphLike, directed: boolean): string {
  const keys = new Map<string, { for: 'node' | 'edge'; name: string; type: string }>();
  const declare = (forWhat: 'node' | 'edge', obj: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(obj)) {
      if (k === 'id' || k === 'source' || k === 'target' || v === null || v === undefined || typeof v === 'object') continue;
      const type = typeof v === 'number' ? (Number.isInteger(v) ? 'long' : 'double') : typeof v === 'boolean' ? 'boolean' : 'string';
      const id = `${forWhat[0]}_${k}`;
      const prev = keys.get(id);
      if (!prev) keys.set(id, { for: forWhat, name: k, type });
      else if (prev.type !== type) prev.type = prev.type === 'long' && type === 'double' ? 'double' : 'string';
    }
  };
  g.nodes.forEach((n) => declare('node', n));
  g.edges.forEach((e) => declare('edge', e));
  const data = (forWhat: 'node' | 'edge', obj: Record<string, unknown>) => Object.entries(obj)
    .filter(([k, v]) => keys.has(`${forWhat[0]}_${k}`) && v !== null && v !== undefined && typeof v !== 'object')
    .map(([k, v]) => `<data key="${xml(`${forWhat[0]}_${k}`)}">${xml(v)}</data>`).join('');
  const out = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'];
  for (const [id, k] of keys) out.push(`  <key id="${xml(id)}" for="${k.for}" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`);
  out.push(`  <graph id="samkart" edgedefault="${directed ? 'directed' : 'undirected'}">`);
  for (const n of g.nodes) out.push(`    <node id="${xml(n.id)}">${data('node', n)}</node>`);
  g.edges.forEach((e, i) => out.push(`    <edge id="${xml(e.id ?? `e${i}`)}" source="${xml(e.source)}" target="${xml(e.target)}">${data('edge', e)}</edge>`));
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}

/** Cytoscape.js / Cytoscape desktop JSON: `{elements: {nodes: [{data}], edges: [{data}]}}`. */
export function toCytoscape(g: GraphLike): string {
  return JSON.stringify({
    format_version: '1.0', generated_by: 'Samkart', target_cytoscapejs_version: '~3.34',
    data: { name: 'Samkart' },
    elements: {
      nodes: g.nodes.map((n) => ({ data: { ...n, name: n.label } })),
      edges: g.edges.map((e, i) => ({ data: { ...e, id: e.id ?? `e${i}` } })),
    },
  });
}

/** The knowledge graph as a plain node/edge list for GraphML and Cytoscape. */
export function knowledgeGraph(g: GraphExport): GraphLike {
  return {
    nodes: g.nodes.map((n) => ({
      id: n.id, label: n.name, type: n.label, kind: n.kind, level: n.level, isGenericRole: n.isGenericRole ?? undefined,
      shortName: n.shortName, number: n.number, aliases: n.aliases.join(' | ') || undefined,
      sources: [...new Set(n.citations.map((c) => c.source))].join(' ') || undefined,
    })),
    edges: g.edges.map((e, i) => ({
      id: `e${i}`, source: e.from, target: e.to, type: e.type, role: e.role, since: e.since, until: e.until,
      sources: [...new Set(e.citations.map((c) => c.source))].join(' ') || undefined,
    })),
  };
}

const BASE = 'https://samkart.no/id/';
/**
 * JSON-LD with the W3C Organization Ontology (org:) and Popolo for organisations, memberships and
 * posts; responsibilities as org:Post-like roles of an org:Organization on a measure; sources as
 * dct:source with prov:wasDerivedFrom for each citation's quote and locator.
 */
export function toJsonLd(g: GraphExport, mask: (quote: string) => string): object {
  const ctx = {
    '@vocab': `${BASE}vocab#`, '@base': BASE,
    org: 'http://www.w3.org/ns/org#', popolo: 'http://www.popoloproject.com/ontology#', dct: 'http://purl.org/dc/terms/',
    prov: 'http://www.w3.org/ns/prov#', skos: 'http://www.w3.org/2004/02/skos/core#', foaf: 'http://xmlns.com/foaf/0.1/',
    xsd: 'http://www.w3.org/2001/XMLSchema#', schema: 'https://schema.org/',
    name: 'skos:prefLabel', altLabel: 'skos:altLabel', title: 'dct:title', identifier: 'dct:identifier',
    classification: 'org:classification', subOrganizationOf: { '@id': 'org:subOrganizationOf', '@type': '@id' },
    member: { '@id': 'org:member', '@type': '@id' }, organization: { '@id': 'org:organization', '@type': '@id' },
    role: 'popolo:role', memberDuring: 'org:memberDuring', startDate: 'popolo:start_date', endDate: 'popolo:end_date',
    postIn: { '@id': 'org:postIn', '@type': '@id' }, heldBy: { '@id': 'org:heldBy', '@type': '@id' },
    source: { '@id': 'dct:source', '@type': '@id' }, derivedFrom: 'prov:wasDerivedFrom', entity: { '@id': 'prov:entity', '@type': '@id' },
    quote: 'prov:value', locator: 'dct:description', isPartOf: { '@id': 'dct:isPartOf', '@type': '@id' },
    owner: { '@id': 'schema:owner', '@type': '@id' }, number: 'schema:position', file: 'dct:identifier', date: 'dct:date',
  };
  const iri = (id: string) => id.replace(/[^A-Za-z0-9:/._-]/g, (c) => encodeURIComponent(c)).replace(':', '/');
  const prov = (cs: GraphCitation[]) => (cs.length ? {
    source: [...new Set(cs.map((c) => iri(c.source)))],
    derivedFrom: cs.map((c) => ({ '@type': 'prov:Quotation', entity: iri(c.source), quote: c.quote ? mask(c.quote) : undefined, locator: c.locator ?? undefined })),
  } : {});
  const TYPE: Record<string, string[]> = {
    Actor: ['org:Organization', 'popolo:Organization'], Network: ['org:Organization', 'org:OrganizationalCollaboration', 'popolo:Organization'],
    ActionPlan: ['dct:PolicyDocument', 'prov:Plan'], Measure: ['prov:Plan'],
  };
  const graph: Record<string, unknown>[] = [];
  for (const s of g.sources) graph.push({ '@id': iri(s.id), '@type': ['dct:BibliographicResource', 'prov:Entity'], identifier: s.id, title: s.title ?? undefined, file: s.file ?? undefined, date: s.date ?? undefined });
  for (const n of g.nodes) {
    graph.push({
      '@id': iri(n.id), '@type': n.isGenericRole ? ['org:Role'] : TYPE[n.label], identifier: n.id,
      ...(n.label === 'ActionPlan' || n.label === 'Measure' ? { title: n.name } : { name: n.name }),
      altLabel: n.aliases.length ? n.aliases : undefined, classification: n.kind ?? undefined, number: n.number ?? undefined,
      ...prov(n.citations),
    });
  }
  g.edges.forEach((e, i) => {
    const base = { identifier: `${e.type.toLowerCase()}-${i}`, ...prov(e.citations) };
    if (e.type === 'MEMBER_OF') {
      graph.push({ '@id': `membership/${i}`, '@type': ['org:Membership', 'popolo:Membership'], member: iri(e.from), organization: iri(e.to), role: e.role ?? undefined,
        memberDuring: e.since || e.until ? { '@type': 'http://www.w3.org/2006/time#Interval', startDate: e.since ?? undefined, endDate: e.until ?? undefined } : undefined, ...base });
    } else if (e.type === 'RESPONSIBLE_FOR') {
      graph.push({ '@id': `post/${i}`, '@type': ['org:Post', 'popolo:Post'], heldBy: iri(e.from), postIn: iri(e.to), role: e.role ?? undefined, ...base });
    } else if (e.type === 'PART_OF') {
      graph.push({ '@id': iri(e.from), subOrganizationOf: iri(e.to) });
    } else if (e.type === 'OWNS') {
      graph.push({ '@id': iri(e.to), owner: iri(e.from) });
    } else if (e.type === 'HAS_MEASURE') {
      graph.push({ '@id': iri(e.to), isPartOf: iri(e.from) });
    } else if (e.type === 'ANCHORED_IN') {
      graph.push({ '@id': iri(e.from), 'prov:wasInfluencedBy': { '@id': iri(e.to) } });
    }
  });
  return { '@context': ctx, '@graph': graph.map(dropUndefined) };
}

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? dropUndefined(v as Record<string, unknown>) : Array.isArray(v) ? v.map((x) => (x && typeof x === 'object' ? dropUndefined(x as Record<string, unknown>) : x)) : v]));
}
