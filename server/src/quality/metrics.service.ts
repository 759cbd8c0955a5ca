import type { EntityManager } from '@mikro-orm/postgresql';
import type { EnforcementAction } from '../decisions/actions.ts';
import type { Verdict } from '../decisions/decision.entity.ts';
import { type Finding, sameFinding } from '../decisions/decision.service.ts';
import { BadUserInputError } from '../kernel/errors.ts';
import { cohensKappaOfTable, pairedFleissKappa, tallyPairs } from './agreement.ts';
import { bootstrapped, type Estimate, medianEstimate, proportion } from './estimate.ts';

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

/**
 * One group's measures. Every rate, κ and median is an Estimate (value, n, 95 % interval, or too few
 * to tell; see estimate.ts); the raw counts beside them are the proportions' parts.
 * The definitions are in `measureDefinitions` below, word for word as the GraphQL schema gives them.
 */
export interface QualityMeasures {
  key: string;
  label: string;
  /** The instant the reference answers were read: QA reviews and adjudications made later do not count. */
  asOf: Date;
  /** The IANA time zone DAY, WEEK and MONTH periods were cut in (see `periodTimeZone`). */
  timeZone: string;
  decisions: number;
  primaryDecisions: number;
  secondReviews: number;
  adjudications: number;
  casesHandled: number;
  medianHandleTimeMs: Estimate;
  slaDue: number;
  slaDecidedInTime: number;
  slaDecidedLate: number;
  slaOpenPastDue: number;
  slaEscalatedPastDue: number;
  slaAdherence: Estimate;
  tierSlaDue: number;
  tierSlaAnsweredInTime: number;
  tierSlaAnsweredLate: number;
  tierSlaOpenPastDue: number;
  tierSlaAdherence: Estimate;
  qaChecked: number;
  qaAgreed: number;
  accuracyVsQa: Estimate;
  qaSampled: number;
  overturned: number;
  overturnRate: Estimate;
  adjudicated: number;
  adjudicationUpheld: number;
  adjudicationUpheldRate: Estimate;
  goldenAnswered: number;
  goldenCorrect: number;
  goldenAccuracy: Estimate;
  accuracy: Estimate;
  kappaVsReference: Estimate;
  doubleReviewedCases: number;
  fleissKappa: Estimate;
  escalationsRaised: number;
  escalationsCompulsory: number;
  escalationsDiscretionary: number;
  escalationsResolved: number;
  escalationsConfirmed: number;
  escalationPrecision: Estimate;
  escalationRate: Estimate;
  /** Double-review partners, per evaluator (EVALUATOR grouping only; empty otherwise). */
  partners: AgreementPartner[];
}

/** How one evaluator agreed with one double-review partner over the cases both decided. */
export interface AgreementPartner {
  partnerId: string;
  partnerName: string;
  /** Cases both decided (a primary and a second review) in the period. */
  n: number;
  /** Share of those with the same verdict. */
  agreement: Estimate;
  /** Cohen’s κ of the pair’s verdicts: undefined (value null, n shown) when every verdict fell in one category. */
  kappa: Estimate;
}

/**
 * What every measure means: its numerator, denominator, which decisions count and which time puts
 * it in the period. The GraphQL descriptions (metrics.inputs.ts) are these words, so the schema
 * and the code cannot drift apart; tests/api/quality-definitions.test.ts checks each on a fixed
 * data set with hand-computed values.
 *
 * "The person's decisions" are those they made (decided_by) in [from, to), by the decision's time.
 * Golden copies are cases of their own (review_case.golden_case_id), so a golden answer is never
 * also a primary decision in these counts.
 */
