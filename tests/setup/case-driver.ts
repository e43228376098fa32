import { afterAll, beforeAll } from 'vitest';
import { idNumberCheckChar, requiredEvidenceFor, type AidType, type CaseStatus } from '@bangfu/shared';
import { DEMO_PASSWORD } from '../../server/src/cli/demo-data.js';
import { PHONES, startTestApp, type AppClient, type GqlResult, type TestApp } from './test-app.js';

let sequence = 0;

/** A fresh valid resident ID number (GB 11643 check character included). */
export function newIdNumber(): string {
  sequence += 1;
  const body = `370102198${(sequence % 10).toString()}0${(1 + (sequence % 9)).toString()}${String(10 + (sequence % 18)).padStart(2, '0')}${String(100 + ((sequence * 7) % 900)).slice(-3)}`;
  return `${body}${idNumberCheckChar(body)}`;
}

export const CASE_FIELDS = `id caseNumber status type unitId: holder { id } dueAt overdue missingItems returnReason rejectReason
  approvedAmountFen proposedAmountFen noticeEndsAt objectionOpen rating allowedActions nextStep
  events { action fromStatus toStatus actorRole comment }`;

export const FILE_INPUT = (unitId: string, idNumber: string, overrides: Record<string, unknown> = {}) => ({
  unitId,
  personName: '测试职工',
  idNumber,
  category: 'RELATIVE',
  causes: ['LOW_INCOME'],
  minimumLivingStandardFen: 85_000,
  members: [{ name: '测试职工', relation: '本人', monthlyIncomeFen: 150_000, health: '高血压' }],
  // opened at the counter with the ID card in hand (实名核验), so its holder can be paid
  identityChecked: true,
  ...overrides,
});

/** A photo as the upload endpoint sees one (JPEG magic bytes): evidence for submissions the tests make. */
export const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('a photo of a document')]);

const MUTATIONS: Record<string, string> = {
  submit: `mutation($id: ID!) { r: submitCase(id: $id) { ${CASE_FIELDS} } }`,
  resubmit: `mutation($id: ID!, $note: String) { r: resubmitCase(id: $id, note: $note) { ${CASE_FIELDS} } }`,
  withdraw: `mutation($id: ID!, $reason: String) { r: withdrawCase(id: $id, reason: $reason) { ${CASE_FIELDS} } }`,
  accept: `mutation($id: ID!, $note: String) { r: acceptCase(id: $id, note: $note) { ${CASE_FIELDS} } }`,
  return: `mutation($id: ID!, $reason: String!, $missingItems: [String!]) { r: returnCase(id: $id, reason: $reason, missingItems: $missingItems) { ${CASE_FIELDS} } }`,
  startReview: `mutation($id: ID!) { r: startReview(id: $id) { ${CASE_FIELDS} } }`,
  recordVisit: `mutation($id: ID!, $input: VisitInput!) { r: recordVisit(id: $id, input: $input) { ${CASE_FIELDS} } }`,
  propose: `mutation($id: ID!, $input: ProposalInput!) { r: proposeCase(id: $id, input: $input) { ${CASE_FIELDS} } }`,
  approve: `mutation($id: ID!, $note: String) { r: approveCase(id: $id, note: $note) { ${CASE_FIELDS} } }`,
  reject: `mutation($id: ID!, $reason: String!) { r: rejectCase(id: $id, reason: $reason) { ${CASE_FIELDS} } }`,
  escalate: `mutation($id: ID!, $reason: String!) { r: escalateCase(id: $id, reason: $reason) { ${CASE_FIELDS} } }`,
  raiseObjection: `mutation($id: ID!, $reason: String!) { r: raiseObjection(id: $id, reason: $reason) { ${CASE_FIELDS} } }`,
  resolveObjection: `mutation($id: ID!, $upheld: Boolean!, $note: String) { r: resolveObjection(id: $id, upheld: $upheld, note: $note) { ${CASE_FIELDS} } }`,
  startService: `mutation($id: ID!) { r: startService(id: $id) { ${CASE_FIELDS} } }`,
  completeService: `mutation($id: ID!, $report: String!) { r: completeService(id: $id, report: $report) { ${CASE_FIELDS} } }`,
  close: `mutation($id: ID!, $report: String!) { r: closeCase(id: $id, report: $report) { ${CASE_FIELDS} } }`,
  disburse: `mutation($id: ID!, $input: DisbursementInput!) { r: disburseCase(id: $id, input: $input) { ${CASE_FIELDS} } }`,
  confirmReceipt: `mutation($id: ID!, $smsCode: String) { r: confirmReceipt(id: $id, smsCode: $smsCode) { ${CASE_FIELDS} } }`,
  rate: `mutation($id: ID!, $score: Int!, $comment: String) { r: rateCase(id: $id, score: $score, comment: $comment) { ${CASE_FIELDS} } }`,
  assign: `mutation($id: ID!, $userId: ID!) { r: assignCase(id: $id, userId: $userId) { ${CASE_FIELDS} } }`,
  linkFile: `mutation($id: ID!, $fileId: ID!) { r: linkCaseFile(id: $id, fileId: $fileId) { ${CASE_FIELDS} file { id } } }`,
};

