/**
 * What a reporting round shows, from a plan's measures and their status histories (pure): for each
 * measure its owners, its last status before the round, the answers given in the round and the
 * status the round gives it; for each responsible actor the measures it has to report on and how
 * many it has answered.
 */
import type { MeasureHistoryRow, OwnerRow, RoundRow, RoundStatusRow } from '../db/repos/rounds.repo.js';

/**
 * Who reports on a measure: its lead; without a lead, those who carry it out (executing); without
 * either, every responsible actor. A contributing or funding party answers only when nobody else can.
 */
export function reportersOf(m: Pick<MeasureHistoryRow, 'owners'>): OwnerRow[] {
  for (const roles of [['lead'], ['executing']]) {
    const found = m.owners.filter((o) => roles.includes(o.role));
    if (found.length) return found;
  }
  return m.owners;
}

export interface RoundMeasureView {
  measure: MeasureHistoryRow;
  reporters: OwnerRow[];
  /** The last status before the round (not one of the round's own). */
  previous: RoundStatusRow | null;
  /** Answers given in the round, newest first. */
  answers: RoundStatusRow[];
  /** The round's status for the measure: the newest answer, or after closing the carried-over one. */
  result: RoundStatusRow | null;
}

export interface RoundOwnerView {
  actorId: string; name: string; isGenericRole: boolean;
  measureIds: string[];
  /** Measures this actor has answered for in the round. */
  answeredIds: string[];
}

export function roundView(round: Pick<RoundRow, 'id' | 'asOf'>, measures: MeasureHistoryRow[]) {
  const views: RoundMeasureView[] = measures.map((m) => {
    const inRound = m.statuses.filter((s) => s.roundId === round.id);
    return {
      measure: m,
      reporters: reportersOf(m),
      previous: m.statuses.find((s) => s.roundId !== round.id && s.asOf <= round.asOf) ?? null,
      answers: inRound.filter((s) => s.reported),
      result: inRound[0] ?? null,
    };
  });
  const owners = new Map<string, RoundOwnerView>();
  for (const v of views) {
    for (const r of v.reporters) {
      let o = owners.get(r.actorId);
      if (!o) owners.set(r.actorId, o = { actorId: r.actorId, name: r.name, isGenericRole: r.isGenericRole, measureIds: [], answeredIds: [] });
      if (o.measureIds.includes(v.measure.id)) continue;
      o.measureIds.push(v.measure.id);
      if (v.answers.some((a) => a.byActor === r.actorId)) o.answeredIds.push(v.measure.id);
    }
  }
  const ownerList = [...owners.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  return { measures: views, owners: ownerList, unowned: views.filter((v) => !v.reporters.length).map((v) => v.measure.id) };
}
