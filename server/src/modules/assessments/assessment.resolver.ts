import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
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
import { translate, type UnitLevel, type WuhanTier } from '@bangfu/shared';
import { requireActor, type Context } from '../../common/context.js';
import { FenScalar, UnitLevelEnum } from '../../common/graphql.js';
import { toUnitView, UnitView } from '../org/unit.types.js';
import type { Assessment, AssessmentCycle } from './assessment.entity.js';

const TierEnum = { EXCELLENT: 'EXCELLENT', ADVANCED: 'ADVANCED', STANDARD: 'STANDARD', NONE: 'NONE' } as const;
registerEnumType(TierEnum, { name: 'WuhanTier' });

@ObjectType('AssessmentCycle')
class CycleView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  selfCheckUntil!: string;

  @Field(() => String)
  applicationFrom!: string;

  @Field(() => String)
  applicationUntil!: string;

  @Field(() => String)
  inspectionFrom!: string;

  @Field(() => String)
  inspectionUntil!: string;

  @Field(() => String)
  rubricVersion!: string;
}

@ObjectType('AssessmentItem')
class ItemView {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  category!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  points!: number;

  @Field(() => Int, { nullable: true, description: 'Measured from data (null for items only inspectors score)' })
  prefilled!: number | null;

  @Field(() => String, { nullable: true })
  evidence!: string | null;

  @Field(() => Int, { nullable: true })
  districtScore!: number | null;

  @Field(() => Int, { nullable: true })
  cityScore!: number | null;
}

@ObjectType('AssessmentEligibility')
class EligibilityView {
  @Field(() => Boolean)
  eligible!: boolean;

  @Field(() => [String], { description: "Why not, in the caller's language" })
  reasons!: string[];
}

@ObjectType('Assessment')
export class AssessmentView {
  @Field(() => ID)
  id!: string;

  unitId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => CycleView)
  cycle!: CycleView;

  @Field(() => [ItemView])
  items!: ItemView[];

  @Field(() => Int, { nullable: true })
  districtScore!: number | null;

  @Field(() => Int, { nullable: true })
  cityScore!: number | null;

  @Field(() => EligibilityView, { description: 'For city demonstration status' })
  eligibility!: EligibilityView;

  @Field(() => Date, { nullable: true })
  appliedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'GRANTED or DENIED' })
  decision!: string | null;

  @Field(() => TierEnum, { description: 'Wuhan tier from hardware, mechanisms and satisfaction' })
  tier!: WuhanTier;

  @Field(() => Float, { nullable: true })
  hardwareShare!: number | null;

  @Field(() => Float, { nullable: true })
  mechanismsShare!: number | null;

  @Field(() => Float, { nullable: true })
  satisfactionRate!: number | null;

  @Field(() => Boolean, { description: 'Final score below 60' })
  failing!: boolean;

  @Field(() => FenScalar, { description: "Tibet: 2% of this year's higher-level subsidy held back while failing" })
  subsidyHoldbackFen!: number;
}

@InputType()
class AssessmentCycleInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default Oct 27' })
  selfCheckUntil?: string;

  @Field(() => String, { nullable: true, description: 'default Oct 27' })
  applicationFrom?: string;

  @Field(() => String, { nullable: true, description: 'default Oct 31' })
  applicationUntil?: string;

  @Field(() => String, { nullable: true, description: 'default Nov 1' })
  inspectionFrom?: string;

  @Field(() => String, { nullable: true, description: 'default Nov 30' })
  inspectionUntil?: string;
}

@InputType()
class RubricScoreInput {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  points!: number;
}

const toCycleView = (cycle: AssessmentCycle): CycleView => ({
  id: cycle.id,
  year: cycle.year,
  selfCheckUntil: cycle.selfCheckUntil,
  applicationFrom: cycle.applicationFrom,
  applicationUntil: cycle.applicationUntil,
  inspectionFrom: cycle.inspectionFrom,
  inspectionUntil: cycle.inspectionUntil,
  rubricVersion: cycle.rubric.version,
});

