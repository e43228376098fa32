import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACTING_ROLES, HEAD_ROLES } from '@bangfu/shared';
import { requireActor, type Context } from '../../common/context.js';
import { listComplexity, toConnection } from '../../common/graphql.js';
import { toCaseView } from '../cases/case.resolver.js';
import { AidCaseView } from '../cases/case.types.js';
import type { LedgerEntry, LedgerTransaction } from './ledger.entity.js';
import { FenScalar } from '../../common/graphql.js';
import { JobView, toJobView } from '../jobs/job.types.js';
import {
  DisbursementInput,
  ExpenseInput,
  FundView,
  IncomeInput,
  LedgerEntryConnection,
  LedgerEntryView,
  UnionFundCheckView,
} from './fund.types.js';

export const toEntryView = (entry: LedgerEntry, transaction: LedgerTransaction): LedgerEntryView => ({
  id: entry.id,
  transactionId: entry.transactionId,
  kind: transaction.kind,
  direction: entry.direction,
  amount: entry.amountFen,
  balanceAfter: entry.balanceAfter,
  source: transaction.source ?? null,
  category: transaction.category ?? null,
  donor: transaction.donor ?? null,
  caseId: transaction.caseId ?? null,
  counterpartUnitId: transaction.counterpartUnitId ?? null,
  reversesTransactionId: transaction.reversesId ?? null,
  memo: transaction.memo ?? null,
  createdAt: entry.createdAt,
});

@Resolver(() => FundView)
export class FundResolver {
  @Authorized()
  @Query(() => FundView, { nullable: true, description: 'Null when the unit holds no fund' })
  async fund(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<FundView | null> {
    const found = await ctx.services.funds.fund(requireActor(ctx), unitId);
    return found ? { unitId: found.unit.id, balance: found.balance } : null;
  }

  @FieldResolver(() => LedgerEntryConnection, { complexity: listComplexity, description: 'The 台账, in posting order' })
  async entries(
    @Root() fund: FundView,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('from', () => Date, { nullable: true }) from?: Date,
    @Arg('to', () => Date, { nullable: true }) to?: Date,
  ) {
    const page = await ctx.services.funds.entries(requireActor(ctx), fund.unitId, { first, after, from, to });
    return toConnection(page, (row) => toEntryView(row.entry, row.transaction));
  }

  @FieldResolver(() => UnionFundCheckView, { description: "The unit's own union-fund contribution in a year against what it retained" })
  async unionFundCheck(
    @Root() fund: FundView,
    @Arg('year', () => Int) year: number,
    @Arg('retainedUnionFundsFen', () => FenScalar) retainedUnionFundsFen: number,
    @Ctx() ctx: Context,
  ): Promise<UnionFundCheckView> {
    return ctx.services.funds.unionFundCheck(requireActor(ctx), fund.unitId, year, retainedUnionFundsFen);
  }

  @Authorized()
  @Mutation(() => JobView, { description: 'The ledger (台账) for [from, to) as .xlsx; poll job(id) for the download' })
  async exportLedger(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() ctx: Context,
  ): Promise<JobView> {
    return toJobView(await ctx.services.funds.startExport(requireActor(ctx), 'exportLedger', unitId, from, to));
  }

  @Authorized()
  @Mutation(() => JobView, { description: 'The disbursement roster (发放花名册) for [from, to) as .xlsx, with a signature column' })
  async exportDisbursementRoster(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() ctx: Context,
  ): Promise<JobView> {
    return toJobView(await ctx.services.funds.startExport(requireActor(ctx), 'exportRoster', unitId, from, to));
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => LedgerEntryView, { description: 'The entry on the fund account' })
  async recordIncome(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('input', () => IncomeInput) input: IncomeInput,
    @Ctx() ctx: Context,
  ): Promise<LedgerEntryView> {
    const entry = await ctx.services.funds.recordIncome(requireActor(ctx), unitId, { ...input, amountFen: input.amount });
    return this.view(ctx, entry);
  }

  @Authorized(...HEAD_ROLES)
  @Mutation(() => [LedgerEntryView], { description: 'Both entries: out of the parent fund, into the child fund' })
  async allocateFunds(
    @Arg('fromUnitId', () => ID) fromUnitId: string,
    @Arg('toUnitId', () => ID) toUnitId: string,
    @Arg('amount', () => Int) amount: number,
    @Arg('idempotencyKey', () => String) idempotencyKey: string,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ): Promise<LedgerEntryView[]> {
    const entries = await ctx.services.funds.allocate(requireActor(ctx), fromUnitId, toUnitId, amount, note, idempotencyKey);
    return Promise.all(entries.map((entry) => this.view(ctx, entry)));
  }

  @Authorized(...HEAD_ROLES)
  @Mutation(() => LedgerEntryView)
  async recordExpense(
    @Arg('unitId', () => ID) unitId: string,
    @Arg('input', () => ExpenseInput) input: ExpenseInput,
    @Ctx() ctx: Context,
  ): Promise<LedgerEntryView> {
    const entry = await ctx.services.funds.recordExpense(requireActor(ctx), unitId, { ...input, amountFen: input.amount });
    return this.view(ctx, entry);
  }

  @Authorized(...HEAD_ROLES)
  @Mutation(() => LedgerEntryView, { description: 'Posts the mirror transaction; the same entry of the reversal is returned' })
  async reverseEntry(
    @Arg('entryId', () => ID) entryId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<LedgerEntryView> {
    return this.view(ctx, await ctx.services.funds.reverse(requireActor(ctx), entryId, reason));
  }

  @Authorized(...ACTING_ROLES)
  @Mutation(() => AidCaseView)
  async disburseCase(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => DisbursementInput) input: DisbursementInput,
    @Ctx() ctx: Context,
  ): Promise<AidCaseView> {
    return toCaseView(await ctx.services.funds.disburse(requireActor(ctx), id, input));
  }

  @Authorized()
  @Mutation(() => AidCaseView, {
    description: "Only the recipient, from their own account, with the CONFIRM_RECEIPT code sent to the account's phone",
  })
  async confirmReceipt(
    @Arg('id', () => ID) id: string,
    @Arg('smsCode', () => String, { nullable: true, description: 'Required; nullable only so older clients get a clear refusal' })
    smsCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<AidCaseView> {
    return toCaseView(await ctx.services.funds.confirmReceipt(requireActor(ctx), id, smsCode));
  }

  private async view(ctx: Context, entry: LedgerEntry): Promise<LedgerEntryView> {
    return toEntryView(entry, await ctx.services.funds.transactionOf(entry));
  }
}
