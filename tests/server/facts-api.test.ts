/**
 * Facts of the source documents asked through the GraphQL API (issue 14): partial dates, one actor
 * per body, collaborations and resources, regions with time, search ranking. Each test names the
 * document and locator it was checked against by hand (documents in ../shared/seeds/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { buildDataset, listDataFiles } from '../../server/data/dataset.js';
import { loadDataset } from '../../server/data/loader.js';
import { gql, startTestServer } from '../helpers.js';

let app: Samkart;
/** A viewer may read contact persons (personal data), which are curated records too. */
const VIEWER = 'viewer-token-for-facts-0123456789';
beforeAll(async () => {
  app = await startTestServer({ SAMKART_API_TOKENS: `facts:viewer:${VIEWER}` });
  await loadDataset(app.db, await buildDataset(await listDataFiles()));
});
afterAll(async () => { await app?.stop(); });

async function data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await gql<T>(app, query, variables);
  expect(r.body.errors).toBeUndefined();
  return r.body.data!;
}

describe('partial dates: a year or a month is a period (docs/data-model.md, "Dates")', () => {
  const MEMBERS = `query($asOf: String) { network(id: "network:bergensnettverket") { members(asOf: $asOf) { actor { id } } } }`;
  const ids = (d: any) => [...new Set<string>(d.network.members.map((m: any) => m.actor.id))].sort();

  it('004 Tiltak 11, IMDi Vest – Hordaland: "pr desember 2016" Bergensnettverket has 8 member bodies', async () => {
    const dec = ids(await data(MEMBERS, { asOf: '2016-12' }));
    expect(dec).toEqual([
      'actor:bjorgvin-familievernkontor', 'actor:hordaland-politidistrikt', 'actor:imdi-vest', 'actor:rvts-vest', 'actor:udi-vest',
      ...dec.filter((id) => !['actor:bjorgvin-familievernkontor', 'actor:hordaland-politidistrikt', 'actor:imdi-vest', 'actor:rvts-vest', 'actor:udi-vest'].includes(id)),
    ].sort());
    expect(dec).toHaveLength(8);
    expect(dec).not.toContain('actor:bufetat-region-vest');
    expect(dec).not.toContain('actor:hordaland-fylkeskommune');
  });

  it('004 same: in 2016 as a whole all 15 bodies took part (7 left during the year)', async () => {
    expect(ids(await data(MEMBERS, { asOf: '2016' }))).toHaveLength(15);
    expect(ids(await data(MEMBERS, { asOf: '2016-12-31' }))).toHaveLength(8);
  });

  it('004 Tiltak 11, Buskerud: IMDi Indre Øst joined in 2015, so it counts for 2015 and 2016-03 but not for 2015-06', async () => {
    const q = `query($asOf: String) { network(id: "network:buskerudnettverket") { members(asOf: $asOf) { actor { id } } } }`;
    expect(ids(await data(q, { asOf: '2015' }))).toContain('actor:imdi-indre-ost');
    expect(ids(await data(q, { asOf: '2016-03' }))).toContain('actor:imdi-indre-ost');
    expect(ids(await data(q, { asOf: '2015-06' }))).not.toContain('actor:imdi-indre-ost');
  });

  it('000 last paragraph: VTFK coordinates VTRN through the whole term 2022-2025', async () => {
    const q = `query($asOf: String) { network(id: "network:vtrn") { members(asOf: $asOf, roles: [COORDINATOR]) { actor { id } } } }`;
    expect(ids(await data(q, { asOf: '2025-06' }))).toEqual(['actor:vestfold-og-telemark-fylkeskommune']);
    expect(ids(await data(q, { asOf: '2026' }))).toEqual([]);
  });

  it('004: the 2013-2016 plan is active on 2016-12-31 and the network list uses the same rule', async () => {
    const d = await data(`{ plans(filter: { activeOn: "2016-12-31" }) { edges { node { id } } }
      networks(filter: { asOf: "2012-08" }) { edges { node { id } } } }`);
    expect(d.plans.edges.map((e: any) => e.node.id)).toContain('plan:tve-2013-2016');
    expect(d.networks.edges.map((e: any) => e.node.id)).toContain('network:agdernettverket');
  });
});