export const measureDefinitions = {
  decisions: 'Every decision the person made in the period: primaryDecisions + secondReviews + adjudications + goldenAnswered.',
  primaryDecisions: 'Primary decisions on real cases (golden copies excluded), by decision time.',
  secondReviews: 'Blind second-review decisions, by decision time.',
  adjudications: 'Adjudications of disagreeing double reviews the person (a QA analyst) made, by decision time.',
  casesHandled:
    'Cases handled: primary decisions (golden copies included, as the evaluator cannot tell them apart) + second reviews + escalations raised, each by its own time. A second reviewer who escalates has handled the case.',
  medianHandleTimeMs: 'Median handle time of primary, second-review and golden decisions, in milliseconds, as the server measured it (from the claim to the decision); decisions without a server figure (made before claims were stamped) are left out.',
  slaDue: 'Real cases whose SLA due time falls in the period, counted to the person who made the primary decision, else raised the escalation, else holds the case; cases nobody touched count only without an evaluator or team grouping.',
  slaDecidedInTime: 'Of slaDue, cases first decided (primary or specialist decision) at or before their due time, escalated or not.',
  slaDecidedLate: 'Of slaDue, cases never escalated and first decided after their due time.',
  slaOpenPastDue: 'Of slaDue, cases never escalated, still undecided and past their due time now.',
  slaEscalatedPastDue: 'Of slaDue, escalated cases first decided after their due time or still undecided past it now.',
  slaAdherence: 'slaDecidedInTime / (slaDecidedInTime + slaDecidedLate + slaOpenPastDue + slaEscalatedPastDue); cases not yet due and undecided are not counted.',
  tierSlaDue: 'Escalations whose tier’s SLA due time (raised time plus the tier’s SLA) falls in the period, counted to the person who raised them, by due time.',
  tierSlaAnsweredInTime: 'Of tierSlaDue, those a specialist resolved at or before their due time.',
  tierSlaAnsweredLate: 'Of tierSlaDue, those resolved after their due time.',
  tierSlaOpenPastDue: 'Of tierSlaDue, those still unresolved past their due time now.',
  tierSlaAdherence: 'tierSlaAnsweredInTime / (tierSlaAnsweredInTime + tierSlaAnsweredLate + tierSlaOpenPastDue): the specialist tiers’ own SLA; escalations not yet due and unresolved are not counted.',
  qaChecked: 'The person’s primary and second-review decisions on cases a QA analyst reviewed as a random sample (the latest QA review is the answer).',
  qaAgreed: 'Of qaChecked, those with the same verdict, action and policies as the QA review.',
  accuracyVsQa: 'qaAgreed / qaChecked: accuracy against random QA samples.',
  qaSampled: 'Decisions on QA-sampled cases: the same decisions as qaChecked.',
  overturned: 'Of qaSampled, those QA overturned (a different finding).',
  overturnRate: 'overturned / qaSampled.',
  adjudicated: 'The person’s primary and second-review decisions on double-reviewed cases that went to adjudication (one side must lose, so this is not an accuracy sample).',
  adjudicationUpheld: 'Of adjudicated, those the adjudication agreed with.',
  adjudicationUpheldRate: 'adjudicationUpheld / adjudicated, reported apart from accuracy.',
  goldenAnswered: 'Answers the person gave on golden copies, by decision time.',
  goldenCorrect: 'Of goldenAnswered, those matching the known answer (verdict, action and policies).',
  goldenAccuracy: 'goldenCorrect / goldenAnswered.',
  accuracy: '(qaAgreed + goldenCorrect) / (qaChecked + goldenAnswered): random QA samples and golden answers only; adjudications are left out.',
  kappaVsReference: 'Cohen’s κ of the verdicts against the QA-sample or golden answer, over qaChecked + goldenAnswered decisions.',
  doubleReviewedCases: 'Cases in the group with a primary and a second-review decision, counted once, by the first of the two decisions in the period.',
  fleissKappa: 'Fleiss’ κ of the two verdicts over doubleReviewedCases; describes a group of raters, so it is withheld (n = 0) in the EVALUATOR grouping, where `partners` gives each pair instead.',
  partners: 'Per evaluator (EVALUATOR grouping only): each double-review partner with the cases both decided, their verdict agreement rate and Cohen’s κ. κ is undefined when every verdict fell in one category; the agreement rate still says they all agreed.',
  escalationsRaised: 'Escalations the person raised, by the time raised: escalationsCompulsory + escalationsDiscretionary.',
  escalationsCompulsory: 'Of escalationsRaised, those the policy required (the case refused the evaluator’s own decision: an S0 case’s primary decision).',
  escalationsDiscretionary: 'Of escalationsRaised, those the evaluator chose (not compulsory).',
  escalationsResolved: 'Of escalationsDiscretionary, those a specialist resolved.',
  escalationsConfirmed: 'Of escalationsResolved (discretionary), those the specialist confirmed were needed.',
  escalationPrecision: 'escalationsConfirmed / escalationsResolved: discretionary escalations only, as a compulsory one is needed by rule.',
  escalationRate: 'escalationsDiscretionary / (casesHandled − escalationsCompulsory): how often the person chose to escalate where they had the choice.',
} as const satisfies Record<Exclude<keyof QualityMeasures, 'key' | 'label' | 'asOf' | 'timeZone'>, string>;

