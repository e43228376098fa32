import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_TRANSITIONS, type AidType, type CaseStatus } from '@bangfu/shared';
import { CaseDriver, type Actors, type Applicant } from '../setup/case-driver.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

type Who = keyof Actors | 'applicant';

interface Row {
  action: string;
  from: CaseStatus;
  type?: AidType;
  right: Who;
  expectStatus: CaseStatus;
  wrong: Who;
  wrongCode: 'FORBIDDEN' | 'NOT_FOUND';
  wrongState: CaseStatus;
  wrongStateType?: AidType;
  setup?: (driver: CaseDriver, id: string) => Promise<void>;
  args?: (driver: CaseDriver, id: string) => Promise<Record<string, unknown>> | Record<string, unknown>;
}

const objection = async (driver: CaseDriver, id: string) => {
  await driver.ok('raiseObjection', driver.actors.streetStaff, id);
};
/** A case registered before its applicant's file: the file the driver opened is taken off it again. */
const withoutFile = async (driver: CaseDriver, id: string) => {
  await driver.app.sql(`update aid_case set file_id = null where id = ?`, [id]);
};
/** The applicant's own file, found by the ID number of their account. */
const applicantsFile = async (driver: CaseDriver, id: string) => {
  const [row] = await driver.app.sql<{ id: string }>(
    `select f.id::text from aid_case c join app_user u on u.id = c.applicant_user_id join hardship_file f on f.id_number_hash = u.id_number_hash
     where c.id = ?`,
    [id],
  );
  return { fileId: row.id };
};
const assignee = async (driver: CaseDriver) => {
  const [row] = await driver.app.sql<{ id: string }>(`select id::text from app_user where phone = '13800000005'`);
  return { userId: row.id };
};

