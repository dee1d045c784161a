/**
 * Facts of the five source documents, each checked by hand against the document (named with its
 * locator in the test's title) and asserted here against the loaded graph. The documents are in
 * ../shared/seeds/ (000 VTRN mandate, 001 Lokalt Mot, 002 IMDi slides, 003 Moss plan status,
 * 004 report on the 2013-2016 action plan).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { buildDataset, listDataFiles } from '../../server/data/dataset.js';
import { loadDataset } from '../../server/data/loader.js';
import { startTestServer } from '../helpers.js';

let app: Samkart;
beforeAll(async () => {
  app = await startTestServer();
  // Other test files may have loaded other data into the shared database: load the current files.
  await loadDataset(app.db, await buildDataset(await listDataFiles()));
});
afterAll(async () => { await app?.stop(); });

const q = <T = Record<string, any>>(cypher: string, params: Record<string, unknown> = {}) => app.db.read<T>(cypher, params);

interface Member { actor: string; role: string; since: string | null; until: string | null; sinceDate: string | null; untilDate: string | null }
/** Every MEMBER_OF edge of a network, sorted by actor and role. */
async function members(network: string): Promise<Member[]> {
  return q<Member>(`MATCH (a:Actor)-[r:MEMBER_OF]->(:Network {id: $network})
    RETURN a.id AS actor, r.role AS role, r.since AS since, r.until AS until,
           toString(r.sinceDate) AS sinceDate, toString(r.untilDate) AS untilDate
    ORDER BY actor, role`, { network });
}
const distinct = (ms: Member[]) => [...new Set(ms.map((m) => m.actor))].sort();
const withRole = (ms: Member[], role: string) => ms.filter((m) => m.role === role).map((m) => m.actor).sort();

interface Resp { actor: string; role: string }
async function responsible(measure: string): Promise<Resp[]> {
  return q<Resp>(`MATCH (a:Actor)-[r:RESPONSIBLE_FOR]->(:Measure {id: $measure}) RETURN a.id AS actor, r.role AS role ORDER BY actor`, { measure });
}
const byRole = (rs: Resp[], role: string) => rs.filter((r) => r.role === role).map((r) => r.actor).sort();

async function statusOf(measure: string) {
  const rows = await q(`MATCH (:Measure {id: $measure})-[:HAS_STATUS]->(s:StatusReport)
    RETURN s.status AS status, s.text AS text, s.asOf AS asOf, toString(s.asOfDate) AS asOfDate`, { measure });
  expect(rows).toHaveLength(1);
  return rows[0];
}
async function indicator(id: string): Promise<number> {
  const rows = await q<{ value: number }>(`MATCH (i:Indicator {id: $id}) RETURN i.value AS value`, { id });
  expect(rows).toHaveLength(1);
  return rows[0].value;
}
/** Ids of the actors whose name, short name or an alias is exactly `spelling`. */
async function actorsSpelled(spelling: string): Promise<string[]> {
  const rows = await q<{ id: string }>(`MATCH (a:Actor) WHERE a.name = $s OR a.shortName = $s OR $s IN coalesce(a.aliases, [])
    RETURN a.id AS id ORDER BY id`, { s: spelling });
  return rows.map((r) => r.id);
}

