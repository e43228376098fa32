import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

const REQUEST = `mutation($phone: String!, $purpose: SmsCodePurpose!) { requestSmsCode(phone: $phone, purpose: $purpose) }`;
const RESET = `mutation($phone: String!, $code: String!, $password: String!) {
  resetPasswordWithSmsCode(phone: $phone, code: $code, newPassword: $password) { token user { name } } }`;
const LOGIN_BY_CODE = `mutation($phone: String!, $code: String!) { loginWithSmsCode(phone: $phone, code: $code) { token } }`;

/** One-time codes to the account holder's own phone (issue 20; issue 25 item 1: workers recover their own account). */
describe('SMS codes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ TRUST_PROXY: '1', SMS_CODE_MAX_PER_IP: '4' });
  });
  afterAll(() => app.close());

  const ask = (phone: string, purpose: string, address: string) => app.gql(REQUEST, { phone, purpose }, { forwardedFor: address });
  const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code ?? 'OK';

  it("resets a forgotten password with a code sent to the worker's phone, ending every other session; a code works once", async () => {
    const oldSession = await app.loginAs(PHONES.worker);
    expect((await ask(PHONES.worker, 'RESET_PASSWORD', '198.51.100.1')).data?.requestSmsCode).toBe(true);
    const code = await app.smsCodeFor(PHONES.worker);
    expect(code).toMatch(/^\d{6}$/);
    // only an HMAC stays, and the sealed copy is gone once sent
    const [row] = await app.sql<{ code_hash: string; code_enc: string | null }>(
      `select code_hash, code_enc from sms_code order by id desc limit 1`,
    );
    expect(row.code_enc).toBeNull();
    expect(row.code_hash).not.toContain(code);

    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect((await app.gql(RESET, { phone: PHONES.worker, code: wrong, password: 'Dawei@2027' })).errors?.[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: 'The code is wrong or no longer valid; ask for a new one',
    });
    // a weak password is refused without spending the code
    expect(codeOf(await app.gql(RESET, { phone: PHONES.worker, code, password: 'aaaaaaaa' }))).toBe('BAD_USER_INPUT');
    const reset = await app.gql(RESET, { phone: PHONES.worker, code, password: 'Dawei@2027' });
    expect(reset.data?.resetPasswordWithSmsCode.user.name).toBe('孙大伟');
    expect(codeOf(await app.gql(`{ me { id } }`, {}, { token: oldSession }))).toBe('UNAUTHENTICATED');
    await expect(app.loginAs(PHONES.worker, 'Dawei@2027')).resolves.toBeTypeOf('string');
    expect(codeOf(await app.gql(RESET, { phone: PHONES.worker, code, password: 'Again@2027' }))).toBe('UNAUTHENTICATED');
    const events = await app.sql<{ action: string }>(
      `select action from audit_event where action in ('auth.smsCodeRequested', 'auth.resetPasswordWithSmsCode') order by id`,
    );
    expect(events.map((event) => event.action)).toEqual(['auth.smsCodeRequested', 'auth.resetPasswordWithSmsCode']);
  });

  it('answers a phone without an account exactly as one with an account, sending nothing', async () => {
    const before = await app.sql(`select (select count(*)::int from sms_code) as codes, (select count(*)::int from outbox) as queued`);
    const unknown = await ask('13677778888', 'LOGIN', '198.51.100.2');
    expect(unknown).toMatchObject({ data: { requestSmsCode: true }, errors: undefined });
    expect(await app.sql(`select (select count(*)::int from sms_code) as codes, (select count(*)::int from outbox) as queued`)).toEqual(
      before,
    );
  });

  it('signs in by code; allows one code a minute per phone; five wrong tries or five minutes end a code', async () => {
    expect(codeOf(await ask(PHONES.huashengStaff, 'LOGIN', '198.51.100.3'))).toBe('OK');
    // a second code within the minute, from any address
    expect(codeOf(await ask(PHONES.huashengStaff, 'LOGIN', '198.51.100.4'))).toBe('LIMIT_EXCEEDED');
    const code = await app.smsCodeFor(PHONES.huashengStaff);
    const wrong = String((Number(code) + 7) % 1_000_000).padStart(6, '0');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect(codeOf(await app.gql(LOGIN_BY_CODE, { phone: PHONES.huashengStaff, code: wrong }))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await app.gql(LOGIN_BY_CODE, { phone: PHONES.huashengStaff, code }))).toBe('UNAUTHENTICATED');

    expect(codeOf(await ask(PHONES.yinqueshanStaff, 'LOGIN', '198.51.100.5'))).toBe('OK');
    const fresh = await app.smsCodeFor(PHONES.yinqueshanStaff);
    const signedIn = await app.gql(LOGIN_BY_CODE, { phone: PHONES.yinqueshanStaff, code: fresh });
    expect(signedIn.data?.loginWithSmsCode.token).toBeTypeOf('string');

    expect(codeOf(await ask(PHONES.cityAuditor, 'LOGIN', '198.51.100.6'))).toBe('OK');
    const late = await app.smsCodeFor(PHONES.cityAuditor);
    // five minutes pass
    await app.sql(`update sms_code set expires_at = now() - interval '1 second' where used_at is null`);
    expect(codeOf(await app.gql(LOGIN_BY_CODE, { phone: PHONES.cityAuditor, code: late }))).toBe('UNAUTHENTICATED');
  });

  it('spends a budget per address before looking at the phone', async () => {
    const address = '203.0.113.80';
    for (let attempt = 1; attempt <= 4; attempt += 1) expect(codeOf(await ask(`1367777000${attempt}`, 'LOGIN', address))).toBe('OK');
    expect(codeOf(await ask(PHONES.lanshanAdmin, 'LOGIN', address))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(await ask(PHONES.lanshanAdmin, 'LOGIN', '198.51.100.7'))).toBe('OK');
  });
});
