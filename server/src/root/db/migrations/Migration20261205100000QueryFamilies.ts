import { Migration } from '@mikro-orm/migrations';

/**
 * Query families (subjects/query-family.entity.ts): search queries (or suggestions) whose text has
 * one normal form in one locale. Subjects join their family at ingest, where the normal form is
 * computed (it needs the confusables table, not SQL); a subject reported before this migration
 * joins at its next report.
 */
export class Migration20261205100000QueryFamilies extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "query_family" ("id" uuid not null, "kind" text check ("kind" in ('SEARCH_QUERY', 'TYPEAHEAD_SUGGESTION')) not null, "locale" text not null, "normal_form" text not null, "created_at" timestamptz not null default now(), constraint "query_family_pkey" primary key ("id"));`);
    this.addSql(`alter table "query_family" add constraint "query_family_kind_locale_normal_form_unique" unique ("kind", "locale", "normal_form");`);
    this.addSql(`alter table "subject" add column "family_id" uuid null;`);
    this.addSql(`alter table "subject" add constraint "subject_family_id_foreign" foreign key ("family_id") references "query_family" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "subject_family_id_index" on "subject" ("family_id");`);
  }
}
