/**
 * Demo history: six weeks of synthetic review work beside the demo activity, so the demo's
 * published reports and the quality page state figures with narrow intervals instead of "too few
 * to tell". Made by Postgres in a few statements (`generate_series`, a hash for every random
 * choice, so each run makes the same history), with the triggers on, so the dashboard and report
 * rollups see it as they would see live work. It bypasses the services (no audit trail): it is
 * background, not something anybody did in the app. `npm start` seeds it; the tests do not.
 *
 * Shape, for about 24,000 cases over the two search-query queues and the impersonation queue:
 * sources 55 % user reports, 30 % model flags, 15 % trusted flaggers; about a third violating;
 * primary decisions mostly within the SLA, 15 % double-reviewed (88 % agreeing), 8 % QA-sampled
 * (90 % confirmed), 3 % escalated. Search terms are neutral placeholders
 * ("prohibited-item-query-7"); two more, in en-US ("emerging-scam-query-1", "-2"), grow over the
 * last ten days, so the emerging-terms table has something to rank.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

const cases = 24_000;
const days = 42;

/** A deterministic fraction in [0, 1) for case `h.i` and a salt. */
const random = (salt: string) => `(('x' || substr(md5(h.i::text || '${salt}'), 1, 8))::bit(32)::bigint / 4294967296.0)`;

