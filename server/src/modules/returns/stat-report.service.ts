import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import {
  DAY_MS,
  HEAD_ROLES,
  endedReportPeriods,
  parseReportPeriod,
  reasonSchema,
  shanghaiDate,
  type ReportPeriod,
  type UnitLevel,
} from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import { DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { scopeFor } from '../../common/scope.js';
import { isWellFormedId, parseInput } from '../../common/validate.js';
import { recordAudit } from '../audit/audit-trail.js';
import type { Clock } from '../cases/case.service.js';
import { recordsUnit } from '../org/unit-access.js';
import { Unit } from '../org/unit.entity.js';
import { notifyEach } from '../notifications/notify.js';
import { EXPORT_QUEUE } from '../funds/fund.service.js';
import type { JobRecord } from '../jobs/job.entity.js';
import { startJob } from '../jobs/job.service.js';
import { User } from '../auth/user.entity.js';
import type { RollupService } from '../rollups/rollup.service.js';
import { headsWithoutReturn } from './stat-report.queries.js';
import { StatReport, type MissingChild, type StatFigures } from './stat-report.entity.js';
import { writeReturnPdf, writeReturnWorkbook } from './stat-report-export.js';

export type ReturnFileFormat = 'XLSX' | 'PDF';

/** How long before a return is due its unit's heads are reminded. */
export const REMINDER_DAYS = 3;

export type ReturnState = 'NOT_SUBMITTED' | StatReport['status'];

export interface ReturnProgress {
  unit: Unit;
  state: ReturnState;
  current: StatReport | null;
  dueAt: Date;
  overdue: boolean;
}

/**
 * Periodic statistical returns signed off level by level (统计上报, domain.md §13): a unit's head freezes the unit's
 * figures for a period once its children's returns are accepted (or says why one is missing); the union above accepts
 * or returns it; a correction after acceptance is a new version beside the old one.
 */
export class StatReturnService {
  constructor(
    private readonly em: EntityManager,
    private readonly rollups: RollupService,
    /** Days after a period ends by which a unit's return is due, by level (config RETURN_DUE_DAYS). */
    private readonly dueDays: Record<UnitLevel, number>,
    private readonly clock: Clock = () => new Date(),
  ) {}

  /** A unit's return for a period: every version, the current one, and the figures as they are now. */
  async report(actor: Actor, unitId: string, periodKey: string) {
    const period = periodOf(periodKey);
    const unit = await recordsUnit(this.em, actor, unitId);
    const versions = await this.em.find(StatReport, { unitId: unit.id, period: period.key }, { orderBy: { version: 'desc' } });
    return {
      unit,
      period,
      versions,
      current: versions[0] ?? null,
      live: await this.figures(unit, period),
      dueAt: this.dueAt(unit, period),
    };
  }

  /** Where the unit and each direct child stand for the period: submitted, accepted, returned or not yet, and overdue. */
  async progress(actor: Actor, unitId: string, periodKey: string): Promise<ReturnProgress[]> {
    const period = periodOf(periodKey);
    const unit = await recordsUnit(this.em, actor, unitId);
    const units = [unit, ...(await this.em.find(Unit, { parent: unit.id, active: true }, { orderBy: { code: 'asc' } }))];
    const current = await this.currentOf(
      units.map((each) => each.id),
      period.key,
    );
    const now = this.clock();
    return units.map((each) => {
      const report = current.get(each.id) ?? null;
      const due = this.dueAt(each, period);
      const state: ReturnState = report?.status ?? 'NOT_SUBMITTED';
      return { unit: each, state, current: report, dueAt: due, overdue: now > due && state !== 'ACCEPTED' && state !== 'SUBMITTED' };
    });
  }

  /**
   * The unit's head submits the return: the figures are frozen as they are now. Every active direct child's return
   * must be accepted first, or the head states why it is missing; after an acceptance, only a correction with its
   * reason, as the next version.
   */
  async submit(
    actor: Actor,
    unitId: string,
    periodKey: string,
    input: { missing?: MissingChild[] | null; correctionReason?: string | null },
  ) {
    const period = periodOf(periodKey);
    const unit = await recordsUnit(this.em, actor, unitId);
    if (!scopeFor(actor).canActOn(unit.id, HEAD_ROLES)) throw forbidden();
    if (this.clock() < period.to) throw new DomainError('BAD_USER_INPUT', 'return.periodOpen', { period: period.key });
    const [current] = await this.em.find(StatReport, { unitId: unit.id, period: period.key }, { orderBy: { version: 'desc' }, limit: 1 });
    if (current?.status === 'SUBMITTED') throw new DomainError('INVALID_TRANSITION', 'return.pending');
    const correction = input.correctionReason?.trim() ? parseInput(reasonSchema, input.correctionReason) : null;
    if (current?.status === 'ACCEPTED' && !correction) throw new DomainError('BAD_USER_INPUT', 'return.correctionReason');
    const children = await this.em.find(Unit, { parent: unit.id, active: true }, { orderBy: { code: 'asc' } });
    const accepted = await this.currentOf(
      children.map((child) => child.id),
      period.key,
    );
    const reasons = new Map((input.missing ?? []).map((entry) => [String(entry.unitId), entry.reason?.trim() ?? '']));
    const missing = children.filter((child) => accepted.get(child.id)?.status !== 'ACCEPTED');
    const unexplained = missing.filter((child) => (reasons.get(child.id) ?? '').length < 2);
    if (unexplained.length)
      throw new DomainError('INVALID_TRANSITION', 'return.childrenFirst', { names: unexplained.map((child) => child.name).join('、') });
    try {
      return await this.em.transactional(async (em) => {
        const report = em.create(StatReport, {
          unitId: unit.id,
          period: period.key,
          version: (current?.version ?? 0) + 1,
          figures: await this.figures(unit, period, true),
          missing: missing.map((child) => ({ unitId: child.id, reason: reasons.get(child.id)!.slice(0, 500) })),
          correctionReason: correction,
          submittedById: actor.userId,
        });
        await em.flush();
        recordAudit(em, actor, {
          action: 'return.submit',
          entityType: 'StatReport',
          entityId: report.id,
          unitId: unit.id,
          after: { period: period.key, version: report.version, missing: report.missing.length, correction },
        });
        return report;
      });
    } catch (error) {
      // two heads submitting at once: the other one's version stands
      if (error instanceof UniqueConstraintViolationException) throw new DomainError('INVALID_TRANSITION', 'return.pending');
      throw error;
    }
  }

  /** The union above accepts a submitted return: its figures are final for that version. */
  accept(actor: Actor, reportId: string): Promise<StatReport> {
    return this.decide(actor, reportId, (report) => Object.assign(report, { status: 'ACCEPTED' }), 'return.accept', null);
  }

  /** The union above sends a submitted return back with its reason; the unit submits again (a new version). */
  returnReport(actor: Actor, reportId: string, reasonText: string): Promise<StatReport> {
    const reason = parseInput(reasonSchema, reasonText);
    return this.decide(
      actor,
      reportId,
      (report) => Object.assign(report, { status: 'RETURNED', returnReason: reason }),
      'return.return',
      reason,
    );
  }

  /** Starts writing an accepted return as the .xlsx or PDF a union sends upward; readers of the unit may do so. */
  async startExport(actor: Actor, reportId: string, format: ReturnFileFormat): Promise<JobRecord> {
    const { report, unit } = await this.readable(actor, reportId);
    if (report.status !== 'ACCEPTED') throw new DomainError('INVALID_TRANSITION', 'return.notAccepted');
    return startJob(this.em, actor, {
      queue: EXPORT_QUEUE,
      name: 'exportStatReport',
      unitId: unit.id,
      params: { reportId: report.id, format },
      audit: { action: 'return.export', entityType: 'StatReport', entityId: report.id },
    });
  }

  /** The export job's work, for a requester who still reads the unit's records. */
  async writeFile(actor: Actor, reportId: string, format: ReturnFileFormat, filePath: string, fontDir: string) {
    const { report, unit } = await this.readable(actor, reportId);
    const missing = await this.em.find(Unit, { id: { $in: report.missing.map((entry) => entry.unitId) } });
    const submitter = await this.em.findOne(User, { id: report.submittedById });
    const toPrint = { unit, report, unitNames: new Map(missing.map((each) => [each.id, each.name])), submittedBy: submitter?.name ?? '' };
    return format === 'PDF' ? writeReturnPdf(toPrint, filePath, fontDir) : writeReturnWorkbook(toPrint, filePath);
  }

  /**
   * Reminds the heads of units whose return for the periods just ended (last month, quarter and year) is neither
   * submitted nor accepted: once in the `REMINDER_DAYS` before it is due, once after (inbox and SMS).
   */
  async remind(): Promise<number> {
    const now = this.clock();
    let written = 0;
    for (const period of endedPeriods(now)) {
      for (const [level, days] of Object.entries(this.dueDays) as [UnitLevel, number][]) {
        const due = new Date(period.to.getTime() + days * DAY_MS);
        const kind = now >= due ? 'RETURN_OVERDUE' : now >= new Date(due.getTime() - REMINDER_DAYS * DAY_MS) ? 'RETURN_DUE' : null;
        if (!kind) continue;
        const heads = await headsWithoutReturn(this.em, period.key, [level]);
        // the messages and their texts' outbox rows commit together
        written += await this.em.transactional((em) =>
          notifyEach(
            em,
            heads.map((head) => ({
              userId: head.user_id,
              kind,
              params: { unit: head.unit_name, period: period.key, dueOn: shanghaiDate(new Date(due.getTime() - 1)) },
              dedupeKey: `${kind}-${head.unit_id}-${period.key}`,
            })),
            true,
          ),
        );
      }
    }
    return written;
  }

  private async decide(
    actor: Actor,
    reportId: string,
    change: (report: StatReport) => void,
    action: string,
    reason: string | null,
  ): Promise<StatReport> {
    const report = isWellFormedId(reportId) ? await this.em.findOne(StatReport, { id: reportId }) : null;
    if (!report) throw notFound('statReport');
    const unit = await this.em.findOneOrFail(Unit, { id: report.unitId });
    const scope = scopeFor(actor);
    const parentId = unit.parent?.id ?? null;
    if (!parentId || !scope.canActOn(parentId, HEAD_ROLES)) {
      if (!scope.canReadRecordsOf(unit)) throw notFound('statReport');
      throw forbidden();
    }
    if (report.status !== 'SUBMITTED') throw new DomainError('INVALID_TRANSITION', 'return.notSubmitted');
    return this.em.transactional(async (em) => {
      change(report);
      Object.assign(report, { decidedById: actor.userId, decidedAt: this.clock() });
      recordAudit(em, actor, {
        action,
        entityType: 'StatReport',
        entityId: report.id,
        unitId: parentId,
        after: { unitId: unit.id, period: report.period, version: report.version, ...(reason ? { reason } : {}) },
      });
      await em.flush();
      return report;
    });
  }

  private async readable(actor: Actor, reportId: string): Promise<{ report: StatReport; unit: Unit }> {
    const report = isWellFormedId(reportId) ? await this.em.findOne(StatReport, { id: reportId }) : null;
    const unit = report ? await this.em.findOne(Unit, { id: report.unitId }) : null;
    if (!report || !unit || !scopeFor(actor).canReadRecordsOf(unit)) throw notFound('statReport');
    return { report, unit };
  }

  private dueAt(unit: Unit, period: ReportPeriod): Date {
    return new Date(period.to.getTime() + this.dueDays[unit.level] * DAY_MS);
  }

  /** The latest version of each unit's return for the period. */
  private async currentOf(unitIds: string[], period: string): Promise<Map<string, StatReport>> {
    const all = await this.em.find(StatReport, { unitId: { $in: unitIds }, period }, { orderBy: { version: 'asc' } });
    return new Map(all.map((report) => [report.unitId, report]));
  }

  /** `current`: as committed now, for figures frozen into a return; otherwise as the read path has them. */
  private async figures(unit: Unit, period: ReportPeriod, current = false): Promise<StatFigures> {
    const [rollup] = await this.rollups.compute([unit], period.from, period.to, { current });
    const { unitId: _unitId, from: _from, to: _to, ...figures } = rollup;
    return figures;
  }
}

/** The month, quarter and year that ended last, as of `now`. */
const endedPeriods = (now: Date): ReportPeriod[] =>
  (['MONTH', 'QUARTER', 'YEAR'] as const).map((kind) => endedReportPeriods(now, kind, 1)[0]);

function periodOf(key: string): ReportPeriod {
  const period = parseReportPeriod(key);
  if (!period) throw new DomainError('BAD_USER_INPUT', 'return.badPeriod');
  return period;
}

/** The figures that differ between a frozen return and the live rollup, by name. */
export function differencesOf(frozen: StatFigures, live: StatFigures): string[] {
  return (Object.keys(live) as (keyof StatFigures)[]).filter((key) => JSON.stringify(frozen[key]) !== JSON.stringify(live[key]));
}

declare module '../../common/context.js' {
  interface Services {
    returns: StatReturnService;
  }
}
