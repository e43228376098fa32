import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parseString } from '@fast-csv/parse';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cipherFor } from '../../server/src/app/services.js';
import { BankDesk, cardNumber, returnFile, type ReturnRow } from '../setup/bank-desk.js';
import { appWithDriver, newIdNumber, newPaymentKey } from '../setup/case-driver.js';
import { ledgerViolations } from '../setup/ledger-invariants.js';
import { PHONES } from '../setup/test-app.js';

const CASE = `query($id: ID!) { case(id: $id) { status allowedActions
  payments { instalmentNo amountFen method reversed arrival bankMessage accountNumberMasked receivedAt }
  events { action comment } } }`;
const IN_TRANSIT = `query($u: ID!) { fund(unitId: $u) { balance inTransit { payments amountFen agedPayments } } }`;

const csvRows = (text: string) =>
  new Promise<string[][]>((resolve, reject) => {
    const rows: string[][] = [];
    parseString(text, { headers: false })
      .on('data', (row: string[]) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });

describe('bank payouts and arrival (domain.md §10, issue 19)', () => {
  const context = appWithDriver();
  let district: string;
  let desk: BankDesk;
  let finance: string;
  let districtHead: string;
  let seed = 0;
  beforeAll(async () => {
    const { app, driver } = context;
    district = await app.unitIdByCode('LY-LS');
    desk = new BankDesk(app);
    finance = await app.loginAs(PHONES.lanshanFinance);
    districtHead = driver.actors.districtAdmin;
    await driver.fundDistrict(200_000_000);
  });
  afterEach(async () => {
    expect(await ledgerViolations(context.app)).toEqual([]);
  });

  const code = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
  const readCase = async (id: string, token = context.driver.actors.streetStaff) =>
    (await context.app.gql(CASE, { id }, { token })).data!.case;
  /** A READY_TO_PAY case whose file has a payee account of its person. */
  const bankCase = async (amountFen = 100_000) => {
    const { driver } = context;
    const ready = await driver.caseAt('READY_TO_PAY', 'LIVING', amountFen);
    const account = cardNumber((seed += 1));
    const set = await desk.setPayee(ready.applicant.fileId, driver.actors.streetStaff, { accountNumber: account });
    if (set.errors) throw new Error(JSON.stringify(set.errors));
    return { ...ready, account };
  };
  const payByBank = (id: string) =>
    context.driver.act('disburse', context.driver.actors.streetStaff, id, {
      input: { method: 'BANK_TRANSFER', idempotencyKey: newPaymentKey() },
    });
  /** Draws up, approves and exports a batch of the listed payments; the batch and its file's lines after the header. */
  const sentBatch = async (paymentIds?: string[]) => {
    const created = await desk.createBatch(district, finance, paymentIds);
    if (created.errors) throw new Error(JSON.stringify(created.errors));
    const batch = created.data!.r;
    await desk.approve(batch.id, districtHead);
    const rows = await csvRows(iconv.decode(await desk.exportFile(batch.id, finance), 'gb18030'));
    return { batch: { ...batch, status: 'EXPORTED' }, header: rows[0], lines: rows.slice(1, -1), totals: rows.at(-1)! };
  };
  const answer = (line: string[], outcome = '成功', overrides: Partial<ReturnRow> = {}): ReturnRow => ({
    reference: line[0],
    lineNo: line[1],
    account: line[2],
    name: line[3],
    amount: line[5],
    outcome,
    ...overrides,
  });
  const paymentIdsOf = async (caseIds: string[]) =>
    (
      await context.app.sql<{ id: string }>(`select id::text from disbursement where case_id = any(?::bigint[]) and status = 'POSTED'`, [
        `{${caseIds.join(',')}}`,
      ])
    ).map((row) => row.id);

  it("records the payee account of the file's person or a named recipient, masked, sealed and audited; refuses a bad card, a stranger, the wrong role and unit", async () => {
    const { app, driver } = context;
    const applicant = await driver.newApplicant();
    const account = cardNumber(900_001);
    const wrongDigit = `${account.slice(0, -1)}${(Number(account.at(-1)) + 1) % 10}`;
    const luhn = await app.gql(
      `mutation($f: ID!, $input: PayeeAccountInput!) { setPayeeAccount(fileId: $f, input: $input) { id } }`,
      { f: applicant.fileId, input: { bankName: '中国工商银行', accountNumber: wrongDigit } },
      { token: driver.actors.streetStaff, lang: 'zh-CN' },
    );
    expect(luhn.errors?.[0]).toMatchObject({ message: '银行卡号校验位不对，请核对卡号', extensions: { code: 'BAD_USER_INPUT' } });
    expect(code(await desk.setPayee(applicant.fileId, driver.actors.streetStaff, { accountNumber: '6217001234' }))).toBe('BAD_USER_INPUT');
    const stranger = await desk.setPayee(applicant.fileId, driver.actors.streetStaff, {
      accountNumber: account,
      holderIdNumber: newIdNumber(),
    });
    expect(code(stranger)).toBe('BAD_USER_INPUT');
    expect(code(await desk.setPayee(applicant.fileId, driver.actors.auditor, { accountNumber: account }))).toBe('FORBIDDEN');
    expect(code(await desk.setPayee(applicant.fileId, driver.actors.siblingStaff, { accountNumber: account }))).toBe('NOT_FOUND');
    expect(code(await desk.setPayee(applicant.fileId, applicant.token, { accountNumber: account }))).toBe('FORBIDDEN');
    const [untouched] = await app.sql<{ n: number }>(
      `select count(*)::int as n from hardship_file where id = ? and payee_account_enc is not null`,
      [applicant.fileId],
    );
    expect(untouched.n).toBe(0);

    const set = await desk.setPayee(applicant.fileId, driver.actors.streetStaff, {
      accountNumber: `${account.slice(0, 4)} ${account.slice(4)}`,
    });
    expect(set.data?.setPayeeAccount.payeeAccount).toEqual({
      bankName: '中国工商银行临沂兰山支行',
      accountNumberMasked: `**** **** **** ${account.slice(-4)}`,
      holderName: '测试职工',
    });
    const [stored] = await app.sql<{ enc: string }>(`select payee_account_enc as enc from hardship_file where id = ?`, [applicant.fileId]);
    expect(stored.enc).not.toContain(account);
    expect(cipherFor(app.config).decrypt(stored.enc)).toBe(account);
    const audits = await app.sql<{ action: string; after: string }>(
      `select action, after::text from audit_event where entity_id = ? and action like 'file.%Payee%' order by id`,
      [applicant.fileId],
    );
    expect(audits.map((row) => row.action)).toEqual(['file.setPayeeAccount']);
    expect(audits[0].after).toContain(account.slice(-4));
    expect(audits[0].after).not.toContain(account);

    const revealed = await app.gql(
      `mutation($f: ID!) { revealPayeeAccount(fileId: $f, reason: "银行退回核对卡号") }`,
      { f: applicant.fileId },
      {
        token: driver.actors.streetStaff,
      },
    );
    expect(revealed.data?.revealPayeeAccount).toBe(account);
    expect(
      code(
        await app.gql(
          `mutation($f: ID!) { revealPayeeAccount(fileId: $f, reason: "核对") }`,
          { f: applicant.fileId },
          { token: driver.actors.auditor },
        ),
      ),
    ).toBe('FORBIDDEN');
    const [reveal] = await app.sql<{ n: number }>(
      `select count(*)::int as n from audit_event where entity_id = ? and action = 'file.revealPayeeAccount'`,
      [applicant.fileId],
    );
    expect(reveal.n).toBe(1);
  });

  it('pays by bank into money in transit; without an account it refuses; the worker cannot confirm before the bank says it arrived', async () => {
    const { app, driver } = context;
    const ready = await driver.caseAt('READY_TO_PAY', 'LIVING', 120_000);
    const refused = await payByBank(ready.id);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await driver.status(ready.id)).toBe('READY_TO_PAY');

    const before = (await app.gql(IN_TRANSIT, { u: district }, { token: districtHead })).data!.fund;
    await desk.setPayee(ready.applicant.fileId, driver.actors.streetStaff, { accountNumber: cardNumber(900_002) });
    expect((await payByBank(ready.id)).errors).toBeUndefined();
    const after = (await app.gql(IN_TRANSIT, { u: district }, { token: districtHead })).data!.fund;
    expect(after.inTransit.amountFen - before.inTransit.amountFen).toBe(120_000);
    expect(before.balance - after.balance).toBe(120_000);

    const seen = await readCase(ready.id, ready.applicant.token);
    expect(seen.status).toBe('DISBURSED');
    expect(seen.payments).toEqual([
      expect.objectContaining({
        method: 'BANK_TRANSFER',
        arrival: 'IN_TRANSIT',
        reversed: false,
        accountNumberMasked: expect.stringMatching(/^\*{4} .* \d{4}$/),
      }),
    ]);
    expect(seen.allowedActions).not.toContain('confirmReceipt');
    // the bank's return settles it or sends it back: nobody reverses it by hand meanwhile
    const [posted] = await app.sql<{ id: string }>(
      `select e.id::text from ledger_entry e join disbursement d on d.transaction_id = e.transaction_id where d.case_id = ? order by e.id limit 1`,
      [ready.id],
    );
    const reversal = await app.gql(
      `mutation($e: ID!) { reverseEntry(entryId: $e, reason: "录入错误") { id } }`,
      { e: posted.id },
      {
        token: districtHead,
      },
    );
    expect(code(reversal)).toBe('INVALID_TRANSITION');
    const early = await app.gql(
      `mutation($id: ID!, $code: String) { confirmReceipt(id: $id, smsCode: $code) { status } }`,
      { id: ready.id, code: '000000' },
      { token: ready.applicant.token, lang: 'zh-CN' },
    );
    expect(early.errors?.[0]).toMatchObject({
      message: '银行尚未确认到账，到账后才能确认收到',
      extensions: { code: 'INVALID_TRANSITION' },
    });
  });

  it(
    'exports a batch of 1,000 lines that matches the ledger to the fen, in GB18030 CSV and in .xlsx; a second person approves it',
    { timeout: 120_000 },
    async () => {
      const { app, driver } = context;
      const copies = await driver.readyCases(1_000, 50_000);
      const [{ file_id: fileId }] = await app.sql<{ file_id: string }>(`select file_id::text from aid_case where id = ?`, [copies[0]]);
      await desk.setPayee(fileId, driver.actors.streetStaff, { accountNumber: cardNumber(900_003) });
      for (let i = 0; i < copies.length; i += 20) {
        const paid = await Promise.all(copies.slice(i, i + 20).map(payByBank));
        expect(paid.filter((result) => result.errors)).toEqual([]);
      }
      const payments = await paymentIdsOf(copies);
      expect(payments).toHaveLength(1_000);

      const created = await desk.createBatch(district, finance, payments);
      const batch = created.data!.r;
      expect(batch).toMatchObject({ status: 'DRAFT', lineCount: 1_000, totalFen: 50_000_000 });
      expect(code(await desk.createBatch(district, finance, payments))).toBe('INVALID_TRANSITION');
      const early = await app.gql(`mutation($id: ID!) { exportPayoutBatch(id: $id) { id } }`, { id: batch.id }, { token: finance });
      expect(code(early)).toBe('INVALID_TRANSITION');
      expect(code(await desk.approve(batch.id, finance))).toBe('FORBIDDEN');
      expect(code(await desk.approve(batch.id, driver.actors.streetHead))).toBe('NOT_FOUND');
      expect((await desk.approve(batch.id, districtHead)).data?.r).toMatchObject({ status: 'APPROVED' });

      const rows = await csvRows(iconv.decode(await desk.exportFile(batch.id, finance), 'gb18030'));
      expect(rows[0]).toEqual(['批次号', '序号', '收款账号', '收款户名', '开户银行', '金额', '用途']);
      const lines = rows.slice(1, -1);
      const ledger = await app.sql<{ line_no: number; amount: string; name: string; enc: string; posted: string }>(
        `select l.line_no, d.amount_fen::text as amount, d.recipient_name as name, d.payee_account_enc as enc,
              (select e.amount_fen from ledger_entry e join ledger_account a on a.id = e.account_id
               where e.transaction_id = d.transaction_id and a.kind = 'IN_TRANSIT' and e.direction = 'DEBIT')::text as posted
       from payout_batch_line l join disbursement d on d.id = l.disbursement_id where l.batch_id = ? order by l.line_no`,
        [batch.id],
      );
      const cipher = cipherFor(app.config);
      expect(lines).toEqual(
        ledger.map((row) => [
          batch.reference,
          String(row.line_no),
          cipher.decrypt(row.enc),
          row.name,
          '中国工商银行临沂兰山支行',
          (Number(row.posted) / 100).toFixed(2),
          expect.stringContaining('帮扶款'),
        ]),
      );
      expect(rows.at(-1)!.slice(0, 2)).toEqual(['合计', '1000']);
      expect(rows.at(-1)![5]).toBe('500000.00');

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await desk.exportFile(batch.id, finance, 'XLSX')) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.rowCount).toBe(1_002);
      expect(String(sheet.getRow(2).getCell(3).value)).toBe(lines[0][2]);
      expect(sheet.getRow(1_002).getCell(6).value).toBe(500_000);
      expect(
        (await app.gql(`query($id: ID!) { payoutBatch(id: $id) { status } }`, { id: batch.id }, { token: finance })).data?.payoutBatch
          .status,
      ).toBe('EXPORTED');
    },
  );

  it('imports a return with arrivals, failures, a wrong amount, a duplicate line and strangers; the same file again changes nothing', async () => {
    const { app } = context;
    const cases = await Promise.all(Array.from({ length: 8 }, () => bankCase(80_000)));
    for (const one of cases) expect((await payByBank(one.id)).errors).toBeUndefined();
    const { batch, lines } = await sentBatch(await paymentIdsOf(cases.map((one) => one.id)));
    expect(lines).toHaveLength(8);
    const file = returnFile([
      ...lines.slice(0, 4).map((line) => answer(line)),
      answer(lines[4], '失败', { message: '账号不存在' }),
      answer(lines[5], '失败', { message: '户名不符' }),
      answer(lines[6], '成功', { amount: '800.01' }),
      answer(lines[7]),
      answer(lines[7]),
      answer(lines[0], '成功', { reference: 'DF20990101999999' }),
      answer(lines[0], '成功', { lineNo: 999 }),
    ]);
    const first = await desk.importReturn(batch.id, file, finance);
    expect(first.report).toMatchObject({ lines: 11, arrived: 4, failed: 2, unchanged: 0 });
    expect(first.report.refused).toEqual([
      { row: 8, reason: 'AMOUNT_DIFFERS', detail: '800.01 ≠ 800.00' },
      { row: 9, reason: 'LINE_TWICE', detail: '8' },
      { row: 10, reason: 'LINE_TWICE', detail: '8' },
      { row: 11, reason: 'OTHER_BATCH', detail: 'DF20990101999999' },
      { row: 12, reason: 'UNKNOWN_LINE', detail: '999' },
    ]);
    expect(first.status).toBe('EXPORTED');

    const caseOfLine = async (line: string[]) => {
      const [row] = await app.sql<{ case_id: string }>(
        `select d.case_id::text from payout_batch_line l join disbursement d on d.id = l.disbursement_id where l.batch_id = ? and l.line_no = ?`,
        [batch.id, Number(line[1])],
      );
      return cases.find((one) => one.id === row.case_id)!;
    };
    const arrived = await caseOfLine(lines[0]);
    const arrivedView = await readCase(arrived.id, arrived.applicant.token);
    expect(arrivedView.payments[0]).toMatchObject({ arrival: 'ARRIVED' });
    expect(arrivedView.allowedActions).toContain('confirmReceipt');
    const failed = await caseOfLine(lines[4]);
    const failedView = await readCase(failed.id, failed.applicant.token);
    expect(failedView.status).toBe('READY_TO_PAY');
    expect(failedView.payments[0]).toMatchObject({ arrival: 'FAILED', reversed: true, bankMessage: '账号不存在' });
    expect(failedView.events.at(-1)).toMatchObject({ action: 'paymentReversed', comment: '汇款失败：账号不存在' });
    const told = await app.sql<{ kind: string }>(`select kind from notification where user_id = ? and kind like 'PAYMENT_%'`, [
      failed.applicant.userId,
    ]);
    expect(told.map((row) => row.kind)).toEqual(['PAYMENT_FAILED']);
    const [transit] = await app.sql<{ open: string; balance: string }>(
      `select (select sum(l.amount_fen) from payout_batch_line l where l.batch_id = ? and l.outcome is null)::text as open,
              (select balance from ledger_account where unit_id = ? and kind = 'IN_TRANSIT')::text as balance`,
      [batch.id, district],
    );
    expect(Number(transit.open)).toBe(160_000);

    const counts = () =>
      app.sql<{ t: number; e: number; n: number }>(
        `select (select count(*) from ledger_transaction)::int as t, (select count(*) from ledger_entry)::int as e, (select count(*) from notification)::int as n`,
      );
    const before = await counts();
    const again = await desk.importReturn(batch.id, file, finance);
    expect(again.report).toMatchObject({ arrived: 0, failed: 0, unchanged: 6 });
    expect(again.report.refused).toHaveLength(5);
    expect(await counts()).toEqual(before);

    // the bank's files hold card numbers: the stored return and the jobs keep none in clear
    const stored = await app.sql<{ text: string }>(
      `select content_enc || coalesce(report::text, '') as text from bank_return where batch_id = ?
       union all select params::text || coalesce(result::text, '') from job where name in ('exportPayoutBatch', 'importBankReturn')`,
      [batch.id],
    );
    expect(stored.filter((row) => lines.some((line) => row.text.includes(line[2])))).toEqual([]);

    const corrected = await desk.importReturn(batch.id, returnFile([answer(lines[6]), answer(lines[7])]), finance);
    expect(corrected).toMatchObject({ status: 'SETTLED', report: { arrived: 2, refused: [] } });
    const late = await desk.importReturn(batch.id, returnFile([answer(lines[0], '失败', { message: '账户已销户' })]), finance);
    expect(late.report.refused).toEqual([{ row: 2, reason: 'ALREADY_RETURNED', detail: 'ARRIVED' }]);
  });

  it('pays a failed line again after the station fixes the account, and the worker confirms only after it arrives', async () => {
    const { app, driver } = context;
    const one = await bankCase(90_000);
    await payByBank(one.id);
    const first = await sentBatch(await paymentIdsOf([one.id]));
    await desk.importReturn(first.batch.id, returnFile([answer(first.lines[0], '失败', { message: '银行卡号有误' })]), finance);
    expect(await driver.status(one.id)).toBe('READY_TO_PAY');

    const fixed = cardNumber(900_100);
    await desk.setPayee(one.applicant.fileId, driver.actors.streetStaff, { accountNumber: fixed });
    expect((await payByBank(one.id)).errors).toBeUndefined();
    const second = await sentBatch(await paymentIdsOf([one.id]));
    expect(second.lines[0][2]).toBe(fixed);
    expect(
      code(
        await app.gql(
          `mutation($id: ID!, $c: String) { confirmReceipt(id: $id, smsCode: $c) { status } }`,
          { id: one.id, c: '000000' },
          {
            token: one.applicant.token,
          },
        ),
      ),
    ).toBe('INVALID_TRANSITION');
    await desk.importReturn(second.batch.id, returnFile([answer(second.lines[0])]), finance);
    expect((await driver.ok('confirmReceipt', one.applicant.token, one.id)).status).toBe('RECEIVED');
    const view = await readCase(one.id, one.applicant.token);
    expect(view.payments.map((payment: { arrival: string; reversed: boolean }) => [payment.arrival, payment.reversed])).toEqual([
      ['FAILED', true],
      ['ARRIVED', false],
    ]);
    const told = await app.sql<{ kind: string }>(`select kind from notification where user_id = ? and kind like 'PAYMENT_%' order by id`, [
      one.applicant.userId,
    ]);
    expect(told.map((row) => row.kind)).toEqual(['PAYMENT_FAILED', 'PAYMENT_ARRIVED']);
  });

  it('keeps batches to the fund unit: other units see nothing, workers and auditors act on nothing; cancelling frees the payments', async () => {
    const { app, driver } = context;
    const one = await bankCase(70_000);
    await payByBank(one.id);
    const ids = await paymentIdsOf([one.id]);
    expect(code(await desk.createBatch(district, driver.actors.siblingStaff, ids))).toBe('NOT_FOUND');
    expect(code(await desk.createBatch(district, driver.actors.auditor, ids))).toBe('FORBIDDEN');
    expect(code(await desk.createBatch(district, one.applicant.token, ids))).toBe('FORBIDDEN');
    const batch = (await desk.createBatch(district, finance, ids)).data!.r;
    const listed = (token: string) => app.gql(`query($u: ID!) { payoutBatches(unitId: $u) { id } }`, { u: district }, { token });
    expect(code(await listed(driver.actors.siblingStaff))).toBe('NOT_FOUND');
    expect((await listed(driver.actors.auditor)).data?.payoutBatches.map((b: { id: string }) => b.id)).toContain(batch.id);
    const upload = await desk.upload(batch.id, returnFile([]), driver.actors.siblingStaff);
    expect(upload.status).toBe(404);
    // the bank has not had it: there is nothing to return yet
    expect((await desk.upload(batch.id, returnFile([]), finance)).status).toBe(409);
    const cancel = (token: string) =>
      app.gql(`mutation($id: ID!) { cancelPayoutBatch(id: $id, reason: "金额有误，重新编制") { status } }`, { id: batch.id }, { token });
    expect(code(await cancel(driver.actors.auditor))).toBe('FORBIDDEN');
    expect((await cancel(finance)).data?.cancelPayoutBatch.status).toBe('CANCELLED');
    expect((await desk.createBatch(district, finance, ids)).data?.r.lineCount).toBe(1);
  });
});
