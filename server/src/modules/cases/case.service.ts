import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import {
  ACTING_ROLES,
  addWorkingDays,
  availableActions,
  formatYuan,
  HEAD_ROLES,
  caseDraftSchema,
  EMERGENCY_AID_TYPES,
  findTransition,
  isMoneyAid,
  optionalNoteSchema,
  proposalSchema,
  ratingSchema,
  reasonSchema,
  reportSchema,
  returnCaseSchema,
  shanghaiYear,
  shanghaiYearStart,
  visitSchema,
  CASE_TRANSITIONS,
  type AidType,
  type CaseAction,
  type CaseActor,
  type CaseStatus,
  type Role,
} from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import { recordAudit } from '../audit/audit-trail.js';
import { notify } from '../notifications/notify.js';
import { DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from '../../common/pagination.js';
import { plainEntity } from '../../common/columns.js';
import { scopeFor } from '../../common/scope.js';
import { isWellFormedId, parseInput } from '../../common/validate.js';
import { RoleGrant } from '../auth/role-grant.entity.js';
import { User } from '../auth/user.entity.js';
import { staffUserIdsOf } from '../auth/auth.queries.js';
import { recordsUnit } from '../org/unit-access.js';
import { Unit } from '../org/unit.entity.js';
import type { UnitMove } from '../org/unit.service.js';
import { HardshipFile } from '../people/hardship-file.entity.js';
import { policyFor } from './aid-policy.queries.js';
import { workCalendarFrom } from './work-calendar.service.js';
import { AidCase, CaseEvent, CaseObjection, CaseVisit } from './case.entity.js';
import { approvedThisYear, moveOpenCases, nextCaseSequence, queuePage } from './case.queries.js';

/** Approved money counts against the yearly cap from approval on, unless the case is later undone. */
const COUNTED_FOR_CAP: CaseStatus[] = ['APPROVED', 'PUBLIC_NOTICE', 'READY_TO_PAY', 'DISBURSED', 'RECEIVED', 'CLOSED'];
const DAY_MS = 86_400_000;

/** Injected so tests can move time (notice expiry, deadlines). */
export type Clock = () => Date;

export interface StepContext {
  em: EntityManager;
  aidCase: AidCase;
  actor: Actor;
  now: Date;
  /** Runs after every other write of the transition is flushed, just before commit: for row locks on hot rows (a fund). */
  beforeCommit(work: () => Promise<unknown>): void;
  /** Appends a timeline entry; `to` defaults to the status the case has when the step ends. */
  event(
    action: string,
    entry?: { from?: CaseStatus; to?: CaseStatus; comment?: string | null; data?: Record<string, unknown>; system?: boolean },
  ): void;
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

export type UnitLoader = (id: string) => Promise<Unit | null>;

/** Whether the caller is the person the case's money goes to (answered by the funds module). */
export type RecipientCheck = (em: EntityManager, actor: Actor, aidCase: AidCase) => Promise<boolean>;

export interface BulkResult {
  id: string;
  ok: boolean;
  code: string | null;
  message: DomainError | null;
  aidCase: AidCase | null;
}

/**
 * The case lifecycle of domain.md §4. Every action runs `transition()`: lock the row, check the caller
 * can see the case and has the capacity the transitions table names, check the state, apply the step's
 * own guards, append the timeline events and an audit event, all in one transaction.
 */
export class CaseService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock = () => new Date(),
    private readonly recipientCheck: RecipientCheck = async () => false,
  ) {}

  // ---- reading -------------------------------------------------------------------------------

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

  /** `em` is the transaction's own manager when called inside one: a second connection per request can starve the pool. */
  async canRead(actor: Actor, aidCase: AidCase, loadUnit?: UnitLoader, em: EntityManager = this.em): Promise<boolean> {
    loadUnit ??= (id) => em.findOne(Unit, { id });
    if (aidCase.applicantUserId === actor.userId || aidCase.createdById === actor.userId) return true;
    if (aidCase.status === 'DRAFT') return false;
    const scope = scopeFor(actor);
    const units = await Promise.all([loadUnit(aidCase.unitId), loadUnit(aidCase.originUnitId)]);
    // the registering station keeps sight of a case it escalated
    if (units.some((unit) => unit !== null && scope.canReadRecordsOf(unit))) return true;
    // a household member the money is paid to follows the case to confirm receipt
    return isMoneyAid(aidCase.type) && this.recipientCheck(em, actor, aidCase);
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
  async publicNotices(actor: Actor, unitId: string): Promise<AidCase[]> {
    const unit = isWellFormedId(unitId) ? await this.em.findOne(Unit, { id: unitId }) : null;
    if (!unit || !scopeFor(actor).canReadUnit(unit)) throw notFound('unit');
    return this.em.find(AidCase, { unitId: unit.id, status: 'PUBLIC_NOTICE' }, { orderBy: { noticeEndsAt: 'asc', id: 'asc' } });
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
      return true;
    });
  }

  async events(caseId: string): Promise<CaseEvent[]> {
    return this.em.find(CaseEvent, { caseId }, { orderBy: { id: 'asc' } });
  }

  async visits(caseId: string): Promise<CaseVisit[]> {
    return this.em.find(CaseVisit, { caseId }, { orderBy: { id: 'asc' } });
  }

  // ---- drafts --------------------------------------------------------------------------------

  /**
   * Creates or updates a draft, idempotent on the creator's `clientId`: an offline draft synced twice is
   * one case, and a sync arriving after submission returns the case unchanged.
   */
  async saveDraft(actor: Actor, input: unknown): Promise<AidCase> {
    const data = parseInput(caseDraftSchema, input);
    const existing = await this.em.findOne(AidCase, { createdById: actor.userId, clientId: data.clientId });
    if (existing && existing.status !== 'DRAFT') return existing;

    const user = await this.em.findOneOrFail(User, { id: actor.userId });
    const scope = scopeFor(actor);
    const asWorker = data.channel === 'APP';
    let unitId: string;
    let file: HardshipFile | null = null;
    if (data.fileId) {
      file = await this.em.findOne(HardshipFile, { id: data.fileId });
      if (!file) throw notFound('file');
    }
    if (asWorker) {
      if (!actor.grants.some((grant) => grant.role === 'WORKER')) throw forbidden();
      if (file && file.idNumberHash !== user.idNumberHash) throw notFound('file');
      unitId = data.unitId ?? file?.unitId ?? user.employerUnit?.id ?? '';
      if (!unitId) throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'unitId' });
    } else {
      unitId = data.unitId ?? file?.unitId ?? '';
      if (!unitId || !scope.canActOn(unitId, ACTING_ROLES)) throw forbidden();
      if (file && !(await this.em.findOne(Unit, { id: file.unitId }).then((unit) => unit && scope.canReadRecordsOf(unit))))
        throw notFound('file');
    }
    const unit = await this.em.findOne(Unit, { id: unitId, active: true });
    if (!unit) throw notFound('unit');
    const applicantName = asWorker ? user.name : (file?.personName ?? data.applicantName);
    if (!applicantName) throw new DomainError('BAD_USER_INPUT', 'case.fileRequired');
    const applicantUserId = asWorker ? user.id : file ? await this.workerAccountFor(file) : null;

    const fields = {
      type: data.type,
      channel: data.channel,
      unitId: unit.id,
      originUnitId: unit.id,
      fileId: file?.id ?? null,
      applicantName,
      title: data.title,
      description: data.description,
      requestedAmountFen: data.requestedAmountFen ?? null,
      applicantUserId,
    };
    try {
      return await this.em.transactional(async (em) => {
        if (existing) {
          em.assign(existing, fields);
          recordAudit(em, actor, {
            action: 'case.saveDraft',
            entityType: 'AidCase',
            entityId: existing.id,
            unitId: unit.id,
            after: { title: data.title, type: data.type },
          });
          return existing;
        }
        const aidCase = em.create(AidCase, { ...fields, clientId: data.clientId, createdById: actor.userId, status: 'DRAFT' });
        await em.flush();
        em.persist(
          em.create(CaseEvent, {
            caseId: aidCase.id,
            actorId: actor.userId,
            actorRole: asWorker ? 'WORKER' : this.roleOn(actor, unit.id),
            unitId: unit.id,
            action: 'create',
            toStatus: 'DRAFT',
          }),
        );
        recordAudit(em, actor, {
          action: 'case.saveDraft',
          entityType: 'AidCase',
          entityId: aidCase.id,
          unitId: unit.id,
          after: { title: data.title, type: data.type, channel: data.channel },
        });
        return aidCase;
      });
    } catch (error) {
      // the same draft synced twice at once: the unique (creator, clientId) decides, the loser returns the winner
      if (error instanceof UniqueConstraintViolationException) {
        return this.em.fork().findOneOrFail(AidCase, { createdById: actor.userId, clientId: data.clientId });
      }
      throw error;
    }
  }

  // ---- the lifecycle -------------------------------------------------------------------------

  submit(actor: Actor, id: string): Promise<AidCase> {
    return this.transition(actor, id, 'submit', async ({ aidCase, now }) => {
      aidCase.submittedAt = now;
    });
  }

  resubmit(actor: Actor, id: string, note?: string | null): Promise<AidCase> {
    const comment = parseInput(optionalNoteSchema, note) ?? null;
    return this.transition(
      actor,
      id,
      'resubmit',
      async ({ aidCase, now }) => {
        aidCase.submittedAt = now;
        aidCase.missingItems = [];
      },
      comment,
    );
  }

  withdraw(actor: Actor, id: string, reason?: string | null): Promise<AidCase> {
    const comment = parseInput(optionalNoteSchema, reason) ?? null;
    return this.transition(
      actor,
      id,
      'withdraw',
      async ({ aidCase }) => {
        aidCase.withdrawnReason = comment;
      },
      comment,
    );
  }

  accept(actor: Actor, id: string, note?: string | null): Promise<AidCase> {
    const comment = parseInput(optionalNoteSchema, note) ?? null;
    return this.transition(
      actor,
      id,
      'accept',
      async ({ em, aidCase, now }) => {
        aidCase.acceptedAt = now;
        aidCase.caseNumber ??= await this.nextCaseNumber(em, aidCase.unitId, now);
        aidCase.missingItems = [];
      },
      comment,
    );
  }

  /** Returns the application for missing material, naming every missing item at once (一次性告知). */
  returnCase(actor: Actor, id: string, reason: string, missingItems?: string[] | null): Promise<AidCase> {
    const data = parseInput(returnCaseSchema, { reason, missingItems });
    return this.transition(
      actor,
      id,
      'return',
      async ({ aidCase }) => {
        aidCase.returnReason = data.reason;
        aidCase.missingItems = data.missingItems;
      },
      data.reason,
      { missingItems: data.missingItems },
    );
  }

  startReview(actor: Actor, id: string): Promise<AidCase> {
    return this.transition(actor, id, 'startReview', async () => undefined);
  }

  recordVisit(actor: Actor, id: string, input: unknown): Promise<AidCase> {
    const data = parseInput(visitSchema, input);
    return this.transition(
      actor,
      id,
      'recordVisit',
      async ({ em, aidCase }) => {
        em.persist(
          em.create(CaseVisit, {
            caseId: aidCase.id,
            visitedAt: data.visitedAt,
            visitorId: actor.userId,
            findings: data.findings,
            householdVerified: data.householdVerified,
          }),
        );
      },
      data.findings,
      { visitedAt: data.visitedAt.toISOString(), householdVerified: data.householdVerified },
    );
  }

  propose(actor: Actor, id: string, input: unknown): Promise<AidCase> {
    const data = parseInput(proposalSchema, input);
    return this.transition(
      actor,
      id,
      'propose',
      async ({ em, aidCase }) => {
        if (isMoneyAid(aidCase.type)) {
          if (!data.amountFen) throw new DomainError('BAD_USER_INPUT', 'case.amountRequired');
          await this.assertFileAllowsMoneyAid(em, aidCase);
          aidCase.proposedAmountFen = data.amountFen;
          aidCase.instalments = data.instalments ?? 1;
        } else {
          if (!data.servicePlan) throw new DomainError('BAD_USER_INPUT', 'case.planRequired');
          aidCase.servicePlan = data.servicePlan;
        }
        aidCase.proposedById = actor.userId;
      },
      data.note ?? null,
      { amountFen: data.amountFen ?? null, instalments: data.instalments ?? 1 },
    );
  }

  /**
   * Approves within the unit's limit and the household's yearly cap; money aid then goes on public notice
   * at once (or straight to READY_TO_PAY when the notice period is 0 days).
   */
  approve(actor: Actor, id: string, note?: string | null): Promise<AidCase> {
    const comment = parseInput(optionalNoteSchema, note) ?? null;
    return this.transition(
      actor,
      id,
      'approve',
      async (step) => {
        const { em, aidCase, now } = step;
        if (aidCase.proposedById === actor.userId) throw new DomainError('FORBIDDEN', 'case.segregation');
        aidCase.approvedById = actor.userId;
        aidCase.decidedAt = now;
        if (!isMoneyAid(aidCase.type)) return;

        const amount = aidCase.proposedAmountFen!;
        const unit = await em.findOneOrFail(Unit, { id: aidCase.unitId });
        const policy = await policyFor(em, unit.path, aidCase.type);
        if (amount > policy.approvalLimitFen) {
          throw new DomainError('LIMIT_EXCEEDED', 'case.overLimit', {
            amount: formatYuan(amount),
            limit: formatYuan(policy.approvalLimitFen),
          });
        }
        await this.assertFileAllowsMoneyAid(em, aidCase);
        await this.assertWithinYearlyCap(em, aidCase, amount, policy.yearlyCapFen, now);
        aidCase.approvedAmountFen = amount;

        aidCase.status = 'APPROVED';
        step.event('approve', { from: 'PROPOSED', to: 'APPROVED', comment, data: { amountFen: amount } });
        if (policy.noticeDays === 0) {
          aidCase.status = 'READY_TO_PAY';
          step.event('noticeSkipped', { from: 'APPROVED', system: true });
        } else {
          aidCase.status = 'PUBLIC_NOTICE';
          aidCase.noticeEndsAt = new Date(now.getTime() + policy.noticeDays * DAY_MS);
          step.event('publicNotice', { from: 'APPROVED', system: true, data: { noticeEndsAt: aidCase.noticeEndsAt.toISOString() } });
        }
        return 'EVENTS_WRITTEN' as const;
      },
      comment,
    );
  }

  reject(actor: Actor, id: string, reason: string): Promise<AidCase> {
    const data = parseInput(reasonSchema, reason);
    return this.transition(
      actor,
      id,
      'reject',
      async ({ aidCase, now }) => {
        aidCase.rejectReason = data;
        aidCase.decidedAt = now;
      },
      data,
    );
  }

  /** 本企业难以解决的，报上一级工会: the case moves to the parent's queue and continues there from ACCEPTED. */
  escalate(actor: Actor, id: string, reason: string): Promise<AidCase> {
    const data = parseInput(reasonSchema, reason);
    return this.transition(
      actor,
      id,
      'escalate',
      async (step) => {
        const { em, aidCase, now } = step;
        const unit = await em.findOneOrFail(Unit, { id: aidCase.unitId });
        const parent = unit.parent ? await em.findOne(Unit, { id: unit.parent.id, active: true }) : null;
        if (!parent) throw new DomainError('INVALID_TRANSITION', 'case.noParent');
        const from = aidCase.status;
        aidCase.status = 'ESCALATED';
        step.event('escalate', { from, to: 'ESCALATED', comment: data, data: { toUnitId: parent.id } });
        aidCase.unitId = parent.id;
        aidCase.status = 'ACCEPTED';
        aidCase.acceptedAt = now;
        aidCase.assignedToId = null;
        aidCase.proposedById = null;
        aidCase.proposedAmountFen = null;
        step.event('arrive', { from: 'ESCALATED', to: 'ACCEPTED', system: true, data: { fromUnitId: unit.id } });
        return 'EVENTS_WRITTEN' as const;
      },
      data,
    );
  }

  raiseObjection(actor: Actor, id: string, reason: string): Promise<AidCase> {
    const data = parseInput(reasonSchema, reason);
    return this.transition(
      actor,
      id,
      'raiseObjection',
      async ({ em, aidCase }) => {
        if (aidCase.objectionOpen) throw new DomainError('CONFLICT', 'case.objectionOpen');
        aidCase.objectionOpen = true;
        em.persist(em.create(CaseObjection, { caseId: aidCase.id, raisedById: actor.userId, reason: data }));
      },
      data,
    );
  }

  /** An upheld objection sends the case back to review and undoes the approval; otherwise the notice runs on. */
  resolveObjection(actor: Actor, id: string, upheld: boolean, note?: string | null): Promise<AidCase> {
    const comment = parseInput(optionalNoteSchema, note) ?? null;
    return this.transition(
      actor,
      id,
      'resolveObjection',
      async (step) => {
        const { em, aidCase, now } = step;
        const objection = await em.findOne(CaseObjection, { caseId: aidCase.id, resolvedAt: null });
        if (!objection || !aidCase.objectionOpen) throw new DomainError('INVALID_TRANSITION', 'case.noObjection');
        Object.assign(objection, { resolvedAt: now, resolvedById: actor.userId, upheld, note: comment });
        aidCase.objectionOpen = false;
        if (!upheld) {
          step.event('resolveObjection', { comment, data: { upheld } });
          return 'EVENTS_WRITTEN' as const;
        }
        Object.assign(aidCase, {
          status: 'UNDER_REVIEW',
          noticeEndsAt: null,
          approvedAmountFen: null,
          approvedById: null,
          decidedAt: null,
          proposedById: null,
        });
        step.event('resolveObjection', { from: 'PUBLIC_NOTICE', to: 'UNDER_REVIEW', comment, data: { upheld } });
        return 'EVENTS_WRITTEN' as const;
      },
      comment,
    );
  }

  startService(actor: Actor, id: string): Promise<AidCase> {
    return this.transition(actor, id, 'startService', async () => undefined);
  }

  completeService(actor: Actor, id: string, report: string): Promise<AidCase> {
    const data = parseInput(reportSchema, report);
    return this.transition(
      actor,
      id,
      'completeService',
      async ({ aidCase }) => {
        aidCase.serviceReport = data;
      },
      data,
    );
  }

  /** Closing needs the closure report (办结报告), the fourth of the four "haves". */
  close(actor: Actor, id: string, report: string): Promise<AidCase> {
    const data = parseInput(reportSchema, report);
    return this.transition(
      actor,
      id,
      'close',
      async ({ aidCase, now }) => {
        aidCase.closureReport = data;
        aidCase.closedAt = now;
      },
      data,
    );
  }

  rate(actor: Actor, id: string, score: number, comment?: string | null): Promise<AidCase> {
    const data = parseInput(ratingSchema, { score, comment });
    return this.transition(
      actor,
      id,
      'rate',
      async ({ aidCase, now }) => {
        if (aidCase.rating !== null && aidCase.rating !== undefined) throw new DomainError('CONFLICT', 'case.alreadyRated');
        aidCase.rating = data.score;
        aidCase.ratingComment = data.comment ?? null;
        aidCase.ratedAt = now;
      },
      data.comment ?? null,
      { score: data.score },
    );
  }

  assign(actor: Actor, id: string, userId: string): Promise<AidCase> {
    return this.transition(
      actor,
      id,
      'assign',
      async ({ em, aidCase }) => {
        const grant = isWellFormedId(userId)
          ? await em.findOne(RoleGrant, { user: userId, unit: aidCase.unitId, role: { $in: [...ACTING_ROLES] }, revokedAt: null })
          : null;
        if (!grant) throw new DomainError('BAD_USER_INPUT', 'case.assigneeNotStaff');
        aidCase.assignedToId = userId;
      },
      null,
      { assignedToId: userId },
    );
  }

  /** Runs one action per id, each in its own transaction, and reports each outcome. */
  async bulk(ids: string[], run: (id: string) => Promise<AidCase>): Promise<BulkResult[]> {
    const results: BulkResult[] = [];
    for (const id of [...new Set(ids)].slice(0, 200)) {
      try {
        results.push({ id, ok: true, code: null, message: null, aidCase: await run(id) });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push({ id, ok: false, code: error.code, message: error, aidCase: null });
      }
    }
    return results;
  }

  /**
   * Moves cases whose notice period has ended, with no open objection, to READY_TO_PAY. Safe to run
   * from several workers at once (SKIP LOCKED) and as often as wanted.
   */
  async expireNotices(limit = 500): Promise<number> {
    const now = this.clock();
    return this.em.transactional(async (em) => {
      const due = await em.find(
        AidCase,
        { status: 'PUBLIC_NOTICE', objectionOpen: false, noticeEndsAt: { $lte: now } },
        // SKIP LOCKED: several workers may sweep at once without waiting on each other
        { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, limit, orderBy: { id: 'asc' } },
      );
      for (const aidCase of due) {
        aidCase.status = 'READY_TO_PAY';
        em.persist(
          em.create(CaseEvent, {
            caseId: aidCase.id,
            actorRole: 'SYSTEM',
            unitId: aidCase.unitId,
            action: 'noticeEnded',
            fromStatus: 'PUBLIC_NOTICE',
            toStatus: 'READY_TO_PAY',
            occurredAt: now,
          }),
        );
        await this.notifyApplicant(em, aidCase);
      }
      return due.length;
    });
  }

  /**
   * The worker hears of every status change in the inbox; by SMS too when they must act or the answer is
   * final (material missing, money paid to confirm, a refusal).
   */
  private async notifyApplicant(em: EntityManager, aidCase: AidCase): Promise<void> {
    if (!aidCase.applicantUserId || aidCase.status === 'DRAFT') return;
    await notify(em, {
      userIds: [aidCase.applicantUserId],
      kind: 'CASE_STATUS',
      caseId: aidCase.id,
      params: { status: aidCase.status, title: aidCase.title, caseNumber: aidCase.caseNumber ?? null },
      sms: ['RETURNED', 'DISBURSED', 'REJECTED'].includes(aidCase.status),
    });
  }

  /** Staff of the holding unit hear once per deadline of each case that passed it (domain.md §4). */
  async notifyOverdue(limit = 1_000): Promise<number> {
    const now = this.clock();
    return this.em.transactional(async (em) => {
      const overdue = await em.find(
        AidCase,
        { dueAt: { $lt: now }, status: { $in: ['SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'PROPOSED'] } },
        { limit, orderBy: { dueAt: 'asc' } },
      );
      let written = 0;
      for (const aidCase of overdue) {
        written += await notify(em, {
          userIds: await staffUserIdsOf(em, aidCase.unitId),
          kind: 'CASE_OVERDUE',
          caseId: aidCase.id,
          params: { caseId: aidCase.id, caseNumber: aidCase.caseNumber ?? null },
          dedupeKey: `case-overdue-${aidCase.id}-${aidCase.dueAt!.getTime()}`,
        });
      }
      return written;
    });
  }

  /** A reversed payment puts the case back in line for payment, on its timeline. */
  async reopenForPayment(em: EntityManager, actor: Actor, caseId: string, reason: string, amountFen: number): Promise<void> {
    const aidCase = await em.findOneOrFail(AidCase, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const from = aidCase.status;
    aidCase.status = 'READY_TO_PAY';
    em.persist(
      em.create(CaseEvent, {
        caseId,
        actorId: actor.userId,
        actorRole: this.roleOn(actor, aidCase.unitId),
        unitId: aidCase.unitId,
        action: 'paymentReversed',
        fromStatus: from,
        toStatus: 'READY_TO_PAY',
        comment: reason,
        data: { amountFen },
      }),
    );
    recordAudit(em, actor, {
      action: 'case.paymentReversed',
      entityType: 'AidCase',
      entityId: caseId,
      unitId: aidCase.unitId,
      before: { status: from },
      after: { status: 'READY_TO_PAY' },
    });
  }

  /** Closure step: cases still open at the closed unit continue at the receiving unit, recorded on each timeline. */
  static async moveHoldings(em: EntityManager, move: UnitMove): Promise<Record<string, number>> {
    const moved = await moveOpenCases(em, move.from.id, move.to.id);
    for (const { id, status } of moved) {
      em.persist(
        em.create(CaseEvent, {
          caseId: id,
          actorId: move.actor.userId,
          actorRole: 'SYSTEM_ADMIN',
          unitId: move.to.id,
          action: 'transfer',
          fromStatus: status,
          toStatus: status,
          comment: move.reason,
          data: { fromUnitId: move.from.id },
        }),
      );
    }
    return { casesMoved: moved.length };
  }

  // ---- the engine ----------------------------------------------------------------------------

  /** The engine, for modules to the right (funds) whose own step must commit with the case's transition. */
  runTransition(
    actor: Actor,
    id: string,
    action: CaseAction,
    apply: (step: StepContext) => Promise<void | 'EVENTS_WRITTEN'>,
    comment: string | null = null,
    data?: Record<string, unknown>,
  ): Promise<AidCase> {
    return this.transition(actor, id, action, apply, comment, data);
  }

  private async transition(
    actor: Actor,
    id: string,
    action: CaseAction,
    apply: (step: StepContext) => Promise<void | 'EVENTS_WRITTEN'>,
    comment: string | null = null,
    data?: Record<string, unknown>,
  ): Promise<AidCase> {
    const now = this.clock();
    const result = await this.em.transactional(async (em) => {
      // the row lock serialises concurrent actions on one case (two heads approving at once)
      const aidCase = isWellFormedId(id) ? await em.findOne(AidCase, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!aidCase || !(await this.canRead(actor, aidCase, undefined, em))) throw notFound('case');
      const needed = CASE_TRANSITIONS.find((transition) => transition.action === action)!.by;
      const capacities = await this.capacitiesOf(actor, aidCase, undefined, em, needed);
      if (!capacities.has(needed)) throw forbidden();
      const transition = findTransition(action, aidCase.status, aidCase.type);
      if (!transition) throw new DomainError('INVALID_TRANSITION', 'case.invalidTransition', { status: aidCase.status, action });

      const from = aidCase.status;
      const actsAsWorker = (needed === 'WORKER' || needed === 'APPLICANT') && aidCase.applicantUserId === actor.userId;
      const actorRole = actsAsWorker ? 'WORKER' : this.roleOn(actor, aidCase.unitId);
      const lastWork: (() => Promise<unknown>)[] = [];
      const step: StepContext = {
        em,
        aidCase,
        actor,
        now,
        beforeCommit: (work) => lastWork.push(work),
        event: (eventAction, entry = {}) => {
          em.persist(
            em.create(CaseEvent, {
              caseId: aidCase.id,
              occurredAt: now,
              actorId: entry.system ? null : actor.userId,
              actorRole: entry.system ? 'SYSTEM' : actorRole,
              unitId: aidCase.unitId,
              action: eventAction,
              fromStatus: entry.from ?? aidCase.status,
              toStatus: entry.to ?? aidCase.status,
              comment: entry.comment ?? null,
              data: entry.data ?? null,
            }),
          );
        },
      };
      const outcome = await apply(step);
      if (outcome !== 'EVENTS_WRITTEN') {
        if (transition.to) aidCase.status = transition.to;
        step.event(action, { from, to: aidCase.status, comment, data });
      }
      await this.refreshDueAt(em, aidCase);
      if (aidCase.status !== from) await this.notifyApplicant(em, aidCase);
      recordAudit(em, actor, {
        action: `case.${action}`,
        entityType: 'AidCase',
        entityId: aidCase.id,
        unitId: aidCase.unitId,
        before: { status: from },
        after: { status: aidCase.status, ...(data ?? {}) },
      });
      if (lastWork.length) {
        await em.flush();
        for (const work of lastWork) await work();
      }
      return aidCase;
    });
    return result;
  }

  /**
   * The capacities in which the caller relates to this case (see CaseActor in shared). With `only`, the two that
   * need the database (ANYONE, RECIPIENT) are looked up only when that is the capacity asked about.
   */
  private async capacitiesOf(
    actor: Actor,
    aidCase: AidCase,
    loadUnit?: UnitLoader,
    em: EntityManager = this.em,
    only?: CaseActor,
  ): Promise<Set<CaseActor>> {
    const capacities = new Set<CaseActor>();
    const scope = scopeFor(actor);
    const isStaff = scope.canActOn(aidCase.unitId, ACTING_ROLES);
    const ownsCase = aidCase.applicantUserId === actor.userId;
    if (ownsCase) capacities.add('WORKER');
    if (ownsCase || (aidCase.channel !== 'APP' && isStaff)) capacities.add('APPLICANT');
    if (isStaff) capacities.add('STAFF');
    if (scope.canActOn(aidCase.unitId, HEAD_ROLES)) capacities.add('HEAD');
    const wanted = (capacity: CaseActor) => only === undefined || only === capacity;
    if (wanted('ANYONE') && !ownsCase && aidCase.status !== 'DRAFT' && (await this.canRead(actor, aidCase, loadUnit, em)))
      capacities.add('ANYONE');
    if (wanted('RECIPIENT') && isMoneyAid(aidCase.type) && (await this.recipientCheck(em, actor, aidCase))) capacities.add('RECIPIENT');
    return capacities;
  }

  private roleOn(actor: Actor, unitId: string): Role {
    const roles = actor.grants.filter((grant) => grant.unitId === unitId).map((grant) => grant.role);
    return (['UNIT_HEAD', 'UNION_ADMIN', 'STATION_STAFF'] as Role[]).find((role) => roles.includes(role)) ?? roles[0] ?? 'WORKER';
  }

  /** Money aid needs an ACTIVE file, except emergency disaster and accident aid (domain.md §4). */
  private async assertFileAllowsMoneyAid(em: EntityManager, aidCase: AidCase): Promise<void> {
    if (EMERGENCY_AID_TYPES.includes(aidCase.type)) return;
    const file = aidCase.fileId ? await em.findOne(HardshipFile, { id: aidCase.fileId }) : null;
    if (!file || file.status !== 'ACTIVE') throw new DomainError('INVALID_TRANSITION', 'case.needsActiveFile');
  }

  /** Per-household yearly cap per aid type; the file row lock serialises two approvals for one household. */
  private async assertWithinYearlyCap(em: EntityManager, aidCase: AidCase, amount: number, capFen: number, now: Date): Promise<void> {
    if (!aidCase.fileId) return;
    await em.findOne(HardshipFile, { id: aidCase.fileId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const used = await approvedThisYear(em, aidCase, COUNTED_FOR_CAP, shanghaiYearStart(shanghaiYear(now)));
    if (used + amount > capFen) {
      throw new DomainError('LIMIT_EXCEEDED', 'case.overYearlyCap', { used: formatYuan(used), cap: formatYuan(capFen) });
    }
  }

  /** Deadlines in working days from submission (accept) and from acceptance (decide); overdue cases surface. */
  private async refreshDueAt(em: EntityManager, aidCase: AidCase): Promise<void> {
    const waitingToAccept = aidCase.status === 'SUBMITTED' && aidCase.submittedAt;
    const waitingForDecision = ['ACCEPTED', 'UNDER_REVIEW', 'PROPOSED'].includes(aidCase.status) && aidCase.acceptedAt;
    if (!waitingToAccept && !waitingForDecision) {
      aidCase.dueAt = null;
      return;
    }
    const unit = await em.findOneOrFail(Unit, { id: aidCase.unitId });
    const policy = await policyFor(em, unit.path, aidCase.type as AidType);
    const [start, workingDays] = waitingToAccept
      ? [aidCase.submittedAt!, policy.acceptWithinWorkingDays]
      : [aidCase.acceptedAt!, policy.decideWithinWorkingDays];
    aidCase.dueAt = addWorkingDays(start, workingDays, await workCalendarFrom(em, start, workingDays));
  }

  /**
   * Counts the deadlines of open cases due in or after `year` again, after that year's calendar changed (the
   * only ones it can move). Batches of `batchSize` in their own transactions; running it twice changes nothing.
   */
  async recomputeDeadlines(year: number, batchSize = 500): Promise<number> {
    let after = '0';
    let moved = 0;
    for (;;) {
      const batch = await this.em.fork().transactional(async (em) => {
        const cases = await em.find(
          AidCase,
          {
            id: { $gt: after },
            status: { $in: ['SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'PROPOSED'] },
            dueAt: { $gte: shanghaiYearStart(year) },
          },
          { orderBy: { id: 'asc' }, limit: batchSize, lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        for (const aidCase of cases) {
          const before = aidCase.dueAt?.getTime();
          await this.refreshDueAt(em, aidCase);
          if (aidCase.dueAt?.getTime() !== before) moved += 1;
        }
        return cases;
      });
      if (batch.length < batchSize) return moved;
      after = batch[batch.length - 1].id;
    }
  }

  /** Readable, unique case numbers: unit code, Shanghai year, a per-unit yearly sequence (LY-LS-2026-000123). */
  private async nextCaseNumber(em: EntityManager, unitId: string, now: Date): Promise<string> {
    const year = shanghaiYear(now);
    const sequence = await nextCaseSequence(em, unitId, year);
    const unit = await em.findOneOrFail(Unit, { id: unitId });
    return `${unit.code}-${year}-${String(sequence).padStart(6, '0')}`;
  }

  /** The worker account of the file's person, so a desk-registered case can still be followed and rated. */
  private async workerAccountFor(file: HardshipFile): Promise<string | null> {
    const user = await this.em.findOne(User, { idNumberHash: file.idNumberHash });
    return user?.id ?? null;
  }
}

declare module '../../common/context.js' {
  interface Services {
    cases: CaseService;
  }
}
