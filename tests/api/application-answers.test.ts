import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDriver } from '../setup/case-driver.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const ANSWERS = `query($id: ID!) { case(id: $id) { answers { causes householdSize monthlyIncomeFen incomeMasked } } }`;
const INCOME_FEN = 318_765;

describe('application answers', () => {
  let app: TestApp;
  let driver: CaseDriver;
  let caseId: string;
  let workerToken: string;
  const viewsOf = async (id: string) =>
    Number(
      (
        await app.sql<{ n: string }>(`select count(*)::text as n from audit_event where action = 'case.viewAnswers' and entity_id = ?`, [
          id,
        ])
      )[0].n,
    );

  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
    const applicant = await driver.newApplicant();
    workerToken = applicant.token;
    caseId = await driver.draft(applicant, 'MEDICAL', {
      description: '家人住院，医药费负担重',
      answers: { causes: ['ILLNESS', 'LOW_INCOME', 'ILLNESS'], householdSize: 4, monthlyIncomeFen: INCOME_FEN },
    });
    await driver.ok('submit', applicant.token, caseId);
  });
  afterAll(() => app.close());

  it('keeps the answers as data, encrypted at rest', async () => {
    const [row] = await app.sql<{ answers_enc: string; description: string }>(
      `select answers_enc, description from aid_case where id = ?`,
      [caseId],
    );
    expect(row.answers_enc).toBeTruthy();
    expect(row.answers_enc).not.toContain(String(INCOME_FEN));
    expect(row.answers_enc).not.toContain('ILLNESS');
    expect(row.description).toBe('家人住院，医药费负担重');
  });

  it('shows the applicant their own answers, with the income, without logging a read', async () => {
    const result = await app.gql(ANSWERS, { id: caseId }, { token: workerToken });
    expect(result.data?.case.answers).toEqual({
      causes: ['ILLNESS', 'LOW_INCOME'],
      householdSize: 4,
      monthlyIncomeFen: INCOME_FEN,
      incomeMasked: false,
    });
    expect(await viewsOf(caseId)).toBe(0);
  });

  it('shows staff of the holding unit the income and logs each read once per request', async () => {
    const twice = `query($id: ID!) { a: case(id: $id) { answers { monthlyIncomeFen } } b: case(id: $id) { answers { monthlyIncomeFen } } }`;
    const result = await app.gql(twice, { id: caseId }, { token: driver.actors.streetStaff });
    expect(result.data?.a.answers.monthlyIncomeFen).toBe(INCOME_FEN);
    expect(result.data?.b.answers.monthlyIncomeFen).toBe(INCOME_FEN);
    expect(await viewsOf(caseId)).toBe(1);
  });

  it('shows the income to the union admins above (they act on escalated cases) and masks it for the auditor, who logs nothing', async () => {
    const before = await viewsOf(caseId);
    for (const token of [driver.actors.districtAdmin, driver.actors.cityAdmin]) {
      const result = await app.gql(ANSWERS, { id: caseId }, { token });
      expect(result.data?.case.answers.monthlyIncomeFen).toBe(INCOME_FEN);
    }
    expect(await viewsOf(caseId)).toBe(before + 2);
    const audited = await app.gql(ANSWERS, { id: caseId }, { token: driver.actors.auditor });
    expect(audited.data?.case.answers).toEqual({
      causes: ['ILLNESS', 'LOW_INCOME'],
      householdSize: 4,
      monthlyIncomeFen: null,
      incomeMasked: true,
    });
    expect(await viewsOf(caseId)).toBe(before + 2);
  });

  it('does not show the answers to a sibling station', async () => {
    const result = await app.gql(ANSWERS, { id: caseId }, { token: driver.actors.siblingStaff });
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(result.data?.case ?? null).toBeNull();
  });

  it('refuses answers that are not valid (household of 0, an unknown cause, negative income), saving nothing', async () => {
    const applicant = await driver.newApplicant();
    const count = async () =>
      Number(
        (await app.sql<{ n: string }>(`select count(*)::text as n from aid_case where applicant_user_id = ?`, [applicant.userId]))[0].n,
      );
    const invalid = [{ householdSize: 0 }, { causes: ['GAMBLING'] }, { monthlyIncomeFen: -1 }, { householdSize: 2.5 }];
    for (const answers of invalid) {
      const result = await app.gql(
        `mutation($input: CaseDraftInput!) { saveDraft(input: $input) { id } }`,
        {
          input: {
            clientId: `answers-${Math.random().toString(36).slice(2, 10)}`,
            type: 'LIVING',
            fileId: applicant.fileId,
            title: '申请帮扶',
            answers,
          },
        },
        { token: applicant.token },
      );
      expect(result.errors?.[0].extensions?.code, JSON.stringify(answers)).toBe('BAD_USER_INPUT');
    }
    expect(await count()).toBe(0);
  });
});
