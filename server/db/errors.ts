/**
 * Domain errors: what the data layer (and the domain code above it) throws when a request cannot be
 * answered as asked. They know nothing of GraphQL or HTTP; the GraphQL layer (its errors.ts) maps each
 * kind to an `extensions.code` in one place.
 */

/** The kinds a caller can act on; anything else is a bug and is masked as an internal error. */
export type DomainErrorKind = 'NOT_FOUND' | 'CONFLICT' | 'INVALID' | 'UNAVAILABLE' | 'TIMEOUT' | 'FORBIDDEN' | 'BUSY';

export interface DomainErrorDetails {
  /** The argument or input field the error is about, e.g. `input.id` or `filter.minWeight`. */
  field?: string;
  /** One message per bad field, for forms. */
  fieldErrors?: Record<string, string>;
  /** Seconds after which a retry may succeed (UNAVAILABLE, TIMEOUT). */
  retryAfter?: number;
}

export class DomainError extends Error {
  constructor(readonly kind: DomainErrorKind, message: string, readonly details: DomainErrorDetails = {}) {
    super(message);
    this.name = 'DomainError';
  }
}

/** No entity of that kind has that id. */
export class NotFound extends DomainError {
  constructor(what: string, id: string, field?: string) {
    super('NOT_FOUND', `No ${what} has the id "${id.slice(0, 200)}".`, { field });
  }
}

/** The change would clash with what is stored (an id taken, a duplicate relationship, a stale preview). */
export class Conflict extends DomainError {
  constructor(message: string, field?: string) {
    super('CONFLICT', message, { field, fieldErrors: field ? { [field]: message } : undefined });
  }
}

/** An argument or input value is not acceptable; the message says what and where. */
export class Invalid extends DomainError {
  constructor(message: string, field?: string, fieldErrors?: Record<string, string>) {
    super('INVALID', message, { field, fieldErrors });
  }
}

/** The database cannot be reached right now. */
export class Unavailable extends DomainError {
  constructor(message = 'The database is not available right now; try again shortly.', retryAfter = 5) {
    super('UNAVAILABLE', message, { retryAfter });
  }
}

/** The operation ran past its time limit, or its caller went away; its database work was cancelled. */
export class Timeout extends DomainError {
  constructor(message = 'The operation took longer than the server allows and was cancelled; ask for less (a smaller page, fewer fields) or try again.', retryAfter?: number) {
    super('TIMEOUT', message, { retryAfter });
  }
}