/** One decision the person made with what it is measured against. */
interface DecisionRow extends GroupFields {
  case_id: string;
  kind: 'PRIMARY' | 'SECOND_REVIEW' | 'ADJUDICATION';
  is_golden: boolean;
  verdict: Verdict;
  action: EnforcementAction;
  policy_codes: string[];
  server_handle_time_ms: number | null;
  qa_verdict: Verdict | null;
  qa_action: EnforcementAction | null;
  qa_policy_codes: string[] | null;
  adj_verdict: Verdict | null;
  adj_action: EnforcementAction | null;
  adj_policy_codes: string[] | null;
  golden_verdict: Verdict | null;
  golden_action: EnforcementAction | null;
  golden_policy_codes: string[] | null;
  partner_verdict: Verdict | null;
  partner_id: string | null;
  partner_name: string | null;
}

interface EscalationRow extends GroupFields {
  compulsory: boolean;
  status: string;
  needed_escalation: boolean | null;
}

/** A real case whose SLA falls due in the period; `created_at` is its due time. */
interface SlaRow extends GroupFields {
  outcome: 'IN_TIME' | 'LATE' | 'OPEN_PAST_DUE' | 'ESCALATED_PAST_DUE' | 'PENDING';
}

interface GroupFields {
  /** Null for an SLA row of a case nobody touched. */
  evaluator_id: string | null;
  evaluator_name: string | null;
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
 * - Reference answers: the latest QA review (and, apart, adjudication) of the case made before
 *   `asOf` (the measuring instant, `now`), or the golden answer for a golden copy. A past
 *   period measured again later can gain answers; a frozen snapshot records its asOf. Matching means the same verdict, action and set of policies.
 * - A decision's policy: the one its case's reports suspect, else the reference answer's first,
 *   else its own first.
 */
export class QualityMetricsService {
  constructor(private readonly em: EntityManager) {}

