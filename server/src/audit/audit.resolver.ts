import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import { assertAllowed, mayReadAudit, requireSignedIn } from '../kernel/access.ts';
import type { PageResult } from '../kernel/pagination.ts';
import { PageArgs } from '../kernel/connection.ts';
import { pageComplexity } from '../kernel/limits.ts';
import type { Context } from '../kernel/context.ts';
import { NotFoundError } from '../kernel/errors.ts';
import type { TopicPayloads } from '../kernel/pubsub.ts';
import type { Viewer } from '../kernel/viewer.ts';
import { ActorType, AuditEvent } from './audit-event.entity.ts';
import { AuditEventAppended, AuditEventConnection, AuditEventFilterInput } from './audit.inputs.ts';
import { AuditService } from './audit.service.ts';

/** Admins, and integrators holding AUDIT_READ. */
function assertCanReadAudit(viewer: Viewer): void {
  if (!viewer.token) requireSignedIn(viewer);
  assertAllowed(viewer, mayReadAudit(viewer), 'The audit log is for admins.');
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first (admins and AUDIT_READ tokens).', complexity: pageComplexity })
  async auditEvents(
    @Args() page: PageArgs,
    @Arg('filter', () => AuditEventFilterInput, { nullable: true }) filter: AuditEventFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<PageResult<AuditEvent>> {
    assertCanReadAudit(ctx.viewer);
    return new AuditService(ctx.em).list(filter ?? {}, page);
  }

  @Query(() => AuditEvent, { description: 'One audit event (admins and AUDIT_READ tokens).' })
  async auditEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AuditEvent> {
    assertCanReadAudit(ctx.viewer);
    const event = await new AuditService(ctx.em).findById(id);
    if (!event) throw new NotFoundError('Audit event');
    return event;
  }

  @FieldResolver(() => String, { description: 'Who made the change, for people to read: their current name, the API token, or "Vigil". `actorId` is the stable reference.' })
  async actorName(@Root() event: AuditEvent, @Ctx() ctx: Context): Promise<string> {
    if (event.actorType === ActorType.SYSTEM || !event.actorId) return 'Vigil';
    if (event.actorType === ActorType.API_TOKEN) {
      const token = await ctx.loaders.apiToken.load(event.actorId);
      return `API token "${token?.name ?? 'unknown'}"`;
    }
    return (await ctx.loaders.user.load(event.actorId))?.displayName ?? 'Unknown user';
  }

  @Subscription(() => AuditEventAppended, {
    description: 'Each audit event as it commits (admins and AUDIT_READ tokens).',
    subscribe: ({ context }) => {
      const ctx = context as Context;
      assertCanReadAudit(ctx.viewer);
      return ctx.pubSub.subscribe('AUDIT_EVENT_APPENDED');
    },
  })
  auditEventAppended(@Root() payload: TopicPayloads['AUDIT_EVENT_APPENDED']): AuditEventAppended {
    return payload;
  }
}
