import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../common/sql.js';
import { CASE_APPLICANTS } from '../cases/case.queries.js';

/**
 * Draws up a payout batch of a fund's bank payments in transit that no open batch holds (all of them, or the ones
 * listed), numbered in payment order. The reference is the date and the batch's own id, so it is unique and short
 * enough for a bank's reference field. Answers the batch's id, or null when there was nothing to put on it.
 */
export async function insertPayoutBatch(
  em: EntityManager,
  fundUnitId: string,
  createdById: string,
  only: string[] | null,
): Promise<{ id: string; reference: string; lines: number; totalFen: number } | null> {
  // one batch at a time per fund: two desks drawing up batches at once would race for the same payments
  await em.execute(`select pg_advisory_xact_lock(hashtext('payout_batch'), ?::int)`, [Number(fundUnitId) % 2_147_483_647]);
  const [row] = await em.execute<{ id: string; reference: string; lines: number; total: string }[]>(
    `with picked as (
       select d.id, d.amount_fen, row_number() over (order by d.id) as line_no from disbursement d
       where d.fund_unit_id = ? and d.arrival = 'IN_TRANSIT' and d.status = 'POSTED'
         and (?::bigint[] is null or d.id = any (?::bigint[]))
         and not exists (select 1 from payout_batch_line l where l.disbursement_id = d.id and l.released_at is null)
     ),
     numbered as (select nextval(pg_get_serial_sequence('payout_batch', 'id')) as id),
     batch as (
       insert into payout_batch (id, unit_id, reference, line_count, total_fen, created_by_id)
       select n.id, ?, 'DF' || to_char(now() at time zone 'Asia/Shanghai', 'YYYYMMDD') || lpad(n.id::text, 6, '0'),
              (select count(*) from picked), (select sum(amount_fen) from picked), ?
       from numbered n where exists (select 1 from picked)
       returning id, reference, line_count, total_fen
     ),
     lines as (
       insert into payout_batch_line (batch_id, line_no, disbursement_id, amount_fen)
       select b.id, p.line_no, p.id, p.amount_fen from batch b cross join picked p
     )
     select id::text, reference, line_count as lines, total_fen::text as total from batch`,
    [fundUnitId, only ? sqlArray(only) : null, only ? sqlArray(only) : null, fundUnitId, createdById],
  );
  return row ? { id: row.id, reference: row.reference, lines: Number(row.lines), totalFen: Number(row.total) } : null;
}

export interface BatchLineRow {
  id: string;
  line_no: number;
  disbursement_id: string;
  amount_fen: string;
  outcome: 'ARRIVED' | 'FAILED' | null;
  bank_message: string | null;
  case_id: string;
  case_number: string | null;
  recipient_name: string;
  payee_bank: string;
  payee_account_enc: string;
  payee_account_last4: string;
  arrival: string | null;
  transaction_id: string;
  applicant_user_id: string | null;
  title: string;
}

/** A batch's lines with their payments and cases, in line order, from `afterLine` on (keyset). */
export const batchLines = (em: EntityManager, batchId: string, afterLine: number, limit: number) =>
  em.execute<BatchLineRow[]>(
    `select l.id::text, l.line_no, l.disbursement_id::text, l.amount_fen::text, l.outcome, l.bank_message,
            d.case_id::text, c.case_number, d.recipient_name, d.payee_bank, d.payee_account_enc, d.payee_account_last4, d.arrival,
            d.transaction_id::text, c.applicant_user_id::text, c.title
     from payout_batch_line l join disbursement d on d.id = l.disbursement_id join ${CASE_APPLICANTS} c on c.id = d.case_id
     where l.batch_id = ? and l.released_at is null and l.line_no > ? order by l.line_no limit ${Number(limit)}`,
    [batchId, afterLine],
  );

/** Every line a batch holds, read a page at a time. */
export async function allBatchLines(em: EntityManager, batchId: string): Promise<BatchLineRow[]> {
  const lines: BatchLineRow[] = [];
  for (let after = 0; ;) {
    const rows = await batchLines(em, batchId, after, 2_000);
    if (!rows.length) return lines;
    lines.push(...rows);
    after = rows.at(-1)!.line_no;
  }
}

/**
 * Settles arrived bank payments in one statement (domain.md §10): per payment a SETTLEMENT transaction moving its
 * amount from IN_TRANSIT to AID_PAID, with running balances from the ones given; the payment ARRIVED; the batch
 * line's outcome; then both balances. The caller holds both accounts' row locks.
 */
