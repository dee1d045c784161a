/**
 * The one place the environment is read. Validated once at start; every message names the
 * variable and says what is expected. README.md documents each variable.
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { parseApiTokens, type AuthConfig } from './auth.js';

const ROOT = path.resolve(import.meta.dirname, '..');

const bool = (name: string) => z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')
  .optional().describe(name);
const port = z.coerce.number({ error: 'must be a number' }).int('must be a whole number')
  .min(0, 'must be from 0 to 65535').max(65535, 'must be from 0 to 65535');
const positive = z.coerce.number({ error: 'must be a number' }).int('must be a whole number').positive('must be above 0');

const env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a Neo4j URI such as bolt://localhost:7687, neo4j://host:7687 or neo4j+s://xxxx.databases.neo4j.io').optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a database name (letters, digits, dots and dashes)').default('neo4j'),
  NEO4J_EMBEDDED_PORT: port.default(7687),
  NEO4J_EMBEDDED_HEAP: z.string().regex(/^\d+[mg]$/i, 'must be a size such as 512m or 1g').default('1g'),
  NEO4J_EMBEDDED_PAGECACHE: z.string().regex(/^\d+[mg]$/i, 'must be a size such as 256m or 1g').default('256m'),
  SAMKART_DATA_DIR: z.string().min(1).default(path.join(ROOT, '.data/neo4j')),
  SAMKART_LOAD_DATA: z.enum(['auto', 'always', 'never']).default('auto'),
  SAMKART_CONNECT_RETRIES: positive.default(10),
  SAMKART_INTROSPECTION: bool('SAMKART_INTROSPECTION'),
  SAMKART_LANDING_PAGE: bool('SAMKART_LANDING_PAGE'),
  SAMKART_BODY_LIMIT: positive.default(100_000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SAMKART_API_TOKENS: z.string().optional(),
  SAMKART_JWT_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)').optional(),
  SAMKART_JWT_ISSUER: z.string().min(1).default('samkart'),
  SAMKART_JWT_AUDIENCE: z.string().min(1).default('samkart'),
  SAMKART_MAX_DEPTH: positive.default(6),
  SAMKART_MAX_COST: positive.default(7_500),
  SAMKART_MAX_ALIASES: positive.default(15),
  SAMKART_MAX_DIRECTIVES: positive.default(50),
  SAMKART_MAX_TOKENS: positive.default(1_000),
  SAMKART_RATE_LIMIT: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 (off) or more').default(600),
  SAMKART_TRUST_PROXY: bool('SAMKART_TRUST_PROXY'),
  SAMKART_AUTH_FAILURE_LIMIT: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 (off) or more').default(20),
  SAMKART_REFUSAL_LIMIT: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 (off) or more').default(60),
  SAMKART_OPERATION_TIMEOUT_MS: positive.default(30_000),
  SAMKART_SHUTDOWN_GRACE_MS: positive.default(10_000),
  SAMKART_DEBUG_ERRORS: bool('SAMKART_DEBUG_ERRORS'),
  SAMKART_DIRECT_EXECUTION: bool('SAMKART_DIRECT_EXECUTION'),
  SAMKART_ANALYSIS_WORKERS: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 (main thread) or more').max(64, 'must be 64 or fewer').optional(),
  SAMKART_ANALYSIS_QUEUE: positive.default(32),
  SAMKART_IDEMPOTENCY_TTL_S: positive.default(86_400),
});

export type Config = ReturnType<typeof loadConfig>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env) {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = env.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0])}=${JSON.stringify(cleaned[String(i.path[0])] ?? '')}: ${i.message}`));
  }
  const e = parsed.data;
  let apiTokens;
  try {
    apiTokens = parseApiTokens(e.SAMKART_API_TOKENS);
  } catch (err) {
    throw new ConfigError([(err as Error).message]);
  }
  const production = e.NODE_ENV === 'production';
  return {
    production,
    host: e.HOST,
    port: e.PORT,
    neo4j: e.NEO4J_URI
      ? { mode: 'external' as const, uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : { mode: 'embedded' as const, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: 'neo4j' },
    embedded: { port: e.NEO4J_EMBEDDED_PORT, heap: e.NEO4J_EMBEDDED_HEAP, pageCache: e.NEO4J_EMBEDDED_PAGECACHE, dataDir: path.resolve(e.SAMKART_DATA_DIR) },
    loadData: e.SAMKART_LOAD_DATA,
    connectRetries: e.SAMKART_CONNECT_RETRIES,
    introspection: e.SAMKART_INTROSPECTION ?? !production,
    landingPage: e.SAMKART_LANDING_PAGE ?? !production,
    bodyLimit: e.SAMKART_BODY_LIMIT,
    logLevel: e.LOG_LEVEL,
    webDir: path.join(ROOT, 'dist/web'),
    auth: {
      apiTokens,
      jwtSecret: e.SAMKART_JWT_SECRET ? new TextEncoder().encode(e.SAMKART_JWT_SECRET) : null,
      jwtIssuer: e.SAMKART_JWT_ISSUER,
      jwtAudience: e.SAMKART_JWT_AUDIENCE,
    } satisfies AuthConfig,
    limits: {
      maxDepth: e.SAMKART_MAX_DEPTH, maxCost: e.SAMKART_MAX_COST, maxAliases: e.SAMKART_MAX_ALIASES,
      maxDirectives: e.SAMKART_MAX_DIRECTIVES, maxTokens: e.SAMKART_MAX_TOKENS,
      /** Requests per minute per client (token subject or IP); 0 turns it off. */
      ratePerMinute: e.SAMKART_RATE_LIMIT,
      /** Failed sign-ins per minute per client IP before 429; 0 turns it off. */
      authFailuresPerMinute: e.SAMKART_AUTH_FAILURE_LIMIT,
      /** Refused requests (400) per minute per client before its answers come late, as 429; 0 turns it off. */
      refusalsPerMinute: e.SAMKART_REFUSAL_LIMIT,
    },
    trustProxy: e.SAMKART_TRUST_PROXY ?? false,
    /** Server-side time limit of one GraphQL operation (database transactions and JS work). */
    operationTimeoutMs: e.SAMKART_OPERATION_TIMEOUT_MS,
    /** How long the answer to a mutation sent with an Idempotency-Key is kept for retries. */
    idempotencyTtlMs: e.SAMKART_IDEMPOTENCY_TTL_S * 1000,
    /** How long in-flight requests may take to finish when the server is stopped. */
    shutdownGraceMs: e.SAMKART_SHUTDOWN_GRACE_MS,
    /** Stack traces in error responses: only when explicitly asked for, never by default. */
    debugErrors: e.SAMKART_DEBUG_ERRORS ?? false,
    /** Queries answered by the direct executor where it can (server/graphql/direct.ts); false: graphql-js always. */
    directExecution: e.SAMKART_DIRECT_EXECUTION ?? true,
    /** Worker threads for graph metrics and layout (default: cores - 1, 1 to 4) and their queue. */
    analysis: { workers: e.SAMKART_ANALYSIS_WORKERS ?? Math.max(1, Math.min(4, os.availableParallelism() - 1)), queueLimit: e.SAMKART_ANALYSIS_QUEUE },
  };
}
