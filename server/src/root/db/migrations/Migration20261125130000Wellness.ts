import { Migration } from '@mikro-orm/migrations';

export class Migration20261125130000Wellness extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "team_wellness" ("team_id" uuid not null, "blur_px" int not null default 12, "greyscale" boolean not null default true, "mute_video" boolean not null default true, "daily_severe_cap" int not null default 40, "break_minutes" int not null default 15, constraint "team_wellness_pkey" primary key ("team_id"));`);

    this.addSql(`create table "step_away" ("user_id" uuid not null, "day" date not null, "policy_code" text not null, constraint "step_away_pkey" primary key ("user_id", "day", "policy_code"));`);

    this.addSql(`create table "exposure_day" ("user_id" uuid not null, "day" date not null, "severe_count" int not null default 0, "severe_total" int not null default 0, "reveals" int not null default 0, "break_until" timestamptz null, constraint "exposure_day_pkey" primary key ("user_id", "day"));`);

    this.addSql(`create table "user_wellness" ("user_id" uuid not null, "blur_px" int null, "greyscale" boolean null, "mute_video" boolean null, constraint "user_wellness_pkey" primary key ("user_id"));`);

    this.addSql(`alter table "team_wellness" add constraint "team_wellness_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "step_away" add constraint "step_away_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "exposure_day" add constraint "exposure_day_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "user_wellness" add constraint "user_wellness_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }
}
