import { Migration } from '@mikro-orm/migrations';

/**
 * Appeals (server/src/appeals/): an appeal is a case of its own in the original queue's appeals
 * queue. When its case resolves, the decision feed's trigger (redefined here) records the
 * outcome in the deciding transaction: an APPEAL_OUTCOME event that supersedes the appealed
 * decision, always, even when it upholds it (the owner is told either way); the enforcement list
 * follows it; the appeal is marked UPHELD (the same finding) or REVERSED, with its audit row.
 */
export class Migration20261204120000Appeals extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "appeal" ("id" uuid not null, "case_id" uuid not null, "appealed_case_id" uuid not null, "appealed_decision_id" uuid not null, "statement" text not null, "appellant_ref" text null, "status" text check ("status" in ('OPEN', 'UPHELD', 'REVERSED')) not null default 'OPEN', "outcome_decision_id" uuid null, "idempotency_key" text not null, "created_at" timestamptz not null default now(), "decided_at" timestamptz null, constraint "appeal_pkey" primary key ("id"));`);
    this.addSql(`alter table "appeal" add constraint "appeal_case_id_unique" unique ("case_id");`);
    this.addSql(`alter table "appeal" add constraint "appeal_appealed_decision_id_unique" unique ("appealed_decision_id");`);

    this.addSql(`alter table "appeal" add constraint "appeal_case_id_foreign" foreign key ("case_id") references "review_case" ("id") on update cascade;`);
    this.addSql(`alter table "appeal" add constraint "appeal_appealed_case_id_foreign" foreign key ("appealed_case_id") references "review_case" ("id") on update cascade;`);
    this.addSql(`alter table "appeal" add constraint "appeal_appealed_decision_id_foreign" foreign key ("appealed_decision_id") references "decision" ("id") on update cascade;`);
    this.addSql(`alter table "appeal" add constraint "appeal_outcome_decision_id_foreign" foreign key ("outcome_decision_id") references "decision" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "queue" add column "appeals_queue_id" uuid null, add column "for_appeals" boolean not null default false;`);
    this.addSql(`alter table "queue" add constraint "queue_appeals_queue_id_foreign" foreign key ("appeals_queue_id") references "queue" ("id") on update cascade on delete set null;`);
    // The claim looks up a candidate's appeal by its case (appeals/appeal.sql.ts): the unique constraint's index serves it.

    this.addSql(`create or replace function decision_event_append(decision_id uuid) returns void language plpgsql as $$
      declare
        d decision;
        c review_case;
        s subject;
        a appeal;
        appealed decision;
        last decision_event;
        appended decision_event;
        upheld boolean;
      begin
        select * into d from decision where id = decision_id;
        select * into c from review_case where id = d.case_id;
        if c.status is distinct from 'RESOLVED' or c.golden_case_id is not null then return; end if;
        select * into s from subject where id = c.subject_id;
        select * into a from appeal where appeal.case_id = c.id and appeal.status = 'OPEN';
        if a.id is not null then
          select * into appealed from decision where id = a.appealed_decision_id;
          upheld := appealed.verdict = d.verdict and appealed.action = d.action and appealed.action_params = d.action_params
            and array(select distinct unnest(appealed.policy_codes) order by 1) = array(select distinct unnest(d.policy_codes) order by 1);
          insert into decision_event (decision_id, case_id, queue_id, domain, subject_kind, subject_key, subject_locale, kind,
                                      verdict, policy_codes, action, action_params, supersedes_decision_id, decided_at)
          values (d.id, c.id, c.queue_id, s.domain, s.kind, s.key, s.locale, 'APPEAL_OUTCOME',
                  d.verdict, d.policy_codes, d.action, d.action_params, a.appealed_decision_id, d.created_at)
          returning * into appended;
          perform enforcement_entry_apply(appended, c.subject_id);
          update appeal set status = case when upheld then 'UPHELD' else 'REVERSED' end, outcome_decision_id = d.id, decided_at = d.created_at
           where id = a.id;
          insert into audit_event (actor_type, actor_id, action, entity_type, entity_id, before, after)
          values ('USER', d.decided_by_id, 'appeal.decided', 'Appeal', a.id::text, jsonb_build_object('status', 'OPEN'),
                  jsonb_build_object('status', case when upheld then 'UPHELD' else 'REVERSED' end, 'outcomeDecisionId', d.id));
          return;
        end if;
        select * into last from decision_event e where e.case_id = d.case_id order by e.position desc limit 1;
        if last.position is not null and last.verdict = d.verdict and last.action = d.action and last.action_params = d.action_params
           and array(select distinct unnest(last.policy_codes) order by 1) = array(select distinct unnest(d.policy_codes) order by 1) then
          return;
        end if;
        insert into decision_event (decision_id, case_id, queue_id, domain, subject_kind, subject_key, subject_locale, kind,
                                    verdict, policy_codes, action, action_params, supersedes_decision_id, decided_at)
        values (d.id, c.id, c.queue_id, s.domain, s.kind, s.key, s.locale,
                case d.kind when 'SECOND_REVIEW' then 'PRIMARY' when 'QA_REVIEW' then 'QA_OVERRIDE' else d.kind end,
                d.verdict, d.policy_codes, d.action, d.action_params, last.decision_id, d.created_at)
        returning * into appended;
        perform enforcement_entry_apply(appended, c.subject_id);
      end;
    $$;`);
  }
}
