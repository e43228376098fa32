/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AidPolicyField =
  | 'acceptWithinWorkingDays'
  | 'approvalLimitFen'
  | 'decideWithinWorkingDays'
  | 'noticeDays'
  | 'yearlyCapFen';

export type AidPolicyInput = {
  acceptWithinWorkingDays?: number | null | undefined;
  /** Empty: the row for every aid type */
  aidType?: AidType | null | undefined;
  /** Highest amount the unit head may approve; above it the case is escalated */
  approvalLimitFen?: number | null | undefined;
  decideWithinWorkingDays?: number | null | undefined;
  /** Public notice days; 0 (no notice) only for DISASTER and ACCIDENT */
  noticeDays?: number | null | undefined;
  /** Per household, aid type and calendar year */
  yearlyCapFen?: number | null | undefined;
};

export type AidType =
  | 'ACCIDENT'
  | 'DISASTER'
  | 'EDUCATION'
  | 'EMPLOYMENT'
  | 'LEGAL_AID'
  | 'LIVING'
  | 'MEDICAL'
  | 'MUTUAL_MEDICAL'
  | 'OTHER'
  | 'PETITION'
  | 'TRAINING';

/** What the applicant answered when applying */
export type ApplicationAnswersInput = {
  causes?: Array<HardshipCause> | null | undefined;
  /** People in the household */
  householdSize?: number | null | undefined;
  /** The household's monthly income in fen */
  monthlyIncomeFen?: number | null | undefined;
};

/** 到账情况: IN_TRANSIT 已汇出, ARRIVED 已到账, FAILED 汇款失败 */
export type ArrivalStatus =
  | 'ARRIVED'
  | 'FAILED'
  | 'IN_TRANSIT';

export type AssessmentCycleInput = {
  /** default Oct 27 */
  applicationFrom?: string | null | undefined;
  /** default Oct 31 */
  applicationUntil?: string | null | undefined;
  /** default Nov 1 */
  inspectionFrom?: string | null | undefined;
  /** default Nov 30 */
  inspectionUntil?: string | null | undefined;
  /** YYYY-MM-DD; default Oct 27 */
  selfCheckUntil?: string | null | undefined;
  unitId: string | number;
  year: number;
};

export type BankReturnRefusal =
  | 'ACCOUNT_DIFFERS'
  | 'ALREADY_RETURNED'
  | 'AMOUNT_DIFFERS'
  | 'FORMAT'
  | 'LINE_TWICE'
  | 'NAME_DIFFERS'
  | 'OTHER_BATCH'
  | 'UNKNOWN_LINE'
  | 'UNKNOWN_STATUS';

export type CampaignInput = {
  /** A money aid type the payments are made as */
  aidType: AidType;
  /** Money the whole campaign may pay (fen) */
  budgetFen: number;
  closesAt: string;
  /** Count the payments toward the household's yearly cap (default no) */
  countsTowardCap?: boolean | null | undefined;
  /** Units whose aid funds pay it, the campaign's unit or below; each roster is paid by the nearest. Default: the unit's own */
  fundUnitIds?: Array<string | number> | null | undefined;
  /** Households the whole campaign may reach */
  households: number;
  kind: CampaignKind;
  maxAmountFen: number;
  minAmountFen: number;
  noticeDays: number;
  opensAt: string;
  /** Eligible file categories, each with its standard amount */
  standardAmounts: Array<CategoryAmountInput>;
  title: string;
  unitId: string | number;
};

/** 送温暖, 金秋助学, 夏送清凉, disaster relief, other */
export type CampaignKind =
  | 'AUTUMN_EDUCATION'
  | 'DISASTER_RELIEF'
  | 'OTHER'
  | 'SPRING_FESTIVAL'
  | 'SUMMER';

export type CancelReason =
  | 'DECEASED'
  | 'DUPLICATE'
  | 'MOVED'
  | 'OTHER'
  | 'RECOVERED';

/** What the caller may do next (from the shared transitions table) */
export type CaseAction =
  | 'accept'
  | 'approve'
  | 'assign'
  | 'close'
  | 'completeService'
  | 'confirmReceipt'
  | 'disburse'
  | 'escalate'
  | 'linkFile'
  | 'propose'
  | 'raiseObjection'
  | 'rate'
  | 'recordVisit'
  | 'reject'
  | 'resolveObjection'
  | 'resubmit'
  | 'return'
  | 'startReview'
  | 'startService'
  | 'submit'
  | 'withdraw';

export type CaseDraftInput = {
  /** The applicant's answers as data (kept encrypted) */
  answers?: ApplicationAnswersInput | null | undefined;
  /** For desk registrations without a file */
  applicantName?: string | null | undefined;
  /** APP for the worker's own phone; staff register the others */
  channel?: Channel | null | undefined;
  /** Generated on the device; saving twice with the same clientId is one case */
  clientId: string;
  description?: string | null | undefined;
  fileId?: string | number | null | undefined;
  requestedAmountFen?: number | null | undefined;
  title: string;
  type: AidType;
  /** The unit applied to; defaults to the file's unit or the employer */
  unitId?: string | number | null | undefined;
};

export type CaseStatus =
  | 'ACCEPTED'
  | 'APPROVED'
  | 'CLOSED'
  | 'DISBURSED'
  | 'DRAFT'
  | 'ESCALATED'
  | 'IN_SERVICE'
  | 'PROPOSED'
  | 'PUBLIC_NOTICE'
  | 'READY_TO_PAY'
  | 'RECEIVED'
  | 'REJECTED'
  | 'RETURNED'
  | 'SERVICE_DONE'
  | 'SUBMITTED'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

export type CategoryAmountInput = {
  amountFen: number;
  category: HardshipCategory;
};

export type Channel =
  | 'APP'
  | 'CAMPAIGN'
  | 'HOTLINE'
  | 'LETTER'
  | 'REFERRAL'
  | 'WALK_IN';

export type CreateUnitInput = {
  address?: string | null | undefined;
  /** Unique code, upper-case letters, digits and dashes */
  code: string;
  floorAreaM2?: number | null | undefined;
  hotline?: string | null | undefined;
  inUnionOffice?: boolean | null | undefined;
  level: UnitLevel;
  name: string;
  /** The parent unit; required below the top of the network */
  parentId?: string | number | null | undefined;
  residentPopulation?: number | null | undefined;
  staffCount?: number | null | undefined;
  streetFacing?: boolean | null | undefined;
};

export type DisbursementInput = {
  /** Generated by the client once per payment; a retry with it pays nothing more */
  idempotencyKey: string;
  method: DisbursementMethod;
  note?: string | null | undefined;
  /** A household member named on the file as recipient; default the file's person */
  recipientIdNumber?: string | null | undefined;
  /** The payer saw the recipient's ID card at this payout (现场核验); needed when neither the file's counter check nor a verified account covers them */
  recipientIdentityChecked?: boolean | null | undefined;
};

export type DisbursementMethod =
  | 'BANK_TRANSFER'
  | 'CASH'
  | 'IN_KIND';

/** Which document a piece of evidence is */
export type EvidenceSlot =
  | 'DISASTER_PROOF'
  | 'HARDSHIP_PROOF'
  | 'ID_CARD'
  | 'INCOME_PROOF'
  | 'MEDICAL_RECORD'
  | 'OTHER'
  | 'SCHOOL_ENROLLMENT';

/** Only CASE_AID (through disburseCase) and STATION_GRANT are allowed from an aid fund */
export type ExpenseCategory =
  | 'ALLOWANCE'
  | 'BONUS'
  | 'BUILDING_WORKS'
  | 'CASE_AID'
  | 'OTHER'
  | 'PHONE'
  | 'SALARY'
  | 'STATION_GRANT'
  | 'VEHICLE';

export type ExpenseInput = {
  /** Fen */
  amount: number;
  category: ExpenseCategory;
  /** The station receiving a STATION_GRANT */
  granteeUnitId?: string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
};

/** COUNTED_IN_INCOME 计入家庭收入, NOT_DUPLICATE 不属重复救助, REFERRED 转交复核 */
export type ExternalMatchResolution =
  | 'COUNTED_IN_INCOME'
  | 'NOT_DUPLICATE'
  | 'REFERRED';

/** CIVIL_AFFAIRS_DIBAO 民政低保, CIVIL_AFFAIRS_TEKUN 民政特困, OTHER_UNION 其他工会, CHARITY 慈善组织, OTHER */
export type ExternalRollKind =
  | 'CHARITY'
  | 'CIVIL_AFFAIRS_DIBAO'
  | 'CIVIL_AFFAIRS_TEKUN'
  | 'OTHER'
  | 'OTHER_UNION';

/** Why a line of a roll was not kept */
export type ExternalRollRefusal =
  | 'AMOUNT'
  | 'ID_NUMBER'
  | 'NAME'
  | 'PERIOD'
  | 'REPEATED'
  | 'SCHEME';

export type FileStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'REVIEW_OVERDUE'
  | 'SUSPENDED';

export type FundSource =
  | 'DONATION'
  | 'FUNDRAISING'
  | 'GOVERNMENT'
  | 'HIGHER_UNION_SUBSIDY'
  | 'INTEREST'
  | 'UNION_FUNDS';

export type HardshipCategory =
  | 'ACCIDENTAL'
  | 'DEEP'
  | 'RELATIVE';

export type HardshipCause =
  | 'ACCIDENT'
  | 'DISABILITY'
  | 'DISASTER'
  | 'EDUCATION_COSTS'
  | 'ENTERPRISE_DIFFICULTY'
  | 'ILLNESS'
  | 'LOW_INCOME'
  | 'OTHER'
  | 'SINGLE_PARENT'
  | 'UNEMPLOYMENT';

export type HardshipFileInput = {
  address?: string | null | undefined;
  category: HardshipCategory;
  causes: Array<HardshipCause>;
  employerName?: string | null | undefined;
  housing?: string | null | undefined;
  idNumber: string;
  /** The staff member checked the holder's ID card at the counter (实名核验); a changed ID number needs it again */
  identityChecked?: boolean | null | undefined;
  members?: Array<HouseholdMemberInput> | null | undefined;
  minimumLivingStandardFen?: number | null | undefined;
  /** Why the file was created or changed; kept in its history */
  note?: string | null | undefined;
  personName: string;
  phone?: string | null | undefined;
  unionMember?: boolean | null | undefined;
  /** The unit that holds the file */
  unitId: string | number;
};

export type HouseholdMemberInput = {
  employment?: string | null | undefined;
  health?: string | null | undefined;
  idNumber?: string | null | undefined;
  /** Money may be paid to this member (real-name rule) */
  isRecipient?: boolean | null | undefined;
  /** Fen */
  monthlyIncomeFen: number;
  name: string;
  /** e.g. 本人, 配偶, 子女, 父母 */
  relation: string;
  /** In school now, and at which stage (金秋助学 needs non-compulsory) */
  schooling?: SchoolingStage | null | undefined;
};

export type IncomeInput = {
  /** Fen */
  amount: number;
  /** Any condition attached to a donation; donations with conditions are refused */
  conditions?: string | null | undefined;
  /** Required for DONATION */
  donor?: string | null | undefined;
  /** ISO 3166 alpha-2; donations only from CN */
  donorCountry?: string | null | undefined;
  /** Makes a retried request post once */
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
  source: FundSource;
};

export type JobState =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED';

export type LedgerDirection =
  | 'CREDIT'
  | 'DEBIT';

export type LedgerTransactionKind =
  | 'ALLOCATION'
  | 'DISBURSEMENT'
  | 'EXPENSE'
  | 'INCOME'
  | 'REVERSAL'
  | 'SETTLEMENT';

export type MissingChildInput = {
  reason: string;
  unitId: string | number;
};

export type PayeeAccountInput = {
  /** The card or account number; blanks and dashes are ignored */
  accountNumber: string;
  /** e.g. 中国工商银行临沂兰山支行 */
  bankName: string;
  /** The holder's ID number; the file's person when left out */
  holderIdNumber?: string | null | undefined;
};

export type PayoutBatchStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'DRAFT'
  | 'EXPORTED'
  | 'SETTLED';

/** CSV in GB18030, or .xlsx */
export type PayoutFileFormat =
  | 'CSV'
  | 'XLSX';

