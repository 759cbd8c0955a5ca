import { Migration } from '@mikro-orm/migrations';

/**
 * Account strikes (server/src/strikes/): a strike per policy area each time an account's outcome
 * on the feed is an enforced violation, weighted by the policy's severity (S0 4, S1 3, S2 2, S3 1)
 * and expiring after its ladder's `expiry_days` (90 by default). An outcome that supersedes another
 * (a QA override, an appeal's outcome) removes the superseded decision's strikes first, so a
 * reversal leaves none and an upheld appeal gives them again. Written by a trigger on the feed, so
 * every path that puts an outcome on the feed (the hot path, QA, adjudication, appeals) keeps them,
 * in the deciding transaction. VARIANT_MATCH events repeat a decision and add nothing.
 */
export class Migration20261205120000StrikeLadders extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "strike_ladder" ("policy_code" text not null, "rungs" jsonb not null, "expiry_days" int not null check ("expiry_days" between 1 and 3650), "updated_at" timestamptz not null default now(), constraint "strike_ladder_pkey" primary key ("policy_code"));`);
    this.addSql(`create table "strike" (
      "id" uuid not null default gen_random_uuid(), "subject_id" uuid not null, "policy_code" text not null, "weight" int not null,
      "decision_id" uuid not null, "case_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null,
      "removed_at" timestamptz null, "removed_by_decision_id" uuid null,
      constraint "strike_pkey" primary key ("id"));`);
    this.addSql(`alter table "strike" add constraint "strike_subject_id_foreign" foreign key ("subject_id") references "subject" ("id") on update cascade;`);
    this.addSql(`alter table "strike" add constraint "strike_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on update cascade;`);
    this.addSql(`create index "strike_subject" on "strike" ("subject_id", "created_at");`);
    this.addSql(`create index "strike_decision" on "strike" ("decision_id") where "removed_at" is null;`);

    this.addSql(`create function strike_apply() returns trigger language plpgsql as $$
      declare
        account uuid;
      begin
        if new.domain <> 'ACCOUNT' or new.kind = 'VARIANT_MATCH' then return null; end if;
        select subject_id into account from review_case where id = new.case_id;
        if new.supersedes_decision_id is not null then
          update strike set removed_at = new.decided_at, removed_by_decision_id = new.decision_id
           where decision_id = new.supersedes_decision_id and removed_at is null;
        end if;
        if new.verdict = 'VIOLATING' and new.action <> 'NO_ACTION' then
          insert into strike (subject_id, policy_code, weight, decision_id, case_id, created_at, expires_at)
          select account, code,
                 case p.severity when 'S0' then 4 when 'S1' then 3 when 'S2' then 2 else 1 end,
                 new.decision_id, new.case_id, new.decided_at, new.decided_at + make_interval(days => coalesce(l.expiry_days, 90))
          from (select distinct unnest(new.policy_codes) as code) codes
          left join lateral (select severity from policy where policy.code = codes.code order by version desc limit 1) p on true
          left join strike_ladder l on l.policy_code = codes.code;
        end if;
        return null;
      end;
    $$;`);
    this.addSql(`create trigger strike_apply after insert on "decision_event" for each row execute function strike_apply();`);
  }
}
