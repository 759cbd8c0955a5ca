import type { EntityManager } from '@mikro-orm/postgresql';
import { event, publish } from '../kernel/pubsub.ts';
import type { Actor } from '../kernel/viewer.ts';
import { AuditEvent, ActorType } from './audit-event.entity.ts';
import { type Page, type PageResult, findPage } from '../kernel/pagination.ts';

export interface AuditedChange {
  /** `area.verb`, e.g. `user.profile_updated`. */
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditFilter {
  actorId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  action?: string | null;
}

export class AuditService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Writes the audit rows for changes, in the caller's transaction, and announces each to live
   * subscribers once it commits. Refuses to run outside a transaction: an audit row that
   * could commit without its change, or a change without its row, is what this log prevents.
   */
  async record(actor: Actor, ...changes: AuditedChange[]): Promise<void> {
    if (!this.em.isInTransaction()) throw new Error('AuditService.record must run inside the transaction of the change');
    const appended = changes.map((change) =>
      this.em.create(AuditEvent, {
        actorType: ActorType[actor.type],
        actorId: actor.id ?? undefined,
        action: change.action,
        entityType: change.entityType,
        entityId: change.entityId,
        before: change.before ?? undefined,
        after: change.after ?? undefined,
      }),
    );
    await this.em.flush();
    await publish(this.em, ...appended.map((row) => event('AUDIT_EVENT_APPENDED', { auditEventId: row.id, action: row.action, entityType: row.entityType })));
  }

  async findById(id: string): Promise<AuditEvent | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    return this.em.findOne(AuditEvent, { id });
  }

  /** Newest first. */
  async list(filter: AuditFilter, page: Page): Promise<PageResult<AuditEvent>> {
    const where = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined && value !== null));
    return findPage(this.em, AuditEvent, where, { id: 'desc' }, page);
  }
}

/** The fields of `after` whose values differ from `before`, as two small objects for the log. */
export function diff<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const changedBefore: Partial<T> = {};
  const changedAfter: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changedBefore[key] = before[key];
      changedAfter[key] = after[key];
    }
  }
  return { before: changedBefore, after: changedAfter };
}
