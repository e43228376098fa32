import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '@bangfu/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { billPhoto, cspViolations, launchBrowser, phoneContext, screenChecks } from '../setup/browser.js';
import { CaseDriver, FILE_INPUT, newIdNumber } from '../setup/case-driver.js';
import { until } from '../setup/processes.js';
import { DEMO_PASSWORD } from '../../server/src/cli/demo-data.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

/** Width and height from a JPEG's start-of-frame segment. */
function jpegDimensions(jpeg: Buffer): { width: number; height: number } {
  for (let offset = 2; offset < jpeg.length;) {
    const marker = jpeg[offset + 1];
    if (marker >= 0xc0 && marker <= 0xc3) return { height: jpeg.readUInt16BE(offset + 5), width: jpeg.readUInt16BE(offset + 7) };
    offset += 2 + jpeg.readUInt16BE(offset + 2);
  }
  throw new Error('not a JPEG with a frame header');
}

const CLIENT_DIST = resolve(import.meta.dirname, '../../client/dist');
const PASSWORD = 'Worker@2026';

/**
 * The worker PWA end to end, on the real API serving the built app: register, apply with a draft that goes offline
 * mid-way, come back online, follow the case as staff work it, confirm receipt and rate. Every screen is captured at
 * 360×740 and checked with axe-core.
 */
