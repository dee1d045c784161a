import type { GraphQLResolveInfo } from 'graphql';
import type { ActorRow, NetworkRow, PlanRow, MeasureRow, RegionRow, ThemeRow, TargetGroupRow, IndicatorRow, AgreementRow, ContactRow, SourceRow, CitationRow, StatusRow, BudgetRow, GoalRow, MeetingRow, MembershipRow, ResponsibilityRow, IndicatorTableRow } from '../db/rows.js';
import type { SearchRow } from '../db/repos/misc.repo.js';
import type { GraphNodeRow, GraphEdgeRow, GraphResult, PathRow, PathStepRow } from '../analysis/collaboration.js';
import type { GapRow, EvidenceRow } from '../analysis/gaps.js';
import type { AuditRow } from '../db/repos/audit.repo.js';
import type { RoundRow, RoundStatusRow } from '../db/repos/rounds.repo.js';
import type { RoundMeasureView, RoundOwnerView } from '../rounds/round.js';
import type { PlanProgressView, ProgressRowView, ProgressCellRow, ProgressColumnRow, ColumnCounts } from '../rounds/progress.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** What kind of body an actor is. */
export type ActorKind =
  | 'MINISTRY'
  | 'DIRECTORATE'
  /** A directorate's regional office, e.g. IMDi Øst. */
  | 'REGIONAL_OFFICE'
  /** A state agency that is neither ministry nor directorate, e.g. Bufetat. */
  | 'AGENCY'
  /** Fylkesmannen / Statsforvalteren. */
  | 'COUNTY_GOVERNOR'
  /** Fylkeskommune. */
  | 'COUNTY_AUTHORITY'
  | 'MUNICIPALITY'
  /** A service or unit of a municipality. */
  | 'MUNICIPAL_SERVICE'
  /** Bydel. */
  | 'CITY_DISTRICT'
  | 'POLICE'
  | 'SCHOOL'
  | 'CRISIS_CENTRE'
  | 'FAMILY_COUNSELLING'
  | 'CHILD_WELFARE'
  | 'HEALTH'
  | 'NAV'
  /** RVTS, NKVTS and similar. */
  | 'COMPETENCE_CENTRE'
  | 'RESEARCH'
  | 'NGO'
  | 'EMBASSY'
  | 'POLITICAL_BODY'
  | 'OTHER_PUBLIC'
  /** A role named as responsible rather than an organisation, e.g. "virksomhetsledere". */
  | 'GENERIC_ROLE';

/** The sector an actor belongs to, as the missing-sector rule compares them. */
export type Sector =
  | 'POLICE'
  | 'CHILD_WELFARE'
  | 'HEALTH'
  | 'SCHOOL'
  | 'NAV'
  | 'UDI'
  | 'RVTS'
  | 'FAMILY_COUNSELLING'
  | 'IMDI'
  | 'CRISIS_CENTRE'
  | 'MUNICIPALITY'
  | 'COUNTY'
  | 'COUNTY_GOVERNOR'
  | 'MINISTRY'
  | 'DIRECTORATE'
  | 'NGO'
  | 'EMBASSY'
  | 'RESEARCH'
  | 'OTHER';

/** An agency, body or organisation, or a generic role named as responsible in a plan. */
export type Actor = Node & {
  __typename?: 'Actor';
  /** Stable id, e.g. `actor:imdi-ost`. */
  id: Scalars['ID']['output'];
  /** The fullest correct name used in the sources. */
  name: Scalars['String']['output'];
  /** Short name or abbreviation, e.g. `BLD`. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** Every other spelling the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** What kind of body this is. */
  kind?: Maybe<ActorKind>;
  /** The level it works at. */
  level?: Maybe<Level>;
  /** The sector it belongs to. */
  sector?: Maybe<Sector>;
  /** True for generic roles ("virksomhetsledere", "kommuneledelsen") rather than named organisations. */
  isGenericRole: Scalars['Boolean']['output'];
  /** What the sources say about it. */
  description?: Maybe<Scalars['String']['output']>;
  /** Its web address, when the sources give one. */
  url?: Maybe<Scalars['String']['output']>;
  /** The organisation this is a unit of (IMDi Øst → IMDi). */
  parent?: Maybe<Actor>;
  /** Units of this organisation. */
  children: Array<Actor>;
  /** Where it is located. */
  region?: Maybe<Region>;
  /** The networks it sits in, with role and period. `asOf` keeps only memberships valid at that date. */
  memberships: Array<Membership>;
  /** The measures it is responsible for, across all plans, with its role. */
  responsibilities: Array<Responsibility>;
  /** Plans it owns. */
  ownedPlans: Array<ActionPlan>;
  /** Agreements it is a party to. */
  agreements: Array<Agreement>;
  /** Contact persons at this actor. Personal data: needs at least the viewer role (null with an error otherwise). */
  contacts?: Maybe<Array<Contact>>;
  /** The documents this actor is named in. */
  sources: Array<Citation>;
};


/** An agency, body or organisation, or a generic role named as responsible in a plan. */
export type ActorMembershipsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** An agency, body or organisation, or a generic role named as responsible in a plan. */
export type ActorResponsibilitiesArgs = {
  roles?: InputMaybe<Array<ResponsibilityRole>>;
};

/** One actor in a page of actors. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The actor. */
  node: Actor;
};

/** A page of actors (Relay connection). */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The actors of this page with their cursors. */
  edges: Array<ActorEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many actors match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Which actors to list. All conditions must hold. */
