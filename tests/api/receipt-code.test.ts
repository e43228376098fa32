import { beforeAll, describe, expect, it } from 'vitest';
import { appWithDriver } from '../setup/case-driver.js';

const CONFIRM = `mutation($id: ID!, $code: String) { confirmReceipt(id: $id, smsCode: $code) { status } }`;
const ASK = `mutation($phone: String!) { requestSmsCode(phone: $phone, purpose: CONFIRM_RECEIPT) }`;

/** Receipt is confirmed with a code sent to the recipient's own phone, so a password alone cannot sign (issue 20). */
describe('confirming receipt with a code to the worker’s own phone (杜绝代签)', () => {
  const context = appWithDriver();
  let caseId: string;
  let token: string;
  let phone: string;

  beforeAll(async () => {
    const { app, driver } = context;
    await driver.fundDistrict(10_000_000);
    const paid = await driver.caseAt('DISBURSED');
    caseId = paid.id;
    token = paid.applicant.token;
    phone = (await app.gql(`query { me { phone } }`, {}, { token })).data?.me.phone;
  });

  const confirm = (code: string | null, as = token) => context.app.gql(CONFIRM, { id: caseId, code }, { token: as });

  it('refuses a confirmation without a code, or with a wrong one, as bad input that keeps the session and the case', async () => {
    const { app, driver } = context;
    const missing = await confirm(null);
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].message).toMatch(/code sent to your phone/);
    await app.receiptCode(token);
    const wrong = await confirm('000000');
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql(`query { me { id } }`, {}, { token })).data?.me.id).toBeTruthy();
    expect(await driver.status(caseId)).toBe('DISBURSED');
  });

  it('ends a code after five wrong tries: guessing cannot reach the right one within its limits', async () => {
    const { app, driver } = context;
    const code = await app.receiptCode(token);
    const wrong = [1, 2, 3, 4, 5].map((step) => String((Number(code) + step) % 1_000_000).padStart(6, '0'));
    for (const guess of wrong) expect((await confirm(guess)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await confirm(code)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await driver.status(caseId)).toBe('DISBURSED');
  });

  it('does not take a code sent for another purpose', async () => {
    const { app } = context;
    await app.minutePassed(phone);
    await app.gql(`mutation($phone: String!) { requestSmsCode(phone: $phone, purpose: LOGIN) }`, { phone });
    const loginCode = await app.smsCodeFor(phone);
    expect(loginCode).toMatch(/^\d{6}$/);
    expect((await confirm(loginCode)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sends a receipt code only to the phone of the signed-in account asking: never for a worker to staff', async () => {
    const { app, driver } = context;
    const codes = async () =>
      (await app.sql<{ n: number }>(`select count(*)::int as n from sms_code where phone = ? and purpose = 'CONFIRM_RECEIPT'`, [phone]))[0]
        .n;
    const before = await codes();
    const anonymous = await app.gql(ASK, { phone });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const staff of [driver.actors.streetStaff, driver.actors.streetHead, driver.actors.districtAdmin]) {
      const forWorker = await app.gql(ASK, { phone }, { token: staff });
      expect(forWorker.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await codes()).toBe(before);
    // staff with their own code still cannot confirm for the worker
    const staffCode = await app.receiptCode(driver.actors.streetStaff);
    expect((await confirm(staffCode, driver.actors.streetStaff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('confirms with the fresh code, which is spent', async () => {
    const { app, driver } = context;
    const code = await app.receiptCode(token);
    expect((await confirm(code)).data?.confirmReceipt.status).toBe('RECEIVED');
    expect(await driver.status(caseId)).toBe('RECEIVED');
    const [spent] = await app.sql<{ used: boolean }>(
      `select used_at is not null as used from sms_code where phone = ? and purpose = 'CONFIRM_RECEIPT' order by id desc limit 1`,
      [phone],
    );
    expect(spent.used).toBe(true);
    expect((await confirm(code)).errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
  });
});
