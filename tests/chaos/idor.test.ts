import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTING_ROLES, type Role } from '@bangfu/shared';
import { cipherFor } from '../../server/src/app/services.js';
import { BankDesk, cardNumber } from '../setup/bank-desk.js';
import { CaseDriver, FILE_INPUT, newIdNumber, newPaymentKey } from '../setup/case-driver.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';
import { record, SEED, seededRandom, sized, tableDigests } from './record.js';

type Relation = 'own' | 'child' | 'sibling' | 'parent' | 'unrelated';
interface Caller {
  phone: string;
  token: string;
  userId: string;
  role: string;
  unitPath: string;
}
interface Target {
  unitId: string;
  path: string;
  cases: Record<string, string>;
  fileId: string;
  /** A worker account registered at the unit (their employer), by the phone and ID number staff would type. */
  worker: { phone: string; idNumber: string };
  /** The unit's draft roster of the city's campaign, with the unit's file on it. */
  campaign: { id: string; rosterId: string; entryId: string };
  /** An approved payout batch of the unit's fund. */
  batchId: string;
  /** The unit's statistical return for 2026-Q3, waiting for the union above. */
  statReportId: string;
  /** A roll the unit uploaded, not yet imported, and a match of one of its lines to the unit's file. */
  rollId: string;
  matchId: string;
}
interface Operation {
  name: string;
  act: boolean;
  onCase?: string;
  query: string;
  variables: (target: Target, caller: Caller) => Record<string, unknown>;
  /** For configuration rather than personal records: who may, when the rule is not `allowed`'s. */
  allows?: (role: string, relation: Relation) => boolean;
  /** Reaches a unit's funds, audit, figures or policies, which row-level security does not cover (files, cases, documents). */
  beyondRowSecurity?: true;
  /** `allows` narrows by role what a caller may do with rows they read: the application's rule, not the rows'. */
  roleRule?: true;
  /** The table a list's rows come from. */
  lists?: 'aid_case' | 'hardship_file';
}

const relationOf = (callerPath: string, targetPath: string): Relation => {
  if (targetPath === callerPath) return 'own';
  if (targetPath.startsWith(`${callerPath}.`)) return 'child';
  if (callerPath.startsWith(`${targetPath}.`)) return 'parent';
  const parentOf = (path: string) => path.split('.').slice(0, -1).join('.');
  return parentOf(callerPath) === parentOf(targetPath) ? 'sibling' : 'unrelated';
};

/**
 * The oracle, from domain.md §8 alone (not from the code under test): may this role, on a unit in `relation` to
 * the record's unit, read it or act on it? A worker only ever reaches their own records (never these); staff read
 * their unit; union admins and auditors their subtree; nobody a sibling's or parent's; acting needs an acting role
 * on the unit holding the record now; auditors never act; operators do not read or act on personal records.
 */
function allowed(role: string, relation: Relation, act: boolean): boolean {
  if (role === 'WORKER' || role === 'SYSTEM_ADMIN') return false;
  if (act) return role !== 'AUDITOR' && relation === 'own';
  if (role === 'UNION_ADMIN' || role === 'AUDITOR') return relation === 'own' || relation === 'child';
  return relation === 'own';
}

