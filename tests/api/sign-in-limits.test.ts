import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/cli/demo-data.js';
import { newIdNumber } from '../setup/case-driver.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

const LOGIN = `mutation($phone: String!, $password: String!) { login(phone: $phone, password: $password) { token } }`;
const REGISTER = `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { token } }`;
const FREE_FAILURES = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Guessing and enumeration limits (issue 25 items 2, 3, 5), behind one trusted proxy hop as in a deployment: the
 * address is the last X-Forwarded-For entry, the one the proxy wrote.
 */
describe('sign-in and registration limits', () => {
  let app: TestApp;
  let huasheng: string;
  beforeAll(async () => {
    app = await startTestApp({ TRUST_PROXY: '1', LOGIN_MAX_FAILURES_PER_IP: '20', REGISTER_MAX_PER_IP: '8' });
    huasheng = await app.unitIdByCode('LY-LS-LSJD-HS');
  });
  afterAll(() => app.close());

  const login = (phone: string, password: string, forwardedFor: string) => app.gql(LOGIN, { phone, password }, { forwardedFor });
  const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code ?? 'OK';

  it("never locks the owner out: an attacker's failures slow down only the attacker's address", async () => {
    for (let attempt = 1; attempt <= 30; attempt += 1) await login(PHONES.yinqueshanStaff, `wrong-${attempt}`, '203.0.113.7');
    expect(codeOf(await login(PHONES.yinqueshanStaff, DEMO_PASSWORD, '203.0.113.7'))).toBe('LIMIT_EXCEEDED');
    const owner = await login(PHONES.yinqueshanStaff, DEMO_PASSWORD, '198.51.100.20');
    expect(owner.data?.login.token).toBeTypeOf('string');
  });

  it('counts each failure before the password is checked: 30 parallel guesses get only the free ones and one more through', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, attempt) => login(PHONES.huashengStaff, `parallel-${attempt}`, '203.0.113.8')),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(FREE_FAILURES + 1);
    expect(codes.filter((code) => code === 'LIMIT_EXCEEDED')).toHaveLength(30 - FREE_FAILURES - 1);
  });

  it('doubles the wait after each further failure, and a right password after the wait starts the address afresh', async () => {
    const address = '203.0.113.9';
    for (let attempt = 1; attempt <= FREE_FAILURES + 1; attempt += 1) {
      expect(codeOf(await login(PHONES.cityAuditor, `slow-${attempt}`, address))).toBe('UNAUTHENTICATED');
    }
    const waiting = await login(PHONES.cityAuditor, DEMO_PASSWORD, address);
    expect(waiting.errors?.[0]).toMatchObject({
      extensions: { code: 'LIMIT_EXCEEDED' },
      message: 'Too many attempts; wait 1 s and try again',
    });
    await sleep(1100);
    expect(codeOf(await login(PHONES.cityAuditor, 'slow-again', address))).toBe('UNAUTHENTICATED');
    expect((await login(PHONES.cityAuditor, DEMO_PASSWORD, address)).errors?.[0].message).toBe('Too many attempts; wait 2 s and try again');
    await sleep(2100);
    expect(codeOf(await login(PHONES.cityAuditor, DEMO_PASSWORD, address))).toBe('OK');
    for (let attempt = 1; attempt <= FREE_FAILURES; attempt += 1) {
      expect(codeOf(await login(PHONES.cityAuditor, `fresh-${attempt}`, address))).toBe('UNAUTHENTICATED');
    }
  });

  it('limits failures per address over every account, whatever the client writes into X-Forwarded-For', async () => {
    const proxyWrote = '203.0.113.50';
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      const forged = `10.0.${attempt}.1, ${proxyWrote}`;
      expect(codeOf(await login(`1365555${String(attempt).padStart(4, '0')}`, 'Guess@2026', forged))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await login(PHONES.lanshanAdmin, DEMO_PASSWORD, `192.0.2.1, ${proxyWrote}`))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(await login(PHONES.lanshanAdmin, DEMO_PASSWORD, '198.51.100.21'))).toBe('OK');
  });

  it('answers a taken phone and a taken ID number alike, and spends the budgets per phone and per address before any work', async () => {
    const form = (phone: string, idNumber: string) => ({
      phone,
      password: 'Worker@2026',
      name: '王小明',
      idNumber,
      employerUnitId: huasheng,
    });
    // refusals come before the phone's code is checked, so these send none
    const register = (phone: string, idNumber: string, forwardedFor: string) =>
      app.gql(REGISTER, { input: { ...form(phone, idNumber), smsCode: '000000' } }, { forwardedFor });
    const idNumber = newIdNumber();
    expect(codeOf(await app.registerWorker(form('13911110001', idNumber), { forwardedFor: '198.51.100.30' }))).toBe('OK');
    const phoneTaken = await register('13911110001', newIdNumber(), '198.51.100.31');
    const idTaken = await register('13911110002', idNumber, '198.51.100.32');
    expect(phoneTaken.errors?.[0]).toEqual(idTaken.errors?.[0]);
    expect(phoneTaken.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(phoneTaken.errors?.[0].message).not.toMatch(/phone|ID number/i);

    // one phone: five attempts an hour, from any address
    for (let attempt = 3; attempt <= 5; attempt += 1) await register('13911110001', newIdNumber(), `198.51.100.${40 + attempt}`);
    expect(codeOf(await register('13911110001', newIdNumber(), '198.51.100.49'))).toBe('LIMIT_EXCEEDED');

    // one address: eight an hour, whatever the phone; the ninth creates nothing
    const address = '203.0.113.60';
    for (let attempt = 1; attempt <= 8; attempt += 1) await register(`1391112${String(attempt).padStart(4, '0')}`, idNumber, address);
    const ninth = await register('13911129999', newIdNumber(), address);
    expect(codeOf(ninth)).toBe('LIMIT_EXCEEDED');
    expect(await app.sql(`select 1 from app_user where phone = '13911129999'`)).toHaveLength(0);
  });
});

describe('without a configured proxy', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '5' });
  });
  afterAll(() => app.close());

  it('takes the socket address as the caller, so a client cannot choose its address with X-Forwarded-For', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const result = await app.gql(
        LOGIN,
        { phone: `1366666${String(attempt).padStart(4, '0')}`, password: 'Guess@2026' },
        { forwardedFor: `198.51.100.${attempt}` },
      );
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const sixth = await app.gql(LOGIN, { phone: PHONES.worker, password: DEMO_PASSWORD }, { forwardedFor: '198.51.100.99' });
    expect(sixth.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});
