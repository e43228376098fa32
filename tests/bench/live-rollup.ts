import type pg from 'pg';
import { shanghaiDate } from '@bangfu/shared';
import { FLOW_AGGREGATES } from '@bangfu/server/modules/cases/case.queries.js';
import { histogramMedian, type Rollup } from '@bangfu/server/modules/rollups/rollup.service.js';

/** The figures of a rollup that come from cases, files and money, as a live GROUP BY computes them. */
const COMPARED = [
  'casesByStatus',
  'casesByType',
  'newCases',
  'decidedCases',
  'approvedCases',
  'rejectedCases',
  'closedCases',
  'approvedFen',
  'paidFen',
  'medianDecisionDays',
  'activeFilesByCategory',
  'incomeBySource',
  'ratedCases',
  'satisfiedCases',
] as const;
type LiveFigures = Pick<Rollup, (typeof COMPARED)[number]> & { unitId: string };

/**
 * The same rollup figures straight from the base tables (cases, the timeline, files, the ledger) over each root's
 * subtree: what a rollup would cost without the summary tables. The baseline of `rollupSpeedup`.
 */
export async function liveRollup(pool: pg.Pool, rootIds: string[], from: Date, to: Date): Promise<LiveFigures[]> {
  const period = [shanghaiDate(from), shanghaiDate(to)];
  const grouped = async (sql: string, params: unknown[] = []) =>
    (
      await pool.query<Record<string, string>>(
        `with roots as (select r.id::text as root, r.path from unit r where r.id = any($1::bigint[]))
     ${sql}`,
        [rootIds, ...params],
      )
    ).rows;
  const subtree = `from roots join unit u on u.path <@ roots.path`;
  const inPeriod = (column: string) =>
    `(${column} at time zone 'Asia/Shanghai')::date >= $2::date and (${column} at time zone 'Asia/Shanghai')::date < $3::date`;
  const [statuses, flows, days, files, income] = await Promise.all([
    grouped(
      `select root, c.status, c.type, count(*)::int as n ${subtree} join aid_case c on c.unit_id = u.id where c.status <> 'DRAFT' group by 1, 2, 3`,
    ),
    grouped(
      `select root, ${FLOW_AGGREGATES}
             ${subtree} join case_event e on e.unit_id = u.id where ${inPeriod('e.occurred_at')} group by 1`,
      period,
    ),
    grouped(
      `select root, floor(extract(epoch from e.occurred_at - f.first_submit) / 86400)::int as days, count(*)::int as n
             ${subtree} join case_event e on e.unit_id = u.id
             join lateral (select min(s.occurred_at) as first_submit from case_event s where s.case_id = e.case_id and s.action = 'submit') f on f.first_submit is not null
             where e.action in ('approve', 'reject') and ${inPeriod('e.occurred_at')} group by 1, 2`,
      period,
    ),
    grouped(
      `select root, f.category, count(*)::int as n ${subtree} join hardship_file f on f.unit_id = u.id where f.status = 'ACTIVE' group by 1, 2`,
    ),
    grouped(
      `select root, coalesce(o.source, t.source) as source, sum(case when t.kind = 'INCOME' then e.amount_fen else -e.amount_fen end)::text as amount
             ${subtree} join ledger_transaction t on t.unit_id = u.id join ledger_entry e on e.transaction_id = t.id
             join ledger_account a on a.id = e.account_id and a.kind = 'FUND' left join ledger_transaction o on o.id = t.reverses_id
             where (t.kind = 'INCOME' or (t.kind = 'REVERSAL' and o.kind = 'INCOME')) and ${inPeriod('e.created_at')}
             group by 1, 2 having sum(case when t.kind = 'INCOME' then e.amount_fen else -e.amount_fen end) <> 0`,
      period,
    ),
  ]);
  const sumBy = (rows: Record<string, string>[], key: string) => {
    const totals = new Map<string, number>();
    for (const row of rows) totals.set(row[key], (totals.get(row[key]) ?? 0) + Number(row.n));
    return [...totals].sort(([a], [b]) => a.localeCompare(b));
  };
  return rootIds.map((root) => {
    const of = (rows: Record<string, string>[]) => rows.filter((row) => row.root === root);
    const flow = of(flows)[0] ?? {};
    const num = (key: string) => Number(flow[key] ?? 0);
    return {
      unitId: root,
      casesByStatus: sumBy(of(statuses), 'status').map(([status, count]) => ({ status, count })) as Rollup['casesByStatus'],
      casesByType: sumBy(of(statuses), 'type').map(([type, count]) => ({ type, count })) as Rollup['casesByType'],
      newCases: num('submitted'),
      decidedCases: num('decided'),
      approvedCases: num('approved'),
      rejectedCases: num('rejected'),
      closedCases: num('closed'),
      approvedFen: num('approved_fen'),
      paidFen: num('paid_fen'),
      ratedCases: num('rated'),
      satisfiedCases: num('satisfied'),
      medianDecisionDays: histogramMedian(of(days).map((row) => ({ value: Number(row.days), count: Number(row.n) }))),
      activeFilesByCategory: sumBy(of(files), 'category').map(([category, count]) => ({
        category,
        count,
      })) as Rollup['activeFilesByCategory'],
      incomeBySource: of(income)
        .map((row) => ({ source: row.source, amountFen: Number(row.amount) }))
        .sort((a, b) => a.source.localeCompare(b.source)) as Rollup['incomeBySource'],
    };
  });
}

/** How many compared figures differ between the summary rollup and the live one (0 when they agree). */
export function differingFigures(summary: Rollup[], live: LiveFigures[]): number {
  let differing = 0;
  for (const [index, rollup] of summary.entries()) {
    for (const key of COMPARED) if (JSON.stringify(rollup[key]) !== JSON.stringify(live[index][key])) differing += 1;
  }
  return differing;
}
