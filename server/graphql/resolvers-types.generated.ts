import type { GraphQLResolveInfo } from 'graphql';
import type { ActorRow, NetworkRow, PlanRow, MeasureRow, RegionRow, ThemeRow, TargetGroupRow, IndicatorRow, AgreementRow, ContactRow, SourceRow, CitationRow, StatusRow, BudgetRow, GoalRow, MeetingRow, MembershipRow, ResponsibilityRow, IndicatorTableRow } from '../db/rows.js';
import type { SearchRow } from '../db/repos/misc.repo.js';
import type { GraphNodeRow, GraphEdgeRow, GraphResult, PathRow, PathStepRow } from '../analysis/collaboration.js';
import type { GapRow, EvidenceRow } from '../analysis/gaps.js';
import type { AuditRow } from '../db/repos/audit.repo.js';
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
  /** The audit trail, newest first. Admins only. */
  auditLog: AuditConnection;
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
  /** Any entity by its id (e.g. `actor:imdi-ost`), or null when there is none. */
  node?: Maybe<Node>;
  /** Several entities by id, in the order asked; null where an id is unknown. At most 100 ids. */
  nodes: Array<Maybe<Node>>;
  /** The source documents of the curated dataset. */
  sources: Array<Source>;
  /** Actors, filtered and sorted, a page at a time. */
  actors: ActorConnection;
  /** One actor by id, or null. */
  actor?: Maybe<Actor>;
  /** The derived collaboration graph for a filter, with degree, betweenness, communities and cut vertices. */
  collaborationGraph: CollaborationGraph;
  /** The shortest collaboration path(s) between two actors, each hop with its context. */
  path: Array<CollaborationPath>;
  /** Responsibility gaps: every rule of DESIGN.md, for one plan or all. */
  gaps: Array<Gap>;
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
    | ( IndicatorRow )
    | ( AgreementRow )
    | ( ContactRow )
    | ( NetworkRow )
    | ( PlanRow )
    | ( MeasureRow )
    | ( RegionRow )
    | ( ThemeRow )
    | ( TargetGroupRow )
    | ( ActorRow )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreateActorInput: CreateActorInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Indicator: ResolverTypeWrapper<IndicatorRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
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
  ActorKind: ActorKind;
  Sector: Sector;
  Actor: ResolverTypeWrapper<ActorRow>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'edges'> & { edges: Array<ResolversTypes['ActorEdge']> }>;
  ActorFilter: ActorFilter;
  ActorSortField: ActorSortField;
  CollaborationFilter: CollaborationFilter;
  CollaborationContextKind: CollaborationContextKind;
  CollaborationContext: ResolverTypeWrapper<CollaborationContext>;
  GraphNode: ResolverTypeWrapper<GraphNodeRow>;
  GraphEdge: ResolverTypeWrapper<GraphEdgeRow>;
  CollaborationGraph: ResolverTypeWrapper<GraphResult>;
  PathStep: ResolverTypeWrapper<PathStepRow>;
  CollaborationPath: ResolverTypeWrapper<PathRow>;
  GapKind: GapKind;
  Severity: Severity;
  GapThresholds: GapThresholds;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  Gap: ResolverTypeWrapper<GapRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreateActorInput: CreateActorInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  UpdateActorInput: UpdateActorInput;
  CreateNetworkInput: CreateNetworkInput;
  UpdateNetworkInput: UpdateNetworkInput;
  CreatePlanInput: CreatePlanInput;
  UpdatePlanInput: UpdatePlanInput;
  CreateMeasureInput: CreateMeasureInput;
  UpdateMeasureInput: UpdateMeasureInput;
  AuditEntry: AuditRow;
  AuditConnection: Omit<AuditConnection, 'entries'> & { entries: Array<ResolversParentTypes['AuditEntry']> };
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Indicator: IndicatorRow;
  Float: Scalars['Float']['output'];
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
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Source: SourceRow;
  Citation: CitationRow;
  PageInfo: PageInfo;
  Region: RegionRow;
  Theme: ThemeRow;
  TargetGroup: TargetGroupRow;
  Actor: ActorRow;
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorConnection: Omit<ActorConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorEdge']> };
  ActorFilter: ActorFilter;
  CollaborationFilter: CollaborationFilter;
  CollaborationContext: CollaborationContext;
  GraphNode: GraphNodeRow;
  GraphEdge: GraphEdgeRow;
  CollaborationGraph: GraphResult;
  PathStep: PathStepRow;
  CollaborationPath: PathRow;
  GapThresholds: GapThresholds;
  Evidence: EvidenceRow;
  Gap: GapRow;
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

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
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
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'sortBy' | 'direction' | 'first'>>;
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  collaborationGraph?: Resolver<ResolversTypes['CollaborationGraph'], ParentType, ContextType, RequireFields<QueryCollaborationGraphArgs, 'layout'>>;
  path?: Resolver<Array<ResolversTypes['CollaborationPath']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'to' | 'first' | 'language'>>;
  gaps?: Resolver<Array<ResolversTypes['Gap']>, ParentType, ContextType, RequireFields<QueryGapsArgs, 'language'>>;
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

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Indicator' | 'Agreement' | 'Contact' | 'Network' | 'ActionPlan' | 'Measure' | 'Region' | 'Theme' | 'TargetGroup' | 'Actor', ParentType, ContextType>;
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

export type Resolvers<ContextType = Context> = ResolversObject<{
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
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
  Node?: NodeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  TargetGroup?: TargetGroupResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  CollaborationContext?: CollaborationContextResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  CollaborationGraph?: CollaborationGraphResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  CollaborationPath?: CollaborationPathResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Gap?: GapResolvers<ContextType>;
}>;

