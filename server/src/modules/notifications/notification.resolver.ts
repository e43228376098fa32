import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { notificationText, type NotificationKind } from '@bangfu/shared';
import { requireActor, type Context } from '../../common/context.js';
import { connectionType, listComplexity, toConnection } from '../../common/graphql.js';
import type { Notification } from './notification.entity.js';

@ObjectType('Notification')
export class NotificationView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  kind!: NotificationKind;

  @Field(() => String, { description: "In the caller's language" })
  message!: string;

  @Field(() => ID, { nullable: true })
  caseId!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

const NotificationConnection = connectionType(NotificationView, 'Notification');

@Resolver(() => NotificationView)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { complexity: listComplexity, description: "The caller's inbox, newest first" })
  async notifications(
    @Ctx() ctx: Context,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await ctx.services.notifications.inbox(requireActor(ctx), unreadOnly ?? false, { first, after });
    return toConnection(page, (row: Notification) => ({
      id: row.id,
      kind: row.kind,
      message: notificationText(row.kind, row.params, ctx.lang),
      caseId: row.caseId ?? null,
      createdAt: row.createdAt,
      readAt: row.readAt ?? null,
    }));
  }

  @Authorized()
  @Mutation(() => Int, { description: "How many of the caller's messages were newly marked read" })
  async markNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<number> {
    return ctx.services.notifications.markRead(requireActor(ctx), ids);
  }
}
