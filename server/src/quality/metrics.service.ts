import type { EntityManager } from '@mikro-orm/postgresql';
import type { EnforcementAction } from '../decisions/actions.ts';
import type { Verdict } from '../decisions/decision.entity.ts';
import { type Finding, sameFinding } from '../decisions/decision.service.ts';
import { BadUserInputError } from '../kernel/errors.ts';
import { categoryCounts, cohensKappa, fleissKappa } from './agreement.ts';

export enum QualityGrouping {
  ALL = 'ALL',
  EVALUATOR = 'EVALUATOR',
  TEAM = 'TEAM',
  QUEUE = 'QUEUE',
  POLICY = 'POLICY',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

/** Which decisions to measure: those made in [from, to), narrowed by any of the rest. */
export interface QualityScope {
  from: Date;
  to: Date;
  evaluatorId?: string | null;
  teamId?: string | null;
  queueId?: string | null;
  policyCode?: string | null;
}

/** One group's measures. Rates are null when nothing was measured: no answer beats a made-up zero. */
export interface QualityMeasures {
  key: string;
  label: string;
  /** Primary and second-review decisions, golden answers included. */
  decisions: number;
  medianHandleTimeMs: number | null;
  /** Share of primary decisions made before the case's SLA ran out. */
  slaAdherence: number | null;
  /** Decisions on cases a QA analyst reviewed or adjudicated, and how many matched QA. */
  qaChecked: number;
  qaAgreed: number;
  accuracyVsQa: number | null;
  /** Decisions on QA-sampled cases, and how many QA overturned. */
  qaSampled: number;
  overturned: number;
  overturnRate: number | null;
  goldenAnswered: number;
  goldenCorrect: number;
  goldenAccuracy: number | null;
  /** Against QA and golden answers together. */
  accuracy: number | null;
  /** Cohen's κ of the verdicts against the QA or golden answer. */
  kappaVsReference: number | null;
  /** Fleiss' κ of the verdicts over the double-reviewed cases (two raters each). */
  doubleReviewedCases: number;
  fleissKappa: number | null;
  escalationsRaised: number;
  escalationsResolved: number;
  escalationsConfirmed: number;
  /** Of the resolved escalations, the share the specialist confirmed were needed. */
  escalationPrecision: number | null;
  /** Escalations raised per case handled (decided or escalated). */
  escalationRate: number | null;
}

/** One evaluator decision with what it is measured against. */
interface DecisionRow extends GroupFields {
  case_id: string;
  kind: 'PRIMARY' | 'SECOND_REVIEW';
  verdict: Verdict;
  action: EnforcementAction;
  policy_codes: string[];
  handle_time_ms: number;
  within_sla: boolean;
  ref_kind: 'QA_REVIEW' | 'ADJUDICATION' | null;
  ref_verdict: Verdict | null;
  ref_action: EnforcementAction | null;
  ref_policy_codes: string[] | null;
  golden_verdict: Verdict | null;
  golden_action: EnforcementAction | null;
  golden_policy_codes: string[] | null;
  partner_verdict: Verdict | null;
}

interface EscalationRow extends GroupFields {
  status: string;
  needed_escalation: boolean | null;
}

interface GroupFields {
  evaluator_id: string;
  evaluator_name: string;
  team_id: string | null;
  team_name: string | null;
  queue_id: string;
  queue_name: string;
  policy_code: string | null;
  created_at: Date;
}

const maxPeriodDays = 400;

/**
 * The one place quality is measured: every screen and report asks here, so the numbers agree
 * wherever they are shown. Two queries fetch the decisions and escalations in scope with what
 * each is measured against; the grouping and the statistics run here.
 *
 * - Reference answers: the latest QA review or adjudication of the case, or the golden answer
 *   for a golden copy. Matching means the same verdict, action and set of policies.
 * - A decision's policy: the one its case's reports suspect, else the reference answer's first,
 *   else its own first.
 */
export class QualityMetricsService {
  constructor(private readonly em: EntityManager) {}

