import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import type { CancelReason } from '@bangfu/shared';
import { requireActor, type Context } from '../../common/context.js';
import { connectionType, listComplexity, smallListComplexity, toConnection } from '../../common/graphql.js';
import { toUnitView, UnitView } from '../org/unit.types.js';
import { toFileView } from '../people/hardship-file.resolver.js';
import { CancelReasonEnum, HardshipFileInput, HardshipFileView } from '../people/hardship-file.types.js';
import type { ReviewCampaign, ReviewOutcome, ReviewTask, ReviewTaskStatus } from './review.entity.js';

const ReviewOutcomeEnum = { KEEP: 'KEEP', UPDATE: 'UPDATE', RECLASSIFY: 'RECLASSIFY', CANCEL: 'CANCEL' } as const;
const ReviewTaskStatusEnum = { DUE: 'DUE', OVERDUE: 'OVERDUE', DONE: 'DONE' } as const;
const CampaignStatusEnum = { OPEN: 'OPEN', CLOSED: 'CLOSED' } as const;
registerEnumType(ReviewOutcomeEnum, { name: 'ReviewOutcome' });
registerEnumType(ReviewTaskStatusEnum, { name: 'ReviewTaskStatus' });
registerEnumType(CampaignStatusEnum, { name: 'ReviewCampaignStatus' });

@ObjectType('ReviewProgress')
class ProgressView {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  due!: number;

  @Field(() => Int)
  overdue!: number;
}

@ObjectType('ReviewUnitProgress')
class UnitProgressView extends ProgressView {
  unitId!: string;
}

@ObjectType('ReviewCampaign', { description: '年度集中清理复核' })
export class ReviewCampaignView {
  @Field(() => ID)
  id!: string;

  unitId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  deadline!: Date;

  @Field(() => Int)
  graceDays!: number;

  @Field(() => CampaignStatusEnum)
  status!: 'OPEN' | 'CLOSED';

  @Field(() => Boolean, { description: 'All tasks have been created' })
  generated!: boolean;

  @Field(() => ID, { nullable: true, description: 'The generation job; follow it with job(id)' })
  jobId!: string | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Totals and outcomes, once closed (JSON)' })
  summary!: string | null;
}

@ObjectType('ReviewTask')
export class ReviewTaskView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  fileId!: string;

  @Field(() => ReviewTaskStatusEnum)
  status!: ReviewTaskStatus;

  @Field(() => ReviewOutcomeEnum, { nullable: true })
  outcome!: ReviewOutcome | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;
}

const ReviewTaskConnection = connectionType(ReviewTaskView, 'ReviewTask');

@InputType()
class ReviewCampaignInput {
  @Field(() => ID, { description: 'A CITY or PROVINCE unit; the campaign covers its subtree' })
  unitId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  deadline!: Date;

  @Field(() => Int, { description: 'Days after the deadline before unreviewed files are suspended' })
  graceDays!: number;
}

const toCampaignView = (campaign: ReviewCampaign): ReviewCampaignView => ({
  id: campaign.id,
  unitId: campaign.unitId,
  year: campaign.year,
  startsAt: campaign.startsAt,
  deadline: campaign.deadline,
  graceDays: campaign.graceDays,
  status: campaign.status,
  generated: campaign.generated,
  jobId: campaign.jobId ?? null,
  closedAt: campaign.closedAt ?? null,
  summary: campaign.summary ? JSON.stringify(campaign.summary) : null,
});

const toTaskView = (task: ReviewTask): ReviewTaskView => ({
  id: task.id,
  campaignId: task.campaignId,
  fileId: task.fileId,
  status: task.status,
  outcome: task.outcome ?? null,
  note: task.note ?? null,
  completedAt: task.completedAt ?? null,
});

@Resolver(() => ReviewCampaignView)
export class ReviewCampaignResolver {
  @Authorized('UNION_ADMIN')
  @Mutation(() => ReviewCampaignView)
  async openReviewCampaign(
    @Arg('input', () => ReviewCampaignInput) input: ReviewCampaignInput,
    @Ctx() ctx: Context,
  ): Promise<ReviewCampaignView> {
    return toCampaignView(await ctx.services.reviews.open(requireActor(ctx), input));
  }

