/**
 * The one place where domain errors (server/db/errors.ts) become GraphQL errors with an
 * `extensions.code`. Resolvers and the data layer throw domain errors; Apollo's formatError calls
 * `domainToFormatted` for them.
 */
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, type DomainErrorKind } from '../db/errors.js';

const CODE: Record<DomainErrorKind, string> = {
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID: 'BAD_USER_INPUT',
  UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
  FORBIDDEN: 'FORBIDDEN',
  BUSY: 'SERVER_BUSY',
};

/** The GraphQL code of a domain error kind. */
export function codeOf(kind: DomainErrorKind): string {
  return CODE[kind];
}

/** A domain error as the caller sees it: its message, its code, and the field it is about. */
export function domainToFormatted(formatted: GraphQLFormattedError, error: DomainError): GraphQLFormattedError {
  const { field, fieldErrors, retryAfter } = error.details;
  return {
    message: error.message,
    path: formatted.path,
    locations: formatted.locations,
    extensions: {
      code: codeOf(error.kind),
      ...(field ? { field, argumentName: field } : {}),
      ...(fieldErrors ? { fieldErrors } : {}),
      ...(retryAfter ? { retryAfter } : {}),
    },
  };
}