/** FILE_CARD 困难职工档案卡 (a file id), APPROVAL_FORM 帮扶审批表 (a case id), NOTICE 公示表 (a unit id: its cases on notice now), ROSTER 花名册 (a campaign roster id), PAYOUT_BATCH 银行代发明细表 (a payout batch id) */
export type PrintKind =
  | 'APPROVAL_FORM'
  | 'FILE_CARD'
  | 'NOTICE'
  | 'PAYOUT_BATCH'
  | 'ROSTER';

export type ProposalInput = {
  /** Fen, for money aid */
  amountFen?: number | null | undefined;
  /** Money aid in equal instalments (1..12), each paid once */
  instalments?: number | null | undefined;
  note?: string | null | undefined;
  /** For service aid */
  servicePlan?: string | null | undefined;
};

export type QuotaInput = {
  amountFen: number;
  households: number;
  unitId: string | number;
};

export type ReviewCampaignInput = {
  deadline: string;
  /** Days after the deadline before unreviewed files are suspended */
  graceDays: number;
  startsAt: string;
  /** A CITY or PROVINCE unit; the campaign covers its subtree */
  unitId: string | number;
  year: number;
};

export type ReviewCampaignStatus =
  | 'CLOSED'
  | 'OPEN';

export type ReviewOutcome =
  | 'CANCEL'
  | 'KEEP'
  | 'RECLASSIFY'
  | 'UPDATE';

export type ReviewTaskStatus =
  | 'DONE'
  | 'DUE'
  | 'OVERDUE';

/** A role granted on a unit */
export type Role =
  | 'AUDITOR'
  | 'STATION_STAFF'
  | 'SYSTEM_ADMIN'
  | 'UNION_ADMIN'
  | 'UNIT_HEAD'
  | 'WORKER';

export type RosterEntryInput = {
  /** Default: the standard amount of the file's category */
  amountFen?: number | null | undefined;
  fileId: string | number;
  /** Required for a household outside the rule or an amount other than the standard */
  reason?: string | null | undefined;
};

export type RosterStatus =
  | 'APPROVED'
  | 'BUILDING'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

export type RubricScoreInput = {
  key: string;
  points: number;
};

/** 学前, 义务教育, 普通高中, 中职/高职, 高等教育 */
export type SchoolingStage =
  | 'COMPULSORY'
  | 'HIGHER'
  | 'HIGH_SCHOOL'
  | 'PRESCHOOL'
  | 'VOCATIONAL';

export type Sex =
  | 'FEMALE'
  | 'MALE';

export type StaffAccountInput = {
  name: string;
  /** Initial password, handed to the person out of band */
  password: string;
  phone: string;
  role?: Role | null | undefined;
  /** Grant `role` on this unit in the same step */
  unitId?: string | number | null | undefined;
};

export type StatReportFormat =
  | 'PDF'
  | 'XLSX';

export type StatReportState =
  | 'ACCEPTED'
  | 'NOT_SUBMITTED'
  | 'RETURNED'
  | 'SUBMITTED';

/** Levels of the service network, top to bottom */
export type UnitLevel =
  | 'CITY'
  | 'DISTRICT'
  | 'ENTERPRISE'
  | 'PROVINCE'
  | 'STREET';

export type UpdateUnitInput = {
  address?: string | null | undefined;
  floorAreaM2?: number | null | undefined;
  /** STREET and ENTERPRISE stations only; DISTRICT and above always hold one */
  holdsFund?: boolean | null | undefined;
  hotline?: string | null | undefined;
  inUnionOffice?: boolean | null | undefined;
  name?: string | null | undefined;
  residentPopulation?: number | null | undefined;
  staffCount?: number | null | undefined;
  streetFacing?: boolean | null | undefined;
};

/** What the staff member has in front of them at the counter */
export type VerifyIdentityInput = {
  /** The number on the ID card the staff member is holding */
  idNumber: string;
  /** The phone number the person gives */
  phone: string;
};

export type VisitInput = {
  findings: string;
  householdVerified: boolean;
  visitedAt: string;
};

export type WorkCalendarDayInput = {
  /** YYYY-MM-DD (Asia/Shanghai) */
  day: string;
  name: string;
  /** true for a make-up working day (调休上班), false for a holiday */
  working: boolean;
};

export type WorkCalendarInput = {
  /** Every holiday and make-up working day of the year, as published */
  days: Array<WorkCalendarDayInput>;
  year: number;
};

export type WuhanTier =
  | 'ADVANCED'
  | 'EXCELLENT'
  | 'NONE'
  | 'STANDARD';

export type AdminUnitChildrenQueryVariables = Exact<{
  parentId?: string | number | null | undefined;
}>;


export type AdminUnitChildrenQuery = { units: { edges: Array<{ node: { id: string, code: string, name: string, level: UnitLevel, activeFlag: boolean } }> } };

export type AdminUnitQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminUnitQuery = { unit: { id: string, code: string, name: string, level: UnitLevel, activeFlag: boolean, address: string | null, hotline: string | null, streetFacing: boolean | null, floorAreaM2: number | null, staffCount: number | null, holdsFund: boolean, parent: { id: string, children: Array<{ id: string, name: string, activeFlag: boolean }> } | null } | null, users: { edges: Array<{ node: { id: string, name: string, phone: string, active: boolean, roles: Array<{ role: Role, unit: { id: string, name: string } }>, pendingRoles: Array<{ id: string, role: Role, unit: { id: string }, requestedBy: { id: string, name: string } }> } }> } };

export type AdminCreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type AdminCreateUnitMutation = { createUnit: { id: string } };

export type AdminCloseUnitMutationVariables = Exact<{
  id: string | number;
  moveTo: string | number;
  reason: string;
}>;


export type AdminCloseUnitMutation = { closeUnit: { id: string, activeFlag: boolean } };

export type AdminCreateAccountMutationVariables = Exact<{
  input: StaffAccountInput;
}>;


export type AdminCreateAccountMutation = { createStaffAccount: { id: string } };

export type AdminGrantRoleMutationVariables = Exact<{
  userId: string | number;
  unitId: string | number;
  role: Role;
}>;


export type AdminGrantRoleMutation = { grantRole: { id: string } };

export type AdminRevokeRoleMutationVariables = Exact<{
  userId: string | number;
  unitId: string | number;
  role: Role;
}>;


export type AdminRevokeRoleMutation = { revokeRole: { id: string } };

export type AdminApproveRoleMutationVariables = Exact<{
  requestId: string | number;
}>;


export type AdminApproveRoleMutation = { approveRoleGrant: { id: string } };

export type AdminRefuseRoleMutationVariables = Exact<{
  requestId: string | number;
  reason: string;
}>;


export type AdminRefuseRoleMutation = { refuseRoleGrant: { id: string } };

export type AdminUpdateUnitMutationVariables = Exact<{
  id: string | number;
  input: UpdateUnitInput;
}>;


export type AdminUpdateUnitMutation = { updateUnit: { id: string } };

export type AdminMoveUnitMutationVariables = Exact<{
  id: string | number;
  parentId: string | number;
}>;


export type AdminMoveUnitMutation = { moveUnit: { id: string } };

export type AdminUnitSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type AdminUnitSearchQuery = { units: { edges: Array<{ node: { id: string, name: string, level: UnitLevel, activeFlag: boolean } }> } };

export type AdminResetPasswordMutationVariables = Exact<{
  userId: string | number;
  newPassword: string;
}>;


export type AdminResetPasswordMutation = { resetPassword: { id: string } };

export type AdminSetAccountActiveMutationVariables = Exact<{
  userId: string | number;
  active: boolean;
}>;


export type AdminSetAccountActiveMutation = { setAccountActive: { id: string, active: boolean } };

export type StaffLoginMutationVariables = Exact<{
  phone: string;
  password: string;
}>;


export type StaffLoginMutation = { login: { token: string, user: { id: string, name: string, roles: Array<{ role: Role }> } } };

export type StaffMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMeQuery = { me: { id: string, name: string, roles: Array<{ role: Role, unit: { id: string, name: string, level: UnitLevel } }> } };

export type StaffLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffLogoutMutation = { logout: boolean };

export type ConsoleUnitNameQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleUnitNameQuery = { unit: { id: string, name: string } | null };

export type ExportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ExportJobQuery = { job: { id: string, name: string, state: JobState, progress: number, downloadUrl: string | null, error: string | null } | null };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type AssessmentStationsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type AssessmentStationsQuery = { units: { edges: Array<{ node: { id: string, name: string, level: UnitLevel } }> } };

export type ConsoleAssessmentQueryVariables = Exact<{
  unitId: string | number;
  year: number;
}>;


export type ConsoleAssessmentQuery = { assessment: { id: string, year: number, districtScore: number | null, cityScore: number | null, tier: WuhanTier, failing: boolean, appliedAt: string | null, decision: string | null, satisfactionRate: number | null, subsidyHoldbackFen: number, unit: { id: string, name: string }, cycle: { id: string, applicationFrom: string, applicationUntil: string, inspectionFrom: string, inspectionUntil: string, rubricVersion: string }, eligibility: { eligible: boolean, reasons: Array<string> }, items: Array<{ key: string, category: string, label: string, points: number, prefilled: number | null, evidence: string | null, districtScore: number | null, cityScore: number | null }> } | null };

export type ConsoleOpenCycleMutationVariables = Exact<{
  input: AssessmentCycleInput;
}>;


export type ConsoleOpenCycleMutation = { openAssessmentCycle: { id: string } };

export type ConsoleScoreMutationVariables = Exact<{
  id: string | number;
  scorerLevel: UnitLevel;
  items: Array<RubricScoreInput> | RubricScoreInput;
}>;


export type ConsoleScoreMutation = { scoreAssessment: { id: string } };

export type ConsoleApplyDemonstrationMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleApplyDemonstrationMutation = { applyForDemonstration: { id: string } };

export type ConsoleDecideDemonstrationMutationVariables = Exact<{
  id: string | number;
  granted: boolean;
}>;


export type ConsoleDecideDemonstrationMutation = { decideDemonstration: { id: string } };

export type AuditLogQueryVariables = Exact<{
  unitId: string | number;
  entityId?: string | number | null | undefined;
  entityType?: string | null | undefined;
  actorId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, occurredAt: string, action: string, actorId: string | null, actorName: string | null, entityType: string, entityId: string | null, entityLabel: string | null, before: unknown, after: unknown, unit: { name: string } } }> } };

export type ConsoleAidCampaignsQueryVariables = Exact<{
  unitId: string | number;
}>;


export type ConsoleAidCampaignsQuery = { campaigns: Array<{ id: string, title: string, status: string, unit: { id: string, name: string } }> };

export type ConsoleAidCampaignQueryVariables = Exact<{
  id: string | number;
  unitId: string | number;
}>;


export type ConsoleAidCampaignQuery = { campaign: { id: string, kind: CampaignKind, title: string, aidType: AidType, status: string, minAmountFen: number, maxAmountFen: number, opensAt: string, closesAt: string, noticeDays: number, countsTowardCap: boolean, standardAmounts: Array<{ category: HardshipCategory, amountFen: number }>, unit: { id: string, name: string }, funds: Array<{ id: string, name: string }>, quotas: Array<{ households: number, amountFen: number, unit: { id: string, name: string } }>, figures: Array<{ households: number, amountFen: number, approved: number, paid: number, paidFen: number, received: number, unpaid: number, unit: { id: string, name: string } }> } };

export type ConsoleCampaignRosterQueryVariables = Exact<{
  campaignId: string | number;
  unitId: string | number;
}>;


export type ConsoleCampaignRosterQuery = { campaignRoster: { id: string, status: RosterStatus, jobId: string | null, payoutJobId: string | null, submittedAt: string | null, approvedAt: string | null, noticeEndsAt: string | null, returnReason: string | null, usage: { households: number, amountFen: number }, entries: Array<{ id: string, amountFen: number, eligible: boolean, reason: string | null, addedByHand: boolean, caseId: string | null, caseStatus: CaseStatus | null, unpaidReason: string | null, file: { id: string, personName: string, idNumberMasked: string, category: HardshipCategory } | null }> } | null };

export type ConsoleCreateAidCampaignMutationVariables = Exact<{
  input: CampaignInput;
}>;


export type ConsoleCreateAidCampaignMutation = { createCampaign: { id: string } };

