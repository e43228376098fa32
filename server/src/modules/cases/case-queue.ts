import {
  ACTING_ROLES,
  availableActions,
  formatYuan,
  HEAD_ROLES,
  isMoneyAid,
  maskPhone,
  MONEY_AID_TYPES,
  shanghaiYear,
  shanghaiYearStart,
  type ApplicationAnswers,
  type AidType,
  type CaseAction,
  type CaseStatus,
  type MessageKey,
  type MessageParams,
} from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import { recordAuditAlone } from '../audit/audit-trail.js';
import { notFound } from '../../common/domain-error.js';
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from '../../common/pagination.js';
import { plainEntity } from '../../common/columns.js';
import { withSystemRows } from '../../common/row-scope.js';
import { scopeFor } from '../../common/scope.js';
import { isWellFormedId } from '../../common/validate.js';
import { recordsUnit } from '../org/unit-access.js';
import { User } from '../auth/user.entity.js';
import { Unit } from '../org/unit.entity.js';
import { HardshipFile } from '../people/hardship-file.entity.js';
import { policyFor } from './aid-policy.queries.js';
import { AidCase, CaseEvent, CaseVisit } from './case.entity.js';
import { approvedThisYear, fileAidHistory, publicNoticesOf, queuePage, type PublicNotice } from './case.queries.js';
import { CaseEngine, type UnitLoader } from './case-engine.js';

/** The statuses whose approved amount counts toward a household's yearly cap. */
export const COUNTED_FOR_CAP: CaseStatus[] = ['APPROVED', 'PUBLIC_NOTICE', 'READY_TO_PAY', 'DISBURSED', 'RECEIVED', 'CLOSED'];

/** A household's money aid of one type approved this year, beside the yearly cap. */
export interface HouseholdAid {
  type: AidType;
  usedFen: number;
  capFen: number;
}

/** A sentence for the caller, translated where it is shown. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export interface QueueFilter {
  statuses?: CaseStatus[] | null;
  types?: AidType[] | null;
  overdueOnly?: boolean | null;
  assignedToMe?: boolean | null;
  search?: string | null;
  orderBy?: 'DUE_AT' | 'SUBMITTED_AT_DESC' | null;
  first?: number | null;
  after?: string | null;
}

/** The applicant's answers as a reader may see them: income only where the reader may see sensitive data. */
export interface AnswersView extends ApplicationAnswers {
  /** True when the income was left out for this reader. */
  incomeMasked: boolean;
}

/** Reading cases: one case, a worker's own, a unit's queue, public notices, and the actions the caller may take. */
export class CaseQueue extends CaseEngine {
  /**
   * The answers the applicant gave, or null when none were sent. The applicant and those who may read the holding
   * unit's sensitive data (acting roles, as for a file's household) see the income; auditors see the rest only.
   */
  async answers(actor: Actor, aidCase: AidCase, loadUnit?: UnitLoader): Promise<AnswersView | null> {
    if (!aidCase.answersEnc) return null;
    const answers = JSON.parse(this.cipher.decrypt(aidCase.answersEnc)) as ApplicationAnswers;
    const unit = await (loadUnit ?? ((id: string) => this.em.findOne(Unit, { id })))(aidCase.unitId);
    const sees = aidCase.applicantUserId === actor.userId || (unit !== null && scopeFor(actor).canReadSensitiveOf(unit));
    return sees ? { ...answers, incomeMasked: false } : { ...answers, monthlyIncomeFen: null, incomeMasked: true };
  }

  /** Staff read an applicant's income: an access record like a household view (domain.md §8). */
  async recordAnswersView(actor: Actor, aidCase: AidCase): Promise<void> {
    await recordAuditAlone(this.em, actor, {
      action: 'case.viewAnswers',
      entityType: 'AidCase',
      entityId: aidCase.id,
      unitId: aidCase.unitId,
    });
  }

  async get(actor: Actor, id: string): Promise<AidCase> {
    const aidCase = isWellFormedId(id) ? await this.em.findOne(AidCase, { id }) : null;
    if (!aidCase || !(await this.canRead(actor, aidCase))) throw notFound('case');
    return aidCase;
  }

  /** The worker's own cases, newest first. */
  async mine(actor: Actor, request: PageRequest): Promise<Page<AidCase>> {
    const limit = pageSize(request.first);
    const afterId = request.after ? decodeCursor(request.after, ['id'])[0] : null;
    const [rows, totalCount] = await Promise.all([
      this.em.find(
        AidCase,
        { applicantUserId: actor.userId, ...(afterId ? { id: { $lt: afterId } } : {}) },
        { orderBy: { id: 'desc' }, limit: limit + 1 },
      ),
      this.em.count(AidCase, { applicantUserId: actor.userId }),
    ]);
    return toPage(rows, limit, totalCount, (aidCase) => [aidCase.id]);
  }

