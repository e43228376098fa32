import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDriver } from '../setup/case-driver.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

const TIMELINE = `query($id: ID!) { case(id: $id) { status caseNumber holder { code } events { action fromStatus toStatus actorRole comment } } }`;

describe('whole cases, start to end', () => {
  let app: TestApp;
  let driver: CaseDriver;
  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
  });
  afterAll(() => app.close());

  it('walks a money case from DRAFT to READY_TO_PAY through return, resubmission and escalation', async () => {
    const admin = await app.loginAs(PHONES.sysadmin);
    const district = await app.unitIdByCode('LY-LS');
    const createdStaff = await app.gql(
      `mutation($unit: ID!) { createStaffAccount(input: { phone: "13855550002", name: "区中心干事", password: "district-staff", unitId: $unit, role: STATION_STAFF }) { id } }`,
      { unit: district },
      { token: admin },
    );
    await app.approveRoles(createdStaff.data!.createStaffAccount.id);
    const districtStaff = await app.loginAs('13855550002', 'district-staff');
    const { streetStaff, streetHead, districtAdmin } = driver.actors;

    const applicant = await driver.newApplicant();
    const id = await driver.draft(applicant, 'MEDICAL', { requestedAmountFen: 500_000, title: '大病医疗救助' });
    await driver.ok('submit', applicant.token, id);
    await driver.ok('return', streetStaff, id, { reason: '缺少医疗票据', missingItems: ['住院发票', '出院小结'] });
    await driver.ok('resubmit', applicant.token, id, { note: '已补交住院发票和出院小结' });
    await driver.ok('accept', streetStaff, id);
    await driver.ok('startReview', streetStaff, id);
    await driver.ok('recordVisit', streetStaff, id);
    await driver.ok('propose', streetStaff, id, { input: { amountFen: 500_000, note: '自付费用较高' } });
    const overLimit = await driver.act('approve', streetHead, id);
    expect(overLimit.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
    await driver.ok('escalate', streetHead, id, { reason: '超出街道审批权限' });
    // the district reviews the street's proposal and amends it, then its head approves
    await driver.ok('propose', districtStaff, id, { input: { amountFen: 450_000, note: '扣除医保已报销部分' } });
    await driver.ok('approve', districtAdmin, id, { note: '同意救助四千五百元' });
    await driver.endNotices();

    const result = (await app.gql(TIMELINE, { id }, { token: applicant.token })).data?.case;
    expect(result.status).toBe('READY_TO_PAY');
    expect(result.holder.code).toBe('LY-LS');
    expect(result.caseNumber).toMatch(/^LY-LS-LSJD-\d{4}-\d{6}$/);
    expect(result.events.map((event: any) => [event.action, event.fromStatus, event.toStatus, event.actorRole])).toEqual([
      ['create', null, 'DRAFT', 'WORKER'],
      ['submit', 'DRAFT', 'SUBMITTED', 'WORKER'],
      ['return', 'SUBMITTED', 'RETURNED', 'STATION_STAFF'],
      ['resubmit', 'RETURNED', 'SUBMITTED', 'WORKER'],
      ['accept', 'SUBMITTED', 'ACCEPTED', 'STATION_STAFF'],
      ['startReview', 'ACCEPTED', 'UNDER_REVIEW', 'STATION_STAFF'],
      ['recordVisit', 'UNDER_REVIEW', 'UNDER_REVIEW', 'STATION_STAFF'],
      ['propose', 'UNDER_REVIEW', 'PROPOSED', 'STATION_STAFF'],
      ['escalate', 'PROPOSED', 'ESCALATED', 'UNIT_HEAD'],
      ['arrive', 'ESCALATED', 'PROPOSED', 'SYSTEM'],
      ['amend', 'PROPOSED', 'PROPOSED', 'STATION_STAFF'],
      ['approve', 'PROPOSED', 'APPROVED', 'UNION_ADMIN'],
      ['publicNotice', 'APPROVED', 'PUBLIC_NOTICE', 'SYSTEM'],
      ['noticeEnded', 'PUBLIC_NOTICE', 'READY_TO_PAY', 'SYSTEM'],
    ]);
    expect(result.events[2].comment).toBe('缺少医疗票据');
    expect(result.events[3].comment).toBe('已补交住院发票和出院小结');
  });

  it('walks a service case to CLOSED and rated', async () => {
    const { streetStaff, streetHead } = driver.actors;
    const applicant = await driver.newApplicant();
    const id = await driver.draft(applicant, 'EMPLOYMENT', { title: '再就业岗位推荐', requestedAmountFen: null });
    await driver.ok('submit', applicant.token, id);
    await driver.ok('accept', streetStaff, id);
    await driver.ok('startReview', streetStaff, id);
    await driver.ok('propose', streetStaff, id, { input: { servicePlan: '推荐至园区三家企业面试，并报名叉车技能培训' } });
    const approved = await driver.ok('approve', streetHead, id);
    expect(approved.status).toBe('APPROVED');
    await driver.ok('startService', streetStaff, id);
    await driver.ok('completeService', streetStaff, id, { report: '已与华盛机械签订劳动合同' });
    await driver.ok('close', streetStaff, id, { report: '职工已再就业，帮扶目标达成，办结。' });
    await driver.ok('rate', applicant.token, id, { score: 5, comment: '非常感谢' });

    const result = (await app.gql(TIMELINE, { id }, { token: applicant.token, lang: 'en' })).data?.case;
    expect(result.status).toBe('CLOSED');
    expect(result.events.map((event: any) => event.action)).toEqual([
      'create',
      'submit',
      'accept',
      'startReview',
      'propose',
      'approve',
      'startService',
      'completeService',
      'close',
      'rate',
    ]);
    const rated = await app.gql(
      `query($id: ID!) { case(id: $id) { rating ratingComment closureReport nextStep } }`,
      { id },
      { token: applicant.token, lang: 'en' },
    );
    expect(rated.data?.case).toEqual({
      rating: 5,
      ratingComment: '非常感谢',
      closureReport: '职工已再就业，帮扶目标达成，办结。',
      nextStep: 'Closed. Please rate the service.',
    });
  });
});
