/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type ActorsQueryVariables = Exact<{
  first: number;
}>;


export type ActorsQuery = { actors: { totalCount: number, edges: Array<{ node: (
        { id: string, name: string, shortName: string | null, kind: ActorKind | null }
        & { ' $fragmentRefs'?: { 'ActorMapFieldsFragment': ActorMapFieldsFragment } }
      ) }> } };

export type ActorMapFieldsFragment = { id: string, name: string, kind: ActorKind | null, parent: { id: string } | null } & { ' $fragmentName'?: 'ActorMapFieldsFragment' };

export const ActorMapFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorMapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActorMapFieldsFragment, unknown>;
export const ActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Actors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActorMapFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActorMapFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Actor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActorsQuery, ActorsQueryVariables>;