import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  ACTING_ROLES,
  caseReference,
  HEAD_ROLES,
  isMoneyAid,
  maskName,
  NEXT_STEP,
  translate,
  type AidType,
  type CaseAction,
  type CaseStatus,
} from '@bangfu/shared';
import { oncePerRequest, requireActor, type Context } from '../../common/context.js';
import { DomainError } from '../../common/domain-error.js';
import { listComplexity, smallListComplexity, toConnection } from '../../common/graphql.js';
import { toUnitView, UnitView } from '../org/unit.types.js';
import { toFileView } from '../people/hardship-file.resolver.js';
import { HardshipFileView } from '../people/hardship-file.types.js';
import type { AidCase } from './case.entity.js';
import type { BulkResult } from './case.service.js';
import {
  ApplicationAnswersView,
  AidCaseConnection,
  AidCaseView,
  AidTypeEnum,
  BulkCaseResultView,
  CaseActionEnum,
  CaseDraftInput,
  CaseEventView,
  CaseDocumentView,
  CaseOrderEnum,
  CaseStatusEnum,
  CaseVisitView,
  HouseholdAidView,
  ProposalInput,
  PublicNoticeView,
  VisitInput,
  type CaseOrder,
} from './case.types.js';

/** An instance of the view class, so type-graphql hands it to field resolvers as it is instead of copying it per field. */
export const toCaseView = (aidCase: AidCase): AidCaseView =>
  Object.assign(new AidCaseView(), {
    id: aidCase.id,
    caseNumber: aidCase.caseNumber ?? null,
    clientId: aidCase.clientId,
    reference: caseReference(aidCase.clientId),
    overdue: !!aidCase.dueAt && aidCase.dueAt.getTime() < Date.now(),
    type: aidCase.type,
    channel: aidCase.channel,
    status: aidCase.status,
    unitId: aidCase.unitId,
    originUnitId: aidCase.originUnitId,
    fileId: aidCase.fileId ?? null,
    assignedToId: aidCase.assignedToId ?? null,
    applicantUserId: aidCase.applicantUserId ?? null,
    applicantName: aidCase.applicantName,
    title: aidCase.title,
    description: aidCase.description,
    requestedAmountFen: aidCase.requestedAmountFen ?? null,
    proposedAmountFen: aidCase.proposedAmountFen ?? null,
    servicePlan: aidCase.servicePlan ?? null,
    approvedAmountFen: aidCase.approvedAmountFen ?? null,
    instalments: aidCase.instalments,
    rejectReason: aidCase.rejectReason ?? null,
    returnReason: aidCase.returnReason ?? null,
    missingItems: aidCase.missingItems,
    noticeEndsAt: aidCase.noticeEndsAt ?? null,
    objectionOpen: aidCase.objectionOpen,
    campaignId: aidCase.campaignId ?? null,
    submittedAt: aidCase.submittedAt ?? null,
    acceptedAt: aidCase.acceptedAt ?? null,
    decidedAt: aidCase.decidedAt ?? null,
    dueAt: aidCase.dueAt ?? null,
    serviceReport: aidCase.serviceReport ?? null,
    closureReport: aidCase.closureReport ?? null,
    closedAt: aidCase.closedAt ?? null,
    rating: aidCase.rating ?? null,
    ratingComment: aidCase.ratingComment ?? null,
    withdrawnReason: aidCase.withdrawnReason ?? null,
    createdAt: aidCase.createdAt,
    updatedAt: aidCase.updatedAt,
  } satisfies AidCaseView);

const toBulkView =
  (ctx: Context) =>
  (result: BulkResult): BulkCaseResultView => ({
    id: result.id,
    ok: result.ok,
    code: result.code,
    message: result.message ? translate(result.message.key, ctx.lang, result.message.params) : null,
    case: result.aidCase ? toCaseView(result.aidCase) : null,
  });

