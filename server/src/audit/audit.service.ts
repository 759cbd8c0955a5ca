import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBatch } from '../kernel/bulk.ts';
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
    // The caller's pending changes go first, as they always have; the rows themselves are one
    // multi-row insert rather than an entity each (an ingest batch writes 500: measured in
    // `npm run bench`, the ORM's unit of work for them was most of the batch's CPU).
    await this.em.flush();
    if (changes.length === 0) return;
    const rows = await executeBatch<{ id: string; action: string; entity_type: string }>(
      this.em,
      `insert into audit_event (actor_type, actor_id, action, entity_type, entity_id, before, after)
       select ?, ?::uuid, r.action, r.entity_type, r.entity_id, r.before, r.after
       from jsonb_to_recordset(?::jsonb) as r(action text, entity_type text, entity_id text, before jsonb, after jsonb)
       returning id::text as id, action, entity_type`,
      [
        ActorType[actor.type],
        actor.id ?? null,
        JSON.stringify(changes.map((change) => ({ action: change.action, entity_type: change.entityType, entity_id: change.entityId, before: change.before ?? null, after: change.after ?? null }))),
      ],
    );
    await publish(this.em, ...rows.map((row) => event('AUDIT_EVENT_APPENDED', { auditEventId: row.id, action: row.action, entityType: row.entity_type })));
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
