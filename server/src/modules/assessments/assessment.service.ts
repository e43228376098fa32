import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import {
  assessmentOutcome,
  DEMONSTRATION_MIN_SCORE,
  LINYI_RUBRIC_2014,
  rubricItems,
  scoreTotal,
  shanghaiDate,
  shanghaiYearStart,
  type AssessmentOutcome,
  type MessageKey,
  type Rubric,
  type RubricItem,
  type UnitLevel,
} from '@bangfu/shared';
import * as z from 'zod';
import type { Actor } from '../../common/actor.js';
import type { ServicesFactory } from '../../common/context.js';
import { recordAudit } from '../audit/audit-trail.js';
import { DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { scopeFor } from '../../common/scope.js';
import { isWellFormedId, parseInput } from '../../common/validate.js';
import { recordsUnit } from '../org/unit-access.js';
import { Unit } from '../org/unit.entity.js';
import { casesRegisteredByType } from '../cases/case.queries.js';
import { fundsReceived } from '../funds/ledger.queries.js';
import { openFileCounts } from '../people/hardship-file.queries.js';
import { Assessment, AssessmentCycle, type Scores } from './assessment.entity.js';
import { addStationAssessments, stationYear } from './assessment.queries.js';

/** The one-off grant to a new city demonstration station: ¥10,000 (domain.md §5). */
export const DEMONSTRATION_GRANT_FEN = 1_000_000;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date');
const cycleSchema = z.object({
  unitId: z.string().regex(/^\d{1,18}$/, 'id'),
  year: z.number().int('integer').min(2000, 'year').max(2100, 'year'),
  selfCheckUntil: date.nullish(),
  applicationFrom: date.nullish(),
  applicationUntil: date.nullish(),
  inspectionFrom: date.nullish(),
  inspectionUntil: date.nullish(),
});
const scoresSchema = z
  .array(z.object({ key: z.string().max(40, 'key'), points: z.number().int('integer').min(0, 'points') }))
  .max(50, 'items');

export interface PrefilledItem {
  item: RubricItem;
  value: number | null;
  evidence: string | null;
}

export interface AssessmentFigures extends AssessmentOutcome {
  prefill: PrefilledItem[];
  categoryTotals: { key: string; district: number | null; city: number | null }[];
  eligibility: { eligible: boolean; reasons: MessageKey[] };
}

/** Station assessments (规范化建设检查验收, domain.md §6). */
export class AssessmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly servicesIn: ServicesFactory,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** A CITY or DISTRICT union admin opens the year's cycle; every active station of the subtree gets an assessment. */
  async openCycle(actor: Actor, input: unknown): Promise<AssessmentCycle> {
    const data = parseInput(cycleSchema, input);
    const unit = await recordsUnit(this.em, actor, data.unitId);
    if (!['CITY', 'DISTRICT', 'PROVINCE'].includes(unit.level) || !scopeFor(actor).canActOn(unit.id, ['UNION_ADMIN'])) throw forbidden();
    // Linyi's calendar: self-check until Oct 27, application Oct 27–31, inspection Nov 1–30
    const y = data.year;
    const dates = {
      selfCheckUntil: data.selfCheckUntil ?? `${y}-10-27`,
      applicationFrom: data.applicationFrom ?? `${y}-10-27`,
      applicationUntil: data.applicationUntil ?? `${y}-10-31`,
      inspectionFrom: data.inspectionFrom ?? `${y}-11-01`,
      inspectionUntil: data.inspectionUntil ?? `${y}-11-30`,
    };
    if (await this.em.count(AssessmentCycle, { unitId: unit.id, year: y }))
      throw new DomainError('CONFLICT', 'assessment.cycleExists', { year: y });
    return this.em.transactional(async (em) => {
      const cycle = em.create(AssessmentCycle, {
        unitId: unit.id,
        year: y,
        ...dates,
        rubric: LINYI_RUBRIC_2014,
        createdById: actor.userId,
      });
      await em.flush();
      await addStationAssessments(em, cycle.id, y, unit.path);
      recordAudit(em, actor, {
        action: 'assessment.openCycle',
        entityType: 'AssessmentCycle',
        entityId: cycle.id,
        unitId: unit.id,
        after: { year: y, ...dates },
      });
      return cycle;
    });
  }

  async get(actor: Actor, unitId: string, year: number): Promise<{ assessment: Assessment; cycle: AssessmentCycle } | null> {
    const unit = await recordsUnit(this.em, actor, unitId);
    const assessment = await this.em.findOne(Assessment, { unitId: unit.id, year });
    if (!assessment) return null;
    return { assessment, cycle: await this.em.findOneOrFail(AssessmentCycle, { id: assessment.cycleId }) };
  }

  async byId(actor: Actor, id: string): Promise<{ assessment: Assessment; cycle: AssessmentCycle; unit: Unit }> {
    const assessment = isWellFormedId(id) ? await this.em.findOne(Assessment, { id }) : null;
    if (!assessment) throw notFound('assessment');
    const unit = await this.em.findOneOrFail(Unit, { id: assessment.unitId });
    if (!scopeFor(actor).canReadRecordsOf(unit)) throw notFound('assessment');
    return { assessment, cycle: await this.em.findOneOrFail(AssessmentCycle, { id: assessment.cycleId }), unit };
  }

  /**
   * Scores per item by the district level, then by the city level (two sets). An item never scores above its
   * points; items left out take the pre-filled value where the system measures them, else 0.
   */
  async score(actor: Actor, id: string, level: UnitLevel, items: unknown): Promise<{ assessment: Assessment; cycle: AssessmentCycle }> {
    const given = parseInput(scoresSchema, items);
    const { assessment, cycle, unit } = await this.byId(actor, id);
    if (level !== 'DISTRICT' && level !== 'CITY')
      throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'scorerLevel (DISTRICT or CITY)' });
    const scorer = actor.grants.find(
      (grant) => grant.role === 'UNION_ADMIN' && grant.unitLevel === level && unit.path.startsWith(`${grant.unitPath}.`),
    );
    if (!scorer) throw forbidden();
    if (level === 'CITY' && !assessment.districtScores) throw new DomainError('INVALID_TRANSITION', 'assessment.districtFirst');
    const rubricItemsList = rubricItems(cycle.rubric);
    const prefill = await this.prefill(unit, cycle);
    const scores: Scores = Object.fromEntries(prefill.map(({ item, value }) => [item.key, value ?? 0]));
    for (const { key, points } of given) {
      const item = rubricItemsList.find((candidate) => candidate.key === key);
      if (!item) throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: `items.${key} (unknown item)` });
      if (points > item.points) throw new DomainError('BAD_USER_INPUT', 'assessment.overPoints', { item: item.label, max: item.points });
      scores[key] = points;
    }
    const before = { districtScores: assessment.districtScores ?? null, cityScores: assessment.cityScores ?? null };
    if (level === 'DISTRICT')
      Object.assign(assessment, { districtScores: scores, districtScoredById: actor.userId, districtScoredAt: this.clock() });
    else Object.assign(assessment, { cityScores: scores, cityScoredById: actor.userId, cityScoredAt: this.clock() });
    recordAudit(this.em, actor, {
      action: `assessment.score${level}`,
      entityType: 'Assessment',
      entityId: assessment.id,
      unitId: unit.id,
      before,
      after: { scores },
    });
    await this.em.flush();
    return { assessment, cycle };
  }

  /** The station applies for city demonstration status during the application period, if eligible. */
  async apply(actor: Actor, id: string): Promise<{ assessment: Assessment; cycle: AssessmentCycle }> {
    const { assessment, cycle, unit } = await this.byId(actor, id);
    if (!scopeFor(actor).canActOn(unit.id, ['STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN'])) throw forbidden();
    if (assessment.appliedAt) return { assessment, cycle };
    const today = shanghaiDate(this.clock());
    if (today < cycle.applicationFrom || today > cycle.applicationUntil) {
      throw new DomainError('INVALID_TRANSITION', 'assessment.outsideApplication', {
        from: cycle.applicationFrom,
        until: cycle.applicationUntil,
      });
    }
    const { reasons } = this.eligibility(assessment, cycle.rubric, unit);
    if (reasons.length > 0) throw new DomainError('INVALID_TRANSITION', reasons[0]);
    assessment.appliedAt = this.clock();
    recordAudit(this.em, actor, { action: 'assessment.apply', entityType: 'Assessment', entityId: assessment.id, unitId: unit.id });
    await this.em.flush();
    return { assessment, cycle };
  }

  /**
   * The city decides. A grant makes the station a demonstration station for the year and pays the one-off
   * grant from the city fund, once: the ledger's idempotency key is the assessment.
   */
  async decide(actor: Actor, id: string, granted: boolean): Promise<{ assessment: Assessment; cycle: AssessmentCycle }> {
    const { assessment, cycle, unit } = await this.byId(actor, id);
    const city = actor.grants.find(
      (grant) => grant.role === 'UNION_ADMIN' && grant.unitLevel === 'CITY' && unit.path.startsWith(`${grant.unitPath}.`),
    );
    if (!city) throw forbidden();
    if (!assessment.appliedAt) throw new DomainError('INVALID_TRANSITION', 'assessment.notApplied');
    const decision = granted ? 'GRANTED' : 'DENIED';
    if (assessment.decision && assessment.decision !== decision) throw new DomainError('CONFLICT', 'assessment.decided');
    const decided = await this.em.transactional(async (em) => {
      const locked = await em.findOneOrFail(Assessment, { id: assessment.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!locked.decision) {
        Object.assign(locked, { decision, decidedById: actor.userId, decidedAt: this.clock() });
        if (granted) {
          const station = await em.findOneOrFail(Unit, { id: unit.id });
          station.demonstrationYears = [...new Set([...station.demonstrationYears, locked.year])].sort();
        }
        recordAudit(em, actor, {
          action: 'assessment.decide',
          entityType: 'Assessment',
          entityId: locked.id,
          unitId: unit.id,
          after: { decision },
        });
        await em.flush();
      }
      if (granted) {
        await this.servicesIn(em).funds.recordExpense(actor, city.unitId, {
          category: 'STATION_GRANT',
          amountFen: DEMONSTRATION_GRANT_FEN,
          granteeUnitId: unit.id,
          note: `${locked.year} 年度市级示范站一次性补助`,
          idempotencyKey: `demonstration-grant-${locked.id}`,
        });
      }
      return locked;
    });
    return { assessment: decided, cycle };
  }

  /** Pre-filled values with their evidence for the items the system can measure; null for manual items. */
  async prefill(unit: Unit, cycle: AssessmentCycle): Promise<PrefilledItem[]> {
    const [yearStart, yearEnd] = [shanghaiYearStart(cycle.year), shanghaiYearStart(cycle.year + 1)];
    const { files, categorised } = await openFileCounts(this.em, unit.id);
    const budget = await fundsReceived(this.em, unit.id, yearStart, yearEnd);
    const activity = await casesRegisteredByType(this.em, unit.id, yearStart, yearEnd);
    return rubricItems(cycle.rubric).map((item) => {
      switch (item.measuredBy) {
        case 'FILES_IN_SYSTEM':
          return { item, value: files > 0 ? item.points : 0, evidence: `系统内困难职工档案 ${files} 份` };
        case 'REAL_NAME_REGISTERS':
          return { item, value: categorised > 0 ? item.points : 0, evidence: `已分类实名制档案 ${categorised} 份` };
        case 'WORKING_BUDGET':
          return {
            item,
            value: Number(budget) > 0 ? item.points : 0,
            evidence: `${cycle.year} 年到账经费 ${(Number(budget) / 100).toFixed(2)} 元`,
          };
        case 'AID_FUND':
          return { item, value: unit.holdsFund ? item.points : 0, evidence: unit.holdsFund ? '设有帮扶资金专户' : '未设帮扶资金专户' };
        case 'ACTIVITY': {
          const count = activity.filter((row) => item.aidTypes?.includes(row.type as never)).reduce((sum, row) => sum + row.n, 0);
          return { item, value: count > 0 ? item.points : 0, evidence: `${cycle.year} 年相关案件 ${count} 件` };
        }
        default:
          return { item, value: null, evidence: null };
      }
    });
  }

  /** Domain.md §6: district score ≥ 85, no category at zero, and not an office-bound station without a street window. */
  eligibility(assessment: Assessment, rubric: Rubric, unit: Unit): { eligible: boolean; reasons: MessageKey[] } {
    const reasons: MessageKey[] = [];
    const district = assessment.districtScores;
    if (!district) reasons.push('assessment.notScored');
    else {
      if ((scoreTotal(district, rubricItems(rubric)) ?? 0) < DEMONSTRATION_MIN_SCORE) reasons.push('assessment.belowDemonstrationScore');
      if (rubric.categories.some((category) => (scoreTotal(district, category.items) ?? 0) === 0)) reasons.push('assessment.zeroCategory');
    }
    if (unit.inUnionOffice && !unit.streetFacing) reasons.push('assessment.officeWithoutWindow');
    return { eligible: reasons.length === 0, reasons };
  }

  /** Totals, eligibility, Wuhan tier and the Tibet subsidy holdback for a failing station. */
  async figures(assessment: Assessment, cycle: AssessmentCycle, unit: Unit): Promise<AssessmentFigures> {
    const year = await stationYear(this.em, unit.id, cycle.year);
    return {
      ...assessmentOutcome(cycle.rubric, assessment.districtScores, assessment.cityScores, year, Number(year.subsidy)),
      prefill: await this.prefill(unit, cycle),
      categoryTotals: cycle.rubric.categories.map((category) => ({
        key: category.key,
        district: scoreTotal(assessment.districtScores, category.items),
        city: scoreTotal(assessment.cityScores, category.items),
      })),
      eligibility: this.eligibility(assessment, cycle.rubric, unit),
    };
  }
}

declare module '../../common/context.js' {
  interface Services {
    assessments: AssessmentService;
  }
}
