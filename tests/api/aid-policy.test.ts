import { describe, expect, it } from 'vitest';
import { appWithDriver } from '../setup/case-driver.js';
import { PHONES } from '../setup/test-app.js';

const POLICIES = `query($unit: ID!) { aidPolicies(unitId: $unit) {
  unitId editable settings { aidType approvalLimitFen yearlyCapFen noticeDays acceptWithinWorkingDays decideWithinWorkingDays }
  inForce { aidType approvalLimitFen yearlyCapFen noticeDays acceptWithinWorkingDays decideWithinWorkingDays sources { field unitId unitName } } } }`;
const SET = `mutation($unit: ID!, $input: AidPolicyInput!) { setAidPolicy(unitId: $unit, input: $input) {
  settings { aidType approvalLimitFen noticeDays } inForce { aidType approvalLimitFen noticeDays } } }`;

interface InForce {
  aidType: string;
  approvalLimitFen: number;
  yearlyCapFen: number;
  noticeDays: number;
  sources: { field: string; unitId: string | null; unitName: string | null }[];
}

describe('aid policies: approval limits, caps, notice periods and deadlines per unit (domain.md §4)', () => {
  const context = appWithDriver();
  const policyRows = () => context.app.sql(`select * from aid_policy order by id`);
  const policyAudits = () => context.app.sql(`select * from audit_event where action = 'aidPolicy.set' order by id`);
  const inForce = async (unit: string, token: string, type: string): Promise<InForce> => {
    const { data, errors } = await context.app.gql(POLICIES, { unit }, { token });
    expect(errors).toBeUndefined();
    return data?.aidPolicies.inForce.find((row: InForce) => row.aidType === type);
  };

  it('takes each value from the nearest unit that sets it, a type row before the general row, then the defaults, and says where it came from', async () => {
    const { app, driver } = context;
    const city = await app.unitIdByCode('LY');
    const living = await inForce(driver.street, driver.actors.streetStaff, 'LIVING');
    expect(living).toMatchObject({ approvalLimitFen: 200_000, yearlyCapFen: 2_000_000, noticeDays: 5 });
    expect(living.sources).toContainEqual({ field: 'approvalLimitFen', unitId: driver.street, unitName: '兰山街道职工服务中心' });
    expect(living.sources).toContainEqual({ field: 'yearlyCapFen', unitId: null, unitName: null });
    const disaster = await inForce(driver.street, driver.actors.streetStaff, 'DISASTER');
    expect(disaster).toMatchObject({ approvalLimitFen: 200_000, noticeDays: 0 });
    expect(disaster.sources).toContainEqual({ field: 'noticeDays', unitId: city, unitName: expect.stringContaining('临沂市') });
    const { data } = await app.gql(POLICIES, { unit: driver.street }, { token: driver.actors.streetStaff });
    expect(data?.aidPolicies.editable).toBe(false);
    expect(data?.aidPolicies.settings).toEqual([
      {
        aidType: null,
        approvalLimitFen: 200_000,
        yearlyCapFen: null,
        noticeDays: null,
        acceptWithinWorkingDays: null,
        decideWithinWorkingDays: null,
      },
    ]);
  });

  it("lets the district union raise a station's limit, which the next approval follows, with an audit event of before and after", async () => {
    const { app, driver } = context;
    const { id } = await driver.caseAt('PROPOSED', 'MEDICAL', 300_000);
    const approve = () => app.gql(`mutation($id: ID!) { approveCase(id: $id) { status } }`, { id }, { token: driver.actors.streetHead });
    expect((await approve()).errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');

    const set = await app.gql(
      SET,
      { unit: driver.street, input: { aidType: 'MEDICAL', approvalLimitFen: 500_000 } },
      { token: driver.actors.districtAdmin },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.setAidPolicy.inForce.find((row: InForce) => row.aidType === 'MEDICAL').approvalLimitFen).toBe(500_000);
    expect(set.data?.setAidPolicy.inForce.find((row: InForce) => row.aidType === 'LIVING').approvalLimitFen).toBe(200_000);
    expect((await approve()).data?.approveCase.status).toBe('PUBLIC_NOTICE');

    const [audit] = await policyAudits();
    expect(audit).toMatchObject({ unit_id: driver.street, entity_id: `${driver.street}:MEDICAL`, before: null });
    expect(audit.after).toMatchObject({ aidType: 'MEDICAL', approvalLimitFen: 500_000, noticeDays: null });

    // an empty row is removed: the station's general limit applies again
    const cleared = await app.gql(SET, { unit: driver.street, input: { aidType: 'MEDICAL' } }, { token: driver.actors.districtAdmin });
    expect(cleared.data?.setAidPolicy.inForce.find((row: InForce) => row.aidType === 'MEDICAL').approvalLimitFen).toBe(200_000);
    expect(await app.sql(`select 1 from aid_policy where unit_id = ? and aid_type = 'MEDICAL'`, [driver.street])).toEqual([]);
    const audits = await policyAudits();
    expect(audits.at(-1)).toMatchObject({ after: null, before: expect.objectContaining({ approvalLimitFen: 500_000 }) });
  });

  it('lets the operator set the top of the network, whose values the whole subtree inherits', async () => {
    const { app, driver } = context;
    const city = await app.unitIdByCode('LY');
    const operator = await app.loginAs(PHONES.sysadmin);
    const set = await app.gql(SET, { unit: city, input: { approvalLimitFen: 5_000_000, yearlyCapFen: 3_000_000 } }, { token: operator });
    expect(set.errors).toBeUndefined();
    expect((await inForce(driver.street, driver.actors.streetStaff, 'EDUCATION')).yearlyCapFen).toBe(3_000_000);
  });

  it("refuses a station raising its own limit, a district setting its own or a sibling's, and bad values, changing nothing", async () => {
    const { app, driver } = context;
    const lanshan = await app.unitIdByCode('LY-LS');
    const luozhuangStreet = await app.unitIdByCode('LY-LZ-LZJD');
    const rowsBefore = await policyRows();
    const auditsBefore = await policyAudits();
    const refusals: [string, string, Record<string, unknown>, string][] = [
      [driver.actors.streetHead, driver.street, { approvalLimitFen: 9_000_000 }, 'FORBIDDEN'],
      [driver.actors.streetStaff, driver.street, { approvalLimitFen: 9_000_000 }, 'FORBIDDEN'],
      [driver.actors.worker, driver.street, { approvalLimitFen: 9_000_000 }, 'FORBIDDEN'],
      [driver.actors.auditor, driver.street, { approvalLimitFen: 9_000_000 }, 'FORBIDDEN'],
      [driver.actors.districtAdmin, lanshan, { approvalLimitFen: 9_000_000 }, 'FORBIDDEN'],
      [driver.actors.districtAdmin, luozhuangStreet, { approvalLimitFen: 9_000_000 }, 'NOT_FOUND'],
      [driver.actors.districtAdmin, '99999999', { approvalLimitFen: 9_000_000 }, 'NOT_FOUND'],
      [driver.actors.districtAdmin, driver.street, { aidType: 'LIVING', noticeDays: 0 }, 'BAD_USER_INPUT'],
      [driver.actors.districtAdmin, driver.street, { noticeDays: 0 }, 'BAD_USER_INPUT'],
      [driver.actors.districtAdmin, driver.street, { approvalLimitFen: -1 }, 'BAD_USER_INPUT'],
      [driver.actors.districtAdmin, driver.street, { decideWithinWorkingDays: 0 }, 'BAD_USER_INPUT'],
      [driver.actors.districtAdmin, driver.street, { noticeDays: 61 }, 'BAD_USER_INPUT'],
    ];
    for (const [token, unit, input, code] of refusals) {
      const { errors } = await app.gql(SET, { unit, input }, { token });
      expect(errors?.[0].extensions?.code, JSON.stringify(input)).toBe(code);
    }
    // emergency aid may skip the notice
    expect(
      (await app.gql(SET, { unit: driver.street, input: { aidType: 'ACCIDENT', noticeDays: 0 } }, { token: driver.actors.districtAdmin }))
        .errors,
    ).toBeUndefined();
    expect((await policyRows()).length).toBe(rowsBefore.length + 1);
    expect((await policyAudits()).length).toBe(auditsBefore.length + 1);
  });

  it("shows a unit's policies to readers of its records only", async () => {
    const { app, driver } = context;
    expect((await app.gql(POLICIES, { unit: driver.street }, { token: driver.actors.siblingStaff })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await app.gql(POLICIES, { unit: await app.unitIdByCode('LY-LS') }, { token: driver.actors.streetStaff })).errors?.[0].extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect((await app.gql(POLICIES, { unit: driver.street }, { token: driver.actors.worker })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    const district = await app.gql(POLICIES, { unit: driver.street }, { token: driver.actors.districtAdmin });
    expect(district.data?.aidPolicies.editable).toBe(true);
  });
});