/** Default arguments that make each action valid, so a test only states what it is about. */
const DEFAULT_ARGS: Record<string, Record<string, unknown>> = {
  return: { reason: '材料不全', missingItems: ['收入证明', '病历复印件'] },
  recordVisit: { input: { visitedAt: '2026-11-20T02:00:00Z', findings: '入户核实，家庭情况属实', householdVerified: true } },
  reject: { reason: '不符合救助条件' },
  escalate: { reason: '超出本级救助能力' },
  raiseObjection: { reason: '邻居反映其家庭另有收入' },
  resolveObjection: { upheld: false },
  completeService: { report: '已完成法律咨询与代理服务' },
  close: { report: '救助已发放到位，职工确认，办结。' },
  rate: { score: 5 },
};

let paymentKey = 0;
/** A fresh idempotency key for one payment. */
export const newPaymentKey = (): string => `pay-${process.pid}-${Date.now()}-${(paymentKey += 1)}`;

export interface Actors {
  worker: string;
  streetStaff: string;
  streetHead: string;
  siblingStaff: string;
  districtAdmin: string;
  cityAdmin: string;
  auditor: string;
}

export interface Applicant {
  token: string;
  userId: string;
  phone: string;
  fileId: string;
  idNumber: string;
}

/** Drives cases through the lifecycle over GraphQL with the demo actors. */
export class CaseDriver {
  private constructor(
    readonly app: AppClient,
    readonly actors: Actors,
    readonly street: string,
  ) {}

  static async create(app: AppClient): Promise<CaseDriver> {
    const entries = await Promise.all(
      Object.entries({
        worker: PHONES.worker,
        streetStaff: PHONES.lanshanStreetStaff,
        streetHead: PHONES.lanshanStreetHead,
        siblingStaff: PHONES.yinqueshanStaff,
        districtAdmin: PHONES.lanshanAdmin,
        cityAdmin: PHONES.cityAdmin,
        auditor: PHONES.cityAuditor,
      }).map(async ([key, phone]) => [key, await app.loginAs(phone)] as const),
    );
    return new CaseDriver(app, Object.fromEntries(entries) as unknown as Actors, await app.unitIdByCode('LY-LS-LSJD'));
  }

  /** A newly registered worker with an ACTIVE file at the Lanshan street center. */
  async newApplicant(fileOverrides: Record<string, unknown> = {}): Promise<Applicant> {
    sequence += 1;
    const idNumber = newIdNumber();
    const phone = `1370000${String(sequence).padStart(4, '0')}`;
    const registered = await this.app.registerWorker({
      phone,
      password: DEMO_PASSWORD,
      name: '测试职工',
      idNumber,
      employerUnitId: await this.app.unitIdByCode('LY-LS-LSJD-HS'),
    });
    if (!registered.data) throw new Error(JSON.stringify(registered.errors));
    const file = await this.app.gql(
      `mutation($input: HardshipFileInput!) { createHardshipFile(input: $input) { id } }`,
      { input: FILE_INPUT(this.street, idNumber, fileOverrides) },
      { token: this.actors.streetStaff },
    );
    if (!file.data) throw new Error(JSON.stringify(file.errors));
    return {
      token: registered.data.registerWorker.token,
      userId: registered.data.registerWorker.user.id,
      phone,
      fileId: file.data.createHardshipFile.id,
      idNumber,
    };
  }

