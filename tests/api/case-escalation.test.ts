import { describe, expect, it } from 'vitest';
import { appWithDriver } from '../setup/case-driver.js';

const HINTS = `query($id: ID!) { case(id: $id) { status proposedAmountFen approvalLimitFen approvalHint allowedActions } }`;

/**
 * Escalation carries the lower unit's work up (issue 26, dead end 2): the parent approves the proposal it received,
 * or amends it with a reason; whoever cannot approve is told why and what to do instead.
 */
describe('escalated cases and the approval they wait for', () => {
  const context = appWithDriver();
  const codeOf = (result: { errors?: { extensions?: { code?: unknown } }[] }) => result.errors?.[0]?.extensions?.code;
  const hints = async (id: string, token: string) => (await context.app.gql(HINTS, { id }, { token, lang: 'zh-CN' })).data!.case;

  it("tells the station head a proposal is above the unit's limit, and lets the parent approve it as it came up", async () => {
    const { app, driver } = context;
    const { streetHead, streetStaff, districtAdmin, auditor } = driver.actors;
    const { id } = await driver.caseAt('PROPOSED', 'LIVING', 300_000);
    const atStreet = await hints(id, streetHead);
    const policy = await app.gql(
      `query($u: ID!) { aidPolicies(unitId: $u) { inForce { aidType approvalLimitFen } } }`,
      { u: driver.street },
      { token: streetHead },
    );
    const living = policy.data!.aidPolicies.inForce.find((row: { aidType: string }) => row.aidType === 'LIVING');
    expect(atStreet.approvalLimitFen).toBe(living.approvalLimitFen);
    expect(atStreet.approvalLimitFen).toBeLessThan(300_000);
    expect(atStreet.approvalHint).toBe(
      `拟帮扶金额 3000.00 元超过本单位审批权限 ${(atStreet.approvalLimitFen / 100).toFixed(2)} 元，本单位不能批准，请报上一级工会。`,
    );
    expect((await hints(id, streetStaff)).approvalHint).toBe(atStreet.approvalHint);
    // readers who do not act on the case are told nothing
    expect((await hints(id, auditor)).approvalHint).toBeNull();

    await driver.ok('escalate', streetHead, id);
    const atDistrict = await hints(id, districtAdmin);
    expect(atDistrict).toMatchObject({ status: 'PROPOSED', proposedAmountFen: 300_000, approvalHint: null });
    expect(atDistrict.allowedActions).toContain('approve');
    expect((await hints(id, streetHead)).approvalHint).toBeNull();
    expect(codeOf(await driver.act('approve', streetHead, id))).toBe('FORBIDDEN');
    expect((await driver.ok('approve', districtAdmin, id)).status).toBe('PUBLIC_NOTICE');
  });

  it('amends a proposal that came up only with a reason; the amender cannot approve it, is told why, and can send it on', async () => {
    const { app, driver } = context;
    const { streetHead, streetStaff, districtAdmin, cityAdmin, worker } = driver.actors;
    const { id } = await driver.caseAt('PROPOSED', 'LIVING', 300_000);
    await driver.ok('escalate', streetHead, id);
    const events = async () => (await app.sql<{ n: number }>(`select count(*)::int as n from case_event where case_id = ?`, [id]))[0].n;
    const before = await events();

    const unexplained = await driver.act('propose', districtAdmin, id, { input: { amountFen: 250_000 } });
    expect(codeOf(unexplained)).toBe('BAD_USER_INPUT');
    expect(unexplained.errors?.[0].message).toBe('Amending the proposal that came up needs the reason in the note');
    expect(codeOf(await driver.act('propose', streetStaff, id, { input: { amountFen: 250_000, note: '调整' } }))).toBe('FORBIDDEN');
    expect(codeOf(await driver.act('propose', worker, id, { input: { amountFen: 250_000, note: '调整' } }))).toBe('FORBIDDEN');
    expect([await events(), (await hints(id, districtAdmin)).proposedAmountFen]).toEqual([before, 300_000]);

    const amended = await driver.ok('propose', districtAdmin, id, { input: { amountFen: 250_000, note: '扣除已获临时救助部分' } });
    expect(amended.events.at(-1)).toMatchObject({
      action: 'amend',
      fromStatus: 'PROPOSED',
      toStatus: 'PROPOSED',
      comment: '扣除已获临时救助部分',
    });
    const [event] = await app.sql<{ data: Record<string, number> }>(
      `select data from case_event where case_id = ? order by id desc limit 1`,
      [id],
    );
    expect(event.data).toMatchObject({ amountFen: 250_000, fromAmountFen: 300_000 });

    // the amender proposed it now: no approve button, the reason and the ways on instead
    const own = await hints(id, districtAdmin);
    expect(own.allowedActions).not.toContain('approve');
    expect(own.allowedActions).toEqual(expect.arrayContaining(['escalate', 'assign']));
    expect(own.approvalHint).toBe('该方案由您提出，按规定不能由您批准。请分派给本单位另一位负责人审批，或报上一级工会。');
    expect(codeOf(await driver.act('approve', districtAdmin, id))).toBe('FORBIDDEN');
    await driver.ok('escalate', districtAdmin, id, { reason: '本级经办人修改了方案，报市总审批' });
    expect((await driver.ok('approve', cityAdmin, id)).approvedAmountFen).toBe(250_000);
  });

  it('gives service aid no approval limit', async () => {
    const { driver } = context;
    const { id } = await driver.caseAt('PROPOSED', 'LEGAL_AID');
    expect(await hints(id, driver.actors.streetHead)).toMatchObject({ approvalLimitFen: null, approvalHint: null });
  });
});
