import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { formatYuan, type DisbursementMethod } from '@bangfu/shared';
import { DomainError } from '../../common/domain-error.js';
import { Unit } from '../org/unit.entity.js';
import { nearestFundHolder } from '../org/unit.queries.js';
import { LedgerAccount, LedgerEntry, LedgerTransaction, type Direction } from './ledger.entity.js';
import { accountOf, accountsOf, insertCasePayments, lockedBalances, type CasePaymentRow } from './ledger.queries.js';

export { accountOf, accountsOf, fileRecipients, type CasePaymentRow, type FileRecipientRow } from './ledger.queries.js';

export interface Posting {
  accountId: string;
  direction: Direction;
  amountFen: number;
}

export type TransactionFields = Omit<Partial<LedgerTransaction>, 'id' | 'createdAt'> & Pick<LedgerTransaction, 'unitId' | 'kind'>;

/** The unit's fund account if it has been used yet, for reading (reads never create accounts). */
export async function existingFundAccount(em: EntityManager, unitId: string): Promise<LedgerAccount | null> {
  return em.findOne(LedgerAccount, { unitId, kind: 'FUND' });
}

/** The unit's fund account for posting, created on first use; a unit that holds no fund is refused by name. */
export async function fundAccountOf(em: EntityManager, unit: Unit): Promise<string> {
  requireFund(unit);
  return accountOf(em, unit.id, 'FUND');
}

function requireFund(unit: Unit): void {
  if (!unit.holdsFund) throw new DomainError('BAD_USER_INPUT', 'fund.none', { name: unit.name });
}

/**
 * Posts one balanced transaction: the transaction row, then its entries (`applyPostings`).
 */
export async function post(
  em: EntityManager,
  fields: TransactionFields,
  postings: Posting[],
): Promise<{ transaction: LedgerTransaction; entries: LedgerEntry[] }> {
  const transaction = await createTransaction(em, fields);
  return { transaction, entries: await applyPostings(em, transaction, postings) };
}

/** The postings that undo a transaction's entries: each account the other way, the same amount. */
export const reversalOf = (entries: LedgerEntry[]): Posting[] =>
  entries.map((entry) => ({
    accountId: entry.accountId,
    direction: entry.direction === 'DEBIT' ? 'CREDIT' : 'DEBIT',
    amountFen: entry.amountFen,
  }));

export async function createTransaction(em: EntityManager, fields: TransactionFields): Promise<LedgerTransaction> {
  const transaction = em.create(LedgerTransaction, fields);
  await em.flush();
  return transaction;
}

/**
 * The entries of a transaction. The accounts are locked FOR UPDATE in id order (so two postings never wait on each
 * other in opposite orders), the new balances are checked before anything is written, and each entry records the
 * balance it leaves. The database checks again: amounts > 0, no FUND account below zero, debits = credits at commit.
 * A fund's row lock is held until commit, so callers on a hot path apply postings last (see StepContext.beforeCommit).
 */
export async function applyPostings(em: EntityManager, transaction: LedgerTransaction, postings: Posting[]): Promise<LedgerEntry[]> {
  const ids = [...new Set(postings.map((posting) => posting.accountId))].sort((a, b) => Number(a) - Number(b));
  // refresh: a balance read before the lock (or in the identity map) must not hide a concurrent posting
  const accounts = await em.find(
    LedgerAccount,
    { id: { $in: ids } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' }, refresh: true },
  );

  const balances = new Map(accounts.map((account) => [account.id, account.balance]));
  const after: number[] = [];
  for (const posting of postings) {
    const next = balances.get(posting.accountId)! + (posting.direction === 'DEBIT' ? posting.amountFen : -posting.amountFen);
    balances.set(posting.accountId, next);
    after.push(next);
  }
  for (const account of accounts) {
    const next = balances.get(account.id)!;
    if (!account.allowNegative && next < 0) {
      const needed = postings
        .filter((p) => p.accountId === account.id && p.direction === 'CREDIT')
        .reduce((sum, p) => sum + p.amountFen, 0);
      throw new DomainError('INSUFFICIENT_FUNDS', 'fund.insufficient', {
        balance: formatYuan(account.balance),
        amount: formatYuan(needed),
      });
    }
  }

  const entries = postings.map((posting, index) =>
    em.create(LedgerEntry, {
      transactionId: transaction.id,
      accountId: posting.accountId,
      direction: posting.direction,
      amountFen: posting.amountFen,
      balanceAfter: after[index],
    }),
  );
  for (const account of accounts) account.balance = balances.get(account.id)!;
  await em.flush();
  return entries;
}

/** The fund that pays a unit's cases: its own, or the nearest unit above it that holds one. */
export async function payingFundUnit(em: EntityManager, unitId: string): Promise<Unit> {
  const holder = await nearestFundHolder(em, unitId);
  if (holder) return holder;
  const unit = await em.findOneOrFail(Unit, { id: unitId });
  throw new DomainError('BAD_USER_INPUT', 'fund.none', { name: unit.name });
}

/**
 * Pays cases from a unit's fund in the order given, as far as its balance goes (domain.md §5 and §9): one set of
 * statements for the lot (a single payout is a lot of one), under the fund's row lock until commit. The caller holds the cases' row locks (taken
 * before the fund's, as a single payout takes them) and moves them on. Returns how many of `payments`, from the
 * first, were paid and the balance left; the rest did not fit.
 */
export async function payCasesFromFund(
  em: EntityManager,
  fundUnit: Unit,
  payments: CasePaymentRow[],
  common: { method: DisbursementMethod; paidById: string; memo: string | null },
): Promise<{ paid: number; balanceFen: number }> {
  requireFund(fundUnit);
  const [accountId, paidAccountId] = await accountsOf(em, fundUnit.id, [
    'FUND',
    common.method === 'BANK_TRANSFER' ? 'IN_TRANSIT' : 'AID_PAID',
  ]);
  const balances = await lockedBalances(em, [accountId, paidAccountId]);
  const balanceFen = balances.get(accountId)!;
  let total = 0;
  let paid = 0;
  while (paid < payments.length && total + payments[paid].amountFen <= balanceFen) {
    total += payments[paid].amountFen;
    paid += 1;
  }
  if (paid > 0) {
    const fund = { unitId: fundUnit.id, accountId, balanceFen, paidAccountId, paidBalanceFen: balances.get(paidAccountId)! };
    await insertCasePayments(em, payments.slice(0, paid), fund, common);
  }
  return { paid, balanceFen: balanceFen - total };
}
