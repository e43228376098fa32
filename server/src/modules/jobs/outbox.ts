import type { EntityManager } from '@mikro-orm/core';
import { OutboxMessage } from './outbox.entity.js';

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
