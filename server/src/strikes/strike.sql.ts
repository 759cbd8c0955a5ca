/**
 * Reads of account strikes (Migration20261205120000StrikeLadders keeps them from the feed): an
 * account's standing per policy area and its history, by `strike_subject`.
 */

/** Active strikes per policy area. Bindings: the subject. */
export const standingSql = `
select policy_code, count(*)::int as strikes, sum(weight)::int as points
from strike where subject_id = ? and removed_at is null and expires_at > now()
group by policy_code`;

/** The account's strikes, newest first, with what became of each. Bindings: the subject, the limit. */
export const historySql = `
select id, policy_code, weight, decision_id, case_id, created_at, expires_at, removed_at, removed_by_decision_id
from strike where subject_id = ? order by created_at desc, id limit ?`;
