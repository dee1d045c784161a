import { collaborationGraph, collaborationPaths } from '../../analysis/collaboration.js';
import { compactOf } from '../../analysis/compact.js';
import { findGaps } from '../../analysis/gaps.js';
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import type { ActorRow, PlanRow } from '../../db/rows.js';
import type { Resolvers } from '../resolvers-types.generated.js';
import { selectsAny } from '../selection.js';
import { loadFoundNode } from './node.js';
import { loadEntity, relationshipSources } from './shared.js';

/** Fields that need betweenness, communities or cut vertices (computed only when selected). */
/** Gap evidence: the responsibilities' citations are read only when it is selected. */
const EVIDENCE = new Set(['evidence']);

const METRIC_FIELDS = new Set(['betweenness', 'community', 'isCutVertex', 'communityCount', 'brokers', 'compact']);

/** Any JSON value, passed through as it is. */
const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: function literal(ast: ValueNode): unknown {
    switch (ast.kind) {
      case Kind.STRING: case Kind.BOOLEAN: return ast.value;
      case Kind.INT: case Kind.FLOAT: return Number(ast.value);
      case Kind.LIST: return ast.values.map(literal);
      case Kind.OBJECT: return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value)]));
      default: return null;
    }
  },
});

export const analysisResolvers: Resolvers = {
  JSON: JSONScalar,
  Query: {
    collaborationGraph: (_, { filter, layout }, { db }, info) =>
      collaborationGraph(db, filter ?? {}, { layout: layout ?? false, metrics: selectsAny(info, METRIC_FIELDS) }),
    path: (_, { from, to, filter, first, language }, { db }) => collaborationPaths(db, from, to, filter ?? {}, first ?? 3, language ?? 'NB'),
    gaps: (_, { plan, kinds, thresholds, language }, { db }, info) => findGaps(db, {
      plan: plan ?? null, kinds: kinds ?? null, language: language ?? 'NB',
      maxMeasuresPerActor: thresholds?.maxMeasuresPerActor ?? 5, asOf: thresholds?.asOf ?? null,
      evidence: selectsAny(info, EVIDENCE),
    }),
  },
  CollaborationGraph: {
    compact: (g, { aggregateAbove, expand }) => compactOf(g, { aggregateAbove: aggregateAbove ?? undefined, expand: expand ?? [] }),
    brokers: (g, { first }) => [...g.nodes].filter((n) => n.betweenness > 0)
      .sort((a, b) => b.betweenness - a.betweenness || a.label.localeCompare(b.label)).slice(0, Math.max(0, Math.min(first ?? 10, 100))),
  },
  CollaborationPath: {
    actors: (p, _, ctx, info) => Promise.all(p.actorIds.map((id) => loadEntity<ActorRow>(ctx, info, 'Actor', id))) as Promise<ActorRow[]>,
  },
  PathStep: {
    from: (s, _, ctx, info) => loadEntity<ActorRow>(ctx, info, 'Actor', s.fromId) as Promise<ActorRow>,
    to: (s, _, ctx, info) => loadEntity<ActorRow>(ctx, info, 'Actor', s.toId) as Promise<ActorRow>,
  },
  Gap: {
    subject: (g, _, ctx, info) => loadFoundNode(g.subjectId, ctx, info) as never,
    plan: (g, _, ctx, info) => (g.planId ? loadEntity<PlanRow>(ctx, info, 'ActionPlan', g.planId) : null),
  },
  Evidence: {
    node: (e, _, ctx, info) => (e.nodeId ? (loadFoundNode(e.nodeId, ctx, info) as never) : null),
    sources: (e, _, ctx) => (e.citations ? relationshipSources(ctx, e.citations) : e.nodeId ? ctx.loaders.citations.load(e.nodeId) : []),
  },
};
