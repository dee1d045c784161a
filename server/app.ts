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
    // Stack traces carry absolute file paths: only with an explicit SAMKART_DEBUG_ERRORS, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: config.debugErrors,
    plugins: [...plugins, httpStatusOfDomainErrors],
    validationRules: protection.validationRules,
    formatError: (formatted, error) => maskError(formatted, error, !config.debugErrors),
  });
}

/**
 * A database that cannot be reached is not the caller's fault and not a bug: the response is HTTP
 * 503 with Retry-After (load balancers and clients know what to do with it), not 200.
 */
const httpStatusOfDomainErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        const unavailable = errors?.map((e) => unwrapResolverError(e)).find((e): e is DomainError => e instanceof DomainError && e.kind === 'UNAVAILABLE');
        if (!unavailable) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(unavailable.details.retryAfter ?? 2));
      },
    };
  },
};

/**
 * Errors meant for the caller keep their message; everything else (driver errors, bugs) becomes
 * INTERNAL_SERVER_ERROR with a correlation id, and the detail goes to the log only.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown, hideDetails: boolean): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return domainToFormatted(formatted, original);
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (SAFE_CODES.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return hideDetails ? { ...formatted, extensions } : formatted;
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

