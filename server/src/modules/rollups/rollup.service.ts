import type { EntityManager } from '@mikro-orm/postgresql';
import {
  assessmentOutcome,
  shanghaiDate,
  shanghaiYear,
  type AidType,
  type CaseStatus,
  type FundSource,
  type HardshipCategory,
  type Rubric,
  type WuhanTier,
} from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import { badInput } from '../../common/domain-error.js';
import { scopeFor } from '../../common/scope.js';
import { recordAudit } from '../audit/audit-trail.js';
import { enqueue } from '../jobs/outbox.js';
import { JobRecord } from '../jobs/job.entity.js';
import { EXPORT_QUEUE } from '../funds/fund.service.js';
import { recordsUnit } from '../org/unit-access.js';
import { Unit } from '../org/unit.entity.js';

/** Domain.md §6: demonstration stations should be at least 20% of stations. */
export const DEMONSTRATION_TARGET = 0.2;
const OPEN_STATUSES: CaseStatus[] = ['SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'PROPOSED'];

export interface Rollup {
  unitId: string;
  from: Date;
  to: Date;
  casesByStatus: { status: CaseStatus; count: number }[];
  casesByType: { type: AidType; count: number }[];
  newCases: number;
  decidedCases: number;
  approvedCases: number;
  rejectedCases: number;
  closedCases: number;
  approvedFen: number;
  paidFen: number;
  medianDecisionDays: number | null;
  overdueCases: number;
  activeFilesByCategory: { category: HardshipCategory; count: number }[];
  fundBalanceFen: number;
  incomeBySource: { source: FundSource; amountFen: number }[];
  ratedCases: number;
  satisfiedCases: number;
  satisfactionRate: number | null;
  stations: number;
  demonstrationStations: number;
  demonstrationRatio: number | null;
  meetsDemonstrationTarget: boolean;
  /** Assessments of the year in which the period ends. */
  assessedStations: number;
  averageAssessmentScore: number | null;
  failingStations: number;
  tierCounts: { tier: WuhanTier; count: number }[];
  subsidyHoldbackFen: number;
}

type Row = Record<string, string | number | null> & { root: string };

/** Median of a histogram {value → count}: the smallest value whose cumulative count reaches half. */
export function histogramMedian(buckets: { value: number; count: number }[]): number | null {
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  if (total === 0) return null;
  const sorted = [...buckets].sort((a, b) => a.value - b.value);
  const lowerRank = Math.floor((total - 1) / 2);
  const upperRank = Math.floor(total / 2);
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const bucket of sorted) {
      seen += bucket.count;
      if (seen > rank) return bucket.value;
    }
    return sorted[sorted.length - 1].value;
  };
  return (valueAt(lowerRank) + valueAt(upperRank)) / 2;
}

/**
 * The period [from, to) in Beijing days, as a filter on the by-day and by-month rows of a summary keyed by
 * ancestor: whole months inside the period read their month row, only the ragged edges read day rows.
 */
export function periodFilter(from: Date, to: Date): { sql: string; params: string[] } {
  const fromDay = shanghaiDate(from);
  const toDay = shanghaiDate(to);
  const [year, month] = fromDay.split('-').map(Number);
  const firstWholeMonth = fromDay.endsWith('-01') ? fromDay : new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
  const lastMonthStart = `${toDay.slice(0, 7)}-01`;
  const [monthFrom, monthTo] = firstWholeMonth < lastMonthStart ? [firstWholeMonth, lastMonthStart] : [toDay, toDay];
  return {
    sql: `((grain = 'M' and day >= ?::date and day < ?::date) or (grain = 'D' and day >= ?::date and day < ?::date and (day < ?::date or day >= ?::date)))`,
    params: [monthFrom, monthTo, fromDay, toDay, monthFrom, monthTo],
  };
}

/**
 * Rollups over a unit's subtree (domain.md §7), read from the summary tables the database keeps current:
 * cases, files and flows from the per-ancestor `rollup_*` views (tree rows plus the pending log, migration
 * RollupTree), the rest over the subtree's units. Every figure is one grouped query for the unit and its direct
 * children together.
 */
