import { Migration } from '@mikro-orm/migrations';

/** Statements of reasons are read from the decision feed by the day they were decided (enforcement/enforcement.sql.ts). */
export class Migration20261204140000StatementsOfReasons extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "decision_event_decided_at" on "decision_event" ("decided_at", "position");`);
  }
}
