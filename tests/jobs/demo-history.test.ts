import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, serviceDeps } from '../../server/src/app/services.js';
import { ledgerViolations } from '../setup/ledger-invariants.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

/** `npm start`'s year of history in the demo network (tests/bench/history.ts, built by npm run build). */
describe('demo history', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const runHistory = () =>
    spawnSync(process.execPath, [resolve(import.meta.dirname, '../bench/dist/history.js')], {
      env: {
        ...process.env,
        DATABASE_URL: app.config.DATABASE_OWNER_URL,
        DATA_ENCRYPTION_KEY: app.config.DATA_ENCRYPTION_KEY,
        LOOKUP_HMAC_KEY: app.config.LOOKUP_HMAC_KEY,
      },
      encoding: 'utf8',
    });
  const counts = async () =>
    (
      await app.sql<{ cases: number; files: number; payments: number; events: number }>(
        `select (select count(*)::int from aid_case) as cases, (select count(*)::int from hardship_file) as files,
                (select count(*)::int from disbursement) as payments, (select count(*)::int from case_event) as events`,
      )
    )[0];

  it('gives the demo network a year of cases, files and payments that keep the ledger and the rollups whole, once', async () => {
    const before = await counts();
    const first = runHistory();
    expect(first.status, first.stderr).toBe(0);
    const after = await counts();
    expect(after.cases - before.cases).toBe(600);
    expect(after.files).toBeGreaterThan(before.files);
    expect(after.payments).toBeGreaterThan(before.payments);
    // spread over the past year, every month of it
    const months = await app.sql<{ n: number }>(
      `select count(distinct date_trunc('month', occurred_at))::int as n from case_event where case_id in (select id from aid_case where client_id like 'history-%')`,
    );
    expect(months[0].n).toBeGreaterThanOrEqual(12);
    expect(await ledgerViolations(app)).toEqual([]);
    const services = createServices(app.worker.em.fork(), serviceDeps(app.config, app.runtime.redis));
    expect((await services.rollups.reconcile()).details).toEqual([]);

    // the city's rollup over the year shows the history
    const token = await app.loginAs(PHONES.cityAdmin);
    const city = await app.unitIdByCode('LY');
    const to = new Date();
    const from = new Date(to.getTime() - 365 * 86_400_000);
    const rollup = await app.gql(
      `query($unit: ID!, $from: DateTime!, $to: DateTime!) { rollup(unitId: $unit, from: $from, to: $to) { newCases paidFen } }`,
      { unit: city, from: from.toISOString(), to: to.toISOString() },
      { token },
    );
    expect(rollup.data?.rollup.newCases).toBeGreaterThan(400);
    expect(rollup.data?.rollup.paidFen).toBeGreaterThan(0);

    // a second start finds it there and changes nothing
    expect(runHistory().status).toBe(0);
    expect(await counts()).toEqual(after);
  });
});