describe('the worker app on a phone', () => {
  let app: TestApp;
  let driver: CaseDriver;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  const checks = screenChecks('worker', { touchTargets: true });
  const { findings, smallTargets } = checks;
  const capture = (name: string, showing?: Locator) => checks.capture(page, name, showing);
  const next = () => page.getByRole('button', { name: '下一步' }).click();
  /** The worker registered by the first test, and when her registration code was asked for. */
  let firstWorker = { phone: '', codeAskedAt: 0 };
  const caseCount = async (clientId: string) =>
    Number((await app.sql<{ n: string }>(`select count(*) n from aid_case where client_id = ?`, [clientId]))[0].n);

  beforeAll(async () => {
    if (!existsSync(join(CLIENT_DIST, 'index.html'))) throw new Error('client/dist is missing: npm test builds it first');
    app = await startTestApp({ CLIENT_DIR: CLIENT_DIST, UPLOAD_DIR: join(tmpdir(), `bangfu-e2e-uploads-${randomUUID()}`) });
    driver = await CaseDriver.create(app);
    await driver.fundDistrict();
    origin = new URL(app.url).origin;
    browser = await launchBrowser();
    context = await phoneContext(browser);
    page = await context.newPage();
  }, 120_000);

  beforeEach(() => checks.reset());

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('registers, applies through an offline spell exactly once, follows the case, confirms receipt and rates it', async () => {
    const idNumber = newIdNumber();
    const phone = `137${String(Date.now()).slice(-8)}`;
    firstWorker = { phone, codeAskedAt: Date.now() };

    // registration, arriving from a station's link that names the station
    await page.goto(`${origin}/register?unit=LY-LS-LSJD`);
    await page.getByLabel('姓名', { exact: true }).fill('王秀兰');
    await page.getByLabel('身份证号', { exact: true }).fill(idNumber);
    await page.getByLabel('手机号', { exact: true }).fill(phone);
    // the number must be hers: the code sent to it
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByRole('status').filter({ hasText: '验证码已发送' }).waitFor();
    await page.getByLabel('短信验证码').fill(await app.smsCodeFor(phone));
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('radio', { name: /^兰山街道职工服务中心/ }).check();
    await page.getByRole('checkbox', { name: /我同意帮扶站/ }).check();
    await capture('register');
    await page.getByRole('button', { name: '注册' }).click();
    await page.getByRole('heading', { name: '您好，王秀兰' }).waitFor();
    const workerToken = await app.loginAs(phone, PASSWORD);

    // the station opens her file after a visit, so money aid can go ahead
    const street = await app.unitIdByCode('LY-LS-LSJD');
    const file = await app.gql(
      `mutation($input: HardshipFileInput!) { createHardshipFile(input: $input) { id } }`,
      { input: FILE_INPUT(street, idNumber, { personName: '王秀兰' }) },
      { token: driver.actors.streetStaff },
    );
    expect(file.errors).toBeUndefined();
    await page.goto(`${origin}/file`);
    await page.getByText('相对困难').waitFor();
    await capture('file');

    // the service worker now controls the app, so it opens from the phone even without a connection
    // (browser-side code as strings: the tests' type-check has no DOM library)
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.goto(`${origin}/`);
    await capture('home');

    await page.getByRole('button', { name: '申请帮扶' }).first().click();
    await page.getByText('请完成以下各项，可以分几次填写').waitFor();
    const clientId = new URL(page.url()).pathname.split('/')[2];
    await capture('task-list');
    await page.getByText('帮扶类型').click();
    await page.getByText('医疗救助').click();
    await capture('question');
    await next();
    await page.getByText(/^已保存到本机 \d\d:\d\d$/).waitFor();

    // the connection drops; the worker carries on
    await context.setOffline(true);
    await page.getByText('困难情况').click();
    await page.getByRole('checkbox', { name: '患病' }).check();
    await next();
    await page.getByLabel('请简单说明您遇到的困难').fill('爱人肾病住院透析，医药费约三万元，家里只有我一人有收入');
    await next();
    // even a reload without a connection keeps every answer: the shell comes from the service worker, the draft from IndexedDB
    await page.reload();
    await page.getByText('请完成以下各项，可以分几次填写').waitFor();
    await page.getByText('家庭收入').click();
    await page.getByLabel('家里一共几口人？').fill('3');
    await next();
    await page.getByLabel('全家每月收入大约多少元？').fill('2400');
    await next();
    await page.getByText('申请金额').click();
    await page.getByLabel('您希望申请多少元？').fill('3000');
    await next();
    await page.getByText('证明材料').click();
    const bill = await billPhoto(page);
    await page.locator('input[data-slot="MEDICAL_RECORD"]').setInputFiles(bill);
    await page.getByText('等待上传').waitFor();
    // the bill alone is not enough for medical aid: the ID card is marked 必需 too
    await next();
    await page.getByRole('alert').getByText('请拍摄标有“必需”的材料').waitFor();
    await page.locator('input[data-slot="ID_CARD"]').setInputFiles({ ...bill, name: 'id-card.jpg' });
    await page.getByText('等待上传').nth(1).waitFor();
    await capture('evidence');
    await next();
    await page.getByRole('button', { name: '检查您的回答' }).click();
    await page.getByText('爱人肾病住院透析，医药费约三万元，家里只有我一人有收入').waitFor();
    await capture('check-answers');
    await next();
    await page.getByRole('checkbox', { name: '我已阅读并同意以上声明' }).check();
    await capture('declaration');
    await page.getByRole('button', { name: '提交申请' }).click();
    const reference = await page.getByTestId('reference').textContent();
    expect(reference).toBe(`${clientId.slice(0, 4)}-${clientId.slice(4, 8)}`);
    await page.getByText('申请已保存，联网后自动提交').waitFor();
    await capture('confirmation-offline');
    expect(await caseCount(clientId)).toBe(0);

    // back online: the outbox sends it by itself, once
    await context.setOffline(false);
    await until(
      async () =>
        (await caseCount(clientId)) === 1 &&
        (await app.sql<{ status: string }>(`select status from aid_case where client_id = ?`, [clientId]))[0].status === 'SUBMITTED',
      'the outbox to deliver the application',
    );
    await page.getByText('已提交', { exact: true }).waitFor();
    await capture('confirmation');
    // the answers reached the server as data, not as prose: the worker's story is the description
    const [{ id: appliedId, description }] = await app.sql<{ id: string; description: string }>(
      `select id::text, description from aid_case where client_id = ?`,
      [clientId],
    );
    expect(description).toBe('爱人肾病住院透析，医药费约三万元，家里只有我一人有收入');
    const answers = await app.gql(
      `query($id: ID!) { case(id: $id) { answers { causes householdSize monthlyIncomeFen } } }`,
      { id: appliedId },
      { token: workerToken },
    );
    expect(answers.data?.case.answers).toEqual({ causes: ['ILLNESS'], householdSize: 3, monthlyIncomeFen: 240_000 });
    // app start and a return to the app sync again; nothing is sent twice
    await page.goto(`${origin}/`);
    await page.evaluate("document.dispatchEvent(new Event('visibilitychange'))");
    await page.getByTestId('case-item').first().waitFor();
    expect(await page.getByTestId('case-item').count()).toBe(1);
    expect(await caseCount(clientId)).toBe(1);
    const [{ id: caseId }] = await app.sql<{ id: string }>(`select id::text from aid_case where client_id = ?`, [clientId]);
    // scaled down on the phone to 1600 px before it went up
    const [document] = await app.sql<{ id: string }>(`select id::text from case_document where case_id = ?`, [caseId]);
    const stored = Buffer.from(
      await (await fetch(`${origin}/files/${document.id}`, { headers: { authorization: `Bearer ${workerToken}` } })).arrayBuffer(),
    );
    expect(jpegDimensions(stored)).toEqual({ width: 1600, height: 1067 });
    expect(stored.length).toBeLessThan(bill.buffer.length);
    const [{ n: submits }] = await app.sql<{ n: string }>(`select count(*) n from case_event where case_id = ? and action = 'submit'`, [
      caseId,
    ]);
    expect(Number(submits)).toBe(1);

    // staff register it; the worker's timeline shows the registration and the case number
    const accepted = await driver.ok('accept', driver.actors.streetStaff, caseId);
    await page.getByTestId('case-item').first().click();
    await page.getByTestId('case-number').getByText(accepted.caseNumber).waitFor();
    await page.getByText('登记受理').waitFor();
    await capture('case-accepted');

    // investigated, approved, noticed and paid; the worker confirms receipt herself
    // the station proposes less than asked, within its own approval limit
    await driver.advance(caseId, workerToken, 'MEDICAL', 'ACCEPTED', 'PUBLIC_NOTICE', 150_000);
    // on notice: until when, and whom to call — not only 撤回申请
    await page.reload();
    await page
      .getByTestId('notice-ends')
      .getByText(/正在公示，公示到 \d{4}-\d{2}-\d{2}/)
      .waitFor();
    expect(await page.getByRole('link', { name: /致电帮扶站/ }).getAttribute('href')).toMatch(/^tel:\d/);
    // the tab bar counts the messages she has not read
    expect(Number(await page.getByRole('navigation').getByRole('link', { name: /消息/ }).locator('.badge').textContent())).toBeGreaterThan(
      0,
    );
    await capture('case-public-notice', page.getByTestId('notice-ends'));
    await driver.advance(caseId, workerToken, 'MEDICAL', 'PUBLIC_NOTICE', 'DISBURSED', 150_000);
    await page.reload();
    await page.getByRole('button', { name: '我已本人收到' }).waitFor();
    await capture('case-disbursed');
    // a code to her own phone confirms it (杜绝代签); her registration code was under a minute ago, and the phone's
    // one-a-minute budget is let pass as the minute would
    await app.minutePassed(phone);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByRole('status').filter({ hasText: '验证码已发送' }).waitFor();
    firstWorker.codeAskedAt = Date.now();
    const receiptCode = await app.smsCodeFor(phone);
    await page.getByLabel('短信验证码').fill(receiptCode);
    await capture('confirm-receipt-code', page.getByRole('button', { name: '我已本人收到' }));
    // an older worker confirms in 长辈版: the same section at 150% text, nothing wider than the phone
    const setLargeText = async (on: boolean) => {
      await page.goto(`${origin}/me`);
      await page.getByRole('checkbox', { name: '长辈版' }).setChecked(on);
      await page.goto(`${origin}/cases/${caseId}`);
    };
    await setLargeText(true);
    await page.getByLabel('短信验证码').fill(receiptCode);
    await capture('confirm-receipt-large-text', page.getByRole('button', { name: '我已本人收到' }));
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.getByRole('button', { name: '我已本人收到' }).click();
    await page.getByText('已确认收到').first().waitFor();
    expect(await driver.status(caseId)).toBe('RECEIVED');
    await setLargeText(false);

    // closed by the station, then rated
    await driver.ok('close', driver.actors.streetStaff, caseId);
    await page.reload();
    await page.getByRole('button', { name: '提交评价' }).waitFor();
    await capture('case-rate');
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('您的评价：5 星').waitFor();
    expect((await app.sql<{ rating: number }>(`select rating from aid_case where id = ?`, [caseId]))[0].rating).toBe(5);

    await page.goto(`${origin}/inbox`);
    await page
      .getByText(/已发放|Paid/)
      .first()
      .waitFor();
    await capture('inbox');
    // read: the count on 消息 goes
    await page.getByRole('button', { name: '全部标为已读' }).click();
    await page.getByRole('navigation').getByRole('link', { name: /消息/ }).locator('.badge').waitFor({ state: 'detached' });
    await page.goto(`${origin}/me`);
    await capture('me');

    // 长辈版: the same screens at 150% text
    await page.getByRole('checkbox', { name: '长辈版' }).check();
    await page.goto(`${origin}/`);
    await capture('home-large-text');
    await page.goto(`${origin}/cases/${caseId}`);
    await page.getByText('办理记录').waitFor();
    await capture('case-large-text');

    expect(findings).toEqual([]);
    expect(smallTargets).toEqual([]);
  }, 180_000);

  it('shows a refused login in Chinese and keeps nothing', async () => {
    const guest = await (await phoneContext(browser)).newPage();
    const focusedId = () => guest.evaluate('document.activeElement && document.activeElement.id');
    await guest.goto(`${origin}/login`);
    // an empty or mistyped number is said at the field, with focus on it, and nothing is sent
    const attempts = await app.runtime.redis.keys('bangfu-login:*');
    await guest.getByRole('button', { name: '登录' }).click();
    await guest.getByText('请输入手机号').waitFor();
    expect(await focusedId()).toBe('phone');
    await guest.getByLabel('手机号').fill('1390000');
    await guest.getByRole('button', { name: '登录' }).click();
    await guest.getByText('请输入 11 位手机号').waitFor();
    expect(await app.runtime.redis.keys('bangfu-login:*')).toEqual(attempts);
    await guest.getByLabel('手机号').fill('13900000001');
    await guest.getByLabel('密码').fill('wrong-password');
    await guest.getByRole('button', { name: '登录' }).click();
    await guest.getByRole('alert').waitFor();
    expect(await guest.getByRole('alert').textContent()).toMatch(/[\u4e00-\u9fa5]/);
    expect(await guest.evaluate("localStorage.getItem('bangfu.session')")).toBeNull();
    page = guest;
    await capture('login-refused');
    // a registration sent with mistakes puts focus on the first field to correct
    await guest.goto(`${origin}/register`);
    await guest.getByLabel('身份证号', { exact: true }).fill('123');
    await guest.getByRole('button', { name: '注册' }).click();
    await guest.getByText('请输入姓名').waitFor();
    expect(await focusedId()).toBe('name');
    await guest.getByLabel('姓名', { exact: true }).fill('王秀兰');
    await guest.getByRole('button', { name: '注册' }).click();
    await guest.getByText(/身份证号不正确/).waitFor();
    expect(await focusedId()).toBe('idNumber');
    await capture('register-errors');
    expect(findings).toEqual([]);
    expect(smallTargets).toEqual([]);
  }, 60_000);

  it('shows the missing items after a return, uploads the document with a retry after a dropped connection, and sends it again', async () => {
    const { id, applicant } = await driver.caseAt('SUBMITTED', 'MEDICAL');
    await driver.ok('return', driver.actors.streetStaff, id, {
      reason: '缺少医疗费用票据',
      missingItems: ['住院医疗费用票据', '出院小结'],
    });
    const phoneContextForApplicant = await phoneContext(browser);
    // signed in as the applicant: the app keeps its session under this key
    await phoneContextForApplicant.addInitScript(
      `localStorage.setItem('bangfu.session', ${JSON.stringify(JSON.stringify({ token: applicant.token, user: { id: applicant.userId, name: '测试职工' } }))})`,
    );
    page = await phoneContextForApplicant.newPage();
    await page.goto(`${origin}/cases/${id}`);
    await page.getByText('住院医疗费用票据').waitFor();
    await page.getByText('出院小结').waitFor();
    await capture('case-returned');

    const documentCount = async () =>
      Number((await app.sql<{ n: string }>(`select count(*) n from case_document where case_id = ?`, [id]))[0].n);
    const documentsBefore = await documentCount();
    const photo = await billPhoto(page);
    await phoneContextForApplicant.setOffline(true);
    await page.locator('input[data-slot="MEDICAL_RECORD"]').setInputFiles(photo);
    await page.getByText(/^上传失败/).waitFor();
    await phoneContextForApplicant.setOffline(false);
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByText('已上传').waitFor();
    await capture('case-returned-uploaded');
    await page.getByRole('button', { name: '补齐后重新提交' }).click();
    await page.getByText('已提交', { exact: true }).first().waitFor();
    expect(await driver.status(id)).toBe('SUBMITTED');
    // the bill, once despite the retry
    expect(await documentCount()).toBe(documentsBefore + 1);
    expect(findings).toEqual([]);
    expect(smallTargets).toEqual([]);
  }, 60_000);
  it('lets the worker change the password from "me", staying signed in on this phone', async () => {
    const applicant = await driver.newApplicant();
    const phoneOfApplicant = await phoneContext(browser);
    await phoneOfApplicant.addInitScript(
      `localStorage.setItem('bangfu.session', ${JSON.stringify(JSON.stringify({ token: applicant.token, user: { id: applicant.userId, name: '测试职工' } }))})`,
    );
    page = await phoneOfApplicant.newPage();
    await page.goto(`${origin}/me`);
    await page.getByText('修改密码').click();
    await page.getByLabel('当前密码').fill('wrong-password');
    await page.getByLabel('新密码', { exact: true }).fill('Changed@2027');
    await page.getByLabel('再次输入新密码').fill('Changed@2027');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByRole('alert').filter({ hasText: '当前密码不正确' }).waitFor();
    await capture('change-password');
    await page.getByLabel('当前密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByRole('heading', { name: '我的' }).waitFor();
    const [{ phone }] = await app.sql<{ phone: string }>(`select phone from app_user where id = ?`, [applicant.userId]);
    await expect(app.loginAs(phone, 'Changed@2027')).resolves.toBeTypeOf('string');
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { name: '您好，测试职工' }).waitFor();
    expect(findings).toEqual([]);
    expect(smallTargets).toEqual([]);
  }, 60_000);

  it('recovers a forgotten password with a code sent to the phone, and is signed in', async () => {
    // the demo worker, who asked for no code in the last minute (one a minute per phone)
    const phone = PHONES.worker;
    page = await (await phoneContext(browser)).newPage();
    await page.goto(`${origin}/login`);
    await page.getByRole('link', { name: '忘记密码？用短信验证码重设' }).click();
    await page.getByLabel('手机号').fill(phone);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByRole('status').filter({ hasText: '验证码已发送' }).waitFor();
    await page.getByRole('button', { name: /秒后可重新获取/ }).waitFor();
    await capture('reset-password');
    const code = await app.smsCodeFor(phone);
    await page.getByLabel('短信验证码').fill(code);
    await page.getByLabel(/^新密码/).fill('Recovered@2027');
    await page.getByRole('button', { name: '重设密码并登录' }).click();
    await page.getByRole('heading', { name: '您好，孙大伟' }).waitFor();
    await expect(app.loginAs(phone, 'Recovered@2027')).resolves.toBeTypeOf('string');
    expect(findings).toEqual([]);
    expect(smallTargets).toEqual([]);
  }, 60_000);

  it('signs in with a code sent to the phone instead of the password', async () => {
    // one code a minute per phone: her registration code may be the last one
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, firstWorker.codeAskedAt + 61_000 - Date.now())));
    page = await (await phoneContext(browser)).newPage();
    await page.goto(`${origin}/login`);
    await page.getByRole('link', { name: '用短信验证码登录' }).click();
    await page.getByLabel('手机号').fill(firstWorker.phone);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByRole('status').filter({ hasText: '验证码已发送' }).waitFor();
    await page.getByLabel('短信验证码').fill(await app.smsCodeFor(firstWorker.phone));
    await capture('login-with-code');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { name: '您好，王秀兰' }).waitFor();
    expect(findings).toEqual([]);
    expect(smallTargets).toEqual([]);
  }, 120_000);

  it('applies with the keyboard alone: sign in, the tabs, every question, a photo, the declaration and submit', async () => {
    const phone = `137${String(Date.now() + 7).slice(-8)}`;
    const registered = await app.registerWorker({
      phone,
      password: PASSWORD,
      name: '键盘用户',
      idNumber: newIdNumber(),
      employerUnitId: await app.unitIdByCode('LY-LS-LSJD-HS'),
    });
    expect(registered.errors).toBeUndefined();
    page = await (await phoneContext(browser)).newPage();
    /**
     * Tab until focus rests on `target`, as a keyboard or switch user moves, failing if it never gets there. The
     * element itself is compared, not its markup, which changes as it settles (a button enabled once uploads finish).
     */
    const moveTo = async (target: Locator, key: string) => {
      const focused = (element: unknown) =>
        element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement;
      for (let presses = 0; presses < 40; presses += 1) {
        await page.keyboard.press(key);
        if (await target.evaluate(focused)) return;
      }
      const wanted = await target.evaluate((element: { outerHTML: string }) => element.outerHTML);
      throw new Error(`${key} never reached ${wanted.slice(0, 80)}`);
    };
    const tabTo = (target: Locator) => moveTo(target, 'Tab');
    const press = async (target: Locator, key = 'Enter') => {
      await tabTo(target);
      await page.keyboard.press(key);
    };
    const answerWith = async (field: Locator, text: string) => {
      await tabTo(field);
      await page.keyboard.type(text);
    };
    const nextButton = () => page.getByRole('button', { name: '下一步' });

    await page.goto(`${origin}/login`);
    await answerWith(page.getByLabel('手机号'), phone);
    await answerWith(page.getByLabel('密码', { exact: true }), PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '您好，键盘用户' }).waitFor();
    await press(page.getByRole('navigation').getByRole('link', { name: '申请帮扶' }));
    await page.getByText('请完成以下各项，可以分几次填写').waitFor();

    await press(page.getByRole('link', { name: /帮扶类型/ }));
    // a radio group is one Tab stop; the arrow keys choose within it
    await tabTo(page.getByRole('radio').first());
    await moveTo(page.getByRole('radio', { name: /^医疗救助/ }), 'ArrowDown');
    await press(nextButton());
    await page.getByText('请完成以下各项，可以分几次填写').waitFor();
    await press(page.getByRole('link', { name: /困难情况/ }));
    await press(page.getByRole('checkbox', { name: '患病' }), 'Space');
    await press(nextButton());
    await answerWith(page.getByLabel('请简单说明您遇到的困难'), '住院治疗，医药费较多');
    await press(nextButton());
    await press(page.getByRole('link', { name: /家庭收入/ }));
    await answerWith(page.getByLabel('家里一共几口人？'), '3');
    await press(nextButton());
    await answerWith(page.getByLabel('全家每月收入大约多少元？'), '2400');
    await press(nextButton());
    await press(page.getByRole('link', { name: /申请金额/ }));
    await answerWith(page.getByLabel('您希望申请多少元？'), '3000');
    await press(nextButton());
    await press(page.getByRole('link', { name: /证明材料/ }));
    const photo = await billPhoto(page);
    for (const slot of ['ID_CARD', 'MEDICAL_RECORD']) {
      const chooser = page.waitForEvent('filechooser');
      await press(page.locator(`input[data-slot="${slot}"]`), 'Space');
      await (await chooser).setFiles({ ...photo, name: `${slot}.jpg` });
    }
    await page.getByText('等待上传').nth(1).waitFor();
    await capture('evidence-keyboard');
    await press(nextButton());
    await press(page.getByRole('button', { name: '检查您的回答' }));
    await press(nextButton());
    await press(page.getByRole('checkbox', { name: '我已阅读并同意以上声明' }), 'Space');
    await press(page.getByRole('button', { name: '提交申请' }));
    await page.getByText('接下来会怎样').waitFor();
    await until(
      async () =>
        (
          await app.sql<{ n: number }>(
            `select count(*)::int as n from aid_case c join app_user u on u.id = c.applicant_user_id where u.phone = ? and c.status = 'SUBMITTED'`,
            [phone],
          )
        )[0].n === 1,
      'the keyboard application to arrive',
    );
    expect(findings).toEqual([]);
  }, 120_000);

  it('runs every screen walked above under the content security policy, with no violation reported', async () => {
    const response = await page.goto(`${origin}/`);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    expect(cspViolations).toEqual([]);
  });
});
