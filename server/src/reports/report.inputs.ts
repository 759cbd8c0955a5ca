import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { connectionOf } from '../kernel/connection.ts';
import { Report, ReportKind, ReportStatus } from './report.entities.ts';

export const ReportConnection = connectionOf(Report, 'Report');

@InputType({ description: 'Generates the draft report of one period.' })
export class GenerateReportInput {
  @Field(() => ReportKind, { description: 'Weekly (ISO week) or monthly.' })
  kind!: ReportKind;

  @Field({ description: 'Any instant in the period (its start will do); the period is computed in the site’s time zone.' })
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'The team; leave out for the all-teams report (admins only).' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;
}

@InputType({ description: 'The commentary of a draft report; what is left out stays as it is.' })
export class UpdateReportCommentaryInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'The highlights of the period.' })
  @IsOptional()
  @MaxLength(10_000)
  highlights?: string | null;

  @Field(() => String, { nullable: true, description: 'Context a reader needs.' })
  @IsOptional()
  @MaxLength(10_000)
  context?: string | null;

  @Field(() => String, { nullable: true, description: 'Actions taken in response.' })
  @IsOptional()
  @MaxLength(10_000)
  actionsTaken?: string | null;
}

@InputType({ description: 'Which reports to list; all given conditions must hold.' })
export class ReportFilterInput {
  @Field(() => ReportKind, { nullable: true })
  @IsOptional()
  kind?: ReportKind | null;

  @Field(() => ReportStatus, { nullable: true, description: 'Stakeholders and tokens only ever see PUBLISHED.' })
  @IsOptional()
  status?: ReportStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only this team’s reports.' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only the all-teams reports.' })
  @IsOptional()
  allTeams?: boolean | null;
}
