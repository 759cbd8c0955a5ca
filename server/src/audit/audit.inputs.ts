import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { connectionOf } from '../kernel/connection.ts';
import { AuditEvent } from './audit-event.entity.ts';

export const AuditEventConnection = connectionOf(AuditEvent, 'AuditEvent');

@InputType({ description: 'Which audit events to list; all given conditions must hold.' })
export class AuditEventFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only changes made by this user or API token.' })
  @IsOptional()
  @IsUUID()
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes to this kind of thing, e.g. `User`.' })
  @IsOptional()
  @MaxLength(100)
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes to the thing with this id (with `entityType`).' })
  @IsOptional()
  @MaxLength(100)
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action, e.g. `user.profile_updated`.' })
  @IsOptional()
  @MaxLength(100)
  action?: string | null;
}

@ObjectType({ description: 'A new audit event was committed; fetch it with `auditEvent(id)`.' })
export class AuditEventAppended {
  @Field(() => ID, { description: 'The new event.' })
  auditEventId!: string;

  @Field({ description: 'What happened, e.g. `user.profile_updated`.' })
  action!: string;

  @Field({ description: 'The kind of thing that changed.' })
  entityType!: string;
}
