import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { Extensions, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../kernel/connection.ts';
import { checkedPerItem } from '../kernel/text-input.ts';
import { Severity } from '../policies/severity.ts';
import { SubjectInput } from '../subjects/subject.inputs.ts';
import { CaseStatus } from './case-status.ts';
import { ReviewCase } from './case.entity.ts';
import { maxIngestBatch } from './case.service.ts';
import type { CaseView } from './case.view.ts';

export const CaseConnection = connectionOf(ReviewCase, 'Case');

@InputType({ description: 'Which cases of a queue to list.' })
export class CaseFilterInput {
  @Field(() => ID, { description: 'The queue.' })
  queueId!: string;

  @Field(() => [CaseStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  @ArrayMaxSize(6)
  statuses?: CaseStatus[] | null;
}

@InputType({ description: 'One report about a subject.' })
export class CaseInput {
  @Field(() => ID, { nullable: true, description: 'The queue to put it in; routed by domain, kind and locale when omitted.' })
  @IsOptional()
  @IsUUID()
  queueId?: string | null;

  @Field(() => String, { nullable: true, description: 'Your own id for the report, to correlate decisions back.' })
  @IsOptional()
  @MaxLength(200)
  externalId?: string | null;

  @Field({ description: 'Where the report comes from, e.g. `user-report`, `model-flag`.' })
  @Length(1, 100)
  source!: string;

  @Field(() => String, { nullable: true, description: 'The policy the report suspects (current taxonomy code).' })
  @IsOptional()
  @MaxLength(100)
  policyCode?: string | null;

  @Field(() => Severity, { nullable: true, description: 'Severity, when known; otherwise the policy’s, or S3.' })
  @IsOptional()
  severity?: Severity | null;

  @Field(() => [String], { description: 'Reasons given, e.g. "reported as impersonation".' })
  @ArrayMaxSize(20)
  reasons!: string[];

  @Field(() => SubjectInput, { description: 'What the report is about.' })
  @ValidateNested()
  subject!: SubjectInput;
}

@InputType({ description: 'A batch of reports.' })
export class IngestCasesInput {
  // A report that breaks a rule (text it cannot store, a length or range limit) fails alone in the
  // payload, not the batch: the service checks each one, so neither the edge nor the argument's
  // validation looks inside the items.
  @Extensions(checkedPerItem)
  @Field(() => [CaseInput], {
    description: `1 to ${maxIngestBatch} reports; each succeeds or fails on its own (a report whose text holds a NUL or a lone surrogate, or breaks a length or range limit, is FAILED with BAD_USER_INPUT naming the field; the others are kept).`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(maxIngestBatch)
  cases!: CaseInput[];
}

export enum IngestStatus {
  CREATED = 'CREATED',
  MERGED = 'MERGED',
  MATCHED = 'MATCHED',
  FAILED = 'FAILED',
}
registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  description: 'What became of one report.',
  valuesConfig: {
    CREATED: { description: 'A new case was opened.' },
    MERGED: { description: 'Merged into the unresolved case of the same subject, or of its query family (a variant of the query).' },
    MATCHED: { description: 'A new variant of a query family whose outcome is enforced, in a queue that applies the family’s decision by itself: no case opened; `caseId` and `decisionId` are the case and decision enforced on the family now (the latest of its members’ outcomes).' },
    FAILED: { description: 'Refused; see `error`.' },
  },
});

@ObjectType({ description: 'Why a report was refused.' })
export class IngestError {
  @Field({ description: 'A documented error code, e.g. BAD_USER_INPUT.' })
  code!: string;

  @Field({ description: 'What is wrong.' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault.' })
  field?: string | null;
}

@ObjectType({ description: 'The outcome of one report, by its position in the batch.' })
export class IngestResult {
  @Field(() => Int, { description: 'Position in `input.cases`, from 0.' })
  index!: number;

  @Field(() => IngestStatus, { description: 'Created, merged, matched or failed.' })
  status!: IngestStatus;

  @Field(() => ID, { nullable: true, description: 'The case created, merged into, or matched.' })
  caseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'MATCHED: the family’s decision the variant took.' })
  decisionId?: string | null;

  @Field(() => IngestError, { nullable: true, description: 'Why it failed.' })
  error?: IngestError | null;
}

@ObjectType({ description: 'What became of each report.' })
export class IngestCasesPayload {
  @Field(() => [IngestResult], { description: 'One result per report, in input order.' })
  results!: IngestResult[];

  @Field(() => Int, { description: 'Reports kept (created, merged or matched).' })
  accepted!: number;

  @Field(() => Int, { description: 'Reports refused.' })
  failed!: number;
}

@ObjectType({ description: 'The claimed case, or none when the queue has nothing for you.' })
export class ClaimNextCasePayload {
  @Field(() => ReviewCase, { nullable: true, description: 'The case now leased to you.' })
  case?: CaseView | null;
}

@ObjectType({ description: 'The case after the lease change.' })
export class LeasePayload {
  @Field(() => ReviewCase, { description: 'The case.' })
  case!: CaseView;
}
