/** What kind of body an actor is. */
export const ActorKind = {
  Ministry: 'MINISTRY',
  Directorate: 'DIRECTORATE',
  /** A directorate's regional office, e.g. IMDi Øst. */
  RegionalOffice: 'REGIONAL_OFFICE',
  /** A state agency that is neither ministry nor directorate, e.g. Bufetat. */
  Agency: 'AGENCY',
  /** Fylkesmannen / Statsforvalteren. */
  CountyGovernor: 'COUNTY_GOVERNOR',
  /** Fylkeskommune. */
  CountyAuthority: 'COUNTY_AUTHORITY',
  Municipality: 'MUNICIPALITY',
  /** A service or unit of a municipality. */
  MunicipalService: 'MUNICIPAL_SERVICE',
  /** Bydel. */
  CityDistrict: 'CITY_DISTRICT',
  Police: 'POLICE',
  School: 'SCHOOL',
  CrisisCentre: 'CRISIS_CENTRE',
  FamilyCounselling: 'FAMILY_COUNSELLING',
  ChildWelfare: 'CHILD_WELFARE',
  Health: 'HEALTH',
  Nav: 'NAV',
  /** RVTS, NKVTS and similar. */
  CompetenceCentre: 'COMPETENCE_CENTRE',
  Research: 'RESEARCH',
  Ngo: 'NGO',
  Embassy: 'EMBASSY',
  PoliticalBody: 'POLITICAL_BODY',
  OtherPublic: 'OTHER_PUBLIC',
  /** A role named as responsible rather than an organisation, e.g. "virksomhetsledere". */
  GenericRole: 'GENERIC_ROLE'
} as const;

export type ActorKind = typeof ActorKind[keyof typeof ActorKind];
/** The sector an actor belongs to, as the missing-sector rule compares them. */
export const Sector = {
  Police: 'POLICE',
  ChildWelfare: 'CHILD_WELFARE',
  Health: 'HEALTH',
  School: 'SCHOOL',
  Nav: 'NAV',
  Udi: 'UDI',
  Rvts: 'RVTS',
  FamilyCounselling: 'FAMILY_COUNSELLING',
  Imdi: 'IMDI',
  CrisisCentre: 'CRISIS_CENTRE',
  Municipality: 'MUNICIPALITY',
  County: 'COUNTY',
  CountyGovernor: 'COUNTY_GOVERNOR',
  Ministry: 'MINISTRY',
  Directorate: 'DIRECTORATE',
  Ngo: 'NGO',
  Embassy: 'EMBASSY',
  Research: 'RESEARCH',
  Other: 'OTHER'
} as const;

export type Sector = typeof Sector[keyof typeof Sector];
/** How to order actors. */
export const ActorSortField = {
  Name: 'NAME',
  Kind: 'KIND'
} as const;

export type ActorSortField = typeof ActorSortField[keyof typeof ActorSortField];
/** How deletions treat the facts that hang on an entity. */
export const DeleteMode = {
  /** Refuse when the entity still has relationships (the default). */
  Restrict: 'RESTRICT',
  /** Delete its relationships too (memberships, responsibilities, statuses). */
  Cascade: 'CASCADE'
} as const;

export type DeleteMode = typeof DeleteMode[keyof typeof DeleteMode];
/** Kinds of context that make two actors collaborators. */
export const CollaborationContextKind = {
  Network: 'NETWORK',
  Measure: 'MEASURE',
  Agreement: 'AGREEMENT',
  Reported: 'REPORTED'
} as const;

