import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../app/logger.js';

interface PendingMessage {
  id: string;
  queue: string;
  name: string;
  job_key: string;
  payload: Record<string, unknown>;
}

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
  ) {}

  /** Dispatches one batch; returns how many rows it moved. */
  async drainOnce(): Promise<number> {
    const em = this.orm.em.fork();
    return em.transactional(async (tx) => {
      const rows = await tx.execute<PendingMessage[]>(
        `select id::text, queue, name, job_key, payload from outbox
         where dispatched_at is null order by id limit ? for update skip locked`,
        [this.batchSize],
      );
      for (const row of rows) {
        await this.queue(row.queue).add(row.name, row.payload, { ...DEFAULT_JOB_OPTIONS, jobId: row.job_key });
      }
      if (rows.length > 0) {
        await tx.execute(`update outbox set dispatched_at = now(), attempts = attempts + 1 where id in (?)`, [
          rows.map((row) => row.id),
        ]);
      }
      return rows.length;
    });
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
