/** The map's as-of date applies to every dated context: memberships, networks, plan periods, undated plans, agreements. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Samkart } from '../../server/boot.js';
import { gql, startTestServer } from '../helpers.js';

let app: Samkart;
beforeAll(async () => { app = await startTestServer(); });
afterAll(async () => { await app?.stop(); });

async function contextIds(asOf?: string): Promise<Set<string>> {
  const r = await gql(app, 'query($f: CollaborationFilter) { collaborationGraph(filter: $f) { edges { contexts { kind id } } } }', { f: asOf ? { asOf } : {} });
  expect(r.body.errors).toBeUndefined();
  return new Set(r.body.data!.collaborationGraph.edges.flatMap((e: { contexts: { id: string }[] }) => e.contexts.map((c) => c.id)));
}

describe('collaboration as of a date', () => {
  it('leaves out measures of a plan that had not started (an undated plan dates from its first status report)', async () => {
    const all = await contextIds();
    const moss = [...all].filter((id) => id.startsWith('measure:moss-vold-2017/'));
    expect(moss.length).toBeGreaterThan(0);
    const in2008 = await contextIds('2008');
    expect([...in2008].filter((id) => id.startsWith('measure:moss-vold-2017/'))).toEqual([]);
    const in2017 = await contextIds('2017');
    expect([...in2017].filter((id) => id.startsWith('measure:moss-vold-2017/')).length).toBeGreaterThan(0);
  });

  it('leaves out measures of a plan whose period had ended, and keeps them while it ran', async () => {
    const tve = (ids: Set<string>) => [...ids].filter((id) => id.startsWith('measure:tve-2013-2016/'));
    expect(tve(await contextIds('2014')).length).toBeGreaterThan(0);
    expect(tve(await contextIds('2016')).length).toBeGreaterThan(0);
    expect(tve(await contextIds('2020'))).toEqual([]);
  });

  it('treats a partial date as a period: a network ended in mid-2016 still counts for "2016" but not for 2016-12', async () => {
    const r = await gql(app, `{ networks(first: 500) { edges { node { id ended } } } }`);
    const linked = await contextIds();
    const ended = r.body.data?.networks.edges.map((e: { node: { id: string; ended: string | null } }) => e.node)
      .find((n: { id: string; ended: string | null }) => linked.has(n.id) && n.ended && /^\d{4}-\d{2}/.test(n.ended));
    if (!ended) return; // the curated data has no network ended at a month; the rule is covered by the plan tests
    const [y, m] = ended.ended.split('-').map(Number);
    expect((await contextIds(String(y))).has(ended.id)).toBe(true);
    if (m < 12) expect((await contextIds(`${y}-12`)).has(ended.id)).toBe(false);
  });
});
