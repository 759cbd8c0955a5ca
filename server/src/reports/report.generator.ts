import type { EntityManager } from '@mikro-orm/postgresql';
import { cohensKappaOfTable, type PairCell, pairedFleissKappa } from '../quality/agreement.ts';
import { bootstrapped, type Estimate, medianEstimate, proportion } from '../quality/estimate.ts';
import {
  type CountRow,
  type EmergingTerm,
  emergingTermsLimit,
  emergingTermsMethod,
  emergingTermsMinimumSupport,
  type RateRow,
  type ReportFigures,
} from './report.figures.ts';
import { type Period, type PeriodRange, ReportRollup } from './report.rollup.ts';
import { appealsSql, arrivals, enforcedOutcomesSql, escalationsSql, ladderDeviationsSql, policyNamesSql, ratedPairs, resolutions, slaDecisions, violatingTerms } from './report.sql.ts';

export interface FigureScope {
  teamId: string | null;
  previousStart: Date;
  start: Date;
  end: Date;
}

const proactiveSources = new Set(['model-flag', 'trusted-flagger']);
const severities = ['S0', 'S1', 'S2', 'S3'];
const outcomeLabels: Record<string, string> = { NEEDED: 'Needed (confirmed)', NOT_NEEDED: 'Not needed', UNRESOLVED: 'Unresolved' };
const appealLabels: Record<string, string> = { OPEN: 'Open', UPHELD: 'Upheld', REVERSED: 'Reversed' };

/** Counts keyed by dimension value, for both periods. */
class Tally {
  readonly cur = new Map<string, number>();
  readonly prev = new Map<string, number>();
  readonly labels = new Map<string, string>();

  add(period: Period, key: string, n: number, label = key): void {
    const map = period === 'cur' ? this.cur : this.prev;
    map.set(key, (map.get(key) ?? 0) + n);
    if (!this.labels.has(key)) this.labels.set(key, label);
  }

  total(period: Period): number {
    let sum = 0;
    for (const n of (period === 'cur' ? this.cur : this.prev).values()) sum += n;
    return sum;
  }

  /** Rows largest this period first (then previous, then key); shares of `totals` when given. */
  rows(totals?: { cur: number; prev: number }, limit?: number): CountRow[] {
    const curTotal = totals?.cur ?? this.total('cur');
    const prevTotal = totals?.prev ?? this.total('prev');
    const keys = [...new Set([...this.cur.keys(), ...this.prev.keys()])];
    const rows = keys.map((key) => {
      const current = this.cur.get(key) ?? 0;
      const previous = this.prev.get(key) ?? 0;
      return { key, label: this.labels.get(key) ?? key, current, previous, change: current - previous, currentShare: share(current, curTotal), previousShare: share(previous, prevTotal) };
    });
    rows.sort((a, b) => b.current - a.current || b.previous - a.previous || a.key.localeCompare(b.key));
    return limit ? rows.slice(0, limit) : rows;
  }
}

function share(count: number, n: number): Estimate {
  return proportion(Math.min(count, n), n);
}

export function rateRow(key: string, label: string, current: Estimate, previous: Estimate): RateRow {
  const change = current.value !== null && previous.value !== null ? current.value - previous.value : null;
  return { key, label, current, previous, change };
}

/**
 * Computes a report's figures for a scope: the figure families (report.sql.ts) for the period and
 * the previous one, from the hourly rollups and the tables beyond them (report.rollup.ts), the
 * escalations straight from their table, and the statistics (Wilson intervals, bootstrapped κ,
 * medians, the emerging-terms score) here.
 */
