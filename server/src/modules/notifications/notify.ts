import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationKind, NotificationParams } from '@bangfu/shared';
import { enqueue } from '../jobs/outbox.js';

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
    const rows = await em.execute<{ id: string }[]>(
      `insert into notification (user_id, kind, case_id, campaign_id, params, dedupe_key) values (?, ?, ?, ?, ?, ?)
       on conflict (user_id, dedupe_key) do nothing returning id::text`,
      [userId, request.kind, request.caseId ?? null, request.campaignId ?? null, JSON.stringify(request.params), request.dedupeKey ?? null],
    );
    if (rows.length === 0) continue;
    written += 1;
    if (request.sms)
      enqueue(em, { queue: NOTIFICATION_QUEUE, name: 'sendSms', jobKey: `sms-${rows[0].id}`, payload: { notificationId: rows[0].id } });
  }
  return written;
}
