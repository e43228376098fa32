import type { EntityManager } from '@mikro-orm/postgresql';
import { notificationText, type Language } from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import { recordAudit } from '../audit/audit-trail.js';
import { badInput } from '../../common/domain-error.js';
import { Notification } from './notification.entity.js';
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from '../../common/pagination.js';
import { isWellFormedId } from '../../common/validate.js';
import { User } from '../auth/user.entity.js';
import { claimSms, releaseSms } from './notification.queries.js';
import type { SmsSender } from './sms.js';

/** The caller's inbox: newest first, only their own messages. */
export class NotificationService {
  constructor(private readonly em: EntityManager) {}

  async inbox(actor: Actor, unreadOnly: boolean, request: PageRequest): Promise<Page<Notification>> {
    const limit = pageSize(request.first);
    const where: Record<string, unknown> = { userId: actor.userId, ...(unreadOnly ? { readAt: null } : {}) };
    const totalCount = await this.em.count(Notification, where);
    if (request.after) where.id = { $lt: decodeCursor(request.after, ['id'])[0] };
    const rows = await this.em.find(Notification, where, { orderBy: { id: 'desc' }, limit: limit + 1 });
    return toPage(rows, limit, totalCount, (row) => [row.id]);
  }

  /** Marks the caller's own messages read; ids of other people's messages are ignored. Returns how many changed. */
  async markRead(actor: Actor, ids: string[]): Promise<number> {
    if (ids.length > 500) throw badInput('ids (at most 500)');
    const own = ids.filter(isWellFormedId);
    if (own.length === 0) return 0;
    const changed = await this.em.nativeUpdate(
      Notification,
      { id: { $in: own }, userId: actor.userId, readAt: null },
      { readAt: new Date() },
    );
    if (changed > 0) {
      recordAudit(this.em, actor, {
        action: 'notification.markRead',
        entityType: 'User',
        entityId: actor.userId,
        after: { count: changed },
      });
      await this.em.flush();
    }
    return changed;
  }
}

/**
 * The `sendSms` job: renders the message in the person's language and hands it to the configured sender.
 * The text message is claimed before it is sent, so a job run again (its acknowledgement lost to a killed worker
 * or a Redis outage, or taken over while still running) never sends it twice; a refusal by the provider releases
 * the claim for the retry. A crash during the provider call leaves it claimed and unsent: the message is still in
 * the person's inbox, which is the record, and a text message twice is worse than none.
 */
export async function sendNotificationSms(em: EntityManager, sender: SmsSender, notificationId: string): Promise<'SENT' | 'SKIPPED'> {
  const notification = await em.findOne(Notification, { id: notificationId });
  const user = notification ? await em.findOne(User, { id: notification.userId }) : null;
  if (!notification || !user?.active) return 'SKIPPED';
  if (!(await claimSms(em, notification.id))) return 'SKIPPED';
  const lang = user.language as Language;
  try {
    await sender.send({
      reference: notification.id,
      phone: user.phone,
      text: notificationText(notification.kind, notification.params, lang),
      params: Object.fromEntries(Object.entries(notification.params).map(([key, value]) => [key, String(value ?? '')])),
    });
  } catch (error) {
    await releaseSms(em, notification.id);
    throw error;
  }
  return 'SENT';
}

declare module '../../common/context.js' {
  interface Services {
    notifications: NotificationService;
  }
}
