import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { recordAudit } from '../modules/audit/audit-trail.js';
import type { Logger } from '../common/logger.js';
import { lockPendingMessages, markDispatched, undispatchSince, type PendingMessage } from '../modules/jobs/jobs.queries.js';

/** Clock difference between machines we tolerate before calling a job older than its outbox row. */
const STALE_JOB_SLACK_MS = 60_000;

export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 5_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;

/**
 * Moves outbox rows to BullMQ. At least once: a row is marked dispatched only in the transaction that
 * added it; a crash in between re-adds it under the same deterministic job id, which BullMQ ignores
 * while the first copy exists (and jobs are idempotent for when it does not). `SKIP LOCKED` lets
 * several worker replicas drain at once without taking the same rows.
 *
 * A finished job under the same id that is older than the row itself cannot be this row's job: Redis kept it
 * while the database was restored from a backup or reset, and ids restart. BullMQ would silently ignore the add,
 * losing the work, so that leftover is removed and the job added again.
 */
export class OutboxDrain {
  private readonly queues = new Map<string, Queue>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly connection: Redis,
    private readonly logger: Logger,
    private readonly batchSize = 100,
    /** Redis replicas that must hold the batch before its rows count as handed over (config REDIS_WAIT_REPLICAS). */
    private readonly waitReplicas = 0,
  ) {}

  /** Dispatches one batch; returns how many rows it moved. */
  async drainOnce(): Promise<number> {
    const em = this.orm.em.fork();
    return em.transactional(async (tx) => {
      const rows = await lockPendingMessages(tx, this.batchSize);
      for (const row of rows) await this.dispatch(row);
      if (rows.length > 0 && this.waitReplicas > 0) await this.replicated();
      if (rows.length > 0) {
        await markDispatched(
          tx,
          rows.map((row) => row.id),
        );
      }
      return rows.length;
    });
  }

  private async dispatch(row: PendingMessage): Promise<void> {
    const queue = this.queue(row.queue);
    const add = () => queue.add(row.name, row.payload, { ...DEFAULT_JOB_OPTIONS, jobId: row.job_key });
    await add();
    const stored = await queue.getJob(row.job_key);
    const writtenAt = new Date(row.created_at).getTime();
    if (stored && stored.timestamp < writtenAt - STALE_JOB_SLACK_MS && (stored.finishedOn || (await stored.isFailed()))) {
      this.logger.warn(
        { queue: row.queue, jobId: row.job_key },
        'a finished job older than its outbox row was replaced (database restored or reset?)',
      );
      await stored.remove();
      await add();
    }
  }

  /**
   * Redis replicates asynchronously: a failover to a replica that had not yet received the batch would lose jobs the
   * outbox had let go of. WAIT on the connection that added them (BullMQ's Queue uses the instance it is given)
   * holds the rows back until enough replicas have them; otherwise the transaction rolls back and the rows go again.
   */
  private async replicated(): Promise<void> {
    const acknowledged = await this.connection.wait(this.waitReplicas, 1_000);
    if (acknowledged < this.waitReplicas) {
      throw new Error(`jobs reached ${acknowledged} of ${this.waitReplicas} Redis replicas; the rows stay in the outbox`);
    }
  }

  start(intervalMs: number): void {
    const tick = async () => {
      if (this.stopped) return;
      this.running = (async () => {
        try {
          while ((await this.drainOnce()) === this.batchSize && !this.stopped);
        } catch (error) {
          this.logger.warn({ err: error }, 'outbox drain failed; retrying');
        }
      })();
      await this.running;
      if (!this.stopped) this.timer = setTimeout(tick, intervalMs);
    };
    void tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection });
      queue.on('error', (error) => this.logger.warn({ err: error, queue: name }, 'queue connection error'));
      this.queues.set(name, queue);
    }
    return queue;
  }
}

/**
 * After Redis lost data (restored from an older snapshot, or replaced), jobs handed to it since `since` may be gone.
 * Marks their outbox rows undispatched, so the drain hands them over again under the same ids: a job still in Redis
 * ignores the second add, a lost one runs (every processor is idempotent). One audit event records how many.
 */
export async function redispatchSince(em: EntityManager, since: Date): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = await undispatchSince(tx, since);
    recordAudit(tx, null, { action: 'outbox.redispatch', entityType: 'Outbox', after: { since: since.toISOString(), rows: rows.length } });
    return rows.length;
  });
}
