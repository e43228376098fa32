import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/cli/demo-data.js';
import { appWithDriver } from '../setup/case-driver.js';
import { PHONES } from '../setup/test-app.js';

const LOGIN = `mutation($phone: String!, $password: String!) { login(phone: $phone, password: $password) { token } }`;
const CHANGE = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;
const RESET = `mutation($user: ID!, $password: String!) { resetPassword(userId: $user, newPassword: $password) { id } }`;
const ACTIVE = `mutation($user: ID!, $active: Boolean!) { setAccountActive(userId: $user, active: $active) { id active } }`;
const ME = `query { me { id } }`;

describe('account security: own password, operator resets, disabling people who left', () => {
  const context = appWithDriver();
  const userIdOf = async (phone: string) =>
    (await context.app.sql<{ id: string }>(`select id::text from app_user where phone = ?`, [phone]))[0].id;
  const signsIn = async (phone: string, password: string) => !(await context.app.gql(LOGIN, { phone, password })).errors;
  const sessionWorks = async (token: string) => !(await context.app.gql(ME, {}, { token })).errors;
  const auditOf = (action: string) =>
    context.app.sql<{ before: unknown; after: unknown; actor_id: string }>(
      `select before, after, actor_id::text from audit_event where action = ? order by id`,
      [action],
    );

  it('changes the password with the current one; the other sessions end, this one stays, and only the new password signs in', async () => {
    const { app } = context;
    const here = await app.loginAs(PHONES.huashengStaff);
    const elsewhere = await app.loginAs(PHONES.huashengStaff);
    const changed = await app.gql(CHANGE, { current: DEMO_PASSWORD, next: 'Huasheng@2027' }, { token: here });
    expect(changed.data?.changePassword).toBe(true);
    expect(await sessionWorks(here)).toBe(true);
    expect(await sessionWorks(elsewhere)).toBe(false);
    expect(await signsIn(PHONES.huashengStaff, DEMO_PASSWORD)).toBe(false);
    expect(await signsIn(PHONES.huashengStaff, 'Huasheng@2027')).toBe(true);
    const [audit] = await auditOf('auth.changePassword');
    expect(audit).toMatchObject({ actor_id: await userIdOf(PHONES.huashengStaff), before: null, after: null });
  });

  it('refuses a wrong current password and a short new one, changing nothing, and counts wrong guesses like failed sign-ins', async () => {
    const { app } = context;
    const token = await app.loginAs(PHONES.yinqueshanStaff);
    const [before] = await app.sql<{ password_hash: string }>(`select password_hash from app_user where phone = ?`, [
      PHONES.yinqueshanStaff,
    ]);
    expect((await app.gql(CHANGE, { current: DEMO_PASSWORD, next: 'short' }, { token })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    // counted like sign-ins: five free failures and one more, then the address waits
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      const wrong = await app.gql(CHANGE, { current: `guess-${attempt}`, next: 'Guessed@2027' }, { token });
      expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'The current password is incorrect' });
    }
    expect((await app.gql(CHANGE, { current: DEMO_PASSWORD, next: 'Guessed@2027' }, { token })).errors?.[0].extensions?.code).toBe(
      'LIMIT_EXCEEDED',
    );
    const [after] = await app.sql<{ password_hash: string }>(`select password_hash from app_user where phone = ?`, [
      PHONES.yinqueshanStaff,
    ]);
    expect(after.password_hash).toBe(before.password_hash);
    expect(await sessionWorks(token)).toBe(true);
    expect(await auditOf('auth.changePassword')).toHaveLength(1);
  });

  it('lets the operator reset a forgotten password (lifting the wait of failed guesses) and disable an account at once, then enable it again', async () => {
    const { app, driver } = context;
    const operator = await app.loginAs(PHONES.sysadmin);
    const head = await userIdOf(PHONES.lanshanStreetHead);
    const headSession = driver.actors.streetHead;
    // forgotten: ten wrong guesses make the address wait
    for (let attempt = 1; attempt <= 10; attempt += 1)
      await app.gql(LOGIN, { phone: PHONES.lanshanStreetHead, password: `forgot-${attempt}` });
    expect((await app.gql(LOGIN, { phone: PHONES.lanshanStreetHead, password: DEMO_PASSWORD })).errors?.[0].extensions?.code).toBe(
      'LIMIT_EXCEEDED',
    );
    expect((await app.gql(RESET, { user: head, password: 'Reset@2027' }, { token: operator })).errors).toBeUndefined();
    expect(await sessionWorks(headSession)).toBe(false);
    expect(await signsIn(PHONES.lanshanStreetHead, 'Reset@2027')).toBe(true);

    const staff = await userIdOf(PHONES.lanshanStreetStaff);
    const staffSession = await app.loginAs(PHONES.lanshanStreetStaff);
    expect((await app.gql(ACTIVE, { user: staff, active: false }, { token: operator })).data?.setAccountActive).toEqual({
      id: staff,
      active: false,
    });
    expect(await sessionWorks(staffSession)).toBe(false);
    expect(await signsIn(PHONES.lanshanStreetStaff, DEMO_PASSWORD)).toBe(false);
    expect((await app.gql(ACTIVE, { user: staff, active: true }, { token: operator })).data?.setAccountActive.active).toBe(true);
    expect(await signsIn(PHONES.lanshanStreetStaff, DEMO_PASSWORD)).toBe(true);

    expect(await auditOf('user.resetPassword')).toEqual([expect.objectContaining({ before: null, after: null })]);
    expect((await auditOf('user.disable')).map((event) => [event.before, event.after])).toEqual([[{ active: true }, { active: false }]]);
    expect(await auditOf('user.enable')).toHaveLength(1);
  });

  it("refuses account changes to non-operators, outside the operator's units, and an operator disabling themself, changing nothing", async () => {
    const { app, driver } = context;
    const operator = await app.loginAs(PHONES.sysadmin);
    // an operator of the Lanshan district only
    const created = await app.gql(
      `mutation($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
      { input: { phone: '13800000077', name: '区级管理员', password: DEMO_PASSWORD } },
      { token: operator },
    );
    const districtOperatorId = created.data?.createStaffAccount.id;
    await app.gql(
      `mutation($user: ID!, $unit: ID!) { grantRole(userId: $user, unitId: $unit, role: SYSTEM_ADMIN) { id } }`,
      { user: districtOperatorId, unit: await app.unitIdByCode('LY-LS') },
      { token: operator },
    );
    await app.approveRoles(districtOperatorId);
    const districtOperator = await app.loginAs('13800000077');
    const auditor = await userIdOf(PHONES.cityAuditor);
    const [before] = await app.sql(
      `select count(*)::int as audits, (select md5(string_agg(password_hash || active::text, ',' order by id)) from app_user) as accounts from audit_event`,
    );

    const refusals: [string, string, Record<string, unknown>, string][] = [
      [driver.actors.districtAdmin, RESET, { user: auditor, password: 'Taken@2027' }, 'FORBIDDEN'],
      [driver.actors.cityAdmin, ACTIVE, { user: auditor, active: false }, 'FORBIDDEN'],
      [driver.actors.worker, ACTIVE, { user: auditor, active: false }, 'FORBIDDEN'],
      [districtOperator, RESET, { user: auditor, password: 'Taken@2027' }, 'NOT_FOUND'],
      [districtOperator, ACTIVE, { user: auditor, active: false }, 'NOT_FOUND'],
      [operator, ACTIVE, { user: await userIdOf(PHONES.sysadmin), active: false }, 'BAD_USER_INPUT'],
      [operator, RESET, { user: auditor, password: 'short' }, 'BAD_USER_INPUT'],
      [operator, RESET, { user: '99999999', password: 'Taken@2027' }, 'NOT_FOUND'],
    ];
    for (const [token, mutation, variables, code] of refusals) {
      expect((await app.gql(mutation, variables, { token })).errors?.[0].extensions?.code, JSON.stringify(variables)).toBe(code);
    }
    const [after] = await app.sql(
      `select count(*)::int as audits, (select md5(string_agg(password_hash || active::text, ',' order by id)) from app_user) as accounts from audit_event`,
    );
    expect(after).toEqual(before);
  });
});
