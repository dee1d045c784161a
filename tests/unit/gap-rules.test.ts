/** The gap rules on fixtures, without a database (server/analysis/gap-rules.ts). */
import { GapKindValues } from '../../web/src/gql-enums.generated.js';
import { describe, expect, it } from 'vitest';
import {
  GAP_KINDS, isolatedActor, missingSector, noLead, overloadedActor, RULES, singleCoordinator, stalled, uncoveredRegion, unownedMeasure, vagueOwner,
  type RuleContext,
} from '../../server/analysis/gap-rules.js';
import type { GapActor, GapMeasure, GapNetwork } from '../../server/db/repos/gaps.repo.js';

const c: RuleContext = { lang: 'EN', plan: null, maxMeasuresPerActor: 2 };
const cite = { sourceIds: ['source:x'], quotes: ['q'], locators: [''] };
const resp = (id: string, role: string, generic = false) => ({ id, name: id.replace('actor:', ''), generic, role, citations: cite });
const measure = (over: Partial<GapMeasure> = {}): GapMeasure => ({
  id: 'measure:p/1', number: '1', title: 'Train staff', planId: 'plan:p', planTitle: 'Plan P', periodEnd: '2016', planEnded: false,
  responsibilities: [resp('actor:a', 'lead')], latest: { id: 'status:1', asOf: '2016-06', status: 'in-progress', text: null }, ...over,
});
const actor = (over: Partial<GapActor> = {}): GapActor => ({
  id: 'actor:a', name: 'Agency A', generic: false, inNetwork: true,
  carried: [1, 2, 3].map((n) => ({ number: String(n), title: `M${n}`, planTitle: 'Plan P', role: 'lead', citations: cite })), ...over,
});

describe('measure rules', () => {
  it('unowned: no carrier, a commissioning body alone does not carry a measure', () => {
    expect(unownedMeasure(measure(), c)).toBeNull();
    const g = unownedMeasure(measure({ responsibilities: [resp('actor:bld', 'commissioning')] }), c)!;
    expect(g).toMatchObject({ kind: 'UNOWNED_MEASURE', severity: 'HIGH', subjectId: 'measure:p/1', planId: 'plan:p' });
    expect(g.explanation).toMatch(/only a commissioning body/);
    expect(g.evidence.map((e) => e.nodeId)).toEqual(['measure:p/1', null]);
    expect(unownedMeasure(measure({ responsibilities: [] }), c)!.explanation).not.toMatch(/commissioning/);
  });

  it('vague owner: every carrier a generic role', () => {
    expect(vagueOwner(measure({ responsibilities: [resp('actor:leaders', 'executing', true), resp('actor:a', 'contributing')] }), c)).toBeNull();
    const g = vagueOwner(measure({ responsibilities: [resp('actor:leaders', 'executing', true), resp('actor:bld', 'funding')] }), c)!;
    expect(g).toMatchObject({ kind: 'VAGUE_OWNER', severity: 'MEDIUM' });
    expect(g.explanation).toMatch(/leaders/);
    expect(vagueOwner(measure({ responsibilities: [] }), c)).toBeNull();
  });

  it('no lead: two distinct carriers and no lead, unless all are generic', () => {
    const two = [resp('actor:a', 'executing'), resp('actor:b', 'contributing')];
    expect(noLead(measure({ responsibilities: two }), c)).toMatchObject({ kind: 'NO_LEAD', explanation: expect.stringMatching(/2 responsible/) });
    expect(noLead(measure({ responsibilities: [...two, resp('actor:c', 'lead')] }), c)).toBeNull();
    expect(noLead(measure({ responsibilities: [resp('actor:a', 'executing'), resp('actor:a', 'contributing')] }), c)).toBeNull();
    expect(noLead(measure({ responsibilities: [resp('actor:x', 'executing', true), resp('actor:y', 'executing', true)] }), c)).toBeNull();
  });

  it('stalled: not done or unclear; or the plan ended and the measure is not done or cancelled', () => {
    expect(stalled(measure(), c)).toBeNull();
    expect(stalled(measure({ latest: { id: 's', asOf: '2016', status: 'not-done', text: 'no money' } }), c))
      .toMatchObject({ kind: 'STALLED', severity: 'HIGH', evidence: [{ nodeId: 'measure:p/1' }, { nodeId: 's', text: expect.stringMatching(/no money/) }] });
    expect(stalled(measure({ latest: { id: 's', asOf: '2016', status: 'unclear', text: null } }), c)).toMatchObject({ severity: 'MEDIUM' });
    expect(stalled(measure({ planEnded: true }), c)).toMatchObject({ severity: 'MEDIUM', explanation: expect.stringMatching(/ended in 2016/) });
    expect(stalled(measure({ planEnded: true, latest: null }), c)!.explanation).toMatch(/without a reported status/);
    expect(stalled(measure({ planEnded: true, latest: { id: 's', asOf: '2016', status: 'done', text: null } }), c)).toBeNull();
    expect(stalled(measure({ planEnded: true, latest: { id: 's', asOf: '2016', status: 'cancelled', text: null } }), c)).toBeNull();
  });

  it('writes bokmål too', () => {
    expect(unownedMeasure(measure({ responsibilities: [] }), { ...c, lang: 'NB' })!.explanation).toMatch(/^Tiltak 1 «Train staff» \(Plan P\) har ingen ansvarlig utfører\.$/);
  });
});

