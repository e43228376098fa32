import { BigIntType, type EntityClass, type EntityManager, type Type } from '@mikro-orm/core';

/**
 * Ids are bigint in PostgreSQL and opaque strings everywhere else. MikroORM's `'bigint'` alias
 * hydrates native BigInt on some paths (row-locked reads), so the mode is pinned here.
 */
export const idColumn = () => new BigIntType('string');

/** Money in fen, bigint in PostgreSQL and a JS number here (amounts stay far below 2^53). */
export const fenColumn = () => new BigIntType('number');

type Convert = (value: unknown) => unknown;
const columnMaps = new WeakMap<object, [column: string, property: string, convert: Convert | null][]>();

/**
 * A raw row as an entity's plain data (property names, custom types such as bigint fen converted) without creating
 * a managed entity. For list pages that are only rendered: hydrating 50 managed entities (and MikroORM's generic
 * result mapper) cost more CPU than the SQL that fetched them (issue 9's profile). Never persist the result.
 */
export function plainEntity<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>): T {
  const meta = em.getMetadata().get<T>(entity.name);
  let columns = columnMaps.get(meta);
  if (!columns) {
    const platform = em.getPlatform();
    // the driver leaves timestamps as text for MikroORM's own date handling
    const converterOf = (prop: (typeof meta.props)[number]): Convert | null =>
      prop.customType
        ? (value) => (prop.customType as Type<unknown>).convertToJSValue(value, platform)
        : prop.runtimeType === 'Date'
          ? (value) => (typeof value === 'string' ? platform.parseDate(value) : value)
          : null;
    columns = meta.props.filter((prop) => prop.fieldNames?.length === 1).map((prop) => [prop.fieldNames[0], prop.name, converterOf(prop)]);
    columnMaps.set(meta, columns);
  }
  const data: Record<string, unknown> = {};
  for (const [column, property, convert] of columns) {
    if (!(column in row)) continue;
    const value = row[column];
    data[property] = value === null || value === undefined || !convert ? value : convert(value);
  }
  return data as T;
}
