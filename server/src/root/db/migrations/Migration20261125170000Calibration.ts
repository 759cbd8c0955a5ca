import { Migration } from '@mikro-orm/migrations';

/**
 * Calibration sessions: the cases and people of each session, and one label per participant per
 * case (the unique key is what makes a second submit replace the first). Labels live apart from
 * decisions so they never act on a case.
 */
export class Migration20261125170000Calibration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "calibration_session" ("id" uuid not null, "title" text not null, "status" text check ("status" in ('OPEN', 'CLOSED')) not null default 'OPEN', "created_by_id" uuid not null, "closed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "calibration_session_pkey" primary key ("id"));`);
    this.addSql(`create index "calibration_session_created_by_id_index" on "calibration_session" ("created_by_id");`);

    this.addSql(`create table "calibration_case" ("session_id" uuid not null, "case_id" uuid not null, "position" int not null, constraint "calibration_case_pkey" primary key ("session_id", "case_id"));`);

    this.addSql(`create table "calibration_participant" ("session_id" uuid not null, "user_id" uuid not null, "position" int not null, constraint "calibration_participant_pkey" primary key ("session_id", "user_id"));`);
    this.addSql(`create index "calibration_participant_user_id_index" on "calibration_participant" ("user_id");`);

    this.addSql(`create table "calibration_label" ("id" uuid not null, "session_id" uuid not null, "case_id" uuid not null, "participant_id" uuid not null, "verdict" text check ("verdict" in ('VIOLATING', 'NOT_VIOLATING', 'NEEDS_CONTEXT')) not null, "policy_codes" text[] not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "calibration_label_pkey" primary key ("id"));`);
    this.addSql(`alter table "calibration_label" add constraint "calibration_label_session_id_case_id_participant_id_unique" unique ("session_id", "case_id", "participant_id");`);

    this.addSql(`alter table "calibration_session" add constraint "calibration_session_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "calibration_case" add constraint "calibration_case_session_id_foreign" foreign key ("session_id") references "calibration_session" ("id") on update cascade;`);
    this.addSql(`alter table "calibration_case" add constraint "calibration_case_case_id_foreign" foreign key ("case_id") references "review_case" ("id") on update cascade;`);

    this.addSql(`alter table "calibration_participant" add constraint "calibration_participant_session_id_foreign" foreign key ("session_id") references "calibration_session" ("id") on update cascade;`);
    this.addSql(`alter table "calibration_participant" add constraint "calibration_participant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "calibration_label" add constraint "calibration_label_session_id_foreign" foreign key ("session_id") references "calibration_session" ("id") on update cascade;`);
    this.addSql(`alter table "calibration_label" add constraint "calibration_label_case_id_foreign" foreign key ("case_id") references "review_case" ("id") on update cascade;`);
    this.addSql(`alter table "calibration_label" add constraint "calibration_label_participant_id_foreign" foreign key ("participant_id") references "app_user" ("id") on update cascade;`);
  }
}
