/**
 * The responsibility gap rules of DESIGN.md. Each gap names its subject, explains itself in one
 * sentence (bokmål or English) and lists the facts behind it with their sources.
 */
import type { Db } from '../db/driver.js';
import { dateParam } from '../db/repos/dates.js';
import { Invalid, NotFound } from '../db/errors.js';
import { gapMeasures, gapNetworks, gapRegions, planExists, type GapMeasure } from '../db/repos/gaps.repo.js';
import type { Citations } from '../db/rows.js';
import { collaborationGraph } from './collaboration.js';

export type GapKind = 'UNOWNED_MEASURE' | 'VAGUE_OWNER' | 'NO_LEAD' | 'STALLED' | 'OVERLOADED_ACTOR' | 'MISSING_SECTOR'
  | 'SINGLE_POINT_OF_FAILURE' | 'ISOLATED_ACTOR' | 'UNCOVERED_REGION';
export type Severity = 'HIGH' | 'MEDIUM' | 'LOW';
export interface EvidenceRow { text: string; nodeId: string | null; citations: Citations | null }
export interface GapRow { id: string; kind: GapKind; severity: Severity; subjectId: string; planId: string | null; explanation: string; evidence: EvidenceRow[] }

/** The guidelines that apply when a network names none: document 002's list for regional and county networks, Lokalt Mot's for local ones. */
export const DEFAULT_GUIDELINES = { regional: 'guideline:imdi-2011-regionale-kompetansenettverk', local: 'guideline:lokalt-mot-lokalt-nettverk' };

/** Roles that carry out a measure; commissioning and funding ministries do not. */
const CARRIERS = new Set(['lead', 'executing', 'contributing']);

type Lang = 'NB' | 'EN';
const ROLE_WORDS: Record<Lang, Record<string, string>> = {
  NB: { lead: 'leder', executing: 'utfører', contributing: 'bidrar til', commissioning: 'er oppdragsgiver for', funding: 'finansierer' },
  EN: { lead: 'leads', executing: 'carries out', contributing: 'contributes to', commissioning: 'commissions', funding: 'funds' },
};
const STATUS_WORDS: Record<Lang, Record<string, string>> = {
  NB: { done: 'gjennomført', 'in-progress': 'pågår', 'partly-done': 'delvis gjennomført', 'not-done': 'ikke gjennomført', unclear: 'uavklart', cancelled: 'utgår' },
  EN: { done: 'done', 'in-progress': 'in progress', 'partly-done': 'partly done', 'not-done': 'not done', unclear: 'unclear', cancelled: 'cancelled' },
};

