import { describe, expect, it } from 'vitest';
import { BankDesk } from '../setup/bank-desk.js';
import { appWithDriver, newPaymentKey } from '../setup/case-driver.js';
import { ledgerViolations } from '../setup/ledger-invariants.js';
import { record, sized } from './record.js';

const DISBURSE = `mutation($id: ID!, $input: DisbursementInput!) { disburseCase(id: $id, input: $input) { id status } }`;
const ATTEMPTS_PER_CASE = 100;
/** Cases raced at once: 1,000 requests in flight against one fund. */
const CASES_AT_ONCE = 10;

describe('duplicate disbursements through GraphQL', () => {
  const context = appWithDriver();

  it(
    'pays each case once under 100 concurrent attempts per case (same-key retries and new keys), ledger invariants intact',
    { timeout: 600_000 },
    async () => {
      const { app, driver } = context;
      const caseCount = sized(10, 100);
      const amountFen = 12_345;
      await driver.fundDistrict(caseCount * amountFen);
      const cases = await driver.readyCases(caseCount, amountFen);
      await new BankDesk(app).payeeForCases(cases, driver.actors.streetStaff);
      const unexpected: string[] = [];
      for (let wave = 0; wave < cases.length; wave += CASES_AT_ONCE) {
        await Promise.all(
          cases.slice(wave, wave + CASES_AT_ONCE).map(async (caseId) => {
            const retriedKey = newPaymentKey();
            const keys = Array.from({ length: ATTEMPTS_PER_CASE }, (_, i) => (i % 2 === 0 ? retriedKey : newPaymentKey()));
            const results = await Promise.all(
              keys.map((idempotencyKey) =>
                app.gql(DISBURSE, { id: caseId, input: { method: 'BANK_TRANSFER', idempotencyKey } }, { token: driver.actors.streetStaff }),
              ),
            );
            const [{ key: winner } = { key: null }] = await app.sql<{ key: string }>(
              `select idempotency_key as key from disbursement where case_id = ?`,
              [caseId],
            );
            results.forEach((result, i) => {
              // the winning key (first try and every retry) gets the paid case; every other key a typed CONFLICT
              const fine =
                keys[i] === winner ? result.data?.disburseCase?.status === 'DISBURSED' : result.errors?.[0].extensions?.code === 'CONFLICT';
              if (!fine || result.status >= 500)
                unexpected.push(`${caseId}: ${result.status} ${JSON.stringify(result.errors ?? result.data)}`);
            });
          }),
        );
      }
      const [paid] = await app.sql<{ cases: number; disbursements: number; transactions: number }>(
        `select count(distinct d.case_id)::int as cases, count(*)::int as disbursements,
              (select count(*)::int from ledger_transaction t where t.kind = 'DISBURSEMENT' and t.case_id in (?)) as transactions
       from disbursement d where d.status = 'POSTED' and d.case_id in (?)`,
        [cases, cases],
      );
      const doublePayments = paid.disbursements - paid.cases + (paid.transactions - paid.cases);
      const violations = await ledgerViolations(app);
      record(
        'duplicates',
        { duplicateDisbursementAttempts: caseCount * ATTEMPTS_PER_CASE, doublePayments },
        {
          cases: caseCount,
          attemptsPerCase: ATTEMPTS_PER_CASE,
          casesPaid: paid.cases,
          unexpectedResponses: unexpected.length,
          ledgerViolations: violations,
        },
      );
      expect(paid.cases).toBe(caseCount);
      expect(doublePayments).toBe(0);
      expect(unexpected.slice(0, 5)).toEqual([]);
      expect(violations).toEqual([]);
    },
  );
});
