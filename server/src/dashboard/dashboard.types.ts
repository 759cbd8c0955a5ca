import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EstimateType } from '../quality/estimate.type.ts';
import { TeamWellnessFiguresType } from '../wellness/wellness.types.ts';
import type { HourCount, QueueHealth, Severities, TeamDashboard, TeamHealth } from './dashboard.service.ts';

@ObjectType('SeverityCounts', { description: 'Cases by severity tier.' })
export class SeverityCountsType implements Severities {
  @Field(() => Int, { description: 'S0, critical.' })
  S0!: number;

  @Field(() => Int, { description: 'S1, high.' })
  S1!: number;

  @Field(() => Int, { description: 'S2, medium.' })
  S2!: number;

  @Field(() => Int, { description: 'S3, low.' })
  S3!: number;
}

@ObjectType('QueueHealth', { description: 'One queue’s health now, from the claim index of unresolved cases and the dashboard rollups.' })
export class QueueHealthType implements QueueHealth {
  @Field(() => ID, { description: 'The queue.' })
  queueId!: string;

  @Field({ description: 'Its name.' })
  queueName!: string;

  @Field(() => SeverityCountsType, { description: 'The backlog: claimable cases (open, claimed, awaiting a second review) by severity. Escalated cases wait on a specialist tier and are not in it.' })
  backlog!: SeverityCountsType;

  @Field(() => Int, { description: 'The backlog’s total.' })
  backlogTotal!: number;

  @Field(() => Int, { description: 'Cases claimed under a live lease now.' })
  claimsInProgress!: number;

  @Field(() => Date, { nullable: true, description: 'The earliest SLA due time in the backlog (past when a case is overdue).' })
  oldestSlaDueAt!: Date | null;

  @Field(() => Int, { description: 'Backlog cases past their SLA due time now.' })
  overdue!: number;

  @Field(() => Int, { description: 'Primary decisions in the trailing hour (to five minutes): the current pace.' })
  pacePerHour!: number;

  @Field(() => Int, { description: 'Cases that arrived in the trailing hour (to five minutes).' })
  arrivalsLastHour!: number;

  @Field(() => Int, {
    description:
      'Cases that will breach their SLA within the next hour at the current pace: at `pacePerHour`, the next hour clears the first `pacePerHour` backlog cases in queue order (severity, due time, arrival); every other backlog case due between now and an hour from now is counted. Cases already overdue are in `overdue`, not here.',
  })
  breachWithinHour!: number;
}

@ObjectType('HourCount', { description: 'Arrivals and primary decisions in one hour.' })
export class HourCountType implements HourCount {
  @Field({ description: 'Start of the hour (UTC).' })
  hour!: Date;

  @Field(() => Int, { description: 'Cases that arrived.' })
  arrivals!: number;

  @Field(() => Int, { description: 'Primary decisions (each case needs one).' })
  decisions!: number;
}

@ObjectType('TeamHealth', { description: 'How the team is doing: counts of people and rates with their n and interval; wellness at team level only.' })
export class TeamHealthType implements TeamHealth {
  @Field(() => Int, { description: 'Members active now: holding a live claim, or with a decision in the last 15 minutes.' })
  activeNow!: number;

  @Field(() => Int, { description: 'Members on an enforced wellness break now.' })
  onBreakNow!: number;

  @Field(() => Int, { description: 'Decisions of every kind in the team’s queues in the trailing hour (to five minutes).' })
  decisionsLastHour!: number;

  @Field(() => Int, { description: 'Decisions of every kind in the team’s queues since midnight at the team’s site (hourly rollups: to the hour for sites whose offset is not whole hours).' })
  decisionsToday!: number;

  @Field(() => EstimateType, { description: 'Median handle time today (ms) of primary and second-review decisions, to the second.' })
  medianHandleTimeMs!: EstimateType;

  @Field(() => EstimateType, { description: 'Trailing 7 days: the share of QA reviews whose finding (verdict, action and policies) matches the case’s original primary decision: the QA-sample part of the quality page’s accuracy (golden answers are not rolled up here).' })
  accuracy!: EstimateType;

  @Field(() => EstimateType, { description: 'Trailing 7 days: the share of QA reviews whose finding (verdict, action or policies) differs from the original primary decision.' })
  overturnRate!: EstimateType;

  @Field(() => EstimateType, { description: 'Trailing 7 days: escalations raised ÷ (primary decisions + escalations raised) in the team’s queues, compulsory ones included (the quality page’s escalation rate counts discretionary ones only).' })
  escalationRate!: EstimateType;

  @Field(() => TeamWellnessFiguresType, { description: 'The team’s wellness today, as totals: never one person’s exposure.' })
  wellness!: TeamWellnessFiguresType;
}

@ObjectType('TeamDashboard', { description: 'A team’s live dashboard: its queues’ health, the 24-hour trend and the team’s health.' })
export class TeamDashboardType implements TeamDashboard {
  @Field(() => ID, { description: 'The team.' })
  teamId!: string;

  @Field({ description: 'Its name.' })
  teamName!: string;

  @Field({ description: 'The team’s site time zone (IANA), which "today" follows.' })
  timeZone!: string;

  @Field({ description: 'When today began at the team’s site.' })
  dayStartsAt!: Date;

  @Field({ description: 'When these figures were read.' })
  generatedAt!: Date;

  @Field(() => [QueueHealthType], { description: 'Each of the team’s queues, by name.' })
  queues!: QueueHealthType[];

  @Field(() => [HourCountType], { description: 'Arrivals and primary decisions per hour over the last 24 hours, across the team’s queues, oldest first: whether the backlog grows.' })
  trend!: HourCountType[];

  @Field(() => TeamHealthType, { description: 'The team’s health.' })
  health!: TeamHealthType;
}

@ObjectType('DashboardChange', { description: 'Something on a team’s dashboard changed; fetch `dashboard` again. Coalesced to at most one a second.' })
export class DashboardChangeType {
  @Field(() => ID, { description: 'The team.' })
  teamId!: string;

  @Field(() => Int, { description: 'Changes folded into this event.' })
  changes!: number;
}
