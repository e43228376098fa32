import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { connectionType } from '../../common/graphql.js';
import type { AuditEventRow } from './audit.service.js';

@ObjectType('AuditEvent', { description: 'One recorded mutation; never changed or deleted' })
export class AuditEventView {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  unitId!: string;

  @Field(() => String)
  action!: string;

  @Field(() => String)
  entityType!: string;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field(() => String, { nullable: true, description: 'What readers call the record: a case number, a name' })
  entityLabel!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  correlationId!: string | null;
}

export const toAuditEventView = (row: AuditEventRow): AuditEventView => ({
  id: row.id,
  occurredAt: new Date(row.occurred_at),
  actorId: row.actor_id,
  actorName: row.actor_name,
  unitId: row.unit_id,
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  entityLabel: row.entity_label,
  before: row.before,
  after: row.after,
  correlationId: row.correlation_id,
});

export const AuditEventConnection = connectionType(AuditEventView, 'AuditEvent');
