import type { EntityManager } from '@mikro-orm/postgresql';
import type { DisbursementMethod, FundSource, RecipientIdentityBasis } from '@bangfu/shared';
import { changedIn, changeWindowParams, sqlArray, type ChangeWindow } from '../../common/sql.js';
import { VERIFIED_PERSONS } from '../auth/auth.queries.js';
import { CASE_APPLICANTS, CASE_LABELS } from '../cases/case.queries.js';
import { FILE_IDENTITIES, FILE_PAYEES } from '../people/hardship-file.queries.js';
import type { AccountKind } from './ledger.entity.js';

/**
 * The accounts of a unit for several purposes (same source), each created on first use, in the order asked: one
 * statement when they exist or this call creates them. A concurrent first use makes this statement's insert wait for
 * the other's commit and then do nothing, while its select still reads the snapshot from before that commit; a second
 * statement then sees the row.
 */
export async function accountsOf(
  em: EntityManager,
  unitId: string,
  kinds: AccountKind[],
  source: FundSource | null = null,
): Promise<string[]> {
  const existing = `select id::text, kind from ledger_account where unit_id = ? and kind = any (?::text[]) and source is not distinct from ?`;
  const wanted = sqlArray(kinds);
  const found = async (query: string, params: unknown[]) =>
    new Map((await em.execute<{ id: string; kind: AccountKind }[]>(query, params)).map((row) => [row.kind, row.id]));
  let ids = await found(
    `with created as (insert into ledger_account (unit_id, kind, source, allow_negative)
                      select ?, kind, ?, kind <> 'FUND' from unnest(?::text[]) kind
                      on conflict (unit_id, kind, source) do nothing returning id, kind)
     select id::text, kind from created union all ${existing}`,
    [unitId, source, wanted, unitId, wanted, source],
  );
  if (kinds.some((kind) => !ids.has(kind))) ids = await found(existing, [unitId, wanted, source]);
  return kinds.map((kind) => ids.get(kind)!);
}

/** The account of a unit for a purpose, created on first use (`accountsOf` for one). */
export async function accountOf(em: EntityManager, unitId: string, kind: AccountKind, source: FundSource | null = null): Promise<string> {
  const [id] = await accountsOf(em, unitId, [kind], source);
  return id;
}

/** A fund account's balance before `from` and how many entries fall in [from, to). */
export async function periodHeads(em: EntityManager, accountId: string, from: Date, to: Date) {
  const [{ opening, total }] = await em.execute<{ opening: string | null; total: string }[]>(
    `select (select balance_after::text from ledger_entry where account_id = ? and created_at < ? order by id desc limit 1) as opening,
            (select count(*)::text from ledger_entry where account_id = ? and created_at >= ? and created_at < ?) as total`,
    [accountId, from, accountId, from, to],
  );
  return { openingFen: Number(opening ?? 0), entries: Number(total) };
}

export interface LedgerRow {
  id: string;
  created_at: Date;
  direction: 'DEBIT' | 'CREDIT';
  amount_fen: string;
  balance_after: string;
  transaction_id: string;
  kind: string;
  source: FundSource | null;
  category: string | null;
  memo: string | null;
  case_number: string | null;
  counterpart: string | null;
}

/** The next batch of an account's entries in [from, to) after `lastId`, with their transactions. */
export const ledgerEntriesAfter = (em: EntityManager, accountId: string, from: Date, to: Date, lastId: string, batch: number) =>
  em.execute<LedgerRow[]>(
    `select e.id::text, e.created_at, e.direction, e.amount_fen::text, e.balance_after::text, t.id::text as transaction_id, t.kind,
            t.source, t.category, t.memo, c.case_number, cu.name as counterpart
     from ledger_entry e join ledger_transaction t on t.id = e.transaction_id
     left join ${CASE_LABELS} c on c.id = t.case_id left join unit cu on cu.id = t.counterpart_unit_id
     where e.account_id = ? and e.created_at >= ? and e.created_at < ? and e.id > ? order by e.id limit ${batch}`,
    [accountId, from, to, lastId],
  );

