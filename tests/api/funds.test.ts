import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FUND_SOURCES } from '@bangfu/shared';
import { CaseDriver, newPaymentKey } from '../setup/case-driver.js';
import { ledgerViolations } from '../setup/ledger-invariants.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

const FUND = `query($unit: ID!, $from: DateTime, $to: DateTime, $first: Int, $after: String) { fund(unitId: $unit) { balance entries(from: $from, to: $to, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id kind direction amount balanceAfter source category reversesTransactionId } } } } }`;
const INCOME = `mutation($unit: ID!, $input: IncomeInput!) { recordIncome(unitId: $unit, input: $input) { id transactionId direction amount balanceAfter source } }`;
const ALLOCATE = `mutation($from: ID!, $to: ID!, $amount: Int!, $key: String!) { allocateFunds(fromUnitId: $from, toUnitId: $to, amount: $amount, idempotencyKey: $key) { id transactionId direction amount } }`;
const EXPENSE = `mutation($unit: ID!, $input: ExpenseInput!) { recordExpense(unitId: $unit, input: $input) { id amount category } }`;
const REVERSE = `mutation($entry: ID!, $reason: String!) { reverseEntry(entryId: $entry, reason: $reason) { id transactionId kind direction amount reversesTransactionId } }`;

describe('aid funds (domain.md §5)', () => {
  let app: TestApp;
  let driver: CaseDriver;
  let city: string;
  let district: string;
  let street: string;
  let cityAdmin: string;
  let districtAdmin: string;
  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
    [city, district, street] = await Promise.all(['LY', 'LY-LS', 'LY-LS-LSJD'].map((code) => app.unitIdByCode(code)));
    ({ cityAdmin, districtAdmin } = driver.actors);
  });
  afterEach(async () => {
    expect(await ledgerViolations(app)).toEqual([]);
  });
  afterAll(() => app.close());

  const balance = async (unit: string) => (await app.gql(FUND, { unit }, { token: cityAdmin })).data?.fund.balance as number;
  const income = (unit: string, input: Record<string, unknown>, token = cityAdmin) =>
    app.gql(INCOME, { unit, input: { source: 'GOVERNMENT', amount: 100_000, ...input } }, { token });

  it('offers every income source of the domain', async () => {
    const schema = await app.gql(`{ __type(name: "FundSource") { enumValues { name } } }`);
    expect(schema.data?.__type.enumValues.map((v: any) => v.name).sort()).toEqual([...FUND_SOURCES].sort());
  });

  it('records income by source into the fund, once per idempotency key', async () => {
    const before = await balance(city);
    const first = await income(city, { source: 'UNION_FUNDS', amount: 250_000, idempotencyKey: 'income-union-2026-01' });
    expect(first.data?.recordIncome).toMatchObject({
      direction: 'DEBIT',
      amount: 250_000,
      balanceAfter: before + 250_000,
      source: 'UNION_FUNDS',
    });
    const retry = await income(city, { source: 'UNION_FUNDS', amount: 250_000, idempotencyKey: 'income-union-2026-01' });
    expect(retry.data?.recordIncome.id).toBe(first.data?.recordIncome.id);
    expect(await balance(city)).toBe(before + 250_000);
    const different = await income(city, { source: 'UNION_FUNDS', amount: 1, idempotencyKey: 'income-union-2026-01' });
    expect(different.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('refuses foreign donations, conditional donations and anonymous ones, naming the rule', async () => {
    const foreign = await income(city, { source: 'DONATION', donor: 'Global Relief Inc.', donorCountry: 'US' }, cityAdmin);
    expect(foreign.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(foreign.errors?.[0].message).toMatch(/domestic/);
    const conditional = await app.gql(
      INCOME,
      { unit: city, input: { source: 'DONATION', amount: 100_000, donor: '某商会', donorCountry: 'CN', conditions: '须用于本会会员' } },
      { token: cityAdmin, lang: 'zh-CN' },
    );
    expect(conditional.errors?.[0].message).toBe('捐赠不得附加任何条件');
    expect((await income(city, { source: 'DONATION' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const domestic = await income(city, { source: 'DONATION', donor: '临沂爱心企业协会', donorCountry: 'cn' });
    expect(domestic.errors).toBeUndefined();
  });

  it('refuses money movements on a unit without a fund, by a wrong role, or from outside the unit', async () => {
    expect((await income(street, {}, driver.actors.streetStaff)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await income(district, {}, driver.actors.siblingStaff)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await income(district, {}, driver.actors.auditor)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await income(city, {}, districtAdmin)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('allocates from parent to child in one balanced transaction, idempotent on its key', async () => {
    await income(city, { amount: 1_000_000 });
    const [cityBefore, districtBefore] = [await balance(city), await balance(district)];
    const first = await app.gql(
      ALLOCATE,
      { from: city, to: district, amount: 300_000, key: 'alloc-2026-q1-lanshan' },
      { token: cityAdmin },
    );
    const entries = first.data?.allocateFunds;
    expect(entries).toHaveLength(2);
    expect(new Set(entries.map((e: any) => e.transactionId)).size).toBe(1);
    expect(entries.map((e: any) => e.direction).sort()).toEqual(['CREDIT', 'DEBIT']);
    const retry = await app.gql(
      ALLOCATE,
      { from: city, to: district, amount: 300_000, key: 'alloc-2026-q1-lanshan' },
      { token: cityAdmin },
    );
    expect(retry.data?.allocateFunds.map((e: any) => e.id)).toEqual(entries.map((e: any) => e.id));
    expect([await balance(city), await balance(district)]).toEqual([cityBefore - 300_000, districtBefore + 300_000]);
    // upward, sideways, or more than the fund holds: refused
    expect(
      (await app.gql(ALLOCATE, { from: district, to: city, amount: 1, key: 'alloc-upward-0001' }, { token: districtAdmin })).errors?.[0]
        .extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (await app.gql(ALLOCATE, { from: city, to: district, amount: 1_000_000_000, key: 'alloc-too-much-01' }, { token: cityAdmin }))
        .errors?.[0].extensions?.code,
    ).toBe('INSUFFICIENT_FUNDS');
    expect(
      (await app.gql(ALLOCATE, { from: city, to: street, amount: 1, key: 'alloc-no-fund-001' }, { token: cityAdmin })).errors?.[0]
        .extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('lets a street station hold a fund once an operator configures it', async () => {
    const admin = await app.loginAs(PHONES.sysadmin);
    await app.gql(`mutation($id: ID!) { updateUnit(id: $id, input: { holdsFund: true }) { holdsFund } }`, { id: street }, { token: admin });
    const allocated = await app.gql(
      ALLOCATE,
      { from: district, to: street, amount: 1_000, key: 'alloc-street-0001' },
      { token: districtAdmin },
    );
    expect(allocated.errors).toBeUndefined();
    expect(await balance(street)).toBe(1_000);
    const districtCannotClose = await app.gql(
      `mutation($id: ID!) { updateUnit(id: $id, input: { holdsFund: false }) { holdsFund } }`,
      { id: district },
      { token: admin },
    );
    expect(districtCannotClose.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await app.gql(
      `mutation($id: ID!) { updateUnit(id: $id, input: { holdsFund: false }) { holdsFund } }`,
      { id: street },
      { token: admin },
    );
  });

  it('spends only on station grants; salaries, bonuses, allowances, vehicles, phones and building works are refused by name', async () => {
    await income(city, { amount: 2_000_000 });
    for (const category of ['SALARY', 'BONUS', 'ALLOWANCE', 'VEHICLE', 'PHONE', 'BUILDING_WORKS', 'OTHER']) {
      const refused = await app.gql(
        EXPENSE,
        { unit: city, input: { category, amount: 1_000, granteeUnitId: street } },
        { token: cityAdmin },
      );
      expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].message).toContain(category);
    }
    const caseAid = await app.gql(EXPENSE, { unit: city, input: { category: 'CASE_AID', amount: 1_000 } }, { token: cityAdmin });
    expect(caseAid.errors?.[0].message).toMatch(/disburseCase/);
    const before = await balance(city);
    const grant = await app.gql(
      EXPENSE,
      { unit: city, input: { category: 'STATION_GRANT', amount: 1_000_000, granteeUnitId: street, note: '示范站一次性补助' } },
      { token: cityAdmin },
    );
    expect(grant.data?.recordExpense).toMatchObject({ amount: 1_000_000, category: 'STATION_GRANT' });
    expect(await balance(city)).toBe(before - 1_000_000);
  });

  it('corrects by a reversing transaction, once, and never reverses a reversal', async () => {
    const posted = (await income(city, { amount: 77_700 })).data?.recordIncome;
    const before = await balance(city);
    const reversal = (await app.gql(REVERSE, { entry: posted.id, reason: '金额录入错误' }, { token: cityAdmin })).data?.reverseEntry;
    expect(reversal).toMatchObject({ kind: 'REVERSAL', direction: 'CREDIT', amount: 77_700, reversesTransactionId: posted.transactionId });
    expect(await balance(city)).toBe(before - 77_700);
    const again = (await app.gql(REVERSE, { entry: posted.id, reason: '金额录入错误' }, { token: cityAdmin })).data?.reverseEntry;
    expect(again.id).toBe(reversal.id);
    expect(await balance(city)).toBe(before - 77_700);
    const ofReversal = await app.gql(REVERSE, { entry: reversal.id, reason: '撤销冲正' }, { token: cityAdmin });
    expect(ofReversal.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    const [{ n }] = await app.sql<{ n: number }>(`select count(*)::int as n from ledger_transaction where reverses_id = ?`, [
      posted.transactionId,
    ]);
    expect(n).toBe(1);
  });

  it('refuses any UPDATE or DELETE of ledger rows at the database', async () => {
    await income(city, { amount: 5_000 });
    const [entry] = await app.sql<{ id: string; transaction_id: string }>(
      `select id::text, transaction_id::text from ledger_entry order by id desc limit 1`,
    );
    await expect(app.sql(`update ledger_entry set amount_fen = 1 where id = ?`, [entry.id])).rejects.toThrow(/append-only/);
    await expect(app.sql(`delete from ledger_entry where id = ?`, [entry.id])).rejects.toThrow(/append-only/);
    await expect(app.sql(`update ledger_transaction set memo = 'x' where id = ?`, [entry.transaction_id])).rejects.toThrow(/append-only/);
    await expect(app.sql(`delete from ledger_transaction where id = ?`, [entry.transaction_id])).rejects.toThrow(/append-only/);
    await expect(app.sql(`update ledger_account set balance = -1 where kind = 'FUND'`)).rejects.toThrow(/check/);
  });

  it('pays a READY_TO_PAY case once: a retry returns the first result, another key is CONFLICT', async () => {
    await driver.fundDistrict(10_000_000);
    const { id, applicant } = await driver.caseAt('READY_TO_PAY', 'LIVING', 120_000);
    const before = await balance(district);
    const key = newPaymentKey();
    const paid = await driver.ok('disburse', driver.actors.streetStaff, id, { input: { method: 'CASH', idempotencyKey: key } });
    expect(paid.status).toBe('DISBURSED');
    expect(paid.events.at(-1)).toMatchObject({ action: 'disburse', actorRole: 'STATION_STAFF' });
    const retry = await driver.ok('disburse', driver.actors.streetStaff, id, { input: { method: 'CASH', idempotencyKey: key } });
    expect(retry.status).toBe('DISBURSED');
    const other = await driver.act('disburse', driver.actors.streetStaff, id, {
      input: { method: 'CASH', idempotencyKey: newPaymentKey() },
    });
    expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await balance(district)).toBe(before - 120_000);
    expect((await driver.ok('confirmReceipt', applicant.token, id)).status).toBe('RECEIVED');
  });

  it('refuses payment by the approver, and payment beyond the balance', async () => {
    const { id } = await driver.caseAt('READY_TO_PAY', 'LIVING', 50_000);
    expect((await driver.act('disburse', driver.actors.streetHead, id)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // empty the fund with a grant so the next payment cannot be covered
    await app.gql(
      EXPENSE,
      { unit: district, input: { category: 'STATION_GRANT', amount: await balance(district), granteeUnitId: street } },
      { token: districtAdmin },
    );
    expect(await balance(district)).toBe(0);
    const refused = await driver.act('disburse', driver.actors.streetStaff, id);
    expect(refused.errors?.[0].extensions?.code).toBe('INSUFFICIENT_FUNDS');
    expect(await driver.status(id)).toBe('READY_TO_PAY');
  });

  it('pays instalments each at most once, the case returning to READY_TO_PAY between them', async () => {
    await driver.fundDistrict(10_000_000);
    const { id, applicant } = await driver.caseAt('UNDER_REVIEW');
    await driver.ok('propose', driver.actors.streetStaff, id, { input: { amountFen: 100_001, instalments: 3 } });
    await driver.ok('approve', driver.actors.streetHead, id);
    await driver.endNotices();
    const amounts: number[] = [];
    for (let instalment = 1; instalment <= 3; instalment += 1) {
      await driver.ok('disburse', driver.actors.streetStaff, id);
      const confirmed = await driver.ok('confirmReceipt', applicant.token, id);
      expect(confirmed.status).toBe(instalment < 3 ? 'READY_TO_PAY' : 'RECEIVED');
    }
    for (const row of await app.sql<{ amount_fen: string }>(
      `select amount_fen from disbursement where case_id = ? order by instalment_no`,
      [id],
    ))
      amounts.push(Number(row.amount_fen));
    expect(amounts).toEqual([33_333, 33_333, 33_335]);
    expect((await driver.act('disburse', driver.actors.streetStaff, id)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('never lets staff confirm receipt, even holding every role on the unit', async () => {
    await driver.fundDistrict(10_000_000);
    const { id } = await driver.caseAt('DISBURSED');
    const admin = await app.loginAs(PHONES.sysadmin);
    const created = await app.gql(
      `mutation { createStaffAccount(input: { phone: "13866660001", name: "全能干部", password: "every-role-1" }) { id } }`,
      {},
      { token: admin },
    );
    const userId = created.data?.createStaffAccount.id;
    for (const role of ['STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN', 'AUDITOR', 'SYSTEM_ADMIN']) {
      for (const unit of [street, district]) {
        await app.gql(
          `mutation($u: ID!, $unit: ID!, $role: Role!) { grantRole(userId: $u, unitId: $unit, role: $role) { id } }`,
          { u: userId, unit, role },
          { token: admin },
        );
      }
    }
    await app.approveRoles(userId);
    const everyRole = await app.loginAs('13866660001', 'every-role-1');
    const refused = await driver.act('confirmReceipt', everyRole, id);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const token of [driver.actors.streetStaff, driver.actors.streetHead, driver.actors.districtAdmin]) {
      expect((await driver.act('confirmReceipt', token, id)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await driver.status(id)).toBe('DISBURSED');
  });

  it('pays a household member named as recipient, who alone confirms with their own account', async () => {
    await driver.fundDistrict(10_000_000);
    const { newIdNumber } = await import('../setup/case-driver.js');
    const spouseId = newIdNumber();
    const applicant = await driver.newApplicant({
      members: [
        { name: '测试职工', relation: '本人', monthlyIncomeFen: 100_000 },
        { name: '配偶', relation: '配偶', monthlyIncomeFen: 0, idNumber: spouseId, isRecipient: true },
      ],
    });
    const caseId = await driver.draft(applicant, 'LIVING');
    await driver.ok('submit', applicant.token, caseId);
    for (const action of ['accept', 'startReview']) await driver.ok(action, driver.actors.streetStaff, caseId);
    await driver.ok('propose', driver.actors.streetStaff, caseId, { input: { amountFen: 60_000 } });
    await driver.ok('approve', driver.actors.streetHead, caseId);
    await driver.endNotices();
    const strangerId = newIdNumber();
    expect(
      (
        await driver.act('disburse', driver.actors.streetStaff, caseId, {
          input: { method: 'CASH', idempotencyKey: newPaymentKey(), recipientIdNumber: strangerId },
        })
      ).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    // she has no verified account yet: the payer checks her ID card at the payout
    await driver.ok('disburse', driver.actors.streetStaff, caseId, {
      input: { method: 'CASH', idempotencyKey: newPaymentKey(), recipientIdNumber: spouseId, recipientIdentityChecked: true },
    });
    expect((await driver.act('confirmReceipt', applicant.token, caseId)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const spouse = await app.registerWorker({
      phone: '13977770001',
      password: 'spouse-pass',
      name: '配偶',
      idNumber: spouseId,
      employerUnitId: await app.unitIdByCode('LY-LS-LSJD-HS'),
    });
    const spouseToken = spouse.data?.registerWorker.token;
    const confirmed = await app.gql(
      `mutation($id: ID!, $code: String) { confirmReceipt(id: $id, smsCode: $code) { status events { action actorRole } } }`,
      { id: caseId, code: await app.receiptCode(spouseToken) },
      { token: spouseToken },
    );
    expect(confirmed.data?.confirmReceipt.status, JSON.stringify([spouse, confirmed])).toBe('RECEIVED');
  });

  it('reverses a payment not yet confirmed, putting the case back for payment; a confirmed one cannot be reversed', async () => {
    await driver.fundDistrict(10_000_000);
    const open = await driver.caseAt('DISBURSED');
    const [payment] = await app.sql<{ entry_id: string }>(
      `select e.id::text as entry_id from disbursement d join ledger_entry e on e.transaction_id = d.transaction_id where d.case_id = ? limit 1`,
      [open.id],
    );
    const reversed = await app.gql(REVERSE, { entry: payment.entry_id, reason: '银行退票' }, { token: districtAdmin });
    expect(reversed.errors).toBeUndefined();
    expect(await driver.status(open.id)).toBe('READY_TO_PAY');
    expect((await driver.ok('disburse', driver.actors.streetStaff, open.id)).status).toBe('DISBURSED');

    const received = await driver.caseAt('RECEIVED');
    const [confirmed] = await app.sql<{ entry_id: string }>(
      `select e.id::text as entry_id from disbursement d join ledger_entry e on e.transaction_id = d.transaction_id where d.case_id = ? limit 1`,
      [received.id],
    );
    expect(
      (await app.gql(REVERSE, { entry: confirmed.entry_id, reason: '误操作' }, { token: districtAdmin })).errors?.[0].extensions?.code,
    ).toBe('INVALID_TRANSITION');
  });

  it('shows the fund and its dated, paged entries to readers of the subtree only', async () => {
    const all = (await app.gql(FUND, { unit: city, first: 200 }, { token: driver.actors.auditor })).data?.fund.entries;
    expect(all.totalCount).toBeGreaterThan(3);
    const page = (await app.gql(FUND, { unit: city, first: 2 }, { token: driver.actors.auditor })).data?.fund.entries;
    const next = (await app.gql(FUND, { unit: city, first: 2, after: page.pageInfo.endCursor }, { token: driver.actors.auditor })).data
      ?.fund.entries;
    expect([...page.edges, ...next.edges].map((e: any) => e.node.id)).toEqual(all.edges.slice(0, 4).map((e: any) => e.node.id));
    const future = (
      await app.gql(FUND, { unit: city, from: new Date(Date.now() + 86_400_000).toISOString() }, { token: driver.actors.auditor })
    ).data?.fund.entries;
    expect(future.totalCount).toBe(0);
    expect((await app.gql(FUND, { unit: district }, { token: driver.actors.siblingStaff })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await app.gql(FUND, { unit: street }, { token: driver.actors.streetStaff })).data?.fund).toBeNull();
  });
});
