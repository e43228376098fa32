import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../common/actor.js';
import { notFound } from '../../common/domain-error.js';
import { scopeFor } from '../../common/scope.js';
import { isWellFormedId } from '../../common/validate.js';
import { Unit } from './unit.entity.js';

/** A unit whose records (cases, files, funds, audit, reports) the actor may read; otherwise NOT_FOUND. */
export async function recordsUnit(em: EntityManager, actor: Actor, unitId: string): Promise<Unit> {
  const unit = isWellFormedId(unitId) ? await em.findOne(Unit, { id: unitId }) : null;
  if (!unit || !scopeFor(actor).canReadRecordsOf(unit)) throw notFound('unit');
  return unit;
}
