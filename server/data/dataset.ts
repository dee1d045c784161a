/**
 * Reads the curated YAML files, validates them, merges records that several documents mention and
 * resolves every reference. The result is a flat list of nodes and relationships with their
 * citations, ready for the loader; nothing here touches the database.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { dataFile, type Citation, type DataFile } from './schema.js';

/** Node labels of the curated graph: the allow-list every statement is built from. */
export const LABEL_BY_PREFIX = {
  source: 'Source', region: 'Region', theme: 'Theme', targetgroup: 'TargetGroup', actor: 'Actor',
  network: 'Network', plan: 'ActionPlan', measure: 'Measure', indicator: 'Indicator', agreement: 'Agreement',
  contact: 'Contact', collaboration: 'Collaboration', guideline: 'Guideline', status: 'StatusReport',
  budget: 'Budget', goal: 'ResultGoal', meeting: 'Meeting', resource: 'Resource',
} as const;
export type Label = (typeof LABEL_BY_PREFIX)[keyof typeof LABEL_BY_PREFIX];
export const LABELS = [...new Set(Object.values(LABEL_BY_PREFIX))] as Label[];

/** Relationship types of the curated graph, with the labels they connect. */
export const REL_TYPES = {
  PART_OF: ['Actor|Network', 'Actor|Network'], LOCATED_IN: ['Actor', 'Region'], MEMBER_OF: ['Actor', 'Network'],
  COVERS: ['Network|ActionPlan', 'Region'], ADDRESSES: ['Network|ActionPlan|Measure', 'Theme'],
  ANCHORED_IN: ['Network|ActionPlan', 'ActionPlan'], OWNS: ['Actor', 'ActionPlan'], SUCCEEDS: ['ActionPlan', 'ActionPlan'],
  HAS_MEASURE: ['ActionPlan', 'Measure'], RESPONSIBLE_FOR: ['Actor', 'Measure'], REFERS_TO: ['Measure', 'Measure'],
  HAS_STATUS: ['Measure', 'StatusReport'], HAS_INDICATOR: ['Measure', 'Indicator'], REPORTED: ['Actor', 'Indicator'],
  TARGETS: ['Measure', 'TargetGroup'], PARTY_TO: ['Actor', 'Agreement'], CONCERNS: ['Agreement', 'Measure'],
  HAS_BUDGET: ['Measure', 'Budget'], HAS_GOAL: ['Measure', 'ResultGoal'], HAS_MEETING: ['Network', 'Meeting'],
  WORKS_AT: ['Contact', 'Actor'], CONTACT_FOR: ['Contact', 'Measure'], FOLLOWS: ['Network', 'Guideline'],
  INVOLVED_IN: ['Actor', 'Collaboration'], PUBLISHED: ['Actor', 'Source'], WITHIN: ['Region', 'Region'],
  SUCCEEDED_BY: ['Region', 'Region'],
  PRODUCED: ['Measure', 'Resource'], MADE: ['Actor', 'Resource'],
} as const;
export type RelType = keyof typeof REL_TYPES;

export interface SourcedCitation extends Citation { source: string }
type Scalar = string | number | boolean;
export interface NodeRow { id: string; label: Label; props: Record<string, Scalar | string[]>; citations: SourcedCitation[] }
export interface RelRow {
  type: RelType; from: string; to: string; key: string;
  props: Record<string, Scalar>; citations: SourcedCitation[];
}
export interface Dataset { files: string[]; nodes: NodeRow[]; rels: RelRow[] }

