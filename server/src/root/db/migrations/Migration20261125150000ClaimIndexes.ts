import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the claim statement: the case a claimer still holds, found by assignee instead of
 * by scanning the queue; and "has this person decided this case", answered by one index entry
 * instead of a scan of all the person's decisions.
 */
export class Migration20261125150000ClaimIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "review_case_leased_to" on "review_case" ("assignee_id") where "assignee_id" is not null;`);
    this.addSql(`drop index "decision_case_id_index";`);
    this.addSql(`create index "decision_case_id_decided_by_id_index" on "decision" ("case_id", "decided_by_id");`);
  }
}