  /**
   * `now` is the as-of instant (reference answers made later are left out; SLA outcomes are as of
   * it). `viewerTeamId` is the asker's team, whose site's zone cuts the periods when the scope
   * names neither a team nor an evaluator (see `periodTimeZone`).
   */
  async measure(scope: QualityScope, groupBy: QualityGrouping, now: Date = new Date(), viewerTeamId: string | null = null): Promise<QualityMeasures[]> {
    assertPeriod(scope);
    const [decisions, escalations, sla, tierSla, timeZone] = await Promise.all([
      this.decisions(scope, now),
      this.escalations(scope),
      this.sla(scope, now),
      this.tierSla(scope, now),
      this.periodTimeZone(scope, viewerTeamId),
    ]);
    const dayOf = localDay(timeZone);
    type Group = { label: string; decisions: DecisionRow[]; escalations: EscalationRow[]; sla: SlaRow[]; tierSla: SlaRow[] };
    const groups = new Map<string, Group>();
    const groupOf = (row: GroupFields): Group | null => {
      const keyed = groupKey(row, groupBy, dayOf);
      if (!keyed) return null;
      const [key, label] = keyed;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { label, decisions: [], escalations: [], sla: [], tierSla: [] }));
      return group;
    };
    for (const row of decisions) groupOf(row)?.decisions.push(row);
    for (const row of escalations) groupOf(row)?.escalations.push(row);
    for (const row of sla) if (row.outcome !== 'PENDING') groupOf(row)?.sla.push(row);
    for (const row of tierSla) if (row.outcome !== 'PENDING') groupOf(row)?.tierSla.push(row);
    if (groups.size === 0 && groupBy === QualityGrouping.ALL) groups.set('all', { label: 'All', decisions: [], escalations: [], sla: [], tierSla: [] });
    const periodic = [QualityGrouping.DAY, QualityGrouping.WEEK, QualityGrouping.MONTH].includes(groupBy);
    return [...groups.entries()]
      .map(([key, group]) => ({ ...measuresOf(key, group.label, group.decisions, group.escalations, group.sla, group.tierSla, groupBy === QualityGrouping.EVALUATOR), asOf: now, timeZone }))
      .sort((a, b) => (periodic ? a.key.localeCompare(b.key) : a.label.localeCompare(b.label)));
  }

  /**
   * The one time zone periods are cut in, so a day means the same for every row of an answer: the
   * site of the scope's team, else of the scope's evaluator's team, else of the asker's team (a
   * mixed scope: all teams, a queue, a policy), else UTC.
   */
  async periodTimeZone(scope: QualityScope, viewerTeamId: string | null): Promise<string> {
    const [row] = await this.em.execute<{ time_zone: string }[]>(
      `select s.time_zone from team t join site s on s.id = t.site_id
       where t.id = coalesce(?::uuid, (select u.team_id from app_user u where u.id = ?::uuid), ?::uuid)`,
      [scope.teamId ?? null, scope.evaluatorId ?? null, viewerTeamId],
    );
    return row?.time_zone ?? 'UTC';
  }

  private async decisions(scope: QualityScope, asOf: Date): Promise<DecisionRow[]> {
    const rows = await this.em.execute<DecisionRow[]>(
      `select * from (
         select d.case_id, d.kind, c.golden_case_id is not null as is_golden, d.verdict, d.action, d.policy_codes, d.server_handle_time_ms, d.created_at,
                d.decided_by_id as evaluator_id, u.display_name as evaluator_name, u.team_id, t.name as team_name,
                c.queue_id, q.name as queue_name,
                coalesce(c.policy_code, qa.policy_codes[1], adj.policy_codes[1], g.policy_codes[1], d.policy_codes[1]) as policy_code,
                qa.verdict as qa_verdict, qa.action as qa_action, qa.policy_codes as qa_policy_codes,
                adj.verdict as adj_verdict, adj.action as adj_action, adj.policy_codes as adj_policy_codes,
                g.verdict as golden_verdict, g.action as golden_action, g.policy_codes as golden_policy_codes,
                partner.verdict as partner_verdict, partner.partner_id, partner.partner_name
         from decision d
         join review_case c on c.id = d.case_id
         join queue q on q.id = c.queue_id
         join app_user u on u.id = d.decided_by_id
         left join team t on t.id = u.team_id
         left join golden_case g on g.id = c.golden_case_id
         left join lateral (
           select r.verdict, r.action, r.policy_codes from decision r
           where r.case_id = d.case_id and r.kind = 'QA_REVIEW' and d.kind <> 'ADJUDICATION' and r.created_at < ?
           order by r.created_at desc limit 1
         ) qa on true
         left join lateral (
           select r.verdict, r.action, r.policy_codes from decision r
           where r.case_id = d.case_id and r.kind = 'ADJUDICATION' and d.kind <> 'ADJUDICATION' and r.created_at < ?
           order by r.created_at desc limit 1
         ) adj on true
         left join lateral (
           select o.verdict, o.decided_by_id as partner_id, pu.display_name as partner_name from decision o
           join app_user pu on pu.id = o.decided_by_id
           where o.case_id = d.case_id and o.kind in ('PRIMARY', 'SECOND_REVIEW') and o.id <> d.id and d.kind <> 'ADJUDICATION'
           limit 1
         ) partner on true
         where d.kind in ('PRIMARY', 'SECOND_REVIEW', 'ADJUDICATION') and d.created_at >= ? and d.created_at < ?
           and (?::uuid is null or d.decided_by_id = ?::uuid)
           and (?::uuid is null or u.team_id = ?::uuid)
           and (?::uuid is null or c.queue_id = ?::uuid)
       ) measured
       where ?::text is null or policy_code = ?::text`,
      [asOf, asOf, ...scopeBindings(scope)],
    );
    return rows;
  }

  private async escalations(scope: QualityScope): Promise<EscalationRow[]> {
    return this.em.execute<EscalationRow[]>(
      `select * from (
         select e.compulsory, e.status, e.needed_escalation, e.created_at,
                e.raised_by_id as evaluator_id, u.display_name as evaluator_name, u.team_id, t.name as team_name,
                c.queue_id, q.name as queue_name, coalesce(c.policy_code, res.policy_codes[1]) as policy_code
         ${escalationsInScope('e.created_at')}`,
      scopeBindings(scope),
    );
  }

  /** Escalations whose tier SLA falls due in the period, each with its outcome as of `now` (see measureDefinitions.tierSlaDue). */
  private async tierSla(scope: QualityScope, now: Date): Promise<SlaRow[]> {
    return this.em.execute<SlaRow[]>(
      `select * from (
         select e.sla_due_at as created_at, e.raised_by_id as evaluator_id, u.display_name as evaluator_name, u.team_id, t.name as team_name,
                c.queue_id, q.name as queue_name, coalesce(c.policy_code, res.policy_codes[1]) as policy_code,
                case
                  when e.resolved_at is not null and e.resolved_at <= e.sla_due_at then 'IN_TIME'
                  when e.resolved_at is not null then 'LATE'
                  when e.sla_due_at < ? then 'OPEN_PAST_DUE'
                  else 'PENDING'
                end as outcome
         ${escalationsInScope('e.sla_due_at')}`,
      [now, ...scopeBindings(scope)],
    );
  }

  /** Real cases due in the period, each with its SLA outcome as of `now` (see measureDefinitions.slaDue). */
  private async sla(scope: QualityScope, now: Date): Promise<SlaRow[]> {
    return this.em.execute<SlaRow[]>(
      `select * from (
         select c.sla_due_at as created_at, who.id as evaluator_id, who.display_name as evaluator_name, who.team_id, t.name as team_name,
                c.queue_id, q.name as queue_name, c.policy_code,
                case
                  when coalesce(first.created_at, c.resolved_at) is not null and coalesce(first.created_at, c.resolved_at) <= c.sla_due_at then 'IN_TIME'
                  when esc.raised_by_id is not null and (coalesce(first.created_at, c.resolved_at) is not null or c.sla_due_at < ?) then 'ESCALATED_PAST_DUE'
                  when coalesce(first.created_at, c.resolved_at) is not null then 'LATE'
                  when c.sla_due_at < ? then 'OPEN_PAST_DUE'
                  else 'PENDING'
                end as outcome
         from review_case c
         join queue q on q.id = c.queue_id
         left join lateral (
           select p.decided_by_id from decision p where p.case_id = c.id and p.kind = 'PRIMARY' order by p.created_at limit 1
         ) primary_decision on true
         left join lateral (
           select e.raised_by_id from escalation e where e.case_id = c.id order by e.created_at limit 1
         ) esc on true
         left join lateral (
           select f.created_at from decision f where f.case_id = c.id and f.kind in ('PRIMARY', 'ESCALATION_RESOLUTION') order by f.created_at limit 1
         ) first on true
         left join app_user who on who.id = coalesce(primary_decision.decided_by_id, esc.raised_by_id, c.assignee_id)
         left join team t on t.id = who.team_id
         where c.golden_case_id is null and c.sla_due_at >= ? and c.sla_due_at < ?
       ) measured
       where (?::uuid is null or evaluator_id = ?::uuid)
         and (?::uuid is null or team_id = ?::uuid)
         and (?::uuid is null or queue_id = ?::uuid)
         and (?::text is null or policy_code = ?::text)`,
      [now, now, ...scopeBindings(scope)],
    );
  }
}

