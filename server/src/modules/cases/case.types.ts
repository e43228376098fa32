import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  AID_TYPES,
  CASE_ACTIONS,
  CASE_STATUSES,
  CHANNELS,
  EVIDENCE_SLOTS,
  type AidType,
  type CaseStatus,
  type Channel,
  type EvidenceSlot,
  type HardshipCause,
} from '@bangfu/shared';
import { HardshipCauseEnum } from '../people/hardship-file.types.js';
import { asEnum, connectionType, FenScalar } from '../../common/graphql.js';

export const CaseStatusEnum = asEnum(CASE_STATUSES);
export const AidTypeEnum = asEnum(AID_TYPES);
export const ChannelEnum = asEnum(CHANNELS);
export const CaseActionEnum = asEnum(CASE_ACTIONS);
export const CaseOrderEnum = asEnum(['DUE_AT', 'SUBMITTED_AT_DESC'] as const);
export const EvidenceSlotEnum = asEnum(EVIDENCE_SLOTS);
export type CaseOrder = keyof typeof CaseOrderEnum;
registerEnumType(CaseStatusEnum, { name: 'CaseStatus' });
registerEnumType(AidTypeEnum, { name: 'AidType' });
registerEnumType(ChannelEnum, { name: 'Channel' });
registerEnumType(EvidenceSlotEnum, { name: 'EvidenceSlot', description: 'Which document a piece of evidence is' });
registerEnumType(CaseActionEnum, { name: 'CaseAction', description: 'What the caller may do next (from the shared transitions table)' });
registerEnumType(CaseOrderEnum, { name: 'CaseOrder', description: 'DUE_AT: soonest deadline first; SUBMITTED_AT_DESC: newest first' });

@ObjectType('CaseEvent', { description: 'One step of the timeline' })
export class CaseEventView {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String)
  action!: string;

  @Field(() => CaseStatusEnum, { nullable: true })
  fromStatus!: CaseStatus | null;

  @Field(() => CaseStatusEnum, { nullable: true })
  toStatus!: CaseStatus | null;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: 'The role acted in, WORKER, or SYSTEM' })
  actorRole!: string | null;

  unitId!: string;

  @Field(() => String, { nullable: true })
  comment!: string | null;
}

@ObjectType('CaseDocument', { description: 'Evidence uploaded for a case; fetch `url` with the bearer token' })
export class CaseDocumentView {
  @Field(() => ID)
  id!: string;

  @Field(() => EvidenceSlotEnum)
  slot!: EvidenceSlot;

  @Field(() => String)
  contentType!: string;

  @Field(() => Int)
  byteSize!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String)
  url!: string;
}

@ObjectType('CaseVisit', { description: 'Investigation / home-visit record (入户调查)' })
export class CaseVisitView {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  visitedAt!: Date;

  @Field(() => ID)
  visitorId!: string;

  @Field(() => String)
  findings!: string;

  @Field(() => Boolean)
  householdVerified!: boolean;
}

@ObjectType('AidCase')
export class AidCaseView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Given at acceptance, e.g. LY-LS-2026-000123' })
  caseNumber!: string | null;

  @Field(() => String)
  clientId!: string;

  // plain fields, filled when the view is made: a queue page would otherwise run two field resolvers per row
  @Field(() => String, { description: 'The application reference the worker quotes until the case number is given (e.g. K7QM-3XPA)' })
  reference!: string;

  @Field(() => Boolean)
  overdue!: boolean;

  @Field(() => AidTypeEnum)
  type!: AidType;

  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => CaseStatusEnum)
  status!: CaseStatus;

  unitId!: string;
  originUnitId!: string;
  fileId!: string | null;
  assignedToId!: string | null;
  applicantUserId!: string | null;

  @Field(() => String)
  applicantName!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Int, { nullable: true })
  requestedAmountFen!: number | null;

  @Field(() => Int, { nullable: true })
  proposedAmountFen!: number | null;

  @Field(() => String, { nullable: true })
  servicePlan!: string | null;

  @Field(() => Int, { nullable: true })
  approvedAmountFen!: number | null;

  @Field(() => Int)
  instalments!: number;

  @Field(() => String, { nullable: true, description: 'Shown to the worker' })
  rejectReason!: string | null;

  @Field(() => String, { nullable: true })
  returnReason!: string | null;

  @Field(() => [String], { description: 'Everything missing, listed at once (一次性告知)' })
  missingItems!: string[];

  @Field(() => Date, { nullable: true })
  noticeEndsAt!: Date | null;

  @Field(() => Boolean)
  objectionOpen!: boolean;

  campaignId!: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Deadline of the current step (working days)' })
  dueAt!: Date | null;

  @Field(() => String, { nullable: true })
  serviceReport!: string | null;

  @Field(() => String, { nullable: true, description: '办结报告' })
  closureReport!: string | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Int, { nullable: true })
  rating!: number | null;

  @Field(() => String, { nullable: true })
  ratingComment!: string | null;

  @Field(() => String, { nullable: true })
  withdrawnReason!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

