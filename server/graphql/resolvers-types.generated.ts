import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorRow, NetworkRow, PlanRow, MeasureRow, RegionRow, ThemeRow, TargetGroupRow, IndicatorRow, AgreementRow, ContactRow, SourceRow, CitationRow, StatusRow, BudgetRow, GoalRow, MeetingRow, MembershipRow, ResponsibilityRow, IndicatorTableRow, CollaborationRow, ResourceRow, GuidelineRow } from '../db/rows.js';
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
  /** Any JSON value (used for the compact encoding of the collaboration graph). */
  JSON: { input: unknown; output: unknown; }
};

/** A national, regional or municipal action plan, strategy or mandate. */
export type ActionPlan = Node & {
  __typename?: 'ActionPlan';
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Plans this one is anchored in. */
  anchoredIn: Array<ActionPlan>;
  /** Stable id, e.g. `plan:tve-2013-2016`. */
  id: Scalars['ID']['output'];
  /** What kind of plan. */
  kind?: Maybe<PlanKind>;
  /** The date of the newest status report of any of its measures (YYYY, YYYY-MM or YYYY-MM-DD); null when none has one. With the period, it tells how current the plan's statuses are. */
  lastReportedAt?: Maybe<Scalars['String']['output']>;
  /** national, regional, county or municipal. */
  level?: Maybe<Level>;
  /** Its measures, in number order, optionally filtered by latest status. */
  measures: Array<Measure>;
  /** Networks anchored in this plan. */
  networks: Array<Network>;
  /** Who owns it (ministries, municipalities). */
  owners: Array<Actor>;
  /** Last year (or date) of the plan period. */
  periodEnd?: Maybe<Scalars['String']['output']>;
  /** First year (or date) of the plan period. */
  periodStart?: Maybe<Scalars['String']['output']>;
  /** Regions it covers. */
  regions: Array<Region>;
  /** Its reporting rounds, newest first. */
  rounds: Array<ReportingRound>;
  /** Short title. */
  shortTitle?: Maybe<Scalars['String']['output']>;
  /** The documents this plan is named in. */
  sources: Array<Citation>;
  /** adopted, or proposed. */
  status?: Maybe<Scalars['String']['output']>;
  /** Counts and shares of its measures by latest status (the Moss report's colour legend). */
  statusSummary: StatusSummary;
  /** The plans that succeed this one. */
  succeededBy: Array<ActionPlan>;
  /** The plans this one succeeds. */
  succeeds: Array<ActionPlan>;
  /** Themes it addresses. */
  themes: Array<Theme>;
  /** Full title as the sources write it. */
  title: Scalars['String']['output'];
};


/** A national, regional or municipal action plan, strategy or mandate. */
export type ActionPlanMeasuresArgs = {
  statuses?: InputMaybe<Array<MeasureStatus>>;
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

/** One plan in a page of plans. */
export type ActionPlanEdge = {
  __typename?: 'ActionPlanEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The plan. */
  node: ActionPlan;
};

/** Which plans to list. */
export type ActionPlanFilter = {
  /** Only plans whose period includes this date. */
  activeOn?: InputMaybe<Scalars['String']['input']>;
  /** Only these levels. */
  levels?: InputMaybe<Array<Level>>;
  /** Only plans owned by this actor. */
  owner?: InputMaybe<Scalars['ID']['input']>;
  /** Title or alias contains this text. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only plans addressing this theme. */
  theme?: InputMaybe<Scalars['ID']['input']>;
};

/** An agency, body or organisation, or a generic role named as responsible in a plan. */
export type Actor = Node & {
  __typename?: 'Actor';
  /** Agreements it is a party to. */
  agreements: Array<Agreement>;
  /** Every other spelling the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** Units of this organisation. */
  children: Array<Actor>;
  /** Reported collaborations this actor is a party to. */
  collaborations: Array<Collaboration>;
  /** Contact persons at this actor. Personal data: needs at least the viewer role (null with an error otherwise). */
  contacts?: Maybe<Array<Contact>>;
  /** What the sources say about it. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. `actor:imdi-ost`. */
  id: Scalars['ID']['output'];
  /** True for generic roles ("virksomhetsledere", "kommuneledelsen") rather than named organisations. */
  isGenericRole: Scalars['Boolean']['output'];
  /** What kind of body this is. */
  kind?: Maybe<ActorKind>;
  /** The level it works at. */
  level?: Maybe<Level>;
  /** The networks it sits in, with role and period. `asOf` keeps only memberships valid at that date. */
  memberships: Array<Membership>;
  /** The fullest correct name used in the sources. */
  name: Scalars['String']['output'];
  /** Plans it owns. */
  ownedPlans: Array<ActionPlan>;
  /** The organisation this is a unit of (IMDi Øst → IMDi). */
  parent?: Maybe<Actor>;
  /** Where it is located. */
  region?: Maybe<Region>;
  /** Resources this actor made. */
  resources: Array<Resource>;
  /** The measures it is responsible for, across all plans, with its role. */
  responsibilities: Array<Responsibility>;
  /** The sector it belongs to. */
  sector?: Maybe<Sector>;
  /** Short name or abbreviation, e.g. `BLD`. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** The documents this actor is named in. */
  sources: Array<Citation>;
  /** Its web address, when the sources give one. */
  url?: Maybe<Scalars['String']['output']>;
};


/** An agency, body or organisation, or a generic role named as responsible in a plan. */
export type ActorMembershipsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** An agency, body or organisation, or a generic role named as responsible in a plan. */
export type ActorResponsibilitiesArgs = {
  roles?: InputMaybe<Array<ResponsibilityRole>>;
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

/** One actor in a page of actors. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The actor. */
  node: Actor;
};

/** Which actors to list. All conditions must hold. */
export type ActorFilter = {
  /** Generic roles only (true) or named organisations only (false). */
  isGenericRole?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<ActorKind>>;
  /** Only these levels. */
  levels?: InputMaybe<Array<Level>>;
  /** Only members of this network. */
  network?: InputMaybe<Scalars['ID']['input']>;
  /** Only actors responsible for a measure of this plan. */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Only actors located in this region or a region within it. */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Name, short name or alias contains this text (case- and accent-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only actors responsible for a measure addressing this theme, or members of a network addressing it. */
  theme?: InputMaybe<Scalars['ID']['input']>;
};

/** What kind of body an actor is. */
export type ActorKind =
  /** A state agency that is neither ministry nor directorate, e.g. Bufetat. */
  | 'AGENCY'
  | 'CHILD_WELFARE'
  /** Bydel. */
  | 'CITY_DISTRICT'
  /** RVTS, NKVTS and similar. */
  | 'COMPETENCE_CENTRE'
  /** Fylkeskommune. */
  | 'COUNTY_AUTHORITY'
  /** Fylkesmannen / Statsforvalteren. */
  | 'COUNTY_GOVERNOR'
  | 'CRISIS_CENTRE'
  | 'DIRECTORATE'
  | 'EMBASSY'
  | 'FAMILY_COUNSELLING'
  /** A role named as responsible rather than an organisation, e.g. "virksomhetsledere". */
  | 'GENERIC_ROLE'
  | 'HEALTH'
  | 'MINISTRY'
  | 'MUNICIPALITY'
  /** A service or unit of a municipality. */
  | 'MUNICIPAL_SERVICE'
  | 'NAV'
  | 'NGO'
  | 'OTHER_PUBLIC'
  | 'POLICE'
  | 'POLITICAL_BODY'
  /** A directorate's regional office, e.g. IMDi Øst. */
  | 'REGIONAL_OFFICE'
  | 'RESEARCH'
  | 'SCHOOL';

/** How to order actors. */
export type ActorSortField =
  | 'KIND'
  | 'NAME';

/** A collaboration agreement (samarbeidsavtale) or pilot agreement (pilotavtale). */
export type Agreement = Node & {
  __typename?: 'Agreement';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** COLLABORATION or PILOT. */
  kind: AgreementKind;
  /** The measure it belongs to. */
  measure?: Maybe<Measure>;
  /** Name as written. */
  name: Scalars['String']['output'];
  /** The parties. */
  parties: Array<Actor>;
  /** When it was signed. */
  signed?: Maybe<Scalars['String']['output']>;
  /** Where it is reported. */
  sources: Array<Citation>;
};

/** Kinds of agreement. */
export type AgreementKind =
  | 'COLLABORATION'
  | 'PILOT';

/** A page of audit entries, newest first. */
export type AuditConnection = {
  __typename?: 'AuditConnection';
  /** Cursor for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** The entries. */
  entries: Array<AuditEntry>;
  /** True when there are older entries. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An entry of the audit trail. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The state after, as JSON (null when deleted). */
  after?: Maybe<Scalars['String']['output']>;
  /** When (ISO date-time). */
  at: Scalars['String']['output'];
  /** The state before, as JSON (null when created). */
  before?: Maybe<Scalars['String']['output']>;
  /** Who (the token's or JWT's subject). */
  by: Scalars['String']['output'];
  /** Its id. */
  id: Scalars['ID']['output'];
  /** The mutation. */
  operation: Scalars['String']['output'];
  /** The entity changed. */
  target: Scalars['ID']['output'];
};

/** A budget line of a measure. */
export type Budget = {
  __typename?: 'Budget';
  /** Amount in NOK, when the text gives one. */
  amountNok?: Maybe<Scalars['Float']['output']>;
  /** Where it is stated. */
  sources: Array<Citation>;
  /** The budget as written. */
  text: Scalars['String']['output'];
  /** The year it applies to. */
  year?: Maybe<Scalars['String']['output']>;
};

/** Where a fact comes from: a document and a short quote or locator in it. */
export type Citation = {
  __typename?: 'Citation';
  /** Where in the document, e.g. "Tiltak 11, Resultatmål 1". */
  locator?: Maybe<Scalars['String']['output']>;
  /** A short verbatim excerpt that supports the fact. For callers without the viewer role, e-mail addresses and the names of contact persons are masked. */
  quote: Scalars['String']['output'];
  /** The document. */
  source: Source;
};

/** What a round's closing did. */
export type CloseRoundResult = {
  __typename?: 'CloseRoundResult';
  /** Measures with an answer. */
  answered: Scalars['Int']['output'];
  /** Measures nobody answered for: their last status was carried over (marked not reported). */
  carriedOver: Scalars['Int']['output'];
  /** The closed round. */
  round: ReportingRound;
};

/** A collaboration the documents report between actors outside a network, measure or agreement: an event, a joint project, a team's composition. */
export type Collaboration = Node & {
  __typename?: 'Collaboration';
  /** When (as precise as the document says: YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: Maybe<Scalars['String']['output']>;
  /** The full description, as curated from the document (Norwegian). */
  description: Scalars['String']['output'];
  /** Stable id, e.g. `collaboration:imdi-indre-ost-rvts-ost`. */
  id: Scalars['ID']['output'];
  /** A short name (the curator's, or the description's first sentence). */
  name: Scalars['String']['output'];
  /** The actors working together. */
  parties: Array<Actor>;
  /** Where it is reported, with quotes. */
  sources: Array<Citation>;
};

/** One shared context behind a collaboration edge. */
export type CollaborationContext = {
  __typename?: 'CollaborationContext';
  /** The network, measure, agreement or reported collaboration's id. */
  id: Scalars['ID']['output'];
  /** What kind of context. */
  kind: CollaborationContextKind;
  /** Its name or title. */
  label: Scalars['String']['output'];
};

/** Kinds of context that make two actors collaborators. */
export type CollaborationContextKind =
  | 'AGREEMENT'
  | 'MEASURE'
  | 'NETWORK'
  | 'REPORTED';

/**
 * Which part of the derived collaboration graph to compute. Two actors collaborate when they share
 * a network, share a measure, are parties to the same agreement, or a source reports them working
 * together. All conditions must hold.
 */
export type CollaborationFilter = {
  /** Only actors of these kinds. */
  actorKinds?: InputMaybe<Array<ActorKind>>;
  /** Only the neighbourhood of this actor... */
  around?: InputMaybe<Scalars['ID']['input']>;
  /** Only memberships valid at this date, and networks existing then (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** Which kinds of shared context count (default all). */
  contextKinds?: InputMaybe<Array<CollaborationContextKind>>;
  /** ...to this many hops (1-4, default 1). */
  depth?: InputMaybe<Scalars['Int']['input']>;
  /** Leave out generic roles ("virksomhetsledere"): they are not organisations that meet (default true). */
  excludeGenericRoles?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only edges with at least this many shared contexts (default 1). */
  minWeight?: InputMaybe<Scalars['Int']['input']>;
  /** Only this network. */
  network?: InputMaybe<Scalars['ID']['input']>;
  /** Only measures of this plan (and networks anchored in it). */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Only actors located in this region (or a region within it), and networks covering it. */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only contexts (networks, measures) addressing this theme. */
  theme?: InputMaybe<Scalars['ID']['input']>;
};

/** A collaboration graph: nodes and weighted edges, shaped for Cytoscape, with summary figures. */
export type CollaborationGraph = {
  __typename?: 'CollaborationGraph';
  /** The actors with the highest betweenness: the brokers. */
  brokers: Array<GraphNode>;
  /** How many communities Louvain found. */
  communityCount: Scalars['Int']['output'];
  /**
   * The same graph as one compact JSON value (what the web map reads): parallel arrays instead of one
   * object per node, edge and context, built once per data version and reused. Shape (format
   * `samkart.collaboration-graph.v1`): `nodes` {id, label, kind, level, region, isGenericRole (0/1), degree,
   * weightedDegree, betweenness, community, isCutVertex (0/1), x, y (null without `layout: true`)},
   * `edges` {source, target (node indexes), weight, contextStart, contextIndex (edge i's contexts are
   * `contextIndex[contextStart[i]..contextStart[i+1])`)}, `contexts` {kind, id, label}, `total`
   * {nodes, edges}, `communityCount`, `density`, `aggregated`. When the graph has more than
   * `aggregateAbove` elements (nodes + edges), actors are aggregated into their communities:
   * `nodes`/`edges` hold only the actors of the communities in `expand`, `communities` {id, size,
   * edges, hubId, hub, dominantKind, expanded (0/1), x, y (centroid of the members)} lists every
   * community, and `links` {source, target, weight, count} sums the edges between a community still
   * aggregated and anything else (ends are `community:<n>` or actor ids).
   */
  compact: Scalars['JSON']['output'];
  /** Graph density, 0 to 1. */
  density: Scalars['Float']['output'];
  /** The collaboration edges. */
  edges: Array<GraphEdge>;
  /** The actors. */
  nodes: Array<GraphNode>;
};


/** A collaboration graph: nodes and weighted edges, shaped for Cytoscape, with summary figures. */
export type CollaborationGraphBrokersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A collaboration graph: nodes and weighted edges, shaped for Cytoscape, with summary figures. */
export type CollaborationGraphCompactArgs = {
  aggregateAbove?: InputMaybe<Scalars['Int']['input']>;
  expand?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** A shortest collaboration path between two actors. */
export type CollaborationPath = {
  __typename?: 'CollaborationPath';
  /** The actors along the path, from first to last. */
  actors: Array<Actor>;
  /** Number of hops. */
  length: Scalars['Int']['output'];
  /** The hops with their contexts. */
  steps: Array<PathStep>;
};

/** A contact person for a measure or at an actor. Personal data: every field needs at least the viewer role. */
export type Contact = Node & {
  __typename?: 'Contact';
  /** Where the person works. */
  actor?: Maybe<Actor>;
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Measures the person is contact for. */
  measures?: Maybe<Array<Measure>>;
  /** Name (null with an error for callers without the viewer role). */
  name?: Maybe<Scalars['String']['output']>;
  /** Phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Where it is reported; empty for callers without the viewer role. */
  sources: Array<Citation>;
  /** Title or role as written. */
  title?: Maybe<Scalars['String']['output']>;
};

/** A new actor. */
export type CreateActorInput = {
  /** Other spellings. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Id to use (`actor:` and a lower-case slug); generated from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Kind. */
  kind: ActorKind;
  /** Level. */
  level?: InputMaybe<Level>;
  /** Name (1-200 characters). */
  name: Scalars['String']['input'];
  /** Parent organisation's id. */
  parent?: InputMaybe<Scalars['ID']['input']>;
  /** Sector. */
  sector?: InputMaybe<Sector>;
  /** Short name. */
  shortName?: InputMaybe<Scalars['String']['input']>;
  /** Where this fact comes from (free text, e.g. a document and page). */
  source: Scalars['String']['input'];
};

/** A new measure. */
export type CreateMeasureInput = {
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Number in the plan. */
  number: Scalars['String']['input'];
  /** The plan's id. */
  plan: Scalars['ID']['input'];
  /** Where this fact comes from. */
  source: Scalars['String']['input'];
  /** Title. */
  title: Scalars['String']['input'];
};

/** A new network. */
export type CreateNetworkInput = {
  /** Founding date. */
  established?: InputMaybe<Scalars['String']['input']>;
  /** Id to use; generated from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Kind. */
  kind: NetworkKind;
  /** Mandate. */
  mandate?: InputMaybe<Scalars['String']['input']>;
  /** Meeting frequency as text. */
  meetingFrequency?: InputMaybe<Scalars['String']['input']>;
  /** Name. */
  name: Scalars['String']['input'];
  /** Where this fact comes from. */
  source: Scalars['String']['input'];
  /** Status (default ACTIVE). */
  status?: InputMaybe<NetworkStatus>;
};

/** A new plan. */
export type CreatePlanInput = {
  /** Id to use; generated from the title when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Kind. */
  kind: PlanKind;
  /** Level. */
  level: Level;
  /** Owner actors' ids. */
  owners?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Period end. */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  /** Period start. */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** Where this fact comes from. */
  source: Scalars['String']['input'];
  /** Title. */
  title: Scalars['String']['input'];
};

/** How deletions treat the facts that hang on an entity. */
export type DeleteMode =
  /** Delete its relationships too (memberships, responsibilities, statuses). */
  | 'CASCADE'
  /** Refuse when the entity still has relationships (the default). */
  | 'RESTRICT';

/** A fact behind a gap, with its sources. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The entity it is about, if any. */
  node?: Maybe<Node>;
  /** Where it comes from. */
  sources: Array<Citation>;
  /** The fact in words. */
  text: Scalars['String']['output'];
};

/** A responsibility gap: what, how serious, about which entity, why, and the facts behind it. */
export type Gap = {
  __typename?: 'Gap';
  /** The facts behind it. */
  evidence: Array<Evidence>;
  /** One sentence explaining the gap. */
  explanation: Scalars['String']['output'];
  /** Stable id (kind and subject). */
  id: Scalars['ID']['output'];
  /** The rule that found it. */
  kind: GapKind;
  /** The plan it concerns, if any. */
  plan?: Maybe<ActionPlan>;
  /** How serious. */
  severity: Severity;
  /** The measure, actor, network or region it is about. */
  subject: Node;
};

/** The kinds of responsibility gap (DESIGN.md). */
export type GapKind =
  /** Responsible for measures but a member of no network. */
  | 'ISOLATED_ACTOR'
  /** A network lacks a sector its guideline recommends. */
  | 'MISSING_SECTOR'
  /** Several responsible actors, none marked lead. */
  | 'NO_LEAD'
  /** An actor leads or executes more measures than the threshold. */
  | 'OVERLOADED_ACTOR'
  /** A network held together by a single coordinator, or an actor whose removal splits the collaboration graph. */
  | 'SINGLE_POINT_OF_FAILURE'
  /** Latest status not done / unclear, or the plan period has ended and the measure is not done. */
  | 'STALLED'
  /** A region with no network addressing a theme. */
  | 'UNCOVERED_REGION'
  /** A measure with no responsible actor. */
  | 'UNOWNED_MEASURE'
  /** Every responsible actor is a generic role, not a named organisation. */
  | 'VAGUE_OWNER';

/** Thresholds for the gap rules. */
export type GapThresholds = {
  /** STALLED: the date to judge by (default today). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** OVERLOADED_ACTOR: more than this many measures led or executed (default 5). */
  maxMeasuresPerActor?: InputMaybe<Scalars['Int']['input']>;
};

/** A weighted collaboration edge between two actors, with the contexts behind it. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** The shared contexts: why these two are linked. */
  contexts: Array<CollaborationContext>;
  /** Stable id: the two actor ids joined by `~` in sorted order. */
  id: Scalars['ID']['output'];
  /** One actor (the smaller id). */
  source: Scalars['ID']['output'];
  /** The other actor. */
  target: Scalars['ID']['output'];
  /** How many shared contexts. */
  weight: Scalars['Int']['output'];
};

/** An actor in the collaboration graph, with its graph metrics. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Normalised betweenness centrality, 0 to 1: how much it brokers between others. */
  betweenness: Scalars['Float']['output'];
  /** Community (Louvain) number; actors with the same number cluster together. */
  community: Scalars['Int']['output'];
  /** Number of collaborators in this graph. */
  degree: Scalars['Int']['output'];
  /** The actor's id. */
  id: Scalars['ID']['output'];
  /** True when removing it splits the graph (an articulation point). */
  isCutVertex: Scalars['Boolean']['output'];
  /** True for generic roles. */
  isGenericRole: Scalars['Boolean']['output'];
  /** Its kind. */
  kind?: Maybe<ActorKind>;
  /** Its name. */
  label: Scalars['String']['output'];
  /** Its level. */
  level?: Maybe<Level>;
  /** The region it is located in (its id), if any. */
  region?: Maybe<Scalars['ID']['output']>;
  /** Sum of the weights of its edges. */
  weightedDegree: Scalars['Int']['output'];
  /** Server-computed layout position, when `layout: true` was asked. */
  x?: Maybe<Scalars['Float']['output']>;
  /** Server-computed layout position, when `layout: true` was asked. */
  y?: Maybe<Scalars['Float']['output']>;
};