describe('000 – VTRN mandate', () => {
  it('000 "Nettverksmedlemmer, arbeidsgruppe": the working group is RVTS Sør, Vestfold og Telemark fylkeskommune and IMDi', async () => {
    expect(withRole(await members('network:vtrn'), 'working-group'))
      .toEqual(['actor:imdi', 'actor:rvts-sor', 'actor:vestfold-og-telemark-fylkeskommune']);
  });

  it('000 "Nettverksmedlemmer": VTRN has 11 member bodies (3 in the working group, 8 more named as current members)', async () => {
    const ms = await members('network:vtrn');
    expect(distinct(ms)).toHaveLength(11);
    expect(distinct(ms)).toEqual(expect.arrayContaining([
      'actor:statsforvalteren-vestfold-og-telemark', 'actor:usn', 'actor:udi', 'actor:nav',
      'actor:generic-kommunal-flyktningetjeneste', 'actor:generic-politi', 'actor:generic-voldssenteret', 'actor:generic-krisesenteret',
    ]));
  });

  it('000 last paragraph: Vestfold og Telemark fylkeskommune coordinates the network 2022-2025 (a term: the whole of both years)', async () => {
    const c = (await members('network:vtrn')).filter((m) => m.role === 'coordinator');
    expect(c).toEqual([{ actor: 'actor:vestfold-og-telemark-fylkeskommune', role: 'coordinator', since: '2022-01-01', until: '2025-12-31', sinceDate: '2022-01-01', untilDate: '2025-12-31' }]);
  });

  it('000 "Bakgrunn" and "Nettverksmedlemmer": VTRN was set up in 2022 and holds one to three gatherings a year', async () => {
    const [n] = await q(`MATCH (n:Network {id: 'network:vtrn'}) RETURN n.established AS established, toString(n.establishedDate) AS d, n.meetingFrequency AS f, n.aliases AS aliases`);
    expect(n).toMatchObject({ established: '2022', d: '2022-12-31', f: 'en til tre nettverkssamlinger i året' });
    expect(n.aliases).toContain('VTRN');
  });

  it('000 "Bakgrunn"/"Mandat": VTRN is anchored in Frihet fra negativ sosial kontroll (2021-2024), the 2017-2020 plan and the opptrappingsplan', async () => {
    const rows = await q<{ id: string }>(`MATCH (:Network {id: 'network:vtrn'})-[:ANCHORED_IN]->(p:ActionPlan) RETURN p.id AS id ORDER BY id`);
    const ids = rows.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([
      'plan:frihet-fra-negativ-sosial-kontroll-2021-2024', 'plan:tve-2017-2020', 'plan:opptrappingsplan-vold-og-overgrep',
    ]));
    expect(ids).toHaveLength(10); // the mandate itself and the nine plans, laws and strategies it names
  });

  it('000 "Aktuelle medlemmer": "Statsforvalteren" is one actor, the county governor', async () => {
    expect(await actorsSpelled('Statsforvalteren')).toEqual(['actor:statsforvalteren-vestfold-og-telemark']);
    const [a] = await q(`MATCH (a:Actor {id: 'actor:statsforvalteren-vestfold-og-telemark'}) RETURN a.kind AS kind, a.sector AS sector`);
    expect(a).toEqual({ kind: 'county-governor', sector: 'county-governor' });
  });
});

describe('001 – Lokalt Mot', () => {
  it('001 "Om dette nettstedet", avsnitt 1: tiltak 1 of the 2012 plan was led by Bufetat region nord with RVTS Nord, IMDi Nord and the county governors of Troms and Finnmark', async () => {
    const rs = await responsible('measure:tve-2012/1');
    expect(byRole(rs, 'lead')).toEqual(['actor:bufetat-region-nord']);
    expect(byRole(rs, 'contributing')).toEqual(['actor:fylkesmannen-finnmark', 'actor:fylkesmannen-troms', 'actor:imdi-nord', 'actor:rvts-nord']);
  });

  it('001 "Om dette nettstedet": the page is RVTS Nord\'s (revised 2017), and Bufetat region nord is a part of Bufetat', async () => {
    const [p] = await q(`MATCH (a:Actor)-[:PUBLISHED]->(s:Source {id: 'source:001-lokalt-mot'}) RETURN a.id AS id, s.date AS date`);
    expect(p).toEqual({ id: 'actor:rvts-nord', date: '2017' });
    const parent = await q(`MATCH (:Actor {id: 'actor:bufetat-region-nord'})-[:PART_OF]->(p:Actor) RETURN p.id AS id`);
    expect(parent).toEqual([{ id: 'actor:bufetat' }]);
  });
});