function assertPeriod(scope: QualityScope): void {
  if (!(scope.from < scope.to)) throw new BadUserInputError('The period must end after it starts.', 'to');
  if (scope.to.getTime() - scope.from.getTime() > maxPeriodDays * 86_400_000) throw new BadUserInputError(`Measure at most ${maxPeriodDays} days at once.`, 'from');
}

/**
 * The escalations a scope covers, by the instant `time` names (raised, or tier SLA due), with the
 * joins the group fields need; closes the `select * from (` the caller opens. Binds scopeBindings.
 */
function escalationsInScope(time: 'e.created_at' | 'e.sla_due_at'): string {
  return `from escalation e
         join review_case c on c.id = e.case_id
         join queue q on q.id = c.queue_id
         join app_user u on u.id = e.raised_by_id
         left join team t on t.id = u.team_id
         left join decision res on res.id = e.resolution_id
         where ${time} >= ? and ${time} < ?
           and (?::uuid is null or e.raised_by_id = ?::uuid)
           and (?::uuid is null or u.team_id = ?::uuid)
           and (?::uuid is null or c.queue_id = ?::uuid)
       ) measured
       where ?::text is null or policy_code = ?::text`;
}

function scopeBindings(scope: QualityScope): unknown[] {
  const pair = (value: string | null | undefined) => [value ?? null, value ?? null];
  return [scope.from, scope.to, ...pair(scope.evaluatorId), ...pair(scope.teamId), ...pair(scope.queueId), ...pair(scope.policyCode)];
}

