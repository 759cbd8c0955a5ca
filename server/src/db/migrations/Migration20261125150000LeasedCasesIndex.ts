import { Migration } from '@mikro-orm/migrations';

/** The claim looks up the case a claimer still holds by assignee, not by scanning the queue. */
export class Migration20261125150000LeasedCasesIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "review_case_leased_to" on "review_case" ("assignee_id") where "assignee_id" is not null;`);
  }
}
