import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { NotificationKind, NotificationParams } from '@bangfu/shared';
import { idColumn } from '../../common/columns.js';

/** An inbox message. Text is rendered when read, in the reader's language. */
@Entity({ tableName: 'notification' })
export class Notification {
  [OptionalProps]?: 'createdAt' | 'params';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  userId!: string;

  @Property({ type: 'string' })
  kind!: NotificationKind;

  @Property({ type: idColumn(), nullable: true })
  caseId?: string | null;

  @Property({ type: idColumn(), nullable: true })
  campaignId?: string | null;

  @Property({ type: 'json' })
  params: NotificationParams = {};

  /** Once per user and key: a sweep that runs again does not write the message again. */
  @Property({ type: 'string', nullable: true })
  dedupeKey?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  /** When the text message was claimed for sending: a job run again does not send it twice (sendNotificationSms). */
  @Property({ type: 'datetime', nullable: true })
  smsSentAt?: Date | null;
}
