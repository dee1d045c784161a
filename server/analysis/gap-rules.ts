/**
 * The responsibility gap rules of DESIGN.md as a registry of small pure functions: each takes the
 * facts about one subject (a measure, an actor, a network, a region, a cut vertex of the
 * collaboration graph) and returns its gap, or null. No database here: the facts come from
 * server/db/repos/gaps.repo.ts, which already leaves out measures and actors that cannot have a
 * gap, and the rules are unit-tested on fixtures (tests/unit/gap-rules.test.ts).
 *
 * The kinds are the schema's GapKind enum (codegen): `RULES` must have an entry for every kind, so a
 * kind added to the SDL does not compile until its rule exists.
 *
 * Adding a rule: add the kind to schema/analysis/schema.graphql, run `npm run codegen`, write its
 * function below over the facts it needs (extend the facts and their query in gaps.repo.ts when it
 * needs more), register it in RULES, and give it a fixture test.
 */
import type { GapKind, Severity } from '../graphql/resolvers-types.generated.js';
import type { Citations } from '../db/rows.js';
import type { GapActor, GapMeasure, GapNetwork, GapRegion } from '../db/repos/gaps.repo.js';

export type { GapKind, Severity };
export type Lang = 'NB' | 'EN';
export interface EvidenceRow { text: string; nodeId: string | null; citations: Citations | null }
export interface GapRow { id: string; kind: GapKind; severity: Severity; subjectId: string; planId: string | null; explanation: string; evidence: EvidenceRow[] }
/** A cut vertex of the collaboration graph (an actor whose removal splits it). */
export interface CutVertex { id: string; label: string; betweenness: number }

/** What every rule may read besides its subject. */
export interface RuleContext { lang: Lang; plan: string | null; maxMeasuresPerActor: number }

/** Roles that carry out a measure; commissioning and funding ministries do not. */
export const CARRIERS = ['lead', 'executing', 'contributing'] as const;
/** Roles that count towards an actor's load (OVERLOADED_ACTOR). */
export const LOAD_ROLES = ['lead', 'executing'] as const;
const isCarrier = (role: string) => (CARRIERS as readonly string[]).includes(role);

const ROLE_WORDS: Record<Lang, Record<string, string>> = {
  NB: { lead: 'leder', executing: 'utfører', contributing: 'bidrar til', commissioning: 'er oppdragsgiver for', funding: 'finansierer' },
  EN: { lead: 'leads', executing: 'carries out', contributing: 'contributes to', commissioning: 'commissions', funding: 'funds' },
};
const STATUS_WORDS: Record<Lang, Record<string, string>> = {
  NB: { done: 'gjennomført', 'in-progress': 'pågår', 'partly-done': 'delvis gjennomført', 'not-done': 'ikke gjennomført', unclear: 'uavklart', cancelled: 'utgår' },
  EN: { done: 'done', 'in-progress': 'in progress', 'partly-done': 'partly done', 'not-done': 'not done', unclear: 'unclear', cancelled: 'cancelled' },
};
const SECTOR_WORDS: Record<Lang, Record<string, string>> = {
  NB: { police: 'politiet', 'child-welfare': 'barnevernet', health: 'helsetjenesten', school: 'skolen', nav: 'NAV', udi: 'UDI', rvts: 'RVTS', 'family-counselling': 'familievernet', imdi: 'IMDi', 'crisis-centre': 'krisesenter', municipality: 'kommunen', county: 'fylkeskommunen', 'county-governor': 'statsforvalteren', ngo: 'frivillige organisasjoner', other: 'andre' },
  EN: { police: 'the police', 'child-welfare': 'child welfare', health: 'health services', school: 'schools', nav: 'NAV', udi: 'UDI', rvts: 'RVTS', 'family-counselling': 'family counselling', imdi: 'IMDi', 'crisis-centre': 'a crisis centre', municipality: 'the municipality', county: 'the county authority', 'county-governor': 'the county governor', ngo: 'NGOs', other: 'others' },
};

