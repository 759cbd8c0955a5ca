import { ArrayMinSize, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { requireAuthenticated, requireRole } from '../kernel/access.ts';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../kernel/context.ts';
import { Policy } from './policy.entity.ts';
import { PolicyService } from './policy.service.ts';
import { Domain, Severity } from './severity.ts';

@InputType({ description: 'One policy area of a new taxonomy version.' })
class PolicyInput {
  @Field({ description: 'Stable code across versions, SCREAMING_SNAKE, e.g. `HATE_SPEECH`.' })
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/, { message: 'code must be SCREAMING_SNAKE' })
  code!: string;

  @Field({ description: 'Display name.' })
  @Length(1, 200)
  name!: string;

  @Field(() => Severity, { description: 'Severity tier.' })
  severity!: Severity;

  @Field(() => [Domain], { description: 'Where the policy applies; at least one.' })
  @ArrayMinSize(1)
  domains!: Domain[];

  @Field({ description: 'What the area covers.' })
  @MaxLength(5000)
  description!: string;
}

@InputType({ description: 'The whole taxonomy as it should be from now on.' })
class PublishPolicyVersionInput {
  @Field(() => [PolicyInput], { description: 'Every policy area of the new version.' })
  @ArrayMinSize(1)
  @ValidateNested()
  policies!: PolicyInput[];
}

@ObjectType({ description: 'The version just published.' })
class PublishPolicyVersionPayload {
  @Field(() => Int, { description: 'Its number; decisions from now on record it.' })
  version!: number;

  @Field(() => [Policy], { description: 'Its policy areas, most severe first.' })
  policies!: Policy[];
}

@Resolver(() => Policy)
export class PolicyResolver {
  @Query(() => [Policy], { description: 'The current policy taxonomy, most severe first (a bounded list of areas).' })
  async policies(@Ctx() ctx: Context): Promise<Policy[]> {
    requireAuthenticated(ctx.viewer);
    return [...(await new PolicyService(ctx.em).current()).values()];
  }

  @Mutation(() => PublishPolicyVersionPayload, { description: 'Publishes a new taxonomy version (managers and admins). Earlier versions and the decisions that used them stay as they were.' })
  async publishPolicyVersion(@Arg('input') input: PublishPolicyVersionInput, @Ctx() ctx: Context): Promise<PublishPolicyVersionPayload> {
    requireRole(ctx.viewer, 'teamLeads');
    const service = new PolicyService(ctx.em);
    const version = await service.publish(ctx.viewer.actor, input.policies);
    return { version, policies: [...(await service.current()).values()] };
  }
}
