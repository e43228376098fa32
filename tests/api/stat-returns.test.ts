import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATUS_NAMES, CATEGORY_NAMES, formatYuan, type CaseStatus, type HardshipCategory } from '@bangfu/shared';
import { appWithDriver } from '../setup/case-driver.js';
import { downloadJobFile, runQueuedJob } from '../setup/jobs.js';
import { pdfFonts, pdfText } from '../setup/pdf.js';
import { PHONES } from '../setup/test-app.js';

const PERIOD = '2026-Q3';
const FIGURES = `newCases paidFen overdueCases casesByStatus { status count } activeFilesByCategory { category count }`;
const SUBMIT = `mutation($u: ID!, $p: String!, $m: [MissingChildInput!], $c: String) {
  r: submitStatReport(unitId: $u, period: $p, missing: $m, correctionReason: $c) { id version status figures { ${FIGURES} } missing { reason unit { code } } correctionReason }
}`;
const ACCEPT = `mutation($id: ID!) { r: acceptStatReport(id: $id) { id status } }`;
const RETURN = `mutation($id: ID!, $reason: String!) { r: returnStatReport(id: $id, reason: $reason) { id status returnReason } }`;
const REPORT = `query($u: ID!, $p: String!) { r: statReport(unitId: $u, period: $p) {
  period dueAt differences current { id version status figures { ${FIGURES} } }
  versions { id version status correctionReason returnReason figures { ${FIGURES} } } live { ${FIGURES} } } }`;
const PROGRESS = `query($u: ID!, $p: String!) { r: statReports(unitId: $u, period: $p) { state overdue unit { code } current { version } } }`;

