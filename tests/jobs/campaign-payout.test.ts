import type { ChildProcess } from 'node:child_process';
import type { Job } from 'bullmq';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, serviceDeps } from '../../server/src/app/services.js';
import { CAMPAIGN_QUEUE } from '../../server/src/modules/campaigns/campaign.service.js';
import { EXPORT_QUEUE } from '../../server/src/modules/funds/fund.service.js';
import { MAINTENANCE_QUEUE } from '../../server/src/modules/jobs/outbox.js';
import { LogSmsSender } from '../../server/src/modules/notifications/sms.js';
import { processors } from '../../server/src/worker/processors.js';
import { BankDesk, cardNumber, returnFile } from '../setup/bank-desk.js';
import { CaseDriver, type Applicant } from '../setup/case-driver.js';
import { ledgerViolations } from '../setup/ledger-invariants.js';
import { spawnWorker, stopProcess, until } from '../setup/processes.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const DAY = 86_400_000;
const STANDARD = 50_000;
/** Lines copied in SQL onto the street's roster: enough that a payout in chunks of 5 is still running when killed. */
const BULK_FILES = 600;
const PAY = `mutation($r: ID!, $method: DisbursementMethod) { payRoster(rosterId: $r, method: $method) { id state } }`;
const LINES = `query($c: ID!, $u: ID!) { campaignRoster(campaignId: $c, unitId: $u) {
  id status noticeEndsAt payoutJobId entries { id caseId unpaidReason file { id } }
} }`;

