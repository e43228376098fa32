import type { EntityManager } from '@mikro-orm/postgresql';
import { ACTING_ROLES, type Role, type UnitLevel } from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import { User } from './user.entity.js';
import { idOrderedPage } from '../../common/pagination.js';
import { outsideRowPolicies } from '../../common/row-scope.js';

/** The accounts holding an acting role on a unit now: who hears about its deadlines and reviews. */
export async function staffUserIdsOf(em: EntityManager, unitId: string): Promise<string[]> {
  const rows = await em.execute<{ user_id: string }[]>(
    `select distinct user_id::text from role_grant where unit_id = ? and revoked_at is null and role in (?)`,
    [unitId, ACTING_ROLES],
  );
  return rows.map((row) => row.user_id);
}

interface ActorRow {
  session_id: string;
  user_id: string;
  name: string;
  grants: { role: Role; unitId: string; unitPath: string; unitLevel: UnitLevel }[];
}

/**
 * Who an account is with its live grants on active units, in one statement (it runs on every request, before the
 * caller's row scope is known; none of its tables is under row-level policies).
 */
async function actorFrom(em: EntityManager, from: string, params: string[], sessionColumn: string): Promise<Actor | null> {
  const [row] = await outsideRowPolicies(() =>
    em.execute<ActorRow[]>(
      `select ${sessionColumn} as session_id, u.id::text as user_id, u.name,
       coalesce((select json_agg(json_build_object('role', g.role, 'unitId', g.unit_id::text,
                   'unitPath', gu.path::text, 'unitLevel', gu.level) order by g.id)
                 from role_grant g join unit gu on gu.id = g.unit_id
                 where g.user_id = u.id and g.revoked_at is null and gu.active), '[]') as grants
     ${from}`,
      params,
    ),
  );
  return row ? { userId: row.user_id, name: row.name, sessionId: row.session_id, grants: row.grants } : null;
}

export const actorOfSession = (em: EntityManager, tokenHash: string) =>
  actorFrom(
    em,
    `from session s join app_user u on u.id = s.user_id
     where s.token_hash = ? and s.revoked_at is null and s.expires_at > now() and u.active`,
    [tokenHash],
    's.id::text',
  );

export const actorOfUser = (em: EntityManager, userId: string) =>
  actorFrom(em, `from app_user u where u.id = ? and u.active`, [userId], `'background'`);

/**
 * A page of the staff accounts holding a live role on a unit or waiting for one, in id order, with the total before
 * paging. Workers' accounts are not the operator's to list (they carry an ID number).
 */
export async function accountsWithRoleOn(em: EntityManager, unitId: string, afterId: string | null, limit: number) {
  const qb = em.createQueryBuilder(User, 'u').where(
    `u.id_number_hash is null and (exists (select 1 from role_grant g where g.user_id = u.id and g.unit_id = ? and g.revoked_at is null)
       or exists (select 1 from role_grant_request r where r.user_id = u.id and r.unit_id = ? and r.decided_at is null))`,
    [unitId, unitId],
  );
  return idOrderedPage(qb, afterId, limit);
}

/** A closing unit's workers are employed by the receiving unit; roles on it end. Counts for the audit record. */
export async function moveAccountsOfUnit(em: EntityManager, fromUnitId: string, toUnitId: string, byUserId: string) {
  const workers = await em.execute<{ affectedRows?: number }>(
    `update app_user set employer_unit_id = ?, updated_at = now() where employer_unit_id = ?`,
    [toUnitId, fromUnitId],
    'run',
  );
  const grants = await em.execute<{ affectedRows?: number }>(
    `update role_grant set revoked_at = now(), revoked_by_id = ? where unit_id = ? and revoked_at is null`,
    [byUserId, fromUnitId],
    'run',
  );
  return { workersMoved: workers.affectedRows ?? 0, rolesRevoked: grants.affectedRows ?? 0 };
}

/** Accounts as other modules' queries may join them (id, display name), without naming this module's table. */
export const ACCOUNT_NAMES = `(select id, name from app_user)`;

/** Accounts by the lookup hash of their holder's ID number, to find a file's person's own account. */
export const ACCOUNTS_BY_PERSON = `(select id, id_number_hash from app_user where id_number_hash is not null)`;

/** The heads of each unit (UNIT_HEAD, UNION_ADMIN grants in force): who signs a unit's returns. */
export const UNIT_HEADS = `(select user_id, unit_id from role_grant where revoked_at is null and role in ('UNIT_HEAD', 'UNION_ADMIN'))`;

/** ID number hashes of active accounts whose holder was verified (by SMS-bound real name or at the counter). */
export const VERIFIED_PERSONS = `(select id_number_hash from app_user where active and identity_verified_at is not null and id_number_hash is not null)`;
