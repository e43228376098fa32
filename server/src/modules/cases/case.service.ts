import type { IdentityRelease } from '../verification/verification.service.js';
import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import {
  ACTING_ROLES,
  DAY_MS,
  formatYuan,
  caseDraftSchema,
  EMERGENCY_AID_TYPES,
  isMoneyAid,
  optionalNoteSchema,
  proposalSchema,
  requiredEvidenceFor,
  ratingSchema,
  reasonSchema,
  reportSchema,
  returnCaseSchema,
  shanghaiYear,
  shanghaiYearStart,
  visitSchema,
} from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import { recordAudit } from '../audit/audit-trail.js';
import { DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { scopeFor } from '../../common/scope.js';
import { isWellFormedId, parseInput } from '../../common/validate.js';
import { RoleGrant } from '../auth/role-grant.entity.js';
import { User } from '../auth/user.entity.js';
import { Unit } from '../org/unit.entity.js';
import type { UnitMove } from '../org/unit.service.js';
import { HardshipFile } from '../people/hardship-file.entity.js';
import { policyFor } from './aid-policy.queries.js';
import { CaseDocument } from './case-document.entity.js';
import { COUNTED_FOR_CAP } from './case-queue.js';
import { AidCase, CaseEvent, CaseObjection, CaseVisit } from './case.entity.js';
import { approvedThisYear, moveOpenCases, nextCaseSequence } from './case.queries.js';
import { type StepEvent } from './case-engine.js';
import { CaseQueue } from './case-queue.js';

export type { Clock, RecipientCheck, StepContext, StepEvent, TransitionStep, UnitLoader } from './case-engine.js';
export type { QueueFilter } from './case-queue.js';

export interface BulkResult {
  id: string;
  ok: boolean;
  code: string | null;
  message: DomainError | null;
  aidCase: AidCase | null;
}

/** Approved money counts against the yearly cap from approval on, unless the case is later undone. */

/**
 * The case lifecycle of domain.md §4, one method per action of the transitions table; each runs through the
 * engine (case-engine.ts) with its own guards. Reads come from CaseQueue (case-queue.ts).
 */
export class CaseService extends CaseQueue {
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
      answersEnc: data.answers ? this.cipher.encrypt(JSON.stringify(data.answers)) : null,
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

  submit(actor: Actor, id: string): Promise<AidCase> {
    return this.transition(actor, id, 'submit', async ({ em, aidCase, now }) => {
      await assertRequiredEvidence(em, aidCase);
      aidCase.submittedAt = now;
    });
  }

  resubmit(actor: Actor, id: string, note?: string | null): Promise<AidCase> {
    const comment = parseInput(optionalNoteSchema, note) ?? null;
    return this.transition(
      actor,
      id,
      'resubmit',
      async ({ em, aidCase, now }) => {
        await assertRequiredEvidence(em, aidCase);
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

  /**
   * A proposal, or from PROPOSED an amendment (the unit a case was escalated to changes the proposal it received):
   * an amendment needs its reason in the note, and its author becomes the proposer, who then cannot approve it.
   */
  propose(actor: Actor, id: string, input: unknown): Promise<AidCase> {
    const data = parseInput(proposalSchema, input);
    const recorded = { amountFen: data.amountFen ?? null, instalments: data.instalments ?? 1 };
    return this.transition(
      actor,
      id,
      'propose',
      async ({ em, aidCase }) => {
        const amending = aidCase.status === 'PROPOSED';
        if (amending && !data.note) throw new DomainError('BAD_USER_INPUT', 'case.amendReason');
        const fromAmountFen = aidCase.proposedAmountFen ?? null;
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
        return [
          amending
            ? { action: 'amend', to: 'PROPOSED', comment: data.note, data: { ...recorded, fromAmountFen } }
            : { action: 'propose', to: 'PROPOSED', comment: data.note ?? null, data: recorded },
        ];
      },
      data.note ?? null,
      recorded,
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

        const approval: StepEvent = { action: 'approve', to: 'APPROVED', comment, data: { amountFen: amount } };
        if (policy.noticeDays === 0) return [approval, { action: 'noticeSkipped', to: 'READY_TO_PAY', system: true }];
        aidCase.noticeEndsAt = new Date(now.getTime() + policy.noticeDays * DAY_MS);
        return [
          approval,
          { action: 'publicNotice', to: 'PUBLIC_NOTICE', system: true, data: { noticeEndsAt: aidCase.noticeEndsAt.toISOString() } },
        ];
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
        // the investigation and the proposal go up with the case: the parent approves or amends, it does not start again
        const carried = aidCase.status;
        Object.assign(aidCase, { unitId: parent.id, acceptedAt: now, assignedToId: null });
        return [
          { action: 'escalate', to: 'ESCALATED', comment: data, data: { toUnitId: parent.id }, unitId: unit.id },
          { action: 'arrive', to: carried, system: true, data: { fromUnitId: unit.id } },
        ];
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
        if (!upheld) return [{ action: 'resolveObjection', comment, data: { upheld } }];
        Object.assign(aidCase, {
          noticeEndsAt: null,
          approvedAmountFen: null,
          approvedById: null,
          decidedAt: null,
          proposedById: null,
        });
        return [{ action: 'resolveObjection', to: 'UNDER_REVIEW', comment, data: { upheld } }];
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

  /**
   * 关联档案: a case registered before its applicant had a hardship file gets the file staff opened or found, so money
   * aid can go ahead. The file must be the applicant's (their account's ID number; for a desk case without an account,
   * the name registered), readable by the caller and not cancelled; a case keeps the first file it is given.
   */
  linkFile(actor: Actor, id: string, fileId: string): Promise<AidCase> {
    return this.transition(actor, id, 'linkFile', async ({ em, aidCase }) => {
      if (aidCase.fileId) throw new DomainError('CONFLICT', 'case.hasFile');
      const file = isWellFormedId(fileId) ? await em.findOne(HardshipFile, { id: fileId }) : null;
      const unit = file && (await em.findOne(Unit, { id: file.unitId }));
      if (!file || !unit || !scopeFor(actor).canReadRecordsOf(unit)) throw notFound('file');
      if (file.status === 'CANCELLED') throw new DomainError('INVALID_TRANSITION', 'case.fileCancelled');
      const applicant = aidCase.applicantUserId ? await em.findOne(User, { id: aidCase.applicantUserId }) : null;
      const applicantsFile = applicant?.idNumberHash
        ? applicant.idNumberHash === file.idNumberHash
        : file.personName === aidCase.applicantName;
      if (!applicantsFile) throw new DomainError('BAD_USER_INPUT', 'case.fileNotApplicant');
      aidCase.fileId = file.id;
      aidCase.applicantUserId ??= await this.workerAccountFor(file);
      return [{ action: 'linkFile', data: { fileId: file.id } }];
    });
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

  /** A released identity: each case of the account says so on its timeline, and stays as it was. */
  static async markIdentityReleased(em: EntityManager, release: IdentityRelease): Promise<number> {
    const cases = await em.find(AidCase, { applicantUserId: release.userId }, { orderBy: { id: 'asc' } });
    for (const aidCase of cases) {
      em.create(CaseEvent, {
        caseId: aidCase.id,
        actorId: release.actor.userId,
        actorRole: release.actor.grants.some((grant) => grant.role === 'SYSTEM_ADMIN') ? 'SYSTEM_ADMIN' : 'UNION_ADMIN',
        unitId: aidCase.unitId,
        action: 'identityReleased',
        fromStatus: aidCase.status,
        toStatus: aidCase.status,
        comment: release.reason,
      });
    }
    await em.flush();
    return cases.length;
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

  /** Money aid needs an ACTIVE file, except emergency disaster and accident aid (domain.md §4). */
  protected async assertFileAllowsMoneyAid(em: EntityManager, aidCase: AidCase): Promise<void> {
    if (EMERGENCY_AID_TYPES.includes(aidCase.type)) return;
    const file = aidCase.fileId ? await em.findOne(HardshipFile, { id: aidCase.fileId }) : null;
    if (!file || file.status !== 'ACTIVE') throw new DomainError('INVALID_TRANSITION', 'case.needsActiveFile');
  }

  /** Per-household yearly cap per aid type; the file row lock serialises two approvals for one household. */
  protected async assertWithinYearlyCap(em: EntityManager, aidCase: AidCase, amount: number, capFen: number, now: Date): Promise<void> {
    if (!aidCase.fileId) return;
    await em.findOne(HardshipFile, { id: aidCase.fileId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const used = await approvedThisYear(em, aidCase, COUNTED_FOR_CAP, shanghaiYearStart(shanghaiYear(now)));
    if (used + amount > capFen) {
      throw new DomainError('LIMIT_EXCEEDED', 'case.overYearlyCap', { used: formatYuan(used), cap: formatYuan(capFen) });
    }
  }

  /** Readable, unique case numbers: unit code, Shanghai year, a per-unit yearly sequence (LY-LS-2026-000123). */
  protected async nextCaseNumber(em: EntityManager, unitId: string, now: Date): Promise<string> {
    const year = shanghaiYear(now);
    const sequence = await nextCaseSequence(em, unitId, year);
    const unit = await em.findOneOrFail(Unit, { id: unitId });
    return `${unit.code}-${year}-${String(sequence).padStart(6, '0')}`;
  }

  /** The worker account of the file's person, so a desk-registered case can still be followed and rated. */
  protected async workerAccountFor(file: HardshipFile): Promise<string | null> {
    const user = await this.em.findOne(User, { idNumberHash: file.idNumberHash });
    return user?.id ?? null;
  }
}

declare module '../../common/context.js' {
  interface Services {
    cases: CaseService;
  }
}

/**
 * An application sent from the app carries a photo of each document its type cannot go without (requiredEvidenceFor);
 * at the desk and on the hotline staff see the originals, so those channels need no upload.
 */
async function assertRequiredEvidence(em: EntityManager, aidCase: AidCase): Promise<void> {
  if (aidCase.channel !== 'APP') return;
  const held = await em.find(CaseDocument, { caseId: aidCase.id }, { fields: ['slot'] });
  const missing = requiredEvidenceFor(aidCase.type).filter((slot) => !held.some((document) => document.slot === slot));
  if (missing.length) throw new DomainError('BAD_USER_INPUT', 'case.evidenceMissing', { evidence: missing.join(',') });
}
