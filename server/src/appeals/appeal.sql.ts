/**
 * The claim's rule for appeals (cases/case.sql.ts composes it): an appeal case never goes to
 * anyone who decided the case it appeals, whatever part they had (first or second review, QA,
 * adjudication, escalation). One probe of `appeal_case_id_unique` per candidate, which finds
 * nothing for a case that is not an appeal.
 */
export const notOriginalDecider = (candidate: string, user: string) =>
  `not exists (select 1 from appeal a join decision d on d.case_id = a.appealed_case_id where a.case_id = ${candidate} and d.decided_by_id = ${user})`;
