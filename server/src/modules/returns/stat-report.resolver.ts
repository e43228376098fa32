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
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { requireActor, type Context } from '../../common/context.js';
import { asEnum, smallListComplexity } from '../../common/graphql.js';
import { JobView, toJobView } from '../jobs/job.types.js';
import { toUnitView, UnitView } from '../org/unit.types.js';
import { RollupFigures } from '../rollups/rollup.resolver.js';
import type { StatReport } from './stat-report.entity.js';
import { differencesOf, type ReturnFileFormat, type ReturnState } from './stat-report.service.js';

const ReturnFileFormatEnum = asEnum(['XLSX', 'PDF'] as const);
registerEnumType(ReturnFileFormatEnum, { name: 'StatReportFormat' });

const ReturnStateEnum = asEnum(['NOT_SUBMITTED', 'SUBMITTED', 'ACCEPTED', 'RETURNED'] as const);
registerEnumType(ReturnStateEnum, { name: 'StatReportState' });

@ObjectType('StatFigures', { description: "A unit's figures for a period: frozen in a return, or live" })
class StatFiguresView extends RollupFigures {}

@ObjectType('MissingChildReturn', { description: "A child's return not accepted when the unit submitted, and why" })
class MissingChildView {
  unitId!: string;

  @Field(() => String)
  reason!: string;
}

@InputType()
class MissingChildInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType('StatReport', { description: '统计上报: one version of a unit’s return for a period, frozen when submitted' })
class StatReportView {
  @Field(() => ID)
  id!: string;

  unitId!: string;

  @Field(() => String, { description: '2026-03, 2026-Q1 or 2026' })
  period!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ReturnStateEnum)
  status!: ReturnState;

  @Field(() => StatFiguresView, { description: 'As frozen at submission; never changed' })
  figures!: StatFiguresView;

  @Field(() => [MissingChildView])
  missing!: MissingChildView[];

  @Field(() => String, { nullable: true, description: 'Why a version after an accepted one was submitted' })
  correctionReason!: string | null;

  @Field(() => ID)
  submittedById!: string;

  @Field(() => Date)
  submittedAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  returnReason!: string | null;
}

@ObjectType('StatReturn', { description: "A unit's return for a period: its versions, and the live figures beside the frozen ones" })
class StatReturnView {
  unitId!: string;

  @Field(() => String)
  period!: string;

  @Field(() => Date)
  dueAt!: Date;

  @Field(() => StatReportView, { nullable: true, description: 'The latest version' })
  current!: StatReportView | null;

  @Field(() => [StatReportView], { description: 'Every version, newest first' })
  versions!: StatReportView[];

  @Field(() => StatFiguresView, { description: 'The figures as they are now' })
  live!: StatFiguresView;

  @Field(() => [String], { description: 'The figures where the latest version differs from now' })
  differences!: string[];
}

@ObjectType('StatReturnProgress', { description: 'Where a unit stands with its return for a period' })
class StatReturnProgressView {
  unitId!: string;

  @Field(() => ReturnStateEnum)
  state!: ReturnState;

  @Field(() => StatReportView, { nullable: true })
  current!: StatReportView | null;

  @Field(() => Date)
  dueAt!: Date;

  @Field(() => Boolean, { description: 'Past its due date and neither submitted nor accepted' })
  overdue!: boolean;
}

const toReportView = (report: StatReport): StatReportView => ({
  id: report.id,
  unitId: report.unitId,
  period: report.period,
  version: report.version,
  status: report.status,
  figures: report.figures,
  missing: report.missing,
  correctionReason: report.correctionReason ?? null,
  submittedById: report.submittedById,
  submittedAt: report.submittedAt,
  decidedAt: report.decidedAt ?? null,
  returnReason: report.returnReason ?? null,
});

@Resolver(() => StatReturnView)
export class StatReturnResolver {
  @Authorized()
  @Query(() => StatReturnView, { description: "A unit's statistical return for a period (统计上报), frozen beside live" })
  async statReport(@Arg('unitId', () => ID) unitId: string, @Arg('period', () => String) period: string, @Ctx() ctx: Context) {
    const found = await ctx.services.returns.report(requireActor(ctx), unitId, period);
    return {
      unitId: found.unit.id,
      period: found.period.key,
      dueAt: found.dueAt,
      current: found.current ? toReportView(found.current) : null,
      versions: found.versions.map(toReportView),
      live: found.live,
      differences: found.current ? differencesOf(found.current.figures, found.live) : [],
    };
  }

  @Authorized()
  @Query(() => [StatReturnProgressView], { description: 'The unit and each direct child: submitted, accepted, returned, overdue' })
  async statReports(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('period', () => String) period: string,
    @Ctx() ctx: Context,
  ): Promise<StatReturnProgressView[]> {
    return (await ctx.services.returns.progress(requireActor(ctx), unitId, period)).map((row) => ({
      unitId: row.unit.id,
      state: row.state,
      current: row.current ? toReportView(row.current) : null,
      dueAt: row.dueAt,
      overdue: row.overdue,
    }));
  }

  @Authorized('UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => StatReportView, {
    description: "The unit's head submits its return; children accepted first or each missing one explained; a correction needs its reason",
  })
  async submitStatReport(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('period', () => String) period: string,
    @Ctx() ctx: Context,
    @Arg('missing', () => [MissingChildInput], { nullable: true }) missing?: MissingChildInput[] | null,
    @Arg('correctionReason', () => String, { nullable: true }) correctionReason?: string | null,
  ): Promise<StatReportView> {
    return toReportView(await ctx.services.returns.submit(requireActor(ctx), unitId, period, { missing, correctionReason }));
  }

  @Authorized('UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => StatReportView, { description: 'The union above accepts a submitted return' })
  async acceptStatReport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<StatReportView> {
    return toReportView(await ctx.services.returns.accept(requireActor(ctx), id));
  }

  @Authorized('UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => StatReportView, { description: 'The union above sends a submitted return back with its reason' })
  async returnStatReport(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<StatReportView> {
    return toReportView(await ctx.services.returns.returnReport(requireActor(ctx), id, reason));
  }

  @Authorized()
  @Mutation(() => JobView, { description: 'Writes an accepted return as the .xlsx or PDF a union sends upward (a job)' })
  async exportStatReport(
    @Arg('id', () => ID) id: string,
    @Arg('format', () => ReturnFileFormatEnum, { defaultValue: 'XLSX' }) format: ReturnFileFormat,
    @Ctx() ctx: Context,
  ): Promise<JobView> {
    return toJobView(await ctx.services.returns.startExport(requireActor(ctx), id, format));
  }

  @FieldResolver(() => UnitView)
  async unit(@Root() found: StatReturnView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(found.unitId))!);
  }
}

@Resolver(() => StatReturnProgressView)
export class StatReturnProgressResolver {
  @FieldResolver(() => UnitView)
  async unit(@Root() row: StatReturnProgressView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(row.unitId))!);
  }
}

@Resolver(() => MissingChildView)
export class MissingChildResolver {
  @FieldResolver(() => UnitView, { complexity: smallListComplexity })
  async unit(@Root() row: MissingChildView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(row.unitId))!);
  }
}
