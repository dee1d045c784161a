/** Reads the SDL modules of schema/ and joins the resolver maps of server/graphql/resolvers/. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { GraphQLScalarType, Kind, parse, type GraphQLResolveInfo } from 'graphql';
import { FIELDS } from '../db/projections.js';
import { compiledId } from '../db/compile.js';
import { oncePerRequest, PLAIN_COMPILED_READS } from './direct.js';
import type { Resolvers } from './resolvers-types.generated.js';
import { actorResolvers } from './resolvers/actor.js';
import { adminResolvers } from './resolvers/admin.js';
import { analysisResolvers } from './resolvers/analysis.js';
import { collaborationResolvers } from './resolvers/collaboration.js';
import { languageResolvers, regionResolvers } from './resolvers/regions.js';
import { interchangeResolvers } from './resolvers/interchange.js';
import { miscResolvers } from './resolvers/misc.js';
import { networkResolvers } from './resolvers/network.js';
import { nodeResolvers } from './resolvers/node.js';
import { planResolvers } from './resolvers/plan.js';
import { roundResolvers } from './resolvers/rounds.js';
import { viewsResolvers } from './resolvers/views.js';

const SCHEMA_DIR = path.resolve(import.meta.dirname, '../../schema');

/** Every schema/<module>/schema.graphql, base module first (it declares Query). */
export function loadTypeDefs(): string {
  const modules = readdirSync(SCHEMA_DIR).sort((a, b) => (a === 'base' ? -1 : b === 'base' ? 1 : a.localeCompare(b)));
  return modules.map((m) => readFileSync(path.join(SCHEMA_DIR, m, 'schema.graphql'), 'utf8')).join('\n');
}

function merge(...maps: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const m of maps) for (const [type, fields] of Object.entries(m)) out[type] = fields instanceof GraphQLScalarType ? fields as never : { ...out[type], ...(fields as object) };
  return out as Resolvers;
}

type FieldResolver = (src: Record<string, unknown>, args: unknown, ctx: unknown, info: GraphQLResolveInfo) => unknown;

/** Object types the query compiler returns (server/db/compile.ts): entities, their rows and citations. */
const COMPILED_TYPES = new Set([...Object.keys(FIELDS), 'Membership', 'Responsibility', 'Citation']);
/** Fields whose resolver reads compiled values itself (Citation.quote masks them for anonymous callers). */
const READS_COMPILED = new Set(['Citation.quote']);

/**
 * A compiled value (`__c`) is already in the response's shape, keyed by response key: every field
 * of it is read as it is. A field the description left out (personal data for a caller without the
 * role, a field the compiler does not know) goes to its own resolver, which gets the entity's id.
 * Values from the loaders (mutation payloads, rows of lists the compiler does not serve) keep the
 * resolvers as they were.
 */
function compiledFirst(typeName: string, fieldName: string, resolve: FieldResolver | undefined): FieldResolver {
  if (READS_COMPILED.has(`${typeName}.${fieldName}`)) return resolve!;
  const read: FieldResolver = (src, args, ctx, info) => {
    if (src.__c === true) {
      const key = info.path.key as string;
      if (key in src) return markCompiled(src[key]);
      return resolve ? resolve({ id: compiledId(src) }, args, ctx, info) : null;
    }
    return resolve ? resolve(src, args, ctx, info) : src[fieldName];
  };
  // The direct executor (direct.ts) reads a compiled value of such a field itself.
  PLAIN_COMPILED_READS.add(read);
  return read;
}

/**
 * A value read from a compiled map is compiled too (the compiler marks only the top map): its maps
 * get the marker as they are read, for the resolvers of their own fields. On the map itself, so
 * nothing is kept anywhere else.
 */
function markCompiled(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null && !Array.isArray(item)) (item as Record<string, unknown>).__c = true;
  } else (value as Record<string, unknown>).__c = true;
  return value;
}

/** Wraps every field of the compiled types (from the SDL, so fields without a resolver are covered too). */
function withCompiled(map: Resolvers, typeDefs: string): Resolvers {
  const out = map as Record<string, Record<string, unknown>>;
  for (const def of parse(typeDefs).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = def.name.value;
    if (!COMPILED_TYPES.has(type)) continue;
    const fields = (out[type] ??= {});
    for (const f of def.fields ?? []) fields[f.name.value] = compiledFirst(type, f.name.value, fields[f.name.value] as FieldResolver | undefined);
  }
  return map;
}

/** Root query fields run once per request, also when the direct executor hands the request to graphql-js (direct.ts). */
function rootsOnce(map: Resolvers): Resolvers {
  const query = (map as Record<string, Record<string, unknown>>).Query;
  for (const [name, r] of Object.entries(query ?? {})) if (typeof r === 'function') query[name] = oncePerRequest(r as FieldResolver as never);
  return map;
}

export const resolvers: Resolvers = rootsOnce(withCompiled(merge(
  nodeResolvers, actorResolvers, networkResolvers, planResolvers, miscResolvers, analysisResolvers, adminResolvers, interchangeResolvers, roundResolvers, viewsResolvers,
  collaborationResolvers, regionResolvers, languageResolvers,
), loadTypeDefs()));
