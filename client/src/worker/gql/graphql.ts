/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** 送温暖, 金秋助学, 夏送清凉, disaster relief, other */
export type CampaignKind =
  | 'AUTUMN_EDUCATION'
  | 'DISASTER_RELIEF'
  | 'OTHER'
  | 'SPRING_FESTIVAL'
  | 'SUMMER';

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

export type Channel =
  | 'APP'
  | 'CAMPAIGN'
  | 'HOTLINE'
  | 'LETTER'
  | 'REFERRAL'
  | 'WALK_IN';

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

export type FileStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'REVIEW_OVERDUE'
  | 'SUSPENDED';

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

export type RegisterWorkerInput = {
  employerUnitId: string | number;
  /** 18-character resident ID number (GB 11643-1999) */
  idNumber: string;
  name: string;
  password: string;
  phone: string;
  /** The REGISTER code sent to the phone (requestSmsCode) */
  smsCode: string;
};

/** What a one-time code sent by SMS may be used for */
export type SmsCodePurpose =
  | 'CONFIRM_RECEIPT'
  | 'LOGIN'
  | 'REGISTER'
  | 'RESET_PASSWORD';

/** Levels of the service network, top to bottom */
export type UnitLevel =
  | 'CITY'
  | 'DISTRICT'
  | 'ENTERPRISE'
  | 'PROVINCE'
  | 'STREET';

export type WorkerRequestSmsCodeMutationVariables = Exact<{
  phone: string;
  purpose: SmsCodePurpose;
}>;


export type WorkerRequestSmsCodeMutation = { requestSmsCode: boolean };

export type MyFileIdQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFileIdQuery = { myHardshipFile: { id: string, status: FileStatus } | null };

export type SaveApplicationMutationVariables = Exact<{
  input: CaseDraftInput;
}>;


export type SaveApplicationMutation = { saveDraft: { id: string, status: CaseStatus } };

export type SubmitApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitApplicationMutation = { submitCase: { id: string, status: CaseStatus } };

export type WorkerLoginMutationVariables = Exact<{
  phone: string;
  password: string;
}>;


export type WorkerLoginMutation = { login: { token: string, user: { id: string, name: string } } };

export type RegisterWorkerMutationVariables = Exact<{
  input: RegisterWorkerInput;
}>;


export type RegisterWorkerMutation = { registerWorker: { token: string, user: { id: string, name: string } } };

export type ServiceUnitsQueryVariables = Exact<{
  search: string;
}>;


export type ServiceUnitsQuery = { serviceUnits: Array<{ id: string, code: string, name: string, parentName: string | null }> };

export type WorkerResetPasswordWithCodeMutationVariables = Exact<{
  phone: string;
  code: string;
  newPassword: string;
}>;


export type WorkerResetPasswordWithCodeMutation = { resetPasswordWithSmsCode: { token: string, user: { id: string, name: string } } };

export type WorkerLoginWithCodeMutationVariables = Exact<{
  phone: string;
  code: string;
}>;


export type WorkerLoginWithCodeMutation = { loginWithSmsCode: { token: string, user: { id: string, name: string } } };

export type MyCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCasesQuery = { myCases: { totalCount: number, edges: Array<{ node: { id: string, clientId: string, title: string, type: AidType, status: CaseStatus, caseNumber: string | null, reference: string, nextStep: string, updatedAt: string, overdue: boolean } }> } };

export type WorkerCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkerCaseQuery = { case: { id: string, clientId: string, title: string, type: AidType, status: CaseStatus, caseNumber: string | null, reference: string, nextStep: string, dueAt: string | null, overdue: boolean, submittedAt: string | null, noticeEndsAt: string | null, missingItems: Array<string>, returnReason: string | null, rejectReason: string | null, requestedAmountFen: number | null, approvedAmountFen: number | null, allowedActions: Array<CaseAction>, rating: number | null, ratingComment: string | null, holder: { name: string, level: UnitLevel, hotline: string | null }, campaign: { title: string, kind: CampaignKind } | null, payments: Array<{ amountFen: number, method: DisbursementMethod, reversed: boolean, arrival: ArrivalStatus | null, bankMessage: string | null, bankName: string | null, accountNumberMasked: string | null, receivedAt: string | null }>, documents: Array<{ id: string, slot: EvidenceSlot, createdAt: string }>, events: Array<{ id: string, occurredAt: string, action: string, fromStatus: CaseStatus | null, toStatus: CaseStatus | null, actorRole: string | null, comment: string | null, unit: { name: string, level: UnitLevel } }> } | null };

