import { Migration } from '@mikro-orm/migrations';

/**
 * What the strike ladders proposed when an account case was decided (strikes/ladder.ts), and the
 * evaluator's reason for deciding otherwise: a deviation is audited with the decision and counted
 * in the reports. Null for decisions the ladder has nothing to say about (search cases, findings
 * that are not violations, decisions from before ladders).
 */
export class Migration20261206090000LadderDeviations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "decision" add column "ladder_proposal" jsonb null, add column "ladder_deviation_reason" text null;`);
  }
}
