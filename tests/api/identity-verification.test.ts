import { beforeAll, describe, expect, it } from 'vitest';
import { appWithDriver, FILE_INPUT, newIdNumber, newPaymentKey, type Applicant } from '../setup/case-driver.js';
import { PHONES } from '../setup/test-app.js';

const VERIFY = `mutation($input: VerifyIdentityInput!) { verifyIdentity(input: $input) { id identityVerifiedAt } }`;

/** 实名核验 at the counter, and money only to a verified person (issue 20, domain.md §11). */
describe('identity verified at the counter', () => {
  const context = appWithDriver();
  let applicant: Applicant;
  let phone: string;

  beforeAll(async () => {
    await context.driver.fundDistrict(10_000_000);
    applicant = await context.driver.newApplicant();
    phone = (await context.app.gql(`query { me { phone } }`, {}, { token: applicant.token })).data?.me.phone;
  });

  const verify = (token: string, idNumber = applicant.idNumber, who = phone) =>
    context.app.gql(VERIFY, { input: { phone: who, idNumber } }, { token });

  it('lets staff of the unit the worker is registered under, or above it, record that they saw the ID card', async () => {
    const { app, driver } = context;
    const verified = await verify(driver.actors.streetStaff);
    expect(verified.data?.verifyIdentity.identityVerifiedAt).toBeTruthy();
    const [row] = await app.sql<{ by: string; unit: string }>(
      `select identity_verified_by_id::text as by, identity_verified_unit_id::text as unit from app_user where id = ?`,
      [applicant.userId],
    );
    expect(row.unit).toBe(await app.unitIdByCode('LY-LS-LSJD'));
    const [audit] = await app.sql<{ action: string; unit_id: string; after: Record<string, unknown> }>(
      `select action, unit_id::text, after from audit_event where entity_type = 'User' and entity_id = ? order by id desc limit 1`,
      [applicant.userId],
    );
    expect(audit).toMatchObject({ action: 'identity.verify', unit_id: row.unit });
    expect(JSON.stringify(audit.after)).not.toContain(applicant.idNumber);
    expect(JSON.stringify(audit.after)).not.toContain(phone);
    // the district above the street may too
    expect((await verify(driver.actors.districtAdmin)).data?.verifyIdentity.id).toBe(applicant.userId);
  });

  it('finds nobody unless phone and ID number both match, and refuses staff elsewhere and anyone not acting', async () => {
    const { app, driver } = context;
    for (const [token, idNumber, who] of [
      [driver.actors.streetStaff, newIdNumber(), phone],
      [driver.actors.streetStaff, applicant.idNumber, '13900009999'],
      [driver.actors.siblingStaff, applicant.idNumber, phone],
    ] as const)
      expect((await verify(token, idNumber, who)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const token of [driver.actors.auditor, applicant.token, await app.loginAs(PHONES.sysadmin)])
      expect((await verify(token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(VERIFY, { input: { phone, idNumber: applicant.idNumber } })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('pays only a verified recipient: the file’s counter check, a verified account, or the card seen at the payout', async () => {
    const { app, driver } = context;
    const unchecked = await driver.newApplicant({ identityChecked: false });
    const file = await app.gql(
      `query($id: ID!) { hardshipFile(id: $id) { identityVerifiedAt } }`,
      { id: unchecked.fileId },
      {
        token: driver.actors.streetStaff,
      },
    );
    expect(file.data?.hardshipFile.identityVerifiedAt).toBeNull();
    const caseId = await driver.draft(unchecked);
    await driver.advance(caseId, unchecked.token, 'LIVING', 'DRAFT', 'READY_TO_PAY', 50_000);
    const ledger = async () => (await app.sql<{ n: number }>(`select count(*)::int as n from ledger_transaction`))[0].n;
    const before = await ledger();
    const refused = await driver.act('disburse', driver.actors.streetStaff, caseId);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/not verified/);
    expect(await ledger()).toBe(before);
    expect(await driver.status(caseId)).toBe('READY_TO_PAY');
    await driver.ok('disburse', driver.actors.streetStaff, caseId, {
      input: { method: 'CASH', idempotencyKey: newPaymentKey(), recipientIdentityChecked: true },
    });
    const basis = async (id: string) =>
      (await app.sql<{ basis: string }>(`select recipient_identity as basis from disbursement where case_id = ?`, [id]))[0].basis;
    expect(await basis(caseId)).toBe('AT_PAYOUT');

    // the holder of a counter-checked file is paid on that check
    const checked = await driver.caseAt('DISBURSED');
    expect(await basis(checked.id)).toBe('FILE');

    // a worker whose own account was verified at the counter is paid on that, file check or not
    const second = await driver.newApplicant({ identityChecked: false });
    const secondPhone = (await app.gql(`query { me { phone } }`, {}, { token: second.token })).data?.me.phone;
    await verify(driver.actors.streetStaff, second.idNumber, secondPhone);
    const secondCase = await driver.draft(second);
    await driver.advance(secondCase, second.token, 'LIVING', 'DRAFT', 'DISBURSED', 50_000);
    expect(await basis(secondCase)).toBe('ACCOUNT');
  });

  it('keeps a file’s counter check while its ID number stays, and drops it when the number changes unchecked', async () => {
    const { app, driver } = context;
    const holder = await driver.newApplicant();
    const read = async () =>
      (
        await app.gql(
          `query($id: ID!) { hardshipFile(id: $id) { identityVerifiedAt } }`,
          { id: holder.fileId },
          {
            token: driver.actors.streetStaff,
          },
        )
      ).data?.hardshipFile.identityVerifiedAt;
    expect(await read()).toBeTruthy();
    const update = (input: Record<string, unknown>) =>
      app.gql(
        `mutation($id: ID!, $input: HardshipFileInput!) { updateHardshipFile(id: $id, input: $input) { id } }`,
        { id: holder.fileId, input },
        {
          token: driver.actors.streetStaff,
        },
      );
    const street = await app.unitIdByCode('LY-LS-LSJD');
    await update(FILE_INPUT(street, holder.idNumber, { identityChecked: false, address: '新地址' }));
    expect(await read()).toBeTruthy();
    await update(FILE_INPUT(street, newIdNumber(), { identityChecked: false }));
    expect(await read()).toBeNull();
  });
});