export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} problem(s) in the dataset:\n  ${problems.join('\n  ')}`);
    this.name = 'DataError';
  }
}

export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

/** English for the data's short texts (theme names, indicator names, categories, units). */
export const GLOSSARY_FILE = path.join(DATA_DIR, 'i18n', 'en.yaml');
export interface Glossary { themes: Record<string, string>; indicators: Record<string, string>; categories: Record<string, string>; units: Record<string, string> }

export async function readGlossary(file = GLOSSARY_FILE): Promise<Glossary> {
  const raw = parseDocument(await readFile(file, 'utf8')).toJS() as Partial<Glossary> | null;
  return { themes: raw?.themes ?? {}, indicators: raw?.indicators ?? {}, categories: raw?.categories ?? {}, units: raw?.units ?? {} };
}

/** Stores the English beside each Norwegian short text (`nameEn`, `categoryEn`, `unitEn`). */
function applyGlossary(nodes: Map<string, NodeRow>, g: Glossary) {
  for (const n of nodes.values()) {
    const p = n.props as Record<string, unknown>;
    const en = (dict: Record<string, string>, v: unknown) => (typeof v === 'string' ? dict[v] : undefined);
    if (n.label === 'Theme' && en(g.themes, p.name)) p.nameEn = en(g.themes, p.name);
    if (n.label === 'Indicator') {
      if (en(g.indicators, p.name)) p.nameEn = en(g.indicators, p.name);
      if (en(g.categories, p.category)) p.categoryEn = en(g.categories, p.category);
      if (en(g.units, p.unit)) p.unitEn = en(g.units, p.unit);
    }
  }
}

export async function listDataFiles(dir = DATA_DIR): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  return names.map((n) => path.join(dir, n));
}

/** Parses and validates one file; problems name the file, line, record and field. */
export async function readDataFile(file: string, problems: string[]): Promise<DataFile | undefined> {
  const rel = path.relative(process.cwd(), file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(await readFile(file, 'utf8'), { lineCounter, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push(`${rel}:${e.linePos?.[0].line ?? '?'}: YAML: ${e.message.split('\n')[0]}`);
    return undefined;
  }
  const raw = doc.toJS();
  const parsed = dataFile.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problems.push(describeIssue(rel, raw, issue, doc, lineCounter));
  return undefined;
}

function describeIssue(
  rel: string, raw: unknown, issue: z.core.$ZodIssue, doc: ReturnType<typeof parseDocument>, lc: LineCounter,
): string {
  const p = issue.path as (string | number)[];
  let line = '?';
  for (let n = p.length; n > 0; n--) {
    const node = doc.getIn(p.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) { line = String(lc.linePos(node.range[0]).line); break; }
  }
  return `${rel}:${line}: ${recordName(raw, p)}${fieldName(p)}: ${issue.message}`;
}

/** "measures[3] (measure:x/4)" for a path into a section. */
function recordName(raw: unknown, p: (string | number)[]): string {
  if (p.length < 2 || typeof p[1] !== 'number') return p.length ? String(p[0]) : '(file)';
  const rec = (raw as Record<string, unknown[]>)[p[0] as string]?.[p[1]] as { id?: string } | undefined;
  return `${p[0]}[${p[1]}]${rec?.id ? ` (${rec.id})` : ''}`;
}
function fieldName(p: (string | number)[]): string {
  const rest = p.slice(2);
  return rest.length ? '.' + rest.map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace(/\.\[/g, '[') : '';
}

/** Reads, validates, merges and resolves a set of data files. Throws DataError listing every problem. */
export async function buildDataset(files: string[]): Promise<Dataset> {
  const problems: string[] = [];
  const parsed: [string, DataFile][] = [];
  for (const f of files) {
    const d = await readDataFile(f, problems);
    if (d) parsed.push([path.relative(process.cwd(), f), d]);
  }
  if (problems.length) throw new DataError(problems);
  const b = new Builder();
  for (const [file, d] of parsed) b.addFile(file, d);
  b.resolve();
  if (b.problems.length) throw new DataError(b.problems);
  applyGlossary(b.nodes, await readGlossary());
  return { files: parsed.map(([f]) => f), nodes: [...b.nodes.values()], rels: [...b.rels.values()] };
}

/** `sharedAliases` as two parallel string lists on the node (names, and "name: reason"). */
const shared = (list: { alias: string; reason: string }[] | undefined) =>
  list ? { sharedAliases: list.map((x) => x.alias), sharedAliasReasons: list.map((x) => `${x.alias}: ${x.reason}`) } : {};
/** A collaboration's name when the file gives none: its description's first sentence, at most ~100 characters. */
export function shortLabel(description: string): string {
  const sentence = description.split(/(?<=[.!?])\s/)[0];
  if (sentence.length <= 100) return sentence.replace(/\.$/, '');
  const cut = sentence.slice(0, 100);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).replace(/[,;:]$/, '')} …`;
}
const cite = (source: string, list: Citation[]): SourcedCitation[] => list.map((c) => ({ source, ...c }));
const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

