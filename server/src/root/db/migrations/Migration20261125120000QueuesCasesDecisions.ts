import { Migration } from '@mikro-orm/migrations';

export class Migration20261125120000QueuesCasesDecisions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "policy" ("id" uuid not null, "version" int not null, "code" text not null, "name" text not null, "severity" text check ("severity" in ('S0', 'S1', 'S2', 'S3')) not null, "domains" text[] not null, "description" text not null, constraint "policy_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_version_index" on "policy" ("version");`);
    this.addSql(`alter table "policy" add constraint "policy_version_code_unique" unique ("version", "code");`);

    this.addSql(`create table "subject" ("id" uuid not null, "kind" text check ("kind" in ('SEARCH_QUERY', 'TYPEAHEAD_SUGGESTION', 'SEARCH_RESULT', 'ACCOUNT')) not null, "domain" text check ("domain" in ('SEARCH', 'ACCOUNT')) not null, "key" text not null, "locale" text not null, "details" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "subject_pkey" primary key ("id"));`);
    this.addSql(`alter table "subject" add constraint "subject_key_unique" unique ("key");`);

    this.addSql(`create table "queue" ("id" uuid not null, "name" text not null, "domain" text check ("domain" in ('SEARCH', 'ACCOUNT')) not null, "subject_kinds" text[] not null, "locales" text[] not null, "team_id" uuid not null, "required_certification" text null, "sla_targets_ms" jsonb not null, "lease_ms" int not null, "double_review_rate" double precision not null, "qa_sample_rate" double precision not null, "golden_rate" double precision not null, "created_at" timestamptz not null default now(), constraint "queue_pkey" primary key ("id"));`);
    this.addSql(`alter table "queue" add constraint "queue_name_unique" unique ("name");`);

    this.addSql(`create table "review_case" ("id" uuid not null, "queue_id" uuid not null, "subject_id" uuid not null, "status" text check ("status" in ('OPEN', 'IN_REVIEW', 'AWAITING_SECOND_REVIEW', 'IN_ADJUDICATION', 'ESCALATED', 'RESOLVED')) not null default 'OPEN', "severity" text check ("severity" in ('S0', 'S1', 'S2', 'S3')) not null, "policy_code" text null, "sources" text[] not null, "reasons" text[] not null, "report_count" int not null default 1, "external_id" text null, "arrived_at" timestamptz not null default now(), "sla_due_at" timestamptz not null, "assignee_id" uuid null, "lease_expires_at" timestamptz null, "second_review_required" boolean not null default false, "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "review_case_pkey" primary key ("id"));`);
    this.addSql(`create index "review_case_subject_id_index" on "review_case" ("subject_id");`);
    // The claim statement walks this in queue order; only claimable cases are in it.
    this.addSql(`create index "review_case_claim_order" on "review_case" ("queue_id", "severity", "sla_due_at", "arrived_at") where "status" in ('OPEN', 'IN_REVIEW', 'AWAITING_SECOND_REVIEW');`);
    // A new report about a subject with an unresolved case merges into it; this makes it so.
    this.addSql(`create unique index "review_case_one_open_per_subject" on "review_case" ("subject_id") where "status" <> 'RESOLVED';`);

    this.addSql(`create table "decision" ("id" uuid not null, "case_id" uuid not null, "kind" text check ("kind" in ('PRIMARY', 'SECOND_REVIEW')) not null, "decided_by_id" uuid not null, "verdict" text check ("verdict" in ('VIOLATING', 'NOT_VIOLATING', 'NEEDS_CONTEXT')) not null, "policy_codes" text[] not null, "policy_version" int not null, "action" text check ("action" in ('NO_ACTION', 'WARNING_INTERSTITIAL', 'STOP_SUGGESTING', 'DEMOTE_RESULTS', 'BLOCK_RESULTS', 'REMOVE_SUGGESTION', 'REMOVE_RESULT', 'WARN', 'RESTRICT_FEATURES', 'SUSPEND', 'BAN', 'REQUIRE_VERIFICATION', 'RESET_PROFILE_FIELDS')) not null, "action_params" jsonb not null, "rationale" text not null, "handle_time_ms" int not null, "idempotency_key" text not null, "created_at" timestamptz not null default now(), constraint "decision_pkey" primary key ("id"));`);
    this.addSql(`create index "decision_case_id_index" on "decision" ("case_id");`);
    this.addSql(`alter table "decision" add constraint "decision_decided_by_id_idempotency_key_unique" unique ("decided_by_id", "idempotency_key");`);

    this.addSql(`alter table "queue" add constraint "queue_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`);

    this.addSql(`alter table "review_case" add constraint "review_case_queue_id_foreign" foreign key ("queue_id") references "queue" ("id") on update cascade;`);
    this.addSql(`alter table "review_case" add constraint "review_case_subject_id_foreign" foreign key ("subject_id") references "subject" ("id") on update cascade;`);
    this.addSql(`alter table "review_case" add constraint "review_case_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "decision" add constraint "decision_case_id_foreign" foreign key ("case_id") references "review_case" ("id") on update cascade;`);
    this.addSql(`alter table "decision" add constraint "decision_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade;`);

    // Every audit row announces itself on commit, whichever code path wrote it (the ORM or the
    // hand-written claim statement), so the live audit log misses nothing.
    this.addSql(`create function audit_event_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('vigil_events', json_build_object(
          'topic', 'AUDIT_EVENT_APPENDED',
          'payload', json_build_object('auditEventId', new.id::text, 'action', new.action, 'entityType', new.entity_type)
        )::text);
        return null;
      end;
    $$;`);
    this.addSql(`create trigger audit_event_notify after insert on "audit_event" for each row execute function audit_event_notify();`);
  }
}
