import { describe, expect, it } from 'vitest';
import type { MeasureHistoryRow, RoundStatusRow } from '../../server/db/repos/rounds.repo.js';
import { isPast, movementOf, planProgress } from '../../server/rounds/progress.js';
import { reportersOf, roundView } from '../../server/rounds/round.js';

const status = (asOf: string, s: string, extra: Partial<RoundStatusRow> = {}): RoundStatusRow =>
  ({ id: `status:x/${asOf}/${s}`, asOf, status: s, text: null, roundId: null, reported: true, byActor: null, carriedOverFrom: null, ...extra });
const measure = (id: string, statuses: RoundStatusRow[], extra: Partial<MeasureHistoryRow> = {}): MeasureHistoryRow =>
  ({ id, number: id.slice(-1), title: id, deadline: null, owners: [], statuses, ...extra });

describe('progress between rounds', () => {
  it('reads a partial deadline as a period: "2016" has passed in 2017, not on 2016-12-31', () => {
    expect(isPast('2016-02', '2016-02-29')).toBe(false);
    expect(isPast('2016-02', '2016-03')).toBe(true);
    expect(isPast('2016', '2017-01-01')).toBe(true);
    expect(isPast('2016', '2016-12-31')).toBe(false);
    expect(isPast('2017-06', '2017-06')).toBe(false);
    expect(isPast('2017-06', '2017-07')).toBe(true);
  });

  it('names movements', () => {
    expect(movementOf('not-done', 'in-progress')).toBe('forward');
    expect(movementOf('partly-done', 'done')).toBe('forward');
    expect(movementOf('in-progress', 'in-progress')).toBe('stalled');
    expect(movementOf('partly-done', 'in-progress')).toBe('backward');
    expect(movementOf(null, 'unclear')).toBe('new');
    expect(movementOf('done', 'done')).toBe('done');
    expect(movementOf('in-progress', 'cancelled')).toBe('closed');
    expect(movementOf(null, null)).toBe('none');
  });

  it('puts every reporting date side by side and flags what is overdue against the plan period or the deadline', () => {
    const plan = { id: 'plan:p', title: 'P', shortTitle: null, periodStart: '2013', periodEnd: '2016' };
    const round = { id: 'round:p/2018-06-15', planId: 'plan:p', asOf: '2018-06-15', deadline: null, status: 'closed' as const, title: null, openedBy: 'ed', openedAt: '', closedBy: 'ed', closedAt: '' };
    const ms = [
      measure('measure:p/1', [status('2018-06-15', 'done', { roundId: round.id }), status('2017-06-23', 'in-progress')]),
      measure('measure:p/2', [status('2018-06-15', 'in-progress', { roundId: round.id, reported: false, carriedOverFrom: '2017-06-23' }), status('2017-06-23', 'in-progress')]),
      measure('measure:p/3', [status('2018-06-15', 'not-done', { roundId: round.id })], { deadline: '2019' }),
    ];
    const p = planProgress(plan, ms, [round]);
    expect(p.columns.map((c) => c.asOf)).toEqual(['2017-06-23', '2018-06-15']);
    expect(p.rows.map((r) => r.movement)).toEqual(['forward', 'not-reported', 'new']);
    expect(p.rows.map((r) => r.overdueSince)).toEqual([null, '2016', '2016']);
    expect(p.rows[2].cells[0].status).toBeNull();
    expect(p.perColumn[1].counts).toEqual({ done: 1, 'in-progress': 1, 'not-done': 1 });
  });
});

describe('who reports in a round', () => {
  it('is the lead; without one the executing actors; without those everyone responsible', () => {
    const o = (actorId: string, role: string) => ({ actorId, name: actorId, role, isGenericRole: false });
    expect(reportersOf({ owners: [o('a', 'contributing'), o('b', 'lead')] }).map((x) => x.actorId)).toEqual(['b']);
    expect(reportersOf({ owners: [o('a', 'executing'), o('b', 'executing'), o('c', 'funding')] }).map((x) => x.actorId)).toEqual(['a', 'b']);
    expect(reportersOf({ owners: [o('c', 'funding')] }).map((x) => x.actorId)).toEqual(['c']);
  });

  it('counts an owner as answered for a measure only when it answered itself', () => {
    const o = (actorId: string) => ({ actorId, name: actorId, role: 'executing', isGenericRole: false });
    const round = { id: 'round:p/2018', asOf: '2018' };
    const view = roundView(round, [measure('measure:p/1', [status('2018', 'done', { roundId: round.id, byActor: 'a' })], { owners: [o('a'), o('b')] })]);
    expect(view.owners.map((x) => [x.actorId, x.answeredIds.length, x.measureIds.length])).toEqual([['a', 1, 1], ['b', 0, 1]]);
    expect(view.measures[0].result?.status).toBe('done');
  });
});
