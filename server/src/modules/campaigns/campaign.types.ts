import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { AidType, CaseStatus, HardshipCategory } from '@bangfu/shared';
import { asEnum, FenScalar } from '../../common/graphql.js';
import { AidTypeEnum, CaseStatusEnum } from '../cases/case.types.js';
import { HardshipCategoryEnum } from '../people/hardship-file.types.js';
import { CAMPAIGN_KINDS, ROSTER_STATUSES, type CampaignKind, type PayRefusal, type RosterStatus } from './campaign.entity.js';

export const CampaignKindEnum = asEnum(CAMPAIGN_KINDS);
registerEnumType(CampaignKindEnum, { name: 'CampaignKind', description: '送温暖, 金秋助学, 夏送清凉, disaster relief, other' });
export const RosterStatusEnum = asEnum(ROSTER_STATUSES);
registerEnumType(RosterStatusEnum, { name: 'RosterStatus' });

@ObjectType('CategoryAmount')
export class CategoryAmountView {
  @Field(() => HardshipCategoryEnum)
  category!: HardshipCategory;

  @Field(() => FenScalar)
  amountFen!: number;
}

@ObjectType('Campaign', { description: '集中帮扶活动 (domain.md §9)' })
export class CampaignView {
  @Field(() => ID)
  id!: string;

  unitId!: string;

  @Field(() => CampaignKindEnum)
  kind!: CampaignKind;

  @Field(() => String)
  title!: string;

  @Field(() => AidTypeEnum)
  aidType!: AidType;

  @Field(() => [CategoryAmountView], { description: 'The eligible file categories with their standard amount' })
  standardAmounts!: CategoryAmountView[];

  @Field(() => FenScalar)
  minAmountFen!: number;

  @Field(() => FenScalar)
  maxAmountFen!: number;

  @Field(() => Date)
  opensAt!: Date;

  @Field(() => Date)
  closesAt!: Date;

  @Field(() => Int)
  noticeDays!: number;

  @Field(() => Boolean, { description: "Whether its payments count toward the household's yearly cap of its aid type" })
  countsTowardCap!: boolean;

  @Field(() => String)
  status!: string;

  fundUnitIds!: string[];
}

@ObjectType('CampaignQuota')
export class CampaignQuotaView {
  unitId!: string;

  @Field(() => Int)
  households!: number;

  @Field(() => FenScalar)
  amountFen!: number;
}

@ObjectType('RosterEntry', { description: 'One household on a roster' })
export class RosterEntryView {
  @Field(() => ID)
  id!: string;

  fileId!: string;

  @Field(() => FenScalar)
  amountFen!: number;

  @Field(() => Boolean, { description: "False: outside the campaign's rule, added with a written reason (flagged)" })
  eligible!: boolean;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Boolean, { description: 'Added by staff rather than proposed by the build' })
  addedByHand!: boolean;

  @Field(() => Date, { nullable: true })
  removedAt!: Date | null;

  @Field(() => String, { nullable: true })
  removedReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The aid case the line became when the roster was approved' })
  caseId!: string | null;

  @Field(() => CaseStatusEnum, { nullable: true, description: 'Where that case stands' })
  caseStatus!: CaseStatus | null;

  payRefusal!: PayRefusal | null;
}

@ObjectType('Roster', { description: "A unit's roster (花名册) for a campaign" })
export class RosterView {
  @Field(() => ID)
  id!: string;

  campaignId!: string;

  unitId!: string;

  @Field(() => RosterStatusEnum)
  status!: RosterStatus;

  @Field(() => ID, { nullable: true, description: 'The build job, while it runs and after' })
  jobId!: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => String, { nullable: true })
  returnReason!: string | null;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the public notice of an approved roster ends; it is paid after' })
  noticeEndsAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'The latest payout job, while it runs and after' })
  payoutJobId!: string | null;
}

@InputType()
export class CategoryAmountInput {
  @Field(() => HardshipCategoryEnum)
  category!: HardshipCategory;

  @Field(() => Int)
  amountFen!: number;
}

@InputType()
export class CampaignInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => CampaignKindEnum)
  kind!: CampaignKind;

  @Field(() => String)
  title!: string;

  @Field(() => AidTypeEnum, { description: 'A money aid type the payments are made as' })
  aidType!: AidType;

  @Field(() => [CategoryAmountInput], { description: 'Eligible file categories, each with its standard amount' })
  standardAmounts!: CategoryAmountInput[];

  @Field(() => Int)
  minAmountFen!: number;

  @Field(() => Int)
  maxAmountFen!: number;

  @Field(() => Int, { description: 'Households the whole campaign may reach' })
  households!: number;

  @Field(() => Int, { description: 'Money the whole campaign may pay (fen)' })
  budgetFen!: number;

  @Field(() => Date)
  opensAt!: Date;

  @Field(() => Date)
  closesAt!: Date;

  @Field(() => Int)
  noticeDays!: number;

  @Field(() => Boolean, { nullable: true, description: "Count the payments toward the household's yearly cap (default no)" })
  countsTowardCap?: boolean | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Units whose aid funds pay it, the campaign's unit or below; each roster is paid by the nearest. Default: the unit's own",
  })
  fundUnitIds?: string[] | null;
}

@InputType()
export class QuotaInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => Int)
  households!: number;

  @Field(() => Int)
  amountFen!: number;
}

@InputType()
export class RosterEntryInput {
  @Field(() => ID)
  fileId!: string;

  @Field(() => Int, { nullable: true, description: "Default: the standard amount of the file's category" })
  amountFen?: number | null;

  @Field(() => String, { nullable: true, description: 'Required for a household outside the rule or an amount other than the standard' })
  reason?: string | null;
}

@ObjectType('CampaignFigures', { description: "Where a campaign stands in a unit's subtree" })
export class CampaignFiguresView {
  unitId!: string;

  @Field(() => Int, { description: 'Households on rosters (lines not taken off)' })
  households!: number;

  @Field(() => FenScalar)
  amountFen!: number;

  @Field(() => Int, { description: 'Lines approved into aid cases' })
  approved!: number;

  @Field(() => Int)
  paid!: number;

  @Field(() => FenScalar)
  paidFen!: number;

  @Field(() => Int, { description: 'Paid lines whose worker confirmed receipt' })
  received!: number;

  @Field(() => Int, { description: 'Lines the last payout left unpaid, with a reason' })
  unpaid!: number;
}

@ObjectType('CaseCampaign', { description: 'The campaign a case came from, as its worker may know it' })
export class CaseCampaignView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => CampaignKindEnum)
  kind!: CampaignKind;
}