class Builder {
  nodes = new Map<string, NodeRow>();
  rels = new Map<string, RelRow>();
  problems: string[] = [];
  private origin = new Map<string, string>(); // node id -> file that first defined each scalar, for messages
  private refs: { file: string; where: string; id: string }[] = [];

  addFile(file: string, d: DataFile) {
    const src = d.source.id;
    const seen = new Set<string>();
    const at = (section: string, i: number, id: string) => {
      if (seen.has(id)) this.problems.push(`${file}: ${section}[${i}] (${id}): duplicate id: already used earlier in this file`);
      seen.add(id);
      return `${section}[${i}] (${id})`;
    };
    this.node(file, 'source', src, { file: d.source.file, title: d.source.title, date: d.source.date }, []);
    if (d.source.publisher) {
      this.rel(file, 'source', 'PUBLISHED', d.source.publisher, src, '', {}, [{ source: src, quote: d.source.title, locator: 'the document itself' }]);
    }

    d.regions.forEach((r, i) => {
      const w = at('regions', i, r.id);
      const c = cite(src, r.sources);
      this.node(file, w, r.id, {
        name: r.name, kind: r.kind, code: r.code, aliases: r.aliases, validFrom: r.validFrom, validTo: r.validTo,
        codes: r.codes?.map((x) => `${x.code}|${x.from ?? ''}|${x.to ?? ''}`),
      }, c);
      if (r.parent) this.rel(file, w, 'WITHIN', r.id, r.parent, '', {}, c);
      r.within?.forEach((x) => this.rel(file, w, 'WITHIN', r.id, x.region, '', { validFrom: x.from, validTo: x.to }, c));
      r.areaWithin?.forEach((x) => this.rel(file, w, 'WITHIN', r.id, x, '', { area: true, validFrom: r.validFrom, validTo: r.validTo }, c));
      r.succeededBy?.forEach((x) => this.rel(file, w, 'SUCCEEDED_BY', r.id, x, '', {}, c));
    });
    d.themes.forEach((t, i) => this.node(file, at('themes', i, t.id), t.id, { name: t.name, aliases: t.aliases }, cite(src, t.sources)));
    d.targetGroups.forEach((t, i) =>
      this.node(file, at('targetGroups', i, t.id), t.id, { name: t.name, description: t.description }, cite(src, t.sources)));
    d.actors.forEach((a, i) => {
      const w = at('actors', i, a.id);
      const isGenericRole = a.isGenericRole ?? (a.kind ? a.kind === 'generic-role' : undefined);
      this.node(file, w, a.id, {
        name: a.name, shortName: a.shortName, aliases: a.aliases, kind: a.kind, level: a.level, sector: a.sector,
        isGenericRole, description: a.description, url: a.url, ...shared(a.sharedAliases),
      }, cite(src, a.sources));
      if (a.parent) this.rel(file, w, 'PART_OF', a.id, a.parent, '', {}, cite(src, a.sources));
      if (a.region) this.rel(file, w, 'LOCATED_IN', a.id, a.region, '', {}, cite(src, a.sources));
    });
    d.networks.forEach((n, i) => {
      const w = at('networks', i, n.id);
      const c = cite(src, n.sources);
      this.node(file, w, n.id, {
        name: n.name, aliases: n.aliases, kind: n.kind, status: n.status, established: n.established, ended: n.ended,
        mandate: n.mandate, meetingFrequency: n.meetingFrequency, ...shared(n.sharedAliases),
      }, c);
      if (n.partOf) this.rel(file, w, 'PART_OF', n.id, n.partOf, '', {}, c);
      if (n.guideline) this.rel(file, w, 'FOLLOWS', n.id, n.guideline, '', {}, c);
      n.regions?.forEach((r) => this.rel(file, w, 'COVERS', n.id, r, '', {}, c));
      n.themes?.forEach((t) => this.rel(file, w, 'ADDRESSES', n.id, t, '', {}, c));
      n.anchoredIn?.forEach((p) => this.rel(file, w, 'ANCHORED_IN', n.id, p, '', {}, c));
      n.meetings?.forEach((m, j) => {
        const id = `meeting:${n.id.slice(8)}/${m.date ?? 'undated'}/${j + 1}`;
        this.node(file, `${w}.meetings[${j}]`, id, { date: m.date, count: m.count, text: m.text }, cite(src, m.sources));
        this.rel(file, `${w}.meetings[${j}]`, 'HAS_MEETING', n.id, id, '', {}, cite(src, m.sources));
      });
      n.members?.forEach((m, j) => this.rel(file, `${w}.members[${j}]`, 'MEMBER_OF', m.actor, n.id,
        `${m.role}|${m.since ?? ''}`, { role: m.role, since: m.since, until: m.until, note: m.note }, cite(src, m.sources)));
    });
    d.plans.forEach((p, i) => {
      const w = at('plans', i, p.id);
      const c = cite(src, p.sources);
      this.node(file, w, p.id, {
        title: p.title, shortTitle: p.shortTitle, aliases: p.aliases, kind: p.kind, level: p.level,
        status: p.status, periodStart: p.periodStart, periodEnd: p.periodEnd,
      }, c);
      p.owners?.forEach((o, j) => this.rel(file, `${w}.owners[${j}]`, 'OWNS', o.actor, p.id, '', {}, cite(src, o.sources)));
      p.succeeds?.forEach((s) => this.rel(file, w, 'SUCCEEDS', p.id, s, '', {}, c));
      p.anchoredIn?.forEach((s) => this.rel(file, w, 'ANCHORED_IN', p.id, s, '', {}, c));
      p.themes?.forEach((t) => this.rel(file, w, 'ADDRESSES', p.id, t, '', {}, c));
      p.regions?.forEach((r) => this.rel(file, w, 'COVERS', p.id, r, '', {}, c));
    });
    d.measures.forEach((m, i) => {
      const w = at('measures', i, m.id);
      const c = cite(src, m.sources);
      const local = m.id.slice('measure:'.length);
      this.node(file, w, m.id, {
        number: m.number, title: m.title, description: m.description, achievement: m.achievement,
      }, c);
      if (m.plan) this.rel(file, w, 'HAS_MEASURE', m.plan, m.id, '', {}, c);
      m.budgets?.forEach((bu, j) => {
        const id = `budget:${local}/${j + 1}`;
        this.node(file, `${w}.budgets[${j}]`, id, { amount: bu.amount, text: bu.text, year: bu.year }, cite(src, bu.sources));
        this.rel(file, `${w}.budgets[${j}]`, 'HAS_BUDGET', m.id, id, '', {}, cite(src, bu.sources));
      });
      m.resultGoals?.forEach((g, j) => {
        const id = `goal:${local}/${g.number ?? j + 1}`;
        this.node(file, `${w}.resultGoals[${j}]`, id, { number: g.number, text: g.text, achievement: g.achievement }, cite(src, g.sources));
        this.rel(file, `${w}.resultGoals[${j}]`, 'HAS_GOAL', m.id, id, '', {}, cite(src, g.sources));
      });
      m.responsibilities?.forEach((r, j) => this.rel(file, `${w}.responsibilities[${j}]`, 'RESPONSIBLE_FOR', r.actor, m.id,
        r.role, { role: r.role, note: r.note }, cite(src, r.sources)));
      m.statuses?.forEach((s, j) => {
        const id = `status:${local}/${s.asOf}`;
        this.node(file, `${w}.statuses[${j}]`, id, { asOf: s.asOf, status: s.status, text: s.text }, cite(src, s.sources));
        this.rel(file, `${w}.statuses[${j}]`, 'HAS_STATUS', m.id, id, '', {}, cite(src, s.sources));
      });
      m.refersTo?.forEach((t) => this.rel(file, w, 'REFERS_TO', m.id, t, '', {}, c));
      m.themes?.forEach((t) => this.rel(file, w, 'ADDRESSES', m.id, t, '', {}, c));
      m.targetGroups?.forEach((t) => this.rel(file, w, 'TARGETS', m.id, t, '', {}, c));
    });
    d.indicators.forEach((x, i) => {
      const w = at('indicators', i, x.id);
      const c = cite(src, x.sources);
      this.node(file, w, x.id, {
        name: x.name, category: x.category, year: x.year, value: x.value, unit: x.unit, table: x.table, isTotal: x.isTotal,
        // The cell's place in its file, so a table's rows come out in the document's order.
        seq: i,
      }, c);
      if (x.measure) this.rel(file, w, 'HAS_INDICATOR', x.measure, x.id, '', {}, c);
      if (x.actor) this.rel(file, w, 'REPORTED', x.actor, x.id, '', {}, c);
    });
    d.agreements.forEach((a, i) => {
      const w = at('agreements', i, a.id);
      this.node(file, w, a.id, { name: a.name, kind: a.kind, signed: a.signed }, cite(src, a.sources));
      if (a.measure) this.rel(file, w, 'CONCERNS', a.id, a.measure, '', {}, cite(src, a.sources));
      a.parties.forEach((p, j) => this.rel(file, `${w}.parties[${j}]`, 'PARTY_TO', p.actor, a.id, '', {}, cite(src, p.sources)));
    });
    d.contacts.forEach((x, i) => {
      const w = at('contacts', i, x.id);
      const c = cite(src, x.sources);
      this.node(file, w, x.id, { name: x.name, email: x.email, phone: x.phone, title: x.title }, c);
      if (x.actor) this.rel(file, w, 'WORKS_AT', x.id, x.actor, '', {}, c);
      x.measures?.forEach((m) => this.rel(file, w, 'CONTACT_FOR', x.id, m, '', {}, c));
    });
    d.collaborations.forEach((x, i) => {
      const w = at('collaborations', i, x.id);
      const c = cite(src, x.sources);
      this.node(file, w, x.id, { name: x.name ?? shortLabel(x.description), description: x.description, date: x.date }, c);
      x.actors.forEach((a) => this.rel(file, w, 'INVOLVED_IN', a, x.id, '', {}, c));
    });
    d.resources.forEach((x, i) => {
      const w = at('resources', i, x.id);
      const c = cite(src, x.sources);
      this.node(file, w, x.id, {
        name: x.name, aliases: x.aliases, kind: x.kind, description: x.description, url: x.url, year: x.year,
      }, c);
      x.producedBy?.forEach((m) => this.rel(file, w, 'PRODUCED', m, x.id, '', {}, c));
      x.madeBy?.forEach((a) => this.rel(file, w, 'MADE', a, x.id, '', {}, c));
    });
    d.guidelines.forEach((g, i) =>
      this.node(file, at('guidelines', i, g.id), g.id, { name: g.name, sectors: g.sectors }, cite(src, g.sources)));
  }

