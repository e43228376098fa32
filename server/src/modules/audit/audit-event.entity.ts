import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { idColumn } from '../../common/columns.js';

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
