import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { maySeeTeamCase, requireRole } from '../kernel/access.ts';
import type { Context } from '../kernel/context.ts';
import { Domain } from '../policies/severity.ts';
import { Subject } from '../subjects/subject.entity.ts';
import type { AccountCluster, ClusterMember, ClusterOpenCase } from './network.service.ts';
import { NetworkService } from './network.service.ts';
import { AccountClusterType, ApplyNetworkActionPayload, ClusterMemberType, ClusterOpenCaseType, NetworkActionInput } from './network.types.ts';

@Resolver()
export class NetworkActionResolver {
  @Mutation(() => ApplyNetworkActionPayload, {
    description:
      'Specialists: decides the ticked members of an account case’s cluster at once, each its own NETWORK_ACTION decision with the shared rationale, on its open case (or a case opened for it), each on the feed. All or none: a member whose case someone else holds, or that is escalated or in adjudication, is CONFLICT (`extensions.caseId`), and nothing is decided.',
  })
  applyNetworkAction(@Arg('input') input: NetworkActionInput, @Ctx() ctx: Context): Promise<ApplyNetworkActionPayload> {
    const user = requireRole(ctx.viewer, 'specialists');
    return new NetworkService(ctx.em).apply({ type: 'USER', id: user.id }, input);
  }
}

@Resolver(() => Subject)
export class SubjectClusterResolver {
  @FieldResolver(() => AccountClusterType, { nullable: true, description: 'Accounts: the accounts linked to it (at most `first`, 200 by default, up to 500), with each one’s strikes and open cases. Null for other subjects.' })
  cluster(@Root() subject: Subject, @Arg('first', () => Int, { defaultValue: 200 }) first: number, @Ctx() ctx: Context): Promise<AccountCluster> | null {
    return subject.domain === Domain.ACCOUNT ? new NetworkService(ctx.em).cluster(subject.id, first) : null;
  }
}

@Resolver(() => ClusterMemberType)
export class ClusterMemberResolver {
  @FieldResolver(() => Subject, { description: 'The account as a subject: its details, standing and strikes.' })
  async subject(@Root() member: ClusterMember, @Ctx() ctx: Context): Promise<Subject> {
    return (await ctx.loaders.subject.load(member.subjectId))!;
  }

  @FieldResolver(() => [ClusterOpenCaseType], { description: 'Its unresolved cases, in queues of teams the reader may see.' })
  openCases(@Root() member: ClusterMember, @Ctx() ctx: Context): ClusterOpenCase[] {
    return member.openCases.filter((open) => maySeeTeamCase(ctx.viewer, open.teamId));
  }
}
