import type { EntityManager } from '@mikro-orm/postgresql';
import { ACTING_ROLES } from '@bangfu/shared';
import type { Actor } from './actor.js';
import { currentRequestScope, runInRequestScope } from './request-context.js';
import { Scope } from './scope.js';

/**
 * What PostgreSQL's row-level policies let a connection see of hardship files, cases and their documents
 * (migration RowLevelSecurity): the database's own copy of the actor's record areas, so a read the application
 * forgot to scope still returns nothing outside them. `system` is the worker's and the CLI's: every row.
 */
export interface RowScope {
  system: boolean;
  /** Unit paths whose whole subtree is readable. */
  subtrees: string[];
  /** Units readable on their own. */
  units: string[];
  /** Units whose records the caller may change: an acting role on the unit itself. */
  actingUnits: string[];
  /** The caller's own cases and file (as applicant, person or named recipient). */
  userId: string | null;
}

export const SYSTEM_ROWS: RowScope = { system: true, subtrees: [], units: [], actingUnits: [], userId: null };
export const NO_ROWS: RowScope = { system: false, subtrees: [], units: [], actingUnits: [], userId: null };

/** Always from the actor's real grants: the test-only switch that bypasses the application's checks never reaches here. */
export function rowScopeOf(actor: Actor | null): RowScope {
  if (!actor) return NO_ROWS;
  const areas = new Scope(actor, 'enforced').recordAreas;
  return {
    system: false,
    subtrees: areas.filter((area) => area.subtree).map((area) => area.path),
    units: areas.filter((area) => !area.subtree).map((area) => area.unitId),
    actingUnits: actor.grants.filter((grant) => ACTING_ROLES.includes(grant.role)).map((grant) => grant.unitId),
    userId: actor.userId,
  };
}

/** The values of the session settings bangfu.rows_* the policies read, in the order ROW_SCOPE_SQL sets them. */
export const rowScopeSettings = (rows: RowScope): string[] => [
  rows.system ? 'on' : 'off',
  `{${rows.subtrees.join(',')}}`,
  `{${rows.units.join(',')}}`,
  `{${rows.actingUnits.join(',')}}`,
  rows.userId ?? '',
];

export const ROW_SCOPE_SQL =
  "select set_config('bangfu.rows_system', $1, false), set_config('bangfu.rows_subtrees', $2, false), " +
  "set_config('bangfu.rows_units', $3, false), set_config('bangfu.rows_acting', $4, false), set_config('bangfu.rows_user', $5, false)";

/**
 * Runs `work`, whose statements read no table under row-level policies (sessions, accounts, grants, units), on a
 * pooled connection as it is. Signing a request in this way leaves a connection that last served the same caller
 * with that caller's scope, instead of switching it to no rows and back: two statements a request.
 */
export const outsideRowPolicies = <T>(work: () => Promise<T>): Promise<T> => {
  const scope = currentRequestScope();
  return scope ? runInRequestScope({ ...scope, rowsAsCarried: true }, work) : work();
};

/**
 * Runs `work` seeing every row, in a transaction (a savepoint inside the caller's): for the rare step the system
 * takes on a caller's behalf across units, such as moving a closed unit's records. The setting is local to the
 * transaction and put back before returning; a failure rolls it back with the savepoint.
 */
export const withSystemRows = <T>(em: EntityManager, work: (em: EntityManager) => Promise<T>): Promise<T> =>
  em.transactional(async (tx) => {
    const [{ previous }] = await tx.execute<{ previous: string | null }[]>(
      `select current_setting('bangfu.rows_system', true) as previous, set_config('bangfu.rows_system', 'on', true)`,
    );
    const result = await work(tx);
    await tx.flush();
    await tx.execute(`select set_config('bangfu.rows_system', ?, true)`, [previous ?? 'off']);
    return result;
  });
