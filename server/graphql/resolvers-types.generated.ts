import type { GraphQLResolveInfo } from 'graphql';
import type { ActorRow } from '../db/repos/actor.repo.js';
import type { CitationRow } from '../db/repos/citation.repo.js';
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

/** An agency, body or organisation, or a generic role named as responsible in a plan. */
export type Actor = Node & {
  __typename?: 'Actor';
  /** Every other spelling the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** Units of this organisation. */
  children: Array<Actor>;
  /** Stable id, e.g. `actor:imdi-ost`. */
  id: Scalars['ID']['output'];
  /** True for generic roles ("virksomhetsledere", "kommuneledelsen") rather than named organisations. */
  isGenericRole: Scalars['Boolean']['output'];
  /** What kind of body this is. */
  kind?: Maybe<ActorKind>;
  /** The level it works at. */
  level?: Maybe<Level>;
  /** The fullest correct name used in the sources. */
  name: Scalars['String']['output'];
  /** The organisation this is a unit of (IMDi Øst → IMDi). */
  parent?: Maybe<Actor>;
  /** Short name or abbreviation, e.g. `BLD`. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** The documents this actor is named in. */
  sources: Array<Citation>;
};

/** A page of actors (Relay connection). */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The actors of this page with their cursors. */
  edges: Array<ActorEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many actors match, over all pages. */
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

/** Where a fact comes from: a document and a short quote or locator in it. */
export type Citation = {
  __typename?: 'Citation';
  /** Where in the document, e.g. "Tiltak 11, Resultatmål 1". */
  locator?: Maybe<Scalars['String']['output']>;
  /** A short verbatim excerpt that supports the fact. */
  quote: Scalars['String']['output'];
  /** The document. */
  source: Source;
};

/** The administrative level an actor works at. */
export type Level =
  | 'COUNTY'
  | 'INTERNATIONAL'
  | 'LOCAL'
  | 'MUNICIPAL'
  | 'NATIONAL'
  | 'REGIONAL';

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

/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 */
export type Query = {
  __typename?: 'Query';
  /** One actor by id, or null. */
  actor?: Maybe<Actor>;
  /** Actors sorted by name, a page at a time. */
  actors: ActorConnection;
  /** Any entity by its global id (e.g. `actor:imdi-ost`), or null when there is none. */
  node?: Maybe<Node>;
  /** Several entities by id, in the order asked; null where an id is unknown. */
  nodes: Array<Maybe<Node>>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 */
export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 */
export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Samkart's GraphQL API: the knowledge graph of who works with whom against negative social control,
 * forced marriage, female genital mutilation and domestic violence in Norway.
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

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
  Node: ( ActorRow );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Actor: ResolverTypeWrapper<ActorRow>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'edges'> & { edges: Array<ResolversTypes['ActorEdge']> }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorKind: ActorKind;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Citation: ResolverTypeWrapper<CitationRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Level: Level;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Source: ResolverTypeWrapper<Source>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Actor: ActorRow;
  ActorConnection: Omit<ActorConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorEdge']> };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  Boolean: Scalars['Boolean']['output'];
  Citation: CitationRow;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Source: Source;
  String: Scalars['String']['output'];
}>;

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isGenericRole?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ActorKind']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Level']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
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

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = ResolversObject<{
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Actor', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
}>;

