import type { EntityManager } from '@mikro-orm/postgresql';
import { shanghaiDate, type CaseStatus } from '@bangfu/shared';
import { scoredAssessmentsSql } from '../assessments/assessment.queries.js';
import { CASE_SUMMARY_CHECKS, CASE_SUMMARY_REBUILD, overdueByUnit } from '../cases/case.queries.js';
import { FUND_BALANCES, FUND_SUMMARY_CHECKS, FUND_SUMMARY_REBUILD, INCOME_DAILY } from '../funds/ledger.queries.js';
import { FILE_SUMMARY_CHECKS, FILE_SUMMARY_REBUILD } from '../people/hardship-file.queries.js';

export type Row = Record<string, string | number | null> & { root: string };

export interface Period {
  sql: string;
  params: string[];
}

export interface FigureRequest {
  period: Period;
  from: Date;
  to: Date;
  year: number;
  openStatuses: CaseStatus[];
  now: Date;
}

/**
 * Every figure group for the roots and their subtrees, one grouped query each: cases, files and flows from the
 * per-ancestor `rollup_*` views (tree rows plus the pending log, migration RollupTree), the rest over the
 * subtree's units from what the owning modules expose for joining.
 */
export function rollupFigures(em: EntityManager, ids: string[], request: FigureRequest): Promise<Row[][]> {
  const grouped = (sql: string, params: unknown[] = []) =>
    em.execute<Row[]>(
      `with roots as (select r.id::text as root, r.path from unit r where r.id in (?))
       ${sql}`,
      [ids, ...params],
    );
  const ofRoots = (sql: string, params: unknown[] = []) => em.execute<Row[]>(sql, [ids, ...params]);
  const subtree = `from roots join unit u on u.path <@ roots.path`;
  const { period } = request;
  const overdue = overdueByUnit(request.openStatuses, request.now);
  const assessments = scoredAssessmentsSql(request.year);
  return Promise.all([
    ofRoots(`select ancestor_id::text as root, status, type, sum(n)::int as n from rollup_case_status
             where ancestor_id in (?) and status <> 'DRAFT' group by 1, 2, 3 having sum(n) <> 0`),
    ofRoots(
      `select ancestor_id::text as root, sum(submitted)::int as submitted, sum(decided)::int as decided, sum(approved)::int as approved,
         sum(rejected)::int as rejected, sum(closed)::int as closed, sum(approved_fen)::text as approved_fen, sum(paid_fen)::text as paid_fen,
         sum(rated)::int as rated, sum(satisfied)::int as satisfied
       from rollup_case_flow where ancestor_id in (?) and ${period.sql} group by 1`,
      period.params,
    ),
    ofRoots(
      `select ancestor_id::text as root, days, sum(n)::int as n from rollup_decision_days where ancestor_id in (?) and ${period.sql} group by 1, 2`,
      period.params,
    ),
    // overdue depends on the clock, so it is counted live: per unit first (a few thousand at most), then per root
    grouped(`select root, sum(o.n)::int as n ${subtree} join ${overdue.sql} o on o.unit_id = u.id group by root`, overdue.params),
    ofRoots(`select ancestor_id::text as root, category, sum(n)::int as n from rollup_file_status
             where ancestor_id in (?) and status = 'ACTIVE' group by 1, 2 having sum(n) <> 0`),
    grouped(`select root, sum(a.balance)::text as balance ${subtree} join ${FUND_BALANCES} a on a.unit_id = u.id group by root`),
    grouped(
      `select root, i.source, sum(i.income_fen)::text as amount ${subtree} join ${INCOME_DAILY} i on i.unit_id = u.id
       where i.day >= ? and i.day < ? group by root, i.source having sum(i.income_fen) <> 0`,
      [shanghaiDate(request.from), shanghaiDate(request.to)],
    ),
    grouped(
      `select root, count(*)::int as stations, count(*) filter (where u.demonstration_years @> to_jsonb(?::int))::int as demonstration
       ${subtree} where u.level in ('STREET', 'ENTERPRISE') and u.active group by root`,
      [request.year],
    ),
    grouped(assessments.sql, assessments.params),
  ]);
}