@Resolver(() => AidCaseView)
export class CaseResolver {
  @Authorized()
  @Query(() => AidCaseView, { nullable: true })
  async case(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.get(requireActor(ctx), id));
  }

  @Authorized(...ACTING_ROLES, 'AUDITOR')
  @Query(() => AidCaseConnection, { complexity: listComplexity, description: 'The cases a unit holds now' })
  async caseQueue(
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
    @Arg('statuses', () => [CaseStatusEnum], { nullable: true }) statuses?: CaseStatus[],
    @Arg('types', () => [AidTypeEnum], { nullable: true }) types?: AidType[],
    @Arg('overdueOnly', () => Boolean, { nullable: true }) overdueOnly?: boolean,
    @Arg('assignedToMe', () => Boolean, { nullable: true }) assignedToMe?: boolean,
    @Arg('search', () => String, { nullable: true, description: 'Applicant name or case number' }) search?: string,
    @Arg('orderBy', () => CaseOrderEnum, { nullable: true }) orderBy?: CaseOrder,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await ctx.services.cases.queue(requireActor(ctx), unitId, {
      statuses,
      types,
      overdueOnly,
      assignedToMe,
      search,
      orderBy,
      first,
      after,
    });
    return toConnection(page, toCaseView);
  }

  @Authorized('WORKER')
  @Query(() => AidCaseConnection, { complexity: listComplexity })
  async myCases(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return toConnection(await ctx.services.cases.mine(requireActor(ctx), { first, after }), toCaseView);
  }

  @Authorized()
  @Query(() => [PublicNoticeView], { complexity: smallListComplexity })
  async publicNotices(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<PublicNoticeView[]> {
    const notices = await ctx.services.cases.publicNotices(requireActor(ctx), unitId);
    return notices.map(({ applicantName, ...notice }) => ({ ...notice, maskedName: maskName(applicantName) }));
  }

  @Authorized()
  @Mutation(() => AidCaseView, { description: 'Idempotent on input.clientId' })
  async saveDraft(@Arg('input', () => CaseDraftInput) input: CaseDraftInput, @Ctx() ctx: Context): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.saveDraft(requireActor(ctx), input));
  }

  @Authorized()
  @Mutation(() => AidCaseView)
  async submitCase(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.submit(requireActor(ctx), id));
  }

  @Authorized()
  @Mutation(() => AidCaseView)
  async resubmitCase(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.resubmit(requireActor(ctx), id, note));
  }

  @Authorized()
  @Mutation(() => AidCaseView)
  async withdrawCase(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.withdraw(requireActor(ctx), id, reason));
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => AidCaseView)
  async acceptCase(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.accept(requireActor(ctx), id, note));
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => AidCaseView)
  async returnCase(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
    @Arg('missingItems', () => [String], { nullable: true, description: 'Every missing item, listed at once' }) missingItems?: string[],
  ): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.returnCase(requireActor(ctx), id, reason, missingItems));
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => AidCaseView)
  async startReview(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.startReview(requireActor(ctx), id));
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => AidCaseView)
  async recordVisit(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => VisitInput) input: VisitInput,
    @Ctx() ctx: Context,
  ): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.recordVisit(requireActor(ctx), id, input));
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => AidCaseView)
  async proposeCase(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ProposalInput) input: ProposalInput,
    @Ctx() ctx: Context,
  ): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.propose(requireActor(ctx), id, input));
  }

  @Authorized(...HEAD_ROLES)
  @Mutation(() => AidCaseView)
  async approveCase(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.approve(requireActor(ctx), id, note));
  }

  @Authorized(...HEAD_ROLES)
  @Mutation(() => AidCaseView)
  async rejectCase(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.reject(requireActor(ctx), id, reason));
  }

  @Authorized(...HEAD_ROLES)
  @Mutation(() => AidCaseView)
  async escalateCase(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.escalate(requireActor(ctx), id, reason));
  }

  @Authorized()
  @Mutation(() => AidCaseView)
  async raiseObjection(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.raiseObjection(requireActor(ctx), id, reason));
  }

  @Authorized(...HEAD_ROLES)
  @Mutation(() => AidCaseView)
  async resolveObjection(
    @Arg('id', () => ID) id: string,
    @Arg('upheld', () => Boolean) upheld: boolean,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.resolveObjection(requireActor(ctx), id, upheld, note));
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => AidCaseView)
  async startService(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.startService(requireActor(ctx), id));
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => AidCaseView)
  async completeService(
    @Arg('id', () => ID) id: string,
    @Arg('report', () => String) report: string,
    @Ctx() ctx: Context,
  ): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.completeService(requireActor(ctx), id, report));
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => AidCaseView)
  async closeCase(@Arg('id', () => ID) id: string, @Arg('report', () => String) report: string, @Ctx() ctx: Context): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.close(requireActor(ctx), id, report));
  }

  @Authorized('WORKER')
  @Mutation(() => AidCaseView)
  async rateCase(
    @Arg('id', () => ID) id: string,
    @Arg('score', () => Int) score: number,
    @Ctx() ctx: Context,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
  ): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.rate(requireActor(ctx), id, score, comment));
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => AidCaseView)
  async assignCase(@Arg('id', () => ID) id: string, @Arg('userId', () => ID) userId: string, @Ctx() ctx: Context): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.assign(requireActor(ctx), id, userId));
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => AidCaseView, {
    description: "Gives a case registered before its applicant had a hardship file the applicant's file (opened or found by staff)",
  })
  async linkCaseFile(@Arg('id', () => ID) id: string, @Arg('fileId', () => ID) fileId: string, @Ctx() ctx: Context): Promise<AidCaseView> {
    return toCaseView(await ctx.services.cases.linkFile(requireActor(ctx), id, fileId));
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => [BulkCaseResultView], { description: 'At most 200 ids; one result per id' })
  async bulkAcceptCases(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<BulkCaseResultView[]> {
    const actor = requireActor(ctx);
    return (await ctx.services.cases.bulk(ids, (id) => ctx.services.cases.accept(actor, id))).map(toBulkView(ctx));
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => [BulkCaseResultView], { description: 'At most 200 ids; one result per id' })
  async bulkAssignCases(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: Context,
  ): Promise<BulkCaseResultView[]> {
    const actor = requireActor(ctx);
    return (await ctx.services.cases.bulk(ids, (id) => ctx.services.cases.assign(actor, id, userId))).map(toBulkView(ctx));
  }

  @FieldResolver(() => UnitView, { description: 'The unit holding the case now' })
  async holder(@Root() aidCase: AidCaseView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(aidCase.unitId))!);
  }

  @FieldResolver(() => UnitView, { description: 'The unit where the case was registered' })
  async originUnit(@Root() aidCase: AidCaseView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(aidCase.originUnitId))!);
  }

  @FieldResolver(() => String, { description: "Where the case is and what happens next, in the caller's language" })
  nextStep(@Root() aidCase: AidCaseView, @Ctx() ctx: Context): string {
    return NEXT_STEP[aidCase.status][ctx.lang];
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The applicant's phone (their account's, or the file's): in full to staff acting on the holding unit, masked to other readers",
  })
  async applicantPhone(@Root() aidCase: AidCaseView, @Ctx() ctx: Context): Promise<string | null> {
    const entity = await ctx.loaders.caseById.load(aidCase.id);
    return entity ? ctx.services.cases.applicantPhone(requireActor(ctx), entity) : null;
  }

  @FieldResolver(() => HouseholdAidView, {
    nullable: true,
    description: "For money aid with a file: the household's aid of this type approved this year, beside the yearly cap",
  })
  async householdAidThisYear(@Root() aidCase: AidCaseView, @Ctx() ctx: Context): Promise<HouseholdAidView | null> {
    if (!aidCase.fileId || !isMoneyAid(aidCase.type)) return null;
    const [aid] = await ctx.services.cases.householdAidThisYear(aidCase.fileId, aidCase.unitId, [aidCase.type]);
    return aid;
  }

  @FieldResolver(() => Int, { nullable: true, description: "The holding unit's approval limit for this money aid type (fen)" })
  async approvalLimitFen(@Root() aidCase: AidCaseView, @Ctx() ctx: Context): Promise<number | null> {
    const entity = await ctx.loaders.caseById.load(aidCase.id);
    return entity ? ctx.services.cases.approvalLimitFen(entity) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Why the proposal cannot be approved where it is (the reader proposed it, or it is above the unit's limit), in the caller's language",
  })
  async approvalHint(@Root() aidCase: AidCaseView, @Ctx() ctx: Context): Promise<string | null> {
    const entity = await ctx.loaders.caseById.load(aidCase.id);
    const hint = entity && (await ctx.services.cases.approvalHint(requireActor(ctx), entity));
    return hint ? translate(hint.key, ctx.lang, hint.params) : null;
  }

  @FieldResolver(() => [CaseActionEnum])
  async allowedActions(@Root() aidCase: AidCaseView, @Ctx() ctx: Context): Promise<CaseAction[]> {
    const entity = await ctx.loaders.caseById.load(aidCase.id);
    return entity ? ctx.services.cases.allowedActions(requireActor(ctx), entity, (id) => ctx.loaders.unitById.load(id)) : [];
  }

  @FieldResolver(() => [CaseEventView], { complexity: smallListComplexity, description: 'The timeline' })
  async events(@Root() aidCase: AidCaseView, @Ctx() ctx: Context): Promise<CaseEventView[]> {
    const events = await ctx.loaders.eventsOfCase.load(aidCase.id);
    return events.map((event) => ({
      id: event.id,
      occurredAt: event.occurredAt,
      action: event.action,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      actorId: event.actorId ?? null,
      actorRole: event.actorRole ?? null,
      unitId: event.unitId,
      comment: event.comment ?? null,
    }));
  }

  @FieldResolver(() => [CaseDocumentView], { complexity: smallListComplexity })
  async documents(@Root() aidCase: AidCaseView, @Ctx() ctx: Context): Promise<CaseDocumentView[]> {
    const documents = await ctx.loaders.documentsOfCase.load(aidCase.id);
    return documents.map((document) => ({
      id: document.id,
      slot: document.slot,
      contentType: document.contentType,
      byteSize: document.byteSize,
      createdAt: document.createdAt,
      url: `/files/${document.id}`,
    }));
  }

  @FieldResolver(() => [CaseVisitView], { complexity: smallListComplexity })
  async visits(@Root() aidCase: AidCaseView, @Ctx() ctx: Context): Promise<CaseVisitView[]> {
    const visits = await ctx.services.cases.visits(aidCase.id);
    return visits.map((visit) => ({
      id: visit.id,
      visitedAt: visit.visitedAt,
      visitorId: visit.visitorId,
      findings: visit.findings,
      householdVerified: visit.householdVerified,
    }));
  }

  /**
   * Income is sensitive (domain.md §8): each time staff read it in a query it is logged, once per case and request.
   * The applicant's own reads, masked answers and mutation answers are not.
   */
  @FieldResolver(() => ApplicationAnswersView, { nullable: true, description: "The applicant's answers, when the worker sent them" })
  async answers(
    @Root() aidCase: AidCaseView,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ApplicationAnswersView | null> {
    const actor = requireActor(ctx);
    const entity = await ctx.loaders.caseById.load(aidCase.id);
    if (!entity) return null;
    const answers = await ctx.services.cases.answers(actor, entity, (id) => ctx.loaders.unitById.load(id));
    if (!answers || answers.incomeMasked || entity.applicantUserId === actor.userId || info.operation.operation !== 'query') return answers;
    await oncePerRequest(ctx, `answers-${entity.id}`, () => ctx.services.cases.recordAnswersView(actor, entity));
    return answers;
  }

  @FieldResolver(() => HardshipFileView, { nullable: true, description: 'The hardship file, when the caller may read it' })
  async file(@Root() aidCase: AidCaseView, @Ctx() ctx: Context): Promise<HardshipFileView | null> {
    if (!aidCase.fileId) return null;
    try {
      const { file, access } = await ctx.services.files.get(requireActor(ctx), aidCase.fileId);
      return toFileView(ctx.services.files, file, access);
    } catch (error) {
      // staff above the holding unit may read the case without reading the file's unit
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }
}

@Resolver(() => CaseEventView)
export class CaseEventResolver {
  @FieldResolver(() => UnitView, { description: 'The unit that held the case when the step happened' })
  async unit(@Root() event: CaseEventView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(event.unitId))!);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who took the step, by name, for staff readers; null for a worker, who sees the role (您本人, 帮扶站工作人员)',
  })
  async actorName(@Root() event: CaseEventView, @Ctx() ctx: Context): Promise<string | null> {
    const readsAsStaff = requireActor(ctx).grants.some((grant) => grant.role !== 'WORKER');
    return readsAsStaff && event.actorId ? ctx.loaders.userNameById.load(event.actorId) : null;
  }
}

/** The household's yearly aid on a file's page (domain.md §12): cases own the amounts and the caps. */
@Resolver(() => HardshipFileView)
export class FileAidResolver {
  @FieldResolver(() => [HouseholdAidView], {
    description: "Money aid approved this year to the household, per aid type, beside the yearly cap of the file's unit",
  })
  householdAidThisYear(@Root() file: HardshipFileView, @Ctx() ctx: Context): Promise<HouseholdAidView[]> {
    return ctx.services.cases.householdAidThisYear(file.id, file.unitId);
  }
}
