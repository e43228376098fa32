import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { CONTENT_SECURITY_POLICY, endedReportPeriods, maskIdNumber, maskName, reportPeriodName } from '@bangfu/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { desktopContext, cspViolations, launchBrowser, phoneContext, screenChecks } from '../setup/browser.js';
import { cipherFor } from '../../server/src/app/services.js';
import { BankDesk, cardNumber, returnFile } from '../setup/bank-desk.js';
import { CaseDriver, FILE_INPUT, newIdNumber, newPaymentKey } from '../setup/case-driver.js';
import { pdfFirstPagePng, pdfText } from '../setup/pdf.js';
import { spawnWorker, stopProcess } from '../setup/processes.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

const CLIENT_DIST = resolve(import.meta.dirname, '../../client/dist');

/**
 * The staff console on the real API serving the built app: station staff accept (in bulk), review and propose;
 * the head approves; after the notice the staff pays; the district union drills down from its rollup to the
 * station and sees the amount paid; the ledger export downloads as a valid .xlsx. Screens at 1366×768, axe-checked.
 */
describe('the staff and union console', () => {
  let app: TestApp;
  let driver: CaseDriver;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  const checks = screenChecks('console');
  const capture = (name: string) => checks.capture(page, name);
  /** Signs in on the console and waits for the page the person lands on (auditors the audit log, operators units). */
  const signInAs = async (phone: string, landing = '案件队列') => {
    await page.evaluate("localStorage.removeItem('bangfu.console.session')");
    await page.goto(`${origin}/console/login`);
    await page.getByLabel('手机号').fill(phone);
    await page.getByLabel('密码').fill('Bangfu@2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: landing }).waitFor();
  };
  /** The open dialog once its opening animation has finished (a click during it can miss under load). */
  const openedDialog = async () => {
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.locator('.ant-modal.ant-zoom-appear, .ant-modal.ant-zoom-enter').waitFor({ state: 'detached' });
    return dialog;
  };
  const act = async (action: string, fill?: () => Promise<void>) => {
    await page.getByRole('button', { name: action, exact: true }).click();
    const dialog = await openedDialog();
    await fill?.();
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
  };

  beforeAll(async () => {
    app = await startTestApp({ CLIENT_DIR: CLIENT_DIST });
    driver = await CaseDriver.create(app);
    await driver.fundDistrict();
    origin = new URL(app.url).origin;
    browser = await launchBrowser();
    context = await desktopContext(browser);
    page = await context.newPage();
    await page.goto(`${origin}/console/login`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('works a case from the queue to payment, then the district drills down to it and exports the ledger', async () => {
    const { id } = await driver.caseAt('SUBMITTED', 'MEDICAL');

    // station staff: the queue filtered by URL, a bulk acceptance with its per-row result
    await signInAs(PHONES.lanshanStreetStaff);
    await page.goto(`${origin}/console/queue?status=SUBMITTED&type=MEDICAL`);
    const row = page.getByRole('row', { name: /测试职工/ });
    await row.waitFor();
    expect(await page.getByRole('row', { name: /测试职工/ }).count()).toBe(1);
    await capture('queue');
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: '批量受理' }).click();
    // accepting is confirmed first, naming what will be accepted
    const confirm = await openedDialog();
    await confirm.getByText(/将受理以下 1 件.*（测试职工）/).waitFor();
    expect(await driver.status(id)).toBe('SUBMITTED');
    await confirm.getByRole('button', { name: '确定' }).click();
    await page
      .getByRole('dialog')
      .getByText(/（测试职工）：成功/)
      .waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    expect(await driver.status(id)).toBe('ACCEPTED');

    // assignment to a colleague, then keyboard triage: the current row moves with j/k and Enter opens it
    await page.goto(`${origin}/console/queue?status=ACCEPTED&type=MEDICAL`);
    await page
      .getByRole('row', { name: /测试职工/ })
      .getByRole('checkbox')
      .check();
    const [head] = await app.sql<{ id: string; name: string }>(`select id::text, name from app_user where phone = ?`, [
      PHONES.lanshanStreetHead,
    ]);
    await page.getByLabel('分派给…').click();
    await page.getByTitle(head.name).click();
    await page
      .getByRole('dialog')
      .getByText(/（测试职工）：成功/)
      .waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    expect(
      (await app.sql<{ assigned: string }>(`select assigned_to_id::text as assigned from aid_case where id = ?`, [id]))[0].assigned,
    ).toBe(head.id);
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/console/cases/${id}`);
    await page.getByTestId('case-status').getByText('已受理').waitFor();
    await act('开始调查核实');
    await page.getByTestId('case-status').getByText('调查核实').waitFor();
    await act('提出帮扶方案', () => page.getByLabel('金额（元）').fill('1200'));
    await page.getByTestId('case-status').getByText('待审批').waitFor();
    await capture('case');
    expect(await driver.status(id)).toBe('PROPOSED');

    // the head approves; the notice runs its course
    await signInAs(PHONES.lanshanStreetHead);
    await page.goto(`${origin}/console/cases/${id}`);
    await act('批准');
    await page.getByTestId('case-status').getByText('公示中').waitFor();
    await driver.endNotices();

    // staff pay with a generated payment reference
    await signInAs(PHONES.lanshanStreetStaff);
    await page.goto(`${origin}/console/cases/${id}`);
    await page.getByTestId('case-status').getByText('待发放').waitFor();
    await act('发放');
    await page.getByTestId('case-status').getByText('已发放').waitFor();
    expect(Number((await app.sql<{ n: string }>(`select count(*) n from disbursement where case_id = ?`, [id]))[0].n)).toBe(1);

    // the district union: from its rollup down to the station, where the payment shows
    await signInAs(PHONES.lanshanAdmin);
    const district = await app.unitIdByCode('LY-LS');
    await page.goto(`${origin}/console/dashboard?unit=${district}`);
    await page.getByRole('heading', { name: /统计分析 · 兰山区/ }).waitFor();
    await capture('dashboard');
    // a click on the street's bar in the children chart drills down to it (the table's link does the same)
    const childrenChart = page.getByRole('img', { name: /^兰山街道职工服务中心 ¥/ });
    await childrenChart.scrollIntoViewIfNeeded();
    const canvasBox = (await childrenChart.locator('canvas').boundingBox())!;
    const bar = (await page.evaluate(`(() => {
      const canvas = document.querySelector('[role=img][aria-label^="兰山街道职工服务中心 ¥"] canvas');
      const context = canvas.getContext('2d');
      const { width, height } = canvas;
      const pixels = context.getImageData(0, 0, width, height).data;
      for (let y = height - 1; y >= 0; y -= 2)
        for (let x = 0; x < width; x += 2) {
          const at = (y * width + x) * 4;
          if (pixels[at] === 22 && pixels[at + 1] === 119 && pixels[at + 2] === 255)
            return { x: (x * canvas.clientWidth) / width, y: (y * canvas.clientHeight) / height - 3 };
        }
      return null;
    })()`)) as { x: number; y: number } | null;
    expect(bar).not.toBeNull();
    await page.mouse.click(canvasBox.x + bar!.x, canvasBox.y + bar!.y);
    await page.getByRole('heading', { name: /统计分析 · 兰山街道职工服务中心/ }).waitFor();
    // the unit picker names the unit drilled down to, not a blank
    await page.locator('.console-header').getByText('兰山街道职工服务中心', { exact: true }).waitFor();
    const paid = page.locator('.ant-statistic').filter({ hasText: '发放金额' });
    expect(await paid.textContent()).toContain('¥1,200.00');
    // the street is paid from the district's fund: it holds none, which is said rather than ¥0.00
    expect(await page.locator('.ant-statistic').filter({ hasText: '资金余额' }).textContent()).toContain('无专户');
    // the trend has every month of the year so far, the quiet ones at zero
    const year = new Date().toLocaleString('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' });
    await page.getByRole('img', { name: new RegExp(`^${year}-01: \\d+ / \\d+ / ¥`) }).waitFor();
    await page
      .getByRole('navigation', { name: 'breadcrumb' })
      .getByRole('link', { name: /兰山区/ })
      .click();
    await page.getByRole('heading', { name: /统计分析 · 兰山区/ }).waitFor();

    // the ledger of the district fund and its export, built by the worker
    const worker = spawnWorker(app);
    try {
      await page.goto(`${origin}/console/funds?unit=${district}`);
      await page.getByRole('cell', { name: '帮扶发放' }).first().waitFor();
      await capture('ledger');
      await page.getByRole('button', { name: '导出 Excel' }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: '下载' }).click({ timeout: 30_000 });
      const file = await readFile((await (await download).path())!);
      expect(file.subarray(0, 2).toString()).toBe('PK');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
      const cells = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
      expect(cells.some((cell) => cell.includes('1200') || cell.includes('1,200'))).toBe(true);
    } finally {
      await stopProcess(worker);
    }

    expect(checks.findings).toEqual([]);
  }, 240_000);

  it('registers a hotline call for a worker on file and a walk-in without a file, each straight into the queue', async () => {
    checks.reset();
    await signInAs(PHONES.lanshanStreetStaff);
    await page.getByRole('button', { name: '接待登记' }).click();
    await page.getByRole('heading', { name: '接待登记' }).waitFor();
    await page.getByRole('radio', { name: '12351 热线' }).check();
    await page.getByLabel('类型').click();
    await page.getByTitle('法律援助').click();
    await page.getByLabel('困难职工档案').fill('孙大伟');
    await page.getByTitle(/^孙大伟 · /).click();
    await page.getByLabel('事由').fill('来电反映企业拖欠工资三个月');
    await capture('desk');
    await page.getByRole('button', { name: '登记并提交' }).click();
    await page.waitForURL(/\/console\/cases\/\d+$/);
    const hotline = page.url().split('/').pop();
    expect(await app.sql(`select channel, status, type, file_id is not null as on_file from aid_case where id = ?`, [hotline])).toEqual([
      { channel: 'HOTLINE', status: 'SUBMITTED', type: 'LEGAL_AID', on_file: true },
    ]);
    // handed to the unit head from the case page
    await act('分派', async () => {
      await page.getByRole('dialog').getByLabel('分派给').click();
      await page.getByTitle('刘芳').click();
    });
    expect(await app.sql(`select u.phone from aid_case c join app_user u on u.id = c.assigned_to_id where c.id = ?`, [hotline])).toEqual([
      { phone: PHONES.lanshanStreetHead },
    ]);

    await page.goto(`${origin}/console/cases/new`);
    await page.getByRole('checkbox', { name: '尚未建档（只登记姓名）' }).check();
    await page.getByLabel('类型').click();
    await page.getByTitle('自然灾害救助').click();
    await page.getByLabel('申请人').fill('钱小燕');
    await page.getByLabel('事由').fill('暴雨致房屋进水');
    await page.getByLabel('申请金额（元）').fill('1500');
    await page.getByRole('button', { name: '登记并提交' }).click();
    await page.waitForURL(/\/console\/cases\/\d+$/);
    const walkIn = page.url().split('/').pop();
    expect(
      await app.sql(`select channel, status, applicant_name, requested_amount_fen::int as fen, file_id from aid_case where id = ?`, [
        walkIn,
      ]),
    ).toEqual([{ channel: 'WALK_IN', status: 'SUBMITTED', applicant_name: '钱小燕', fen: 150_000, file_id: null }]);

    // returned for a missing item, the desk sends it again for the person who came in
    await driver.ok('return', driver.actors.streetHead, walkIn!);
    await page.reload();
    await act('补齐后重新提交', () => page.getByRole('dialog').getByLabel('备注').fill('已补交受灾证明'));
    expect(await driver.status(walkIn!)).toBe('SUBMITTED');
    expect(checks.findings).toEqual([]);
  }, 120_000);

  it("shows the applicant's answers as fields and opens a file for an applicant without one, pre-filled from them", async () => {
    checks.reset();
    const { caseId, token, idNumber } = await driver.applicationWithoutFile(
      { phone: '13712345678', name: '周建华' },
      {
        type: 'LIVING',
        title: '生活救助申请',
        description: '爱人长期患病，家中只有我一人工作',
        requestedAmountFen: 200_000,
        answers: { causes: ['ILLNESS', 'LOW_INCOME'], householdSize: 4, monthlyIncomeFen: 318_765 },
      },
    );

    await signInAs(PHONES.lanshanStreetStaff);
    await page.goto(`${origin}/console/cases/${caseId}`);
    await page.getByText('申请人填写').waitFor();
    await page.getByText('患病、收入低').waitFor();
    await page.getByText('4 人').waitFor();
    await page.getByText('¥3,187.65').waitFor();
    await capture('case-answers');
    await page.getByRole('button', { name: '为申请人建档' }).click();
    await page.waitForURL(/\/console\/files\/new\?fromCase=/);
    await page
      .getByTestId('from-case-hint')
      .getByText(/家庭 4 人，月收入 ¥3,187\.65/)
      .waitFor();
    expect(await page.getByLabel('姓名').inputValue()).toBe('周建华');
    await capture('file-from-case');
    // the station saw his ID card: the file is opened, linked to the case, and the case page shows it
    await page.getByLabel('身份证号', { exact: true }).first().fill(idNumber);
    await page.getByRole('checkbox', { name: /核验/ }).check();
    await page.getByRole('button', { name: '确定' }).click();
    await page.waitForURL(new RegExp(`/console/cases/${caseId}$`));
    await page.getByText('已关联困难职工档案，可以继续办理').waitFor();
    await page.getByText(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`).waitFor();
    await capture('case-file-linked');
    // and the case goes on to money paid and confirmed by the worker with the code to his phone
    await driver.advance(caseId, token, 'LIVING', 'SUBMITTED', 'RECEIVED', 150_000);
    expect(await driver.status(caseId)).toBe('RECEIVED');
    expect(checks.findings).toEqual([]);
  }, 120_000);

  it('links the file an applicant already has, found by the full ID number, and the case goes on to money received', async () => {
    checks.reset();
    const { caseId, token, idNumber } = await driver.applicationWithoutFile(
      { phone: '13712345679', name: '孙丽' },
      { type: 'MEDICAL', title: '医疗救助申请', requestedAmountFen: 300_000 },
    );
    // her file was opened at the counter on another day
    await app.gql(
      `mutation($input: HardshipFileInput!) { createHardshipFile(input: $input) { id } }`,
      { input: FILE_INPUT(driver.street, idNumber, { personName: '孙丽', members: [] }) },
      { token: driver.actors.streetStaff },
    );

    await signInAs(PHONES.lanshanStreetStaff);
    await page.goto(`${origin}/console/cases/${caseId}`);
    await page.getByText('尚未建档').waitFor();
    await page.getByRole('button', { name: '关联已有档案' }).click();
    const dialog = await openedDialog();
    await dialog.getByLabel('身份证号').fill(idNumber);
    await dialog.getByRole('button', { name: '查找' }).click();
    await dialog.getByText('孙丽').waitFor();
    await capture('case-link-file');
    await dialog.getByRole('button', { name: '关联此档案' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByText('尚未建档').waitFor({ state: 'detached' });
    expect(
      (await app.sql<{ linked: boolean }>(`select file_id is not null as linked from aid_case where id = ?`, [caseId]))[0].linked,
    ).toBe(true);
    await driver.advance(caseId, token, 'MEDICAL', 'SUBMITTED', 'RECEIVED', 200_000);
    expect(await driver.status(caseId)).toBe('RECEIVED');
    expect(checks.findings).toEqual([]);
  }, 120_000);

  it('warns of the limit at proposal, escalates with the proposal, and the district approves it as it came; paid and received', async () => {
    checks.reset();
    const { id, applicant } = await driver.caseAt('UNDER_REVIEW', 'LIVING');

    // the station proposes more than it may approve: the form says so while the amount is typed
    await signInAs(PHONES.lanshanStreetStaff);
    await page.goto(`${origin}/console/cases/${id}`);
    await page.getByRole('button', { name: '提出帮扶方案', exact: true }).click();
    const dialog = await openedDialog();
    await dialog.getByLabel('金额（元）').fill('3000');
    await dialog.getByText(/超出本单位审批权限 ¥[\d.,]+：批准前需报上一级工会/).waitFor();
    await capture('propose-over-limit');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // the head is told why she cannot approve it, and sends it up
    await signInAs(PHONES.lanshanStreetHead);
    await page.goto(`${origin}/console/cases/${id}`);
    await page
      .getByTestId('approval-hint')
      .getByText(/超过本单位审批权限.*请报上一级工会/)
      .waitFor();
    await capture('case-over-limit-hint');
    await act('报上一级工会', () => page.getByRole('dialog').getByLabel('原因').fill('超出街道审批权限'));
    expect(await driver.status(id)).toBe('PROPOSED');

    // the district sees the street's proposal and investigation and approves it without starting again
    await signInAs(PHONES.lanshanAdmin);
    await page.goto(`${origin}/console/cases/${id}`);
    await page.getByTestId('case-status').getByText('待审批').waitFor();
    await page.getByText('¥3,000.00').first().waitFor();
    await capture('case-escalated');
    await act('批准');
    await page.getByTestId('case-status').getByText('公示中').waitFor();
    await driver.endNotices();
    // paid by a second person at the district (the approver does not pay)
    const created = await app.gql(
      `mutation($unit: ID!) { createStaffAccount(input: { phone: "13855550003", name: "区中心出纳", password: "district-cashier", unitId: $unit, role: STATION_STAFF }) { id } }`,
      { unit: await app.unitIdByCode('LY-LS') },
      { token: await app.loginAs(PHONES.sysadmin) },
    );
    await app.approveRoles(created.data!.createStaffAccount.id);
    await driver.ok('disburse', await app.loginAs('13855550003', 'district-cashier'), id);
    await driver.ok('confirmReceipt', applicant.token, id);
    expect(await driver.status(id)).toBe('RECEIVED');
    expect(checks.findings).toEqual([]);
  }, 120_000);

  it('opens a file, reveals its ID number with a logged view, edits it, and cancels it with a reason', async () => {
    checks.reset();
    const idNumber = newIdNumber();
    await signInAs(PHONES.lanshanStreetStaff);
    await page.goto(`${origin}/console/files/new`);
    await page.getByLabel('姓名', { exact: true }).first().fill('赵建国');
    await page.getByLabel('身份证号', { exact: true }).first().fill(idNumber);
    await page.getByLabel('致困原因').click();
    await page.getByTitle('患病').click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '添加家庭成员' }).click();
    await page.getByLabel('姓名', { exact: true }).nth(1).fill('赵建国');
    await page.getByLabel('关系').fill('本人');
    await page.getByLabel('月收入').fill('1800');
    await page.getByRole('button', { name: '确定' }).click();
    await page.getByRole('heading', { name: '赵建国' }).waitFor();
    const masked = await page.getByTestId('id-number').textContent();
    expect(masked).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    // opened without ticking the ID-card check, so its holder is not yet verified for payments
    await page.getByText('尚未实名核验').waitFor();
    await capture('file');

    // a reveal states its reason, which the audit log keeps with it
    await page.getByRole('button', { name: '查看完整号码' }).click();
    const asked = await openedDialog();
    await asked.getByText(/本次查看将连同原因记录/).waitFor();
    await asked.getByRole('button', { name: '查看完整号码' }).click();
    await asked.getByText('请说明查看原因（2–200 字）').waitFor();
    await capture('file-reveal-reason');
    await asked.getByLabel('查看原因').fill('核对银行卡户名');
    await asked.getByRole('button', { name: '查看完整号码' }).click();
    await page.getByTestId('id-number').getByText(idNumber).waitFor();
    const fileId = new URL(page.url()).pathname.split('/').pop()!;
    const reveals = (action: string) =>
      app.sql<{ after: unknown }>(`select after from audit_event where action = ? and entity_id = ? order by id`, [action, fileId]);
    expect(await reveals('file.revealIdNumber')).toEqual([{ after: { reason: '核对银行卡户名' } }]);

    // editing (动态管理): the full numbers shown for a stated reason, the form filled in, one change saved
    await page.getByRole('button', { name: '编辑档案' }).click();
    const editing = await openedDialog();
    await editing.getByText('编辑档案需要显示完整身份证号').waitFor();
    await editing.getByLabel('查看原因').fill('修改档案信息');
    await editing.getByRole('button', { name: '查看完整号码' }).click();
    await expect.poll(() => page.getByLabel('身份证号', { exact: true }).first().inputValue()).toBe(idNumber);
    await page.getByLabel('住房情况').fill('租住 40 平米');
    await page.getByRole('button', { name: '确定' }).click();
    await page.getByText('租住 40 平米').waitFor();
    expect(await app.sql(`select 1 from audit_event where action = 'file.update' and entity_id = ?`, [fileId])).toHaveLength(1);
    // the household came back through the form unchanged
    expect(await page.getByRole('row', { name: /本人/ }).textContent()).toContain('¥1,800.00');

    await page.goto(`${origin}/console/files?q=${encodeURIComponent('赵建国')}`);
    await page.getByRole('link', { name: '赵建国' }).waitFor();
    await capture('files');
    await page.getByRole('link', { name: '赵建国' }).click();
    await page.getByRole('button', { name: '注销档案' }).click();
    const dialog = await openedDialog();
    await dialog.getByLabel('原因').click();
    await page.getByTitle('已脱困').click();
    await dialog.getByRole('button', { name: '确定' }).click();
    await page.getByTestId('file-status').getByText('已注销').waitFor();
    expect(checks.findings).toEqual([]);
  }, 120_000);

  it("verifies a worker's account at the counter from the phone they give and the ID card in hand", async () => {
    checks.reset();
    const applicant = await driver.newApplicant();
    const phone = (await app.gql(`query { me { phone } }`, {}, { token: applicant.token })).data?.me.phone;
    await signInAs(PHONES.lanshanStreetStaff);
    await page.goto(`${origin}/console/files`);
    await page.getByRole('button', { name: '职工账号实名核验' }).click();
    await page.getByRole('heading', { name: '实名核验' }).waitFor();
    await page.getByLabel('职工手机号').fill(phone);
    await page.getByLabel('身份证号（照身份证原件输入）').fill(newIdNumber());
    await page.getByRole('checkbox', { name: '我已核对身份证原件与本人相符' }).check();
    await page.getByRole('button', { name: '确认核验' }).click();
    await page.getByRole('alert').getByText('没有与此手机号和身份证号相符的职工账号').waitFor();
    await page.getByLabel('身份证号（照身份证原件输入）').fill(applicant.idNumber);
    await page.getByRole('button', { name: '确认核验' }).click();
    await page
      .getByRole('status')
      .getByText(/的账号已实名核验/)
      .waitFor();
    await capture('identity-check');
    // taking a number back is for operators and union admins, not station staff
    expect(await page.getByText('身份证号被他人冒用', { exact: true }).count()).toBe(0);
    const [row] = await app.sql<{ verified: boolean }>(`select identity_verified_at is not null as verified from app_user where id = ?`, [
      applicant.userId,
    ]);
    expect(row.verified).toBe(true);
    expect(checks.findings).toEqual([]);
  }, 60_000);

  it('lets the district union take an ID number back from the account that used it, once the holder shows the card', async () => {
    checks.reset();
    const holderNumber = newIdNumber();
    const impostor = await app.registerWorker({
      phone: '13955551111',
      password: 'impostor-1',
      name: '冒用者',
      idNumber: holderNumber,
      employerUnitId: await app.unitIdByCode('LY-LS-LSJD-HS'),
    });
    await signInAs(PHONES.lanshanAdmin);
    await page.goto(`${origin}/console/files/identity`);
    await page.getByText('身份证号被他人冒用', { exact: true }).waitFor();
    const release = page.locator('.ant-card').filter({ hasText: '身份证号被他人冒用' });
    await release.getByLabel('身份证号（照身份证原件输入）').fill(holderNumber);
    await release.getByLabel('情况说明（记入审计日志）').fill('本人持身份证原件到站，号码被他人注册使用');
    await release.getByRole('checkbox', { name: '我已核对身份证原件与本人相符' }).check();
    await release.getByRole('button', { name: '释放身份证号' }).click();
    await release.getByRole('status').getByText('已从 冒用者 的账号释放该身份证号，该账号已停用。').waitFor();
    await capture('identity-release');
    const [row] = await app.sql<{ active: boolean; has_number: boolean }>(
      `select active, id_number_hash is not null as has_number from app_user where id = ?`,
      [impostor.data?.registerWorker.user.id],
    );
    expect(row).toEqual({ active: false, has_number: false });
    expect(checks.findings).toEqual([]);
  }, 60_000);

  it("shows the household's aid this year against the cap, and brings a suspended file back with a review of it alone", async () => {
    checks.reset();
    const { id, applicant } = await driver.caseAt('PUBLIC_NOTICE', 'MEDICAL', 120_000);
    // as after a campaign closed with the file unreviewed
    await app.sql(`update hardship_file set status = 'SUSPENDED' where id = ?`, [applicant.fileId]);
    await signInAs(PHONES.lanshanStreetStaff);

    await page.goto(`${origin}/console/cases/${id}`);
    await page
      .getByTestId('household-aid')
      .getByText(/^已批准 ¥1,200\.00，年度上限 ¥[\d,]+\.00$/)
      .waitFor();
    await checks.capture(page, 'case-household-aid', page.getByTestId('household-aid'));

    await page.goto(`${origin}/console/files/${applicant.fileId}`);
    await page.getByText('该档案因未按期复核已暂停，暂停期间不能获得资金救助。复核后即恢复。').waitFor();
    const medical = page.getByTestId('household-aid').getByRole('row').filter({ hasText: '医疗救助' });
    expect(await medical.textContent()).toContain('¥1,200.00');
    await checks.capture(page, 'file-household-aid', page.getByTestId('household-aid'));

    await page.getByRole('button', { name: '复核', exact: true }).click();
    const dialog = await openedDialog();
    // the visit is required
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.getByText('请回答这个问题').waitFor();
    await dialog.getByLabel('走访核实情况').fill('入户走访，妻子仍在透析，家庭收入未变');
    await capture('file-review');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('file-status').getByText('正常').waitFor();
    await page.getByText(/复核 → 正常 · 入户走访/).waitFor();
    expect((await app.sql<{ status: string }>(`select status from hardship_file where id = ?`, [applicant.fileId]))[0].status).toBe(
      'ACTIVE',
    );
    expect(checks.findings).toEqual([]);
  }, 60_000);

  it('records income once however often the button is pressed, and shows refused allocations and expenses without changing the ledger', async () => {
    checks.reset();
    const district = await app.unitIdByCode('LY-LS');
    const entryCount = async () =>
      Number(
        (
          await app.sql<{ n: string }>(
            `select count(*) n from ledger_entry e join ledger_account a on a.id = e.account_id where a.unit_id = ? and a.kind = 'FUND'`,
            [district],
          )
        )[0].n,
      );
    await signInAs(PHONES.lanshanAdmin);
    await page.goto(`${origin}/console/funds?unit=${district}`);
    await page.getByRole('button', { name: '登记收入' }).waitFor();
    const before = await entryCount();

    await page.getByRole('button', { name: '登记收入' }).click();
    let dialog = await openedDialog();
    await dialog.getByLabel('金额（元）').fill('5000');
    // a double click posts once: the form carries one idempotency key
    await dialog.getByRole('button', { name: '确定' }).dblclick();
    await dialog.waitFor({ state: 'hidden' });
    expect(await entryCount()).toBe(before + 1);

    await page.getByRole('button', { name: '向下级拨付' }).click();
    dialog = await openedDialog();
    await dialog.getByLabel('拨付给').click();
    await page.getByTitle('兰山街道职工服务中心').click();
    await dialog.getByLabel('金额（元）').fill('1000');
    await dialog.getByRole('button', { name: '确定' }).click();
    // the street center keeps no earmarked account of its own (domain.md §5): refused, in Chinese, nothing posted
    expect(await dialog.getByRole('alert').textContent()).toContain('没有帮扶资金专户');
    expect(await entryCount()).toBe(before + 1);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: '登记支出' }).click();
    dialog = await openedDialog();
    await dialog.getByLabel('支出类别').click();
    await page.getByTitle('工资').click();
    await dialog.getByLabel('金额（元）').fill('300');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').textContent()).toMatch(/[\u4e00-\u9fa5]/);
    expect(await entryCount()).toBe(before + 1);
    await capture('ledger-refused-expense');
    expect(checks.findings).toEqual([]);
  }, 120_000);

  it('opens the annual review from the city, shows progress per unit, and a station keeps one file and reclassifies another', async () => {
    checks.reset();
    const worker = spawnWorker(app);
    try {
      await signInAs(PHONES.cityAdmin);
      await page.goto(`${origin}/console/reviews`);
      await page.getByRole('button', { name: '发起年度复核' }).click();
      const dialog = await openedDialog();
      await dialog.getByRole('button', { name: '确定' }).click();
      await dialog.waitFor({ state: 'hidden' });
      // the worker creates one task per ACTIVE file in the background
      await page
        .getByTestId('review-progress')
        .getByText(/共 [1-9]\d* 份/)
        .waitFor({ timeout: 30_000 });

      await signInAs(PHONES.lanshanStreetStaff);
      await page.goto(`${origin}/console/reviews`);
      const keep = page.getByRole('button', { name: '维持' }).first();
      await keep.waitFor();
      const before = await page.getByTestId('review-progress').textContent();
      await capture('reviews');
      await keep.click();
      await page.getByTestId('review-progress').filter({ hasNotText: before! }).waitFor();
      expect(await page.getByTestId('review-progress').textContent()).toMatch(/已复核 1 份/);

      // the next file changes category: the review goes through the file's form
      await page.getByRole('button', { name: '调整类别' }).first().click();
      const reason = await openedDialog();
      // a common reason fills the field with a click
      await reason.getByText('年度复核', { exact: true }).click();
      await expect.poll(() => reason.getByLabel('查看原因').inputValue()).toBe('年度复核');
      await reason.getByRole('button', { name: '查看完整号码' }).click();
      await expect.poll(() => page.getByLabel('身份证号', { exact: true }).first().inputValue()).toMatch(/^\d{17}[\dX]$/);
      await page.getByLabel('困难类别').click();
      await page.getByTitle('深度困难').click();
      await page.getByRole('button', { name: '确定' }).click();
      await page.getByRole('heading', { level: 2 }).and(page.locator('#file-title')).waitFor();
      const reclassified = await app.sql<{ category: string }>(
        `select f.category from review_task t join hardship_file f on f.id = t.file_id where t.outcome = 'RECLASSIFY'`,
      );
      expect(reclassified).toEqual([{ category: 'DEEP' }]);

      // the city closes it; the station cannot
      expect(await page.getByRole('button', { name: '结束复核' }).count()).toBe(0);
      await signInAs(PHONES.cityAdmin);
      await page.goto(`${origin}/console/reviews`);
      await page.getByRole('button', { name: '结束复核' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '结束复核' }).click();
      await page.getByText(/已于 .+ 结束：维持 1，更新信息 0，调整类别 1，注销 0/).waitFor();
      expect(await app.sql(`select status from review_campaign`)).toEqual([{ status: 'CLOSED' }]);
      expect(checks.findings).toEqual([]);
    } finally {
      await stopProcess(worker);
    }
  }, 120_000);

  it('runs a 送温暖 campaign: the city creates it and hands quotas down, a station builds and submits its roster, the head approves, staff pay it with progress, and a worker confirms on the phone', async () => {
    checks.reset();
    const worker = spawnWorker(app);
    try {
      const households = [await driver.newApplicant(), await driver.newApplicant({ category: 'DEEP' })];
      // the roster is paid by bank (代发): every household has its own card on file
      const cipher = cipherFor(app.config);
      const withoutCard = await app.sql<{ id: string }>(`select id::text from hardship_file where payee_account_enc is null`);
      for (const [index, file] of withoutCard.entries()) {
        const card = cardNumber(800_000 + index);
        await app.sql(
          `update hardship_file set payee_bank = '中国工商银行临沂兰山支行', payee_account_enc = ?, payee_account_last4 = ?,
             payee_holder_name = person_name, payee_holder_hash = id_number_hash, payee_set_at = now() where id = ?`,
          [cipher.encrypt(card), card.slice(-4), file.id],
        );
      }
      const city = await app.unitIdByCode('LY');
      const income = await app.gql(
        `mutation($u: ID!) { recordIncome(unitId: $u, input: { source: GOVERNMENT, amount: 10000000 }) { id } }`,
        { u: city },
        { token: driver.actors.cityAdmin },
      );
      expect(income.errors).toBeUndefined();
      const split = async (child: string, count: number, yuan: number) => {
        await page.getByRole('button', { name: '分配名额' }).click();
        const dialog = await openedDialog();
        await dialog.getByLabel(`${child} 户数`).fill(String(count));
        await dialog.getByLabel(`${child} 资金`).fill(String(yuan));
        await dialog.getByRole('button', { name: '确定' }).click();
        await dialog.waitFor({ state: 'hidden' });
      };
      const campaigns = async () => {
        await page.goto(`${origin}/console/campaigns`);
        await page.getByText('名额与进度').waitFor();
      };

      // the city's union admin creates the campaign (no notice period, so it can be paid at once) and gives Lanshan its quota
      await signInAs(PHONES.cityAdmin);
      await page.goto(`${origin}/console/campaigns`);
      await page.getByRole('button', { name: '新建活动' }).click();
      const form = await openedDialog();
      await form.getByLabel('活动名称').fill('2027 年元旦春节送温暖');
      await form.getByLabel('深度困难').fill('800');
      await form.getByLabel('相对困难').fill('500');
      await form.getByLabel('最低金额').fill('300');
      await form.getByLabel('最高金额').fill('1500');
      await form.getByLabel('户数').fill('1000');
      await form.getByLabel('资金', { exact: true }).fill('600000');
      await form.getByLabel('公示天数').fill('0');
      await capture('campaign-create');
      await form.getByRole('button', { name: '确定' }).click();
      await form.waitFor({ state: 'hidden' });
      await split('兰山区总工会困难职工帮扶中心', 200, 120000);
      await page.getByRole('row', { name: /兰山区总工会困难职工帮扶中心 200 户/ }).waitFor();

      // the district hands its quota on to the street center
      await signInAs(PHONES.lanshanAdmin);
      await campaigns();
      await split('兰山街道职工服务中心', 100, 60000);
      await capture('campaign-quotas');

      // the street's staff build the roster in the background, take one household off with a reason, and submit
      await signInAs(PHONES.lanshanStreetStaff);
      await campaigns();
      await page.getByRole('button', { name: '生成花名册' }).click();
      await page.getByRole('button', { name: '上报审批' }).waitFor({ timeout: 30_000 });
      const [first] = await app.sql<{ person_name: string; n: number }>(
        `select f.person_name, (select count(*)::int from roster_entry where removed_at is null) as n
         from roster_entry e join hardship_file f on f.id = e.file_id order by e.id limit 1`,
      );
      expect(first.n).toBeGreaterThan(2);
      await page.getByTestId('roster-lines').getByRole('row').nth(1).getByRole('checkbox').check();
      await page.getByRole('button', { name: '移除所选（1）' }).click();
      const removing = await openedDialog();
      await removing.getByLabel('理由').fill('已在企业领取慰问金');
      await removing.getByRole('button', { name: '确定' }).click();
      await removing.waitFor({ state: 'hidden' });
      await page
        .getByTestId('roster-usage')
        .getByText(`${first.n - 1} 户`)
        .waitFor();
      await capture('campaign-roster');
      await page.getByRole('button', { name: '上报审批' }).click();
      await page.getByText('待审批', { exact: true }).waitFor();

      // the head, who neither built nor submitted it, approves: every line becomes a case
      await signInAs(PHONES.lanshanStreetHead);
      await campaigns();
      await page.getByRole('button', { name: '审批通过' }).click();
      await page.getByRole('button', { name: '批量发放' }).waitFor();

      // staff pay it in one batch and follow the job's progress
      await signInAs(PHONES.lanshanStreetStaff);
      await campaigns();
      await page.getByRole('button', { name: '批量发放' }).click();
      await page
        .getByTestId('payout-progress')
        .getByText(/已发放 \d+ 户/)
        .waitFor({ timeout: 30_000 });
      // the campaign's figures follow: rostered, approved and paid households of the street
      const lines = first.n - 1;
      await page
        .getByRole('row', { name: new RegExp(`兰山街道职工服务中心 .* ${lines} 户 · ¥[\\d,.]+ ${lines} ${lines} 户 · ¥`) })
        .waitFor();
      await capture('campaign-paid');
      const paid = await app.sql<{ n: number }>(
        `select count(*)::int as n from aid_case where campaign_id is not null and status = 'DISBURSED'`,
      );
      expect(paid[0].n).toBeGreaterThanOrEqual(households.length);

      // the city's finance sends the payments to the bank in one batch, its head approves, and the bank's return says
      // they arrived
      const desk = new BankDesk(app, 'worker');
      const cityFinance = await app.loginAs(PHONES.cityFinance);
      const batch = (await desk.createBatch(city, cityFinance)).data!.r;
      expect((await desk.approve(batch.id, driver.actors.cityAdmin)).data?.r.status).toBe('APPROVED');
      const sent = iconv
        .decode(await desk.exportFile(batch.id, cityFinance), 'gb18030')
        .split('\r\n')
        .slice(1, -2);
      const arrived = await desk.importReturn(
        batch.id,
        returnFile(
          sent
            .map((row) => row.split(','))
            .map(([reference, lineNo, account, name, , amount]) => ({ reference, lineNo, account, name, amount, outcome: '成功' })),
        ),
        cityFinance,
      );
      expect(arrived.report).toMatchObject({ arrived: sent.length, refused: [] });

      // a worker on the roster sees the aid on the phone and confirms it with a code to her own phone
      const phone = await (await phoneContext(browser)).newPage();
      const household = households[1];
      await phone.goto(`${origin}/login`);
      await phone.getByLabel('手机号').fill(household.phone);
      await phone.getByLabel('密码').fill('Bangfu@2026');
      await phone.getByRole('button', { name: '登录' }).click();
      await phone.getByText('2027 年元旦春节送温暖').first().click();
      await phone.getByTestId('campaign-line').getByText('您已列入“2027 年元旦春节送温暖”（送温暖）花名册，金额 ¥800.00。').waitFor();
      await app.minutePassed(household.phone);
      await phone.getByRole('button', { name: '获取验证码' }).click();
      await phone.getByRole('status').filter({ hasText: '验证码已发送' }).waitFor();
      await phone.getByLabel('短信验证码').fill(await app.smsCodeFor(household.phone));
      await checks.capture(phone, 'campaign-worker');
      await phone.getByRole('button', { name: '我已本人收到' }).click();
      await phone.getByText('已确认收到').first().waitFor();
      const [received] = await app.sql<{ status: string }>(
        `select c.status from aid_case c where c.campaign_id is not null and c.applicant_user_id = ?`,
        [household.userId],
      );
      expect(received.status).toBe('RECEIVED');
      expect(checks.findings).toEqual([]);
    } finally {
      await stopProcess(worker);
    }
  }, 180_000);

  it("sends bank payments to the bank in a batch, imports the bank's return with one failure, and the worker sees the failure and, after the station fixes the card, the arrival", async () => {
    checks.reset();
    const worker = spawnWorker(app);
    try {
      // two households ready to be paid by the street, each with a card on file, paid by bank from the district fund
      const desk = new BankDesk(app, 'worker');
      const paid: { id: string; applicant: Awaited<ReturnType<CaseDriver['newApplicant']>> }[] = [];
      for (const seed of [510_001, 510_002]) {
        const ready = await driver.caseAt('READY_TO_PAY', 'LIVING', 66_600);
        expect(
          (await desk.setPayee(ready.applicant.fileId, driver.actors.streetStaff, { accountNumber: cardNumber(seed) })).errors,
        ).toBeUndefined();
        const bank = await driver.act('disburse', driver.actors.streetStaff, ready.id, {
          input: { method: 'BANK_TRANSFER', idempotencyKey: newPaymentKey() },
        });
        expect(bank.errors).toBeUndefined();
        paid.push(ready);
      }
      const [arrives, fails] = paid;

      // the district's finance draws the batch up; 张明 approves it (not the one who drew it up)
      await signInAs(PHONES.lanshanFinance);
      await page.goto(`${origin}/console/funds/payouts`);
      await page
        .getByTestId('in-transit')
        .getByText(/笔等待银行回盘/)
        .waitFor();
      await page.getByRole('button', { name: '编制代发批次' }).click();
      const batchCard = page.getByTestId('payout-batch');
      await batchCard.getByText('待审批').waitFor();
      await capture('payouts-batch');
      expect(await batchCard.getByRole('button', { name: '审批通过' }).count()).toBe(0);
      const [{ id: batchId }] = await app.sql<{ id: string }>(`select id::text from payout_batch order by id desc limit 1`);
      await signInAs(PHONES.lanshanAdmin);
      await page.goto(`${origin}/console/funds/payouts`);
      await batchCard.getByRole('button', { name: '审批通过' }).click();
      await batchCard.getByText('已审批', { exact: true }).waitFor();

      // finance exports the bank's file (GB18030 CSV) and, when the bank answers, imports its return
      await signInAs(PHONES.lanshanFinance);
      await page.goto(`${origin}/console/funds/payouts`);
      await batchCard.getByRole('button', { name: '导出代发文件（CSV）' }).click();
      await batchCard.getByRole('button', { name: '下载' }).waitFor({ timeout: 30_000 });
      const [exported] = await app.sql<{ file_path: string }>(
        `select file_path from job where name = 'exportPayoutBatch' and params ->> 'batchId' = ? order by id desc limit 1`,
        [batchId],
      );
      const lines = iconv
        .decode(await readFile(exported.file_path), 'gb18030')
        .split('\r\n')
        .slice(1, -2)
        .map((row) => row.split(','));
      const caseOfLine = async (lineNo: string) =>
        (
          await app.sql<{ case_id: string }>(
            `select d.case_id::text from payout_batch_line l join disbursement d on d.id = l.disbursement_id where l.batch_id = ? and l.line_no = ?`,
            [batchId, Number(lineNo)],
          )
        )[0].case_id;
      const answers = [];
      for (const [reference, lineNo, account, name, , amount] of lines) {
        const failing = (await caseOfLine(lineNo)) === fails.id;
        answers.push({
          reference,
          lineNo,
          account,
          name,
          amount,
          outcome: failing ? '失败' : '成功',
          message: failing ? '账号不存在' : '',
        });
      }
      const returnPath = join(tmpdir(), `bank-return-${batchId}.csv`);
      await writeFile(returnPath, returnFile(answers));
      await batchCard.locator('input[type=file]').setInputFiles(returnPath);
      await batchCard
        .getByTestId('return-report')
        .getByText(/到账 \d+ 笔，失败 1 笔/)
        .waitFor({ timeout: 30_000 });
      await batchCard.getByText('汇款失败：账号不存在').waitFor();
      await capture('payouts-return');

      // the worker whose transfer failed is told why and what to do
      const phone = await (await phoneContext(browser)).newPage();
      const openCase = async (applicant: { phone: string }, caseId: string) => {
        await phone.evaluate('localStorage.clear()').catch(() => undefined);
        await phone.goto(`${origin}/login`);
        await phone.getByLabel('手机号').fill(applicant.phone);
        await phone.getByLabel('密码').fill('Bangfu@2026');
        await phone.getByRole('button', { name: '登录' }).click();
        await phone.getByTestId('case-item').first().waitFor();
        await phone.goto(`${origin}/cases/${caseId}`);
      };
      await openCase(fails.applicant, fails.id);
      await phone
        .getByTestId('payment-line')
        .getByText(/汇款失败：账号不存在。请带本人银行卡到/)
        .waitFor();
      await checks.capture(phone, 'payout-worker-failed');

      // the station records the right card on the file and pays again; the bank says it arrived
      await signInAs(PHONES.lanshanStreetStaff);
      await page.goto(`${origin}/console/files/${fails.applicant.fileId}`);
      await page.getByTestId('payee-account').getByRole('button', { name: '更改收款账户' }).click();
      const payee = await openedDialog();
      await payee.getByLabel('开户银行').fill('中国建设银行临沂兰山支行');
      const fixed = cardNumber(510_099);
      await payee.getByLabel('卡号').fill(fixed);
      await payee.getByRole('button', { name: '确定' }).click();
      await payee.waitFor({ state: 'hidden' });
      await page
        .getByTestId('payee-account')
        .getByText(`**** **** **** ${fixed.slice(-4)}`)
        .waitFor();
      await capture('payouts-payee');
      await page.goto(`${origin}/console/cases/${fails.id}`);
      await page.getByTestId('case-status').getByText('待发放').waitFor();
      await act('发放');
      await page.getByTestId('case-status').getByText('已发放').waitFor();
      const districtFinance = await app.loginAs(PHONES.lanshanFinance);
      const again = (await desk.createBatch(await app.unitIdByCode('LY-LS'), districtFinance)).data!.r;
      await desk.approve(again.id, driver.actors.districtAdmin);
      const [line] = iconv
        .decode(await desk.exportFile(again.id, districtFinance), 'gb18030')
        .split('\r\n')
        .slice(1, -2)
        .map((row) => row.split(','));
      expect(line[2]).toBe(fixed);
      const arrival = await desk.importReturn(
        again.id,
        returnFile([{ reference: line[0], lineNo: line[1], account: line[2], name: line[3], amount: line[5], outcome: '成功' }]),
        districtFinance,
      );
      expect(arrival.report).toMatchObject({ arrived: 1, refused: [] });

      // now the worker sees it arrived and confirms it with a code to her own phone
      await openCase(fails.applicant, fails.id);
      await phone
        .getByTestId('payment-line')
        .getByText(/已到账：帮扶款 ¥666.00 已到您尾号/)
        .waitFor();
      await app.minutePassed(fails.applicant.phone);
      await phone.getByRole('button', { name: '获取验证码' }).click();
      await phone.getByRole('status').filter({ hasText: '验证码已发送' }).waitFor();
      await phone.getByLabel('短信验证码').fill(await app.smsCodeFor(fails.applicant.phone));
      await checks.capture(phone, 'payout-worker-arrived');
      await phone.getByRole('button', { name: '我已本人收到' }).click();
      await phone.getByText('已确认收到').first().waitFor();
      expect(await driver.status(fails.id)).toBe('RECEIVED');
      expect(await driver.status(arrives.id)).toBe('DISBURSED');
      expect(checks.findings).toEqual([]);
    } finally {
      await stopProcess(worker);
    }
  }, 180_000);

  it('lets the operator add a unit under a district, give it an account with roles a second operator approves, revoke one, give it a fund and move it', async () => {
    checks.reset();
    await signInAs(PHONES.sysadmin, '单位与账号');
    const district = await app.unitIdByCode('LY-LS');
    await page.goto(`${origin}/console/units?node=${district}`);
    await page.getByRole('button', { name: '新建下级单位' }).click();
    let dialog = await openedDialog();
    await dialog.getByLabel('单位编码').fill('LY-LS-XC');
    await dialog.getByLabel('姓名').fill('兰山区新村街道职工服务中心');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const [created] = await app.sql<{ id: string; level: string }>(`select id::text, level from unit where code = 'LY-LS-XC'`);
    expect(created.level).toBe('STREET');

    await page.goto(`${origin}/console/units?node=${created.id}`);
    await page.getByRole('button', { name: '新建账号' }).click();
    dialog = await openedDialog();
    await dialog.getByLabel('姓名').fill('周敏');
    await dialog.getByLabel('手机号').fill('13800000099');
    await dialog.getByLabel('初始密码（至少 8 位）').fill('Station@2026');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const grants = () =>
      app.sql<{ role: string }>(
        `select g.role from role_grant g join app_user u on u.id = g.user_id where u.phone = '13800000099' and g.unit_id = ? and g.revoked_at is null order by g.role`,
        [created.id],
      );
    // every role waits for a second operator (two-person rule)
    const row = page.getByRole('row', { name: /周敏/ });
    await row.getByText('站点工作人员（待批准）').waitFor();
    await row.getByText('等待另一位管理员批准').waitFor();
    await page.getByLabel('授予角色 周敏').click();
    await page.getByTitle('单位负责人').click();
    await row.getByText('单位负责人（待批准）').waitFor();
    expect(await row.getByRole('button', { name: /^批准/ }).count()).toBe(0);
    expect(await grants()).toEqual([]);

    await signInAs(PHONES.secondOperator, '单位与账号');
    await page.goto(`${origin}/console/units?node=${created.id}`);
    await page.getByRole('button', { name: '批准 站点工作人员 周敏', exact: true }).click();
    await row.getByText('站点工作人员（待批准）').waitFor({ state: 'detached' });
    await capture('units-pending-role');
    await page.getByRole('button', { name: '批准 单位负责人 周敏', exact: true }).click();
    await row.getByLabel('收回 单位负责人').waitFor();
    await capture('units');
    expect((await grants()).map((grant) => grant.role)).toEqual(['STATION_STAFF', 'UNIT_HEAD']);
    await signInAs(PHONES.sysadmin, '单位与账号');
    await page.goto(`${origin}/console/units?node=${created.id}`);
    await page.getByLabel('收回 单位负责人').click();
    await row.getByLabel('收回 单位负责人').waitFor({ state: 'detached' });
    expect((await grants()).map((grant) => grant.role)).toEqual(['STATION_STAFF']);

    // a forgotten password is reset by the operator; someone who left is disabled
    await page.getByRole('button', { name: '重置密码 周敏' }).click();
    const reset = await openedDialog();
    await reset.getByLabel('初始密码（至少 8 位）').fill('Zhoumin@2027');
    await reset.getByRole('button', { name: '确定' }).click();
    await reset.waitFor({ state: 'hidden' });
    await expect(app.loginAs('13800000099', 'Zhoumin@2027')).resolves.toBeTypeOf('string');
    await page.getByRole('button', { name: '停用 周敏' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '停用' }).click();
    await page.getByRole('row', { name: /周敏/ }).getByText('已停用').waitFor();
    expect((await app.sql<{ active: boolean }>(`select active from app_user where phone = '13800000099'`))[0].active).toBe(false);

    // the new station gets its own earmarked fund
    await page.getByRole('button', { name: '编辑', exact: true }).click();
    const edit = await openedDialog();
    await edit.getByRole('checkbox', { name: '设有帮扶资金专户' }).check();
    await edit.getByRole('button', { name: '确定' }).click();
    await edit.waitFor({ state: 'hidden' });
    expect((await app.sql<{ holds_fund: boolean }>(`select holds_fund from unit where id = ?`, [created.id]))[0].holds_fund).toBe(true);

    // and is re-assigned to another district
    await page.getByRole('button', { name: '调整隶属' }).click();
    const move = await openedDialog();
    await move.getByLabel('新的上级单位').fill('罗庄');
    await page.getByTitle(/^罗庄区.*区县工会$/).click();
    await move.getByRole('button', { name: '确定' }).click();
    await move.waitFor({ state: 'hidden' });
    expect(
      (await app.sql<{ code: string }>(`select p.code from unit u join unit p on p.id = u.parent_id where u.id = ?`, [created.id]))[0].code,
    ).toBe('LY-LZ');
    expect(checks.findings).toEqual([]);
  }, 120_000);

  it('lets a staff member change their own password from the header', async () => {
    checks.reset();
    const operator = await app.loginAs(PHONES.sysadmin);
    const created = await app.gql(
      `mutation($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
      {
        input: {
          phone: '13800000098',
          name: '吴婷',
          password: 'Bangfu@2026',
          unitId: await app.unitIdByCode('LY-LS-LSJD'),
          role: 'STATION_STAFF',
        },
      },
      { token: operator },
    );
    expect(created.errors).toBeUndefined();
    await app.approveRoles(created.data?.createStaffAccount.id);
    await signInAs('13800000098');
    await page.getByRole('button', { name: '吴婷' }).click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    const dialog = await openedDialog();
    await dialog.getByLabel('当前密码').fill('Bangfu@2026');
    await dialog.getByLabel('新密码（至少 8 位）').fill('Wuting@2027');
    await dialog.getByLabel('再次输入新密码').fill('Wuting@2027');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(app.loginAs('13800000098', 'Wuting@2027')).resolves.toBeTypeOf('string');
    await expect(app.loginAs('13800000098', 'Bangfu@2026')).rejects.toThrow();
    expect(checks.findings).toEqual([]);
  }, 120_000);

  it("lets the operator enter next year's holidays from the published notice, and shows station staff the calendar read-only", async () => {
    checks.reset();
    const nextYear = Number(new Date().toLocaleString('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' })) + 1;
    await signInAs(PHONES.sysadmin, '单位与账号');
    await page.goto(`${origin}/console/rules/calendar`);
    await page.getByRole('tab', { name: /工作日历/, selected: true }).waitFor();
    await page.getByLabel('年度').click();
    await page.getByTitle(String(nextYear)).click();
    await page.getByText(`${nextYear} 年尚未录入，暂按周一至周五计算`).waitFor();
    await page.getByRole('button', { name: '编辑本年度' }).click();
    for (const day of [`${nextYear}-01-01`, `${nextYear}-01-02`]) {
      await page.getByLabel('日期').fill(day);
      await page.getByLabel('名称').fill('元旦');
      await page.getByRole('button', { name: '加入' }).click();
      await page.getByRole('cell', { name: day, exact: true }).waitFor();
    }
    await page.getByRole('button', { name: '保存本年度' }).click();
    await page.getByRole('button', { name: '编辑本年度' }).waitFor();
    await capture('calendar');
    const saved = await app.sql<{ day: string; working: boolean; name: string }>(
      `select to_char(day, 'YYYY-MM-DD') as day, working, name from work_calendar_day where extract(year from day) = ? order by day`,
      [nextYear],
    );
    expect(saved).toEqual([
      { day: `${nextYear}-01-01`, working: false, name: '元旦' },
      { day: `${nextYear}-01-02`, working: false, name: '元旦' },
    ]);
    expect(await app.sql(`select 1 from audit_event where action = 'workCalendar.set' and entity_id = ?`, [String(nextYear)])).toHaveLength(
      1,
    );

    await signInAs(PHONES.lanshanStreetStaff);
    await page.goto(`${origin}/console/rules`);
    await page.getByRole('tab', { name: /工作日历/ }).click();
    await page.getByLabel('年度').click();
    await page.getByTitle(String(nextYear)).click();
    await page.getByRole('cell', { name: `${nextYear}-01-02`, exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '编辑本年度' }).count()).toBe(0);
    expect(checks.findings).toEqual([]);
  }, 120_000);

  it("lets the district union raise a station's limit for one aid type, which the station then sees but cannot change", async () => {
    checks.reset();
    const street = await app.unitIdByCode('LY-LS-LSJD');
    await signInAs(PHONES.lanshanAdmin);
    await page.goto(`${origin}/console/rules`);
    await page.getByLabel('查看单位').click();
    await page.getByTitle('兰山街道职工服务中心').click();
    const medical = page.getByRole('row', { name: /^医疗救助/ });
    await medical.getByText('¥2,000.00').waitFor();
    await page.getByRole('button', { name: '调整 医疗救助' }).click();
    const dialog = await openedDialog();
    await dialog.getByLabel('审批限额').fill('5000');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await medical.getByText('¥5,000.00').waitFor();
    await capture('rules');
    const rows = await app.sql<{ approval_limit_fen: string; aid_type: string }>(
      `select approval_limit_fen::text, aid_type from aid_policy where unit_id = ? and aid_type is not null`,
      [street],
    );
    expect(rows).toEqual([{ approval_limit_fen: '500000', aid_type: 'MEDICAL' }]);

    await signInAs(PHONES.lanshanStreetHead);
    await page.goto(`${origin}/console/rules`);
    await page
      .getByRole('row', { name: /^医疗救助/ })
      .getByText('¥5,000.00')
      .waitFor();
    expect(await page.getByRole('button', { name: /^调整/ }).count()).toBe(0);
    expect(checks.findings).toEqual([]);
  }, 120_000);

  it('tells a worker who signs in here to use the phone app, and keeps no session', async () => {
    checks.reset();
    const openSessions = async () =>
      (
        await app.sql<{ n: number }>(
          `select count(*)::int as n from session s join app_user u on u.id = s.user_id where u.phone = ? and s.revoked_at is null`,
          [PHONES.worker],
        )
      )[0].n;
    const before = await openSessions();
    await page.evaluate("localStorage.removeItem('bangfu.console.session')");
    await page.goto(`${origin}/console/login`);
    // the plain sign-in form (no antd on the first load) still says what is wrong at the field and goes there
    await page.getByLabel('手机号').fill('1390000');
    await page.getByRole('button', { name: '登录' }).click();
    expect(await page.getByLabel('手机号').getAttribute('aria-invalid')).toBe('true');
    await page.getByText('请输入 11 位手机号').waitFor();
    expect(await page.evaluate('document.activeElement?.id')).toBe('signin-phone');
    await capture('sign-in-field-error');
    await page.getByLabel('手机号').fill(PHONES.worker);
    await page.getByLabel('密码').fill('Bangfu@2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page
      .getByRole('alert')
      .getByText(/职工账号不能在这里登录/)
      .waitFor();
    expect(await page.getByRole('menuitem').count()).toBe(0);
    expect(await page.evaluate("localStorage.getItem('bangfu.console.session')")).toBeNull();
    await expect.poll(openSessions).toBe(before);
    await capture('worker-refused');
    expect(checks.findings).toEqual([]);
  });

  it('shows the auditor the audit log of the city, narrowed to one person or one record by a click', async () => {
    checks.reset();
    const accepted = await driver.caseAt('ACCEPTED');
    const [{ case_number: caseNumber }] = await app.sql<{ case_number: string }>(`select case_number from aid_case where id = ?`, [
      accepted.id,
    ]);
    // the auditor lands on the audit log, the page of their work
    await signInAs(PHONES.cityAuditor, '审计日志');
    const total = async () => Number((await page.getByText(/^共 \d+ 条$/).textContent())!.match(/\d+/)![0]);
    await expect.poll(total).toBeGreaterThan(5);
    const all = await total();
    // sentences a union reader understands: steps in words, money in yuan, no field names or codes
    await page.locator('tbody').getByText('登记受理').first().waitFor();
    const table = (await page.locator('tbody').textContent())!;
    expect(table).not.toMatch(/amountFen|case\.[a-z]|AidCase|HardshipFile/);
    await capture('audit');
    const firstActor = page.locator('tbody tr').first().getByRole('button').first();
    const actorName = (await firstActor.textContent())!;
    await firstActor.click();
    await page.getByText(`操作人：${actorName}`).waitFor();
    await expect.poll(total).toBeLessThan(all);
    const actorCells = await page.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(new Set(actorCells)).toEqual(new Set([actorName]));
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(total).toBe(all);
    // a record is named by its case number, and a click narrows the log to that record alone
    await page
      .getByRole('button', { name: `案件 ${caseNumber}` })
      .first()
      .click();
    // (polled: while the narrowed page loads, the table is briefly empty)
    await expect
      .poll(async () => new Set(await page.locator('tbody tr td:nth-child(5)').allTextContents()))
      .toEqual(new Set([`案件 ${caseNumber}`]));
    expect(await total()).toBeLessThan(all);
    await page.getByRole('button', { name: '清除筛选' }).click();
    expect(checks.findings).toEqual([]);
  }, 120_000);

  it("opens the year's assessment, lets the district score a station from its pre-filled rubric, and refuses it the city's scores", async () => {
    checks.reset();
    const street = await app.unitIdByCode('LY-LS-LSJD');
    await signInAs(PHONES.cityAdmin);
    // no station is chosen for the union at first: its own unit is not assessed
    await page.goto(`${origin}/console/assessments`);
    await page.getByText('请选择要查看或评分的站点').waitFor();
    await page.goto(`${origin}/console/assessments?station=${street}`);
    await page.getByRole('button', { name: '开启本年度考核' }).click();
    await page.getByText(/\d{4} 年度考核已开启/).waitFor();
    await page.getByTestId('district-score').waitFor();

    await signInAs(PHONES.lanshanAdmin);
    await page.goto(`${origin}/console/assessments?station=${street}`);
    await page.getByTestId('district-score').getByText('—').waitFor();
    await page.getByRole('button', { name: '保存区级评分' }).click();
    // one click does not save: the total is shown first
    const confirm = await openedDialog();
    await confirm.getByText(/将为“兰山街道职工服务中心”保存合计 \d+ 分/).waitFor();
    await capture('assessment-confirm');
    await confirm.getByRole('button', { name: '确定' }).click();
    await page.getByTestId('district-score').getByText(/^\d+$/).waitFor();
    const [row] = await app.sql<{ district_scores: unknown }>(
      `select district_scores from assessment a join unit u on u.id = a.unit_id where u.code = 'LY-LS-LSJD'`,
    );
    expect(row.district_scores).not.toBeNull();
    await capture('assessment');
    // the district is offered only what it may do: no city scores, no demonstration decision
    for (const cityOnly of ['保存市级评分', '批准示范站', '不批准'])
      expect(await page.getByRole('button', { name: cityOnly }).count()).toBe(0);
    expect(checks.findings).toEqual([]);
  }, 120_000);

  it("signs a quarter's return off from the station to the district, shows frozen beside live once a case lands, and exports it as a PDF", async () => {
    checks.reset();
    const period = endedReportPeriods(new Date(), 'QUARTER', 1)[0];
    const periodLabel = reportPeriodName(period.key);
    await signInAs(PHONES.lanshanStreetHead);
    await page.getByRole('navigation', { name: '帮扶工作台' }).getByRole('link', { name: '统计分析' }).click();
    await page.getByRole('tab', { name: '统计上报' }).click();
    await page.getByRole('heading', { name: '统计上报' }).waitFor();
    await page.getByTestId('stat-return').getByText(`兰山街道职工服务中心 · ${periodLabel}`).waitFor();
    // the enterprise station below has not reported: the head says why as they sign
    await act('签发上报', async () => {
      await page.getByLabel(/临沂华盛机械有限公司工会帮扶站（未上报）未审核通过的原因/).fill('企业站本季度无帮扶业务');
    });
    await page.getByTestId('stat-return').getByText('待上级审核').first().waitFor();

    await signInAs(PHONES.lanshanAdmin);
    await page.goto(`${origin}/console/dashboard/returns?period=${period.key}`);
    const tree = page.getByTestId('return-completeness');
    await tree.getByRole('row', { name: /兰山街道职工服务中心.*待上级审核/ }).waitFor();
    await tree.getByRole('row', { name: /银雀山街道.*未上报/ }).waitFor();
    // a street opens to its own stations
    await tree
      .getByRole('row', { name: /兰山街道职工服务中心/ })
      .getByRole('button', { name: /展开行|Expand row/ })
      .click();
    await tree.getByRole('row', { name: /临沂华盛机械有限公司工会帮扶站.*未上报/ }).waitFor();
    await capture('returns-tree');
    await tree.getByRole('button', { name: '兰山街道职工服务中心' }).click();
    const card = page.getByTestId('stat-return');
    await card.getByText('企业站本季度无帮扶业务').waitFor();
    await card.getByRole('button', { name: '审核通过' }).click();
    await card.getByText('已审核通过').first().waitFor();
    await tree.getByRole('row', { name: /兰山街道职工服务中心.*已审核通过/ }).waitFor();

    // a case lands after the return was accepted: the frozen figures stay, the live ones move
    await driver.caseAt('SUBMITTED');
    await page.reload();
    await card.getByText(/上报后又有 \d+ 项数据发生变化/).waitFor();
    await card.getByText('已变化').first().waitFor();
    await checks.capture(page, 'return', card.getByText('已变化').first());

    const worker = spawnWorker(app);
    try {
      await card.getByRole('button', { name: '导出 PDF' }).click();
      const download = page.waitForEvent('download');
      await card.getByRole('button', { name: '下载' }).click({ timeout: 30_000 });
      const file = await readFile((await (await download).path())!);
      const text = (await pdfText(file)).replace(/\s+/g, '');
      for (const expected of ['困难职工帮扶工作统计表', `兰山街道职工服务中心${periodLabel}`, '已审核通过', '企业站本季度无帮扶业务'])
        expect(text).toContain(expected);
      await pdfFirstPagePng(file, resolve(import.meta.dirname, '../../docs/screenshots/print-stat-return.png'));
    } finally {
      await stopProcess(worker);
    }
    expect(checks.findings).toEqual([]);
  }, 240_000);

  it("prints a worker's file card from the file page and the station's notice from the notice page, as PDFs the worker renders", async () => {
    checks.reset();
    const applicant = await driver.newApplicant({ personName: '孙桂兰' });
    const noticed = await driver.caseAt('PUBLIC_NOTICE', 'LIVING', 88_800);
    const [{ applicant_name: noticedName }] = await app.sql<{ applicant_name: string }>(
      `select applicant_name from aid_case where id = ?`,
      [noticed.id],
    );
    await signInAs(PHONES.lanshanStreetStaff);
    const worker = spawnWorker(app);
    const printed = async (button: string) => {
      await page.getByRole('button', { name: button }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: '下载' }).click({ timeout: 30_000 });
      return readFile((await (await download).path())!);
    };
    try {
      await page.goto(`${origin}/console/files/${applicant.fileId}`);
      await page.getByRole('heading', { name: '孙桂兰' }).waitFor();
      const card = (await pdfText(await printed('打印档案卡'))).replace(/\s+/g, '');
      for (const expected of ['困难职工档案卡', '孙桂兰', maskIdNumber(applicant.idNumber), '兰山街道职工服务中心'])
        expect(card).toContain(expected);
      expect(card).not.toContain(applicant.idNumber);
      await capture('file-printed');

      await page.goto(`${origin}/console/notices`);
      await page.getByRole('heading', { name: /公示/ }).waitFor();
      const notice = (await pdfText(await printed('打印公示表（PDF）'))).replace(/\s+/g, '');
      expect(notice).toContain('困难职工帮扶公示');
      expect(notice).toContain(`${maskName(noticedName)}生活救助888.00`);
    } finally {
      await stopProcess(worker);
    }
    expect(checks.findings).toEqual([]);
  }, 240_000);

  it("matches a civil-affairs roll against the station's files, warns on the case, and the station resolves the match on the file", async () => {
    checks.reset();
    const onRoll = await driver.caseAt('SUBMITTED');
    await signInAs(PHONES.lanshanStreetStaff);
    const worker = spawnWorker(app);
    try {
      await page.goto(`${origin}/console/files`);
      await page.getByRole('tab', { name: '数据对接' }).click();
      await page.getByRole('heading', { name: '数据对接' }).waitFor();
      await page.getByLabel('来源').fill('兰山区民政局');
      const roll = [
        '姓名,身份证号,救助项目,金额,期间',
        `测试职工,${onRoll.applicant.idNumber},城市低保,650,2026-11`,
        '某人,123,城市低保,650,2026-11',
      ];
      await page
        .getByTestId('external-rolls')
        .locator('input[type=file]')
        .setInputFiles({ name: 'dibao.csv', mimeType: 'text/csv', buffer: iconv.encode(roll.join('\r\n'), 'gb18030') });
      await page.getByTestId('external-rolls').getByText('共 2 行，导入 1 行，退回 1 行').waitFor({ timeout: 30_000 });
      await page.getByTestId('external-matches').getByRole('cell', { name: '城市低保' }).waitFor();
      await capture('exchange');
    } finally {
      await stopProcess(worker);
    }
    await page.goto(`${origin}/console/cases/${onRoll.id}`);
    await page
      .getByTestId('case-external-matches')
      .getByText(/测试职工：兰山区民政局 城市低保 ¥650.00（2026-11）/)
      .waitFor();
    await page.getByTestId('case-external-matches').getByRole('link', { name: '到档案处理' }).click();
    const matches = page.getByTestId('file-external-matches');
    await matches.getByRole('button', { name: '计入家庭收入' }).click();
    // resolved once: the choices give way to the resolution
    await matches.getByRole('button', { name: '不属重复救助' }).waitFor({ state: 'detached' });
    await matches.getByText('计入家庭收入').waitFor();
    await capture('file-match-resolved');
    const [resolved] = await app.sql<{ resolution: string }>(`select resolution from external_match order by id desc limit 1`);
    expect(resolved.resolution).toBe('COUNTED_IN_INCOME');
    expect(checks.findings).toEqual([]);
  }, 240_000);

  it('runs every screen walked above under the content security policy, with no violation reported', async () => {
    const response = await page.goto(`${origin}/console/queue`);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    expect(cspViolations).toEqual([]);
  });
});