describe('002 – IMDi, veien videre etter 2011', () => {
  it('002 Lysbilde 3: the competence team, one actor, has four represented directorates (POD, Bufdir, UDI, IMDi)', async () => {
    const rows = await q(`MATCH (a:Actor)-[:INVOLVED_IN]->(:Collaboration {id: 'collaboration:kompetanseteamet-direktorater'}) RETURN a.id AS id ORDER BY id`);
    expect(rows.map((r) => r.id)).toEqual(['actor:bufdir', 'actor:imdi', 'actor:kompetanseteamet', 'actor:politidirektoratet', 'actor:udi']);
    expect(await q(`MATCH (n:Network {id: 'network:kompetanseteamet'}) RETURN n.id`)).toEqual([]);
  });

  it('002 Lysbilde 8: the regional competence networks are proposed, to be run by RVTS, with seven other suggested members', async () => {
    const [n] = await q(`MATCH (n:Network {id: 'network:regionale-kompetansenettverk-forslag-2011'}) RETURN n.status AS status`);
    expect(n.status).toBe('proposed');
    const ms = await members('network:regionale-kompetansenettverk-forslag-2011');
    expect(withRole(ms, 'coordinator')).toEqual(['actor:rvts']);
    expect(distinct(ms)).toHaveLength(8);
  });

  it('002 Lysbilde 8: the suggested sectors are Bufetat, school, police, NAV, UDI, RVTS, family counselling and IMDi (no health body)', async () => {
    const [g] = await q(`MATCH (g:Guideline {id: 'guideline:imdi-2011-regionale-kompetansenettverk'}) RETURN g.sectors AS sectors`);
    expect([...g.sectors].sort()).toEqual(['child-welfare', 'family-counselling', 'imdi', 'nav', 'police', 'rvts', 'school', 'udi']);
  });

  it('002 Lysbilde 6: tiltak 31 (integration advisers) – IMDi keeps the professional responsibility, UD employs them', async () => {
    const rs = await responsible('measure:tve-2008-2011/31');
    expect(byRole(rs, 'lead')).toEqual(['actor:imdi']);
    expect(byRole(rs, 'executing')).toEqual(['actor:ud']);
    expect(await actorsSpelled('DU')).toEqual(['actor:ud']);
  });

  it('002 Lysbilde 7: tiltak 19 proposes a full-time representative from Arbeids- og velferdsdirektoratet, a part of NAV', async () => {
    const rs = await responsible('measure:tve-2008-2011/19');
    expect(rs).toContainEqual({ actor: 'actor:arbeids-og-velferdsdirektoratet', role: 'contributing' });
    const parent = await q(`MATCH (:Actor {id: 'actor:arbeids-og-velferdsdirektoratet'})-[:PART_OF]->(p) RETURN p.id AS id`);
    expect(parent).toEqual([{ id: 'actor:nav' }]);
  });
});