  /**
   * A worker registered without a hardship file (申请建档并申请帮扶) and their application, submitted to the Lanshan
   * street center: `draft` holds the case fields (type, title, amount, answers…).
   */
  async applicationWithoutFile(
    worker: { phone: string; name: string },
    draft: Record<string, unknown>,
  ): Promise<{ caseId: string; token: string; idNumber: string }> {
    const idNumber = newIdNumber();
    const registered = await this.app.registerWorker({
      ...worker,
      password: DEMO_PASSWORD,
      idNumber,
      employerUnitId: await this.app.unitIdByCode('LY-LS-LSJD-HS'),
    });
    if (!registered.data) throw new Error(JSON.stringify(registered.errors));
    const token = registered.data.registerWorker.token as string;
    const saved = await this.app.gql(
      `mutation($input: CaseDraftInput!) { saveDraft(input: $input) { id } }`,
      { input: { clientId: `no-file-${worker.phone}`, unitId: this.street, ...draft } },
      { token },
    );
    if (!saved.data) throw new Error(JSON.stringify(saved.errors));
    const caseId = saved.data.saveDraft.id as string;
    await this.ok('submit', token, caseId);
    return { caseId, token, idNumber };
  }

  async draft(applicant: Applicant, type: AidType = 'LIVING', extra: Record<string, unknown> = {}): Promise<string> {
    const result = await this.app.gql(
      `mutation($input: CaseDraftInput!) { saveDraft(input: $input) { id } }`,
      {
        input: {
          clientId: `client-${Date.now()}-${(sequence += 1)}`,
          type,
          fileId: applicant.fileId,
          title: '申请帮扶',
          requestedAmountFen: 100_000,
          ...extra,
        },
      },
      { token: applicant.token },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.saveDraft.id;
  }

  /** Runs an action; returns the raw result so tests can assert refusals. */
  /** Confirming receipt sends, unless the test says otherwise, the code the caller's own phone received. */
  async act(action: string, token: string, id: string, args: Record<string, unknown> = {}): Promise<GqlResult> {
    if (action === 'submit' || action === 'resubmit') await this.attachRequiredEvidence(token, id);
    const defaults =
      action === 'disburse'
        ? { input: { method: 'CASH', idempotencyKey: newPaymentKey() } }
        : action === 'confirmReceipt' && !('smsCode' in args)
          ? { smsCode: await this.app.receiptCode(token) }
          : DEFAULT_ARGS[action];
    return this.app.gql(MUTATIONS[action], { id, ...defaults, ...args }, { token });
  }

  /**
   * Uploads, as the caller, a photo for each document an app application of the case's type must carry and lacks
   * (desk and hotline cases need none). A caller the upload refuses is left to the action's own answer.
   */
  async attachRequiredEvidence(token: string, caseId: string): Promise<void> {
    const [aidCase] = await this.app.sql<{ type: AidType; channel: string }>(`select type, channel from aid_case where id = ?`, [caseId]);
    if (aidCase?.channel !== 'APP') return;
    const held = await this.app.sql<{ slot: string }>(`select slot from case_document where case_id = ?`, [caseId]);
    for (const slot of requiredEvidenceFor(aidCase.type).filter((needed) => !held.some((row) => row.slot === needed))) {
      await fetch(this.app.url.replace('/graphql', `/uploads/cases/${caseId}/${caseId}-${slot}?slot=${slot}`), {
        method: 'PUT',
        headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
        body: PHOTO,
      });
    }
  }

  /** Puts money into the Lanshan district fund, which pays the street center's cases. */
  async fundDistrict(amountFen = 100_000_000): Promise<void> {
    const result = await this.app.gql(
      `mutation($unit: ID!, $amount: Int!) { recordIncome(unitId: $unit, input: { source: GOVERNMENT, amount: $amount }) { id } }`,
      { unit: await this.app.unitIdByCode('LY-LS'), amount: amountFen },
      { token: this.actors.districtAdmin },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
  }

  /** Runs an action that must succeed and returns the case. */
  async ok(action: string, token: string, id: string, args: Record<string, unknown> = {}): Promise<Record<string, any>> {
    const result = await this.act(action, token, id, args);
    if (!result.data?.r) throw new Error(`${action} failed: ${JSON.stringify(result.errors)}`);
    return result.data.r;
  }

  /** A fresh case of `type` for a new applicant, walked to `status` by the actors that may do each step. */
  async caseAt(status: CaseStatus, type: AidType = 'LIVING', amountFen = 100_000): Promise<{ id: string; applicant: Applicant }> {
    const applicant = await this.newApplicant();
    const id = await this.draft(applicant, type);
    await this.advance(id, applicant.token, type, 'DRAFT', status, amountFen);
    return { id, applicant };
  }

  /** Walks an existing case from `from` to `to` along the usual path; the applicant's token does the worker's steps. */
  async advance(id: string, applicantToken: string, type: AidType, from: CaseStatus, to: CaseStatus, amountFen = 100_000): Promise<void> {
    const { streetStaff, streetHead } = this.actors;
    const money = ['LIVING', 'MEDICAL', 'EDUCATION', 'DISASTER', 'ACCIDENT'].includes(type);
    const path: [CaseStatus, () => Promise<unknown>][] = [
      ['DRAFT', async () => undefined],
      ['SUBMITTED', () => this.ok('submit', applicantToken, id)],
      ['ACCEPTED', () => this.ok('accept', streetStaff, id)],
      ['UNDER_REVIEW', () => this.ok('startReview', streetStaff, id)],
      ['PROPOSED', () => this.ok('propose', streetStaff, id, { input: money ? { amountFen } : { servicePlan: '提供法律援助律师' } })],
      [money ? 'PUBLIC_NOTICE' : 'APPROVED', () => this.ok('approve', streetHead, id)],
      ...(money
        ? ([
            ['READY_TO_PAY', () => this.endNotices()],
            ['DISBURSED', () => this.ok('disburse', streetStaff, id)],
            ['RECEIVED', () => this.ok('confirmReceipt', applicantToken, id)],
            ['CLOSED', () => this.ok('close', streetStaff, id)],
          ] as [CaseStatus, () => Promise<unknown>][])
        : ([
            ['IN_SERVICE', () => this.ok('startService', streetStaff, id)],
            ['SERVICE_DONE', () => this.ok('completeService', streetStaff, id)],
            ['CLOSED', () => this.ok('close', streetStaff, id)],
          ] as [CaseStatus, () => Promise<unknown>][])),
    ];
    const start = path.findIndex(([status]) => status === from);
    const end = path.findIndex(([status]) => status === to);
    if (start < 0 || end < start) throw new Error(`no path from ${from} to ${to} for ${type}`);
    for (const [, step] of path.slice(start + 1, end + 1)) await step();
  }

  /** `count` copies of one READY_TO_PAY case, made in SQL so that a test spends its time on the payments. */
  async readyCases(count: number, amountFen: number): Promise<string[]> {
    const { id } = await this.caseAt('READY_TO_PAY', 'LIVING', amountFen);
    const rows = await this.app.sql<{ id: string }>(
      `insert into aid_case (client_id, created_by_id, applicant_user_id, type, channel, status, unit_id, origin_unit_id, file_id,
         applicant_name, title, proposed_amount_fen, proposed_by_id, approved_amount_fen, approved_by_id, decided_at)
       select 'copy-' || g || '-' || c.id, c.created_by_id, c.applicant_user_id, c.type, c.channel, c.status, c.unit_id, c.origin_unit_id,
         c.file_id, c.applicant_name, c.title, c.proposed_amount_fen, c.proposed_by_id, c.approved_amount_fen, c.approved_by_id, c.decided_at
       from aid_case c, generate_series(1, ?) g where c.id = ? returning id::text`,
      [count - 1, id],
    );
    return [id, ...rows.map((row) => row.id)];
  }

  /** Ends every public notice as if the notice period had passed. */
  async endNotices(): Promise<number> {
    await this.app.sql(
      `update aid_case set notice_ends_at = now() - interval '1 minute' where status = 'PUBLIC_NOTICE' and not objection_open`,
    );
    const { createServices, serviceDeps } = await import('../../server/src/app/services.js');
    const services = createServices(this.app.worker.em.fork(), serviceDeps(this.app.config, this.app.runtime.redis));
    return services.cases.expireNotices();
  }

  async status(id: string): Promise<string> {
    const [row] = await this.app.sql<{ status: string }>(`select status from aid_case where id = ?`, [id]);
    return row.status;
  }
}

/** A test app and its case driver for the enclosing describe block: started before its tests, closed after them. */
export function appWithDriver(overrides: Parameters<typeof startTestApp>[0] = {}): { readonly app: TestApp; readonly driver: CaseDriver } {
  const context = {} as { app: TestApp; driver: CaseDriver };
  beforeAll(async () => {
    context.app = await startTestApp(overrides);
    context.driver = await CaseDriver.create(context.app);
  });
  afterAll(() => context.app.close());
  return context;
}
