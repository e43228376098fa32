import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

const UNIT = `query($id: ID!) { unit(id: $id) { id name children { id } } }`;
const UNITS = `query { units(first: 200) { totalCount edges { node { id code } } } }`;
const AUDIT = `query($unitId: ID!) { auditLog(unitId: $unitId, first: 200) { totalCount edges { node { action unit { id } } } } }`;

describe('scoping (domain.md §8)', () => {
  let app: TestApp;
  let ids: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp();
    const codes = {
      city: 'LY',
      lanshan: 'LY-LS',
      luozhuang: 'LY-LZ',
      lanshanjd: 'LY-LS-LSJD',
      yinqueshan: 'LY-LS-YQS',
      huasheng: 'LY-LS-LSJD-HS',
      xingda: 'LY-LZ-XD',
    };
    ids = Object.fromEntries(await Promise.all(Object.entries(codes).map(async ([key, code]) => [key, await app.unitIdByCode(code)])));
  });
  afterAll(() => app.close());

  it('hides a sibling street from street staff as NOT_FOUND', async () => {
    const token = await app.loginAs(PHONES.lanshanStreetStaff);
    const own = await app.gql(UNIT, { id: ids.lanshanjd }, { token });
    expect(own.data?.unit.name).toBe('兰山街道职工服务中心');
    const sibling = await app.gql(UNIT, { id: ids.yinqueshan }, { token });
    expect(sibling.data?.unit).toBeNull();
    expect(sibling.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('hides a sibling street audit log from street staff as NOT_FOUND, and shows its own', async () => {
    const token = await app.loginAs(PHONES.lanshanStreetStaff);
    const own = await app.gql(AUDIT, { unitId: ids.lanshanjd }, { token });
    expect(own.data?.auditLog.totalCount).toBeGreaterThan(0);
    expect(own.data?.auditLog.edges.every((edge: any) => edge.node.unit.id === ids.lanshanjd)).toBe(true);
    const sibling = await app.gql(AUDIT, { unitId: ids.yinqueshan }, { token });
    expect(sibling.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(sibling.data).toBeNull();
  });

  it('does not let street staff read the events of the enterprise station below them', async () => {
    const token = await app.loginAs(PHONES.lanshanStreetStaff);
    const child = await app.gql(AUDIT, { unitId: ids.huasheng }, { token });
    expect(child.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets a district UNION_ADMIN read every descendant unit and nothing outside the district', async () => {
    const token = await app.loginAs(PHONES.lanshanAdmin);
    const descendants = await app.sql<{ id: string }>(
      `select id::text from unit where path <@ (select path from unit where code = 'LY-LS')`,
    );
    for (const { id } of descendants) {
      const result = await app.gql(UNIT, { id }, { token });
      expect(result.data?.unit?.id).toBe(id);
    }
    for (const outside of [ids.luozhuang, ids.xingda]) {
      const result = await app.gql(UNIT, { id: outside }, { token });
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const listed = await app.gql(UNITS, {}, { token });
    const listedIds = listed.data?.units.edges.map((edge: any) => edge.node.id).sort();
    // the district's subtree plus the city above it (a directory entry), never the other districts
    expect(listedIds).toEqual([...descendants.map((row) => row.id), ids.city].sort());
  });

  it('lets a district UNION_ADMIN read the audit events of every descendant and not of the city', async () => {
    const token = await app.loginAs(PHONES.lanshanAdmin);
    const district = await app.gql(AUDIT, { unitId: ids.lanshan }, { token });
    const units = new Set(district.data?.auditLog.edges.map((edge: any) => edge.node.unit.id));
    expect(units.has(ids.lanshanjd)).toBe(true);
    expect(units.has(ids.huasheng)).toBe(true);
    expect(units.has(ids.luozhuang)).toBe(false);
    const city = await app.gql(AUDIT, { unitId: ids.city }, { token });
    expect(city.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('shows a child list filtered to what the caller may read', async () => {
    const token = await app.loginAs(PHONES.lanshanStreetStaff);
    const district = await app.gql(UNIT, { id: ids.lanshan }, { token });
    // staff see the district as a directory entry above them, but not their sibling street under it
    expect(district.data?.unit.children.map((child: any) => child.id)).toEqual([ids.lanshanjd]);
  });

  it('gives a worker no access to unit audit logs', async () => {
    const token = await app.loginAs(PHONES.worker);
    const result = await app.gql(AUDIT, { unitId: ids.huasheng }, { token });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses anonymous reads with UNAUTHENTICATED', async () => {
    const result = await app.gql(UNIT, { id: ids.city });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('treats ids that are not ids as not found, without a server error', async () => {
    const token = await app.loginAs(PHONES.cityAdmin);
    const result = await app.gql(UNIT, { id: "1' or '1'='1" }, { token });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
