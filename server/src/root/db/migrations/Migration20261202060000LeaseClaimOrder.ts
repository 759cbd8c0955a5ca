import { Migration } from '@mikro-orm/migrations';

/**
 * The escalation and QA claims walk partial indexes in exactly their ORDER BY (see
 * kernel/lease.ts): the escalation index gains the tie-break `created_at` (without it Postgres
 * sorted each tier's SLA ties), and QA tasks of one queue get an index of their own, since the
 * kind-wide one would be filtered row by row for a queue's claim.
 */
export class Migration20261202060000LeaseClaimOrder extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "escalation_claim_order";`);
    this.addSql(`create index "escalation_claim_order" on "escalation" ("tier_code", "sla_due_at", "created_at") where "status" in ('OPEN', 'CLAIMED');`);
    this.addSql(`create index "qa_task_queue_claim_order" on "qa_task" ("queue_id", "kind", "created_at") where "status" <> 'DONE';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "qa_task_queue_claim_order";`);
    this.addSql(`drop index "escalation_claim_order";`);
    this.addSql(`create index "escalation_claim_order" on "escalation" ("tier_code", "sla_due_at") where "status" in ('OPEN', 'CLAIMED');`);
  }
}
