import type { EntityManager } from '@mikro-orm/postgresql';
import { ACTING_ROLES } from '@bangfu/shared';

/** The accounts holding an acting role on a unit now: who hears about its deadlines and reviews. */
export async function staffUserIdsOf(em: EntityManager, unitId: string): Promise<string[]> {
  const rows = await em.execute<{ user_id: string }[]>(
    `select distinct user_id::text from role_grant where unit_id = ? and revoked_at is null and role in (?)`,
    [unitId, ACTING_ROLES],
  );
  return rows.map((row) => row.user_id);
}
