/**
 * Builds the Apollo Server (no HTTP here): schema, plugins, error masking. `server/http.ts` puts it
 * behind node:http; tests can call `executeOperation` on it directly.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from './config.js';
import type { Context } from './context.js';
import { log } from './log.js';
import { loadTypeDefs, resolvers } from './graphql/schema.js';
import { domainToFormatted } from './graphql/errors.js';
import { DomainError } from './db/errors.js';

/** Codes whose message was written for the caller; anything else is masked. */
const SAFE_CODES = new Set([
  'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN',
  'NOT_FOUND', 'CONFLICT', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE', 'RATE_LIMITED', 'DATABASE_UNAVAILABLE', 'TIMEOUT',
]);

export function createApollo(config: Config): ApolloServer<Context> {
  // Operation limits (depth, cost, aliases, directives, tokens); suggestions are hidden in production.
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth, flattenFragments: true },
    costLimit: { maxCost: config.limits.maxCost },
    maxAliases: { n: config.limits.maxAliases },
    maxDirectives: { n: config.limits.maxDirectives },
    maxTokens: { n: config.limits.maxTokens },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  const plugins: ApolloServerPlugin<Context>[] = [
    ...(protection.plugins as ApolloServerPlugin<Context>[]),
    // No cache hints are used; the default plugin would wrap every field resolver to collect them.
    ApolloServerPluginCacheControlDisabled(),
    config.landingPage
      ? ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false })
      : ApolloServerPluginLandingPageDisabled(),
  ];
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: config.introspection,
    csrfPrevention: true,
    // server/index.ts owns signals and stops Apollo in order (HTTP, Apollo, driver, database).
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !config.production,
    plugins,
    validationRules: protection.validationRules,
    formatError: (formatted, error) => maskError(formatted, error, config.production),
  });
}

/**
 * Errors meant for the caller keep their message; everything else (driver errors, bugs) becomes
 * INTERNAL_SERVER_ERROR with a correlation id, and the detail goes to the log only.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return domainToFormatted(formatted, original);
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (SAFE_CODES.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return production ? { ...formatted, extensions } : formatted;
  }
  const correlationId = crypto.randomUUID();
  log.error('request failed', { correlationId, path: formatted.path, error: String((original as Error)?.stack ?? original) });
  return {
    message: `Internal error; quote correlation id ${correlationId} when reporting it.`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
  };
}

