import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@bangfu/shared';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

const LOGIN = `mutation($phone: String!, $password: String!) { login(phone: $phone, password: $password) { token } }`;
const withCheckChar = (body: string) => `${body}${idNumberCheckChar(body)}`;

describe('authentication', () => {
  let app: TestApp;
  let huasheng: string;

  beforeAll(async () => {
    app = await startTestApp();
    huasheng = await app.unitIdByCode('LY-LS-LSJD-HS');
  });
  afterAll(() => app.close());

  it('forgives earlier failures after a successful login', async () => {
    // five failures are free before attempts from an address have to wait (sign-in-limits.test)
    for (let attempt = 1; attempt <= 5; attempt += 1) await app.gql(LOGIN, { phone: PHONES.cityAuditor, password: 'nope-nope' });
    await app.loginAs(PHONES.cityAuditor);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const result = await app.gql(LOGIN, { phone: PHONES.cityAuditor, password: 'nope-nope' });
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('gives the same answer for an unknown phone as for a wrong password', async () => {
    const unknown = await app.gql(LOGIN, { phone: '13712345678', password: 'whatever1' });
    const wrong = await app.gql(LOGIN, { phone: PHONES.worker, password: 'whatever1' });
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
  });

  it('revokes the session on logout', async () => {
    const token = await app.loginAs(PHONES.lanshanStreetHead);
    expect((await app.gql(`{ me { name } }`, {}, { token })).data?.me.name).toBe('刘芳');
    expect((await app.gql(`mutation { logout }`, {}, { token })).data?.logout).toBe(true);
    const after = await app.gql(`{ me { name } }`, {}, { token });
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores only a hash of the session token and an Argon2id password hash', async () => {
    const token = await app.loginAs(PHONES.lanshanStreetStaff);
    expect(await app.sql(`select 1 from session where token_hash = ?`, [token])).toHaveLength(0);
    const [{ password_hash }] = await app.sql<{ password_hash: string }>(`select password_hash from app_user where phone = ?`, [
      PHONES.lanshanStreetStaff,
    ]);
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('registers a worker with the WORKER role on the employer unit, the ID number encrypted', async () => {
    const idNumber = withCheckChar('37130219900101123');
    const result = await app.registerWorker({
      phone: '13911112222',
      password: 'correct horse',
      name: '王小明',
      idNumber,
      employerUnitId: huasheng,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.registerWorker.user.roles).toEqual([{ role: 'WORKER', unit: { id: huasheng } }]);
    const rows = await app.sql<Record<string, string>>(
      `select id_number_enc, id_number_hash, birth_date::text, sex from app_user where phone = '13911112222'`,
    );
    expect(rows[0].birth_date).toBe('1990-01-01');
    expect(rows[0].sex).toBe('MALE');
    const dump = JSON.stringify(await app.sql(`select * from app_user`)) + JSON.stringify(await app.sql(`select * from audit_event`));
    expect(dump).not.toContain(idNumber);
  });

  it('refuses a second account for the same ID number with CONFLICT, and an invalid check digit with BAD_USER_INPUT', async () => {
    const body = '37130219920202224';
    const first = await app.registerWorker({
      phone: '13911113333',
      password: 'correct horse',
      name: '李四',
      idNumber: withCheckChar(body),
      employerUnitId: huasheng,
    });
    expect(first.errors).toBeUndefined();
    const again = await app.registerWorker({
      phone: '13911114444',
      password: 'correct horse',
      name: '李四',
      idNumber: withCheckChar(body).toLowerCase(),
      employerUnitId: huasheng,
    });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const wrongDigit = idNumberCheckChar(body) === '1' ? '2' : '1';
    const invalid = await app.registerWorker({
      phone: '13911115555',
      password: 'correct horse',
      name: '赵六',
      idNumber: `${body}${wrongDigit}`,
      employerUnitId: huasheng,
    });
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const rows = await app.sql(`select 1 from app_user where phone in ('13911114444', '13911115555')`);
    expect(rows).toHaveLength(0);
  });

  it('refuses registration with a 10,000-character name and changes nothing', async () => {
    const before = await app.sql(`select count(*)::int as n from app_user`);
    const result = await app.registerWorker({
      phone: '13911116666',
      password: 'correct horse',
      name: '张'.repeat(10_000),
      idNumber: withCheckChar('37130219930303332'),
      employerUnitId: huasheng,
    });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.sql(`select count(*)::int as n from app_user`)).toEqual(before);
  });

  it('lets only SYSTEM_ADMIN create staff accounts, and only on units it manages', async () => {
    const input = {
      phone: '13811110000',
      name: '新员工',
      password: 'initial-pass',
      unitId: await app.unitIdByCode('LY-LS-YQS'),
      role: 'STATION_STAFF',
    };
    const staff = await app.loginAs(PHONES.lanshanStreetHead);
    const refused = await app.gql(
      `mutation($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
      { input },
      { token: staff },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await app.loginAs(PHONES.sysadmin);
    const created = await app.gql(
      `mutation($input: StaffAccountInput!) { createStaffAccount(input: $input) { id phone roles { role } pendingRoles { role } } }`,
      { input },
      { token: admin },
    );
    // the role waits for a second operator (two-person rule)
    expect(created.data?.createStaffAccount).toMatchObject({ roles: [], pendingRoles: [{ role: 'STATION_STAFF' }] });
    await app.approveRoles(created.data?.createStaffAccount.id);
    const [grant] = await app.sql(`select role from role_grant where user_id = ? and revoked_at is null`, [
      created.data?.createStaffAccount.id,
    ]);
    expect(grant).toEqual({ role: 'STATION_STAFF' });
    await expect(app.loginAs('13811110000', 'initial-pass')).resolves.toBeTypeOf('string');
  });

  it('grants and revokes roles per unit, and the change applies to live sessions', async () => {
    const admin = await app.loginAs(PHONES.sysadmin);
    const staffToken = await app.loginAs(PHONES.huashengStaff);
    const [{ id: userId }] = await app.sql<{ id: string }>(`select id::text from app_user where phone = ?`, [PHONES.huashengStaff]);
    const luozhuang = await app.unitIdByCode('LY-LZ');
    const unitQuery = `query($id: ID!) { unit(id: $id) { name } }`;
    expect((await app.gql(unitQuery, { id: luozhuang }, { token: staffToken })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const granted = await app.gql(
      `mutation($u: ID!, $unit: ID!) { grantRole(userId: $u, unitId: $unit, role: AUDITOR) { roles { role unit { id } } } }`,
      { u: userId, unit: luozhuang },
      { token: admin },
    );
    expect(granted.data?.grantRole.roles).not.toContainEqual({ role: 'AUDITOR', unit: { id: luozhuang } });
    expect((await app.gql(unitQuery, { id: luozhuang }, { token: staffToken })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await app.approveRoles(userId);
    expect((await app.gql(unitQuery, { id: luozhuang }, { token: staffToken })).data?.unit.name).toBe('罗庄区总工会困难职工帮扶中心');

    const twice = await app.gql(
      `mutation($u: ID!, $unit: ID!) { grantRole(userId: $u, unitId: $unit, role: AUDITOR) { id } }`,
      { u: userId, unit: luozhuang },
      { token: admin },
    );
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');

    await app.gql(
      `mutation($u: ID!, $unit: ID!) { revokeRole(userId: $u, unitId: $unit, role: AUDITOR) { id } }`,
      { u: userId, unit: luozhuang },
      { token: admin },
    );
    expect((await app.gql(unitQuery, { id: luozhuang }, { token: staffToken })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists the accounts of a unit for its operator, with phones masked for others', async () => {
    const admin = await app.loginAs(PHONES.sysadmin);
    const lanshanjd = await app.unitIdByCode('LY-LS-LSJD');
    const listed = await app.gql(
      `query($unit: ID!) { users(unitId: $unit) { totalCount edges { node { name phone } } } }`,
      { unit: lanshanjd },
      { token: admin },
    );
    expect(listed.data?.users.totalCount).toBe(2);
    expect(listed.data?.users.edges.map((edge: any) => edge.node.phone).sort()).toEqual([
      PHONES.lanshanStreetHead,
      PHONES.lanshanStreetStaff,
    ]);
    const staff = await app.loginAs(PHONES.lanshanStreetStaff);
    const refused = await app.gql(`query($unit: ID!) { users(unitId: $unit) { totalCount } }`, { unit: lanshanjd }, { token: staff });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