/** Month by month over a unit's subtree: applications, approvals and money paid. */
export const monthlyFlows = (em: EntityManager, unitId: string, period: Period) =>
  em.execute<{ month: string; submitted: number; approved: number; paid_fen: string }[]>(
    `select to_char(day, 'YYYY-MM') as month, sum(submitted)::int as submitted, sum(approved)::int as approved, sum(paid_fen)::text as paid_fen
       from rollup_case_flow where ancestor_id = ? and ${period.sql}
      group by 1 order by 1`,
    [unitId, ...period.params],
  );

/** Moves the pending log into the per-ancestor tree. */
export const foldPending = (em: EntityManager) => em.execute(`select fold_rollup_pending()`);

const TREE_FLOW_COLUMNS = 'submitted, decided, approved, rejected, closed, approved_fen, paid_fen, rated, satisfied';

/** The per-ancestor tree (folded rows plus the pending log) against the per-unit summaries. */
const TREE_CHECKS = [
  {
    name: 'tree case status',
    truth: `select * from tree_case_status_expected`,
    summary: `select ancestor_id, status, type, sum(n)::int from rollup_case_status group by 1, 2, 3 having sum(n) <> 0`,
  },
  {
    name: 'tree file status',
    truth: `select * from tree_file_status_expected`,
    summary: `select ancestor_id, status, category, sum(n)::int from rollup_file_status group by 1, 2, 3 having sum(n) <> 0`,
  },
  {
    name: 'tree flows',
    truth: `select * from tree_case_flow_expected`,
    summary: `select * from (select ancestor_id, grain, day, sum(submitted)::int as submitted, sum(decided)::int as decided, sum(approved)::int as approved,
      sum(rejected)::int as rejected, sum(closed)::int as closed, sum(approved_fen)::bigint as approved_fen, sum(paid_fen)::bigint as paid_fen,
      sum(rated)::int as rated, sum(satisfied)::int as satisfied from rollup_case_flow group by 1, 2, 3) tree
      where (${TREE_FLOW_COLUMNS}) <> (0, 0, 0, 0, 0, 0, 0, 0, 0)`,
  },
  {
    name: 'tree decision days',
    truth: `select * from tree_decision_days_expected`,
    summary: `select ancestor_id, grain, day, days, sum(n)::int from rollup_decision_days group by 1, 2, 3, 4 having sum(n) <> 0`,
  },
];

/**
 * Recomputes every summary row from the base tables and lists the rows that differ, in both directions (must be
 * none): the per-unit summaries each module keeps, then the per-ancestor tree. Run by the reconciliation job and tests.
 */
export async function reconcileRollups(em: EntityManager): Promise<{ mismatches: number; details: string[] }> {
  const checks = [...CASE_SUMMARY_CHECKS, ...FILE_SUMMARY_CHECKS, ...FUND_SUMMARY_CHECKS, ...TREE_CHECKS].flatMap(
    ({ name, truth, summary }) => [
      [name, `${truth} except ${summary}`],
      [`${name} (extra)`, `${summary} except ${truth}`],
    ],
  );
  const details: string[] = [];
  for (const [name, sql] of checks) {
    const rows = await em.execute<Record<string, unknown>[]>(sql);
    for (const row of rows) details.push(`${name}: ${JSON.stringify(row)}`);
  }
  return { mismatches: details.length, details };
}

/**
 * Recomputes every summary table from the base tables, in one transaction: for data loaded with the triggers
 * off (the benchmark generator) and to repair summaries that reconciliation found wrong.
 */
export async function rebuildSummaries(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    for (const statement of [...CASE_SUMMARY_REBUILD, ...FILE_SUMMARY_REBUILD, ...FUND_SUMMARY_REBUILD]) await tx.execute(statement);
    await tx.execute(`select rebuild_rollup_tree()`);
  });
}
