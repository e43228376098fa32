/** Runs a read-only query; the tests pass their SQL helper, the product an EntityManager's `execute`. */
export type SqlReader = (query: string) => Promise<Record<string, unknown>[]>;

/**
 * The ledger's promises, checked in SQL over the whole database (domain.md §5): every transaction balances,
 * every balance equals the sum of its entries and the running balances chain, no fund is below zero, a case
 * (instalment) is paid at most once, and no case is paid more than was approved. Returns the violations.
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
  ];
  const violations: string[] = [];
  for (const [name, query] of checks) {
    for (const row of await read(query)) violations.push(`${name}: ${String(Object.values(row)[0])}`);
  }
  return violations;
}
