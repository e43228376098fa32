import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '@bangfu/shared';
import { CaseDriver, FILE_INPUT, newIdNumber } from '../setup/case-driver.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

/** Holes found by probing the system as an attacker (issue 25), each fixed with the test that found it. */
describe('security hardening', () => {
  let app: TestApp;
  let driver: CaseDriver;
  let sysadmin: string;
  let street: string;
  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
    sysadmin = await app.loginAs(PHONES.sysadmin);
    street = await app.unitIdByCode('LY-LS-LSJD');
  });
  afterAll(() => app.close());

  /** A new account at the Lanshan street center asked to be station staff (the role waits for a second operator). */
  async function newStaffAccount(phone: string): Promise<{ id: string }> {
    const created = await app.gql(
      `mutation($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
      { input: { name: '临时工作人员', phone, password: 'Station@2026', unitId: street, role: 'STATION_STAFF' } },
      { token: sysadmin },
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return { id: created.data.createStaffAccount.id };
  }

  /** A new station staff member at the Lanshan street center, approved and signed in. */
  async function newStaff(phone: string): Promise<{ id: string; token: string }> {
    const { id } = await newStaffAccount(phone);
    await app.approveRoles(id);
    return { id, token: await app.loginAs(phone, 'Station@2026') };
  }

  const revoke = (userId: string) =>
    app.gql(
      `mutation($user: ID!, $unit: ID!) { revokeRole(userId: $user, unitId: $unit, role: STATION_STAFF) { id } }`,
      { user: userId, unit: street },
      { token: sysadmin },
    );

  it("ends a revoked staff member's sight of the cases they registered and of the exports they started", async () => {
    const staff = await newStaff('13655550001');
    const deskRegistration = async (clientId: string, title: string): Promise<string> => {
      const input = { clientId, channel: 'WALK_IN', type: 'LEGAL_AID', unitId: street, applicantName: '钱小燕', title };
      const saved = await app.gql(
        `mutation($input: CaseDraftInput!) { saveDraft(input: $input) { id } }`,
        { input },
        { token: staff.token },
      );
      return saved.data!.saveDraft.id;
    };
    const caseId = await deskRegistration('desk-revoked-0001', '拖欠工资');
    const draftId = await deskRegistration('desk-revoked-0002', '草稿');
    await driver.ok('submit', staff.token, caseId);
    const exported = await app.gql(
      `mutation($unit: ID!) { exportRollup(unitId: $unit, from: "2026-01-01T00:00:00Z", to: "2026-12-31T00:00:00Z") { id } }`,
      { unit: street },
      { token: staff.token },
    );
    const jobId = exported.data!.exportRollup.id;
    const read = (id: string) => app.gql(`query($id: ID!) { case(id: $id) { id } }`, { id }, { token: staff.token });
    const job = () => app.gql(`query($id: ID!) { job(id: $id) { id } }`, { id: jobId }, { token: staff.token });
    expect((await read(caseId)).data?.case.id).toBe(caseId);
    expect((await read(draftId)).data?.case.id).toBe(draftId);
    expect((await job()).data?.job.id).toBe(jobId);

    expect((await revoke(staff.id)).errors).toBeUndefined();
    for (const id of [caseId, draftId]) expect((await read(id)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await job()).data?.job ?? null).toBeNull();
    const download = await fetch(`${new URL(app.url).origin}/downloads/${jobId}`, { headers: { authorization: `Bearer ${staff.token}` } });
    expect(download.status).toBe(404);
  });

  it('audits a refused second file for a person, naming the file and the unit asked from, never the ID number', async () => {
    const idNumber = newIdNumber();
    const first = await app.gql(
      `mutation($input: HardshipFileInput!) { createHardshipFile(input: $input) { id } }`,
      { input: FILE_INPUT(street, idNumber) },
      { token: driver.actors.streetStaff },
    );
    const fileId = first.data!.createHardshipFile.id;
    const enterprise = await app.unitIdByCode('LY-LS-LSJD-HS');
    const enterpriseStaff = await app.loginAs(PHONES.huashengStaff);
    const second = await app.gql(
      `mutation($input: HardshipFileInput!) { createHardshipFile(input: $input) { id } }`,
      { input: FILE_INPUT(enterprise, idNumber) },
      { token: enterpriseStaff, lang: 'en' },
    );
    expect(second.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    const events = await app.sql<{ actor: string; unit_id: string; after: Record<string, unknown>; text: string }>(
      `select u.phone as actor, e.unit_id::text, e.after, e::text as text from audit_event e join app_user u on u.id = e.actor_id
       where e.action = 'file.duplicateRefused' and e.entity_id = ?`,
      [fileId],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: PHONES.huashengStaff, unit_id: enterprise, after: { holderUnitId: street } });
    expect(events[0].text).not.toContain(idNumber);
    expect(
      await app.sql(
        `select count(*)::int as n from hardship_file where id_number_hash = (select id_number_hash from hardship_file where id = ?)`,
        [fileId],
      ),
    ).toEqual([{ n: 1 }]);
  });

  it('refuses weak passwords with a clear message in both languages, creating nothing', async () => {
    const accounts = async () => (await app.sql<{ n: number }>(`select count(*)::int as n from app_user`))[0].n;
    const before = await accounts();
    for (const password of ['aaaaaaaa', '12345678', 'password', 'Password1', 'abcdefgh', 'woaini1314']) {
      // refused as the form is read, before any code is looked at
      const zh = await app.gql(
        `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { token } }`,
        { input: { phone: '13655550009', password, name: '弱密码', idNumber: newIdNumber(), employerUnitId: street, smsCode: '000000' } },
        { lang: 'zh-CN' },
      );
      expect(zh.errors?.[0], password).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringContaining('密码太简单'),
      });
    }
    const en = await app.gql(
      `mutation($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
      { input: { name: '弱密码', phone: '13655550008', password: 'qwerty123' } },
      { token: sysadmin, lang: 'en' },
    );
    expect(en.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('too easy to guess') });
    const change = await app.gql(
      `mutation { changePassword(currentPassword: "Bangfu@2026", newPassword: "11111111") }`,
      {},
      {
        token: driver.actors.streetHead,
        lang: 'en',
      },
    );
    expect(change.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await accounts()).toBe(before);
    // a passphrase and a mixed password are fine
    const strong = await app.registerWorker({
      phone: '13655550007',
      password: 'correct horse',
      name: '强密码',
      idNumber: newIdNumber(),
      employerUnitId: street,
    });
    expect(strong.errors).toBeUndefined();
  });

  it('sends the security headers with every answer of the API, errors included', async () => {
    const origin = new URL(app.url).origin;
    for (const response of [
      await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { id } }"}' }),
      await fetch(`${origin}/files/1`),
      await fetch(`${origin}/livez`),
    ]) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers.get(name), `${response.url} ${name}`).toBe(value);
    }
  });

  describe('operators (item 1)', () => {
    const GRANT = `mutation($user: ID!, $unit: ID!, $role: Role!) { grantRole(userId: $user, unitId: $unit, role: $role) { id pendingRoles { id role } } }`;
    const APPROVE = `mutation($id: ID!) { approveRoleGrant(requestId: $id) { id } }`;
    const REFUSE = `mutation($id: ID!, $reason: String!) { refuseRoleGrant(requestId: $id, reason: $reason) { id } }`;
    const HOUSEHOLD = `query($id: ID!) { hardshipFile(id: $id) { personName } }`;
    const userIdOf = async (phone: string) =>
      (await app.sql<{ id: string }>(`select id::text from app_user where phone = ?`, [phone]))[0].id;
    const fingerprint = () =>
      app.sql(
        `select (select count(*)::int from role_grant) as grants, (select md5(string_agg(password_hash || active::text, ',' order by id)) from app_user) as accounts`,
      );

    it("never reaches people's records alone: no self-grant, every grant waits for a second operator who neither asked nor receives it", async () => {
      const operatorId = await userIdOf(PHONES.sysadmin);
      const { fileId } = await driver.newApplicant();
      const before = await fingerprint();
      const selfGrant = await app.gql(GRANT, { user: operatorId, unit: street, role: 'UNION_ADMIN' }, { token: sysadmin });
      expect(selfGrant.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: 'You cannot grant a role to yourself' });
      expect(await fingerprint()).toEqual(before);

      // a puppet account asked to be an operator, then given a record-reading role: nothing takes effect alone
      const puppet = await newStaffAccount('13655550020');
      const withPuppet = await fingerprint();
      const asked = await app.gql(GRANT, { user: puppet.id, unit: street, role: 'SYSTEM_ADMIN' }, { token: sysadmin });
      expect(asked.data?.grantRole.pendingRoles).toEqual([
        { id: expect.any(String), role: 'STATION_STAFF' },
        { id: expect.any(String), role: 'SYSTEM_ADMIN' },
      ]);
      const puppetToken = await app.loginAs('13655550020', 'Station@2026');
      expect((await app.gql(HOUSEHOLD, { id: fileId }, { token: puppetToken })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const [staffRequest, adminRequest] = asked.data!.grantRole.pendingRoles as { id: string }[];
      expect((await app.gql(APPROVE, { id: adminRequest.id }, { token: sysadmin })).errors?.[0]).toMatchObject({
        extensions: { code: 'FORBIDDEN' },
        message: 'A second operator must decide: neither the one who asked nor the person receiving the role can',
      });
      expect((await app.gql(APPROVE, { id: adminRequest.id }, { token: puppetToken })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await fingerprint()).toEqual(withPuppet);

      const second = await app.loginAs(PHONES.secondOperator);
      expect((await app.gql(REFUSE, { id: adminRequest.id, reason: ' ' }, { token: second })).errors?.[0].extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      expect((await app.gql(REFUSE, { id: adminRequest.id, reason: '临时人员不设管理员' }, { token: second })).errors).toBeUndefined();
      expect((await app.gql(APPROVE, { id: staffRequest.id }, { token: second })).errors).toBeUndefined();
      expect((await app.gql(HOUSEHOLD, { id: fileId }, { token: puppetToken })).data?.hardshipFile.personName).toBe('测试职工');
      const decisions = await app.sql<{ action: string; actor_id: string; after: Record<string, unknown> }>(
        `select action, actor_id::text, after from audit_event where entity_id = ? and action like 'role.%' order by id`,
        [puppet.id],
      );
      expect(decisions.map((event) => [event.action, event.actor_id, event.after.role])).toEqual([
        ['role.grantRequested', operatorId, 'SYSTEM_ADMIN'],
        ['role.grantRefused', await userIdOf(PHONES.secondOperator), 'SYSTEM_ADMIN'],
        ['role.grantApproved', await userIdOf(PHONES.secondOperator), 'STATION_STAFF'],
      ]);
    });

    it("leaves workers' accounts to the workers: an operator cannot reset, disable or give a role to one, nor list them", async () => {
      const worker = await userIdOf(PHONES.worker);
      const before = await fingerprint();
      for (const [mutation, variables] of [
        [`mutation($user: ID!) { resetPassword(userId: $user, newPassword: "Operator@2027") { id } }`, { user: worker }],
        [`mutation($user: ID!) { setAccountActive(userId: $user, active: false) { id } }`, { user: worker }],
        [GRANT, { user: worker, unit: street, role: 'STATION_STAFF' }],
      ] as const) {
        expect((await app.gql(mutation, variables, { token: sysadmin })).errors?.[0]).toMatchObject({
          extensions: { code: 'FORBIDDEN' },
          message: "A worker's account is managed by the worker with an SMS code; operators cannot change it",
        });
      }
      expect(await fingerprint()).toEqual(before);
      const listed = await app.gql(
        `query($unit: ID!) { users(unitId: $unit, first: 50) { edges { node { id } } } }`,
        { unit: await app.unitIdByCode('LY-LS-LSJD-HS') },
        { token: sysadmin },
      );
      expect(listed.data?.users.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(worker);
    });
  });

  it("connects as a role that can neither switch the audit log's guards off nor change the schema (item 7)", async () => {
    const asApplication = (statement: string) => app.runtime.orm.em.fork().getConnection().execute(statement);
    const [role] = await asApplication(
      `select current_user as name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls from pg_roles where rolname = current_user`,
    );
    expect(role).toEqual({ name: 'bangfu_app', rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
    const before = await app.sql(`select count(*)::int as events, max(id)::text as last from audit_event`);
    await expect(asApplication(`alter table audit_event disable trigger audit_event_append_only`)).rejects.toThrow(/must be owner/);
    for (const statement of [
      `update audit_event set action = 'tampered' where id = (select max(id) from audit_event)`,
      `delete from audit_event`,
      `truncate audit_event`,
      `update ledger_entry set amount_fen = 0`,
      `delete from case_event`,
      `create table stolen (x int)`,
      `insert into mikro_orm_migrations (name, executed_at) values ('Migration99999999999999Forged', now())`,
    ]) {
      await expect(asApplication(statement), statement).rejects.toThrow(/permission denied/);
    }
    expect(await app.sql(`select count(*)::int as events, max(id)::text as last from audit_event`)).toEqual(before);
  });
});
