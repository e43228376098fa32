import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_INPUT, newIdNumber } from '../setup/case-driver.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

describe('coded errors in the caller language', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('answers a refused login in zh-CN by default and in en when asked', async () => {
    const query = `mutation { login(phone: "${PHONES.worker}", password: "not-the-password") { token } }`;
    const zh = await app.gql(query, {}, { lang: 'zh-CN,zh;q=0.9' });
    const en = await app.gql(query, {}, { lang: 'en-US,en;q=0.8' });
    expect(zh.errors?.[0]).toMatchObject({ message: '手机号或密码不正确', extensions: { code: 'UNAUTHENTICATED' } });
    expect(en.errors?.[0]).toMatchObject({ message: 'The phone number or password is incorrect', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('names the field of a bad input in both languages', async () => {
    const token = await app.loginAs(PHONES.sysadmin);
    const query = `mutation { createUnit(input: { code: "bad code", name: "x", level: STREET, parentId: "2" }) { id } }`;
    const zh = await app.gql(query, {}, { token, lang: 'zh-CN' });
    const en = await app.gql(query, {}, { token, lang: 'en' });
    expect(zh.errors?.[0].message).toBe('输入有误：code (code)');
    expect(en.errors?.[0].message).toBe('Invalid input: code (code)');
  });

  it('refuses a NUL character in a variable or a literal as bad input before any resolver runs (the fuzzer found a 500)', async () => {
    const login = `mutation($phone: String!, $password: String!) { login(phone: $phone, password: $password) { token } }`;
    const limiterKeys = () => app.runtime.redis.keys('bangfu-login:*');
    const keysBefore = await limiterKeys();
    const inVariable = await app.gql(login, { phone: '\u0000', password: 'x' }, { lang: 'en' });
    expect(inVariable.status).toBe(400);
    expect(inVariable.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('NUL') });
    expect(inVariable.data).toBeUndefined();
    const token = await app.loginAs(PHONES.lanshanStreetStaff);
    const street = await app.unitIdByCode('LY-LS-LSJD');
    const input = FILE_INPUT(street, newIdNumber(), { members: [{ name: '成员\u0000', relation: '本人', monthlyIncomeFen: 1 }] });
    const before = await app.sql(`select count(*)::int as n from hardship_file`);
    const nested = await app.gql(
      `mutation($input: HardshipFileInput!) { createHardshipFile(input: $input) { id } }`,
      { input },
      { token, lang: 'en' },
    );
    expect(nested.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('NUL') });
    expect(await app.sql(`select count(*)::int as n from hardship_file`)).toEqual(before);
    const literal = await app.gql(`mutation { login(phone: "\\u0000", password: "x") { token } }`);
    expect(literal.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await limiterKeys()).toEqual(keysBefore);
    await app.gql(login, { phone: '13912345678', password: 'x' });
    expect((await limiterKeys()).length).toBeGreaterThan(keysBefore.length);
  });

  it('answers a forged page cursor with BAD_USER_INPUT on every paged list, never a database error', async () => {
    const street = await app.unitIdByCode('LY-LS-LSJD');
    const city = await app.unitIdByCode('LY');
    const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
    const forged = [
      cursor(['not-a-date', 'x']),
      cursor(['x']),
      cursor(['2026-01-01T00:00:00.000Z', '1 or 1=1']),
      cursor([1.5]),
      'not base64 at all',
    ];
    const staff = await app.loginAs(PHONES.lanshanStreetStaff);
    const cityAdmin = await app.loginAs(PHONES.cityAdmin);
    const sysadmin = await app.loginAs(PHONES.sysadmin);
    const worker = await app.loginAs(PHONES.worker);
    const lists: [string, string][] = [
      [`query($after: String) { caseQueue(unitId: "${street}", after: $after) { totalCount } }`, staff],
      [`query($after: String) { hardshipFiles(unitId: "${street}", after: $after) { totalCount } }`, staff],
      [`query($after: String) { auditLog(unitId: "${city}", after: $after) { totalCount } }`, cityAdmin],
      [`query($after: String) { units(after: $after) { totalCount } }`, sysadmin],
      [`query($after: String) { users(unitId: "${city}", after: $after) { totalCount } }`, sysadmin],
      [`query($after: String) { myCases(after: $after) { totalCount } }`, worker],
      [`query($after: String) { notifications(after: $after) { totalCount } }`, worker],
    ];
    for (const [query, token] of lists) {
      for (const after of forged) {
        const result = await app.gql(query, { after }, { token, lang: 'en' });
        expect(result.errors?.[0], `${query} ${after}`).toMatchObject({
          extensions: { code: 'BAD_USER_INPUT' },
          message: 'Invalid input: after (cursor)',
        });
      }
    }
  });

  it('reports an unknown enum value as BAD_USER_INPUT', async () => {
    const token = await app.loginAs(PHONES.sysadmin);
    const result = await app.gql(`{ units(level: VILLAGE) { totalCount } }`, {}, { token, lang: 'zh-CN' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/^请求格式有误/);
  });

  it('answers a malformed JSON body with a typed error and no stack trace', async () => {
    const result = await app.post('{"query": "{ me { id } ', { lang: 'en' });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('masks an unexpected failure behind a correlation id, without SQL or stack', async () => {
    const token = await app.loginAs(PHONES.cityAdmin);
    // fault injection: a column the audit query reads disappears from this file's own database
    await app.sql(`alter table audit_event rename column action to action_gone`);
    try {
      const result = await app.gql(`{ auditLog(unitId: "1") { totalCount edges { node { action } } } }`, {}, { token, lang: 'en' });
      const [error] = result.errors ?? [];
      expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.message).toBe(`Internal error (reference ${error.extensions?.correlationId})`);
      expect(JSON.stringify(result)).not.toMatch(/action_gone|audit_event|select|stack|\.ts/i);
    } finally {
      await app.sql(`alter table audit_event rename column action_gone to action`);
    }
  });
});
