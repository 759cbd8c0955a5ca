import { defaultWellness } from './wellness.entities.ts';

/**
 * Wellness's part of the case claim (cases/case.sql.ts), kept here with the rules it carries:
 * the evaluator's day is their site's day, an enforced break refuses claims, policy areas they
 * stepped away from today are skipped, and each S0 or S1 case leased counts towards the daily
 * cap, reaching which starts the break. The fragments name the claim's CTEs (`params`,
 * `on_break`) and its bindings as the claim passes them in.
 */

/** Columns of the claim's `params` row, and the joins they need from the evaluator `u`. */
export const wellnessParams = {
  columns: `(now() at time zone coalesce(s.time_zone, 'UTC'))::date as day,
         coalesce(w.daily_severe_cap, ${defaultWellness.dailySevereCap}) as severe_cap,
         coalesce(w.break_minutes, ${defaultWellness.breakMinutes}) as break_minutes`,
  joins: `left join team t on t.id = u.team_id
  left join site s on s.id = t.site_id
  left join team_wellness w on w.team_id = u.team_id`,
};

/** The `on_break` CTE: the end of the evaluator's enforced break today, if one is running. */
export const onBreak = `select e.break_until from exposure_day e, params p
  where e.user_id = p.user_id and e.day = p.day and e.break_until > now()`;

/** A case (golden or real) of a policy area the evaluator stepped away from today is never theirs. */
export function notSteppedAway(user: string, day: string, policyCode: string): string {
  return `not exists (select 1 from step_away sa where sa.user_id = ${user} and sa.day = ${day} and sa.policy_code = ${policyCode})`;
}

/**
 * The exposure count, an INSERT over the cases the claim newly leased (`claimed`): an S0 or S1
 * case counts towards today's cap, and the one that reaches it resets the count and starts the
 * enforced break that refuses the next claims.
 */
export function exposureCounted(claimed: string): string {
  return `insert into exposure_day as e (user_id, day, severe_count, severe_total, break_until)
  select p.user_id, p.day,
         case when 1 >= p.severe_cap then 0 else 1 end, 1,
         case when 1 >= p.severe_cap then now() + make_interval(mins => p.break_minutes) end
  from ${claimed} claimed, params p
  where claimed.severity in ('S0', 'S1')
  on conflict (user_id, day) do update set
    severe_total = e.severe_total + 1,
    severe_count = case when e.severe_count + 1 >= (select severe_cap from params) then 0 else e.severe_count + 1 end,
    break_until = case when e.severe_count + 1 >= (select severe_cap from params)
                       then now() + make_interval(mins => (select break_minutes from params))
                       else e.break_until end`;
}