const OPERATIONS: Operation[] = [
  {
    name: 'case',
    act: false,
    query: `query($id: ID!) { r: case(id: $id) { id applicantName } }`,
    variables: (t) => ({ id: t.cases.SUBMITTED }),
  },
  {
    name: 'hardshipFile',
    act: false,
    query: `query($id: ID!) { r: hardshipFile(id: $id) { id personName } }`,
    variables: (t) => ({ id: t.fileId }),
  },
  {
    name: 'caseQueue',
    lists: 'aid_case',
    act: false,
    query: `query($u: ID!) { r: caseQueue(unitId: $u, first: 5) { totalCount edges { node { id } } } }`,
    variables: (t) => ({ u: t.unitId }),
  },
  {
    name: 'hardshipFiles',
    lists: 'hardship_file',
    act: false,
    query: `query($u: ID!) { r: hardshipFiles(unitId: $u, first: 5) { totalCount edges { node { id } } } }`,
    variables: (t) => ({ u: t.unitId }),
  },
  {
    name: 'fund',
    beyondRowSecurity: true,
    act: false,
    query: `query($u: ID!) { r: fund(unitId: $u) { balanceFen } }`,
    variables: (t) => ({ u: t.unitId }),
  },
  {
    name: 'auditLog',
    beyondRowSecurity: true,
    act: false,
    query: `query($u: ID!) { r: auditLog(unitId: $u, first: 5) { edges { node { id } } } }`,
    variables: (t) => ({ u: t.unitId }),
  },
  {
    name: 'rollup',
    beyondRowSecurity: true,
    act: false,
    query: `query($u: ID!) { r: rollup(unitId: $u, from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { newCases } }`,
    variables: (t) => ({ u: t.unitId }),
  },
  {
    name: 'acceptCase',
    act: true,
    query: `mutation($id: ID!) { r: acceptCase(id: $id) { id } }`,
    variables: (t) => ({ id: t.cases.SUBMITTED }),
  },
  {
    name: 'returnCase',
    act: true,
    query: `mutation($id: ID!) { r: returnCase(id: $id, reason: "材料不全") { id } }`,
    variables: (t) => ({ id: t.cases.SUBMITTED }),
  },
  {
    name: 'assignCase',
    act: true,
    query: `mutation($id: ID!, $user: ID!) { r: assignCase(id: $id, userId: $user) { id } }`,
    variables: (t, c) => ({ id: t.cases.SUBMITTED, user: c.userId }),
  },
  {
    name: 'withdrawCase',
    act: true,
    query: `mutation($id: ID!) { r: withdrawCase(id: $id, reason: "不需要了") { id } }`,
    variables: (t) => ({ id: t.cases.SUBMITTED }),
  },
  {
    name: 'approveCase',
    act: true,
    query: `mutation($id: ID!) { r: approveCase(id: $id) { id } }`,
    variables: (t) => ({ id: t.cases.PROPOSED }),
  },
  {
    name: 'rejectCase',
    act: true,
    query: `mutation($id: ID!) { r: rejectCase(id: $id, reason: "不符合条件") { id } }`,
    variables: (t) => ({ id: t.cases.PROPOSED }),
  },
  {
    name: 'escalateCase',
    act: true,
    query: `mutation($id: ID!) { r: escalateCase(id: $id, reason: "超出能力") { id } }`,
    variables: (t) => ({ id: t.cases.PROPOSED }),
  },
  {
    name: 'disburseCase',
    act: true,
    query: `mutation($id: ID!, $key: String!) { r: disburseCase(id: $id, input: { method: CASH, idempotencyKey: $key }) { id } }`,
    variables: (t) => ({ id: t.cases.READY_TO_PAY, key: newPaymentKey() }),
  },
  {
    name: 'confirmReceipt',
    act: true,
    query: `mutation($id: ID!) { r: confirmReceipt(id: $id, smsCode: "123456") { id } }`,
    variables: (t) => ({ id: t.cases.DISBURSED }),
  },
  {
    name: 'updateHardshipFile',
    act: true,
    query: `mutation($id: ID!, $input: HardshipFileInput!) { r: updateHardshipFile(id: $id, input: $input) { id } }`,
    variables: (t) => ({ id: t.fileId, input: FILE_INPUT(t.unitId, newIdNumber()) }),
  },
  {
    name: 'campaignRoster',
    beyondRowSecurity: true,
    act: false,
    query: `query($c: ID!, $u: ID!) { r: campaignRoster(campaignId: $c, unitId: $u) { id entries { id } } }`,
    variables: (t) => ({ c: t.campaign.id, u: t.unitId }),
  },
  {
    name: 'buildRoster',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($c: ID!, $u: ID!) { r: buildRoster(campaignId: $c, unitId: $u) { id } }`,
    variables: (t) => ({ c: t.campaign.id, u: t.unitId }),
  },
  {
    name: 'addRosterEntry',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($r: ID!, $f: ID!) { r: addRosterEntry(rosterId: $r, input: { fileId: $f, amountFen: 60000, reason: "临时困难" }) { id } }`,
    variables: (t) => ({ r: t.campaign.rosterId, f: t.fileId }),
  },
  {
    name: 'removeRosterEntry',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($e: ID!) { r: removeRosterEntry(entryId: $e, reason: "收入超过标准") { id } }`,
    variables: (t) => ({ e: t.campaign.entryId }),
  },
  {
    name: 'submitRoster',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($r: ID!) { r: submitRoster(rosterId: $r) { id } }`,
    variables: (t) => ({ r: t.campaign.rosterId }),
  },
  // heads decide: approval at the roster's unit; a return there or from the union above; quotas handed down from it
  {
    name: 'approveRoster',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($r: ID!) { r: approveRoster(rosterId: $r) { id } }`,
    variables: (t) => ({ r: t.campaign.rosterId }),
    allows: (role, relation) => relation === 'own' && ['UNIT_HEAD', 'UNION_ADMIN'].includes(role),
  },
  {
    name: 'returnRoster',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($r: ID!) { r: returnRoster(rosterId: $r, reason: "请核实") { id } }`,
    variables: (t) => ({ r: t.campaign.rosterId }),
    allows: (role, relation) => (relation === 'own' || relation === 'child') && ['UNIT_HEAD', 'UNION_ADMIN'].includes(role),
  },
  {
    name: 'exportCampaignRoster',
    beyondRowSecurity: true,
    act: false,
    query: `mutation($r: ID!) { r: exportCampaignRoster(rosterId: $r) { id } }`,
    variables: (t) => ({ r: t.campaign.rosterId }),
  },
  {
    name: 'payRoster',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($r: ID!) { r: payRoster(rosterId: $r) { id } }`,
    variables: (t) => ({ r: t.campaign.rosterId }),
  },
  // the campaign is the city's whatever the target: only a union admin reading the city's subtree could close it
  {
    name: 'closeCampaign',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($c: ID!) { r: closeCampaign(id: $c) { id } }`,
    variables: (t) => ({ c: t.campaign.id }),
    allows: (role, relation) => role === 'UNION_ADMIN' && (relation === 'own' || relation === 'child'),
  },
  {
    name: 'setCampaignQuotas',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($c: ID!, $u: ID!) { r: setCampaignQuotas(campaignId: $c, unitId: $u, quotas: [{ unitId: $u, households: 1, amountFen: 1 }]) { households } }`,
    variables: (t) => ({ c: t.campaign.id, u: t.unitId }),
    allows: (role, relation) => relation === 'own' && ['UNIT_HEAD', 'UNION_ADMIN'].includes(role),
  },
  {
    name: 'reviewHardshipFile',
    act: true,
    query: `mutation($id: ID!) { r: reviewHardshipFile(id: $id, outcome: KEEP, visit: "入户走访，情况未变") { id } }`,
    variables: (t) => ({ id: t.fileId }),
  },
  {
    name: 'cancelHardshipFile',
    act: true,
    query: `mutation($id: ID!) { r: cancelHardshipFile(id: $id, reason: OTHER, note: "测试") { id } }`,
    variables: (t) => ({ id: t.fileId }),
  },
  // a logged read with a stated reason: acting roles over the holding unit only, never auditors (domain.md §8)
  {
    name: 'revealIdNumber',
    roleRule: true,
    act: false,
    query: `mutation($id: ID!) { r: revealIdNumber(fileId: $id, reason: "核对身份") }`,
    variables: (t) => ({ id: t.fileId }),
    allows: (role, relation) => role !== 'AUDITOR' && allowed(role, relation, false),
  },
  {
    name: 'setPayeeAccount',
    act: true,
    query: `mutation($id: ID!) { r: setPayeeAccount(fileId: $id, input: { bankName: "中国工商银行", accountNumber: "6228480012345678903" }) { id } }`,
    variables: (t) => ({ id: t.fileId }),
  },
  {
    name: 'revealPayeeAccount',
    roleRule: true,
    act: false,
    query: `mutation($id: ID!) { r: revealPayeeAccount(fileId: $id, reason: "核对卡号") }`,
    variables: (t) => ({ id: t.fileId }),
    allows: (role, relation) => role !== 'AUDITOR' && allowed(role, relation, false),
  },
  // a fund's payout batches (domain.md §10): read with the unit's records, drawn up and sent by its acting roles
  {
    name: 'payoutBatches',
    beyondRowSecurity: true,
    act: false,
    query: `query($u: ID!) { r: payoutBatches(unitId: $u) { id reference } }`,
    variables: (t) => ({ u: t.unitId }),
  },
  {
    name: 'payoutBatch',
    beyondRowSecurity: true,
    act: false,
    query: `query($b: ID!) { r: payoutBatch(id: $b) { id lines { accountNumberMasked } } }`,
    variables: (t) => ({ b: t.batchId }),
  },
  {
    name: 'createPayoutBatch',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($u: ID!) { r: createPayoutBatch(unitId: $u) { id } }`,
    variables: (t) => ({ u: t.unitId }),
  },
  {
    name: 'approvePayoutBatch',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($b: ID!) { r: approvePayoutBatch(id: $b) { id } }`,
    variables: (t) => ({ b: t.batchId }),
    allows: (role, relation) => relation === 'own' && ['UNIT_HEAD', 'UNION_ADMIN'].includes(role),
  },
  {
    name: 'cancelPayoutBatch',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($b: ID!) { r: cancelPayoutBatch(id: $b, reason: "重新编制") { id } }`,
    variables: (t) => ({ b: t.batchId }),
  },
  {
    name: 'exportPayoutBatch',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($b: ID!) { r: exportPayoutBatch(id: $b) { id } }`,
    variables: (t) => ({ b: t.batchId }),
  },
  {
    name: 'importBankReturn',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($b: ID!) { r: importBankReturn(batchId: $b, returnId: "1") { id } }`,
    variables: (t) => ({ b: t.batchId }),
  },
  // statistical returns (domain.md §13): read with the unit's records, submitted by its head, decided from above
  {
    name: 'statReport',
    beyondRowSecurity: true,
    act: false,
    query: `query($u: ID!) { r: statReport(unitId: $u, period: "2026-Q3") { period current { id } } }`,
    variables: (t) => ({ u: t.unitId }),
  },
  {
    name: 'statReports',
    beyondRowSecurity: true,
    act: false,
    query: `query($u: ID!) { r: statReports(unitId: $u, period: "2026-Q3") { state } }`,
    variables: (t) => ({ u: t.unitId }),
  },
  {
    name: 'submitStatReport',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($u: ID!) { r: submitStatReport(unitId: $u, period: "2026-Q2") { id } }`,
    variables: (t) => ({ u: t.unitId }),
    allows: (role, relation) => relation === 'own' && ['UNIT_HEAD', 'UNION_ADMIN'].includes(role),
  },
  {
    name: 'acceptStatReport',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($id: ID!) { r: acceptStatReport(id: $id) { id } }`,
    variables: (t) => ({ id: t.statReportId }),
    allows: (role, relation) => relation === 'child' && ['UNIT_HEAD', 'UNION_ADMIN'].includes(role),
  },
  {
    name: 'returnStatReport',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($id: ID!) { r: returnStatReport(id: $id, reason: "数据有误") { id } }`,
    variables: (t) => ({ id: t.statReportId }),
    allows: (role, relation) => relation === 'child' && ['UNIT_HEAD', 'UNION_ADMIN'].includes(role),
  },
  {
    name: 'printDocument(FILE_CARD)',
    act: false,
    query: `mutation($id: ID!) { r: printDocument(kind: FILE_CARD, id: $id) { id } }`,
    variables: (t) => ({ id: t.fileId }),
  },
  {
    name: 'printDocument(APPROVAL_FORM)',
    act: false,
    query: `mutation($id: ID!) { r: printDocument(kind: APPROVAL_FORM, id: $id) { id } }`,
    variables: (t) => ({ id: t.cases.SUBMITTED }),
  },
  {
    name: 'printDocument(NOTICE)',
    beyondRowSecurity: true,
    act: false,
    query: `mutation($u: ID!) { r: printDocument(kind: NOTICE, id: $u) { id } }`,
    variables: (t) => ({ u: t.unitId }),
  },
  {
    name: 'printDocument(PAYOUT_BATCH)',
    beyondRowSecurity: true,
    act: false,
    query: `mutation($b: ID!) { r: printDocument(kind: PAYOUT_BATCH, id: $b) { id } }`,
    variables: (t) => ({ b: t.batchId }),
  },
  {
    name: 'externalMatches',
    beyondRowSecurity: true,
    act: false,
    query: `query($u: ID!) { r: externalMatches(unitId: $u) { id personName } }`,
    variables: (t) => ({ u: t.unitId }),
  },
  {
    name: 'externalRolls',
    beyondRowSecurity: true,
    act: false,
    query: `query($u: ID!) { r: externalRolls(unitId: $u) { id } }`,
    variables: (t) => ({ u: t.unitId }),
  },
  {
    name: 'importExternalRoll',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($id: ID!) { r: importExternalRoll(rollId: $id) { id } }`,
    variables: (t) => ({ id: t.rollId }),
  },
  {
    name: 'resolveExternalMatch',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($id: ID!) { r: resolveExternalMatch(id: $id, resolution: NOT_DUPLICATE) { id } }`,
    variables: (t) => ({ id: t.matchId }),
  },
  {
    name: 'exportExchange',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($u: ID!) { r: exportExchange(unitId: $u) { id } }`,
    variables: (t) => ({ u: t.unitId }),
    allows: (role, relation) => relation === 'own' && ['UNIT_HEAD', 'UNION_ADMIN'].includes(role),
  },
  {
    name: 'exportStatReport',
    beyondRowSecurity: true,
    act: false,
    query: `mutation($id: ID!) { r: exportStatReport(id: $id, format: PDF) { id } }`,
    variables: (t) => ({ id: t.statReportId }),
  },
  {
    name: 'recordIncome',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($u: ID!) { r: recordIncome(unitId: $u, input: { source: GOVERNMENT, amount: 100 }) { id } }`,
    variables: (t) => ({ u: t.unitId }),
  },
  {
    name: 'recordExpense',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($u: ID!) { r: recordExpense(unitId: $u, input: { category: OTHER, amount: 1, note: "测试" }) { id } }`,
    variables: (t) => ({ u: t.unitId }),
  },
  // policies (README, aid policies): read with the unit's records or by its operator; set only from above, or by the operator
  {
    name: 'aidPolicies',
    beyondRowSecurity: true,
    act: false,
    query: `query($u: ID!) { r: aidPolicies(unitId: $u) { inForce { approvalLimitFen } } }`,
    variables: (t) => ({ u: t.unitId }),
    allows: (role, relation) => allowed(role, relation, false) || (role === 'SYSTEM_ADMIN' && (relation === 'own' || relation === 'child')),
  },
  // acts about a person registered at the unit rather than a record it holds (issue 20)
  {
    name: 'verifyIdentity',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($p: String!, $n: String!) { r: verifyIdentity(input: { phone: $p, idNumber: $n }) { id } }`,
    variables: (t) => ({ p: t.worker.phone, n: t.worker.idNumber }),
    // 实名核验 at the station the worker comes to: an acting role on the unit they are registered at or one above it
    allows: (role, relation) => ACTING_ROLES.includes(role as Role) && (relation === 'own' || relation === 'child'),
  },
  {
    name: 'releaseIdNumber',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($n: String!) { r: releaseIdNumber(idNumber: $n, reason: "身份证号被他人冒用") { id } }`,
    variables: (t) => ({ n: t.worker.idNumber }),
    allows: (role, relation) => (role === 'UNION_ADMIN' || role === 'SYSTEM_ADMIN') && (relation === 'own' || relation === 'child'),
  },
  // a receipt code goes only to the signed-in account's own phone: nobody has one sent to a worker
  {
    name: 'requestSmsCode',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($p: String!) { r: requestSmsCode(phone: $p, purpose: CONFIRM_RECEIPT) }`,
    variables: (t) => ({ p: t.worker.phone }),
    allows: () => false,
  },
  {
    name: 'setAidPolicy',
    beyondRowSecurity: true,
    act: true,
    query: `mutation($u: ID!) { r: setAidPolicy(unitId: $u, input: { aidType: LIVING, approvalLimitFen: 1 }) { unitId } }`,
    variables: (t) => ({ u: t.unitId }),
    allows: (role, relation) =>
      (role === 'UNION_ADMIN' && relation === 'child') || (role === 'SYSTEM_ADMIN' && (relation === 'own' || relation === 'child')),
  },
];

/** Everything an attempt could change, as one digest per table (sessions and login counters excluded: reading logs in). */
const FINGERPRINT = tableDigests([
  'aid_case',
  'case_event',
  'hardship_file',
  'hardship_file_event',
  'household_person',
  'review_task',
  'campaign',
  'campaign_quota',
  'roster',
  'roster_entry',
  'ledger_entry',
  'ledger_transaction',
  'disbursement',
  'payout_batch',
  'payout_batch_line',
  'bank_return',
  'stat_report',
  'exchange_export',
  'external_roll',
  'external_match',
  'audit_event',
  'outbox',
  'job',
  'role_grant',
  'notification',
  'aid_policy',
  'app_user',
  'sms_code',
]);

interface Run {
  name: string;
  checks: 'enforced' | 'bypassed';
  operations: Operation[];
  /** The relations outside scope each unit role must have been tried in. */
  relations: Record<'STATION_STAFF' | 'UNION_ADMIN' | 'AUDITOR', Relation[]>;
  record: (attempts: number, leaks: number) => Record<string, number>;
  /**
   * Lists judged by the rows they return rather than refused as a whole: with the application's checks off, a list
   * of another unit answers with the rows of it the caller may read (their own, their area's), and its total comes
   * from the per-unit status summary, a count with no person in it that row security does not cover.
   */
  listsByRows: boolean;
}

/**
 * Run twice: as deployed, and with every application area check answering yes (APP_SCOPE_CHECKS=bypassed, refused
 * outside tests) over the operations on files, cases and documents, so that PostgreSQL's row-level policies alone
 * must refuse. Both count a leak the same way: any data in the answer, or any table changed.
 */
const RUNS: Run[] = [
  {
    name: 'idor',
    checks: 'enforced',
    operations: OPERATIONS,
    // 'own' too: no unit sets its own policy
    relations: {
      STATION_STAFF: ['child', 'own', 'parent', 'sibling', 'unrelated'],
      UNION_ADMIN: ['child', 'own', 'parent', 'sibling', 'unrelated'],
      AUDITOR: ['child', 'own'],
    },
    record: (attempts, leaks) => ({ idorAttempts: attempts, idorLeaks: leaks }),
    listsByRows: false,
  },
  {
    name: 'idor-rls',
    checks: 'bypassed',
    // auditors read files but never reveal a number: row security sees a read, so the read rule is what it must hold
    operations: OPERATIONS.filter((operation) => !operation.beyondRowSecurity).map((operation) =>
      operation.roleRule ? { ...operation, allows: undefined } : operation,
    ),
    relations: {
      STATION_STAFF: ['child', 'parent', 'sibling', 'unrelated'],
      UNION_ADMIN: ['child', 'parent', 'sibling', 'unrelated'],
      AUDITOR: ['child', 'own'],
    },
    record: (_attempts, leaks) => ({ rlsOnlyIdorLeaks: leaks }),
    listsByRows: true,
  },
];

for (const run of RUNS)
  describe(`IDOR matrix (${run.name}, application checks ${run.checks})`, () => {
    let app: TestApp;
    let driver: CaseDriver;
    const callers: Caller[] = [];
    const targets: Target[] = [];
    beforeAll(async () => {
      app = await startTestApp({ APP_SCOPE_CHECKS: run.checks });
      driver = await CaseDriver.create(app);
      await driver.fundDistrict(10_000_000);
      // one record of each state at the Lanshan street, copied to every unit of the demo network
      const sources: Record<string, string> = {};
      for (const status of ['SUBMITTED', 'PROPOSED', 'READY_TO_PAY', 'DISBURSED'] as const)
        sources[status] = (await driver.caseAt(status, 'LIVING', 10_000)).id;
      const { fileId } = await driver.newApplicant();
      await new BankDesk(app).setPayee(fileId, driver.actors.streetStaff, { accountNumber: cardNumber(1) });
      const cipher = cipherFor(app.config);
      // the city's campaign, with a quota and a draft roster at every unit
      const [{ id: campaignId }] = await app.sql<{ id: string }>(
        `insert into campaign (unit_id, kind, title, aid_type, categories, standard_amounts, min_amount_fen, max_amount_fen,
                               opens_at, closes_at, notice_days, created_by_id)
         select u.id, 'SPRING_FESTIVAL', '送温暖', 'LIVING', '["RELATIVE"]', '{"RELATIVE": 50000}', 10000, 100000,
                now() - interval '1 day', now() + interval '30 days', 5, a.id
         from unit u, app_user a where u.code = 'LY' and a.phone = ? returning id::text`,
        [PHONES.cityAdmin],
      );
      for (const unit of await app.sql<{ id: string; path: string }>(`select id::text, path::text from unit where active order by id`)) {
        // each unit's copies hold their household's file at the unit itself, as registration leaves them
        const [{ id: copiedFile }] = await app.sql<{ id: string }>(
          `insert into hardship_file (unit_id, status, category, causes, person_name, id_number_enc, id_number_hash, birth_date, sex, household_enc, household_size,
                                     payee_bank, payee_account_enc, payee_account_last4, payee_holder_name, payee_holder_hash, payee_set_at)
         select ?, status, category, causes, person_name, id_number_enc, 'idor-' || ? || '-' || id_number_hash, birth_date, sex, household_enc, household_size,
                payee_bank, payee_account_enc, payee_account_last4, payee_holder_name, 'idor-' || ? || '-' || id_number_hash, payee_set_at
         from hardship_file where id = ? returning id::text`,
          [unit.id, unit.id, unit.id, fileId],
        );
        const cases: Record<string, string> = {};
        for (const [status, source] of Object.entries(sources)) {
          const [{ id }] = await app.sql<{ id: string }>(
            `insert into aid_case (client_id, created_by_id, applicant_user_id, type, channel, status, unit_id, origin_unit_id, file_id, applicant_name, title,
             proposed_amount_fen, proposed_by_id, approved_amount_fen, approved_by_id, decided_at, submitted_at, due_at)
           select 'idor-' || ? || '-' || c.id, c.created_by_id, c.applicant_user_id, c.type, c.channel, c.status, ?, ?, ?, c.applicant_name, c.title,
             c.proposed_amount_fen, c.proposed_by_id, c.approved_amount_fen, c.approved_by_id, c.decided_at, c.submitted_at, c.due_at
           from aid_case c where c.id = ? returning id::text`,
            [unit.id, unit.id, unit.id, copiedFile, source],
          );
          cases[status] = id;
        }
        const worker = { phone: `1397${unit.id.padStart(7, '0')}`, idNumber: newIdNumber() };
        await app.sql(
          `insert into app_user (phone, name, password_hash, id_number_enc, id_number_hash, employer_unit_id)
           select ?, '职工', password_hash, ?, ?, ? from app_user where phone = ?`,
          [worker.phone, cipher.encrypt(worker.idNumber), cipher.lookupHash(worker.idNumber), unit.id, PHONES.worker],
        );
        await app.sql(
          `insert into campaign_quota (campaign_id, unit_id, households, amount_fen, set_by_id)
           select ?, ?, 10, 1000000, id from app_user where phone = ?`,
          [campaignId, unit.id, PHONES.cityAdmin],
        );
        const [{ id: rosterId }] = await app.sql<{ id: string }>(
          `insert into roster (campaign_id, unit_id, status, built_by_id) select ?, ?, 'DRAFT', id from app_user where phone = ? returning id::text`,
          [campaignId, unit.id, PHONES.lanshanStreetStaff],
        );
        const [{ id: entryId }] = await app.sql<{ id: string }>(
          `insert into roster_entry (roster_id, campaign_id, file_id, amount_fen, eligible) values (?, ?, ?, 50000, true) returning id::text`,
          [rosterId, campaignId, copiedFile],
        );
        const [{ id: batchId }] = await app.sql<{ id: string }>(
          `insert into payout_batch (unit_id, reference, status, line_count, total_fen, created_by_id, approved_by_id, approved_at)
           select ?, 'IDOR' || ?, 'APPROVED', 1, 10000, f.id, h.id, now() from app_user f, app_user h where f.phone = ? and h.phone = ?
           returning id::text`,
          [unit.id, unit.id, PHONES.lanshanFinance, PHONES.lanshanAdmin],
        );
        const [{ id: statReportId }] = await app.sql<{ id: string }>(
          `insert into stat_report (unit_id, period, version, figures, submitted_by_id)
           select ?, '2026-Q3', 1, '{}', id from app_user where phone = ? returning id::text`,
          [unit.id, PHONES.lanshanAdmin],
        );
        const [{ id: rollId }] = await app.sql<{ id: string }>(
          `insert into external_roll (unit_id, kind, source_name, file_name, file_sha256, content_enc, uploaded_by_id)
           select ?, 'OTHER', '测试来源', 'roll.csv', 'sha', 'sealed', id from app_user where phone = ? returning id::text`,
          [unit.id, PHONES.lanshanAdmin],
        );
        const [{ id: matchId }] = await app.sql<{ id: string }>(
          `with line as (
             insert into external_roll_line (roll_id, line_no, person_name, id_number_enc, id_number_hash, scheme, amount_fen, period)
             values (?, 2, '某人', 'sealed', 'hash', '低保', 65000, '2026-11') returning id, roll_id)
           insert into external_match (line_id, roll_id, file_id, unit_id, holder) select id, roll_id, ?, ?, true from line returning id::text`,
          [rollId, copiedFile, unit.id],
        );
        targets.push({
          rollId,
          matchId,
          statReportId,
          batchId,
          unitId: unit.id,
          path: unit.path,
          cases,
          fileId: copiedFile,
          worker,
          campaign: { id: campaignId, rosterId, entryId },
        });
      }
      for (const phone of Object.values(PHONES)) {
        const token = await app.loginAs(phone);
        const grants = await app.sql<{ user_id: string; role: string; path: string }>(
          `select u.id::text as user_id, coalesce(g.role, 'WORKER') as role, coalesce(un.path::text, '') as path from app_user u
         left join role_grant g on g.user_id = u.id and g.revoked_at is null left join unit un on un.id = g.unit_id where u.phone = ?`,
          [phone],
        );
        for (const grant of grants) callers.push({ phone, token, userId: grant.user_id, role: grant.role, unitPath: grant.path });
      }
    }, 120_000);
    afterAll(() => app.close());

    /** How many of the listed rows the caller may not read: neither their own nor of a unit a grant of theirs reads. */
    async function foreignRows(grants: Caller[], table: 'aid_case' | 'hardship_file', ids: string[]): Promise<number> {
      if (ids.length === 0) return 0;
      const rows = await app.sql<{ path: string; own: boolean }>(
        table === 'aid_case'
          ? `select u.path::text, coalesce(c.applicant_user_id = ?, false) as own from aid_case c join unit u on u.id = c.unit_id where c.id in (?)`
          : `select u.path::text, coalesce(f.id_number_hash = (select id_number_hash from app_user where id = ?), false) as own
             from hardship_file f join unit u on u.id = f.unit_id where f.id in (?)`,
        [grants[0].userId, ids],
      );
      return rows.filter(
        (row) =>
          !row.own && !grants.some((grant) => grant.role !== 'WORKER' && allowed(grant.role, relationOf(grant.unitPath, row.path), false)),
      ).length;
    }

    it(
      "leaks no data and changes nothing in random reads and mutations by id outside the caller's scope",
      { timeout: 900_000 },
      async () => {
        // every (caller, target, operation) the oracle forbids; a caller with several grants must be refused by all of them
        const forbidden: [Caller, Target, Operation][] = [];
        for (const caller of callers) {
          const grants = callers.filter((other) => other.phone === caller.phone);
          if (grants[0] !== caller) continue;
          for (const target of targets) {
            for (const operation of run.operations) {
              const relations = grants.map((grant) => (grant.role === 'WORKER' ? 'unrelated' : relationOf(grant.unitPath, target.path)));
              const permits = operation.allows ?? ((role: string, relation: Relation) => allowed(role, relation, operation.act));
              if (grants.every((grant, i) => !permits(grant.role, relations[i]))) forbidden.push([caller, target, operation]);
            }
          }
        }
        const seen = new Map<string, Set<string>>();
        for (const [caller, target] of forbidden) {
          const relation = caller.role === 'WORKER' ? 'not theirs' : relationOf(caller.unitPath, target.path);
          seen.set(caller.role, (seen.get(caller.role) ?? new Set()).add(relation));
        }
        const random = seededRandom(SEED);
        const attempts = sized(500, 10_000);
        const [before] = await app.sql(`select ${FINGERPRINT}`);
        const leaks: string[] = [];
        const untyped: string[] = [];
        for (let done = 0; done < attempts; done += 20) {
          await Promise.all(
            Array.from({ length: Math.min(20, attempts - done) }, async () => {
              const [caller, target, operation] = forbidden[Math.floor(random() * forbidden.length)];
              const result = await app.gql(operation.query, operation.variables(target, caller), { token: caller.token });
              const answer = result.data?.r;
              const grants = callers.filter((other) => other.phone === caller.phone);
              const empty =
                answer === null ||
                answer === undefined ||
                (run.listsByRows && operation.lists
                  ? (await foreignRows(
                      grants,
                      operation.lists,
                      answer.edges.map((edge: { node: { id: string } }) => edge.node.id),
                    )) === 0
                  : typeof answer === 'object' && 'totalCount' in answer && answer.totalCount === 0);
              if (!empty)
                leaks.push(
                  `${caller.phone} ${caller.role} ${operation.name} on unit ${target.unitId}: ${JSON.stringify(answer).slice(0, 120)}`,
                );
              if ((result.errors && !result.errors.every((error) => typeof error.extensions?.code === 'string')) || result.status >= 500)
                untyped.push(`${operation.name}: ${JSON.stringify(result.errors)}`);
            }),
          );
        }
        const [after] = await app.sql(`select ${FINGERPRINT}`);
        const changedTables = Object.keys(before).filter((table) => before[table] !== after[table]);
        record(run.name, run.record(attempts, leaks.length + changedTables.length), {
          attempts,
          callers: callers.map((caller) => `${caller.role}@${caller.unitPath || 'own records'}`),
          operations: run.operations.map((operation) => operation.name),
          relationsCovered: Object.fromEntries([...seen].map(([role, relations]) => [role, [...relations].sort()])),
          forbiddenCombinations: forbidden.length,
          changedTables,
          leaks: leaks.slice(0, 20),
          untypedErrors: untyped.length,
          applicationChecks: run.checks,
          rowLevelSecurity: 'hardship_file, aid_case, case_document (migration RowLevelSecurity)',
        });
        expect(leaks.slice(0, 10)).toEqual([]);
        expect(changedTables).toEqual([]);
        expect(untyped.slice(0, 5)).toEqual([]);
        // the matrix really covers every relation outside scope for the unit roles
        for (const [role, relations] of Object.entries(run.relations)) expect([...seen.get(role)!].sort()).toEqual(relations);
      },
    );
  });
