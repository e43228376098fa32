import { createDecipheriv, createHash, constants, generateKeyPairSync, privateDecrypt } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { cipherFor } from '../../server/src/app/services.js';
import { appWithDriver } from '../setup/case-driver.js';
import { downloadJobFile, runQueuedJob } from '../setup/jobs.js';

const receiver = generateKeyPairSync('rsa', { modulusLength: 2048 });
const EXPORT = `mutation($u: ID!, $s: DateTime) { exportExchange(unitId: $u, since: $s) { id } }`;

interface ReadExport {
  manifest: Record<string, any>;
  parts: Record<string, ({ id: string } & Record<string, any>)[]>;
  text: string;
}

/** Opens an ID number sealed for the receiver: the content key with the private key, then AES-256-GCM. */
function openSealed(wrappedKey: string, sealed: string): string {
  const key = privateDecrypt(
    { key: receiver.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
    Buffer.from(wrappedKey, 'base64'),
  );
  const bytes = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(-16));
  return Buffer.concat([decipher.update(bytes.subarray(12, -16)), decipher.final()]).toString('utf8');
}

describe('exchange with the upper system (domain.md §13, issue 21)', () => {
  const context = appWithDriver({
    EXCHANGE_PUBLIC_KEY: receiver.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    EXCHANGE_SETTLE_SECONDS: '0',
  });
  let district: string;
  beforeAll(async () => {
    district = await context.app.unitIdByCode('LY-LS');
    await context.driver.fundDistrict();
  });
  const code = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

  const start = async (token: string, since?: string) => {
    const started = await context.app.gql(EXPORT, { u: district, s: since ?? null }, { token });
    if (!started.data) throw new Error(JSON.stringify(started.errors));
    return String(started.data.exportExchange.id);
  };
  /** Downloads a finished export and reads it as a receiver would: every part checked against the manifest. */
  const read = async (jobId: string, token: string): Promise<ReadExport> => {
    const zip = unzipSync(new Uint8Array((await downloadJobFile(context.app, jobId, token)).bytes));
    const manifest = JSON.parse(Buffer.from(zip['manifest.json']).toString('utf8'));
    const parts: ReadExport['parts'] = {};
    for (const part of manifest.parts) {
      const bytes = Buffer.from(zip[part.name]);
      expect(createHash('sha256').update(bytes).digest('hex'), part.name).toBe(part.sha256);
      const lines = bytes.toString('utf8').split('\n').filter(Boolean);
      expect(lines).toHaveLength(part.records);
      parts[part.name.replace('.jsonl', '')] = lines.map((line) => JSON.parse(line));
    }
    return {
      manifest,
      parts,
      text: Object.values(zip)
        .map((bytes) => Buffer.from(bytes).toString('utf8'))
        .join('\n'),
    };
  };
  const exportNow = async (token: string, since?: string) => {
    const jobId = await start(token, since);
    await runQueuedJob(context.app, 'exports', 'exportExchange', jobId);
    return read(jobId, token);
  };
  const ids = (records: { id: string }[]) => records.map((record) => record.id).sort((a, b) => Number(a) - Number(b));

  it("exports the district's subtree as the database holds it, ID numbers sealed for the receiver, then only what changed", async () => {
    const { app, driver } = context;
    const { districtAdmin, streetStaff, auditor } = driver.actors;
    const closed = await driver.caseAt('CLOSED', 'LIVING', 76_500);
    const submitted = await driver.caseAt('SUBMITTED');

    const first = await exportNow(districtAdmin);
    expect(first.manifest).toMatchObject({
      format: 'bangfu-exchange',
      version: 1,
      unit: { code: 'LY-LS' },
      since: '2000-01-01T00:00:00.000Z',
      recordKey: 'id',
      idNumbers: { included: true, sealing: 'RSA-OAEP-256+A256GCM' },
    });
    const subtree = `join unit u on u.id = X.unit_id where u.path <@ (select path from unit where code = 'LY-LS')`;
    const files = await app.sql<{ id: string; person_name: string; category: string; status: string; id_number_enc: string }>(
      `select f.id::text, f.person_name, f.category, f.status, f.id_number_enc from hardship_file f ${subtree.replace('X.', 'f.')}`,
    );
    expect(ids(first.parts.files)).toEqual(ids(files));
    const cipher = cipherFor(app.config);
    for (const file of files) {
      const exported = first.parts.files.find((record) => record.id === file.id)!;
      expect(exported).toMatchObject({ name: file.person_name, category: file.category, status: file.status });
      expect(openSealed(first.manifest.idNumbers.wrappedKey, exported.idNumber)).toBe(cipher.decrypt(file.id_number_enc));
      expect(first.text).not.toContain(cipher.decrypt(file.id_number_enc));
    }
    const cases = await app.sql<{ id: string; status: string; approved_amount_fen: string | null }>(
      `select c.id::text, c.status, c.approved_amount_fen::text from aid_case c ${subtree.replace('X.', 'c.')}`,
    );
    expect(ids(first.parts.cases)).toEqual(ids(cases));
    for (const row of cases)
      expect(first.parts.cases.find((record) => record.id === row.id)).toMatchObject({
        status: row.status,
        approvedAmountFen: row.approved_amount_fen === null ? null : Number(row.approved_amount_fen),
      });
    const payments = await app.sql<{ id: string; case_id: string; amount_fen: string; received_at: Date | null }>(
      `select d.id::text, d.case_id::text, d.amount_fen::text, d.received_at from disbursement d ${subtree.replace('X.', 'd.fund_')}`,
    );
    expect(ids(first.parts.payments)).toEqual(ids(payments));
    expect(first.parts.payments.find((record) => record.caseId === closed.id)).toMatchObject({ amountFen: 76_500, method: 'CASH' });
    expect(first.parts.receipts.map((record) => record.caseId)).toEqual(
      payments.filter((payment) => payment.received_at).map((payment) => payment.case_id),
    );
    expect(first.parts.receipts.map((record) => record.caseId)).toContain(closed.id);

    // what changes next: one case moves on, a new worker applies; the next export holds these alone
    await driver.ok('accept', streetStaff, submitted.id);
    const fresh = await driver.caseAt('SUBMITTED');
    const second = await exportNow(districtAdmin);
    expect(second.manifest.since).toBe(first.manifest.until);
    expect(ids(second.parts.cases)).toEqual(ids([{ id: submitted.id }, { id: fresh.id }]));
    expect(second.parts.cases.find((record) => record.id === submitted.id)).toMatchObject({ status: 'ACCEPTED' });
    expect(ids(second.parts.files)).toEqual([fresh.applicant.fileId]);
    expect(second.parts.payments).toEqual([]);
    expect(second.parts.receipts).toEqual([]);

    // only a head of the unit exports it; nothing new since a moment from now
    expect(code(await app.gql(EXPORT, { u: district }, { token: streetStaff }))).toBe('FORBIDDEN');
    expect(code(await app.gql(EXPORT, { u: district }, { token: driver.actors.streetHead }))).toBe('NOT_FOUND');
    expect(code(await app.gql(EXPORT, { u: district }, { token: auditor }))).toBe('FORBIDDEN');
    expect(code(await app.gql(EXPORT, { u: district, s: new Date(Date.now() + 60_000).toISOString() }, { token: districtAdmin }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('resumes an interrupted export from the parts it had written, over the same window', async () => {
    const { app, driver } = context;
    const { districtAdmin } = driver.actors;
    const late = await driver.caseAt('SUBMITTED');
    const jobId = await start(districtAdmin);
    // the zip cannot be written: the parts are, and they are on record
    const zipPath = join(resolve(app.config.EXPORT_DIR), `exportExchange-${jobId}.zip`);
    await mkdir(zipPath, { recursive: true });
    await expect(runQueuedJob(app, 'exports', 'exportExchange', jobId)).rejects.toThrow();
    const [record] = await app.sql<{ parts: Record<string, unknown>; completed_at: Date | null }>(
      `select parts, completed_at from exchange_export where job_id = ?`,
      [jobId],
    );
    expect(Object.keys(record.parts).sort()).toEqual(['cases', 'files', 'payments', 'receipts']);
    expect(record.completed_at).toBeNull();
    // the file changes after the window: a part written again would leave it out, a part kept has it as it was
    await app.sql(`update hardship_file set person_name = '改名之后' where id = ?`, [late.applicant.fileId]);
    await rm(zipPath, { recursive: true });
    await runQueuedJob(app, 'exports', 'exportExchange', jobId);
    const resumed = await read(jobId, districtAdmin);
    expect(resumed.parts.files.map((record) => record.id)).toEqual([late.applicant.fileId]);
    expect(resumed.parts.files[0].name).not.toBe('改名之后');
    expect(resumed.parts.cases.map((record) => record.id)).toEqual([late.id]);
  });
});
