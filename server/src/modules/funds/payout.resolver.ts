import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { maskCardNumber } from '@bangfu/shared';
import { requireActor, type Context } from '../../common/context.js';
import { listComplexity, smallListComplexity } from '../../common/graphql.js';
import { AidCaseView } from '../cases/case.types.js';
import { JobView, toJobView } from '../jobs/job.types.js';
import { toUnitView, UnitView } from '../org/unit.types.js';
import { FundView } from './fund.types.js';
import type { BankReturn, PayoutBatch } from './payout-batch.entity.js';
import type { PayoutFileFormat } from './payout.service.js';
import {
  BankReturnView,
  MoneyInTransitView,
  PaymentView,
  PayoutBatchLineView,
  PayoutBatchView,
  PayoutFileFormatEnum,
} from './payout.types.js';

const toBatchView = (batch: PayoutBatch): PayoutBatchView => ({
  id: batch.id,
  unitId: batch.unitId,
  reference: batch.reference,
  status: batch.status,
  lineCount: batch.lineCount,
  totalFen: batch.totalFen,
  createdById: batch.createdById,
  createdAt: batch.createdAt,
  approvedById: batch.approvedById ?? null,
  approvedAt: batch.approvedAt ?? null,
  exportedAt: batch.exportedAt ?? null,
  settledAt: batch.settledAt ?? null,
});

const toReturnView = (received: BankReturn): BankReturnView => ({
  id: received.id,
  fileName: received.fileName,
  uploadedAt: received.uploadedAt,
  appliedAt: received.appliedAt ?? null,
  jobId: received.jobId ?? null,
  report: received.report
    ? { ...received.report, refused: received.report.refused.map((line) => ({ ...line, detail: line.detail ?? null })) }
    : null,
});

@Resolver(() => PayoutBatchView)
export class PayoutResolver {
  @Authorized()
  @Query(() => [PayoutBatchView], { complexity: listComplexity, description: "A fund's payout batches (代发批次), newest first" })
  async payoutBatches(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<PayoutBatchView[]> {
    return (await ctx.services.payouts.batches(requireActor(ctx), unitId)).map(toBatchView);
  }

  @Authorized()
  @Query(() => PayoutBatchView, { nullable: true })
  async payoutBatch(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PayoutBatchView> {
    return toBatchView(await ctx.services.payouts.batch(requireActor(ctx), id));
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => PayoutBatchView, {
    description: "Gathers the fund's bank payments in transit (all, or those listed) that no open batch holds into a batch",
  })
  async createPayoutBatch(
    @Arg('unitId', () => ID, { description: 'The unit whose fund paid them' }) unitId: string,
    @Ctx() ctx: Context,
    @Arg('paymentIds', () => [ID], { nullable: true }) paymentIds?: string[] | null,
  ): Promise<PayoutBatchView> {
    return toBatchView(await ctx.services.payouts.createBatch(requireActor(ctx), unitId, paymentIds ?? null));
  }

  @Authorized('UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => PayoutBatchView, { description: 'A head of the unit other than the one who drew the batch up approves it' })
  async approvePayoutBatch(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PayoutBatchView> {
    return toBatchView(await ctx.services.payouts.approveBatch(requireActor(ctx), id));
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => PayoutBatchView, { description: 'Cancels a batch the bank never had; its payments can go on another' })
  async cancelPayoutBatch(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<PayoutBatchView> {
    return toBatchView(await ctx.services.payouts.cancelBatch(requireActor(ctx), id, reason));
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => JobView, { description: "The bank's payout file of an approved batch; poll job(id) for the download" })
  async exportPayoutBatch(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('format', () => PayoutFileFormatEnum, { nullable: true, defaultValue: 'CSV' }) format: PayoutFileFormat,
  ): Promise<JobView> {
    return toJobView(await ctx.services.payouts.startExport(requireActor(ctx), id, format));
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => JobView, {
    description: 'Applies a return file uploaded to PUT /uploads/bank-returns/:batchId; the job settles what matches and reports the rest',
  })
  async importBankReturn(
    @Arg('batchId', () => ID) batchId: string,
    @Arg('returnId', () => ID) returnId: string,
    @Ctx() ctx: Context,
  ): Promise<JobView> {
    return toJobView(await ctx.services.payouts.startImport(requireActor(ctx), batchId, returnId));
  }

  @FieldResolver(() => UnitView)
  async unit(@Root() batch: PayoutBatchView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(batch.unitId))!);
  }

  @FieldResolver(() => [PayoutBatchLineView], { complexity: listComplexity, description: 'In line order, after `afterLine`' })
  async lines(
    @Root() batch: PayoutBatchView,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100 }) first: number,
    @Arg('afterLine', () => Int, { nullable: true, defaultValue: 0 }) afterLine: number,
  ): Promise<PayoutBatchLineView[]> {
    const rows = await ctx.services.payouts.lines(batch.id, afterLine, Math.min(Math.max(first, 1), 500));
    return rows.map((row) => ({
      lineNo: row.line_no,
      amountFen: Number(row.amount_fen),
      caseId: row.case_id,
      caseNumber: row.case_number,
      holderName: row.recipient_name,
      bankName: row.payee_bank,
      accountNumberMasked: maskCardNumber(row.payee_account_last4),
      outcome: row.outcome,
      bankMessage: row.bank_message,
    }));
  }

  @FieldResolver(() => [BankReturnView], { complexity: smallListComplexity, description: 'Return files uploaded, newest first' })
  async returns(@Root() batch: PayoutBatchView, @Ctx() ctx: Context): Promise<BankReturnView[]> {
    return (await ctx.services.payouts.returns(batch.id)).map(toReturnView);
  }
}

@Resolver(() => FundView)
export class FundInTransitResolver {
  @FieldResolver(() => MoneyInTransitView, { description: 'Bank payments sent and not yet confirmed by the bank' })
  async inTransit(@Root() fund: FundView, @Ctx() ctx: Context): Promise<MoneyInTransitView> {
    return ctx.services.payouts.inTransit(requireActor(ctx), fund.unitId);
  }
}

@Resolver(() => AidCaseView)
export class CasePaymentsResolver {
  @FieldResolver(() => [PaymentView], { complexity: smallListComplexity, description: 'Payments on the case, oldest first' })
  async payments(@Root() aidCase: AidCaseView, @Ctx() ctx: Context): Promise<PaymentView[]> {
    return (await ctx.services.funds.disbursementsOf(aidCase.id)).map((payment) => ({
      id: payment.id,
      instalmentNo: payment.instalmentNo,
      amountFen: payment.amountFen,
      method: payment.method,
      paidAt: payment.paidAt,
      reversed: payment.status === 'REVERSED',
      arrival: payment.arrival ?? null,
      arrivedAt: payment.arrivedAt ?? null,
      bankMessage: payment.bankMessage ?? null,
      bankName: payment.payeeBank ?? null,
      accountNumberMasked: payment.payeeAccountLast4 ? maskCardNumber(payment.payeeAccountLast4) : null,
      receivedAt: payment.receivedAt ?? null,
    }));
  }
}