/** A recommended composition of a network by sector (document 002 slide 8; Lokalt Mot). */
export type Guideline = Node & {
  __typename?: 'Guideline';
  /** Stable id, e.g. `guideline:lokalt-mot-nettverk`. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** The sectors it recommends. */
  sectors: Array<Sector>;
  /** Where it is stated, with quotes. */
  sources: Array<Citation>;
};

/** What applying does with a record. */
export type ImportAction =
  | 'CREATE'
  | 'UNCHANGED'
  | 'UPDATE';

/** An applied import. */
export type ImportBatch = {
  __typename?: 'ImportBatch';
  /** When (ISO date-time). */
  at: Scalars['String']['output'];
  /** The file's size in bytes. */
  bytes: Scalars['Int']['output'];
  /** Rows created, updated and unchanged. */
  created: Scalars['Int']['output'];
  /** The imported file's name. */
  fileName: Scalars['String']['output'];
  /** The batch id, e.g. `importbatch:…`. */
  id: Scalars['ID']['output'];
  /** Who applied it. */
  importedBy: Scalars['String']['output'];
  /** SHA-256 of the file. */
  sha256: Scalars['String']['output'];
  /** The plan it went into. */
  target?: Maybe<Scalars['ID']['output']>;
  /** Rows unchanged. */
  unchanged: Scalars['Int']['output'];
  /** When it was undone, if it was. */
  undoneAt?: Maybe<Scalars['String']['output']>;
  /** Who undid it. */
  undoneBy?: Maybe<Scalars['String']['output']>;
  /** Rows updated. */
  updated: Scalars['Int']['output'];
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

/** A field that an import changes. */
export type ImportChange = {
  __typename?: 'ImportChange';
  /** Its value after the import. */
  after?: Maybe<Scalars['String']['output']>;
  /** Its value now. */
  before?: Maybe<Scalars['String']['output']>;
  /** The field. */
  field: Scalars['String']['output'];
};

/** Totals of a preview. */
export type ImportCounts = {
  __typename?: 'ImportCounts';
  /** Rows that create a record. */
  create: Scalars['Int']['output'];
  /** Errors (they block the import). */
  errors: Scalars['Int']['output'];
  /** Actors the import creates. */
  newActors: Scalars['Int']['output'];
  /** Rows that change nothing. */
  unchanged: Scalars['Int']['output'];
  /** Rows that change a record. */
  update: Scalars['Int']['output'];
  /** Warnings. */
  warnings: Scalars['Int']['output'];
};

/** How to read one name in the file: as an existing actor, or as a new one. */
export type ImportDecision = {
  /** The existing actor it means. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** The name as written in the file. */
  name: Scalars['String']['input'];
  /** True: create a new actor with this name. */
  newActor?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How a name was matched. */
export type ImportMatchKind =
  /** Written exactly as a known name, short name or alias. */
  | 'EXACT'
  /** Close to a known name, with a score. */
  | 'FUZZY'
  /** No known actor is close enough: a new actor is proposed. */
  | 'NEW'
  /** Equal once case, accents and punctuation are set aside. */
  | 'NORMALIZED';

/** A name in the file and the actor it is taken to mean. */
export type ImportName = {
  __typename?: 'ImportName';
  /** The actor applying will use: the choice made, else the proposal; for a new actor, the id it will get. */
  actorId: Scalars['ID']['output'];
  /** Other actors it might mean, best first. */
  alternatives: Array<ImportCandidate>;
  /** True when a decision was given for this name. */
  decided: Scalars['Boolean']['output'];
  /** True when the name is a role ("virksomhetsledere"), not a named body. */
  genericRole: Scalars['Boolean']['output'];
  /** True when applying creates a new actor for this name. */
  isNew: Scalars['Boolean']['output'];
  /** How it was matched. */
  match: ImportMatchKind;
  /** The name as written. */
  name: Scalars['String']['output'];
  /** Where in the file the name occurs (sheet!cell). */
  occurrences: Array<Scalars['String']['output']>;
  /** The proposed actor (null: a new actor). */
  proposed?: Maybe<ImportCandidate>;
};

/** What an import would do. */
export type ImportPreview = {
  __typename?: 'ImportPreview';
  /** The batch this preview was applied as, if it was. */
  appliedBatch?: Maybe<Scalars['ID']['output']>;
  /** True when there are no errors and the preview was not applied yet. */
  canApply: Scalars['Boolean']['output'];
  /** Totals. */
  counts: ImportCounts;
  /** When it was uploaded (ISO date-time). */
  createdAt: Scalars['String']['output'];
  /** Who uploaded it. */
  createdBy: Scalars['String']['output'];
  /** The uploaded file's name. */
  fileName: Scalars['String']['output'];
  /** Identifies the state of the graph this preview was computed from; pass it to applyImport. */
  fingerprint: Scalars['String']['output'];
  /** xlsx or csv. */
  format: Scalars['String']['output'];
  /** The preview id. */
  id: Scalars['ID']['output'];
  /** Every name of a responsible actor, owner, member or actor in the file, with its match. */
  names: Array<ImportName>;
  /** Problems: errors block the import, warnings do not. */
  problems: Array<ImportProblem>;
  /** One entry per row of the file: what applying would do with it. */
  rows: Array<ImportRow>;
  /** The sheets read and what each was read as (plan, measures, statuses, members, actors, instructions, skipped). */
  sheets: Array<ImportSheet>;
  /** The plan the measures and statuses go into. */
  target?: Maybe<Scalars['ID']['output']>;
  /** True when that plan exists already (the import updates it in place). */
  targetExists: Scalars['Boolean']['output'];
};

/** A problem in the file, said precisely. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** The cell, e.g. C5. */
  cell?: Maybe<Scalars['String']['output']>;
  /** The column's header. */
  column?: Maybe<Scalars['String']['output']>;
  /** What is wrong and how to fix it. */
  message: Scalars['String']['output'];
  /** The row, as the spreadsheet numbers it. */
  row?: Maybe<Scalars['Int']['output']>;
  /** Errors block the import; warnings do not. */
  severity: ImportSeverity;
  /** The sheet. */
  sheet: Scalars['String']['output'];
  /** The value found there. */
  value?: Maybe<Scalars['String']['output']>;
};

/** One row of the file. */
export type ImportRow = {
  __typename?: 'ImportRow';
  /** Created, updated or left unchanged. */
  action: ImportAction;
  /** The fields that change, with their value before and after. */
  changes: Array<ImportChange>;
  /** The record's key: measure number, plan id, network/actor. */
  key: Scalars['String']['output'];
  /** plan, measure, status, membership or actor. */
  kind: Scalars['String']['output'];
  /** A readable label (the measure's title, …). */
  label: Scalars['String']['output'];
  /** The row number as the spreadsheet shows it. */
  row: Scalars['Int']['output'];
  /** The sheet. */
  sheet: Scalars['String']['output'];
};

/** Error or warning. */
export type ImportSeverity =
  | 'ERROR'
  | 'WARNING';

/** A sheet of the file. */
export type ImportSheet = {
  __typename?: 'ImportSheet';
  /** What it was read as. */
  kind: Scalars['String']['output'];
  /** The sheet's name. */
  name: Scalars['String']['output'];
  /** Records read from it. */
  rows: Scalars['Int']['output'];
};

/** A reported figure: a cell of a statistics table, a count of advisers, a survey share. */
export type Indicator = Node & {
  __typename?: 'Indicator';
  /** Category (e.g. "ekstrem kontroll"), as the document says or in English. */
  category?: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** True for a table's total row or column. */
  isTotal: Scalars['Boolean']['output'];
  /** The measure it reports on. */
  measure?: Maybe<Measure>;
  /** What is counted, as the document says (NB, the default) or in English (EN). */
  name: Scalars['String']['output'];
  /** Who reported it. */
  reportedBy?: Maybe<Actor>;
  /** Where it is reported. */
  sources: Array<Citation>;
  /** The table this cell belongs to, if any. */
  table?: Maybe<Scalars['String']['output']>;
  /** Unit (saker, personer, prosent, ...), as the document says or in English. */
  unit: Scalars['String']['output'];
  /** The figure. */
  value: Scalars['Float']['output'];
  /** Year. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A reported figure: a cell of a statistics table, a count of advisers, a survey share. */
export type IndicatorCategoryArgs = {
  language?: InputMaybe<Language>;
};


/** A reported figure: a cell of a statistics table, a count of advisers, a survey share. */
export type IndicatorNameArgs = {
  language?: InputMaybe<Language>;
};


/** A reported figure: a cell of a statistics table, a count of advisers, a survey share. */
export type IndicatorUnitArgs = {
  language?: InputMaybe<Language>;
};

/** A table of indicators: its categories, years and cells. */
export type IndicatorTable = {
  __typename?: 'IndicatorTable';
  /** Distinct categories, in order of appearance (in the document's language, NB, or in English). */
  categories: Array<Scalars['String']['output']>;
  /** Its cells. */
  indicators: Array<Indicator>;
  /** The table's key. */
  table: Scalars['String']['output'];
  /** Distinct years, ascending. */
  years: Array<Scalars['Int']['output']>;
};


/** A table of indicators: its categories, years and cells. */
export type IndicatorTableCategoriesArgs = {
  language?: InputMaybe<Language>;
};

/** Language of the sentences the API writes (explanations); data stays as the sources wrote it. */
export type Language =
  /** English. */
  | 'EN'
  /** Norwegian bokmål. */
  | 'NB';

/** The administrative level an actor, network or plan works at. */
export type Level =
  | 'COUNTY'
  | 'INTERNATIONAL'
  | 'LOCAL'
  | 'MUNICIPAL'
  | 'NATIONAL'
  | 'REGIONAL';

/** A measure (tiltak) of a plan. */
export type Measure = Node & {
  __typename?: 'Measure';
  /** Overall achievement as reported. */
  achievement?: Maybe<Scalars['String']['output']>;
  /** Budgets: amount in NOK where the text gives one, and the text as written. */
  budgets: Array<Budget>;
  /** Contact persons. Personal data: needs at least the viewer role (null with an error otherwise). */
  contacts?: Maybe<Array<Contact>>;
  /** Description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. `measure:tve-2013-2016/11`. */
  id: Scalars['ID']['output'];
  /** Reported figures of this measure. */
  indicators: Array<Indicator>;
  /** The latest status. */
  latestStatus?: Maybe<StatusReport>;
  /** Its number in the plan, as written ("11", "3a"). */
  number?: Maybe<Scalars['String']['output']>;
  /** The plan it belongs to. */
  plan?: Maybe<ActionPlan>;
  /** Measures that refer to this one. */
  referredBy: Array<Measure>;
  /** Measures this one refers to ("se tiltak 9 og 10"). */
  refersTo: Array<Measure>;
  /** Resources (websites, guides, material) this measure produced. */
  resources: Array<Resource>;
  /** Responsible actors with their role. */
  responsibilities: Array<Responsibility>;
  /** Result goals (resultatmål) with their achievement (måloppnåelse). */
  resultGoals: Array<ResultGoal>;
  /** The documents this measure is taken from. */
  sources: Array<Citation>;
  /** Its status history, newest first; nothing is ever overwritten. */
  statusHistory: Array<StatusReport>;
  /** Groups it is aimed at. */
  targetGroups: Array<TargetGroup>;
  /** Themes it addresses. */
  themes: Array<Theme>;
  /** Title as written. */
  title: Scalars['String']['output'];
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

/** One measure in a page of measures. */
export type MeasureEdge = {
  __typename?: 'MeasureEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The measure. */
  node: Measure;
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
  /** Title or description contains this text. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only measures addressing this theme. */
  theme?: InputMaybe<Scalars['ID']['input']>;
};

/** How to order measures. */
export type MeasureSortField =
  /** Plan, then measure number. */
  | 'NUMBER'
  | 'TITLE';

/** A measure's status at a date (the Moss report's traffic lights). */
export type MeasureStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_DONE'
  | 'PARTLY_DONE'
  | 'UNCLEAR';

/** A reported meeting or number of meetings of a network. */
export type Meeting = {
  __typename?: 'Meeting';
  /** How many meetings, when the source counts them. */
  count?: Maybe<Scalars['Int']['output']>;
  /** When (as precise as known). */
  date?: Maybe<Scalars['String']['output']>;
  /** Where this is reported. */
  sources: Array<Citation>;
  /** What the source says. */
  text?: Maybe<Scalars['String']['output']>;
};

/** An actor's membership of a network: the MEMBER_OF relationship with its properties. */
export type Membership = {
  __typename?: 'Membership';
  /** The member. */
  actor: Actor;
  /** The network. */
  network: Network;
  /** A note from the curator or the source. */
  note?: Maybe<Scalars['String']['output']>;
  /** Its role. */
  role: MembershipRole;
  /** Since when (as precise as known). */
  since?: Maybe<Scalars['String']['output']>;
  /** Where this membership is reported. */
  sources: Array<Citation>;
  /** Until when, if it left. */
  until?: Maybe<Scalars['String']['output']>;
};

/** A member's role in a network. */
export type MembershipRole =
  | 'COORDINATOR'
  | 'LEADER'
  | 'MEMBER'
  | 'SECRETARIAT'
  | 'WORKING_GROUP';

/** How a measure's status changed between the last two reporting dates. */
export type Movement =
  /** Moved back. */
  | 'BACKWARD'
  /** Cancelled. */
  | 'CLOSED'
  /** Done at both dates. */
  | 'DONE'
  /** Moved forward (e.g. not done → in progress, in progress → done). */
  | 'FORWARD'
  /** Has a status now and had none before. */
  | 'NEW'
  /** Has no status at all. */
  | 'NONE'
  /** Nobody reported at the last date: the status was carried over when the round closed. */
  | 'NOT_REPORTED'
  /** The same status, not done: stalled. */
  | 'STALLED';

/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Does nothing; present so that modules can extend Mutation.
   * @deprecated Placeholder; use the real mutations.
   */
  _empty?: Maybe<Scalars['Boolean']['output']>;
  /** Adds an actor to a network. */
  addMembership: Membership;
  /** Makes an actor responsible for a measure. */
  addResponsibility: Responsibility;
  /** Applies an import preview in one transaction (all or nothing), recorded as an import batch whose file is a Source cited by every imported fact. Refused (CONFLICT) when the graph changed since the preview with that fingerprint was shown, and (BAD_USER_INPUT) while the file has errors. */
  applyImport: ImportBatch;
  /** Closes a round (editor): measures nobody answered for get their last status carried over, marked not reported. */
  closeReportingRound: CloseRoundResult;
  /** Creates an actor. */
  createActor: Actor;
  /** Creates a measure in a plan. */
  createMeasure: Measure;
  /** Creates a network. */
  createNetwork: Network;
  /** Creates a plan. */
  createPlan: ActionPlan;
  /** Deletes an actor; RESTRICT refuses while it has memberships or responsibilities. */
  deleteActor: Scalars['ID']['output'];
  /** Deletes a measure (CASCADE deletes its responsibilities and statuses). */
  deleteMeasure: Scalars['ID']['output'];
  /** Deletes a network. */
  deleteNetwork: Scalars['ID']['output'];
  /** Deletes a plan (CASCADE deletes its measures too). */
  deletePlan: Scalars['ID']['output'];
  /** Deletes a saved view (editors and admins). True when it existed. */
  deleteView: Scalars['Boolean']['output'];
  /** Ends a membership at a date (kept as history). */
  endMembership: Membership;
  /** Merges `duplicate` into `keep`: every relationship and alias moves to `keep`, `duplicate` is deleted. Admins only. */
  mergeActors: Actor;
  /** Opens a reporting round for a plan (editor). A plan has at most one open round. */
  openReportingRound: ReportingRound;
  /** Records a measure's status at a date; history is kept, never overwritten. */
  recordStatus: Measure;
  /** Removes a responsibility. */
  removeResponsibility: Measure;
  /** Records owners' answers in an open round (editor): each a new status of the measure; earlier ones stay. */
  reportStatus: ReportingRound;
  /** Saves a new view of the map (editors and admins). Returns it with its id, for the link. */
  saveView: SavedView;
  /** Undoes an applied import: restores exactly what was there before it. Only the latest import into the same plan can be undone. */
  undoImport: ImportBatch;
  /** Updates an actor. */
  updateActor: Actor;
  /** Updates a measure. */
  updateMeasure: Measure;
  /** Updates a network. */
  updateNetwork: Network;
  /** Updates a plan. */
  updatePlan: ActionPlan;
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
export type MutationAddResponsibilityArgs = {
  actor: Scalars['ID']['input'];
  measure: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  role: ResponsibilityRole;
  source: Scalars['String']['input'];
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationApplyImportArgs = {
  decisions?: InputMaybe<Array<ImportDecision>>;
  fingerprint?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationCloseReportingRoundArgs = {
  round: Scalars['ID']['input'];
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationCreateActorArgs = {
  input: CreateActorInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationCreateMeasureArgs = {
  input: CreateMeasureInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationCreateNetworkArgs = {
  input: CreateNetworkInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationCreatePlanArgs = {
  input: CreatePlanInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationDeleteActorArgs = {
  id: Scalars['ID']['input'];
  mode?: InputMaybe<DeleteMode>;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationDeleteMeasureArgs = {
  id: Scalars['ID']['input'];
  mode?: InputMaybe<DeleteMode>;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationDeleteNetworkArgs = {
  id: Scalars['ID']['input'];
  mode?: InputMaybe<DeleteMode>;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationDeletePlanArgs = {
  id: Scalars['ID']['input'];
  mode?: InputMaybe<DeleteMode>;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationDeleteViewArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationEndMembershipArgs = {
  actor: Scalars['ID']['input'];
  network: Scalars['ID']['input'];
  role: MembershipRole;
  until: Scalars['String']['input'];
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationMergeActorsArgs = {
  duplicate: Scalars['ID']['input'];
  keep: Scalars['ID']['input'];
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationOpenReportingRoundArgs = {
  asOf: Scalars['String']['input'];
  deadline?: InputMaybe<Scalars['String']['input']>;
  plan: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationRecordStatusArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  measure: Scalars['ID']['input'];
  source: Scalars['String']['input'];
  status: MeasureStatus;
  text?: InputMaybe<Scalars['String']['input']>;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationRemoveResponsibilityArgs = {
  actor: Scalars['ID']['input'];
  measure: Scalars['ID']['input'];
  role: ResponsibilityRole;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationReportStatusArgs = {
  answers: Array<RoundAnswerInput>;
  round: Scalars['ID']['input'];
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationSaveViewArgs = {
  input: SavedViewInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationUndoImportArgs = {
  batch: Scalars['ID']['input'];
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationUpdateActorArgs = {
  id: Scalars['ID']['input'];
  input: UpdateActorInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationUpdateMeasureArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMeasureInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationUpdateNetworkArgs = {
  id: Scalars['ID']['input'];
  input: UpdateNetworkInput;
};


/** Changes to the graph. Every mutation needs the editor role (mergeActors and auditLog: admin), runs in one transaction and is written to the audit trail. */
export type MutationUpdatePlanArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePlanInput;
};

/** A standing collaboration: a regional, county or local network, a working group or a forum. */
export type Network = Node & {
  __typename?: 'Network';
  /** Other names used. */
  aliases: Array<Scalars['String']['output']>;
  /** Plans it is anchored in. */
  anchoredIn: Array<ActionPlan>;
  /** When it ended. */
  ended?: Maybe<Scalars['String']['output']>;
  /** When it was founded (as precise as known). */
  established?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. `network:ostlandsnettverket`. */
  id: Scalars['ID']['output'];
  /** What kind of network. */
  kind?: Maybe<NetworkKind>;
  /** Its mandate as written. */
  mandate?: Maybe<Scalars['String']['output']>;
  /** How often it meets, as written ("2-3 ganger i året"). */
  meetingFrequency?: Maybe<Scalars['String']['output']>;
  /** Meetings the sources report. */
  meetings: Array<Meeting>;
  /** Its members with role and period. `asOf` keeps only memberships valid at that date. */
  members: Array<Membership>;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** The network this is part of (a fagforum of a network). */
  partOf?: Maybe<Network>;
  /** Networks that are part of this one. */
  parts: Array<Network>;
  /** Regions it covers. */
  regions: Array<Region>;
  /** The documents this network is described in. */
  sources: Array<Citation>;
  /** Whether it runs. */
  status?: Maybe<NetworkStatus>;
  /** Themes it addresses. */
  themes: Array<Theme>;
};


/** A standing collaboration: a regional, county or local network, a working group or a forum. */
export type NetworkMembersArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<MembershipRole>>;
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

/** One network in a page of networks. */
export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The network. */
  node: Network;
};

/** Which networks to list. All conditions must hold. */
export type NetworkFilter = {
  /** Only networks existing at this date (established on or before, not ended before). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<NetworkKind>>;
  /** Only networks this actor is a member of. */
  member?: InputMaybe<Scalars['ID']['input']>;
  /** Only networks anchored in this plan. */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Only networks covering this region or a region within it. */
  region?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<NetworkStatus>>;
  /** Name or alias contains this text (case- and accent-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only networks addressing this theme. */
  theme?: InputMaybe<Scalars['ID']['input']>;
};

/** What kind of standing collaboration a network is. */
export type NetworkKind =
  | 'COUNTY'
  | 'FORUM'
  | 'INTERDEPARTMENTAL'
  | 'LOCAL'
  | 'NATIONAL'
  | 'REGIONAL'
  | 'TEAM'
  | 'WORKING_GROUP';

/** How to order networks. */
export type NetworkSortField =
  | 'ESTABLISHED'
  | 'NAME';

/** Whether a network runs. */
export type NetworkStatus =
  | 'ACTIVE'
  | 'ENDED'
  /** Proposed in a plan or report, not (yet) established. */
  | 'PROPOSED'
  /** Being started. */
  | 'STARTING';

/** An entity of the graph with a stable, readable id. */
export type Node = {
  /** Stable, readable id, e.g. `actor:imdi-ost`. */
  id: Scalars['ID']['output'];
  /** The documents this entity is taken from, with quotes. */
  sources: Array<Citation>;
};

/** Relay cursor pagination: where a page starts and ends and whether there is more. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when a later page exists. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when an earlier page exists. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One hop of a collaboration path. */
export type PathStep = {
  __typename?: 'PathStep';
  /** Why they are linked, e.g. both in Østlandsnettverket. */
  contexts: Array<CollaborationContext>;
  /** A sentence explaining the hop. */
  explanation: Scalars['String']['output'];
  /** From this actor... */
  from: Actor;
  /** ...to this actor. */
  to: Actor;
};

/** An actor pinned at a point of the map's canvas (model coordinates). */
export type PinnedPosition = {
  __typename?: 'PinnedPosition';
  /** The actor's id. */
  id: Scalars['ID']['output'];
  /** Horizontal position. */
  x: Scalars['Float']['output'];
  /** Vertical position. */
  y: Scalars['Float']['output'];
};

/** An actor pinned at a point, when saving a view. */
export type PinnedPositionInput = {
  /** The actor's id. */
  id: Scalars['ID']['input'];
  /** Horizontal position. */
  x: Scalars['Float']['input'];
  /** Vertical position. */
  y: Scalars['Float']['input'];
};

/** What kind of plan. */
export type PlanKind =
  | 'ACTION_PLAN'
  | 'ESCALATION_PLAN'
  | 'MANDATE'
  | 'MEASURES_PLAN'
  | 'OTHER'
  | 'STRATEGY';

/** A plan's progress: every measure's status at each reporting date side by side. */
export type PlanProgress = {
  __typename?: 'PlanProgress';
  /** The reporting dates, oldest first. */
  columns: Array<ProgressColumn>;
  /** Counts per status at each date. */
  perColumn: Array<ProgressColumnCounts>;
  /** The plan. */
  plan: ActionPlan;
  /** One row per measure (for an actor's progress: only the measures it is responsible for). */
  rows: Array<ProgressRow>;
  /** What moved between the last two dates. */
  summary: ProgressSummary;
};

/** A measure's status at one reporting date. */
export type ProgressCell = {
  __typename?: 'ProgressCell';
  /** The date. */
  asOf: Scalars['String']['output'];
  /** True in an open round's column while nobody has answered: the cell shows the last status. */
  pending: Scalars['Boolean']['output'];
  /** False when the status was carried over at a round's closing without a report. */
  reported: Scalars['Boolean']['output'];
  /** The status at that date (the newest with a date at or before it); null when it had none. */
  status?: Maybe<MeasureStatus>;
  /** The status text. */
  text?: Maybe<Scalars['String']['output']>;
};

/** A reporting date in a plan's progress: a round, or the date of statuses recorded outside rounds (e.g. a status document). */
export type ProgressColumn = {
  __typename?: 'ProgressColumn';
  /** The date. */
  asOf: Scalars['String']['output'];
  /** The round at this date, if there is one. */
  round?: Maybe<ReportingRound>;
};

/** The counts of one reporting date. */
export type ProgressColumnCounts = {
  __typename?: 'ProgressColumnCounts';
  /** The date. */
  asOf: Scalars['String']['output'];
  /** Measures per status. */
  counts: Array<ProgressCount>;
};

/** Counts of measures per status at one date (for the chart). */
export type ProgressCount = {
  __typename?: 'ProgressCount';
  /** How many measures. */
  count: Scalars['Int']['output'];
  /** The status; null for measures without one. */
  status?: Maybe<MeasureStatus>;
};

/** One measure across the reporting dates. */
export type ProgressRow = {
  __typename?: 'ProgressRow';
  /** Its status at each date, in the order of the columns. */
  cells: Array<ProgressCell>;
  /** The measure. */
  measure: Measure;
  /** How it changed between the last two dates. */
  movement: Movement;
  /** Not done at the last date although its deadline or the plan period has passed. */
  overdue: Scalars['Boolean']['output'];
  /** The deadline (the measure's, or the plan period's end) that has passed. */
  overdueSince?: Maybe<Scalars['String']['output']>;
};

/** How many measures moved how between the last two dates. */
export type ProgressSummary = {
  __typename?: 'ProgressSummary';
  /** Moved back. */
  backward: Scalars['Int']['output'];
  /** Cancelled. */
  closed: Scalars['Int']['output'];
  /** Done at both dates. */
  done: Scalars['Int']['output'];
  /** Moved forward. */
  forward: Scalars['Int']['output'];
  /** A status now, none before. */
  new: Scalars['Int']['output'];
  /** No status at all. */
  none: Scalars['Int']['output'];
  /** Not reported at the last date (carried over). */
  notReported: Scalars['Int']['output'];
  /** Overdue at the last date. */
  overdue: Scalars['Int']['output'];
  /** Stalled: the same status, not done. */
  stalled: Scalars['Int']['output'];
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
  /** One actor by id, or null. */
  actor?: Maybe<Actor>;
  /** The progress of every plan in which the actor is responsible for a measure, limited to its measures. */
  actorProgress: Array<PlanProgress>;
  /** Actors, filtered and sorted, a page at a time. */
  actors: ActorConnection;
  /** One agreement by id. */
  agreement?: Maybe<Agreement>;
  /** Agreements, optionally of one kind. */
  agreements: Array<Agreement>;
  /** The audit trail, newest first. Admins only. */
  auditLog: AuditConnection;
  /** The derived collaboration graph for a filter, with degree, betweenness, communities and cut vertices. */
  collaborationGraph: CollaborationGraph;
  /** Reported collaborations, all or those of one actor. */
  collaborations: Array<Collaboration>;
  /** Contact persons. Personal data: needs at least the viewer role (null with an error otherwise). */
  contacts?: Maybe<Array<Contact>>;
  /** The countries the documents name (outside Norway). */
  countries: Array<Region>;
  /** Responsibility gaps: every rule of DESIGN.md, for one plan or all. */
  gaps: Array<Gap>;
  /** What importing an uploaded file (POST /import) would do, computed against the graph as it is now, with the given name decisions. Needs the editor role. */
  importPreview: ImportPreview;
  /** Applied imports, newest first. Needs the editor role. */
  imports: Array<ImportBatch>;
  /** Every indicator table with its cells. */
  indicatorTables: Array<IndicatorTable>;
  /** Indicators, optionally of one table, category or year. */
  indicators: Array<Indicator>;
  /** One measure by id, or null. */
  measure?: Maybe<Measure>;
  /** Measures, filtered and sorted, a page at a time. */
  measures: MeasureConnection;
  /** One network by id, or null. */
  network?: Maybe<Network>;
  /** Networks, filtered and sorted, a page at a time. */
  networks: NetworkConnection;
  /** Any entity by its id (e.g. `actor:imdi-ost`), or null when there is none. */
  node?: Maybe<Node>;
  /** Several entities by id, in the order asked; null where an id is unknown. At most 100 ids. */
  nodes: Array<Maybe<Node>>;
  /** The shortest collaboration path(s) between two actors, each hop with its context. */
  path: Array<CollaborationPath>;
  /** One plan by id, or null. */
  plan?: Maybe<ActionPlan>;
  /** A plan's progress between its reporting dates; null for an unknown plan. */
  planProgress?: Maybe<PlanProgress>;
  /** Plans, filtered, in title order, a page at a time. */
  plans: ActionPlanConnection;
  /** The ids of a region and of every region within it at a date (or ever): what a region filter includes. A current county takes in the counties it was made of (Innlandet: Hedmark and Oppland before 2020). */
  regionScope: Array<Scalars['ID']['output']>;
  /** Every region. */
  regions: Array<Region>;
  /** Norwegian counties and municipalities (and the documents' own regions) that exist at a date, default today; countries are apart (`countries`). */
  regionsAt: Array<Region>;
  /** A reporting round by id, or null. */
  reportingRound?: Maybe<ReportingRound>;
  /** Resources produced by measures, by name. */
  resources: Array<Resource>;
  /** One saved view by id, or null. */
  savedView?: Maybe<SavedView>;
  /** Every saved view, newest first. */
  savedViews: Array<SavedView>;
  /** Ranked full-text search across actors, networks, plans, measures, reported collaborations, resources and (on request) regions. Insensitive to case, æ/ø/å and diacritics; finds aliases and abbreviations ("imdi ost" finds IMDi Øst, "BLD" the ministry). Ranked by how the text matches a name: exact name, short name or alias first, then names starting with it, then names with a word starting with it, then the rest (descriptions, near misses). A region's name also finds the networks covering it or what lay inside it ("Innlandet" finds the networks of Oppland and Hedmark). */
  search: Array<SearchHit>;
  /** The source documents of the curated dataset. */
  sources: Array<Source>;
  /** Every theme. */
  themes: Array<Theme>;
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
export type QueryActorProgressArgs = {
  actor: Scalars['ID']['input'];
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
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sortBy?: InputMaybe<ActorSortField>;
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
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  target?: InputMaybe<Scalars['ID']['input']>;
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
export type QueryCollaborationsArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
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
  kinds?: InputMaybe<Array<GapKind>>;
  language?: InputMaybe<Language>;
  plan?: InputMaybe<Scalars['ID']['input']>;
  thresholds?: InputMaybe<GapThresholds>;
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
  decisions?: InputMaybe<Array<ImportDecision>>;
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
export type QueryIndicatorsArgs = {
  category?: InputMaybe<Scalars['String']['input']>;
  table?: InputMaybe<Scalars['String']['input']>;
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
export type QueryMeasuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<MeasureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sortBy?: InputMaybe<MeasureSortField>;
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
export type QueryNetworksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<SortDirection>;
  filter?: InputMaybe<NetworkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sortBy?: InputMaybe<NetworkSortField>;
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
export type QueryPathArgs = {
  filter?: InputMaybe<CollaborationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  language?: InputMaybe<Language>;
  to: Scalars['ID']['input'];
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
export type QueryPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionPlanFilter>;
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
export type QueryRegionScopeArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  region: Scalars['ID']['input'];
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 *
 * Ids are stable and readable (`actor:imdi-ost`, `network:ostlandsnettverket`,
 * `plan:tve-2013-2016`, `measure:tve-2013-2016/11`). Dates are ISO strings as precise as the source
 * is: `2017`, `2017-06` or `2017-06-23`. Every entity and relationship cites its sources.
 */
export type QueryRegionsAtArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
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
export type QuerySavedViewArgs = {
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
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  text: Scalars['String']['input'];
};

/** A place: the country, a region, a county, a municipality or a district. */
export type Region = Node & {
  __typename?: 'Region';
  /** Kommunenummer or fylkesnummer, when the sources give it. */
  code?: Maybe<Scalars['String']['output']>;
  /** Its numbers per period (Statistics Norway). */
  codes: Array<RegionCode>;
  /** The regions directly within it at a date (default today); for a merged county at an earlier date, the counties it was made of. */
  contains: Array<Region>;
  /** Stable id, e.g. `region:moss`. */
  id: Scalars['ID']['output'];
  /** Whether it is in Norway (false for the countries the documents name). */
  isNorwegian: Scalars['Boolean']['output'];
  /** country, region, county, municipality or district. */
  kind?: Maybe<Scalars['String']['output']>;
  /** Its name with its period when it has one, to tell apart regions of the same name: "Østfold (–2019)", "Østfold (2024–)", "Viken (2020–2023)". */
  label: Scalars['String']['output'];
  /** Name, e.g. "Vestfold og Telemark". */
  name: Scalars['String']['output'];
  /** The region this one lies within. */
  parent?: Maybe<Region>;
  /** The regions it replaced. */
  predecessors: Array<Region>;
  /** The documents this region is named in. */
  sources: Array<Citation>;
  /** The regions that replaced it (the 2018 and 2020 mergers, the 2024 split, municipal mergers). */
  succeededBy: Array<Region>;
  /** When it came into being (YYYY, YYYY-MM or YYYY-MM-DD, the whole period counts), if after 2016. */
  validFrom?: Maybe<Scalars['String']['output']>;
  /** When it ended (the whole period counts), if it has; e.g. "2019" for the counties merged in 2020. */
  validTo?: Maybe<Scalars['String']['output']>;
};


/** A place: the country, a region, a county, a municipality or a district. */
export type RegionContainsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** A number a region had for a period (Statistics Norway's county or municipality number). */
export type RegionCode = {
  __typename?: 'RegionCode';
  /** The number, e.g. "0104". */
  code: Scalars['String']['output'];
  /** From (as precise as known; none: before 2016 or not recorded). */
  validFrom?: Maybe<Scalars['String']['output']>;
  /** To (none: still in use). */
  validTo?: Maybe<Scalars['String']['output']>;
};

/** A follow-up round of a plan: at a reporting date, every responsible actor reports the status of the measures it owns or leads. */
export type ReportingRound = {
  __typename?: 'ReportingRound';
  /** How many measures have at least one answer in this round. */
  answeredCount: Scalars['Int']['output'];
  /** The reporting date: the statuses of the round are as of this date. */
  asOf: Scalars['String']['output'];
  /** When it was closed. */
  closedAt?: Maybe<Scalars['String']['output']>;
  /** Who closed it. */
  closedBy?: Maybe<Scalars['String']['output']>;
  /** The date answers are due. */
  deadline?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. `round:moss-vold-2017/2018-06-15`. */
  id: Scalars['ID']['output'];
  /** How many measures the plan has. */
  measureCount: Scalars['Int']['output'];
  /** Every measure of the plan with who reports on it, its last status and the answers of this round. */
  measures: Array<RoundMeasure>;
  /** When it was opened (ISO timestamp). */
  openedAt: Scalars['String']['output'];
  /** Who opened it (user id). */
  openedBy: Scalars['String']['output'];
  /** Every actor that reports in this round, with its measures and how many it has answered. */
  owners: Array<RoundOwner>;
  /** The plan followed up. */
  plan: ActionPlan;
  /** Open or closed. */
  status: RoundStatus;
  /** A name for the round, when given. */
  title?: Maybe<Scalars['String']['output']>;
};

/** A product of a measure: a website, a guide, a course, information material (e.g. "Lokalt Mot"). */
export type Resource = Node & {
  __typename?: 'Resource';
  /** Other names it goes by. */
  aliases: Array<Scalars['String']['output']>;
  /** What it is (Norwegian, as curated). */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. `resource:lokalt-mot`. */
  id: Scalars['ID']['output'];
  /** What kind of product it is. */
  kind: ResourceKind;
  /** The actors that made it. */
  madeBy: Array<Actor>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The measures that produced it. */
  producedBy: Array<Measure>;
  /** Where it is described, with quotes. */
  sources: Array<Citation>;
  /** Its address, when the document gives one. */
  url?: Maybe<Scalars['String']['output']>;
  /** When it was made (as precise as known). */
  year?: Maybe<Scalars['String']['output']>;
};

/** What kind of product a resource is. */
export type ResourceKind =
  | 'CONFERENCE'
  | 'COURSE'
  | 'GUIDE'
  | 'MATERIAL'
  | 'OTHER'
  | 'REPORT'
  | 'WEBSITE';

/** An actor's responsibility for a measure: the RESPONSIBLE_FOR relationship with its properties. */
export type Responsibility = {
  __typename?: 'Responsibility';
  /** The responsible actor. */
  actor: Actor;
  /** The measure. */
  measure: Measure;
  /** A note from the curator or the source. */
  note?: Maybe<Scalars['String']['output']>;
  /** Its role. */
  role: ResponsibilityRole;
  /** Where this is stated. */
  sources: Array<Citation>;
};

/** A responsible actor's role for a measure. */
export type ResponsibilityRole =
  /** The ministry that commissions it. */
  | 'COMMISSIONING'
  /** Takes part. */
  | 'CONTRIBUTING'
  /** Carries it out (ansvarlig utfører). */
  | 'EXECUTING'
  /** Pays for it. */
  | 'FUNDING'
  /** Leads the measure. */
  | 'LEAD';

/** A result goal (resultatmål) and what was achieved. */
export type ResultGoal = {
  __typename?: 'ResultGoal';
  /** Achievement (måloppnåelse) as reported. */
  achievement?: Maybe<Scalars['String']['output']>;
  /** Its number. */
  number?: Maybe<Scalars['Int']['output']>;
  /** Where it is stated. */
  sources: Array<Citation>;
  /** The goal as written. */
  text: Scalars['String']['output'];
};

/** A status recorded in a round: an owner's answer, or one carried over when the round closed. */
export type RoundAnswer = {
  __typename?: 'RoundAnswer';
  /** The actor that answered; null when carried over. */
  actor?: Maybe<Actor>;
  /** For a carried-over status: the date of the status it repeats. */
  carriedOverFrom?: Maybe<Scalars['String']['output']>;
  /** False when nobody reported and the closing carried the last status over (or set UNCLEAR). */
  reported: Scalars['Boolean']['output'];
  /** The status. */
  status: MeasureStatus;
  /** The status text. */
  text?: Maybe<Scalars['String']['output']>;
};

/** One answer of an owner in a round. */
export type RoundAnswerInput = {
  /** The responsible actor that answers. */
  actor: Scalars['ID']['input'];
  /** The measure. */
  measure: Scalars['ID']['input'];
  /** The status. */
  status: MeasureStatus;
  /** The status text (at most 5000 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A measure in a reporting round. */
export type RoundMeasure = {
  __typename?: 'RoundMeasure';
  /** The answers given in this round, newest first. */
  answers: Array<RoundAnswer>;
  /** The measure. */
  measure: Measure;
  /** The last status before this round. */
  previous?: Maybe<StatusReport>;
  /** Who reports on it: its lead; without one, the executing actors; without those, every responsible actor. */
  reporters: Array<Actor>;
  /** The status the round gives the measure: the newest answer, or after closing the carried-over one; null while nobody has answered. */
  result?: Maybe<RoundAnswer>;
};

/** An actor that reports in a round. */
export type RoundOwner = {
  __typename?: 'RoundOwner';
  /** The actor. */
  actor: Actor;
  /** How many of them it has answered for. */
  answered: Scalars['Int']['output'];
  /** The measures it reports on. */
  measures: Array<Measure>;
  /** How many it reports on. */
  total: Scalars['Int']['output'];
};

/** Whether a reporting round still takes answers. */
export type RoundStatus =
  /** Closed: every measure has its status for the round; nothing changes any more. */
  | 'CLOSED'
  /** Owners are reporting; answers can be recorded. */
  | 'OPEN';

/**
 * A named view of the collaboration map (like a Kumu view or a Bloom perspective): the filters,
 * styling, legend, selection and pinned positions a policy officer set up, stored so that anyone with
 * its link opens exactly that view. Created by editors; listed and opened by anyone.
 */
export type SavedView = {
  __typename?: 'SavedView';
  /** When it was saved (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Who saved it (the editor's id or token name). */
  createdBy: Scalars['String']['output'];
  /** What the view is for, in a sentence or two. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable id, e.g. `view:agder-tvangsekteskap-2016-x3k9`; the map opens it at `/?view=<id>`. */
  id: Scalars['ID']['output'];
  /** Name, e.g. "Agder, forced marriage, 2016". */
  name: Scalars['String']['output'];
  /** Actors pinned to a position on the canvas (layouts never move them). */
  positions: Array<PinnedPosition>;
  /**
   * The map's state as a query string in the map's own URL format (region, theme, plan, network,
   * kinds, minWeight, asOf, color, size, off, focus, edge, expand, highlight): filters, styling and
   * selection in one value that the map already knows how to read.
   */
  state: Scalars['String']['output'];
};

/** A view to save. */
export type SavedViewInput = {
  /** Description, at most 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1 to 120 characters. */
  name: Scalars['String']['input'];
  /** Pinned positions, at most 2,000. */
  positions?: InputMaybe<Array<PinnedPositionInput>>;
  /** The map's query string (without the leading `?`), at most 4,000 characters. */
  state: Scalars['String']['input'];
};

/** One search hit. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** Its kind. */
  kind: SearchKind;
  /** The name or title to show. */
  label: Scalars['String']['output'];
  /** The entity found. */
  node: Node;
  /** Relevance; higher is better. */
  score: Scalars['Float']['output'];
};

/** What kinds of entity the search can return. */
export type SearchKind =
  | 'ACTOR'
  /** A reported collaboration. */
  | 'COLLABORATION'
  | 'MEASURE'
  | 'NETWORK'
  | 'PLAN'
  /** A county, municipality or country (only when asked for; networks covering a region found by name are returned by default). */
  | 'REGION'
  /** A product of a measure (website, guide, material). */
  | 'RESOURCE';

/** The sector an actor belongs to, as the missing-sector rule compares them. */
export type Sector =
  | 'CHILD_WELFARE'
  | 'COUNTY'
  | 'COUNTY_GOVERNOR'
  | 'CRISIS_CENTRE'
  | 'DIRECTORATE'
  | 'EMBASSY'
  | 'FAMILY_COUNSELLING'
  | 'HEALTH'
  | 'IMDI'
  | 'MINISTRY'
  | 'MUNICIPALITY'
  | 'NAV'
  | 'NGO'
  | 'OTHER'
  | 'POLICE'
  | 'RESEARCH'
  | 'RVTS'
  | 'SCHOOL'
  | 'UDI';

/** How serious a gap is. */
export type Severity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Sort direction. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A source document of the curated dataset. */
export type Source = {
  __typename?: 'Source';
  /** The document's date as precise as known (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: Maybe<Scalars['String']['output']>;
  /** The document's file name. */
  file: Scalars['String']['output'];
  /** Stable id, e.g. `source:004-tve-rapport-2016`. */
  id: Scalars['ID']['output'];
  /** The document's title. */
  title: Scalars['String']['output'];
};

/** How many measures have a status, and their share of the plan. */
export type StatusCount = {
  __typename?: 'StatusCount';
  /** How many measures. */
  count: Scalars['Int']['output'];
  /** Share of all the plan's measures, 0 to 1. */
  share: Scalars['Float']['output'];
  /** The status; null for measures with no status report. */
  status?: Maybe<MeasureStatus>;
};

/** A measure's status at a date. */
export type StatusReport = {
  __typename?: 'StatusReport';
  /** The date of the report (as precise as known). */
  asOf: Scalars['String']['output'];
  /** Where it is reported. */
  sources: Array<Citation>;
  /** The status. */
  status: MeasureStatus;
  /** The status text as written. */
  text?: Maybe<Scalars['String']['output']>;
};

/** Counts and shares of a plan's measures by their latest status. */
export type StatusSummary = {
  __typename?: 'StatusSummary';
  /** One row per status that occurs, plus measures without any status. */
  counts: Array<StatusCount>;
  /** How many measures the plan has. */
  total: Scalars['Int']['output'];
};

/** A group a measure is aimed at, e.g. young people, minority advisers. */
export type TargetGroup = Node & {
  __typename?: 'TargetGroup';
  /** What the sources say about the group. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** The documents this group is named in. */
  sources: Array<Citation>;
};

/** A theme the work addresses, e.g. forced marriage (tvangsekteskap). */
export type Theme = Node & {
  __typename?: 'Theme';
  /** Stable id, e.g. `theme:tvangsekteskap`. */
  id: Scalars['ID']['output'];
  /** Name: as the sources write it (NB, the default) or in English (EN). */
  name: Scalars['String']['output'];
  /** The documents this theme is named in. */
  sources: Array<Citation>;
};


/** A theme the work addresses, e.g. forced marriage (tvangsekteskap). */
export type ThemeNameArgs = {
  language?: InputMaybe<Language>;
};

/** Changes to an actor; fields left out stay as they are, null clears them. */
export type UpdateActorInput = {
  /** Other spellings (replaces the list). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Kind. */
  kind?: InputMaybe<ActorKind>;
  /** Level. */
  level?: InputMaybe<Level>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Parent organisation's id. */
  parent?: InputMaybe<Scalars['ID']['input']>;
  /** Sector. */
  sector?: InputMaybe<Sector>;
  /** Short name. */
  shortName?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a measure. */
export type UpdateMeasureInput = {
  /** Achievement. */
  achievement?: InputMaybe<Scalars['String']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a network; fields left out stay as they are. */
export type UpdateNetworkInput = {
  /** End date. */
  ended?: InputMaybe<Scalars['String']['input']>;
  /** Founding date. */
  established?: InputMaybe<Scalars['String']['input']>;
  /** Kind. */
  kind?: InputMaybe<NetworkKind>;
  /** Mandate. */
  mandate?: InputMaybe<Scalars['String']['input']>;
  /** Meeting frequency. */
  meetingFrequency?: InputMaybe<Scalars['String']['input']>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Status. */
  status?: InputMaybe<NetworkStatus>;
};

/** Changes to a plan. */
export type UpdatePlanInput = {
  /** Period end. */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  /** Period start. */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
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
    | ( PlanRow )
    | ( ActorRow )
    | ( AgreementRow )
    | ( CollaborationRow )
    | ( ContactRow )
    | ( GuidelineRow )
    | ( IndicatorRow )
    | ( MeasureRow )
    | ( NetworkRow )
    | ( RegionRow )
    | ( ResourceRow )
    | ( TargetGroupRow )
    | ( ThemeRow )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActionPlan: ResolverTypeWrapper<PlanRow>;
  ActionPlanConnection: ResolverTypeWrapper<Omit<ActionPlanConnection, 'edges'> & { edges: Array<ResolversTypes['ActionPlanEdge']> }>;
  ActionPlanEdge: ResolverTypeWrapper<Omit<ActionPlanEdge, 'node'> & { node: ResolversTypes['ActionPlan'] }>;
  ActionPlanFilter: ActionPlanFilter;
  Actor: ResolverTypeWrapper<ActorRow>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'edges'> & { edges: Array<ResolversTypes['ActorEdge']> }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorFilter: ActorFilter;
  ActorKind: ActorKind;
  ActorSortField: ActorSortField;
  Agreement: ResolverTypeWrapper<AgreementRow>;
  AgreementKind: AgreementKind;
  AuditConnection: ResolverTypeWrapper<Omit<AuditConnection, 'entries'> & { entries: Array<ResolversTypes['AuditEntry']> }>;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Budget: ResolverTypeWrapper<BudgetRow>;
  Citation: ResolverTypeWrapper<CitationRow>;
  CloseRoundResult: ResolverTypeWrapper<Omit<CloseRoundResult, 'round'> & { round: ResolversTypes['ReportingRound'] }>;
  Collaboration: ResolverTypeWrapper<CollaborationRow>;
  CollaborationContext: ResolverTypeWrapper<CollaborationContext>;
  CollaborationContextKind: CollaborationContextKind;
  CollaborationFilter: CollaborationFilter;
  CollaborationGraph: ResolverTypeWrapper<GraphResult>;
  CollaborationPath: ResolverTypeWrapper<PathRow>;
  Contact: ResolverTypeWrapper<ContactRow>;
  CreateActorInput: CreateActorInput;
  CreateMeasureInput: CreateMeasureInput;
  CreateNetworkInput: CreateNetworkInput;
  CreatePlanInput: CreatePlanInput;
  DeleteMode: DeleteMode;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Gap: ResolverTypeWrapper<GapRow>;
  GapKind: GapKind;
  GapThresholds: GapThresholds;
  GraphEdge: ResolverTypeWrapper<GraphEdgeRow>;
  GraphNode: ResolverTypeWrapper<GraphNodeRow>;
  Guideline: ResolverTypeWrapper<GuidelineRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportAction: ImportAction;
  ImportBatch: ResolverTypeWrapper<ImportBatch>;
  ImportCandidate: ResolverTypeWrapper<ImportCandidate>;
  ImportChange: ResolverTypeWrapper<ImportChange>;
  ImportCounts: ResolverTypeWrapper<ImportCounts>;
  ImportDecision: ImportDecision;
  ImportMatchKind: ImportMatchKind;
  ImportName: ResolverTypeWrapper<ImportName>;
  ImportPreview: ResolverTypeWrapper<ImportPreview>;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportRow: ResolverTypeWrapper<ImportRow>;
  ImportSeverity: ImportSeverity;
  ImportSheet: ResolverTypeWrapper<ImportSheet>;
  Indicator: ResolverTypeWrapper<IndicatorRow>;
  IndicatorTable: ResolverTypeWrapper<IndicatorTableRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Language: Language;
  Level: Level;
  Measure: ResolverTypeWrapper<MeasureRow>;
  MeasureConnection: ResolverTypeWrapper<Omit<MeasureConnection, 'edges'> & { edges: Array<ResolversTypes['MeasureEdge']> }>;
  MeasureEdge: ResolverTypeWrapper<Omit<MeasureEdge, 'node'> & { node: ResolversTypes['Measure'] }>;
  MeasureFilter: MeasureFilter;
  MeasureSortField: MeasureSortField;
  MeasureStatus: MeasureStatus;
  Meeting: ResolverTypeWrapper<MeetingRow>;
  Membership: ResolverTypeWrapper<MembershipRow>;
  MembershipRole: MembershipRole;
  Movement: Movement;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Network: ResolverTypeWrapper<NetworkRow>;
  NetworkConnection: ResolverTypeWrapper<Omit<NetworkConnection, 'edges'> & { edges: Array<ResolversTypes['NetworkEdge']> }>;
  NetworkEdge: ResolverTypeWrapper<Omit<NetworkEdge, 'node'> & { node: ResolversTypes['Network'] }>;
  NetworkFilter: NetworkFilter;
  NetworkKind: NetworkKind;
  NetworkSortField: NetworkSortField;
  NetworkStatus: NetworkStatus;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PathStep: ResolverTypeWrapper<PathStepRow>;
  PinnedPosition: ResolverTypeWrapper<PinnedPosition>;
  PinnedPositionInput: PinnedPositionInput;
  PlanKind: PlanKind;
  PlanProgress: ResolverTypeWrapper<PlanProgressView>;
  ProgressCell: ResolverTypeWrapper<ProgressCellRow>;
  ProgressColumn: ResolverTypeWrapper<ProgressColumnRow>;
  ProgressColumnCounts: ResolverTypeWrapper<ColumnCounts>;
  ProgressCount: ResolverTypeWrapper<ProgressCount>;
  ProgressRow: ResolverTypeWrapper<ProgressRowView>;
  ProgressSummary: ResolverTypeWrapper<ProgressSummary>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRow>;
  RegionCode: ResolverTypeWrapper<RegionCode>;
  ReportingRound: ResolverTypeWrapper<RoundRow>;
  Resource: ResolverTypeWrapper<ResourceRow>;
  ResourceKind: ResourceKind;
  Responsibility: ResolverTypeWrapper<ResponsibilityRow>;
  ResponsibilityRole: ResponsibilityRole;
  ResultGoal: ResolverTypeWrapper<GoalRow>;
  RoundAnswer: ResolverTypeWrapper<RoundStatusRow>;
  RoundAnswerInput: RoundAnswerInput;
  RoundMeasure: ResolverTypeWrapper<RoundMeasureView>;
  RoundOwner: ResolverTypeWrapper<RoundOwnerView>;
  RoundStatus: RoundStatus;
  SavedView: ResolverTypeWrapper<SavedView>;
  SavedViewInput: SavedViewInput;
  SearchHit: ResolverTypeWrapper<SearchRow>;
  SearchKind: SearchKind;
  Sector: Sector;
  Severity: Severity;
  SortDirection: SortDirection;
  Source: ResolverTypeWrapper<SourceRow>;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  StatusReport: ResolverTypeWrapper<StatusRow>;
  StatusSummary: ResolverTypeWrapper<StatusSummary>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TargetGroup: ResolverTypeWrapper<TargetGroupRow>;
  Theme: ResolverTypeWrapper<ThemeRow>;
  UpdateActorInput: UpdateActorInput;
  UpdateMeasureInput: UpdateMeasureInput;
  UpdateNetworkInput: UpdateNetworkInput;
  UpdatePlanInput: UpdatePlanInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActionPlan: PlanRow;
  ActionPlanConnection: Omit<ActionPlanConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActionPlanEdge']> };
  ActionPlanEdge: Omit<ActionPlanEdge, 'node'> & { node: ResolversParentTypes['ActionPlan'] };
  ActionPlanFilter: ActionPlanFilter;
  Actor: ActorRow;
  ActorConnection: Omit<ActorConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorEdge']> };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorFilter: ActorFilter;
  Agreement: AgreementRow;
  AuditConnection: Omit<AuditConnection, 'entries'> & { entries: Array<ResolversParentTypes['AuditEntry']> };
  AuditEntry: AuditRow;
  Boolean: Scalars['Boolean']['output'];
  Budget: BudgetRow;
  Citation: CitationRow;
  CloseRoundResult: Omit<CloseRoundResult, 'round'> & { round: ResolversParentTypes['ReportingRound'] };
  Collaboration: CollaborationRow;
  CollaborationContext: CollaborationContext;
  CollaborationFilter: CollaborationFilter;
  CollaborationGraph: GraphResult;
  CollaborationPath: PathRow;
  Contact: ContactRow;
  CreateActorInput: CreateActorInput;
  CreateMeasureInput: CreateMeasureInput;
  CreateNetworkInput: CreateNetworkInput;
  CreatePlanInput: CreatePlanInput;
  Evidence: EvidenceRow;
  Float: Scalars['Float']['output'];
  Gap: GapRow;
  GapThresholds: GapThresholds;
  GraphEdge: GraphEdgeRow;
  GraphNode: GraphNodeRow;
  Guideline: GuidelineRow;
  ID: Scalars['ID']['output'];
  ImportBatch: ImportBatch;
  ImportCandidate: ImportCandidate;
  ImportChange: ImportChange;
  ImportCounts: ImportCounts;
  ImportDecision: ImportDecision;
  ImportName: ImportName;
  ImportPreview: ImportPreview;
  ImportProblem: ImportProblem;
  ImportRow: ImportRow;
  ImportSheet: ImportSheet;
  Indicator: IndicatorRow;
  IndicatorTable: IndicatorTableRow;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Measure: MeasureRow;
  MeasureConnection: Omit<MeasureConnection, 'edges'> & { edges: Array<ResolversParentTypes['MeasureEdge']> };
  MeasureEdge: Omit<MeasureEdge, 'node'> & { node: ResolversParentTypes['Measure'] };
  MeasureFilter: MeasureFilter;
  Meeting: MeetingRow;
  Membership: MembershipRow;
  Mutation: Record<PropertyKey, never>;
  Network: NetworkRow;
  NetworkConnection: Omit<NetworkConnection, 'edges'> & { edges: Array<ResolversParentTypes['NetworkEdge']> };
  NetworkEdge: Omit<NetworkEdge, 'node'> & { node: ResolversParentTypes['Network'] };
  NetworkFilter: NetworkFilter;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  PathStep: PathStepRow;
  PinnedPosition: PinnedPosition;
  PinnedPositionInput: PinnedPositionInput;
  PlanProgress: PlanProgressView;
  ProgressCell: ProgressCellRow;
  ProgressColumn: ProgressColumnRow;
  ProgressColumnCounts: ColumnCounts;
  ProgressCount: ProgressCount;
  ProgressRow: ProgressRowView;
  ProgressSummary: ProgressSummary;
  Query: Record<PropertyKey, never>;
  Region: RegionRow;
  RegionCode: RegionCode;
  ReportingRound: RoundRow;
  Resource: ResourceRow;
  Responsibility: ResponsibilityRow;
  ResultGoal: GoalRow;
  RoundAnswer: RoundStatusRow;
  RoundAnswerInput: RoundAnswerInput;
  RoundMeasure: RoundMeasureView;
  RoundOwner: RoundOwnerView;
  SavedView: SavedView;
  SavedViewInput: SavedViewInput;
  SearchHit: SearchRow;
  Source: SourceRow;
  StatusCount: StatusCount;
  StatusReport: StatusRow;
  StatusSummary: StatusSummary;
  String: Scalars['String']['output'];
  TargetGroup: TargetGroupRow;
  Theme: ThemeRow;
  UpdateActorInput: UpdateActorInput;
  UpdateMeasureInput: UpdateMeasureInput;
  UpdateNetworkInput: UpdateNetworkInput;
  UpdatePlanInput: UpdatePlanInput;
}>;

export type ActionPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionPlan'] = ResolversParentTypes['ActionPlan']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  anchoredIn?: Resolver<Array<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['PlanKind']>, ParentType, ContextType>;
  lastReportedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType, Partial<ActionPlanMeasuresArgs>>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['ReportingRound']>, ParentType, ContextType>;
  shortTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusSummary?: Resolver<ResolversTypes['StatusSummary'], ParentType, ContextType>;
  succeededBy?: Resolver<Array<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  succeeds?: Resolver<Array<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ActionPlanConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionPlanConnection'] = ResolversParentTypes['ActionPlanConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActionPlanEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActionPlanEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActionPlanEdge'] = ResolversParentTypes['ActionPlanEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType>;
}>;

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = ResolversObject<{
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  collaborations?: Resolver<Array<ResolversTypes['Collaboration']>, ParentType, ContextType>;
  contacts?: Resolver<Maybe<Array<ResolversTypes['Contact']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGenericRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ActorKind']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<ActorMembershipsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownedPlans?: Resolver<Array<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  resources?: Resolver<Array<ResolversTypes['Resource']>, ParentType, ContextType>;
  responsibilities?: Resolver<Array<ResolversTypes['Responsibility']>, ParentType, ContextType, Partial<ActorResponsibilitiesArgs>>;
  sector?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ActorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
}>;

export type AgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgreementKind'], ParentType, ContextType>;
  measure?: Resolver<Maybe<ResolversTypes['Measure']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  signed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type BudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Budget'] = ResolversParentTypes['Budget']> = ResolversObject<{
  amountNok?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = ResolversObject<{
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type CloseRoundResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CloseRoundResult'] = ResolversParentTypes['CloseRoundResult']> = ResolversObject<{
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  carriedOver?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  round?: Resolver<ResolversTypes['ReportingRound'], ParentType, ContextType>;
}>;

export type CollaborationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Collaboration'] = ResolversParentTypes['Collaboration']> = ResolversObject<{
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CollaborationContextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollaborationContext'] = ResolversParentTypes['CollaborationContext']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CollaborationContextKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CollaborationGraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollaborationGraph'] = ResolversParentTypes['CollaborationGraph']> = ResolversObject<{
  brokers?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType, RequireFields<CollaborationGraphBrokersArgs, 'first'>>;
  communityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  compact?: Resolver<ResolversTypes['JSON'], ParentType, ContextType, RequireFields<CollaborationGraphCompactArgs, 'aggregateAbove'>>;
  density?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
}>;

export type CollaborationPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollaborationPath'] = ResolversParentTypes['CollaborationPath']> = ResolversObject<{
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
}>;

export type ContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measures?: Resolver<Maybe<Array<ResolversTypes['Measure']>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = ResolversObject<{
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Gap'] = ResolversParentTypes['Gap']> = ResolversObject<{
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GapKind'], ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
}>;

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = ResolversObject<{
  contexts?: Resolver<Array<ResolversTypes['CollaborationContext']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = ResolversObject<{
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isCutVertex?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isGenericRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ActorKind']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  weightedDegree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  y?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type GuidelineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Guideline'] = ResolversParentTypes['Guideline']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImportBatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportBatch'] = ResolversParentTypes['ImportBatch']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undoneBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportCandidate'] = ResolversParentTypes['ImportCandidate']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportChange'] = ResolversParentTypes['ImportChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportCounts'] = ResolversParentTypes['ImportCounts']> = ResolversObject<{
  create?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newActors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportNameResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportName'] = ResolversParentTypes['ImportName']> = ResolversObject<{
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  alternatives?: Resolver<Array<ResolversTypes['ImportCandidate']>, ParentType, ContextType>;
  decided?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  genericRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isNew?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['ImportMatchKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurrences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  proposed?: Resolver<Maybe<ResolversTypes['ImportCandidate']>, ParentType, ContextType>;
}>;

export type ImportPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportPreview'] = ResolversParentTypes['ImportPreview']> = ResolversObject<{
  appliedBatch?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  canApply?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['ImportName']>, ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRow']>, ParentType, ContextType>;
  sheets?: Resolver<Array<ResolversTypes['ImportSheet']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetExists?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ImportProblemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = ResolversObject<{
  cell?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['ImportSeverity'], ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ImportRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportRow'] = ResolversParentTypes['ImportRow']> = ResolversObject<{
  action?: Resolver<ResolversTypes['ImportAction'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ImportChange']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportSheetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportSheet'] = ResolversParentTypes['ImportSheet']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<IndicatorCategoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isTotal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  measure?: Resolver<Maybe<ResolversTypes['Measure']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<IndicatorNameArgs>>;
  reportedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  table?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<IndicatorUnitArgs>>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IndicatorTableResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorTable'] = ResolversParentTypes['IndicatorTable']> = ResolversObject<{
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, Partial<IndicatorTableCategoriesArgs>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  table?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = ResolversObject<{
  achievement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  budgets?: Resolver<Array<ResolversTypes['Budget']>, ParentType, ContextType>;
  contacts?: Resolver<Maybe<Array<ResolversTypes['Contact']>>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  latestStatus?: Resolver<Maybe<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  referredBy?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  refersTo?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  resources?: Resolver<Array<ResolversTypes['Resource']>, ParentType, ContextType>;
  responsibilities?: Resolver<Array<ResolversTypes['Responsibility']>, ParentType, ContextType>;
  resultGoals?: Resolver<Array<ResolversTypes['ResultGoal']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MeasureConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureConnection'] = ResolversParentTypes['MeasureConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MeasureEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MeasureEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureEdge'] = ResolversParentTypes['MeasureEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
}>;

export type MeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = ResolversObject<{
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  _empty?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationAddMembershipArgs, 'actor' | 'network' | 'role' | 'source'>>;
  addResponsibility?: Resolver<ResolversTypes['Responsibility'], ParentType, ContextType, RequireFields<MutationAddResponsibilityArgs, 'actor' | 'measure' | 'role' | 'source'>>;
  applyImport?: Resolver<ResolversTypes['ImportBatch'], ParentType, ContextType, RequireFields<MutationApplyImportArgs, 'id'>>;
  closeReportingRound?: Resolver<ResolversTypes['CloseRoundResult'], ParentType, ContextType, RequireFields<MutationCloseReportingRoundArgs, 'round'>>;
  createActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationCreateActorArgs, 'input'>>;
  createMeasure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType, RequireFields<MutationCreateMeasureArgs, 'input'>>;
  createNetwork?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<MutationCreateNetworkArgs, 'input'>>;
  createPlan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationCreatePlanArgs, 'input'>>;
  deleteActor?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteActorArgs, 'id' | 'mode'>>;
  deleteMeasure?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteMeasureArgs, 'id' | 'mode'>>;
  deleteNetwork?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteNetworkArgs, 'id' | 'mode'>>;
  deletePlan?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeletePlanArgs, 'id' | 'mode'>>;
  deleteView?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteViewArgs, 'id'>>;
  endMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationEndMembershipArgs, 'actor' | 'network' | 'role' | 'until'>>;
  mergeActors?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationMergeActorsArgs, 'duplicate' | 'keep'>>;
  openReportingRound?: Resolver<ResolversTypes['ReportingRound'], ParentType, ContextType, RequireFields<MutationOpenReportingRoundArgs, 'asOf' | 'plan'>>;
  recordStatus?: Resolver<ResolversTypes['Measure'], ParentType, ContextType, RequireFields<MutationRecordStatusArgs, 'measure' | 'source' | 'status'>>;
  removeResponsibility?: Resolver<ResolversTypes['Measure'], ParentType, ContextType, RequireFields<MutationRemoveResponsibilityArgs, 'actor' | 'measure' | 'role'>>;
  reportStatus?: Resolver<ResolversTypes['ReportingRound'], ParentType, ContextType, RequireFields<MutationReportStatusArgs, 'answers' | 'round'>>;
  saveView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType, RequireFields<MutationSaveViewArgs, 'input'>>;
  undoImport?: Resolver<ResolversTypes['ImportBatch'], ParentType, ContextType, RequireFields<MutationUndoImportArgs, 'batch'>>;
  updateActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationUpdateActorArgs, 'id' | 'input'>>;
  updateMeasure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType, RequireFields<MutationUpdateMeasureArgs, 'id' | 'input'>>;
  updateNetwork?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<MutationUpdateNetworkArgs, 'id' | 'input'>>;
  updatePlan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationUpdatePlanArgs, 'id' | 'input'>>;
}>;

export type NetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  anchoredIn?: Resolver<Array<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  ended?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  established?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['NetworkKind']>, ParentType, ContextType>;
  mandate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetingFrequency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<NetworkMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['NetworkStatus']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NetworkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkConnection'] = ResolversParentTypes['NetworkConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NetworkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Network'], ParentType, ContextType>;
}>;

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ActionPlan' | 'Actor' | 'Agreement' | 'Collaboration' | 'Contact' | 'Guideline' | 'Indicator' | 'Measure' | 'Network' | 'Region' | 'Resource' | 'TargetGroup' | 'Theme', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PathStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = ResolversObject<{
  contexts?: Resolver<Array<ResolversTypes['CollaborationContext']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
}>;

export type PinnedPositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PinnedPosition'] = ResolversParentTypes['PinnedPosition']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PlanProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanProgress'] = ResolversParentTypes['PlanProgress']> = ResolversObject<{
  columns?: Resolver<Array<ResolversTypes['ProgressColumn']>, ParentType, ContextType>;
  perColumn?: Resolver<Array<ResolversTypes['ProgressColumnCounts']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ProgressRow']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['ProgressSummary'], ParentType, ContextType>;
}>;

export type ProgressCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressCell'] = ResolversParentTypes['ProgressCell']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['MeasureStatus']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProgressColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressColumn'] = ResolversParentTypes['ProgressColumn']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['ReportingRound']>, ParentType, ContextType>;
}>;

export type ProgressColumnCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressColumnCounts'] = ResolversParentTypes['ProgressColumnCounts']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['ProgressCount']>, ParentType, ContextType>;
}>;

export type ProgressCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressCount'] = ResolversParentTypes['ProgressCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['MeasureStatus']>, ParentType, ContextType>;
}>;

export type ProgressRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressRow'] = ResolversParentTypes['ProgressRow']> = ResolversObject<{
  cells?: Resolver<Array<ResolversTypes['ProgressCell']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  movement?: Resolver<ResolversTypes['Movement'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdueSince?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProgressSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressSummary'] = ResolversParentTypes['ProgressSummary']> = ResolversObject<{
  backward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  forward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  new?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  none?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stalled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actorProgress?: Resolver<Array<ResolversTypes['PlanProgress']>, ParentType, ContextType, RequireFields<QueryActorProgressArgs, 'actor'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'direction' | 'first' | 'sortBy'>>;
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType, RequireFields<QueryAgreementArgs, 'id'>>;
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType, Partial<QueryAgreementsArgs>>;
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  collaborationGraph?: Resolver<ResolversTypes['CollaborationGraph'], ParentType, ContextType, RequireFields<QueryCollaborationGraphArgs, 'layout'>>;
  collaborations?: Resolver<Array<ResolversTypes['Collaboration']>, ParentType, ContextType, Partial<QueryCollaborationsArgs>>;
  contacts?: Resolver<Maybe<Array<ResolversTypes['Contact']>>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['Gap']>, ParentType, ContextType, RequireFields<QueryGapsArgs, 'language'>>;
  importPreview?: Resolver<ResolversTypes['ImportPreview'], ParentType, ContextType, RequireFields<QueryImportPreviewArgs, 'id'>>;
  imports?: Resolver<Array<ResolversTypes['ImportBatch']>, ParentType, ContextType, Partial<QueryImportsArgs>>;
  indicatorTables?: Resolver<Array<ResolversTypes['IndicatorTable']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, Partial<QueryIndicatorsArgs>>;
  measure?: Resolver<Maybe<ResolversTypes['Measure']>, ParentType, ContextType, RequireFields<QueryMeasureArgs, 'id'>>;
  measures?: Resolver<ResolversTypes['MeasureConnection'], ParentType, ContextType, RequireFields<QueryMeasuresArgs, 'direction' | 'first' | 'sortBy'>>;
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType, RequireFields<QueryNetworkArgs, 'id'>>;
  networks?: Resolver<ResolversTypes['NetworkConnection'], ParentType, ContextType, RequireFields<QueryNetworksArgs, 'direction' | 'first' | 'sortBy'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  path?: Resolver<Array<ResolversTypes['CollaborationPath']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'first' | 'from' | 'language' | 'to'>>;
  plan?: Resolver<Maybe<ResolversTypes['ActionPlan']>, ParentType, ContextType, RequireFields<QueryPlanArgs, 'id'>>;
  planProgress?: Resolver<Maybe<ResolversTypes['PlanProgress']>, ParentType, ContextType, RequireFields<QueryPlanProgressArgs, 'plan'>>;
  plans?: Resolver<ResolversTypes['ActionPlanConnection'], ParentType, ContextType, RequireFields<QueryPlansArgs, 'first'>>;
  regionScope?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<QueryRegionScopeArgs, 'region'>>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  regionsAt?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<QueryRegionsAtArgs>>;
  reportingRound?: Resolver<Maybe<ResolversTypes['ReportingRound']>, ParentType, ContextType, RequireFields<QueryReportingRoundArgs, 'id'>>;
  resources?: Resolver<Array<ResolversTypes['Resource']>, ParentType, ContextType>;
  savedView?: Resolver<Maybe<ResolversTypes['SavedView']>, ParentType, ContextType, RequireFields<QuerySavedViewArgs, 'id'>>;
  savedViews?: Resolver<Array<ResolversTypes['SavedView']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
}>;

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  codes?: Resolver<Array<ResolversTypes['RegionCode']>, ParentType, ContextType>;
  contains?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType, Partial<RegionContainsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isNorwegian?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  succeededBy?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegionCodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegionCode'] = ResolversParentTypes['RegionCode']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReportingRoundResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportingRound'] = ResolversParentTypes['ReportingRound']> = ResolversObject<{
  answeredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measureCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['RoundMeasure']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['RoundOwner']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RoundStatus'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ResourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Resource'] = ResolversParentTypes['Resource']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResourceKind'], ParentType, ContextType>;
  madeBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  producedBy?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResponsibilityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Responsibility'] = ResolversParentTypes['Responsibility']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ResponsibilityRole'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
}>;

export type ResultGoalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResultGoal'] = ResolversParentTypes['ResultGoal']> = ResolversObject<{
  achievement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RoundAnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoundAnswer'] = ResolversParentTypes['RoundAnswer']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  carriedOverFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeasureStatus'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RoundMeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoundMeasure'] = ResolversParentTypes['RoundMeasure']> = ResolversObject<{
  answers?: Resolver<Array<ResolversTypes['RoundAnswer']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['Measure'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['StatusReport']>, ParentType, ContextType>;
  reporters?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['RoundAnswer']>, ParentType, ContextType>;
}>;

export type RoundOwnerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoundOwner'] = ResolversParentTypes['RoundOwner']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['Measure']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SavedViewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedView'] = ResolversParentTypes['SavedView']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['PinnedPosition']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StatusCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['MeasureStatus']>, ParentType, ContextType>;
}>;

export type StatusReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusReport'] = ResolversParentTypes['StatusReport']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeasureStatus'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type StatusSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatusSummary'] = ResolversParentTypes['StatusSummary']> = ResolversObject<{
  counts?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TargetGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetGroup'] = ResolversParentTypes['TargetGroup']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ThemeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<ThemeNameArgs>>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  ActionPlan?: ActionPlanResolvers<ContextType>;
  ActionPlanConnection?: ActionPlanConnectionResolvers<ContextType>;
  ActionPlanEdge?: ActionPlanEdgeResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Budget?: BudgetResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  CloseRoundResult?: CloseRoundResultResolvers<ContextType>;
  Collaboration?: CollaborationResolvers<ContextType>;
  CollaborationContext?: CollaborationContextResolvers<ContextType>;
  CollaborationGraph?: CollaborationGraphResolvers<ContextType>;
  CollaborationPath?: CollaborationPathResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Gap?: GapResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Guideline?: GuidelineResolvers<ContextType>;
  ImportBatch?: ImportBatchResolvers<ContextType>;
  ImportCandidate?: ImportCandidateResolvers<ContextType>;
  ImportChange?: ImportChangeResolvers<ContextType>;
  ImportCounts?: ImportCountsResolvers<ContextType>;
  ImportName?: ImportNameResolvers<ContextType>;
  ImportPreview?: ImportPreviewResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportRow?: ImportRowResolvers<ContextType>;
  ImportSheet?: ImportSheetResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorTable?: IndicatorTableResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Measure?: MeasureResolvers<ContextType>;
  MeasureConnection?: MeasureConnectionResolvers<ContextType>;
  MeasureEdge?: MeasureEdgeResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkConnection?: NetworkConnectionResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  PinnedPosition?: PinnedPositionResolvers<ContextType>;
  PlanProgress?: PlanProgressResolvers<ContextType>;
  ProgressCell?: ProgressCellResolvers<ContextType>;
  ProgressColumn?: ProgressColumnResolvers<ContextType>;
  ProgressColumnCounts?: ProgressColumnCountsResolvers<ContextType>;
  ProgressCount?: ProgressCountResolvers<ContextType>;
  ProgressRow?: ProgressRowResolvers<ContextType>;
  ProgressSummary?: ProgressSummaryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionCode?: RegionCodeResolvers<ContextType>;
  ReportingRound?: ReportingRoundResolvers<ContextType>;
  Resource?: ResourceResolvers<ContextType>;
  Responsibility?: ResponsibilityResolvers<ContextType>;
  ResultGoal?: ResultGoalResolvers<ContextType>;
  RoundAnswer?: RoundAnswerResolvers<ContextType>;
  RoundMeasure?: RoundMeasureResolvers<ContextType>;
  RoundOwner?: RoundOwnerResolvers<ContextType>;
  SavedView?: SavedViewResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  StatusReport?: StatusReportResolvers<ContextType>;
  StatusSummary?: StatusSummaryResolvers<ContextType>;
  TargetGroup?: TargetGroupResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
}>;