const T = {
  NB: {
    measure: (m: GapMeasure) => `Tiltak ${m.number ?? '?'} «${m.title}» (${m.planTitle})`,
    unowned: (m: string, commissioned: boolean) => `${m} har ingen ansvarlig utfører${commissioned ? ', bare en oppdragsgiver' : ''}.`,
    vague: (m: string, names: string) => `${m} har bare generelle roller som ansvarlige (${names}), ingen navngitt virksomhet.`,
    noLead: (m: string, n: number) => `${m} har ${n} ansvarlige, men ingen er merket som leder.`,
    stalledStatus: (m: string, status: string, asOf: string) => `${m} har siste status «${status}» per ${asOf}.`,
    stalledEnded: (m: string, status: string | null, end: string) => `Planperioden for ${m} endte ${end}, og tiltaket er ${status ? `«${status}»` : 'uten rapportert status'}.`,
    overloaded: (a: string, n: number, max: number) => `${a} leder eller utfører ${n} tiltak, flere enn terskelen på ${max}.`,
    missing: (nw: string, sectors: string, g: string) => `${nw} mangler ${sectors}, som ${g} anbefaler.`,
    single: (nw: string, c: string, n: number) => `${nw} har ${n} medlemmer, men holdes sammen av én koordinator: ${c}.`,
    cut: (a: string) => `Uten ${a} faller samarbeidsnettet fra hverandre: aktøren er eneste bindeledd mellom deler av nettet.`,
    isolated: (a: string, n: number) => `${a} har ansvar for ${n} tiltak, men er ikke med i noe nettverk.`,
    uncovered: (r: string, themes: string) => `${r} har ikke noe nettverk som arbeider med ${themes}.`,
    isResponsible: (a: string, role: string, m: string) => `${a} ${role} ${m}.`,
    status: (s: string, asOf: string, text: string | null) => `Status per ${asOf}: ${s}${text ? ` – «${text}»` : ''}.`,
    member: (a: string, role: string) => `${a} er ${role}.`,
    and: 'og',
  },
  EN: {
    measure: (m: GapMeasure) => `Measure ${m.number ?? '?'} "${m.title}" (${m.planTitle})`,
    unowned: (m: string, commissioned: boolean) => `${m} has no responsible actor to carry it out${commissioned ? ', only a commissioning body' : ''}.`,
    vague: (m: string, names: string) => `${m} names only generic roles as responsible (${names}), no named organisation.`,
    noLead: (m: string, n: number) => `${m} has ${n} responsible actors and none is marked lead.`,
    stalledStatus: (m: string, status: string, asOf: string) => `${m} has latest status "${status}" as of ${asOf}.`,
    stalledEnded: (m: string, status: string | null, end: string) => `The plan period of ${m} ended in ${end} and the measure is ${status ? `"${status}"` : 'without a reported status'}.`,
    overloaded: (a: string, n: number, max: number) => `${a} leads or carries out ${n} measures, more than the threshold of ${max}.`,
    missing: (nw: string, sectors: string, g: string) => `${nw} lacks ${sectors}, which ${g} recommends.`,
    single: (nw: string, c: string, n: number) => `${nw} has ${n} members but hangs on a single coordinator: ${c}.`,
    cut: (a: string) => `Without ${a} the collaboration graph splits: it is the only link between parts of it.`,
    isolated: (a: string, n: number) => `${a} is responsible for ${n} measures but a member of no network.`,
    uncovered: (r: string, themes: string) => `${r} has no network working on ${themes}.`,
    isResponsible: (a: string, role: string, m: string) => `${a} ${role} ${m}.`,
    status: (s: string, asOf: string, text: string | null) => `Status as of ${asOf}: ${s}${text ? ` – "${text}"` : ''}.`,
    member: (a: string, role: string) => `${a} is ${role}.`,
    and: 'and',
  },
} as const;

const SECTOR_WORDS: Record<Lang, Record<string, string>> = {
  NB: { police: 'politiet', 'child-welfare': 'barnevernet', health: 'helsetjenesten', school: 'skolen', nav: 'NAV', udi: 'UDI', rvts: 'RVTS', 'family-counselling': 'familievernet', imdi: 'IMDi', 'crisis-centre': 'krisesenter', municipality: 'kommunen', county: 'fylkeskommunen', 'county-governor': 'statsforvalteren', ngo: 'frivillige organisasjoner', other: 'andre' },
  EN: { police: 'the police', 'child-welfare': 'child welfare', health: 'health services', school: 'schools', nav: 'NAV', udi: 'UDI', rvts: 'RVTS', 'family-counselling': 'family counselling', imdi: 'IMDi', 'crisis-centre': 'a crisis centre', municipality: 'the municipality', county: 'the county authority', 'county-governor': 'the county governor', ngo: 'NGOs', other: 'others' },
};

