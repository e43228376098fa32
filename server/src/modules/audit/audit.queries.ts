import type { EntityManager } from '@mikro-orm/postgresql';
import { Scope, type Area } from '../../common/scope.js';
import { ACCOUNT_NAMES } from '../auth/auth.queries.js';
import { CASE_LABELS } from '../cases/case.queries.js';
import { FILE_LABELS } from '../people/hardship-file.queries.js';

export interface AuditEventRow {
  id: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  unit_id: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  correlation_id: string | null;
  entity_label: string | null;
}

/** The name a reader knows a record by: a case's number (its title until accepted), a person's, a unit's, an account's. */
const ENTITY_LABEL = `case e.entity_type
    when 'AidCase' then (select c.label from ${CASE_LABELS} c where c.id = e.entity_id::bigint)
    when 'HardshipFile' then (select f.label from ${FILE_LABELS} f where f.id = e.entity_id::bigint)
    when 'Unit' then (select l.name from unit l where l.id = e.entity_id::bigint)
    when 'User' then (select n.name from ${ACCOUNT_NAMES} n where n.id = e.entity_id::bigint)
  end`;

export interface AuditLogFilter {
  subtreePath: string;
  readableAreas: Area[];
  entityId?: string | null;
  entityType?: string | null;
  actorId?: string | null;
  beforeId?: string | null;
}

/** A page of events under a unit and inside the reader's areas, newest first, with the total before paging. */
export async function auditEventsPage(em: EntityManager, filter: AuditLogFilter, limit: number) {
  const within = Scope.sqlWithin(filter.readableAreas, 'u');
  const conditions = ['u.path <@ ?::ltree', within.sql];
  const params: string[] = [filter.subtreePath, ...within.params];
  if (filter.entityId) {
    conditions.push('e.entity_id = ?');
    params.push(filter.entityId);
  }
  if (filter.entityType) {
    conditions.push('e.entity_type = ?');
    params.push(filter.entityType);
  }
  if (filter.actorId) {
    conditions.push('e.actor_id = ?');
    params.push(filter.actorId);
  }
  const events = `from audit_event e join unit u on u.id = e.unit_id`;
  const where = `where ${conditions.join(' and ')}`;
  const [{ count }] = await em.execute<{ count: string }[]>(`select count(*) as count ${events} ${where}`, params);
  const rows = await em.execute<AuditEventRow[]>(
    `select e.id::text, e.occurred_at, e.actor_id::text, a.name as actor_name, e.unit_id::text, e.action,
            e.entity_type, e.entity_id, e.before, e.after, e.correlation_id, ${ENTITY_LABEL} as entity_label
     ${events} left join ${ACCOUNT_NAMES} a on a.id = e.actor_id ${where}${filter.beforeId ? ' and e.id < ?' : ''}
     order by e.id desc limit ${limit + 1}`,
    filter.beforeId ? [...params, filter.beforeId] : params,
  );
  return { rows, totalCount: Number(count) };
}
