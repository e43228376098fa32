import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { idColumn } from '../../common/columns.js';

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