/** Payments posted from a unit's fund in [from, to), in payment order. */
export const postedPayments = (em: EntityManager, fundUnitId: string, from: Date, to: Date) =>
  em.execute<
    {
      case_number: string | null;
      type: string;
      recipient_name: string;
      amount_fen: string;
      method: string;
      instalment_no: number;
      paid_at: Date;
      received_at: Date | null;
    }[]
  >(
    `select c.case_number, c.type, d.recipient_name, d.amount_fen::text, d.method, d.instalment_no, d.paid_at, d.received_at
     from disbursement d join ${CASE_LABELS} c on c.id = d.case_id
     where d.fund_unit_id = ? and d.status = 'POSTED' and d.paid_at >= ? and d.paid_at < ? order by d.paid_at, d.id`,
    [fundUnitId, from, to],
  );

/** What the unit's own union funds put into its aid fund in [from, to), net of reversals (Tibet rule, domain.md §5). */
export async function unionFundsContribution(em: EntityManager, accountId: string, from: Date, to: Date): Promise<number> {
  const [{ contribution }] = await em.execute<{ contribution: string }[]>(
    `select coalesce(sum(case when e.direction = 'DEBIT' then e.amount_fen else -e.amount_fen end), 0)::text as contribution
     from ledger_entry e join ledger_transaction t on t.id = e.transaction_id
     left join ledger_transaction original on original.id = t.reverses_id
     where e.account_id = ? and coalesce(original.source, t.source) = 'UNION_FUNDS'
       and e.created_at >= ? and e.created_at < ?`,
    [accountId, from, to],
  );
  return Number(contribution);
}

/** Income by source straight from the ledger. */
const LIVE_INCOME = `
  select t.unit_id, (e.created_at at time zone 'Asia/Shanghai')::date as day, coalesce(o.source, t.source) as source,
    sum(case when t.kind = 'INCOME' then e.amount_fen else -e.amount_fen end)::bigint as income_fen
  from ledger_entry e join ledger_account a on a.id = e.account_id and a.kind = 'FUND'
  join ledger_transaction t on t.id = e.transaction_id left join ledger_transaction o on o.id = t.reverses_id
  where t.kind = 'INCOME' or (t.kind = 'REVERSAL' and o.kind = 'INCOME')
  group by 1, 2, 3 having sum(case when t.kind = 'INCOME' then e.amount_fen else -e.amount_fen end) <> 0`;

/** The income summary as the ledger computes it (truth) and as stored (summary). */
export const FUND_SUMMARY_CHECKS = [
  { name: 'income', truth: LIVE_INCOME, summary: `select unit_id, day, source, income_fen from stat_income_daily where income_fen <> 0` },
];

export const FUND_SUMMARY_REBUILD = [
  `delete from stat_income_daily`,
  `insert into stat_income_daily (unit_id, day, source, income_fen) ${LIVE_INCOME}`,
];

/** Fund balances per unit (unit_id, balance), for other modules' queries to join. */
export const FUND_BALANCES = `(select unit_id, balance from ledger_account where kind = 'FUND')`;

/** Income per unit, day and source (unit_id, day, source, income_fen), for other modules' queries to join. */
export const INCOME_DAILY = `(select unit_id, day, source, income_fen from stat_income_daily)`;

/** What reached a unit in [from, to): income it recorded and allocations or grants to it (the assessment's working budget). */
export async function fundsReceived(em: EntityManager, unitId: string, from: Date, to: Date): Promise<number> {
  const [{ budget }] = await em.execute<{ budget: string }[]>(
    `select coalesce(sum(e.amount_fen), 0)::text as budget from ledger_transaction t join ledger_entry e on e.transaction_id = t.id and e.direction = 'DEBIT'
     where ((t.kind in ('ALLOCATION', 'EXPENSE') and t.counterpart_unit_id = ?) or (t.kind = 'INCOME' and t.unit_id = ?)) and t.created_at >= ? and t.created_at < ?`,
    [unitId, unitId, from, to],
  );
  return Number(budget);
}

/** How a recipient is known to be the person, in SQL (fund.service identityOf): FILE, ACCOUNT, or null. */
const identityOfRecipient = (hash: string, file: string) => `case when ${hash} is null then null
  when ${hash} = ${file}.id_number_hash and ${file}.identity_verified_at is not null then 'FILE'
  when exists (select 1 from ${VERIFIED_PERSONS} v where v.id_number_hash = ${hash}) then 'ACCOUNT' end`;

