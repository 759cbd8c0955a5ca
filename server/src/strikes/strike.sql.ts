/**
 * Reads of account strikes (Migration20261205120000StrikeLadders keeps them from the feed): an
 * account's standing per policy area and its history, by `strike_subject`.
 */

/**
 * Accounts' active strikes in each area named (or, with no areas named, in each area where they
 * have some), with the ladder set for the area (null: the severity's default). One round trip for
 * one account (deciding an account case reads it) or for a cluster's members. Bindings: the
 * subjects (a JSON array), the areas (a JSON array, or null) twice.
 */
export const standingsSql = `
select subjects.id as subject_id, codes.code as policy_code, l.rungs, l.expiry_days, coalesce(a.strikes, 0)::int as strikes, coalesce(a.points, 0)::int as points
from (select jsonb_array_elements_text(?::jsonb)::uuid as id) subjects
cross join lateral (
  select jsonb_array_elements_text(?::jsonb) as code
  union
  select policy_code from strike where ?::jsonb is null and subject_id = subjects.id and removed_at is null and expires_at > now()
) codes
left join strike_ladder l on l.policy_code = codes.code
left join lateral (
  select count(*) as strikes, sum(weight) as points from strike
  where subject_id = subjects.id and policy_code = codes.code and removed_at is null and expires_at > now()
) a on true`;

/** The account's strikes, newest first, with what became of each. Bindings: the subject, the limit. */
export const historySql = `
select id, policy_code, weight, decision_id, case_id, created_at, expires_at, removed_at, removed_by_decision_id
from strike where subject_id = ? order by created_at desc, id limit ?`;
