/**
 * Builds the Apollo Server (no HTTP here): schema, plugins, error masking. `server/http.ts` puts it
 * behind node:http; tests can call `executeOperation` on it directly.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { unwrapResolverError } from '@apollo/server/errors';
import { buildSchema, GraphQLError, Kind, valueFromASTUntyped, type FragmentDefinitionNode, type GraphQLFormattedError } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from './config.js';
import type { Context } from './context.js';
import { log } from './log.js';
import { loadTypeDefs, resolvers } from './graphql/schema.js';
import { domainToFormatted } from './graphql/errors.js';
import { directExecution } from './graphql/direct.js';
import { DomainError } from './db/errors.js';
import { CostError, operationCost } from './cost.js';
import { personalDataReads, protectPersonalData } from './privacy.js';
import { recordPersonalDataReads } from './db/repos/audit.repo.js';

/** Codes whose message was written for the caller; anything else is masked. */
const SAFE_CODES = new Set([
  'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN',
  'NOT_FOUND', 'CONFLICT', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE', 'RATE_LIMITED', 'DATABASE_UNAVAILABLE', 'TIMEOUT', 'COST_LIMIT_EXCEEDED', 'SERVER_BUSY',
]);

export function createApollo(config: Config): ApolloServer<Context> {
  // Operation limits (depth, cost, aliases, directives, tokens); suggestions are hidden in production.
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth, flattenFragments: true },
    // Armor's cost counts only literal page sizes; server/cost.ts counts variables and declared field costs.
    costLimit: { enabled: false },
    maxAliases: { n: config.limits.maxAliases },
    maxDirectives: { n: config.limits.maxDirectives },
    // Tokens are limited by graphql-js's own parser (parseOptions below): a document past the limit is
    // then a parse error (400), where Armor's plugin answered 500.
    maxTokens: { enabled: false },
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
  const typeDefs = loadTypeDefs();
  const sdl = buildSchema(typeDefs);
  const hasField = (type: string, field: string) => { const t = sdl.getType(type) as { getFields?: () => Record<string, unknown> } | undefined; return !!t?.getFields?.()[field]; };
  return new ApolloServer<Context>({
    typeDefs,
    resolvers: protectPersonalData(resolvers, hasField),
    introspection: config.introspection,
    csrfPrevention: true,
    // server/index.ts owns signals and stops Apollo in order (HTTP, Apollo, driver, database).
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    // Stack traces carry absolute file paths: only with an explicit SAMKART_DEBUG_ERRORS, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: config.debugErrors,
    plugins: [...plugins, costLimit(config.limits.maxCost), httpStatusOfDomainErrors, auditPersonalDataReads, ...(config.directExecution ? [directExecution] : [])],
    validationRules: protection.validationRules,
    formatError: (formatted, error) => maskError(formatted, error, !config.debugErrors, config.production),
  });
}

/**
 * Refuses an operation whose cost (server/cost.ts, with its variables) is above the limit, after
 * validation and before execution: nothing of it runs.
 */
function costLimit(maxCost: number): ApolloServerPlugin<Context> {
  const costs = new WeakMap<object, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw new GraphQLError('Subscriptions are not supported: send a query or a mutation.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
          }
          // The operation node is Apollo's cached document's: its cost is computed once per variables.
          let byVariables = costs.get(operation);
          if (!byVariables) costs.set(operation, byVariables = new Map());
          const key = JSON.stringify(request.variables ?? {});
          let cost = byVariables.get(key);
          if (cost === undefined) {
            const fragments = Object.fromEntries(document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
            const variables: Record<string, unknown> = {};
            for (const v of operation.variableDefinitions ?? []) if (v.defaultValue) variables[v.variable.name.value] = valueFromASTUntyped(v.defaultValue);
            Object.assign(variables, request.variables ?? {});
            cost = operationCost(schema, operation, fragments, variables, maxCost);
            if (key.length <= 2_000 && byVariables.size < 256) byVariables.set(key, cost);
          }
          if (cost > maxCost) throw new CostError(Math.ceil(cost), maxCost);
        },
      };
    },
  };
}

/** Who read which contact person's data, and when: one audit entry per person per request. */
const auditPersonalDataReads: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        const read = personalDataReads(contextValue);
        if (!read.length) return;
        await recordPersonalDataReads(contextValue.db.withLimits({}), contextValue.viewer.id, read)
          .catch((e) => log.error('could not record reads of personal data in the audit trail', { error: String(e), by: contextValue.viewer.id }));
      },
    };
  },
};

/**
 * A database that cannot be reached is not the caller's fault and not a bug: the response is HTTP
 * 503 with Retry-After (load balancers and clients know what to do with it), not 200.
 */
const httpStatusOfDomainErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        const unavailable = errors?.map((e) => unwrapResolverError(e)).find((e): e is DomainError => e instanceof DomainError && (e.kind === 'UNAVAILABLE' || e.kind === 'BUSY'));
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
export function maskError(formatted: GraphQLFormattedError, error: unknown, hideDetails: boolean, production = hideDetails): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return domainToFormatted(formatted, original);
  // graphql-js stops coercing variables after 50 errors with an error that carries no code; it is
  // the caller's input, not a fault of ours.
  if (/^Too many errors processing variables/.test(formatted.message)) {
    return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = requestError(original) ? 'BAD_USER_INPUT' : String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (SAFE_CODES.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    // Suggestions ("Did you mean …?") list names of the schema; in production they are left out
    // everywhere, also in variable and enum errors that Armor's validation rule does not see.
    const message = production ? formatted.message.replace(/\s*Did you mean [^?]*\?/g, '') : formatted.message;
    return hideDetails ? { ...formatted, message, extensions: { ...extensions, code } } : { ...formatted, message, extensions: { ...formatted.extensions, code } };
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

/**
 * An error graphql-js raised about the request itself, outside any field and with no cause of its
 * own (its limit of 50 variable errors, say): the caller's to fix, not a bug of ours.
 */
function requestError(error: unknown): boolean {
  return error instanceof GraphQLError && !error.originalError && !error.path && !error.extensions?.code;
}
