import type { EntityManager, Knex } from '@mikro-orm/postgresql';
/**
 * A PostgreSQL array literal to bind as one parameter (`?::text[]`, `?::jsonb[]` …): knex would expand a JS array
 * into a list of parameters. Every element is quoted, so commas, quotes and braces in names and JSON stay inside it.
 */
export const sqlArray = (values: readonly (string | number | null)[]): string =>
  `{${values.map((value) => (value === null ? 'NULL' : `"${String(value).replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;

/** A page of the records of a subtree (`path`) changed in (since, until], in id order after `afterId`: incremental exports. */
export interface ChangeWindow {
  path: string;
  since: Date;
  until: Date;
  afterId: string;
  limit: number;
}

/** The parameters of a change window for `changedIn(column)`'s predicate, in its order. */
export const changeWindowParams = (window: ChangeWindow) => [window.since, window.until, window.path, window.afterId];

/** Rows whose change time `changedAt` falls in the window, in a unit of the subtree (alias `u`), after the page's last id (`idColumn`). */
export const changedIn = (changedAt: string, idColumn: string) =>
  `${changedAt} > ? and ${changedAt} <= ? and u.path <@ ?::ltree and ${idColumn} > ?`;

/**
 * Inserts one row with bound parameters and answers its id: for rows holding a large value (a sealed upload).
 * MikroORM inlines parameters into the SQL text it runs, which costs many times such a value's size in memory.
 */
export async function insertBound(em: EntityManager, table: string, row: Record<string, unknown>): Promise<string> {
  const knex = em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
  const [inserted] = await knex(table).insert(row).returning('id');
  return String((inserted as { id: string | number }).id);
}