  async measure(scope: QualityScope, groupBy: QualityGrouping): Promise<QualityMeasures[]> {
    assertPeriod(scope);
    const [decisions, escalations] = await Promise.all([this.decisions(scope), this.escalations(scope)]);
    const groups = new Map<string, { label: string; decisions: DecisionRow[]; escalations: EscalationRow[] }>();
    const groupOf = (row: GroupFields) => {
      const [key, label] = groupKey(row, groupBy);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { label, decisions: [], escalations: [] }));
      return group;
    };
    for (const row of decisions) groupOf(row).decisions.push(row);
    for (const row of escalations) groupOf(row).escalations.push(row);
    if (groups.size === 0 && groupBy === QualityGrouping.ALL) groups.set('all', { label: 'All', decisions: [], escalations: [] });
    const periodic = [QualityGrouping.DAY, QualityGrouping.WEEK, QualityGrouping.MONTH].includes(groupBy);
    return [...groups.entries()]
      .map(([key, group]) => measuresOf(key, group.label, group.decisions, group.escalations))
      .sort((a, b) => (periodic ? a.key.localeCompare(b.key) : a.label.localeCompare(b.label)));
  }

  private async decisions(scope: QualityScope): Promise<DecisionRow[]> {
    const rows = await this.em.execute<DecisionRow[]>(
      `select * from (
         select d.case_id, d.kind, d.verdict, d.action, d.policy_codes, d.handle_time_ms, d.created_at,
                d.created_at <= c.sla_due_at as within_sla,
                d.decided_by_id as evaluator_id, u.display_name as evaluator_name, u.team_id, t.name as team_name,
                c.queue_id, q.name as queue_name,
                coalesce(c.policy_code, ref.policy_codes[1], g.policy_codes[1], d.policy_codes[1]) as policy_code,
                ref.kind as ref_kind, ref.verdict as ref_verdict, ref.action as ref_action, ref.policy_codes as ref_policy_codes,
                g.verdict as golden_verdict, g.action as golden_action, g.policy_codes as golden_policy_codes,
                partner.verdict as partner_verdict
         from decision d
         join review_case c on c.id = d.case_id
         join queue q on q.id = c.queue_id
         join app_user u on u.id = d.decided_by_id
         left join team t on t.id = u.team_id
         left join golden_case g on g.id = c.golden_case_id
         left join lateral (
           select r.kind, r.verdict, r.action, r.policy_codes from decision r
           where r.case_id = d.case_id and r.kind in ('QA_REVIEW', 'ADJUDICATION')
           order by r.created_at desc limit 1
         ) ref on true
         left join lateral (
           select o.verdict from decision o
           where o.case_id = d.case_id and o.kind in ('PRIMARY', 'SECOND_REVIEW') and o.id <> d.id
           limit 1
         ) partner on true
         where d.kind in ('PRIMARY', 'SECOND_REVIEW') and d.created_at >= ? and d.created_at < ?
           and (?::uuid is null or d.decided_by_id = ?::uuid)
           and (?::uuid is null or u.team_id = ?::uuid)
           and (?::uuid is null or c.queue_id = ?::uuid)
       ) measured
       where ?::text is null or policy_code = ?::text`,
      scopeBindings(scope),
    );
    return rows;
  }

  private async escalations(scope: QualityScope): Promise<EscalationRow[]> {
    return this.em.execute<EscalationRow[]>(
      `select * from (
         select e.status, e.needed_escalation, e.created_at,
                e.raised_by_id as evaluator_id, u.display_name as evaluator_name, u.team_id, t.name as team_name,
                c.queue_id, q.name as queue_name, coalesce(c.policy_code, res.policy_codes[1]) as policy_code
         from escalation e
         join review_case c on c.id = e.case_id
         join queue q on q.id = c.queue_id
         join app_user u on u.id = e.raised_by_id
         left join team t on t.id = u.team_id
         left join decision res on res.id = e.resolution_id
         where e.created_at >= ? and e.created_at < ?
           and (?::uuid is null or e.raised_by_id = ?::uuid)
           and (?::uuid is null or u.team_id = ?::uuid)
           and (?::uuid is null or c.queue_id = ?::uuid)
       ) measured
       where ?::text is null or policy_code = ?::text`,
      scopeBindings(scope),
    );
  }
}

function assertPeriod(scope: QualityScope): void {
  if (!(scope.from < scope.to)) throw new BadUserInputError('The period must end after it starts.', 'to');
  if (scope.to.getTime() - scope.from.getTime() > maxPeriodDays * 86_400_000) throw new BadUserInputError(`Measure at most ${maxPeriodDays} days at once.`, 'from');
}

