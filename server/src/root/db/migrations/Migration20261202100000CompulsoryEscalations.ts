import { Migration } from '@mikro-orm/migrations';

/**
 * An escalation records whether the policy required it (an S0 case refuses a primary decision) or
 * the evaluator chose it: escalation rate and precision are about the chosen ones. Backfilled from
 * the case as it stands (severity only rises, so an S0 case escalated before any primary decision).
 */
export class Migration20261202100000CompulsoryEscalations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "escalation" add column "compulsory" boolean not null default false;`);
    this.addSql(`update "escalation" e set "compulsory" = true
      from "review_case" c
      where c."id" = e."case_id" and c."severity" = 'S0'
        and not exists (select 1 from "decision" d where d."case_id" = e."case_id" and d."kind" = 'PRIMARY' and d."created_at" <= e."created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "escalation" drop column "compulsory";`);
  }
}
