/**
 * Progress between rounds (pure): each measure's status at each reporting date of its plan side by
 * side, what moved between the last two dates, and what is overdue.
 *
 * Dates are partial ("2016", "2017-06", "2017-06-23"). A deadline or a plan period's end is a
 * period: "2016" ends on 31 December 2016 (the rule of server/db/repos/dates.ts), and a measure is overdue at a reporting date when that
 * date is after the last day of the deadline's period and the measure is not done (or cancelled).
 */
import { firstDay, lastDay } from '../db/repos/dates.js';
import type { MeasureHistoryRow, PlanFactsRow, RoundRow, RoundStatusRow } from '../db/repos/rounds.repo.js';

export type Movement = 'forward' | 'backward' | 'stalled' | 'done' | 'new' | 'none' | 'closed' | 'not-reported';

/** How far along a status is; cancelled is outside the scale. */
const RANK: Record<string, number> = { 'not-done': 0, unclear: 0, 'in-progress': 1, 'partly-done': 2, done: 3 };

/** True when the whole period `deadline` lies before the reporting date `asOf`. */
export function isPast(deadline: string, asOf: string): boolean {
  return lastDay(deadline).toString() < firstDay(asOf).toString();
}

export interface ProgressColumnRow { asOf: string; round: RoundRow | null }
export interface ProgressCellRow { asOf: string; status: RoundStatusRow | null; pending: boolean }
export interface ProgressRowView {
  measure: MeasureHistoryRow;
  cells: ProgressCellRow[];
  movement: Movement;
  overdue: boolean;
  /** Why it is overdue: the measure's deadline or the plan period's end that has passed. */
  overdueSince: string | null;
}

export function movementOf(before: string | null, after: string | null): Movement {
  if (!after) return 'none';
  if (after === 'cancelled') return 'closed';
  if (!before) return 'new';
  if (after === 'done') return before === 'done' ? 'done' : 'forward';
  const b = RANK[before] ?? 0;
  const a = RANK[after] ?? 0;
  return a > b ? 'forward' : a < b ? 'backward' : 'stalled';
}

export function planProgress(plan: PlanFactsRow, measures: MeasureHistoryRow[], rounds: RoundRow[]) {
  const dates = new Set<string>();
  for (const m of measures) for (const s of m.statuses) dates.add(s.asOf);
  for (const r of rounds) dates.add(r.asOf);
  const roundAt = new Map(rounds.map((r) => [r.asOf, r]));
  const columns: ProgressColumnRow[] = [...dates].sort().map((asOf) => ({ asOf, round: roundAt.get(asOf) ?? null }));
  const rows: ProgressRowView[] = measures.map((m) => {
    const cells = columns.map((c): ProgressCellRow => {
      const status = m.statuses.find((s) => s.asOf <= c.asOf) ?? null;
      // An open round's column shows the last status until an answer comes in.
      const pending = !!c.round && c.round.status === 'open' && status?.roundId !== c.round.id;
      return { asOf: c.asOf, status, pending };
    });
    const last = cells.at(-1)?.status ?? null;
    const before = cells.length > 1 ? cells.at(-2)!.status : null;
    const lastAsOf = columns.at(-1)?.asOf;
    const finished = last?.status === 'done' || last?.status === 'cancelled';
    const deadlines = [m.deadline, plan.periodEnd].filter((d): d is string => !!d);
    const passed = lastAsOf && !finished ? deadlines.find((d) => isPast(d, lastAsOf)) ?? null : null;
    // A status carried over at a round's closing says nothing about progress: nobody reported.
    const movement = last && !last.reported ? 'not-reported' : movementOf(before?.status ?? null, last?.status ?? null);
    return { measure: m, cells, movement, overdue: !!passed, overdueSince: passed };
  });
  const count = (f: (r: ProgressRowView) => boolean) => rows.filter(f).length;
  const summary = {
    forward: count((r) => r.movement === 'forward'), backward: count((r) => r.movement === 'backward'),
    stalled: count((r) => r.movement === 'stalled'), done: count((r) => r.movement === 'done'), new: count((r) => r.movement === 'new'),
    none: count((r) => r.movement === 'none'), closed: count((r) => r.movement === 'closed'), notReported: count((r) => r.movement === 'not-reported'),
    overdue: count((r) => r.overdue),
  };
  /** Counts per status at each column, for the chart. */
  const perColumn = columns.map((c, i) => {
    const counts: Record<string, number> = {};
    for (const r of rows) { const s = r.cells[i].status?.status ?? 'none'; counts[s] = (counts[s] ?? 0) + 1; }
    return { asOf: c.asOf, counts };
  });
  return { plan, columns, rows, summary, perColumn };
}
export type PlanProgressView = ReturnType<typeof planProgress>;
export interface ColumnCounts { asOf: string; counts: Record<string, number> }
