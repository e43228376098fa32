import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { requireActor, type Context } from '../../common/context.js';
import { asEnum, FenScalar, smallListComplexity } from '../../common/graphql.js';
import { AidCaseView } from '../cases/case.types.js';
import { JobView, toJobView } from '../jobs/job.types.js';
import { HardshipFileView } from '../people/hardship-file.types.js';
import { MATCH_RESOLUTIONS, ROLL_KINDS, type ExternalRoll, type MatchResolution, type RollKind } from './exchange.entity.js';
import type { MatchRow } from './exchange.queries.js';
import { ROLL_LINE_REFUSALS, type RollLineRefusal } from './external-roll.service.js';

const RollKindEnum = asEnum(ROLL_KINDS);
registerEnumType(RollKindEnum, {
  name: 'ExternalRollKind',
  description: 'CIVIL_AFFAIRS_DIBAO 民政低保, CIVIL_AFFAIRS_TEKUN 民政特困, OTHER_UNION 其他工会, CHARITY 慈善组织, OTHER',
});
const ResolutionEnum = asEnum(MATCH_RESOLUTIONS);
registerEnumType(ResolutionEnum, {
  name: 'ExternalMatchResolution',
  description: 'COUNTED_IN_INCOME 计入家庭收入, NOT_DUPLICATE 不属重复救助, REFERRED 转交复核',
});
const RefusalEnum = asEnum(ROLL_LINE_REFUSALS);
registerEnumType(RefusalEnum, { name: 'ExternalRollRefusal', description: 'Why a line of a roll was not kept' });

@ObjectType('ExternalRollRefusedLine')
class RefusedLineView {
  @Field(() => Int, { description: 'The row in the file, the header being row 1' })
  row!: number;

  @Field(() => RefusalEnum)
  reason!: RollLineRefusal;

  @Field(() => String, { nullable: true })
  detail!: string | null;
}

@ObjectType('ExternalRoll', { description: 'A roll from another scheme, uploaded by a unit, and what its import kept and matched' })
class ExternalRollView {
  @Field(() => ID)
  id!: string;

  @Field(() => RollKindEnum)
  kind!: RollKind;

  @Field(() => String)
  sourceName!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => Date)
  uploadedAt!: Date;

  @Field(() => String, { description: 'UPLOADED or IMPORTED' })
  status!: string;

  @Field(() => Int)
  linesRead!: number;

  @Field(() => Int)
  linesKept!: number;

  @Field(() => Int, { description: 'Matches the import found' })
  matches!: number;

  @Field(() => [RefusedLineView])
  refused!: RefusedLineView[];

  @Field(() => Date, { nullable: true })
  importedAt!: Date | null;
}

@ObjectType('ExternalMatch', { description: "A person of an open file's household on another scheme's roll, and how staff resolved it" })
class ExternalMatchView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  fileId!: string;

  @Field(() => String, { description: "The file's holder" })
  filePersonName!: string;

  @Field(() => ID, { description: "The file's unit now: its staff resolve the match" })
  fileUnitId!: string;

  @Field(() => Boolean, { description: "The roll names the file's holder (else a member of the household)" })
  holder!: boolean;

  @Field(() => String, { description: 'The name on the roll' })
  personName!: string;

  @Field(() => RollKindEnum)
  rollKind!: RollKind;

  @Field(() => String)
  source!: string;

  @Field(() => String)
  scheme!: string;

  @Field(() => FenScalar)
  amountFen!: number;

  @Field(() => String)
  period!: string;

  @Field(() => Date)
  foundAt!: Date;

  @Field(() => ResolutionEnum, { nullable: true })
  resolution!: MatchResolution | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;
}

const toRollView = (roll: ExternalRoll): ExternalRollView => ({
  id: roll.id,
  kind: roll.kind,
  sourceName: roll.sourceName,
  fileName: roll.fileName,
  uploadedAt: roll.uploadedAt,
  status: roll.status,
  linesRead: roll.linesRead,
  linesKept: roll.linesKept,
  matches: roll.report?.matches ?? 0,
  refused: (roll.report?.refused ?? []).map((line) => ({
    row: line.row,
    reason: line.reason as RollLineRefusal,
    detail: line.detail ?? null,
  })),
  importedAt: roll.importedAt ?? null,
});

const toMatchView = (row: MatchRow): ExternalMatchView => ({
  id: row.id,
  fileId: row.file_id,
  filePersonName: row.file_person_name,
  fileUnitId: row.file_unit_id,
  holder: row.holder,
  personName: row.line_person_name,
  rollKind: row.roll_kind as RollKind,
  source: row.roll_source,
  scheme: row.scheme,
  amountFen: Number(row.amount_fen),
  period: row.period,
  foundAt: new Date(row.found_at),
  resolution: row.resolution as MatchResolution | null,
  note: row.note,
  resolvedAt: row.resolved_at ? new Date(row.resolved_at) : null,
});

@Resolver()
export class ExternalRollResolver {
  @Authorized()
  @Query(() => [ExternalMatchView], {
    complexity: smallListComplexity,
    description: "Other schemes' roll lines naming people of open files in the unit's subtree, newest first",
  })
  async externalMatches(
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
    @Arg('open', () => Boolean, { defaultValue: true, description: 'Only the ones not yet resolved' }) open: boolean,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
  ): Promise<ExternalMatchView[]> {
    return (await ctx.services.rolls.matches(requireActor(ctx), unitId, open, first)).map(toMatchView);
  }

  @Authorized()
  @Query(() => [ExternalRollView], { complexity: smallListComplexity, description: "A unit's uploaded rolls, newest first" })
  async externalRolls(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<ExternalRollView[]> {
    return (await ctx.services.rolls.rolls(requireActor(ctx), unitId)).map(toRollView);
  }

  @Authorized()
  @Mutation(() => JobView, {
    description: 'Reads a roll uploaded with PUT /uploads/external-rolls/:unitId into lines and matches them (a job)',
  })
  async importExternalRoll(@Arg('rollId', () => ID) rollId: string, @Ctx() ctx: Context): Promise<JobView> {
    return toJobView(await ctx.services.rolls.startImport(requireActor(ctx), rollId));
  }

  @Authorized()
  @Mutation(() => ExternalMatchView, { description: 'Staff of the file say what a match is (audited)' })
  async resolveExternalMatch(
    @Arg('id', () => ID) id: string,
    @Arg('resolution', () => ResolutionEnum) resolution: MatchResolution,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<ExternalMatchView> {
    return toMatchView(await ctx.services.rolls.resolve(requireActor(ctx), id, resolution, note));
  }
}

/** Matches on a file's page and on its cases' pages, for staff (never for the worker reading their own file). */
@Resolver(() => HardshipFileView)
export class FileExternalMatchResolver {
  @FieldResolver(() => [ExternalMatchView], { complexity: smallListComplexity })
  async externalMatches(@Root() file: HardshipFileView, @Ctx() ctx: Context): Promise<ExternalMatchView[]> {
    return (await ctx.services.rolls.matchesOfFile(requireActor(ctx), file.id)).map(toMatchView);
  }
}

@Resolver(() => AidCaseView)
export class CaseExternalMatchResolver {
  @FieldResolver(() => [ExternalMatchView], { complexity: smallListComplexity, description: "Matches of the case's file" })
  async externalMatches(@Root() aidCase: AidCaseView, @Ctx() ctx: Context): Promise<ExternalMatchView[]> {
    return aidCase.fileId ? (await ctx.services.rolls.matchesOfFile(requireActor(ctx), aidCase.fileId)).map(toMatchView) : [];
  }
}
