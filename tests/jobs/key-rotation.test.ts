import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createServices, serviceDeps } from '../../server/src/app/services.js';
import { FieldCipher } from '../../server/src/common/crypto.js';
import { resealWithCurrentKey } from '../../server/src/app/reseal.js';
import { appWithDriver } from '../setup/case-driver.js';

describe('rotating the encryption key', () => {
  const context = appWithDriver();

  it('seals every ID number and household again with the new key, after which the old key can go; a second pass changes nothing', async () => {
    const { app, driver } = context;
    const applicant = await driver.newApplicant();
    const sealedValues = async () =>
      (
        await app.sql<{ value: string }>(
          `select id_number_enc as value from hardship_file union all select household_enc from hardship_file
       union all select id_number_enc from app_user where id_number_enc is not null`,
        )
      ).map((row) => row.value);
    const oldKey = app.config.DATA_ENCRYPTION_KEY;
    const newKey = randomBytes(32).toString('base64');
    const duringRotation = new FieldCipher(newKey, app.config.LOOKUP_HMAC_KEY, [oldKey]);
    const afterRotation = new FieldCipher(newKey, app.config.LOOKUP_HMAC_KEY);
    const [stored] = await app.sql<{ id_number_enc: string }>(`select id_number_enc from hardship_file where id = ?`, [applicant.fileId]);
    expect(() => afterRotation.decrypt(stored.id_number_enc)).toThrow();
    const before = await sealedValues();

    const [counts] = await app.sql<{ files: number; accounts: number }>(
      `select (select count(*)::int from hardship_file) as files, (select count(*)::int from app_user where id_number_enc is not null) as accounts`,
    );
    // batches of one: every batch boundary is crossed
    const first = await resealWithCurrentKey(app.worker.em.fork(), duringRotation, 1);
    const after = await sealedValues();
    expect(first.remaining).toBe(0);
    expect(first.resealed).toEqual({ hardship_file: counts.files, app_user: counts.accounts });
    expect(counts.files).toBeGreaterThan(1);
    expect(after).toHaveLength(before.length);
    expect(after.every((value) => value.startsWith(afterRotation.currentPrefix))).toBe(true);

    // the services read everything with the new key alone
    const services = createServices(app.worker.em.fork(), { ...serviceDeps(app.config, app.runtime.redis), cipher: afterRotation });
    const staff = (await services.auth.authenticate(driver.actors.streetStaff))!;
    expect(await services.files.revealIdNumber(staff, applicant.fileId, '核对身份')).toBe(applicant.idNumber);
    const { file } = await services.files.get(staff, applicant.fileId);
    expect(services.files.household(file, 'FULL').members[0]).toMatchObject({ health: '高血压', monthlyIncomeFen: 150_000 });
    const [account] = await app.sql<{ id_number_enc: string }>(`select id_number_enc from app_user where id = ?`, [applicant.userId]);
    expect(afterRotation.decrypt(account.id_number_enc)).toBe(applicant.idNumber);

    const second = await resealWithCurrentKey(app.worker.em.fork(), duringRotation, 1);
    expect(second).toEqual({ resealed: { hardship_file: 0, app_user: 0 }, remaining: 0 });
    expect(await sealedValues()).toEqual(after);
    const audits = await app.sql<{ after: { remaining: number } }>(
      `select after from audit_event where action = 'keys.reseal' order by id`,
    );
    expect(audits.map((audit) => audit.after.remaining)).toEqual([0, 0]);
  });
});
