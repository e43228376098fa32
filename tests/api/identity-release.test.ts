import { beforeAll, describe, expect, it } from 'vitest';
import { appWithDriver, newIdNumber } from '../setup/case-driver.js';
import { PHONES } from '../setup/test-app.js';

const RELEASE = `mutation($idNumber: String!, $reason: String!) { releaseIdNumber(idNumber: $idNumber, reason: $reason) { id active } }`;
const REASON = '真本人持身份证原件到站核对，号码被他人冒用';

/** Someone registered with another person's ID number: the number goes back to its holder (issue 20, domain.md §11). */
describe('a contested identity', () => {
  const context = appWithDriver();
  const victimNumber = newIdNumber();
  let impostor: { id: string; token: string };
  let impostorCase: string;
  const register = async (phone: string, name: string, idNumber = victimNumber) =>
    context.app.registerWorker({
      phone,
      password: 'contested-1',
      name,
      idNumber,
      employerUnitId: await context.app.unitIdByCode('LY-LS-LSJD-HS'),
    });
  const release = (token: string, idNumber = victimNumber, reason = REASON) => context.app.gql(RELEASE, { idNumber, reason }, { token });

  beforeAll(async () => {
    const { app, driver } = context;
    const registered = await register('13955550001', '冒用者');
    impostor = { id: registered.data?.registerWorker.user.id, token: registered.data?.registerWorker.token };
    impostorCase = await driver.draft(
      { token: impostor.token, userId: impostor.id, phone: '13955550001', fileId: null as never, idNumber: victimNumber },
      'DISASTER',
    );
    await driver.ok('submit', impostor.token, impostorCase);
    // the real holder of the number cannot register while it is taken
    expect((await register('13955550002', '真本人')).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await app.sql(`select 1 from app_user where phone = '13955550002'`)).toHaveLength(0);
  });

  it('is refused to station staff (the worker’s own station included), an auditor and the account itself, changing nothing', async () => {
    const { app, driver } = context;
    const employerStation = await app.loginAs(PHONES.huashengStaff);
    for (const token of [driver.actors.streetStaff, driver.actors.streetHead, driver.actors.auditor, employerStation, impostor.token])
      expect((await release(token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await release(driver.actors.districtAdmin, victimNumber, '')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [row] = await app.sql<{ active: boolean; has_number: boolean }>(
      `select active, id_number_hash is not null as has_number from app_user where id = ?`,
      [impostor.id],
    );
    expect(row).toEqual({ active: true, has_number: true });
  });

  it('lets the union admin over the unit take the number back: the account is disabled and marked, its holder registers', async () => {
    const { app, driver } = context;
    const released = await release(driver.actors.districtAdmin);
    expect(released.data?.releaseIdNumber).toEqual({ id: impostor.id, active: false });
    // signed out, and cannot sign in again
    expect((await app.gql(`query { me { id } }`, {}, { token: impostor.token })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const login = await app.gql(`mutation { login(phone: "13955550001", password: "contested-1") { token } }`);
    expect(login.data?.login ?? null).toBeNull();
    // its case is kept, marked on its timeline
    const events = await app.sql<{ action: string; comment: string }>(
      `select action, comment from case_event where case_id = ? order by id`,
      [impostorCase],
    );
    expect(events.at(-1)).toEqual({ action: 'identityReleased', comment: REASON });
    expect(await driver.status(impostorCase)).toBe('SUBMITTED');
    const [audit] = await app.sql<{ after: Record<string, unknown>; unit_id: string }>(
      `select after, unit_id::text from audit_event where action = 'identity.release' and entity_id = ?`,
      [impostor.id],
    );
    expect(audit.after).toEqual({ reason: REASON, casesMarked: 1 });
    expect(audit.unit_id).toBe(await app.unitIdByCode('LY-LS'));
    expect(JSON.stringify(audit)).not.toContain(victimNumber);
    // the holder registers with their own number now (a minute after asking for the first code, as the phone allows)
    await app.minutePassed('13955550002');
    const holder = await register('13955550002', '真本人');
    expect(holder.data?.registerWorker.user.name).toBe('真本人');
  });

  it('lets the operator over the unit release too; a number no account in their units holds is not found', async () => {
    const { app } = context;
    const operator = await app.loginAs(PHONES.sysadmin);
    const number = newIdNumber();
    await register('13955550003', '另一人', number);
    expect((await release(operator, number, '持证人到站核对')).data?.releaseIdNumber.active).toBe(false);
    for (const idNumber of [number, newIdNumber()])
      expect((await release(operator, idNumber)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
