import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { isDatabaseUnavailable } from './unavailable.ts';

/**
 * The documented error codes. Clients branch on `extensions.code`, never on message text;
 * this list is the contract, repeated in the schema description and the README.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  LEASE_EXPIRED: 'LEASE_EXPIRED',
  WELLNESS_BREAK: 'WELLNESS_BREAK',
  /** The case must go to a specialist tier (an S0 case cannot take a primary decision): escalate it. */
  ESCALATION_REQUIRED: 'ESCALATION_REQUIRED',
  /** The queue needs a certification the evaluator does not hold (or let expire); `extensions.certification` says which. */
  NOT_CERTIFIED: 'NOT_CERTIFIED',
  /** Every attempt the training program allows has been used. */
  ATTEMPT_LIMIT_REACHED: 'ATTEMPT_LIMIT_REACHED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /**
   * The request cannot be served as sent (HTTP 400): a subscription over HTTP (use the
   * WebSocket), a CSRF-unsafe request (send `content-type: application/json`), or an array of
   * operations; HTTP 405 for a mutation by GET or a method other than GET and POST.
   */
  BAD_REQUEST: 'BAD_REQUEST',
  /** `operationName` names no operation of the document, or is missing where it has several. */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  /** Automatic persisted queries: the hash is not known yet; send the query text with it. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  /**
   * Temporary: the database cannot be reached (or asked for the transaction to be run again).
   * Nothing was changed; send the same request again after `extensions.retryAfterSeconds` (over
   * HTTP: status 503 and a `Retry-After` header), with the same idempotency key.
   */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /**
   * The API token sent more requests than its limit allows in the current minute. Send again
   * after `extensions.retryAfterSeconds` (over HTTP: status 429 and a `Retry-After` header).
   */
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A failure the caller can act on. Services throw these; `formatError` shows them as they are. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Facts a client needs to act, e.g. `breakEndsAt` for WELLNESS_BREAK. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in first.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, field?: string) {
    super(ErrorCode.BAD_USER_INPUT, message, field);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} was not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, field?: string) {
    super(ErrorCode.CONFLICT, message, field);
  }
}

/** How long a client waits before retrying a SERVICE_UNAVAILABLE: a restart of Postgres takes about a second. */
export const retryAfterSeconds = 2;

/** The database is unreachable; see ErrorCode.SERVICE_UNAVAILABLE. */
export class ServiceUnavailableError extends AppError {
  constructor() {
    super(ErrorCode.SERVICE_UNAVAILABLE, 'The service is temporarily unavailable; retry shortly.', undefined, { retryAfterSeconds });
  }
}

/** An API token over its request limit; see ErrorCode.RATE_LIMITED. */
export class RateLimitedError extends AppError {
  constructor(message: string, retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, message, undefined, { retryAfterSeconds });
  }
}

/**
 * The first broken constraint of a class-validator result and the dotted path of its field inside
 * the input (`subject.searchQuery.text`), however deep the nesting.
 */
export function firstViolation(errors: readonly ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = Object.values(error.constraints ?? {})[0];
    if (message) return { field, message };
    const nested = firstViolation(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** Codes produced by graphql-js, Apollo and graphql-armor that are safe to pass through. */
const passThroughCodes = new Set<string>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.BAD_REQUEST,
  ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

/**
 * Errors graphql-js and Apollo raise about the request itself without a code, which would
 * otherwise be masked as INTERNAL_SERVER_ERROR: graphql-js stops coercing variables after 50
 * errors (Apollo codes the 50, not this one), and Apollo refuses a persisted-query hash that does
 * not match its query (with HTTP 400).
 */
const uncodedRequestErrors: [string, ErrorCode][] = [
  ['Too many errors processing variables', ErrorCode.BAD_USER_INPUT],
  ['provided sha does not match query', ErrorCode.BAD_REQUEST],
];

/**
 * The one place errors leave the server. Known failures keep their code and message; input
 * validation names the offending field; anything else is logged and masked, so no stack
 * trace or internal message reaches a client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void = (e) => console.error(e),
): GraphQLFormattedError {
  let original = error;
  while (original instanceof GraphQLError && original.originalError) original = original.originalError;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  // An outage is not a bug: not logged (the pubsub says once that the database went away), and
  // the client is told to retry instead of being told the server is broken.
  if (!(original instanceof AppError) && isDatabaseUnavailable(original)) original = new ServiceUnavailableError();

  if (original instanceof AppError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), ...original.details },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const violation = firstViolation(original.extensions.validationErrors);
    return {
      ...base,
      message: violation ? `Invalid input: ${violation.message}.` : 'Invalid input.',
      extensions: { code: ErrorCode.BAD_USER_INPUT, ...(violation ? { field: violation.field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  const uncoded = original instanceof GraphQLError && !original.originalError ? uncodedRequestErrors.find(([start]) => original.message.startsWith(start)) : undefined;
  if (uncoded) return { ...base, extensions: { code: uncoded[1] } };
  if (typeof code === 'string' && passThroughCodes.has(code)) {
    return { ...base, extensions: { code } };
  }
  log(original);
  return { ...base, message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