export type MyPhoneQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPhoneQuery = { me: { id: string, phone: string } };

export type ConfirmReceiptMutationVariables = Exact<{
  id: string | number;
  smsCode: string;
}>;


export type ConfirmReceiptMutation = { confirmReceipt: { id: string, status: CaseStatus } };

export type RateCaseMutationVariables = Exact<{
  id: string | number;
  score: number;
  comment?: string | null | undefined;
}>;


export type RateCaseMutation = { rateCase: { id: string, rating: number | null } };

export type ResubmitCaseMutationVariables = Exact<{
  id: string | number;
}>;


export type ResubmitCaseMutation = { resubmitCase: { id: string, status: CaseStatus } };

export type WithdrawCaseMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawCaseMutation = { withdrawCase: { id: string, status: CaseStatus } };

export type MyHardshipFileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHardshipFileQuery = { myHardshipFile: { id: string, status: FileStatus, category: HardshipCategory, causes: Array<HardshipCause>, idNumberMasked: string, householdSize: number, unit: { name: string }, household: { perCapitaIncomeFen: number | null, members: Array<{ name: string, relation: string }> } } | null };

export type WorkerInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerInboxQuery = { notifications: { totalCount: number, edges: Array<{ node: { id: string, kind: string, message: string, caseId: string | null, createdAt: string, readAt: string | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type WorkerUnreadQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerUnreadQuery = { notifications: { totalCount: number } };

export type WorkerLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type WorkerLogoutMutation = { logout: boolean };

export type WorkerChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type WorkerChangePasswordMutation = { changePassword: boolean };

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

export const WorkerRequestSmsCodeDocument = new TypedDocumentString(`
    mutation WorkerRequestSmsCode($phone: String!, $purpose: SmsCodePurpose!) {
  requestSmsCode(phone: $phone, purpose: $purpose)
}
    `) as unknown as TypedDocumentString<WorkerRequestSmsCodeMutation, WorkerRequestSmsCodeMutationVariables>;
export const MyFileIdDocument = new TypedDocumentString(`
    query MyFileId {
  myHardshipFile {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MyFileIdQuery, MyFileIdQueryVariables>;
export const SaveApplicationDocument = new TypedDocumentString(`
    mutation SaveApplication($input: CaseDraftInput!) {
  saveDraft(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SaveApplicationMutation, SaveApplicationMutationVariables>;
export const SubmitApplicationDocument = new TypedDocumentString(`
    mutation SubmitApplication($id: ID!) {
  submitCase(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const WorkerLoginDocument = new TypedDocumentString(`
    mutation WorkerLogin($phone: String!, $password: String!) {
  login(phone: $phone, password: $password) {
    token
    user {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WorkerLoginMutation, WorkerLoginMutationVariables>;
export const RegisterWorkerDocument = new TypedDocumentString(`
    mutation RegisterWorker($input: RegisterWorkerInput!) {
  registerWorker(input: $input) {
    token
    user {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterWorkerMutation, RegisterWorkerMutationVariables>;
export const ServiceUnitsDocument = new TypedDocumentString(`
    query ServiceUnits($search: String!) {
  serviceUnits(search: $search) {
    id
    code
    name
    parentName
  }
}
    `) as unknown as TypedDocumentString<ServiceUnitsQuery, ServiceUnitsQueryVariables>;
export const WorkerResetPasswordWithCodeDocument = new TypedDocumentString(`
    mutation WorkerResetPasswordWithCode($phone: String!, $code: String!, $newPassword: String!) {
  resetPasswordWithSmsCode(phone: $phone, code: $code, newPassword: $newPassword) {
    token
    user {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WorkerResetPasswordWithCodeMutation, WorkerResetPasswordWithCodeMutationVariables>;
export const WorkerLoginWithCodeDocument = new TypedDocumentString(`
    mutation WorkerLoginWithCode($phone: String!, $code: String!) {
  loginWithSmsCode(phone: $phone, code: $code) {
    token
    user {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WorkerLoginWithCodeMutation, WorkerLoginWithCodeMutationVariables>;
export const MyCasesDocument = new TypedDocumentString(`
    query MyCases {
  myCases(first: 50) {
    totalCount
    edges {
      node {
        id
        clientId
        title
        type
        status
        caseNumber
        reference
        nextStep
        updatedAt
        overdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyCasesQuery, MyCasesQueryVariables>;
export const WorkerCaseDocument = new TypedDocumentString(`
    query WorkerCase($id: ID!) {
  case(id: $id) {
    id
    clientId
    title
    type
    status
    caseNumber
    reference
    nextStep
    dueAt
    overdue
    submittedAt
    holder {
      name
      level
      hotline
    }
    noticeEndsAt
    missingItems
    returnReason
    rejectReason
    requestedAmountFen
    approvedAmountFen
    campaign {
      title
      kind
    }
    payments {
      amountFen
      method
      reversed
      arrival
      bankMessage
      bankName
      accountNumberMasked
      receivedAt
    }
    allowedActions
    rating
    ratingComment
    documents {
      id
      slot
      createdAt
    }
    events {
      id
      occurredAt
      action
      fromStatus
      toStatus
      actorRole
      comment
      unit {
        name
        level
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkerCaseQuery, WorkerCaseQueryVariables>;
export const MyPhoneDocument = new TypedDocumentString(`
    query MyPhone {
  me {
    id
    phone
  }
}
    `) as unknown as TypedDocumentString<MyPhoneQuery, MyPhoneQueryVariables>;
export const ConfirmReceiptDocument = new TypedDocumentString(`
    mutation ConfirmReceipt($id: ID!, $smsCode: String!) {
  confirmReceipt(id: $id, smsCode: $smsCode) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ConfirmReceiptMutation, ConfirmReceiptMutationVariables>;
export const RateCaseDocument = new TypedDocumentString(`
    mutation RateCase($id: ID!, $score: Int!, $comment: String) {
  rateCase(id: $id, score: $score, comment: $comment) {
    id
    rating
  }
}
    `) as unknown as TypedDocumentString<RateCaseMutation, RateCaseMutationVariables>;
export const ResubmitCaseDocument = new TypedDocumentString(`
    mutation ResubmitCase($id: ID!) {
  resubmitCase(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResubmitCaseMutation, ResubmitCaseMutationVariables>;
export const WithdrawCaseDocument = new TypedDocumentString(`
    mutation WithdrawCase($id: ID!) {
  withdrawCase(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawCaseMutation, WithdrawCaseMutationVariables>;
export const MyHardshipFileDocument = new TypedDocumentString(`
    query MyHardshipFile {
  myHardshipFile {
    id
    status
    category
    causes
    idNumberMasked
    householdSize
    unit {
      name
    }
    household {
      perCapitaIncomeFen
      members {
        name
        relation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyHardshipFileQuery, MyHardshipFileQueryVariables>;
export const WorkerInboxDocument = new TypedDocumentString(`
    query WorkerInbox {
  notifications(first: 50) {
    totalCount
    edges {
      node {
        id
        kind
        message
        caseId
        createdAt
        readAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkerInboxQuery, WorkerInboxQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const WorkerUnreadDocument = new TypedDocumentString(`
    query WorkerUnread {
  notifications(unreadOnly: true, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<WorkerUnreadQuery, WorkerUnreadQueryVariables>;
export const WorkerLogoutDocument = new TypedDocumentString(`
    mutation WorkerLogout {
  logout
}
    `) as unknown as TypedDocumentString<WorkerLogoutMutation, WorkerLogoutMutationVariables>;
export const WorkerChangePasswordDocument = new TypedDocumentString(`
    mutation WorkerChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<WorkerChangePasswordMutation, WorkerChangePasswordMutationVariables>;