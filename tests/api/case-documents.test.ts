import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDriver } from '../setup/case-driver.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('a small photo of a hospital bill')]);
const PDF = Buffer.from('%PDF-1.4 a discharge summary\n%%EOF\n');
const MAX_BYTES = 64 * 1024;

describe('case evidence uploads (domain.md §4, §8)', () => {
  let app: TestApp;
  let driver: CaseDriver;
  let origin: string;
  beforeAll(async () => {
    app = await startTestApp({ UPLOAD_DIR: join(tmpdir(), `bangfu-uploads-${randomUUID()}`), UPLOAD_MAX_BYTES: String(MAX_BYTES) });
    driver = await CaseDriver.create(app);
    origin = new URL(app.url).origin;
  });
  afterAll(() => app.close());

  const upload = async (token: string | null, caseId: string, key: string, bytes: Buffer, slot = 'MEDICAL_RECORD', lang = 'en') => {
    const response = await fetch(`${origin}/uploads/cases/${caseId}/${key}?slot=${slot}`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/octet-stream',
        'accept-language': lang,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: bytes,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  const fetchFile = (token: string, url: string) => fetch(`${origin}${url}`, { headers: { authorization: `Bearer ${token}` } });
  const documentCount = async (caseId: string) =>
    Number((await app.sql<{ n: string }>(`select count(*) n from case_document where case_id = ?`, [caseId]))[0].n);
  const newKey = () => `k-${randomUUID()}`;

  it("stores a photo on the worker's own draft once, however often the phone retries, and lists it on the case", async () => {
    const applicant = await driver.newApplicant();
    const caseId = await driver.draft(applicant, 'MEDICAL');
    const key = newKey();
    const first = await upload(applicant.token, caseId, key, JPEG);
    const retry = await upload(applicant.token, caseId, key, JPEG);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body.document.id).toBe(first.body.document.id);
    expect(await documentCount(caseId)).toBe(1);

    const listed = await app.gql(
      `query($id: ID!) { case(id: $id) { documents { id slot contentType byteSize url } } }`,
      { id: caseId },
      { token: applicant.token },
    );
    expect(listed.data?.case.documents).toEqual([
      {
        id: first.body.document.id,
        slot: 'MEDICAL_RECORD',
        contentType: 'image/jpeg',
        byteSize: JPEG.length,
        url: `/files/${first.body.document.id}`,
      },
    ]);
    const audit = await app.sql(`select 1 from audit_event where action = 'case.uploadDocument' and entity_id = ?`, [
      first.body.document.id,
    ]);
    expect(audit).toHaveLength(1);
  });

  it('refuses an app application without the documents its type requires, naming them, and takes it once they are there', async () => {
    const applicant = await driver.newApplicant();
    const caseId = await driver.draft(applicant, 'MEDICAL');
    const submit = (lang: string) =>
      app.gql(`mutation($id: ID!) { submitCase(id: $id) { status } }`, { id: caseId }, { token: applicant.token, lang });
    const state = async () =>
      (
        await app.sql<{ status: string; submits: number }>(
          `select status, (select count(*)::int from case_event where case_id = c.id and action = 'submit') submits from aid_case c where id = ?`,
          [caseId],
        )
      )[0];

    const bare = await submit('zh-CN');
    expect(bare.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bare.errors?.[0].message).toBe('请先上传必需的材料：身份证、医疗费用票据或诊断证明');
    expect(await state()).toEqual({ status: 'DRAFT', submits: 0 });

    // hardship proof is offered but not required; the bill still is
    await upload(applicant.token, caseId, newKey(), JPEG, 'ID_CARD');
    await upload(applicant.token, caseId, newKey(), JPEG, 'HARDSHIP_PROOF');
    const halfway = await submit('en');
    expect(halfway.errors?.[0].message).toBe('Upload the required documents first: medical bills or diagnosis');
    expect(await state()).toEqual({ status: 'DRAFT', submits: 0 });

    await upload(applicant.token, caseId, newKey(), JPEG, 'MEDICAL_RECORD');
    expect((await submit('en')).data?.submitCase.status).toBe('SUBMITTED');
    expect(await state()).toEqual({ status: 'SUBMITTED', submits: 1 });
  });

  it('needs no upload for a walk-in registration, where staff see the originals at the counter', async () => {
    const applicant = await driver.newApplicant();
    const draft = await app.gql(
      `mutation($input: CaseDraftInput!) { saveDraft(input: $input) { id } }`,
      { input: { clientId: `walk-in-${newKey()}`, type: 'MEDICAL', channel: 'WALK_IN', fileId: applicant.fileId, title: '住院' } },
      { token: driver.actors.streetStaff },
    );
    const submitted = await app.gql(
      `mutation($id: ID!) { submitCase(id: $id) { status } }`,
      { id: draft.data?.saveDraft.id },
      { token: driver.actors.streetStaff },
    );
    expect(submitted.data?.submitCase.status).toBe('SUBMITTED');
    expect(await documentCount(draft.data?.saveDraft.id)).toBe(0);
  });

  it("serves the bytes to staff of the holding unit once submitted, and to nobody outside the case's readers", async () => {
    const applicant = await driver.newApplicant();
    const caseId = await driver.draft(applicant, 'MEDICAL');
    const { body } = await upload(applicant.token, caseId, newKey(), PDF, 'HARDSHIP_PROOF');
    const url = body.document.url as string;

    // a draft is the worker's own until submitted
    expect((await fetchFile(driver.actors.streetStaff, url)).status).toBe(404);
    await driver.ok('submit', applicant.token, caseId);
    const asStaff = await fetchFile(driver.actors.streetStaff, url);
    expect(asStaff.status).toBe(200);
    expect(asStaff.headers.get('content-type')).toBe('application/pdf');
    // never shown as a page of this origin: saved, not sniffed, sandboxed if opened
    expect(asStaff.headers.get('content-disposition')).toMatch(/^attachment; filename="?HARDSHIP_PROOF-\d+\.pdf"?$/);
    expect(asStaff.headers.get('x-content-type-options')).toBe('nosniff');
    expect(asStaff.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(Buffer.from(await asStaff.arrayBuffer()).equals(PDF)).toBe(true);

    const other = await driver.newApplicant();
    for (const token of [driver.actors.siblingStaff, other.token]) {
      const refused = await fetchFile(token, url);
      expect(refused.status).toBe(404);
      expect(((await refused.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    }
    const anonymous = await fetch(`${origin}${url}`);
    expect(anonymous.status).toBe(401);
  });

  it("refuses uploads without a session, to someone else's case, and from a sibling station, storing nothing", async () => {
    const applicant = await driver.newApplicant();
    const caseId = await driver.draft(applicant, 'MEDICAL');
    const other = await driver.newApplicant();
    const anonymous = await upload(null, caseId, newKey(), JPEG);
    expect([anonymous.status, anonymous.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const stranger = await upload(other.token, caseId, newKey(), JPEG);
    expect([stranger.status, stranger.body.errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
    expect(await documentCount(caseId)).toBe(0);
    await driver.ok('submit', applicant.token, caseId);
    const submittedWith = await documentCount(caseId);
    const sibling = await upload(driver.actors.siblingStaff, caseId, newKey(), JPEG);
    expect(sibling.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(await documentCount(caseId)).toBe(submittedWith);
  });

  it("answers a caller without a session before reading the upload's body", async () => {
    const applicant = await driver.newApplicant();
    const caseId = await driver.draft(applicant, 'MEDICAL');
    // announces 5 MB and sends 1 KB: an answer can only come before the body is read
    const status = await new Promise<number>((resolve, reject) => {
      const sending = request(`${origin}/uploads/cases/${caseId}/${newKey()}?slot=ID_CARD`, {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(5 * 1024 * 1024) },
      });
      sending.on('response', (response) => resolve(response.statusCode ?? 0));
      sending.on('error', reject);
      sending.write(Buffer.alloc(1024));
      setTimeout(() => reject(new Error('no answer while the body was unsent')), 3000);
    });
    expect(status).toBe(401);
  });

  it("refuses other file types, oversized files and unknown slots with a message in the caller's language", async () => {
    const applicant = await driver.newApplicant();
    const caseId = await driver.draft(applicant, 'MEDICAL');
    // an HTML page renamed .jpg with an image content type is still refused: the type comes from the bytes
    const html = await upload(applicant.token, caseId, newKey(), Buffer.from('<html><script>alert(1)</script></html>'), 'ID_CARD', 'zh-CN');
    expect([html.status, html.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(html.body.errors[0].message).toContain('PDF');
    // nor does "%PDF-" in front of a page make it a PDF: a PDF ends with its trailer
    const disguised = Buffer.from('%PDF-1.4\n<html><body><script>fetch("/graphql")</script></body></html>');
    expect((await upload(applicant.token, caseId, newKey(), disguised, 'ID_CARD')).body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const huge = await upload(applicant.token, caseId, newKey(), Buffer.concat([JPEG, Buffer.alloc(MAX_BYTES)]), 'ID_CARD', 'zh-CN');
    expect([huge.status, huge.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(huge.body.errors[0].message).toBe('文件过大，最大 64 KB');
    const slot = await upload(applicant.token, caseId, newKey(), JPEG, 'SELFIE');
    expect(slot.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const badKey = await upload(applicant.token, caseId, 'x', JPEG);
    expect(badKey.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await documentCount(caseId)).toBe(0);
  });

  it('lets the worker add evidence after a return, but not once the case is decided', async () => {
    const returned = await driver.caseAt('SUBMITTED', 'MEDICAL');
    await driver.ok('return', driver.actors.streetStaff, returned.id, { reason: '缺少诊断证明', missingItems: ['诊断证明'] });
    expect((await upload(returned.applicant.token, returned.id, newKey(), JPEG)).status).toBe(201);

    const proposed = await driver.caseAt('PROPOSED', 'MEDICAL');
    const late = await upload(proposed.applicant.token, proposed.id, newKey(), JPEG);
    expect([late.status, late.body.errors[0].extensions.code]).toEqual([409, 'INVALID_TRANSITION']);
    // staff acting on the case may still attach what they collected on the visit
    expect((await upload(driver.actors.streetStaff, proposed.id, newKey(), JPEG, 'OTHER')).status).toBe(201);
  });

  it('keeps document rows unchangeable in the database', async () => {
    const applicant = await driver.newApplicant();
    const caseId = await driver.draft(applicant, 'MEDICAL');
    const { body } = await upload(applicant.token, caseId, newKey(), JPEG);
    await expect(app.sql(`update case_document set slot = 'OTHER' where id = ?`, [body.document.id])).rejects.toThrow(/append-only/);
    await expect(app.sql(`delete from case_document where id = ?`, [body.document.id])).rejects.toThrow(/append-only/);
    expect(await readdir(join(app.config.UPLOAD_DIR, caseId))).toHaveLength(1);
  });

  it('offers the public station directory to someone registering, without a session', async () => {
    const found = await app.gql(`query { serviceUnits(search: "兰山") { id code name level parentName } }`, {});
    expect(found.errors).toBeUndefined();
    const codes = found.data?.serviceUnits.map((unit: { code: string }) => unit.code);
    expect(codes).toContain('LY-LS-LSJD');
    expect(found.data?.serviceUnits.find((unit: { code: string }) => unit.code === 'LY-LS-LSJD').parentName).toBeTruthy();
    const tooShort = await app.gql(`query { serviceUnits(search: "兰") { id } }`, {});
    expect(tooShort.data?.serviceUnits).toEqual([]);
  });
});
