import type { EntityManager } from '@mikro-orm/postgresql';
import { Scope, type Area } from '../../common/scope.js';
import { ACCOUNT_NAMES } from '../auth/auth.queries.js';

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
}

export interface AuditLogFilter {
  subtreePath: string;
  readableAreas: Area[];
  entityId?: string | null;
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
  if (filter.actorId) {
    conditions.push('e.actor_id = ?');
    params.push(filter.actorId);
  }
  const events = `from audit_event e join unit u on u.id = e.unit_id`;
  const where = `where ${conditions.join(' and ')}`;
  const [{ count }] = await em.execute<{ count: string }[]>(`select count(*) as count ${events} ${where}`, params);
  const rows = await em.execute<AuditEventRow[]>(
    `select e.id::text, e.occurred_at, e.actor_id::text, a.name as actor_name, e.unit_id::text, e.action,
            e.entity_type, e.entity_id, e.before, e.after, e.correlation_id
     ${events} left join ${ACCOUNT_NAMES} a on a.id = e.actor_id ${where}${filter.beforeId ? ' and e.id < ?' : ''}
     order by e.id desc limit ${limit + 1}`,
    filter.beforeId ? [...params, filter.beforeId] : params,
  );
  return { rows, totalCount: Number(count) };
}
