import { Migration } from '@mikro-orm/migrations';

/**
 * Reports and their subscriptions. A period generates once: (kind, period start, scope) is
 * unique, the scope being the team's id or `ALL`. A published report is an immutable snapshot:
 * the trigger refuses UPDATE and DELETE of a row whose status is PUBLISHED (the publishing
 * update itself changes a DRAFT row, so it passes), and TRUNCATE of the table.
 */
export class Migration20261202120000Reports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "report" ("id" uuid not null, "kind" text check ("kind" in ('WEEKLY', 'MONTHLY')) not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "time_zone" text not null, "team_id" uuid null, "scope_key" text not null, "status" text check ("status" in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', "highlights" text not null default '', "context" text not null default '', "actions_taken" text not null default '', "figures" jsonb not null, "generated_at" timestamptz not null default now(), "as_of" timestamptz not null, "generated_by_id" uuid null, "published_at" timestamptz null, "published_by_id" uuid null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "report_pkey" primary key ("id"));`);
    this.addSql(`create index "report_status_period_start_index" on "report" ("status", "period_start");`);
    this.addSql(`alter table "report" add constraint "report_kind_period_start_scope_key_unique" unique ("kind", "period_start", "scope_key");`);
    this.addSql(`alter table "report" add constraint "report_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "report" add constraint "report_generated_by_id_foreign" foreign key ("generated_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "report" add constraint "report_published_by_id_foreign" foreign key ("published_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`create function report_refuse_published_change() returns trigger language plpgsql as $$
      begin
        if tg_op = 'TRUNCATE' or old.status = 'PUBLISHED' then
          raise exception 'a published report is immutable: % refused', tg_op using errcode = 'insufficient_privilege';
        end if;
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end;
    $$;`);
    this.addSql(`create trigger report_published_is_immutable before update or delete on "report" for each row execute function report_refuse_published_change();`);
    this.addSql(`create trigger report_no_truncate before truncate on "report" for each statement execute function report_refuse_published_change();`);

    this.addSql(`create table "report_subscription" ("id" uuid not null, "user_id" uuid not null, "team_id" uuid null, "scope_key" text not null, "created_at" timestamptz not null default now(), constraint "report_subscription_pkey" primary key ("id"));`);
    this.addSql(`alter table "report_subscription" add constraint "report_subscription_user_id_scope_key_unique" unique ("user_id", "scope_key");`);
    this.addSql(`alter table "report_subscription" add constraint "report_subscription_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "report_subscription" add constraint "report_subscription_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "notification" add column "report_id" uuid null;`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('ESCALATION_ANSWERED', 'ESCALATION_SLA_BREACHED', 'DECISION_OVERTURNED', 'TRAINING_ASSIGNED', 'REMEDIAL_TRAINING_ASSIGNED', 'CERTIFICATION_EXPIRING', 'REPORT_PUBLISHED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "notification" where "kind" = 'REPORT_PUBLISHED';`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('ESCALATION_ANSWERED', 'ESCALATION_SLA_BREACHED', 'DECISION_OVERTURNED', 'TRAINING_ASSIGNED', 'REMEDIAL_TRAINING_ASSIGNED', 'CERTIFICATION_EXPIRING'));`);
    this.addSql(`alter table "notification" drop column "report_id";`);
    this.addSql(`drop table "report_subscription";`);
    this.addSql(`drop table "report";`);
    this.addSql(`drop function report_refuse_published_change();`);
  }
}