export class RollupService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The rollup of a unit and of each readable direct child, for drill-down one level at a time. */
  async rollup(actor: Actor, unitId: string, from: Date, to: Date): Promise<{ self: Rollup; children: Rollup[] }> {
    if (!(from < to)) throw badInput('from/to');
    const scope = scopeFor(actor);
    const unit = await recordsUnit(this.em, actor, unitId);
    const children = (await this.em.find(Unit, { parent: unit.id }, { orderBy: { id: 'asc' } })).filter((child) =>
      scope.canReadRecordsOf(child),
    );
    const roots = [unit, ...children];
    const figures = await this.compute(roots, from, to);
    return { self: figures[0], children: figures.slice(1) };
  }

  /**
   * Month by month (Beijing time) over the unit's subtree for [from, to): applications, approvals and money paid.
   * Only reached through a rollup the caller was allowed to read.
   */
  async monthly(
    unitId: string,
    from: Date,
    to: Date,
  ): Promise<{ month: string; newCases: number; approvedCases: number; paidFen: number }[]> {
    const period = periodFilter(from, to);
    const rows = await this.em.execute<{ month: string; submitted: number; approved: number; paid_fen: string }[]>(
      `select to_char(day, 'YYYY-MM') as month, sum(submitted)::int as submitted, sum(approved)::int as approved, sum(paid_fen)::text as paid_fen
         from rollup_case_flow where ancestor_id = ? and ${period.sql}
        group by 1 order by 1`,
      [unitId, ...period.params],
    );
    return rows.map((row) => ({ month: row.month, newCases: row.submitted, approvedCases: row.approved, paidFen: Number(row.paid_fen) }));
  }

  /** Starts the .xlsx export of a rollup with its children; the worker writes it (exports queue). */
  async startExport(actor: Actor, unitId: string, from: Date, to: Date): Promise<JobRecord> {
    await this.rollup(actor, unitId, from, to);
    return this.em.transactional(async (em) => {
      const job = em.create(JobRecord, {
        name: 'exportRollup',
        requestedById: actor.userId,
        unitId,
        params: { unitId, from: from.toISOString(), to: to.toISOString() },
      });
      await em.flush();
      enqueue(em, { queue: EXPORT_QUEUE, name: 'exportRollup', jobKey: `export-${job.id}`, payload: { jobId: job.id } });
      recordAudit(em, actor, { action: 'rollup.export', entityType: 'Job', entityId: job.id, unitId, after: job.params });
      return job;
    });
  }

  async compute(roots: Unit[], from: Date, to: Date): Promise<Rollup[]> {
    const ids = roots.map((root) => root.id);
    const grouped = (sql: string, params: unknown[] = []) =>
      this.em.execute<Row[]>(
        `with roots as (select r.id::text as root, r.path from unit r where r.id in (?))
         ${sql}`,
        [ids, ...params],
      );
    const ofRoots = (sql: string, params: unknown[] = []) => this.em.execute<Row[]>(sql, [ids, ...params]);
    const subtree = `from roots join unit u on u.path <@ roots.path`;
    const period = periodFilter(from, to);
    const year = shanghaiYear(to);
    const yearFrom = `${year}-01-01`;
    const yearTo = `${year + 1}-01-01`;
    const [statuses, flows, days, overdue, files, funds, income, stations, assessments] = await Promise.all([
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
      grouped(
        `, overdue as (select unit_id, count(*) as n from aid_case where status in (?) and due_at < ? group by unit_id)
               select root, sum(o.n)::int as n ${subtree} join overdue o on o.unit_id = u.id group by root`,
        [OPEN_STATUSES, this.clock()],
      ),
      ofRoots(`select ancestor_id::text as root, category, sum(n)::int as n from rollup_file_status
               where ancestor_id in (?) and status = 'ACTIVE' group by 1, 2 having sum(n) <> 0`),
      grouped(
        `select root, sum(a.balance)::text as balance ${subtree} join ledger_account a on a.unit_id = u.id and a.kind = 'FUND' group by root`,
      ),
      grouped(
        `select root, i.source, sum(i.income_fen)::text as amount ${subtree} join stat_income_daily i on i.unit_id = u.id where i.day >= ? and i.day < ? group by root, i.source having sum(i.income_fen) <> 0`,
        [shanghaiDate(from), shanghaiDate(to)],
      ),
      grouped(
        `select root, count(*)::int as stations, count(*) filter (where u.demonstration_years @> to_jsonb(?::int))::int as demonstration
               ${subtree} where u.level in ('STREET', 'ENTERPRISE') and u.active group by root`,
        [year],
      ),
      grouped(
        `select root, a.district_scores, a.city_scores, c.rubric,
                 coalesce((select sum(d.rated) from stat_case_daily d where d.unit_id = a.unit_id and d.day >= ?::date and d.day < ?::date), 0)::int as rated,
                 coalesce((select sum(d.satisfied) from stat_case_daily d where d.unit_id = a.unit_id and d.day >= ?::date and d.day < ?::date), 0)::int as satisfied,
                 coalesce((select sum(i.income_fen) from stat_income_daily i where i.unit_id = a.unit_id and i.source = 'HIGHER_UNION_SUBSIDY'
                           and i.day >= ?::date and i.day < ?::date), 0)::text as subsidy
               ${subtree} join assessment a on a.unit_id = u.id and a.year = ? join assessment_cycle c on c.id = a.cycle_id
               where a.district_scores is not null`,
        [yearFrom, yearTo, yearFrom, yearTo, yearFrom, yearTo, year],
      ),
    ]);
    const of = (rows: Row[], root: string) => rows.filter((row) => row.root === root);
    return ids.map((root) => {
      const flow = of(flows, root)[0];
      const num = (key: string) => Number(flow?.[key] ?? 0);
      const byStatus = new Map<CaseStatus, number>();
      const byType = new Map<AidType, number>();
      for (const row of of(statuses, root)) {
        byStatus.set(row.status as CaseStatus, (byStatus.get(row.status as CaseStatus) ?? 0) + Number(row.n));
        byType.set(row.type as AidType, (byType.get(row.type as AidType) ?? 0) + Number(row.n));
      }
      const station = of(stations, root)[0];
      const stationCount = Number(station?.stations ?? 0);
      const demonstration = Number(station?.demonstration ?? 0);
      const rated = num('rated');
      const outcomes = of(assessments, root).map((row) =>
        assessmentOutcome(
          row.rubric as unknown as Rubric,
          row.district_scores as never,
          row.city_scores as never,
          { rated: Number(row.rated), satisfied: Number(row.satisfied) },
          Number(row.subsidy),
        ),
      );
      const tiers = new Map<WuhanTier, number>();
      for (const outcome of outcomes) if (outcome.tier !== 'NONE') tiers.set(outcome.tier, (tiers.get(outcome.tier) ?? 0) + 1);
      return {
        unitId: root,
        from,
        to,
        casesByStatus: [...byStatus].map(([status, count]) => ({ status, count })).sort((a, b) => a.status.localeCompare(b.status)),
        casesByType: [...byType].map(([type, count]) => ({ type, count })).sort((a, b) => a.type.localeCompare(b.type)),
        newCases: num('submitted'),
        decidedCases: num('decided'),
        approvedCases: num('approved'),
        rejectedCases: num('rejected'),
        closedCases: num('closed'),
        approvedFen: num('approved_fen'),
        paidFen: num('paid_fen'),
        medianDecisionDays: histogramMedian(of(days, root).map((row) => ({ value: Number(row.days), count: Number(row.n) }))),
        overdueCases: Number(of(overdue, root)[0]?.n ?? 0),
        activeFilesByCategory: of(files, root)
          .map((row) => ({ category: row.category as HardshipCategory, count: Number(row.n) }))
          .sort((a, b) => a.category.localeCompare(b.category)),
        fundBalanceFen: Number(of(funds, root)[0]?.balance ?? 0),
        incomeBySource: of(income, root)
          .map((row) => ({ source: row.source as FundSource, amountFen: Number(row.amount) }))
          .sort((a, b) => a.source.localeCompare(b.source)),
        ratedCases: rated,
        satisfiedCases: num('satisfied'),
        satisfactionRate: rated ? num('satisfied') / rated : null,
        stations: stationCount,
        demonstrationStations: demonstration,
        demonstrationRatio: stationCount ? demonstration / stationCount : null,
        meetsDemonstrationTarget: stationCount > 0 && demonstration / stationCount >= DEMONSTRATION_TARGET,
        assessedStations: outcomes.length,
        averageAssessmentScore: outcomes.length
          ? outcomes.reduce((sum, outcome) => sum + (outcome.finalTotal ?? 0), 0) / outcomes.length
          : null,
        failingStations: outcomes.filter((outcome) => outcome.failing).length,
        tierCounts: [...tiers].map(([tier, count]) => ({ tier, count })).sort((a, b) => a.tier.localeCompare(b.tier)),
        subsidyHoldbackFen: outcomes.reduce((sum, outcome) => sum + outcome.subsidyHoldbackFen, 0),
      };
    });
  }

  /**
   * Moves the pending log into the per-ancestor tree (the worker, every few seconds). Readers are exact either
   * way; folding keeps what they add to the tree rows small.
   */
  async fold(): Promise<void> {
    await this.em.execute(`select fold_rollup_pending()`);
  }

  /** Recomputes every summary row from the base tables and counts the rows that differ (must be 0). */
  reconcile(): Promise<{ mismatches: number; details: string[] }> {
    return reconcileRollups(this.em);
  }
}

