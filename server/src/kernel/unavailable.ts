/**
 * Which failures mean "the database cannot be reached right now", as opposed to a bug. A request
 * that fails with one of these did not change anything the client can see half-done (every change
 * is one transaction), so the client may send it again; `formatError` answers them with
 * SERVICE_UNAVAILABLE. Seen while restarting the embedded PostgreSQL under load (tests/api/
 * database-outage.test.ts, tests/faults/): `connect ECONNREFUSED` while it is down, 57P01 on
 * sessions open when it stops, `Connection terminated unexpectedly` from `pg` when a socket dies
 * mid-query, each either bare (the LISTEN connection, the pool), or copied into MikroORM's
 * `DriverException` (which keeps `code` and `message`), or behind knex's acquire timeout.
 */

/**
 * SQLSTATEs of a server that is going away, starting, or cannot take the session: class 08
 * (connection exception) and these.
 */
const unavailableStates = new Set([
  '57P01', // admin_shutdown: a fast or smart shutdown ended the session
  '57P02', // crash_shutdown: another backend crashed, the postmaster restarts everyone
  '57P03', // cannot_connect_now: starting up, in recovery, or shutting down
  '53300', // too_many_connections: momentary, another instance will let go of some
]);

/**
 * Serialization failures and deadlocks: Postgres rolled the transaction back whole, and says to
 * run it again. Vigil's transactions are READ COMMITTED with row locks taken in one order, so
 * these should not surface; if one does, it is just as safe to retry as an outage, and the
 * client gets the same answer rather than a second retryable code.
 */
const retryStates = new Set(['40001', '40P01']);

/** Errors of the socket under a connection (Node's `code`). */
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTCONN']);

/**
 * `pg` reports a connection that died under it by message only (no code); knex names its
 * acquire timeout by class name, and MikroORM copies the message into its own exception.
 */
const connectionMessages = [
  /^Connection terminated/,
  /Client has encountered a connection error and is not queryable/,
  /Client was closed and is not queryable/,
  /^Connection ended unexpectedly/,
  /^Knex: Timeout acquiring a connection/,
  /^timeout expired$/,
  /^Query read timeout$/,
];

/** True when `error`, or an error it wraps, says the database is unreachable or asked for a retry. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!(current instanceof Error) || seen.has(current)) continue;
    seen.add(current);
    const { code, name } = current as Error & { code?: unknown };
    if (typeof code === 'string') {
      if (code.startsWith('08') && code.length === 5) return true;
      if (unavailableStates.has(code) || retryStates.has(code) || socketCodes.has(code)) return true;
    }
    if (name === 'KnexTimeoutError') return true;
    if (connectionMessages.some((pattern) => pattern.test(current.message))) return true;
    // Wrappers: `cause` (Node, AggregateError's siblings), graphql-js's `originalError`.
    pending.push((current as { cause?: unknown }).cause, (current as { originalError?: unknown }).originalError);
    if (current instanceof AggregateError) pending.push(...current.errors);
  }
  return false;
}
