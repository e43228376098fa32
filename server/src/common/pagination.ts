import { badInput } from './domain-error.js';

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
export const encodeCursor = (values: (string | number)[]): string =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values;
    }
  } catch {
    // falls through to the typed error
  }
  throw badInput('after (cursor)');
}

/** Builds a page from rows fetched with one extra row (limit + 1) to learn whether more follow. */
export function toPage<T>(rows: T[], limit: number, totalCount: number, keyOf: (row: T) => (string | number)[]): Page<T> {
  const nodes = rows.slice(0, limit);
  const cursors = nodes.map((node) => encodeCursor(keyOf(node)));
  return { nodes, cursors, hasNextPage: rows.length > limit, endCursor: cursors.at(-1) ?? null, totalCount };
}
