import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Language } from '@bangfu/shared';

export interface RequestScope {
  correlationId: string;
  lang: Language;
}

/** Per-request facts that error formatting and audit need without threading them through every call. */
const storage = new AsyncLocalStorage<RequestScope>();

export const runInRequestScope = <T>(scope: RequestScope, fn: () => T): T => storage.run(scope, fn);
export const currentRequestScope = (): RequestScope | undefined => storage.getStore();
export const newCorrelationId = (): string => randomUUID();