/** Both directions of a comparison: rows the truth has that the summary lacks, and rows only the summary has. */
function differences(name: string, truth: string, summary: string): [string, string][] {
  return [
    [name, `${truth} except ${summary}`],
    [`${name} (extra)`, `${summary} except ${truth}`],
  ];
}

/**
 * Recomputes every summary table from the base tables, in one transaction: for data loaded with the triggers
 * off (the benchmark generator) and to repair summaries that reconciliation found wrong.
 */
export async function rebuildSummaries(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    for (const table of ['stat_case_status', 'stat_file_status', 'stat_case_daily', 'stat_decision_days', 'stat_income_daily']) {
      await tx.execute(`delete from ${table}`);
    }
    await tx.execute(
      `insert into stat_case_status (unit_id, status, type, n) select unit_id, status, type, count(*) from aid_case group by 1, 2, 3`,
    );
    await tx.execute(
      `insert into stat_file_status (unit_id, status, category, n) select unit_id, status, category, count(*) from hardship_file group by 1, 2, 3`,
    );
    await tx.execute(
      `insert into stat_case_daily (unit_id, day, type, submitted, decided, approved, rejected, closed, approved_fen, paid_fen, rated, satisfied) ${LIVE_DAILY}`,
    );
    await tx.execute(`insert into stat_decision_days (unit_id, day, days, n) ${LIVE_DECISION_DAYS}`);
    await tx.execute(`insert into stat_income_daily (unit_id, day, source, income_fen) ${LIVE_INCOME}`);
    await tx.execute(`select rebuild_rollup_tree()`);
  });
}

