import { Migration } from '@mikro-orm/migrations';

/**
 * Enforcement lists (server/src/enforcement/enforcement.sql.ts reads them): what each subject's
 * enforcement is now, one row per subject that was ever enforced, kept by the decision feed's
 * trigger in the same transaction as the decision that changes it.
 *
 * A row carries the feed position (tx, position) of the event that set it and is only ever
 * moved forward in feed order, so the table is the fold of the feed whatever order concurrent
 * transactions commit in. A NO_ACTION outcome leaves a row that is no longer `active` (a
 * tombstone) rather than deleting it: a client asking what changed since its version must be
 * told the entry went. Read like the feed, behind the horizon of the oldest running transaction,
 * a row's position is a version a client can resume from.
 */
export class Migration20261204090000EnforcementLists extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "enforcement_entry" (
      "subject_id" uuid primary key references "subject" ("id"),
      "domain" text not null,
      "subject_kind" text not null,
      "subject_key" text not null,
      "subject_locale" text not null,
      "action" text not null,
      "active" boolean generated always as ("action" <> 'NO_ACTION') stored,
      "action_params" jsonb not null,
      "policy_codes" text[] not null,
      "case_id" uuid not null,
      "decision_id" uuid not null,
      "decided_at" timestamptz not null,
      "until" timestamptz null,
      "tx" xid8 not null,
      "position" bigint not null
    );`);
    this.addSql(`create index "enforcement_entry_changes" on "enforcement_entry" ("domain", "tx", "position");`);

    // The event's enforcement, applied to its subject's row unless a later event (in feed order) is already there.
    this.addSql(`create function enforcement_entry_apply(e decision_event, for_subject uuid) returns void language plpgsql as $$
      declare
        suspended_until timestamptz := case when e.action = 'SUSPEND' then e.decided_at + make_interval(days => (e.action_params->>'suspensionDays')::int) end;
      begin
        if e.action = 'NO_ACTION' then
          update enforcement_entry x
             set action = e.action, action_params = e.action_params, policy_codes = e.policy_codes, case_id = e.case_id,
                 decision_id = e.decision_id, decided_at = e.decided_at, until = null, tx = e.tx, position = e.position
           where x.subject_id = for_subject and (x.tx, x.position) < (e.tx, e.position);
          return;
        end if;
        insert into enforcement_entry as x (subject_id, domain, subject_kind, subject_key, subject_locale, action, action_params,
                                            policy_codes, case_id, decision_id, decided_at, until, tx, position)
        values (for_subject, e.domain, e.subject_kind, e.subject_key, e.subject_locale, e.action, e.action_params,
                e.policy_codes, e.case_id, e.decision_id, e.decided_at, suspended_until, e.tx, e.position)
        on conflict on constraint enforcement_entry_pkey do update
           set action = excluded.action, action_params = excluded.action_params, policy_codes = excluded.policy_codes,
               case_id = excluded.case_id, decision_id = excluded.decision_id, decided_at = excluded.decided_at,
               until = excluded.until, tx = excluded.tx, position = excluded.position
         where (x.tx, x.position) < (excluded.tx, excluded.position);
      end;
    $$;`);

    // As in Migration20261203090000DecisionFeed, and the event now also applies to the list.
    this.addSql(`create or replace function decision_event_append(decision_id uuid) returns void language plpgsql as $$
      declare
        d decision;
        c review_case;
        s subject;
        last decision_event;
        appended decision_event;
      begin
        select * into d from decision where id = decision_id;
        select * into c from review_case where id = d.case_id;
        if c.status is distinct from 'RESOLVED' or c.golden_case_id is not null then return; end if;
        select * into last from decision_event e where e.case_id = d.case_id order by e.position desc limit 1;
        if last.position is not null and last.verdict = d.verdict and last.action = d.action and last.action_params = d.action_params
           and array(select distinct unnest(last.policy_codes) order by 1) = array(select distinct unnest(d.policy_codes) order by 1) then
          return;
        end if;
        select * into s from subject where id = c.subject_id;
        insert into decision_event (decision_id, case_id, queue_id, domain, subject_kind, subject_key, subject_locale, kind,
                                    verdict, policy_codes, action, action_params, supersedes_decision_id, decided_at)
        values (d.id, c.id, c.queue_id, s.domain, s.kind, s.key, s.locale,
                case d.kind when 'SECOND_REVIEW' then 'PRIMARY' when 'QA_REVIEW' then 'QA_OVERRIDE' else d.kind end,
                d.verdict, d.policy_codes, d.action, d.action_params, last.decision_id, d.created_at)
        returning * into appended;
        perform enforcement_entry_apply(appended, c.subject_id);
      end;
    $$;`);

    // The outcomes already on the feed, folded in feed order.
    this.addSql(`do $$
      declare e record;
      begin
        for e in select ev as event, c.subject_id from decision_event ev join review_case c on c.id = ev.case_id order by ev.tx, ev.position loop
          perform enforcement_entry_apply(e.event, e.subject_id);
        end loop;
      end;
    $$;`);
  }
}
