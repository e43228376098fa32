import type { EntityManager } from '@mikro-orm/postgresql';
import { ledgerViolations } from './ledger-invariants.js';
import { reconcileRollups } from '../modules/rollups/rollup.queries.js';

/** The database's own guards of the append-only tables (migrations): a restore without triggers would drop them. */
const APPEND_ONLY_GUARDS = [
  'audit_event_append_only',
  'audit_event_no_truncate',
  'case_event_append_only',
  'hardship_file_event_append_only',
  'ledger_transaction_append_only',
  'ledger_transaction_no_truncate',
  'ledger_entry_append_only',
  'ledger_entry_no_truncate',
];

export interface IntegrityReport {
  ledger: string[];
  rollups: string[];
  missingGuards: string[];
}

export const isIntact = (report: IntegrityReport): boolean =>
  report.ledger.length + report.rollups.length + report.missingGuards.length === 0;

/**
 * What the database must still promise, checked against its own records: the ledger's invariants (domain.md §5),
 * rollup summaries equal to the base tables (§7), and the triggers that keep history append-only (§8). Nightly in
 * the worker, and on demand after a restore (`server/dist/cli/check.js`). Findings name ids, never personal data.
 */
export async function checkIntegrity(em: EntityManager): Promise<IntegrityReport> {
  const ledger = await ledgerViolations((query) => em.execute(query));
  const { details: rollups } = await reconcileRollups(em);
  const present = await em.execute<{ tgname: string }[]>(
    `select tgname from pg_trigger where not tgisinternal and tgenabled <> 'D' and tgname in (${APPEND_ONLY_GUARDS.map(() => '?').join(', ')})`,
    APPEND_ONLY_GUARDS,
  );
  const names = new Set(present.map((row) => row.tgname));
  return { ledger, rollups, missingGuards: APPEND_ONLY_GUARDS.filter((guard) => !names.has(guard)) };
}