describe('paying a campaign roster in one batch job (domain.md §9, issue 18)', () => {
  let app: TestApp;
  let driver: CaseDriver;
  const units: Record<string, string> = {};
  let campaignId: string;
  let rosterId: string;
  let applicants: Applicant[];
  let unverifiedFile: string;
  let objectedCase: string;
  let desk: BankDesk;
  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
    desk = new BankDesk(app);
    for (const code of ['LY', 'LY-LS', 'LY-LZ', 'LY-LS-LSJD', 'LY-LS-YQS']) units[code] = await app.unitIdByCode(code);
    // the street center holds its own aid fund (an operator's choice, domain.md §5), empty to begin with
    await app.sql(`update unit set holds_fund = true where id = ?`, [units['LY-LS-LSJD']]);
    applicants = [await driver.newApplicant(), await driver.newApplicant(), await driver.newApplicant()];
    // a roster is paid by bank: each household's file names the account
    for (const [index, applicant] of applicants.entries())
      await desk.setPayee(applicant.fileId, driver.actors.streetStaff, { accountNumber: cardNumber(700_000 + index) });
    await app.sql(
      `insert into hardship_file (unit_id, status, category, causes, person_name, id_number_enc, id_number_hash, birth_date, sex,
                                  household_enc, household_size, identity_verified_at, identity_verified_by_id,
                                  payee_bank, payee_account_enc, payee_account_last4, payee_holder_name, payee_holder_hash, payee_set_at)
       select f.unit_id, 'ACTIVE', f.category, f.causes, f.person_name, f.id_number_enc, 'bulk-' || g || '-' || f.id, f.birth_date, f.sex,
              f.household_enc, f.household_size, f.identity_verified_at, f.identity_verified_by_id,
              f.payee_bank, f.payee_account_enc, f.payee_account_last4, f.person_name, 'bulk-' || g || '-' || f.id, now()
       from hardship_file f, generate_series(1, ?) g where f.id = ?`,
      [BULK_FILES, applicants[0].fileId],
    );
    // one household whose ID card nobody has checked yet, and who has no verified account
    [{ id: unverifiedFile }] = await app.sql<{ id: string }>(
      `update hardship_file set identity_verified_at = null, identity_verified_by_id = null
       where id = (select max(id) from hardship_file where id_number_hash like 'bulk-%') returning id::text`,
    );
  });
  afterAll(() => app.close());

  const gql = (query: string, variables: Record<string, unknown>, token: string) => app.gql(query, variables, { token, lang: 'en' });
  const code = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
  const ctx = () => ({
    orm: app.worker,
    deps: serviceDeps(app.config, app.runtime.redis),
    logger: app.runtime.logger,
    sms: new LogSmsSender(app.runtime.logger),
  });
  const runCampaignJob = (name: string, data: Record<string, unknown>) =>
    processors[CAMPAIGN_QUEUE](ctx(), { name, data } as unknown as Job) as Promise<unknown>;
  const lines = async () => (await gql(LINES, { c: campaignId, u: units['LY-LS-LSJD'] }, driver.actors.streetStaff)).data?.campaignRoster;
  const fundBalance = async () =>
    Number(
      (
        await app.sql<{ balance: string }>(`select balance::text from ledger_account where unit_id = ? and kind = 'FUND'`, [
          units['LY-LS-LSJD'],
        ])
      )[0]?.balance ?? 0,
    );
  const income = (amountFen: number) =>
    gql(
      `mutation($u: ID!, $a: Int!) { recordIncome(unitId: $u, input: { source: GOVERNMENT, amount: $a }) { id } }`,
      { u: units['LY-LS-LSJD'], a: amountFen },
      driver.actors.streetStaff,
    );
  const casesIn = async (status: string) =>
    (await app.sql<{ n: number }>(`select count(*)::int as n from aid_case where campaign_id = ? and status = ?`, [campaignId, status]))[0]
      .n;

  it('pays only from funds held by the campaign unit or below, and names the fund a station is paid from', async () => {
    const input = (unitId: string, fundUnitIds: string[]) => ({
      unitId,
      kind: 'SPRING_FESTIVAL',
      title: '2027 年元旦春节送温暖',
      aidType: 'LIVING',
      standardAmounts: [{ category: 'RELATIVE', amountFen: STANDARD }],
      minAmountFen: 30_000,
      maxAmountFen: 100_000,
      households: 1_000,
      budgetFen: 100_000_000,
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 60 * DAY).toISOString(),
      noticeDays: 5,
      fundUnitIds,
    });
    const CREATE = `mutation($input: CampaignInput!) { createCampaign(input: $input) { id funds { code } } }`;
    // a district's campaign cannot spend the city's money, nor a sibling district's
    for (const fund of [units.LY, units['LY-LZ']]) {
      const refused = await gql(CREATE, { input: input(units['LY-LS'], [fund]) }, driver.actors.districtAdmin);
      expect(code(refused)).toBe('BAD_USER_INPUT');
    }
    expect((await app.sql<{ n: number }>(`select count(*)::int as n from campaign`))[0].n).toBe(0);
    const created = await gql(CREATE, { input: input(units.LY, [units.LY, units['LY-LS-LSJD']]) }, driver.actors.cityAdmin);
    expect(created.data?.createCampaign.funds).toEqual([{ code: 'LY' }, { code: 'LY-LS-LSJD' }]);
    campaignId = created.data?.createCampaign.id;

    const QUOTAS = `mutation($c: ID!, $u: ID!, $q: [QuotaInput!]!) { setCampaignQuotas(campaignId: $c, unitId: $u, quotas: $q) { households } }`;
    const quota = (unitId: string) => [{ unitId, households: 800, amountFen: 800 * STANDARD }];
    expect((await gql(QUOTAS, { c: campaignId, u: units.LY, q: quota(units['LY-LS']) }, driver.actors.cityAdmin)).errors).toBeUndefined();
    expect(
      (await gql(QUOTAS, { c: campaignId, u: units['LY-LS'], q: quota(units['LY-LS-LSJD']) }, driver.actors.districtAdmin)).errors,
    ).toBeUndefined();
    const built = await gql(
      `mutation($c: ID!, $u: ID!) { buildRoster(campaignId: $c, unitId: $u) { id jobId } }`,
      { c: campaignId, u: units['LY-LS-LSJD'] },
      driver.actors.streetStaff,
    );
    rosterId = built.data?.buildRoster.id;
    expect(await runCampaignJob('buildRoster', { rosterId, jobId: built.data?.buildRoster.jobId })).toBe(BULK_FILES + applicants.length);
    // staff edit it: a household taken off to be checked, and put back once checked, each with its reason
    const listed = (await lines()).entries.find((entry: { file: { id: string } }) => entry.file.id === applicants[2].fileId);
    const removed = await gql(
      `mutation($e: ID!) { removeRosterEntry(entryId: $e, reason: "收入待核实") { id } }`,
      { e: listed.id },
      driver.actors.streetStaff,
    );
    expect(removed.errors).toBeUndefined();
    const restored = await gql(
      `mutation($r: ID!, $f: ID!) { addRosterEntry(rosterId: $r, input: { fileId: $f, reason: "入户核实后恢复" }) { eligible reason } }`,
      { r: rosterId, f: applicants[2].fileId },
      driver.actors.streetStaff,
    );
    expect(restored.data?.addRosterEntry).toEqual({ eligible: true, reason: '入户核实后恢复' });
  });

  it('refuses to pay a roster not approved, still on notice, by its approver, in cash, or for another station', async () => {
    expect(code(await gql(PAY, { r: rosterId }, driver.actors.streetStaff))).toBe('INVALID_TRANSITION');
    expect(
      (await gql(`mutation($r: ID!) { submitRoster(rosterId: $r) { status } }`, { r: rosterId }, driver.actors.streetStaff)).errors,
    ).toBe(undefined);
    const approved = await gql(
      `mutation($r: ID!) { approveRoster(rosterId: $r) { status approvedAt noticeEndsAt } }`,
      { r: rosterId },
      driver.actors.streetHead,
    );
    expect(approved.data?.approveRoster.status).toBe('APPROVED');
    const noticeDays = (Date.parse(approved.data?.approveRoster.noticeEndsAt) - Date.parse(approved.data?.approveRoster.approvedAt)) / DAY;
    expect(noticeDays).toBe(5);

    const inNotice = await gql(PAY, { r: rosterId }, driver.actors.streetStaff);
    expect(code(inNotice)).toBe('INVALID_TRANSITION');
    expect(inNotice.errors?.[0].message).toMatch(/^The roster is on public notice until \d{4}-\d{2}-\d{2}; it can be paid after that$/);
    // someone objects to one household during the notice: that case goes to the ordinary review and is not paid
    const [{ id }] = await app.sql<{ id: string }>(
      `select c.id::text from aid_case c where c.campaign_id = ? order by c.id limit 1 offset 5`,
      [campaignId],
    );
    objectedCase = id;
    await driver.ok('raiseObjection', driver.actors.streetStaff, objectedCase);
    await app.sql(`update roster set notice_ends_at = now() - interval '1 minute' where id = ?`, [rosterId]);
    let ended = 0;
    for (let swept = await driver.endNotices(); swept > 0; swept = await driver.endNotices()) ended += swept;
    expect(ended).toBe(BULK_FILES + applicants.length - 1);

    expect(code(await gql(PAY, { r: rosterId }, driver.actors.streetHead))).toBe('FORBIDDEN');
    expect(code(await gql(PAY, { r: rosterId }, driver.actors.siblingStaff))).toBe('NOT_FOUND');
    expect(code(await gql(PAY, { r: rosterId }, driver.actors.worker))).toBe('FORBIDDEN');
    const cash = await gql(PAY, { r: rosterId, method: 'CASH' }, driver.actors.streetStaff);
    expect(code(cash)).toBe('BAD_USER_INPUT');
    expect((await app.sql<{ n: number }>(`select count(*)::int as n from job where name = 'payRoster'`))[0].n).toBe(0);
    expect(await casesIn('READY_TO_PAY')).toBe(BULK_FILES + applicants.length - 1);
  });

  it('pays as far as the fund goes and gives every line left its reason; the worker hears of it', async () => {
    const affordable = 40;
    expect((await income(affordable * STANDARD + 10_000)).errors).toBeUndefined();
    const started = await gql(PAY, { r: rosterId }, driver.actors.streetStaff);
    expect(started.data?.payRoster.state).toBe('QUEUED');
    // asked again while it is queued: the same job
    expect((await gql(PAY, { r: rosterId }, driver.actors.streetStaff)).data?.payRoster.id).toBe(started.data?.payRoster.id);
    const result = await runCampaignJob('payRoster', { jobId: started.data?.payRoster.id });
    const payable = BULK_FILES + applicants.length - 1;
    // the unverified household is not paid, and does not use up money
    expect(result).toEqual({ paid: affordable, paidFen: affordable * STANDARD, refused: payable - affordable });
    expect(await fundBalance()).toBe(10_000);
    expect(await casesIn('DISBURSED')).toBe(affordable);

    const roster = await lines();
    const reasonOf = (fileId: string) => roster.entries.find((entry: { file: { id: string } }) => entry.file.id === fileId).unpaidReason;
    expect(reasonOf(unverifiedFile)).toBe('The account holder "测试职工" is not verified yet: check their ID card at the station first');
    const dry = roster.entries.filter((entry: { unpaidReason: string | null }) => entry.unpaidReason?.startsWith('Not enough'));
    expect(dry).toHaveLength(payable - affordable - 1);
    expect(dry[0].unpaidReason).toBe('Not enough money in the aid fund (balance ¥100.00, needed ¥500.00)');
    expect(roster.entries.find((entry: { caseId: string }) => entry.caseId === objectedCase).unpaidReason).toBeNull();

    // the paid cases read as paid, with the timeline entry a single payout writes, one audit event each
    const [job] = await app.sql<{ state: string; progress: number }>(`select state, progress from job where id = ?`, [
      started.data?.payRoster.id,
    ]);
    expect(job).toEqual({ state: 'COMPLETED', progress: 100 });
    const [first] = await app.sql<{ id: string }>(
      `select c.id::text from aid_case c where c.campaign_id = ? and c.status = 'DISBURSED' and c.applicant_user_id = ?`,
      [campaignId, applicants[0].userId],
    );
    const events = await app.sql<{ action: string; actor_role: string; amount: number }>(
      `select action, actor_role, (data ->> 'amountFen')::int as amount from case_event where case_id = ? and action = 'disburse'`,
      [first.id],
    );
    expect(events).toEqual([{ action: 'disburse', actor_role: 'STATION_STAFF', amount: STANDARD }]);
    const [audits] = await app.sql<{ n: number }>(
      `select count(*)::int as n from audit_event where action = 'case.disburse' and entity_id in (select id::text from aid_case where campaign_id = ?)`,
      [campaignId],
    );
    expect(audits.n).toBe(affordable);
    const inbox = await app.gql(
      `{ notifications(first: 5) { edges { node { kind caseId message } } } }`,
      {},
      { token: applicants[0].token },
    );
    const newest = inbox.data?.notifications.edges[0].node;
    expect(newest.caseId).toBe(first.id);
    expect(newest.message).toMatch(/moved on: Paid\. Please confirm yourself that you received it\.$/);
    const [texted] = await app.sql<{ n: number }>(
      `select count(*)::int as n from outbox where name = 'sendSms' and payload ->> 'notificationId' in (select id::text from notification where case_id = ?)`,
      [first.id],
    );
    expect(texted.n).toBe(1);
    expect(await ledgerViolations(app)).toEqual([]);
  });

  it('finishes after the worker is SIGKILLed mid-batch and started again, paying no line twice', async () => {
    expect((await income(1_000 * STANDARD)).errors).toBeUndefined();
    const started = await gql(PAY, { r: rosterId }, driver.actors.streetStaff);
    const jobId = started.data?.payRoster.id;
    const paidNow = () => casesIn('DISBURSED');
    const before = await paidNow();
    const startWorker = (): ChildProcess => spawnWorker(app, { PAYOUT_CHUNK_SIZE: '5', OUTBOX_POLL_MS: '50', JOB_LOCK_MS: '1500' });
    let worker = startWorker();
    try {
      await until(async () => (await paidNow()) > before + 50, 'the first chunks', 30_000, 10);
      await stopProcess(worker, 'SIGKILL');
      const atKill = await paidNow();
      const payable = BULK_FILES + applicants.length - 2;
      expect(atKill).toBeLessThan(payable);
      worker = startWorker();
      await until(
        async () => (await app.sql<{ state: string }>(`select state from job where id = ?`, [jobId]))[0].state === 'COMPLETED',
        'the payout to complete',
        60_000,
        100,
      );
      expect(await paidNow()).toBe(payable);
    } finally {
      await stopProcess(worker);
    }
    const twice = await app.sql(`select case_id from disbursement group by case_id having count(*) > 1`);
    expect(twice).toEqual([]);
    expect(await ledgerViolations(app)).toEqual([]);
    const [job] = await app.sql<{ result: { paid: number; refused: number } }>(`select result from job where id = ?`, [jobId]);
    expect(job.result.paid).toBe(BULK_FILES + applicants.length - 2 - 40);
    expect(job.result.refused).toBe(1);
    const [paidOut] = await app.sql<{ fen: string }>(
      `select sum(d.amount_fen)::text as fen from disbursement d join aid_case c on c.id = d.case_id where c.campaign_id = ?`,
      [campaignId],
    );
    expect(Number(paidOut.fen)).toBe((BULK_FILES + applicants.length - 2) * STANDARD);
    expect(await fundBalance()).toBe(10_000 + 1_000 * STANDARD - (BULK_FILES + applicants.length - 2 - 40) * STANDARD);
  });

  it('takes each worker’s own receipt, and the rollup’s money paid equals the ledger', async () => {
    const [mine] = await app.sql<{ id: string }>(`select id::text from aid_case where campaign_id = ? and applicant_user_id = ?`, [
      campaignId,
      applicants[1].userId,
    ]);
    // the money went by bank: it is the worker's to confirm once the bank's return says it arrived
    expect(code(await driver.act('confirmReceipt', applicants[1].token, mine.id))).toBe('INVALID_TRANSITION');
    const batch = (await desk.createBatch(units['LY-LS-LSJD'], driver.actors.streetStaff)).data!.r;
    expect(batch.lineCount).toBe(BULK_FILES + applicants.length - 2);
    await desk.approve(batch.id, driver.actors.streetHead);
    const bankFile = iconv.decode(await desk.exportFile(batch.id, driver.actors.streetStaff), 'gb18030');
    const sent = bankFile
      .split('\r\n')
      .slice(1, -2)
      .map((row) => row.split(','));
    const settled = await desk.importReturn(
      batch.id,
      returnFile(
        sent.map(([reference, lineNo, account, name, , amount]) => ({ reference, lineNo, account, name, amount, outcome: '成功' })),
      ),
      driver.actors.streetStaff,
    );
    expect(settled).toMatchObject({ status: 'SETTLED', report: { arrived: sent.length, refused: [] } });
    // staff cannot confirm for the worker (杜绝代签)
    expect(code(await driver.act('confirmReceipt', driver.actors.streetStaff, mine.id, { smsCode: null }))).toBe('FORBIDDEN');
    expect((await driver.ok('confirmReceipt', applicants[1].token, mine.id)).status).toBe('RECEIVED');

    // a worker paid more than RECEIPT_REMINDER_DAYS ago who has not confirmed is reminded once; one who confirmed is not
    const reminders = (userId: string) =>
      app.sql<{ n: number }>(`select count(*)::int as n from notification where user_id = ? and kind = 'RECEIPT_REMINDER'`, [userId]);
    await app.sql(
      `update disbursement set paid_at = paid_at - interval '8 days', arrived_at = arrived_at - interval '8 days' where case_id in (select id from aid_case where campaign_id = ? and applicant_user_id in (?, ?))`,
      [campaignId, applicants[1].userId, applicants[2].userId],
    );
    for (let sweep = 0; sweep < 2; sweep += 1) await processors[MAINTENANCE_QUEUE](ctx(), { name: 'sweep', data: {} } as unknown as Job);
    expect((await reminders(applicants[2].userId))[0].n).toBe(1);
    expect((await reminders(applicants[1].userId))[0].n).toBe(0);
    const reminder = await app.gql(
      `{ notifications(first: 1) { edges { node { message } } } }`,
      {},
      { token: applicants[2].token, lang: 'zh-CN' },
    );
    expect(reminder.data?.notifications.edges[0].node.message).toMatch(
      /^“2027 年元旦春节送温暖”（.+）的帮扶款已于 \d{4}-\d{2}-\d{2} 发放，请在“我的申请”中确认收到/,
    );

    await createServices(app.worker.em.fork(), serviceDeps(app.config, app.runtime.redis)).rollups.fold();
    const period = { from: new Date(Date.now() - DAY), to: new Date(Date.now() + DAY) };
    const rollup = await gql(
      `query($u: ID!, $from: DateTime!, $to: DateTime!) { rollup(unitId: $u, from: $from, to: $to) { paidFen } }`,
      { u: units['LY-LS-LSJD'], from: period.from.toISOString(), to: period.to.toISOString() },
      driver.actors.districtAdmin,
    );
    const [ledger] = await app.sql<{ fen: string }>(
      `select coalesce(sum(e.amount_fen), 0)::text as fen from ledger_entry e
       join ledger_account a on a.id = e.account_id and a.kind = 'AID_PAID'
       join ledger_transaction t on t.id = e.transaction_id join aid_case c on c.id = t.case_id
       where c.unit_id = ? and e.direction = 'DEBIT' and e.created_at >= ? and e.created_at < ?`,
      [units['LY-LS-LSJD'], period.from, period.to],
    );
    expect(rollup.data?.rollup.paidFen).toBe(Number(ledger.fen));

    // the campaign's own figures, for the city and one level down
    const figures = await gql(
      `query($c: ID!, $u: ID!) { campaign(id: $c) { figures(unitId: $u) { unit { code } households approved paid paidFen received unpaid } } }`,
      { c: campaignId, u: units.LY },
      driver.actors.cityAdmin,
    );
    const lines = BULK_FILES + applicants.length;
    const paid = lines - 2;
    const city = { households: lines, approved: lines, paid, paidFen: paid * STANDARD, received: 1, unpaid: 1 };
    const byCode = Object.fromEntries(
      figures.data?.campaign.figures.map((row: { unit: { code: string } } & Record<string, number>) => [row.unit.code, row]),
    );
    expect(figures.data?.campaign.figures[0]).toEqual({ unit: { code: 'LY' }, ...city });
    expect(byCode['LY-LS']).toEqual({ unit: { code: 'LY-LS' }, ...city });
    expect(byCode['LY-LZ']).toMatchObject({ households: 0, paid: 0, paidFen: 0 });
    const [viaLedger] = await app.sql<{ fen: string }>(
      `select sum(d.amount_fen)::text as fen from disbursement d join aid_case c on c.id = d.case_id where c.campaign_id = ? and d.status = 'POSTED'`,
      [campaignId],
    );
    expect(Number(viaLedger.fen)).toBe(city.paidFen);
    // the 花名册 sheet: one line a household with its amount and state, the totals, nothing but masked identities
    const exported = await gql(
      `mutation($r: ID!) { exportCampaignRoster(rosterId: $r) { id } }`,
      { r: rosterId },
      driver.actors.streetStaff,
    );
    const exportJob = exported.data?.exportCampaignRoster.id;
    await processors[EXPORT_QUEUE](ctx(), { name: 'exportCampaignRoster', data: { jobId: exportJob } } as unknown as Job);
    const [written] = await app.sql<{ file_path: string; result: { rows: number; totalFen: number } }>(
      `select file_path, result from job where id = ?`,
      [exportJob],
    );
    expect(written.result).toEqual({ rows: lines, totalFen: lines * STANDARD });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written.file_path);
    const sheet = workbook.getWorksheet('花名册')!;
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '序号',
      '姓名',
      '困难类别',
      '金额（元）',
      '列入方式',
      '帮扶事项编号',
      '状态',
      '未发放原因',
      '领取人签字',
    ]);
    const body = sheet.getRows(3, lines)!.map((row) => row.values as unknown[]);
    expect(body.filter((row) => row[7] === '已发放')).toHaveLength(paid - 1);
    expect(body.filter((row) => row[7] === '已确认收到')).toHaveLength(1);
    expect(body.find((row) => String(row[8]).startsWith('收款账户户名“测试职工”的身份尚未核验'))).toBeDefined();
    expect(sheet.getRow(lines + 3).values).toEqual([undefined, '合计', `${lines} 户`, '', (lines * STANDARD) / 100]);
    expect(
      code(await gql(`mutation($r: ID!) { exportCampaignRoster(rosterId: $r) { id } }`, { r: rosterId }, driver.actors.siblingStaff)),
    ).toBe('NOT_FOUND');
    // a station never reads the city's drill-down
    expect(
      code(
        await gql(
          `query($c: ID!, $u: ID!) { campaign(id: $c) { figures(unitId: $u) { paid } } }`,
          { c: campaignId, u: units.LY },
          driver.actors.streetStaff,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(Number(ledger.fen)).toBeGreaterThanOrEqual((BULK_FILES + applicants.length - 2) * STANDARD);
  });
});
