import { Migration } from '@mikro-orm/migrations';

/**
 * Evaluation projects (server/src/projects/): a stakeholder's measurement question, the population
 * it is asked of (`project_item`, up to millions of rows, loaded in multi-row batches and read by
 * hand-written SQL only), and the probability sample drawn from it (`project_sample`: each sampled
 * item, its design stratum, its inclusion probability and the case that labels it, with a copy of
 * the item's id, weight, arm and attributes: the estimates read the sample alone, not ten thousand
 * rows scattered through a million-row population; measured in `npm run bench`'s project row).
 *
 * A project's queue labels; its outcomes enforce nothing unless the owner says so: the decision
 * feed's trigger (redefined here) leaves resolved cases of such a queue off the feed, and with it
 * off the enforcement lists, webhooks and statements of reasons.
 */
export class Migration20261205090000EvaluationProjects extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "evaluation_project" (
      "id" uuid not null, "title" text not null, "question" text not null, "guideline" text not null default '',
      "requesting_team" text not null, "requested_by_id" uuid null, "requested_by_token_id" uuid null,
      "team_id" uuid not null, "owner_id" uuid null,
      "domain" text check ("domain" in ('SEARCH', 'ACCOUNT')) not null, "policy_codes" text[] not null,
      "deadline" timestamptz not null, "target_half_width" double precision not null, "prior_rate" double precision not null,
      "comparison" text check ("comparison" in ('NONE', 'ARMS', 'PAIRED')) not null default 'NONE', "arm_labels" text[] not null default '{}',
      "enforces" boolean not null default false,
      "status" text check ("status" in ('REQUESTED', 'LABELLING', 'CLOSED', 'PUBLISHED')) not null default 'REQUESTED',
      "population_items" integer not null default 0, "population_weight" double precision not null default 0,
      "design" jsonb null, "queue_id" uuid null, "drawn_at" timestamptz null,
      "results" jsonb null, "closed_at" timestamptz null, "summary" text not null default '', "published_at" timestamptz null,
      "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      constraint "evaluation_project_pkey" primary key ("id"));`);
    this.addSql(`alter table "evaluation_project" add constraint "evaluation_project_queue_id_unique" unique ("queue_id");`);
    this.addSql(`alter table "evaluation_project" add constraint "evaluation_project_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "evaluation_project" add constraint "evaluation_project_requested_by_token_id_foreign" foreign key ("requested_by_token_id") references "api_token" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "evaluation_project" add constraint "evaluation_project_team_id_foreign" foreign key ("team_id") references "team" ("id") on update cascade;`);
    this.addSql(`alter table "evaluation_project" add constraint "evaluation_project_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "evaluation_project" add constraint "evaluation_project_queue_id_foreign" foreign key ("queue_id") references "queue" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "evaluation_project_team_id_index" on "evaluation_project" ("team_id");`);
    this.addSql(`create index "evaluation_project_requested_by_id_index" on "evaluation_project" ("requested_by_id");`);

    // Identity keys: a million rows of uuids would be 8 more bytes each in the table and its index.
    this.addSql(`create table "project_item" (
      "id" bigint generated always as identity, "project_id" uuid not null, "external_id" text not null,
      "subject" jsonb not null, "weight" double precision not null, "attributes" jsonb not null default '{}',
      "arm" text null check ("arm" in ('A', 'B')), "pair_key" text null,
      constraint "project_item_pkey" primary key ("id"));`);
    // Re-sent items are recognised by the requester's id, so an upload can be retried.
    this.addSql(`alter table "project_item" add constraint "project_item_project_id_external_id_unique" unique ("project_id", "external_id");`);
    // A pair is one item in each arm.
    this.addSql(`create unique index "project_item_pair_arm_unique" on "project_item" ("project_id", "pair_key", "arm") where "pair_key" is not null;`);
    this.addSql(`alter table "project_item" add constraint "project_item_project_id_foreign" foreign key ("project_id") references "evaluation_project" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "project_sample" (
      "item_id" bigint not null, "project_id" uuid not null, "stratum" text not null,
      "external_id" text not null, "weight" double precision not null, "arm" text null, "pair_key" text null, "attributes" jsonb not null,
      "inclusion_probability" double precision not null check ("inclusion_probability" > 0 and "inclusion_probability" <= 1),
      "case_id" uuid not null, constraint "project_sample_pkey" primary key ("item_id"));`);
    this.addSql(`alter table "project_sample" add constraint "project_sample_case_id_unique" unique ("case_id");`);
    this.addSql(`alter table "project_sample" add constraint "project_sample_item_id_foreign" foreign key ("item_id") references "project_item" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "project_sample" add constraint "project_sample_project_id_foreign" foreign key ("project_id") references "evaluation_project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "project_sample" add constraint "project_sample_case_id_foreign" foreign key ("case_id") references "review_case" ("id") on update cascade;`);
    this.addSql(`create index "project_sample_project_id_index" on "project_sample" ("project_id");`);

    // The requester hears when the results are published.
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('ESCALATION_ANSWERED', 'ESCALATION_SLA_BREACHED', 'DECISION_OVERTURNED', 'TRAINING_ASSIGNED', 'REMEDIAL_TRAINING_ASSIGNED', 'CERTIFICATION_EXPIRING', 'REPORT_PUBLISHED', 'PROJECT_RESULTS_PUBLISHED'));`);
    this.addSql(`alter table "notification" add column "project_id" uuid null;`);

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
        -- A measurement labels its sample; it acts on nothing unless its owner said so.
        if exists (select 1 from evaluation_project p where p.queue_id = c.queue_id and not p.enforces) then return; end if;
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
