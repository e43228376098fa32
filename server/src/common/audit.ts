import { Entity, OptionalProps, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import { idColumn } from './columns.js';
import type { Actor } from './actor.js';
import { currentRequestScope } from './request-context.js';

/** One row per mutation (domain.md §8). The database refuses UPDATE, DELETE and TRUNCATE on the table. */
@Entity({ tableName: 'audit_event' })
export class AuditEvent {
  [OptionalProps]?: 'occurredAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: 'datetime' })
  occurredAt: Date = new Date();

  @Property({ type: idColumn(), nullable: true })
  actorId?: string | null;

  @Property({ type: idColumn(), nullable: true })
  unitId?: string | null;

  @Property({ type: 'string' })
  action!: string;

  @Property({ type: 'string' })
  entityType!: string;

  @Property({ type: 'string', nullable: true })
  entityId?: string | null;

  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null;

  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null;

  @Property({ type: 'string', nullable: true })
  correlationId?: string | null;
}

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