describe('one actor per body', () => {
  it('data report: no place-bound actor stands for bodies in unrelated regions, no name is shared without a reason', async () => {
    const { dataReport } = await import('../../server/data/report.js');
    const r = await dataReport(app.db);
    expect(r.pooledActors).toEqual([]);
    expect(r.sharedNames).toEqual([]);
  });

  it('004 Tiltak 11: the minority advisers of Agder, Bergen, Nordland, Finnmark and Drammen are separate actors under IMDi\'s scheme', async () => {
    const d = await data(`{ actor(id: "actor:minoritetsradgivere") { level memberships { network { id } } children { id } } }`);
    expect(d.actor.memberships).toEqual([]);
    expect(d.actor.children.map((c: any) => c.id).sort()).toEqual([
      'actor:minoritetsradgiver-agder', 'actor:minoritetsradgiver-drammen', 'actor:minoritetsradgiver-finnmark',
      'actor:minoritetsradgivere-hordaland', 'actor:minoritetsradgivere-nordland',
    ]);
    // Agder politidistrikt and Alta kommune are no longer linked through one pooled adviser.
    const p = await data(`{ path(from: "actor:agder-politidistrikt", to: "actor:alta-kommune") { actors { id } } }`);
    for (const path of p.path) expect(path.actors.map((a: any) => a.id)).not.toContain('actor:minoritetsradgivere');
  });

  it('003 Tiltak 2 (s. 1): «koordinator» is the crisis centre\'s leader, so measure 1 has no vague owner', async () => {
    const d = await data(`{ node(id: "actor:krisesenteret-i-moss-leder") { ... on Actor { name isGenericRole parent { id } sources { quote } } }
      gaps(plan: "plan:moss-vold-2017", kinds: [VAGUE_OWNER]) { subject { id } } }`);
    expect(d.node).toMatchObject({ isGenericRole: false, parent: { id: 'actor:krisesenteret-i-moss' } });
    expect(d.node.sources[0].quote).toContain('I planen omtalt som «koordinator» Krisesenterets leder');
    const vague = d.gaps.map((g: any) => g.subject.id);
    expect(vague).not.toContain('measure:moss-vold-2017/1');
    expect(vague).not.toContain('measure:moss-vold-2017/4');
  });

  it('004/002: Kompetanseteamet is one entity, found once by search', async () => {
    const d = await data(`{ search(text: "Kompetanseteamet", kinds: [ACTOR, NETWORK]) { node { id } } old: node(id: "network:kompetanseteamet") { id } }`);
    expect(d.old).toBeNull();
    expect(d.search.map((h: any) => h.node.id).filter((id: string) => id.includes('kompetanseteam'))).toEqual(['actor:kompetanseteamet']);
  });

  it('003: "Politi", "Krisesenteret" and "barnevern" each name one actor (the generic role); the Moss bodies keep their full names', async () => {
    for (const [spelling, id] of [['Politi', 'actor:generic-politi'], ['Krisesenteret', 'actor:generic-krisesenteret'], ['barnevern', 'actor:generic-barneverntjenesten']]) {
      const rows = await app.db.read<{ id: string }>(`MATCH (a:Actor) WHERE toLower(a.name) = toLower($s) OR toLower(a.shortName) = toLower($s)
        OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($s)) RETURN a.id AS id`, { s: spelling });
      expect(rows.map((r) => r.id)).toEqual([id]);
    }
  });

  it('004 Tiltak 1, Resultatmål 2: each of the eight collaboration agreements cites the sentence naming its partner', async () => {
    const d = await data(`{ agreements(kind: COLLABORATION) { id parties { name } sources { quote } } }`);
    const mr = d.agreements.filter((a: any) => a.id.startsWith('agreement:imdi-mr-samarbeidsavtale-'));
    expect(mr).toHaveLength(8);
    for (const a of mr) {
      const partner = a.parties.map((p: any) => p.name).find((n: string) => n !== 'Integrerings- og mangfoldsdirektoratet' && n !== 'IMDi');
      expect(a.sources.some((s: any) => s.quote.startsWith('IMDi har samarbeidsavtaler med') && s.quote.includes(partner))).toBe(true);
    }
  });
});