export type ConsoleCloseAidCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCloseAidCampaignMutation = { closeCampaign: { id: string } };

export type ConsoleSetQuotasMutationVariables = Exact<{
  campaignId: string | number;
  unitId: string | number;
  quotas: Array<QuotaInput> | QuotaInput;
}>;


export type ConsoleSetQuotasMutation = { setCampaignQuotas: Array<{ households: number }> };

export type ConsoleBuildRosterMutationVariables = Exact<{
  campaignId: string | number;
  unitId: string | number;
}>;


export type ConsoleBuildRosterMutation = { buildRoster: { id: string } };

export type ConsoleAddRosterEntryMutationVariables = Exact<{
  rosterId: string | number;
  input: RosterEntryInput;
}>;


export type ConsoleAddRosterEntryMutation = { addRosterEntry: { id: string } };

export type ConsoleRemoveRosterEntryMutationVariables = Exact<{
  entryId: string | number;
  reason: string;
}>;


export type ConsoleRemoveRosterEntryMutation = { removeRosterEntry: { id: string } };

export type ConsoleSubmitRosterMutationVariables = Exact<{
  rosterId: string | number;
}>;


export type ConsoleSubmitRosterMutation = { submitRoster: { id: string } };

export type ConsoleApproveRosterMutationVariables = Exact<{
  rosterId: string | number;
}>;


export type ConsoleApproveRosterMutation = { approveRoster: { id: string } };

export type ConsoleReturnRosterMutationVariables = Exact<{
  rosterId: string | number;
  reason: string;
}>;


export type ConsoleReturnRosterMutation = { returnRoster: { id: string } };

export type ConsolePayRosterMutationVariables = Exact<{
  rosterId: string | number;
}>;


export type ConsolePayRosterMutation = { payRoster: { id: string } };

export type ConsoleExportCampaignRosterMutationVariables = Exact<{
  rosterId: string | number;
}>;


export type ConsoleExportCampaignRosterMutation = { exportCampaignRoster: { id: string } };

export type ConsoleRosterJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRosterJobQuery = { job: { id: string, state: JobState, progress: number, result: unknown, error: string | null } | null };

export type StaffCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffCaseQuery = { case: { id: string, caseNumber: string | null, reference: string, title: string, description: string, type: AidType, status: CaseStatus, channel: Channel, applicantName: string, applicantPhone: string | null, requestedAmountFen: number | null, proposedAmountFen: number | null, approvalLimitFen: number | null, approvalHint: string | null, approvedAmountFen: number | null, servicePlan: string | null, instalments: number, dueAt: string | null, overdue: boolean, submittedAt: string | null, noticeEndsAt: string | null, objectionOpen: boolean, missingItems: Array<string>, returnReason: string | null, rejectReason: string | null, closureReport: string | null, serviceReport: string | null, allowedActions: Array<CaseAction>, answers: { causes: Array<HardshipCause>, householdSize: number | null, monthlyIncomeFen: number | null, incomeMasked: boolean } | null, householdAidThisYear: { usedFen: number, capFen: number } | null, externalMatches: Array<{ id: string, fileId: string, personName: string, source: string, scheme: string, amountFen: number, period: string, resolution: ExternalMatchResolution | null }>, holder: { id: string, name: string, level: UnitLevel }, originUnit: { name: string }, file: { id: string, personName: string, idNumberMasked: string, status: FileStatus, category: HardshipCategory, causes: Array<HardshipCause>, payeeAccount: { bankName: string, accountNumberMasked: string, holderName: string } | null, household: { perCapitaIncomeFen: number | null, totalMonthlyIncomeFen: number | null, members: Array<{ name: string, relation: string, health: string | null, monthlyIncomeFen: number | null, idNumberMasked: string | null }> } } | null, documents: Array<{ id: string, slot: EvidenceSlot, contentType: string, byteSize: number, createdAt: string, url: string }>, visits: Array<{ id: string, visitedAt: string, findings: string, householdVerified: boolean }>, events: Array<{ id: string, occurredAt: string, action: string, fromStatus: CaseStatus | null, toStatus: CaseStatus | null, actorRole: string | null, actorName: string | null, comment: string | null, unit: { name: string } }> } | null };

export type ConsoleSubmitMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSubmitMutation = { submitCase: { id: string, status: CaseStatus } };

export type ConsoleResubmitMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type ConsoleResubmitMutation = { resubmitCase: { id: string, status: CaseStatus } };

export type ConsoleWithdrawMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type ConsoleWithdrawMutation = { withdrawCase: { id: string, status: CaseStatus } };

export type ConsoleAssignMutationVariables = Exact<{
  id: string | number;
  userId: string | number;
}>;


export type ConsoleAssignMutation = { assignCase: { id: string, status: CaseStatus } };

export type ConsoleAcceptMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type ConsoleAcceptMutation = { acceptCase: { id: string, status: CaseStatus } };

export type ConsoleReturnMutationVariables = Exact<{
  id: string | number;
  reason: string;
  missingItems?: Array<string> | string | null | undefined;
}>;


export type ConsoleReturnMutation = { returnCase: { id: string, status: CaseStatus } };

export type ConsoleStartReviewMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleStartReviewMutation = { startReview: { id: string, status: CaseStatus } };

export type ConsoleRecordVisitMutationVariables = Exact<{
  id: string | number;
  input: VisitInput;
}>;


export type ConsoleRecordVisitMutation = { recordVisit: { id: string, status: CaseStatus } };

export type ConsoleProposeMutationVariables = Exact<{
  id: string | number;
  input: ProposalInput;
}>;


export type ConsoleProposeMutation = { proposeCase: { id: string, status: CaseStatus } };

export type ConsoleApproveMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type ConsoleApproveMutation = { approveCase: { id: string, status: CaseStatus } };

export type ConsoleRejectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ConsoleRejectMutation = { rejectCase: { id: string, status: CaseStatus } };

export type ConsoleEscalateMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ConsoleEscalateMutation = { escalateCase: { id: string, status: CaseStatus } };

export type ConsoleRaiseObjectionMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ConsoleRaiseObjectionMutation = { raiseObjection: { id: string, status: CaseStatus } };

export type ConsoleResolveObjectionMutationVariables = Exact<{
  id: string | number;
  upheld: boolean;
  note?: string | null | undefined;
}>;


export type ConsoleResolveObjectionMutation = { resolveObjection: { id: string, status: CaseStatus } };

export type ConsoleDisburseMutationVariables = Exact<{
  id: string | number;
  input: DisbursementInput;
}>;


export type ConsoleDisburseMutation = { disburseCase: { id: string, status: CaseStatus } };

export type ConsoleStartServiceMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleStartServiceMutation = { startService: { id: string, status: CaseStatus } };

export type ConsoleCompleteServiceMutationVariables = Exact<{
  id: string | number;
  report: string;
}>;


export type ConsoleCompleteServiceMutation = { completeService: { id: string, status: CaseStatus } };

export type ConsoleCloseMutationVariables = Exact<{
  id: string | number;
  report: string;
}>;


export type ConsoleCloseMutation = { closeCase: { id: string, status: CaseStatus } };

export type DeskFilesQueryVariables = Exact<{
  unitId: string | number;
  search?: string | null | undefined;
}>;


export type DeskFilesQuery = { hardshipFiles: { edges: Array<{ node: { id: string, personName: string, idNumberMasked: string, status: FileStatus, unit: { name: string } } }> } };

export type DeskSaveMutationVariables = Exact<{
  input: CaseDraftInput;
}>;


export type DeskSaveMutation = { saveDraft: { id: string, status: CaseStatus } };

export type CaseColleaguesQueryVariables = Exact<{
  unitId: string | number;
}>;


export type CaseColleaguesQuery = { colleagues: Array<{ id: string, name: string }> };

export type ConsoleRollupQueryVariables = Exact<{
  unitId: string | number;
  from: string;
  to: string;
}>;


export type ConsoleRollupQuery = { rollup: { newCases: number, decidedCases: number, approvedCases: number, rejectedCases: number, closedCases: number, approvedFen: number, paidFen: number, overdueCases: number, fundBalanceFen: number, satisfactionRate: number | null, demonstrationRatio: number | null, medianDecisionDays: number | null, stations: number, demonstrationStations: number, unit: { id: string, name: string, level: UnitLevel, holdsFund: boolean, ancestors: Array<{ id: string, name: string }> }, bankPayments: { inTransit: number, inTransitFen: number, aged: number, arrivedFen: number, failed: number, failedFen: number }, casesByStatus: Array<{ status: CaseStatus, count: number }>, casesByType: Array<{ type: AidType, count: number }>, monthly: Array<{ month: string, newCases: number, approvedCases: number, paidFen: number }>, children: Array<{ newCases: number, approvedCases: number, paidFen: number, overdueCases: number, satisfactionRate: number | null, stations: number, unit: { id: string, name: string, level: UnitLevel } }> } };

export type ConsoleExportRollupMutationVariables = Exact<{
  unitId: string | number;
  from: string;
  to: string;
}>;


export type ConsoleExportRollupMutation = { exportRollup: { id: string, state: JobState } };

export type ConsoleExternalMatchFragment = { id: string, fileId: string, filePersonName: string, fileUnitId: string, holder: boolean, personName: string, rollKind: ExternalRollKind, source: string, scheme: string, amountFen: number, period: string, foundAt: string, resolution: ExternalMatchResolution | null, note: string | null, resolvedAt: string | null };

export type ConsoleExchangeQueryVariables = Exact<{
  unitId: string | number;
}>;


export type ConsoleExchangeQuery = { externalRolls: Array<{ id: string, kind: ExternalRollKind, sourceName: string, fileName: string, uploadedAt: string, status: string, linesRead: number, linesKept: number, matches: number, refused: Array<{ row: number, reason: ExternalRollRefusal, detail: string | null }> }>, externalMatches: Array<{ id: string, fileId: string, filePersonName: string, fileUnitId: string, holder: boolean, personName: string, rollKind: ExternalRollKind, source: string, scheme: string, amountFen: number, period: string, foundAt: string, resolution: ExternalMatchResolution | null, note: string | null, resolvedAt: string | null }> };

export type ConsoleExportExchangeMutationVariables = Exact<{
  unitId: string | number;
  since?: string | null | undefined;
}>;


export type ConsoleExportExchangeMutation = { exportExchange: { id: string } };

export type ConsoleImportExternalRollMutationVariables = Exact<{
  rollId: string | number;
}>;


export type ConsoleImportExternalRollMutation = { importExternalRoll: { id: string } };

export type ConsoleResolveExternalMatchMutationVariables = Exact<{
  id: string | number;
  resolution: ExternalMatchResolution;
  note?: string | null | undefined;
}>;


export type ConsoleResolveExternalMatchMutation = { resolveExternalMatch: { id: string, fileId: string, filePersonName: string, fileUnitId: string, holder: boolean, personName: string, rollKind: ExternalRollKind, source: string, scheme: string, amountFen: number, period: string, foundAt: string, resolution: ExternalMatchResolution | null, note: string | null, resolvedAt: string | null } };

export type ConsoleFilesQueryVariables = Exact<{
  unitId: string | number;
  status?: FileStatus | null | undefined;
  category?: HardshipCategory | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleFilesQuery = { hardshipFiles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, personName: string, idNumberMasked: string, category: HardshipCategory, status: FileStatus, causes: Array<HardshipCause>, updatedAt: string, unit: { name: string } } }> } };

export type ConsoleFileQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleFileQuery = { hardshipFile: { id: string, personName: string, identityVerifiedAt: string | null, idNumberMasked: string, birthDate: string, sex: Sex, phone: string | null, address: string | null, employerName: string | null, unionMember: boolean, category: HardshipCategory, status: FileStatus, causes: Array<HardshipCause>, cancelReason: CancelReason | null, householdSize: number, reviewedAt: string | null, payeeAccount: { bankName: string, accountNumberMasked: string, holderName: string, setAt: string } | null, unit: { id: string, name: string }, household: { housing: string | null, minimumLivingStandardFen: number | null, perCapitaIncomeFen: number | null, totalMonthlyIncomeFen: number | null, members: Array<{ name: string, relation: string, health: string | null, employment: string | null, monthlyIncomeFen: number | null, idNumberMasked: string | null, schooling: SchoolingStage | null, isRecipient: boolean }> }, externalMatches: Array<{ id: string, fileId: string, filePersonName: string, fileUnitId: string, holder: boolean, personName: string, rollKind: ExternalRollKind, source: string, scheme: string, amountFen: number, period: string, foundAt: string, resolution: ExternalMatchResolution | null, note: string | null, resolvedAt: string | null }>, householdAidThisYear: Array<{ type: AidType, usedFen: number, capFen: number }>, history: Array<{ id: string, occurredAt: string, action: string, fromStatus: FileStatus | null, toStatus: FileStatus | null, reason: string | null, note: string | null }> } | null };

