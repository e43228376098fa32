import type { AidType, CaseStatus } from '../enums/index.js';
import { isMoneyAid } from '../enums/index.js';

/**
 * Who may take an action:
 * - APPLICANT: the worker whose case it is; for cases registered at a desk, phone or letter
 *   (channel other than APP), also staff of the holding unit acting for the person (接待登记).
 * - STAFF: STATION_STAFF, UNIT_HEAD or UNION_ADMIN of the unit holding the case now.
 * - HEAD: UNIT_HEAD or UNION_ADMIN of the unit holding the case now.
 * - WORKER: the worker whose case it is, in person only (ratings).
 * - ANYONE: any signed-in person other than the applicant (objections to a public notice).
 * - RECIPIENT: the person the money was paid to, from their own account only; never staff (杜绝代签).
 */
export type CaseActor = 'APPLICANT' | 'STAFF' | 'HEAD' | 'WORKER' | 'ANYONE' | 'RECIPIENT';

export const CASE_ACTIONS = [
  'submit',
  'resubmit',
  'withdraw',
  'accept',
  'return',
  'startReview',
  'recordVisit',
  'propose',
  'approve',
  'reject',
  'escalate',
  'raiseObjection',
  'resolveObjection',
  'disburse',
  'confirmReceipt',
  'startService',
  'completeService',
  'close',
  'rate',
  'assign',
  'linkFile',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export type AidKind = 'MONEY' | 'SERVICE';

export interface CaseTransition {
  action: CaseAction;
  from: readonly CaseStatus[];
  /**
   * The state the action leads to, or null when it leaves the status as it is (a visit, an objection,
   * a rating, an assignment). The server may continue automatically (approve → notice, escalate → ACCEPTED).
   */
  to: CaseStatus | null;
  by: CaseActor;
  /** Limits the transition to money or service aid. */
  kind?: AidKind;
}

const BEFORE_DISBURSEMENT: CaseStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'ACCEPTED',
  'UNDER_REVIEW',
  'PROPOSED',
  'APPROVED',
  'PUBLIC_NOTICE',
  'READY_TO_PAY',
  'IN_SERVICE',
];
const OPEN_FOR_ASSIGNMENT: CaseStatus[] = [
  'SUBMITTED',
  'ACCEPTED',
  'UNDER_REVIEW',
  'PROPOSED',
  'APPROVED',
  'PUBLIC_NOTICE',
  'READY_TO_PAY',
  'DISBURSED',
  'IN_SERVICE',
  'SERVICE_DONE',
  'RECEIVED',
  'REJECTED',
];

/** The case lifecycle of domain.md §4 as data: the server enforces it, the client draws its buttons from it. */
export const CASE_TRANSITIONS: readonly CaseTransition[] = [
  { action: 'submit', from: ['DRAFT'], to: 'SUBMITTED', by: 'APPLICANT' },
  { action: 'resubmit', from: ['RETURNED'], to: 'SUBMITTED', by: 'APPLICANT' },
  { action: 'withdraw', from: BEFORE_DISBURSEMENT, to: 'WITHDRAWN', by: 'APPLICANT' },
  { action: 'accept', from: ['SUBMITTED'], to: 'ACCEPTED', by: 'STAFF' },
  // also during the investigation, when the home visit finds a document missing (issue 26)
  { action: 'return', from: ['SUBMITTED', 'UNDER_REVIEW'], to: 'RETURNED', by: 'STAFF' },
  { action: 'startReview', from: ['ACCEPTED'], to: 'UNDER_REVIEW', by: 'STAFF' },
  { action: 'recordVisit', from: ['UNDER_REVIEW'], to: null, by: 'STAFF' },
  // from PROPOSED: the unit a case was escalated to amends the proposal it received, stating why
  { action: 'propose', from: ['UNDER_REVIEW', 'PROPOSED'], to: 'PROPOSED', by: 'STAFF' },
  { action: 'approve', from: ['PROPOSED'], to: 'APPROVED', by: 'HEAD' },
  { action: 'reject', from: ['PROPOSED'], to: 'REJECTED', by: 'HEAD' },
  { action: 'escalate', from: ['UNDER_REVIEW', 'PROPOSED'], to: 'ESCALATED', by: 'HEAD' },
  { action: 'raiseObjection', from: ['PUBLIC_NOTICE'], to: null, by: 'ANYONE', kind: 'MONEY' },
  { action: 'resolveObjection', from: ['PUBLIC_NOTICE'], to: null, by: 'HEAD', kind: 'MONEY' },
  { action: 'disburse', from: ['READY_TO_PAY'], to: 'DISBURSED', by: 'STAFF', kind: 'MONEY' },
  { action: 'confirmReceipt', from: ['DISBURSED'], to: 'RECEIVED', by: 'RECIPIENT', kind: 'MONEY' },
  { action: 'startService', from: ['APPROVED'], to: 'IN_SERVICE', by: 'STAFF', kind: 'SERVICE' },
  { action: 'completeService', from: ['IN_SERVICE'], to: 'SERVICE_DONE', by: 'STAFF', kind: 'SERVICE' },
  { action: 'close', from: ['RECEIVED', 'SERVICE_DONE', 'REJECTED'], to: 'CLOSED', by: 'STAFF' },
  { action: 'rate', from: ['CLOSED'], to: null, by: 'WORKER' },
  { action: 'assign', from: OPEN_FOR_ASSIGNMENT, to: null, by: 'STAFF' },
  // a case registered before its applicant had a file gets the file opened or found, up to the decision
  { action: 'linkFile', from: ['SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'PROPOSED'], to: null, by: 'STAFF' },
];

export const aidKind = (type: AidType): AidKind => (isMoneyAid(type) ? 'MONEY' : 'SERVICE');

/** The transition an action takes from a status for an aid type, or undefined when the table has none. */
export function findTransition(action: CaseAction, status: CaseStatus, type: AidType): CaseTransition | undefined {
  return CASE_TRANSITIONS.find(
    (transition) =>
      transition.action === action && transition.from.includes(status) && (!transition.kind || transition.kind === aidKind(type)),
  );
}

/** Actions available from a status for the given actor capacities, before database guards. */
export function availableActions(status: CaseStatus, type: AidType, capacities: ReadonlySet<CaseActor>): CaseAction[] {
  return CASE_TRANSITIONS.filter(
    (transition) =>
      transition.from.includes(status) && (!transition.kind || transition.kind === aidKind(type)) && capacities.has(transition.by),
  ).map((transition) => transition.action);
}
