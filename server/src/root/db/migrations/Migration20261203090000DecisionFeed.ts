import { Migration } from '@mikro-orm/migrations';

/**
 * The decision feed (server/src/decisions/decision-feed.sql.ts reads it): one row each time a
 * case's outcome is set or changes, for integrators to enforce. Written by a deferred trigger on
 * decision, so every path that records a decision (the hot path's prepared statement, the ORM's
 * QA, adjudication and escalation flows, seeds) appends to it in its own transaction, at commit,
 * when the case's final status for that transaction is known.
 *
 * What appends: a decision whose commit finds its case RESOLVED (never a golden copy, which is
 * training), unless its finding (verdict, action and parameters, policies) is the one the case's
 * last event already carries, as a QA review that confirms or an agreeing second review would.
 * The event's kind says how the outcome came about; `supersedes_decision_id` names the decision
 * of the case's previous event, when there is one (a QA override, later an appeal outcome).
 *
 * Order: `tx` is the writing transaction's id. A reader returns only events of transactions
 * older than every transaction still running (the snapshot's xmin), in (tx, position) order:
 * nothing can commit into that prefix any more, so a client that resumes from its last cursor
 * sees every event once, in one order, whichever instance wrote it. Rows are never updated or
 * deleted.
 */
export class Migration20261203090000DecisionFeed extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "decision_event" (
      "position" bigint generated always as identity primary key,
      "tx" xid8 not null default pg_current_xact_id(),
      "decision_id" uuid not null,
      "case_id" uuid not null,
      "queue_id" uuid not null,
      "domain" text not null,
      "subject_kind" text not null,
      "subject_key" text not null,
      "subject_locale" text not null,
      "kind" text not null check ("kind" in ('PRIMARY', 'QA_OVERRIDE', 'ADJUDICATION', 'ESCALATION_RESOLUTION', 'APPEAL_OUTCOME')),
      "verdict" text not null,
      "policy_codes" text[] not null,
      "action" text not null,
      "action_params" jsonb not null,
      "supersedes_decision_id" uuid null,
      "decided_at" timestamptz not null
    );`);
    this.addSql(`create index "decision_event_feed_order" on "decision_event" ("tx", "position");`);
    this.addSql(`create index "decision_event_case" on "decision_event" ("case_id", "position");`);

    this.addSql(`create function decision_event_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'decision events are never changed or deleted' using errcode = 'restrict_violation';
      end;
    $$;`);
    this.addSql(`create trigger decision_event_is_immutable before update or delete on decision_event for each row execute function decision_event_refuse_change();`);
    this.addSql(`create trigger decision_event_no_truncate before truncate on decision_event for each statement execute function decision_event_refuse_change();`);

    // Reads the decision and its case as they are at commit (NEW is the row as first inserted).
    this.addSql(`create function decision_event_append(decision_id uuid) returns void language plpgsql as $$
      declare
        d decision;
        c review_case;
        s subject;
        last decision_event;
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
                d.verdict, d.policy_codes, d.action, d.action_params, last.decision_id, d.created_at);
      end;
    $$;`);
    this.addSql(`create function decision_event_on_commit() returns trigger language plpgsql as $$
      begin
        perform decision_event_append(new.id);
        return null;
      end;
    $$;`);
    this.addSql(`create constraint trigger decision_event_on_commit after insert on decision
      deferrable initially deferred for each row execute function decision_event_on_commit();`);

    // The outcomes recorded before the feed existed, replayed in the order they were decided.
    this.addSql(`do $$
      declare decided record;
      begin
        for decided in select d.id from decision d join review_case c on c.id = d.case_id
                        where c.status = 'RESOLVED' and c.golden_case_id is null order by d.created_at, d.id loop
          perform decision_event_append(decided.id);
        end loop;
      end;
    $$;`);
  }
}
