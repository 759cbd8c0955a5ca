import { Migration } from '@mikro-orm/migrations';

/**
 * Performance reviews: one per evaluator per period (the unique key), with the frozen snapshot of
 * measures, ratings, addenda after sharing, and coaching goals followed up in later reviews.
 */
export class Migration20261125200000PerformanceReviews extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "performance_review" ("id" uuid not null, "evaluator_id" uuid not null, "author_id" uuid not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "status" text check ("status" in ('DRAFT', 'SHARED', 'ACKNOWLEDGED')) not null default 'DRAFT', "snapshot" jsonb not null, "ratings" jsonb not null, "strengths" text not null default '', "improvements" text not null default '', "shared_at" timestamptz null, "acknowledged_at" timestamptz null, "evaluator_comment" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "performance_review_pkey" primary key ("id"));`);
    this.addSql(`create index "performance_review_evaluator_id_period_end_index" on "performance_review" ("evaluator_id", "period_end");`);
    this.addSql(`alter table "performance_review" add constraint "performance_review_evaluator_id_period_start_period_end_unique" unique ("evaluator_id", "period_start", "period_end");`);

    this.addSql(`create table "review_addendum" ("id" uuid not null, "review_id" uuid not null, "author_id" uuid not null, "body" text not null, "created_at" timestamptz not null default now(), constraint "review_addendum_pkey" primary key ("id"));`);

    this.addSql(`create table "coaching_goal" ("id" uuid not null, "review_id" uuid not null, "evaluator_id" uuid not null, "title" text not null, "due_at" timestamptz not null, "status" text check ("status" in ('OPEN', 'ACHIEVED', 'PARTLY_ACHIEVED', 'MISSED', 'DROPPED')) not null default 'OPEN', "follow_up" text null, "followed_up_in_id" uuid null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "coaching_goal_pkey" primary key ("id"));`);
    this.addSql(`create index "coaching_goal_evaluator_id_status_index" on "coaching_goal" ("evaluator_id", "status");`);

    this.addSql(`alter table "performance_review" add constraint "performance_review_evaluator_id_foreign" foreign key ("evaluator_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "performance_review" add constraint "performance_review_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "review_addendum" add constraint "review_addendum_review_id_foreign" foreign key ("review_id") references "performance_review" ("id") on update cascade;`);
    this.addSql(`alter table "review_addendum" add constraint "review_addendum_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "coaching_goal" add constraint "coaching_goal_review_id_foreign" foreign key ("review_id") references "performance_review" ("id") on update cascade;`);
    this.addSql(`alter table "coaching_goal" add constraint "coaching_goal_evaluator_id_foreign" foreign key ("evaluator_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "coaching_goal" add constraint "coaching_goal_followed_up_in_id_foreign" foreign key ("followed_up_in_id") references "performance_review" ("id") on update cascade on delete set null;`);
  }
}