describe('003 – Moss region plan, status 23 June 2017', () => {
  it('003 "Transkript", tiltak 1-45: the Moss plan has 45 measures numbered 1 to 45', async () => {
    const rows = await q<{ n: string }>(`MATCH (:ActionPlan {id: 'plan:moss-vold-2017'})-[:HAS_MEASURE]->(m:Measure) RETURN m.number AS n`);
    expect(rows.map((r) => Number(r.n)).sort((a, b) => a - b)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
  });

  it('003 colour legend (s. 1): 31 % done, 47 % in progress, 9 % not done, 22 % unclear – 109 % as written', async () => {
    const rows = await q<{ id: string; value: number }>(`MATCH (i:Indicator {table: 'moss-status-2017'}) RETURN i.id AS id, i.value AS value ORDER BY id`);
    expect(Object.fromEntries(rows.map((r) => [r.id.split('/')[1], r.value])))
      .toEqual({ 'gronn-ferdig': 31, 'gult-pagar': 47, 'rodt-ikke-utfort': 9, 'hvitt-uavklart': 22 });
    expect(rows.reduce((s, r) => s + r.value, 0)).toBe(109);
  });

  it('003 tiltak 32, status (s. 6): "Barnevernslederne opplyser dette er allerede ivaretatt. Utgår." – cancelled, as of 23 June 2017', async () => {
    expect(await statusOf('measure:moss-vold-2017/32')).toEqual({
      status: 'cancelled', text: 'Barnevernslederne opplyser dette er allerede ivaretatt. Utgår.', asOf: '2017-06-23', asOfDate: '2017-06-23',
    });
  });

  it('003 tiltak 3, status (s. 1): written routines partly done – crisis centre with child welfare, DPS, school/kindergarten and NAV', async () => {
    const s = await statusOf('measure:moss-vold-2017/3');
    expect(s.status).toBe('partly-done');
    expect(s.text).toBe('Delvis gjennomført: Krisesenter-barnevern Krisesenter-DPS Krisesenter-skole/bhg Krisesenter-NAV');
  });

  it('003 tiltak 1 and 2 (s. 1): the guide is written by the coordinator – the crisis centre\'s leader (tiltak 2) – and used by the unit leaders (a generic role)', async () => {
    const rows = await q(`MATCH (a:Actor)-[:RESPONSIBLE_FOR]->(:Measure {id: 'measure:moss-vold-2017/1'}) RETURN a.id AS id, coalesce(a.isGenericRole, false) AS g ORDER BY id`);
    expect(rows).toEqual([{ id: 'actor:generic-virksomhetsledere', g: true }, { id: 'actor:krisesenteret-i-moss-leder', g: false }]);
  });

  it('003 tiltak 24, ansvar (s. 5): "Krisesenter i samarbeid med bl.a. nav, boligsosial avdeling og politi"', async () => {
    const rs = await responsible('measure:moss-vold-2017/24');
    expect(byRole(rs, 'lead')).toEqual(['actor:krisesenteret-i-moss']);
    expect(byRole(rs, 'contributing')).toEqual(['actor:boligsosial-avdeling-mosseregionen', 'actor:nav-mosseregionen', 'actor:politiet-mosseregionen']);
  });

  it('003 tiltak 41, ansvar (s. 7): "Ressursgruppen i samarbeid med helsestasjonene"', async () => {
    const rs = await responsible('measure:moss-vold-2017/41');
    expect(rs).toEqual([
      { actor: 'actor:helsestasjonene-mosseregionen', role: 'contributing' },
      { actor: 'actor:ressursgruppen-mosseregionen', role: 'lead' },
    ]);
  });

  it('003 tiltak 4 (s. 1-2): the meeting-place measure refers to tiltak 9, 10 and 14', async () => {
    const rows = await q<{ id: string }>(`MATCH (:Measure {id: 'measure:moss-vold-2017/4'})-[:REFERS_TO]->(m:Measure) RETURN m.id AS id ORDER BY id`);
    expect(rows.map((r) => r.id)).toEqual(['measure:moss-vold-2017/10', 'measure:moss-vold-2017/14', 'measure:moss-vold-2017/9']);
  });
});

describe('004 – report on the 2013-2016 plan: measures', () => {
  it('004 Tiltak 1: commissioned by BLD, carried out by IMDi Øst, contact Akhtar Chaudhry (akc@imdi.no)', async () => {
    const rs = await responsible('measure:tve-2013-2016/1');
    expect(byRole(rs, 'commissioning')).toEqual(['actor:bld']);
    expect(byRole(rs, 'executing')).toEqual(['actor:imdi-ost']);
    const c = await q(`MATCH (c:Contact)-[:CONTACT_FOR]->(:Measure {id: 'measure:tve-2013-2016/1'}) MATCH (c)-[:WORKS_AT]->(a:Actor)
      RETURN c.name AS name, c.email AS email, a.id AS actor`);
    expect(c).toEqual([{ name: 'Akhtar Chaudhry', email: 'akc@imdi.no', actor: 'actor:imdi-ost' }]);
  });

  it('004 Tiltak 1, Resultatmål 1-5: five result goals; goal 2 is "Utprøving av modeller for tettere tilknytning til skolen."', async () => {
    const rows = await q<{ n: number; text: string }>(`MATCH (:Measure {id: 'measure:tve-2013-2016/1'})-[:HAS_GOAL]->(g:ResultGoal) RETURN g.number AS n, g.text AS text ORDER BY n`);
    expect(rows.map((r) => r.n)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[1].text).toBe('Utprøving av modeller for tettere tilknytning til skolen.');
  });

  it('004 Tiltak 5: four commissioning ministries (BLD, JD, KD, HOD) and a budget of 880 000 NOK on post 0110', async () => {
    expect(byRole(await responsible('measure:tve-2013-2016/5'), 'commissioning')).toEqual(['actor:bld', 'actor:hod', 'actor:jd', 'actor:kd']);
    const b = await q(`MATCH (:Measure {id: 'measure:tve-2013-2016/5'})-[:HAS_BUDGET]->(b:Budget) RETURN b.amount AS amount, b.text AS text`);
    expect(b).toEqual([{ amount: 880000, text: 'Kr. 880 000 på post 0110' }]);
  });

  it('004 Tiltak 6: IMDi Midt carries out the Nordic youth conference, budget 340 000 NOK, 45 young participants', async () => {
    expect(byRole(await responsible('measure:tve-2013-2016/6'), 'executing')).toEqual(['actor:imdi-midt-norge']);
    const [b] = await q(`MATCH (:Measure {id: 'measure:tve-2013-2016/6'})-[:HAS_BUDGET]->(b:Budget) RETURN b.amount AS amount`);
    expect(b.amount).toBe(340000);
    expect(await indicator('indicator:nordisk-ungdomskonferanse-deltakere/2016')).toBe(45);
  });

  it('004 Tiltak 11: five commissioning ministries (BLD, JD, AD, KD, HOD), IMDi Øst executing, 880 000 NOK on post 0111, four result goals', async () => {
    const rs = await responsible('measure:tve-2013-2016/11');
    expect(byRole(rs, 'commissioning')).toEqual(['actor:ad', 'actor:bld', 'actor:hod', 'actor:jd', 'actor:kd']);
    expect(byRole(rs, 'executing')).toEqual(['actor:imdi-ost']);
    const [b] = await q(`MATCH (:Measure {id: 'measure:tve-2013-2016/11'})-[:HAS_BUDGET]->(b:Budget) RETURN b.amount AS amount, b.text AS text`);
    expect(b).toEqual({ amount: 880000, text: 'Kr. 880 000 på post 0111' });
    const [g] = await q(`MATCH (:Measure {id: 'measure:tve-2013-2016/11'})-[:HAS_GOAL]->(g) RETURN count(g) AS n`);
    expect(g.n).toBe(4);
  });

  it('004 Tiltak 16: the integration advisers sit at the embassies in Amman, Ankara, Islamabad and Nairobi', async () => {
    const rows = await q<{ id: string }>(`MATCH (a:Actor {kind: 'embassy'})-[:RESPONSIBLE_FOR]->(:Measure {id: 'measure:tve-2013-2016/16'}) RETURN a.id AS id ORDER BY id`);
    expect(rows.map((r) => r.id)).toEqual(['actor:ambassaden-i-amman', 'actor:ambassaden-i-ankara', 'actor:ambassaden-i-islamabad', 'actor:ambassaden-i-nairobi']);
  });

  it('004 Tiltak 1, Resultatmål 2: eight collaboration agreements (2013) and four pilot agreements, all with IMDi', async () => {
    const rows = await q<{ kind: string; n: number; signed: string[] }>(`MATCH (:Actor {id: 'actor:imdi'})-[:PARTY_TO]->(g:Agreement)-[:CONCERNS]->(:Measure {id: 'measure:tve-2013-2016/1'})
      RETURN g.kind AS kind, count(g) AS n, collect(DISTINCT g.signed) AS signed ORDER BY kind`);
    expect(rows).toEqual([{ kind: 'collaboration', n: 8, signed: ['2013'] }, { kind: 'pilot', n: 4, signed: [] }]);
  });
});

describe('004 – report on the 2013-2016 plan: case statistics', () => {
  it('004 Tiltak 1, table of MR cases: 23 advisers; ekstrem kontroll 2016 = 116, totals 222/157/147/261, 787 in all', async () => {
    expect(await indicator('indicator:mr-nye-saker/2016/ekstrem-kontroll')).toBe(116);
    expect(await indicator('indicator:mr-antall/2016')).toBe(23); // "totalt 23 minoritetsrådgivere (MR)"
    const totals = await q<{ year: number | null; value: number }>(`MATCH (i:Indicator {table: 'mr-saker', category: 'Totalt'}) RETURN i.year AS year, i.value AS value ORDER BY year`);
    expect(totals).toEqual([
      { year: 2013, value: 222 }, { year: 2014, value: 157 }, { year: 2015, value: 147 }, { year: 2016, value: 261 }, { year: null, value: 787 },
    ]);
  });

  it('004 Tiltak 1, table of MR cases: each year\'s categories add up to the year\'s total row', async () => {
    const rows = await q<{ year: number; sum: number; total: number }>(`MATCH (i:Indicator {table: 'mr-saker'}) WHERE i.year IS NOT NULL
      WITH i.year AS year, sum(CASE WHEN i.category <> 'Totalt' THEN i.value ELSE 0 END) AS sum, sum(CASE WHEN i.category = 'Totalt' THEN i.value ELSE 0 END) AS total
      RETURN year, sum, total ORDER BY year`);
    expect(rows).toEqual([{ year: 2013, sum: 222, total: 222 }, { year: 2014, sum: 157, total: 157 }, { year: 2015, sum: 147, total: 147 }, { year: 2016, sum: 261, total: 261 }]);
  });

  it('004 Tiltak 16, table of IR cases: etterlatt i utlandet 2016 = 56, total 2016 = 202, 616 over 2013-2016', async () => {
    expect(await indicator('indicator:ir-saker/2016/etterlatt-i-utlandet')).toBe(56);
    expect(await indicator('indicator:ir-saker/2016/totalt')).toBe(202);
    expect(await indicator('indicator:ir-saker/2013-2016/totalt')).toBe(616);
  });

});

describe('004 – report on the 2013-2016 plan: networks', () => {
  it('004 Tiltak 11, IMDi Sør – Agdernettverket: founded August 2012, led by IMDi Sør since then, ten member bodies', async () => {
    const [n] = await q(`MATCH (n:Network {id: 'network:agdernettverket'}) RETURN n.established AS e, toString(n.establishedDate) AS d`);
    // An event in a month: stored as the last day of the month, when it had certainly happened.
    expect(n).toEqual({ e: '2012-08', d: '2012-08-31' });
    const ms = await members('network:agdernettverket');
    expect(ms.filter((m) => m.role === 'leader')).toMatchObject([{ actor: 'actor:imdi-sor', since: '2012-08' }]);
    expect(distinct(ms)).toHaveLength(10);
  });

  it('004 Tiltak 11, IMDi Sør – Telemark: the Telemark/Vestfold network is still starting, planned by IMDi Sør and IMDi Øst since 2015', async () => {
    const [n] = await q(`MATCH (n:Network {id: 'network:telemark-vestfold'}) RETURN n.status AS status`);
    expect(n.status).toBe('starting');
    expect(withRole(await members('network:telemark-vestfold'), 'coordinator')).toEqual(['actor:imdi-ost', 'actor:imdi-sor']);
  });

  it('004 Tiltak 11, IMDi Vest – Hordaland: Bergensnettverket (2015) had seven bodies left in December 2016, besides IMDi Vest', async () => {
    const ms = await members('network:bergensnettverket');
    const current = ms.filter((m) => m.until === null).map((m) => m.actor).filter((a) => a !== 'actor:imdi-vest').sort();
    expect(current).toEqual([
      'actor:bergen-kommune-byradsavdeling-for-sosial-og-helse', 'actor:bjorgvin-familievernkontor', 'actor:hordaland-politidistrikt',
      'actor:kirkens-bymisjon', 'actor:rode-kors', 'actor:rvts-vest', 'actor:udi-vest',
    ]);
    expect(ms.filter((m) => m.until === '2016')).toHaveLength(7);
  });

  it('004 Tiltak 11, IMDi Midt – regional network: coordinated by IMDi Midt-Norge with the secretariat, nine bodies, three meetings a year', async () => {
    const ms = await members('network:midt-norge');
    expect(ms.filter((m) => m.actor === 'actor:imdi-midt-norge').map((m) => m.role)).toEqual(['coordinator', 'secretariat']);
    expect(distinct(ms)).toHaveLength(9);
    const [n] = await q(`MATCH (n:Network {id: 'network:midt-norge'}) RETURN n.meetingFrequency AS f`);
    expect(n.f).toBe('tre ganger per år');
  });

  it('004 Tiltak 11, IMDi Midt – Fylkesnettverk: each of the three county networks is coordinated by its county governor', async () => {
    const rows = await q(`MATCH (a:Actor)-[:MEMBER_OF {role: 'coordinator'}]->(n:Network) WHERE n.id STARTS WITH 'network:fylkesnettverk-'
      RETURN n.id AS network, a.id AS actor ORDER BY network`);
    expect(rows).toEqual([
      { network: 'network:fylkesnettverk-more-og-romsdal', actor: 'actor:fylkesmannen-more-og-romsdal' },
      { network: 'network:fylkesnettverk-nord-trondelag', actor: 'actor:fylkesmannen-nord-trondelag' },
      { network: 'network:fylkesnettverk-sor-trondelag', actor: 'actor:fylkesmannen-sor-trondelag' },
    ]);
  });

  it('004 Tiltak 11, IMDi Nord: the regional network (2014) has six members and held no meetings of its own in 2016', async () => {
    expect(distinct(await members('network:nord'))).toEqual([
      'actor:bufdir', 'actor:imdi-nord', 'actor:rvts-nord', 'actor:statens-barnehus-tromso', 'actor:troms-politidistrikt', 'actor:udi',
    ]);
    const [m] = await q(`MATCH (:Network {id: 'network:nord'})-[:HAS_MEETING]->(m:Meeting {date: '2016'}) RETURN m.count AS count`);
    expect(m.count).toBe(0);
  });

  it('004 Tiltak 11, IMDi Nord: Nordlandsnettverket held 5 planning meetings and the Hammerfest–Alta network 8 meetings in 2016', async () => {
    const rows = await q(`MATCH (n:Network)-[:HAS_MEETING]->(m:Meeting {date: '2016'}) WHERE n.id IN ['network:nordlandsnettverket', 'network:hammerfest-alta']
      RETURN n.id AS id, m.count AS count ORDER BY id`);
    expect(rows).toEqual([{ id: 'network:hammerfest-alta', count: 8 }, { id: 'network:nordlandsnettverket', count: 5 }]);
  });

  it('004 Tiltak 11, IMDi Øst – Østlandsnettverket: founded January 2014, IMDi Øst coordinates, 11 bodies on 1.1.2016, +1 in 2016, +1 from 2017', async () => {
    const [n] = await q(`MATCH (n:Network {id: 'network:ostlandsnettverket'}) RETURN n.established AS e`);
    expect(n.e).toBe('2014-01');
    const ms = await members('network:ostlandsnettverket');
    expect(withRole(ms, 'coordinator')).toEqual(['actor:imdi-ost']);
    expect(distinct(ms)).toHaveLength(13);
    expect(ms.find((m) => m.actor === 'actor:familievernets-nasjonale-voldsteam')?.since).toBe('2016');
    expect(ms.find((m) => m.actor === 'actor:fylkesmannen-oslo-og-akershus-vergemalsavdelingen')?.since).toBe('2017');
    const meetings = await q(`MATCH (:Network {id: 'network:ostlandsnettverket'})-[:HAS_MEETING]->(m:Meeting) RETURN sum(m.count) AS n`);
    expect(meetings[0].n).toBe(7 + 2 + 4); // 7 meetings, 2 mini-seminars, 4 seminars in 2016
  });

  it('004 Tiltak 11, IMDi Øst: Østlandsnettverkets fagforum (2015) is part of Østlandsnettverket', async () => {
    const rows = await q(`MATCH (f:Network {id: 'network:ostlandsnettverket-fagforum'})-[:PART_OF]->(n:Network) RETURN n.id AS id, f.established AS e`);
    expect(rows).toEqual([{ id: 'network:ostlandsnettverket', e: '2015' }]);
  });

  it('004 Tiltak 11, IMDi Øst: the interdepartmental working group on domestic violence is led by JD; IMDi Øst takes part', async () => {
    const ms = await members('network:interdepartemental-arbeidsgruppe');
    expect(ms.map((m) => [m.actor, m.role])).toEqual([['actor:imdi-ost', 'member'], ['actor:jd', 'leader']]);
  });

  it('004 Tiltak 11, IMDi Indre Øst – Buskerudnettverket: since 2011, ten bodies, IMDi Indre Øst a fixed member since 2015', async () => {
    const [n] = await q(`MATCH (n:Network {id: 'network:buskerudnettverket'}) RETURN n.established AS e, n.meetingFrequency AS f`);
    expect(n).toEqual({ e: '2011', f: 'to til fire ganger per år' });
    const ms = await members('network:buskerudnettverket');
    expect(distinct(ms)).toHaveLength(10);
    expect(ms.find((m) => m.actor === 'actor:imdi-indre-ost')).toMatchObject({ role: 'member', since: '2015' });
  });

  it('004 Tiltak 11, IMDi Indre Øst – Opplandsnettverket: nine bodies, coordinated by IMDi Indre Øst, RVTS Øst a member since 2016', async () => {
    const ms = await members('network:opplandsnettverket');
    expect(distinct(ms)).toHaveLength(9);
    expect(withRole(ms, 'coordinator')).toEqual(['actor:imdi-indre-ost']);
    expect(ms.find((m) => m.actor === 'actor:rvts-ost')?.since).toBe('2016');
  });

  it('004 Tiltak 11, IMDi Indre Øst – «Hjelp som nytter»: set up and run by RVTS Øst; IMDi Indre Øst is a member', async () => {
    const ms = await members('network:hjelp-som-nytter');
    expect(withRole(ms, 'coordinator')).toEqual(['actor:rvts-ost']);
    expect(ms).toContainEqual(expect.objectContaining({ actor: 'actor:imdi-indre-ost', role: 'member' }));
  });
});

describe('one actor per body, every spelling an alias', () => {
  it('004 Tiltak 5/11: IMDi has six regional offices, each part of IMDi; "IMDi Øst" is exactly one actor', async () => {
    const rows = await q<{ id: string }>(`MATCH (a:Actor {kind: 'regional-office'})-[:PART_OF]->(:Actor {id: 'actor:imdi'}) RETURN a.id AS id ORDER BY id`);
    expect(rows.map((r) => r.id)).toEqual(['actor:imdi-indre-ost', 'actor:imdi-midt-norge', 'actor:imdi-nord', 'actor:imdi-ost', 'actor:imdi-sor', 'actor:imdi-vest']);
    expect(await actorsSpelled('IMDi Øst')).toEqual(['actor:imdi-ost']);
  });

  it('004 Tiltak 5/11: "IMDi indre Øst", "IMDi Indre Øst" and "IMDi Indre-Øst" are one actor; so are "Fylkesmannen i Oslo (og) Akershus"', async () => {
    for (const s of ['IMDi indre Øst', 'IMDi Indre Øst', 'IMDi Indre-Øst']) expect(await actorsSpelled(s)).toEqual(['actor:imdi-indre-ost']);
    for (const s of ['Fylkesmannen i Oslo og Akershus', 'Fylkesmannen i Oslo Akershus']) expect(await actorsSpelled(s)).toEqual(['actor:fylkesmannen-oslo-og-akershus']);
  });

  it('004 Tiltak 11, IMDi Vest: "UDi Vest" and "UDI Vest" are one actor, a regional office of UDI', async () => {
    expect(await actorsSpelled('UDi Vest')).toEqual(['actor:udi-vest']);
    expect(await actorsSpelled('UDI Vest')).toEqual(['actor:udi-vest']);
    expect(await q(`MATCH (:Actor {id: 'actor:udi-vest'})-[:PART_OF]->(p) RETURN p.id AS id`)).toEqual([{ id: 'actor:udi' }]);
  });

  it('000/004: the five regional RVTS are parts of RVTS, and "RVTS Sør" is one actor in both documents', async () => {
    const rows = await q<{ id: string }>(`MATCH (a:Actor)-[:PART_OF]->(:Actor {id: 'actor:rvts'}) RETURN a.id AS id ORDER BY id`);
    expect(rows.map((r) => r.id)).toEqual(['actor:rvts-midt', 'actor:rvts-nord', 'actor:rvts-ost', 'actor:rvts-sor', 'actor:rvts-vest']);
    const [s] = await q(`MATCH (a:Actor {id: 'actor:rvts-sor'})-[:SOURCED_FROM]->(s:Source) RETURN collect(DISTINCT s.id) AS sources`);
    expect([...s.sources].sort()).toEqual(['source:000-vtrn-mandat', 'source:004-tve-rapport-2016']);
  });

  it('all documents: every actor has a kind and a sector; no two actors share a name (generic roles apart)', async () => {
    expect(await q(`MATCH (a:Actor) WHERE a.kind IS NULL OR a.sector IS NULL RETURN a.id AS id`)).toEqual([]);
    const dups = await q(`MATCH (a:Actor) WHERE NOT coalesce(a.isGenericRole, false)
      UNWIND [a.name, a.shortName] + coalesce(a.aliases, []) AS name
      WITH toLower(trim(name)) AS key, collect(DISTINCT a.id) AS ids WHERE key IS NOT NULL AND size(ids) > 1 RETURN key, ids`);
    expect(dups).toEqual([]);
  });
});
