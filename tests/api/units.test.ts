import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

const CREATE = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id code level parent { id } ancestors { code } } }`;
const CLOSE = `mutation($id: ID!, $moveTo: ID!, $reason: String!) { closeUnit(id: $id, moveTo: $moveTo, reason: $reason) { activeFlag closedReason mergedInto { id } } }`;

describe('unit hierarchy (domain.md §2)', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs(PHONES.sysadmin);
  });
  afterAll(() => app.close());

  it('creates a unit below a strictly higher parent, skipping levels if needed, with its path', async () => {
    const district = await app.unitIdByCode('LY-HD');
    const result = await app.gql(
      CREATE,
      { input: { code: 'LY-HD-JX', name: '金鑫纺织有限公司工会帮扶站', level: 'ENTERPRISE', parentId: district } },
      { token: admin },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createUnit.ancestors.map((unit: any) => unit.code)).toEqual(['LY', 'LY-HD']);
    const [{ path }] = await app.sql<{ path: string }>(`select path::text from unit where code = 'LY-HD-JX'`);
    expect(path).toBe(`1.${district}.${result.data?.createUnit.id}`);
  });

  it('refuses a parent at the same or a lower level', async () => {
    const street = await app.unitIdByCode('LY-LS-LSJD');
    const result = await app.gql(
      CREATE,
      { input: { code: 'LY-BAD', name: '错误层级', level: 'DISTRICT', parentId: street } },
      { token: admin },
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.sql(`select 1 from unit where code = 'LY-BAD'`)).toHaveLength(0);
  });

  it('refuses a duplicate code with CONFLICT', async () => {
    const result = await app.gql(CREATE, { input: { code: 'LY-LS', name: '重复', level: 'DISTRICT', parentId: '1' } }, { token: admin });
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('keeps the tree honest in the database itself', async () => {
    const street = await app.unitIdByCode('LY-LS-LSJD');
    await expect(
      app.sql(`insert into unit (id, code, name, level, parent_id, path) values (9001, 'X-1', 'x', 'CITY', ?, '1.9001')`, [street]),
    ).rejects.toThrow(/below its parent/);
    await expect(
      app.sql(`insert into unit (id, code, name, level, parent_id, path) values (9002, 'X-2', 'x', 'ENTERPRISE', ?, '1.9002')`, [street]),
    ).rejects.toThrow(/extend its parent path/);
  });

  it('lets only an operator over the parent create units', async () => {
    const headToken = await app.loginAs(PHONES.lanshanAdmin);
    const lanshan = await app.unitIdByCode('LY-LS');
    const refused = await app.gql(
      CREATE,
      { input: { code: 'LY-LS-NEW', name: '新街道', level: 'STREET', parentId: lanshan } },
      { token: headToken },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("moves a street with its stations to another district, records it, and the new district's rollup includes it", async () => {
    const MOVE = `mutation($id: ID!, $parent: ID!) { moveUnit(id: $id, parentId: $parent) { id parent { code } } }`;
    const street = await app.unitIdByCode('LY-LS-LSJD');
    const target = await app.unitIdByCode('LY-LZ');
    const station = await app.unitIdByCode('LY-LS-LSJD-HS');

    const refusals = [
      [await app.gql(MOVE, { id: street, parent: station }, { token: admin }), 'BAD_USER_INPUT'],
      [await app.gql(MOVE, { id: street, parent: await app.unitIdByCode('LY-LS-YQS') }, { token: admin }), 'BAD_USER_INPUT'],
      [await app.gql(MOVE, { id: street, parent: target }, { token: await app.loginAs(PHONES.lanshanAdmin) }), 'FORBIDDEN'],
    ] as const;
    for (const [result, code] of refusals) expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(
      (await app.sql<{ code: string }>(`select p.code from unit u join unit p on p.id = u.parent_id where u.id = ?`, [street]))[0].code,
    ).toBe('LY-LS');

    const moved = await app.gql(MOVE, { id: street, parent: target }, { token: admin });
    expect(moved.data?.moveUnit.parent.code).toBe('LY-LZ');
    const [paths] = await app.sql<{ street: string; station: string; target: string }>(
      `select (select path::text from unit where id = ?) street, (select path::text from unit where id = ?) station, (select path::text from unit where id = ?) target`,
      [street, station, target],
    );
    expect(paths.street).toBe(`${paths.target}.${street}`);
    expect(paths.station).toBe(`${paths.street}.${station}`);
    expect(await app.sql(`select 1 from audit_event where action = 'unit.move' and entity_id = ?`, [street])).toHaveLength(1);
    const rollup = `query($unit: ID!) { rollup(unitId: $unit, from: "2020-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") { children { unit { code } } } }`;
    const children = (await app.gql(rollup, { unit: target }, { token: await app.loginAs(PHONES.cityAdmin) })).data?.rollup.children.map(
      (child: { unit: { code: string } }) => child.unit.code,
    );
    expect(children).toContain('LY-LS-LSJD');
  });

  it('filters units by parent, level and search', async () => {
    const token = await app.loginAs(PHONES.cityAdmin);
    const result = await app.gql(`{ units(level: STREET, search: "街道") { totalCount edges { node { code } } } }`, {}, { token });
    const codes = result.data?.units.edges.map((edge: any) => edge.node.code);
    expect(codes).toContain('LY-LS-LSJD');
    expect(codes).not.toContain('LY-HD-YQ');
    const paged = await app.gql(
      `{ units(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      {},
      { token },
    );
    const next = await app.gql(
      `query($after: String) { units(first: 2, after: $after) { edges { node { id } } } }`,
      { after: paged.data?.units.pageInfo.endCursor },
      { token },
    );
    expect(paged.data?.units.pageInfo.hasNextPage).toBe(true);
    expect(Number(next.data?.units.edges[0].node.id)).toBeGreaterThan(Number(paged.data?.units.edges[1].node.id));
  });

  it('closes a unit, moving its child stations, workers and roles to another unit, recorded in one event', async () => {
    const closing = await app.unitIdByCode('LY-LS-LSJD');
    const receiving = await app.unitIdByCode('LY-LS-YQS');
    const enterprise = await app.unitIdByCode('LY-LS-LSJD-HS');
    const result = await app.gql(CLOSE, { id: closing, moveTo: receiving, reason: '街道合并' }, { token: admin });
    expect(result.errors).toBeUndefined();
    expect(result.data?.closeUnit).toEqual({ activeFlag: false, closedReason: '街道合并', mergedInto: { id: receiving } });

    const [moved] = await app.sql<{ parent_id: string; path: string }>(`select parent_id::text, path::text from unit where id = ?`, [
      enterprise,
    ]);
    const [{ path: receivingPath }] = await app.sql<{ path: string }>(`select path::text from unit where id = ?`, [receiving]);
    expect(moved).toEqual({ parent_id: receiving, path: `${receivingPath}.${enterprise}` });
    const staffLogin = await app.gql(
      `mutation { login(phone: "${PHONES.lanshanStreetStaff}", password: "Bangfu@2026") { user { roles { role } } } }`,
    );
    expect(staffLogin.data?.login.user.roles).toEqual([]);
    const [event] = await app.sql<{ after: Record<string, unknown> }>(
      `select after from audit_event where action = 'unit.close' and entity_id = ?`,
      [closing],
    );
    expect(event.after).toMatchObject({
      movedTo: receiving,
      childUnitsMoved: [enterprise],
      rolesRevoked: 2,
      reason: '街道合并',
      filesMoved: 1,
      casesMoved: 1,
    });

    // the demo worker's file and open case now belong to the receiving street, with the move on record
    const [file] = await app.sql<{ id: string; unit_id: string }>(
      `select id::text, unit_id::text from hardship_file where person_name = '孙大伟'`,
    );
    expect(file.unit_id).toBe(receiving);
    const [fileEvent] = await app.sql<{ action: string; reason: string }>(
      `select action, reason from hardship_file_event where file_id = ? order by id desc limit 1`,
      [file.id],
    );
    expect(fileEvent).toEqual({ action: 'move', reason: 'UNIT_CLOSED' });
    const [aidCase] = await app.sql<{ id: string; unit_id: string }>(
      `select id::text, unit_id::text from aid_case where applicant_name = '孙大伟'`,
    );
    expect(aidCase.unit_id).toBe(receiving);
    const receivingStaff = await app.loginAs(PHONES.yinqueshanStaff);
    const accepted = await app.gql(
      `mutation($id: ID!) { acceptCase(id: $id) { status events { action comment } } }`,
      { id: aidCase.id },
      { token: receivingStaff },
    );
    expect(accepted.data?.acceptCase.events.map((e: any) => e.action)).toEqual(['create', 'submit', 'transfer', 'accept']);
    expect(accepted.data?.acceptCase.events[2].comment).toBe('街道合并');
  });

  it('refuses to close into the unit itself or below it, and refuses closing the top unit', async () => {
    const district = await app.unitIdByCode('LY-LZ');
    const below = await app.unitIdByCode('LY-LZ-LZJD');
    expect((await app.gql(CLOSE, { id: district, moveTo: below, reason: '测试' }, { token: admin })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await app.gql(CLOSE, { id: '1', moveTo: district, reason: '测试' }, { token: admin })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const [row] = await app.sql<{ active: boolean }>(`select active from unit where id = ?`, [district]);
    expect(row.active).toBe(true);
  });

  it('refuses to move child stations under a unit at their own level', async () => {
    const district = await app.unitIdByCode('LY-HD');
    const otherDistrict = await app.unitIdByCode('LY-LZ');
    // a district's streets cannot go under a street; they can go under another district
    const street = await app.unitIdByCode('LY-LZ-LZJD');
    expect((await app.gql(CLOSE, { id: district, moveTo: street, reason: '测试' }, { token: admin })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await app.gql(CLOSE, { id: district, moveTo: otherDistrict, reason: '区划调整' }, { token: admin })).errors).toBeUndefined();
  });
});