export type CollaborationContextKind = typeof CollaborationContextKind[keyof typeof CollaborationContextKind];
/** The kinds of responsibility gap (DESIGN.md). */
export const GapKind = {
  /** A measure with no responsible actor. */
  UnownedMeasure: 'UNOWNED_MEASURE',
  /** Every responsible actor is a generic role, not a named organisation. */
  VagueOwner: 'VAGUE_OWNER',
  /** Several responsible actors, none marked lead. */
  NoLead: 'NO_LEAD',
  /** Latest status not done / unclear, or the plan period has ended and the measure is not done. */
  Stalled: 'STALLED',
  /** An actor leads or executes more measures than the threshold. */
  OverloadedActor: 'OVERLOADED_ACTOR',
  /** A network lacks a sector its guideline recommends. */
  MissingSector: 'MISSING_SECTOR',
  /** A network held together by a single coordinator, or an actor whose removal splits the collaboration graph. */
  SinglePointOfFailure: 'SINGLE_POINT_OF_FAILURE',
  /** Responsible for measures but a member of no network. */
  IsolatedActor: 'ISOLATED_ACTOR',
  /** A region with no network addressing a theme. */
  UncoveredRegion: 'UNCOVERED_REGION'
} as const;

export type GapKind = typeof GapKind[keyof typeof GapKind];
/** How serious a gap is. */
export const Severity = {
  High: 'HIGH',
  Medium: 'MEDIUM',
  Low: 'LOW'
} as const;

export type Severity = typeof Severity[keyof typeof Severity];
/** Sort direction. */
export const SortDirection = {
  Asc: 'ASC',
  Desc: 'DESC'
} as const;

export type SortDirection = typeof SortDirection[keyof typeof SortDirection];
/** The administrative level an actor, network or plan works at. */
export const Level = {
  National: 'NATIONAL',
  Regional: 'REGIONAL',
  County: 'COUNTY',
  Municipal: 'MUNICIPAL',
  Local: 'LOCAL',
  International: 'INTERNATIONAL'
} as const;

export type Level = typeof Level[keyof typeof Level];
/** Language of the sentences the API writes (explanations); data stays as the sources wrote it. */
export const Language = {
  /** Norwegian bokmål. */
  Nb: 'NB',
  /** English. */
  En: 'EN'
} as const;

export type Language = typeof Language[keyof typeof Language];
/** What applying does with a record. */
export const ImportAction = {
  Create: 'CREATE',
  Update: 'UPDATE',
  Unchanged: 'UNCHANGED'
} as const;

export type ImportAction = typeof ImportAction[keyof typeof ImportAction];
/** How a name was matched. */
export const ImportMatchKind = {
  /** Written exactly as a known name, short name or alias. */
  Exact: 'EXACT',
  /** Equal once case, accents and punctuation are set aside. */
  Normalized: 'NORMALIZED',
  /** Close to a known name, with a score. */
  Fuzzy: 'FUZZY',
  /** No known actor is close enough: a new actor is proposed. */
  New: 'NEW'
} as const;

export type ImportMatchKind = typeof ImportMatchKind[keyof typeof ImportMatchKind];
/** Error or warning. */
export const ImportSeverity = {
  Error: 'ERROR',
  Warning: 'WARNING'
} as const;

export type ImportSeverity = typeof ImportSeverity[keyof typeof ImportSeverity];
/** Kinds of agreement. */
export const AgreementKind = {
  Collaboration: 'COLLABORATION',
  Pilot: 'PILOT'
} as const;

export type AgreementKind = typeof AgreementKind[keyof typeof AgreementKind];
/** What kinds of entity the search can return. */
export const SearchKind = {
  Actor: 'ACTOR',
  Network: 'NETWORK',
  Plan: 'PLAN',
  Measure: 'MEASURE'
} as const;

export type SearchKind = typeof SearchKind[keyof typeof SearchKind];
/** What kind of standing collaboration a network is. */
export const NetworkKind = {
  Regional: 'REGIONAL',
  County: 'COUNTY',
  Local: 'LOCAL',
  National: 'NATIONAL',
  WorkingGroup: 'WORKING_GROUP',
  Forum: 'FORUM',
  Team: 'TEAM',
  Interdepartmental: 'INTERDEPARTMENTAL'
} as const;