function scopeBindings(scope: QualityScope): unknown[] {
  const pair = (value: string | null | undefined) => [value ?? null, value ?? null];
  return [scope.from, scope.to, ...pair(scope.evaluatorId), ...pair(scope.teamId), ...pair(scope.queueId), ...pair(scope.policyCode)];
}

function groupKey(row: GroupFields, groupBy: QualityGrouping): [string, string] {
  const day = new Date(row.created_at).toISOString().slice(0, 10);
  switch (groupBy) {
    case QualityGrouping.ALL:
      return ['all', 'All'];
    case QualityGrouping.EVALUATOR:
      return [row.evaluator_id, row.evaluator_name];
    case QualityGrouping.TEAM:
      return [row.team_id ?? 'none', row.team_name ?? 'No team'];
    case QualityGrouping.QUEUE:
      return [row.queue_id, row.queue_name];
    case QualityGrouping.POLICY:
      return [row.policy_code ?? 'none', row.policy_code ?? 'No policy'];
    case QualityGrouping.DAY:
      return [day, day];
    case QualityGrouping.WEEK: {
      // ISO weeks start on Monday.
      const date = new Date(`${day}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
      const monday = date.toISOString().slice(0, 10);
      return [monday, `Week of ${monday}`];
    }
    case QualityGrouping.MONTH:
      return [day.slice(0, 7), day.slice(0, 7)];
  }
}

function measuresOf(key: string, label: string, decisions: DecisionRow[], escalations: EscalationRow[]): QualityMeasures {
  const finding = (verdict: Verdict, action: EnforcementAction, policyCodes: string[]): Finding => ({ verdict, action, policyCodes });
  let qaChecked = 0, qaAgreed = 0, qaSampled = 0, overturned = 0, goldenAnswered = 0, goldenCorrect = 0;
  const referencePairs: [string, string][] = [];
  const doubleReviewed = new Map<string, [string, string]>();
  for (const row of decisions) {
    const own = finding(row.verdict, row.action, row.policy_codes);
    if (row.ref_kind) {
      const matches = sameFinding(own, finding(row.ref_verdict!, row.ref_action!, row.ref_policy_codes!));
      qaChecked++;
      if (matches) qaAgreed++;
      if (row.ref_kind === 'QA_REVIEW') {
        qaSampled++;
        if (!matches) overturned++;
      }
      referencePairs.push([row.verdict, row.ref_verdict!]);
    }
    if (row.golden_verdict) {
      goldenAnswered++;
      if (sameFinding(own, finding(row.golden_verdict, row.golden_action!, row.golden_policy_codes!))) goldenCorrect++;
      referencePairs.push([row.verdict, row.golden_verdict]);
    }
    if (row.partner_verdict && !doubleReviewed.has(row.case_id)) doubleReviewed.set(row.case_id, [row.verdict, row.partner_verdict]);
  }
  const primaries = decisions.filter((row) => row.kind === 'PRIMARY');
  const resolved = escalations.filter((row) => row.status === 'RESOLVED');
  const confirmed = resolved.filter((row) => row.needed_escalation).length;
  return {
    key,
    label,
    decisions: decisions.length,
    medianHandleTimeMs: median(decisions.map((row) => row.handle_time_ms)),
    slaAdherence: share(primaries.filter((row) => row.within_sla).length, primaries.length),
    qaChecked,
    qaAgreed,
    accuracyVsQa: share(qaAgreed, qaChecked),
    qaSampled,
    overturned,
    overturnRate: share(overturned, qaSampled),
    goldenAnswered,
    goldenCorrect,
    goldenAccuracy: share(goldenCorrect, goldenAnswered),
    accuracy: share(qaAgreed + goldenCorrect, qaChecked + goldenAnswered),
    kappaVsReference: cohensKappa(referencePairs),
    doubleReviewedCases: doubleReviewed.size,
    fleissKappa: fleissKappa(categoryCounts([...doubleReviewed.values()])),
    escalationsRaised: escalations.length,
    escalationsResolved: resolved.length,
    escalationsConfirmed: confirmed,
    escalationPrecision: share(confirmed, resolved.length),
    escalationRate: share(escalations.length, primaries.length + escalations.length),
  };
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