export async function settleArrivals(
  em: EntityManager,
  rows: { lineId: string; disbursementId: string; caseId: string; amountFen: number }[],
  accounts: { unitId: string; inTransitId: string; inTransitFen: number; paidId: string; paidFen: number },
  common: { returnId: string; createdById: string; memo: string },
): Promise<void> {
  await em.execute(
    `with input as (
       select r.*, sum(r.amount) over (order by r.n) as running
       from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[]) with ordinality as r(line_id, disbursement_id, case_id, amount, n)
     ),
     tx as (
       insert into ledger_transaction (unit_id, kind, case_id, idempotency_key, memo, created_by_id)
       select ?, 'SETTLEMENT', case_id, 'settlement-' || disbursement_id, ?, ? from input order by n
       returning id, idempotency_key
     ),
     keyed as (select i.*, tx.id as tx_id from input i join tx on tx.idempotency_key = 'settlement-' || i.disbursement_id),
     entries as (
       insert into ledger_entry (transaction_id, account_id, direction, amount_fen, balance_after)
       select k.tx_id, side.account_id, side.direction, k.amount,
              case when side.direction = 'CREDIT' then ?::bigint - k.running else ?::bigint + k.running end
       from keyed k cross join (values (1, ?::bigint, 'CREDIT'), (2, ?::bigint, 'DEBIT')) as side(position, account_id, direction)
       order by k.n, side.position
     ),
     payments as (
       update disbursement d set arrival = 'ARRIVED', arrived_at = now(), settlement_transaction_id = k.tx_id
       from keyed k where d.id = k.disbursement_id
     ),
     lines as (
       update payout_batch_line l set outcome = 'ARRIVED', returned_at = now(), return_id = ? from keyed k where l.id = k.line_id
     )
     update ledger_account a set balance = a.balance + case when a.id = ? then -total.fen else total.fen end
     from (select sum(amount) as fen from input) total
     where a.id in (?, ?)`,
    [
      sqlArray(rows.map((row) => row.lineId)),
      sqlArray(rows.map((row) => row.disbursementId)),
      sqlArray(rows.map((row) => row.caseId)),
      sqlArray(rows.map((row) => row.amountFen)),
      accounts.unitId,
      common.memo,
      common.createdById,
      accounts.inTransitFen,
      accounts.paidFen,
      accounts.inTransitId,
      accounts.paidId,
      common.returnId,
      accounts.inTransitId,
      accounts.inTransitId,
      accounts.paidId,
    ],
  );
}

/** Marks a failed line and its payment (reversed in the ledger just before) REVERSED and FAILED with the bank's reason. */
export const markLineFailed = (em: EntityManager, lineId: string, disbursementId: string, message: string, returnId: string) =>
  em.execute(
    `with payment as (update disbursement set status = 'REVERSED', reversed_at = now(), arrival = 'FAILED', bank_message = ? where id = ?)
     update payout_batch_line set outcome = 'FAILED', bank_message = ?, returned_at = now(), return_id = ? where id = ?`,
    [message, disbursementId, message, returnId, lineId],
  );

/** A cancelled batch lets its payments go, so another batch may take them. */
export const releaseLines = (em: EntityManager, batchId: string) =>
  em.execute(`update payout_batch_line set released_at = now() where batch_id = ? and released_at is null`, [batchId]);

/** A batch is settled once every line it holds has come back. */
export const settleBatchIfComplete = (em: EntityManager, batchId: string) =>
  em.execute(
    `update payout_batch b set status = 'SETTLED', settled_at = now() where b.id = ? and b.status = 'EXPORTED'
       and not exists (select 1 from payout_batch_line l where l.batch_id = b.id and l.released_at is null and l.outcome is null)`,
    [batchId],
  );

/** Money of a fund in transit: how much, how many payments, and how many sent more than `agedDays` ago. */
export async function inTransitOf(em: EntityManager, fundUnitId: string, agedDays: number) {
  const [row] = await em.execute<{ n: number; fen: string; aged: number; aged_fen: string }[]>(
    `select count(*)::int as n, coalesce(sum(amount_fen), 0)::text as fen,
            count(*) filter (where paid_at < now() - make_interval(days => ?))::int as aged,
            coalesce(sum(amount_fen) filter (where paid_at < now() - make_interval(days => ?)), 0)::text as aged_fen
     from disbursement where fund_unit_id = ? and arrival = 'IN_TRANSIT' and status = 'POSTED'`,
    [agedDays, agedDays, fundUnitId],
  );
  return { payments: row.n, amountFen: Number(row.fen), agedPayments: row.aged, agedAmountFen: Number(row.aged_fen) };
}

/**
 * Bank payments of the funds in a subtree (domain.md §10): in transit now (and how many sent more than `agedDays`
 * ago), and what arrived or failed in [from, to).
 */
export async function bankFiguresOf(em: EntityManager, unitId: string, from: Date, to: Date, agedDays: number) {
  const [row] = await em.execute<Record<string, string>[]>(
    `select count(*) filter (where d.arrival = 'IN_TRANSIT' and d.status = 'POSTED')::text as in_transit,
            coalesce(sum(d.amount_fen) filter (where d.arrival = 'IN_TRANSIT' and d.status = 'POSTED'), 0)::text as in_transit_fen,
            count(*) filter (where d.arrival = 'IN_TRANSIT' and d.status = 'POSTED' and d.paid_at < now() - make_interval(days => ?))::text as aged,
            count(*) filter (where d.arrival = 'ARRIVED' and d.arrived_at >= ? and d.arrived_at < ?)::text as arrived,
            coalesce(sum(d.amount_fen) filter (where d.arrival = 'ARRIVED' and d.arrived_at >= ? and d.arrived_at < ?), 0)::text as arrived_fen,
            count(*) filter (where d.arrival = 'FAILED' and d.reversed_at >= ? and d.reversed_at < ?)::text as failed,
            coalesce(sum(d.amount_fen) filter (where d.arrival = 'FAILED' and d.reversed_at >= ? and d.reversed_at < ?), 0)::text as failed_fen
     from disbursement d join unit u on u.id = d.fund_unit_id
     where d.arrival is not null and u.path <@ (select path from unit where id = ?)`,
    [agedDays, from, to, from, to, from, to, from, to, unitId],
  );
  const n = (key: string) => Number(row[key]);
  return {
    inTransit: n('in_transit'),
    inTransitFen: n('in_transit_fen'),
    aged: n('aged'),
    arrived: n('arrived'),
    arrivedFen: n('arrived_fen'),
    failed: n('failed'),
    failedFen: n('failed_fen'),
  };
}