/** The calendar day (`YYYY-MM-DD`) of an instant in the time zone. */
function localDay(timeZone: string): (at: Date) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (at) => format.format(new Date(at));
}

function groupKey(row: GroupFields, groupBy: QualityGrouping, dayOf: (at: Date) => string): [string, string] | null {
  const day = dayOf(row.created_at);
  switch (groupBy) {
    case QualityGrouping.ALL:
      return ['all', 'All'];
    case QualityGrouping.EVALUATOR:
      return row.evaluator_id ? [row.evaluator_id, row.evaluator_name ?? ''] : null;
    case QualityGrouping.TEAM:
      return row.evaluator_id ? [row.team_id ?? 'none', row.team_name ?? 'No team'] : null;
    case QualityGrouping.QUEUE:
      return [row.queue_id, row.queue_name];
    case QualityGrouping.POLICY:
      return [row.policy_code ?? 'none', row.policy_code ?? 'No policy'];
    case QualityGrouping.DAY:
      return [day, day];
    case QualityGrouping.WEEK: {
      // ISO weeks start on Monday; calendar arithmetic on the local date.
      const date = new Date(`${day}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
      const monday = date.toISOString().slice(0, 10);
      return [monday, `Week of ${monday}`];
    }
    case QualityGrouping.MONTH:
      return [day.slice(0, 7), day.slice(0, 7)];
  }
}

function measuresOf(key: string, label: string, rows: DecisionRow[], escalations: EscalationRow[], sla: SlaRow[], tierSla: SlaRow[], perEvaluator: boolean): Omit<QualityMeasures, 'asOf' | 'timeZone'> {
  const finding = (verdict: Verdict, action: EnforcementAction, policyCodes: string[]): Finding => ({ verdict, action, policyCodes });
  const decisions = rows.filter((row) => row.kind !== 'ADJUDICATION');
  let qaChecked = 0, qaAgreed = 0, overturned = 0, adjudicated = 0, adjudicationUpheld = 0, goldenAnswered = 0, goldenCorrect = 0;
  const referencePairs: [string, string][] = [];
  const doubleReviewed = new Map<string, [string, string]>();
  const byPartner = new Map<string, { name: string; pairs: [string, string][] }>();
  for (const row of decisions) {
    const own = finding(row.verdict, row.action, row.policy_codes);
    if (row.qa_verdict) {
      const matches = sameFinding(own, finding(row.qa_verdict, row.qa_action!, row.qa_policy_codes!));
      qaChecked++;
      if (matches) qaAgreed++;
      else overturned++;
      referencePairs.push([row.verdict, row.qa_verdict]);
    }
    if (row.adj_verdict) {
      adjudicated++;
      if (sameFinding(own, finding(row.adj_verdict, row.adj_action!, row.adj_policy_codes!))) adjudicationUpheld++;
    }
    if (row.golden_verdict) {
      goldenAnswered++;
      if (sameFinding(own, finding(row.golden_verdict, row.golden_action!, row.golden_policy_codes!))) goldenCorrect++;
      referencePairs.push([row.verdict, row.golden_verdict]);
    }
    if (row.partner_verdict && !doubleReviewed.has(row.case_id)) doubleReviewed.set(row.case_id, [row.verdict, row.partner_verdict]);
    if (perEvaluator && row.partner_id) {
      let partner = byPartner.get(row.partner_id);
      if (!partner) byPartner.set(row.partner_id, (partner = { name: row.partner_name ?? '', pairs: [] }));
      partner.pairs.push([row.verdict, row.partner_verdict!]);
    }
  }
  const count = (predicate: (row: DecisionRow) => boolean) => rows.filter(predicate).length;
  const primaryDecisions = count((row) => row.kind === 'PRIMARY' && !row.is_golden);
  const secondReviews = count((row) => row.kind === 'SECOND_REVIEW');
  const adjudications = count((row) => row.kind === 'ADJUDICATION');
  const casesHandled = primaryDecisions + goldenAnswered + secondReviews + escalations.length;
  const compulsory = escalations.filter((row) => row.compulsory).length;
  const discretionary = escalations.filter((row) => !row.compulsory);
  const resolved = discretionary.filter((row) => row.status === 'RESOLVED');
  const confirmed = resolved.filter((row) => row.needed_escalation).length;
  const slaCount = (outcome: SlaRow['outcome']) => sla.filter((row) => row.outcome === outcome).length;
  const slaDecidedInTime = slaCount('IN_TIME');
  const tierCount = (outcome: SlaRow['outcome']) => tierSla.filter((row) => row.outcome === outcome).length;
  const tierSlaAnsweredInTime = tierCount('IN_TIME');
  return {
    key,
    label,
    decisions: primaryDecisions + secondReviews + adjudications + goldenAnswered,
    primaryDecisions,
    secondReviews,
    adjudications,
    casesHandled,
    medianHandleTimeMs: medianEstimate(decisions.flatMap((row) => (row.server_handle_time_ms === null ? [] : [row.server_handle_time_ms]))),
    slaDue: sla.length,
    slaDecidedInTime,
    slaDecidedLate: slaCount('LATE'),
    slaOpenPastDue: slaCount('OPEN_PAST_DUE'),
    slaEscalatedPastDue: slaCount('ESCALATED_PAST_DUE'),
    slaAdherence: proportion(slaDecidedInTime, sla.length),
    tierSlaDue: tierSla.length,
    tierSlaAnsweredInTime,
    tierSlaAnsweredLate: tierCount('LATE'),
    tierSlaOpenPastDue: tierCount('OPEN_PAST_DUE'),
    tierSlaAdherence: proportion(tierSlaAnsweredInTime, tierSla.length),
    qaChecked,
    qaAgreed,
    accuracyVsQa: proportion(qaAgreed, qaChecked),
    qaSampled: qaChecked,
    overturned,
    overturnRate: proportion(overturned, qaChecked),
    adjudicated,
    adjudicationUpheld,
    adjudicationUpheldRate: proportion(adjudicationUpheld, adjudicated),
    goldenAnswered,
    goldenCorrect,
    goldenAccuracy: proportion(goldenCorrect, goldenAnswered),
    accuracy: proportion(qaAgreed + goldenCorrect, qaChecked + goldenAnswered),
    kappaVsReference: bootstrapped(tallyPairs(referencePairs), cohensKappaOfTable),
    doubleReviewedCases: doubleReviewed.size,
    fleissKappa: bootstrapped(tallyPairs(perEvaluator ? [] : [...doubleReviewed.values()]), pairedFleissKappa),
    escalationsRaised: escalations.length,
    escalationsCompulsory: compulsory,
    escalationsDiscretionary: discretionary.length,
    escalationsResolved: resolved.length,
    escalationsConfirmed: confirmed,
    escalationPrecision: proportion(confirmed, resolved.length),
    escalationRate: proportion(discretionary.length, casesHandled - compulsory),
    partners: [...byPartner.entries()]
      .map(([partnerId, { name, pairs }]) => ({
        partnerId,
        partnerName: name,
        n: pairs.length,
        agreement: proportion(pairs.filter(([a, b]) => a === b).length, pairs.length),
        kappa: bootstrapped(tallyPairs(pairs), cohensKappaOfTable),
      }))
      .sort((a, b) => b.n - a.n || a.partnerName.localeCompare(b.partnerName)),
  };
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
