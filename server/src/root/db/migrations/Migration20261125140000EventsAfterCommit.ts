import { Migration } from '@mikro-orm/migrations';

/** Audit events are announced after commit by the application now (see kernel/pubsub.ts). */
export class Migration20261125140000EventsAfterCommit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger audit_event_notify on "audit_event";`);
    this.addSql(`drop function audit_event_notify();`);
  }
}
