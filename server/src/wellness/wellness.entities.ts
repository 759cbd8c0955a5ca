import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Team } from '../people/team.entity.ts';
import { User } from '../people/user.entity.ts';

/** What a team without settings of its own gets. */
export const defaultWellness = { blurPx: 12, greyscale: true, muteVideo: true, dailySevereCap: 40, breakMinutes: 15 } as const;

/** A team's wellness policy: the floor every member's own settings must meet. */
@ObjectType({ description: 'A team’s wellness defaults and limits.' })
@Entity({ tableName: 'team_wellness' })
export class TeamWellness {
  [OptionalProps]?: 'blurPx' | 'greyscale' | 'muteVideo' | 'dailySevereCap' | 'breakMinutes';

  @ManyToOne(() => Team, { primary: true })
  team!: Team;

  @Field(() => Int, { description: 'Blur radius for sensitive media and text, in CSS pixels.' })
  @Property({ type: 'integer', default: defaultWellness.blurPx })
  blurPx: number = defaultWellness.blurPx;

  @Field({ description: 'Show sensitive media in greyscale.' })
  @Property({ type: 'boolean', default: defaultWellness.greyscale })
  greyscale: boolean = defaultWellness.greyscale;

  @Field({ description: 'Start videos muted.' })
  @Property({ type: 'boolean', default: defaultWellness.muteVideo })
  muteVideo: boolean = defaultWellness.muteVideo;

  @Field(() => Int, { description: 'S0 and S1 cases an evaluator may see before an enforced break.' })
  @Property({ type: 'integer', default: defaultWellness.dailySevereCap })
  dailySevereCap: number = defaultWellness.dailySevereCap;

  @Field(() => Int, { description: 'Length of the enforced break, in minutes.' })
  @Property({ type: 'integer', default: defaultWellness.breakMinutes })
  breakMinutes: number = defaultWellness.breakMinutes;
}

/** A person's own settings; only ever stricter than their team's. */
@Entity({ tableName: 'user_wellness' })
export class UserWellness {
  @ManyToOne(() => User, { primary: true })
  user!: User;

  @Property({ type: 'integer', nullable: true })
  blurPx?: number | null;

  @Property({ type: 'boolean', nullable: true })
  greyscale?: boolean | null;

  @Property({ type: 'boolean', nullable: true })
  muteVideo?: boolean | null;
}

/** One person's exposure on one day (in their site's time zone). */
@Entity({ tableName: 'exposure_day' })
export class ExposureDay {
  [OptionalProps]?: 'severeCount' | 'severeTotal' | 'reveals';

  @ManyToOne(() => User, { primary: true })
  user!: User;

  @PrimaryKey({ type: 'date' })
  day!: string;

  /** Severe cases since the last break; reset when a break starts. */
  @Property({ type: 'integer', default: 0 })
  severeCount: number = 0;

  /** Severe cases over the whole day. */
  @Property({ type: 'integer', default: 0 })
  severeTotal: number = 0;

  @Property({ type: 'integer', default: 0 })
  reveals: number = 0;

  @Property({ type: 'datetime', nullable: true })
  breakUntil?: Date | null;
}

/** A policy area a person stepped away from for one day: claims skip its cases. */
@Entity({ tableName: 'step_away' })
export class StepAway {
  @ManyToOne(() => User, { primary: true })
  user!: User;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'text' })
  policyCode!: string;
}
