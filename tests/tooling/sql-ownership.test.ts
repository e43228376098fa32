import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const modules = resolve(import.meta.dirname, '../../server/src/modules');

/**
 * Which module owns each table and view (style.md: each module owns its SQL). A module's queries name only
 * its own tables; it reaches another module's rows by calling that module. The unit hierarchy is the one
 * shared read: any query may join `unit` for a scope predicate, only org writes it.
 */
const OWNERS: Record<string, string[]> = {
  org: ['unit'],
  auth: ['app_user', 'role_grant', 'role_grant_request', 'session'],
  verification: ['sms_code'],
  audit: ['audit_event'],
  // data_backfill: the record of one-off data steps after migrations (server/src/app/backfills.ts)
  jobs: ['outbox', 'job', 'data_backfill'],
  notifications: ['notification'],
  people: ['hardship_file', 'hardship_file_event', 'stat_file_status', 'household_person'],
  cases: [
    'aid_case',
    'case_event',
    'case_visit',
    'case_objection',
    'case_document',
    'case_number_counter',
    'aid_policy',
    'work_calendar_day',
    'stat_case_status',
    'stat_case_daily',
    'stat_decision_days',
  ],
  funds: [
    'ledger_account',
    'ledger_transaction',
    'ledger_entry',
    'disbursement',
    'stat_income_daily',
    'payout_batch',
    'payout_batch_line',
    'bank_return',
  ],
  reviews: ['review_campaign', 'review_task'],
  assessments: ['assessment', 'assessment_cycle'],
  campaigns: ['campaign', 'campaign_quota', 'roster', 'roster_entry'],
  returns: ['stat_report'],
  exchange: ['exchange_export', 'external_roll', 'external_roll_line', 'external_match'],
  rollups: [
    'pending_case_flow',
    'pending_case_status',
    'pending_decision_days',
    'pending_file_status',
    'tree_case_flow',
    'tree_case_status',
    'tree_decision_days',
    'tree_file_status',
    'tree_case_flow_expected',
    'tree_case_status_expected',
    'tree_decision_days_expected',
    'tree_file_status_expected',
    'rollup_case_flow',
    'rollup_case_status',
    'rollup_decision_days',
    'rollup_file_status',
  ],
};
const ownerOf = new Map(Object.entries(OWNERS).flatMap(([module, tables]) => tables.map((table) => [table, module] as const)));
const SHARED_READ = 'unit';

const sourcesOf = (module: string) =>
  readdirSync(join(modules, module))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => ({ name, text: readFileSync(join(modules, module, name), 'utf8') }));

/** Tables a text names in SQL position: after from, join, into, update, or delete from. */
function tablesNamed(text: string): { table: string; writes: boolean }[] {
  const found: { table: string; writes: boolean }[] = [];
  for (const match of text.matchAll(/\b(from|join|into|update|truncate)\s+([a-z_]+)\b/gi)) {
    const table = match[2].toLowerCase();
    if (ownerOf.has(table)) found.push({ table, writes: /into|update|truncate/i.test(match[1]) });
  }
  return found;
}

describe('SQL ownership', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('gives every table and view of the schema exactly one owning module', async () => {
    const relations = await app.sql<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_name not like 'mikro_orm%'`,
    );
    const unowned = relations.map((row) => row.name).filter((name) => !ownerOf.has(name));
    expect(unowned).toEqual([]);
    const owners = Object.values(OWNERS).flat();
    expect(owners.length).toBe(new Set(owners).size);
  });

  it("keeps raw SQL in each module's queries files, naming only tables the module owns", () => {
    const foreign: string[] = [];
    const outsideQueries: string[] = [];
    for (const module of Object.keys(OWNERS)) {
      for (const { name, text } of sourcesOf(module)) {
        if (!name.endsWith('.queries.ts')) {
          if (/\.(execute|getKnex|createQueryBuilder)\(/.test(text)) outsideQueries.push(`${module}/${name}`);
          continue;
        }
        for (const { table, writes } of tablesNamed(text)) {
          const owner = ownerOf.get(table);
          if (owner === module || (table === SHARED_READ && !writes)) continue;
          foreign.push(`${module}/${name} ${writes ? 'writes' : 'reads'} ${table} (owned by ${owner})`);
        }
      }
    }
    expect(outsideQueries).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('finds a foreign table and a write to the shared hierarchy (the check itself works)', () => {
    expect(tablesNamed('select * from aid_case c join unit u on u.id = c.unit_id')).toEqual([
      { table: 'aid_case', writes: false },
      { table: 'unit', writes: false },
    ]);
    expect(tablesNamed('update unit set path = ?')).toEqual([{ table: 'unit', writes: true }]);
    expect(tablesNamed(`import { x } from './y.js'`)).toEqual([]);
  });
});