function listWords(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${T[lang].and} ${items.at(-1)}`;
}

export interface GapArgs { plan: string | null; kinds: GapKind[] | null; maxMeasuresPerActor: number; asOf: string | null; language: Lang }

export async function findGaps(db: Db, args: GapArgs): Promise<GapRow[]> {
  if (args.maxMeasuresPerActor < 0 || args.maxMeasuresPerActor > 10_000) {
    throw new Invalid('`maxMeasuresPerActor` must be from 0 to 10000.', 'thresholds.maxMeasuresPerActor');
  }
  const asOfText = args.asOf ?? new Date().toISOString().slice(0, 10);
  const asOf = dateParam(asOfText, 'thresholds.asOf', true);
  const want = (k: GapKind) => !args.kinds?.length || args.kinds.includes(k);
  const t = T[args.language];
  const lang = args.language;
  const gaps: GapRow[] = [];
  const add = (kind: GapKind, severity: Severity, subjectId: string, planId: string | null, explanation: string, evidence: EvidenceRow[]) =>
    gaps.push({ id: `gap:${kind.toLowerCase()}/${subjectId}`, kind, severity, subjectId, planId, explanation, evidence });

  const needMeasures = ['UNOWNED_MEASURE', 'VAGUE_OWNER', 'NO_LEAD', 'STALLED', 'OVERLOADED_ACTOR', 'ISOLATED_ACTOR'].some((k) => want(k as GapKind));
  const [measures, networks, regions, graph] = await Promise.all([
    needMeasures ? gapMeasures(db, args.plan, asOf) : Promise.resolve([]),
    want('MISSING_SECTOR') || want('SINGLE_POINT_OF_FAILURE') ? gapNetworks(db, args.plan, asOf, DEFAULT_GUIDELINES.regional, DEFAULT_GUIDELINES.local) : Promise.resolve([]),
    want('UNCOVERED_REGION') ? gapRegions(db, args.plan) : Promise.resolve([]),
    want('SINGLE_POINT_OF_FAILURE') ? collaborationGraph(db, { plan: args.plan }) : Promise.resolve(null),
  ]);
  if (args.plan && needMeasures && measures.length === 0) {
    if (!(await planExists(db, args.plan))) throw new NotFound('plan', args.plan, 'plan');
  }

  const carriedBy = new Map<string, { name: string; count: number; evidence: EvidenceRow[] }>();
  const isolated = new Map<string, { name: string; measures: EvidenceRow[] }>();
  for (const m of measures) {
    const label = t.measure(m);
    const carriers = m.responsibilities.filter((r) => CARRIERS.has(r.role));
    const respEvidence = m.responsibilities.map((r) => ({ text: t.isResponsible(r.name, ROLE_WORDS[lang][r.role] ?? r.role, label), nodeId: null, citations: r.citations }));
    const measureEvidence: EvidenceRow = { text: label, nodeId: m.id, citations: null };
    if (carriers.length === 0) {
      if (want('UNOWNED_MEASURE')) add('UNOWNED_MEASURE', 'HIGH', m.id, m.planId, t.unowned(label, m.responsibilities.length > 0), [measureEvidence, ...respEvidence]);
    } else if (carriers.every((r) => r.generic)) {
      if (want('VAGUE_OWNER')) add('VAGUE_OWNER', 'MEDIUM', m.id, m.planId, t.vague(label, listWords([...new Set(carriers.map((r) => r.name))], lang)), [measureEvidence, ...respEvidence]);
    }
    const distinct = new Set(carriers.map((r) => r.id));
    if (distinct.size >= 2 && !carriers.some((r) => r.role === 'lead') && !carriers.every((r) => r.generic) && want('NO_LEAD')) {
      add('NO_LEAD', 'MEDIUM', m.id, m.planId, t.noLead(label, distinct.size), [measureEvidence, ...respEvidence]);
    }
    if (want('STALLED')) {
      const status = m.latest?.status ?? null;
      const statusEvidence: EvidenceRow[] = m.latest ? [{ text: t.status(STATUS_WORDS[lang][m.latest.status], m.latest.asOf, m.latest.text), nodeId: m.latest.id, citations: null }] : [];
      if (status === 'not-done' || status === 'unclear') {
        add('STALLED', status === 'not-done' ? 'HIGH' : 'MEDIUM', m.id, m.planId, t.stalledStatus(label, STATUS_WORDS[lang][status], m.latest!.asOf), [measureEvidence, ...statusEvidence]);
      } else if (m.planEnded && status !== 'done' && status !== 'cancelled') {
        add('STALLED', 'MEDIUM', m.id, m.planId, t.stalledEnded(label, status ? STATUS_WORDS[lang][status] : null, m.periodEnd ?? '?'), [measureEvidence, ...statusEvidence]);
      }
    }
    for (const r of carriers) {
      if (r.role === 'lead' || r.role === 'executing') {
        const c = carriedBy.get(r.id) ?? { name: r.name, count: 0, evidence: [] };
        c.count++;
        c.evidence.push({ text: t.isResponsible(r.name, ROLE_WORDS[lang][r.role], label), nodeId: null, citations: r.citations });
        carriedBy.set(r.id, c);
      }
      if (!r.generic && !r.inNetwork) {
        const i = isolated.get(r.id) ?? { name: r.name, measures: [] };
        i.measures.push({ text: t.isResponsible(r.name, ROLE_WORDS[lang][r.role], label), nodeId: null, citations: r.citations });
        isolated.set(r.id, i);
      }
    }
  }
  if (want('OVERLOADED_ACTOR')) {
    for (const [id, c] of carriedBy) {
      if (c.count > args.maxMeasuresPerActor) add('OVERLOADED_ACTOR', 'MEDIUM', id, args.plan, t.overloaded(c.name, c.count, args.maxMeasuresPerActor), c.evidence);
    }
  }
  if (want('ISOLATED_ACTOR')) {
    for (const [id, i] of isolated) add('ISOLATED_ACTOR', 'LOW', id, args.plan, t.isolated(i.name, i.measures.length), i.measures);
  }
  for (const nw of networks) {
    if (want('MISSING_SECTOR') && nw.guideline) {
      const missing = nw.guideline.sectors.filter((s) => s !== 'other' && !nw.sectors.includes(s));
      if (missing.length) {
        add('MISSING_SECTOR', missing.length >= 3 ? 'MEDIUM' : 'LOW', nw.id, args.plan,
          t.missing(nw.name, listWords(missing.map((s) => SECTOR_WORDS[lang][s] ?? s), lang), nw.guideline.name),
          [{ text: nw.name, nodeId: nw.id, citations: null }, { text: nw.guideline.name, nodeId: nw.guideline.id, citations: null }]);
      }
    }
    if (want('SINGLE_POINT_OF_FAILURE') && nw.coordinators.length === 1 && nw.memberCount >= 3) {
      const c = nw.coordinators[0];
      add('SINGLE_POINT_OF_FAILURE', 'MEDIUM', nw.id, args.plan, t.single(nw.name, c.name, nw.memberCount),
        [{ text: nw.name, nodeId: nw.id, citations: null }, { text: t.member(c.name, c.role), nodeId: c.id, citations: null }]);
    }
  }
  if (graph) {
    for (const n of graph.nodes.filter((x) => x.isCutVertex)) {
      add('SINGLE_POINT_OF_FAILURE', n.betweenness > 0.1 ? 'MEDIUM' : 'LOW', n.id, args.plan, t.cut(n.label), [{ text: n.label, nodeId: n.id, citations: null }]);
    }
  }
  for (const r of regions) {
    add('UNCOVERED_REGION', 'LOW', r.id, args.plan, t.uncovered(r.name, listWords(r.missing.map((x) => x.name.toLowerCase()), lang)),
      [{ text: r.name, nodeId: r.id, citations: null }, ...r.missing.map((x) => ({ text: x.name, nodeId: x.id, citations: null }))]);
  }
  const order: Record<Severity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };
  return gaps.sort((a, b) => order[a.severity] - order[b.severity] || a.kind.localeCompare(b.kind) || a.subjectId.localeCompare(b.subjectId));
}