/** One row per transition of the shared table (checked below), with a right and a wrong actor. */
const ROWS: Row[] = [
  {
    action: 'submit',
    from: 'DRAFT',
    right: 'applicant',
    expectStatus: 'SUBMITTED',
    wrong: 'streetStaff',
    wrongCode: 'NOT_FOUND',
    wrongState: 'SUBMITTED',
  },
  {
    action: 'resubmit',
    from: 'RETURNED',
    right: 'applicant',
    expectStatus: 'SUBMITTED',
    wrong: 'streetStaff',
    wrongCode: 'FORBIDDEN',
    wrongState: 'ACCEPTED',
  },
  {
    action: 'withdraw',
    from: 'UNDER_REVIEW',
    right: 'applicant',
    expectStatus: 'WITHDRAWN',
    wrong: 'streetStaff',
    wrongCode: 'FORBIDDEN',
    wrongState: 'CLOSED',
    wrongStateType: 'LEGAL_AID',
  },
  {
    action: 'accept',
    from: 'SUBMITTED',
    right: 'streetStaff',
    expectStatus: 'ACCEPTED',
    wrong: 'siblingStaff',
    wrongCode: 'NOT_FOUND',
    wrongState: 'ACCEPTED',
  },
  {
    action: 'return',
    from: 'SUBMITTED',
    right: 'streetStaff',
    expectStatus: 'RETURNED',
    wrong: 'applicant',
    wrongCode: 'FORBIDDEN',
    wrongState: 'PROPOSED',
  },
  {
    action: 'startReview',
    from: 'ACCEPTED',
    right: 'streetStaff',
    expectStatus: 'UNDER_REVIEW',
    wrong: 'districtAdmin',
    wrongCode: 'FORBIDDEN',
    wrongState: 'SUBMITTED',
  },
  {
    action: 'recordVisit',
    from: 'UNDER_REVIEW',
    right: 'streetStaff',
    expectStatus: 'UNDER_REVIEW',
    wrong: 'auditor',
    wrongCode: 'FORBIDDEN',
    wrongState: 'ACCEPTED',
  },
  {
    action: 'propose',
    from: 'UNDER_REVIEW',
    right: 'streetStaff',
    expectStatus: 'PROPOSED',
    wrong: 'siblingStaff',
    wrongCode: 'NOT_FOUND',
    wrongState: 'ACCEPTED',
    args: () => ({ input: { amountFen: 80_000 } }),
  },
  {
    action: 'approve',
    from: 'PROPOSED',
    right: 'streetHead',
    expectStatus: 'PUBLIC_NOTICE',
    wrong: 'streetStaff',
    wrongCode: 'FORBIDDEN',
    wrongState: 'UNDER_REVIEW',
  },
  {
    action: 'reject',
    from: 'PROPOSED',
    right: 'streetHead',
    expectStatus: 'REJECTED',
    wrong: 'applicant',
    wrongCode: 'FORBIDDEN',
    wrongState: 'UNDER_REVIEW',
  },
  {
    action: 'escalate',
    from: 'PROPOSED',
    right: 'streetHead',
    // the proposal goes up with the case
    expectStatus: 'PROPOSED',
    wrong: 'streetStaff',
    wrongCode: 'FORBIDDEN',
    wrongState: 'SUBMITTED',
  },
  {
    action: 'raiseObjection',
    from: 'PUBLIC_NOTICE',
    right: 'streetStaff',
    expectStatus: 'PUBLIC_NOTICE',
    wrong: 'applicant',
    wrongCode: 'FORBIDDEN',
    wrongState: 'READY_TO_PAY',
  },
  {
    action: 'resolveObjection',
    from: 'PUBLIC_NOTICE',
    right: 'streetHead',
    expectStatus: 'PUBLIC_NOTICE',
    wrong: 'streetStaff',
    wrongCode: 'FORBIDDEN',
    wrongState: 'READY_TO_PAY',
    setup: objection,
  },
  {
    action: 'disburse',
    from: 'READY_TO_PAY',
    right: 'streetStaff',
    expectStatus: 'DISBURSED',
    wrong: 'streetHead',
    wrongCode: 'FORBIDDEN',
    wrongState: 'PUBLIC_NOTICE',
  },
  {
    action: 'confirmReceipt',
    from: 'DISBURSED',
    right: 'applicant',
    expectStatus: 'RECEIVED',
    wrong: 'streetStaff',
    wrongCode: 'FORBIDDEN',
    wrongState: 'READY_TO_PAY',
  },
  {
    action: 'startService',
    from: 'APPROVED',
    type: 'LEGAL_AID',
    right: 'streetStaff',
    expectStatus: 'IN_SERVICE',
    wrong: 'applicant',
    wrongCode: 'FORBIDDEN',
    wrongState: 'IN_SERVICE',
    wrongStateType: 'LEGAL_AID',
  },
  {
    action: 'completeService',
    from: 'IN_SERVICE',
    type: 'LEGAL_AID',
    right: 'streetStaff',
    expectStatus: 'SERVICE_DONE',
    wrong: 'auditor',
    wrongCode: 'FORBIDDEN',
    wrongState: 'APPROVED',
    wrongStateType: 'LEGAL_AID',
  },
  {
    action: 'close',
    from: 'SERVICE_DONE',
    type: 'LEGAL_AID',
    right: 'streetStaff',
    expectStatus: 'CLOSED',
    wrong: 'applicant',
    wrongCode: 'FORBIDDEN',
    wrongState: 'IN_SERVICE',
    wrongStateType: 'LEGAL_AID',
  },
  {
    action: 'rate',
    from: 'CLOSED',
    type: 'LEGAL_AID',
    right: 'applicant',
    expectStatus: 'CLOSED',
    wrong: 'streetStaff',
    wrongCode: 'FORBIDDEN',
    wrongState: 'SERVICE_DONE',
    wrongStateType: 'LEGAL_AID',
  },
  {
    action: 'assign',
    from: 'SUBMITTED',
    right: 'streetStaff',
    expectStatus: 'SUBMITTED',
    wrong: 'siblingStaff',
    wrongCode: 'NOT_FOUND',
    wrongState: 'DRAFT',
    args: assignee,
  },
  {
    action: 'linkFile',
    from: 'UNDER_REVIEW',
    right: 'streetStaff',
    expectStatus: 'UNDER_REVIEW',
    wrong: 'siblingStaff',
    wrongCode: 'NOT_FOUND',
    wrongState: 'PUBLIC_NOTICE',
    setup: withoutFile,
    args: applicantsFile,
  },
];

