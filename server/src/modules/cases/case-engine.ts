import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import {
  ACTING_ROLES,
  addWorkingDays,
  HEAD_ROLES,
  findTransition,
  isMoneyAid,
  shanghaiYearStart,
  CASE_TRANSITIONS,
  type AidType,
  type CaseAction,
  type CaseActor,
  type CaseStatus,
  type Role,
} from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import type { FieldCipher } from '../../common/crypto.js';
import { recordAudit } from '../audit/audit-trail.js';
import { notify } from '../notifications/notify.js';
import { DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { scopeFor } from '../../common/scope.js';
import { isWellFormedId } from '../../common/validate.js';
import { staffUserIdsOf } from '../auth/auth.queries.js';
import { Unit } from '../org/unit.entity.js';
import { policyFor } from './aid-policy.queries.js';
import { workCalendarFrom } from './work-calendar.service.js';
import { AidCase, CaseEvent } from './case.entity.js';
import { writeCaseMove, type CaseEventRow } from './case.queries.js';

/** Injected so tests can move time (notice expiry, deadlines). */
export type Clock = () => Date;

export interface StepContext {
  em: EntityManager;
  aidCase: AidCase;
  actor: Actor;
  now: Date;
  /**
   * Runs after the transition's other writes and before its status and timeline are written (writeCaseMove), just
   * before commit: for row locks on hot rows (a fund).
   */
  beforeCommit(work: () => Promise<unknown>): void;
}

/** A timeline entry a step reports; the engine writes it and moves the case to `to` (default: where it is). */
export interface StepEvent {
  action: string;
  to?: CaseStatus;
  comment?: string | null;
  data?: Record<string, unknown>;
  /** Written as the system's, not the caller's (an automatic follow-on). */
  system?: boolean;
  /** The unit the entry belongs to, when the step moved the case to another unit after it. */
  unitId?: string;
}

/**
 * A transition's own work. It returns the timeline entries it caused, in order, each naming the status it leads
 * to; a step that returns none gets the transition's single entry to the status the transitions table names.
 */
export type TransitionStep = (step: StepContext) => Promise<StepEvent[] | void>;

export type UnitLoader = (id: string) => Promise<Unit | null>;

/** Whether the caller is the person the case's money goes to (answered by the funds module). */
export type RecipientCheck = (em: EntityManager, actor: Actor, aidCase: AidCase) => Promise<boolean>;

/** The role a timeline records for someone holding `roles` on the unit: a head before a union admin before staff. */
export function actingRoleOf(roles: Role[]): Role {
  return (['UNIT_HEAD', 'UNION_ADMIN', 'STATION_STAFF'] as Role[]).find((role) => roles.includes(role)) ?? roles[0] ?? 'WORKER';
}

/**
 * The engine of the case lifecycle (domain.md §4). Every action runs `transition()`: lock the row, check the caller
 * can see the case and has the capacity the transitions table names, check the state, run the step's own guards,
 * write the timeline entries the step returns and move the case with them, refresh deadlines, tell the applicant,
 * record an audit event, all in one transaction. The system's own moves (notices ending, a reversed payment) and
 * deadline upkeep live here too.
 */
export class CaseEngine {
  constructor(
    protected readonly em: EntityManager,
    protected readonly cipher: FieldCipher,
    protected readonly clock: Clock = () => new Date(),
    protected readonly recipientCheck: RecipientCheck = async () => false,
  ) {}

  /** `em` is the transaction's own manager when called inside one: a second connection per request can starve the pool. */
  async canRead(actor: Actor, aidCase: AidCase, loadUnit?: UnitLoader, em: EntityManager = this.em): Promise<boolean> {
    loadUnit ??= (id) => em.findOne(Unit, { id });
    if (aidCase.applicantUserId === actor.userId) return true;
    const scope = scopeFor(actor);
    // a draft is its creator's alone, and staff see their desk drafts only while they still act on the unit
    if (aidCase.status === 'DRAFT') return aidCase.createdById === actor.userId && scope.canActOn(aidCase.unitId);
    // one read when the case never left its station (the two loads would run at once, before either is cached)
    const units = await Promise.all([...new Set([aidCase.unitId, aidCase.originUnitId])].map((id) => loadUnit(id)));
    // the registering station keeps sight of a case it escalated
    if (units.some((unit) => unit !== null && scope.canReadRecordsOf(unit))) return true;
    // a household member the money is paid to follows the case to confirm receipt
    return isMoneyAid(aidCase.type) && this.recipientCheck(em, actor, aidCase);
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
  protected async notifyApplicant(em: EntityManager, aidCase: AidCase): Promise<void> {
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

  /** One action on one case; modules to the right (funds) pass their own step so it commits with the transition. */
  async transition(
    actor: Actor,
    id: string,
    action: CaseAction,
    apply: TransitionStep,
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
      const before = { unitId: aidCase.unitId, status: from, dueAt: aidCase.dueAt ?? null };
      const actsAsWorker = (needed === 'WORKER' || needed === 'APPLICANT') && aidCase.applicantUserId === actor.userId;
      const actorRole = actsAsWorker ? 'WORKER' : this.roleOn(actor, aidCase.unitId);
      const lastWork: (() => Promise<unknown>)[] = [];
      const step: StepContext = { em, aidCase, actor, now, beforeCommit: (work) => lastWork.push(work) };
      const stepEvents = (await apply(step)) ?? [{ action, to: transition.to ?? undefined, comment, data }];
      const events: CaseEventRow[] = [];
      for (const event of stepEvents) {
        events.push({
          occurredAt: now,
          actorId: event.system ? null : actor.userId,
          actorRole: event.system ? 'SYSTEM' : actorRole,
          unitId: event.unitId ?? aidCase.unitId,
          action: event.action,
          fromStatus: aidCase.status,
          toStatus: event.to ?? aidCase.status,
          comment: event.comment ?? null,
          data: event.data ?? null,
        });
        if (event.to) aidCase.status = event.to;
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
      // every other write first, then the step's last work (a fund's lock), then the status and the timeline
      const moved = { unitId: aidCase.unitId, status: aidCase.status, dueAt: aidCase.dueAt ?? null };
      Object.assign(aidCase, before);
      await em.flush();
      for (const work of lastWork) await work();
      const updatedAt = await writeCaseMove(em, aidCase.id, { ...moved, events });
      Object.assign(aidCase, moved, updatedAt ? { updatedAt } : {});
      // what the statement wrote is the entity's state now, not a change left to flush
      em.getUnitOfWork().merge(aidCase);
      return aidCase;
    });
    return result;
  }

  /**
   * The capacities in which the caller relates to this case (see CaseActor in shared). With `only`, the two that
   * need the database (ANYONE, RECIPIENT) are looked up only when that is the capacity asked about.
   */
  protected async capacitiesOf(
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

  protected roleOn(actor: Actor, unitId: string): Role {
    return actingRoleOf(actor.grants.filter((grant) => grant.unitId === unitId).map((grant) => grant.role));
  }

  /** Deadlines in working days from submission (accept) and from acceptance (decide); overdue cases surface. */
  protected async refreshDueAt(em: EntityManager, aidCase: AidCase): Promise<void> {
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
}
