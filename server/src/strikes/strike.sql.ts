/**
 * Reads of account strikes (Migration20261205120000StrikeLadders keeps them from the feed): an
 * account's standing per policy area and its history, by `strike_subject`.
 */

/** Policy areas where the account has active strikes. Bindings: the subject. */
export const activeAreasSql = `
select distinct policy_code from strike where subject_id = ? and removed_at is null and expires_at > now()`;

/**
 * The account's active strikes in each area named, with the ladder set for the area (null: the
 * severity's default). One round trip, since deciding an account case reads it. Bindings: the
 * areas (a JSON array), the subject.
 */
export const standingSql = `
select codes.code as policy_code, l.rungs, l.expiry_days, coalesce(a.strikes, 0)::int as strikes, coalesce(a.points, 0)::int as points
from (select distinct jsonb_array_elements_text(?::jsonb) as code) codes
left join strike_ladder l on l.policy_code = codes.code
left join lateral (
  select count(*) as strikes, sum(weight) as points from strike
  where subject_id = ? and policy_code = codes.code and removed_at is null and expires_at > now()
) a on true`;

/** The account's strikes, newest first, with what became of each. Bindings: the subject, the limit. */
export const historySql = `
select id, policy_code, weight, decision_id, case_id, created_at, expires_at, removed_at, removed_by_decision_id
from strike where subject_id = ? order by created_at desc, id limit ?`;