type MeasureLabel = { number: string | null; title: string; planTitle: string };
const T = {
  NB: {
    measure: (m: MeasureLabel) => `Tiltak ${m.number ?? '?'} «${m.title}» (${m.planTitle})`,
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
    measure: (m: MeasureLabel) => `Measure ${m.number ?? '?'} "${m.title}" (${m.planTitle})`,
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

function listWords(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${T[lang].and} ${items.at(-1)}`;
}

const gap = (kind: GapKind, severity: Severity, subjectId: string, planId: string | null, explanation: string, evidence: EvidenceRow[]): GapRow =>
  ({ id: `gap:${kind.toLowerCase()}/${subjectId}`, kind, severity, subjectId, planId, explanation, evidence });

// --- Measures -------------------------------------------------------------------------------

const carriersOf = (m: GapMeasure) => m.responsibilities.filter((r) => isCarrier(r.role));

/** The measure and who is responsible for it, in whatever role: the evidence of every measure rule. */
function measureEvidence(m: GapMeasure, c: RuleContext): EvidenceRow[] {
  const t = T[c.lang], label = t.measure(m);
  return [
    { text: label, nodeId: m.id, citations: null },
    ...m.responsibilities.map((r) => ({ text: t.isResponsible(r.name, ROLE_WORDS[c.lang][r.role] ?? r.role, label), nodeId: null, citations: r.citations })),
  ];
}

/** No actor carries the measure out (a commissioning or funding body alone does not). */
export function unownedMeasure(m: GapMeasure, c: RuleContext): GapRow | null {
  if (carriersOf(m).length > 0) return null;
  return gap('UNOWNED_MEASURE', 'HIGH', m.id, m.planId, T[c.lang].unowned(T[c.lang].measure(m), m.responsibilities.length > 0), measureEvidence(m, c));
}

/** Every actor carrying the measure out is a generic role ("virksomhetsledere"), none a named organisation. */
export function vagueOwner(m: GapMeasure, c: RuleContext): GapRow | null {
  const carriers = carriersOf(m);
  if (carriers.length === 0 || !carriers.every((r) => r.generic)) return null;
  const names = listWords([...new Set(carriers.map((r) => r.name))], c.lang);
  return gap('VAGUE_OWNER', 'MEDIUM', m.id, m.planId, T[c.lang].vague(T[c.lang].measure(m), names), measureEvidence(m, c));
}

/** Two or more actors carry it out, none as lead (not reported when they are all generic roles: that is VAGUE_OWNER). */
export function noLead(m: GapMeasure, c: RuleContext): GapRow | null {
  const carriers = carriersOf(m);
  const distinct = new Set(carriers.map((r) => r.id));
  if (distinct.size < 2 || carriers.some((r) => r.role === 'lead') || carriers.every((r) => r.generic)) return null;
  return gap('NO_LEAD', 'MEDIUM', m.id, m.planId, T[c.lang].noLead(T[c.lang].measure(m), distinct.size), measureEvidence(m, c));
}

/** Latest status not done or unclear; or the plan period has ended and the measure is neither done nor cancelled. */
export function stalled(m: GapMeasure, c: RuleContext): GapRow | null {
  const t = T[c.lang], label = t.measure(m), words = STATUS_WORDS[c.lang];
  const status = m.latest?.status ?? null;
  const evidence: EvidenceRow[] = [{ text: label, nodeId: m.id, citations: null },
    ...(m.latest ? [{ text: t.status(words[m.latest.status], m.latest.asOf, m.latest.text), nodeId: m.latest.id, citations: null }] : [])];
  if (status === 'not-done' || status === 'unclear') {
    return gap('STALLED', status === 'not-done' ? 'HIGH' : 'MEDIUM', m.id, m.planId, t.stalledStatus(label, words[status], m.latest!.asOf), evidence);
  }
  if (m.planEnded && status !== 'done' && status !== 'cancelled') {
    return gap('STALLED', 'MEDIUM', m.id, m.planId, t.stalledEnded(label, status ? words[status] : null, m.periodEnd ?? '?'), evidence);
  }
  return null;
}

// --- Actors ---------------------------------------------------------------------------------

/** The measures an actor carries, as evidence. */
const carriedEvidence = (a: GapActor, c: RuleContext) =>
  a.carried.map((x) => ({ text: T[c.lang].isResponsible(a.name, ROLE_WORDS[c.lang][x.role] ?? x.role, T[c.lang].measure(x)), nodeId: null, citations: x.citations }));

/**
 * A named organisation leads or carries out more measures than the user's threshold. Generic roles
 * ("virksomhetsledere" in every plan) are not counted: they are not one body that can be
 * overloaded, and VAGUE_OWNER already reports the measures they hold.
 */
export function overloadedActor(a: GapActor, c: RuleContext): GapRow | null {
  if (a.generic) return null;
  const load = a.carried.filter((x) => (LOAD_ROLES as readonly string[]).includes(x.role));
  if (load.length <= c.maxMeasuresPerActor) return null;
  return gap('OVERLOADED_ACTOR', 'MEDIUM', a.id, c.plan, T[c.lang].overloaded(a.name, load.length, c.maxMeasuresPerActor),
    carriedEvidence({ ...a, carried: load }, c));
}

/** A named organisation carries out measures but is a member of no network. */
export function isolatedActor(a: GapActor, c: RuleContext): GapRow | null {
  if (a.generic || a.inNetwork) return null;
  const carried = a.carried.filter((x) => isCarrier(x.role));
  if (!carried.length) return null;
  return gap('ISOLATED_ACTOR', 'LOW', a.id, c.plan, T[c.lang].isolated(a.name, carried.length), carriedEvidence({ ...a, carried }, c));
}

// --- Networks, regions, the collaboration graph ----------------------------------------------

/** A running network lacks a sector its guideline recommends. */
export function missingSector(nw: GapNetwork, c: RuleContext): GapRow | null {
  if (!nw.guideline) return null;
  const missing = nw.guideline.sectors.filter((s) => s !== 'other' && !nw.sectors.includes(s));
  if (!missing.length) return null;
  return gap('MISSING_SECTOR', missing.length >= 3 ? 'MEDIUM' : 'LOW', nw.id, c.plan,
    T[c.lang].missing(nw.name, listWords(missing.map((s) => SECTOR_WORDS[c.lang][s] ?? s), c.lang), nw.guideline.name),
    [{ text: nw.name, nodeId: nw.id, citations: null }, { text: nw.guideline.name, nodeId: nw.guideline.id, citations: null }]);
}

/** A network of three or more members held together by a single leader or coordinator. */
export function singleCoordinator(nw: GapNetwork, c: RuleContext): GapRow | null {
  if (nw.coordinators.length !== 1 || nw.memberCount < 3) return null;
  const k = nw.coordinators[0];
  return gap('SINGLE_POINT_OF_FAILURE', 'MEDIUM', nw.id, c.plan, T[c.lang].single(nw.name, k.name, nw.memberCount),
    [{ text: nw.name, nodeId: nw.id, citations: null }, { text: T[c.lang].member(k.name, k.role), nodeId: k.id, citations: null }]);
}

/** An actor whose removal splits the collaboration graph. */
export function cutVertex(n: CutVertex, c: RuleContext): GapRow {
  return gap('SINGLE_POINT_OF_FAILURE', n.betweenness > 0.1 ? 'MEDIUM' : 'LOW', n.id, c.plan, T[c.lang].cut(n.label), [{ text: n.label, nodeId: n.id, citations: null }]);
}

/** A region where no running network addresses a theme that networks elsewhere address. */
export function uncoveredRegion(r: GapRegion, c: RuleContext): GapRow | null {
  if (!r.missing.length) return null;
  return gap('UNCOVERED_REGION', 'LOW', r.id, c.plan, T[c.lang].uncovered(r.name, listWords(r.missing.map((x) => x.name.toLowerCase()), c.lang)),
    [{ text: r.name, nodeId: r.id, citations: null }, ...r.missing.map((x) => ({ text: x.name, nodeId: x.id, citations: null }))]);
}

/**
 * Every kind of the schema's GapKind with the subject its rules judge and the rules themselves
 * (SINGLE_POINT_OF_FAILURE has two: a network's single coordinator, and cut vertices of the graph).
 */
export const RULES = {
  UNOWNED_MEASURE: { subject: 'measure', rules: [unownedMeasure] },
  VAGUE_OWNER: { subject: 'measure', rules: [vagueOwner] },
  NO_LEAD: { subject: 'measure', rules: [noLead] },
  STALLED: { subject: 'measure', rules: [stalled] },
  OVERLOADED_ACTOR: { subject: 'actor', rules: [overloadedActor] },
  ISOLATED_ACTOR: { subject: 'actor', rules: [isolatedActor] },
  MISSING_SECTOR: { subject: 'network', rules: [missingSector] },
  SINGLE_POINT_OF_FAILURE: { subject: 'network', rules: [singleCoordinator] },
  UNCOVERED_REGION: { subject: 'region', rules: [uncoveredRegion] },
} as const satisfies Record<GapKind, { subject: 'measure' | 'actor' | 'network' | 'region'; rules: readonly ((x: never, c: RuleContext) => GapRow | null)[] }>;

export const GAP_KINDS = Object.keys(RULES) as GapKind[];
export const kindsFor = (subject: 'measure' | 'actor' | 'network' | 'region') =>
  GAP_KINDS.filter((k) => RULES[k].subject === subject);

/** The order gaps are listed in: severity, kind, subject. */
export function sortGaps(gaps: GapRow[]): GapRow[] {
  const order: Record<Severity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };
  return gaps.sort((a, b) => order[a.severity] - order[b.severity] || a.kind.localeCompare(b.kind) || a.subjectId.localeCompare(b.subjectId));
}
