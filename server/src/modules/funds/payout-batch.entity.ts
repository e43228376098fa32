import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { PayoutBatchStatus } from '@bangfu/shared';
import { fenColumn as fen, idColumn } from '../../common/columns.js';

/**
 * Bank payments of one fund gathered for the bank (代发批次): drawn up by one person, approved by another, exported as
 * the bank's file, settled line by line by the bank's return files.
 */
@Entity({ tableName: 'payout_batch' })
export class PayoutBatch {
  [OptionalProps]?: 'status' | 'createdAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  /** The unit whose fund paid the lines. */
  @Property({ type: idColumn() })
  unitId!: string;

  /** Printed on the bank's file and on every line's reference; the return file names it. */
  @Property({ type: 'string' })
  reference!: string;

  @Property({ type: 'string' })
  status: PayoutBatchStatus = 'DRAFT';

  @Property({ type: 'integer' })
  lineCount!: number;

  @Property({ type: fen() })
  totalFen!: number;

  @Property({ type: idColumn() })
  createdById!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: idColumn(), nullable: true })
  approvedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  approvedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  exportedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  settledAt?: Date | null;
}

/** One payment on a batch; its outcome comes from a bank return. */
@Entity({ tableName: 'payout_batch_line' })
export class PayoutBatchLine {
  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  batchId!: string;

  @Property({ type: 'integer' })
  lineNo!: number;

  @Property({ type: idColumn() })
  disbursementId!: string;

  @Property({ type: fen() })
  amountFen!: number;

  @Property({ type: 'string', nullable: true })
  outcome?: 'ARRIVED' | 'FAILED' | null;

  @Property({ type: 'string', nullable: true })
  bankMessage?: string | null;

  @Property({ type: 'datetime', nullable: true })
  returnedAt?: Date | null;

  @Property({ type: idColumn(), nullable: true })
  returnId?: string | null;

  /** Set when a batch is cancelled before the bank had it: the payment may go on another batch. */
  @Property({ type: 'datetime', nullable: true })
  releasedAt?: Date | null;
}

/** A return file from the bank, kept sealed (it holds account numbers) with the report of its import. */
@Entity({ tableName: 'bank_return' })
export class BankReturn {
  [OptionalProps]?: 'uploadedAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  batchId!: string;

  @Property({ type: 'string' })
  fileName!: string;

  @Property({ type: 'string' })
  fileSha256!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  contentEnc!: string;

  @Property({ type: idColumn() })
  uploadedById!: string;

  @Property({ type: 'datetime' })
  uploadedAt: Date = new Date();

  @Property({ type: idColumn(), nullable: true })
  jobId?: string | null;

  @Property({ type: 'json', nullable: true })
  report?: BankReturnReport | null;

  @Property({ type: 'datetime', nullable: true })
  appliedAt?: Date | null;
}

/** What an import did, line by line: what it settled and what it refused and why. */
export interface BankReturnReport {
  lines: number;
  arrived: number;
  failed: number;
  /** Lines already settled by an earlier return with the same outcome: nothing to do. */
  unchanged: number;
  refused: { row: number; reason: BankReturnRefusal; detail?: string }[];
}

export type BankReturnRefusal =
  | 'FORMAT'
  | 'OTHER_BATCH'
  | 'UNKNOWN_LINE'
  | 'AMOUNT_DIFFERS'
  | 'NAME_DIFFERS'
  | 'ACCOUNT_DIFFERS'
  | 'LINE_TWICE'
  | 'ALREADY_RETURNED'
  | 'UNKNOWN_STATUS';
