import { ledgerViolations as checkLedger } from '../../server/src/app/ledger-invariants.js';
import type { TestApp } from './test-app.js';

/** The product's ledger check (server/src/modules/funds/ledger-invariants.ts) over a test database. */
export const ledgerViolations = (app: Pick<TestApp, 'sql'>): Promise<string[]> => checkLedger((query) => app.sql(query));
