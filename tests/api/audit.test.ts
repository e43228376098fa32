import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    const created = await app.gql(`mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
      { input: { code: 'LY-HD-FHJD', name: '凤凰街道职工服务中心', level: 'STREET', parentId } }, { token });
    const unitId = created.data?.createUnit.id;
    await app.gql(`mutation($id: ID!) { updateUnit(id: $id, input: { hotline: "0539-8888888" }) { id } }`, { id: unitId }, { token });

    const events = await app.gql(`query($unitId: ID!, $entityId: ID) { auditLog(unitId: $unitId, entityId: $entityId) { edges { node { action actorName before after } } } }`,
      { unitId, entityId: unitId }, { token: await app.loginAs(PHONES.cityAuditor) });
    const nodes = events.data?.auditLog.edges.map((edge: any) => edge.node);
    expect(nodes.map((node: any) => node.action)).toEqual(['unit.update', 'unit.create']);
    expect(nodes[0].actorName).toBe('周海涛');
    expect(nodes[0].before.hotline).toBeNull();
    expect(nodes[0].after.hotline).toBe('0539-8888888');
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
