import { ArrayMaxSize, ArrayMinSize, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CaseStatus } from '../cases/case-status.ts';
import { ReviewCase } from '../cases/case.entity.ts';
import { Decision } from '../decisions/decision.entity.ts';
import { FindingInput } from '../decisions/decision.inputs.ts';
import { LinkKind } from './account-signals.ts';
import type { AccountCluster, ClusterMember, ClusterOpenCase } from './network.service.ts';

@ObjectType('ClusterOpenCase', { description: 'An unresolved case of a cluster member.' })
export class ClusterOpenCaseType implements Omit<ClusterOpenCase, 'teamId'> {
  @Field(() => ID)
  id!: string;

  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field(() => ID)
  queueId!: string;
}

@ObjectType('ClusterMember', { description: 'An account of a cluster, with its standing and its open cases.' })
export class ClusterMemberType implements Omit<ClusterMember, 'openCases'> {
  @Field(() => ID, { description: 'The account’s subject (`subject` reads it whole, with its standing per policy area).' })
  subjectId!: string;

  @Field({ description: 'The account’s id at the service.' })
  accountId!: string;

  @Field({ description: 'Handle as last reported.' })
  handle!: string;

  @Field(() => [LinkKind], { description: 'How it is linked to the other members.' })
  linkedBy!: LinkKind[];

  @Field(() => Int, { description: 'The weights of its active strikes, every policy area together.' })
  strikePoints!: number;

  /** Every open case; the resolver shows the reader those of the teams they may see. */
  openCases!: ClusterOpenCase[];
}

@ObjectType('AccountCluster', { description: 'The accounts linked to an account, directly or through others, by named links and shared device or payment fingerprints.' })
export class AccountClusterType implements AccountCluster {
  @Field(() => [ClusterMemberType], { description: 'The account first, then the others as the links reach them.' })
  members!: ClusterMember[];

  @Field({ description: 'More accounts are linked than `first` let through.' })
  truncated!: boolean;
}

@InputType({ description: 'A specialist’s network action: one finding for the linked accounts ticked, each recorded as its own decision.' })
export class NetworkActionInput extends FindingInput {
  @Field(() => ID, { description: 'The account case acted from: the accounts ticked are members of its account’s cluster.' })
  caseId!: string;

  @Field(() => [ID], { description: 'The members to decide (1 to 500); the case’s own account only if ticked.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  subjectIds!: string[];

  @Field({ description: 'Unique per action, reused on retry: a retry returns the decisions already made; the same key for another action is CONFLICT.' })
  @Length(8, 200)
  idempotencyKey!: string;
}

@ObjectType({ description: 'The decisions of a network action, one per account, and the cases they resolved.' })
export class ApplyNetworkActionPayload {
  @Field(() => [Decision])
  decisions!: Decision[];

  @Field(() => [ReviewCase])
  cases!: ReviewCase[];
}
