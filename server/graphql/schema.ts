/** Reads the SDL modules of schema/ and joins the resolver maps of server/graphql/resolvers/. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Resolvers } from './resolvers-types.generated.js';
import { actorResolvers } from './resolvers/actor.js';
import { adminResolvers } from './resolvers/admin.js';
import { analysisResolvers } from './resolvers/analysis.js';
import { collaborationResolvers } from './resolvers/collaboration.js';
import { languageResolvers, regionResolvers } from './resolvers/regions.js';
import { miscResolvers } from './resolvers/misc.js';
import { networkResolvers } from './resolvers/network.js';
import { nodeResolvers } from './resolvers/node.js';
import { planResolvers } from './resolvers/plan.js';

const SCHEMA_DIR = path.resolve(import.meta.dirname, '../../schema');

/** Every schema/<module>/schema.graphql, base module first (it declares Query). */
export function loadTypeDefs(): string {
  const modules = readdirSync(SCHEMA_DIR).sort((a, b) => (a === 'base' ? -1 : b === 'base' ? 1 : a.localeCompare(b)));
  return modules.map((m) => readFileSync(path.join(SCHEMA_DIR, m, 'schema.graphql'), 'utf8')).join('\n');
}

function merge(...maps: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const m of maps) for (const [type, fields] of Object.entries(m)) out[type] = { ...out[type], ...(fields as object) };
  return out as Resolvers;
}

export const resolvers: Resolvers = merge(
  nodeResolvers, actorResolvers, networkResolvers, planResolvers, miscResolvers, analysisResolvers, adminResolvers,
  collaborationResolvers, regionResolvers, languageResolvers,
);
