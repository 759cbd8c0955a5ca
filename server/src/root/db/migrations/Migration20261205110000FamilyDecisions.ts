import { Migration } from '@mikro-orm/migrations';

/**
 * A decision on a query family covers its members (cases/case.service.ts, ingest). A variant
 * reported after the family's outcome was enforced either joins the decided case (a queue whose
 * `variant_policy` is AUTO_APPLY) or opens a light case that names the decision it is a variant of
 * (`review_case.variant_of_decision_id`, CONFIRM, the default).
 *
 * AUTO_APPLY appends a VARIANT_MATCH event to the feed (`decision_event_variant_match`): the
 * family case's outcome again, same decision, in a new position, so the enforcement entry moves to
 * a new version and `enforcementChanges` hands it out with the family's variants, the new one among
 * them. The entry stays the family's one entry: a QA override or an appeal of the family case
 * moves it, and with it every variant.
 */
export class Migration20261205110000FamilyDecisions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "queue" add column "variant_policy" text check ("variant_policy" in ('CONFIRM', 'AUTO_APPLY')) not null default 'CONFIRM';`);
    this.addSql(`alter table "review_case" add column "variant_of_decision_id" uuid null;`);
    this.addSql(`alter table "review_case" add constraint "review_case_variant_of_decision_id_foreign" foreign key ("variant_of_decision_id") references "decision" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "decision_event" drop constraint "decision_event_kind_check";`);
    this.addSql(`alter table "decision_event" add constraint "decision_event_kind_check" check ("kind" in ('PRIMARY', 'QA_OVERRIDE', 'ADJUDICATION', 'ESCALATION_RESOLUTION', 'APPEAL_OUTCOME', 'VARIANT_MATCH'));`);

    // The case's outcome in force, appended again as VARIANT_MATCH (its suspension keeps its end: decided_at is the decision's).
    this.addSql(`create function decision_event_variant_match(family_case_id uuid) returns void language plpgsql as $$
      declare
        c review_case;
        last decision_event;
        appended decision_event;
      begin
        select * into c from review_case where id = family_case_id;
        select * into last from decision_event e where e.case_id = family_case_id order by e.position desc limit 1;
        if last.position is null or last.action = 'NO_ACTION' then return; end if;
        insert into decision_event (decision_id, case_id, queue_id, domain, subject_kind, subject_key, subject_locale, kind,
                                    verdict, policy_codes, action, action_params, supersedes_decision_id, decided_at)
        values (last.decision_id, last.case_id, last.queue_id, last.domain, last.subject_kind, last.subject_key, last.subject_locale, 'VARIANT_MATCH',
                last.verdict, last.policy_codes, last.action, last.action_params, null, last.decided_at)
        returning * into appended;
        perform enforcement_entry_apply(appended, c.subject_id);
      end;
    $$;`);
  }
}