export async function computeFigures(em: EntityManager, scope: FigureScope): Promise<ReportFigures> {
  const periods: PeriodRange[] = [
    { period: 'cur', start: scope.start, end: scope.end },
    { period: 'prev', start: scope.previousStart, end: scope.start },
  ];
  const rollup = new ReportRollup(em);
  const scoped = [scope.start, scope.previousStart, scope.end, scope.teamId, scope.teamId];
  const [volume, resolved, terms, sla, pairs, escalations, appeals, enforced, ladder] = await Promise.all([
    rollup.read<{ domain: string; subject_kind: string; source: string; n: number }>(arrivals, periods, scope.teamId),
    rollup.read<{ verdict: string; action: string; policy_codes: string[]; n: number }>(resolutions, periods, scope.teamId),
    rollup.read<{ term: string; locale: string; n: number }>(violatingTerms, periods, scope.teamId),
    rollup.read<{ severity: string; n: number; within: number }>(slaDecisions, periods, scope.teamId),
    rollup.read<RatedPairRow>(ratedPairs, periods, scope.teamId),
    em.execute<{ period: Period; reason: string; tier_code: string; tier_name: string; outcome: string; n: number; resolve_ms: (number | string)[] }[]>(escalationsSql, scoped),
    em.execute<{ period: Period; status: string; n: number }[]>(appealsSql, scoped),
    em.execute<{ period: Period; n: number }[]>(enforcedOutcomesSql, scoped),
    em.execute<{ period: Period; n: number; deviated: number }[]>(ladderDeviationsSql, scoped),
  ]);
  const queueNames = await namesOfQueues(em, volume.map((row) => row.queue_id));

  const byQueue = new Tally(), byDomain = new Tally(), byKind = new Tally(), bySource = new Tally(), proactive = new Tally();
  for (const row of volume) {
    byQueue.add(row.period, row.queue_id, row.n, queueNames.get(row.queue_id));
    byDomain.add(row.period, row.domain, row.n);
    byKind.add(row.period, row.subject_kind, row.n);
    bySource.add(row.period, row.source, row.n);
    if (proactiveSources.has(row.source)) proactive.add(row.period, 'proactive', row.n);
  }
  const arrived = { cur: byQueue.total('cur'), prev: byQueue.total('prev') };

  const verdicts = new Tally(), actions = new Tally(), policies = new Tally();
  for (const row of resolved) {
    verdicts.add(row.period, row.verdict, row.n);
    actions.add(row.period, row.action, row.n);
    if (row.verdict === 'VIOLATING') for (const code of row.policy_codes) policies.add(row.period, code, row.n);
  }
  const termCounts = new Map<string, { term: string; locale: string; cur: number; prev: number }>();
  for (const row of terms) {
    const key = `${row.locale}\u0000${row.term}`;
    const term = termCounts.get(key) ?? { term: row.term, locale: row.locale, cur: 0, prev: 0 };
    term[row.period] += row.n;
    termCounts.set(key, term);
  }
  const reviewed = { cur: verdicts.total('cur'), prev: verdicts.total('prev') };
  const violating = { cur: verdicts.cur.get('VIOLATING') ?? 0, prev: verdicts.prev.get('VIOLATING') ?? 0 };
  const policyCodes = [...new Set([...policies.cur.keys(), ...policies.prev.keys()])];
  if (policyCodes.length > 0) {
    for (const row of await em.execute<{ code: string; name: string }[]>(policyNamesSql, [policyCodes])) policies.labels.set(row.code, row.name);
  }

  const slaRows = severities.map((severity) => {
    const of = (period: Period) => sla.find((row) => row.period === period && row.severity === severity);
    return rateRow(severity, `Severity ${severity}`, proportion(of('cur')?.within ?? 0, of('cur')?.n ?? 0), proportion(of('prev')?.within ?? 0, of('prev')?.n ?? 0));
  });

  const byReason = new Tally(), byTier = new Tally(), byOutcome = new Tally();
  const resolveMs: Record<Period, number[]> = { cur: [], prev: [] };
  for (const row of escalations) {
    byReason.add(row.period, row.reason, row.n);
    byTier.add(row.period, row.tier_code, row.n, row.tier_name);
    byOutcome.add(row.period, row.outcome, row.n, outcomeLabels[row.outcome]);
    for (const ms of row.resolve_ms) resolveMs[row.period].push(Number(ms));
  }

  const quality = qualityRows(pairs);

  const byAppealStatus = new Tally();
  for (const row of appeals) byAppealStatus.add(row.period, row.status, row.n, appealLabels[row.status]);
  const appealsFiled = { cur: byAppealStatus.total('cur'), prev: byAppealStatus.total('prev') };
  const outcomesEnforced = { cur: enforced.find((row) => row.period === 'cur')?.n ?? 0, prev: enforced.find((row) => row.period === 'prev')?.n ?? 0 };
  const reversed = (period: Period) => byAppealStatus[period].get('REVERSED') ?? 0;
  const decided = (period: Period) => reversed(period) + (byAppealStatus[period].get('UPHELD') ?? 0);
  const deviations = (period: Period) => {
    const row = ladder.find((found) => found.period === period);
    return share(row?.deviated ?? 0, row?.n ?? 0);
  };

  return {
    previousPeriodStart: scope.previousStart.toISOString(),
    totals: {
      casesArrived: arrived.cur,
      previousCasesArrived: arrived.prev,
      casesReviewed: reviewed.cur,
      previousCasesReviewed: reviewed.prev,
      escalationsRaised: byReason.total('cur'),
      previousEscalationsRaised: byReason.total('prev'),
    },
    volumeByQueue: byQueue.rows(),
    volumeByDomain: byDomain.rows(),
    volumeBySubjectKind: byKind.rows(),
    volumeBySource: bySource.rows(),
    proactiveShare: rateRow('proactive', 'Proactive share (model flags and trusted flaggers)', share(proactive.total('cur'), arrived.cur), share(proactive.total('prev'), arrived.prev)),
    verdicts: verdicts.rows(),
    actions: actions.rows(),
    topPolicies: policies.rows(violating, 10),
    violationRate: rateRow('violation', 'Violation rate among reviewed cases', share(violating.cur, reviewed.cur), share(violating.prev, reviewed.prev)),
    emergingTerms: rankEmergingTerms([...termCounts.values()], violatingQueryTotals(termCounts)),
    emergingTermsMethod,
    quality,
    slaAdherence: slaRows,
    escalationsByReason: byReason.rows(),
    escalationsByTier: byTier.rows(),
    escalationOutcomes: byOutcome.rows(),
    escalationMedianResolveMs: rateRow('resolve', 'Median time to resolve', medianEstimate(resolveMs.cur), medianEstimate(resolveMs.prev)),
    appealOutcomes: byAppealStatus.rows(),
    appealRate: rateRow('appeals', 'Appeals filed per enforcing outcome', share(appealsFiled.cur, outcomesEnforced.cur), share(appealsFiled.prev, outcomesEnforced.prev)),
    appealReversalRate: rateRow('reversed', 'Reversed, of the appeals decided', share(reversed('cur'), decided('cur')), share(reversed('prev'), decided('prev'))),
    ladderDeviationRate: rateRow('ladderDeviation', 'Account violations decided off the strike ladder', deviations('cur'), deviations('prev')),
  };
}

