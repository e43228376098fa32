import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { maskIdNumber, maskName } from '@bangfu/shared';
import { BankDesk, cardNumber } from '../setup/bank-desk.js';
import { appWithDriver, newIdNumber, newPaymentKey } from '../setup/case-driver.js';
import { downloadJobFile, runQueuedJob } from '../setup/jobs.js';
import { pdfFirstPagePng, pdfFonts, pdfText } from '../setup/pdf.js';
import { PHONES } from '../setup/test-app.js';

const PRINT = `mutation($k: PrintKind!, $id: ID!) { printDocument(kind: $k, id: $id) { id name state } }`;
const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

describe('printed forms (domain.md §13, issue 21)', () => {
  const context = appWithDriver();
  let district: string;
  beforeAll(async () => {
    district = await context.app.unitIdByCode('LY-LS');
  });
  const code = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

  /** Asks for a form, runs the job as the worker would, downloads the PDF: its bytes, its text without spaces, its pages. */
  const print = async (kind: string, id: string, token: string, screenshot?: string) => {
    const started = await context.app.gql(PRINT, { k: kind, id }, { token, lang: 'en' });
    if (!started.data) throw new Error(JSON.stringify(started.errors));
    await runQueuedJob(context.app, 'exports', 'printDocument', started.data.printDocument.id);
    const file = await downloadJobFile(context.app, started.data.printDocument.id, token);
    expect(file).toMatchObject({ status: 200, type: 'application/pdf' });
    if (screenshot) await pdfFirstPagePng(file.bytes, resolve(SCREENSHOTS, `print-${screenshot}.png`));
    // pdftotext spaces CJK text as it likes: compare without spaces
    const pages = (await pdfText(file.bytes))
      .split('\f')
      .map((page) => page.replace(/\s+/g, ''))
      .filter(Boolean);
    return { bytes: file.bytes, text: pages.join(''), pages };
  };
  const expectFrame = (pages: string[], unitName: string, reference: string) =>
    pages.forEach((page, index) => {
      expect(page).toContain(`第${index + 1}页共${pages.length}页`);
      expect(page).toContain(unitName);
      expect(page).toContain(`编号：${reference}`);
    });

  it('prints the file card and the approval form from the records, ID numbers masked, income only for who sees it on screen', async () => {
    const { app, driver } = context;
    const { streetStaff, streetHead, auditor, siblingStaff } = driver.actors;
    const childId = newIdNumber();
    const applicant = await driver.newApplicant({
      personName: '王秀英',
      phone: '13712345678',
      members: [
        { name: '王秀英', relation: '本人', monthlyIncomeFen: 152_000, health: '高血压' },
        { name: '李小明', relation: '儿子', idNumber: childId, monthlyIncomeFen: 0 },
      ],
    });
    const caseId = await driver.draft(applicant, 'MEDICAL');
    await driver.advance(caseId, applicant.token, 'MEDICAL', 'DRAFT', 'CLOSED', 123_400);
    const [aidCase] = await app.sql<{ case_number: string; applicant_name: string }>(
      `select case_number, applicant_name from aid_case where id = ?`,
      [caseId],
    );

    const card = await print('FILE_CARD', applicant.fileId, streetStaff, 'file-card');
    for (const expected of [
      '困难职工档案卡',
      '王秀英',
      maskIdNumber(applicant.idNumber),
      '137****5678',
      '李小明儿子',
      maskIdNumber(childId),
      '1520.00',
      '相对困难',
      '收入低',
      `${aidCase.case_number}医疗救助已办结1234.001234.00`,
      '单位负责人（签字）',
    ])
      expect(card.text).toContain(expected);
    for (const plain of [applicant.idNumber, childId, '13712345678', '高血压']) expect(card.text).not.toContain(plain);
    expectFrame(card.pages, '兰山街道职工服务中心', `DA-LY-LS-LSJD-${applicant.fileId}`);
    const fonts = await pdfFonts(card.bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatchObject({ name: expect.stringMatching(/\+NotoSansCJKsc/), embedded: true, subset: true });
    // the city's auditor reads the file without income: the card leaves it out too
    const audited = await print('FILE_CARD', applicant.fileId, auditor);
    expect(audited.text).toContain('王秀英');
    expect(audited.text).not.toContain('1520.00');

    const form = await print('APPROVAL_FORM', caseId, streetHead, 'approval-form');
    for (const expected of [
      '困难职工帮扶审批表',
      `事项编号${aidCase.case_number}`,
      aidCase.applicant_name,
      maskIdNumber(applicant.idNumber),
      '医疗救助',
      '批准金额（元）1234.00',
      '提交申请',
      '登记受理',
      '提出帮扶方案',
      '批准',
      '发放',
      '本人确认收到',
      '办结',
      '刘芳/单位负责人',
      '1234.00元',
      '单位负责人（签字）',
    ])
      expect(form.text).toContain(expected);
    expect(form.text).not.toContain(applicant.idNumber);
    expectFrame(form.pages, '兰山街道职工服务中心', aidCase.case_number);

    // whoever cannot read the record cannot print it, and asking changes nothing
    const jobs = async () => (await app.sql<{ n: number }>(`select count(*)::int as n from job where name = 'printDocument'`))[0].n;
    const before = await jobs();
    expect(code(await app.gql(PRINT, { k: 'FILE_CARD', id: applicant.fileId }, { token: siblingStaff }))).toBe('NOT_FOUND');
    expect(code(await app.gql(PRINT, { k: 'APPROVAL_FORM', id: caseId }, { token: siblingStaff }))).toBe('NOT_FOUND');
    expect(code(await app.gql(PRINT, { k: 'APPROVAL_FORM', id: caseId }, { token: driver.actors.worker }))).toBe('NOT_FOUND');
    expect(code(await app.gql(PRINT, { k: 'FILE_CARD', id: 'x' }, { token: streetStaff }))).toBe('NOT_FOUND');
    expect(code(await app.gql(PRINT, { k: 'POSTER', id: caseId }, { token: streetStaff }))).toBe('BAD_USER_INPUT');
    expect(await jobs()).toBe(before);
    const audits = await app.sql<{ entity_type: string }>(`select entity_type from audit_event where action = 'print.start' order by id`);
    expect(audits.map((row) => row.entity_type)).toEqual(['HardshipFile', 'HardshipFile', 'AidCase']);
  });

  it("prints the station's notice in large type with names masked, a campaign roster with a signature column, and a bank batch", async () => {
    const { app, driver } = context;
    const { streetStaff, siblingStaff } = driver.actors;
    const noticed = [await driver.caseAt('PUBLIC_NOTICE', 'LIVING', 80_000), await driver.caseAt('PUBLIC_NOTICE', 'MEDICAL', 150_000)];
    const names = await app.sql<{ applicant_name: string }>(
      `select applicant_name from aid_case where status = 'PUBLIC_NOTICE' order by id`,
    );
    const notice = await print('NOTICE', driver.street, streetStaff, 'notice');
    expect(notice.text).toContain('困难职工帮扶公示');
    for (const { applicant_name: name } of names) expect(notice.text).toContain(maskName(name));
    expect(notice.text).toContain('生活救助800.00');
    expect(notice.text).toContain('医疗救助1500.00');
    expect(noticed).toHaveLength(2);
    expect(code(await app.gql(PRINT, { k: 'NOTICE', id: driver.street }, { token: siblingStaff }))).toBe('NOT_FOUND');
    // the worker sees the notice on the phone, but the wall copy is the station's to print
    expect(code(await app.gql(PRINT, { k: 'NOTICE', id: driver.street }, { token: driver.actors.worker }))).toBe('NOT_FOUND');

    // a roster of two households, as a campaign's build leaves it
    const [campaign] = await app.sql<{ id: string }>(
      `insert into campaign (unit_id, kind, title, aid_type, categories, standard_amounts, min_amount_fen, max_amount_fen, opens_at, closes_at, notice_days, created_by_id)
       select ?, 'SPRING_FESTIVAL', '2027 年元旦春节送温暖', 'LIVING', '["DEEP","RELATIVE"]', '[]', 30000, 150000, now() - interval '1 day', now() + interval '30 days', 5, id
       from app_user where phone = ? returning id::text`,
      [await app.unitIdByCode('LY'), PHONES.cityAdmin],
    );
    const households = [
      await driver.newApplicant({ personName: '赵春梅' }),
      await driver.newApplicant({ personName: '钱国强', category: 'DEEP' }),
    ];
    const [roster] = await app.sql<{ id: string }>(
      `insert into roster (campaign_id, unit_id, status, built_by_id) select ?, ?, 'DRAFT', id from app_user where phone = ? returning id::text`,
      [campaign.id, driver.street, PHONES.lanshanStreetStaff],
    );
    await app.sql(
      `insert into roster_entry (roster_id, campaign_id, file_id, amount_fen, eligible) values (?, ?, ?, 50000, true), (?, ?, ?, 80000, true)`,
      [roster.id, campaign.id, households[0].fileId, roster.id, campaign.id, households[1].fileId],
    );
    const sheet = await print('ROSTER', roster.id, streetStaff, 'roster');
    for (const expected of ['2027年元旦春节送温暖花名册', '1赵春梅相对困难500.00', '2钱国强深度困难800.00', '合计2户1300.00', '领取人签字'])
      expect(sheet.text).toContain(expected);
    expect(code(await app.gql(PRINT, { k: 'ROSTER', id: roster.id }, { token: siblingStaff }))).toBe('NOT_FOUND');

    // a bank batch of one payment: the card is masked on paper
    await driver.fundDistrict();
    const ready = await driver.caseAt('READY_TO_PAY', 'LIVING', 66_600);
    const desk = new BankDesk(app);
    const account = cardNumber(4242);
    expect((await desk.setPayee(ready.applicant.fileId, streetStaff, { accountNumber: account })).errors).toBeUndefined();
    await driver.ok('disburse', streetStaff, ready.id, { input: { method: 'BANK_TRANSFER', idempotencyKey: newPaymentKey() } });
    const finance = await app.loginAs(PHONES.lanshanFinance);
    const created = await desk.createBatch(district, finance);
    if (created.errors) throw new Error(JSON.stringify(created.errors));
    const batch = created.data!.r;
    const list = await print('PAYOUT_BATCH', batch.id, finance, 'payout-batch');
    for (const expected of ['帮扶资金银行代发明细表', `批次${batch.reference}`, '测试职工', `****${account.slice(-4)}`, '666.00', '待回盘'])
      expect(list.text).toContain(expected);
    expect(list.text).not.toContain(account);
    expectFrame(list.pages, '兰山区总工会困难职工帮扶中心', batch.reference);
    expect(code(await app.gql(PRINT, { k: 'PAYOUT_BATCH', id: batch.id }, { token: streetStaff }))).toBe('NOT_FOUND');
  });
});