export type NetworkKind = typeof NetworkKind[keyof typeof NetworkKind];
/** Whether a network runs. */
export const NetworkStatus = {
  Active: 'ACTIVE',
  /** Proposed in a plan or report, not (yet) established. */
  Proposed: 'PROPOSED',
  /** Being started. */
  Starting: 'STARTING',
  Ended: 'ENDED'
} as const;

export type NetworkStatus = typeof NetworkStatus[keyof typeof NetworkStatus];
/** A member's role in a network. */
export const MembershipRole = {
  Leader: 'LEADER',
  Coordinator: 'COORDINATOR',
  Secretariat: 'SECRETARIAT',
  WorkingGroup: 'WORKING_GROUP',
  Member: 'MEMBER'
} as const;

export type MembershipRole = typeof MembershipRole[keyof typeof MembershipRole];
/** How to order networks. */
export const NetworkSortField = {
  Name: 'NAME',
  Established: 'ESTABLISHED'
} as const;

export type NetworkSortField = typeof NetworkSortField[keyof typeof NetworkSortField];
/** What kind of plan. */
export const PlanKind = {
  ActionPlan: 'ACTION_PLAN',
  Strategy: 'STRATEGY',
  EscalationPlan: 'ESCALATION_PLAN',
  MeasuresPlan: 'MEASURES_PLAN',
  Mandate: 'MANDATE',
  Other: 'OTHER'
} as const;

export type PlanKind = typeof PlanKind[keyof typeof PlanKind];
/** A responsible actor's role for a measure. */
export const ResponsibilityRole = {
  /** Leads the measure. */
  Lead: 'LEAD',
  /** Carries it out (ansvarlig utfører). */
  Executing: 'EXECUTING',
  /** Takes part. */
  Contributing: 'CONTRIBUTING',
  /** The ministry that commissions it. */
  Commissioning: 'COMMISSIONING',
  /** Pays for it. */
  Funding: 'FUNDING'
} as const;

export type ResponsibilityRole = typeof ResponsibilityRole[keyof typeof ResponsibilityRole];
/** A measure's status at a date (the Moss report's traffic lights). */
export const MeasureStatus = {
  Done: 'DONE',
  InProgress: 'IN_PROGRESS',
  PartlyDone: 'PARTLY_DONE',
  NotDone: 'NOT_DONE',
  Unclear: 'UNCLEAR',
  Cancelled: 'CANCELLED'
} as const;

export type MeasureStatus = typeof MeasureStatus[keyof typeof MeasureStatus];
/** How to order measures. */
export const MeasureSortField = {
  /** Plan, then measure number. */
  Number: 'NUMBER',
  Title: 'TITLE'
} as const;

export type MeasureSortField = typeof MeasureSortField[keyof typeof MeasureSortField];
/** Whether a reporting round still takes answers. */
export const RoundStatus = {
  /** Owners are reporting; answers can be recorded. */
  Open: 'OPEN',
  /** Closed: every measure has its status for the round; nothing changes any more. */
  Closed: 'CLOSED'
} as const;

export type RoundStatus = typeof RoundStatus[keyof typeof RoundStatus];
/** How a measure's status changed between the last two reporting dates. */
export const Movement = {
  /** Moved forward (e.g. not done → in progress, in progress → done). */
  Forward: 'FORWARD',
  /** Moved back. */
  Backward: 'BACKWARD',
  /** The same status, not done: stalled. */
  Stalled: 'STALLED',
  /** Done at both dates. */
  Done: 'DONE',
  /** Has a status now and had none before. */
  New: 'NEW',
  /** Has no status at all. */
  None: 'NONE',
  /** Cancelled. */
  Closed: 'CLOSED',
  /** Nobody reported at the last date: the status was carried over when the round closed. */
  NotReported: 'NOT_REPORTED'
} as const;

export type Movement = typeof Movement[keyof typeof Movement];