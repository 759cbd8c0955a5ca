import { Migration } from '@mikro-orm/migrations';

/**
 * Training and certification: programs of Markdown modules and assessment questions, attempts
 * (each with its own shuffle), certifications with expiry (the claim checks them), and
 * assignments, of which a remedial one happens once per program and person (the unique key).
 */
export class Migration20261125190000Training extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "training_program" ("id" uuid not null, "title" text not null, "summary" text not null, "policy_code" text null, "pass_mark" double precision not null, "attempt_limit" int not null, "certification_code" text null, "certification_valid_days" int null, "remedial_threshold" double precision null, "remedial_window_days" int not null default 30, "remedial_min_checked" int not null default 5, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "archived_at" timestamptz null, constraint "training_program_pkey" primary key ("id"));`);

    this.addSql(`create table "training_module" ("id" uuid not null, "program_id" uuid not null, "position" int not null, "title" text not null, "body" text not null, constraint "training_module_pkey" primary key ("id"));`);
    this.addSql(`alter table "training_module" add constraint "training_module_program_id_position_unique" unique ("program_id", "position");`);

    this.addSql(`create table "training_attempt" ("id" uuid not null, "program_id" uuid not null, "user_id" uuid not null, "started_at" timestamptz not null default now(), "layout" jsonb not null, "submitted_at" timestamptz null, "answers" jsonb null, "correct" int null, "score" double precision null, "passed" boolean null, "time_spent_ms" int null, constraint "training_attempt_pkey" primary key ("id"));`);
    this.addSql(`create index "training_attempt_user_id_program_id_started_at_index" on "training_attempt" ("user_id", "program_id", "started_at");`);

    this.addSql(`create table "training_assignment" ("id" uuid not null, "program_id" uuid not null, "user_id" uuid not null, "reason" text check ("reason" in ('MANAGER', 'REMEDIAL')) not null, "assigned_by_id" uuid null, "due_at" timestamptz not null, "assigned_at" timestamptz not null default now(), constraint "training_assignment_pkey" primary key ("id"));`);
    this.addSql(`alter table "training_assignment" add constraint "training_assignment_program_id_user_id_reason_unique" unique ("program_id", "user_id", "reason");`);

    this.addSql(`create table "assessment_question" ("id" uuid not null, "program_id" uuid not null, "position" int not null, "kind" text check ("kind" in ('MULTIPLE_CHOICE', 'PRACTICE_CASE')) not null, "prompt" text not null, "options" jsonb not null, "correct_option_ids" text[] not null, "golden_case_id" uuid null, constraint "assessment_question_pkey" primary key ("id"));`);
    this.addSql(`alter table "assessment_question" add constraint "assessment_question_program_id_position_unique" unique ("program_id", "position");`);

    this.addSql(`create table "certification" ("id" uuid not null, "user_id" uuid not null, "code" text not null, "program_id" uuid not null, "granted_at" timestamptz not null default now(), "expires_at" timestamptz not null, "reminder_sent_at" timestamptz null, constraint "certification_pkey" primary key ("id"));`);
    this.addSql(`create index "certification_user_id_code_expires_at_index" on "certification" ("user_id", "code", "expires_at");`);

    this.addSql(`alter table "training_program" add constraint "training_program_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "training_module" add constraint "training_module_program_id_foreign" foreign key ("program_id") references "training_program" ("id") on update cascade;`);

    this.addSql(`alter table "training_attempt" add constraint "training_attempt_program_id_foreign" foreign key ("program_id") references "training_program" ("id") on update cascade;`);
    this.addSql(`alter table "training_attempt" add constraint "training_attempt_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);

    this.addSql(`alter table "training_assignment" add constraint "training_assignment_program_id_foreign" foreign key ("program_id") references "training_program" ("id") on update cascade;`);
    this.addSql(`alter table "training_assignment" add constraint "training_assignment_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "training_assignment" add constraint "training_assignment_assigned_by_id_foreign" foreign key ("assigned_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "assessment_question" add constraint "assessment_question_program_id_foreign" foreign key ("program_id") references "training_program" ("id") on update cascade;`);
    this.addSql(`alter table "assessment_question" add constraint "assessment_question_golden_case_id_foreign" foreign key ("golden_case_id") references "golden_case" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "certification" add constraint "certification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "certification" add constraint "certification_program_id_foreign" foreign key ("program_id") references "training_program" ("id") on update cascade;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('ESCALATION_ANSWERED', 'ESCALATION_SLA_BREACHED', 'DECISION_OVERTURNED', 'TRAINING_ASSIGNED', 'REMEDIAL_TRAINING_ASSIGNED', 'CERTIFICATION_EXPIRING'));`);
  }
}