export type ActorFilter = {
  /** Only these kinds. */
  kinds?: InputMaybe<Array<ActorKind>>;
  /** Only these levels. */
  levels?: InputMaybe<Array<Level>>;
  /** Only actors located in this region or a region within it. */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only members of this network. */
  network?: InputMaybe<Scalars['ID']['input']>;
  /** Only actors responsible for a measure of this plan. */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Only actors responsible for a measure addressing this theme, or members of a network addressing it. */
  theme?: InputMaybe<Scalars['ID']['input']>;
  /** Generic roles only (true) or named organisations only (false). */
  isGenericRole?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name, short name or alias contains this text (case- and accent-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** How to order actors. */
export type ActorSortField =
  | 'NAME'
  | 'KIND';

/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type Query = {
  __typename?: 'Query';
  /** Actors, filtered and sorted, a page at a time. */
  actors: ActorConnection;
  /** One actor by id, or null. */
  actor?: Maybe<Actor>;
  /** The audit trail, newest first. Admins only. */
  auditLog: AuditConnection;
  /** The derived collaboration graph for a filter, with degree, betweenness, communities and cut vertices. */
  collaborationGraph: CollaborationGraph;
  /** The shortest collaboration path(s) between two actors, each hop with its context. */
  path: Array<CollaborationPath>;
  /** Responsibility gaps: every rule of DESIGN.md, for one plan or all. */
  gaps: Array<Gap>;
  /** Any entity by its id (e.g. `actor:imdi-ost`), or null when there is none. */
  node?: Maybe<Node>;
  /** Several entities by id, in the order asked; null where an id is unknown. At most 100 ids. */
  nodes: Array<Maybe<Node>>;
  /** The source documents of the curated dataset. */
  sources: Array<Source>;
  /** What importing an uploaded file (POST /import) would do, computed against the graph as it is now, with the given name decisions. Needs the editor role. */
  importPreview: ImportPreview;
  /** Applied imports, newest first. Needs the editor role. */
  imports: Array<ImportBatch>;
  /** Ranked full-text search across actors, networks, plans and measures. Insensitive to case, æ/ø/å and diacritics; finds aliases and abbreviations ("imdi ost" finds IMDi Øst, "BLD" the ministry). */
  search: Array<SearchHit>;
  /** Indicators, optionally of one table, category or year. */
  indicators: Array<Indicator>;
  /** Every indicator table with its cells. */
  indicatorTables: Array<IndicatorTable>;
  /** Agreements, optionally of one kind. */
  agreements: Array<Agreement>;
  /** One agreement by id. */
  agreement?: Maybe<Agreement>;
  /** Contact persons. Personal data: needs at least the viewer role (null with an error otherwise). */
  contacts?: Maybe<Array<Contact>>;
  /** Every region. */
  regions: Array<Region>;
  /** Every theme. */
  themes: Array<Theme>;
  /** Networks, filtered and sorted, a page at a time. */
  networks: NetworkConnection;
  /** One network by id, or null. */
  network?: Maybe<Network>;
  /** Plans, filtered, in title order, a page at a time. */
  plans: ActionPlanConnection;
  /** One plan by id, or null. */
  plan?: Maybe<ActionPlan>;
  /** Measures, filtered and sorted, a page at a time. */
  measures: MeasureConnection;
  /** One measure by id, or null. */
  measure?: Maybe<Measure>;
  /** A reporting round by id, or null. */
  reportingRound?: Maybe<ReportingRound>;
  /** A plan's progress between its reporting dates; null for an unknown plan. */
  planProgress?: Maybe<PlanProgress>;
  /** The progress of every plan in which the actor is responsible for a measure, limited to its measures. */
  actorProgress: Array<PlanProgress>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryActorsArgs = {
  filter?: InputMaybe<ActorFilter>;
  sortBy?: InputMaybe<ActorSortField>;
  direction?: InputMaybe<SortDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryAuditLogArgs = {
  target?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryCollaborationGraphArgs = {
  filter?: InputMaybe<CollaborationFilter>;
  layout?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  filter?: InputMaybe<CollaborationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Language>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryGapsArgs = {
  plan?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<GapKind>>;
  thresholds?: InputMaybe<GapThresholds>;
  language?: InputMaybe<Language>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryImportPreviewArgs = {
  id: Scalars['ID']['input'];
  decisions?: InputMaybe<Array<ImportDecision>>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryImportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  kinds?: InputMaybe<Array<SearchKind>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryIndicatorsArgs = {
  table?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryAgreementsArgs = {
  kind?: InputMaybe<AgreementKind>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryNetworksArgs = {
  filter?: InputMaybe<NetworkFilter>;
  sortBy?: InputMaybe<NetworkSortField>;
  direction?: InputMaybe<SortDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryNetworkArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryPlansArgs = {
  filter?: InputMaybe<ActionPlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryMeasuresArgs = {
  filter?: InputMaybe<MeasureFilter>;
  sortBy?: InputMaybe<MeasureSortField>;
  direction?: InputMaybe<SortDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryMeasureArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryReportingRoundArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryPlanProgressArgs = {
  plan: Scalars['ID']['input'];
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryActorProgressArgs = {
  actor: Scalars['ID']['input'];
};

/** A new actor. */
export type CreateActorInput = {
  /** Id to use (`actor:` and a lower-case slug); generated from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Name (1-200 characters). */
  name: Scalars['String']['input'];
  /** Short name. */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Other spellings. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Kind. */
  kind: ActorKind;
  /** Level. */
  level?: InputMaybe<Level>;
  /** Sector. */
  sector?: InputMaybe<Sector>;
  /** Parent organisation's id. */
  parent?: InputMaybe<Scalars['ID']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Where this fact comes from (free text, e.g. a document and page). */
  source: Scalars['String']['input'];
};

/** Changes to an actor; fields left out stay as they are, null clears them. */
export type UpdateActorInput = {
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Short name. */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Other spellings (replaces the list). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Kind. */
  kind?: InputMaybe<ActorKind>;
  /** Level. */
  level?: InputMaybe<Level>;
  /** Sector. */
  sector?: InputMaybe<Sector>;
  /** Parent organisation's id. */
  parent?: InputMaybe<Scalars['ID']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
};

/** A new network. */
export type CreateNetworkInput = {
  /** Id to use; generated from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Name. */
  name: Scalars['String']['input'];
  /** Kind. */
  kind: NetworkKind;
  /** Status (default ACTIVE). */
  status?: InputMaybe<NetworkStatus>;
  /** Founding date. */
  established?: InputMaybe<Scalars['String']['input']>;
  /** Mandate. */
  mandate?: InputMaybe<Scalars['String']['input']>;
  /** Meeting frequency as text. */
  meetingFrequency?: InputMaybe<Scalars['String']['input']>;
  /** Where this fact comes from. */
  source: Scalars['String']['input'];
};

/** Changes to a network; fields left out stay as they are. */
export type UpdateNetworkInput = {
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Kind. */
  kind?: InputMaybe<NetworkKind>;
  /** Status. */
  status?: InputMaybe<NetworkStatus>;
  /** Founding date. */
  established?: InputMaybe<Scalars['String']['input']>;
  /** End date. */
  ended?: InputMaybe<Scalars['String']['input']>;
  /** Mandate. */
  mandate?: InputMaybe<Scalars['String']['input']>;
  /** Meeting frequency. */
  meetingFrequency?: InputMaybe<Scalars['String']['input']>;
};

/** A new plan. */
export type CreatePlanInput = {
  /** Id to use; generated from the title when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Title. */
  title: Scalars['String']['input'];
  /** Kind. */
  kind: PlanKind;
  /** Level. */
  level: Level;
  /** Period start. */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** Period end. */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  /** Owner actors' ids. */
  owners?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Where this fact comes from. */
  source: Scalars['String']['input'];
};

/** Changes to a plan. */
export type UpdatePlanInput = {
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Period start. */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** Period end. */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
};

/** A new measure. */
export type CreateMeasureInput = {
  /** The plan's id. */
  plan: Scalars['ID']['input'];
  /** Number in the plan. */
  number: Scalars['String']['input'];
  /** Title. */
  title: Scalars['String']['input'];
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Where this fact comes from. */
  source: Scalars['String']['input'];
};

/** Changes to a measure. */
export type UpdateMeasureInput = {
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Achievement. */
  achievement?: InputMaybe<Scalars['String']['input']>;
};

/** How deletions treat the facts that hang on an entity. */
export type DeleteMode =
  /** Refuse when the entity still has relationships (the default). */
  | 'RESTRICT'
  /** Delete its relationships too (memberships, responsibilities, statuses). */
  | 'CASCADE';

/** An entry of the audit trail. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Its id. */
  id: Scalars['ID']['output'];
  /** When (ISO date-time). */
  at: Scalars['String']['output'];
  /** Who (the token's or JWT's subject). */
  by: Scalars['String']['output'];
  /** The mutation. */
  operation: Scalars['String']['output'];
  /** The entity changed. */
  target: Scalars['ID']['output'];
  /** The state before, as JSON (null when created). */
  before?: Maybe<Scalars['String']['output']>;
  /** The state after, as JSON (null when deleted). */
  after?: Maybe<Scalars['String']['output']>;
};

/** A page of audit entries, newest first. */
export type AuditConnection = {
  __typename?: 'AuditConnection';
  /** The entries. */
  entries: Array<AuditEntry>;
  /** Cursor for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when there are older entries. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an actor. */
  createActor: Actor;
  /** Updates an actor. */
  updateActor: Actor;
  /** Deletes an actor; RESTRICT refuses while it has memberships or responsibilities. */
  deleteActor: Scalars['ID']['output'];
  /** Merges `duplicate` into `keep`: every relationship and alias moves to `keep`, `duplicate` is deleted. Admins only. */
  mergeActors: Actor;
  /** Creates a network. */
  createNetwork: Network;
  /** Updates a network. */
  updateNetwork: Network;
  /** Deletes a network. */
  deleteNetwork: Scalars['ID']['output'];
  /** Creates a plan. */
  createPlan: ActionPlan;
  /** Updates a plan. */
  updatePlan: ActionPlan;
  /** Deletes a plan (CASCADE deletes its measures too). */
  deletePlan: Scalars['ID']['output'];
  /** Creates a measure in a plan. */
  createMeasure: Measure;
  /** Updates a measure. */
  updateMeasure: Measure;
  /** Deletes a measure (CASCADE deletes its responsibilities and statuses). */
  deleteMeasure: Scalars['ID']['output'];
  /** Adds an actor to a network. */
  addMembership: Membership;
  /** Ends a membership at a date (kept as history). */
  endMembership: Membership;
  /** Makes an actor responsible for a measure. */
  addResponsibility: Responsibility;
  /** Removes a responsibility. */
  removeResponsibility: Measure;
  /** Records a measure's status at a date; history is kept, never overwritten. */
  recordStatus: Measure;
  /**
   * Does nothing; present so that modules can extend Mutation.
   * @deprecated Placeholder; use the real mutations.
   */
  _empty?: Maybe<Scalars['Boolean']['output']>;
  /** Applies an import preview in one transaction (all or nothing), recorded as an import batch whose file is a Source cited by every imported fact. Refused (CONFLICT) when the graph changed since the preview with that fingerprint was shown, and (BAD_USER_INPUT) while the file has errors. */
  applyImport: ImportBatch;
  /** Undoes an applied import: restores exactly what was there before it. Only the latest import into the same plan can be undone. */
  undoImport: ImportBatch;
  /** Opens a reporting round for a plan (editor). A plan has at most one open round. */
  openReportingRound: ReportingRound;
  /** Records owners' answers in an open round (editor): each a new status of the measure; earlier ones stay. */
  reportStatus: ReportingRound;
  /** Closes a round (editor): measures nobody answered for get their last status carried over, marked not reported. */
  closeReportingRound: CloseRoundResult;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationCreateActorArgs = {
  input: CreateActorInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationUpdateActorArgs = {
  id: Scalars['ID']['input'];
  input: UpdateActorInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationDeleteActorArgs = {
  id: Scalars['ID']['input'];
  mode?: InputMaybe<DeleteMode>;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationMergeActorsArgs = {
  keep: Scalars['ID']['input'];
  duplicate: Scalars['ID']['input'];
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationCreateNetworkArgs = {
  input: CreateNetworkInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationUpdateNetworkArgs = {
  id: Scalars['ID']['input'];
  input: UpdateNetworkInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationDeleteNetworkArgs = {
  id: Scalars['ID']['input'];
  mode?: InputMaybe<DeleteMode>;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationCreatePlanArgs = {
  input: CreatePlanInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationUpdatePlanArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePlanInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationDeletePlanArgs = {
  id: Scalars['ID']['input'];
  mode?: InputMaybe<DeleteMode>;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationCreateMeasureArgs = {
  input: CreateMeasureInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationUpdateMeasureArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMeasureInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationDeleteMeasureArgs = {
  id: Scalars['ID']['input'];
  mode?: InputMaybe<DeleteMode>;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationAddMembershipArgs = {
  actor: Scalars['ID']['input'];
  network: Scalars['ID']['input'];
  role: MembershipRole;
  since?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['String']['input'];
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationEndMembershipArgs = {
  actor: Scalars['ID']['input'];
  network: Scalars['ID']['input'];
  role: MembershipRole;
  until: Scalars['String']['input'];
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationAddResponsibilityArgs = {
  actor: Scalars['ID']['input'];
  measure: Scalars['ID']['input'];
  role: ResponsibilityRole;
  note?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['String']['input'];
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationRemoveResponsibilityArgs = {
  actor: Scalars['ID']['input'];
  measure: Scalars['ID']['input'];
  role: ResponsibilityRole;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationRecordStatusArgs = {
  measure: Scalars['ID']['input'];
  status: MeasureStatus;
  asOf?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['String']['input'];
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationApplyImportArgs = {
  id: Scalars['ID']['input'];
  decisions?: InputMaybe<Array<ImportDecision>>;
  fingerprint?: InputMaybe<Scalars['String']['input']>;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationUndoImportArgs = {
  batch: Scalars['ID']['input'];
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationOpenReportingRoundArgs = {
  plan: Scalars['ID']['input'];
  asOf: Scalars['String']['input'];
  deadline?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationReportStatusArgs = {
  round: Scalars['ID']['input'];
  answers: Array<RoundAnswerInput>;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationCloseReportingRoundArgs = {
  round: Scalars['ID']['input'];
};

/**
 * Which part of the derived collaboration graph to compute. Two actors collaborate when they share
 * a network, share a measure, are parties to the same agreement, or a source reports them working
 * together. All conditions must hold.
 */
export type CollaborationFilter = {
  /** Only actors located in this region (or a region within it), and networks covering it. */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only contexts (networks, measures) addressing this theme. */
  theme?: InputMaybe<Scalars['ID']['input']>;
  /** Only measures of this plan (and networks anchored in it). */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Only this network. */
  network?: InputMaybe<Scalars['ID']['input']>;
  /** Only actors of these kinds. */
  actorKinds?: InputMaybe<Array<ActorKind>>;
  /** Only memberships valid at this date, and networks existing then (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** Only edges with at least this many shared contexts (default 1). */
  minWeight?: InputMaybe<Scalars['Int']['input']>;
  /** Only the neighbourhood of this actor... */
  around?: InputMaybe<Scalars['ID']['input']>;
  /** ...to this many hops (1-4, default 1). */
  depth?: InputMaybe<Scalars['Int']['input']>;
  /** Which kinds of shared context count (default all). */
  contextKinds?: InputMaybe<Array<CollaborationContextKind>>;
  /** Leave out generic roles ("virksomhetsledere"): they are not organisations that meet (default true). */
  excludeGenericRoles?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Kinds of context that make two actors collaborators. */
export type CollaborationContextKind =
  | 'NETWORK'
  | 'MEASURE'
  | 'AGREEMENT'
  | 'REPORTED';

/** One shared context behind a collaboration edge. */
export type CollaborationContext = {
  __typename?: 'CollaborationContext';
  /** What kind of context. */
  kind: CollaborationContextKind;
  /** The network, measure, agreement or reported collaboration's id. */
  id: Scalars['ID']['output'];
  /** Its name or title. */
  label: Scalars['String']['output'];
};

/** An actor in the collaboration graph, with its graph metrics. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** The actor's id. */
  id: Scalars['ID']['output'];
  /** Its name. */
  label: Scalars['String']['output'];
  /** Its kind. */
  kind?: Maybe<ActorKind>;
  /** Its level. */
  level?: Maybe<Level>;
  /** True for generic roles. */
  isGenericRole: Scalars['Boolean']['output'];
  /** Number of collaborators in this graph. */
  degree: Scalars['Int']['output'];
  /** Sum of the weights of its edges. */
  weightedDegree: Scalars['Int']['output'];
  /** Normalised betweenness centrality, 0 to 1: how much it brokers between others. */
  betweenness: Scalars['Float']['output'];
  /** Community (Louvain) number; actors with the same number cluster together. */
  community: Scalars['Int']['output'];
  /** True when removing it splits the graph (an articulation point). */
  isCutVertex: Scalars['Boolean']['output'];
  /** Server-computed layout position, when `layout: true` was asked. */
  x?: Maybe<Scalars['Float']['output']>;
  /** Server-computed layout position, when `layout: true` was asked. */
  y?: Maybe<Scalars['Float']['output']>;
};

/** A weighted collaboration edge between two actors, with the contexts behind it. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Stable id: the two actor ids joined by `~` in sorted order. */
  id: Scalars['ID']['output'];
  /** One actor (the smaller id). */
  source: Scalars['ID']['output'];
  /** The other actor. */
  target: Scalars['ID']['output'];
  /** How many shared contexts. */
  weight: Scalars['Int']['output'];
  /** The shared contexts: why these two are linked. */
  contexts: Array<CollaborationContext>;
};

/** A collaboration graph: nodes and weighted edges, shaped for Cytoscape, with summary figures. */
export type CollaborationGraph = {
  __typename?: 'CollaborationGraph';
  /** The actors. */
  nodes: Array<GraphNode>;
  /** The collaboration edges. */
  edges: Array<GraphEdge>;
  /** How many communities Louvain found. */
  communityCount: Scalars['Int']['output'];
  /** Graph density, 0 to 1. */
  density: Scalars['Float']['output'];
  /** The actors with the highest betweenness: the brokers. */
  brokers: Array<GraphNode>;
};


/** A collaboration graph: nodes and weighted edges, shaped for Cytoscape, with summary figures. */
export type CollaborationGraphBrokersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One hop of a collaboration path. */
export type PathStep = {
  __typename?: 'PathStep';
  /** From this actor... */
  from: Actor;
  /** ...to this actor. */
  to: Actor;
  /** Why they are linked, e.g. both in Østlandsnettverket. */
  contexts: Array<CollaborationContext>;
  /** A sentence explaining the hop. */
  explanation: Scalars['String']['output'];
};

/** A shortest collaboration path between two actors. */
export type CollaborationPath = {
  __typename?: 'CollaborationPath';
  /** The actors along the path, from first to last. */
  actors: Array<Actor>;
  /** The hops with their contexts. */
  steps: Array<PathStep>;
  /** Number of hops. */
  length: Scalars['Int']['output'];
};

/** The kinds of responsibility gap (DESIGN.md). */
export type GapKind =
  /** A measure with no responsible actor. */
  | 'UNOWNED_MEASURE'
  /** Every responsible actor is a generic role, not a named organisation. */
  | 'VAGUE_OWNER'
  /** Several responsible actors, none marked lead. */
  | 'NO_LEAD'
  /** Latest status not done / unclear, or the plan period has ended and the measure is not done. */
  | 'STALLED'
  /** An actor leads or executes more measures than the threshold. */
  | 'OVERLOADED_ACTOR'
  /** A network lacks a sector its guideline recommends. */
  | 'MISSING_SECTOR'
  /** A network held together by a single coordinator, or an actor whose removal splits the collaboration graph. */
  | 'SINGLE_POINT_OF_FAILURE'
  /** Responsible for measures but a member of no network. */
  | 'ISOLATED_ACTOR'
  /** A region with no network addressing a theme. */
  | 'UNCOVERED_REGION';

/** How serious a gap is. */
export type Severity =
  | 'HIGH'
  | 'MEDIUM'
  | 'LOW';

/** Thresholds for the gap rules. */
export type GapThresholds = {
  /** OVERLOADED_ACTOR: more than this many measures led or executed (default 5). */
  maxMeasuresPerActor?: InputMaybe<Scalars['Int']['input']>;
  /** STALLED: the date to judge by (default today). */
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** A fact behind a gap, with its sources. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The fact in words. */
  text: Scalars['String']['output'];
  /** The entity it is about, if any. */
  node?: Maybe<Node>;
  /** Where it comes from. */
  sources: Array<Citation>;
};

/** A responsibility gap: what, how serious, about which entity, why, and the facts behind it. */
export type Gap = {
  __typename?: 'Gap';
  /** Stable id (kind and subject). */
  id: Scalars['ID']['output'];
  /** The rule that found it. */
  kind: GapKind;
  /** How serious. */
  severity: Severity;
  /** The measure, actor, network or region it is about. */
  subject: Node;
  /** The plan it concerns, if any. */
  plan?: Maybe<ActionPlan>;
  /** One sentence explaining the gap. */
  explanation: Scalars['String']['output'];
  /** The facts behind it. */
  evidence: Array<Evidence>;
};

/** An entity of the graph with a stable, readable id. */
export type Node = {
  /** Stable, readable id, e.g. `actor:imdi-ost`. */
  id: Scalars['ID']['output'];
  /** The documents this entity is taken from, with quotes. */
  sources: Array<Citation>;
};

/** A source document of the curated dataset. */
export type Source = {
  __typename?: 'Source';
  /** Stable id, e.g. `source:004-tve-rapport-2016`. */
  id: Scalars['ID']['output'];
  /** The document's file name. */
  file: Scalars['String']['output'];
  /** The document's title. */
  title: Scalars['String']['output'];
  /** The document's date as precise as known (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: Maybe<Scalars['String']['output']>;
};

/** Where a fact comes from: a document and a short quote or locator in it. */
export type Citation = {
  __typename?: 'Citation';
  /** The document. */
  source: Source;
  /** A short verbatim excerpt that supports the fact. For callers without the viewer role, e-mail addresses and the names of contact persons are masked. */
  quote: Scalars['String']['output'];
  /** Where in the document, e.g. "Tiltak 11, Resultatmål 1". */
  locator?: Maybe<Scalars['String']['output']>;
};

/** Relay cursor pagination: where a page starts and ends and whether there is more. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** True when a later page exists. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when an earlier page exists. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
  /** Cursor of the last edge of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
};

/** Sort direction. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** The administrative level an actor, network or plan works at. */
export type Level =
  | 'NATIONAL'
  | 'REGIONAL'
  | 'COUNTY'
  | 'MUNICIPAL'
  | 'LOCAL'
  | 'INTERNATIONAL';

/** A place: the country, a region, a county, a municipality or a district. */
export type Region = Node & {
  __typename?: 'Region';
  /** Stable id, e.g. `region:moss`. */
  id: Scalars['ID']['output'];
  /** Name, e.g. "Vestfold og Telemark". */
  name: Scalars['String']['output'];
  /** country, region, county, municipality or district. */
  kind?: Maybe<Scalars['String']['output']>;
  /** Kommunenummer or fylkesnummer, when the sources give it. */
  code?: Maybe<Scalars['String']['output']>;
  /** The region this one lies within. */
  parent?: Maybe<Region>;
  /** The documents this region is named in. */
  sources: Array<Citation>;
};

/** A theme the work addresses, e.g. forced marriage (tvangsekteskap). */
export type Theme = Node & {
  __typename?: 'Theme';
  /** Stable id, e.g. `theme:tvangsekteskap`. */
  id: Scalars['ID']['output'];
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** The documents this theme is named in. */
  sources: Array<Citation>;
};

/** A group a measure is aimed at, e.g. young people, minority advisers. */
export type TargetGroup = Node & {
  __typename?: 'TargetGroup';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** What the sources say about the group. */
  description?: Maybe<Scalars['String']['output']>;
  /** The documents this group is named in. */
  sources: Array<Citation>;
};

/** Language of the sentences the API writes (explanations); data stays as the sources wrote it. */
export type Language =
  /** Norwegian bokmål. */
  | 'NB'
  /** English. */
  | 'EN';

/** How to read one name in the file: as an existing actor, or as a new one. */
export type ImportDecision = {
  /** The name as written in the file. */
  name: Scalars['String']['input'];
  /** The existing actor it means. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** True: create a new actor with this name. */
  newActor?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What an import would do. */
export type ImportPreview = {
  __typename?: 'ImportPreview';
  /** The preview id. */
  id: Scalars['ID']['output'];
  /** The uploaded file's name. */
  fileName: Scalars['String']['output'];
  /** xlsx or csv. */
  format: Scalars['String']['output'];
  /** Who uploaded it. */
  createdBy: Scalars['String']['output'];
  /** When it was uploaded (ISO date-time). */
  createdAt: Scalars['String']['output'];
  /** The plan the measures and statuses go into. */
  target?: Maybe<Scalars['ID']['output']>;
  /** True when that plan exists already (the import updates it in place). */
  targetExists: Scalars['Boolean']['output'];
  /** The sheets read and what each was read as (plan, measures, statuses, members, actors, instructions, skipped). */
  sheets: Array<ImportSheet>;
  /** One entry per row of the file: what applying would do with it. */
  rows: Array<ImportRow>;
  /** Every name of a responsible actor, owner, member or actor in the file, with its match. */
  names: Array<ImportName>;
  /** Problems: errors block the import, warnings do not. */
  problems: Array<ImportProblem>;
  /** Totals. */
  counts: ImportCounts;
  /** True when there are no errors and the preview was not applied yet. */
  canApply: Scalars['Boolean']['output'];
  /** Identifies the state of the graph this preview was computed from; pass it to applyImport. */
  fingerprint: Scalars['String']['output'];
  /** The batch this preview was applied as, if it was. */
  appliedBatch?: Maybe<Scalars['ID']['output']>;
};

/** A sheet of the file. */
export type ImportSheet = {
  __typename?: 'ImportSheet';
  /** The sheet's name. */
  name: Scalars['String']['output'];
  /** What it was read as. */
  kind: Scalars['String']['output'];
  /** Records read from it. */
  rows: Scalars['Int']['output'];
};

/** What applying does with a record. */
export type ImportAction =
  | 'CREATE'
  | 'UPDATE'
  | 'UNCHANGED';

/** One row of the file. */
export type ImportRow = {
  __typename?: 'ImportRow';
  /** The sheet. */
  sheet: Scalars['String']['output'];
  /** The row number as the spreadsheet shows it. */
  row: Scalars['Int']['output'];
  /** plan, measure, status, membership or actor. */
  kind: Scalars['String']['output'];
  /** The record's key: measure number, plan id, network/actor. */
  key: Scalars['String']['output'];
  /** A readable label (the measure's title, …). */
  label: Scalars['String']['output'];
  /** Created, updated or left unchanged. */
  action: ImportAction;
  /** The fields that change, with their value before and after. */
  changes: Array<ImportChange>;
};

/** A field that an import changes. */
export type ImportChange = {
  __typename?: 'ImportChange';
  /** The field. */
  field: Scalars['String']['output'];
  /** Its value now. */
  before?: Maybe<Scalars['String']['output']>;
  /** Its value after the import. */
  after?: Maybe<Scalars['String']['output']>;
};

/** How a name was matched. */
export type ImportMatchKind =
  /** Written exactly as a known name, short name or alias. */
  | 'EXACT'
  /** Equal once case, accents and punctuation are set aside. */
  | 'NORMALIZED'
  /** Close to a known name, with a score. */
  | 'FUZZY'
  /** No known actor is close enough: a new actor is proposed. */
  | 'NEW';

/** A name in the file and the actor it is taken to mean. */
export type ImportName = {
  __typename?: 'ImportName';
  /** The name as written. */
  name: Scalars['String']['output'];
  /** How it was matched. */
  match: ImportMatchKind;
  /** The proposed actor (null: a new actor). */
  proposed?: Maybe<ImportCandidate>;
  /** Other actors it might mean, best first. */
  alternatives: Array<ImportCandidate>;
  /** True when the name is a role ("virksomhetsledere"), not a named body. */
  genericRole: Scalars['Boolean']['output'];
  /** The actor applying will use: the choice made, else the proposal; for a new actor, the id it will get. */
  actorId: Scalars['ID']['output'];
  /** True when applying creates a new actor for this name. */
  isNew: Scalars['Boolean']['output'];
  /** True when a decision was given for this name. */
  decided: Scalars['Boolean']['output'];
  /** Where in the file the name occurs (sheet!cell). */
  occurrences: Array<Scalars['String']['output']>;
};

/** A known actor a name may mean. */
export type ImportCandidate = {
  __typename?: 'ImportCandidate';
  /** The actor's id. */
  id: Scalars['ID']['output'];
  /** The actor's name. */
  name: Scalars['String']['output'];
  /** Similarity from 0 to 1 (1: exact). */
  score: Scalars['Float']['output'];
  /** The known name, short name or alias that matched. */
  via: Scalars['String']['output'];
};

/** Error or warning. */
export type ImportSeverity =
  | 'ERROR'
  | 'WARNING';

/** A problem in the file, said precisely. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** Errors block the import; warnings do not. */
  severity: ImportSeverity;
  /** The sheet. */
  sheet: Scalars['String']['output'];
  /** The row, as the spreadsheet numbers it. */
  row?: Maybe<Scalars['Int']['output']>;
  /** The column's header. */
  column?: Maybe<Scalars['String']['output']>;
  /** The cell, e.g. C5. */
  cell?: Maybe<Scalars['String']['output']>;
  /** The value found there. */
  value?: Maybe<Scalars['String']['output']>;
  /** What is wrong and how to fix it. */
  message: Scalars['String']['output'];
};

/** Totals of a preview. */
export type ImportCounts = {
  __typename?: 'ImportCounts';
  /** Rows that create a record. */
  create: Scalars['Int']['output'];
  /** Rows that change a record. */
  update: Scalars['Int']['output'];
  /** Rows that change nothing. */
  unchanged: Scalars['Int']['output'];
  /** Errors (they block the import). */
  errors: Scalars['Int']['output'];
  /** Warnings. */
  warnings: Scalars['Int']['output'];
  /** Actors the import creates. */
  newActors: Scalars['Int']['output'];
};

/** An applied import. */
export type ImportBatch = {
  __typename?: 'ImportBatch';
  /** The batch id, e.g. `importbatch:…`. */
  id: Scalars['ID']['output'];
  /** The imported file's name. */
  fileName: Scalars['String']['output'];
  /** SHA-256 of the file. */
  sha256: Scalars['String']['output'];
  /** The file's size in bytes. */
  bytes: Scalars['Int']['output'];
  /** Who applied it. */
  importedBy: Scalars['String']['output'];
  /** When (ISO date-time). */
  at: Scalars['String']['output'];
  /** The plan it went into. */
  target?: Maybe<Scalars['ID']['output']>;
  /** Rows created, updated and unchanged. */
  created: Scalars['Int']['output'];
  /** Rows updated. */
  updated: Scalars['Int']['output'];
  /** Rows unchanged. */
  unchanged: Scalars['Int']['output'];
  /** When it was undone, if it was. */
  undoneAt?: Maybe<Scalars['String']['output']>;
  /** Who undid it. */
  undoneBy?: Maybe<Scalars['String']['output']>;
};

/** A reported figure: a cell of a statistics table, a count of advisers, a survey share. */
export type Indicator = Node & {
  __typename?: 'Indicator';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What is counted. */
  name: Scalars['String']['output'];
  /** Category (e.g. "ekstrem kontroll"). */
  category?: Maybe<Scalars['String']['output']>;
  /** Year. */
  year?: Maybe<Scalars['Int']['output']>;
  /** The figure. */
  value: Scalars['Float']['output'];
  /** Unit (saker, personer, prosent, ...). */
  unit: Scalars['String']['output'];
  /** The table this cell belongs to, if any. */
  table?: Maybe<Scalars['String']['output']>;
  /** True for a table's total row or column. */
  isTotal: Scalars['Boolean']['output'];
  /** The measure it reports on. */
  measure?: Maybe<Measure>;
  /** Who reported it. */
  reportedBy?: Maybe<Actor>;
  /** Where it is reported. */
  sources: Array<Citation>;
};

/** A collaboration agreement (samarbeidsavtale) or pilot agreement (pilotavtale). */
export type Agreement = Node & {
  __typename?: 'Agreement';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Name as written. */
  name: Scalars['String']['output'];
  /** COLLABORATION or PILOT. */
  kind: AgreementKind;
  /** When it was signed. */
  signed?: Maybe<Scalars['String']['output']>;
  /** The measure it belongs to. */
  measure?: Maybe<Measure>;
  /** The parties. */
  parties: Array<Actor>;
  /** Where it is reported. */
  sources: Array<Citation>;
};

/** Kinds of agreement. */
export type AgreementKind =
  | 'COLLABORATION'
  | 'PILOT';

/** A contact person for a measure or at an actor. Personal data: every field needs at least the viewer role. */
export type Contact = Node & {
  __typename?: 'Contact';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Name (null with an error for callers without the viewer role). */
  name?: Maybe<Scalars['String']['output']>;
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Title or role as written. */
  title?: Maybe<Scalars['String']['output']>;
  /** Where the person works. */
  actor?: Maybe<Actor>;
  /** Measures the person is contact for. */
  measures?: Maybe<Array<Measure>>;
  /** Where it is reported; empty for callers without the viewer role. */
  sources: Array<Citation>;
};

/** A table of indicators: its categories, years and cells. */
export type IndicatorTable = {
  __typename?: 'IndicatorTable';
  /** The table's key. */
  table: Scalars['String']['output'];
  /** Its cells. */
  indicators: Array<Indicator>;
  /** Distinct categories, in order of appearance. */
  categories: Array<Scalars['String']['output']>;
  /** Distinct years, ascending. */
  years: Array<Scalars['Int']['output']>;
};

/** What kinds of entity the search can return. */
export type SearchKind =
  | 'ACTOR'
  | 'NETWORK'
  | 'PLAN'
  | 'MEASURE';

/** One search hit. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  node: Node;
  /** Its kind. */
  kind: SearchKind;
  /** The name or title to show. */
  label: Scalars['String']['output'];
  /** Relevance; higher is better. */
  score: Scalars['Float']['output'];
};

/** What kind of standing collaboration a network is. */
export type NetworkKind =
  | 'REGIONAL'
  | 'COUNTY'
  | 'LOCAL'
  | 'NATIONAL'
  | 'WORKING_GROUP'
  | 'FORUM'
  | 'TEAM'
  | 'INTERDEPARTMENTAL';

/** Whether a network runs. */
export type NetworkStatus =
  | 'ACTIVE'
  /** Proposed in a plan or report, not (yet) established. */
  | 'PROPOSED'
  /** Being started. */
  | 'STARTING'
  | 'ENDED';

/** A member's role in a network. */
export type MembershipRole =
  | 'LEADER'
  | 'COORDINATOR'
  | 'SECRETARIAT'
  | 'WORKING_GROUP'
  | 'MEMBER';

/** A standing collaboration: a regional, county or local network, a working group or a forum. */
export type Network = Node & {
  __typename?: 'Network';
  /** Stable id, e.g. `network:ostlandsnettverket`. */
  id: Scalars['ID']['output'];
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** What kind of network. */
  kind?: Maybe<NetworkKind>;
  /** Whether it runs. */
  status?: Maybe<NetworkStatus>;
  /** When it was founded (as precise as known). */
  established?: Maybe<Scalars['String']['output']>;
  /** When it ended. */
  ended?: Maybe<Scalars['String']['output']>;
  /** Its mandate as written. */
  mandate?: Maybe<Scalars['String']['output']>;
  /** How often it meets, as written ("2-3 ganger i året"). */
  meetingFrequency?: Maybe<Scalars['String']['output']>;
  /** Meetings the sources report. */
  meetings: Array<Meeting>;
  /** Its members with role and period. `asOf` keeps only memberships valid at that date. */
  members: Array<Membership>;
  /** The network this is part of (a fagforum of a network). */
  partOf?: Maybe<Network>;
  /** Networks that are part of this one. */
  parts: Array<Network>;
  /** Regions it covers. */
  regions: Array<Region>;
  /** Themes it addresses. */
  themes: Array<Theme>;
  /** Plans it is anchored in. */
  anchoredIn: Array<ActionPlan>;
  /** The documents this network is described in. */
  sources: Array<Citation>;
};


/** A standing collaboration: a regional, county or local network, a working group or a forum. */
export type NetworkMembersArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<MembershipRole>>;
};

/** A reported meeting or number of meetings of a network. */
export type Meeting = {
  __typename?: 'Meeting';
  /** When (as precise as known). */
  date?: Maybe<Scalars['String']['output']>;
  /** How many meetings, when the source counts them. */
  count?: Maybe<Scalars['Int']['output']>;
  /** What the source says. */
  text?: Maybe<Scalars['String']['output']>;
  /** Where this is reported. */
  sources: Array<Citation>;
};

/** An actor's membership of a network: the MEMBER_OF relationship with its properties. */
export type Membership = {
  __typename?: 'Membership';
  /** The member. */
  actor: Actor;
  /** The network. */
  network: Network;
  /** Its role. */
  role: MembershipRole;
  /** Since when (as precise as known). */
  since?: Maybe<Scalars['String']['output']>;
  /** Until when, if it left. */
  until?: Maybe<Scalars['String']['output']>;
  /** A note from the curator or the source. */
  note?: Maybe<Scalars['String']['output']>;
  /** Where this membership is reported. */
  sources: Array<Citation>;
};

/** One network in a page of networks. */
export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The network. */
  node: Network;
};

/** A page of networks (Relay connection). */
export type NetworkConnection = {
  __typename?: 'NetworkConnection';
  /** The networks of this page. */
  edges: Array<NetworkEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many networks match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** Which networks to list. All conditions must hold. */
export type NetworkFilter = {
  /** Only these kinds. */
  kinds?: InputMaybe<Array<NetworkKind>>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<NetworkStatus>>;
  /** Only networks covering this region or a region within it. */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only networks addressing this theme. */
  theme?: InputMaybe<Scalars['ID']['input']>;
  /** Only networks anchored in this plan. */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Only networks this actor is a member of. */
  member?: InputMaybe<Scalars['ID']['input']>;
  /** Only networks existing at this date (established on or before, not ended before). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** Name or alias contains this text (case- and accent-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** How to order networks. */
export type NetworkSortField =
  | 'NAME'
  | 'ESTABLISHED';

/** What kind of plan. */
export type PlanKind =
  | 'ACTION_PLAN'
  | 'STRATEGY'
  | 'ESCALATION_PLAN'
  | 'MEASURES_PLAN'
  | 'MANDATE'
  | 'OTHER';

/** A responsible actor's role for a measure. */
export type ResponsibilityRole =
  /** Leads the measure. */
  | 'LEAD'
  /** Carries it out (ansvarlig utfører). */
  | 'EXECUTING'
  /** Takes part. */
  | 'CONTRIBUTING'
  /** The ministry that commissions it. */
  | 'COMMISSIONING'
  /** Pays for it. */
  | 'FUNDING';

/** A measure's status at a date (the Moss report's traffic lights). */
export type MeasureStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PARTLY_DONE'
  | 'NOT_DONE'
  | 'UNCLEAR'
  | 'CANCELLED';

/** A national, regional or municipal action plan, strategy or mandate. */
export type ActionPlan = Node & {
  __typename?: 'ActionPlan';
  /** Stable id, e.g. `plan:tve-2013-2016`. */
  id: Scalars['ID']['output'];
  /** Full title as the sources write it. */
  title: Scalars['String']['output'];
  /** Short title. */
  shortTitle?: Maybe<Scalars['String']['output']>;
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** What kind of plan. */
  kind?: Maybe<PlanKind>;
  /** national, regional, county or municipal. */
  level?: Maybe<Level>;
  /** adopted, or proposed. */
  status?: Maybe<Scalars['String']['output']>;
  /** First year (or date) of the plan period. */
  periodStart?: Maybe<Scalars['String']['output']>;
  /** Last year (or date) of the plan period. */
  periodEnd?: Maybe<Scalars['String']['output']>;
  /** Who owns it (ministries, municipalities). */
  owners: Array<Actor>;
  /** The plans this one succeeds. */
  succeeds: Array<ActionPlan>;
  /** The plans that succeed this one. */
  succeededBy: Array<ActionPlan>;
  /** Plans this one is anchored in. */
  anchoredIn: Array<ActionPlan>;
  /** Themes it addresses. */
  themes: Array<Theme>;
  /** Regions it covers. */
  regions: Array<Region>;
  /** Its measures, in number order, optionally filtered by latest status. */
  measures: Array<Measure>;
  /** Counts and shares of its measures by latest status (the Moss report's colour legend). */
  statusSummary: StatusSummary;
  /** Networks anchored in this plan. */
  networks: Array<Network>;
  /** The documents this plan is named in. */
  sources: Array<Citation>;
  /** Its reporting rounds, newest first. */
  rounds: Array<ReportingRound>;
  /** The date of the newest status report of any of its measures (YYYY, YYYY-MM or YYYY-MM-DD); null when none has one. With the period, it tells how current the plan's statuses are. */
  lastReportedAt?: Maybe<Scalars['String']['output']>;
};


/** A national, regional or municipal action plan, strategy or mandate. */
export type ActionPlanMeasuresArgs = {
  statuses?: InputMaybe<Array<MeasureStatus>>;
};

/** A measure (tiltak) of a plan. */
export type Measure = Node & {
  __typename?: 'Measure';
  /** Stable id, e.g. `measure:tve-2013-2016/11`. */
  id: Scalars['ID']['output'];
  /** Its number in the plan, as written ("11", "3a"). */
  number?: Maybe<Scalars['String']['output']>;
  /** Title as written. */
  title: Scalars['String']['output'];
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** The plan it belongs to. */
  plan?: Maybe<ActionPlan>;
  /** Budgets: amount in NOK where the text gives one, and the text as written. */
  budgets: Array<Budget>;
  /** Result goals (resultatmål) with their achievement (måloppnåelse). */
  resultGoals: Array<ResultGoal>;
  /** Overall achievement as reported. */
  achievement?: Maybe<Scalars['String']['output']>;
  /** Responsible actors with their role. */
  responsibilities: Array<Responsibility>;
  /** Its status history, newest first; nothing is ever overwritten. */
  statusHistory: Array<StatusReport>;
  /** The latest status. */
  latestStatus?: Maybe<StatusReport>;
  /** Measures this one refers to ("se tiltak 9 og 10"). */
  refersTo: Array<Measure>;
  /** Measures that refer to this one. */
  referredBy: Array<Measure>;
  /** Reported figures of this measure. */
  indicators: Array<Indicator>;
  /** Themes it addresses. */
  themes: Array<Theme>;
  /** Groups it is aimed at. */
  targetGroups: Array<TargetGroup>;
  /** Contact persons. Personal data: needs at least the viewer role (null with an error otherwise). */
  contacts?: Maybe<Array<Contact>>;
  /** The documents this measure is taken from. */
  sources: Array<Citation>;
};

/** An actor's responsibility for a measure: the RESPONSIBLE_FOR relationship with its properties. */
export type Responsibility = {
  __typename?: 'Responsibility';
  /** The responsible actor. */
  actor: Actor;
  /** The measure. */
  measure: Measure;
  /** Its role. */
  role: ResponsibilityRole;
  /** A note from the curator or the source. */
  note?: Maybe<Scalars['String']['output']>;
  /** Where this is stated. */
  sources: Array<Citation>;
};

/** A measure's status at a date. */
export type StatusReport = {
  __typename?: 'StatusReport';
  /** The date of the report (as precise as known). */
  asOf: Scalars['String']['output'];
  /** The status. */
  status: MeasureStatus;
  /** The status text as written. */
  text?: Maybe<Scalars['String']['output']>;
  /** Where it is reported. */
  sources: Array<Citation>;
};

/** A budget line of a measure. */
export type Budget = {
  __typename?: 'Budget';
  /** Amount in NOK, when the text gives one. */
  amountNok?: Maybe<Scalars['Float']['output']>;
  /** The budget as written. */
  text: Scalars['String']['output'];
  /** The year it applies to. */
  year?: Maybe<Scalars['String']['output']>;
  /** Where it is stated. */
  sources: Array<Citation>;
};

/** A result goal (resultatmål) and what was achieved. */
export type ResultGoal = {
  __typename?: 'ResultGoal';
  /** Its number. */
  number?: Maybe<Scalars['Int']['output']>;
  /** The goal as written. */
  text: Scalars['String']['output'];
  /** Achievement (måloppnåelse) as reported. */
  achievement?: Maybe<Scalars['String']['output']>;
  /** Where it is stated. */
  sources: Array<Citation>;
};

/** Counts and shares of a plan's measures by their latest status. */
export type StatusSummary = {
  __typename?: 'StatusSummary';
  /** How many measures the plan has. */
  total: Scalars['Int']['output'];
  /** One row per status that occurs, plus measures without any status. */
  counts: Array<StatusCount>;
};

/** How many measures have a status, and their share of the plan. */
export type StatusCount = {
  __typename?: 'StatusCount';
  /** The status; null for measures with no status report. */
  status?: Maybe<MeasureStatus>;
  /** How many measures. */
  count: Scalars['Int']['output'];
  /** Share of all the plan's measures, 0 to 1. */
  share: Scalars['Float']['output'];
};

/** One plan in a page of plans. */
export type ActionPlanEdge = {
  __typename?: 'ActionPlanEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The plan. */
  node: ActionPlan;
};

/** A page of plans (Relay connection). */
export type ActionPlanConnection = {
  __typename?: 'ActionPlanConnection';
  /** The plans of this page. */
  edges: Array<ActionPlanEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many plans match. */
  totalCount: Scalars['Int']['output'];
};

/** Which plans to list. */
export type ActionPlanFilter = {
  /** Only these levels. */
  levels?: InputMaybe<Array<Level>>;
  /** Only plans addressing this theme. */
  theme?: InputMaybe<Scalars['ID']['input']>;
  /** Only plans owned by this actor. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Only plans whose period includes this date. */
  activeOn?: InputMaybe<Scalars['String']['input']>;
  /** Title or alias contains this text. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** One measure in a page of measures. */
export type MeasureEdge = {
  __typename?: 'MeasureEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The measure. */
  node: Measure;
};

/** A page of measures (Relay connection). */
export type MeasureConnection = {
  __typename?: 'MeasureConnection';
  /** The measures of this page. */
  edges: Array<MeasureEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many measures match. */
  totalCount: Scalars['Int']['output'];
};

/** Which measures to list. All conditions must hold. */
export type MeasureFilter = {
  /** Only measures of this plan. */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Only measures this actor is responsible for. */
  responsible?: InputMaybe<Scalars['ID']['input']>;
  /** ...in one of these roles. */
  roles?: InputMaybe<Array<ResponsibilityRole>>;
  /** Only measures whose latest status is one of these. */
  statuses?: InputMaybe<Array<MeasureStatus>>;
  /** Only measures addressing this theme. */
  theme?: InputMaybe<Scalars['ID']['input']>;
  /** Title or description contains this text. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** How to order measures. */
export type MeasureSortField =
  /** Plan, then measure number. */
  | 'NUMBER'
  | 'TITLE';

/** Whether a reporting round still takes answers. */
export type RoundStatus =
  /** Owners are reporting; answers can be recorded. */
  | 'OPEN'
  /** Closed: every measure has its status for the round; nothing changes any more. */
  | 'CLOSED';

/** How a measure's status changed between the last two reporting dates. */
export type Movement =
  /** Moved forward (e.g. not done → in progress, in progress → done). */
  | 'FORWARD'
  /** Moved back. */
  | 'BACKWARD'
  /** The same status, not done: stalled. */
  | 'STALLED'
  /** Done at both dates. */
  | 'DONE'
  /** Has a status now and had none before. */
  | 'NEW'
  /** Has no status at all. */
  | 'NONE'
  /** Cancelled. */
  | 'CLOSED'
  /** Nobody reported at the last date: the status was carried over when the round closed. */
  | 'NOT_REPORTED';

/** A follow-up round of a plan: at a reporting date, every responsible actor reports the status of the measures it owns or leads. */
export type ReportingRound = {
  __typename?: 'ReportingRound';
  /** Stable id, e.g. `round:moss-vold-2017/2018-06-15`. */
  id: Scalars['ID']['output'];
  /** The plan followed up. */
  plan: ActionPlan;
  /** A name for the round, when given. */
  title?: Maybe<Scalars['String']['output']>;
  /** The reporting date: the statuses of the round are as of this date. */
  asOf: Scalars['String']['output'];
  /** The date answers are due. */
  deadline?: Maybe<Scalars['String']['output']>;
  /** Open or closed. */
  status: RoundStatus;
  /** Who opened it (user id). */
  openedBy: Scalars['String']['output'];
  /** When it was opened (ISO timestamp). */
  openedAt: Scalars['String']['output'];
  /** Who closed it. */
  closedBy?: Maybe<Scalars['String']['output']>;
  /** When it was closed. */
  closedAt?: Maybe<Scalars['String']['output']>;
  /** Every measure of the plan with who reports on it, its last status and the answers of this round. */
  measures: Array<RoundMeasure>;
  /** Every actor that reports in this round, with its measures and how many it has answered. */
  owners: Array<RoundOwner>;
  /** How many measures have at least one answer in this round. */
  answeredCount: Scalars['Int']['output'];
  /** How many measures the plan has. */
  measureCount: Scalars['Int']['output'];
};

/** A measure in a reporting round. */
export type RoundMeasure = {
  __typename?: 'RoundMeasure';
  /** The measure. */
  measure: Measure;
  /** Who reports on it: its lead; without one, the executing actors; without those, every responsible actor. */
  reporters: Array<Actor>;
  /** The last status before this round. */
  previous?: Maybe<StatusReport>;
  /** The answers given in this round, newest first. */
  answers: Array<RoundAnswer>;
  /** The status the round gives the measure: the newest answer, or after closing the carried-over one; null while nobody has answered. */
  result?: Maybe<RoundAnswer>;
};

/** A status recorded in a round: an owner's answer, or one carried over when the round closed. */
export type RoundAnswer = {
  __typename?: 'RoundAnswer';
  /** The status. */
  status: MeasureStatus;
  /** The status text. */
  text?: Maybe<Scalars['String']['output']>;
  /** The actor that answered; null when carried over. */
  actor?: Maybe<Actor>;
  /** False when nobody reported and the closing carried the last status over (or set UNCLEAR). */
  reported: Scalars['Boolean']['output'];
  /** For a carried-over status: the date of the status it repeats. */
  carriedOverFrom?: Maybe<Scalars['String']['output']>;
};

/** An actor that reports in a round. */
export type RoundOwner = {
  __typename?: 'RoundOwner';
  /** The actor. */
  actor: Actor;
  /** The measures it reports on. */
  measures: Array<Measure>;
  /** How many of them it has answered for. */
  answered: Scalars['Int']['output'];
  /** How many it reports on. */
  total: Scalars['Int']['output'];
};

/** A reporting date in a plan's progress: a round, or the date of statuses recorded outside rounds (e.g. a status document). */
export type ProgressColumn = {
  __typename?: 'ProgressColumn';
  /** The date. */
  asOf: Scalars['String']['output'];
  /** The round at this date, if there is one. */
  round?: Maybe<ReportingRound>;
};

/** A measure's status at one reporting date. */
export type ProgressCell = {
  __typename?: 'ProgressCell';
  /** The date. */
  asOf: Scalars['String']['output'];
  /** The status at that date (the newest with a date at or before it); null when it had none. */
  status?: Maybe<MeasureStatus>;
  /** The status text. */
  text?: Maybe<Scalars['String']['output']>;
  /** False when the status was carried over at a round's closing without a report. */
  reported: Scalars['Boolean']['output'];
  /** True in an open round's column while nobody has answered: the cell shows the last status. */
  pending: Scalars['Boolean']['output'];
};

/** One measure across the reporting dates. */
export type ProgressRow = {
  __typename?: 'ProgressRow';
  /** The measure. */
  measure: Measure;
  /** Its status at each date, in the order of the columns. */
  cells: Array<ProgressCell>;
  /** How it changed between the last two dates. */
  movement: Movement;
  /** Not done at the last date although its deadline or the plan period has passed. */
  overdue: Scalars['Boolean']['output'];
  /** The deadline (the measure's, or the plan period's end) that has passed. */
  overdueSince?: Maybe<Scalars['String']['output']>;
};

/** Counts of measures per status at one date (for the chart). */
export type ProgressCount = {
  __typename?: 'ProgressCount';
  /** The status; null for measures without one. */
  status?: Maybe<MeasureStatus>;
  /** How many measures. */
  count: Scalars['Int']['output'];
};

/** The counts of one reporting date. */
export type ProgressColumnCounts = {
  __typename?: 'ProgressColumnCounts';
  /** The date. */
  asOf: Scalars['String']['output'];
  /** Measures per status. */
  counts: Array<ProgressCount>;
};

/** How many measures moved how between the last two dates. */
export type ProgressSummary = {
  __typename?: 'ProgressSummary';
  /** Moved forward. */
  forward: Scalars['Int']['output'];
  /** Moved back. */
  backward: Scalars['Int']['output'];
  /** Stalled: the same status, not done. */
  stalled: Scalars['Int']['output'];
  /** Done at both dates. */
  done: Scalars['Int']['output'];
  /** A status now, none before. */
  new: Scalars['Int']['output'];
  /** No status at all. */
  none: Scalars['Int']['output'];
  /** Cancelled. */
  closed: Scalars['Int']['output'];
  /** Not reported at the last date (carried over). */
  notReported: Scalars['Int']['output'];
  /** Overdue at the last date. */
  overdue: Scalars['Int']['output'];
};

/** A plan's progress: every measure's status at each reporting date side by side. */
export type PlanProgress = {
  __typename?: 'PlanProgress';
  /** The plan. */
  plan: ActionPlan;
  /** The reporting dates, oldest first. */
  columns: Array<ProgressColumn>;
  /** One row per measure (for an actor's progress: only the measures it is responsible for). */
  rows: Array<ProgressRow>;
  /** What moved between the last two dates. */
  summary: ProgressSummary;
  /** Counts per status at each date. */
  perColumn: Array<ProgressColumnCounts>;
};

/** One answer of an owner in a round. */
export type RoundAnswerInput = {
  /** The measure. */
  measure: Scalars['ID']['input'];
  /** The responsible actor that answers. */
  actor: Scalars['ID']['input'];
  /** The status. */
  status: MeasureStatus;
  /** The status text (at most 5000 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** What a round's closing did. */
export type CloseRoundResult = {
  __typename?: 'CloseRoundResult';
  /** The closed round. */
  round: ReportingRound;
  /** Measures with an answer. */
  answered: Scalars['Int']['output'];
  /** Measures nobody answered for: their last status was carried over (marked not reported). */
  carriedOver: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( ActorRow )
    | ( RegionRow )
    | ( ThemeRow )
    | ( TargetGroupRow )
    | ( IndicatorRow )
    | ( AgreementRow )
    | ( ContactRow )
    | ( NetworkRow )
    | ( PlanRow )
    | ( MeasureRow )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActorKind: ActorKind;
  Sector: Sector;
  Actor: ResolverTypeWrapper<ActorRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'edges'> & { edges: Array<ResolversTypes['ActorEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ActorFilter: ActorFilter;
  ActorSortField: ActorSortField;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  CreateActorInput: CreateActorInput;
  UpdateActorInput: UpdateActorInput;
  CreateNetworkInput: CreateNetworkInput;
  UpdateNetworkInput: UpdateNetworkInput;
  CreatePlanInput: CreatePlanInput;
  UpdatePlanInput: UpdatePlanInput;
  CreateMeasureInput: CreateMeasureInput;
  UpdateMeasureInput: UpdateMeasureInput;
  DeleteMode: DeleteMode;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  AuditConnection: ResolverTypeWrapper<Omit<AuditConnection, 'entries'> & { entries: Array<ResolversTypes['AuditEntry']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  CollaborationFilter: CollaborationFilter;
  CollaborationContextKind: CollaborationContextKind;
  CollaborationContext: ResolverTypeWrapper<CollaborationContext>;
  GraphNode: ResolverTypeWrapper<GraphNodeRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdgeRow>;
  CollaborationGraph: ResolverTypeWrapper<GraphResult>;
  PathStep: ResolverTypeWrapper<PathStepRow>;
  CollaborationPath: ResolverTypeWrapper<PathRow>;
  GapKind: GapKind;
  Severity: Severity;
  GapThresholds: GapThresholds;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  Gap: ResolverTypeWrapper<GapRow>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Source: ResolverTypeWrapper<SourceRow>;
  Citation: ResolverTypeWrapper<CitationRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  SortDirection: SortDirection;
  Level: Level;
  Region: ResolverTypeWrapper<RegionRow>;
  Theme: ResolverTypeWrapper<ThemeRow>;
  TargetGroup: ResolverTypeWrapper<TargetGroupRow>;
  Language: Language;
  ImportDecision: ImportDecision;
  ImportPreview: ResolverTypeWrapper<ImportPreview>;
  ImportSheet: ResolverTypeWrapper<ImportSheet>;
  ImportAction: ImportAction;
  ImportRow: ResolverTypeWrapper<ImportRow>;
  ImportChange: ResolverTypeWrapper<ImportChange>;
  ImportMatchKind: ImportMatchKind;
  ImportName: ResolverTypeWrapper<ImportName>;
  ImportCandidate: ResolverTypeWrapper<ImportCandidate>;
  ImportSeverity: ImportSeverity;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportCounts: ResolverTypeWrapper<ImportCounts>;
  ImportBatch: ResolverTypeWrapper<ImportBatch>;
  Indicator: ResolverTypeWrapper<IndicatorRow>;
  Agreement: ResolverTypeWrapper<AgreementRow>;
  AgreementKind: AgreementKind;
  Contact: ResolverTypeWrapper<ContactRow>;
  IndicatorTable: ResolverTypeWrapper<IndicatorTableRow>;
  SearchKind: SearchKind;
  SearchHit: ResolverTypeWrapper<SearchRow>;
  NetworkKind: NetworkKind;
  NetworkStatus: NetworkStatus;
  MembershipRole: MembershipRole;
  Network: ResolverTypeWrapper<NetworkRow>;
  Meeting: ResolverTypeWrapper<MeetingRow>;
  Membership: ResolverTypeWrapper<MembershipRow>;
  NetworkEdge: ResolverTypeWrapper<Omit<NetworkEdge, 'node'> & { node: ResolversTypes['Network'] }>;
  NetworkConnection: ResolverTypeWrapper<Omit<NetworkConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkEdge']> }>;
  NetworkFilter: NetworkFilter;
  NetworkSortField: NetworkSortField;
  PlanKind: PlanKind;
  ResponsibilityRole: ResponsibilityRole;
  MeasureStatus: MeasureStatus;
  ActionPlan: ResolverTypeWrapper<PlanRow>;
  Measure: ResolverTypeWrapper<MeasureRow>;
  Responsibility: ResolverTypeWrapper<ResponsibilityRow>;
  StatusReport: ResolverTypeWrapper<StatusRow>;
  Budget: ResolverTypeWrapper<BudgetRow>;
  ResultGoal: ResolverTypeWrapper<GoalRow>;
  StatusSummary: ResolverTypeWrapper<StatusSummary>;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  ActionPlanEdge: ResolverTypeWrapper<Omit<ActionPlanEdge, 'node'> & { node: ResolversTypes['ActionPlan'] }>;
  ActionPlanConnection: ResolverTypeWrapper<Omit<ActionPlanConnection, 'edges'> & { edges: Array<ResolversTypes['ActionPlanEdge']> }>;
  ActionPlanFilter: ActionPlanFilter;
  MeasureEdge: ResolverTypeWrapper<Omit<MeasureEdge, 'node'> & { node: ResolversTypes['Measure'] }>;
  MeasureConnection: ResolverTypeWrapper<Omit<MeasureConnection, 'edges'> & { edges: Array<ResolversTypes['MeasureEdge']> }>;
  MeasureFilter: MeasureFilter;
  MeasureSortField: MeasureSortField;
  RoundStatus: RoundStatus;
  Movement: Movement;
  ReportingRound: ResolverTypeWrapper<RoundRow>;
  RoundMeasure: ResolverTypeWrapper<RoundMeasureView>;
  RoundAnswer: ResolverTypeWrapper<RoundStatusRow>;
  RoundOwner: ResolverTypeWrapper<RoundOwnerView>;
  ProgressColumn: ResolverTypeWrapper<ProgressColumnRow>;
  ProgressCell: ResolverTypeWrapper<ProgressCellRow>;
  ProgressRow: ResolverTypeWrapper<ProgressRowView>;
  ProgressCount: ResolverTypeWrapper<ProgressCount>;
  ProgressColumnCounts: ResolverTypeWrapper<ColumnCounts>;
  ProgressSummary: ResolverTypeWrapper<ProgressSummary>;
  PlanProgress: ResolverTypeWrapper<PlanProgressView>;
  RoundAnswerInput: RoundAnswerInput;
  CloseRoundResult: ResolverTypeWrapper<Omit<CloseRoundResult, 'round'> & { round: ResolversTypes['ReportingRound'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Actor: ActorRow;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorConnection: Omit<ActorConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorEdge']> };
  Int: Scalars['Int']['output'];
  ActorFilter: ActorFilter;
  Query: Record<PropertyKey, never>;
  CreateActorInput: CreateActorInput;
  UpdateActorInput: UpdateActorInput;
  CreateNetworkInput: CreateNetworkInput;
  UpdateNetworkInput: UpdateNetworkInput;
  CreatePlanInput: CreatePlanInput;
  UpdatePlanInput: UpdatePlanInput;
  CreateMeasureInput: CreateMeasureInput;
  UpdateMeasureInput: UpdateMeasureInput;
  AuditEntry: AuditRow;
  AuditConnection: Omit<AuditConnection, 'entries'> & { entries: Array<ResolversParentTypes['AuditEntry']> };
  Mutation: Record<PropertyKey, never>;
  CollaborationFilter: CollaborationFilter;
  CollaborationContext: CollaborationContext;
  GraphNode: GraphNodeRow;
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdgeRow;
  CollaborationGraph: GraphResult;
  PathStep: PathStepRow;
  CollaborationPath: PathRow;
  GapThresholds: GapThresholds;
  Evidence: EvidenceRow;
  Gap: GapRow;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Source: SourceRow;
  Citation: CitationRow;
  PageInfo: PageInfo;
  Region: RegionRow;
  Theme: ThemeRow;
  TargetGroup: TargetGroupRow;
  ImportDecision: ImportDecision;
  ImportPreview: ImportPreview;
  ImportSheet: ImportSheet;
  ImportRow: ImportRow;
  ImportChange: ImportChange;
  ImportName: ImportName;
  ImportCandidate: ImportCandidate;
  ImportProblem: ImportProblem;
  ImportCounts: ImportCounts;
  ImportBatch: ImportBatch;
  Indicator: IndicatorRow;
  Agreement: AgreementRow;
  Contact: ContactRow;
  IndicatorTable: IndicatorTableRow;
  SearchHit: SearchRow;
  Network: NetworkRow;
  Meeting: MeetingRow;
  Membership: MembershipRow;
  NetworkEdge: Omit<NetworkEdge, 'node'> & { node: ResolversParentTypes['Network'] };
  NetworkConnection: Omit<NetworkConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkEdge']> };
  NetworkFilter: NetworkFilter;
  ActionPlan: PlanRow;
  Measure: MeasureRow;
  Responsibility: ResponsibilityRow;
  StatusReport: StatusRow;
  Budget: BudgetRow;
  ResultGoal: GoalRow;
  StatusSummary: StatusSummary;
  StatusCount: StatusCount;
  ActionPlanEdge: Omit<ActionPlanEdge, 'node'> & { node: ResolversParentTypes['ActionPlan'] };
  ActionPlanConnection: Omit<ActionPlanConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActionPlanEdge']> };
  ActionPlanFilter: ActionPlanFilter;
  MeasureEdge: Omit<MeasureEdge, 'node'> & { node: ResolversParentTypes['Measure'] };
  MeasureConnection: Omit<MeasureConnection, 'edges'> & { edges: Array<ResolversParentTypes['MeasureEdge']> };
  MeasureFilter: MeasureFilter;
  ReportingRound: RoundRow;
  RoundMeasure: RoundMeasureView;
  RoundAnswer: RoundStatusRow;
  RoundOwner: RoundOwnerView;
  ProgressColumn: ProgressColumnRow;
  ProgressCell: ProgressCellRow;
  ProgressRow: ProgressRowView;
  ProgressCount: ProgressCount;
  ProgressColumnCounts: ColumnCounts;
  ProgressSummary: ProgressSummary;
  PlanProgress: PlanProgressView;
  RoundAnswerInput: RoundAnswerInput;
  CloseRoundResult: Omit<CloseRoundResult, 'round'> & { round: ResolversParentTypes['ReportingRound'] };
}>;

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ActorKind']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType>;
  isGenericRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<ActorMembershipsArgs>>;
  responsibilities?: Resolver<Array<ResolversTypes['Responsibility']>, ParentType, ContextType, Partial<ActorResponsibilitiesArgs>>;
  ownedPlans?: Resolver<Array<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  contacts?: Resolver<Maybe<Array<ResolversTypes['Contact']>>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ActorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
}>;

export type ActorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'sortBy' | 'direction' | 'first'>>;
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  collaborationGraph?: Resolver<ResolversTypes['CollaborationGraph'], ParentType, ContextType, RequireFields<QueryCollaborationGraphArgs, 'layout'>>;
  path?: Resolver<Array<ResolversTypes['CollaborationPath']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'to' | 'first' | 'language'>>;
  gaps?: Resolver<Array<ResolversTypes['Gap']>, ParentType, ContextType, RequireFields<QueryGapsArgs, 'language'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  importPreview?: Resolver<ResolversTypes['ImportPreview'], ParentType, ContextType, RequireFields<QueryImportPreviewArgs, 'id'>>;
  imports?: Resolver<Array<ResolversTypes['ImportBatch']>, ParentType, ContextType, Partial<QueryImportsArgs>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text' | 'first'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<QueryIndicatorsArgs>>;
  indicatorTables?: Resolver<Array<ResolversTypes['IndicatorTable']>, ParentType, ContextType>;
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType, Partial<QueryAgreementsArgs>>;
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType, RequireFields<QueryAgreementArgs, 'id'>>;
  contacts?: Resolver<Maybe<Array<ResolversTypes['Contact']>>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  networks?: Resolver<ResolversTypes['NetworkConnection'], ParentType, ContextType, RequireFields<QueryNetworksArgs, 'sortBy' | 'direction' | 'first'>>;
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType, RequireFields<QueryNetworkArgs, 'id'>>;
  plans?: Resolver<ResolversTypes['ActionPlanConnection'], ParentType, ContextType, RequireFields<QueryPlansArgs, 'first'>>;
  plan?: Resolver<Maybe<ResolversTypes['ActionPlan']>, ParentType, ContextType, RequireFields<QueryPlanArgs, 'id'>>;
  measures?: Resolver<ResolversTypes['MeasureConnection'], ParentType, ContextType, RequireFields<QueryMeasuresArgs, 'sortBy' | 'direction' | 'first'>>;
  measure?: Resolver<Maybe<ResolversTypes['Measure']>, ParentType, ContextType, RequireFields<QueryMeasureArgs, 'id'>>;
  reportingRound?: Resolver<Maybe<ResolversTypes['ReportingRound']>, ParentType, ContextType, RequireFields<QueryReportingRoundArgs, 'id'>>;
  planProgress?: Resolver<Maybe<ResolversTypes['PlanProgress']>, ParentType, ContextType, RequireFields<QueryPlanProgressArgs, 'plan'>>;
  actorProgress?: Resolver<Array<ResolversTypes['PlanProgress']>, ParentType, ContextType, RequireFields<QueryActorProgressArgs, 'actor'>>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = ResolversObject<{
  entries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationCreateActorArgs, 'input'>>;
  updateActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationUpdateActorArgs, 'id' | 'input'>>;
  deleteActor?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteActorArgs, 'id' | 'mode'>>;
  mergeActors?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationMergeActorsArgs, 'keep' | 'duplicate'>>;
  createNetwork?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<MutationCreateNetworkArgs, 'input'>>;
  updateNetwork?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<MutationUpdateNetworkArgs, 'id' | 'input'>>;
  deleteNetwork?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteNetworkArgs, 'id' | 'mode'>>;
  createPlan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationCreatePlanArgs, 'input'>>;
  updatePlan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationUpdatePlanArgs, 'id' | 'input'>>;
  deletePlan?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeletePlanArgs, 'id' | 'mode'>>;
  createMeasure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType, RequireFields<MutationCreateMeasureArgs, 'input'>>;
  updateMeasure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType, RequireFields<MutationUpdateMeasureArgs, 'id' | 'input'>>;
  deleteMeasure?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteMeasureArgs, 'id' | 'mode'>>;
  addMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationAddMembershipArgs, 'actor' | 'network' | 'role' | 'source'>>;
  endMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationEndMembershipArgs, 'actor' | 'network' | 'role' | 'until'>>;
  addResponsibility?: Resolver<ResolversTypes['Responsibility'], ParentType, ContextType, RequireFields<MutationAddResponsibilityArgs, 'actor' | 'measure' | 'role' | 'source'>>;
  removeResponsibility?: Resolver<ResolversTypes['Measure'], ParentType, ContextType, RequireFields<MutationRemoveResponsibilityArgs, 'actor' | 'measure' | 'role'>>;
  recordStatus?: Resolver<ResolversTypes['Measure'], ParentType, ContextType, RequireFields<MutationRecordStatusArgs, 'measure' | 'status' | 'source'>>;
  _empty?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  applyImport?: Resolver<ResolversTypes['ImportBatch'], ParentType, ContextType, RequireFields<MutationApplyImportArgs, 'id'>>;
  undoImport?: Resolver<ResolversTypes['ImportBatch'], ParentType, ContextType, RequireFields<MutationUndoImportArgs, 'batch'>>;
  openReportingRound?: Resolver<ResolversTypes['ReportingRound'], ParentType, ContextType, RequireFields<MutationOpenReportingRoundArgs, 'plan' | 'asOf'>>;
  reportStatus?: Resolver<ResolversTypes['ReportingRound'], ParentType, ContextType, RequireFields<MutationReportStatusArgs, 'round' | 'answers'>>;
  closeReportingRound?: Resolver<ResolversTypes['CloseRoundResult'], ParentType, ContextType, RequireFields<MutationCloseReportingRoundArgs, 'round'>>;
}>;

export type CollaborationContextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollaborationContext'] = ResolversParentTypes['CollaborationContext']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['CollaborationContextKind'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ActorKind']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
  isGenericRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weightedDegree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isCutVertex?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  x?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  y?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contexts?: Resolver<Array<ResolversTypes['CollaborationContext']>, ParentType, ContextType>;
}>;

export type CollaborationGraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollaborationGraph'] = ResolversParentTypes['CollaborationGraph']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  communityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  density?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  brokers?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType, RequireFields<CollaborationGraphBrokersArgs, 'first'>>;
}>;

export type PathStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  contexts?: Resolver<Array<ResolversTypes['CollaborationContext']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CollaborationPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollaborationPath'] = ResolversParentTypes['CollaborationPath']> = ResolversObject<{
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = ResolversObject<{
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
}>;

export type GapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Gap'] = ResolversParentTypes['Gap']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GapKind'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
}>;

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Actor' | 'Region' | 'Theme' | 'TargetGroup' | 'Indicator' | 'Agreement' | 'Contact' | 'Network' | 'ActionPlan' | 'Measure', ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = ResolversObject<{
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ThemeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TargetGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetGroup'] = ResolversParentTypes['TargetGroup']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportPreview'] = ResolversParentTypes['ImportPreview']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetExists?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sheets?: Resolver<Array<ResolversTypes['ImportSheet']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRow']>, ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['ImportName']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  canApply?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appliedBatch?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ImportSheetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportSheet'] = ResolversParentTypes['ImportSheet']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportRow'] = ResolversParentTypes['ImportRow']> = ResolversObject<{
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['ImportAction'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ImportChange']>, ParentType, ContextType>;
}>;

export type ImportChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportChange'] = ResolversParentTypes['ImportChange']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ImportNameResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportName'] = ResolversParentTypes['ImportName']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['ImportMatchKind'], ParentType, ContextType>;
  proposed?: Resolver<Maybe<ResolversTypes['ImportCandidate']>, ParentType, ContextType>;
  alternatives?: Resolver<Array<ResolversTypes['ImportCandidate']>, ParentType, ContextType>;
  genericRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isNew?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decided?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  occurrences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ImportCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportCandidate'] = ResolversParentTypes['ImportCandidate']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = ResolversObject<{
  severity?: Resolver<ResolversTypes['ImportSeverity'], ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cell?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportCounts'] = ResolversParentTypes['ImportCounts']> = ResolversObject<{
  create?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newActors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportBatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportBatch'] = ResolversParentTypes['ImportBatch']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  importedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  table?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isTotal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  measure?: Resolver<Maybe<ResolversTypes['Measure']>, ParentType, ContextType>;
  reportedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgreementKind'], ParentType, ContextType>;
  signed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measure?: Resolver<Maybe<ResolversTypes['Measure']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  measures?: Resolver<Maybe<Array<ResolversTypes['Measure']>>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IndicatorTableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorTable'] = ResolversParentTypes['IndicatorTable']> = ResolversObject<{
  table?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type NetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['NetworkKind']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['NetworkStatus']>, ParentType, ContextType>;
  established?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ended?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mandate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetingFrequency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<NetworkMembersArgs>>;
  partOf?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  anchoredIn?: Resolver<Array<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = ResolversObject<{
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
}>;

export type NetworkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
}>;

export type NetworkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkConnection'] = ResolversParentTypes['NetworkConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActionPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionPlan'] = ResolversParentTypes['ActionPlan']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['PlanKind']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  succeeds?: Resolver<Array<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  succeededBy?: Resolver<Array<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  anchoredIn?: Resolver<Array<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType, Partial<ActionPlanMeasuresArgs>>;
  statusSummary?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['ReportingRound']>, ParentType, ContextType>;
  lastReportedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  budgets?: Resolver<Array<ResolversTypes['Budget']>, ParentType, ContextType>;
  resultGoals?: Resolver<Array<ResolversTypes['ResultGoal']>, ParentType, ContextType>;
  achievement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsibilities?: Resolver<Array<ResolversTypes['Responsibility']>, ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  latestStatus?: Resolver<Maybe<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  refersTo?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  referredBy?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  contacts?: Resolver<Maybe<Array<ResolversTypes['Contact']>>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResponsibilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Responsibility'] = ResolversParentTypes['Responsibility']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ResponsibilityRole'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
}>;

export type StatusReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusReport'] = ResolversParentTypes['StatusReport']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeasureStatus'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
}>;

export type BudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Budget'] = ResolversParentTypes['Budget']> = ResolversObject<{
  amountNok?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
}>;

export type ResultGoalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResultGoal'] = ResolversParentTypes['ResultGoal']> = ResolversObject<{
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  achievement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
}>;

export type StatusSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusSummary'] = ResolversParentTypes['StatusSummary']> = ResolversObject<{
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
}>;

export type StatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = ResolversObject<{
  status?: Resolver<Maybe<ResolversTypes['MeasureStatus']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ActionPlanEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionPlanEdge'] = ResolversParentTypes['ActionPlanEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType>;
}>;

export type ActionPlanConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionPlanConnection'] = ResolversParentTypes['ActionPlanConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActionPlanEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MeasureEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureEdge'] = ResolversParentTypes['MeasureEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
}>;

export type MeasureConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureConnection'] = ResolversParentTypes['MeasureConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MeasureEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReportingRoundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportingRound'] = ResolversParentTypes['ReportingRound']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RoundStatus'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['RoundMeasure']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['RoundOwner']>, ParentType, ContextType>;
  answeredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  measureCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RoundMeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoundMeasure'] = ResolversParentTypes['RoundMeasure']> = ResolversObject<{
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  reporters?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  answers?: Resolver<Array<ResolversTypes['RoundAnswer']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['RoundAnswer']>, ParentType, ContextType>;
}>;

export type RoundAnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoundAnswer'] = ResolversParentTypes['RoundAnswer']> = ResolversObject<{
  status?: Resolver<ResolversTypes['MeasureStatus'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  carriedOverFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RoundOwnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoundOwner'] = ResolversParentTypes['RoundOwner']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProgressColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressColumn'] = ResolversParentTypes['ProgressColumn']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['ReportingRound']>, ParentType, ContextType>;
}>;

export type ProgressCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressCell'] = ResolversParentTypes['ProgressCell']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['MeasureStatus']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProgressRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressRow'] = ResolversParentTypes['ProgressRow']> = ResolversObject<{
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['ProgressCell']>, ParentType, ContextType>;
  movement?: Resolver<ResolversTypes['Movement'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdueSince?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProgressCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressCount'] = ResolversParentTypes['ProgressCount']> = ResolversObject<{
  status?: Resolver<Maybe<ResolversTypes['MeasureStatus']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProgressColumnCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressColumnCounts'] = ResolversParentTypes['ProgressColumnCounts']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['ProgressCount']>, ParentType, ContextType>;
}>;

export type ProgressSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressSummary'] = ResolversParentTypes['ProgressSummary']> = ResolversObject<{
  forward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  backward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stalled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  new?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  none?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlanProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanProgress'] = ResolversParentTypes['PlanProgress']> = ResolversObject<{
  plan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['ProgressColumn']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ProgressRow']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['ProgressSummary'], ParentType, ContextType>;
  perColumn?: Resolver<Array<ResolversTypes['ProgressColumnCounts']>, ParentType, ContextType>;
}>;

export type CloseRoundResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CloseRoundResult'] = ResolversParentTypes['CloseRoundResult']> = ResolversObject<{
  round?: Resolver<ResolversTypes['ReportingRound'], ParentType, ContextType>;
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  carriedOver?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Actor?: ActorResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  CollaborationContext?: CollaborationContextResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  CollaborationGraph?: CollaborationGraphResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  CollaborationPath?: CollaborationPathResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Gap?: GapResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  TargetGroup?: TargetGroupResolvers<ContextType>;
  ImportPreview?: ImportPreviewResolvers<ContextType>;
  ImportSheet?: ImportSheetResolvers<ContextType>;
  ImportRow?: ImportRowResolvers<ContextType>;
  ImportChange?: ImportChangeResolvers<ContextType>;
  ImportName?: ImportNameResolvers<ContextType>;
  ImportCandidate?: ImportCandidateResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportCounts?: ImportCountsResolvers<ContextType>;
  ImportBatch?: ImportBatchResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  IndicatorTable?: IndicatorTableResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkConnection?: NetworkConnectionResolvers<ContextType>;
  ActionPlan?: ActionPlanResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  Responsibility?: ResponsibilityResolvers<ContextType>;
  StatusReport?: StatusReportResolvers<ContextType>;
  Budget?: BudgetResolvers<ContextType>;
  ResultGoal?: ResultGoalResolvers<ContextType>;
  StatusSummary?: StatusSummaryResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  ActionPlanEdge?: ActionPlanEdgeResolvers<ContextType>;
  ActionPlanConnection?: ActionPlanConnectionResolvers<ContextType>;
  MeasureEdge?: MeasureEdgeResolvers<ContextType>;
  MeasureConnection?: MeasureConnectionResolvers<ContextType>;
  ReportingRound?: ReportingRoundResolvers<ContextType>;
  RoundMeasure?: RoundMeasureResolvers<ContextType>;
  RoundAnswer?: RoundAnswerResolvers<ContextType>;
  RoundOwner?: RoundOwnerResolvers<ContextType>;
  ProgressColumn?: ProgressColumnResolvers<ContextType>;
  ProgressCell?: ProgressCellResolvers<ContextType>;
  ProgressRow?: ProgressRowResolvers<ContextType>;
  ProgressCount?: ProgressCountResolvers<ContextType>;
  ProgressColumnCounts?: ProgressColumnCountsResolvers<ContextType>;
  ProgressSummary?: ProgressSummaryResolvers<ContextType>;
  PlanProgress?: PlanProgressResolvers<ContextType>;
  CloseRoundResult?: CloseRoundResultResolvers<ContextType>;
}>;

