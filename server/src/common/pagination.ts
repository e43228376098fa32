import type { QueryBuilder, QueryOrderMap } from '@mikro-orm/postgresql';
import { badInput } from './domain-error.js';
import { isWellFormedId } from './validate.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badInput(`first (1..${MAX_PAGE_SIZE})`);
  return first;
}

/** Cursors are opaque to clients: base64url of the keyset values of the last row. */
export const encodeCursor = (values: string[]): string => Buffer.from(JSON.stringify(values)).toString('base64url');

/** What each keyset value of a cursor must be: a row id, or a timestamp (PostgreSQL's `infinity` included). */
export type CursorPart = 'id' | 'timestamp';

// as PostgreSQL prints a timestamptz (or an ISO string); an infinite due date sorts last
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

function isCursorTimestamp(value: string): boolean {
  if (value.toLowerCase() === 'infinity') return true;
  const match = TIMESTAMP.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1, 4).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const fitsPart = (value: unknown, part: CursorPart): value is string =>
  typeof value === 'string' && (part === 'id' ? isWellFormedId(value) : isCursorTimestamp(value));

/** A cursor from a client is untrusted: each value is checked before it reaches SQL, so a forged one is BAD_USER_INPUT. */
export function decodeCursor(cursor: string, parts: CursorPart[]): string[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === parts.length && values.every((value, i) => fitsPart(value, parts[i]))) {
      return values;
    }
  } catch {
    // falls through to the typed error
  }
  throw badInput('after (cursor)');
}

/** Builds a page from rows fetched with one extra row (limit + 1) to learn whether more follow. */
export function toPage<T>(rows: T[], limit: number, totalCount: number, keyOf: (row: T) => string[]): Page<T> {
  const nodes = rows.slice(0, limit);
  const cursors = nodes.map((node) => encodeCursor(keyOf(node)));
  return { nodes, cursors, hasNextPage: rows.length > limit, endCursor: cursors.at(-1) ?? null, totalCount };
}

/** One page in id order from a query builder, with the total of its rows before paging. */
export async function idOrderedPage<T extends { id: string }>(qb: QueryBuilder<T>, afterId: string | null | undefined, limit: number) {
  const totalCount = await qb.clone().getCount();
  if (afterId) qb.andWhere(`${qb.alias}.id > ?`, [afterId]);
  const rows = await qb
    .orderBy({ id: 'asc' } as QueryOrderMap<T>)
    .limit(limit + 1)
    .getResultList();
  return { rows, totalCount };
}
