/**
 * Training's part of the case claim (cases/case.sql.ts): a queue that names a certification hands
 * cases only to holders of a valid (unexpired) one. Without it the claim's row says `certified`
 * false and the web app sends the evaluator to the training program.
 *
 * `user` is the evaluator's id and `required` the queue's certification code, as SQL expressions.
 */
export function certifiedFor(user: string, required: string): string {
  return `${required} is null or exists (
           select 1 from certification ce where ce.user_id = ${user} and ce.code = ${required} and ce.expires_at > now()
         )`;
}
