/** The shapes the data layer returns (codegen "mappers"): entity fields plus ids of related entities. */
export interface Citations { sourceIds: string[]; quotes: string[]; locators: string[] }
export interface ActorRow {
  id: string; name: string; shortName: string | null; aliases: string[]; kind: string | null; level: string | null;
  sector: string | null; isGenericRole: boolean; description: string | null; url: string | null;
  parentId: string | null; regionId: string | null;
}
export interface NetworkRow {
  id: string; name: string; aliases: string[]; kind: string | null; status: string | null; established: string | null;
  ended: string | null; mandate: string | null; meetingFrequency: string | null; partOfId: string | null;
}
export interface PlanRow {
  id: string; title: string; shortTitle: string | null; aliases: string[]; kind: string | null; level: string | null;
  status: string | null; periodStart: string | null; periodEnd: string | null;
}
export interface MeasureRow { id: string; number: string | null; title: string; description: string | null; achievement: string | null; planId: string | null }
export interface RegionRow {
  id: string; name: string; kind: string | null; code: string | null; parentId: string | null;
  validFrom: string | null; validTo: string | null; /** "code|from|to" per period. */ codeList: string[];
  label: string; isNorwegian: boolean;
}
/** `…En`: the English of a short data text (data/i18n/en.yaml), when there is one. */
export interface ThemeRow { id: string; name: string; nameEn?: string | null }
export interface TargetGroupRow { id: string; name: string; description: string | null }
export interface IndicatorRow {
  id: string; name: string; category: string | null; year: number | null; value: number; unit: string; table: string | null;
  isTotal: boolean; measureId: string | null; actorId: string | null;
  nameEn?: string | null; categoryEn?: string | null; unitEn?: string | null;
}
export interface AgreementRow { id: string; name: string; kind: string; signed: string | null; measureId: string | null }
export interface ContactRow { id: string; name: string; email: string | null; phone: string | null; title: string | null; actorId: string | null }
export interface SourceRow { id: string; file: string; title: string; date: string | null }
export interface StatusRow { id: string; asOf: string; status: string; text: string | null }
export interface BudgetRow { id: string; amountNok: number | null; text: string; year: string | null }
export interface GoalRow { id: string; number: number | null; text: string; achievement: string | null }
export interface MeetingRow { id: string; date: string | null; count: number | null; text: string | null }
/** Seen from one end: the far end in full, both ends' ids always (server/db/repos/graph.repo.ts). */
export interface MembershipRow {
  role: string; since: string | null; until: string | null; note: string | null; citations: Citations;
  actorId: string; networkId: string; actor?: ActorRow; network?: NetworkRow;
}
export interface ResponsibilityRow { role: string; note: string | null; citations: Citations; actorId: string; measureId: string; actor?: ActorRow; measure?: MeasureRow }
export interface CitationRow { source: SourceRow; quote: string; locator: string | null }
export interface IndicatorTableRow { table: string; indicators: IndicatorRow[] }
export interface CollaborationRow { id: string; name: string; description: string | null; date: string | null }
export interface ResourceRow { id: string; name: string; aliases: string[]; kind: string; description: string | null; url: string | null; year: string | null }
export interface GuidelineRow { id: string; name: string; sectors: string[] }
