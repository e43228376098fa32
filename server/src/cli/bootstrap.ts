import type { EntityManager } from '@mikro-orm/postgresql';
import { levelRank, type UnitLevel } from '@bangfu/shared';
import type { Actor } from '../common/actor.js';
import { recordAudit } from '../modules/audit/audit-trail.js';
import { RoleGrant } from '../modules/auth/role-grant.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { Unit } from '../modules/org/unit.entity.js';
import { unitSnapshot } from '../modules/org/unit.service.js';

export interface BootstrapRequest {
  root: { code: string; name: string; level: UnitLevel };
  /** The first two operators: every later grant needs a second operator to approve it (two-person rule). */
  admins: [Operator, Operator];
}

interface Operator {
  phone: string;
  name: string;
  password: string;
}

/**
 * Installs the top of the network and its first two operators: the one step no operator can do through the API,
 * because every unit is created under a unit its operator manages and every grant needs a second operator.
 */
export async function bootstrapInstallation(em: EntityManager, request: BootstrapRequest): Promise<[Actor, Actor]> {
  return em.transactional(async (tx) => {
    const [{ id }] = await tx.execute<{ id: string }[]>(`select nextval(pg_get_serial_sequence('unit', 'id'))::text as id`);
    const root = tx.create(Unit, {
      id,
      code: request.root.code,
      name: request.root.name,
      level: request.root.level,
      path: id,
      holdsFund: levelRank(request.root.level) <= levelRank('DISTRICT'),
    });
    const admins = await Promise.all(
      request.admins.map(async (operator) => {
        const admin = tx.create(User, { phone: operator.phone, name: operator.name, passwordHash: await hashPassword(operator.password) });
        tx.create(RoleGrant, { user: admin, unit: root, role: 'SYSTEM_ADMIN' });
        return admin;
      }),
    );
    await tx.flush();
    recordAudit(tx, null, {
      action: 'installation.bootstrap',
      entityType: 'Unit',
      entityId: root.id,
      unitId: root.id,
      after: { ...unitSnapshot(root), operators: admins.map((admin) => admin.id) },
    });
    const actorOf = (admin: User): Actor => ({
      userId: admin.id,
      name: admin.name,
      sessionId: 'bootstrap',
      grants: [{ role: 'SYSTEM_ADMIN', unitId: root.id, unitPath: root.path, unitLevel: root.level }],
    });
    return [actorOf(admins[0]), actorOf(admins[1])];
  });
}
