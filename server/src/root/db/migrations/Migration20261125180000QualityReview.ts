import { Migration } from '@mikro-orm/migrations';

/**
 * Quality review: golden cases and the QA tasks (samples and adjudications), the QA decision
 * kinds, and the overturn notification. Golden copies are case rows that share their subject
 * with the real case, so the one-open-case-per-subject index leaves them out.
 */
export class Migration20261125180000QualityReview extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "golden_case" ("id" uuid not null, "source_case_id" uuid not null, "queue_id" uuid not null, "subject_id" uuid not null, "severity" text check ("severity" in ('S0', 'S1', 'S2', 'S3')) not null, "policy_code" text null, "sources" text[] not null, "reasons" text[] not null, "report_count" int not null, "verdict" text check ("verdict" in ('VIOLATING', 'NOT_VIOLATING', 'NEEDS_CONTEXT')) not null, "policy_codes" text[] not null, "action" text check ("action" in ('NO_ACTION', 'WARNING_INTERSTITIAL', 'STOP_SUGGESTING', 'DEMOTE_RESULTS', 'BLOCK_RESULTS', 'REMOVE_SUGGESTION', 'REMOVE_RESULT', 'WARN', 'RESTRICT_FEATURES', 'SUSPEND', 'BAN', 'REQUIRE_VERIFICATION', 'RESET_PROFILE_FIELDS')) not null, "action_params" jsonb not null, "explanation" text not null, "policy_version" int not null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "retired_at" timestamptz null, constraint "golden_case_pkey" primary key ("id"));`);
    this.addSql(`create index "golden_case_queue_id_index" on "golden_case" ("queue_id");`);
    this.addSql(`create unique index "golden_case_one_live_per_source" on "golden_case" ("source_case_id") where "retired_at" is null;`);

    this.addSql(`create table "qa_task" ("id" uuid not null, "kind" text check ("kind" in ('SAMPLE', 'ADJUDICATION')) not null, "case_id" uuid not null, "queue_id" uuid not null, "reviewed_decision_id" uuid not null, "status" text check ("status" in ('OPEN', 'CLAIMED', 'DONE')) not null default 'OPEN', "assignee_id" uuid null, "lease_expires_at" timestamptz null, "outcome" text check ("outcome" in ('CONFIRMED', 'OVERTURNED', 'ADJUDICATED')) null, "qa_decision_id" uuid null, "created_at" timestamptz not null default now(), "done_at" timestamptz null, constraint "qa_task_pkey" primary key ("id"));`);
    this.addSql(`create index "qa_task_claim_order" on "qa_task" ("kind", "created_at") where "status" <> 'DONE';`);
    this.addSql(`alter table "qa_task" add constraint "qa_task_case_id_kind_unique" unique ("case_id", "kind");`);

    this.addSql(`alter table "golden_case" add constraint "golden_case_source_case_id_foreign" foreign key ("source_case_id") references "review_case" ("id") on update cascade;`);
    this.addSql(`alter table "golden_case" add constraint "golden_case_queue_id_foreign" foreign key ("queue_id") references "queue" ("id") on update cascade;`);
    this.addSql(`alter table "golden_case" add constraint "golden_case_subject_id_foreign" foreign key ("subject_id") references "subject" ("id") on update cascade;`);
    this.addSql(`alter table "golden_case" add constraint "golden_case_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "qa_task" add constraint "qa_task_case_id_foreign" foreign key ("case_id") references "review_case" ("id") on update cascade;`);
    this.addSql(`alter table "qa_task" add constraint "qa_task_queue_id_foreign" foreign key ("queue_id") references "queue" ("id") on update cascade;`);
    this.addSql(`alter table "qa_task" add constraint "qa_task_reviewed_decision_id_foreign" foreign key ("reviewed_decision_id") references "decision" ("id") on update cascade;`);
    this.addSql(`alter table "qa_task" add constraint "qa_task_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "qa_task" add constraint "qa_task_qa_decision_id_foreign" foreign key ("qa_decision_id") references "decision" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(`alter table "decision" drop constraint if exists "decision_kind_check";`);

    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('ESCALATION_ANSWERED', 'ESCALATION_SLA_BREACHED', 'DECISION_OVERTURNED'));`);

    this.addSql(`alter table "review_case" add column "golden_case_id" uuid null;`);
    this.addSql(`alter table "review_case" add constraint "review_case_golden_case_id_foreign" foreign key ("golden_case_id") references "golden_case" ("id") on update cascade on delete set null;`);

    this.addSql(`drop index "review_case_one_open_per_subject";`);
    this.addSql(`create unique index "review_case_one_open_per_subject" on "review_case" ("subject_id") where "status" <> 'RESOLVED' and "golden_case_id" is null;`);
    this.addSql(`create index "review_case_golden_copies" on "review_case" ("golden_case_id") where "golden_case_id" is not null;`);

    this.addSql(`alter table "decision" add constraint "decision_kind_check" check("kind" in ('PRIMARY', 'SECOND_REVIEW', 'ESCALATION_RESOLUTION', 'QA_REVIEW', 'ADJUDICATION'));`);
  }
}
