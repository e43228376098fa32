import { existsSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { Queue, Worker } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serviceDeps } from '../../server/src/app/services.js';
import { EXPORT_QUEUE } from '../../server/src/modules/funds/fund.service.js';
import { purgeExports, runExportJob } from '../../server/src/worker/export-runner.js';
import { OutboxDrain } from '../../server/src/worker/outbox-drain.js';
import { CaseDriver } from '../setup/case-driver.js';
import { ledgerViolations } from '../setup/ledger-invariants.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const JOB = `query($id: ID!) { job(id: $id) { id name state progress downloadUrl error } }`;

describe('ledger export through the outbox and BullMQ', () => {
  let app: TestApp;
  let driver: CaseDriver;
  let worker: Worker;
  let city: string;
  let district: string;
  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
    [city, district] = await Promise.all(['LY', 'LY-LS'].map((code) => app.unitIdByCode(code)));
    await new Queue(EXPORT_QUEUE, { connection: app.runtime.redis }).obliterate({ force: true });
    const deps = serviceDeps(app.config, app.runtime.redis);
    worker = new Worker(EXPORT_QUEUE, (job) => runExportJob(app.worker, deps, app.runtime.logger, String(job.data.jobId)), {
      connection: app.runtime.redis.duplicate(),
    });
  });
  afterEach(async () => {
    expect(await ledgerViolations(app)).toEqual([]);
  });
  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  /** Drains the outbox and waits for the job to finish, as the worker process would. */
  async function finish(jobId: string, token: string): Promise<Record<string, any>> {
    const drain = new OutboxDrain(app.worker, app.runtime.redis, app.runtime.logger);
    await drain.drainOnce();
    await drain.stop();
    for (let i = 0; i < 100; i += 1) {
      const job = (await app.gql(JOB, { id: jobId }, { token })).data?.job;
      if (job.state === 'COMPLETED' || job.state === 'FAILED') return job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('job did not finish');
  }

  async function download(url: string, token?: string): Promise<Response> {
    return fetch(app.url.replace('/graphql', url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  }

  it('writes the period ledger with a running balance and source totals that equal the ledger', async () => {
    // the window opens now: the demo network's own income was posted before it
    const from = new Date();
    const token = driver.actors.cityAdmin;
    const income = (source: string, amount: number, extra: Record<string, unknown> = {}) =>
      app.gql(
        `mutation($unit: ID!, $input: IncomeInput!) { recordIncome(unitId: $unit, input: $input) { id } }`,
        { unit: city, input: { source, amount, ...extra } },
        { token },
      );
    await income('GOVERNMENT', 5_000_000);
    await income('UNION_FUNDS', 1_234_567);
    await income('DONATION', 88_800, { donor: '临沂爱心企业协会', donorCountry: 'CN' });
    await app.gql(
      `mutation($from: ID!, $to: ID!) { allocateFunds(fromUnitId: $from, toUnitId: $to, amount: 1000000, idempotencyKey: "export-alloc-0001") { id } }`,
      { from: city, to: district },
      { token },
    );
    const to = new Date(Date.now() + 60_000);

    const started = await app.gql(
      `mutation($unit: ID!, $from: DateTime!, $to: DateTime!) { exportLedger(unitId: $unit, from: $from, to: $to) { id state } }`,
      { unit: city, from: from.toISOString(), to: to.toISOString() },
      { token },
    );
    expect(started.data?.exportLedger.state).toBe('QUEUED');
    const job = await finish(started.data?.exportLedger.id, token);
    expect(job).toMatchObject({ state: 'COMPLETED', progress: 100 });

    const response = await download(job.downloadUrl, token);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('台账')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '日期',
      '凭证号',
      '类别',
      '来源/用途',
      '案件编号',
      '摘要',
      '收入（元）',
      '支出（元）',
      '余额（元）',
    ]);
    const body: ExcelJS.Row[] = [];
    sheet.eachRow((row, index) => {
      if (index > 2 && row.getCell(3).value !== '合计') body.push(row);
    });
    const cents = (value: unknown) => Math.round(Number(value ?? 0) * 100);
    const income_ = body.reduce((sum, row) => sum + cents(row.getCell(7).value), 0);
    const spending = body.reduce((sum, row) => sum + cents(row.getCell(8).value), 0);

    const [ledger] = await app.sql<{ debits: string; credits: string; balance: string }>(
      `select sum(case when e.direction = 'DEBIT' then e.amount_fen else 0 end)::text as debits,
              sum(case when e.direction = 'CREDIT' then e.amount_fen else 0 end)::text as credits, max(a.balance)::text as balance
       from ledger_entry e join ledger_account a on a.id = e.account_id where a.unit_id = ? and a.kind = 'FUND' and e.created_at >= ? and e.created_at < ?`,
      [city, from, to],
    );
    expect(income_).toBe(Number(ledger.debits));
    expect(spending).toBe(Number(ledger.credits));
    expect(cents(body.at(-1)!.getCell(9).value)).toBe(Number(ledger.balance));
    const sources = workbook.getWorksheet('来源汇总')!;
    const bySource: Record<string, number> = {};
    sources.eachRow((row, index) => {
      if (index > 1) bySource[String(row.getCell(1).value)] = cents(row.getCell(2).value);
    });
    expect(bySource).toEqual({ 政府拨款: 5_000_000, 本级工会经费配套: 1_234_567, 社会捐赠: 88_800, 合计: 6_323_367 });
  });

  it('serves the file only to those who may read the fund', async () => {
    const token = driver.actors.cityAdmin;
    const started = await app.gql(
      `mutation($unit: ID!, $from: DateTime!, $to: DateTime!) { exportLedger(unitId: $unit, from: $from, to: $to) { id } }`,
      { unit: city, from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() },
      { token },
    );
    const job = await finish(started.data?.exportLedger.id, token);
    expect((await download(job.downloadUrl)).status).toBe(401);
    expect((await download(job.downloadUrl, driver.actors.streetStaff)).status).toBe(404);
    expect((await download(job.downloadUrl, driver.actors.auditor)).status).toBe(200);
    expect((await app.gql(JOB, { id: job.id }, { token: driver.actors.streetStaff })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // an empty period: from and to the same instant
    const instant = new Date().toISOString();
    const refused = await app.gql(
      `mutation($unit: ID!, $from: DateTime!, $to: DateTime!) { exportLedger(unitId: $unit, from: $from, to: $to) { id } }`,
      { unit: city, from: instant, to: instant },
      { token },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('removes export files after the retention period, and the download then says so; files left by failed attempts go too', async () => {
    const token = driver.actors.cityAdmin;
    const started = await app.gql(
      `mutation($unit: ID!, $from: DateTime!, $to: DateTime!) { exportLedger(unitId: $unit, from: $from, to: $to) { id } }`,
      { unit: city, from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() },
      { token },
    );
    const job = await finish(started.data?.exportLedger.id, token);
    const [{ file_path: file }] = await app.sql<{ file_path: string }>(`select file_path from job where id = ?`, [job.id]);
    const exportDir = resolve(app.config.EXPORT_DIR);
    const orphan = join(exportDir, 'exportLedger-orphan-of-a-failed-attempt.xlsx');
    await mkdir(exportDir, { recursive: true });
    await writeFile(orphan, 'partial');
    const twoDaysAgo = new Date(Date.now() - 48 * 3_600_000);
    await utimes(orphan, twoDaysAgo, twoDaysAgo);

    // within the retention period nothing referenced goes
    await purgeExports(app.worker, app.config, new Date(Date.now() + (app.config.EXPORT_RETENTION_HOURS - 1) * 3_600_000));
    expect(existsSync(file)).toBe(true);
    expect(existsSync(orphan)).toBe(false);
    expect((await download(job.downloadUrl, token)).status).toBe(200);

    const purged = await purgeExports(app.worker, app.config, new Date(Date.now() + (app.config.EXPORT_RETENTION_HOURS + 1) * 3_600_000));
    expect(purged.expiredJobs).toBeGreaterThanOrEqual(1);
    expect(existsSync(file)).toBe(false);
    expect((await app.gql(JOB, { id: job.id }, { token })).data?.job).toMatchObject({
      state: 'COMPLETED',
      downloadUrl: null,
      error: 'EXPIRED',
    });
    const gone = await download(job.downloadUrl, token);
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { errors: unknown[] }).errors[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: '导出文件已过期删除，请重新导出',
    });
    // a second purge finds nothing more to do
    expect(
      (await purgeExports(app.worker, app.config, new Date(Date.now() + (app.config.EXPORT_RETENTION_HOURS + 1) * 3_600_000))).expiredJobs,
    ).toBe(0);
  });

  it('writes the disbursement roster with one signed line per payment', async () => {
    await driver.fundDistrict(1_000_000);
    // today in Shanghai, as the console asks for it: from its midnight to the next
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const from = new Date(`${today}T00:00:00+08:00`);
    const to = new Date(from.getTime() + 24 * 3_600_000);
    await driver.caseAt('DISBURSED', 'LIVING', 45_600);
    await driver.caseAt('RECEIVED', 'MEDICAL', 12_300);
    const token = driver.actors.districtAdmin;
    const started = await app.gql(
      `mutation($unit: ID!, $from: DateTime!, $to: DateTime!) { exportDisbursementRoster(unitId: $unit, from: $from, to: $to) { id } }`,
      { unit: district, from: from.toISOString(), to: to.toISOString() },
      { token },
    );
    const job = await finish(started.data?.exportDisbursementRoster.id, token);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await (await download(job.downloadUrl, token)).arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('发放花名册')!;
    expect(String(sheet.getRow(1).getCell(1).value)).toContain(`（${today} 至 ${today}）`);
    expect(sheet.getRow(2).getCell(10).value).toBe('领款人签字');
    expect(sheet.rowCount).toBe(2 + 2 + 1);
    expect(sheet.getRow(5).getCell(6).value).toBe(579);
  });

  it('exports a rollup with one row per child unit', async () => {
    const token = driver.actors.cityAdmin;
    const started = await app.gql(
      `mutation($unit: ID!, $from: DateTime!, $to: DateTime!) { exportRollup(unitId: $unit, from: $from, to: $to) { id } }`,
      { unit: city, from: new Date(Date.now() - 30 * 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() },
      { token },
    );
    const job = await finish(started.data?.exportRollup.id, token);
    expect(job.state).toBe('COMPLETED');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await (await download(job.downloadUrl, token)).arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('汇总')!;
    const children = await app.sql(`select 1 from unit where parent_id = ?`, [city]);
    expect(sheet.rowCount).toBe(1 + 1 + children.length);
    expect(sheet.getRow(2).getCell(1).value).toBe('临沂市总工会职工服务中心');
    const [{ balance }] = await app.sql<{ balance: string }>(
      `select balance::text from ledger_account where unit_id = ? and kind = 'FUND'`,
      [district],
    );
    const districtRow = [...Array(sheet.rowCount).keys()]
      .map((i) => sheet.getRow(i + 1))
      .find((row) => row.getCell(1).value === '兰山区总工会困难职工帮扶中心')!;
    expect(Math.round(Number(districtRow.getCell(12).value) * 100)).toBe(Number(balance));
  });

  it('flags a unit whose own union-fund contribution is below 10% of retained union funds', async () => {
    const query = `query($unit: ID!, $year: Int!, $retained: Fen!) { fund(unitId: $unit) { unionFundCheck(year: $year, retainedUnionFundsFen: $retained) { contributionFen ratio meetsMinimum } } }`;
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    await app.gql(
      `mutation($unit: ID!) { recordIncome(unitId: $unit, input: { source: UNION_FUNDS, amount: 50000 }) { id } }`,
      { unit: district },
      { token: driver.actors.districtAdmin },
    );
    const low = (await app.gql(query, { unit: district, year, retained: 1_000_000 }, { token: driver.actors.auditor })).data?.fund
      .unionFundCheck;
    expect(low).toEqual({ contributionFen: 50_000, ratio: 0.05, meetsMinimum: false });
    await app.gql(
      `mutation($unit: ID!) { recordIncome(unitId: $unit, input: { source: UNION_FUNDS, amount: 50000 }) { id } }`,
      { unit: district },
      { token: driver.actors.districtAdmin },
    );
    const enough = (await app.gql(query, { unit: district, year, retained: 1_000_000 }, { token: driver.actors.auditor })).data?.fund
      .unionFundCheck;
    expect(enough).toEqual({ contributionFen: 100_000, ratio: 0.1, meetsMinimum: true });
  });
});
