import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditService } from '../audit/audit.service.ts';
import { isUuid } from '../kernel/ids.ts';
import { type Page, type PageResult, findPage } from '../kernel/pagination.ts';
import { BadUserInputError } from '../kernel/errors.ts';
import { event, publish } from '../kernel/pubsub.ts';
import type { Actor } from '../kernel/viewer.ts';
import { Notification, type NotificationKind } from './notification.entity.ts';

export interface NewNotification {
  kind: NotificationKind;
  text: string;
  escalationId?: string | null;
  reportId?: string | null;
  projectId?: string | null;
}

/** The inbox. Any area notifies people through `notify`, inside the transaction of its change. */
export class NotificationService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Adds the notification to each recipient's inbox in the caller's transaction (so it exists
   * exactly when the change does) and tells their open sessions once it commits.
   */
  async notify(recipientIds: string[], notification: NewNotification): Promise<Notification[]> {
    if (!this.em.isInTransaction()) throw new Error('NotificationService.notify must run inside the transaction of the change');
    const created = [...new Set(recipientIds)].map((recipient) => this.em.create(Notification, { recipient, ...notification }));
    await this.em.flush();
    await publish(this.em, ...created.map((row) => event('NOTIFICATION_RECEIVED', { recipientId: row.recipient.id, notificationId: row.id, kind: row.kind })));
    return created;
  }

  /** Newest first. */
  async list(recipientId: string, unreadOnly: boolean, page: Page): Promise<PageResult<Notification>> {
    const where = unreadOnly ? { recipient: recipientId, readAt: null } : { recipient: recipientId };
    return findPage(this.em, Notification, where, { createdAt: 'desc', id: 'desc' }, page);
  }

  async unreadCount(recipientId: string): Promise<number> {
    return this.em.count(Notification, { recipient: recipientId, readAt: null });
  }

  /** Marks the recipient's own notifications read; ids of others' or already read ones are passed over. Returns how many changed. */
  async markRead(actor: Actor & { type: 'USER' }, ids: string[]): Promise<number> {
    if (ids.length > 500) throw new BadUserInputError('Mark at most 500 notifications per call.', 'ids');
    const wanted = ids.filter(isUuid);
    if (wanted.length === 0) return 0;
    return this.em.transactional(async (tx) => {
      const marked = await tx.execute<{ id: string }[]>(
        `update notification set read_at = now() where recipient_id = ? and read_at is null and id in (?) returning id`,
        [actor.id, wanted],
      );
      if (marked.length > 0) {
        await new AuditService(tx).record(
          actor,
          ...marked.map((row) => ({ action: 'notification.read', entityType: 'Notification', entityId: row.id, before: { readAt: null }, after: { read: true } })),
        );
      }
      return marked.length;
    });
  }
}
