import { Migration } from '@mikro-orm/migrations';

/**
 * Handle time measured by the server: the claim stamps `review_case.claimed_at`, and a decision
 * stores the gap from it (`decision.server_handle_time_ms`) beside the client's `handle_time_ms`.
 * Earlier primary and second-review decisions are backfilled from the audit log: the decider's
 * latest `case.claimed` of the case before the decision.
 */
export class Migration20261202100100ServerHandleTime extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "review_case" add column "claimed_at" timestamptz null;`);
    this.addSql(`alter table "decision" add column "server_handle_time_ms" int null;`);
    this.addSql(`update "decision" d set "server_handle_time_ms" = round(extract(epoch from d."created_at" - (
        select max(a."at") from "audit_event" a
        where a."entity_type" = 'Case' and a."entity_id" = d."case_id"::text and a."action" = 'case.claimed'
          and a."actor_id" = d."decided_by_id" and a."at" <= d."created_at"
      )) * 1000)::int
      where d."kind" in ('PRIMARY', 'SECOND_REVIEW');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "decision" drop column "server_handle_time_ms";`);
    this.addSql(`alter table "review_case" drop column "claimed_at";`);
  }
}