export type ConsoleRevealIdNumberMutationVariables = Exact<{
  fileId: string | number;
  reason: string;
}>;


export type ConsoleRevealIdNumberMutation = { revealIdNumber: string };

export type ConsoleCreateFileMutationVariables = Exact<{
  input: HardshipFileInput;
}>;


export type ConsoleCreateFileMutation = { createHardshipFile: { id: string } };

export type ConsoleCancelFileMutationVariables = Exact<{
  id: string | number;
  reason: CancelReason;
  note?: string | null | undefined;
}>;


export type ConsoleCancelFileMutation = { cancelHardshipFile: { id: string, status: FileStatus } };

export type ConsoleRevealHouseholdMutationVariables = Exact<{
  fileId: string | number;
  reason: string;
}>;


export type ConsoleRevealHouseholdMutation = { revealHouseholdIdNumbers: Array<string | null> };

export type ConsoleUpdateFileMutationVariables = Exact<{
  id: string | number;
  input: HardshipFileInput;
}>;


export type ConsoleUpdateFileMutation = { updateHardshipFile: { id: string } };

export type ConsoleReviewWithFileMutationVariables = Exact<{
  taskId: string | number;
  outcome: ReviewOutcome;
  input: HardshipFileInput;
  note?: string | null | undefined;
}>;


export type ConsoleReviewWithFileMutation = { completeReview: { id: string, status: ReviewTaskStatus } };

export type LinkCaseFileMutationVariables = Exact<{
  id: string | number;
  fileId: string | number;
}>;


export type LinkCaseFileMutation = { linkCaseFile: { id: string } };

export type CaseForFileQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseForFileQuery = { case: { id: string, applicantName: string, holder: { id: string }, answers: { causes: Array<HardshipCause>, householdSize: number | null, monthlyIncomeFen: number | null, incomeMasked: boolean } | null } | null };

export type ConsoleVerifyIdentityMutationVariables = Exact<{
  input: VerifyIdentityInput;
}>;


export type ConsoleVerifyIdentityMutation = { verifyIdentity: { id: string, name: string, identityVerifiedAt: string | null } };

export type ConsoleReleaseIdNumberMutationVariables = Exact<{
  idNumber: string;
  reason: string;
}>;


export type ConsoleReleaseIdNumberMutation = { releaseIdNumber: { id: string, name: string } };

export type ConsoleReviewFileMutationVariables = Exact<{
  id: string | number;
  outcome: ReviewOutcome;
  visit: string;
  cancelReason?: CancelReason | null | undefined;
}>;


export type ConsoleReviewFileMutation = { reviewHardshipFile: { id: string, status: FileStatus } };

export type ConsoleSetPayeeMutationVariables = Exact<{
  fileId: string | number;
  input: PayeeAccountInput;
}>;


export type ConsoleSetPayeeMutation = { setPayeeAccount: { id: string } };

export type ConsoleFundQueryVariables = Exact<{
  unitId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleFundQuery = { fund: { unitId: string, balance: number, entries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, createdAt: string, kind: LedgerTransactionKind, direction: LedgerDirection, amount: number, balanceAfter: number, memo: string | null, caseId: string | null, source: FundSource | null, category: ExpenseCategory | null, donor: string | null } }> } } | null };

export type ConsoleExportLedgerMutationVariables = Exact<{
  unitId: string | number;
  from: string;
  to: string;
}>;


export type ConsoleExportLedgerMutation = { exportLedger: { id: string, state: JobState } };

export type ConsoleChildUnitsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleChildUnitsQuery = { unit: { id: string, children: Array<{ id: string, name: string, activeFlag: boolean }> } | null };

export type ConsoleRecordIncomeMutationVariables = Exact<{
  unitId: string | number;
  input: IncomeInput;
}>;


export type ConsoleRecordIncomeMutation = { recordIncome: { id: string } };

export type ConsoleAllocateMutationVariables = Exact<{
  fromUnitId: string | number;
  toUnitId: string | number;
  amount: number;
  note?: string | null | undefined;
  idempotencyKey: string;
}>;


export type ConsoleAllocateMutation = { allocateFunds: Array<{ id: string }> };

export type ConsoleRecordExpenseMutationVariables = Exact<{
  unitId: string | number;
  input: ExpenseInput;
}>;


export type ConsoleRecordExpenseMutation = { recordExpense: { id: string } };

export type ConsoleReverseMutationVariables = Exact<{
  entryId: string | number;
  reason: string;
}>;


export type ConsoleReverseMutation = { reverseEntry: { id: string } };

export type ConsoleExportRosterMutationVariables = Exact<{
  unitId: string | number;
  from: string;
  to: string;
}>;


export type ConsoleExportRosterMutation = { exportDisbursementRoster: { id: string, state: JobState } };

export type ConsoleNoticesQueryVariables = Exact<{
  unitId: string | number;
}>;


export type ConsoleNoticesQuery = { unit: { id: string, name: string } | null, publicNotices: Array<{ caseId: string, caseNumber: string | null, maskedName: string, type: AidType, amountFen: number, noticeEndsAt: string, objectionOpen: boolean }> };

export type ConsolePayoutsQueryVariables = Exact<{
  unitId: string | number;
}>;


export type ConsolePayoutsQuery = { fund: { unitId: string, balance: number, inTransit: { payments: number, amountFen: number, agedPayments: number, agedAmountFen: number } } | null, payoutBatches: Array<{ id: string, reference: string, status: PayoutBatchStatus, lineCount: number, totalFen: number, createdAt: string, approvedAt: string | null, exportedAt: string | null, settledAt: string | null }> };

export type ConsolePayoutBatchQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsolePayoutBatchQuery = { payoutBatch: { id: string, reference: string, status: PayoutBatchStatus, lineCount: number, totalFen: number, lines: Array<{ lineNo: number, amountFen: number, caseId: string, caseNumber: string | null, holderName: string, bankName: string, accountNumberMasked: string, outcome: ArrivalStatus | null, bankMessage: string | null }>, returns: Array<{ id: string, fileName: string, uploadedAt: string, appliedAt: string | null, jobId: string | null, report: { lines: number, arrived: number, failed: number, unchanged: number, refused: Array<{ row: number, reason: BankReturnRefusal, detail: string | null }> } | null }> } | null };

export type ConsoleCreatePayoutBatchMutationVariables = Exact<{
  unitId: string | number;
}>;


export type ConsoleCreatePayoutBatchMutation = { createPayoutBatch: { id: string } };

export type ConsoleApprovePayoutBatchMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleApprovePayoutBatchMutation = { approvePayoutBatch: { id: string, status: PayoutBatchStatus } };

export type ConsoleCancelPayoutBatchMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ConsoleCancelPayoutBatchMutation = { cancelPayoutBatch: { id: string, status: PayoutBatchStatus } };

export type ConsoleExportPayoutBatchMutationVariables = Exact<{
  id: string | number;
  format?: PayoutFileFormat | null | undefined;
}>;


export type ConsoleExportPayoutBatchMutation = { exportPayoutBatch: { id: string } };

export type ConsoleImportBankReturnMutationVariables = Exact<{
  batchId: string | number;
  returnId: string | number;
}>;


export type ConsoleImportBankReturnMutation = { importBankReturn: { id: string } };

export type ConsolePrintDocumentMutationVariables = Exact<{
  kind: PrintKind;
  id: string | number;
}>;


export type ConsolePrintDocumentMutation = { printDocument: { id: string } };

export type CaseQueueQueryVariables = Exact<{
  unitId: string | number;
  statuses?: Array<CaseStatus> | CaseStatus | null | undefined;
  types?: Array<AidType> | AidType | null | undefined;
  overdueOnly?: boolean | null | undefined;
  assignedToMe?: boolean | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseQueueQuery = { caseQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, caseNumber: string | null, reference: string, applicantName: string, type: AidType, status: CaseStatus, dueAt: string | null, overdue: boolean, submittedAt: string | null, requestedAmountFen: number | null } }> } };

export type BulkAcceptMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type BulkAcceptMutation = { bulkAcceptCases: Array<{ id: string, ok: boolean, code: string | null, message: string | null, case: { id: string, status: CaseStatus, caseNumber: string | null } | null }> };

export type BulkAssignMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  userId: string | number;
}>;


export type BulkAssignMutation = { bulkAssignCases: Array<{ id: string, ok: boolean, code: string | null, message: string | null }> };

export type ColleaguesQueryVariables = Exact<{
  unitId: string | number;
}>;


export type ColleaguesQuery = { colleagues: Array<{ id: string, name: string }> };

export type ConsoleStatReportsQueryVariables = Exact<{
  unitId: string | number;
  period: string;
}>;


export type ConsoleStatReportsQuery = { statReports: Array<{ state: StatReportState, overdue: boolean, dueAt: string, unit: { id: string, name: string, level: UnitLevel }, current: { id: string, version: number, submittedAt: string, decidedAt: string | null } | null }> };

export type ConsoleStatFiguresFragment = { newCases: number, decidedCases: number, approvedCases: number, rejectedCases: number, closedCases: number, approvedFen: number, paidFen: number, medianDecisionDays: number | null, overdueCases: number, fundBalanceFen: number, ratedCases: number, satisfactionRate: number | null, stations: number, demonstrationStations: number, demonstrationRatio: number | null, assessedStations: number, averageAssessmentScore: number | null, failingStations: number, subsidyHoldbackFen: number, casesByStatus: Array<{ status: CaseStatus, count: number }>, casesByType: Array<{ type: AidType, count: number }>, activeFilesByCategory: Array<{ category: HardshipCategory, count: number }>, incomeBySource: Array<{ source: FundSource, amountFen: number }> };

export type ConsoleStatReportQueryVariables = Exact<{
  unitId: string | number;
  period: string;
}>;


export type ConsoleStatReportQuery = { statReport: { period: string, dueAt: string, differences: Array<string>, unit: { id: string, name: string }, live: { newCases: number, decidedCases: number, approvedCases: number, rejectedCases: number, closedCases: number, approvedFen: number, paidFen: number, medianDecisionDays: number | null, overdueCases: number, fundBalanceFen: number, ratedCases: number, satisfactionRate: number | null, stations: number, demonstrationStations: number, demonstrationRatio: number | null, assessedStations: number, averageAssessmentScore: number | null, failingStations: number, subsidyHoldbackFen: number, casesByStatus: Array<{ status: CaseStatus, count: number }>, casesByType: Array<{ type: AidType, count: number }>, activeFilesByCategory: Array<{ category: HardshipCategory, count: number }>, incomeBySource: Array<{ source: FundSource, amountFen: number }> }, versions: Array<{ id: string, version: number, status: StatReportState, submittedAt: string, decidedAt: string | null, correctionReason: string | null, returnReason: string | null, missing: Array<{ reason: string, unit: { id: string, name: string } }>, figures: { newCases: number, decidedCases: number, approvedCases: number, rejectedCases: number, closedCases: number, approvedFen: number, paidFen: number, medianDecisionDays: number | null, overdueCases: number, fundBalanceFen: number, ratedCases: number, satisfactionRate: number | null, stations: number, demonstrationStations: number, demonstrationRatio: number | null, assessedStations: number, averageAssessmentScore: number | null, failingStations: number, subsidyHoldbackFen: number, casesByStatus: Array<{ status: CaseStatus, count: number }>, casesByType: Array<{ type: AidType, count: number }>, activeFilesByCategory: Array<{ category: HardshipCategory, count: number }>, incomeBySource: Array<{ source: FundSource, amountFen: number }> } }> } };

export type ConsoleSubmitStatReportMutationVariables = Exact<{
  unitId: string | number;
  period: string;
  missing?: Array<MissingChildInput> | MissingChildInput | null | undefined;
  correctionReason?: string | null | undefined;
}>;