export async function seedDemoHistory(em: EntityManager, now = new Date()): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.execute(
      `create temporary table demo_history on commit drop as
       with q as (
         select array_agg(q.id order by q.name) as ids, array_agg(q.team_id order by q.name) as teams, array_agg(q.domain order by q.name) as domains
           from queue q where q.name in ('Search queries (English)', 'Search queries (Spanish and Portuguese)', 'Account impersonation and spam')
       ), plan as (
         select h.i, q.ids[1 + h.i % 3] as queue_id, q.teams[1 + h.i % 3] as team_id, q.domains[1 + h.i % 3] as domain,
                ?::timestamptz - (${days} * interval '1 day') + (h.i::float / ${cases}) * ((${days} - 1) * interval '1 day') as arrived,
                ${random('term')} as r_term, ${random('viol')} as r_viol, ${random('src')} as r_src, ${random('sev')} as r_sev,
                ${random('late')} as r_late, ${random('handle')} as r_handle, ${random('second')} as r_second, ${random('agree')} as r_agree,
                ${random('qa')} as r_qa, ${random('confirm')} as r_confirm, ${random('esc')} as r_esc, ${random('pol')} as r_pol
           from generate_series(1, ${cases}) h(i), q
       )
       select p.*, md5('vigil-demo-history-case-' || p.i)::uuid as case_id,
              case when p.domain = 'SEARCH' then 'SEARCH_QUERY' else 'ACCOUNT' end as kind,
              case when p.domain = 'SEARCH' and not e.emerging then (array['en-US', 'en-GB', 'es-ES', 'pt-BR'])[1 + p.i % 4] else 'en-US' end as locale,
              case
                when p.domain <> 'SEARCH' then null
                when e.emerging then 'emerging-scam-query-' || (1 + p.i % 2)
                else 'prohibited-item-query-' || (1 + floor(60 * p.r_term * p.r_term))::int
              end as term
         from plan p
        cross join lateral (
          select p.arrived > ?::timestamptz - interval '11 days'
             and p.r_term < 0.02 + 0.10 * extract(epoch from p.arrived - (?::timestamptz - interval '11 days')) / (10 * 86400) as emerging) e`,
      [now, now, now],
    );
    await tx.execute(
      `alter table demo_history add column violating boolean, add column policy text, add column action text, add column subject_key text,
         add column severity text, add column source text, add column decided_at timestamptz, add column evaluator_id uuid, add column partner_id uuid`,
    );
    await tx.execute(
      `update demo_history h set
         violating = case when h.term like 'emerging-%' then h.r_viol < 0.9 when h.kind = 'ACCOUNT' then h.r_viol < 0.4 else h.r_viol < 0.3 end,
         subject_key = case when h.kind = 'ACCOUNT' then 'account:demo-history-' || h.i else 'query:' || h.locale || ':' || h.term end,
         severity = (array['S1', 'S2', 'S2', 'S3'])[1 + floor(h.r_sev * 4)::int],
         source = case when h.r_src < 0.55 then 'user-report' when h.r_src < 0.85 then 'model-flag' else 'trusted-flagger' end,
         evaluator_id = (select array_agg(u.id order by u.email) from app_user u where u.team_id = h.team_id and 'EVALUATOR' = any(u.roles))[1 + h.i % 2],
         partner_id = (select array_agg(u.id order by u.email) from app_user u where u.team_id = h.team_id and 'EVALUATOR' = any(u.roles))[2 - h.i % 2]`,
    );
    await tx.execute(
      `update demo_history h set
         policy = case when not h.violating then null
                       when h.kind = 'ACCOUNT' then (array['IMPERSONATION', 'SPAM_AND_FAKE_ENGAGEMENT'])[1 + floor(h.r_pol * 2)::int]
                       when h.term like 'emerging-%' then 'SCAMS_AND_FRAUD'
                       else (array['SCAMS_AND_FRAUD', 'SCAMS_AND_FRAUD', 'REGULATED_GOODS', 'DANGEROUS_ACTS', 'HATE_SPEECH'])[1 + floor(h.r_pol * 5)::int] end,
         action = case when not h.violating then 'NO_ACTION' when h.kind = 'ACCOUNT' then 'WARN' else 'BLOCK_RESULTS' end,
         decided_at = h.arrived + case when h.r_late < 0.93 then interval '20 minutes' * (0.2 + h.r_handle) else interval '30 hours' end`,
    );
    await tx.execute(
      `insert into subject (id, kind, domain, key, locale, details)
       select distinct on (subject_key) md5('vigil-demo-history-subject-' || subject_key)::uuid, kind, domain, subject_key, locale, '{"demoHistory": true}'::jsonb
         from demo_history order by subject_key
       on conflict (key) do nothing`,
    );
    await tx.execute(
      `insert into review_case (id, queue_id, subject_id, status, severity, policy_code, sources, reasons, report_count, arrived_at, sla_due_at, resolved_at, created_at, updated_at)
       select h.case_id, h.queue_id, s.id, 'RESOLVED', h.severity, h.policy, array[h.source], '{demo-history}', 1, h.arrived,
              h.arrived + case h.severity when 'S1' then interval '2 hours' when 'S2' then interval '8 hours' else interval '24 hours' end,
              h.decided_at + case when h.r_second < 0.15 then interval '25 minutes' else interval '0' end, h.arrived, h.decided_at
         from demo_history h join subject s on s.key = h.subject_key`,
    );
    // Primary decisions, second reviews (a share disagreeing) and QA sample reviews (a share overturning).
    const finding = (agrees: string) =>
      `case when ${agrees} then h.violating else not h.violating end as v`;
    await tx.execute(
      `insert into decision (id, case_id, kind, decided_by_id, verdict, policy_codes, policy_version, action, action_params, rationale, handle_time_ms, server_handle_time_ms, idempotency_key, created_at)
       select md5('vigil-demo-history-' || x.kind || '-' || x.i)::uuid, x.case_id, x.kind, x.by, case when x.v then 'VIOLATING' else 'NOT_VIOLATING' end,
              case when x.v then array[coalesce(x.policy, case when x.k = 'ACCOUNT' then 'SPAM_AND_FAKE_ENGAGEMENT' else 'SCAMS_AND_FRAUD' end)] else '{}' end, 1,
              case when not x.v then 'NO_ACTION' when x.k = 'ACCOUNT' then 'WARN' else 'BLOCK_RESULTS' end, '{}'::jsonb, 'demo history',
              x.handle, x.handle, 'demo-history-' || x.kind || '-' || x.i, x.at
         from (
           select h.i, h.case_id, 'PRIMARY' as kind, h.evaluator_id as by, h.violating as v, h.policy, h.kind as k, (30000 + 150000 * h.r_handle)::int as handle, h.decided_at as at
             from demo_history h
           union all
           select h.i, h.case_id, 'SECOND_REVIEW', h.partner_id, ${finding('h.r_agree < 0.88')}, h.policy, h.kind, (40000 + 120000 * h.r_agree)::int, h.decided_at + interval '25 minutes'
             from demo_history h where h.r_second < 0.15
           union all
           select h.i, h.case_id, 'QA_REVIEW', (select id from app_user where email = 'qa@vigil.example'), ${finding('h.r_confirm < 0.9')}, h.policy, h.kind, 90000, h.decided_at + interval '3 hours'
             from demo_history h where h.r_qa < 0.08
         ) x`,
    );
    await tx.execute(
      `insert into escalation (id, case_id, raised_by_id, reason, note, tier_code, status, sla_due_at, needed_escalation, resolved_at, created_at, updated_at)
       select md5('vigil-demo-history-escalation-' || h.i)::uuid, h.case_id, h.evaluator_id,
              (array['POLICY_UNCLEAR', 'LEGAL', 'COORDINATED_ACTIVITY'])[1 + h.i % 3], 'demo history', 'TIER_2', 'RESOLVED',
              h.decided_at + interval '8 hours', h.r_confirm < 0.7, h.decided_at + interval '2 hours' * (1 + 4 * h.r_handle), h.decided_at - interval '5 minutes', h.decided_at
         from demo_history h where h.r_esc < 0.03`,
    );
  });
}
