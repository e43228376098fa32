import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import {
  allocationSchema,
  disbursementSchema,
  expenseSchema,
  FORBIDDEN_EXPENSE_CATEGORIES,
  incomeSchema,
  reasonSchema,
  ACTING_ROLES,
  HEAD_ROLES,
  DAY_MS,
  shanghaiDate,
  shanghaiYearStart,
  formatYuan,
  type RecipientIdentityBasis,
  type Role,
} from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import { recordAudit } from '../audit/audit-trail.js';
import { startJob } from '../jobs/job.service.js';
import { notify } from '../notifications/notify.js';
import { JobRecord } from '../jobs/job.entity.js';
import type { FieldCipher } from '../../common/crypto.js';
import { DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from '../../common/pagination.js';
import { withSystemRows } from '../../common/row-scope.js';
import { scopeFor } from '../../common/scope.js';
import { isWellFormedId, parseInput } from '../../common/validate.js';
import { User } from '../auth/user.entity.js';
import { AidCase } from '../cases/case.entity.js';
import type { CaseService } from '../cases/case.service.js';
import { recordsUnit } from '../org/unit-access.js';
import { Unit } from '../org/unit.entity.js';
import type { HardshipFileService } from '../people/hardship-file.service.js';
import { HardshipFile } from '../people/hardship-file.entity.js';
import {
  accountOf,
  existingFundAccount,
  fundAccountOf,
  payCasesFromFund,
  payingFundUnit,
  post,
  reversalOf,
  type CasePaymentRow,
  type Posting,
} from './ledger.js';
import { Disbursement, LedgerAccount, LedgerEntry, LedgerTransaction } from './ledger.entity.js';
import { unconfirmedPayments, unionFundsContribution } from './ledger.queries.js';

/**
 * The RECIPIENT capacity: the caller's own ID number is the one the case's money goes to — the recipient of an
 * unconfirmed payment when there is one, else anyone the file names as recipient (or the applicant without a file).
 */
export const paymentRecipientCheck = async (em: EntityManager, actor: Actor, aidCase: AidCase): Promise<boolean> => {
  const user = await em.findOne(User, { id: actor.userId });
  if (!user?.idNumberHash) return false;
  const payment = await em.findOne(Disbursement, { caseId: aidCase.id, status: 'POSTED', receivedAt: null });
  // money the bank has not confirmed is nobody's to sign for yet
  if (payment) return payment.arrival !== 'IN_TRANSIT' && payment.recipientHash === user.idNumberHash;
  const file = aidCase.fileId ? await em.findOne(HardshipFile, { id: aidCase.fileId }) : null;
  return file ? file.recipientHashes.includes(user.idNumberHash) : aidCase.applicantUserId === user.id;
};

/**
 * How the recipient is known to be the person: the file's counter check (its holder), an account verified at the
 * counter, or the payer seeing the ID card at this payout (现场核验, recorded). Nothing else pays.
 */
async function identityOf(
  em: EntityManager,
  hash: string | null,
  file: HardshipFile | null,
  checkedAtPayout: boolean,
): Promise<RecipientIdentityBasis> {
  if (hash && file?.idNumberHash === hash && file.identityVerifiedAt) return 'FILE';
  if (hash && (await em.count(User, { idNumberHash: hash, active: true, identityVerifiedAt: { $ne: null } }))) return 'ACCOUNT';
  if (checkedAtPayout) return 'AT_PAYOUT';
  throw new DomainError('BAD_USER_INPUT', 'case.recipientNotVerified');
}

export const EXPORT_QUEUE = 'exports';
/** Tibet: the unit's own union-fund contribution is at least 10% of its retained union funds. */
export const UNION_FUND_MINIMUM_SHARE = 0.1;

export interface UnionFundCheck {
  year: number;
  contributionFen: number;
  retainedUnionFundsFen: number;
  ratio: number;
  meetsMinimum: boolean;
}

export interface EntryFilter extends PageRequest {
  from?: Date | null;
  to?: Date | null;
}

/** An entry on a fund account, with the transaction it belongs to (台账 row). */
export interface FundEntryRow {
  entry: LedgerEntry;
  transaction: LedgerTransaction;
}

/**
 * Earmarked aid funds (domain.md §5): income, allocation to units below, the two kinds of spending an aid
 * fund allows, reversals, and paying cases exactly once to the person named on the file.
 */
export class FundService {
  constructor(
    private readonly em: EntityManager,
    private readonly cases: CaseService,
    private readonly files: HardshipFileService,
    private readonly cipher: FieldCipher,
    /** The recipient's CONFIRM_RECEIPT code, checked and spent on its own (VerificationService.proveReceipt). */
    private readonly proveReceipt: (actor: Actor, code: string | null | undefined) => Promise<void>,
  ) {}

  /** A fund the actor may read: the unit's own (balance 0 before its first posting), or null when the unit holds none. */
  async fund(actor: Actor, unitId: string): Promise<{ unit: Unit; account: LedgerAccount | null; balance: number } | null> {
    const unit = await recordsUnit(this.em, actor, unitId);
    if (!unit.holdsFund) return null;
    const account = await existingFundAccount(this.em, unit.id);
    return { unit, account, balance: account?.balance ?? 0 };
  }

  /** The fund's entries in posting order, optionally within [from, to). */
  async entries(actor: Actor, unitId: string, filter: EntryFilter): Promise<Page<FundEntryRow>> {
    const found = await this.fund(actor, unitId);
    if (!found) throw new DomainError('BAD_USER_INPUT', 'fund.none', { name: (await recordsUnit(this.em, actor, unitId)).name });
    const limit = pageSize(filter.first);
    if (!found.account) return toPage([], limit, 0, () => []);
    const where: Record<string, unknown> = { accountId: found.account.id };
    if (filter.from || filter.to)
      where.createdAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    const totalCount = await this.em.count(LedgerEntry, where);
    if (filter.after) where.id = { $gt: decodeCursor(filter.after, ['id'])[0] };
    const entries = await this.em.find(LedgerEntry, where, { orderBy: { id: 'asc' }, limit: limit + 1 });
    const transactions = await this.em.find(LedgerTransaction, { id: { $in: entries.map((entry) => entry.transactionId) } });
    const rows = entries.map((entry) => ({ entry, transaction: transactions.find((t) => t.id === entry.transactionId)! }));
    return toPage(rows, limit, totalCount, (row) => [row.entry.id]);
  }

  /** Income by source; donations only from domestic donors and without conditions (domain.md §5). */
  async recordIncome(actor: Actor, unitId: string, input: unknown): Promise<LedgerEntry> {
    const data = parseInput(incomeSchema, input);
    const unit = await this.actingUnit(actor, unitId, ACTING_ROLES);
    if (data.source === 'DONATION') {
      if (!data.donor || !data.donorCountry) throw new DomainError('BAD_USER_INPUT', 'fund.donorRequired');
      if (data.donorCountry !== 'CN') throw new DomainError('BAD_USER_INPUT', 'fund.foreignDonation');
      if (data.conditions) throw new DomainError('BAD_USER_INPUT', 'fund.conditionalDonation');
    }
    const fields = {
      unitId: unit.id,
      kind: 'INCOME' as const,
      source: data.source,
      donor: data.donor ?? null,
      donorCountry: data.donorCountry ?? null,
      memo: data.note ?? null,
      idempotencyKey: data.idempotencyKey ?? null,
      createdById: actor.userId,
    };
    const entries = await this.postOnce(
      fields,
      data.amountFen,
      async (em) => [
        { accountId: await fundAccountOf(em, unit), direction: 'DEBIT', amountFen: data.amountFen },
        { accountId: await accountOf(em, unit.id, 'INCOME', data.source), direction: 'CREDIT', amountFen: data.amountFen },
      ],
      actor,
      { action: 'fund.recordIncome', after: { source: data.source, amountFen: data.amountFen, donor: data.donor ?? null } },
    );
    return entries[0];
  }

  /** Parent to child (or further below) in one transaction of two entries, idempotent on its key. */
  async allocate(
    actor: Actor,
    fromUnitId: string,
    toUnitId: string,
    amountFen: number,
    note: string | null | undefined,
    idempotencyKey: string,
  ): Promise<LedgerEntry[]> {
    const data = parseInput(allocationSchema, { amountFen, note, idempotencyKey });
    const from = await this.actingUnit(actor, fromUnitId, HEAD_ROLES);
    const to = isWellFormedId(toUnitId) ? await this.em.findOne(Unit, { id: toUnitId }) : null;
    if (!to || !scopeFor(actor).canReadUnit(to)) throw notFound('unit');
    if (!to.path.startsWith(`${from.path}.`) || !to.active) throw new DomainError('BAD_USER_INPUT', 'fund.allocationTarget');
    const fields = {
      unitId: from.id,
      kind: 'ALLOCATION' as const,
      counterpartUnitId: to.id,
      memo: data.note ?? null,
      idempotencyKey: data.idempotencyKey,
      createdById: actor.userId,
    };
    return this.postOnce(
      fields,
      data.amountFen,
      async (em) => [
        { accountId: await fundAccountOf(em, from), direction: 'CREDIT', amountFen: data.amountFen },
        { accountId: await fundAccountOf(em, to), direction: 'DEBIT', amountFen: data.amountFen },
      ],
      actor,
      { action: 'fund.allocate', after: { toUnitId: to.id, amountFen: data.amountFen } },
    );
  }

  /** Spending other than case aid: grants to stations only; everything else an aid fund may not pay for. */
  async recordExpense(actor: Actor, unitId: string, input: unknown): Promise<LedgerEntry> {
    const data = parseInput(expenseSchema, input);
    const unit = await this.actingUnit(actor, unitId, HEAD_ROLES);
    if ((FORBIDDEN_EXPENSE_CATEGORIES as readonly string[]).includes(data.category)) {
      throw new DomainError('BAD_USER_INPUT', 'fund.forbiddenExpense', { category: data.category });
    }
    if (data.category === 'CASE_AID') throw new DomainError('BAD_USER_INPUT', 'fund.caseAidThroughCase');
    const grantee = data.granteeUnitId ? await this.em.findOne(Unit, { id: data.granteeUnitId }) : null;
    if (!grantee || !grantee.path.startsWith(`${unit.path}.`)) throw new DomainError('BAD_USER_INPUT', 'fund.granteeRequired');
    const fields = {
      unitId: unit.id,
      kind: 'EXPENSE' as const,
      category: data.category,
      counterpartUnitId: grantee.id,
      memo: data.note ?? null,
      idempotencyKey: data.idempotencyKey ?? null,
      createdById: actor.userId,
    };
    const entries = await this.postOnce(
      fields,
      data.amountFen,
      async (em) => [
        { accountId: await fundAccountOf(em, unit), direction: 'CREDIT', amountFen: data.amountFen },
        { accountId: await accountOf(em, unit.id, 'GRANT_PAID'), direction: 'DEBIT', amountFen: data.amountFen },
      ],
      actor,
      { action: 'fund.recordExpense', after: { category: data.category, granteeUnitId: grantee.id, amountFen: data.amountFen } },
    );
    return entries[0];
  }

  /**
   * Corrects a transaction by posting its mirror image. Asking again returns the same reversal; a reversal
   * is never reversed; a payment is reversed only before the recipient confirmed it, and its case goes back
   * to READY_TO_PAY.
   */
  async reverse(actor: Actor, entryId: string, reason: string): Promise<LedgerEntry> {
    const memo = parseInput(reasonSchema, reason);
    const entry = isWellFormedId(entryId) ? await this.em.findOne(LedgerEntry, { id: entryId }) : null;
    if (!entry) throw notFound('entry');
    const original = await this.em.findOneOrFail(LedgerTransaction, { id: entry.transactionId });
    const unit = await this.actingUnit(actor, original.unitId, HEAD_ROLES);
    if (original.kind === 'REVERSAL') throw new DomainError('INVALID_TRANSITION', 'fund.reverseReversal');

    const existing = await this.em.findOne(LedgerTransaction, { reversesId: original.id });
    if (existing) return this.mirrorOf(existing, entry.accountId);
    try {
      return await this.em.transactional(async (em) => {
        const originalEntries = await em.find(LedgerEntry, { transactionId: original.id }, { orderBy: { id: 'asc' } });
        if (original.kind === 'DISBURSEMENT') await this.undoPayment(em, actor, original, memo);
        const { entries } = await post(
          em,
          {
            unitId: unit.id,
            kind: 'REVERSAL',
            reversesId: original.id,
            caseId: original.caseId ?? null,
            memo,
            createdById: actor.userId,
          },
          reversalOf(originalEntries),
        );
        recordAudit(em, actor, {
          action: 'fund.reverse',
          entityType: 'LedgerTransaction',
          entityId: original.id,
          unitId: unit.id,
          after: { reason: memo },
        });
        return entries.find((e) => e.accountId === entry.accountId)!;
      });
    } catch (error) {
      // a concurrent reversal of the same transaction won the unique (reverses_id)
      if (error instanceof UniqueConstraintViolationException) {
        return this.mirrorOf(await this.em.fork().findOneOrFail(LedgerTransaction, { reversesId: original.id }), entry.accountId);
      }
      throw error;
    }
  }

  /**
   * Pays a READY_TO_PAY case (or its next instalment) from the paying fund, moving it to DISBURSED in the
   * same transaction. The same key returns the first result; another key for a paid case is CONFLICT.
   */
  async disburse(actor: Actor, caseId: string, input: unknown): Promise<AidCase> {
    const data = parseInput(disbursementSchema, input);
    const known = await this.replayOf(caseId, data.idempotencyKey);
    if (known) return known;
    try {
      return await this.cases.transition(
        actor,
        caseId,
        'disburse',
        async (step) => {
          const { em, aidCase } = step;
          if (aidCase.approvedById === actor.userId) throw new DomainError('FORBIDDEN', 'case.payerIsApprover');
          const paid = await em.count(Disbursement, { caseId: aidCase.id, status: 'POSTED' });
          const instalmentNo = paid + 1;
          const total = aidCase.approvedAmountFen!;
          const share = Math.floor(total / aidCase.instalments);
          const amountFen = instalmentNo === aidCase.instalments ? total - share * (aidCase.instalments - 1) : share;
          const bank = data.method === 'BANK_TRANSFER' ? await this.payeeOf(em, aidCase, data.recipientIdNumber ?? null) : null;
          const recipient =
            bank?.recipient ?? (await this.recipientFor(em, aidCase, data.recipientIdNumber ?? null, data.recipientIdentityChecked));
          const fundUnit = await payingFundUnit(em, aidCase.unitId);
          const payment: CasePaymentRow = {
            caseId: aidCase.id,
            amountFen,
            recipientName: recipient.name,
            recipientHash: recipient.hash,
            identity: recipient.identity,
            payee: bank
              ? { bank: bank.account.payeeBank, accountEnc: bank.account.payeeAccountEnc!, lastFour: bank.account.payeeAccountLast4 }
              : null,
            idempotencyKey: data.idempotencyKey,
          };
          // one statement writes the transaction, its entries, the payment and the balances; every payout of a unit's
          // cases draws on one fund row, so its lock is taken last and held only for that statement and the commit
          step.beforeCommit(async () => {
            const { paid, balanceFen } = await payCasesFromFund(em, fundUnit, [payment], {
              method: data.method,
              paidById: actor.userId,
              memo: data.note ?? null,
            });
            if (!paid)
              throw new DomainError('INSUFFICIENT_FUNDS', 'fund.insufficient', {
                balance: formatYuan(balanceFen),
                amount: formatYuan(amountFen),
              });
          });
          return [
            {
              action: 'disburse',
              to: 'DISBURSED',
              comment: data.note ?? null,
              data: { amountFen, instalmentNo, instalments: aidCase.instalments, method: data.method, fundUnitId: fundUnit.id },
            },
          ];
        },
        null,
        { method: data.method },
      );
    } catch (error) {
      // a retry that lost the race to its own first attempt, or another key for a case paid meanwhile
      const replay =
        error instanceof DomainError || error instanceof UniqueConstraintViolationException
          ? await this.replayOf(caseId, data.idempotencyKey)
          : null;
      if (replay) return replay;
      if (error instanceof UniqueConstraintViolationException) throw new DomainError('CONFLICT', 'case.alreadyPaid');
      if (error instanceof DomainError && error.code === 'INVALID_TRANSITION') {
        const current = await this.em.fork().findOne(AidCase, { id: caseId });
        if (current && ['DISBURSED', 'RECEIVED', 'CLOSED'].includes(current.status)) throw new DomainError('CONFLICT', 'case.alreadyPaid');
      }
      throw error;
    }
  }

  /**
   * The recipient confirms receipt from their own account (实名制), with a code sent to their own phone (杜绝代签).
   * Staff cannot, whatever roles they hold. With instalments left, the case returns to READY_TO_PAY for the next one.
   * The code is spent before the case's transaction and only when the caller could confirm now: a try is counted
   * even when the case's transaction rolls back, and a refusal for another reason (not the recipient, wrong state)
   * costs the worker no code.
   */
  async confirmReceipt(actor: Actor, caseId: string, smsCode: string | null | undefined): Promise<AidCase> {
    const aidCase = await this.cases.get(actor, caseId);
    const open = await this.em.findOne(Disbursement, { caseId: aidCase.id, status: 'POSTED', receivedAt: null });
    if (open?.arrival === 'IN_TRANSIT') throw new DomainError('INVALID_TRANSITION', 'case.notArrived');
    if ((await this.cases.allowedActions(actor, aidCase)).includes('confirmReceipt')) await this.proveReceipt(actor, smsCode);
    return this.cases.transition(actor, caseId, 'confirmReceipt', async (step) => {
      const { em, aidCase, now } = step;
      const payment = await em.findOne(
        Disbursement,
        { caseId: aidCase.id, status: 'POSTED', receivedAt: null },
        { orderBy: { instalmentNo: 'desc' } },
      );
      const user = await em.findOneOrFail(User, { id: actor.userId });
      if (!payment || !payment.recipientHash || payment.recipientHash !== user.idNumberHash)
        throw new DomainError('FORBIDDEN', 'case.notRecipient');
      payment.receivedAt = now;
      const remaining = aidCase.instalments - payment.instalmentNo;
      return [
        {
          action: 'confirmReceipt',
          to: remaining > 0 ? 'READY_TO_PAY' : 'RECEIVED',
          data: { instalmentNo: payment.instalmentNo, amountFen: payment.amountFen },
        },
      ];
    });
  }

  /**
   * Reminds, once per payment, a worker who has not confirmed receipt `afterDays` days after being paid (by inbox and
   * SMS): money may not have reached them, and an unconfirmed payment stays open on the station's list.
   */
  async remindReceipts(afterDays: number, limit = 1_000): Promise<number> {
    const due = await unconfirmedPayments(this.em, new Date(Date.now() - afterDays * DAY_MS), limit);
    let written = 0;
    await this.em.transactional(async (em) => {
      for (const payment of due) {
        written += await notify(em, {
          userIds: [payment.user_id],
          kind: 'RECEIPT_REMINDER',
          caseId: payment.case_id,
          params: { title: payment.title, caseNumber: payment.case_number, paidOn: shanghaiDate(new Date(payment.paid_at)) },
          dedupeKey: `receipt-reminder-${payment.id}`,
          sms: true,
        });
      }
    });
    return written;
  }

  /** Starts an export of the fund's ledger or payment roster for [from, to); the worker writes the file. */
  async startExport(actor: Actor, name: 'exportLedger' | 'exportRoster', unitId: string, from: Date, to: Date): Promise<JobRecord> {
    if (!(from < to) || to.getTime() - from.getTime() > 5 * 366 * 86_400_000)
      throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'from/to' });
    const found = await this.fund(actor, unitId);
    if (!found) throw new DomainError('BAD_USER_INPUT', 'fund.none', { name: (await recordsUnit(this.em, actor, unitId)).name });
    return startJob(this.em, actor, {
      queue: EXPORT_QUEUE,
      name,
      unitId: found.unit.id,
      params: { unitId: found.unit.id, from: from.toISOString(), to: to.toISOString() },
      audit: { action: `fund.${name}`, entityType: 'Fund', entityId: found.unit.id },
    });
  }

  /**
   * The Tibet rule: the unit's own union-fund contribution (UNION_FUNDS income, net of reversals) in a
   * Shanghai calendar year must be at least 10% of the union funds it retained that year.
   */
  async unionFundCheck(actor: Actor, unitId: string, year: number, retainedUnionFundsFen: number): Promise<UnionFundCheck> {
    if (!Number.isSafeInteger(retainedUnionFundsFen) || retainedUnionFundsFen <= 0 || year < 2000 || year > 2100) {
      throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'year / retainedUnionFundsFen' });
    }
    const found = await this.fund(actor, unitId);
    if (!found) throw new DomainError('BAD_USER_INPUT', 'fund.none', { name: (await recordsUnit(this.em, actor, unitId)).name });
    if (!found.account) return { year, contributionFen: 0, retainedUnionFundsFen, ratio: 0, meetsMinimum: false };
    const contributionFen = await unionFundsContribution(this.em, found.account.id, shanghaiYearStart(year), shanghaiYearStart(year + 1));
    const ratio = contributionFen / retainedUnionFundsFen;
    return { year, contributionFen, retainedUnionFundsFen, ratio, meetsMinimum: ratio >= UNION_FUND_MINIMUM_SHARE };
  }

  transactionOf(entry: LedgerEntry): Promise<LedgerTransaction> {
    return this.em.findOneOrFail(LedgerTransaction, { id: entry.transactionId });
  }

  /** Payments of a case, for the timeline and the roster. */
  async disbursementsOf(caseId: string): Promise<Disbursement[]> {
    return this.em.find(Disbursement, { caseId }, { orderBy: { id: 'asc' } });
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** Posts once per idempotency key: the same key again returns the first entries; a different request under it is CONFLICT. */
  private async postOnce(
    fields: Partial<LedgerTransaction> & Pick<LedgerTransaction, 'unitId' | 'kind'>,
    amountFen: number,
    postings: (em: EntityManager) => Promise<Posting[]>,
    actor: Actor,
    audit: { action: string; after: Record<string, unknown> },
  ): Promise<LedgerEntry[]> {
    const replay = async (em: EntityManager) => {
      if (!fields.idempotencyKey) return null;
      const first = await em.findOne(LedgerTransaction, { idempotencyKey: fields.idempotencyKey });
      if (!first) return null;
      const entries = await em.find(LedgerEntry, { transactionId: first.id }, { orderBy: { id: 'asc' } });
      const same = first.kind === fields.kind && first.unitId === fields.unitId && entries[0]?.amountFen === amountFen;
      if (!same) throw new DomainError('CONFLICT', 'fund.keyReused');
      return entries;
    };
    const earlier = await replay(this.em);
    if (earlier) return earlier;
    try {
      return await this.em.transactional(async (em) => {
        const { transaction, entries } = await post(em, fields, await postings(em));
        recordAudit(em, actor, {
          action: audit.action,
          entityType: 'LedgerTransaction',
          entityId: transaction.id,
          unitId: fields.unitId,
          after: audit.after,
        });
        return entries;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        const raced = await replay(this.em.fork());
        if (raced) return raced;
      }
      throw error;
    }
  }

  /** The case as the first request with this key left it, or null when the key is new; CONFLICT when it paid another case. */
  private async replayOf(caseId: string, idempotencyKey: string): Promise<AidCase | null> {
    const em = this.em.fork();
    const payment = await em.findOne(Disbursement, { idempotencyKey });
    if (!payment) return null;
    if (payment.caseId !== caseId) throw new DomainError('CONFLICT', 'fund.keyReused');
    return em.findOneOrFail(AidCase, { id: caseId });
  }

  /**
   * Money goes to the file's person or a household member the file names as recipient, never anyone else, and only
   * to a verified person (实名, domain.md §11): see identityOf.
   */
  private async recipientFor(
    em: EntityManager,
    aidCase: AidCase,
    idNumber: string | null,
    checkedAtPayout: boolean,
  ): Promise<{ name: string; hash: string | null; identity: RecipientIdentityBasis }> {
    const file = aidCase.fileId ? await em.findOneOrFail(HardshipFile, { id: aidCase.fileId }) : null;
    const identified = async (name: string, hash: string | null) => ({
      name,
      hash,
      identity: await identityOf(em, hash, file, checkedAtPayout),
    });
    if (!file) {
      // emergency aid before a file exists: the applicant's own account, when there is one
      if (idNumber) throw new DomainError('BAD_USER_INPUT', 'case.recipientNotOnFile');
      const user = aidCase.applicantUserId ? await em.findOne(User, { id: aidCase.applicantUserId }) : null;
      return identified(aidCase.applicantName, user?.idNumberHash ?? null);
    }
    if (!idNumber) return identified(file.personName, file.idNumberHash);
    const hash = this.cipher.lookupHash(idNumber);
    if (!file.recipientHashes.includes(hash)) throw new DomainError('BAD_USER_INPUT', 'case.recipientNotOnFile');
    const member = this.files.household(file, 'FULL').members.find((m) => m.idNumber && this.cipher.lookupHash(m.idNumber) === hash);
    return identified(member?.name ?? file.personName, hash);
  }

  /**
   * A bank payment goes to the file's payee account and its holder is the recipient (domain.md §10): someone the file
   * names as recipient, verified like any other recipient. The account is copied onto the payment as it is now.
   */
  private async payeeOf(em: EntityManager, aidCase: AidCase, recipientIdNumber: string | null) {
    const file = aidCase.fileId ? await em.findOneOrFail(HardshipFile, { id: aidCase.fileId }) : null;
    if (!file?.payeeAccountEnc) throw new DomainError('BAD_USER_INPUT', 'payee.noAccount');
    if (recipientIdNumber && this.cipher.lookupHash(recipientIdNumber) !== file.payeeHolderHash)
      throw new DomainError('BAD_USER_INPUT', 'payee.holderIsRecipient', { name: file.payeeHolderName! });
    const identity = await identityOf(em, file.payeeHolderHash!, file, false).catch((error: unknown) => {
      if (error instanceof DomainError) throw new DomainError('BAD_USER_INPUT', 'payee.holderNotVerified', { name: file.payeeHolderName! });
      throw error;
    });
    return {
      recipient: { name: file.payeeHolderName!, hash: file.payeeHolderHash!, identity },
      account: { payeeBank: file.payeeBank!, payeeAccountEnc: file.payeeAccountEnc, payeeAccountLast4: file.payeeAccountLast4! },
    };
  }

  private async undoPayment(em: EntityManager, actor: Actor, original: LedgerTransaction, reason: string): Promise<void> {
    const payment = await em.findOneOrFail(Disbursement, { transactionId: original.id });
    if (payment.receivedAt) throw new DomainError('INVALID_TRANSITION', 'fund.receiptConfirmed');
    // a bank payment is the bank's return's to settle or send back (domain.md §10), never reversed by hand
    if (payment.arrival === 'IN_TRANSIT' || payment.arrival === 'ARRIVED')
      throw new DomainError('INVALID_TRANSITION', 'payout.bankPaymentReversal');
    payment.status = 'REVERSED';
    payment.reversedAt = new Date();
    await em.flush();
    // the fund's unit takes its money back; the case, perhaps a child station's, follows as a system step
    await withSystemRows(em, (all) => this.cases.reopenForPayment(all, actor, payment.caseId, reason, payment.amountFen));
  }

  private async mirrorOf(reversal: LedgerTransaction, accountId: string): Promise<LedgerEntry> {
    return this.em.findOneOrFail(LedgerEntry, { transactionId: reversal.id, accountId });
  }

  private async actingUnit(actor: Actor, unitId: string, roles: readonly Role[]): Promise<Unit> {
    const unit = await recordsUnit(this.em, actor, unitId);
    if (!scopeFor(actor).canActOn(unit.id, roles)) throw forbidden();
    return unit;
  }
}

declare module '../../common/context.js' {
  interface Services {
    funds: FundService;
  }
}
