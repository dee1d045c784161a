/**
 * A deterministic generator of a national-scale Samkart graph: Norway's 15 counties (2024) and up
 * to its 357 municipalities, the agencies in each (municipality, child welfare, NAV, schools,
 * health; police districts, crisis centres, family counselling, county governors and county
 * authorities; IMDi, RVTS and Bufetat regional offices), their networks with members and roles,
 * national, county and municipal plans with measures, responsibilities, status histories,
 * indicators, goals and budgets, agreements and reported collaborations. Every node and
 * relationship cites a generated Source. The result is a `Dataset`, loaded with the project's own
 * `loadDataset()`, so the benchmark graph has exactly the curated graph's model.
 *
 * Usage: `tsx bench/generate.ts --scale M [--seed 1]` prints the counts.
 */
import type { Dataset, Label, NodeRow, RelRow, RelType, SourcedCitation } from '../server/data/dataset.js';
import { Rng } from './prng.js';

export type Scale = 'XS' | 'S' | 'M' | 'L';
export const SCALES: Scale[] = ['XS', 'S', 'M', 'L'];

/** How much of the country each scale generates, and how deep. */
interface Knobs {
  /** Counties, from the list below (all 15 from S up). */
  counties: number;
  /** Share of each county's municipalities generated (at least one per county). */
  municipalityShare: number;
  nationalPlans: number; nationalMeasures: number;
  countyMeasures: number; municipalMeasures: number;
  /** Status reports per measure: a history, one per half year. */
  statuses: [number, number];
  indicatorsPerMeasure: number; goalShare: number; budgetShare: number;
  /** Child welfare and NAV of this many municipalities per county sit in the county network. */
  municipalitiesInCountyNetwork: number;
  /** Second local network (a team under the local network) in this share of municipalities. */
  teamShare: number;
}

export const KNOBS: Record<Scale, Knobs> = {
  XS: { counties: 2, municipalityShare: 0, nationalPlans: 1, nationalMeasures: 12, countyMeasures: 0, municipalMeasures: 4,
    statuses: [1, 2], indicatorsPerMeasure: 0.3, goalShare: 0.3, budgetShare: 0.2, municipalitiesInCountyNetwork: 1, teamShare: 0 },
  S: { counties: 15, municipalityShare: 0, nationalPlans: 1, nationalMeasures: 60, countyMeasures: 4, municipalMeasures: 6,
    statuses: [1, 2], indicatorsPerMeasure: 0.3, goalShare: 0.3, budgetShare: 0.2, municipalitiesInCountyNetwork: 1, teamShare: 0 },
  M: { counties: 15, municipalityShare: 0.25, nationalPlans: 2, nationalMeasures: 80, countyMeasures: 20, municipalMeasures: 28,
    statuses: [2, 5], indicatorsPerMeasure: 1, goalShare: 0.8, budgetShare: 0.5, municipalitiesInCountyNetwork: 4, teamShare: 0.3 },
  L: { counties: 15, municipalityShare: 1, nationalPlans: 3, nationalMeasures: 90, countyMeasures: 30, municipalMeasures: 70,
    statuses: [2, 6], indicatorsPerMeasure: 1.4, goalShare: 1, budgetShare: 0.6, municipalitiesInCountyNetwork: 12, teamShare: 0.5 },
};

/** Norway's counties from 1 January 2024, with their number of municipalities (357 in all). */
const COUNTIES = [
  { name: 'Oslo', code: '03', municipalities: 1, seat: 'Oslo', police: 'Oslo', governor: 'Oslo og Viken', imdi: 'ost', rvts: 'ost', bufetat: 'ost' },
  { name: 'Vestland', code: '46', municipalities: 43, seat: 'Bergen', police: 'Vest', governor: 'Vestland', imdi: 'vest', rvts: 'vest', bufetat: 'vest' },
  { name: 'Rogaland', code: '11', municipalities: 23, seat: 'Stavanger', police: 'Sør-Vest', governor: 'Rogaland', imdi: 'vest', rvts: 'vest', bufetat: 'vest' },
  { name: 'Møre og Romsdal', code: '15', municipalities: 27, seat: 'Molde', police: 'Møre og Romsdal', governor: 'Møre og Romsdal', imdi: 'midt-norge', rvts: 'midt', bufetat: 'midt-norge' },
  { name: 'Nordland', code: '18', municipalities: 41, seat: 'Bodø', police: 'Nordland', governor: 'Nordland', imdi: 'nord', rvts: 'nord', bufetat: 'nord' },
  { name: 'Østfold', code: '31', municipalities: 12, seat: 'Sarpsborg', police: 'Øst', governor: 'Oslo og Viken', imdi: 'ost', rvts: 'ost', bufetat: 'ost' },
  { name: 'Akershus', code: '32', municipalities: 21, seat: 'Lillestrøm', police: 'Øst', governor: 'Oslo og Viken', imdi: 'ost', rvts: 'ost', bufetat: 'ost' },
  { name: 'Buskerud', code: '33', municipalities: 18, seat: 'Drammen', police: 'Sør-Øst', governor: 'Oslo og Viken', imdi: 'indre-ost', rvts: 'ost', bufetat: 'ost' },
  { name: 'Innlandet', code: '34', municipalities: 46, seat: 'Hamar', police: 'Innlandet', governor: 'Innlandet', imdi: 'indre-ost', rvts: 'ost', bufetat: 'ost' },
  { name: 'Vestfold', code: '39', municipalities: 6, seat: 'Tønsberg', police: 'Sør-Øst', governor: 'Vestfold og Telemark', imdi: 'sor', rvts: 'sor', bufetat: 'sor' },
  { name: 'Telemark', code: '40', municipalities: 17, seat: 'Skien', police: 'Sør-Øst', governor: 'Vestfold og Telemark', imdi: 'sor', rvts: 'sor', bufetat: 'sor' },
  { name: 'Agder', code: '42', municipalities: 25, seat: 'Kristiansand', police: 'Agder', governor: 'Agder', imdi: 'sor', rvts: 'sor', bufetat: 'sor' },
  { name: 'Trøndelag', code: '50', municipalities: 38, seat: 'Trondheim', police: 'Trøndelag', governor: 'Trøndelag', imdi: 'midt-norge', rvts: 'midt', bufetat: 'midt-norge' },
  { name: 'Troms', code: '55', municipalities: 21, seat: 'Tromsø', police: 'Troms', governor: 'Troms og Finnmark', imdi: 'nord', rvts: 'nord', bufetat: 'nord' },
  { name: 'Finnmark', code: '56', municipalities: 18, seat: 'Vadsø', police: 'Finnmark', governor: 'Troms og Finnmark', imdi: 'nord', rvts: 'nord', bufetat: 'nord' },
] as const;
type County = (typeof COUNTIES)[number];

