import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDriver } from '../setup/case-driver.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const QUEUE = `query($unit: ID!, $first: Int, $after: String, $statuses: [CaseStatus!], $types: [AidType!], $search: String, $orderBy: CaseOrder, $mine: Boolean, $overdueOnly: Boolean) {
  caseQueue(unitId: $unit, first: $first, after: $after, statuses: $statuses, types: $types, search: $search, orderBy: $orderBy, assignedToMe: $mine, overdueOnly: $overdueOnly) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status type caseNumber dueAt overdue applicantName holder { id name } } }
  }
}`;

describe('caseQueue', () => {
  let app: TestApp;
  let driver: CaseDriver;
  let street: string;
  const created: string[] = [];
  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
    street = await app.unitIdByCode('LY-LS-LSJD');
    for (let i = 0; i < 12; i += 1) {
      const { id } = await driver.caseAt(i % 3 === 0 ? 'ACCEPTED' : 'SUBMITTED', i % 2 ? 'LIVING' : 'LEGAL_AID');
      created.push(id);
    }
    // spread the deadlines so the order is observable
    for (const [index, id] of created.entries()) {
      await app.sql(`update aid_case set due_at = now() + (? || ' hours')::interval where id = ?`, [String(48 - index * 3), id]);
    }
  });
  afterAll(() => app.close());

  const page = (variables: Record<string, unknown>, token = driver.actors.streetStaff) =>
    app.gql(QUEUE, { unit: street, ...variables }, { token });

  it('orders by due date and pages by keyset without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let dueDates: string[] = [];
    do {
      const result = await page({ first: 5, after });
      const connection = result.data?.caseQueue;
      seen.push(...connection.edges.map((edge: any) => edge.node.id));
      dueDates = dueDates.concat(connection.edges.map((edge: any) => edge.node.dueAt ?? '9999'));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    const all = (await page({ first: 200 })).data?.caseQueue;
    expect(seen).toEqual(all.edges.map((edge: any) => edge.node.id));
    expect(new Set(seen).size).toBe(all.totalCount);
    expect([...dueDates].sort()).toEqual(dueDates);
  });

  it('orders by submission time, newest first', async () => {
    const result = await page({ first: 200, orderBy: 'SUBMITTED_AT_DESC' });
    const ids = result.data?.caseQueue.edges.map((edge: any) => Number(edge.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('filters by status, type, search and assignment', async () => {
    const accepted = (await page({ first: 200, statuses: ['ACCEPTED'], types: ['LEGAL_AID'] })).data?.caseQueue;
    expect(accepted.totalCount).toBeGreaterThan(0);
    expect(accepted.edges.every((edge: any) => edge.node.status === 'ACCEPTED' && edge.node.type === 'LEGAL_AID')).toBe(true);
    const numbered = accepted.edges[0].node;
    const byNumber = (await page({ search: numbered.caseNumber })).data?.caseQueue;
    expect(byNumber.edges.map((edge: any) => edge.node.id)).toEqual([numbered.id]);
    const { reference } = (
      await app.gql(`query($id: ID!) { case(id: $id) { reference } }`, { id: numbered.id }, { token: driver.actors.streetStaff })
    ).data!.case;
    expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{1,4}$/);
    const byReference = (await page({ search: reference.toLowerCase() })).data?.caseQueue;
    expect(byReference.edges.map((edge: any) => edge.node.id)).toContain(numbered.id);
    const [{ id: headId }] = await app.sql<{ id: string }>(`select id::text from app_user where phone = '13800000005'`);
    await app.gql(
      `mutation($ids: [ID!]!, $user: ID!) { bulkAssignCases(ids: $ids, userId: $user) { ok } }`,
      { ids: created.slice(0, 2), user: headId },
      { token: driver.actors.streetStaff },
    );
    const mine = (await page({ first: 200, mine: true }, driver.actors.streetHead)).data?.caseQueue;
    expect(mine.edges.map((edge: any) => edge.node.id).sort()).toEqual(created.slice(0, 2).sort());
  });

  it('counts the same total as the rows, from the summary or from the rows, on every page and past the last', async () => {
    const live = async (extra = '', params: unknown[] = []) =>
      Number(
        (
          await app.sql<{ n: string }>(`select count(*)::text as n from aid_case where unit_id = ? and status <> 'DRAFT' ${extra}`, [
            street,
            ...params,
          ])
        )[0].n,
      );
    const all = (await page({ first: 2 })).data?.caseQueue;
    expect(all.totalCount).toBe(await live());
    const filtered = (await page({ first: 2, statuses: ['SUBMITTED', 'ACCEPTED'], types: ['LIVING'] })).data?.caseQueue;
    expect(filtered.totalCount).toBe(await live(`and status in ('SUBMITTED', 'ACCEPTED') and type = 'LIVING'`));
    // counted from the rows (the summary has no due dates), against the app's own clock
    await app.sql(`update aid_case set due_at = now() - interval '1 hour' where id in (?, ?)`, [created[0], created[1]]);
    const overdue = (await page({ first: 200, overdueOnly: true })).data?.caseQueue;
    expect(overdue.edges.length).toBeGreaterThan(0);
    expect(overdue.edges.length).toBeLessThan(all.totalCount);
    expect(overdue.edges.every((edge: any) => edge.node.overdue)).toBe(true);
    expect(overdue.totalCount).toBe(overdue.edges.length);
    // filters the summary cannot answer count the rows they select, on the first of several pages too
    const overdueFirst = (await page({ first: 1, overdueOnly: true })).data?.caseQueue;
    expect(overdueFirst.totalCount).toBe(overdue.totalCount);
    const [{ number }] = await app.sql<{ number: string }>(`select case_number as number from aid_case where id = ?`, [created[0]]);
    const searched = (await page({ first: 1, search: number })).data?.caseQueue;
    expect(searched.totalCount).toBe(await live(`and case_number ilike ?`, [`%${number}%`]));
    expect(searched.totalCount).toBeLessThan(all.totalCount);
    await app.sql(`update aid_case set assigned_to_id = (select id from app_user where phone = '13800000006') where id = ?`, [created[2]]);
    const assigned = (await page({ first: 1, mine: true })).data?.caseQueue;
    expect(assigned.totalCount).toBe(await live(`and assigned_to_id = (select id from app_user where phone = '13800000006')`));
    let cursor = all.pageInfo.endCursor;
    let last = all;
    while (last.pageInfo.hasNextPage) {
      last = (await page({ first: 200, after: cursor })).data?.caseQueue;
      cursor = last.pageInfo.endCursor ?? cursor;
    }
    const beyond = (await page({ first: 2, after: cursor })).data?.caseQueue;
    expect(beyond.edges).toHaveLength(0);
    expect(beyond.totalCount).toBe(all.totalCount);
  });

  it('names the colleagues a case can be assigned to, only to those acting on the unit', async () => {
    const street = await app.unitIdByCode('LY-LS-LSJD');
    const query = `query($unit: ID!) { colleagues(unitId: $unit) { id name } }`;
    const names = (await app.gql(query, { unit: street }, { token: driver.actors.streetStaff })).data?.colleagues.map(
      (colleague: { name: string }) => colleague.name,
    );
    const expected = await app.sql<{ name: string }>(
      `select distinct u.name from role_grant g join app_user u on u.id = g.user_id where g.unit_id = ? and g.revoked_at is null and g.role in ('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')`,
      [street],
    );
    expect([...names].sort()).toEqual(expected.map((row) => row.name).sort());
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const token of [driver.actors.siblingStaff, driver.actors.districtAdmin, driver.actors.worker]) {
      expect((await app.gql(query, { unit: street }, { token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('issues the same number of SQL statements for a page of 10 and a page of 100', async () => {
    for (let i = 0; i < 90; i += 1) {
      await app.sql(
        `insert into aid_case (client_id, created_by_id, type, channel, status, unit_id, origin_unit_id, applicant_name, title, submitted_at, due_at)
        select 'bulk-' || ?, created_by_id, 'LIVING', 'WALK_IN', 'SUBMITTED', unit_id, unit_id, '批量', '批量', now(), now() + interval '30 days'
        from aid_case where id = ?`,
        [String(i), created[0]],
      );
    }
    const knex = app.runtime.orm.em.getConnection().getKnex();
    const count = async (first: number) => {
      let statements = 0;
      const listener = () => {
        statements += 1;
      };
      knex.on('query', listener);
      const result = await page({ first });
      knex.off('query', listener);
      expect(result.data?.caseQueue.edges).toHaveLength(first);
      return statements;
    };
    const ten = await count(10);
    const hundred = await count(100);
    expect(hundred).toBe(ten);
    // the session, the unit's scope check, the page with its total, one batched lookup of the holding units
    expect(ten).toBe(4);
  });

  it('is not readable by a sibling station', async () => {
    expect((await page({}, driver.actors.siblingStaff)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('bad case input', () => {
  let app: TestApp;
  let driver: CaseDriver;
  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
  });
  afterAll(() => app.close());

  it("refuses negative amounts, unknown enums, huge titles and someone else's case, changing nothing", async () => {
    const { id } = await driver.caseAt('UNDER_REVIEW');
    const snapshot = async () => app.sql(`select status, proposed_amount_fen, updated_at from aid_case where id = ?`, [id]);
    const before = await snapshot();
    expect((await driver.act('propose', driver.actors.streetStaff, id, { input: { amountFen: -100 } })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await driver.act('propose', driver.actors.streetStaff, id, { input: { amountFen: 0 } })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (
        await app.gql(
          `mutation($id: ID!) { proposeCase(id: $id, input: { amountFen: 1.5 }) { id } }`,
          { id },
          { token: driver.actors.streetStaff },
        )
      ).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect(await snapshot()).toEqual(before);

    const applicant = await driver.newApplicant();
    const drafts = async () => (await app.sql<{ n: number }>(`select count(*)::int as n from aid_case`))[0].n;
    const count = await drafts();
    const draft = (input: Record<string, unknown>) =>
      app.gql(
        `mutation($input: CaseDraftInput!) { saveDraft(input: $input) { id } }`,
        { input: { clientId: 'bad-input-000001', type: 'LIVING', title: '申请', fileId: applicant.fileId, ...input } },
        { token: applicant.token },
      );
    expect((await draft({ type: 'LOTTERY' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await draft({ title: '难'.repeat(10_000) })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await draft({ requestedAmountFen: -5 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await draft({ fileId: (await driver.newApplicant()).fileId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await drafts()).toBe(count);

    const someoneElses = await app.gql(`query($id: ID!) { case(id: $id) { id } }`, { id }, { token: applicant.token });
    expect(someoneElses.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await driver.act('withdraw', applicant.token, id)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });
});
