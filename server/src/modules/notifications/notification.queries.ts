import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationKind, NotificationParams } from '@bangfu/shared';
import { sqlArray } from '../../common/sql.js';

export interface NotificationRow {
  userId: string;
  kind: NotificationKind;
  params: NotificationParams;
  caseId?: string | null;
  campaignId?: string | null;
  dedupeKey?: string | null;
}

/** Writes an inbox message once per user and dedupe key; the id, or null when it was written before. */
export async function insertNotification(em: EntityManager, row: NotificationRow): Promise<string | null> {
  const rows = await em.execute<{ id: string }[]>(
    `insert into notification (user_id, kind, case_id, campaign_id, params, dedupe_key) values (?, ?, ?, ?, ?, ?)
     on conflict (user_id, dedupe_key) do nothing returning id::text`,
    [row.userId, row.kind, row.caseId ?? null, row.campaignId ?? null, JSON.stringify(row.params), row.dedupeKey ?? null],
  );
  return rows[0]?.id ?? null;
}

/** Writes many inbox messages in one statement; the ids of those written (a row whose dedupe key is known is not). */
export async function insertNotifications(em: EntityManager, rows: NotificationRow[]): Promise<string[]> {
  if (!rows.length) return [];
  const inserted = await em.execute<{ id: string }[]>(
    `insert into notification (user_id, kind, case_id, campaign_id, params, dedupe_key)
     select * from unnest(?::bigint[], ?::text[], ?::bigint[], ?::bigint[], ?::jsonb[], ?::text[])
     on conflict (user_id, dedupe_key) do nothing returning id::text`,
    [
      sqlArray(rows.map((row) => row.userId)),
      sqlArray(rows.map((row) => row.kind)),
      sqlArray(rows.map((row) => row.caseId ?? null)),
      sqlArray(rows.map((row) => row.campaignId ?? null)),
      sqlArray(rows.map((row) => JSON.stringify(row.params))),
      sqlArray(rows.map((row) => row.dedupeKey ?? null)),
    ],
  );
  return inserted.map((row) => row.id);
}

/** Claims a message's text for sending, atomically: true for exactly one of any number of concurrent claims. */
export async function claimSms(em: EntityManager, id: string): Promise<boolean> {
  const claimed = await em.execute<{ id: string }[]>(
    `update notification set sms_sent_at = now() where id = ? and sms_sent_at is null returning id`,
    [id],
  );
  return claimed.length > 0;
}

/** Gives a claim back when the provider refused, so a retry may send. */
export const releaseSms = (em: EntityManager, id: string) => em.execute(`update notification set sms_sent_at = null where id = ?`, [id]);