describe('actor rules', () => {
  it('overloaded: a named organisation leading or carrying out more measures than the threshold', () => {
    const g = overloadedActor(actor(), c)!;
    expect(g).toMatchObject({ kind: 'OVERLOADED_ACTOR', subjectId: 'actor:a', explanation: expect.stringMatching(/3 measures, more than the threshold of 2/) });
    expect(g.evidence).toHaveLength(3);
    expect(overloadedActor(actor(), { ...c, maxMeasuresPerActor: 3 })).toBeNull();
    // Contributing does not count towards the load.
    expect(overloadedActor(actor({ carried: actor().carried.map((x, i) => ({ ...x, role: i ? 'contributing' : 'lead' })) }), c)).toBeNull();
  });

  it('overloaded counts named organisations only: generic roles are VAGUE_OWNER\'s business', () => {
    expect(overloadedActor(actor({ generic: true }), c)).toBeNull();
  });

  it('isolated: a named organisation carrying out measures, in no network', () => {
    expect(isolatedActor(actor(), c)).toBeNull();
    expect(isolatedActor(actor({ inNetwork: false }), c)).toMatchObject({ kind: 'ISOLATED_ACTOR', severity: 'LOW', explanation: expect.stringMatching(/3 measures/) });
    expect(isolatedActor(actor({ inNetwork: false, generic: true }), c)).toBeNull();
    expect(isolatedActor(actor({ inNetwork: false, carried: [] }), c)).toBeNull();
  });
});

describe('network and region rules', () => {
  const nw = (over: Partial<GapNetwork> = {}): GapNetwork => ({
    id: 'network:n', name: 'Net', kind: 'regional', memberCount: 5, sectors: ['police', 'school'],
    guideline: { id: 'guideline:g', name: 'Guide', sectors: ['police', 'school', 'health', 'nav', 'other'] },
    coordinators: [{ id: 'actor:k', name: 'K', role: 'coordinator' }], ...over,
  });

  it('missing sector: what the guideline recommends and no current member brings ("other" never counts)', () => {
    expect(missingSector(nw(), c)).toMatchObject({ kind: 'MISSING_SECTOR', severity: 'LOW', explanation: 'Net lacks health services and NAV, which Guide recommends.' });
    expect(missingSector(nw({ sectors: ['police', 'school', 'health', 'nav'] }), c)).toBeNull();
    expect(missingSector(nw({ sectors: [] }), c)).toMatchObject({ severity: 'MEDIUM' });
    expect(missingSector(nw({ guideline: null }), c)).toBeNull();
  });

  it('single coordinator: three or more members and exactly one leader or coordinator', () => {
    expect(singleCoordinator(nw(), c)).toMatchObject({ kind: 'SINGLE_POINT_OF_FAILURE', evidence: [{ nodeId: 'network:n' }, { nodeId: 'actor:k' }] });
    expect(singleCoordinator(nw({ memberCount: 2 }), c)).toBeNull();
    expect(singleCoordinator(nw({ coordinators: [] }), c)).toBeNull();
  });

  it('uncovered region: the themes no running network there addresses', () => {
    expect(uncoveredRegion({ id: 'region:r', name: 'R', missing: [{ id: 'theme:a', name: 'A' }, { id: 'theme:b', name: 'B' }] }, c))
      .toMatchObject({ kind: 'UNCOVERED_REGION', explanation: 'R has no network working on a and b.' });
    expect(uncoveredRegion({ id: 'region:r', name: 'R', missing: [] }, c)).toBeNull();
  });
});

it('has a rule for every GapKind of the schema', () => {
  expect(GAP_KINDS.sort()).toEqual(['ISOLATED_ACTOR', 'MISSING_SECTOR', 'NO_LEAD', 'OVERLOADED_ACTOR', 'SINGLE_POINT_OF_FAILURE', 'STALLED', 'UNCOVERED_REGION', 'UNOWNED_MEASURE', 'VAGUE_OWNER']);
  for (const k of GAP_KINDS) expect(RULES[k].rules.length).toBeGreaterThan(0);
  // The web app's list is generated from the same enum (codegen-enums.js), in the SDL's order.
  expect([...GapKindValues].sort()).toEqual([...GAP_KINDS].sort());
});
