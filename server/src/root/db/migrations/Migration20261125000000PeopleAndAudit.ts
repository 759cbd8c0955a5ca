import { Migration } from '@mikro-orm/migrations';

export class Migration20261125000000PeopleAndAudit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "site" ("id" uuid not null, "name" text not null, "time_zone" text not null, "created_at" timestamptz not null default now(), constraint "site_pkey" primary key ("id"));`);
    this.addSql(`alter table "site" add constraint "site_name_unique" unique ("name");`);

    this.addSql(`create table "team" ("id" uuid not null, "name" text not null, "site_id" uuid not null, "created_at" timestamptz not null default now(), constraint "team_pkey" primary key ("id"));`);
    this.addSql(`alter table "team" add constraint "team_name_unique" unique ("name");`);
    this.addSql(`alter table "team" add constraint "team_site_id_foreign" foreign key ("site_id") references "site" ("id") on update cascade;`);

    this.addSql(`create table "app_user" ("id" uuid not null, "email" text not null, "display_name" text not null, "roles" text[] not null, "team_id" uuid null, "password_hash" text not null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_team_id_index" on "app_user" ("team_id");`);
    this.addSql(`alter table "app_user" add constraint "app_user_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "session" ("id" uuid not null, "token_hash" text not null, "user_id" uuid not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`create table "api_token" ("id" uuid not null, "name" text not null, "prefix" text not null, "token_hash" text not null, "scopes" text[] not null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`create table "audit_event" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_type" text not null, "actor_id" uuid null, "action" text not null, "entity_type" text not null, "entity_id" text not null, "before" jsonb null, "after" jsonb null);`);
    this.addSql(`create index "audit_event_actor_id_index" on "audit_event" ("actor_id");`);
    this.addSql(`create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");`);
    // Append-only, enforced by the database itself: no code path, bug or console session can
    // rewrite history. TRUNCATE needs its own statement-level trigger.
    this.addSql(`create function audit_event_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end;
    $$;`);
    this.addSql(`create trigger audit_event_no_update_or_delete before update or delete on "audit_event" for each row execute function audit_event_refuse_change();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on "audit_event" for each statement execute function audit_event_refuse_change();`);

    this.addSql(`create table "seed_run" ("name" text not null, "ran_at" timestamptz not null default now(), constraint "seed_run_pkey" primary key ("name"));`);
  }
}
