import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Language } from '@bangfu/shared';
import type { RowScope } from './row-scope.js';
import type { ScopeChecks } from './scope.js';

export interface RequestScope {
  correlationId: string;
  lang: Language;
  /** The rows the database shows this request, set once the caller is known (row-scope.ts). */
  rows?: RowScope;
  /** Work that reads no table under row-level policies takes a pooled connection with the row scope it carries. */
  rowsAsCarried?: boolean;
  /** Only under NODE_ENV=test, for the IDOR matrix's second run: the database's policies alone decide. */
  appScopeChecks?: ScopeChecks;
}

/** Per-request facts that error formatting and audit need without threading them through every call. */
const storage = new AsyncLocalStorage<RequestScope>();

export const runInRequestScope = <T>(scope: RequestScope, fn: () => T): T => storage.run(scope, fn);
export const currentRequestScope = (): RequestScope | undefined => storage.getStore();
export const newCorrelationId = (): string => randomUUID();
