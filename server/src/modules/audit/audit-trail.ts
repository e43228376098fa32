import type { EntityManager } from '@mikro-orm/core';
import type { Actor } from '../../common/actor.js';
import { currentRequestScope } from '../../common/request-context.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  unitId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Adds an audit event to the unit of work, so it commits or rolls back with the change it records.
 * Callers pass snapshots that already leave out secrets and mask personal data.
 */
export function recordAudit(em: EntityManager, actor: Pick<Actor, 'userId'> | null, entry: AuditEntry): void {
  em.persist(
    em.create(AuditEvent, {
      actorId: actor?.userId ?? null,
      unitId: entry.unitId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      correlationId: currentRequestScope()?.correlationId ?? null,
    }),
  );
}

/**
 * Records an event in a unit of work of its own and commits it at once: for a read of sensitive data, or for a
 * refusal whose own change rolls back (field resolvers of one request share its EntityManager, so they cannot
 * flush it).
 */
export async function recordAuditAlone(em: EntityManager, actor: Pick<Actor, 'userId'> | null, entry: AuditEntry): Promise<void> {
  const own = em.fork();
  recordAudit(own, actor, entry);
  await own.flush();
}
