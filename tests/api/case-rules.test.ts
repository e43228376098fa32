import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays } from '@bangfu/shared';
import { CaseDriver } from '../setup/case-driver.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

const CASE = `query($id: ID!) { case(id: $id) { status missingItems returnReason nextStep dueAt overdue submittedAt acceptedAt holder { id } events { action } } }`;

describe('aid-case rules (domain.md §4)', () => {
  let app: TestApp;
  let driver: CaseDriver;
  let street: string;
  let district: string;
  let districtStaff: string;
  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
    street = await app.unitIdByCode('LY-LS-LSJD');
    district = await app.unitIdByCode('LY-LS');
    const admin = await app.loginAs(PHONES.sysadmin);
    const createdStaff = await app.gql(
      `mutation($unit: ID!) { createStaffAccount(input: { phone: "13855550001", name: "区中心干事", password: "district-staff", unitId: $unit, role: STATION_STAFF }) { id } }`,
      { unit: district },
      { token: admin },
    );
    await app.approveRoles(createdStaff.data!.createStaffAccount.id);
    districtStaff = await app.loginAs('13855550001', 'district-staff');
  });
  afterAll(() => app.close());

  const setPolicy = (unitId: string, column: string, value: number, type: string | null = null) =>
    app.sql(
      `insert into aid_policy (unit_id, aid_type, ${column}) values (?, ?, ?) on conflict (unit_id, aid_type) do update set ${column} = excluded.${column}`,
      [unitId, type, value],
    );

  it('refuses approval by the person who proposed (segregation of duties)', async () => {
    const { id } = await driver.caseAt('UNDER_REVIEW');
    await driver.ok('propose', driver.actors.streetHead, id, { input: { amountFen: 50_000 } });
    const result = await driver.act('approve', driver.actors.streetHead, id);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await driver.status(id)).toBe('PROPOSED');
  });

  it('refuses approval above the unit limit with LIMIT_EXCEEDED; escalated with its proposal, the parent approves it as it came', async () => {
    const { id } = await driver.caseAt('PROPOSED', 'LIVING', 300_000);
    const refused = await driver.act('approve', driver.actors.streetHead, id);
    expect(refused.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(refused.errors?.[0].message).toContain('3000.00');
    const escalated = await driver.ok('escalate', driver.actors.streetHead, id);
    expect([escalated.status, escalated.unitId.id, escalated.proposedAmountFen]).toEqual(['PROPOSED', district, 300_000]);
    const approved = await driver.ok('approve', driver.actors.districtAdmin, id);
    expect(approved.status).toBe('PUBLIC_NOTICE');
    expect(approved.approvedAmountFen).toBe(300_000);
  });

  it('moves an escalated case to the parent queue, keeps its history, and continues there with the investigation it had', async () => {
    const { id } = await driver.caseAt('UNDER_REVIEW');
    await driver.ok('recordVisit', driver.actors.streetStaff, id);
    const escalated = await driver.ok('escalate', driver.actors.streetHead, id, { reason: '需区级统筹' });
    expect(escalated.status).toBe('UNDER_REVIEW');
    expect(escalated.unitId.id).toBe(district);
    expect(escalated.events.map((event: any) => event.action)).toEqual([
      'create',
      'submit',
      'accept',
      'startReview',
      'recordVisit',
      'escalate',
      'arrive',
    ]);
    const queue = `query($unit: ID!) { caseQueue(unitId: $unit) { edges { node { id } } } }`;
    const districtQueue = await app.gql(queue, { unit: district }, { token: driver.actors.districtAdmin });
    expect(districtQueue.data?.caseQueue.edges.map((edge: any) => edge.node.id)).toContain(id);
    const streetQueue = await app.gql(queue, { unit: street }, { token: driver.actors.streetStaff });
    expect(streetQueue.data?.caseQueue.edges.map((edge: any) => edge.node.id)).not.toContain(id);
    // the registering station still reads it, but acting now needs a role at the district
    expect((await app.gql(CASE, { id }, { token: driver.actors.streetStaff })).data?.case.status).toBe('UNDER_REVIEW');
    expect(
      (await driver.act('propose', driver.actors.streetStaff, id, { input: { amountFen: 100_000 } })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    // the district proposes on the street's visit, without starting the investigation again
    expect((await driver.ok('propose', districtStaff, id, { input: { amountFen: 100_000 } })).status).toBe('PROPOSED');
  });

  it('marks a case changed for the upper system only when it changes: a home visit adds to its timeline alone', async () => {
    const { id } = await driver.caseAt('UNDER_REVIEW');
    const state = async () =>
      (
        await app.sql<{ changed: string; status: string; visits: number }>(
          `select updated_at::text as changed, status, (select count(*)::int from case_event e where e.case_id = c.id and e.action = 'recordVisit') as visits
           from aid_case c where id = ?`,
          [id],
        )
      )[0];
    const before = await state();
    await driver.ok('recordVisit', driver.actors.streetStaff, id);
    expect(await state()).toEqual({ ...before, visits: 1 });
    await driver.ok('propose', driver.actors.streetStaff, id, { input: { amountFen: 100_000 } });
    const proposed = await state();
    expect(proposed.status).toBe('PROPOSED');
    expect(proposed.changed > before.changed).toBe(true);
  });

  it('refuses escalation from the top of the network', async () => {
    const city = await app.unitIdByCode('LY');
    const draft = await app.gql(
      `mutation($input: CaseDraftInput!) { saveDraft(input: $input) { id } }`,
      {
        input: {
          clientId: 'city-walk-in-0001',
          type: 'PETITION',
          channel: 'WALK_IN',
          unitId: city,
          applicantName: '来访群众',
          title: '信访',
        },
      },
      { token: driver.actors.cityAdmin },
    );
    const id = draft.data?.saveDraft.id;
    for (const action of ['submit', 'accept', 'startReview']) await driver.ok(action, driver.actors.cityAdmin, id);
    const result = await driver.act('escalate', driver.actors.cityAdmin, id);
    expect(result.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('caps money aid per household and type per year', async () => {
    await setPolicy(street, 'yearly_cap_fen', 150_000, 'MEDICAL');
    const applicant = await driver.newApplicant();
    const first = await driver.draft(applicant, 'MEDICAL');
    const second = await driver.draft(applicant, 'MEDICAL');
    const living = await driver.draft(applicant, 'LIVING');
    for (const [id, amount] of [
      [first, 100_000],
      [second, 60_000],
      [living, 60_000],
    ] as const) {
      await driver.ok('submit', applicant.token, id);
      await driver.ok('accept', driver.actors.streetStaff, id);
      await driver.ok('startReview', driver.actors.streetStaff, id);
      await driver.ok('propose', driver.actors.streetStaff, id, { input: { amountFen: amount } });
    }
    await driver.ok('approve', driver.actors.streetHead, first);
    const capped = await driver.act('approve', driver.actors.streetHead, second);
    expect(capped.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(await driver.status(second)).toBe('PROPOSED');
    // another aid type has its own cap
    expect((await driver.ok('approve', driver.actors.streetHead, living)).status).toBe('PUBLIC_NOTICE');
  });

  it('needs an ACTIVE file for money aid, except emergency disaster and accident aid', async () => {
    const living = await driver.caseAt('PROPOSED', 'LIVING');
    const disaster = await driver.caseAt('PROPOSED', 'DISASTER');
    await app.sql(`update hardship_file set status = 'SUSPENDED' where id in (?, ?)`, [living.applicant.fileId, disaster.applicant.fileId]);
    const refused = await driver.act('approve', driver.actors.streetHead, living.id);
    expect(refused.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    expect(refused.errors?.[0].message).toMatch(/active hardship file/);
    expect((await driver.ok('approve', driver.actors.streetHead, disaster.id)).status).not.toBe('PROPOSED');
  });

  it('lets a desk register emergency aid for someone without a file, but not living aid', async () => {
    const register = (clientId: string, type: string) =>
      app.gql(
        `mutation($input: CaseDraftInput!) { saveDraft(input: $input) { id } }`,
        {
          input: { clientId, type, channel: 'WALK_IN', unitId: street, applicantName: '李临时', title: '房屋受灾' },
        },
        { token: driver.actors.streetStaff },
      );
    const emergency = (await register('walk-in-disaster-1', 'DISASTER')).data?.saveDraft.id;
    const living = (await register('walk-in-living-01', 'LIVING')).data?.saveDraft.id;
    for (const id of [emergency, living]) {
      for (const action of ['submit', 'accept', 'startReview']) await driver.ok(action, driver.actors.streetStaff, id);
    }
    expect((await driver.ok('propose', driver.actors.streetStaff, emergency, { input: { amountFen: 100_000 } })).status).toBe('PROPOSED');
    expect(
      (await driver.act('propose', driver.actors.streetStaff, living, { input: { amountFen: 100_000 } })).errors?.[0].extensions?.code,
    ).toBe('INVALID_TRANSITION');
    // the city's policy gives emergency aid no notice period: approval leads straight to READY_TO_PAY
    const approved = await driver.ok('approve', driver.actors.streetHead, emergency);
    expect(approved.status).toBe('READY_TO_PAY');
    expect(approved.events.slice(-2).map((event: any) => event.action)).toEqual(['approve', 'noticeSkipped']);
  });

  it('returns a case with every missing item listed, which the worker sees with the next step', async () => {
    const { id, applicant } = await driver.caseAt('SUBMITTED');
    await driver.ok('return', driver.actors.streetStaff, id, {
      reason: '请补充材料',
      missingItems: ['近三个月收入证明', '医院诊断书', '户口本复印件'],
    });
    const seen = (await app.gql(CASE, { id }, { token: applicant.token, lang: 'zh-CN' })).data?.case;
    expect(seen.missingItems).toEqual(['近三个月收入证明', '医院诊断书', '户口本复印件']);
    expect(seen.returnReason).toBe('请补充材料');
    expect(seen.nextStep).toBe('材料不全，请按清单补齐后重新提交。');
  });

  it('notices an approval for the configured days with masked names; the end of the notice makes it payable', async () => {
    await setPolicy(street, 'notice_days', 3);
    const { id } = await driver.caseAt('PROPOSED');
    await app.sql(`update aid_case set applicant_name = '张小三' where id = ?`, [id]);
    const approved = await driver.ok('approve', driver.actors.streetHead, id);
    const days = (new Date(approved.noticeEndsAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.99);
    expect(days).toBeLessThan(3.01);
    const notices = await app.gql(
      `query($unit: ID!) { publicNotices(unitId: $unit) { caseId maskedName amountFen } }`,
      { unit: street },
      { token: driver.actors.worker },
    );
    expect(notices.data?.publicNotices).toContainEqual({ caseId: id, maskedName: '张*三', amountFen: 100_000 });
    expect(JSON.stringify(notices.data)).not.toContain('张小三');
    await driver.endNotices();
    const after = (await app.gql(CASE, { id }, { token: driver.actors.streetStaff })).data?.case;
    expect(after.status).toBe('READY_TO_PAY');
    expect(after.events.at(-1).action).toBe('noticeEnded');
  });

  it('sends a case back to review when an objection is upheld, and holds the notice while one is open', async () => {
    const { id } = await driver.caseAt('PUBLIC_NOTICE');
    await driver.ok('raiseObjection', driver.actors.streetStaff, id);
    await driver.endNotices();
    expect(await driver.status(id)).toBe('PUBLIC_NOTICE');
    const twice = await driver.act('raiseObjection', driver.actors.districtAdmin, id);
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    const upheld = await driver.ok('resolveObjection', driver.actors.streetHead, id, { upheld: true, note: '核实确有隐瞒收入' });
    expect(upheld.status).toBe('UNDER_REVIEW');
    expect(upheld.approvedAmountFen).toBeNull();
  });

  it('closes only with a closure report, and takes one rating of 1 to 5 from the worker', async () => {
    const { id, applicant } = await driver.caseAt('SERVICE_DONE', 'LEGAL_AID');
    expect((await driver.act('close', driver.actors.streetStaff, id, { report: '好' })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    await driver.ok('close', driver.actors.streetStaff, id);
    expect((await driver.act('rate', applicant.token, id, { score: 6 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await driver.ok('rate', applicant.token, id, { score: 4, comment: '律师很耐心' })).rating).toBe(4);
    expect((await driver.act('rate', applicant.token, id, { score: 1 })).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('lets the worker withdraw up to READY_TO_PAY, and not after a decision to reject', async () => {
    const ready = await driver.caseAt('READY_TO_PAY');
    expect((await driver.ok('withdraw', ready.applicant.token, ready.id, { reason: '已获其他救助' })).status).toBe('WITHDRAWN');
    const rejected = await driver.caseAt('PROPOSED');
    await driver.ok('reject', driver.actors.streetHead, rejected.id);
    expect((await driver.act('withdraw', rejected.applicant.token, rejected.id)).errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    // paying comes with the funds module; once paid, the money cannot be withdrawn from
    const paid = await driver.caseAt('READY_TO_PAY');
    await app.sql(`update aid_case set status = 'DISBURSED' where id = ?`, [paid.id]);
    expect((await driver.act('withdraw', paid.applicant.token, paid.id)).errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('lets a worker act only on their own case', async () => {
    const { id } = await driver.caseAt('SUBMITTED');
    const other = await driver.newApplicant();
    for (const action of ['withdraw', 'resubmit', 'rate']) {
      expect((await driver.act(action, other.token, id)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect((await app.gql(CASE, { id }, { token: other.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('sets deadlines in working days and flags overdue cases in the queue', async () => {
    const { id, applicant } = await driver.caseAt('SUBMITTED');
    const submitted = (await app.gql(CASE, { id }, { token: applicant.token })).data?.case;
    expect(submitted.dueAt).toBe(addWorkingDays(new Date(submitted.submittedAt), 3).toISOString());
    const accepted = await driver.ok('accept', driver.actors.streetStaff, id);
    const acceptedCase = (await app.gql(CASE, { id }, { token: applicant.token })).data?.case;
    expect(accepted.dueAt).toBe(addWorkingDays(new Date(acceptedCase.acceptedAt), 15).toISOString());
    expect(accepted.overdue).toBe(false);
    await app.sql(`update aid_case set due_at = now() - interval '1 day' where id = ?`, [id]);
    const overdue = await app.gql(
      `query($unit: ID!) { caseQueue(unitId: $unit, overdueOnly: true) { edges { node { id overdue } } } }`,
      { unit: street },
      { token: driver.actors.streetStaff },
    );
    expect(overdue.data?.caseQueue.edges).toContainEqual({ node: { id, overdue: true } });
    expect(overdue.data?.caseQueue.edges.every((edge: any) => edge.node.overdue)).toBe(true);
  });

  it('saves a draft once per clientId, even when synced again after submission', async () => {
    const applicant = await driver.newApplicant();
    const save = () =>
      app.gql(
        `mutation($input: CaseDraftInput!) { saveDraft(input: $input) { id status } }`,
        {
          input: { clientId: 'offline-draft-abc123', type: 'EDUCATION', fileId: applicant.fileId, title: '金秋助学' },
        },
        { token: applicant.token },
      );
    const [a, b] = await Promise.all([save(), save()]);
    expect(a.data?.saveDraft.id).toBe(b.data?.saveDraft.id);
    await driver.ok('submit', applicant.token, a.data?.saveDraft.id);
    expect((await save()).data?.saveDraft).toEqual({ id: a.data?.saveDraft.id, status: 'SUBMITTED' });
    const rows = await app.sql(`select 1 from aid_case where client_id = 'offline-draft-abc123'`);
    expect(rows).toHaveLength(1);
  });

  it('numbers cases at acceptance by unit, year and sequence', async () => {
    const one = await driver.caseAt('ACCEPTED');
    const two = await driver.caseAt('ACCEPTED');
    const numbers = await app.sql<{ case_number: string }>(`select case_number from aid_case where id in (?, ?) order by id`, [
      one.id,
      two.id,
    ]);
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    for (const { case_number } of numbers) expect(case_number).toMatch(new RegExp(`^LY-LS-LSJD-${year}-\\d{6}$`));
    expect(Number(numbers[1].case_number.slice(-6))).toBe(Number(numbers[0].case_number.slice(-6)) + 1);
  });

  it('returns a case for a document the home visit found missing; sent again, it is accepted again under its case number', async () => {
    const { id, applicant } = await driver.caseAt('UNDER_REVIEW', 'MEDICAL');
    const [{ case_number: numbered }] = await app.sql<{ case_number: string }>(`select case_number from aid_case where id = ?`, [id]);
    const returned = await driver.ok('return', driver.actors.streetStaff, id, {
      reason: '入户发现缺少出院小结',
      missingItems: ['出院小结'],
    });
    expect([returned.status, returned.missingItems]).toEqual(['RETURNED', ['出院小结']]);
    await driver.ok('resubmit', applicant.token, id, { note: '已补交出院小结' });
    const accepted = await driver.ok('accept', driver.actors.streetStaff, id);
    expect([accepted.status, accepted.caseNumber]).toEqual(['ACCEPTED', numbered]);
    // not once a proposal is made: the head decides on it instead
    const proposed = await driver.caseAt('PROPOSED', 'MEDICAL');
    expect((await driver.act('return', driver.actors.streetStaff, proposed.id)).errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
  });

  it("gives staff acting on a case the applicant's phone and the names of who took each step; readers above see it masked, the worker sees roles", async () => {
    const { id, applicant } = await driver.caseAt('ACCEPTED');
    const [{ phone }] = await app.sql<{ phone: string }>(`select phone from app_user where id = ?`, [applicant.userId]);
    const [{ name: staffName }] = await app.sql<{ name: string }>(`select name from app_user where phone = ?`, [PHONES.lanshanStreetStaff]);
    const read = async (token: string) =>
      (await app.gql(`query($id: ID!) { case(id: $id) { applicantPhone events { action actorName actorRole } } }`, { id }, { token })).data!
        .case;
    const staff = await read(driver.actors.streetStaff);
    expect(staff.applicantPhone).toBe(phone);
    expect(staff.events.find((event: { action: string }) => event.action === 'accept')).toEqual({
      action: 'accept',
      actorName: staffName,
      actorRole: 'STATION_STAFF',
    });
    expect(staff.events[0].actorName).toBe('测试职工');
    expect((await read(driver.actors.auditor)).applicantPhone).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    expect((await read(driver.actors.districtAdmin)).applicantPhone).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    const own = await read(applicant.token);
    expect(own.events.every((event: { actorName: string | null }) => event.actorName === null)).toBe(true);
  });

  it('lets desk staff register and submit for a walk-in worker, who then follows the case', async () => {
    const applicant = await driver.newApplicant();
    const draft = await app.gql(
      `mutation($input: CaseDraftInput!) { saveDraft(input: $input) { id } }`,
      {
        input: { clientId: 'desk-registration-1', type: 'LEGAL_AID', channel: 'WALK_IN', fileId: applicant.fileId, title: '欠薪法律援助' },
      },
      { token: driver.actors.streetStaff },
    );
    const id = draft.data?.saveDraft.id;
    expect((await driver.ok('submit', driver.actors.streetStaff, id)).status).toBe('SUBMITTED');
    const mine = await app.gql(`{ myCases { totalCount edges { node { id channel } } } }`, {}, { token: applicant.token });
    expect(mine.data?.myCases.edges).toContainEqual({ node: { id, channel: 'WALK_IN' } });
  });

  it('accepts in bulk with a result per id', async () => {
    const a = await driver.caseAt('SUBMITTED');
    const b = await driver.caseAt('ACCEPTED');
    const sibling = await app.gql(
      `mutation($input: CaseDraftInput!) { saveDraft(input: $input) { id } }`,
      {
        input: {
          clientId: 'sibling-walk-in-01',
          type: 'PETITION',
          channel: 'LETTER',
          unitId: await app.unitIdByCode('LY-LS-YQS'),
          applicantName: '写信人',
          title: '来信',
        },
      },
      { token: driver.actors.siblingStaff },
    );
    await driver.ok('submit', driver.actors.siblingStaff, sibling.data?.saveDraft.id);
    const result = await app.gql(
      `mutation($ids: [ID!]!) { bulkAcceptCases(ids: $ids) { id ok code case { status } } }`,
      { ids: [a.id, b.id, sibling.data?.saveDraft.id, 'nope'] },
      { token: driver.actors.streetStaff },
    );
    expect(result.data?.bulkAcceptCases).toEqual([
      { id: a.id, ok: true, code: null, case: { status: 'ACCEPTED' } },
      { id: b.id, ok: false, code: 'INVALID_TRANSITION', case: null },
      { id: sibling.data?.saveDraft.id, ok: false, code: 'NOT_FOUND', case: null },
      { id: 'nope', ok: false, code: 'NOT_FOUND', case: null },
    ]);
  });
});