  /**
   * A unit's queue (cases it holds now, drafts excluded) with keyset paging over an index in the queue's order.
   * One statement returns the page with its total; the total comes from the status summary (exact, kept by
   * the database) unless a filter needs the rows themselves. The cases are plain data for rendering, not managed entities.
   */
  async queue(actor: Actor, unitId: string, filter: QueueFilter): Promise<Page<AidCase>> {
    const unit = await recordsUnit(this.em, actor, unitId);
    const limit = pageSize(filter.first);
    const { rows, total } = await queuePage(
      this.em,
      {
        unitId: unit.id,
        statuses: filter.statuses,
        types: filter.types,
        overdueBefore: filter.overdueOnly ? this.clock() : null,
        assignedTo: filter.assignedToMe ? actor.userId : null,
        search: filter.search?.trim() || null,
        byDue: (filter.orderBy ?? 'DUE_AT') === 'DUE_AT',
        after: filter.after ? (decodeCursor(filter.after, ['timestamp', 'id']) as [string, string]) : null,
      },
      limit,
    );
    const cases = rows.map((row) => ({ aidCase: plainEntity(this.em, AidCase, row), sortKey: row.sort_key as Date | string }));
    const page = toPage(cases, limit, total, ({ aidCase, sortKey: key }) => [
      key instanceof Date ? key.toISOString() : String(key),
      aidCase.id,
    ]);
    return { ...page, nodes: page.nodes.map((node) => node.aidCase) };
  }

  /** Approved money cases on public notice at a unit; the directory of units is public, and names are masked by the caller. */
  async publicNotices(actor: Actor, unitId: string): Promise<PublicNotice[]> {
    const unit = isWellFormedId(unitId) ? await this.em.findOne(Unit, { id: unitId }) : null;
    if (!unit || !scopeFor(actor).canReadUnit(unit)) throw notFound('unit');
    return publicNoticesOf(this.em, unit.id);
  }

  /** Actions the caller may take now: the transitions table, the caller's capacities and the cheap guards. */
  async allowedActions(actor: Actor, aidCase: AidCase, loadUnit?: UnitLoader): Promise<CaseAction[]> {
    const capacities = await this.capacitiesOf(actor, aidCase, loadUnit);
    return availableActions(aidCase.status, aidCase.type, capacities).filter((action) => {
      if (action === 'approve') return aidCase.proposedById !== actor.userId;
      if (action === 'disburse') return aidCase.approvedById !== actor.userId;
      if (action === 'raiseObjection') return !aidCase.objectionOpen;
      if (action === 'resolveObjection') return aidCase.objectionOpen;
      if (action === 'rate') return aidCase.rating === null || aidCase.rating === undefined;
      if (action === 'linkFile') return !aidCase.fileId;
      return true;
    });
  }

  /** So staff can call the applicant back: in full where they act, masked for readers above (auditors, unions). */
  async applicantPhone(actor: Actor, aidCase: AidCase): Promise<string | null> {
    const account = aidCase.applicantUserId ? await this.em.findOne(User, { id: aidCase.applicantUserId }, { fields: ['phone'] }) : null;
    const file = !account && aidCase.fileId ? await this.em.findOne(HardshipFile, { id: aidCase.fileId }, { fields: ['phone'] }) : null;
    const phone = account?.phone ?? file?.phone ?? null;
    if (!phone) return null;
    return scopeFor(actor).canActOn(aidCase.unitId, ACTING_ROLES) ? phone : maskPhone(phone);
  }

  /** The holding unit's approval limit for the case's money aid type; null for service aid. */
  async approvalLimitFen(aidCase: AidCase): Promise<number | null> {
    if (!isMoneyAid(aidCase.type)) return null;
    const unit = await this.em.findOneOrFail(Unit, { id: aidCase.unitId });
    return (await policyFor(this.em, unit.path, aidCase.type)).approvalLimitFen;
  }

  /**
   * The money aid approved this year to the household a file names (its holder and members, on any file, at any
   * unit: domain.md §12), per type, beside the yearly cap the unit applies.
   */
  async householdAidThisYear(fileId: string, unitId: string, types: readonly AidType[] = MONEY_AID_TYPES): Promise<HouseholdAid[]> {
    const unit = await this.em.findOneOrFail(Unit, { id: unitId });
    const yearStart = shanghaiYearStart(shanghaiYear(this.clock()));
    const rows: HouseholdAid[] = [];
    for (const type of types) {
      const usedFen = await approvedThisYear(this.em, { id: '0', fileId, type }, COUNTED_FOR_CAP, yearStart);
      rows.push({ type, usedFen, capFen: (await policyFor(this.em, unit.path, type)).yearlyCapFen });
    }
    return rows;
  }

  /**
   * Why a proposal cannot be approved where it is, for staff acting on the holding unit, or null: the head reading it
   * proposed it (another head approves, or it goes up), or its amount is above the unit's limit (the parent decides).
   */
  async approvalHint(actor: Actor, aidCase: AidCase): Promise<Message | null> {
    const scope = scopeFor(actor);
    if (aidCase.status !== 'PROPOSED' || !scope.canActOn(aidCase.unitId, ACTING_ROLES)) return null;
    if (aidCase.proposedById === actor.userId && scope.canActOn(aidCase.unitId, HEAD_ROLES)) return { key: 'case.proposedByYou' };
    const limit = await this.approvalLimitFen(aidCase);
    const amount = aidCase.proposedAmountFen ?? 0;
    if (limit === null || amount <= limit) return null;
    return { key: 'case.overLimitHint', params: { amount: formatYuan(amount), limit: formatYuan(limit) } };
  }

  /** A file's cases for its printed card; the caller has checked that the file may be read. */
  fileAidHistory(fileId: string) {
    return withSystemRows(this.em, (all) => fileAidHistory(all, fileId));
  }

  async events(caseId: string): Promise<CaseEvent[]> {
    return this.em.find(CaseEvent, { caseId }, { orderBy: { id: 'asc' } });
  }

  async visits(caseId: string): Promise<CaseVisit[]> {
    return this.em.find(CaseVisit, { caseId }, { orderBy: { id: 'asc' } });
  }
}
