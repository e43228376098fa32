import { describe, expect, it } from 'vitest';
import { appWithDriver, FILE_INPUT, newIdNumber } from '../setup/case-driver.js';

const SAVE_DRAFT = `mutation($input: CaseDraftInput!) { saveDraft(input: $input) { id } }`;
const CREATE_FILE = `mutation($input: HardshipFileInput!) { createHardshipFile(input: $input) { id } }`;
const CASE = `query($id: ID!) { case(id: $id) { status allowedActions file { id } events { action } } }`;

let registered = 0;

/**
 * A case whose applicant had no hardship file when applying (issue 26, dead end 1): staff open the file, or find the
 * one that exists, and link it; the case then goes on to money aid. Nothing else can be linked.
 */
describe('linking a hardship file to a case registered without one', () => {
  const context = appWithDriver();

  const applicationWithoutFile = (type = 'MEDICAL') =>
    context.driver.applicationWithoutFile(
      { phone: `1376000${String((registered += 1)).padStart(4, '0')}`, name: '未建档职工' },
      { type, title: '申请建档并申请帮扶', requestedAmountFen: 300_000 },
    );

  const openFile = async (idNumber: string, overrides: Record<string, unknown> = {}) => {
    const { app, driver } = context;
    const file = await app.gql(
      CREATE_FILE,
      { input: FILE_INPUT(driver.street, idNumber, overrides) },
      { token: driver.actors.streetStaff },
    );
    return file.data!.createHardshipFile.id as string;
  };
  const caseState = async (id: string) => (await context.app.gql(CASE, { id }, { token: context.driver.actors.streetStaff })).data!.case;
  const codeOf = (result: { errors?: { extensions?: { code?: unknown } }[] }) => result.errors?.[0]?.extensions?.code;

  it('lets the station link the file it opened for the applicant, and the case goes on to money paid and received', async () => {
    const { app, driver } = context;
    const { caseId, token, idNumber } = await applicationWithoutFile();
    const { streetStaff, siblingStaff } = driver.actors;
    await driver.advance(caseId, token, 'MEDICAL', 'SUBMITTED', 'UNDER_REVIEW');
    // the dead end: without a file no money aid can be proposed
    expect(codeOf(await driver.act('propose', streetStaff, caseId, { input: { amountFen: 200_000 } }))).toBe('INVALID_TRANSITION');
    expect((await caseState(caseId)).allowedActions).toContain('linkFile');

    const fileId = await openFile(idNumber);
    const someoneElses = (await driver.newApplicant()).fileId;
    const before = await app.sql(
      `select file_id, (select count(*)::int from case_event where case_id = ?) as events from aid_case where id = ?`,
      [caseId, caseId],
    );
    expect(codeOf(await driver.act('linkFile', streetStaff, caseId, { fileId: someoneElses }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await driver.act('linkFile', siblingStaff, caseId, { fileId }))).toBe('NOT_FOUND');
    expect(codeOf(await driver.act('linkFile', token, caseId, { fileId }))).toBe('FORBIDDEN');
    expect(codeOf(await driver.act('linkFile', streetStaff, caseId, { fileId: '99999999' }))).toBe('NOT_FOUND');
    expect(
      await app.sql(`select file_id, (select count(*)::int from case_event where case_id = ?) as events from aid_case where id = ?`, [
        caseId,
        caseId,
      ]),
    ).toEqual(before);

    const linked = await driver.ok('linkFile', streetStaff, caseId, { fileId });
    expect(linked.file.id).toBe(fileId);
    expect(linked.status).toBe('UNDER_REVIEW');
    const state = await caseState(caseId);
    expect(state.events.at(-1).action).toBe('linkFile');
    expect(state.allowedActions).not.toContain('linkFile');
    const [audit] = await app.sql<{ action: string; unit_id: string }>(
      `select action, unit_id::text from audit_event where entity_id = ? order by id desc limit 1`,
      [caseId],
    );
    expect(audit).toEqual({ action: 'case.linkFile', unit_id: driver.street });
    // a case keeps the first file it is given
    expect(codeOf(await driver.act('linkFile', streetStaff, caseId, { fileId: someoneElses }))).toBe('CONFLICT');

    await driver.advance(caseId, token, 'MEDICAL', 'UNDER_REVIEW', 'RECEIVED', 200_000);
    expect(await driver.status(caseId)).toBe('RECEIVED');
  });

  it('refuses a cancelled file, and linking once the decision is made', async () => {
    const { app, driver } = context;
    const { streetStaff } = driver.actors;
    const pending = await applicationWithoutFile();
    const cancelled = await openFile(pending.idNumber);
    await app.gql(
      `mutation($id: ID!) { cancelHardshipFile(id: $id, reason: OTHER, note: "重复建档") { id } }`,
      { id: cancelled },
      { token: streetStaff },
    );
    expect(codeOf(await driver.act('linkFile', streetStaff, pending.caseId, { fileId: cancelled }))).toBe('INVALID_TRANSITION');

    // emergency disaster aid needs no file, so it reaches public notice without one; linking is over by then
    const disaster = await applicationWithoutFile('DISASTER');
    await driver.advance(disaster.caseId, disaster.token, 'DISASTER', 'SUBMITTED', 'PUBLIC_NOTICE', 100_000);
    const fileId = await openFile(disaster.idNumber);
    expect(codeOf(await driver.act('linkFile', streetStaff, disaster.caseId, { fileId }))).toBe('INVALID_TRANSITION');
    expect((await caseState(disaster.caseId)).file).toBeNull();
  });

  it("links a desk registration by the name it was registered under, and refuses another person's file", async () => {
    const { app, driver } = context;
    const { streetStaff } = driver.actors;
    const draft = await app.gql(
      SAVE_DRAFT,
      {
        input: {
          clientId: 'desk-no-file-0001',
          type: 'LIVING',
          channel: 'WALK_IN',
          unitId: driver.street,
          applicantName: '刘桂芝',
          title: '生活困难',
        },
      },
      { token: streetStaff },
    );
    const caseId = draft.data!.saveDraft.id as string;
    await driver.ok('submit', streetStaff, caseId);
    const otherName = await openFile(newIdNumber(), { personName: '刘桂英' });
    expect(codeOf(await driver.act('linkFile', streetStaff, caseId, { fileId: otherName }))).toBe('BAD_USER_INPUT');
    const hers = await openFile(newIdNumber(), { personName: '刘桂芝' });
    expect((await driver.ok('linkFile', streetStaff, caseId, { fileId: hers })).file.id).toBe(hers);
  });
});
