import { Migration } from '@mikro-orm/migrations';

/**
 * Query families (subjects/query-family.sql.ts): search queries (or suggestions) whose text has one
 * normal form in one locale. A family is its key, (kind, locale, normal form) on its subjects: no
 * table of its own, since most queries are families of one and a row each would be a second insert
 * per report (measured in npm run bench's ingest rows). The normal form is computed at ingest (it
 * needs the confusables table, not SQL); a subject reported before this migration joins its family
 * at its next report.
 */
export class Migration20261205100000QueryFamilies extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "subject" add column "normal_form" text null;`);
    this.addSql(`create index "subject_family" on "subject" ("kind", "locale", "normal_form") where "normal_form" is not null;`);
  }
}
