import { createHash } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { ACTING_ROLES, HEAD_ROLES, formatBytes, formatYuan, reasonSchema, type Role } from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import type { FieldCipher } from '../../common/crypto.js';
import { DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { withSystemRows } from '../../common/row-scope.js';
import { scopeFor } from '../../common/scope.js';
import { insertBound } from '../../common/sql.js';
import { isWellFormedId, parseInput } from '../../common/validate.js';
import { recordAudit } from '../audit/audit-trail.js';
import type { CaseService } from '../cases/case.service.js';
import { JobRecord } from '../jobs/job.entity.js';
import { startJob } from '../jobs/job.service.js';
import { notifyEach } from '../notifications/notify.js';
import { recordsUnit } from '../org/unit-access.js';
import type { Unit } from '../org/unit.entity.js';
import { parseReturnFile, writePayoutFile, type ReturnLine } from './bank-file.js';
import { accountsOf, post, reversalOf } from './ledger.js';
import { LedgerEntry } from './ledger.entity.js';
import { lockedBalances } from './ledger.queries.js';
import { BankReturn, PayoutBatch, type BankReturnRefusal, type BankReturnReport } from './payout-batch.entity.js';
import {
  allBatchLines,
  bankFiguresOf,
  batchLines,
  inTransitOf,
  insertPayoutBatch,
  markLineFailed,
  releaseLines,
  settleArrivals,
  settleBatchIfComplete,
  type BatchLineRow,
} from './payout.queries.js';

export const PAYOUT_QUEUE = 'payouts';
/** Money in transit longer than this is flagged for the finance office (the bank answers within days). */
export const IN_TRANSIT_AGED_DAYS = 7;

export type PayoutFileFormat = 'CSV' | 'XLSX';

/**
 * The bank leg of payments (代发与到账, domain.md §10): bank payments in transit are gathered into batches, a second
 * person approves a batch, it is exported as the bank's file, and the bank's return files settle each line — ARRIVED
 * into paid, FAILED back into the fund with the case ready to pay again once the account is fixed.
 */
export class PayoutService {
  constructor(
    private readonly em: EntityManager,
    private readonly cases: CaseService,
    private readonly cipher: FieldCipher,
    private readonly maxReturnBytes: number,
  ) {}

  /** Draws up a batch of the fund's bank payments in transit (all, or the ones listed) that no open batch holds. */
  async createBatch(actor: Actor, unitId: string, disbursementIds: string[] | null): Promise<PayoutBatch> {
    const unit = await this.fundUnit(actor, unitId, ACTING_ROLES);
    if (disbursementIds && !disbursementIds.every(isWellFormedId)) throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'ids' });
    return this.em.transactional(async (em) => {
      const made = await insertPayoutBatch(em, unit.id, actor.userId, disbursementIds?.length ? disbursementIds : null);
      if (!made) throw new DomainError('INVALID_TRANSITION', 'payout.nothingInTransit');
      recordAudit(em, actor, {
        action: 'payout.createBatch',
        entityType: 'PayoutBatch',
        entityId: made.id,
        unitId: unit.id,
        after: { reference: made.reference, lines: made.lines, totalFen: made.totalFen },
      });
      return em.findOneOrFail(PayoutBatch, { id: made.id });
    });
  }

  /** A second person approves: a head of the fund's unit who did not draw the batch up (segregation of duties). */
  async approveBatch(actor: Actor, batchId: string): Promise<PayoutBatch> {
    return this.changeBatch(actor, batchId, HEAD_ROLES, (batch) => {
      if (batch.status !== 'DRAFT') throw new DomainError('INVALID_TRANSITION', 'payout.notDraft');
      if (batch.createdById === actor.userId) throw new DomainError('FORBIDDEN', 'payout.approverCreated');
      Object.assign(batch, { status: 'APPROVED', approvedById: actor.userId, approvedAt: new Date() });
      return { action: 'payout.approveBatch', after: { status: 'APPROVED' } };
    });
  }

  /** A batch the bank never had is cancelled with a reason; its payments may go on another batch. */
  async cancelBatch(actor: Actor, batchId: string, reasonText: string): Promise<PayoutBatch> {
    const reason = parseInput(reasonSchema, reasonText);
    return this.changeBatch(actor, batchId, ACTING_ROLES, async (batch, em) => {
      if (batch.status !== 'DRAFT' && batch.status !== 'APPROVED') throw new DomainError('INVALID_TRANSITION', 'payout.notDraft');
      batch.status = 'CANCELLED';
      await releaseLines(em, batch.id);
      return { action: 'payout.cancelBatch', after: { status: 'CANCELLED', reason } };
    });
  }

  /** Starts writing the bank's file of an approved batch (again, for an exported one); the worker writes it. */
  async startExport(actor: Actor, batchId: string, format: PayoutFileFormat): Promise<JobRecord> {
    const { batch, unit } = await this.readable(actor, batchId, ACTING_ROLES);
    if (batch.status !== 'APPROVED' && batch.status !== 'EXPORTED' && batch.status !== 'SETTLED')
      throw new DomainError('INVALID_TRANSITION', 'payout.notApproved');
    return this.startBatchJob(actor, unit, 'exportPayoutBatch', { batchId: batch.id, format }, 'payout.export');
  }

  /** The export job's work: the file, for a requester who may still act on the batch; the batch is then EXPORTED. */
  /** A batch and its lines, for a reader of the batch's unit (its printed list shows accounts masked). */
  async batchSheet(actor: Actor, batchId: string): Promise<{ batch: PayoutBatch; unit: Unit; lines: BatchLineRow[] }> {
    const { batch, unit } = await this.readable(actor, batchId, null);
    return { batch, unit, lines: await withSystemRows(this.em, (all) => allBatchLines(all, batch.id)) };
  }

  async writeBatchFile(actor: Actor, batchId: string, format: PayoutFileFormat, filePath: string) {
    const { batch } = await this.readable(actor, batchId, ACTING_ROLES);
    if (batch.status === 'DRAFT' || batch.status === 'CANCELLED') throw new DomainError('INVALID_TRANSITION', 'payout.notApproved');
    const lines = (await allBatchLines(this.em, batch.id)).map((row) => ({
      lineNo: row.line_no,
      accountNumber: this.cipher.decrypt(row.payee_account_enc),
      holderName: row.recipient_name,
      bankName: row.payee_bank,
      amountFen: Number(row.amount_fen),
      purpose: `${row.case_number ?? row.case_id} 帮扶款`,
    }));
    const written = await writePayoutFile(filePath, format, batch.reference, lines);
    if (batch.status === 'APPROVED') Object.assign(batch, { status: 'EXPORTED', exportedAt: new Date() });
    await this.em.flush();
    return { reference: batch.reference, format, ...written };
  }

  /** Keeps an uploaded return file sealed (it holds account numbers) until its import runs. */
  async receiveReturn(actor: Actor, batchId: string, fileName: string, bytes: Buffer): Promise<BankReturn> {
    const { batch, unit } = await this.readable(actor, batchId, ACTING_ROLES);
    if (!bytes.length) throw new DomainError('BAD_USER_INPUT', 'payout.emptyFile');
    if (bytes.length > this.maxReturnBytes)
      throw new DomainError('BAD_USER_INPUT', 'payout.fileTooLarge', { max: formatBytes(this.maxReturnBytes) });
    if (batch.status !== 'EXPORTED' && batch.status !== 'SETTLED') throw new DomainError('INVALID_TRANSITION', 'payout.notExported');
    return this.em.transactional(async (em) => {
      const id = await insertBound(em, 'bank_return', {
        batch_id: batch.id,
        file_name: fileName.slice(0, 200) || 'return.csv',
        file_sha256: createHash('sha256').update(bytes).digest('hex'),
        content_enc: this.cipher.encrypt(bytes.toString('base64')),
        uploaded_by_id: actor.userId,
      });
      const received = await em.findOneOrFail(BankReturn, { id });
      recordAudit(em, actor, {
        action: 'payout.uploadReturn',
        entityType: 'PayoutBatch',
        entityId: batch.id,
        unitId: unit.id,
        after: { returnId: received.id, sha256: received.fileSha256, bytes: bytes.length },
      });
      return received;
    });
  }

  /** Starts importing an uploaded return file of a batch (importBankReturn); the worker applies it. */
  async startImport(actor: Actor, batchId: string, returnId: string): Promise<JobRecord> {
    const { batch, unit } = await this.readable(actor, batchId, ACTING_ROLES);
    const received = isWellFormedId(returnId) ? await this.em.findOne(BankReturn, { id: returnId, batchId: batch.id }) : null;
    if (!received) throw notFound('bankReturn');
    if (batch.status !== 'EXPORTED' && batch.status !== 'SETTLED') throw new DomainError('INVALID_TRANSITION', 'payout.notExported');
    const job = await this.startBatchJob(
      actor,
      unit,
      'importBankReturn',
      { batchId: batch.id, returnId: received.id },
      'payout.importReturn',
    );
    received.jobId = job.id;
    await this.em.flush();
    return job;
  }

  /**
   * Applies a return file, all of it in one transaction: each line is matched to the batch by its reference and line
   * number, and must name the same amount, holder and account; matching ARRIVED lines settle, FAILED lines go back to
   * the fund with the bank's reason and reopen their case; anything else is refused line by line in the report. A
   * line already settled the same way is left as it is, so the same file imported again changes nothing.
   */
  async runImport(jobId: string, importer: Actor): Promise<BankReturnReport> {
    return this.em.transactional(async (em) => {
      const job = await em.findOneOrFail(JobRecord, { id: jobId });
      // imports of one batch run one at a time; a retried job finds its report written and stops
      const batch = await em.findOneOrFail(PayoutBatch, { id: String(job.params.batchId) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const received = await em.findOneOrFail(
        BankReturn,
        { id: String(job.params.returnId), batchId: batch.id },
        { populate: ['contentEnc'], refresh: true },
      );
      if (received.report) return received.report;
      const lines = await parseReturnFile(Buffer.from(this.cipher.decrypt(received.contentEnc), 'base64'));
      const held = new Map((await allBatchLines(em, batch.id)).map((row) => [row.line_no, row]));
      const report: BankReturnReport = { lines: lines.length, arrived: 0, failed: 0, unchanged: 0, refused: [] };
      const refuse = (line: ReturnLine, reason: BankReturnRefusal, detail?: string) =>
        report.refused.push({ row: line.row, reason, ...(detail ? { detail } : {}) });
      const seen = new Map<number, number>();
      for (const line of lines) {
        if (line.lineNo !== null && line.reference === batch.reference) seen.set(line.lineNo, (seen.get(line.lineNo) ?? 0) + 1);
      }
      const arrivals: { line: BatchLineRow; returned: ReturnLine }[] = [];
      const failures: { line: BatchLineRow; returned: ReturnLine }[] = [];
      for (const returned of lines) {
        const line = returned.lineNo === null ? undefined : held.get(returned.lineNo);
        if (returned.lineNo === null || returned.amountFen === null) refuse(returned, 'FORMAT');
        else if (returned.reference !== batch.reference) refuse(returned, 'OTHER_BATCH', returned.reference);
        else if (!line) refuse(returned, 'UNKNOWN_LINE', String(returned.lineNo));
        else if (seen.get(returned.lineNo)! > 1) refuse(returned, 'LINE_TWICE', String(returned.lineNo));
        else if (!returned.outcome) refuse(returned, 'UNKNOWN_STATUS');
        else if (returned.amountFen !== Number(line.amount_fen))
          refuse(returned, 'AMOUNT_DIFFERS', `${formatYuan(returned.amountFen)} ≠ ${formatYuan(Number(line.amount_fen))}`);
        else if (returned.holderName !== line.recipient_name) refuse(returned, 'NAME_DIFFERS');
        else if (!this.sameAccount(returned.accountNumber, line)) refuse(returned, 'ACCOUNT_DIFFERS');
        else if (line.outcome === returned.outcome) report.unchanged += 1;
        else if (line.outcome) refuse(returned, 'ALREADY_RETURNED', line.outcome);
        else (returned.outcome === 'ARRIVED' ? arrivals : failures).push({ line, returned });
      }
      const now = new Date();
      // the fund's accounts in id order, as every posting takes them, before settling and sending back
      if (arrivals.length || failures.length) {
        const accounts: string[] = [];
        accounts.push(...(await accountsOf(em, batch.unitId, ['FUND', 'IN_TRANSIT', 'AID_PAID'])));
        await lockedBalances(em, accounts);
      }
      if (arrivals.length)
        await this.settle(
          em,
          batch,
          received,
          arrivals.map(({ line }) => line),
        );
      for (const { line, returned } of failures) await this.fail(em, importer, batch, received, line, returned.message || '银行退回');
      report.arrived = arrivals.length;
      report.failed = failures.length;
      await this.tellWorkers(em, arrivals, failures);
      await settleBatchIfComplete(em, batch.id);
      Object.assign(received, { report, appliedAt: now });
      recordAudit(em, importer, {
        action: 'payout.returnApplied',
        entityType: 'PayoutBatch',
        entityId: batch.id,
        unitId: batch.unitId,
        after: {
          returnId: received.id,
          arrived: report.arrived,
          failed: report.failed,
          unchanged: report.unchanged,
          refused: report.refused.length,
        },
      });
      Object.assign(job, { state: 'COMPLETED', progress: 100, result: { ...report, refused: report.refused.length }, finishedAt: now });
      return report;
    });
  }

  async batches(actor: Actor, unitId: string): Promise<PayoutBatch[]> {
    const unit = await recordsUnit(this.em, actor, unitId);
    return this.em.find(PayoutBatch, { unitId: unit.id }, { orderBy: { id: 'desc' }, limit: 200 });
  }

  async batch(actor: Actor, batchId: string): Promise<PayoutBatch> {
    return (await this.readable(actor, batchId, null)).batch;
  }

  /**
   * A batch's lines (the resolver masks the accounts), with their outcomes and the cases they pay. The batch is the
   * fund's, and whoever reads the fund's unit reads its payments: the case numbers come with them, though the cases are
   * the stations' below (which row security would hide from a district's finance office).
   */
  lines(batchId: string, afterLine: number, limit: number): Promise<BatchLineRow[]> {
    return withSystemRows(this.em, (all) => batchLines(all, batchId, afterLine, limit));
  }

  returns(batchId: string): Promise<BankReturn[]> {
    return this.em.find(BankReturn, { batchId }, { orderBy: { id: 'desc' } });
  }

  /** Bank payments over a subtree's funds, for a rollup the caller was allowed to read. */
  bankFigures(unitId: string, from: Date, to: Date) {
    return bankFiguresOf(this.em, unitId, from, to, IN_TRANSIT_AGED_DAYS);
  }

  /** The fund's money in transit, for readers of the unit. */
  async inTransit(actor: Actor, unitId: string) {
    const unit = await recordsUnit(this.em, actor, unitId);
    return inTransitOf(this.em, unit.id, IN_TRANSIT_AGED_DAYS);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** Banks echo the account, in full or masked (`6217********1234`): the digits they show must agree. */
  private sameAccount(returned: string, line: BatchLineRow): boolean {
    if (!returned) return true;
    if (returned.includes('*')) return returned.slice(-4) === line.payee_account_last4;
    return returned === this.cipher.decrypt(line.payee_account_enc);
  }

  private async settle(em: EntityManager, batch: PayoutBatch, received: BankReturn, lines: BatchLineRow[]): Promise<void> {
    const [inTransitId, paidId] = await accountsOf(em, batch.unitId, ['IN_TRANSIT', 'AID_PAID']);
    const balances = await lockedBalances(em, [inTransitId, paidId]);
    await settleArrivals(
      em,
      lines.map((line) => ({
        lineId: line.id,
        disbursementId: line.disbursement_id,
        caseId: line.case_id,
        amountFen: Number(line.amount_fen),
      })),
      { unitId: batch.unitId, inTransitId, inTransitFen: balances.get(inTransitId)!, paidId, paidFen: balances.get(paidId)! },
      { returnId: received.id, createdById: received.uploadedById, memo: `${batch.reference} 到账` },
    );
  }

  /** The transfer failed: the money goes back to the fund (a reversal of the payment) and the case is ready to pay again. */
  private async fail(em: EntityManager, importer: Actor, batch: PayoutBatch, received: BankReturn, line: BatchLineRow, message: string) {
    const entries = await em.find(LedgerEntry, { transactionId: line.transaction_id }, { orderBy: { id: 'asc' } });
    await post(
      em,
      {
        unitId: batch.unitId,
        kind: 'REVERSAL',
        reversesId: line.transaction_id,
        caseId: line.case_id,
        memo: `${batch.reference} 汇款失败：${message}`,
        createdById: received.uploadedById,
      },
      reversalOf(entries),
    );
    await markLineFailed(em, line.id, line.disbursement_id, message, received.id);
    await withSystemRows(em, (all) =>
      this.cases.reopenForPayment(all, importer, line.case_id, `汇款失败：${message}`, Number(line.amount_fen)),
    );
  }

  private async tellWorkers(
    em: EntityManager,
    arrivals: { line: BatchLineRow }[],
    failures: { line: BatchLineRow; returned: ReturnLine }[],
  ): Promise<void> {
    const base = (line: BatchLineRow) => ({ title: line.title, caseNumber: line.case_number, amount: formatYuan(Number(line.amount_fen)) });
    await notifyEach(
      em,
      [
        ...arrivals
          .filter(({ line }) => line.applicant_user_id)
          .map(({ line }) => ({
            userId: line.applicant_user_id!,
            kind: 'PAYMENT_ARRIVED' as const,
            caseId: line.case_id,
            params: { ...base(line), lastFour: line.payee_account_last4 },
            dedupeKey: `payment-arrived-${line.disbursement_id}`,
          })),
        ...failures
          .filter(({ line }) => line.applicant_user_id)
          .map(({ line, returned }) => ({
            userId: line.applicant_user_id!,
            kind: 'PAYMENT_FAILED' as const,
            caseId: line.case_id,
            params: { ...base(line), reason: returned.message || '银行退回' },
            dedupeKey: `payment-failed-${line.disbursement_id}`,
          })),
      ],
      true,
    );
  }

  private startBatchJob(actor: Actor, unit: Unit, name: string, params: Record<string, unknown>, action: string): Promise<JobRecord> {
    return startJob(this.em, actor, {
      queue: PAYOUT_QUEUE,
      name,
      unitId: unit.id,
      params: { ...params, unitId: unit.id },
      audit: { action, entityType: 'PayoutBatch', entityId: String(params.batchId) },
    });
  }

  private async changeBatch(
    actor: Actor,
    batchId: string,
    roles: readonly Role[],
    change: (
      batch: PayoutBatch,
      em: EntityManager,
    ) => { action: string; after: Record<string, unknown> } | Promise<{ action: string; after: Record<string, unknown> }>,
  ): Promise<PayoutBatch> {
    const { unit } = await this.readable(actor, batchId, roles);
    return this.em.transactional(async (em) => {
      const batch = await em.findOneOrFail(PayoutBatch, { id: batchId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const { action, after } = await change(batch, em);
      recordAudit(em, actor, { action, entityType: 'PayoutBatch', entityId: batch.id, unitId: unit.id, after });
      return batch;
    });
  }

  /** A batch whose unit the caller reads (else NOT_FOUND), and with `roles` acts on (else FORBIDDEN). */
  private async readable(actor: Actor, batchId: string, roles: readonly Role[] | null): Promise<{ batch: PayoutBatch; unit: Unit }> {
    const batch = isWellFormedId(batchId) ? await this.em.findOne(PayoutBatch, { id: batchId }) : null;
    if (!batch) throw notFound('payoutBatch');
    const unit = await recordsUnit(this.em, actor, batch.unitId).catch(() => {
      throw notFound('payoutBatch');
    });
    if (roles && !scopeFor(actor).canActOn(unit.id, roles)) throw forbidden();
    return { batch, unit };
  }

  private async fundUnit(actor: Actor, unitId: string, roles: readonly Role[]): Promise<Unit> {
    const unit = await recordsUnit(this.em, actor, unitId);
    if (!scopeFor(actor).canActOn(unit.id, roles)) throw forbidden();
    return unit;
  }
}

declare module '../../common/context.js' {
  interface Services {
    payouts: PayoutService;
  }
}
