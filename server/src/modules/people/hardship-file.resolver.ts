import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { maskCardNumber, maskIdNumber, maskPhone, type CancelReason, type FileStatus, type HardshipCategory } from '@bangfu/shared';
import { oncePerRequest, requireActor, type Context } from '../../common/context.js';
import { listComplexity, smallListComplexity, toConnection } from '../../common/graphql.js';
import { scopeFor } from '../../common/scope.js';
import { toUnitView, UnitView } from '../org/unit.types.js';
import type { HardshipFile } from './hardship-file.entity.js';
import type { FileAccess, HardshipFileService } from './hardship-file.service.js';
import {
  CancelReasonEnum,
  FileStatusEnum,
  HardshipCategoryEnum,
  HardshipFileConnection,
  HardshipFileEventView,
  HardshipFileInput,
  HardshipFileView,
  HouseholdView,
  PayeeAccountInput,
} from './hardship-file.types.js';

/** Masked callers (auditors) get no health, income or member ID numbers; lists mask the phone. */
export function toFileView(files: HardshipFileService, file: HardshipFile, access: FileAccess): HardshipFileView {
  const household = files.household(file, access);
  const full = access === 'FULL';
  return {
    id: file.id,
    unitId: file.unitId,
    status: file.status,
    category: file.category,
    causes: file.causes,
    personName: file.personName,
    identityVerifiedAt: file.identityVerifiedAt ?? null,
    reviewedAt: file.reviewedAt ?? null,
    idNumberMasked: files.maskedIdNumber(file),
    birthDate: file.birthDate,
    sex: file.sex,
    phone: file.phone ? (full ? file.phone : maskPhone(file.phone)) : null,
    employerName: file.employerName ?? null,
    unionMember: file.unionMember,
    address: file.address ?? null,
    householdSize: file.householdSize,
    household: {
      members: household.members.map((member) => ({
        name: member.name,
        relation: member.relation,
        idNumberMasked: member.idNumber ? maskIdNumber(member.idNumber) : null,
        health: full ? member.health : null,
        employment: member.employment,
        monthlyIncomeFen: full ? member.monthlyIncomeFen : null,
        schooling: member.schooling ?? null,
        isRecipient: member.isRecipient,
      })),
      totalMonthlyIncomeFen: full ? household.totalMonthlyIncomeFen : null,
      perCapitaIncomeFen: full ? household.perCapitaIncomeFen : null,
      minimumLivingStandardFen: household.minimumLivingStandardFen,
      housing: household.housing,
    },
    payeeAccount:
      file.payeeAccountLast4 && file.payeeBank && file.payeeHolderName && file.payeeSetAt
        ? {
            bankName: file.payeeBank,
            accountNumberMasked: maskCardNumber(file.payeeAccountLast4),
            holderName: file.payeeHolderName,
            setAt: file.payeeSetAt,
          }
        : null,
    cancelReason: file.cancelReason ?? null,
    createdAt: file.createdAt,
    updatedAt: file.updatedAt,
    sensitive: full,
  };
}