  @Authorized()
  @Query(() => ReviewCampaignView, { nullable: true })
  async reviewCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ReviewCampaignView> {
    return toCampaignView(await ctx.services.reviews.get(requireActor(ctx), id));
  }

  @Authorized()
  @Query(() => [ReviewCampaignView], {
    complexity: smallListComplexity,
    description: 'Campaigns opened at the unit or above it, newest year first',
  })
  async reviewCampaigns(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<ReviewCampaignView[]> {
    return (await ctx.services.reviews.covering(requireActor(ctx), unitId)).map(toCampaignView);
  }

  @Authorized('UNION_ADMIN')
  @Mutation(() => ReviewCampaignView, { description: 'Closes the campaign and writes its summary' })
  async closeReviewCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ReviewCampaignView> {
    return toCampaignView(await ctx.services.reviews.close(requireActor(ctx), id));
  }

  @FieldResolver(() => ProgressView, { description: 'Over the whole campaign' })
  async progress(@Root() campaign: ReviewCampaignView, @Ctx() ctx: Context): Promise<ProgressView> {
    return ctx.services.reviews.progress(campaign.id);
  }

  @FieldResolver(() => [UnitProgressView], {
    complexity: smallListComplexity,
    description: 'For each direct child of unitId (default: the campaign unit) and its own files',
  })
  async byUnit(
    @Root() campaign: ReviewCampaignView,
    @Ctx() ctx: Context,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
  ): Promise<UnitProgressView[]> {
    return ctx.services.reviews.byUnit(requireActor(ctx), campaign, unitId ?? null);
  }

  @FieldResolver(() => UnitView)
  async unit(@Root() campaign: ReviewCampaignView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(campaign.unitId))!);
  }
}

@Resolver(() => UnitProgressView)
export class UnitProgressResolver {
  @FieldResolver(() => UnitView)
  async unit(@Root() row: UnitProgressView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(row.unitId))!);
  }
}

@Resolver(() => ReviewTaskView)
export class ReviewTaskResolver {
  @Authorized()
  @Query(() => ReviewTaskConnection, { complexity: listComplexity, description: 'Tasks for the files held in the subtree of unitId' })
  async reviewTasks(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() ctx: Context,
    @Arg('status', () => ReviewTaskStatusEnum, { nullable: true }) status?: ReviewTaskStatus,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return toConnection(await ctx.services.reviews.tasks(requireActor(ctx), unitId, campaignId, { status, first, after }), toTaskView);
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => ReviewTaskView)
  async completeReview(
    @Arg('taskId', () => ID) taskId: string,
    @Arg('outcome', () => ReviewOutcomeEnum) outcome: ReviewOutcome,
    @Ctx() ctx: Context,
    @Arg('input', () => HardshipFileInput, { nullable: true }) input?: HardshipFileInput,
    @Arg('cancelReason', () => CancelReasonEnum, { nullable: true }) cancelReason?: CancelReason,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ): Promise<ReviewTaskView> {
    return toTaskView(await ctx.services.reviews.complete(requireActor(ctx), taskId, outcome, input, cancelReason, note));
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => HardshipFileView, {
    description:
      'Reviews one file at any time (domain.md §12): the visit and its outcome; a SUSPENDED file kept or updated is ACTIVE again',
  })
  async reviewHardshipFile(
    @Arg('id', () => ID) id: string,
    @Arg('outcome', () => ReviewOutcomeEnum) outcome: ReviewOutcome,
    @Arg('visit', () => String, { description: 'What the visit found (走访情况)' }) visit: string,
    @Ctx() ctx: Context,
    @Arg('input', () => HardshipFileInput, { nullable: true }) input?: HardshipFileInput,
    @Arg('cancelReason', () => CancelReasonEnum, { nullable: true }) cancelReason?: CancelReason,
  ): Promise<HardshipFileView> {
    const file = await ctx.services.reviews.reviewFile(requireActor(ctx), id, outcome, visit, input, cancelReason);
    return toFileView(ctx.services.files, file, 'FULL');
  }

  @FieldResolver(() => HardshipFileView, { nullable: true })
  async file(@Root() task: ReviewTaskView, @Ctx() ctx: Context): Promise<HardshipFileView | null> {
    const { file, access } = await ctx.services.files.get(requireActor(ctx), task.fileId);
    return toFileView(ctx.services.files, file, access);
  }
}
