import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINYI_RUBRIC_2014, rubricItems } from '@bangfu/shared';
import { CaseDriver } from '../setup/case-driver.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

const ASSESSMENT = `query($unit: ID!, $year: Int!) { assessment(unitId: $unit, year: $year) { id districtScore cityScore decision tier failing
  eligibility { eligible reasons } items { key prefilled evidence districtScore } } }`;
const SCORE = `mutation($id: ID!, $level: UnitLevel!, $items: [RubricScoreInput!]!) { scoreAssessment(id: $id, scorerLevel: $level, items: $items) { districtScore cityScore tier eligibility { eligible reasons } } }`;
const shanghaiDay = (offset: number) => new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/** Every item at full marks, then the given items changed. */
const scores = (overrides: Record<string, number> = {}) =>
  rubricItems(LINYI_RUBRIC_2014).map((item) => ({ key: item.key, points: overrides[item.key] ?? item.points }));

describe('station assessments (domain.md §6)', () => {
  let app: TestApp;
  let driver: CaseDriver;
  const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  let stations: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
    const opened = await app.gql(
      `mutation($input: AssessmentCycleInput!) { openAssessmentCycle(input: $input) { id applicationFrom rubricVersion } }`,
      {
        input: {
          unitId: await app.unitIdByCode('LY'),
          year,
          applicationFrom: shanghaiDay(-1),
          applicationUntil: shanghaiDay(1),
          selfCheckUntil: shanghaiDay(-1),
        },
      },
      { token: driver.actors.cityAdmin },
    );
    expect(opened.data?.openAssessmentCycle.rubricVersion).toBe('linyi-2014');
    stations = Object.fromEntries(
      await Promise.all(
        ['LY-LS-LSJD', 'LY-LS-YQS', 'LY-LS-LSJD-HS', 'LY-LS-YQS-MS'].map(async (code) => [code, await app.unitIdByCode(code)]),
      ),
    );
  });
  afterAll(() => app.close());

  const assessmentOf = async (code: string) =>
    (await app.gql(ASSESSMENT, { unit: stations[code], year }, { token: driver.actors.cityAdmin })).data!.assessment;
  const score = (id: string, level: string, items: unknown, token = driver.actors.districtAdmin) =>
    app.gql(SCORE, { id, level, items }, { token });
  const apply = (id: string, token = driver.actors.streetHead) =>
    app.gql(`mutation($id: ID!) { applyForDemonstration(assessmentId: $id) { appliedAt } }`, { id }, { token, lang: 'en' });

  it('pre-fills what the system can measure, with the evidence', async () => {
    const assessment = await assessmentOf('LY-LS-LSJD');
    const byKey = Object.fromEntries(assessment.items.map((item: any) => [item.key, item]));
    expect(byKey.dataInSystem).toMatchObject({ prefilled: 5, evidence: expect.stringMatching(/档案 \d+ 份/) });
    expect(byKey.living).toMatchObject({ prefilled: 3 });
    expect(byKey.petitions).toMatchObject({ prefilled: 0, evidence: `${year} 年相关案件 0 件` });
    expect(byKey.aidFund.prefilled).toBe(0);
    expect(byKey.workingBudget).toMatchObject({ prefilled: 0, evidence: `${year} 年到账经费 0.00 元` });
    expect(byKey.doorPlate.prefilled).toBeNull();
  });

  it('scores per item within its points, the district first and then the city, by the right level only', async () => {
    const { id } = await assessmentOf('LY-LS-YQS');
    expect((await score(id, 'CITY', scores(), driver.actors.cityAdmin)).errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    expect((await score(id, 'DISTRICT', scores({ streetWindow: 12 }))).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await score(id, 'DISTRICT', [{ key: 'noSuchItem', points: 1 }])).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await score(id, 'DISTRICT', scores(), driver.actors.streetHead)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await score(id, 'DISTRICT', scores(), driver.actors.cityAdmin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await score(id, 'DISTRICT', scores({ streetWindow: 5 }))).data?.scoreAssessment.districtScore).toBe(94);
    const city = await score(id, 'CITY', scores({ streetWindow: 9, officeEquipment: 0 }), driver.actors.cityAdmin);
    expect(city.data?.scoreAssessment).toMatchObject({ districtScore: 94, cityScore: 93 });
  });

  it('admits 85 and refuses 84 for a demonstration application, with the reason', async () => {
    const { id: at85 } = await assessmentOf('LY-LS-LSJD');
    const { id: at84 } = await assessmentOf('LY-LS-LSJD-HS');
    await score(at85, 'DISTRICT', scores({ streetWindow: 0, workBadges: 0, doorPlate: 2 }));
    await score(at84, 'DISTRICT', scores({ streetWindow: 0, workBadges: 0, doorPlate: 1 }));
    expect((await assessmentOf('LY-LS-LSJD')).districtScore).toBe(85);
    expect((await assessmentOf('LY-LS-LSJD-HS')).districtScore).toBe(84);
    const refused = await apply(at84, await app.loginAs(PHONES.huashengStaff));
    expect(refused.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    expect(refused.errors?.[0].message).toMatch(/at least 85/);
    expect((await apply(at85)).data?.applyForDemonstration.appliedAt).toBeTruthy();
  });

  it('refuses a station with a category at zero, and an office-bound station without a street window', async () => {
    const { id } = await assessmentOf('LY-LS-YQS-MS');
    await score(id, 'DISTRICT', scores({ headInCharge: 0, fixedStaff: 0 }));
    expect((await assessmentOf('LY-LS-YQS-MS')).districtScore).toBe(90);
    const admin = await app.loginAs(PHONES.sysadmin);
    const createdStaff = await app.gql(
      `mutation($unit: ID!) { createStaffAccount(input: { phone: "13844440001", name: "蒙山站员", password: "station-pass", unitId: $unit, role: STATION_STAFF }) { id } }`,
      { unit: stations['LY-LS-YQS-MS'] },
      { token: admin },
    );
    await app.approveRoles(createdStaff.data!.createStaffAccount.id);
    const zero = await apply(id, await app.loginAs('13844440001', 'station-pass'));
    expect(zero.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    expect(zero.errors?.[0].message).toMatch(/category scored zero/);

    const { id: yqs } = await assessmentOf('LY-LS-YQS');
    await app.gql(
      `mutation($id: ID!) { updateUnit(id: $id, input: { inUnionOffice: true, streetFacing: false }) { inUnionOffice } }`,
      { id: stations['LY-LS-YQS'] },
      { token: admin },
    );
    const office = await apply(yqs, driver.actors.siblingStaff);
    expect(office.errors?.[0].message).toMatch(/inside a union office/);
    await app.gql(
      `mutation($id: ID!) { updateUnit(id: $id, input: { streetFacing: true }) { streetFacing } }`,
      { id: stations['LY-LS-YQS'] },
      { token: admin },
    );
    expect((await apply(yqs, driver.actors.siblingStaff)).errors).toBeUndefined();

    await score(id, 'DISTRICT', scores({ doorPlate: 0, workBadges: 0, streetWindow: 0, publicCenterWindow: 0, officeEquipment: 0 }));
    const reasons = (await app.gql(ASSESSMENT, { unit: stations['LY-LS-YQS-MS'], year }, { token: driver.actors.cityAdmin, lang: 'en' }))
      .data?.assessment.eligibility.reasons;
    expect(reasons).toEqual([
      'A district score of at least 85 is needed to apply as a demonstration station',
      'A category scored zero; the station cannot apply',
    ]);
  });

  it('grants demonstration status by the city and pays the ¥10,000 grant exactly once', async () => {
    const { id } = await assessmentOf('LY-LS-LSJD');
    const decide = (granted: boolean, token = driver.actors.cityAdmin) =>
      app.gql(
        `mutation($id: ID!, $granted: Boolean!) { decideDemonstration(assessmentId: $id, granted: $granted) { decision } }`,
        { id, granted },
        { token },
      );
    expect((await decide(true, driver.actors.districtAdmin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const grants = async () =>
      app.sql<{ amount: string }>(
        `select e.amount_fen::text as amount from ledger_transaction t join ledger_entry e on e.transaction_id = t.id join ledger_account a on a.id = e.account_id and a.kind = 'FUND'
       where t.idempotency_key = ?`,
        [`demonstration-grant-${id}`],
      );
    const [first, second] = await Promise.all([decide(true), decide(true)]);
    expect(first.data?.decideDemonstration.decision).toBe('GRANTED');
    expect(second.data?.decideDemonstration.decision).toBe('GRANTED');
    expect(await decide(true)).toMatchObject({ data: { decideDemonstration: { decision: 'GRANTED' } } });
    expect(await grants()).toEqual([{ amount: '1000000' }]);
    expect((await decide(false)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const [unit] = await app.sql<{ demonstration_years: number[] }>(`select demonstration_years from unit where id = ?`, [
      stations['LY-LS-LSJD'],
    ]);
    expect(unit.demonstration_years).toContain(year);
    // the grant is money the station received this year: its working budget now shows
    const budget = (await assessmentOf('LY-LS-LSJD')).items.find((item: any) => item.key === 'workingBudget');
    expect(budget).toMatchObject({ prefilled: 5, evidence: `${year} 年到账经费 10000.00 元` });
  });

  it('gives the Wuhan tier from the final scores and flags failing stations', async () => {
    const admin = await app.loginAs(PHONES.sysadmin);
    const created = await app.gql(
      `mutation($parent: ID!) { createUnit(input: { code: "LY-LS-NEW", name: "新建站点", level: STREET, parentId: $parent }) { id } }`,
      { parent: await app.unitIdByCode('LY-LS') },
      { token: admin },
    );
    const stationId = created.data?.createUnit.id;
    const cycleYear = year + 1;
    await app.gql(
      `mutation($input: AssessmentCycleInput!) { openAssessmentCycle(input: $input) { id } }`,
      { input: { unitId: await app.unitIdByCode('LY'), year: cycleYear } },
      { token: driver.actors.cityAdmin },
    );
    const { id } = (await app.gql(ASSESSMENT, { unit: stationId, year: cycleYear }, { token: driver.actors.cityAdmin })).data!.assessment;
    // no ratings: satisfaction 0, so no tier whatever the hardware
    expect((await score(id, 'DISTRICT', scores())).data?.scoreAssessment.tier).toBe('NONE');
    const failing = await score(
      id,
      'DISTRICT',
      scores({ streetWindow: 0, publicCenterWindow: 0, writtenRules: 0, rulesPosted: 0, officeEquipment: 0, workingBudget: 0 }),
    );
    expect(failing.data?.scoreAssessment.districtScore).toBe(57);
    expect(
      (await app.gql(ASSESSMENT, { unit: stationId, year: cycleYear }, { token: driver.actors.cityAdmin })).data?.assessment.failing,
    ).toBe(true);
  });
});
