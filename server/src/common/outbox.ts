import { Entity, OptionalProps, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import { idColumn } from './columns.js';

/**
 * A job waiting to be handed to BullMQ. Written in the caller's transaction, so nothing is enqueued
 * for a rolled-back change and nothing is lost while Redis is down (style.md principle 6).
 */
@Entity({ tableName: 'outbox' })
export class OutboxMessage {
  [OptionalProps]?: 'createdAt' | 'attempts' | 'payload';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: 'string' })
  queue!: string;

  @Property({ type: 'string' })
  name!: string;

  /** Deterministic BullMQ job id (no `:`), unique here so the same effect is never queued twice. */
  @Property({ type: 'string' })
  jobKey!: string;

  /** Ids only, never personal data. */
  @Property({ type: 'json' })
  payload: Record<string, string | number | boolean> = {};

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  dispatchedAt?: Date | null;

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'string', nullable: true })
  lastError?: string | null;
}

export const JOB_STATES = ['QUEUED', 'ACTIVE', 'COMPLETED', 'FAILED'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** Long work a user started and follows through `job(id)`; the worker updates it as it runs. */
@Entity({ tableName: 'job' })
export class JobRecord {
  [OptionalProps]?: 'state' | 'progress' | 'params' | 'createdAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string' })
  state: JobState = 'QUEUED';

  @Property({ type: 'integer' })
  progress: number = 0;

  @Property({ type: 'json' })
  params: Record<string, string | number | boolean | null> = {};

  @Property({ type: 'json', nullable: true })
  result?: Record<string, unknown> | null;

  @Property({ type: 'string', nullable: true })
  error?: string | null;

  @Property({ type: 'string', nullable: true })
  filePath?: string | null;

  @Property({ type: idColumn(), nullable: true })
  requestedById?: string | null;

  @Property({ type: idColumn(), nullable: true })
  unitId?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  startedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;
}

/** Scheduled upkeep and rare whole-table work (heartbeat, sweeps, rollup folding, deadline recounts). */
export const MAINTENANCE_QUEUE = 'maintenance';

export interface EnqueueRequest {
  queue: string;
  name: string;
  jobKey: string;
  payload?: Record<string, string | number | boolean>;
}

/** Queues a job through the outbox in the current unit of work. */
export function enqueue(em: EntityManager, request: EnqueueRequest): OutboxMessage {
  if (request.jobKey.includes(':')) throw new Error(`job key must not contain ':' (${request.jobKey})`);
  const message = em.create(OutboxMessage, {
    queue: request.queue,
    name: request.name,
    jobKey: request.jobKey,
    payload: request.payload ?? {},
  });
  em.persist(message);
  return message;
}
