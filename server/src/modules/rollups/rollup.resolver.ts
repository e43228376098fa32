import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AidType, CaseStatus, FundSource, HardshipCategory } from '@bangfu/shared';
import { requireActor, type Context } from '../../common/context.js';
import { FenScalar, smallListComplexity } from '../../common/graphql.js';
import { AidTypeEnum, CaseStatusEnum } from '../cases/case.types.js';
import { FundSourceEnum } from '../funds/fund.types.js';
import { BankPaymentFiguresView } from '../funds/payout.types.js';
import { JobView, toJobView } from '../jobs/job.types.js';
import { toUnitView, UnitView } from '../org/unit.types.js';
import { HardshipCategoryEnum } from '../people/hardship-file.types.js';
import type { Rollup } from './rollup.service.js';

@ObjectType('StatusCount')
export class StatusCount {
  @Field(() => CaseStatusEnum)
  status!: CaseStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('TypeCount')
export class TypeCount {
  @Field(() => AidTypeEnum)
  type!: AidType;

  @Field(() => Int)
  count!: number;
}

@ObjectType('CategoryCount')
export class CategoryCount {
  @Field(() => HardshipCategoryEnum)
  category!: HardshipCategory;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SourceAmount')
export class SourceAmount {
  @Field(() => FundSourceEnum)
  source!: FundSource;

  @Field(() => FenScalar)
  amountFen!: number;
}

@ObjectType('TierCount')
export class TierCount {
  @Field(() => String, { description: 'EXCELLENT, ADVANCED or STANDARD (Wuhan tiers)' })
  tier!: string;

  @Field(() => Int)
  count!: number;
}

/** The figures of a subtree: live in a rollup, frozen in a unit's statistical return (统计上报). */
@ObjectType()
export abstract class RollupFigures {
  @Field(() => [StatusCount], { description: 'Cases now, by status (drafts excluded)' })
  casesByStatus!: StatusCount[];

  @Field(() => [TypeCount], { description: 'Cases now, by aid type (drafts excluded)' })
  casesByType!: TypeCount[];

  @Field(() => Int, { description: 'Submitted in the period' })
  newCases!: number;

  @Field(() => Int)
  decidedCases!: number;

  @Field(() => Int)
  approvedCases!: number;

  @Field(() => Int)
  rejectedCases!: number;

  @Field(() => Int)
  closedCases!: number;

  @Field(() => FenScalar)
  approvedFen!: number;

  @Field(() => FenScalar)
  paidFen!: number;

  @Field(() => Float, { nullable: true, description: 'From first submission to decision, decisions in the period' })
  medianDecisionDays!: number | null;

  @Field(() => Int, { description: 'Open cases past their deadline now' })
  overdueCases!: number;

  @Field(() => [CategoryCount])
  activeFilesByCategory!: CategoryCount[];

  @Field(() => FenScalar)
  fundBalanceFen!: number;

  @Field(() => [SourceAmount])
  incomeBySource!: SourceAmount[];

  @Field(() => Int)
  ratedCases!: number;

  @Field(() => Float, { nullable: true, description: 'Share of ratings of 4 or 5' })
  satisfactionRate!: number | null;

  @Field(() => Int)
  stations!: number;

  @Field(() => Int)
  demonstrationStations!: number;

  @Field(() => Float, { nullable: true })
  demonstrationRatio!: number | null;

  @Field(() => Boolean, { description: 'Demonstration stations ≥ 20% of stations' })
  meetsDemonstrationTarget!: boolean;

  @Field(() => Int, { description: 'Stations scored in the year the period ends' })
  assessedStations!: number;

  @Field(() => Float, { nullable: true, description: "Average final score (the city's once scored, else the district's)" })
  averageAssessmentScore!: number | null;

  @Field(() => Int, { description: 'Stations below 60' })
  failingStations!: number;

  @Field(() => [TierCount])
  tierCounts!: TierCount[];

  @Field(() => FenScalar, { description: "Tibet: 2% of failing stations' higher-level subsidy held back" })
  subsidyHoldbackFen!: number;
}

@ObjectType('Rollup', { description: "Figures over a unit's whole subtree; period figures cover [from, to)" })
export class RollupView extends RollupFigures {
  unitId!: string;

  @Field(() => Date)
  from!: Date;

  @Field(() => Date)
  to!: Date;

  @Field(() => [RollupView], { description: 'The same for each direct child, one level down' })
  children!: RollupView[];
}

const toView = (rollup: Rollup, children: Rollup[] = []): RollupView => ({
  ...rollup,
  satisfactionRate: rollup.satisfactionRate,
  children: children.map((child) => toView(child)),
});

@ObjectType('RollupMonth', { description: "One month (Beijing time) of a rollup's period" })
export class RollupMonthView {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int)
  newCases!: number;

  @Field(() => Int)
  approvedCases!: number;

  @Field(() => FenScalar)
  paidFen!: number;
}

@Resolver(() => RollupView)
export class RollupResolver {
  @Authorized()
  @Query(() => RollupView, { complexity: smallListComplexity })
  async rollup(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() ctx: Context,
  ): Promise<RollupView> {
    const { self, children } = await ctx.services.rollups.rollup(requireActor(ctx), unitId, from, to);
    return toView(self, children);
  }

  @Authorized()
  @Mutation(() => JobView, { description: 'The rollup and its children as .xlsx; poll job(id) for the download' })
  async exportRollup(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() ctx: Context,
  ): Promise<JobView> {
    return toJobView(await ctx.services.rollups.startExport(requireActor(ctx), unitId, from, to));
  }

  @FieldResolver(() => [RollupMonthView], {
    complexity: smallListComplexity,
    description: 'The period month by month, for charts over time',
  })
  monthly(@Root() rollup: RollupView, @Ctx() ctx: Context): Promise<RollupMonthView[]> {
    return ctx.services.rollups.monthly(rollup.unitId, rollup.from, rollup.to);
  }

  @FieldResolver(() => UnitView)
  async unit(@Root() rollup: RollupView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(rollup.unitId))!);
  }
}

/** Where the bank payments of the subtree's funds stand (domain.md §10), from the funds module. */
@Resolver(() => RollupView)
export class RollupBankPaymentsResolver {
  @FieldResolver(() => BankPaymentFiguresView)
  async bankPayments(@Root() rollup: RollupView, @Ctx() ctx: Context): Promise<BankPaymentFiguresView> {
    return ctx.services.payouts.bankFigures(rollup.unitId, rollup.from, rollup.to);
  }
}