  private node(file: string, where: string, id: string, props: Record<string, Scalar | string[] | undefined>, citations: SourcedCitation[]) {
    const label = LABEL_BY_PREFIX[id.slice(0, id.indexOf(':')) as keyof typeof LABEL_BY_PREFIX];
    let row = this.nodes.get(id);
    if (!row) { row = { id, label, props: {}, citations: [] }; this.nodes.set(id, row); }
    for (const [k, v] of Object.entries(props)) {
      if (v === undefined) continue;
      const old = row.props[k];
      if (Array.isArray(v)) {
        row.props[k] = [...new Set([...((old as string[] | undefined) ?? []), ...v])];
      } else if (old === undefined) {
        row.props[k] = v;
        this.origin.set(`${id}.${k}`, file);
      } else if (old !== v) {
        this.problems.push(`${file}: ${where}.${k}: ${JSON.stringify(v)} conflicts with ${JSON.stringify(old)} given for ${id} in ${this.origin.get(`${id}.${k}`)}`);
      }
    }
    row.citations.push(...citations);
  }

  private rel(file: string, where: string, type: RelType, from: string, to: string, key: string,
    props: Record<string, Scalar | undefined>, citations: SourcedCitation[]) {
    this.refs.push({ file, where, id: from }, { file, where, id: to });
    const k = `${from}|${type}|${to}|${key}`;
    let row = this.rels.get(k);
    if (!row) { row = { type, from, to, key, props: {}, citations: [] }; this.rels.set(k, row); }
    for (const [p, v] of Object.entries(props)) {
      if (v === undefined) continue;
      if (row.props[p] !== undefined && row.props[p] !== v) {
        this.problems.push(`${file}: ${where}.${p}: ${JSON.stringify(v)} conflicts with ${JSON.stringify(row.props[p])} for the same ${type} ${from} → ${to}`);
      }
      row.props[p] = v;
    }
    row.citations.push(...citations);
  }

