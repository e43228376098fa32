import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CANCEL_REASONS,
  FILE_STATUSES,
  HARDSHIP_CATEGORIES,
  SCHOOLING_STAGES,
  HARDSHIP_CAUSES,
  type CancelReason,
  type FileStatus,
  type HardshipCategory,
  type HardshipCause,
  type Sex,
  type SchoolingStage,
} from '@bangfu/shared';
import { asEnum, connectionType } from '../../common/graphql.js';

export const HardshipCauseEnum = asEnum(HARDSHIP_CAUSES);
export const HardshipCategoryEnum = asEnum(HARDSHIP_CATEGORIES);
export const FileStatusEnum = asEnum(FILE_STATUSES);
export const CancelReasonEnum = asEnum(CANCEL_REASONS);
export const SexEnum = asEnum(['MALE', 'FEMALE'] as const);
export const SchoolingStageEnum = asEnum(SCHOOLING_STAGES);
registerEnumType(SchoolingStageEnum, { name: 'SchoolingStage', description: '学前, 义务教育, 普通高中, 中职/高职, 高等教育' });
registerEnumType(HardshipCauseEnum, { name: 'HardshipCause' });
registerEnumType(HardshipCategoryEnum, { name: 'HardshipCategory' });
registerEnumType(FileStatusEnum, { name: 'FileStatus' });
registerEnumType(CancelReasonEnum, { name: 'CancelReason' });
registerEnumType(SexEnum, { name: 'Sex' });

@ObjectType('HouseholdMember')
export class HouseholdMemberView {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  relation!: string;

  @Field(() => String, { nullable: true, description: 'Masked, e.g. 3301**********1234' })
  idNumberMasked!: string | null;

  @Field(() => String, { nullable: true, description: 'Sensitive: null unless the caller works the file' })
  health!: string | null;

  @Field(() => String, { nullable: true })
  employment!: string | null;

  @Field(() => Int, { nullable: true, description: 'Fen; sensitive: null unless the caller works the file' })
  monthlyIncomeFen!: number | null;

  @Field(() => SchoolingStageEnum, { nullable: true })
  schooling!: SchoolingStage | null;

  @Field(() => Boolean)
  isRecipient!: boolean;
}

@ObjectType('Household')
export class HouseholdView {
  @Field(() => [HouseholdMemberView])
  members!: HouseholdMemberView[];

  @Field(() => Int, { nullable: true })
  totalMonthlyIncomeFen!: number | null;

  @Field(() => Int, { nullable: true })
  perCapitaIncomeFen!: number | null;

  @Field(() => Int, { nullable: true, description: 'The local minimum living standard (低保线) the unit uses, fen per person per month' })
  minimumLivingStandardFen!: number | null;

  @Field(() => String, { nullable: true })
  housing!: string | null;
}

@ObjectType('HardshipFileEvent')
export class HardshipFileEventView {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String)
  action!: string;

  @Field(() => FileStatusEnum, { nullable: true })
  fromStatus!: FileStatus | null;

  @Field(() => FileStatusEnum, { nullable: true })
  toStatus!: FileStatus | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('PayeeAccount', { description: 'The bank account aid is paid into (代发); the number is masked' })
export class PayeeAccountView {
  @Field(() => String)
  bankName!: string;

  @Field(() => String, { description: 'The last four digits only; revealPayeeAccount gives the full number (logged)' })
  accountNumberMasked!: string;

  @Field(() => String, { description: "The holder: the file's person or a household member the file names as recipient" })
  holderName!: string;

  @Field(() => Date)
  setAt!: Date;
}

@InputType()
export class PayeeAccountInput {
  @Field(() => String, { description: 'e.g. 中国工商银行临沂兰山支行' })
  bankName!: string;

  @Field(() => String, { description: 'The card or account number; blanks and dashes are ignored' })
  accountNumber!: string;

  @Field(() => String, { nullable: true, description: "The holder's ID number; the file's person when left out" })
  holderIdNumber?: string | null;
}

@ObjectType('HardshipFile', { description: '困难职工档案' })
export class HardshipFileView {
  @Field(() => ID)
  id!: string;

  unitId!: string;

  @Field(() => FileStatusEnum)
  status!: FileStatus;

  @Field(() => HardshipCategoryEnum)
  category!: HardshipCategory;

  @Field(() => [HardshipCauseEnum])
  causes!: HardshipCause[];

  @Field(() => String)
  personName!: string;

  @Field(() => Date, { nullable: true, description: "When staff checked the holder's ID card at the counter (实名核验)" })
  identityVerifiedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The last review: in a campaign, or of the file alone' })
  reviewedAt!: Date | null;

  @Field(() => String, { description: 'Masked; use revealIdNumber for the full value (logged)' })
  idNumberMasked!: string;

  @Field(() => String)
  birthDate!: string;

  @Field(() => SexEnum)
  sex!: Sex;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  employerName!: string | null;

  @Field(() => Boolean)
  unionMember!: boolean;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => Int)
  householdSize!: number;

  @Field(() => HouseholdView)
  household!: HouseholdView;

  @Field(() => PayeeAccountView, { nullable: true })
  payeeAccount!: PayeeAccountView | null;

  /** Whether `household` carries health and income (the caller works the file, or it is their own). */
  sensitive!: boolean;

  @Field(() => CancelReasonEnum, { nullable: true })
  cancelReason!: CancelReason | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

export const HardshipFileConnection = connectionType(HardshipFileView, 'HardshipFile');

@InputType()
export class HouseholdMemberInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'e.g. 本人, 配偶, 子女, 父母' })
  relation!: string;

  @Field(() => String, { nullable: true })
  idNumber?: string | null;

  @Field(() => String, { nullable: true })
  health?: string | null;

  @Field(() => String, { nullable: true })
  employment?: string | null;

  @Field(() => Int, { description: 'Fen' })
  monthlyIncomeFen!: number;

  @Field(() => SchoolingStageEnum, { nullable: true, description: 'In school now, and at which stage (金秋助学 needs non-compulsory)' })
  schooling?: SchoolingStage | null;

  @Field(() => Boolean, { nullable: true, description: 'Money may be paid to this member (real-name rule)' })
  isRecipient?: boolean | null;
}

@InputType()
export class HardshipFileInput {
  @Field(() => ID, { description: 'The unit that holds the file' })
  unitId!: string;

  @Field(() => String)
  personName!: string;

  @Field(() => String)
  idNumber!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  employerName?: string | null;

  @Field(() => Boolean, { nullable: true })
  unionMember?: boolean | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => [HouseholdMemberInput], { nullable: true })
  members?: HouseholdMemberInput[] | null;

  @Field(() => Int, { nullable: true })
  minimumLivingStandardFen?: number | null;

  @Field(() => String, { nullable: true })
  housing?: string | null;

  @Field(() => [HardshipCauseEnum])
  causes!: HardshipCause[];

  @Field(() => HardshipCategoryEnum)
  category!: HardshipCategory;

  @Field(() => Boolean, {
    nullable: true,
    description: "The staff member checked the holder's ID card at the counter (实名核验); a changed ID number needs it again",
  })
  identityChecked?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why the file was created or changed; kept in its history' })
  note?: string | null;
}
