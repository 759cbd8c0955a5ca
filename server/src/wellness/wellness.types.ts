import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TeamWellness } from './wellness.entities.ts';
import type { TeamWellnessFigures } from './wellness.service.ts';

@ObjectType('TeamWellnessFigures', { description: 'A team’s wellness today, as totals: never one person’s history.' })
export class TeamWellnessFiguresType implements TeamWellnessFigures {
  @Field(() => TeamWellness, { description: 'The team’s floor and limits in force.' })
  settings!: TeamWellness;

  @Field({ description: 'Today in the team’s site time zone.' })
  day!: string;

  @Field(() => Int, { description: 'Active members.' })
  members!: number;

  @Field(() => Int, { description: 'S0 and S1 cases handed to the team today.' })
  severeTotal!: number;

  @Field(() => Float, { description: 'Severe cases per member today.' })
  severeAveragePerMember!: number;

  @Field(() => Int, { description: 'Reveals of blurred content today.' })
  reveals!: number;

  @Field(() => Int, { description: 'Members on an enforced break right now.' })
  onBreakNow!: number;

  @Field(() => Int, { description: 'Step-aways from a policy area today.' })
  steppedAwayCount!: number;
}
