import {
  Client,
  type CombinedError,
  type Operation,
  cacheExchange,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
} from '@urql/core';
import { createClient as createSocket } from 'graphql-ws';

/** The `extensions.code` values the API documents (schema description). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'LEASE_EXPIRED'
  | 'WELLNESS_BREAK'
  | 'ESCALATION_REQUIRED'
  | 'NOT_CERTIFIED'
  | 'ATTEMPT_LIMIT_REACHED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'QUERY_TOO_COMPLEX'
  /** Temporary (the database is unreachable); HTTP 503 with Retry-After. Screens say "try again". */
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** The server closes an unauthenticated socket with this code. */
const unauthorizedCloseCode = 4401;

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'number';
}

/**
 * The code of the first coded GraphQL error, so screens branch on codes and never on message
 * text. A socket the server closed as unauthorized counts as UNAUTHENTICATED; any other
 * transport failure has no code (the screen shows a generic "try again").
 */
export function errorCode(error: CombinedError | null | undefined): ErrorCode | undefined {
  if (!error) return undefined;
  for (const graphQLError of error.graphQLErrors) {
    const code = graphQLError.extensions?.code;
    if (typeof code === 'string') return code as ErrorCode;
  }
  const cause: unknown = error.networkError?.cause ?? error.networkError;
  if (isCloseEvent(cause) && cause.code === unauthorizedCloseCode) return 'UNAUTHENTICATED';
  return undefined;
}

/** The input field a BAD_USER_INPUT or CONFLICT error blames, e.g. `newPassword`. */
export function errorField(error: CombinedError | null | undefined): string | undefined {
  const field = error?.graphQLErrors.find((e) => typeof e.extensions?.field === 'string')?.extensions?.field;
  return typeof field === 'string' ? field : undefined;
}

/** A fact the server adds to a coded error, e.g. `breakEndsAt` on WELLNESS_BREAK. */
export function errorDetail(error: CombinedError | null | undefined, name: string): string | undefined {
  const value = error?.graphQLErrors.find((e) => e.extensions?.[name] !== undefined)?.extensions?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** The server's human message for the first error, for showing next to a form field. */
export function errorMessage(error: CombinedError | null | undefined): string | undefined {
  return error?.graphQLErrors[0]?.message;
}

/**
 * Operations whose UNAUTHENTICATED answer means "wrong password", not "your session is gone":
 * those screens show the error instead of being sent to the sign-in page.
 */
const passwordChecks = new Set(['SignIn', 'ChangeMyPassword']);

function operationName(operation: Operation): string | undefined {
  for (const definition of operation.query.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  }
  return undefined;
}

export type SocketStatus = 'idle' | 'connecting' | 'connected' | 'closed';

let socketStatus: SocketStatus = 'idle';
const socketListeners = new Set<(status: SocketStatus) => void>();

function setSocketStatus(status: SocketStatus): void {
  socketStatus = status;
  for (const listener of socketListeners) listener(status);
}

/**
 * Follows the subscription socket; the listener hears the current status at once. The socket
 * is lazy, so it is `idle` until a screen subscribes and `closed` after the last one leaves.
 */
export function watchSocket(listener: (status: SocketStatus) => void): () => void {
  socketListeners.add(listener);
  listener(socketStatus);
  return () => socketListeners.delete(listener);
}

export interface VigilClientOptions {
  /** Called when any operation finds the session missing or expired. */
  onUnauthenticated: () => void;
}

/**
 * The app's one urql client. Everything is a POST with a JSON body: the API's CSRF prevention
 * refuses plain GETs, and the HttpOnly session cookie rides along on same-origin requests, so
 * no token ever passes through page scripts. Subscriptions use graphql-ws on the same path;
 * the browser sends the cookie on the upgrade, so no connection params are needed.
 */
export function createVigilClient(options: VigilClientOptions): Client {
  const url = new URL('/graphql', location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';

  const socket = createSocket({
    url: url.href,
    // Open the socket only while a screen subscribes, and come back after a server restart
    // or a network blip. graphql-ws never retries a 4401 (unauthorized) close.
    lazy: true,
    retryAttempts: Infinity,
    // Exponential backoff with jitter, capped so a long outage still recovers within ~10 s.
    retryWait: (retries) =>
      new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 10_000) + Math.random() * 500)),
    on: {
      connecting: () => setSocketStatus('connecting'),
      connected: () => setSocketStatus('connected'),
      closed: () => setSocketStatus('closed'),
    },
  });

  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    exchanges: [
      mapExchange({
        onError(error, operation) {
          if (errorCode(error) === 'UNAUTHENTICATED' && !passwordChecks.has(operationName(operation) ?? '')) {
            options.onUnauthenticated();
          }
        },
      }),
      // Document cache: a mutation returning a `User` re-runs every active query that showed a
      // `User` (the header's name follows a profile change without extra code).
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const payload = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = socket.subscribe(payload, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