/** The flow figures of stat_case_daily as aggregates over timeline events `e`, in the table's column order. */
export const FLOW_AGGREGATES = `
    count(*) filter (where e.action = 'submit')::int as submitted,
    count(*) filter (where e.action in ('approve', 'reject'))::int as decided,
    count(*) filter (where e.action = 'approve')::int as approved,
    count(*) filter (where e.action = 'reject')::int as rejected,
    count(*) filter (where e.action = 'close')::int as closed,
    coalesce(sum((e.data ->> 'amountFen')::bigint) filter (where e.action = 'approve'), 0)::bigint as approved_fen,
    (coalesce(sum((e.data ->> 'amountFen')::bigint) filter (where e.action = 'disburse'), 0)
      - coalesce(sum((e.data ->> 'amountFen')::bigint) filter (where e.action = 'paymentReversed'), 0))::bigint as paid_fen,
    count(*) filter (where e.action = 'rate')::int as rated,
    count(*) filter (where e.action = 'rate' and (e.data ->> 'score')::int >= 4)::int as satisfied`;

/** The daily flows straight from the timeline, for reconciliation. */
const LIVE_DAILY = `
  select * from (select e.unit_id, (e.occurred_at at time zone 'Asia/Shanghai')::date as day, c.type, ${FLOW_AGGREGATES}
  from case_event e join aid_case c on c.id = e.case_id
  group by 1, 2, 3) live
  where (submitted, decided, approved, rejected, closed, approved_fen, paid_fen, rated, satisfied) <> (0, 0, 0, 0, 0, 0, 0, 0, 0)`;