describe('stored and reachable', () => {
  it('every curated record in data/ can be fetched with node(id)', async () => {
    const { readDataFile } = await import('../../server/data/dataset.js');
    const ids: string[] = [];
    for (const file of await listDataFiles()) {
      const d = (await readDataFile(file, []))!;
      for (const [section, records] of Object.entries(d)) {
        if (section === 'source') continue;
        for (const r of records as { id: string }[]) ids.push(r.id);
      }
    }
    const unique = [...new Set(ids)];
    expect(unique.length).toBeGreaterThan(500);
    const missing: string[] = [];
    for (let i = 0; i < unique.length; i += 100) {
      const chunk = unique.slice(i, i + 100);
      const r = await gql<any>(app, `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: chunk }, { authorization: `Bearer ${VIEWER}` });
      expect(r.body.errors).toBeUndefined();
      const d = r.body.data;
      d.nodes.forEach((n: any, j: number) => { if (n?.id !== chunk[j]) missing.push(chunk[j]); });
    }
    expect(missing).toEqual([]);
  });

  it('004 Tiltak 11, IMDi Indre Øst: the collaboration with RVTS Øst is a Collaboration with its full text, date, parties and source', async () => {
    const d = await data(`{ node(id: "collaboration:imdi-indre-ost-rvts-ost") { __typename ... on Collaboration { name description date parties { id } sources { quote locator } } } }`);
    expect(d.node.__typename).toBe('Collaboration');
    expect(d.node.description).toContain('et seminar om flerkulturelt familieliv og en fagdag om arbeidet mot kjønnslemlestelse');
    expect(d.node.date).toBe('2016');
    expect(d.node.parties.map((p: any) => p.id).sort()).toEqual(['actor:imdi-indre-ost', 'actor:rvts-ost']);
    expect(d.node.sources[0]).toEqual({ quote: 'Regional koordinator v/IMDi Indre Øst har et godt samarbeid med RVTS Øst.', locator: 'Tiltak 11, IMDi Indre Øst' });
  });

  it('004 Tiltak 11, IMDi Vest (Hordaland): the Bergen conference is found by search and from both parties', async () => {
    const s = await data(`{ search(text: "Internasjonale perspektiver på vold") { kind node { id } } }`);
    expect(s.search[0]).toEqual({ kind: 'COLLABORATION', node: { id: 'collaboration:imdi-vest-bergen-kommune' } });
    const d = await data(`{ a: actor(id: "actor:imdi-vest") { collaborations { id } } b: actor(id: "actor:bergen-kommune") { collaborations { id } } }`);
    expect(d.a.collaborations.map((c: any) => c.id)).toContain('collaboration:imdi-vest-bergen-kommune');
    expect(d.b.collaborations.map((c: any) => c.id)).toContain('collaboration:imdi-vest-bergen-kommune');
  });

  it('001 avsnitt 2: "Lokalt Mot" is a resource found by name, produced by tiltak 1 of 2012, and the measure filter finds that measure', async () => {
    const s = await data(`{ search(text: "Lokalt Mot") { kind node { id ... on Resource { name kind year producedBy { id } madeBy { id } } } } }`);
    expect(s.search[0]).toEqual({ kind: 'RESOURCE', node: {
      id: 'resource:lokalt-mot', name: 'Lokalt Mot', kind: 'WEBSITE', year: '2012', producedBy: [{ id: 'measure:tve-2012/1' }], madeBy: [{ id: 'actor:rvts-nord' }],
    } });
    const m = await data(`{ measures(filter: { text: "Lokalt Mot" }) { edges { node { id resources { id } } } } }`);
    expect(m.measures.edges.map((e: any) => e.node)).toEqual([{ id: 'measure:tve-2012/1', resources: [{ id: 'resource:lokalt-mot' }] }]);
  });
});

describe('search ranking: exact name, short name or alias first, then prefix, then the rest', () => {
  const first = async (text: string, kinds?: string[]) =>
    (await data(`query($t: String!, $k: [SearchKind!]) { search(text: $t, kinds: $k) { node { id } } }`, { t: text, k: kinds })).search.map((h: any) => h.node.id);

  it('"IMDi" ranks the directorate first, before its regional offices', async () => {
    const hits = await first('IMDi');
    expect(hits[0]).toBe('actor:imdi');
    expect(hits.slice(1, 8)).toEqual(expect.arrayContaining(['actor:imdi-ost', 'actor:imdi-vest']));
  });

  it('an alias is an exact match ("BLD"), a prefix comes before a word inside a name, a typo still finds', async () => {
    expect((await first('BLD'))[0]).toBe('actor:bld');
    expect((await first('Bergensnett'))[0]).toBe('network:bergensnettverket');
    expect(await first('Bergensnettverkt')).toContain('network:bergensnettverket');
  });
});

describe('regions with time (data/regions-ssb-2024-01-01.yaml, Statistics Norway)', () => {
  it('every county that ended maps to its successors, which begin the year after', async () => {
    const rows = await app.db.read<{ id: string; to: string; next: { id: string; from: string | null }[] }>(`
      MATCH (r:Region {kind: 'county'}) WHERE r.validTo IS NOT NULL
      RETURN r.id AS id, r.validTo AS to, [(r)-[:SUCCEEDED_BY]->(n:Region) | {id: n.id, from: n.validFrom}] AS next ORDER BY id`);
    expect(rows.map((r) => r.id)).toEqual([
      'region:akershus', 'region:aust-agder', 'region:buskerud', 'region:finnmark', 'region:hedmark', 'region:hordaland',
      'region:nord-trondelag', 'region:oppland', 'region:ostfold', 'region:sogn-og-fjordane', 'region:sor-trondelag',
      'region:telemark', 'region:troms', 'region:troms-og-finnmark', 'region:vest-agder', 'region:vestfold',
      'region:vestfold-og-telemark', 'region:viken',
    ]);
    for (const r of rows) {
      expect(r.next.length, r.id).toBeGreaterThan(0);
      for (const n of r.next) expect(n.from, `${r.id} → ${n.id}`).toBe(String(Number(r.to) + 1));
    }
    const d = await data(`{ viken: node(id: "region:viken") { ... on Region { code validFrom validTo succeededBy { id code } predecessors { id } } }
      hedmark: node(id: "region:hedmark") { ... on Region { code succeededBy { id name code } } } }`);
    expect(d.viken).toMatchObject({ code: '30', validFrom: '2020', validTo: '2023' });
    expect(d.viken.succeededBy.map((r: any) => `${r.id} ${r.code}`).sort()).toEqual(['region:akershus-2024 32', 'region:buskerud-2024 33', 'region:ostfold-2024 31']);
    expect(d.viken.predecessors.map((r: any) => r.id).sort()).toEqual(['region:akershus', 'region:buskerud', 'region:ostfold']);
    expect(d.hedmark).toEqual({ code: '04', succeededBy: [{ id: 'region:innlandet', name: 'Innlandet', code: '34' }] });
  });

  it('the counties of each period have Statistics Norway\'s numbers; countries are apart', async () => {
    const codes = async (asOf: string) => (await data(`query($a: String) { regionsAt(asOf: $a, kinds: ["county"]) { code } }`, { a: asOf }))
      .regionsAt.map((r: any) => r.code).sort();
    expect(await codes('2016')).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '14', '15', '16', '17', '18', '19', '20']);
    expect(await codes('2018')).toHaveLength(18);
    expect(await codes('2020')).toEqual(['03', '11', '15', '18', '30', '34', '38', '42', '46', '50', '54']);
    expect(await codes('2024')).toEqual(['03', '11', '15', '18', '31', '32', '33', '34', '39', '40', '42', '46', '50', '55', '56']);
    const d = await data(`{ regionsAt(asOf: "2016") { id } countries { id isNorwegian } }`);
    expect(d.regionsAt.map((r: any) => r.id)).not.toContain('region:iran');
    expect(d.countries.map((r: any) => r.id)).toEqual(expect.arrayContaining(['region:iran', 'region:kenya', 'region:pakistan']));
    expect(d.countries.find((r: any) => r.id === 'region:iran').isNorwegian).toBe(false);
  });

  it('municipalities keep their numbers per period (Moss 0104, 3002, 3103) and lie in the county of the time', async () => {
    const d = await data(`{ moss: node(id: "region:moss") { ... on Region { codes { code validFrom validTo } } }
      ostfold2016: node(id: "region:ostfold") { ... on Region { contains(asOf: "2016") { id } } }
      viken: node(id: "region:viken") { ... on Region { y2021: contains(asOf: "2021") { id } y2016: contains(asOf: "2016") { id } } } }`);
    expect(d.moss.codes).toEqual([
      { code: '0104', validFrom: null, validTo: '2019' }, { code: '3002', validFrom: '2020', validTo: '2023' }, { code: '3103', validFrom: '2024', validTo: null },
    ]);
    expect(d.ostfold2016.contains.map((r: any) => r.id)).toEqual(expect.arrayContaining(['region:moss', 'region:askim', 'region:mosseregionen']));
    expect(d.viken.y2021.map((r: any) => r.id)).toEqual(expect.arrayContaining(['region:moss', 'region:drammen', 'region:lillestrom']));
    expect(d.viken.y2021.map((r: any) => r.id)).not.toContain('region:ostfold');
    expect(d.viken.y2016.map((r: any) => r.id).sort()).toEqual(['region:akershus', 'region:buskerud', 'region:ostfold']);
  });

  it('a filter takes a current or a historical county and includes what lay inside it at the time', async () => {
    const scope = async (region: string, asOf?: string) => (await data(`query($r: ID!, $a: String) { regionScope(region: $r, asOf: $a) }`, { r: region, a: asOf })).regionScope;
    expect(await scope('region:innlandet', '2016')).toEqual(expect.arrayContaining(['region:innlandet', 'region:hedmark', 'region:oppland']));
    expect(await scope('region:innlandet', '2024')).not.toContain('region:hedmark');
    expect(await scope('region:agder')).toEqual(expect.arrayContaining(['region:aust-agder', 'region:vest-agder', 'region:kristiansand', 'region:songdalen']));
    const nets = async (region: string) => (await data(`query($r: ID) { networks(filter: { region: $r }, first: 100) { edges { node { id } } } }`, { r: region }))
      .networks.edges.map((e: any) => e.node.id);
    expect(await nets('region:innlandet')).toEqual(expect.arrayContaining(['network:opplandsnettverket']));
    expect(await nets('region:agder')).toEqual(expect.arrayContaining(['network:agdernettverket']));
    expect(await nets('region:vest-agder')).toEqual(expect.arrayContaining(['network:agdernettverket']));
    const g = await data(`{ collaborationGraph(filter: { region: "region:innlandet" }) { nodes { id } } }`);
    expect(g.collaborationGraph.nodes.length).toBeGreaterThan(0);
  });

  it('004 Tiltak 11, IMDi Indre Øst: a search for "Innlandet" finds the networks of Oppland and Hedmark (2016)', async () => {
    const d = await data(`{ search(text: "Innlandet", kinds: [NETWORK], first: 50) { node { id } } }`);
    const ids = d.search.map((h: any) => h.node.id);
    expect(ids).toEqual(expect.arrayContaining(['network:opplandsnettverket', 'network:ostlandsnettverket']));
  });
});

describe('language: the data\'s short texts in both languages', () => {
  it('themes, indicator names, categories and units come in English with language: EN, and as written by default', async () => {
    const d = await data(`{ node(id: "theme:tvangsekteskap") { ... on Theme { nb: name en: name(language: EN) } }
      indicatorTables { table categories(language: EN) indicators { name(language: EN) unit(language: EN) } } }`);
    expect(d.node).toEqual({ nb: 'Tvangsekteskap', en: 'Forced marriage' });
    const ir = d.indicatorTables.find((t: any) => t.table === 'ir-saker');
    expect(ir.categories).toContain('Fear of forced marriage');
    expect(ir.categories[ir.categories.length - 1]).toBe('Total');
    expect(ir.indicators[0]).toEqual({ name: 'Cases reported to the integration advisers', unit: 'cases' });
  });

  it('004 Tiltak 11, table: the integration advisers\' totals are there, 616 cases 2013-2016, 202 in 2016', async () => {
    const d = await data(`{ indicatorTables { table indicators { category year value isTotal } } }`);
    const ir = d.indicatorTables.find((t: any) => t.table === 'ir-saker').indicators;
    expect(ir.find((i: any) => i.category === 'Totalt' && i.year === 2016)).toEqual({ category: 'Totalt', year: 2016, value: 202, isTotal: true });
    expect(ir.find((i: any) => i.category === 'Totalt' && i.year === null).value).toBe(616);
  });
});

describe('regions of the same name are told apart', () => {
  it('Østfold until 2019 and Østfold from 2024 have labels with their periods', async () => {
    const d = await data(`{ a: node(id: "region:ostfold") { ... on Region { name label } } b: node(id: "region:ostfold-2024") { ... on Region { name label } }
      c: node(id: "region:oslo") { ... on Region { label } } }`);
    expect(d).toEqual({ a: { name: 'Østfold', label: 'Østfold (–2019)' }, b: { name: 'Østfold', label: 'Østfold (2024–)' }, c: { label: 'Oslo' } });
  });
});
