/** Runs a read-only query; the tests pass their SQL helper, the product an EntityManager's `execute`. */
export type SqlReader = (query: string) => Promise<Record<string, unknown>[]>;

/**
 * The ledger's promises, checked in SQL over the whole database (domain.md §5): every transaction balances,
 * every balance equals the sum of its entries and the running balances chain, no fund is below zero, a case
 * (instalment) is paid at most once, no case is paid more than was approved, and money in transit to the bank is
 * exactly the bank payments not yet answered for (domain.md §10). Returns the violations.
 */
export async function ledgerViolations(read: SqlReader): Promise<string[]> {
  const checks: [string, string][] = [
    [
      'unbalanced transaction',
      `select transaction_id::text as id from ledger_entry group by transaction_id
      having sum(case when direction = 'DEBIT' then amount_fen else 0 end) <> sum(case when direction = 'CREDIT' then amount_fen else 0 end)`,
    ],
    [
      'balance differs from its entries',
      `select a.id::text from ledger_account a left join ledger_entry e on e.account_id = a.id
      group by a.id, a.balance having a.balance <> coalesce(sum(case when e.direction = 'DEBIT' then e.amount_fen else -e.amount_fen end), 0)`,
    ],
    [
      'broken running balance',
      `select id::text from (
      select e.id, e.balance_after, lag(e.balance_after, 1, 0::bigint) over (partition by e.account_id order by e.id)
        + case when e.direction = 'DEBIT' then e.amount_fen else -e.amount_fen end as expected from ledger_entry e) chain
      where balance_after <> expected`,
    ],
    ['negative fund', `select id::text from ledger_account where kind = 'FUND' and balance < 0`],
    [
      'paid twice',
      `select case_id::text || '/' || instalment_no from disbursement where status = 'POSTED' group by case_id, instalment_no having count(*) > 1`,
    ],
    [
      'paid more than approved',
      `select d.case_id::text from disbursement d join aid_case c on c.id = d.case_id where d.status = 'POSTED'
      group by d.case_id, c.approved_amount_fen having sum(d.amount_fen) > c.approved_amount_fen`,
    ],
    [
      'payment without its ledger transaction',
      `select d.id::text from disbursement d left join ledger_transaction t on t.id = d.transaction_id
      where t.id is null or t.kind <> 'DISBURSEMENT' or t.case_id <> d.case_id`,
    ],
    [
      // domain.md §10: money in transit is exactly the bank payments the bank has not answered for
      'in transit differs from the open bank payments',
      `select a.unit_id::text from ledger_account a
      where a.kind = 'IN_TRANSIT' and a.balance <> (select coalesce(sum(d.amount_fen), 0) from disbursement d
        where d.fund_unit_id = a.unit_id and d.status = 'POSTED' and d.arrival = 'IN_TRANSIT')`,
    ],
    [
      'arrived payment without its settlement',
      `select d.id::text from disbursement d left join ledger_transaction t on t.id = d.settlement_transaction_id
      where d.arrival = 'ARRIVED' and (t.id is null or t.kind <> 'SETTLEMENT' or t.case_id <> d.case_id)`,
    ],
    [
      'failed payment still posted',
      `select d.id::text from disbursement d where d.arrival = 'FAILED' and (d.status <> 'REVERSED'
        or not exists (select 1 from ledger_transaction r where r.reverses_id = d.transaction_id))`,
    ],
    [
      'receipt before arrival',
      `select d.id::text from disbursement d where d.received_at is not null and d.arrival in ('IN_TRANSIT', 'FAILED')`,
    ],
  ];
  const violations: string[] = [];
  for (const [name, query] of checks) {
    for (const row of await read(query)) violations.push(`${name}: ${String(Object.values(row)[0])}`);
  }
  return violations;
}
