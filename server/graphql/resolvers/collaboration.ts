/** Reported collaborations, resources (products of measures) and guidelines: issue 14, "stored but unreachable". */
import { collaborations, resources } from '../../db/repos/reported.repo.js';
import type { ActorRow, CollaborationRow, MeasureRow, ResourceRow } from '../../db/rows.js';
import type { Resolvers } from '../resolvers-types.generated.js';
import { selectionOf } from '../selection.js';
import { sourcesOf } from './shared.js';

export const collaborationResolvers: Resolvers = {
  Query: {
    collaborations: (_, { actor }, { db }) => collaborations(db, actor ?? null),
    resources: (_, __, { db }) => resources(db),
  },
  Collaboration: {
    description: (c) => c.description ?? c.name,
    parties: (c, _, { loaders }, info) => loaders.related<ActorRow>('Collaboration.parties', selectionOf(info)).load(c.id),
    sources: sourcesOf,
  },
  Resource: {
    producedBy: (r, _, { loaders }, info) => loaders.related<MeasureRow>('Resource.producedBy', selectionOf(info)).load(r.id),
    madeBy: (r, _, { loaders }, info) => loaders.related<ActorRow>('Resource.madeBy', selectionOf(info)).load(r.id),
    sources: sourcesOf,
  },
  Guideline: { sources: sourcesOf },
  Actor: {
    collaborations: (a, _, { loaders }, info) => loaders.related<CollaborationRow>('Actor.collaborations', selectionOf(info)).load(a.id),
    resources: (a, _, { loaders }, info) => loaders.related<ResourceRow>('Actor.resources', selectionOf(info)).load(a.id),
  },
  Measure: {
    resources: (m, _, { loaders }, info) => loaders.related<ResourceRow>('Measure.resources', selectionOf(info)).load(m.id),
  },
};
