import { Migration } from '@mikro-orm/migrations';

/**
 * Signed webhooks (server/src/webhooks/): endpoints per team, deliveries with their attempt log,
 * and the dispatcher's place in the decision feed. The dispatcher starts at the feed's end as it
 * is now: endpoints receive what happens after they exist.
 */
export class Migration20261204110000Webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "webhook_endpoint" ("id" uuid not null, "team_id" uuid not null, "url" text not null, "description" text not null default '', "event_types" text[] not null, "enabled" boolean not null default true, "secret" text not null, "secret_prefix" text not null, "previous_secret" text null, "previous_secret_expires_at" timestamptz null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "webhook_endpoint_pkey" primary key ("id"));`);

    this.addSql(`create table "webhook_delivery" ("id" text not null, "endpoint_id" uuid not null, "event_type" text check ("event_type" in ('DECISION_EVENT')) not null, "payload" jsonb not null, "status" text check ("status" in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "attempt_log" jsonb not null, "next_attempt_at" timestamptz null, "delivered_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_endpoint_id_created_at_id_index" on "webhook_delivery" ("endpoint_id", "created_at", "id");`);

    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`);
    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade;`);

    // One row: the (tx, position) of the last feed event the dispatcher made deliveries for.
    this.addSql(`create table "webhook_dispatch_state" ("tx" xid8 not null, "position" bigint not null);`);
    this.addSql(`create unique index "webhook_dispatch_state_one_row" on "webhook_dispatch_state" ((true));`);
    this.addSql(`insert into "webhook_dispatch_state" ("tx", "position")
      select tx, position from ((select tx, position from decision_event order by tx desc, position desc limit 1) union all select '0'::xid8, 0) latest
      order by tx desc, position desc limit 1;`);
  }
}
