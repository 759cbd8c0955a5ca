import { Field, ID, InputType } from 'type-graphql';

@InputType('DashboardFilter', { description: 'Which team’s dashboard: managers get their own team (naming another is FORBIDDEN); admins every team unless they name one.' })
export class DashboardFilter {
  @Field(() => ID, { nullable: true, description: 'One team.' })
  teamId?: string | null;
}
