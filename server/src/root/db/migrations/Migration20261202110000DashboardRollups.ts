import { Migration } from '@mikro-orm/migrations';

/**
 * The team dashboard's rollups (see server/src/dashboard/dashboard.sql.ts for why they look like
 * this). Triggers on review_case, decision and escalation append one narrow row each to
 * `dashboard_delta`, a heap without indexes: an insert never waits for another, so the 64
 * concurrent deciders of the bench do not queue behind a shared counter row. The dashboard read
 * (and the scheduled checks) fold the deltas into small rollup tables keyed by queue and hour.
 * Existing history is backfilled as deltas, folded at the first read.
 */
export class Migration20261202110000DashboardRollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "dashboard_delta" ("queue_id" uuid not null, "at" timestamptz not null, "kind" text check ("kind" in ('ARRIVAL', 'DECISION', 'ESCALATION')) not null, "decision_kind" text null, "handle_ms" int null, "decided_by_id" uuid null, "verdict_agrees" boolean null, "finding_differs" boolean null);`);
    this.addSql(`create table "dashboard_queue_hour" ("queue_id" uuid not null, "hour" timestamptz not null, "arrivals" int not null default 0, "decisions" int not null default 0, "primary_decisions" int not null default 0, "escalations" int not null default 0, "qa_reviews" int not null default 0, "qa_overturns" int not null default 0, constraint "dashboard_queue_hour_pkey" primary key ("queue_id", "hour"));`);
    this.addSql(`create table "dashboard_queue_recent" ("queue_id" uuid not null, "bucket" timestamptz not null, "arrivals" int not null default 0, "decisions" int not null default 0, "primary_decisions" int not null default 0, constraint "dashboard_queue_recent_pkey" primary key ("queue_id", "bucket"));`);
    this.addSql(`create table "dashboard_handle_hour" ("queue_id" uuid not null, "hour" timestamptz not null, "handle_s" int not null, "decisions" int not null default 0, constraint "dashboard_handle_hour_pkey" primary key ("queue_id", "hour", "handle_s"));`);
    this.addSql(`create table "dashboard_person_last" ("user_id" uuid not null, "last_decided_at" timestamptz not null, constraint "dashboard_person_last_pkey" primary key ("user_id"));`);

    this.addSql(`create function dashboard_case_arrived() returns trigger language plpgsql as $$
      begin
        insert into dashboard_delta (queue_id, at, kind) values (new.queue_id, new.arrived_at, 'ARRIVAL');
        return null;
      end;
    $$;`);
    this.addSql(`create trigger dashboard_case_arrived after insert on "review_case" for each row execute function dashboard_case_arrived();`);

    // A QA review is compared with the case's first primary decision: the verdict (accuracy) and
    // the whole finding, as QaService.sameFinding judges it (overturn).
    this.addSql(`create function dashboard_decision_made() returns trigger language plpgsql as $$
      declare
        q uuid;
        p_verdict text;
        p_action text;
        p_codes text[];
      begin
        select queue_id into q from review_case where id = new.case_id;
        if new.kind = 'QA_REVIEW' then
          select verdict, action, policy_codes into p_verdict, p_action, p_codes
          from decision where case_id = new.case_id and kind = 'PRIMARY' order by created_at limit 1;
        end if;
        insert into dashboard_delta (queue_id, at, kind, decision_kind, handle_ms, decided_by_id, verdict_agrees, finding_differs)
        values (q, new.created_at, 'DECISION', new.kind, new.server_handle_time_ms, new.decided_by_id,
          case when p_verdict is null then null else p_verdict = new.verdict end,
          case when p_verdict is null then null else not (
            p_verdict = new.verdict and p_action = new.action
            and array(select distinct x from unnest(p_codes) x order by x) = array(select distinct x from unnest(new.policy_codes) x order by x)
          ) end);
        return null;
      end;
    $$;`);
    this.addSql(`create trigger dashboard_decision_made after insert on "decision" for each row execute function dashboard_decision_made();`);

    this.addSql(`create function dashboard_escalation_raised() returns trigger language plpgsql as $$
      begin
        insert into dashboard_delta (queue_id, at, kind) select c.queue_id, new.created_at, 'ESCALATION' from review_case c where c.id = new.case_id;
        return null;
      end;
    $$;`);
    this.addSql(`create trigger dashboard_escalation_raised after insert on "escalation" for each row execute function dashboard_escalation_raised();`);

    // Backfill: the history as deltas (the first dashboard read folds them).
    this.addSql(`insert into dashboard_delta (queue_id, at, kind) select queue_id, arrived_at, 'ARRIVAL' from review_case;`);
    this.addSql(`insert into dashboard_delta (queue_id, at, kind, decision_kind, handle_ms, decided_by_id, verdict_agrees, finding_differs)
      select c.queue_id, d.created_at, 'DECISION', d.kind, d.server_handle_time_ms, d.decided_by_id,
             case when p.verdict is null then null else p.verdict = d.verdict end,
             case when p.verdict is null then null else not (p.verdict = d.verdict and p.action = d.action
               and array(select distinct x from unnest(p.policy_codes) x order by x) = array(select distinct x from unnest(d.policy_codes) x order by x)) end
      from decision d join review_case c on c.id = d.case_id
      left join lateral (select verdict, action, policy_codes from decision o where d.kind = 'QA_REVIEW' and o.case_id = d.case_id and o.kind = 'PRIMARY' order by o.created_at limit 1) p on true;`);
    this.addSql(`insert into dashboard_delta (queue_id, at, kind) select c.queue_id, e.created_at, 'ESCALATION' from escalation e join review_case c on c.id = e.case_id;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger dashboard_escalation_raised on "escalation";`);
    this.addSql(`drop trigger dashboard_decision_made on "decision";`);
    this.addSql(`drop trigger dashboard_case_arrived on "review_case";`);
    this.addSql(`drop function dashboard_escalation_raised();`);
    this.addSql(`drop function dashboard_decision_made();`);
    this.addSql(`drop function dashboard_case_arrived();`);
    this.addSql(`drop table "dashboard_person_last", "dashboard_handle_hour", "dashboard_queue_recent", "dashboard_queue_hour", "dashboard_delta";`);
  }
}
