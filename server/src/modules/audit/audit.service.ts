import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor.js';
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from '../../common/pagination.js';
import { scopeFor } from '../../common/scope.js';
import { isWellFormedId } from '../../common/validate.js';
import { recordsUnit } from '../org/unit-access.js';
import { auditEventsPage, type AuditEventRow } from './audit.queries.js';

export type { AuditEventRow };

export interface AuditFilter extends PageRequest {
  entityId?: string | null;
  /** With `entityId`: one record (ids repeat across kinds of record) */
  entityType?: string | null;
  actorId?: string | null;
}

/** Reads the audit log of a unit's subtree, newest first, limited to what the actor may read. */
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  async list(actor: Actor, unitId: string, filter: AuditFilter): Promise<Page<AuditEventRow>> {
    const scope = scopeFor(actor);
    const unit = await recordsUnit(this.em, actor, unitId);
    const limit = pageSize(filter.first);

    if (filter.actorId && !isWellFormedId(filter.actorId)) return toPage([], limit, 0, () => []);
    const beforeId = filter.after ? decodeCursor(filter.after, ['id'])[0] : null;
    const page = await auditEventsPage(
      this.em,
      {
        subtreePath: unit.path,
        readableAreas: scope.recordAreas,
        entityId: filter.entityId,
        entityType: filter.entityType,
        actorId: filter.actorId,
        beforeId,
      },
      limit,
    );
    return toPage(page.rows, limit, page.totalCount, (row) => [row.id]);
  }
}

declare module '../../common/context.js' {
  interface Services {
    audit: AuditService;
  }
}
