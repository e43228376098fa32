import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationKind, NotificationParams } from '@bangfu/shared';
import { enqueue } from '../jobs/outbox.js';
import { insertNotification, insertNotifications, type NotificationRow } from './notification.queries.js';

export const NOTIFICATION_QUEUE = 'notifications';

export interface NotifyRequest {
  userIds: string[];
  kind: NotificationKind;
  params: NotificationParams;
  caseId?: string | null;
  campaignId?: string | null;
  dedupeKey?: string | null;
  /** Also text the person (the job carries the notification id only, never the phone). */
  sms?: boolean;
}

/** Writes inbox messages in the caller's transaction, and queues their SMS through the outbox. */
export async function notify(em: EntityManager, request: NotifyRequest): Promise<number> {
  let written = 0;
  for (const userId of new Set(request.userIds)) {
    const id = await insertNotification(em, { ...request, userId });
    if (id === null) continue;
    written += 1;
    if (request.sms) enqueue(em, { queue: NOTIFICATION_QUEUE, name: 'sendSms', jobKey: `sms-${id}`, payload: { notificationId: id } });
  }
  return written;
}

/** One message each to many people in one statement (a batch step), texted too with `sms`. */
export async function notifyEach(em: EntityManager, rows: NotificationRow[], sms: boolean): Promise<number> {
  const ids = await insertNotifications(em, rows);
  if (sms)
    for (const id of ids) enqueue(em, { queue: NOTIFICATION_QUEUE, name: 'sendSms', jobKey: `sms-${id}`, payload: { notificationId: id } });
  return ids.length;
}