function violatingQueryTotals(terms: Map<string, { cur: number; prev: number }>): { cur: number; prev: number } {
  let cur = 0, prev = 0;
  for (const term of terms.values()) {
    cur += term.cur;
    prev += term.prev;
  }
  return { cur, prev };
}

/** The emerging-terms rule stated in `emergingTermsMethod`. */
export function rankEmergingTerms(terms: { term: string; locale: string; cur: number; prev: number }[], totals: { cur: number; prev: number }): EmergingTerm[] {
  return terms
    .filter((term) => term.cur >= emergingTermsMinimumSupport)
    .map((term) => ({
      term: term.term,
      locale: term.locale,
      current: term.cur,
      previous: term.prev,
      currentShare: share(term.cur, totals.cur),
      previousShare: share(term.prev, totals.prev),
      score: Math.log((term.cur + 1) / (totals.cur + 1)) - Math.log((term.prev + 1) / (totals.prev + 1)),
    }))
    .sort((a, b) => b.score - a.score || b.current - a.current || a.term.localeCompare(b.term) || a.locale.localeCompare(b.locale))
    .slice(0, emergingTermsLimit);
}

interface RatedPairRow {
  period: Period;
  measure: 'QA' | 'GOLDEN' | 'DOUBLE';
  verdict: string;
  reference_verdict: string;
  agrees: boolean;
  n: number;
}

/** The report's quality rows from its rated pairs (see `ratedPairs` for what each pair is). */
function qualityRows(pairs: readonly RatedPairRow[]): RateRow[] {
  const of = (period: Period) => {
    const rows = pairs.filter((row) => row.period === period);
    const total = (measures: RatedPairRow['measure'][], agrees?: boolean) =>
      rows.filter((row) => measures.includes(row.measure) && (agrees === undefined || row.agrees === agrees)).reduce((sum, row) => sum + row.n, 0);
    const table = (measures: RatedPairRow['measure'][]): PairCell[] =>
      rows.filter((row) => measures.includes(row.measure)).map((row) => ({ first: row.verdict, second: row.reference_verdict, n: row.n }));
    return {
      accuracy: proportion(total(['QA', 'GOLDEN'], true), total(['QA', 'GOLDEN'])),
      overturnRate: proportion(total(['QA'], false), total(['QA'])),
      cohensKappa: bootstrapped(table(['QA', 'GOLDEN']), cohensKappaOfTable),
      fleissKappa: bootstrapped(table(['DOUBLE']), pairedFleissKappa),
    };
  };
  const c = of('cur'), p = of('prev');
  return [
    rateRow('accuracy', 'Accuracy (QA sample reviews and golden answers agreeing with the decision checked)', c.accuracy, p.accuracy),
    rateRow('overturnRate', 'Overturn rate (decisions a QA sample review found otherwise)', c.overturnRate, p.overturnRate),
    rateRow('cohensKappa', 'Cohen’s κ of the decisions against the QA review or golden answer', c.cohensKappa, p.cohensKappa),
    rateRow('fleissKappa', 'Fleiss’ κ over double-reviewed cases', c.fleissKappa, p.fleissKappa),
  ];
}

async function namesOfQueues(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await em.execute<{ id: string; name: string }[]>('select id::text as id, name from queue where id in (?)', [unique]);
  return new Map(rows.map((row) => [row.id, row.name]));
}
