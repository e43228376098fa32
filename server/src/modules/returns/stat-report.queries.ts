import type { EntityManager } from '@mikro-orm/postgresql';
import { UNIT_HEADS } from '../auth/auth.queries.js';

/** Heads of active units of `levels` whose return for `period` is neither submitted nor accepted. */
export const headsWithoutReturn = (em: EntityManager, period: string, levels: string[]) =>
  em.execute<{ unit_id: string; unit_name: string; user_id: string }[]>(
    `select u.id::text as unit_id, u.name as unit_name, h.user_id::text
     from unit u join ${UNIT_HEADS} h on h.unit_id = u.id
     where u.active and u.level = any (?::text[])
       and not exists (select 1 from stat_report r where r.unit_id = u.id and r.period = ? and r.status in ('SUBMITTED', 'ACCEPTED'))
     order by u.id, h.user_id`,
    [`{${levels.join(',')}}`, period],
  );
