import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { ArrivalStatus, DisbursementMethod, ExpenseCategory, FundSource, RecipientIdentityBasis } from '@bangfu/shared';
import { fenColumn as fen, idColumn } from '../../common/columns.js';

/** IN_TRANSIT: bank payments sent and not yet confirmed by the bank's return file (domain.md §10). */
export type AccountKind = 'FUND' | 'INCOME' | 'AID_PAID' | 'GRANT_PAID' | 'IN_TRANSIT';
/** SETTLEMENT: a bank payment arrived, in transit → paid. */
export type TransactionKind = 'INCOME' | 'ALLOCATION' | 'EXPENSE' | 'DISBURSEMENT' | 'REVERSAL' | 'SETTLEMENT';
export type Direction = 'DEBIT' | 'CREDIT';

/**
 * One account per unit and purpose. Balances follow one convention: debits add, credits subtract. A FUND
 * account is the money the unit holds and may never go below zero; the others record where money came
 * from or went, and may.
 */
@Entity({ tableName: 'ledger_account' })
export class LedgerAccount {
  [OptionalProps]?: 'balance';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  unitId!: string;

  @Property({ type: 'string' })
  kind!: AccountKind;

  @Property({ type: 'string', nullable: true })
  source?: FundSource | null;

  @Property({ type: fen() })
  balance: number = 0;

  @Property({ type: 'boolean' })
  allowNegative!: boolean;
}

/** A set of balanced entries posted together; never changed, corrected by a reversing transaction. */
@Entity({ tableName: 'ledger_transaction' })
export class LedgerTransaction {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  unitId!: string;

  @Property({ type: 'string' })
  kind!: TransactionKind;

  @Property({ type: 'string', nullable: true })
  idempotencyKey?: string | null;

  @Property({ type: idColumn(), nullable: true })
  reversesId?: string | null;

  @Property({ type: idColumn(), nullable: true })
  caseId?: string | null;

  @Property({ type: 'string', nullable: true })
  source?: FundSource | null;

  @Property({ type: 'string', nullable: true })
  category?: ExpenseCategory | null;

  @Property({ type: 'string', nullable: true })
  donor?: string | null;

  @Property({ type: 'string', nullable: true })
  donorCountry?: string | null;

  @Property({ type: idColumn(), nullable: true })
  counterpartUnitId?: string | null;

  @Property({ type: 'text', nullable: true })
  memo?: string | null;

  @Property({ type: idColumn(), nullable: true })
  createdById?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'ledger_entry' })
export class LedgerEntry {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  transactionId!: string;

  @Property({ type: idColumn() })
  accountId!: string;

  @Property({ type: 'string' })
  direction!: Direction;

  @Property({ type: fen() })
  amountFen!: number;

  /** The account's balance right after this entry: exact, because postings to an account are serialised. */
  @Property({ type: fen() })
  balanceAfter!: number;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A payment on a case (or one instalment of it): at most one POSTED row per (case, instalment). */
@Entity({ tableName: 'disbursement' })
export class Disbursement {
  [OptionalProps]?: 'paidAt' | 'status';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  caseId!: string;

  @Property({ type: 'integer' })
  instalmentNo!: number;

  @Property({ type: fen() })
  amountFen!: number;

  @Property({ type: 'string' })
  method!: DisbursementMethod;

  @Property({ type: 'string' })
  idempotencyKey!: string;

  @Property({ type: idColumn() })
  transactionId!: string;

  @Property({ type: idColumn() })
  fundUnitId!: string;

  @Property({ type: 'string' })
  recipientName!: string;

  @Property({ type: 'string', nullable: true, hidden: true })
  recipientHash?: string | null;

  /** How the recipient was known to be the person; null on payments from before verification was required. */
  @Property({ type: 'string', nullable: true })
  recipientIdentity?: RecipientIdentityBasis | null;

  @Property({ type: idColumn() })
  paidById!: string;

  @Property({ type: 'datetime' })
  paidAt: Date = new Date();

  @Property({ type: 'string' })
  status: 'POSTED' | 'REVERSED' = 'POSTED';

  @Property({ type: 'datetime', nullable: true })
  receivedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  reversedAt?: Date | null;

  /** Bank payments only: in transit until the bank's return says ARRIVED or FAILED; null for cash, in kind and older ones. */
  @Property({ type: 'string', nullable: true })
  arrival?: ArrivalStatus | null;

  @Property({ type: 'datetime', nullable: true })
  arrivedAt?: Date | null;

  /** What the bank said of a failed transfer. */
  @Property({ type: 'string', nullable: true })
  bankMessage?: string | null;

  @Property({ type: idColumn(), nullable: true })
  settlementTransactionId?: string | null;

  /** The account the payment was sent to, as it was then. */
  @Property({ type: 'string', nullable: true })
  payeeBank?: string | null;

  @Property({ type: 'string', nullable: true, hidden: true })
  payeeAccountEnc?: string | null;

  @Property({ type: 'string', nullable: true })
  payeeAccountLast4?: string | null;
}
