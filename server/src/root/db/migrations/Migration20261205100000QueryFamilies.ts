import { Migration } from '@mikro-orm/migrations';

/**
 * Query families (subjects/query-family.sql.ts): search queries (or suggestions) whose text has one
 * normal form in one locale. A family is its key, (kind, locale, normal form) on its subjects: no
 * table of its own, since most queries are families of one and a row each would be a second insert
 * per report (measured in npm run bench's ingest rows). The normal form is computed at ingest (it
 * needs the confusables table, not SQL); a subject reported before this migration joins its family
 * at its next report.
 *
 * One open case per family, as per subject: the case carries its family's key and a unique partial
 * index refuses a second open one, so two batches opening a case for two new variants of one
 * family at once make one of them retry and merge (cases/case.service.ts), without locks.
 */
export class Migration20261205100000QueryFamilies extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "subject" add column "normal_form" text null;`);
    this.addSql(`create index "subject_family" on "subject" ("kind", "locale", "normal_form") where "normal_form" is not null;`);
    this.addSql(`alter table "review_case" add column "family_key" text null;`);
    this.addSql(`create unique index "review_case_one_open_per_family" on "review_case" ("family_key") where "family_key" is not null and "status" <> 'RESOLVED' and "golden_case_id" is null;`);
  }
}
