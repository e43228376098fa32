/** Levels of the service network, top to bottom (domain.md §2). */
export const UNIT_LEVELS = ['PROVINCE', 'CITY', 'DISTRICT', 'STREET', 'ENTERPRISE'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** A parent must sit at a strictly smaller rank than its child; levels may be skipped. */
export const levelRank = (level: UnitLevel): number => UNIT_LEVELS.indexOf(level);

/** Roles are granted on a unit (domain.md §1). */
export const ROLES = ['WORKER', 'STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN', 'AUDITOR', 'SYSTEM_ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose read access covers the whole subtree of the unit they are granted on (domain.md §8). */
export const SUBTREE_READ_ROLES: readonly Role[] = ['UNION_ADMIN', 'AUDITOR', 'SYSTEM_ADMIN'];
/** Roles that may act (not only read) on records held by the unit. */
export const ACTING_ROLES: readonly Role[] = ['STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN'];
/** Roles whose grants open a unit's records (cases, files, ledgers, audit) to reading; operators read none. */
export const RECORD_READ_ROLES: readonly Role[] = ['STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN', 'AUDITOR'];
/** Roles that decide: approve, reject, escalate, allocate and correct money. */
export const HEAD_ROLES: readonly Role[] = ['UNIT_HEAD', 'UNION_ADMIN'];

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Hardship files (domain.md §3). */
export const HARDSHIP_CAUSES = [
  'ILLNESS',
  'DISABILITY',
  'UNEMPLOYMENT',
  'ENTERPRISE_DIFFICULTY',
  'EDUCATION_COSTS',
  'DISASTER',
  'ACCIDENT',
  'LOW_INCOME',
  'SINGLE_PARENT',
  'OTHER',
] as const;
export type HardshipCause = (typeof HARDSHIP_CAUSES)[number];
export const HARDSHIP_CATEGORIES = ['DEEP', 'RELATIVE', 'ACCIDENTAL'] as const;
/** A household member's schooling: pre-school, the nine compulsory years, senior high, vocational, higher education. */
export const SCHOOLING_STAGES = ['PRESCHOOL', 'COMPULSORY', 'HIGH_SCHOOL', 'VOCATIONAL', 'HIGHER'] as const;
export type SchoolingStage = (typeof SCHOOLING_STAGES)[number];
/** Non-compulsory education, which 金秋助学 supports (domain.md §9). */
export const NON_COMPULSORY_STAGES: readonly SchoolingStage[] = ['HIGH_SCHOOL', 'VOCATIONAL', 'HIGHER'];
export type HardshipCategory = (typeof HARDSHIP_CATEGORIES)[number];
export const FILE_STATUSES = ['ACTIVE', 'REVIEW_OVERDUE', 'SUSPENDED', 'CANCELLED'] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];
export const CANCEL_REASONS = ['RECOVERED', 'DECEASED', 'MOVED', 'DUPLICATE', 'OTHER'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

/** Aid cases (domain.md §4). */
export const MONEY_AID_TYPES = ['LIVING', 'MEDICAL', 'EDUCATION', 'DISASTER', 'ACCIDENT'] as const;
export const SERVICE_AID_TYPES = ['LEGAL_AID', 'EMPLOYMENT', 'TRAINING', 'PETITION', 'MUTUAL_MEDICAL', 'OTHER'] as const;
export const AID_TYPES = [...MONEY_AID_TYPES, ...SERVICE_AID_TYPES] as const;
export type AidType = (typeof AID_TYPES)[number];
export const isMoneyAid = (type: AidType): boolean => (MONEY_AID_TYPES as readonly string[]).includes(type);
/** Emergency aid may be paid while the file is still being established. */
export const EMERGENCY_AID_TYPES: readonly AidType[] = ['DISASTER', 'ACCIDENT'];

/** A completed export's error once its file was deleted after the retention period: the console says "export again". */
export const EXPORT_EXPIRED = 'EXPIRED';

/** The settings a unit's policy row may carry; each one left empty is taken from the units above (domain.md §4). */
export const AID_POLICY_FIELDS = [
  'approvalLimitFen',
  'yearlyCapFen',
  'noticeDays',
  'acceptWithinWorkingDays',
  'decideWithinWorkingDays',
] as const;
export type AidPolicyField = (typeof AID_POLICY_FIELDS)[number];

/** How an application reached the union; a draft may be saved in any of them. */
export const APPLICATION_CHANNELS = ['APP', 'WALK_IN', 'HOTLINE', 'LETTER', 'REFERRAL'] as const;
/** Every channel a case may have: applications, and the roster lines of an approved campaign roster. */
export const CHANNELS = [...APPLICATION_CHANNELS, 'CAMPAIGN'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CASE_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'ACCEPTED',
  'UNDER_REVIEW',
  'PROPOSED',
  'APPROVED',
  'REJECTED',
  'ESCALATED',
  'PUBLIC_NOTICE',
  'READY_TO_PAY',
  'DISBURSED',
  'RECEIVED',
  'IN_SERVICE',
  'SERVICE_DONE',
  'CLOSED',
  'WITHDRAWN',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * What a status means to the person looking at it, for its colour: someone must act (send again, confirm receipt),
 * it ended well, it ended without aid, or it is being worked on.
 */
export type StatusTone = 'action' | 'done' | 'stopped' | 'working';
export function statusTone(status: CaseStatus): StatusTone {
  if (status === 'RETURNED' || status === 'DISBURSED') return 'action';
  if (status === 'RECEIVED' || status === 'SERVICE_DONE' || status === 'CLOSED') return 'done';
  if (status === 'REJECTED' || status === 'WITHDRAWN') return 'stopped';
  return 'working';
}

/** Aid funds (domain.md §5). */
export const FUND_SOURCES = ['GOVERNMENT', 'UNION_FUNDS', 'HIGHER_UNION_SUBSIDY', 'DONATION', 'FUNDRAISING', 'INTEREST'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];
/** What an aid fund may pay for: aid on a case, and grants to stations. */
export const ALLOWED_EXPENSE_CATEGORIES = ['CASE_AID', 'STATION_GRANT'] as const;
/** Named so the refusal can say which rule it breaks (专款专用). */
export const FORBIDDEN_EXPENSE_CATEGORIES = ['SALARY', 'BONUS', 'ALLOWANCE', 'VEHICLE', 'PHONE', 'BUILDING_WORKS', 'OTHER'] as const;
export const EXPENSE_CATEGORIES = [...ALLOWED_EXPENSE_CATEGORIES, ...FORBIDDEN_EXPENSE_CATEGORIES] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];
export const DISBURSEMENT_METHODS = ['CASH', 'BANK_TRANSFER', 'IN_KIND'] as const;
export type DisbursementMethod = (typeof DISBURSEMENT_METHODS)[number];
/** How a payment's recipient was known to be the person (实名): a verified account, the file's counter check, or at payout. */
/** Where a bank payment stands (到账情况): sent and not yet confirmed by the bank, arrived, or failed and returned. */
export const ARRIVAL_STATUSES = ['IN_TRANSIT', 'ARRIVED', 'FAILED'] as const;
export type ArrivalStatus = (typeof ARRIVAL_STATUSES)[number];

export const PAYOUT_BATCH_STATUSES = ['DRAFT', 'APPROVED', 'EXPORTED', 'SETTLED', 'CANCELLED'] as const;
export type PayoutBatchStatus = (typeof PAYOUT_BATCH_STATUSES)[number];

export const RECIPIENT_IDENTITY_BASES = ['ACCOUNT', 'FILE', 'AT_PAYOUT'] as const;
export type RecipientIdentityBasis = (typeof RECIPIENT_IDENTITY_BASES)[number];

/** Evidence a worker photographs for a case; each slot says which document it wants. */
export const EVIDENCE_SLOTS = [
  'ID_CARD',
  'HARDSHIP_PROOF',
  'MEDICAL_RECORD',
  'SCHOOL_ENROLLMENT',
  'DISASTER_PROOF',
  'INCOME_PROOF',
  'OTHER',
] as const;
export type EvidenceSlot = (typeof EVIDENCE_SLOTS)[number];
const TYPE_EVIDENCE: Partial<Record<AidType, EvidenceSlot[]>> = {
  MEDICAL: ['MEDICAL_RECORD'],
  EDUCATION: ['SCHOOL_ENROLLMENT'],
  DISASTER: ['DISASTER_PROOF'],
  ACCIDENT: ['DISASTER_PROOF'],
  LIVING: ['INCOME_PROOF'],
};
/** The slots the apply flow offers for a type: the ID card and hardship proof always, then the type's own. */
export const evidenceSlotsFor = (type: AidType): EvidenceSlot[] => ['ID_CARD', 'HARDSHIP_PROOF', ...(TYPE_EVIDENCE[type] ?? []), 'OTHER'];

/** What an application of a type cannot go without: the ID card and the type's own document (a bill for medical aid). */
export const requiredEvidenceFor = (type: AidType): EvidenceSlot[] => ['ID_CARD', ...(TYPE_EVIDENCE[type] ?? [])];

/** The largest household an application or a file may state: the shared schema and the apply page both hold to it. */
export const HOUSEHOLD_SIZE_MAX = 30;
