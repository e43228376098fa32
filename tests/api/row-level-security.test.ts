import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/app/config.js';
import { initOrm } from '../../server/src/app/orm.js';
import { createServices, serviceDeps } from '../../server/src/app/services.js';
import { runInRequestScope } from '../../server/src/common/request-context.js';
import { NO_ROWS, outsideRowPolicies, rowScopeOf, SYSTEM_ROWS, withSystemRows, type RowScope } from '../../server/src/common/row-scope.js';
import { applicationUrl } from '../../scripts/services.mjs';
import { CaseDriver, FILE_INPUT, type Applicant } from '../setup/case-driver.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

/** The three tables under row-level security and what the application role sees of each, as `rows` allows. */
const VISIBLE = `select (select count(*) from aid_case)::int as cases, (select count(*) from hardship_file)::int as files,
  (select count(*) from case_document)::int as documents`;

describe('row-level security: the database backstop behind the application checks (issue 25, item 7)', () => {
  let app: TestApp;
  let driver: CaseDriver;
  let applicant: Applicant;
  let caseId: string;
  const unitIds: Record<string, string> = {};

  /** What the application role sees, on the API's own pool, for work carrying `rows`. */
  const seenWith = async (rows: RowScope, query = VISIBLE) =>
    runInRequestScope({ correlationId: 'rls-test', lang: 'en', rows }, () => app.runtime.orm.em.fork().execute(query));
  const rowsOf = async (phone: string): Promise<RowScope> => {
    const [{ id }] = await app.sql<{ id: string }>(`select id::text from app_user where phone = ?`, [phone]);
    const services = createServices(app.worker.em.fork(), serviceDeps(app.config, app.runtime.redis));
    return rowScopeOf(await services.auth.actorById(id));
  };
  const owner = async (where: string) => {
    const [row] = await app.sql<{ cases: number; files: number }>(
      `select (select count(*) from aid_case c where ${where.replaceAll('UNIT', 'c.unit_id')})::int as cases,
              (select count(*) from hardship_file f where ${where.replaceAll('UNIT', 'f.unit_id')})::int as files`,
    );
    return row;
  };

  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
    for (const code of ['LY-LS', 'LY-LS-LSJD', 'LY-LS-YQS', 'LY-LS-LSJD-HS']) unitIds[code] = await app.unitIdByCode(code);
    applicant = await driver.newApplicant();
    caseId = await driver.draft(applicant);
    await driver.ok('submit', applicant.token, caseId);
    const evidence = await fetch(app.url.replace('/graphql', `/uploads/cases/${caseId}/${randomUUID()}?slot=MEDICAL_RECORD`), {
      method: 'PUT',
      headers: { authorization: `Bearer ${applicant.token}`, 'content-type': 'application/octet-stream' },
      body: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('a photo of a bill')]),
    });
    expect(evidence.status).toBe(201);
    // the same kinds of records at the sibling street and the enterprise station below the street
    for (const code of ['LY-LS-YQS', 'LY-LS-LSJD-HS']) {
      await app.sql(
        `insert into aid_case (client_id, created_by_id, type, channel, status, unit_id, origin_unit_id, applicant_name, title, submitted_at, due_at)
         select 'rls-' || ?, created_by_id, type, 'WALK_IN', 'SUBMITTED', ?, ?, applicant_name, title, now(), now() + interval '30 days'
         from aid_case where id = ?`,
        [code, unitIds[code], unitIds[code], caseId],
      );
      await app.sql(
        `insert into hardship_file (unit_id, status, category, causes, person_name, id_number_enc, id_number_hash, birth_date, sex, household_enc, household_size)
         select ?, status, category, causes, person_name, id_number_enc, 'rls-' || ? || id_number_hash, birth_date, sex, household_enc, household_size
         from hardship_file where id = ?`,
        [unitIds[code], code, applicant.fileId],
      );
    }
  }, 60_000);
  afterAll(() => app.close());

  it('shows the application role no file, case or document without a row scope, and every one to the system', async () => {
    const [all] = await app.sql<{ cases: number; files: number; documents: number }>(VISIBLE);
    expect(all.cases).toBeGreaterThan(2);
    expect(all.documents).toBeGreaterThan(0);
    expect((await seenWith(NO_ROWS))[0]).toEqual({ cases: 0, files: 0, documents: 0 });
    expect((await seenWith(SYSTEM_ROWS))[0]).toEqual(all);
  });

  it("limits staff to their unit's rows and a union admin to the subtree, whatever the query asks", async () => {
    const street = await seenWith(await rowsOf(PHONES.lanshanStreetStaff));
    const expectedStreet = await owner(`UNIT = ${unitIds['LY-LS-LSJD']}`);
    expect(street[0]).toMatchObject(expectedStreet);
    const [streetDocuments] = await app.sql<{ n: number }>(
      `select count(*)::int as n from case_document d join aid_case c on c.id = d.case_id where c.unit_id = ?`,
      [unitIds['LY-LS-LSJD']],
    );
    expect(street[0].documents).toBe(streetDocuments.n);
    expect(streetDocuments.n).toBeGreaterThan(0);
    // the sibling's and the child station's rows exist, and street staff get none of them even by asking for them
    const [sibling] = await seenWith(
      await rowsOf(PHONES.lanshanStreetStaff),
      `select count(*)::int as n from aid_case where unit_id in (${unitIds['LY-LS-YQS']}, ${unitIds['LY-LS-LSJD-HS']})`,
    );
    expect(sibling.n).toBe(0);
    const district = await seenWith(await rowsOf(PHONES.lanshanAdmin));
    expect(district[0]).toMatchObject(
      await owner(`UNIT in (select id from unit where path <@ (select path from unit where code = 'LY-LS'))`),
    );
    expect(district[0].cases).toBeGreaterThan(expectedStreet.cases);
  });

  it('shows a worker their own case, file and documents and nothing else; an operator none', async () => {
    const worker = await seenWith(await rowsOf(PHONES.worker));
    const [own] = await app.sql<{ cases: number }>(
      `select count(*)::int as cases from aid_case where applicant_user_id = (select id from app_user where phone = ?)`,
      [PHONES.worker],
    );
    expect(worker[0].cases).toBe(own.cases);
    const mine = await seenWith(
      { ...NO_ROWS, userId: applicant.userId },
      `select array_agg(id::text order by id) as cases, (select count(*) from hardship_file)::int as files,
              (select count(*) from case_document)::int as documents from aid_case`,
    );
    const [ownDocuments] = await app.sql<{ n: number }>(`select count(*)::int as n from case_document where case_id = ?`, [caseId]);
    expect(mine[0]).toEqual({ cases: [caseId], files: 1, documents: ownDocuments.n });
    expect((await seenWith(await rowsOf(PHONES.sysadmin)))[0]).toEqual({ cases: 0, files: 0, documents: 0 });
  });

  it('refuses, as an error rather than a silent no-op, a change to a record the caller reads but does not act on', async () => {
    const district = await rowsOf(PHONES.lanshanAdmin);
    // the district union reads the street's case and file, and acts only on the district's own
    const [readable] = await seenWith(district, `select count(*)::int as n from aid_case where id = ${caseId}`);
    expect(readable.n).toBe(1);
    for (const statement of [
      `update aid_case set title = 'changed' where id = ${caseId}`,
      `update hardship_file set person_name = 'changed' where id = ${applicant.fileId}`,
      `insert into hardship_file (unit_id, category, causes, person_name, id_number_enc, id_number_hash, birth_date, sex, household_enc, household_size)
       values (${unitIds['LY-LS-LSJD']}, 'RELATIVE', '[]', '某人', 'x', 'rls-insert', '1980-01-01', 'F', 'x', 1)`,
    ])
      await expect(seenWith(district, statement)).rejects.toThrow(/row scope to change|row-level security/);
    const [unchanged] = await app.sql<{ title: string; person_name: string }>(
      `select c.title, f.person_name from aid_case c, hardship_file f where c.id = ? and f.id = ?`,
      [caseId, applicant.fileId],
    );
    expect(unchanged).not.toMatchObject({ title: 'changed' });
    expect(unchanged.person_name).not.toBe('changed');
    // the street staff act on their own unit's case
    await seenWith(await rowsOf(PHONES.lanshanStreetStaff), `update aid_case set title = title where id = ${caseId}`);
  });

  it('gives a pooled connection the scope of the work it serves next, never the last one', async () => {
    const single = await initOrm(applicationUrl(new URL(app.config.DATABASE_OWNER_URL!).toString()), 1);
    try {
      const seen = (rows: RowScope) =>
        runInRequestScope({ correlationId: 'rls-pool', lang: 'en', rows }, () => single.em.fork().execute(VISIBLE));
      const [all] = await seen(SYSTEM_ROWS);
      expect(all.cases).toBeGreaterThan(0);
      expect((await seen(NO_ROWS))[0]).toEqual({ cases: 0, files: 0, documents: 0 });
      // a failed transaction does not take the connection's scope back to an earlier one
      await expect(
        runInRequestScope({ correlationId: 'rls-pool', lang: 'en', rows: NO_ROWS }, () =>
          single.em.fork().transactional(async (em) => {
            await em.execute('select 1/0');
          }),
        ),
      ).rejects.toThrow();
      expect((await seen(NO_ROWS))[0]).toEqual({ cases: 0, files: 0, documents: 0 });
      // outside any request the ORM's own default applies: everything for this one (the worker's), as initOrm sets it
      expect((await single.em.fork().execute(VISIBLE))[0]).toEqual(all);
    } finally {
      await single.close();
    }
  });

  it('signs a request in on a connection as it is, and scopes the rows the request then reads to its own caller', async () => {
    // as the API's pool: no rows where no caller is known
    const single = await initOrm(applicationUrl(new URL(app.config.DATABASE_OWNER_URL!).toString()), 1, NO_ROWS);
    try {
      const carried = `select current_setting('bangfu.rows_user', true) as user_id, (select count(*) from aid_case)::int as cases`;
      const inRequest = <T>(rows: RowScope | undefined, work: () => Promise<T>) =>
        runInRequestScope({ correlationId: 'rls-sign-in', lang: 'en', rows }, work);
      const street = await rowsOf(PHONES.lanshanStreetStaff);
      const [before] = await inRequest(street, () => single.em.fork().execute(carried));
      expect(before.user_id).toBe(street.userId);

      // a new request signs in before its caller is known: the connection keeps the street's scope, not none
      const token = await app.loginAs(PHONES.lanshanStreetStaff);
      const services = createServices(single.em.fork(), serviceDeps(app.config, app.runtime.redis));
      const actor = await inRequest(undefined, () => services.auth.authenticate(token));
      expect(actor?.userId).toBe(street.userId);
      const [after] = await inRequest(undefined, () => outsideRowPolicies(() => single.em.fork().execute(carried)));
      expect(after).toEqual(before);

      // work not marked as reading outside the policies still gets no rows on that connection before sign-in
      expect((await inRequest(undefined, () => single.em.fork().execute(VISIBLE)))[0]).toEqual({ cases: 0, files: 0, documents: 0 });
      // and a sign-in on a connection holding no scope still finds the caller
      expect((await inRequest(undefined, () => services.auth.authenticate(token)))?.userId).toBe(street.userId);
    } finally {
      await single.close();
    }
  });

  it('lets a system step see every row only inside it, then puts the caller’s scope back in the same transaction', async () => {
    const street = await rowsOf(PHONES.lanshanStreetStaff);
    const counts = await runInRequestScope({ correlationId: 'rls-elevate', lang: 'en', rows: street }, () =>
      app.runtime.orm.em.fork().transactional(async (em) => {
        const before = (await em.execute(VISIBLE))[0];
        const inside = await withSystemRows(em, async (all) => (await all.execute(VISIBLE))[0]);
        const after = (await em.execute(VISIBLE))[0];
        return { before, inside, after };
      }),
    );
    const [all] = await app.sql(VISIBLE);
    expect(counts.inside).toEqual(all);
    expect(counts.after).toEqual(counts.before);
    expect(counts.before.cases).toBeLessThan(all.cases);
  });

  it('answers the cross-unit facts the rules need, and only those: an open file elsewhere, a public notice', async () => {
    // the sibling street registering the same person is told where the open file is, past its own row scope
    const refused = await app.gql(
      `mutation($input: HardshipFileInput!) { createHardshipFile(input: $input) { id } }`,
      { input: FILE_INPUT(unitIds['LY-LS-YQS'], applicant.idNumber) },
      { token: await app.loginAs(PHONES.yinqueshanStaff) },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toContain('兰山街道职工服务中心');
  });

  it('refuses the switch that bypasses the application checks outside NODE_ENV=test', () => {
    const base = {
      DATABASE_URL: app.config.DATABASE_URL,
      REDIS_URL: app.config.REDIS_URL,
      DATA_ENCRYPTION_KEY: app.config.DATA_ENCRYPTION_KEY,
      LOOKUP_HMAC_KEY: app.config.LOOKUP_HMAC_KEY,
      APP_SCOPE_CHECKS: 'bypassed',
    };
    for (const NODE_ENV of ['production', 'development'])
      expect(() => loadConfig({ ...base, NODE_ENV })).toThrow(/APP_SCOPE_CHECKS: bypassed is allowed only with NODE_ENV=test/);
    expect(loadConfig({ ...base, NODE_ENV: 'test' }).APP_SCOPE_CHECKS).toBe('bypassed');
  });
});