async function toView(ctx: Context, assessment: Assessment, cycle: AssessmentCycle): Promise<AssessmentView> {
  const unit = (await ctx.loaders.unitById.load(assessment.unitId))!;
  const figures = await ctx.services.assessments.figures(assessment, cycle, unit);
  return {
    id: assessment.id,
    unitId: assessment.unitId,
    year: assessment.year,
    cycle: toCycleView(cycle),
    items: cycle.rubric.categories.flatMap((category) =>
      category.items.map((item) => {
        const prefill = figures.prefill.find((row) => row.item.key === item.key);
        return {
          key: item.key,
          category: category.key,
          label: item.label,
          points: item.points,
          prefilled: prefill?.value ?? null,
          evidence: prefill?.evidence ?? null,
          districtScore: assessment.districtScores?.[item.key] ?? null,
          cityScore: assessment.cityScores?.[item.key] ?? null,
        };
      }),
    ),
    districtScore: figures.districtTotal,
    cityScore: figures.cityTotal,
    eligibility: { eligible: figures.eligibility.eligible, reasons: figures.eligibility.reasons.map((key) => translate(key, ctx.lang)) },
    appliedAt: assessment.appliedAt ?? null,
    decision: assessment.decision ?? null,
    tier: figures.tier,
    hardwareShare: figures.hardwareShare,
    mechanismsShare: figures.mechanismsShare,
    satisfactionRate: figures.satisfactionRate,
    failing: figures.failing,
    subsidyHoldbackFen: figures.subsidyHoldbackFen,
  };
}

@Resolver(() => AssessmentView)
export class AssessmentResolver {
  @Authorized('UNION_ADMIN')
  @Mutation(() => CycleView)
  async openAssessmentCycle(
    @Arg('input', () => AssessmentCycleInput) input: AssessmentCycleInput,
    @Ctx() ctx: Context,
  ): Promise<CycleView> {
    return toCycleView(await ctx.services.assessments.openCycle(requireActor(ctx), input));
  }

  @Authorized()
  @Query(() => AssessmentView, { nullable: true })
  async assessment(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: Context,
  ): Promise<AssessmentView | null> {
    const found = await ctx.services.assessments.get(requireActor(ctx), unitId, year);
    return found ? toView(ctx, found.assessment, found.cycle) : null;
  }

  @Authorized('UNION_ADMIN')
  @Mutation(() => AssessmentView)
  async scoreAssessment(
    @Arg('id', () => ID) id: string,
    @Arg('scorerLevel', () => UnitLevelEnum) scorerLevel: UnitLevel,
    @Arg('items', () => [RubricScoreInput]) items: RubricScoreInput[],
    @Ctx() ctx: Context,
  ): Promise<AssessmentView> {
    const { assessment, cycle } = await ctx.services.assessments.score(requireActor(ctx), id, scorerLevel, items);
    return toView(ctx, assessment, cycle);
  }

  @Authorized()
  @Mutation(() => AssessmentView)
  async applyForDemonstration(@Arg('assessmentId', () => ID) assessmentId: string, @Ctx() ctx: Context): Promise<AssessmentView> {
    const { assessment, cycle } = await ctx.services.assessments.apply(requireActor(ctx), assessmentId);
    return toView(ctx, assessment, cycle);
  }

  @Authorized('UNION_ADMIN')
  @Mutation(() => AssessmentView)
  async decideDemonstration(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('granted', () => Boolean) granted: boolean,
    @Ctx() ctx: Context,
  ): Promise<AssessmentView> {
    const { assessment, cycle } = await ctx.services.assessments.decide(requireActor(ctx), assessmentId, granted);
    return toView(ctx, assessment, cycle);
  }

  @FieldResolver(() => UnitView)
  async unit(@Root() assessment: AssessmentView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(assessment.unitId))!);
  }
}
