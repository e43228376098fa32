import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BankDesk } from '../setup/bank-desk.js';
import { CaseDriver, newPaymentKey } from '../setup/case-driver.js';
import { ledgerViolations } from '../setup/ledger-invariants.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const DISBURSE = `mutation($id: ID!, $input: DisbursementInput!) { disburseCase(id: $id, input: $input) { id status } }`;

describe('paying under concurrency', () => {
  let app: TestApp;
  let driver: CaseDriver;
  let district: string;
  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
    district = await app.unitIdByCode('LY-LS');
  });
  afterEach(async () => {
    expect(await ledgerViolations(app)).toEqual([]);
  });
  afterAll(() => app.close());

  const districtBalance = async () =>
    Number(
      (await app.sql<{ balance: string }>(`select balance::text from ledger_account where unit_id = ? and kind = 'FUND'`, [district]))[0]
        .balance,
    );

  it("pays 20 different cases at once as a fund's very first payouts, its accounts created by concurrent first use", async () => {
    await driver.fundDistrict(1_000_000);
    expect(await app.sql(`select 1 from ledger_account where unit_id = ? and kind = 'AID_PAID'`, [district])).toHaveLength(0);
    const cases = await driver.readyCases(20, 1_000);
    const results = await Promise.all(
      cases.map((id) =>
        app.gql(DISBURSE, { id, input: { method: 'CASH', idempotencyKey: newPaymentKey() } }, { token: driver.actors.streetStaff }),
      ),
    );
    expect(results.filter((result) => result.errors).map((result) => result.errors)).toEqual([]);
    expect(await app.sql(`select 1 from ledger_account where unit_id = ? and kind = 'AID_PAID'`, [district])).toHaveLength(1);
  });

  it('pays one case exactly once under 100 concurrent attempts, half retries of one key and half other keys', async () => {
    await driver.fundDistrict(1_000_000);
    const [caseId] = await driver.readyCases(1, 70_000);
    const before = await districtBalance();
    const sharedKey = newPaymentKey();
    const attempts = Array.from({ length: 100 }, (_, i) => ({ method: 'CASH', idempotencyKey: i % 2 === 0 ? sharedKey : newPaymentKey() }));
    const results = await Promise.all(
      attempts.map((input) => app.gql(DISBURSE, { id: caseId, input }, { token: driver.actors.streetStaff })),
    );

    const payments = await app.sql<{ idempotency_key: string }>(`select idempotency_key from disbursement where case_id = ?`, [caseId]);
    expect(payments).toHaveLength(1);
    const transactions = await app.sql(`select 1 from ledger_transaction where case_id = ? and kind = 'DISBURSEMENT'`, [caseId]);
    expect(transactions).toHaveLength(1);
    expect(await districtBalance()).toBe(before - 70_000);

    const winnerKey = payments[0].idempotency_key;
    results.forEach((result, i) => {
      if (attempts[i].idempotencyKey === winnerKey) {
        // the first request and every retry of its key get the same answer
        expect(result.data?.disburseCase, JSON.stringify(result.errors)).toEqual({ id: caseId, status: 'DISBURSED' });
      } else {
        expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
      }
    });
  });

  it('never overdraws one fund under 50 concurrent payouts for different cases; every refusal is INSUFFICIENT_FUNDS', async () => {
    const cases = await driver.readyCases(50, 10_000);
    // paid by bank: the money goes into transit, under the same fund row lock
    await new BankDesk(app).payeeForCases(cases, driver.actors.streetStaff);
    // drain what earlier tests left, then put in exactly enough for 20 payouts and a bit
    const left = await districtBalance();
    if (left > 0) {
      await app.gql(
        `mutation($unit: ID!, $input: ExpenseInput!) { recordExpense(unitId: $unit, input: $input) { id } }`,
        { unit: district, input: { category: 'STATION_GRANT', amount: left, granteeUnitId: await app.unitIdByCode('LY-LS-LSJD') } },
        { token: driver.actors.districtAdmin },
      );
    }
    await driver.fundDistrict(205_000);
    const results = await Promise.all(
      cases.map((id) =>
        app.gql(
          DISBURSE,
          { id, input: { method: 'BANK_TRANSFER', idempotencyKey: newPaymentKey() } },
          { token: driver.actors.streetStaff },
        ),
      ),
    );
    const paid = results.filter((result) => result.data?.disburseCase?.status === 'DISBURSED');
    const refused = results.filter((result) => result.errors);
    expect(paid).toHaveLength(20);
    expect(refused).toHaveLength(30);
    expect(new Set(refused.map((result) => result.errors?.[0].extensions?.code))).toEqual(new Set(['INSUFFICIENT_FUNDS']));
    expect(await districtBalance()).toBe(5_000);
  });
});
