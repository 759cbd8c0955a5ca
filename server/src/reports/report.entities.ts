import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Team } from '../people/team.entity.ts';
import { User } from '../people/user.entity.ts';
import type { ReportFigures } from './report.figures.ts';

export enum ReportKind {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
}
registerEnumType(ReportKind, {
  name: 'ReportKind',
  description: 'The period a report covers, in the site’s time zone.',
  valuesConfig: {
    WEEKLY: { description: 'An ISO week: Monday 00:00 to the next Monday 00:00, local time.' },
    MONTHLY: { description: 'A calendar month: the 1st 00:00 to the next 1st 00:00, local time.' },
  },
});

export enum ReportStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Where a report is in its lifecycle.',
  valuesConfig: {
    DRAFT: { description: 'Generated; its manager may still edit the commentary. Only managers and admins read it.' },
    PUBLISHED: { description: 'An immutable snapshot: the database refuses any update or delete. Stakeholders and REPORTS_READ tokens read it.' },
  },
});

/** The unique key's stand-in for "all teams", so (kind, period start, scope) is one plain unique key. */
export const allTeamsScope = 'ALL';

/**
 * One weekly or monthly report for one team or for all teams. A period generates once (the
 * unique key); the figures are computed when it is generated and frozen with it. Once
 * published, a trigger refuses UPDATE and DELETE of the row (migration 20261202120000).
 */
@ObjectType({ description: 'A weekly or monthly report of evaluation conclusions for stakeholder teams.' })
@Entity({ tableName: 'report' })
@Unique({ properties: ['kind', 'periodStart', 'scopeKey'] })
@Index({ properties: ['status', 'periodStart'] })
export class Report {
  [OptionalProps]?: 'id' | 'status' | 'highlights' | 'context' | 'actionsTaken' | 'createdAt' | 'updatedAt' | 'generatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ReportKind, { description: 'Weekly or monthly.' })
  @Enum({ items: () => ReportKind })
  kind!: ReportKind;

  @Field({ description: 'Start of the period (inclusive): Monday or the 1st, 00:00 in the site’s time zone, as an instant.' })
  @Property({ type: 'datetime' })
  periodStart!: Date;

  @Field({ description: 'End of the period (exclusive), as an instant.' })
  @Property({ type: 'datetime' })
  periodEnd!: Date;

  @Field({ description: 'The IANA time zone the period was computed in.' })
  @Property({ type: 'text' })
  timeZone!: string;

  /** The team, or null for all teams; exposed through the resolver. */
  @ManyToOne(() => Team, { nullable: true })
  team?: Team | null;

  /** The team's id or `ALL`: part of the unique key (a null would never conflict). */
  @Property({ type: 'text' })
  scopeKey!: string;

  @Field(() => ReportStatus, { description: 'Draft or published.' })
  @Enum({ items: () => ReportStatus, default: ReportStatus.DRAFT })
  status: ReportStatus = ReportStatus.DRAFT;

  @Field({ description: 'Commentary: the highlights of the period.' })
  @Property({ type: 'text', default: '' })
  highlights: string = '';

  @Field({ description: 'Commentary: context a reader needs (launches, incidents, policy changes).' })
  @Property({ type: 'text', default: '' })
  context: string = '';

  @Field({ description: 'Commentary: actions taken in response.' })
  @Property({ type: 'text', default: '' })
  actionsTaken: string = '';

  /** The figures, frozen at generation; exposed as `figures`. */
  @Property({ type: 'json' })
  figures!: ReportFigures;

  @Field({ description: 'When the figures were computed.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  generatedAt: Date = new Date();

  @Field({ description: 'The data the figures describe is as of this instant (the generation time).' })
  @Property({ type: 'datetime' })
  asOf!: Date;

  /** Who generated it; null for the scheduler. */
  @ManyToOne(() => User, { nullable: true })
  generatedBy?: User | null;

  @Field(() => Date, { nullable: true, description: 'When it was published.' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true })
  publishedBy?: User | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A stakeholder's wish to hear of each published report of one team, or of all teams. */
@ObjectType({ description: 'A subscription to published reports of one team or of all teams.' })
@Entity({ tableName: 'report_subscription' })
@Unique({ properties: ['user', 'scopeKey'] })
export class ReportSubscription {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User)
  user!: User;

  @ManyToOne(() => Team, { nullable: true })
  team?: Team | null;

  /** The team's id or `ALL`. */
  @Property({ type: 'text' })
  scopeKey!: string;

  @Field({ description: 'When it was made.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
