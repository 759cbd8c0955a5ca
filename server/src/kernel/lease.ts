import { type EntityClass, LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from './ids.ts';
import { AppError, ConflictError, ErrorCode, ForbiddenError, NotFoundError } from './errors.ts';

/**
 * Leases: how Vigil hands one piece of work (a case, an escalation, a QA task) to one person at
 * a time. One mechanism, whatever is leased:
 *
 * - **The claim** is one statement built by `claimCandidate` (below): a candidate CTE that walks
 *   a partial index in its order with `for update … skip locked`, then an UPDATE that sets the
 *   holder and `lease_expires_at`, and a `held` CTE that gives a claimer back what they still hold
 *   (a reloaded screen gets its work back instead of leaving it locked until the lease runs out).
 * - **The lease is data**, `lease_expires_at`, not a timer: a row whose lease has passed is
 *   claimable again, across instances and restarts, with nothing kept in memory.
 * - **The holder check** (`assertHolds`) answers, in this order: CONFLICT when the work is
 *   finished, FORBIDDEN when the caller does not hold it, LEASE_EXPIRED when their lease ran out.
 * - **The lock** (`lockLeased`) row-locks the work until the transaction ends, so a decision, a
 *   release and a heartbeat on one row serialise; **the heartbeat** (`extendLease`) pushes the
 *   expiry one lease length past now.
 *
 * Each area keeps its own rules (who may be handed what: the QA own-work exclusion, the named
 * specialist, wellness and certification for cases) and passes them in as SQL conditions.
 */

/** What the holder check needs to know about a leased row. */
export interface LeaseState {
  /** Who holds it; null when nobody does. */
  holderId: string | null;
  /** When the lease runs out; null when it is not leased. */
  expiresAt: Date | null;
  /** Finished work (resolved, done): nothing more is done under a lease. */
  finished: boolean;
  /** Kept by its holder without a lease (an escalation on hold): no expiry to check. */
  keptWithoutLease?: boolean;
}

/** How the messages name the leased thing: "this case", "already resolved", "back to the queue". */
export interface LeaseWords {
  /** e.g. 'case', 'escalation', 'QA task'. */
  noun: string;
  /** e.g. 'resolved', 'done'. */
  finished: string;
  /** Where an expired lease sends the work, e.g. 'the queue', 'its tier'. */
  returnsTo: string;
}

/** CONFLICT when finished, FORBIDDEN unless `userId` holds it, LEASE_EXPIRED once the lease ran out. */
export function assertHolds(lease: LeaseState, userId: string, words: LeaseWords, now = Date.now()): void {
  if (lease.finished) throw new ConflictError(`This ${words.noun} is already ${words.finished}.`);
  if (lease.holderId !== userId) throw new ForbiddenError(`You do not hold this ${words.noun}; claim it first.`);
  if (lease.keptWithoutLease) return;
  if (!lease.expiresAt || lease.expiresAt.getTime() <= now) {
    throw new AppError(ErrorCode.LEASE_EXPIRED, `Your lease on this ${words.noun} has expired; it went back to ${words.returnsTo}.`);
  }
}

/**
 * The row, locked until the transaction ends; NOT_FOUND (named `notFound`) for an id that is no
 * uuid or names nothing. Relations are not joined: a joined SELECT … FOR UPDATE locks their rows
 * too (for cases that meant every decision in a queue waited on the queue row; measured about
 * 40 cycles/s instead of hundreds), so callers populate what they need afterwards.
 */
export async function lockLeased<T extends object>(em: EntityManager, entity: EntityClass<T>, id: string, notFound: string): Promise<T> {
  if (!em.isInTransaction()) throw new Error(`Locking a ${entity.name} must run in a transaction`);
  const found = isUuid(id) ? await em.findOne(entity, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!found) throw new NotFoundError(notFound);
  return found as T;
}

/** The heartbeat: the lease now runs `leaseMs` from now. Call on a row locked by `lockLeased` after `assertHolds`. */
export function extendLease(leased: { leaseExpiresAt?: Date | null }, leaseMs: number, now = Date.now()): Date {
  leased.leaseExpiresAt = new Date(now + leaseMs);
  return leased.leaseExpiresAt;
}

/** SQL: when a lease granted now, lasting the milliseconds `leaseMs` evaluates to, runs out. */
export function leaseUntil(leaseMs: string): string {
  return `now() + make_interval(secs => (${leaseMs})::double precision / 1000)`;
}

/** The `held` CTE's body: what the claimer still holds in this scope, under a live lease (at most one row). */
export function heldBy(held: { table: string; alias: string; columns: string; holder: string; scope: string[]; leasedStatus: string }): string {
  const where = [`${held.alias}.assignee_id = ${held.holder}`, ...held.scope, held.leasedStatus, `${held.alias}.lease_expires_at > now()`].join('\n    and ');
  return `select ${held.columns}
  from ${held.table}
  where ${where}
  limit 1`;
}

/** The candidate scan of a claim: what `claimCandidate` needs from the area. */
export interface ClaimScan {
  /** The leased table and its alias, e.g. `escalation e`. */
  table: string;
  alias: string;
  /** Columns the claim needs from the candidate (its id first), e.g. `e.id, e.status, e.assignee_id`. */
  columns: string;
  /**
   * Equalities on the index's leading columns, against bound values (`$1`), never columns of
   * another CTE: see the docblock of `claimCandidate`.
   */
  scope: string[];
  /**
   * Which rows are claimable: the partial index's predicate, so the planner can use it, plus the
   * lease-is-data rule (a lapsed lease is claimable again).
   */
  claimable: string;
  /** The area's own rules, each a condition on the candidate row (or a gate with no row at all). */
  rules: string[];
  /** The partial index's column order after the scope: the queue order. */
  orderBy: string;
}

/**
 * The candidate CTE's body: the best claimable row in queue order, locked, skipping rows other
 * claims have locked (`for update of … skip locked`: concurrent claimers never wait on each other
 * and never get the same row).
 *
 * The scope and the area's rules take the claimer and the queue (tier, kind) as bound values,
 * not from a join with a `params` CTE: on the inner side of a join the index order is lost, and
 * Postgres sorted the whole queue on every claim (found on the case claim, cases/case.sql.ts; the
 * escalation and QA claims did the same until they bound their values too). The control in
 * tests/db/claim-plans.test.ts shows the planner still sorts such a join over a few thousand
 * rows, and that no claim's plan does. Each claim has a partial index that holds exactly the claimable
 * statuses, leading with the scope's columns and then `orderBy`, so the scan starts at the best
 * row and the LIMIT stops it at the first one it can lock.
 */
export function claimCandidate(scan: ClaimScan): string {
  const where = [...scan.scope, scan.claimable, ...scan.rules].map((condition) => `(${condition})`).join('\n    and ');
  return `select ${scan.columns}
  from ${scan.table}
  where ${where}
  order by ${scan.orderBy}
  limit 1
  for update of ${scan.alias} skip locked`;
}
