import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDriver, FILE_INPUT, newIdNumber } from '../setup/case-driver.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const CREATE = `mutation($input: HardshipFileInput!) { createHardshipFile(input: $input) { id status idNumberMasked birthDate sex household { members { health monthlyIncomeFen } perCapitaIncomeFen } } }`;
const GET = `query($id: ID!) { hardshipFile(id: $id) { id personName idNumberMasked phone household { members { name health monthlyIncomeFen idNumberMasked } totalMonthlyIncomeFen } history { action toStatus reason note actorId } unit { id } } }`;

describe('hardship files (domain.md §3)', () => {
  let app: TestApp;
  let driver: CaseDriver;
  let street: string;
  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
    street = await app.unitIdByCode('LY-LS-LSJD');
  });
  afterAll(() => app.close());

  it('creates a file with birth date and sex from the ID number, and the household computed in fen', async () => {
    const idNumber = newIdNumber();
    const result = await app.gql(
      CREATE,
      {
        input: FILE_INPUT(street, idNumber, {
          members: [
            { name: '甲', relation: '本人', monthlyIncomeFen: 200_000 },
            { name: '乙', relation: '配偶', monthlyIncomeFen: 100_001, health: '慢性肾病' },
          ],
        }),
      },
      { token: driver.actors.streetStaff },
    );
    expect(result.errors).toBeUndefined();
    const file = result.data?.createHardshipFile;
    expect(file.idNumberMasked).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    expect(file.birthDate).toBe(`${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`);
    expect(file.sex).toBe(Number(idNumber[16]) % 2 ? 'MALE' : 'FEMALE');
    expect(file.household.perCapitaIncomeFen).toBe(150_000);
  });

  it('refuses a second open file for the same ID number with CONFLICT naming the holding unit', async () => {
    const idNumber = newIdNumber();
    await driver.app.gql(CREATE, { input: FILE_INPUT(street, idNumber) }, { token: driver.actors.streetStaff });
    const sibling = await app.unitIdByCode('LY-LS-YQS');
    const again = await app.gql(
      CREATE,
      { input: FILE_INPUT(sibling, idNumber.toLowerCase()) },
      { token: driver.actors.siblingStaff, lang: 'zh-CN' },
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0].message).toContain('兰山街道职工服务中心');
    expect(await app.sql(`select 1 from hardship_file where unit_id = ?`, [sibling])).toHaveLength(0);
  });

  it('allows a new file once the open one is cancelled, and records who cancelled it and why', async () => {
    const idNumber = newIdNumber();
    const created = await app.gql(CREATE, { input: FILE_INPUT(street, idNumber) }, { token: driver.actors.streetStaff });
    const id = created.data?.createHardshipFile.id;
    const cancelled = await app.gql(
      `mutation($id: ID!) { cancelHardshipFile(id: $id, reason: MOVED, note: "迁往外地") { status cancelReason } }`,
      { id },
      { token: driver.actors.streetHead },
    );
    expect(cancelled.data?.cancelHardshipFile).toEqual({ status: 'CANCELLED', cancelReason: 'MOVED' });
    const history = (await app.gql(GET, { id }, { token: driver.actors.streetStaff })).data?.hardshipFile.history;
    expect(history.map((event: any) => event.action)).toEqual(['create', 'cancel']);
    expect(history[1]).toMatchObject({ toStatus: 'CANCELLED', reason: 'MOVED', note: '迁往外地' });
    const again = await app.gql(CREATE, { input: FILE_INPUT(street, idNumber) }, { token: driver.actors.streetStaff });
    expect(again.errors).toBeUndefined();
    const update = await app.gql(
      `mutation($id: ID!, $input: HardshipFileInput!) { updateHardshipFile(id: $id, input: $input) { id } }`,
      { id, input: FILE_INPUT(street, idNumber) },
      { token: driver.actors.streetStaff },
    );
    expect(update.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('updates the household as it changes and keeps the change in the history', async () => {
    const idNumber = newIdNumber();
    const id = (await app.gql(CREATE, { input: FILE_INPUT(street, idNumber) }, { token: driver.actors.streetStaff })).data
      ?.createHardshipFile.id;
    const updated = await app.gql(
      `mutation($id: ID!, $input: HardshipFileInput!) { updateHardshipFile(id: $id, input: $input) { category householdSize } }`,
      {
        id,
        input: FILE_INPUT(street, idNumber, {
          category: 'DEEP',
          note: '配偶失业',
          members: [
            { name: '测试职工', relation: '本人', monthlyIncomeFen: 150_000 },
            { name: '配偶', relation: '配偶', monthlyIncomeFen: 0, employment: '失业' },
          ],
        }),
      },
      { token: driver.actors.streetStaff },
    );
    expect(updated.data?.updateHardshipFile).toEqual({ category: 'DEEP', householdSize: 2 });
    const history = (await app.gql(GET, { id }, { token: driver.actors.streetStaff })).data?.hardshipFile.history;
    expect(history.at(-1)).toMatchObject({ action: 'update', note: '配偶失业' });
  });

  it('lets only staff of the holding unit create and change files', async () => {
    const input = FILE_INPUT(street, newIdNumber());
    const sibling = await app.gql(CREATE, { input }, { token: driver.actors.siblingStaff });
    expect(sibling.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const auditor = await app.gql(CREATE, { input }, { token: driver.actors.auditor });
    expect(auditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const worker = await app.gql(CREATE, { input }, { token: driver.actors.worker });
    expect(worker.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // the district admin reads the street's files but does not act on the street's behalf
    const district = await app.gql(CREATE, { input }, { token: driver.actors.districtAdmin });
    expect(district.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('masks health and income for auditors, shows them to the staff working the file, hides the file from siblings', async () => {
    const { fileId } = await driver.newApplicant();
    const staff = (await app.gql(GET, { id: fileId }, { token: driver.actors.streetStaff })).data?.hardshipFile;
    expect(staff.household.members[0]).toMatchObject({ health: '高血压', monthlyIncomeFen: 150_000 });
    const auditor = (await app.gql(GET, { id: fileId }, { token: driver.actors.auditor })).data?.hardshipFile;
    expect(auditor.household.members[0]).toMatchObject({ health: null, monthlyIncomeFen: null });
    expect(auditor.household.totalMonthlyIncomeFen).toBeNull();
    const sibling = await app.gql(GET, { id: fileId }, { token: driver.actors.siblingStaff });
    expect(sibling.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it("logs each staff read of a household's health and income, once per file and request; not masked reads, the worker's own, or files without the household", async () => {
    const applicant = await driver.newApplicant();
    const { fileId } = applicant;
    const views = () =>
      app.sql<{ actor_id: string; unit_id: string }>(
        `select actor_id::text, unit_id::text from audit_event where action = 'file.viewHousehold' and entity_id = ? order by id`,
        [fileId],
      );
    const twice = `query($id: ID!) { a: hardshipFile(id: $id) { household { members { health } } } b: hardshipFile(id: $id) { household { totalMonthlyIncomeFen } } }`;
    expect((await app.gql(twice, { id: fileId }, { token: driver.actors.streetStaff })).data?.a.household.members[0].health).toBe('高血压');
    const [staffId] = await app.sql<{ id: string }>(`select u.id::text from app_user u where u.phone = '13800000006'`);
    expect(await views()).toEqual([{ actor_id: staffId.id, unit_id: street }]);

    await app.gql(`query($id: ID!) { hardshipFile(id: $id) { personName } }`, { id: fileId }, { token: driver.actors.streetStaff });
    await app.gql(GET, { id: fileId }, { token: driver.actors.auditor });
    await app.gql(`{ myHardshipFile { household { members { health } } } }`, {}, { token: applicant.token });
    expect(await views()).toHaveLength(1);

    // reading the case shows the file's household too
    const id = await driver.draft(applicant);
    await driver.ok('submit', applicant.token, id);
    await app.gql(
      `query($id: ID!) { case(id: $id) { file { household { members { monthlyIncomeFen } } } } }`,
      { id },
      { token: driver.actors.streetStaff },
    );
    expect(await views()).toHaveLength(2);
  });

  it('reveals the full ID number to acting roles over the holding unit for a stated reason, never to auditors, auditing each', async () => {
    const { fileId, idNumber, token: worker } = await driver.newApplicant();
    const reveal = (token: string, reason?: string) =>
      app.gql(`mutation($id: ID!, $reason: String) { revealIdNumber(fileId: $id, reason: $reason) }`, { id: fileId, reason }, { token });
    const reveals = () =>
      app.sql<{ actor_id: string; after: { reason: string } | null }>(
        `select actor_id, after from audit_event where action = 'file.revealIdNumber' and entity_id = ? order by id`,
        [fileId],
      );
    expect((await reveal(driver.actors.streetStaff, '核对银行卡户名')).data?.revealIdNumber).toBe(idNumber);
    expect((await reveal(driver.actors.cityAdmin, '复核区级审批')).data?.revealIdNumber).toBe(idNumber);
    // refused, and nothing logged: no reason, a sibling station, an auditor (who reads the file masked)
    const noReason = await reveal(driver.actors.streetStaff);
    expect(noReason.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'State why you need the full ID number (2–200 characters)',
    });
    expect((await reveal(driver.actors.streetStaff, ' ')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await reveal(driver.actors.siblingStaff, '核对')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await reveal(driver.actors.auditor, '审计抽查')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // the person themself needs no reason for their own number
    expect((await reveal(worker)).data?.revealIdNumber).toBe(idNumber);
    expect((await reveals()).map((event) => event.after)).toEqual([{ reason: '核对银行卡户名' }, { reason: '复核区级审批' }, null]);
  });

  it("reveals the household members' ID numbers in their order for editing, to the holding unit only, audited", async () => {
    const spouse = newIdNumber();
    const { fileId } = await driver.newApplicant({
      members: [
        { name: '测试职工', relation: '本人', monthlyIncomeFen: 150_000 },
        { name: '配偶', relation: '配偶', idNumber: spouse, monthlyIncomeFen: 0, isRecipient: true },
      ],
    });
    const reveal = `mutation($id: ID!) { revealHouseholdIdNumbers(fileId: $id, reason: "修改家庭成员") }`;
    expect((await app.gql(reveal, { id: fileId }, { token: driver.actors.streetStaff })).data?.revealHouseholdIdNumbers).toEqual([
      null,
      spouse,
    ]);
    expect((await app.gql(reveal, { id: fileId }, { token: driver.actors.siblingStaff })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(
      await app.sql(`select 1 from audit_event where action = 'file.revealHouseholdIdNumbers' and entity_id = ?`, [fileId]),
    ).toHaveLength(1);
  });

  it('lists files over a subtree with masked ID numbers, filtered by status, category and exact ID number', async () => {
    const { idNumber } = await driver.newApplicant({ category: 'ACCIDENTAL' });
    const district = await app.unitIdByCode('LY-LS');
    const query = `query($unit: ID!, $search: String, $category: HardshipCategory) { hardshipFiles(unitId: $unit, search: $search, category: $category) { totalCount edges { node { idNumberMasked category household { members { health } } } } } }`;
    const byId = await app.gql(query, { unit: district, search: idNumber }, { token: driver.actors.districtAdmin });
    expect(byId.data?.hardshipFiles.totalCount).toBe(1);
    expect(byId.data?.hardshipFiles.edges[0].node.household.members[0].health).toBeNull();
    const byCategory = await app.gql(query, { unit: district, category: 'ACCIDENTAL' }, { token: driver.actors.districtAdmin });
    expect(byCategory.data?.hardshipFiles.edges.every((edge: any) => edge.node.category === 'ACCIDENTAL')).toBe(true);
    const sibling = await app.gql(query, { unit: street }, { token: driver.actors.siblingStaff });
    expect(sibling.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('gives the worker their own file, and nothing of anyone else', async () => {
    const applicant = await driver.newApplicant();
    const mine = await app.gql(`{ myHardshipFile { id household { members { health } } } }`, {}, { token: applicant.token });
    expect(mine.data?.myHardshipFile.id).toBe(applicant.fileId);
    const other = await driver.newApplicant();
    const theirs = await app.gql(GET, { id: other.fileId }, { token: applicant.token });
    expect(theirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const count = async () => (await app.sql<{ n: number }>(`select count(*)::int as n from hardship_file`))[0].n;
    const before = await count();
    const valid = newIdNumber();
    const wrongCheckChar = `${valid.slice(0, 17)}${valid[17] === '1' ? '2' : '1'}`;
    const cases: Record<string, unknown>[] = [
      FILE_INPUT(street, wrongCheckChar),
      FILE_INPUT(street, newIdNumber(), { personName: '张'.repeat(10_000) }),
      FILE_INPUT(street, newIdNumber(), { members: [{ name: '甲', relation: '本人', monthlyIncomeFen: -1 }] }),
      FILE_INPUT(street, newIdNumber(), { causes: [] }),
    ];
    for (const input of cases) {
      const result = await app.gql(CREATE, { input }, { token: driver.actors.streetStaff });
      expect(result.errors?.[0].extensions?.code, JSON.stringify(input).slice(0, 200)).toBe('BAD_USER_INPUT');
    }
    const unknownEnum = await app.gql(
      CREATE,
      { input: FILE_INPUT(street, newIdNumber(), { category: 'VERY_POOR' }) },
      { token: driver.actors.streetStaff },
    );
    expect(unknownEnum.errors?.[0].extensions?.code, JSON.stringify(unknownEnum)).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  it('never stores an ID number, health or income in plaintext', async () => {
    const { idNumber } = await driver.newApplicant();
    const dump =
      JSON.stringify(await app.sql(`select * from hardship_file`)) +
      JSON.stringify(await app.sql(`select * from hardship_file_event`)) +
      JSON.stringify(await app.sql(`select * from audit_event`));
    expect(dump).not.toContain(idNumber);
    expect(dump).not.toContain('高血压');
  });
});
