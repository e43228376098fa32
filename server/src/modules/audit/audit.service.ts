import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor.js';
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from '../../common/pagination.js';
import { Scope, scopeFor } from '../../common/scope.js';
import { isWellFormedId } from '../../common/validate.js';
import { recordsUnit } from '../org/unit-access.js';

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

export interface AuditFilter extends PageRequest {
  entityId?: string | null;
  actorId?: string | null;
}

/** Reads the audit log of a unit's subtree, newest first, limited to what the actor may read. */
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  async list(actor: Actor, unitId: string, filter: AuditFilter): Promise<Page<AuditEventRow>> {
    const scope = scopeFor(actor);
    const unit = await recordsUnit(this.em, actor, unitId);
    const limit = pageSize(filter.first);

    const within = Scope.sqlWithin(scope.recordAreas, 'u');
    const conditions = ['u.path <@ ?::ltree', within.sql];
    const params: (string | number)[] = [unit.path, ...within.params];
    if (filter.entityId) {
      conditions.push('e.entity_id = ?');
      params.push(filter.entityId);
    }
    if (filter.actorId) {
      if (!isWellFormedId(filter.actorId)) return toPage([], limit, 0, () => []);
      conditions.push('e.actor_id = ?');
      params.push(filter.actorId);
    }
    const from = `from audit_event e join unit u on u.id = e.unit_id where ${conditions.join(' and ')}`;
    const [{ count }] = await this.em.execute<{ count: string }[]>(`select count(*) as count ${from}`, params);
    const pageConditions = filter.after ? ' and e.id < ?' : '';
    const pageParams = filter.after ? [...params, decodeCursor(filter.after, ['id'])[0]] : params;
    const rows = await this.em.execute<AuditEventRow[]>(
      `select e.id::text, e.occurred_at, e.actor_id::text, a.name as actor_name, e.unit_id::text, e.action,
              e.entity_type, e.entity_id, e.before, e.after, e.correlation_id
       ${from.replace('where', 'left join app_user a on a.id = e.actor_id where')}${pageConditions}
       order by e.id desc limit ${limit + 1}`,
      pageParams,
    );
    return toPage(rows, limit, Number(count), (row) => [row.id]);
  }
}

declare module '../../common/context.js' {
  interface Services {
    audit: AuditService;
  }
}