const IMDI_REGIONS: Record<string, string> = { ost: 'Øst', 'indre-ost': 'Indre Øst', sor: 'Sør', vest: 'Vest', 'midt-norge': 'Midt-Norge', nord: 'Nord' };
const RVTS_REGIONS: Record<string, string> = { ost: 'Øst', sor: 'Sør', vest: 'Vest', midt: 'Midt', nord: 'Nord' };
const BUFETAT_REGIONS: Record<string, string> = { ost: 'Øst', sor: 'Sør', vest: 'Vest', 'midt-norge': 'Midt-Norge', nord: 'Nord' };

const THEMES = [
  ['negativ-sosial-kontroll', 'Negativ sosial kontroll'], ['tvangsekteskap', 'Tvangsekteskap'],
  ['kjonnslemlestelse', 'Kjønnslemlestelse'], ['aeresrelatert-vold', 'Æresrelatert vold'],
  ['vold-i-naere-relasjoner', 'Vold i nære relasjoner'],
] as const;
const TARGET_GROUPS = [
  ['ungdom', 'Ungdom'], ['foreldre', 'Foreldre'], ['ansatte-forstelinje', 'Ansatte i førstelinjen'],
  ['minoritetsradgivere', 'Minoritetsrådgivere'], ['nyankomne', 'Nyankomne innvandrere'], ['barn', 'Barn'],
] as const;

const MEASURE_VERBS = ['Styrke', 'Utvikle', 'Etablere', 'Videreføre', 'Evaluere', 'Gjennomføre', 'Samordne', 'Kartlegge', 'Prøve ut', 'Spre'];
const MEASURE_OBJECTS = [
  'kompetanse om negativ sosial kontroll i barnevernet', 'samarbeidet mellom politi og barnevern', 'veiledning til skolene om tvangsekteskap',
  'rutiner for avdekking av vold i nære relasjoner', 'tilbudet til utsatte ungdommer', 'foreldreveiledning i introduksjonsprogrammet',
  'kurs om kjønnslemlestelse for helsesykepleiere', 'en felles handlingsveileder for førstelinjen', 'informasjon til nyankomne om rettigheter',
  'kartlegging av saker med æresrelatert vold', 'botilbud for unge over 18 år', 'tverrfaglige team i kommunene', 'SARA-metodikk i politiet',
  'samtalegrupper for ungdom', 'oppfølging av saker etter utenlandsopphold', 'krisesentertilbudet for menn', 'digital opplæring for ansatte',
];
const SYLLABLES_A = ['Nord', 'Sør', 'Øst', 'Vest', 'Ask', 'Bjørk', 'Eid', 'Fjell', 'Gran', 'Hol', 'Lund', 'Mo', 'Nes', 'Os', 'Rød', 'Sand', 'Skog',
  'Stor', 'Vik', 'Ål', 'Berg', 'Dal', 'Hav', 'Lyng', 'Elv', 'Fur', 'Haug', 'Li', 'Tind', 'Strand', 'Bø', 'Hå', 'Ly', 'Rå', 'Sel', 'Tor', 'Ul', 'Ve'];
const SYLLABLES_B = ['dal', 'vik', 'nes', 'berg', 'fjord', 'stad', 'heim', 'øy', 'sund', 'land', 'voll', 'bygd', 'å', 'ås', 'rud', 'haug', 'eid',
  'sjø', 'mark', 'vang', 'en', 'set', 'lia', 'dalen', 'holm'];

