import type { EntityManager } from '@mikro-orm/postgresql';

export interface PendingMessage {
  id: string;
  queue: string;
  name: string;
  job_key: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

/** The oldest undispatched outbox rows, locked so concurrent drains each take different ones. */
export const lockPendingMessages = (em: EntityManager, limit: number) =>
  em.execute<PendingMessage[]>(
    `select o.id::text, o.queue, o.name, o.job_key, o.payload, o.created_at from outbox o
     where o.dispatched_at is null order by o.id limit ? for update skip locked`,
    [limit],
  );

export const markDispatched = (em: EntityManager, ids: string[]) =>
  em.execute(`update outbox set dispatched_at = now(), attempts = attempts + 1 where id in (?)`, [ids]);

/** Outbox rows handed to Redis since `since` are handed over again (after Redis lost data). */
export const undispatchSince = (em: EntityManager, since: Date) =>
  em.execute<{ id: string }[]>(`update outbox set dispatched_at = null where dispatched_at >= ? returning id::text`, [since]);

/** Completed exports older than the cutoff forget their file, which the caller then deletes. */
export const expireExportFiles = (em: EntityManager, cutoff: Date, error: string) =>
  em.execute<{ file_path: string }[]>(
    `with held as (select id, file_path from job where state = 'COMPLETED' and file_path is not null and finished_at < ? for update skip locked)
     update job set file_path = null, error = ? from held where job.id = held.id returning held.file_path`,
    [cutoff, error],
  );

export const exportFilesInUse = async (em: EntityManager): Promise<Set<string>> =>
  new Set((await em.execute<{ file_path: string }[]>(`select file_path from job where file_path is not null`)).map((row) => row.file_path));