export type ConsoleSubmitStatReportMutation = { submitStatReport: { id: string, version: number, status: StatReportState } };

export type ConsoleAcceptStatReportMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleAcceptStatReportMutation = { acceptStatReport: { id: string, status: StatReportState } };

export type ConsoleReturnStatReportMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ConsoleReturnStatReportMutation = { returnStatReport: { id: string, status: StatReportState } };

export type ConsoleExportStatReportMutationVariables = Exact<{
  id: string | number;
  format?: StatReportFormat | null | undefined;
}>;


export type ConsoleExportStatReportMutation = { exportStatReport: { id: string } };

export type ConsoleCampaignsQueryVariables = Exact<{
  unitId: string | number;
}>;


export type ConsoleCampaignsQuery = { reviewCampaigns: Array<{ id: string, year: number, status: ReviewCampaignStatus, startsAt: string, deadline: string, graceDays: number, generated: boolean, unit: { name: string } }> };

export type ConsoleCampaignProgressQueryVariables = Exact<{
  id: string | number;
  unitId?: string | number | null | undefined;
}>;


export type ConsoleCampaignProgressQuery = { reviewCampaign: { id: string, status: ReviewCampaignStatus, generated: boolean, closedAt: string | null, summary: string | null, unit: { id: string }, progress: { total: number, done: number, due: number, overdue: number }, byUnit: Array<{ total: number, done: number, due: number, overdue: number, unit: { id: string, name: string } }> } | null };

export type ConsoleReviewTasksQueryVariables = Exact<{
  unitId: string | number;
  campaignId: string | number;
  status?: ReviewTaskStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleReviewTasksQuery = { reviewTasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ReviewTaskStatus, outcome: ReviewOutcome | null, note: string | null, completedAt: string | null, file: { id: string, personName: string, idNumberMasked: string, category: HardshipCategory, status: FileStatus } | null } }> } };

export type ConsoleOpenCampaignMutationVariables = Exact<{
  input: ReviewCampaignInput;
}>;


export type ConsoleOpenCampaignMutation = { openReviewCampaign: { id: string } };

export type ConsoleCompleteReviewMutationVariables = Exact<{
  taskId: string | number;
  outcome: ReviewOutcome;
  cancelReason?: CancelReason | null | undefined;
  note?: string | null | undefined;
}>;


export type ConsoleCompleteReviewMutation = { completeReview: { id: string, status: ReviewTaskStatus, outcome: ReviewOutcome | null } };

export type ConsoleCloseCampaignMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCloseCampaignMutation = { closeReviewCampaign: { id: string, status: ReviewCampaignStatus } };

export type WorkCalendarQueryVariables = Exact<{
  year: number;
}>;


export type WorkCalendarQuery = { workCalendar: Array<{ day: string, working: boolean, name: string }> };

export type SetWorkCalendarMutationVariables = Exact<{
  input: WorkCalendarInput;
}>;


export type SetWorkCalendarMutation = { setWorkCalendar: Array<{ day: string, working: boolean, name: string }> };

export type AidPoliciesQueryVariables = Exact<{
  unitId: string | number;
}>;


export type AidPoliciesQuery = { aidPolicies: { unitId: string, editable: boolean, settings: Array<{ aidType: AidType | null, approvalLimitFen: number | null, yearlyCapFen: number | null, noticeDays: number | null, acceptWithinWorkingDays: number | null, decideWithinWorkingDays: number | null }>, inForce: Array<{ aidType: AidType, approvalLimitFen: number, yearlyCapFen: number, noticeDays: number, acceptWithinWorkingDays: number, decideWithinWorkingDays: number, sources: Array<{ field: AidPolicyField, unitId: string | null, unitName: string | null }> }> } };

export type SetAidPolicyMutationVariables = Exact<{
  unitId: string | number;
  input: AidPolicyInput;
}>;


export type SetAidPolicyMutation = { setAidPolicy: { unitId: string } };

export type PolicyUnitsQueryVariables = Exact<{
  unitId: string | number;
}>;


