import type * as z from 'zod';
import { ERROR_MESSAGES, type MessageKey } from '@bangfu/shared';
import { badInput, DomainError } from './domain-error.js';

/** Parses input with a shared zod schema; the first problem becomes a BAD_USER_INPUT naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  // a schema that names a message of the catalog says it in the caller's language (a weak password)
  if (issue.message in ERROR_MESSAGES) throw new DomainError('BAD_USER_INPUT', issue.message as MessageKey);
  const field = issue.path.join('.') || 'input';
  throw badInput(`${field} (${issue.message})`);
}

const ID_PATTERN = /^\d{1,18}$/;

/** Ids are opaque strings to clients; internally they are bigint. A malformed id is simply not found. */
export const isWellFormedId = (id: string): boolean => ID_PATTERN.test(id);

/** An ILIKE pattern matching `term` anywhere, with the caller's `%`, `_` and `\` taken literally. */
export const containsPattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
