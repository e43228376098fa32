import { describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@bangfu/shared';
import { runBackfills } from '../../server/src/app/backfills.js';
import { cipherFor } from '../../server/src/app/services.js';
import { appWithDriver, FILE_INPUT, newIdNumber } from '../setup/case-driver.js';

const CREATE = `mutation($input: HardshipFileInput!) { createHardshipFile(input: $input) { id status } }`;
const UPDATE = `mutation($id: ID!, $input: HardshipFileInput!) { updateHardshipFile(id: $id, input: $input) { id } }`;
const CANCEL = `mutation($id: ID!) { cancelHardshipFile(id: $id, reason: MOVED) { status } }`;
const REVIEW = `mutation($id: ID!, $outcome: ReviewOutcome!, $visit: String!, $input: HardshipFileInput, $reason: CancelReason) {
  reviewHardshipFile(id: $id, outcome: $outcome, visit: $visit, input: $input, cancelReason: $reason) { id status }
}`;
const AID = `query($id: ID!) { hardshipFile(id: $id) { householdAidThisYear { type usedFen capFen } } }`;

describe('households (domain.md §12, issue 17)', () => {
  const context = appWithDriver();
  const member = (name: string, idNumber: string) => ({ name, relation: '配偶', idNumber, monthlyIncomeFen: 0 });
  const openFile = async (token: string, unitId: string, idNumber: string, overrides: Record<string, unknown> = {}) =>
    context.app.gql(CREATE, { input: FILE_INPUT(unitId, idNumber, overrides) }, { token, lang: 'zh-CN' });
  const medicalCap = (fen: number) =>
    context.app.sql(
      `insert into aid_policy (unit_id, aid_type, yearly_cap_fen) values (?, 'MEDICAL', ?)
       on conflict (unit_id, aid_type) do update set yearly_cap_fen = excluded.yearly_cap_fen`,
      [context.driver.street, fen],
    );
  let walkIns = 0;
  /** A MEDICAL case registered at the desk for a file, walked to PROPOSED with `amountFen`. */
  const proposed = async (fileId: string, amountFen: number) => {
    const { app, driver } = context;
    walkIns += 1;
    const draft = await app.gql(
      `mutation($input: CaseDraftInput!) { saveDraft(input: $input) { id } }`,
      { input: { clientId: `household-${Date.now()}-${walkIns}`, type: 'MEDICAL', channel: 'WALK_IN', fileId, title: '住院费用' } },
      { token: driver.actors.streetStaff },
    );
    const id = draft.data?.saveDraft.id as string;
    await driver.advance(id, driver.actors.streetStaff, 'MEDICAL', 'DRAFT', 'PROPOSED', amountFen);
    return id;
  };
  const usedMedical = async (fileId: string, token: string) =>
    (await context.app.gql(AID, { id: fileId }, { token })).data?.hardshipFile.householdAidThisYear.find(
      (row: { type: string }) => row.type === 'MEDICAL',
    );

  it('keeps the yearly cap for a person whose file is cancelled and opened again, at this unit or another', async () => {
    const { app, driver } = context;
    await medicalCap(300_000);
    const applicant = await driver.newApplicant();
    await driver.ok('approve', driver.actors.streetHead, await proposed(applicant.fileId, 200_000));
    expect((await app.gql(CANCEL, { id: applicant.fileId }, { token: driver.actors.streetStaff })).data?.cancelHardshipFile.status).toBe(
      'CANCELLED',
    );

    const reopened = (await openFile(driver.actors.streetStaff, driver.street, applicant.idNumber)).data?.createHardshipFile.id;
    expect(await usedMedical(reopened, driver.actors.streetStaff)).toEqual({ type: 'MEDICAL', usedFen: 200_000, capFen: 300_000 });
    const second = await proposed(reopened, 200_000);
    const refused = await driver.act('approve', driver.actors.streetHead, second);
    expect(refused.errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(await driver.status(second)).toBe('PROPOSED');
    // what is left under the cap still goes through
    const third = await proposed(reopened, 100_000);
    expect((await driver.ok('approve', driver.actors.streetHead, third)).status).toBe('PUBLIC_NOTICE');

    // cancelled again and opened by a sibling station: the household's aid is the same wherever it is held
    await app.gql(CANCEL, { id: reopened }, { token: driver.actors.streetStaff });
    const sibling = await app.unitIdByCode('LY-LS-YQS');
    const elsewhere = await openFile(driver.actors.siblingStaff, sibling, applicant.idNumber);
    expect(elsewhere.errors).toBeUndefined();
    const used = await usedMedical(elsewhere.data?.createHardshipFile.id, driver.actors.siblingStaff);
    expect(used.usedFen).toBe(300_000);
  });

  it('counts the aid of every file that named a member: a spouse who opens the next file does not start at zero', async () => {
    const { app, driver } = context;
    await medicalCap(300_000);
    const spouseId = newIdNumber();
    const husband = await driver.newApplicant({ members: [member('王桂兰', spouseId)] });
    await driver.ok('approve', driver.actors.streetHead, await proposed(husband.fileId, 200_000));
    await app.gql(CANCEL, { id: husband.fileId }, { token: driver.actors.streetStaff });

    // the wife now holds the household's file; her husband is a member of it
    const wifeFile = await openFile(driver.actors.streetStaff, driver.street, spouseId, {
      personName: '王桂兰',
      members: [member('测试职工', husband.idNumber)],
    });
    const wife = wifeFile.data?.createHardshipFile.id;
    expect((await usedMedical(wife, driver.actors.streetStaff)).usedFen).toBe(200_000);
    const over = await proposed(wife, 150_000);
    expect((await driver.act('approve', driver.actors.streetHead, over)).errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it('keeps one household on one open file: a member cannot hold a file or be named on a second one', async () => {
    const { app, driver } = context;
    const spouseId = newIdNumber();
    const holder = await driver.newApplicant({ members: [member('李梅', spouseId)] });
    const count = async () => (await app.sql<{ n: number }>(`select count(*)::int as n from hardship_file`))[0].n;
    const before = await count();

    // the wife opening her own file for the same household, at this unit or a sibling's
    const own = await openFile(driver.actors.streetStaff, driver.street, spouseId, { personName: '李梅' });
    expect(own.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(own.errors?.[0].message).toContain('李梅 已登记在“兰山街道职工服务中心”');
    const sibling = await openFile(driver.actors.siblingStaff, await app.unitIdByCode('LY-LS-YQS'), spouseId, { personName: '李梅' });
    expect(sibling.errors?.[0].extensions?.code).toBe('CONFLICT');
    // a second household naming her, or naming the first file's holder
    const third = await openFile(driver.actors.streetStaff, driver.street, newIdNumber(), { members: [member('李梅', spouseId)] });
    expect(third.errors?.[0].extensions?.code).toBe('CONFLICT');
    const named = await openFile(driver.actors.streetStaff, driver.street, newIdNumber(), {
      members: [member('测试职工', holder.idNumber)],
    });
    expect(named.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await count()).toBe(before);
    const refusals = await app.sql<{ n: number }>(
      `select count(*)::int as n from audit_event where action = 'file.duplicateRefused' and entity_id = ?`,
      [holder.fileId],
    );
    expect(refusals[0].n).toBe(4);

    // she moves out: the old file is updated first (audited), then she can hold her own
    const moved = await app.gql(
      UPDATE,
      { id: holder.fileId, input: FILE_INPUT(driver.street, holder.idNumber) },
      { token: driver.actors.streetStaff },
    );
    expect(moved.errors).toBeUndefined();
    const [update] = await app.sql<{ n: number }>(
      `select count(*)::int as n from audit_event where action = 'file.update' and entity_id = ?`,
      [holder.fileId],
    );
    expect(update.n).toBe(1);
    expect((await openFile(driver.actors.streetStaff, driver.street, spouseId, { personName: '李梅' })).errors).toBeUndefined();
    // and now she cannot be added back to the old one
    const back = await app.gql(
      UPDATE,
      { id: holder.fileId, input: FILE_INPUT(driver.street, holder.idNumber, { members: [member('李梅', spouseId)] }) },
      { token: driver.actors.streetStaff },
    );
    expect(back.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('opens exactly one of two files started at once for one household', async () => {
    const { app, driver } = context;
    const shared = newIdNumber();
    const attempts = await Promise.all(
      [driver.actors.streetStaff, driver.actors.siblingStaff].map(async (token, index) =>
        openFile(token, index === 0 ? driver.street : await app.unitIdByCode('LY-LS-YQS'), newIdNumber(), {
          members: [member('共同成员', shared)],
        }),
      ),
    );
    expect(attempts.filter((attempt) => attempt.data?.createHardshipFile).length).toBe(1);
    expect(attempts.filter((attempt) => attempt.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(1);
  });

  it('brings a SUSPENDED file back by a review of that file alone, by staff of the holding unit only', async () => {
    const { app, driver } = context;
    const applicant = await driver.newApplicant();
    // as after a campaign closed with the file still unreviewed
    await app.sql(`update hardship_file set status = 'SUSPENDED' where id = ?`, [applicant.fileId]);
    const review = (token: string, outcome: string, extra: Record<string, unknown> = {}) =>
      app.gql(REVIEW, { id: applicant.fileId, outcome, visit: '入户走访，家庭情况未变', ...extra }, { token });

    expect((await review(driver.actors.siblingStaff, 'KEEP')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await review(applicant.token, 'KEEP')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await review(driver.actors.districtAdmin, 'KEEP')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await review(driver.actors.streetStaff, 'KEEP', { visit: ' ' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const status = async () =>
      (await app.sql<{ status: string }>(`select status from hardship_file where id = ?`, [applicant.fileId]))[0].status;
    expect(await status()).toBe('SUSPENDED');

    const kept = await review(driver.actors.streetStaff, 'KEEP');
    expect(kept.data?.reviewHardshipFile.status).toBe('ACTIVE');
    const [history] = await app.sql<{ action: string; to_status: string; note: string }>(
      `select action, to_status, note from hardship_file_event where file_id = ? order by id desc limit 1`,
      [applicant.fileId],
    );
    expect(history).toEqual({ action: 'review', to_status: 'ACTIVE', note: '入户走访，家庭情况未变' });
    const [audit] = await app.sql<{ after: { outcome: string } }>(
      `select after from audit_event where action = 'review.file' and entity_id = ?`,
      [applicant.fileId],
    );
    expect(audit.after.outcome).toBe('KEEP');
    // money aid again
    const id = await proposed(applicant.fileId, 10_000);
    expect((await driver.ok('approve', driver.actors.streetHead, id)).status).toBe('PUBLIC_NOTICE');

    // an UPDATE needs the file's data; a CANCEL its reason; a cancelled file has nothing left to review
    expect((await review(driver.actors.streetStaff, 'UPDATE')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await review(driver.actors.streetStaff, 'CANCEL')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await review(driver.actors.streetStaff, 'CANCEL', { reason: 'RECOVERED' })).data?.reviewHardshipFile.status).toBe('CANCELLED');
    expect((await review(driver.actors.streetStaff, 'KEEP')).errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('accepts ID numbers of people born before 1900, and refuses a birth date after today', async () => {
    const { app, driver } = context;
    const withCheck = (body: string) => `${body}${idNumberCheckChar(body)}`;
    const elder = withCheck('37010218990101002');
    const grandmother = withCheck('37010218960707004');
    const opened = await openFile(driver.actors.streetStaff, driver.street, elder, { members: [member('老母亲', grandmother)] });
    expect(opened.errors).toBeUndefined();
    const [file] = await app.sql<{ birth_date: string }>(
      `select to_char(birth_date, 'YYYY-MM-DD') as birth_date from hardship_file where id = ?`,
      [opened.data?.createHardshipFile.id],
    );
    expect(file.birth_date).toBe('1899-01-01');
    const unborn = await openFile(driver.actors.streetStaff, driver.street, withCheck('37010221000101002'));
    expect(unborn.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('carries existing files over: the backfill fills in members from the sealed household, keeping only hashes', async () => {
    const { app, driver } = context;
    const spouseId = newIdNumber();
    const applicant = await driver.newApplicant({ members: [member('张丽', spouseId)] });
    // files with members on both sides of a change in digits (ids 9 and 10 sort the other way round as text)
    const maxFileId = async () => Number((await app.sql<{ max: string }>(`select max(id)::text as max from hardship_file`))[0].max);
    for (let added = 0; added < 3 || (await maxFileId()) < 12; added += 1) {
      await driver.newApplicant({ members: [member('李梅', newIdNumber())] });
    }
    const cipher = cipherFor(app.config);
    const members = () =>
      app.sql<{ file_id: string; id_number_hash: string }>(
        `select file_id::text, id_number_hash from household_person where holder = false order by file_id, id_number_hash`,
      );
    const before = await members();
    // as the data stood before the households migration: holders only, backfill not yet run
    await app.sql(`delete from household_person where holder = false`);
    await app.sql(`delete from data_backfill where name = 'household-members'`);
    // small batches walk the files in id order: ids 9 and 10 in one text order would skip files (a defect once)
    expect(await runBackfills(app.worker.em.fork(), cipher, 3)).toEqual(['household-members']);
    expect(await runBackfills(app.worker.em.fork(), cipher)).toEqual([]);
    expect(before.length).toBeGreaterThan(3);
    expect(await members()).toEqual(before);
    const people = await app.sql<{ id_number_hash: string; holder: boolean }>(
      `select id_number_hash, holder from household_person where file_id = ? order by holder desc`,
      [applicant.fileId],
    );
    expect(people).toEqual([
      { id_number_hash: cipher.lookupHash(applicant.idNumber), holder: true },
      { id_number_hash: cipher.lookupHash(spouseId), holder: false },
    ]);
    const plaintext = await app.sql<{ n: number }>(`select count(*)::int as n from household_person where id_number_hash in (?, ?)`, [
      applicant.idNumber,
      spouseId,
    ]);
    expect(plaintext[0].n).toBe(0);
  });
});