/** Days from first submission to each decision, straight from the timeline, for reconciliation. */
const LIVE_DECISION_DAYS = `
  select e.unit_id, (e.occurred_at at time zone 'Asia/Shanghai')::date as day,
    floor(extract(epoch from e.occurred_at - f.first_submit) / 86400)::int as days, count(*)::int as n
  from case_event e join (select case_id, min(occurred_at) as first_submit from case_event where action = 'submit' group by case_id) f on f.case_id = e.case_id
  where e.action in ('approve', 'reject') group by 1, 2, 3`;

/** Income by source straight from the ledger, for reconciliation. */
const LIVE_INCOME = `
  select t.unit_id, (e.created_at at time zone 'Asia/Shanghai')::date as day, coalesce(o.source, t.source) as source,
    sum(case when t.kind = 'INCOME' then e.amount_fen else -e.amount_fen end)::bigint as income_fen
  from ledger_entry e join ledger_account a on a.id = e.account_id and a.kind = 'FUND'
  join ledger_transaction t on t.id = e.transaction_id left join ledger_transaction o on o.id = t.reverses_id
  where t.kind = 'INCOME' or (t.kind = 'REVERSAL' and o.kind = 'INCOME')
  group by 1, 2, 3 having sum(case when t.kind = 'INCOME' then e.amount_fen else -e.amount_fen end) <> 0`;

declare module '../../common/context.js' {
  interface Services {
    rollups: RollupService;
  }
}

/**
 * Recomputes every summary row from the base tables and counts the rows that differ (must be 0). Run by
 * the reconciliation job and by tests.
 */
export async function reconcileRollups(em: EntityManager): Promise<{ mismatches: number; details: string[] }> {
  const flowColumns = 'submitted, decided, approved, rejected, closed, approved_fen, paid_fen, rated, satisfied';
  const nonZeroFlow = `(${flowColumns}) <> (0, 0, 0, 0, 0, 0, 0, 0, 0)`;
  const checks: [string, string][] = [
    ...differences(
      'case status',
      `select unit_id, status, type, count(*)::int as n from aid_case group by 1, 2, 3`,
      `select unit_id, status, type, n from stat_case_status where n <> 0`,
    ),
    ...differences(
      'file status',
      `select unit_id, status, category, count(*)::int as n from hardship_file group by 1, 2, 3`,
      `select unit_id, status, category, n from stat_file_status where n <> 0`,
    ),
    ...differences('daily flows', LIVE_DAILY, `select unit_id, day, type, ${flowColumns} from stat_case_daily where ${nonZeroFlow}`),
    ...differences('decision days', LIVE_DECISION_DAYS, `select unit_id, day, days, n from stat_decision_days where n <> 0`),
    ...differences('income', LIVE_INCOME, `select unit_id, day, source, income_fen from stat_income_daily where income_fen <> 0`),
    // the per-ancestor tree (folded rows plus the pending log) against the per-unit summaries checked above
    ...differences(
      'tree case status',
      `select * from tree_case_status_expected`,
      `select ancestor_id, status, type, sum(n)::int from rollup_case_status group by 1, 2, 3 having sum(n) <> 0`,
    ),
    ...differences(
      'tree file status',
      `select * from tree_file_status_expected`,
      `select ancestor_id, status, category, sum(n)::int from rollup_file_status group by 1, 2, 3 having sum(n) <> 0`,
    ),
    ...differences(
      'tree flows',
      `select * from tree_case_flow_expected`,
      `select * from (select ancestor_id, grain, day, sum(submitted)::int as submitted, sum(decided)::int as decided, sum(approved)::int as approved,
         sum(rejected)::int as rejected, sum(closed)::int as closed, sum(approved_fen)::bigint as approved_fen, sum(paid_fen)::bigint as paid_fen,
         sum(rated)::int as rated, sum(satisfied)::int as satisfied from rollup_case_flow group by 1, 2, 3) tree where ${nonZeroFlow}`,
    ),
    ...differences(
      'tree decision days',
      `select * from tree_decision_days_expected`,
      `select ancestor_id, grain, day, days, sum(n)::int from rollup_decision_days group by 1, 2, 3, 4 having sum(n) <> 0`,
    ),
  ];
  const details: string[] = [];
  for (const [name, sql] of checks) {
    const rows = await em.execute<Record<string, unknown>[]>(sql);
    for (const row of rows) details.push(`${name}: ${JSON.stringify(row)}`);
  }
  return { mismatches: details.length, details };
}