export interface FileRecipientRow {
  file_id: string;
  name: string | null;
  hash: string | null;
  identity: RecipientIdentityBasis | null;
  payee_bank: string | null;
  payee_account_enc: string | null;
  payee_account_last4: string | null;
}

/**
 * Whom a batch payout pays for each file, and how they are known to be the person: in cash or in kind the file's
 * person; by bank the holder of the file's payee account (null name when the file has none), with the account.
 */
export const fileRecipients = (em: EntityManager, fileIds: string[], bank: boolean) =>
  em.execute<FileRecipientRow[]>(
    bank
      ? `select f.id::text as file_id, f.payee_holder_name as name, f.payee_holder_hash as hash,
                ${identityOfRecipient('f.payee_holder_hash', 'f')} as identity,
                f.payee_bank, f.payee_account_enc, f.payee_account_last4
         from ${FILE_PAYEES} f where f.id = any (?::bigint[])`
      : `select f.id::text as file_id, f.person_name as name, f.id_number_hash as hash,
                ${identityOfRecipient('f.id_number_hash', 'f')} as identity,
                null as payee_bank, null as payee_account_enc, null as payee_account_last4
         from ${FILE_IDENTITIES} f where f.id = any (?::bigint[])`,
    [`{${fileIds.join(',')}}`],
  );

export interface CasePaymentRow {
  caseId: string;
  amountFen: number;
  recipientName: string;
  recipientHash: string | null;
  identity: RecipientIdentityBasis;
  /** A bank payment's account, copied onto the payment; it is then in transit until the bank's return. */
  payee?: { bank: string; accountEnc: string; lastFour: string } | null;
  /** The payer's own key (a single payout's); a batch line's key is made from the case and its instalment. */
  idempotencyKey?: string | null;
}

/**
 * Writes the payments of many cases in one statement: per case a DISBURSEMENT transaction, its two entries (fund
 * credit, debit of `paidAccountId`: AID_PAID, or IN_TRANSIT for bank payments) carrying the running balances from the
 * ones given, its disbursement row; then the two balances (PostgreSQL runs every data-modifying part of a WITH to
 * completion). The caller holds both accounts' row locks and has checked the fund covers the total.
 */
export async function insertCasePayments(
  em: EntityManager,
  payments: CasePaymentRow[],
  fund: { unitId: string; accountId: string; balanceFen: number; paidAccountId: string; paidBalanceFen: number },
  common: { method: DisbursementMethod; paidById: string; memo: string | null },
): Promise<void> {
  await em.execute(
    `with input as (
       select r.*, sum(r.amount) over (order by r.n) as running,
              (select count(*) from disbursement d where d.case_id = r.case_id) as earlier,
              (select count(*) from disbursement d where d.case_id = r.case_id and d.status = 'POSTED') as posted
       from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
            with ordinality as r(case_id, amount, name, hash, identity, payee_bank, payee_account_enc, payee_account_last4, given_key, n)
     ),
     keyed as (select input.*, coalesce(given_key, 'batch-case-' || case_id || '-payment-' || (earlier + 1)) as payment_key from input),
     tx as (
       insert into ledger_transaction (unit_id, kind, case_id, idempotency_key, category, memo, created_by_id)
       select ?, 'DISBURSEMENT', case_id, payment_key, 'CASE_AID', ?, ? from keyed order by n
       returning id, case_id
     ),
     entries as (
       insert into ledger_entry (transaction_id, account_id, direction, amount_fen, balance_after)
       select tx.id, side.account_id, side.direction, k.amount,
              case when side.direction = 'CREDIT' then ?::bigint - k.running else ?::bigint + k.running end
       from keyed k join tx on tx.case_id = k.case_id
       cross join (values (1, ?::bigint, 'CREDIT'), (2, ?::bigint, 'DEBIT')) as side(position, account_id, direction)
       order by k.n, side.position
     ),
     payments as (
       insert into disbursement (case_id, instalment_no, amount_fen, method, idempotency_key, transaction_id, fund_unit_id,
                                 recipient_name, recipient_hash, recipient_identity, paid_by_id,
                                 arrival, payee_bank, payee_account_enc, payee_account_last4)
       select k.case_id, k.posted + 1, k.amount, ?, k.payment_key, tx.id, ?, k.name, k.hash, k.identity, ?,
              case when k.payee_account_enc is not null then 'IN_TRANSIT' end, k.payee_bank, k.payee_account_enc, k.payee_account_last4
       from keyed k join tx on tx.case_id = k.case_id order by k.n
     )
     update ledger_account a set balance = a.balance + case when a.id = ? then -total.fen else total.fen end
     from (select sum(amount) as fen from input) total
     where a.id in (?, ?)`,
    [
      sqlArray(payments.map((payment) => payment.caseId)),
      sqlArray(payments.map((payment) => payment.amountFen)),
      sqlArray(payments.map((payment) => payment.recipientName)),
      sqlArray(payments.map((payment) => payment.recipientHash)),
      sqlArray(payments.map((payment) => payment.identity)),
      sqlArray(payments.map((payment) => payment.payee?.bank ?? null)),
      sqlArray(payments.map((payment) => payment.payee?.accountEnc ?? null)),
      sqlArray(payments.map((payment) => payment.payee?.lastFour ?? null)),
      sqlArray(payments.map((payment) => payment.idempotencyKey ?? null)),
      fund.unitId,
      common.memo,
      common.paidById,
      fund.balanceFen,
      fund.paidBalanceFen,
      fund.accountId,
      fund.paidAccountId,
      common.method,
      fund.unitId,
      common.paidById,
      fund.accountId,
      fund.accountId,
      fund.paidAccountId,
    ],
  );
}

