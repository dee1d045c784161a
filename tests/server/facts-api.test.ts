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
beforeAll(async () => {
  app = await startTestServer();
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