  /** Every reference must point to a node some file defines, of the label the relationship expects. */
  resolve() {
    for (const r of this.refs) {
      if (!this.nodes.has(r.id)) this.problems.push(`${r.file}: ${r.where}: unknown id "${r.id}": no file defines it`);
    }
    for (const rel of this.rels.values()) {
      const [fromLabels, toLabels] = REL_TYPES[rel.type].map((s) => s.split('|'));
      const from = this.nodes.get(rel.from), to = this.nodes.get(rel.to);
      if (from && !fromLabels.includes(from.label)) this.problems.push(`${rel.type} ${rel.from} → ${rel.to}: ${rel.from} is a ${from.label}, expected ${fromLabels.join(' or ')}`);
      if (to && !toLabels.includes(to.label)) this.problems.push(`${rel.type} ${rel.from} → ${rel.to}: ${rel.to} is a ${to.label}, expected ${toLabels.join(' or ')}`);
    }
    this.checkDuplicateActors();
    this.checkNamed();
  }

  /** Scalars may be spread over files, but every entity needs its name from at least one of them. */
  private checkNamed() {
    const required: Partial<Record<Label, string>> = {
      Actor: 'name', Network: 'name', ActionPlan: 'title', Region: 'name', Theme: 'name', Measure: 'title',
    };
    for (const n of this.nodes.values()) {
      const field = required[n.label];
      if (field && n.props[field] === undefined) {
        this.problems.push(`${n.id}: no file gives its ${field} (a ${n.label} needs one; files mentioning it: ${[...new Set(n.citations.map((c) => c.source))].join(', ')})`);
      }
    }
  }

  /**
   * Two actors or networks sharing a name or alias are one body curated twice, or make search and
   * matching ambiguous ("Politi" for a generic role and for one police district). Generic roles
   * count too. A name that one of them lists in `sharedAliases` (with its reason) is allowed.
   */
  private checkDuplicateActors() {
    const byName = new Map<string, Set<string>>();
    const explained = new Set<string>();
    for (const n of this.nodes.values()) {
      if (n.label !== 'Actor' && n.label !== 'Network') continue;
      for (const a of (n.props.sharedAliases as string[] | undefined) ?? []) explained.add(slug(a));
      const names = [n.props.name, n.props.shortName, ...((n.props.aliases as string[] | undefined) ?? [])];
      for (const name of names) {
        if (typeof name !== 'string') continue;
        const k = slug(name);
        if (!byName.has(k)) byName.set(k, new Set());
        byName.get(k)!.add(n.id);
      }
    }
    for (const [name, idSet] of byName) {
      if (idSet.size > 1 && !explained.has(name)) {
        this.problems.push(`possible duplicate actors: ${[...idSet].join(', ')} share the name "${name}" (list it in sharedAliases with a reason if both are right)`);
      }
    }
  }
}
