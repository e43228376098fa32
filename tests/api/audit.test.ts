import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDriver } from '../setup/case-driver.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

describe('audit log', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('refuses UPDATE, DELETE and TRUNCATE on audit rows at the database, even for the superuser', async () => {
    const [{ id }] = await app.sql<{ id: string }>(`select id::text from audit_event order by id limit 1`);
    await expect(app.sql(`update audit_event set action = 'tampered' where id = ?`, [id])).rejects.toThrow(/append-only/);
    await expect(app.sql(`delete from audit_event where id = ?`, [id])).rejects.toThrow(/append-only/);
    await expect(app.sql(`truncate audit_event`)).rejects.toThrow(/append-only/);
    const [row] = await app.sql<{ action: string }>(`select action from audit_event where id = ?`, [id]);
    expect(row.action).not.toBe('tampered');
  });

  it('writes one event per mutation with actor, unit, action and before/after', async () => {
    const token = await app.loginAs(PHONES.sysadmin);
    const parentId = await app.unitIdByCode('LY-HD');
    const created = await app.gql(
      `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
      { input: { code: 'LY-HD-FHJD', name: '凤凰街道职工服务中心', level: 'STREET', parentId } },
      { token },
    );
    const unitId = created.data?.createUnit.id;
    await app.gql(`mutation($id: ID!) { updateUnit(id: $id, input: { hotline: "0539-8888888" }) { id } }`, { id: unitId }, { token });

    const events = await app.gql(
      `query($unitId: ID!, $entityId: ID) { auditLog(unitId: $unitId, entityId: $entityId) { edges { node { action actorName entityLabel before after } } } }`,
      { unitId, entityId: unitId },
      { token: await app.loginAs(PHONES.cityAuditor) },
    );
    const nodes = events.data?.auditLog.edges.map((edge: any) => edge.node);
    expect(nodes.map((node: any) => node.action)).toEqual(['unit.update', 'unit.create']);
    expect(nodes[0].actorName).toBe('周海涛');
    expect(nodes.map((node: any) => node.entityLabel)).toEqual(['凤凰街道职工服务中心', '凤凰街道职工服务中心']);
    expect(nodes[0].before.hotline).toBeNull();
    expect(nodes[0].after.hotline).toBe('0539-8888888');
  });

  it('names a case by its number once accepted, by its title before, and a hardship file by its person', async () => {
    const driver = await CaseDriver.create(app);
    const { id, applicant } = await driver.caseAt('SUBMITTED', 'LEGAL_AID');
    const labels = async (entityType: string, entityId: string) => {
      const log = await app.gql(
        `query($unitId: ID!, $entityId: ID, $entityType: String) {
          auditLog(unitId: $unitId, entityId: $entityId, entityType: $entityType) { edges { node { entityType entityLabel } } }
        }`,
        { unitId: await app.unitIdByCode('LY'), entityId, entityType },
        { token: await app.loginAs(PHONES.cityAuditor) },
      );
      return new Set(log.data?.auditLog.edges.map((edge: any) => edge.node.entityLabel));
    };
    expect(await labels('AidCase', id)).toEqual(new Set(['申请帮扶']));
    const accepted = await driver.ok('accept', driver.actors.streetStaff, id);
    const [{ case_number: caseNumber }] = await app.sql<{ case_number: string }>(`select case_number from aid_case where id = ?`, [
      accepted.id,
    ]);
    expect(await labels('AidCase', id)).toEqual(new Set([caseNumber]));
    const [{ person_name: personName }] = await app.sql<{ person_name: string }>(`select person_name from hardship_file where id = ?`, [
      applicant.fileId,
    ]);
    expect(await labels('HardshipFile', applicant.fileId)).toEqual(new Set([personName]));
  });

  it('records every foundation mutation with its action and unit', async () => {
    const admin = await app.loginAs(PHONES.sysadmin);
    const actions = async () => (await app.sql<{ action: string }>(`select action from audit_event order by id`)).map((row) => row.action);
    const expectNewEvent = async (run: () => Promise<unknown>, action: string | string[]) => {
      const before = await actions();
      await run();
      expect((await actions()).slice(before.length)).toEqual(Array.isArray(action) ? action : [action]);
    };
    const huasheng = await app.unitIdByCode('LY-LS-LSJD-HS');
    const hedong = await app.unitIdByCode('LY-HD');
    const park = await app.unitIdByCode('LY-HD-YQ');

    await expectNewEvent(() => app.loginAs(PHONES.huashengStaff), 'auth.login');
    const staffToken = await app.loginAs(PHONES.huashengStaff);
    await expectNewEvent(() => app.gql(`mutation { logout }`, {}, { token: staffToken }), 'auth.logout');
    await expectNewEvent(
      () =>
        app.registerWorker({
          phone: '13922223333',
          password: 'correct horse',
          name: '周工人',
          idNumber: '11010519491231002X',
          employerUnitId: huasheng,
        }),
      ['auth.smsCodeRequested', 'auth.registerWorker'],
    );
    let userId = '';
    await expectNewEvent(async () => {
      const created = await app.gql(
        `mutation { createStaffAccount(input: { phone: "13822223333", name: "吴员工", password: "initial-pass" }) { id } }`,
        {},
        { token: admin },
      );
      userId = created.data?.createStaffAccount.id;
    }, 'user.createStaff');
    await expectNewEvent(
      () =>
        app.gql(
          `mutation($u: ID!, $unit: ID!) { grantRole(userId: $u, unitId: $unit, role: STATION_STAFF) { id } }`,
          { u: userId, unit: park },
          { token: admin },
        ),
      'role.grantRequested',
    );
    const secondOperator = await app.loginAs(PHONES.secondOperator);
    const [request] = await app.sql<{ id: string }>(`select id::text from role_grant_request where user_id = ?`, [userId]);
    await expectNewEvent(
      () => app.gql(`mutation($id: ID!) { approveRoleGrant(requestId: $id) { id } }`, { id: request.id }, { token: secondOperator }),
      'role.grantApproved',
    );
    await expectNewEvent(
      () =>
        app.gql(
          `mutation($u: ID!, $unit: ID!) { revokeRole(userId: $u, unitId: $unit, role: STATION_STAFF) { id } }`,
          { u: userId, unit: park },
          { token: admin },
        ),
      'role.revoke',
    );
    await expectNewEvent(
      () =>
        app.gql(
          `mutation($id: ID!, $to: ID!) { closeUnit(id: $id, moveTo: $to, reason: "并入河东区中心") { id } }`,
          { id: park, to: hedong },
          { token: admin },
        ),
      'unit.close',
    );

    const [login] = await app.sql<{ unit_id: string }>(
      `select unit_id::text from audit_event where action = 'auth.login' and actor_id = (select id from app_user where phone = ?) limit 1`,
      [PHONES.huashengStaff],
    );
    expect(login.unit_id).toBe(huasheng);
  });

  it('records nothing for a refused mutation', async () => {
    const token = await app.loginAs(PHONES.lanshanStreetStaff);
    const countEvents = async () => (await app.sql<{ n: number }>(`select count(*)::int as n from audit_event`))[0].n;
    const before = await countEvents();
    const refused = await app.gql(`mutation { updateUnit(id: "1", input: { name: "x" }) { id } }`, {}, { token });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await countEvents()).toBe(before);
  });
});