/** æ→ae, ø→o, å→a, lower case, dashes: the id slug rule of data/README.md. */
export function slug(s: string): string {
  return s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

interface Municipality { name: string; slug: string; code: string; county: County; region: string; big: boolean }

/** What the workloads need to know about a generated graph: ids to ask for. */
export interface GeneratedIndex {
  scale: Scale; seed: number;
  counties: { id: string; name: string }[];
  nationalPlans: string[];
  municipalPlans: string[];
  /** Actors with memberships and responsibilities (municipal child welfare). */
  busyActors: string[];
  networks: string[];
  measures: string[];
  /** Actors the write workload may add memberships for (municipal schools and health). */
  writableActors: string[];
  searchTerms: string[];
}

export interface Generated { dataset: Dataset; index: GeneratedIndex }

const LABEL_BY_PREFIX: Record<string, Label> = {
  source: 'Source', region: 'Region', theme: 'Theme', targetgroup: 'TargetGroup', actor: 'Actor', network: 'Network',
  plan: 'ActionPlan', measure: 'Measure', indicator: 'Indicator', agreement: 'Agreement', collaboration: 'Collaboration',
  guideline: 'Guideline', status: 'StatusReport', budget: 'Budget', goal: 'ResultGoal', meeting: 'Meeting',
};

class Graph {
  nodes = new Map<string, NodeRow>();
  rels = new Map<string, RelRow>();

  node(id: string, props: Record<string, string | number | boolean | string[] | undefined>, citations: SourcedCitation[]): string {
    const label = LABEL_BY_PREFIX[id.slice(0, id.indexOf(':'))];
    if (!label) throw new Error(`no label for ${id}`);
    if (this.nodes.has(id)) throw new Error(`duplicate node ${id}`);
    const clean: NodeRow['props'] = {};
    for (const [k, v] of Object.entries(props)) if (v !== undefined) clean[k] = v;
    this.nodes.set(id, { id, label, props: clean, citations });
    return id;
  }

  rel(type: RelType, from: string, to: string, citations: SourcedCitation[], props: Record<string, string | number | boolean | undefined> = {}, key = '') {
    const k = `${from}|${type}|${to}|${key}`;
    if (this.rels.has(k)) return;
    const clean: RelRow['props'] = {};
    for (const [p, v] of Object.entries(props)) if (v !== undefined) clean[p] = v;
    this.rels.set(k, { type, from, to, key, props: clean, citations });
  }
}

const cite = (source: string, quote: string, locator?: string): SourcedCitation =>
  (locator ? { source, quote, locator } : { source, quote });

/** Builds the graph for a scale; the same scale and seed always give the same graph. */
export function generate(scale: Scale, seed = 1): Generated {
  const k = KNOBS[scale];
  const rng = new Rng(seed * 7919 + scale.charCodeAt(0));
  const g = new Graph();
  const register = g.node('source:gen-register', { file: 'generated/register.txt', title: 'Generert register over aktører, regioner og nettverk', date: '2024-01' }, []);
  const reg = (quote: string, locator?: string) => [cite(register, quote, locator)];

  // Places.
  const norway = g.node('region:norge', { name: 'Norge', kind: 'country', code: 'NO' }, reg('Norge', 'Regioner'));
  const counties = COUNTIES.slice(0, k.counties);
  const usedNames = new Set<string>();
  const municipalities: Municipality[] = [];
  const nameRng = rng.fork('names');
  for (const c of counties) {
    const cid = g.node(`region:${slug(c.name)}`, { name: c.name, kind: 'county', code: c.code }, reg(c.name, 'Fylker 2024'));
    g.rel('WITHIN', cid, norway, reg(`${c.name} ligger i Norge`));
    const n = Math.max(1, Math.round(c.municipalities * k.municipalityShare));
    for (let i = 0; i < n; i++) {
      let name = i === 0 ? c.seat : '';
      while (!name || usedNames.has(name)) name = nameRng.pick(SYLLABLES_A) + nameRng.pick(SYLLABLES_B);
      usedNames.add(name);
      const code = `${c.code}${String(i + 1).padStart(2, '0')}`;
      const region = g.node(`region:kommune-${slug(name)}`, { name, kind: 'municipality', code }, reg(`${name} kommune`, 'Kommuner 2024'));
      g.rel('WITHIN', region, cid, reg(`${name} ligger i ${c.name}`));
      municipalities.push({ name, slug: slug(name), code, county: c, region, big: i === 0 || nameRng.chance(0.15) });
    }
  }
  const countyRegion = (c: County) => `region:${slug(c.name)}`;
  const themes = THEMES.map(([s, name]) => g.node(`theme:${s}`, { name }, reg(name, 'Temaer')));
  const targetGroups = TARGET_GROUPS.map(([s, name]) => g.node(`targetgroup:${s}`, { name }, reg(name, 'Målgrupper')));
  const guideline = g.node('guideline:anbefalte-sektorer', {
    name: 'Anbefalt sammensetning av regionale nettverk',
    sectors: ['police', 'child-welfare', 'health', 'school', 'nav', 'udi', 'rvts', 'family-counselling', 'imdi'],
  }, reg('politi, barnevern, helse, skole, NAV, UDI, RVTS, familievern og IMDi', 'Veileder'));

  // Actors.
  const actor = (id: string, props: Record<string, string | boolean | string[] | undefined>, parent?: string, region?: string) => {
    g.node(id, { isGenericRole: props.kind === 'generic-role', ...props, aliases: props.aliases ?? [] }, reg(String(props.name), 'Aktører'));
    if (parent) g.rel('PART_OF', id, parent, reg(`${props.name} er en del av ${parent}`));
    if (region) g.rel('LOCATED_IN', id, region, reg(`${props.name} holder til i ${region}`));
    return id;
  };
  const oslo = countyRegion(COUNTIES[0]);
  const national = {
    bld: actor('actor:bld', { name: 'Barne- og familiedepartementet', shortName: 'BLD', kind: 'ministry', level: 'national', sector: 'ministry' }, undefined, oslo),
    jd: actor('actor:jd', { name: 'Justis- og beredskapsdepartementet', shortName: 'JD', kind: 'ministry', level: 'national', sector: 'ministry' }, undefined, oslo),
    kd: actor('actor:kd', { name: 'Kunnskapsdepartementet', shortName: 'KD', kind: 'ministry', level: 'national', sector: 'ministry' }, undefined, oslo),
    hod: actor('actor:hod', { name: 'Helse- og omsorgsdepartementet', shortName: 'HOD', kind: 'ministry', level: 'national', sector: 'ministry' }, undefined, oslo),
    imdi: actor('actor:imdi', { name: 'Integrerings- og mangfoldsdirektoratet', shortName: 'IMDi', kind: 'directorate', level: 'national', sector: 'imdi' }, undefined, oslo),
    bufdir: actor('actor:bufdir', { name: 'Barne-, ungdoms- og familiedirektoratet', shortName: 'Bufdir', kind: 'directorate', level: 'national', sector: 'child-welfare' }, undefined, oslo),
    udi: actor('actor:udi', { name: 'Utlendingsdirektoratet', shortName: 'UDI', kind: 'directorate', level: 'national', sector: 'udi' }, undefined, oslo),
    udir: actor('actor:udir', { name: 'Utdanningsdirektoratet', shortName: 'Udir', kind: 'directorate', level: 'national', sector: 'school' }, undefined, oslo),
    helsedir: actor('actor:helsedir', { name: 'Helsedirektoratet', kind: 'directorate', level: 'national', sector: 'health' }, undefined, oslo),
    pod: actor('actor:politidirektoratet', { name: 'Politidirektoratet', shortName: 'POD', kind: 'directorate', level: 'national', sector: 'police' }, undefined, oslo),
    team: actor('actor:kompetanseteamet', { name: 'Kompetanseteamet mot tvangsekteskap og kjønnslemlestelse', kind: 'other-public', level: 'national', sector: 'imdi' }, 'actor:imdi', oslo),
    nkvts: actor('actor:nkvts', { name: 'Nasjonalt kunnskapssenter om vold og traumatisk stress', shortName: 'NKVTS', kind: 'competence-centre', level: 'national', sector: 'rvts' }, undefined, oslo),
    bufetat: actor('actor:bufetat', { name: 'Barne-, ungdoms- og familieetaten', shortName: 'Bufetat', kind: 'agency', level: 'national', sector: 'child-welfare' }, 'actor:bufdir', oslo),
  };
  const generic = [
    actor('actor:generic-virksomhetsledere', { name: 'Virksomhetsledere', kind: 'generic-role', level: 'local' }),
    actor('actor:generic-kommuneledelsen', { name: 'Kommuneledelsen', kind: 'generic-role', level: 'municipal' }),
    actor('actor:generic-koordinator', { name: 'Koordinator', kind: 'generic-role', level: 'local' }),
  ];
  const usedCounties = new Set(counties);
  const imdiOf: Record<string, string> = {}, rvtsOf: Record<string, string> = {}, bufetatOf: Record<string, string> = {};
  for (const c of counties) {
    imdiOf[c.imdi] ??= actor(`actor:imdi-${c.imdi}`, { name: `IMDi ${IMDI_REGIONS[c.imdi]}`, kind: 'regional-office', level: 'regional', sector: 'imdi' }, national.imdi, countyRegion(c));
    rvtsOf[c.rvts] ??= actor(`actor:rvts-${c.rvts}`, { name: `RVTS ${RVTS_REGIONS[c.rvts]}`, kind: 'competence-centre', level: 'regional', sector: 'rvts' }, undefined, countyRegion(c));
    bufetatOf[c.bufetat] ??= actor(`actor:bufetat-${c.bufetat}`, { name: `Bufetat region ${BUFETAT_REGIONS[c.bufetat]}`, kind: 'agency', level: 'regional', sector: 'child-welfare' }, national.bufetat, countyRegion(c));
  }
  const policeOf: Record<string, string> = {}, governorOf: Record<string, string> = {};
  const countyActors = new Map<County, { police: string; governor: string; authority: string; family: string; crisis: string[] }>();
  for (const c of counties) {
    policeOf[c.police] ??= actor(`actor:politi-${slug(c.police)}`, { name: `${c.police} politidistrikt`, kind: 'police', level: 'regional', sector: 'police' }, national.pod, countyRegion(c));
    governorOf[c.governor] ??= actor(`actor:statsforvalteren-${slug(c.governor)}`, { name: `Statsforvalteren i ${c.governor}`, kind: 'county-governor', level: 'county', sector: 'county-governor' }, undefined, countyRegion(c));
    const authority = actor(`actor:fylkeskommune-${slug(c.name)}`, { name: c.name === 'Oslo' ? 'Oslo kommune (fylkeskommune)' : `${c.name} fylkeskommune`, kind: 'county-authority', level: 'county', sector: 'county' }, undefined, countyRegion(c));
    const family = actor(`actor:familievern-${slug(c.name)}`, { name: `Familievernkontoret i ${c.seat}`, kind: 'family-counselling', level: 'county', sector: 'family-counselling' }, bufetatOf[c.bufetat], countyRegion(c));
    countyActors.set(c, { police: policeOf[c.police], governor: governorOf[c.governor], authority, family, crisis: [] });
  }
  const local = new Map<Municipality, { kommune: string; barnevern: string; nav: string; schools: string[]; helse: string; crisis: string }>();
  const byCounty = new Map<County, Municipality[]>();
  for (const m of municipalities) byCounty.set(m.county, [...(byCounty.get(m.county) ?? []), m]);
  for (const [c, ms] of byCounty) {
    const ca = countyActors.get(c)!;
    ms.forEach((m, i) => {
      // One intermunicipal crisis centre per eight municipalities, hosted by the first of them.
      if (i % 8 === 0) ca.crisis.push(actor(`actor:krisesenter-${m.slug}`, { name: `Krisesenteret i ${m.name}`, kind: 'crisis-centre', level: 'municipal', sector: 'crisis-centre' }, undefined, m.region));
      const kommune = actor(`actor:kommune-${m.slug}`, { name: `${m.name} kommune`, kind: 'municipality', level: 'municipal', sector: 'municipality' }, undefined, m.region);
      const schools = [actor(`actor:skole-${m.slug}`, { name: `${m.name} videregående skole`, kind: 'school', level: 'local', sector: 'school' }, ca.authority, m.region)];
      if (m.big) schools.push(actor(`actor:skole-${m.slug}-2`, { name: `${m.name} katedralskole`, kind: 'school', level: 'local', sector: 'school' }, ca.authority, m.region));
      local.set(m, {
        kommune, schools,
        barnevern: actor(`actor:barnevern-${m.slug}`, { name: `Barneverntjenesten i ${m.name}`, shortName: `Barnevernet ${m.name}`, kind: 'child-welfare', level: 'municipal', sector: 'child-welfare' }, kommune, m.region),
        nav: actor(`actor:nav-${m.slug}`, { name: `NAV ${m.name}`, kind: 'nav', level: 'municipal', sector: 'nav' }, kommune, m.region),
        helse: actor(`actor:helse-${m.slug}`, { name: `Helsestasjon for ungdom i ${m.name}`, kind: 'health', level: 'municipal', sector: 'health' }, kommune, m.region),
        crisis: ca.crisis[ca.crisis.length - 1],
      });
    });
  }

  // Networks. Membership citations point at the register; every network has a report of its own.
  const networkIds: string[] = [];
  const network = (id: string, props: Record<string, string | undefined>, regions: string[], members: [string, string, string?][], r: Rng, extra: { partOf?: string; anchoredIn?: string[]; guideline?: boolean } = {}) => {
    const report = g.node(`source:gen-${id.slice(8)}`, { file: `generated/${id.slice(8)}.txt`, title: `Årsrapport for ${props.name}`, date: '2023-12' }, []);
    const c = (quote: string, locator?: string) => [cite(report, quote, locator)];
    g.node(id, { ...props, status: props.status ?? 'active', aliases: [] }, c(String(props.name), 'Innledning'));
    networkIds.push(id);
    for (const region of regions) g.rel('COVERS', id, region, c(`${props.name} dekker ${region}`));
    for (const t of r.sample(themes, r.int(1, 3))) g.rel('ADDRESSES', id, t, c(`${props.name} arbeider med ${t}`));
    if (extra.partOf) g.rel('PART_OF', id, extra.partOf, c('En del av nettverket'));
    if (extra.guideline) g.rel('FOLLOWS', id, guideline, c('Følger veilederen'));
    for (const p of extra.anchoredIn ?? []) g.rel('ANCHORED_IN', id, p, c(`Forankret i ${p}`));
    for (let j = 0; j < r.int(0, 3); j++) {
      const date = `${2021 + j}-${String(r.int(1, 12)).padStart(2, '0')}`;
      const meeting = g.node(`meeting:${id.slice(8)}/${date}/${j + 1}`, { date, text: `Nettverksmøte ${date}`, count: 1 }, c(`Møte ${date}`, 'Møter'));
      g.rel('HAS_MEETING', id, meeting, c(`Møte ${date}`, 'Møter'));
    }
    for (const [a, role, until] of members) {
      const since = `${r.int(2012, 2022)}`;
      g.rel('MEMBER_OF', a, id, c(`${a} deltar som ${role}`, 'Medlemmer'), { role, since, until }, `${role}|${since}`);
    }
    return id;
  };

  // Plans first (networks are anchored in them), measures later.
  const planIds = { national: [] as string[], county: new Map<County, string>(), municipal: new Map<Municipality, string>() };
  const planSources = new Map<string, string>();
  const plan = (id: string, props: Record<string, string>, owners: string[], regions: string[], r: Rng) => {
    const doc = g.node(`source:gen-${id.slice(5)}`, { file: `generated/${id.slice(5)}.pdf`, title: props.title, date: props.periodStart }, []);
    planSources.set(id, doc);
    const c = (quote: string, locator?: string) => [cite(doc, quote, locator)];
    g.node(id, { status: 'adopted', aliases: [], ...props }, c(props.title, 'Forside'));
    for (const o of owners) g.rel('OWNS', o, id, c(`${o} eier planen`, 'Forord'));
    for (const region of regions) g.rel('COVERS', id, region, c(`Planen gjelder ${region}`));
    for (const t of r.sample(themes, r.int(2, 4))) g.rel('ADDRESSES', id, t, c(`Planen omhandler ${t}`));
    return id;
  };
  const nationalTitles = [
    ['nsk-2021-2024', 'Frihet fra negativ sosial kontroll og æresrelatert vold (2021–2024)', 'Frihet fra negativ sosial kontroll', '2021', '2024', 'action-plan'],
    ['vold-2021-2024', 'Frihet fra vold – handlingsplan mot vold og overgrep mot barn og vold i nære relasjoner (2021–2024)', 'Frihet fra vold', '2021', '2024', 'action-plan'],
    ['tve-2017-2020', 'Retten til å bestemme over eget liv – handlingsplan mot negativ sosial kontroll, tvangsekteskap og kjønnslemlestelse (2017–2020)', 'Retten til å bestemme over eget liv', '2017', '2020', 'action-plan'],
  ];
  const planRng = rng.fork('plans');
  for (const [s, title, shortTitle, start, end, kind] of nationalTitles.slice(0, k.nationalPlans)) {
    planIds.national.push(plan(`plan:${s}`, { title, shortTitle, periodStart: start, periodEnd: end, kind, level: 'national' }, [national.bld, national.jd], [norway], planRng));
  }
  if (planIds.national.length > 2) g.rel('SUCCEEDS', planIds.national[0], planIds.national[2], [cite(planSources.get(planIds.national[0])!, 'Planen viderefører Retten til å bestemme over eget liv', 'Innledning')]);
  if (k.countyMeasures > 0) {
    for (const c of counties) {
      const ca = countyActors.get(c)!;
      planIds.county.set(c, plan(`plan:fylke-${slug(c.name)}-2022-2025`, {
        title: `Regional handlingsplan mot vold i nære relasjoner i ${c.name} 2022–2025`, periodStart: '2022', periodEnd: '2025', kind: 'action-plan', level: 'county',
      }, [ca.authority], [countyRegion(c)], planRng));
    }
  }
  for (const m of municipalities) {
    const end = planRng.pick(['2023', '2025', '2026']);
    planIds.municipal.set(m, plan(`plan:${m.slug}-vold-2022-${end}`, {
      title: `Handlingsplan mot vold i nære relasjoner, ${m.name} kommune 2022–${end}`, periodStart: '2022', periodEnd: end, kind: 'action-plan', level: 'municipal',
    }, [local.get(m)!.kommune], [m.region], planRng));
  }

  const netRng = rng.fork('networks');
  const ended = (r: Rng): string | undefined => (r.chance(0.08) ? `${r.int(2019, 2023)}` : undefined);
  network('network:nasjonalt-nettverk', { name: 'Nasjonalt nettverk mot negativ sosial kontroll og æresrelatert vold', kind: 'national', established: '2017' }, [norway], [
    [national.imdi, 'leader'], [national.team, 'coordinator'], [national.bufdir, 'member'], [national.udi, 'member'], [national.udir, 'member'],
    [national.helsedir, 'member'], [national.pod, 'member'], [national.nkvts, 'member'],
  ], netRng, { anchoredIn: planIds.national.slice(0, 1), guideline: true });
  for (const r of Object.keys(imdiOf)) {
    const cs = counties.filter((c) => c.imdi === r);
    const members: [string, string, string?][] = [[imdiOf[r], 'coordinator'], [national.team, 'member']];
    for (const c of cs) {
      const ca = countyActors.get(c)!;
      members.push([ca.police, 'member', ended(netRng)], [ca.governor, 'member'], [rvtsOf[c.rvts], 'member'], [bufetatOf[c.bufetat], 'member'], [ca.family, 'member']);
      for (const m of (byCounty.get(c) ?? []).slice(0, 2)) members.push([local.get(m)!.barnevern, 'member', ended(netRng)]);
    }
    const unique = [...new Map(members.map((x) => [x[0], x])).values()];
    network(`network:regionalt-${r}`, { name: `Regionalt nettverk ${IMDI_REGIONS[r]}`, kind: 'regional', established: `${netRng.int(2014, 2018)}`, meetingFrequency: '2–3 ganger i året' },
      cs.map(countyRegion), unique, netRng, { anchoredIn: planIds.national.slice(0, 1), guideline: true });
  }
  for (const c of counties) {
    const ca = countyActors.get(c)!;
    const members: [string, string, string?][] = [[ca.governor, 'leader'], [ca.authority, 'secretariat'], [ca.police, 'member'], [ca.family, 'member'],
      [imdiOf[c.imdi], 'member'], [rvtsOf[c.rvts], 'member'], ...ca.crisis.map((x): [string, string] => [x, 'member'])];
    for (const m of (byCounty.get(c) ?? []).slice(0, k.municipalitiesInCountyNetwork)) {
      members.push([local.get(m)!.barnevern, 'member', ended(netRng)], [local.get(m)!.nav, 'member']);
    }
    network(`network:fylke-${slug(c.name)}`, { name: `Fylkesnettverk mot vold i nære relasjoner i ${c.name}`, kind: 'county', established: `${netRng.int(2015, 2021)}` },
      [countyRegion(c)], [...new Map(members.map((x) => [x[0], x])).values()], netRng,
      { anchoredIn: planIds.county.has(c) ? [planIds.county.get(c)!] : [], guideline: true });
  }
  for (const m of municipalities) {
    const l = local.get(m)!, ca = countyActors.get(m.county)!;
    const id = network(`network:lokalt-${m.slug}`, { name: `Tverrfaglig nettverk mot vold i nære relasjoner i ${m.name}`, kind: 'local', established: `${netRng.int(2016, 2022)}` },
      [m.region], [[l.kommune, 'leader'], [l.barnevern, 'coordinator'], [l.nav, 'member'], [l.helse, 'member'], [ca.police, 'member'], [l.crisis, 'member'],
        ...l.schools.map((s): [string, string, string?] => [s, 'member', ended(netRng)])], netRng, { anchoredIn: [planIds.municipal.get(m)!] });
    if (netRng.chance(k.teamShare)) {
      network(`network:team-${m.slug}`, { name: `Ressursteam for unge i ${m.name}`, kind: 'team', established: `${netRng.int(2018, 2023)}` },
        [m.region], [[l.barnevern, 'leader'], [l.schools[0], 'member'], [l.helse, 'member']], netRng, { partOf: id });
    }
  }

  // Measures, with responsibilities, status histories, indicators, goals and budgets.
  const measureIds: string[] = [];
  const measRng = rng.fork('measures');
  const STATUS_FLOW = ['not-done', 'in-progress', 'in-progress', 'partly-done', 'done'];
  const measures = (planId: string, n: number, pool: { lead: string[]; executing: string[]; contributing: string[]; commissioning?: string[] }, reportYears: string[]) => {
    const doc = planSources.get(planId)!;
    const planLocal = planId.slice(5);
    const reports = reportYears.map((y) => g.nodes.get(`source:gen-status-${planLocal}-${y}`)?.id
      ?? g.node(`source:gen-status-${planLocal}-${y}`, { file: `generated/status-${planLocal}-${y}.xlsx`, title: `Statusrapport ${y} for ${planLocal}`, date: `${y}-12` }, []));
    const ids: string[] = [];
    for (let i = 1; i <= n; i++) {
      const number = measRng.chance(0.05) ? `${i}a` : `${i}`;
      const id = `measure:${planLocal}/${number}`;
      const title = `${measRng.pick(MEASURE_VERBS)} ${measRng.pick(MEASURE_OBJECTS)}`;
      const c = [cite(doc, `Tiltak ${number}: ${title}`, `Tiltak ${number}`)];
      // The measure is cited by its plan and by every yearly status report that follows it up.
      g.node(id, { number, title, description: `${title}. Tiltaket følges opp i den årlige statusrapporten.` },
        [...c, ...reports.map((r) => cite(r, `Tiltak ${number} er fulgt opp`, `Tiltak ${number}`))]);
      g.rel('HAS_MEASURE', planId, id, c);
      ids.push(id);
      for (const t of measRng.sample(themes, measRng.int(1, 2))) g.rel('ADDRESSES', id, t, c);
      if (measRng.chance(0.7)) g.rel('TARGETS', id, measRng.pick(targetGroups), c);
      if (i > 1 && measRng.chance(0.1)) g.rel('REFERS_TO', id, ids[measRng.int(0, ids.length - 2)], c);
      // Responsibility: 5% unowned, 8% only generic roles, else one to three named actors.
      const roll = measRng.next();
      const responsible: [string, string][] = [];
      if (roll < 0.05) { /* unowned */ } else if (roll < 0.13) {
        responsible.push([measRng.pick(generic), 'executing']);
      } else {
        const count = measRng.int(1, 3);
        const executing = measRng.sample(pool.executing, count);
        if (count === 1) responsible.push([executing[0], measRng.chance(0.5) ? 'lead' : 'executing']);
        else {
          const hasLead = measRng.chance(0.7);
          if (hasLead) responsible.push([measRng.pick(pool.lead), 'lead']);
          for (const a of executing) if (!responsible.some(([x]) => x === a)) responsible.push([a, 'executing']);
          if (measRng.chance(0.3)) { const a = measRng.pick(pool.contributing); if (!responsible.some(([x]) => x === a)) responsible.push([a, 'contributing']); }
        }
        if (pool.commissioning && measRng.chance(0.5)) { const a = measRng.pick(pool.commissioning); if (!responsible.some(([x]) => x === a)) responsible.push([a, 'commissioning']); }
      }
      for (const [a, role] of responsible) g.rel('RESPONSIBLE_FOR', a, id, c, { role }, role);
      // Status history: one report per half year, moving forward through the flow.
      const nStatus = measRng.int(...k.statuses);
      let step = measRng.int(0, 1);
      for (let j = 0; j < nStatus; j++) {
        const year = 2022 + Math.floor(j / 2);
        const asOf = `${year}-${j % 2 === 0 ? '06-30' : '12-31'}`;
        step = Math.min(STATUS_FLOW.length - 1, step + (measRng.chance(0.5) ? 1 : 0));
        const status = measRng.chance(0.05) ? measRng.pick(['unclear', 'cancelled']) : STATUS_FLOW[step];
        const report = reports[Math.min(reports.length - 1, Math.floor(j / 2))];
        const sid = g.node(`status:${id.slice(8)}/${asOf}`, { asOf, status, text: `Status per ${asOf}: ${status}` },
          [cite(report, `Tiltak ${number}: ${status}`, `Rad ${i}`), cite(doc, `Tiltak ${number} følges opp`, `Tiltak ${number}`)]);
        g.rel('HAS_STATUS', id, sid, [cite(report, `Status for tiltak ${number}`, `Rad ${i}`)]);
      }
      const nIndicators = Math.floor(k.indicatorsPerMeasure) + (measRng.chance(k.indicatorsPerMeasure % 1) ? 1 : 0);
      for (let j = 0; j < nIndicators; j++) {
        const year = 2022 + j;
        const iid = g.node(`indicator:${id.slice(8)}/${year}`, {
          name: 'Antall deltakere', category: measRng.pick(['kurs', 'veiledning', 'saker']), year, value: measRng.int(0, 400),
          unit: 'personer', table: `deltakere-${planLocal}`, isTotal: false,
        }, [cite(reports[Math.min(reports.length - 1, j)], `Tiltak ${number}: deltakere ${year}`, `Tabell ${i}`), cite(doc, `Indikator for tiltak ${number}`, `Tiltak ${number}`)]);
        g.rel('HAS_INDICATOR', id, iid, c);
        if (responsible.length) g.rel('REPORTED', responsible[0][0], iid, c);
      }
      if (measRng.chance(k.goalShare)) {
        const gid = g.node(`goal:${id.slice(8)}/1`, { number: 1, text: `Resultatmål for tiltak ${number}`, achievement: measRng.pick(['Nådd', 'Delvis nådd', 'Ikke nådd']) }, c);
        g.rel('HAS_GOAL', id, gid, c);
      }
      if (measRng.chance(k.budgetShare)) {
        const amount = measRng.int(1, 40) * 50_000;
        const bid = g.node(`budget:${id.slice(8)}/1`, { amount, text: `${amount.toLocaleString('nb-NO')} kroner`, year: '2023' }, c);
        g.rel('HAS_BUDGET', id, bid, c);
      }
    }
    measureIds.push(...ids);
    return ids;
  };
  const regionalOffices = [...Object.values(imdiOf), ...Object.values(rvtsOf), ...Object.values(bufetatOf), ...Object.values(policeOf)];
  for (const p of planIds.national) {
    measures(p, k.nationalMeasures, {
      lead: [national.imdi, national.bufdir, national.udi, national.udir, national.helsedir, national.pod],
      executing: [national.imdi, national.bufdir, national.udi, national.udir, national.helsedir, national.pod, national.team, national.nkvts, ...regionalOffices],
      contributing: [...regionalOffices, ...Object.values(governorOf)],
      commissioning: [national.bld, national.jd, national.kd, national.hod],
    }, ['2022', '2023', '2024']);
  }
  for (const [c, p] of planIds.county) {
    const ca = countyActors.get(c)!;
    const muniActors = (byCounty.get(c) ?? []).slice(0, 3).flatMap((m) => [local.get(m)!.barnevern, local.get(m)!.nav]);
    measures(p, k.countyMeasures, {
      lead: [ca.authority, ca.governor], executing: [ca.authority, ca.governor, ca.police, ca.family, imdiOf[c.imdi], rvtsOf[c.rvts], ...ca.crisis],
      contributing: muniActors.length ? muniActors : [ca.police],
    }, ['2023', '2024']);
  }
  for (const [m, p] of planIds.municipal) {
    const l = local.get(m)!, ca = countyActors.get(m.county)!;
    measures(p, k.municipalMeasures, {
      lead: [l.kommune, l.barnevern], executing: [l.kommune, l.barnevern, l.nav, l.helse, ...l.schools, l.crisis],
      contributing: [ca.police, ca.family, l.crisis, rvtsOf[m.county.rvts]],
    }, ['2022', '2023', '2024']);
  }

  // Agreements (police and child welfare in each county) and reported collaborations.
  const agrRng = rng.fork('agreements');
  for (const c of counties) {
    const ms = byCounty.get(c) ?? [];
    const ca = countyActors.get(c)!;
    const doc = g.node(`source:gen-avtaler-${slug(c.name)}`, { file: `generated/avtaler-${slug(c.name)}.pdf`, title: `Samarbeidsavtaler i ${c.name}`, date: '2022' }, []);
    const ag = g.node(`agreement:politi-barnevern-${slug(c.name)}`, { name: `Samarbeidsavtale mellom politiet og barnevernet i ${c.name}`, kind: 'collaboration', signed: `${agrRng.int(2018, 2023)}` },
      [cite(doc, 'Avtalen er inngått', 'Avtale 1')]);
    for (const a of [ca.police, ...ms.slice(0, 5).map((m) => local.get(m)!.barnevern)]) g.rel('PARTY_TO', a, ag, [cite(doc, `${a} er part`, 'Avtale 1')]);
    const firstMeasure = planIds.county.has(c) ? `measure:${planIds.county.get(c)!.slice(5)}/1` : undefined;
    if (firstMeasure && g.nodes.has(firstMeasure)) g.rel('CONCERNS', ag, firstMeasure, [cite(doc, 'Avtalen følger opp tiltak 1', 'Avtale 1')]);
    if (ms.length >= 2) {
      const pair = agrRng.sample(ms, 2).map((m) => local.get(m)!.nav);
      const col = g.node(`collaboration:nav-${slug(c.name)}`, { description: `NAV-kontorene ${pair.join(' og ')} har felles kurs om negativ sosial kontroll` }, [cite(doc, 'Felles kurs', 's. 4')]);
      for (const a of pair) g.rel('INVOLVED_IN', a, col, [cite(doc, 'Felles kurs', 's. 4')]);
    }
  }

  const nodes = [...g.nodes.values()];
  const municipalList = [...local.entries()];
  const index: GeneratedIndex = {
    scale, seed,
    counties: counties.map((c) => ({ id: countyRegion(c), name: c.name })),
    nationalPlans: planIds.national,
    municipalPlans: [...planIds.municipal.values()],
    busyActors: municipalList.map(([, l]) => l.barnevern),
    networks: networkIds,
    measures: measureIds,
    writableActors: municipalList.flatMap(([, l]) => [l.helse, ...l.schools]),
    searchTerms: ['barnevern', 'krisesenter', 'negativ sosial kontroll', 'politidistrikt', 'tvangsekteskap', 'helsestasjon', 'kompetanse', 'imdi',
      ...municipalList.slice(0, 4).map(([m]) => m.name)],
  };
  void usedCounties;
  return { dataset: { files: [`bench:generated:${scale}:${seed}`], nodes, rels: [...g.rels.values()] }, index };
}

/** Counts by label and type, and citations: what `loadDataset` will write. */
export function describe(d: Dataset) {
  const labels: Record<string, number> = {}, types: Record<string, number> = {};
  let citations = 0;
  for (const n of d.nodes) { labels[n.label] = (labels[n.label] ?? 0) + 1; if (n.label !== 'Source') citations += n.citations.length; }
  for (const r of d.rels) types[r.type] = (types[r.type] ?? 0) + 1;
  return { nodes: d.nodes.length, rels: d.rels.length, citations, relationshipsInGraph: d.rels.length + citations, labels, types };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };
  const scales = (arg('scale') ?? 'XS,S,M,L').split(',') as Scale[];
  for (const s of scales) {
    const t0 = performance.now();
    const { dataset, index } = generate(s, Number(arg('seed') ?? 1));
    const d = describe(dataset);
    console.log(`${s}: ${d.nodes} nodes, ${d.rels} relationships + ${d.citations} citations = ${d.relationshipsInGraph} in the graph (${Math.round(performance.now() - t0)} ms)`);
    console.log('  ', JSON.stringify(d.labels));
    console.log('  ', JSON.stringify(d.types));
    console.log('   counties', index.counties.length, 'municipal plans', index.municipalPlans.length, 'networks', index.networks.length);
  }
}
