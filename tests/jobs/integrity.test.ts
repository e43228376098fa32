import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../server/src/app/integrity.js';
import { appWithDriver } from '../setup/case-driver.js';
import { runCli } from '../setup/processes.js';

describe('the integrity check (nightly, and after a restore)', () => {
  const context = appWithDriver();
  const check = () => checkIntegrity(context.app.worker.em.fork());

  it('finds nothing wrong with a working database, and says so from the command line', async () => {
    const { app, driver } = context;
    await driver.fundDistrict();
    await driver.caseAt('RECEIVED', 'MEDICAL', 80_000);
    expect(await check()).toEqual({ ledger: [], rollups: [], missingGuards: [] });
    const cli = await runCli(app, 'check');
    expect(cli).toEqual({ code: 0, stdout: 'ledger: ok\nrollups: ok\nmissingGuards: ok\n' });
  });

  it('reports a disabled append-only guard, a ledger entry changed behind it, and a tampered rollup, and exits 1', async () => {
    const { app } = context;
    await app.sql(`alter table ledger_entry disable trigger ledger_entry_append_only`);
    await app.sql(`update ledger_entry set amount_fen = amount_fen + 1 where id = (select min(id) from ledger_entry)`);
    await app.sql(
      `update stat_case_status set n = n + 1 where (unit_id, status, type) = (select unit_id, status, type from stat_case_status limit 1)`,
    );
    const report = await check();
    expect(report.missingGuards).toEqual(['ledger_entry_append_only']);
    expect(report.ledger.some((finding) => finding.startsWith('unbalanced transaction'))).toBe(true);
    expect(report.rollups.some((finding) => finding.startsWith('case status'))).toBe(true);
    const cli = await runCli(app, 'check');
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/^ledger: \d+ finding\(s\)\n {2}unbalanced transaction: /);
    expect(cli.stdout).toContain('missingGuards: 1 finding(s)\n  ledger_entry_append_only\n');
  });
});