export type PolicyUnitsQuery = { unit: { id: string, name: string, children: Array<{ id: string, name: string, activeFlag: boolean }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConsoleExternalMatchFragmentDoc = new TypedDocumentString(`
    fragment ConsoleExternalMatch on ExternalMatch {
  id
  fileId
  filePersonName
  fileUnitId
  holder
  personName
  rollKind
  source
  scheme
  amountFen
  period
  foundAt
  resolution
  note
  resolvedAt
}
    `, {"fragmentName":"ConsoleExternalMatch"}) as unknown as TypedDocumentString<ConsoleExternalMatchFragment, unknown>;
export const ConsoleStatFiguresFragmentDoc = new TypedDocumentString(`
    fragment ConsoleStatFigures on StatFigures {
  casesByStatus {
    status
    count
  }
  casesByType {
    type
    count
  }
  newCases
  decidedCases
  approvedCases
  rejectedCases
  closedCases
  approvedFen
  paidFen
  medianDecisionDays
  overdueCases
  activeFilesByCategory {
    category
    count
  }
  fundBalanceFen
  incomeBySource {
    source
    amountFen
  }
  ratedCases
  satisfactionRate
  stations
  demonstrationStations
  demonstrationRatio
  assessedStations
  averageAssessmentScore
  failingStations
  subsidyHoldbackFen
}
    `, {"fragmentName":"ConsoleStatFigures"}) as unknown as TypedDocumentString<ConsoleStatFiguresFragment, unknown>;
export const AdminUnitChildrenDocument = new TypedDocumentString(`
    query AdminUnitChildren($parentId: ID) {
  units(parentId: $parentId, first: 100) {
    edges {
      node {
        id
        code
        name
        level
        activeFlag
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUnitChildrenQuery, AdminUnitChildrenQueryVariables>;
export const AdminUnitDocument = new TypedDocumentString(`
    query AdminUnit($id: ID!) {
  unit(id: $id) {
    id
    code
    name
    level
    activeFlag
    address
    hotline
    streetFacing
    floorAreaM2
    staffCount
    holdsFund
    parent {
      id
      children {
        id
        name
        activeFlag
      }
    }
  }
  users(unitId: $id, first: 50) {
    edges {
      node {
        id
        name
        phone
        active
        roles {
          role
          unit {
            id
            name
          }
        }
        pendingRoles {
          id
          role
          unit {
            id
          }
          requestedBy {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUnitQuery, AdminUnitQueryVariables>;
export const AdminCreateUnitDocument = new TypedDocumentString(`
    mutation AdminCreateUnit($input: CreateUnitInput!) {
  createUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminCreateUnitMutation, AdminCreateUnitMutationVariables>;
export const AdminCloseUnitDocument = new TypedDocumentString(`
    mutation AdminCloseUnit($id: ID!, $moveTo: ID!, $reason: String!) {
  closeUnit(id: $id, moveTo: $moveTo, reason: $reason) {
    id
    activeFlag
  }
}
    `) as unknown as TypedDocumentString<AdminCloseUnitMutation, AdminCloseUnitMutationVariables>;
export const AdminCreateAccountDocument = new TypedDocumentString(`
    mutation AdminCreateAccount($input: StaffAccountInput!) {
  createStaffAccount(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminCreateAccountMutation, AdminCreateAccountMutationVariables>;
export const AdminGrantRoleDocument = new TypedDocumentString(`
    mutation AdminGrantRole($userId: ID!, $unitId: ID!, $role: Role!) {
  grantRole(userId: $userId, unitId: $unitId, role: $role) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminGrantRoleMutation, AdminGrantRoleMutationVariables>;
export const AdminRevokeRoleDocument = new TypedDocumentString(`
    mutation AdminRevokeRole($userId: ID!, $unitId: ID!, $role: Role!) {
  revokeRole(userId: $userId, unitId: $unitId, role: $role) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminRevokeRoleMutation, AdminRevokeRoleMutationVariables>;
export const AdminApproveRoleDocument = new TypedDocumentString(`
    mutation AdminApproveRole($requestId: ID!) {
  approveRoleGrant(requestId: $requestId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminApproveRoleMutation, AdminApproveRoleMutationVariables>;
export const AdminRefuseRoleDocument = new TypedDocumentString(`
    mutation AdminRefuseRole($requestId: ID!, $reason: String!) {
  refuseRoleGrant(requestId: $requestId, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminRefuseRoleMutation, AdminRefuseRoleMutationVariables>;
export const AdminUpdateUnitDocument = new TypedDocumentString(`
    mutation AdminUpdateUnit($id: ID!, $input: UpdateUnitInput!) {
  updateUnit(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateUnitMutation, AdminUpdateUnitMutationVariables>;
export const AdminMoveUnitDocument = new TypedDocumentString(`
    mutation AdminMoveUnit($id: ID!, $parentId: ID!) {
  moveUnit(id: $id, parentId: $parentId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminMoveUnitMutation, AdminMoveUnitMutationVariables>;
export const AdminUnitSearchDocument = new TypedDocumentString(`
    query AdminUnitSearch($search: String) {
  units(search: $search, first: 30) {
    edges {
      node {
        id
        name
        level
        activeFlag
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUnitSearchQuery, AdminUnitSearchQueryVariables>;
export const AdminResetPasswordDocument = new TypedDocumentString(`
    mutation AdminResetPassword($userId: ID!, $newPassword: String!) {
  resetPassword(userId: $userId, newPassword: $newPassword) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminResetPasswordMutation, AdminResetPasswordMutationVariables>;
export const AdminSetAccountActiveDocument = new TypedDocumentString(`
    mutation AdminSetAccountActive($userId: ID!, $active: Boolean!) {
  setAccountActive(userId: $userId, active: $active) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<AdminSetAccountActiveMutation, AdminSetAccountActiveMutationVariables>;
export const StaffLoginDocument = new TypedDocumentString(`
    mutation StaffLogin($phone: String!, $password: String!) {
  login(phone: $phone, password: $password) {
    token
    user {
      id
      name
      roles {
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffLoginMutation, StaffLoginMutationVariables>;
export const StaffMeDocument = new TypedDocumentString(`
    query StaffMe {
  me {
    id
    name
    roles {
      role
      unit {
        id
        name
        level
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffMeQuery, StaffMeQueryVariables>;
export const StaffLogoutDocument = new TypedDocumentString(`
    mutation StaffLogout {
  logout
}
    `) as unknown as TypedDocumentString<StaffLogoutMutation, StaffLogoutMutationVariables>;
export const ConsoleUnitNameDocument = new TypedDocumentString(`
    query ConsoleUnitName($id: ID!) {
  unit(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ConsoleUnitNameQuery, ConsoleUnitNameQueryVariables>;
export const ExportJobDocument = new TypedDocumentString(`
    query ExportJob($id: ID!) {
  job(id: $id) {
    id
    name
    state
    progress
    downloadUrl
    error
  }
}
    `) as unknown as TypedDocumentString<ExportJobQuery, ExportJobQueryVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AssessmentStationsDocument = new TypedDocumentString(`
    query AssessmentStations($search: String) {
  units(search: $search, first: 50) {
    edges {
      node {
        id
        name
        level
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentStationsQuery, AssessmentStationsQueryVariables>;
export const ConsoleAssessmentDocument = new TypedDocumentString(`
    query ConsoleAssessment($unitId: ID!, $year: Int!) {
  assessment(unitId: $unitId, year: $year) {
    id
    year
    districtScore
    cityScore
    tier
    failing
    appliedAt
    decision
    satisfactionRate
    subsidyHoldbackFen
    unit {
      id
      name
    }
    cycle {
      id
      applicationFrom
      applicationUntil
      inspectionFrom
      inspectionUntil
      rubricVersion
    }
    eligibility {
      eligible
      reasons
    }
    items {
      key
      category
      label
      points
      prefilled
      evidence
      districtScore
      cityScore
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAssessmentQuery, ConsoleAssessmentQueryVariables>;
export const ConsoleOpenCycleDocument = new TypedDocumentString(`
    mutation ConsoleOpenCycle($input: AssessmentCycleInput!) {
  openAssessmentCycle(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleOpenCycleMutation, ConsoleOpenCycleMutationVariables>;
export const ConsoleScoreDocument = new TypedDocumentString(`
    mutation ConsoleScore($id: ID!, $scorerLevel: UnitLevel!, $items: [RubricScoreInput!]!) {
  scoreAssessment(id: $id, scorerLevel: $scorerLevel, items: $items) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleScoreMutation, ConsoleScoreMutationVariables>;
export const ConsoleApplyDemonstrationDocument = new TypedDocumentString(`
    mutation ConsoleApplyDemonstration($id: ID!) {
  applyForDemonstration(assessmentId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleApplyDemonstrationMutation, ConsoleApplyDemonstrationMutationVariables>;
export const ConsoleDecideDemonstrationDocument = new TypedDocumentString(`
    mutation ConsoleDecideDemonstration($id: ID!, $granted: Boolean!) {
  decideDemonstration(assessmentId: $id, granted: $granted) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleDecideDemonstrationMutation, ConsoleDecideDemonstrationMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($unitId: ID!, $entityId: ID, $entityType: String, $actorId: ID, $first: Int, $after: String) {
  auditLog(
    unitId: $unitId
    entityId: $entityId
    entityType: $entityType
    actorId: $actorId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        occurredAt
        action
        actorId
        actorName
        entityType
        entityId
        entityLabel
        before
        after
        unit {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const ConsoleAidCampaignsDocument = new TypedDocumentString(`
    query ConsoleAidCampaigns($unitId: ID!) {
  campaigns(unitId: $unitId) {
    id
    title
    status
    unit {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAidCampaignsQuery, ConsoleAidCampaignsQueryVariables>;
export const ConsoleAidCampaignDocument = new TypedDocumentString(`
    query ConsoleAidCampaign($id: ID!, $unitId: ID!) {
  campaign(id: $id) {
    id
    kind
    title
    aidType
    status
    standardAmounts {
      category
      amountFen
    }
    minAmountFen
    maxAmountFen
    opensAt
    closesAt
    noticeDays
    countsTowardCap
    unit {
      id
      name
    }
    funds {
      id
      name
    }
    quotas(unitId: $unitId) {
      households
      amountFen
      unit {
        id
        name
      }
    }
    figures(unitId: $unitId) {
      households
      amountFen
      approved
      paid
      paidFen
      received
      unpaid
      unit {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAidCampaignQuery, ConsoleAidCampaignQueryVariables>;
export const ConsoleCampaignRosterDocument = new TypedDocumentString(`
    query ConsoleCampaignRoster($campaignId: ID!, $unitId: ID!) {
  campaignRoster(campaignId: $campaignId, unitId: $unitId) {
    id
    status
    jobId
    payoutJobId
    submittedAt
    approvedAt
    noticeEndsAt
    returnReason
    usage {
      households
      amountFen
    }
    entries {
      id
      amountFen
      eligible
      reason
      addedByHand
      caseId
      caseStatus
      unpaidReason
      file {
        id
        personName
        idNumberMasked
        category
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCampaignRosterQuery, ConsoleCampaignRosterQueryVariables>;
export const ConsoleCreateAidCampaignDocument = new TypedDocumentString(`
    mutation ConsoleCreateAidCampaign($input: CampaignInput!) {
  createCampaign(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateAidCampaignMutation, ConsoleCreateAidCampaignMutationVariables>;
export const ConsoleCloseAidCampaignDocument = new TypedDocumentString(`
    mutation ConsoleCloseAidCampaign($id: ID!) {
  closeCampaign(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleCloseAidCampaignMutation, ConsoleCloseAidCampaignMutationVariables>;
export const ConsoleSetQuotasDocument = new TypedDocumentString(`
    mutation ConsoleSetQuotas($campaignId: ID!, $unitId: ID!, $quotas: [QuotaInput!]!) {
  setCampaignQuotas(campaignId: $campaignId, unitId: $unitId, quotas: $quotas) {
    households
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetQuotasMutation, ConsoleSetQuotasMutationVariables>;
export const ConsoleBuildRosterDocument = new TypedDocumentString(`
    mutation ConsoleBuildRoster($campaignId: ID!, $unitId: ID!) {
  buildRoster(campaignId: $campaignId, unitId: $unitId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleBuildRosterMutation, ConsoleBuildRosterMutationVariables>;
export const ConsoleAddRosterEntryDocument = new TypedDocumentString(`
    mutation ConsoleAddRosterEntry($rosterId: ID!, $input: RosterEntryInput!) {
  addRosterEntry(rosterId: $rosterId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleAddRosterEntryMutation, ConsoleAddRosterEntryMutationVariables>;
export const ConsoleRemoveRosterEntryDocument = new TypedDocumentString(`
    mutation ConsoleRemoveRosterEntry($entryId: ID!, $reason: String!) {
  removeRosterEntry(entryId: $entryId, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleRemoveRosterEntryMutation, ConsoleRemoveRosterEntryMutationVariables>;
export const ConsoleSubmitRosterDocument = new TypedDocumentString(`
    mutation ConsoleSubmitRoster($rosterId: ID!) {
  submitRoster(rosterId: $rosterId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleSubmitRosterMutation, ConsoleSubmitRosterMutationVariables>;
export const ConsoleApproveRosterDocument = new TypedDocumentString(`
    mutation ConsoleApproveRoster($rosterId: ID!) {
  approveRoster(rosterId: $rosterId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleApproveRosterMutation, ConsoleApproveRosterMutationVariables>;
export const ConsoleReturnRosterDocument = new TypedDocumentString(`
    mutation ConsoleReturnRoster($rosterId: ID!, $reason: String!) {
  returnRoster(rosterId: $rosterId, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleReturnRosterMutation, ConsoleReturnRosterMutationVariables>;
export const ConsolePayRosterDocument = new TypedDocumentString(`
    mutation ConsolePayRoster($rosterId: ID!) {
  payRoster(rosterId: $rosterId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsolePayRosterMutation, ConsolePayRosterMutationVariables>;
export const ConsoleExportCampaignRosterDocument = new TypedDocumentString(`
    mutation ConsoleExportCampaignRoster($rosterId: ID!) {
  exportCampaignRoster(rosterId: $rosterId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleExportCampaignRosterMutation, ConsoleExportCampaignRosterMutationVariables>;
export const ConsoleRosterJobDocument = new TypedDocumentString(`
    query ConsoleRosterJob($id: ID!) {
  job(id: $id) {
    id
    state
    progress
    result
    error
  }
}
    `) as unknown as TypedDocumentString<ConsoleRosterJobQuery, ConsoleRosterJobQueryVariables>;
export const StaffCaseDocument = new TypedDocumentString(`
    query StaffCase($id: ID!) {
  case(id: $id) {
    id
    caseNumber
    reference
    title
    description
    type
    status
    channel
    applicantName
    applicantPhone
    requestedAmountFen
    answers {
      causes
      householdSize
      monthlyIncomeFen
      incomeMasked
    }
    proposedAmountFen
    approvalLimitFen
    approvalHint
    householdAidThisYear {
      usedFen
      capFen
    }
    externalMatches {
      id
      fileId
      personName
      source
      scheme
      amountFen
      period
      resolution
    }
    approvedAmountFen
    servicePlan
    instalments
    dueAt
    overdue
    submittedAt
    noticeEndsAt
    objectionOpen
    missingItems
    returnReason
    rejectReason
    closureReport
    serviceReport
    allowedActions
    holder {
      id
      name
      level
    }
    originUnit {
      name
    }
    file {
      id
      personName
      idNumberMasked
      payeeAccount {
        bankName
        accountNumberMasked
        holderName
      }
      status
      category
      causes
      household {
        perCapitaIncomeFen
        totalMonthlyIncomeFen
        members {
          name
          relation
          health
          monthlyIncomeFen
          idNumberMasked
        }
      }
    }
    documents {
      id
      slot
      contentType
      byteSize
      createdAt
      url
    }
    visits {
      id
      visitedAt
      findings
      householdVerified
    }
    events {
      id
      occurredAt
      action
      fromStatus
      toStatus
      actorRole
      actorName
      comment
      unit {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCaseQuery, StaffCaseQueryVariables>;
export const ConsoleSubmitDocument = new TypedDocumentString(`
    mutation ConsoleSubmit($id: ID!) {
  submitCase(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleSubmitMutation, ConsoleSubmitMutationVariables>;
export const ConsoleResubmitDocument = new TypedDocumentString(`
    mutation ConsoleResubmit($id: ID!, $note: String) {
  resubmitCase(id: $id, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleResubmitMutation, ConsoleResubmitMutationVariables>;
export const ConsoleWithdrawDocument = new TypedDocumentString(`
    mutation ConsoleWithdraw($id: ID!, $reason: String) {
  withdrawCase(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleWithdrawMutation, ConsoleWithdrawMutationVariables>;
export const ConsoleAssignDocument = new TypedDocumentString(`
    mutation ConsoleAssign($id: ID!, $userId: ID!) {
  assignCase(id: $id, userId: $userId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleAssignMutation, ConsoleAssignMutationVariables>;
export const ConsoleAcceptDocument = new TypedDocumentString(`
    mutation ConsoleAccept($id: ID!, $note: String) {
  acceptCase(id: $id, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleAcceptMutation, ConsoleAcceptMutationVariables>;
export const ConsoleReturnDocument = new TypedDocumentString(`
    mutation ConsoleReturn($id: ID!, $reason: String!, $missingItems: [String!]) {
  returnCase(id: $id, reason: $reason, missingItems: $missingItems) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleReturnMutation, ConsoleReturnMutationVariables>;
export const ConsoleStartReviewDocument = new TypedDocumentString(`
    mutation ConsoleStartReview($id: ID!) {
  startReview(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleStartReviewMutation, ConsoleStartReviewMutationVariables>;
export const ConsoleRecordVisitDocument = new TypedDocumentString(`
    mutation ConsoleRecordVisit($id: ID!, $input: VisitInput!) {
  recordVisit(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordVisitMutation, ConsoleRecordVisitMutationVariables>;
export const ConsoleProposeDocument = new TypedDocumentString(`
    mutation ConsolePropose($id: ID!, $input: ProposalInput!) {
  proposeCase(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleProposeMutation, ConsoleProposeMutationVariables>;
export const ConsoleApproveDocument = new TypedDocumentString(`
    mutation ConsoleApprove($id: ID!, $note: String) {
  approveCase(id: $id, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleApproveMutation, ConsoleApproveMutationVariables>;
export const ConsoleRejectDocument = new TypedDocumentString(`
    mutation ConsoleReject($id: ID!, $reason: String!) {
  rejectCase(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRejectMutation, ConsoleRejectMutationVariables>;
export const ConsoleEscalateDocument = new TypedDocumentString(`
    mutation ConsoleEscalate($id: ID!, $reason: String!) {
  escalateCase(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleEscalateMutation, ConsoleEscalateMutationVariables>;
export const ConsoleRaiseObjectionDocument = new TypedDocumentString(`
    mutation ConsoleRaiseObjection($id: ID!, $reason: String!) {
  raiseObjection(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleRaiseObjectionMutation, ConsoleRaiseObjectionMutationVariables>;
export const ConsoleResolveObjectionDocument = new TypedDocumentString(`
    mutation ConsoleResolveObjection($id: ID!, $upheld: Boolean!, $note: String) {
  resolveObjection(id: $id, upheld: $upheld, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleResolveObjectionMutation, ConsoleResolveObjectionMutationVariables>;
export const ConsoleDisburseDocument = new TypedDocumentString(`
    mutation ConsoleDisburse($id: ID!, $input: DisbursementInput!) {
  disburseCase(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleDisburseMutation, ConsoleDisburseMutationVariables>;
export const ConsoleStartServiceDocument = new TypedDocumentString(`
    mutation ConsoleStartService($id: ID!) {
  startService(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleStartServiceMutation, ConsoleStartServiceMutationVariables>;
export const ConsoleCompleteServiceDocument = new TypedDocumentString(`
    mutation ConsoleCompleteService($id: ID!, $report: String!) {
  completeService(id: $id, report: $report) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleCompleteServiceMutation, ConsoleCompleteServiceMutationVariables>;
export const ConsoleCloseDocument = new TypedDocumentString(`
    mutation ConsoleClose($id: ID!, $report: String!) {
  closeCase(id: $id, report: $report) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleCloseMutation, ConsoleCloseMutationVariables>;
export const DeskFilesDocument = new TypedDocumentString(`
    query DeskFiles($unitId: ID!, $search: String) {
  hardshipFiles(unitId: $unitId, search: $search, first: 20) {
    edges {
      node {
        id
        personName
        idNumberMasked
        status
        unit {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskFilesQuery, DeskFilesQueryVariables>;
export const DeskSaveDocument = new TypedDocumentString(`
    mutation DeskSave($input: CaseDraftInput!) {
  saveDraft(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeskSaveMutation, DeskSaveMutationVariables>;
export const CaseColleaguesDocument = new TypedDocumentString(`
    query CaseColleagues($unitId: ID!) {
  colleagues(unitId: $unitId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CaseColleaguesQuery, CaseColleaguesQueryVariables>;
export const ConsoleRollupDocument = new TypedDocumentString(`
    query ConsoleRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {
  rollup(unitId: $unitId, from: $from, to: $to) {
    unit {
      id
      name
      level
      holdsFund
      ancestors {
        id
        name
      }
    }
    newCases
    decidedCases
    approvedCases
    rejectedCases
    closedCases
    approvedFen
    paidFen
    overdueCases
    fundBalanceFen
    bankPayments {
      inTransit
      inTransitFen
      aged
      arrivedFen
      failed
      failedFen
    }
    satisfactionRate
    demonstrationRatio
    medianDecisionDays
    stations
    demonstrationStations
    casesByStatus {
      status
      count
    }
    casesByType {
      type
      count
    }
    monthly {
      month
      newCases
      approvedCases
      paidFen
    }
    children {
      unit {
        id
        name
        level
      }
      newCases
      approvedCases
      paidFen
      overdueCases
      satisfactionRate
      stations
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRollupQuery, ConsoleRollupQueryVariables>;
export const ConsoleExportRollupDocument = new TypedDocumentString(`
    mutation ConsoleExportRollup($unitId: ID!, $from: DateTime!, $to: DateTime!) {
  exportRollup(unitId: $unitId, from: $from, to: $to) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleExportRollupMutation, ConsoleExportRollupMutationVariables>;
export const ConsoleExchangeDocument = new TypedDocumentString(`
    query ConsoleExchange($unitId: ID!) {
  externalRolls(unitId: $unitId) {
    id
    kind
    sourceName
    fileName
    uploadedAt
    status
    linesRead
    linesKept
    matches
    refused {
      row
      reason
      detail
    }
  }
  externalMatches(unitId: $unitId, open: true) {
    ...ConsoleExternalMatch
  }
}
    fragment ConsoleExternalMatch on ExternalMatch {
  id
  fileId
  filePersonName
  fileUnitId
  holder
  personName
  rollKind
  source
  scheme
  amountFen
  period
  foundAt
  resolution
  note
  resolvedAt
}`) as unknown as TypedDocumentString<ConsoleExchangeQuery, ConsoleExchangeQueryVariables>;
export const ConsoleExportExchangeDocument = new TypedDocumentString(`
    mutation ConsoleExportExchange($unitId: ID!, $since: DateTime) {
  exportExchange(unitId: $unitId, since: $since) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleExportExchangeMutation, ConsoleExportExchangeMutationVariables>;
export const ConsoleImportExternalRollDocument = new TypedDocumentString(`
    mutation ConsoleImportExternalRoll($rollId: ID!) {
  importExternalRoll(rollId: $rollId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleImportExternalRollMutation, ConsoleImportExternalRollMutationVariables>;
export const ConsoleResolveExternalMatchDocument = new TypedDocumentString(`
    mutation ConsoleResolveExternalMatch($id: ID!, $resolution: ExternalMatchResolution!, $note: String) {
  resolveExternalMatch(id: $id, resolution: $resolution, note: $note) {
    ...ConsoleExternalMatch
  }
}
    fragment ConsoleExternalMatch on ExternalMatch {
  id
  fileId
  filePersonName
  fileUnitId
  holder
  personName
  rollKind
  source
  scheme
  amountFen
  period
  foundAt
  resolution
  note
  resolvedAt
}`) as unknown as TypedDocumentString<ConsoleResolveExternalMatchMutation, ConsoleResolveExternalMatchMutationVariables>;
export const ConsoleFilesDocument = new TypedDocumentString(`
    query ConsoleFiles($unitId: ID!, $status: FileStatus, $category: HardshipCategory, $search: String, $first: Int, $after: String) {
  hardshipFiles(
    unitId: $unitId
    status: $status
    category: $category
    search: $search
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        personName
        idNumberMasked
        category
        status
        causes
        updatedAt
        unit {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleFilesQuery, ConsoleFilesQueryVariables>;
export const ConsoleFileDocument = new TypedDocumentString(`
    query ConsoleFile($id: ID!) {
  hardshipFile(id: $id) {
    id
    personName
    payeeAccount {
      bankName
      accountNumberMasked
      holderName
      setAt
    }
    identityVerifiedAt
    idNumberMasked
    birthDate
    sex
    phone
    address
    employerName
    unionMember
    category
    status
    causes
    cancelReason
    unit {
      id
      name
    }
    householdSize
    household {
      housing
      minimumLivingStandardFen
      perCapitaIncomeFen
      totalMonthlyIncomeFen
      members {
        name
        relation
        health
        employment
        monthlyIncomeFen
        idNumberMasked
        schooling
        isRecipient
      }
    }
    reviewedAt
    externalMatches {
      ...ConsoleExternalMatch
    }
    householdAidThisYear {
      type
      usedFen
      capFen
    }
    history {
      id
      occurredAt
      action
      fromStatus
      toStatus
      reason
      note
    }
  }
}
    fragment ConsoleExternalMatch on ExternalMatch {
  id
  fileId
  filePersonName
  fileUnitId
  holder
  personName
  rollKind
  source
  scheme
  amountFen
  period
  foundAt
  resolution
  note
  resolvedAt
}`) as unknown as TypedDocumentString<ConsoleFileQuery, ConsoleFileQueryVariables>;
export const ConsoleRevealIdNumberDocument = new TypedDocumentString(`
    mutation ConsoleRevealIdNumber($fileId: ID!, $reason: String!) {
  revealIdNumber(fileId: $fileId, reason: $reason)
}
    `) as unknown as TypedDocumentString<ConsoleRevealIdNumberMutation, ConsoleRevealIdNumberMutationVariables>;
export const ConsoleCreateFileDocument = new TypedDocumentString(`
    mutation ConsoleCreateFile($input: HardshipFileInput!) {
  createHardshipFile(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreateFileMutation, ConsoleCreateFileMutationVariables>;
export const ConsoleCancelFileDocument = new TypedDocumentString(`
    mutation ConsoleCancelFile($id: ID!, $reason: CancelReason!, $note: String) {
  cancelHardshipFile(id: $id, reason: $reason, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleCancelFileMutation, ConsoleCancelFileMutationVariables>;
export const ConsoleRevealHouseholdDocument = new TypedDocumentString(`
    mutation ConsoleRevealHousehold($fileId: ID!, $reason: String!) {
  revealHouseholdIdNumbers(fileId: $fileId, reason: $reason)
}
    `) as unknown as TypedDocumentString<ConsoleRevealHouseholdMutation, ConsoleRevealHouseholdMutationVariables>;
export const ConsoleUpdateFileDocument = new TypedDocumentString(`
    mutation ConsoleUpdateFile($id: ID!, $input: HardshipFileInput!) {
  updateHardshipFile(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleUpdateFileMutation, ConsoleUpdateFileMutationVariables>;
export const ConsoleReviewWithFileDocument = new TypedDocumentString(`
    mutation ConsoleReviewWithFile($taskId: ID!, $outcome: ReviewOutcome!, $input: HardshipFileInput!, $note: String) {
  completeReview(taskId: $taskId, outcome: $outcome, input: $input, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleReviewWithFileMutation, ConsoleReviewWithFileMutationVariables>;
export const LinkCaseFileDocument = new TypedDocumentString(`
    mutation LinkCaseFile($id: ID!, $fileId: ID!) {
  linkCaseFile(id: $id, fileId: $fileId) {
    id
  }
}
    `) as unknown as TypedDocumentString<LinkCaseFileMutation, LinkCaseFileMutationVariables>;
export const CaseForFileDocument = new TypedDocumentString(`
    query CaseForFile($id: ID!) {
  case(id: $id) {
    id
    applicantName
    holder {
      id
    }
    answers {
      causes
      householdSize
      monthlyIncomeFen
      incomeMasked
    }
  }
}
    `) as unknown as TypedDocumentString<CaseForFileQuery, CaseForFileQueryVariables>;
export const ConsoleVerifyIdentityDocument = new TypedDocumentString(`
    mutation ConsoleVerifyIdentity($input: VerifyIdentityInput!) {
  verifyIdentity(input: $input) {
    id
    name
    identityVerifiedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleVerifyIdentityMutation, ConsoleVerifyIdentityMutationVariables>;
export const ConsoleReleaseIdNumberDocument = new TypedDocumentString(`
    mutation ConsoleReleaseIdNumber($idNumber: String!, $reason: String!) {
  releaseIdNumber(idNumber: $idNumber, reason: $reason) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ConsoleReleaseIdNumberMutation, ConsoleReleaseIdNumberMutationVariables>;
export const ConsoleReviewFileDocument = new TypedDocumentString(`
    mutation ConsoleReviewFile($id: ID!, $outcome: ReviewOutcome!, $visit: String!, $cancelReason: CancelReason) {
  reviewHardshipFile(
    id: $id
    outcome: $outcome
    visit: $visit
    cancelReason: $cancelReason
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleReviewFileMutation, ConsoleReviewFileMutationVariables>;
export const ConsoleSetPayeeDocument = new TypedDocumentString(`
    mutation ConsoleSetPayee($fileId: ID!, $input: PayeeAccountInput!) {
  setPayeeAccount(fileId: $fileId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetPayeeMutation, ConsoleSetPayeeMutationVariables>;
export const ConsoleFundDocument = new TypedDocumentString(`
    query ConsoleFund($unitId: ID!, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  fund(unitId: $unitId) {
    unitId
    balance
    entries(from: $from, to: $to, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          createdAt
          kind
          direction
          amount
          balanceAfter
          memo
          caseId
          source
          category
          donor
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleFundQuery, ConsoleFundQueryVariables>;
export const ConsoleExportLedgerDocument = new TypedDocumentString(`
    mutation ConsoleExportLedger($unitId: ID!, $from: DateTime!, $to: DateTime!) {
  exportLedger(unitId: $unitId, from: $from, to: $to) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleExportLedgerMutation, ConsoleExportLedgerMutationVariables>;
export const ConsoleChildUnitsDocument = new TypedDocumentString(`
    query ConsoleChildUnits($id: ID!) {
  unit(id: $id) {
    id
    children {
      id
      name
      activeFlag
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleChildUnitsQuery, ConsoleChildUnitsQueryVariables>;
export const ConsoleRecordIncomeDocument = new TypedDocumentString(`
    mutation ConsoleRecordIncome($unitId: ID!, $input: IncomeInput!) {
  recordIncome(unitId: $unitId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordIncomeMutation, ConsoleRecordIncomeMutationVariables>;
export const ConsoleAllocateDocument = new TypedDocumentString(`
    mutation ConsoleAllocate($fromUnitId: ID!, $toUnitId: ID!, $amount: Int!, $note: String, $idempotencyKey: String!) {
  allocateFunds(
    fromUnitId: $fromUnitId
    toUnitId: $toUnitId
    amount: $amount
    note: $note
    idempotencyKey: $idempotencyKey
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleAllocateMutation, ConsoleAllocateMutationVariables>;
export const ConsoleRecordExpenseDocument = new TypedDocumentString(`
    mutation ConsoleRecordExpense($unitId: ID!, $input: ExpenseInput!) {
  recordExpense(unitId: $unitId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordExpenseMutation, ConsoleRecordExpenseMutationVariables>;
export const ConsoleReverseDocument = new TypedDocumentString(`
    mutation ConsoleReverse($entryId: ID!, $reason: String!) {
  reverseEntry(entryId: $entryId, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleReverseMutation, ConsoleReverseMutationVariables>;
export const ConsoleExportRosterDocument = new TypedDocumentString(`
    mutation ConsoleExportRoster($unitId: ID!, $from: DateTime!, $to: DateTime!) {
  exportDisbursementRoster(unitId: $unitId, from: $from, to: $to) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ConsoleExportRosterMutation, ConsoleExportRosterMutationVariables>;
export const ConsoleNoticesDocument = new TypedDocumentString(`
    query ConsoleNotices($unitId: ID!) {
  unit(id: $unitId) {
    id
    name
  }
  publicNotices(unitId: $unitId) {
    caseId
    caseNumber
    maskedName
    type
    amountFen
    noticeEndsAt
    objectionOpen
  }
}
    `) as unknown as TypedDocumentString<ConsoleNoticesQuery, ConsoleNoticesQueryVariables>;
export const ConsolePayoutsDocument = new TypedDocumentString(`
    query ConsolePayouts($unitId: ID!) {
  fund(unitId: $unitId) {
    unitId
    balance
    inTransit {
      payments
      amountFen
      agedPayments
      agedAmountFen
    }
  }
  payoutBatches(unitId: $unitId) {
    id
    reference
    status
    lineCount
    totalFen
    createdAt
    approvedAt
    exportedAt
    settledAt
  }
}
    `) as unknown as TypedDocumentString<ConsolePayoutsQuery, ConsolePayoutsQueryVariables>;
export const ConsolePayoutBatchDocument = new TypedDocumentString(`
    query ConsolePayoutBatch($id: ID!) {
  payoutBatch(id: $id) {
    id
    reference
    status
    lineCount
    totalFen
    lines(first: 500) {
      lineNo
      amountFen
      caseId
      caseNumber
      holderName
      bankName
      accountNumberMasked
      outcome
      bankMessage
    }
    returns {
      id
      fileName
      uploadedAt
      appliedAt
      jobId
      report {
        lines
        arrived
        failed
        unchanged
        refused {
          row
          reason
          detail
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsolePayoutBatchQuery, ConsolePayoutBatchQueryVariables>;
export const ConsoleCreatePayoutBatchDocument = new TypedDocumentString(`
    mutation ConsoleCreatePayoutBatch($unitId: ID!) {
  createPayoutBatch(unitId: $unitId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleCreatePayoutBatchMutation, ConsoleCreatePayoutBatchMutationVariables>;
export const ConsoleApprovePayoutBatchDocument = new TypedDocumentString(`
    mutation ConsoleApprovePayoutBatch($id: ID!) {
  approvePayoutBatch(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleApprovePayoutBatchMutation, ConsoleApprovePayoutBatchMutationVariables>;
export const ConsoleCancelPayoutBatchDocument = new TypedDocumentString(`
    mutation ConsoleCancelPayoutBatch($id: ID!, $reason: String!) {
  cancelPayoutBatch(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleCancelPayoutBatchMutation, ConsoleCancelPayoutBatchMutationVariables>;
export const ConsoleExportPayoutBatchDocument = new TypedDocumentString(`
    mutation ConsoleExportPayoutBatch($id: ID!, $format: PayoutFileFormat) {
  exportPayoutBatch(id: $id, format: $format) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleExportPayoutBatchMutation, ConsoleExportPayoutBatchMutationVariables>;
export const ConsoleImportBankReturnDocument = new TypedDocumentString(`
    mutation ConsoleImportBankReturn($batchId: ID!, $returnId: ID!) {
  importBankReturn(batchId: $batchId, returnId: $returnId) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleImportBankReturnMutation, ConsoleImportBankReturnMutationVariables>;
export const ConsolePrintDocumentDocument = new TypedDocumentString(`
    mutation ConsolePrintDocument($kind: PrintKind!, $id: ID!) {
  printDocument(kind: $kind, id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsolePrintDocumentMutation, ConsolePrintDocumentMutationVariables>;
export const CaseQueueDocument = new TypedDocumentString(`
    query CaseQueue($unitId: ID!, $statuses: [CaseStatus!], $types: [AidType!], $overdueOnly: Boolean, $assignedToMe: Boolean, $search: String, $first: Int, $after: String) {
  caseQueue(
    unitId: $unitId
    statuses: $statuses
    types: $types
    overdueOnly: $overdueOnly
    assignedToMe: $assignedToMe
    search: $search
    orderBy: DUE_AT
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        caseNumber
        reference
        applicantName
        type
        status
        dueAt
        overdue
        submittedAt
        requestedAmountFen
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseQueueQuery, CaseQueueQueryVariables>;
export const BulkAcceptDocument = new TypedDocumentString(`
    mutation BulkAccept($ids: [ID!]!) {
  bulkAcceptCases(ids: $ids) {
    id
    ok
    code
    message
    case {
      id
      status
      caseNumber
    }
  }
}
    `) as unknown as TypedDocumentString<BulkAcceptMutation, BulkAcceptMutationVariables>;
export const BulkAssignDocument = new TypedDocumentString(`
    mutation BulkAssign($ids: [ID!]!, $userId: ID!) {
  bulkAssignCases(ids: $ids, userId: $userId) {
    id
    ok
    code
    message
  }
}
    `) as unknown as TypedDocumentString<BulkAssignMutation, BulkAssignMutationVariables>;
export const ColleaguesDocument = new TypedDocumentString(`
    query Colleagues($unitId: ID!) {
  colleagues(unitId: $unitId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ColleaguesQuery, ColleaguesQueryVariables>;
export const ConsoleStatReportsDocument = new TypedDocumentString(`
    query ConsoleStatReports($unitId: ID!, $period: String!) {
  statReports(unitId: $unitId, period: $period) {
    unit {
      id
      name
      level
    }
    state
    overdue
    dueAt
    current {
      id
      version
      submittedAt
      decidedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleStatReportsQuery, ConsoleStatReportsQueryVariables>;
export const ConsoleStatReportDocument = new TypedDocumentString(`
    query ConsoleStatReport($unitId: ID!, $period: String!) {
  statReport(unitId: $unitId, period: $period) {
    period
    dueAt
    differences
    unit {
      id
      name
    }
    live {
      ...ConsoleStatFigures
    }
    versions {
      id
      version
      status
      submittedAt
      decidedAt
      correctionReason
      returnReason
      missing {
        reason
        unit {
          id
          name
        }
      }
      figures {
        ...ConsoleStatFigures
      }
    }
  }
}
    fragment ConsoleStatFigures on StatFigures {
  casesByStatus {
    status
    count
  }
  casesByType {
    type
    count
  }
  newCases
  decidedCases
  approvedCases
  rejectedCases
  closedCases
  approvedFen
  paidFen
  medianDecisionDays
  overdueCases
  activeFilesByCategory {
    category
    count
  }
  fundBalanceFen
  incomeBySource {
    source
    amountFen
  }
  ratedCases
  satisfactionRate
  stations
  demonstrationStations
  demonstrationRatio
  assessedStations
  averageAssessmentScore
  failingStations
  subsidyHoldbackFen
}`) as unknown as TypedDocumentString<ConsoleStatReportQuery, ConsoleStatReportQueryVariables>;
export const ConsoleSubmitStatReportDocument = new TypedDocumentString(`
    mutation ConsoleSubmitStatReport($unitId: ID!, $period: String!, $missing: [MissingChildInput!], $correctionReason: String) {
  submitStatReport(
    unitId: $unitId
    period: $period
    missing: $missing
    correctionReason: $correctionReason
  ) {
    id
    version
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleSubmitStatReportMutation, ConsoleSubmitStatReportMutationVariables>;
export const ConsoleAcceptStatReportDocument = new TypedDocumentString(`
    mutation ConsoleAcceptStatReport($id: ID!) {
  acceptStatReport(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleAcceptStatReportMutation, ConsoleAcceptStatReportMutationVariables>;
export const ConsoleReturnStatReportDocument = new TypedDocumentString(`
    mutation ConsoleReturnStatReport($id: ID!, $reason: String!) {
  returnStatReport(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleReturnStatReportMutation, ConsoleReturnStatReportMutationVariables>;
export const ConsoleExportStatReportDocument = new TypedDocumentString(`
    mutation ConsoleExportStatReport($id: ID!, $format: StatReportFormat) {
  exportStatReport(id: $id, format: $format) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleExportStatReportMutation, ConsoleExportStatReportMutationVariables>;
export const ConsoleCampaignsDocument = new TypedDocumentString(`
    query ConsoleCampaigns($unitId: ID!) {
  reviewCampaigns(unitId: $unitId) {
    id
    year
    status
    startsAt
    deadline
    graceDays
    generated
    unit {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCampaignsQuery, ConsoleCampaignsQueryVariables>;
export const ConsoleCampaignProgressDocument = new TypedDocumentString(`
    query ConsoleCampaignProgress($id: ID!, $unitId: ID) {
  reviewCampaign(id: $id) {
    id
    status
    generated
    closedAt
    summary
    unit {
      id
    }
    progress {
      total
      done
      due
      overdue
    }
    byUnit(unitId: $unitId) {
      unit {
        id
        name
      }
      total
      done
      due
      overdue
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCampaignProgressQuery, ConsoleCampaignProgressQueryVariables>;
export const ConsoleReviewTasksDocument = new TypedDocumentString(`
    query ConsoleReviewTasks($unitId: ID!, $campaignId: ID!, $status: ReviewTaskStatus, $first: Int, $after: String) {
  reviewTasks(
    unitId: $unitId
    campaignId: $campaignId
    status: $status
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        outcome
        note
        completedAt
        file {
          id
          personName
          idNumberMasked
          category
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleReviewTasksQuery, ConsoleReviewTasksQueryVariables>;
export const ConsoleOpenCampaignDocument = new TypedDocumentString(`
    mutation ConsoleOpenCampaign($input: ReviewCampaignInput!) {
  openReviewCampaign(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleOpenCampaignMutation, ConsoleOpenCampaignMutationVariables>;
export const ConsoleCompleteReviewDocument = new TypedDocumentString(`
    mutation ConsoleCompleteReview($taskId: ID!, $outcome: ReviewOutcome!, $cancelReason: CancelReason, $note: String) {
  completeReview(
    taskId: $taskId
    outcome: $outcome
    cancelReason: $cancelReason
    note: $note
  ) {
    id
    status
    outcome
  }
}
    `) as unknown as TypedDocumentString<ConsoleCompleteReviewMutation, ConsoleCompleteReviewMutationVariables>;
export const ConsoleCloseCampaignDocument = new TypedDocumentString(`
    mutation ConsoleCloseCampaign($id: ID!) {
  closeReviewCampaign(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConsoleCloseCampaignMutation, ConsoleCloseCampaignMutationVariables>;
export const WorkCalendarDocument = new TypedDocumentString(`
    query WorkCalendar($year: Int!) {
  workCalendar(year: $year) {
    day
    working
    name
  }
}
    `) as unknown as TypedDocumentString<WorkCalendarQuery, WorkCalendarQueryVariables>;
export const SetWorkCalendarDocument = new TypedDocumentString(`
    mutation SetWorkCalendar($input: WorkCalendarInput!) {
  setWorkCalendar(input: $input) {
    day
    working
    name
  }
}
    `) as unknown as TypedDocumentString<SetWorkCalendarMutation, SetWorkCalendarMutationVariables>;
export const AidPoliciesDocument = new TypedDocumentString(`
    query AidPolicies($unitId: ID!) {
  aidPolicies(unitId: $unitId) {
    unitId
    editable
    settings {
      aidType
      approvalLimitFen
      yearlyCapFen
      noticeDays
      acceptWithinWorkingDays
      decideWithinWorkingDays
    }
    inForce {
      aidType
      approvalLimitFen
      yearlyCapFen
      noticeDays
      acceptWithinWorkingDays
      decideWithinWorkingDays
      sources {
        field
        unitId
        unitName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AidPoliciesQuery, AidPoliciesQueryVariables>;
export const SetAidPolicyDocument = new TypedDocumentString(`
    mutation SetAidPolicy($unitId: ID!, $input: AidPolicyInput!) {
  setAidPolicy(unitId: $unitId, input: $input) {
    unitId
  }
}
    `) as unknown as TypedDocumentString<SetAidPolicyMutation, SetAidPolicyMutationVariables>;
export const PolicyUnitsDocument = new TypedDocumentString(`
    query PolicyUnits($unitId: ID!) {
  unit(id: $unitId) {
    id
    name
    children {
      id
      name
      activeFlag
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyUnitsQuery, PolicyUnitsQueryVariables>;