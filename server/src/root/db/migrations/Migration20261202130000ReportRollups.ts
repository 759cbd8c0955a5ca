import { Migration } from '@mikro-orm/migrations';

/**
 * The report's hourly rollups (see server/src/reports/report.rollup.ts for how they are folded
 * and read). Each table holds one family of figures per UTC hour and queue, folded from the big
 * tables by the same aggregate the report runs over the hours not folded yet, so a month reads
 * ~720 small rows per family instead of millions.
 *
 * Rows that land in an hour already folded (a backdated insert, a case moved, a resolution
 * re-timed, a row deleted) mark that hour in `report_dirty_hour` through statement-level
 * triggers, and the fold refolds from the earliest such hour. Live traffic is stamped with now(),
 * so on the hot path these triggers find nothing to mark.
 */
export class Migration20261202130000ReportRollups extends Migration {
  override async up(): Promise<void> {
    // The ranges the fold and the report's unfolded edges read.
    this.addSql(`create index "decision_created_at_index" on "decision" ("created_at");`);
    this.addSql(`create index "review_case_arrived_at_index" on "review_case" ("arrived_at");`);
    this.addSql(`create index "review_case_resolved_at_index" on "review_case" ("resolved_at") where "resolved_at" is not null;`);
    this.addSql(`create index "escalation_created_at_index" on "escalation" ("created_at");`);

    this.addSql(`create table "report_arrival_hour" ("hour" timestamptz not null, "queue_id" uuid not null, "domain" text not null, "subject_kind" text not null, "source" text not null, "n" int not null);`);
    this.addSql(`create table "report_resolution_hour" ("hour" timestamptz not null, "queue_id" uuid not null, "verdict" text not null, "action" text not null, "policy_codes" text[] not null, "n" int not null);`);
    this.addSql(`create table "report_term_hour" ("hour" timestamptz not null, "queue_id" uuid not null, "term" text not null, "locale" text not null, "n" int not null);`);
    this.addSql(`create table "report_sla_hour" ("hour" timestamptz not null, "queue_id" uuid not null, "severity" text not null, "n" int not null, "within" int not null);`);
    this.addSql(`create table "report_quality_hour" ("hour" timestamptz not null, "queue_id" uuid not null, "measure" text check ("measure" in ('QA', 'GOLDEN', 'DOUBLE')) not null, "verdict" text not null, "reference_verdict" text not null, "agrees" boolean not null, "n" int not null);`);
    for (const table of ['report_arrival_hour', 'report_resolution_hour', 'report_term_hour', 'report_sla_hour', 'report_quality_hour']) {
      this.addSql(`create index "${table}_hour_index" on "${table}" ("hour");`);
    }
    this.addSql(`create table "report_rollup_state" ("id" boolean primary key default true check ("id"), "folded_until" timestamptz null);`);
    this.addSql(`insert into "report_rollup_state" ("folded_until") values (null);`);
    this.addSql(`create table "report_dirty_hour" ("hour" timestamptz primary key);`);

    // Marks the hours of `at` values before the current hour; the callers pass the instants a
    // changed row's facts are keyed by.
    this.addSql(`create function report_mark_dirty(ats timestamptz[]) returns void language sql as $$
      insert into report_dirty_hour (hour)
      select distinct date_trunc('hour', at, 'UTC') from unnest(ats) at
       where at is not null and at < date_trunc('hour', now(), 'UTC')
      on conflict do nothing;
    $$;`);
    this.addSql(`create function report_decisions_changed() returns trigger language plpgsql as $$
      begin
        if tg_op in ('INSERT', 'UPDATE') then perform report_mark_dirty(array(select created_at from changed_new)); end if;
        if tg_op in ('DELETE', 'UPDATE') then perform report_mark_dirty(array(select created_at from changed_old)); end if;
        return null;
      end;
    $$;`);
    this.statementTriggers('decision', 'report_decisions');

    // A case's facts are keyed by its arrival (arrivals; its decisions come later), its primary
    // decision (SLA by severity) and its resolution. A change to what they are grouped by refolds
    // from the arrival; a new severity or SLA from the primary decision, if there is one yet (a
    // report merged into an open case raises its severity all the time); a new resolution time
    // from the earlier of the two.
    this.addSql(`create function report_cases_changed() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          perform report_mark_dirty(array(select least(arrived_at, resolved_at) from changed_new));
        elsif tg_op = 'DELETE' then
          perform report_mark_dirty(array(select least(arrived_at, resolved_at) from changed_old));
        else
          perform report_mark_dirty(array(
            select least(
                     case when (o.queue_id, o.arrived_at, o.sources[1], o.golden_case_id, o.subject_id)
                               is distinct from (n.queue_id, n.arrived_at, n.sources[1], n.golden_case_id, n.subject_id)
                          then least(o.arrived_at, n.arrived_at) end,
                     case when (o.severity, o.sla_due_at) is distinct from (n.severity, n.sla_due_at)
                          then (select min(d.created_at) from decision d where d.case_id = n.id and d.kind = 'PRIMARY') end,
                     case when o.resolved_at is distinct from n.resolved_at then least(o.resolved_at, n.resolved_at) end)
              from changed_old o join changed_new n on n.id = o.id));
        end if;
        return null;
      end;
    $$;`);
    this.statementTriggers('review_case', 'report_cases');

    this.addSql(`create function report_subjects_changed() returns trigger language plpgsql as $$
      begin
        perform report_mark_dirty(array(
          select min(c.arrived_at) from changed_old o join changed_new n on n.id = o.id join review_case c on c.subject_id = n.id
           where (o.kind, o.domain, o.key, o.locale) is distinct from (n.kind, n.domain, n.key, n.locale)));
        return null;
      end;
    $$;`);
    this.addSql(`create trigger report_subjects_updated after update on "subject" referencing old table as changed_old new table as changed_new for each statement execute function report_subjects_changed();`);
  }

  /** Statement-level triggers on every change to `table`, calling `${name}_changed()` with the transition tables. */
  private statementTriggers(table: string, name: string): void {
    const transitions = { insert: 'new table as changed_new', delete: 'old table as changed_old', update: 'old table as changed_old new table as changed_new' };
    for (const [event, referencing] of Object.entries(transitions)) {
      const op = event === 'insert' ? 'inserted' : event === 'delete' ? 'deleted' : 'updated';
      this.addSql(`create trigger ${name}_${op} after ${event} on "${table}" referencing ${referencing} for each statement execute function ${name}_changed();`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger report_subjects_updated on "subject";`);
    this.addSql(`drop function report_subjects_changed();`);
    for (const op of ['inserted', 'deleted', 'updated']) {
      this.addSql(`drop trigger report_cases_${op} on "review_case";`);
      this.addSql(`drop trigger report_decisions_${op} on "decision";`);
    }
    this.addSql(`drop function report_cases_changed();`);
    this.addSql(`drop function report_decisions_changed();`);
    this.addSql(`drop function report_mark_dirty(timestamptz[]);`);
    this.addSql(`drop table "report_dirty_hour", "report_rollup_state", "report_quality_hour", "report_sla_hour", "report_term_hour", "report_resolution_hour", "report_arrival_hour";`);
    this.addSql(`drop index "escalation_created_at_index", "review_case_resolved_at_index", "review_case_arrived_at_index", "decision_created_at_index";`);
  }
}
