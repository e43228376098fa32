/**
 * A PostgreSQL array literal to bind as one parameter (`?::text[]`, `?::jsonb[]` …): knex would expand a JS array
 * into a list of parameters. Every element is quoted, so commas, quotes and braces in names and JSON stay inside it.
 */
export const sqlArray = (values: readonly (string | number | null)[]): string =>
  `{${values.map((value) => (value === null ? 'NULL' : `"${String(value).replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
