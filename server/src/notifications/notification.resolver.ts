import { Arg, Args, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { PageResult } from '../kernel/pagination.ts';
import { connectionOf, PageArgs } from '../kernel/connection.ts';
import type { Context } from '../kernel/context.ts';
import { pageComplexity } from '../kernel/limits.ts';
import { type TopicPayloads, where } from '../kernel/pubsub.ts';
import { Notification, NotificationKind } from './notification.entity.ts';
import { NotificationService } from './notification.service.ts';

const NotificationConnection = connectionOf(Notification, 'Notification');

@ObjectType({ description: 'What marking read changed.' })
class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'Notifications newly marked read.' })
  marked!: number;

  @Field(() => Int, { description: 'Your unread notifications now.' })
  unreadCount!: number;
}

@ObjectType({ description: 'A notification arrived in your inbox; fetch it with `myNotifications`.' })
class NotificationReceived {
  @Field(() => ID, { description: 'The new notification.' })
  notificationId!: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  kind!: NotificationKind;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'Your inbox, newest first.', complexity: pageComplexity })
  async myNotifications(
    @Args() page: PageArgs,
    @Arg('unreadOnly', { defaultValue: false, description: 'Only unread ones.' }) unreadOnly: boolean,
    @Ctx() ctx: Context,
  ): Promise<PageResult<Notification>> {
    return new NotificationService(ctx.em).list(ctx.viewer.requireUser().id, unreadOnly, page);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  async myUnreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return new NotificationService(ctx.em).unreadCount(ctx.viewer.requireUser().id);
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Marks your notifications read; ids that are not yours are passed over.' })
  async markNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<MarkNotificationsReadPayload> {
    const user = ctx.viewer.requireUser();
    const service = new NotificationService(ctx.em);
    const marked = await service.markRead({ type: 'USER', id: user.id }, ids);
    return { marked, unreadCount: await service.unreadCount(user.id) };
  }

  @Subscription(() => NotificationReceived, {
    description: 'Each notification that arrives in your inbox.',
    subscribe: ({ context }) => {
      const ctx = context as Context;
      const user = ctx.viewer.requireUser();
      return where(ctx.pubSub.subscribeTo('NOTIFICATION_RECEIVED'), (received) => received.recipientId === user.id);
    },
  })
  notificationReceived(@Root() received: TopicPayloads['NOTIFICATION_RECEIVED']): NotificationReceived {
    return { notificationId: received.notificationId, kind: received.kind as NotificationKind };
  }
}