describe('periodic statistical returns signed off level by level (domain.md §13, issue 22)', () => {
  const context = appWithDriver();
  const units: Record<string, string> = {};
  beforeAll(async () => {
    for (const code of ['LY', 'LY-LS', 'LY-LS-LSJD', 'LY-LS-YQS', 'LY-LS-LSJD-HS']) units[code] = await context.app.unitIdByCode(code);
  });
  const gql = (query: string, variables: Record<string, unknown>, token: string, lang = 'en') =>
    context.app.gql(query, variables, { token, lang });
  const code = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

  it('goes up from the station to the city, each level after its children, sent back and resubmitted on the way', async () => {
    const { driver } = context;
    const { streetHead, streetStaff, districtAdmin, cityAdmin, siblingStaff } = driver.actors;
    const station = { u: units['LY-LS-LSJD'], p: PERIOD };
    // the enterprise station below has not reported: the head must say why
    const early = await gql(SUBMIT, station, streetHead, 'zh-CN');
    expect(code(early)).toBe('INVALID_TRANSITION');
    expect(early.errors?.[0].message).toContain('临沂华盛机械有限公司工会帮扶站');
    expect(code(await gql(SUBMIT, station, streetStaff))).toBe('FORBIDDEN');
    expect(code(await gql(SUBMIT, { ...station, p: '2026-Q4' }, streetHead))).toBe('BAD_USER_INPUT');
    expect(code(await gql(SUBMIT, { ...station, p: '2026-Q5' }, streetHead))).toBe('BAD_USER_INPUT');
    const missing = [{ unitId: units['LY-LS-LSJD-HS'], reason: '企业站本季度无帮扶业务' }];
    const rollup = await gql(
      `query($u: ID!, $f: DateTime!, $t: DateTime!) { rollup(unitId: $u, from: $f, to: $t) { ${FIGURES} } }`,
      { u: station.u, f: '2026-06-30T16:00:00Z', t: '2026-09-30T16:00:00Z' },
      streetHead,
    );
    const first = (await gql(SUBMIT, { ...station, m: missing }, streetHead)).data!.r;
    expect(first).toMatchObject({
      version: 1,
      status: 'SUBMITTED',
      missing: [{ reason: '企业站本季度无帮扶业务', unit: { code: 'LY-LS-LSJD-HS' } }],
    });
    // frozen as the rollup stood at submission
    expect(first.figures).toEqual(rollup.data!.rollup);
    expect(code(await gql(SUBMIT, { ...station, m: missing }, streetHead))).toBe('INVALID_TRANSITION');

    // only the union above decides: not the station's own head, not a sibling; the district sends it back
    expect(code(await gql(ACCEPT, { id: first.id }, streetHead))).toBe('FORBIDDEN');
    expect(code(await gql(ACCEPT, { id: first.id }, siblingStaff))).toBe('FORBIDDEN');
    expect(code(await gql(REPORT, station, siblingStaff))).toBe('NOT_FOUND');
    // the head of a sibling district sees nothing of it and decides nothing
    const sysadmin = await context.app.loginAs(PHONES.sysadmin);
    const created = await gql(
      `mutation($unit: ID!) { createStaffAccount(input: { phone: "13844440022", name: "罗庄区工会", password: "luozhuang-pass", unitId: $unit, role: UNION_ADMIN }) { id } }`,
      { unit: await context.app.unitIdByCode('LY-LZ') },
      sysadmin,
    );
    await context.app.approveRoles(created.data!.createStaffAccount.id);
    const siblingDistrict = await context.app.loginAs('13844440022', 'luozhuang-pass');
    expect(code(await gql(REPORT, station, siblingDistrict))).toBe('NOT_FOUND');
    expect(code(await gql(PROGRESS, { u: units['LY-LS'], p: PERIOD }, siblingDistrict))).toBe('NOT_FOUND');
    expect(code(await gql(ACCEPT, { id: first.id }, siblingDistrict))).toBe('NOT_FOUND');
    expect(code(await gql(RETURN, { id: first.id, reason: '数据有误，请核对' }, siblingDistrict))).toBe('NOT_FOUND');
    expect((await gql(RETURN, { id: first.id, reason: '困难档案数与台账不符，请核对' }, districtAdmin)).data!.r).toMatchObject({
      status: 'RETURNED',
      returnReason: '困难档案数与台账不符，请核对',
    });
    expect(code(await gql(ACCEPT, { id: first.id }, districtAdmin))).toBe('INVALID_TRANSITION');
    const second = (await gql(SUBMIT, { ...station, m: missing }, streetHead)).data!.r;
    expect(second).toMatchObject({ version: 2, status: 'SUBMITTED' });
    expect((await gql(ACCEPT, { id: second.id }, districtAdmin)).data!.r.status).toBe('ACCEPTED');

    // the district: its accepted station counts, the silent sibling street is explained
    const district = { u: units['LY-LS'], p: PERIOD };
    const progress = (await gql(PROGRESS, district, districtAdmin)).data!.r;
    expect(progress.map((row: { unit: { code: string }; state: string }) => [row.unit.code, row.state])).toEqual([
      ['LY-LS', 'NOT_SUBMITTED'],
      ['LY-LS-LSJD', 'ACCEPTED'],
      ['LY-LS-YQS', 'NOT_SUBMITTED'],
    ]);
    expect(progress[2].overdue).toBe(true);
    expect(code(await gql(SUBMIT, district, districtAdmin))).toBe('INVALID_TRANSITION');
    const districtReport = (
      await gql(SUBMIT, { ...district, m: [{ unitId: units['LY-LS-YQS'], reason: '银雀山街道站点本季度撤并' }] }, districtAdmin)
    ).data!.r;
    expect((await gql(ACCEPT, { id: districtReport.id }, cityAdmin)).data!.r.status).toBe('ACCEPTED');

    // the city reports last, explaining every district that has not
    const city = { u: units.LY, p: PERIOD };
    const children = (await gql(PROGRESS, city, cityAdmin)).data!.r.slice(1) as { state: string; unit: { code: string } }[];
    const cityMissing = [];
    for (const child of children.filter((row) => row.state !== 'ACCEPTED'))
      cityMissing.push({ unitId: await context.app.unitIdByCode(child.unit.code), reason: '本季度未开展帮扶' });
    expect((await gql(SUBMIT, { ...city, m: cityMissing }, cityAdmin)).data!.r).toMatchObject({ version: 1, status: 'SUBMITTED' });
  });

  it('keeps an accepted return as it was when new cases land, and a correction is a new version beside it', async () => {
    const { app, driver } = context;
    const { streetHead } = driver.actors;
    const station = { u: units['LY-LS-LSJD'], p: PERIOD };
    const before = (await gql(REPORT, station, streetHead)).data!.r;
    expect(before.current).toMatchObject({ version: 2, status: 'ACCEPTED' });
    await driver.caseAt('SUBMITTED');
    const after = (await gql(REPORT, station, streetHead)).data!.r;
    expect(after.current.figures).toEqual(before.current.figures);
    expect(after.live.casesByStatus).not.toEqual(after.current.figures.casesByStatus);
    expect(after.differences).toContain('casesByStatus');
    // the database itself refuses to change a frozen version
    await expect(app.sql(`update stat_report set figures = '{}' where id = ?`, [before.current.id])).rejects.toThrow(/frozen/);
    await expect(app.sql(`delete from stat_report where id = ?`, [before.current.id])).rejects.toThrow(/frozen/);

    const missing = [{ unitId: units['LY-LS-LSJD-HS'], reason: '企业站本季度无帮扶业务' }];
    expect(code(await gql(SUBMIT, { ...station, m: missing }, streetHead))).toBe('BAD_USER_INPUT');
    const corrected = (await gql(SUBMIT, { ...station, m: missing, c: '补录一件季度末受理的申请' }, streetHead)).data!.r;
    expect(corrected).toMatchObject({ version: 3, status: 'SUBMITTED', correctionReason: '补录一件季度末受理的申请' });
    const versions = (await gql(REPORT, station, streetHead)).data!.r.versions;
    expect(versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [3, 'SUBMITTED'],
      [2, 'ACCEPTED'],
      [1, 'RETURNED'],
    ]);
    expect(versions[1].figures).toEqual(before.current.figures);
    const audits = await app.sql<{ action: string }>(`select action from audit_event where entity_type = 'StatReport' order by id`);
    expect(audits.map((row) => row.action)).toEqual(expect.arrayContaining(['return.submit', 'return.return', 'return.accept']));
  });

  it('writes an accepted return as the PDF and .xlsx a union sends upward, to readers of the unit only', async () => {
    const { app, driver } = context;
    const { streetHead, siblingStaff, districtAdmin } = driver.actors;
    const EXPORT = `mutation($id: ID!, $f: StatReportFormat) { exportStatReport(id: $id, format: $f) { id } }`;
    const found = (await gql(REPORT, { u: units['LY-LS-LSJD'], p: PERIOD }, streetHead)).data!.r;
    const [pending, accepted] = found.versions;
    expect(code(await gql(EXPORT, { id: pending.id, f: 'PDF' }, streetHead))).toBe('INVALID_TRANSITION');
    expect(code(await gql(EXPORT, { id: accepted.id, f: 'PDF' }, siblingStaff))).toBe('NOT_FOUND');
    const exported = async (format: 'PDF' | 'XLSX', token: string) => {
      const jobId = (await gql(EXPORT, { id: accepted.id, f: format }, token)).data!.exportStatReport.id;
      await runQueuedJob(app, 'exports', 'exportStatReport', jobId);
      return downloadJobFile(app, jobId, token);
    };
    const figures = accepted.figures;
    const pdf = await exported('PDF', districtAdmin);
    expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' });
    // pdftotext spaces CJK text as it likes: compare without spaces
    const pages = (await pdfText(pdf.bytes))
      .split('\f')
      .map((page) => page.replace(/\s+/g, ''))
      .filter(Boolean);
    const text = pages.join('');
    const statuses = figures.casesByStatus as { status: CaseStatus; count: number }[];
    const categories = figures.activeFilesByCategory as { category: HardshipCategory; count: number }[];
    expect(statuses.length && categories.length).toBeGreaterThan(0);
    for (const expected of [
      '困难职工帮扶工作统计表',
      '兰山街道职工服务中心2026年第三季度',
      '版本第2版状态已审核通过',
      '企业站本季度无帮扶业务',
      `本期新增申请${figures.newCases}`,
      `本期发放金额${formatYuan(figures.paidFen)}`,
      `编号：TJ-${PERIOD}-LY-LS-LSJD-V2`,
      '单位负责人（签字）',
      ...statuses.map((row) => `${CASE_STATUS_NAMES['zh-CN'][row.status]}${row.count}`),
      ...categories.map((row) => `${CATEGORY_NAMES['zh-CN'][row.category]}${row.count}`),
    ])
      expect(text).toContain(expected);
    pages.forEach((page, index) => expect(page).toContain(`第${index + 1}页共${pages.length}页`));
    // the font travels with the file, as a subset
    const fonts = await pdfFonts(pdf.bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts)
      expect(font).toMatchObject({ name: expect.stringMatching(/^[A-Z]{6}\+NotoSansCJKsc/), embedded: true, subset: true });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported('XLSX', streetHead)).bytes as unknown as ArrayBuffer);
    const rows = new Map<string, string>();
    workbook.getWorksheet('统计表')!.eachRow((row) => rows.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(rows.get('版本')).toBe('第 2 版');
    expect(rows.get('本期新增申请')).toBe(String(figures.newCases));
    expect(rows.get('逾期未办结（截至提交时）')).toBe(String(figures.overdueCases));
    expect(rows.get('本期发放金额')).toBe(formatYuan(figures.paidFen));
    const audits = await app.sql<{ n: number }>(
      `select count(*)::int as n from audit_event where action = 'return.export' and entity_id = ?`,
      [accepted.id],
    );
    expect(audits[0].n).toBe(2);
  });

  it('reminds the heads of units without a return, once before it is due and once after, and not for a return that is in', async () => {
    const { app } = context;
    const { createServices, serviceDeps } = await import('../../server/src/app/services.js');
    const remindAt = (at: string) =>
      createServices(app.worker.em.fork(), { ...serviceDeps(app.config, app.runtime.redis), clock: () => new Date(at) }).returns.remind();
    const reminders = async (phone: string) =>
      app.sql<{ kind: string; period: string }>(
        `select n.kind, n.params ->> 'period' as period from notification n join app_user u on u.id = n.user_id
         where u.phone = ? and n.kind like 'RETURN_%' order by n.id`,
        [phone],
      );
    // 3 October: the street's September return is due on the 5th (its Q3 one is in); 2025's was due in January
    await remindAt('2026-10-03T02:00:00Z');
    await remindAt('2026-10-03T03:00:00Z');
    expect(await reminders(PHONES.lanshanStreetHead)).toEqual([
      { kind: 'RETURN_DUE', period: '2026-09' },
      { kind: 'RETURN_OVERDUE', period: '2025' },
    ]);
    // the district's September and Q3 returns are due on the 10th: not near yet
    expect((await reminders(PHONES.lanshanAdmin)).filter((row) => row.period !== '2025')).toEqual([]);
    // 7 October: past due, said once however often the sweep runs; the street's Q3 return is in, so nothing for it
    await remindAt('2026-10-07T02:00:00Z');
    await remindAt('2026-10-07T05:00:00Z');
    expect(await reminders(PHONES.lanshanStreetHead)).toEqual([
      { kind: 'RETURN_DUE', period: '2026-09' },
      { kind: 'RETURN_OVERDUE', period: '2025' },
      { kind: 'RETURN_OVERDUE', period: '2026-09' },
    ]);
    const [texted] = await app.sql<{ n: number }>(
      `select count(*)::int as n from outbox where name = 'sendSms' and payload ->> 'notificationId' in
         (select n.id::text from notification n join app_user u on u.id = n.user_id where u.phone = ? and n.kind like 'RETURN_%')`,
      [PHONES.lanshanStreetHead],
    );
    expect(texted.n).toBe(3);
  });
});