@Resolver(() => HardshipFileView)
export class HardshipFileResolver {
  @Authorized()
  @Query(() => HardshipFileView, { nullable: true })
  async hardshipFile(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<HardshipFileView> {
    const { file, access } = await ctx.services.files.get(requireActor(ctx), id);
    return toFileView(ctx.services.files, file, access);
  }

  @Authorized()
  @Query(() => HardshipFileConnection, { complexity: listComplexity, description: 'Files held in the subtree of unitId' })
  async hardshipFiles(
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
    @Arg('status', () => FileStatusEnum, { nullable: true }) status?: FileStatus,
    @Arg('category', () => HardshipCategoryEnum, { nullable: true }) category?: HardshipCategory,
    @Arg('search', () => String, { nullable: true, description: 'Name fragment, or an exact ID number' }) search?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const actor = requireActor(ctx);
    const page = await ctx.services.files.list(actor, unitId, { status, category, search, first, after });
    // lists never carry sensitive household detail, whoever asks
    return toConnection(page, (file) => toFileView(ctx.services.files, file, 'MASKED'));
  }

  @Authorized('WORKER')
  @Query(() => HardshipFileView, { nullable: true })
  async myHardshipFile(@Ctx() ctx: Context): Promise<HardshipFileView | null> {
    const file = await ctx.services.files.mine(requireActor(ctx));
    return file ? toFileView(ctx.services.files, file, 'FULL') : null;
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => HardshipFileView)
  async createHardshipFile(
    @Arg('input', () => HardshipFileInput) input: HardshipFileInput,
    @Ctx() ctx: Context,
  ): Promise<HardshipFileView> {
    return toFileView(ctx.services.files, await ctx.services.files.create(requireActor(ctx), input), 'FULL');
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => HardshipFileView)
  async updateHardshipFile(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HardshipFileInput) input: HardshipFileInput,
    @Ctx() ctx: Context,
  ): Promise<HardshipFileView> {
    return toFileView(ctx.services.files, await ctx.services.files.update(requireActor(ctx), id, input), 'FULL');
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => HardshipFileView)
  async cancelHardshipFile(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => CancelReasonEnum) reason: CancelReason,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ): Promise<HardshipFileView> {
    return toFileView(ctx.services.files, await ctx.services.files.cancel(requireActor(ctx), id, reason, note), 'FULL');
  }

  @Authorized()
  @Mutation(() => String, {
    description: 'The full ID number, for acting roles with a stated reason (the person themself needs none); written to the audit log',
  })
  async revealIdNumber(
    @Arg('fileId', () => ID) fileId: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why the full number is needed (2–200 characters); kept in the audit log' })
    reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return ctx.services.files.revealIdNumber(requireActor(ctx), fileId, reason ?? null);
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => HardshipFileView, {
    description: "Records the bank account aid is paid into: the file's person's or a named recipient's (实名制); audited",
  })
  async setPayeeAccount(
    @Arg('fileId', () => ID) fileId: string,
    @Arg('input', () => PayeeAccountInput) input: PayeeAccountInput,
    @Ctx() ctx: Context,
  ): Promise<HardshipFileView> {
    return toFileView(ctx.services.files, await ctx.services.files.setPayeeAccount(requireActor(ctx), fileId, input), 'FULL');
  }

  @Authorized()
  @Mutation(() => String, { description: 'The full payee account number, under the rule of revealIdNumber; written to the audit log' })
  async revealPayeeAccount(
    @Arg('fileId', () => ID) fileId: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why the full number is needed; as for revealIdNumber' })
    reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return ctx.services.files.revealPayeeAccount(requireActor(ctx), fileId, reason ?? null);
  }

  @Authorized()
  @Mutation(() => [String], {
    nullable: 'items',
    description: "Household members' full ID numbers in the members' order, for editing; audited",
  })
  async revealHouseholdIdNumbers(
    @Arg('fileId', () => ID) fileId: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why the full numbers are needed; as for revealIdNumber' })
    reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<(string | null)[]> {
    return ctx.services.files.revealHouseholdIdNumbers(requireActor(ctx), fileId, reason ?? null);
  }

  /**
   * Health and income are sensitive (domain.md §8): each time staff read them in a query it is logged, once per file
   * and request. A worker reading their own file, masked views and mutation answers (audited as changes) are not.
   */
  @FieldResolver(() => HouseholdView)
  async household(@Root() file: HardshipFileView, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<HouseholdView> {
    const actor = requireActor(ctx);
    if (!file.sensitive || info.operation.operation !== 'query') return file.household;
    const unit = await ctx.loaders.unitById.load(file.unitId);
    if (!unit || !scopeFor(actor).canReadSensitiveOf(unit)) return file.household;
    await oncePerRequest(ctx, `household-${file.id}`, () => ctx.services.files.recordHouseholdView(actor, file.id, file.unitId));
    return file.household;
  }

  @FieldResolver(() => UnitView, { description: 'The unit holding the file' })
  async unit(@Root() file: HardshipFileView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(file.unitId))!);
  }

  @FieldResolver(() => [HardshipFileEventView], { complexity: smallListComplexity, description: 'Every change: who, when, why' })
  async history(@Root() file: HardshipFileView, @Ctx() ctx: Context): Promise<HardshipFileEventView[]> {
    const events = await ctx.services.files.events(file.id);
    return events.map((event) => ({
      id: event.id,
      occurredAt: event.occurredAt,
      actorId: event.actorId ?? null,
      action: event.action,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      reason: event.reason ?? null,
      note: event.note ?? null,
    }));
  }
}
