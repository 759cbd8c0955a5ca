import { Migration } from '@mikro-orm/migrations';

/**
 * Escalations to specialist tiers, their threads, and the inbox. Partial indexes back the
 * specialists' claim (open escalations of a tier in SLA order), the breach check (unanswered,
 * not yet notified) and one unresolved escalation per case.
 */
export class Migration20261125160000Escalations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "escalation_tier" ("code" text not null, "name" text not null, "sla_ms" int not null, constraint "escalation_tier_pkey" primary key ("code"));`);

    this.addSql(`create table "notification" ("id" uuid not null, "recipient_id" uuid not null, "kind" text check ("kind" in ('ESCALATION_ANSWERED', 'ESCALATION_SLA_BREACHED')) not null, "text" text not null, "escalation_id" uuid null, "read_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_unread" on "notification" ("recipient_id") where "read_at" is null;`);
    this.addSql(`create index "notification_recipient_id_created_at_index" on "notification" ("recipient_id", "created_at");`);

    this.addSql(`create table "escalation" ("id" uuid not null, "case_id" uuid not null, "raised_by_id" uuid not null, "reason" text check ("reason" in ('POLICY_UNCLEAR', 'CRITICAL_SEVERITY', 'LEGAL', 'PUBLIC_INTEREST_OR_HIGH_PROFILE', 'COORDINATED_ACTIVITY')) not null, "note" text not null, "tier_code" text not null, "specialist_id" uuid null, "status" text check ("status" in ('OPEN', 'CLAIMED', 'ON_HOLD', 'RESOLVED')) not null default 'OPEN', "assignee_id" uuid null, "lease_expires_at" timestamptz null, "claimed_at" timestamptz null, "hold_reason" text null, "sla_due_at" timestamptz not null, "breach_notified_at" timestamptz null, "needed_escalation" boolean null, "resolution_id" uuid null, "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "escalation_pkey" primary key ("id"));`);
    this.addSql(`create index "escalation_raised_by_id_index" on "escalation" ("raised_by_id");`);
    this.addSql(`create unique index "escalation_one_open_per_case" on "escalation" ("case_id") where "status" <> 'RESOLVED';`);
    this.addSql(`create index "escalation_breach_watch" on "escalation" ("sla_due_at") where "status" <> 'RESOLVED' and "breach_notified_at" is null;`);
    this.addSql(`create index "escalation_claim_order" on "escalation" ("tier_code", "sla_due_at") where "status" in ('OPEN', 'CLAIMED');`);

    this.addSql(`create table "escalation_message" ("id" uuid not null, "escalation_id" uuid not null, "author_id" uuid not null, "body" text not null, "created_at" timestamptz not null default now(), constraint "escalation_message_pkey" primary key ("id"));`);
    this.addSql(`create index "escalation_message_escalation_id_created_at_index" on "escalation_message" ("escalation_id", "created_at");`);

    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "escalation" add constraint "escalation_case_id_foreign" foreign key ("case_id") references "review_case" ("id") on update cascade;`);
    this.addSql(`alter table "escalation" add constraint "escalation_raised_by_id_foreign" foreign key ("raised_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "escalation" add constraint "escalation_tier_code_foreign" foreign key ("tier_code") references "escalation_tier" ("code") on update cascade;`);
    this.addSql(`alter table "escalation" add constraint "escalation_specialist_id_foreign" foreign key ("specialist_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "escalation" add constraint "escalation_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "escalation" add constraint "escalation_resolution_id_foreign" foreign key ("resolution_id") references "decision" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "escalation_message" add constraint "escalation_message_escalation_id_foreign" foreign key ("escalation_id") references "escalation" ("id") on update cascade;`);
    this.addSql(`alter table "escalation_message" add constraint "escalation_message_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "decision" drop constraint if exists "decision_kind_check";`);
    this.addSql(`alter table "decision" add constraint "decision_kind_check" check("kind" in ('PRIMARY', 'SECOND_REVIEW', 'ESCALATION_RESOLUTION'));`);

    // Reference data every deployment needs: the tiers and their SLAs (4 h, 24 h, 72 h).
    this.addSql(`insert into "escalation_tier" ("code", "name", "sla_ms") values ('TIER_2', 'Tier 2', ${4 * 3600_000}), ('POLICY', 'Policy', ${24 * 3600_000}), ('LEGAL', 'Legal', ${72 * 3600_000});`);
  }
}
