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
import { PRIMARY_READS, type ReadPath } from '../../common/read-path.js';
import { scopeFor } from '../../common/scope.js';
import { startJob } from '../jobs/job.service.js';
import { JobRecord } from '../jobs/job.entity.js';
import { EXPORT_QUEUE } from '../funds/fund.service.js';
import { recordsUnit } from '../org/unit-access.js';
import { Unit } from '../org/unit.entity.js';
import { foldPending, monthlyFlows, reconcileRollups, rollupFigures, type Row } from './rollup.queries.js';

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
  /** `reads`: rollups are read-only, so they read on the standby while it keeps up (app/replica-reads.ts). */
  constructor(
    private readonly em: EntityManager,
    private readonly reads: ReadPath = PRIMARY_READS,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The rollup of a unit and of each readable direct child, for drill-down one level at a time. */
  async rollup(actor: Actor, unitId: string, from: Date, to: Date): Promise<{ self: Rollup; children: Rollup[] }> {
    if (!(from < to)) throw badInput('from/to');
    const scope = scopeFor(actor);
    return this.reads.run(this.em, async (em) => {
      const unit = await recordsUnit(em, actor, unitId);
      const children = (await em.find(Unit, { parent: unit.id }, { orderBy: { id: 'asc' } })).filter((child) =>
        scope.canReadRecordsOf(child),
      );
      const figures = await this.computeOn(em, [unit, ...children], from, to);
      return { self: figures[0], children: figures.slice(1) };
    });
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
    const rows = await this.reads.run(this.em, (em) => monthlyFlows(em, unitId, periodFilter(from, to)));
    return rows.map((row) => ({ month: row.month, newCases: row.submitted, approvedCases: row.approved, paidFen: Number(row.paid_fen) }));
  }

  /** Starts the .xlsx export of a rollup with its children; the worker writes it (exports queue). */
  async startExport(actor: Actor, unitId: string, from: Date, to: Date): Promise<JobRecord> {
    await this.rollup(actor, unitId, from, to);
    return startJob(this.em, actor, {
      queue: EXPORT_QUEUE,
      name: 'exportRollup',
      unitId,
      params: { unitId, from: from.toISOString(), to: to.toISOString() },
      audit: { action: 'rollup.export', entityType: 'Unit', entityId: unitId },
    });
  }

  /**
   * The figures of each root: as the standby has them (at most the configured lag behind), or with `current` as
   * committed now, for figures that are frozen and signed.
   */
  compute(roots: Unit[], from: Date, to: Date, { current = false } = {}): Promise<Rollup[]> {
    return current ? this.computeOn(this.em, roots, from, to) : this.reads.run(this.em, (em) => this.computeOn(em, roots, from, to));
  }

  private async computeOn(em: EntityManager, roots: Unit[], from: Date, to: Date): Promise<Rollup[]> {
    const ids = roots.map((root) => root.id);
    const [statuses, flows, days, overdue, files, funds, income, stations, assessments] = await rollupFigures(em, ids, {
      period: periodFilter(from, to),
      from,
      to,
      year: shanghaiYear(to),
      openStatuses: OPEN_STATUSES,
      now: this.clock(),
    });
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
    await foldPending(this.em);
  }

  /** Recomputes every summary row from the base tables and counts the rows that differ (must be 0). */
  reconcile(): Promise<{ mismatches: number; details: string[] }> {
    return reconcileRollups(this.em);
  }
}

declare module '../../common/context.js' {
  interface Services {
    rollups: RollupService;
  }
}