describe('every transition of the case lifecycle, over GraphQL', () => {
  let app: TestApp;
  let driver: CaseDriver;
  beforeAll(async () => {
    app = await startTestApp();
    driver = await CaseDriver.create(app);
    await driver.fundDistrict();
  });
  afterAll(() => app.close());

  const token = (who: Who, applicant: Applicant) => (who === 'applicant' ? applicant.token : driver.actors[who]);

  /** Walks a case to `status`; RETURNED is reached by a return from SUBMITTED. */
  async function caseIn(status: CaseStatus, type: AidType = 'LIVING') {
    if (status === 'RETURNED') {
      const made = await driver.caseAt('SUBMITTED', type);
      await driver.ok('return', driver.actors.streetStaff, made.id);
      return made;
    }
    return driver.caseAt(status, type);
  }

  it('covers every action of the shared transitions table', () => {
    expect(new Set(ROWS.map((row) => row.action))).toEqual(new Set(CASE_TRANSITIONS.map((transition) => transition.action)));
  });

  for (const row of ROWS) {
    describe(row.action, () => {
      it(`works for ${row.right} from ${row.from}`, async () => {
        const { id, applicant } = await caseIn(row.from, row.type);
        await row.setup?.(driver, id);
        const result = await driver.act(row.action, token(row.right, applicant), id, await row.args?.(driver, id));
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        expect(result.data?.r.status).toBe(row.expectStatus);
        expect(result.data?.r.events.at(-1).action).not.toBe('create');
      });

      it(`is refused for ${row.wrong} with ${row.wrongCode}, changing nothing`, async () => {
        const { id, applicant } = await caseIn(row.from, row.type);
        await row.setup?.(driver, id);
        const events = await app.sql(`select id from case_event where case_id = ?`, [id]);
        const result = await driver.act(row.action, token(row.wrong, applicant), id, await row.args?.(driver, id));
        expect(result.errors?.[0].extensions?.code).toBe(row.wrongCode);
        expect(await driver.status(id)).toBe(row.from);
        expect(await app.sql(`select id from case_event where case_id = ?`, [id])).toEqual(events);
      });

      it(`is refused from ${row.wrongState} with INVALID_TRANSITION`, async () => {
        const { id, applicant } = await caseIn(row.wrongState, row.wrongStateType ?? row.type);
        const who = row.wrongState === 'DRAFT' && row.right !== 'applicant' ? 'applicant' : row.right;
        const result = await driver.act(row.action, token(who, applicant), id, await row.args?.(driver, id));
        const expected = row.wrongState === 'DRAFT' && who === 'applicant' ? 'FORBIDDEN' : 'INVALID_TRANSITION';
        expect(result.errors?.[0].extensions?.code).toBe(expected);
        expect(await driver.status(id)).toBe(row.wrongState);
      });
    });
  }

  it('lists in allowedActions exactly what the caller may do now', async () => {
    const { id, applicant } = await driver.caseAt('PROPOSED');
    const query = `query($id: ID!) { case(id: $id) { allowedActions } }`;
    const head = (await app.gql(query, { id }, { token: driver.actors.streetHead })).data?.case.allowedActions;
    expect(head).toEqual(expect.arrayContaining(['approve', 'reject', 'escalate', 'assign']));
    const staff = (await app.gql(query, { id }, { token: driver.actors.streetStaff })).data?.case.allowedActions;
    // the proposer may neither approve (segregation) nor act as head
    expect(staff).not.toContain('approve');
    expect(staff).toContain('assign');
    const worker = (await app.gql(query, { id }, { token: applicant.token })).data?.case.allowedActions;
    expect(worker).toEqual(['withdraw']);
    const auditor = (await app.gql(query, { id }, { token: driver.actors.auditor })).data?.case.allowedActions;
    expect(auditor).toEqual([]);
  });
});
