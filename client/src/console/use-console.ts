import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { ACTING_ROLES, SUBTREE_READ_ROLES, type Role } from '@bangfu/shared/enums';
import dayjs from 'dayjs';
import { useSearch } from '../lib/router';
import { execute } from '../lib/graphql';
import { session } from '../lib/session';
import { STAFF_ME } from './api';

export const useStaffSession = () => useSyncExternalStore(session.subscribe, session.current, () => null);

/** The signed-in staff member and the units they work in (a role is granted on a unit). */
export function useMe() {
  const current = useStaffSession();
  return useQuery({
    queryKey: ['me', current?.user.id],
    queryFn: () => execute(STAFF_ME).then((data) => data.me),
    enabled: Boolean(current),
  });
}

/** The roles the signed-in person holds on a unit. */
export function useRolesOn(unitId: string | null | undefined): Role[] {
  const me = useMe();
  return (me.data?.roles ?? []).filter((grant) => grant.unit.id === unitId).map((grant) => grant.role);
}

/** The unit the console shows: `?unit=` (bookmarkable), else the first unit the user works in. */
export function useCurrentUnit(): { unitId: string | null; units: { id: string; name: string; roles: Role[] }[] } {
  const me = useMe();
  const search = useSearch();
  const units = new Map<string, { id: string; name: string; roles: Role[] }>();
  for (const grant of me.data?.roles ?? []) {
    if (!ACTING_ROLES.includes(grant.role) && !SUBTREE_READ_ROLES.includes(grant.role)) continue;
    const entry = units.get(grant.unit.id) ?? { id: grant.unit.id, name: grant.unit.name, roles: [] };
    entry.roles.push(grant.role);
    units.set(grant.unit.id, entry);
  }
  const list = [...units.values()];
  return { unitId: search.get('unit') ?? list[0]?.id ?? null, units: list };
}

/**
 * The period in `?from=&to=` (whole days in Beijing time), this year so far by default; `range` is what the API takes,
 * with the end exclusive.
 */
export function usePeriod() {
  const search = useSearch();
  const from = search.get('from') ?? dayjs().tz('Asia/Shanghai').startOf('year').format('YYYY-MM-DD');
  const to = search.get('to') ?? dayjs().tz('Asia/Shanghai').format('YYYY-MM-DD');
  const range = { from: dayjs.tz(from, 'Asia/Shanghai').toISOString(), to: dayjs.tz(to, 'Asia/Shanghai').add(1, 'day').toISOString() };
  return { from, to, range };
}
