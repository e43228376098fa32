import type { ErrorCode, MessageKey, MessageParams } from '@bangfu/shared';

/** An expected failure: a contract code plus a message key that is translated for the caller. */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(`${code}: ${key}`);
    this.name = 'DomainError';
  }
}

export const notFound = (entity: string) => new DomainError('NOT_FOUND', 'notFound', { entity });
export const forbidden = () => new DomainError('FORBIDDEN', 'forbidden');
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'auth.required');
export const badInput = (detail: string) => new DomainError('BAD_USER_INPUT', 'badInput', { detail });