/** Locks accounts FOR UPDATE in id order (as applyPostings does) and reads their balances. */
export async function lockedBalances(em: EntityManager, accountIds: string[]): Promise<Map<string, number>> {
  const rows = await em.execute<{ id: string; balance: string }[]>(
    `select a.id::text, a.balance::text from ledger_account a where a.id = any (?::bigint[]) order by a.id for update`,
    [`{${accountIds.join(',')}}`],
  );
  return new Map(rows.map((row) => [row.id, Number(row.balance)]));
}

/**
 * Payments that reached their recipient (paid in hand, or arrived at the bank) before `paidBefore` and that the
 * recipient, who has an account, has not confirmed yet; money still in transit is nobody's to confirm.
 */
export const unconfirmedPayments = (em: EntityManager, paidBefore: Date, limit: number) =>
  em.execute<{ id: string; case_id: string; user_id: string; title: string; case_number: string | null; paid_at: Date }[]>(
    `select d.id::text, c.id::text as case_id, c.applicant_user_id::text as user_id, c.title, c.case_number, d.paid_at
     from disbursement d join ${CASE_APPLICANTS} c on c.id = d.case_id
     where d.status = 'POSTED' and d.received_at is null and d.paid_at < ? and c.status = 'DISBURSED' and c.applicant_user_id is not null
       and (d.arrival is null or (d.arrival = 'ARRIVED' and d.arrived_at < ?))
     order by d.paid_at limit ${Number(limit)}`,
    [paidBefore, paidBefore],
  );

/** When a payment last changed: paid, arrived at the bank, received by the worker, or reversed. */
const PAYMENT_CHANGED_AT = `greatest(d.paid_at, coalesce(d.arrived_at, d.paid_at), coalesce(d.received_at, d.paid_at), coalesce(d.reversed_at, d.paid_at))`;

/** Payments from the funds of a subtree changed in a window, for the exchange export (receipts are their `received_at`). */
export const paymentsChanged = (em: EntityManager, window: ChangeWindow) =>
  em.execute<
    {
      id: string;
      case_id: string;
      instalment_no: number;
      amount_fen: string;
      method: string;
      status: string;
      arrival: string | null;
      fund_unit_code: string;
      recipient_name: string;
      paid_at: Date;
      arrived_at: Date | null;
      received_at: Date | null;
      reversed_at: Date | null;
    }[]
  >(
    `select d.id::text, d.case_id::text, d.instalment_no, d.amount_fen::text, d.method, d.status, d.arrival, u.code as fund_unit_code,
            d.recipient_name, d.paid_at, d.arrived_at, d.received_at, d.reversed_at
     from disbursement d join unit u on u.id = d.fund_unit_id
     where ${changedIn(PAYMENT_CHANGED_AT, 'd.id')} order by d.id limit ${Number(window.limit)}`,
    changeWindowParams(window),
  );