export const AidCaseConnection = connectionType(AidCaseView, 'AidCase');

@ObjectType('BulkCaseResult', { description: 'The outcome for one id of a bulk action' })
export class BulkCaseResultView {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => String, { nullable: true, description: 'The error code when not ok' })
  code!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field(() => AidCaseView, { nullable: true })
  case!: AidCaseView | null;
}

@ObjectType('PublicNotice', { description: 'An approved money case on public notice, names masked (张*三)' })
export class PublicNoticeView {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { nullable: true })
  caseNumber!: string | null;

  @Field(() => String)
  maskedName!: string;

  @Field(() => AidTypeEnum)
  type!: AidType;

  @Field(() => Int)
  amountFen!: number;

  @Field(() => Date)
  noticeEndsAt!: Date;

  @Field(() => Boolean)
  objectionOpen!: boolean;
}

@InputType({ description: 'What the applicant answered when applying' })
export class ApplicationAnswersInput {
  @Field(() => [HardshipCauseEnum], { nullable: true })
  causes?: HardshipCause[] | null;

  @Field(() => Int, { nullable: true, description: 'People in the household' })
  householdSize?: number | null;

  @Field(() => Int, { nullable: true, description: "The household's monthly income in fen" })
  monthlyIncomeFen?: number | null;
}

@ObjectType({ description: 'What the applicant answered when applying; the income only for those who may read sensitive data' })
export class ApplicationAnswersView {
  @Field(() => [HardshipCauseEnum])
  causes!: HardshipCause[];

  @Field(() => Int, { nullable: true })
  householdSize?: number | null;

  @Field(() => Int, { nullable: true, description: 'Null when not given, or when masked for this reader' })
  monthlyIncomeFen?: number | null;

  @Field(() => Boolean, { description: 'True when the income was left out for this reader' })
  incomeMasked!: boolean;
}

@InputType()
export class CaseDraftInput {
  @Field(() => String, { description: 'Generated on the device; saving twice with the same clientId is one case' })
  clientId!: string;

  @Field(() => AidTypeEnum)
  type!: AidType;

  @Field(() => ChannelEnum, { nullable: true, description: "APP for the worker's own phone; staff register the others" })
  channel?: Channel | null;

  @Field(() => ID, { nullable: true, description: "The unit applied to; defaults to the file's unit or the employer" })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  fileId?: string | null;

  @Field(() => String, { nullable: true, description: 'For desk registrations without a file' })
  applicantName?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int, { nullable: true })
  requestedAmountFen?: number | null;

  @Field(() => ApplicationAnswersInput, { nullable: true, description: "The applicant's answers as data (kept encrypted)" })
  answers?: ApplicationAnswersInput | null;
}

@InputType()
export class VisitInput {
  @Field(() => Date)
  visitedAt!: Date;

  @Field(() => String)
  findings!: string;

  @Field(() => Boolean)
  householdVerified!: boolean;
}

@InputType()
export class ProposalInput {
  @Field(() => Int, { nullable: true, description: 'Fen, for money aid' })
  amountFen?: number | null;

  @Field(() => Int, { nullable: true, description: 'Money aid in equal instalments (1..12), each paid once' })
  instalments?: number | null;

  @Field(() => String, { nullable: true, description: 'For service aid' })
  servicePlan?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('HouseholdAid', {
  description: "A household's money aid of one type approved this year, beside the yearly cap (domain.md §12)",
})
export class HouseholdAidView {
  @Field(() => AidTypeEnum)
  type!: AidType;

  @Field(() => FenScalar, { description: 'Approved this year to anyone the file names, on any file at any unit' })
  usedFen!: number;

  @Field(() => FenScalar, { description: "The yearly cap the file's unit applies to this type" })
  capFen!: number;
}
