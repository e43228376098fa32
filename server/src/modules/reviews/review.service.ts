import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { ACTING_ROLES, CANCEL_REASONS, DAY_MS, shanghaiDate, type CancelReason, type FileStatus } from '@bangfu/shared';
import * as z from 'zod';
import type { Actor } from '../../common/actor.js';
import type { ServicesFactory } from '../../common/context.js';
import { recordAudit } from '../audit/audit-trail.js';
import { DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { notify } from '../notifications/notify.js';
import { enqueue } from '../jobs/outbox.js';
import { JobRecord } from '../jobs/job.entity.js';
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from '../../common/pagination.js';
import { scopeFor } from '../../common/scope.js';
import { isWellFormedId, parseInput } from '../../common/validate.js';
import { staffUserIdsOf } from '../auth/auth.queries.js';
import { recordsUnit } from '../org/unit-access.js';
import { Unit } from '../org/unit.entity.js';
import { HardshipFile } from '../people/hardship-file.entity.js';
import { changeFilesStatus, countOpenFilesUnder } from '../people/hardship-file.queries.js';
import { ReviewCampaign, ReviewTask, type ReviewOutcome, type ReviewTaskStatus } from './review.entity.js';
import {
  addTaskBatch,
  campaignProgress,
  markTasksOverdue,
  outcomeCounts,
  overdueTaskFiles,
  progressByChild,
  tasksByUnit,
  openTaskOf,
  tasksPage,
  type Progress,
} from './review.queries.js';

export type { Progress };

export const REVIEW_QUEUE = 'reviews';
/** Staff are reminded this long before the deadline. */
export const REMINDER_BEFORE_MS = 3 * 86_400_000;

const campaignSchema = z
  .object({
    unitId: z.string().regex(/^\d{1,18}$/, 'id'),
    year: z.number().int('integer').min(2000, 'year').max(2100, 'year'),
    startsAt: z.coerce.date(),
    deadline: z.coerce.date(),
    graceDays: z.number().int('integer').min(0, 'graceDays').max(180, 'graceDays'),
  })
  .refine((value) => value.startsAt < value.deadline, { message: 'deadline', path: ['deadline'] });

const completeSchema = z.object({
  outcome: z.enum(['KEEP', 'UPDATE', 'RECLASSIFY', 'CANCEL']),
  cancelReason: z.enum(CANCEL_REASONS).nullish(),
  note: z.string().trim().max(1000, 'tooLong').nullish(),
});

/** A single file's review records the visit: what was found, in words. */
const singleReviewSchema = completeSchema.extend({ note: z.string().trim().min(2, 'visit').max(1000, 'tooLong') });

export interface UnitProgress extends Progress {
  unitId: string;
}

export interface TaskFilter extends PageRequest {
  status?: ReviewTaskStatus | null;
}

export type Clock = () => Date;

/** The annual review of every ACTIVE file (年度集中清理复核, domain.md §3). */
export class ReviewService {
  constructor(
    private readonly em: EntityManager,
    private readonly servicesIn: ServicesFactory,
    private readonly clock: Clock = () => new Date(),
  ) {}

  /** Opened by a CITY or PROVINCE union admin for its subtree; the task generation runs as a job. */
  async open(actor: Actor, input: unknown): Promise<ReviewCampaign> {
    const data = parseInput(campaignSchema, input);
    const unit = await recordsUnit(this.em, actor, data.unitId);
    if (!['CITY', 'PROVINCE'].includes(unit.level) || !scopeFor(actor).canActOn(unit.id, ['UNION_ADMIN'])) throw forbidden();
    try {
      return await this.em.transactional(async (em) => {
        const job = em.create(JobRecord, {
          name: 'reviewGenerate',
          requestedById: actor.userId,
          unitId: unit.id,
          params: { year: data.year },
        });
        await em.flush();
        const campaign = em.create(ReviewCampaign, { ...data, unitId: unit.id, jobId: job.id, createdById: actor.userId });
        await em.flush();
        job.params = { ...job.params, campaignId: campaign.id };
        enqueue(em, {
          queue: REVIEW_QUEUE,
          name: 'generate',
          jobKey: `review-generate-${campaign.id}`,
          payload: { campaignId: campaign.id },
        });
        recordAudit(em, actor, {
          action: 'review.open',
          entityType: 'ReviewCampaign',
          entityId: campaign.id,
          unitId: unit.id,
          after: { ...data },
        });
        return campaign;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new DomainError('CONFLICT', 'review.exists', { year: data.year });
      throw error;
    }
  }

  /** A campaign is readable by whoever reads records anywhere in its subtree (they follow their own part). */
  async get(actor: Actor, id: string): Promise<ReviewCampaign> {
    const campaign = isWellFormedId(id) ? await this.em.findOne(ReviewCampaign, { id }) : null;
    if (!campaign) throw notFound('campaign');
    const unit = await this.em.findOneOrFail(Unit, { id: campaign.unitId });
    if (!scopeFor(actor).canReadPartOf(unit)) throw notFound('campaign');
    return campaign;
  }

  /** The campaigns covering a unit the actor reads: those opened at it or above it, newest year first. */
  async covering(actor: Actor, unitId: string): Promise<ReviewCampaign[]> {
    const unit = isWellFormedId(unitId) ? await this.em.findOne(Unit, { id: unitId }) : null;
    if (!unit || !scopeFor(actor).canReadRecordsOf(unit)) throw notFound('unit');
    // a unit's path lists its ancestors' ids and its own
    return this.em.find(ReviewCampaign, { unitId: { $in: unit.path.split('.') } }, { orderBy: { year: 'desc', id: 'desc' }, limit: 20 });
  }

  progress(campaignId: string, unitPath?: string): Promise<Progress> {
    return campaignProgress(this.em, campaignId, unitPath);
  }

  /** Progress for each direct child of a unit (and the unit's own files), for drill-down one level at a time. */
  async byUnit(actor: Actor, campaign: Pick<ReviewCampaign, 'id' | 'unitId'>, unitId: string | null): Promise<UnitProgress[]> {
    const parent = await recordsUnit(this.em, actor, unitId ?? campaign.unitId);
    return progressByChild(this.em, campaign.id, parent.id);
  }

  /** Tasks for the files a unit's subtree holds, oldest first. */
  async tasks(actor: Actor, unitId: string, campaignId: string, filter: TaskFilter): Promise<Page<ReviewTask>> {
    const unit = await recordsUnit(this.em, actor, unitId);
    await this.get(actor, campaignId);
    const limit = pageSize(filter.first);
    const afterId = filter.after ? decodeCursor(filter.after, ['id'])[0] : null;
    const { rows, totalCount: count } = await tasksPage(
      this.em,
      { campaignId, unitPath: unit.path, status: filter.status, afterId },
      limit,
    );
    return toPage(
      rows.map((row) => this.em.map(ReviewTask, row)),
      limit,
      Number(count),
      (task) => [task.id],
    );
  }

  /**
   * Records the review of one file by staff of the unit holding it: KEEP (and ACTIVE again), UPDATE or
   * RECLASSIFY (the file's new data, category changed for RECLASSIFY), CANCEL (with a reason).
   */
  async complete(
    actor: Actor,
    taskId: string,
    outcome: ReviewOutcome,
    input: unknown,
    cancelReason: CancelReason | null | undefined,
    note: string | null | undefined,
  ): Promise<ReviewTask> {
    const data = parseInput(completeSchema, { outcome, cancelReason, note });
    const task = isWellFormedId(taskId) ? await this.em.findOne(ReviewTask, { id: taskId }) : null;
    if (!task) throw notFound('task');
    // a file outside the caller's rows is not there for them at all (row-level security)
    const file = await this.em.findOne(HardshipFile, { id: task.fileId });
    const unit = file && (await this.em.findOneOrFail(Unit, { id: file.unitId }));
    const scope = scopeFor(actor);
    if (!file || !unit || !scope.canReadRecordsOf(unit)) throw notFound('task');
    if (!scope.canActOn(unit.id, ACTING_ROLES)) throw forbidden();
    const campaign = await this.em.findOneOrFail(ReviewCampaign, { id: task.campaignId });
    if (campaign.status !== 'OPEN' || task.status === 'DONE') throw new DomainError('INVALID_TRANSITION', 'review.notOpen');

    return this.em.transactional(async (em) => {
      const locked = await em.findOneOrFail(ReviewTask, { id: task.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (locked.status === 'DONE') throw new DomainError('INVALID_TRANSITION', 'review.notOpen');
      await this.applyOutcome(em, actor, file, data, input, data.note ?? `${campaign.year} 年度复核：${data.outcome}`);
      this.markDone(em, actor, locked, unit.id, data);
      await em.flush();
      return locked;
    });
  }

  /**
   * The review of one file at any time, outside or inside a campaign (domain.md §12): staff of the holding unit
   * record the visit and its outcome, as for a campaign task; a SUSPENDED or overdue file kept or updated is ACTIVE
   * again and can get money aid. A task still open for the file in a running campaign is done with it.
   */
  async reviewFile(
    actor: Actor,
    fileId: string,
    outcome: ReviewOutcome,
    visit: string,
    input: unknown,
    cancelReason: CancelReason | null | undefined,
  ): Promise<HardshipFile> {
    const data = parseInput(singleReviewSchema, { outcome, cancelReason, note: visit });
    const file = isWellFormedId(fileId) ? await this.em.findOne(HardshipFile, { id: fileId }) : null;
    const unit = file && (await this.em.findOneOrFail(Unit, { id: file.unitId }));
    const scope = scopeFor(actor);
    if (!file || !unit || !scope.canReadRecordsOf(unit)) throw notFound('file');
    if (!scope.canActOn(unit.id, ACTING_ROLES)) throw forbidden();
    if (file.status === 'CANCELLED') throw new DomainError('INVALID_TRANSITION', 'file.cancelled');

    return this.em.transactional(async (em) => {
      await em.findOneOrFail(HardshipFile, { id: file.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      await this.applyOutcome(em, actor, file, data, input, data.note);
      const openTask = await openTaskOf(em, file.id);
      if (openTask) this.markDone(em, actor, openTask, unit.id, data);
      recordAudit(em, actor, {
        action: 'review.file',
        entityType: 'HardshipFile',
        entityId: file.id,
        unitId: unit.id,
        after: { outcome: data.outcome, visit: data.note, campaignTaskId: openTask?.id ?? null },
      });
      await em.flush();
      return em.findOneOrFail(HardshipFile, { id: file.id }, { refresh: true });
    });
  }

  /** KEEP (and ACTIVE again), UPDATE or RECLASSIFY (the file's new data, a new category for RECLASSIFY), CANCEL. */
  private async applyOutcome(
    em: EntityManager,
    actor: Actor,
    file: HardshipFile,
    data: z.infer<typeof completeSchema>,
    input: unknown,
    note: string,
  ): Promise<void> {
    const { files } = this.servicesIn(em);
    const detail = { action: 'review', note };
    if (data.outcome === 'CANCEL') {
      if (!data.cancelReason) throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'cancelReason' });
      await files.cancel(actor, file.id, data.cancelReason, note);
      return;
    }
    if (data.outcome !== 'KEEP') {
      if (!input) throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'input' });
      const before = file.category;
      const updated = await files.update(actor, file.id, input);
      if (data.outcome === 'RECLASSIFY' && updated.category === before)
        throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'category (unchanged)' });
    }
    const current = await em.findOneOrFail(HardshipFile, { id: file.id });
    current.reviewedAt = this.clock();
    if (current.status !== 'ACTIVE') await files.setStatus(actor, current, 'ACTIVE', detail);
    else files.history(em, actor, current, detail);
  }

  private markDone(em: EntityManager, actor: Actor, task: ReviewTask, unitId: string, data: z.infer<typeof completeSchema>): void {
    Object.assign(task, {
      status: 'DONE',
      outcome: data.outcome,
      note: data.note ?? null,
      completedById: actor.userId,
      completedAt: this.clock(),
    });
    recordAudit(em, actor, {
      action: 'review.complete',
      entityType: 'ReviewTask',
      entityId: task.id,
      unitId,
      after: { outcome: data.outcome },
    });
  }

  async close(actor: Actor, id: string): Promise<ReviewCampaign> {
    const campaign = await this.get(actor, id);
    if (!scopeFor(actor).canActOn(campaign.unitId, ['UNION_ADMIN'])) throw forbidden();
    if (campaign.status === 'CLOSED') return campaign;
    const progress = await this.progress(campaign.id);
    const outcomes = await outcomeCounts(this.em, campaign.id);
    campaign.summary = { ...progress, ...Object.fromEntries(outcomes.map((row) => [row.outcome, Number(row.n)])) };
    campaign.status = 'CLOSED';
    campaign.closedAt = this.clock();
    recordAudit(this.em, actor, {
      action: 'review.close',
      entityType: 'ReviewCampaign',
      entityId: campaign.id,
      unitId: campaign.unitId,
      after: campaign.summary,
    });
    await this.em.flush();
    return campaign;
  }

  /**
   * The generation job: one task per open file of the subtree (ACTIVE, and SUSPENDED or overdue from an earlier
   * year, which a review brings back), in batches ordered by file id. Each batch
   * commits on its own and resumes after the highest file already done, so a crash loses at most one batch of
   * work and a rerun (or a duplicate delivery) adds nothing: (campaign, file) is unique.
   */
  async generateTasks(campaignId: string, batchSize: number, onProgress: (percent: number) => Promise<void>): Promise<number> {
    const campaign = await this.em.findOne(ReviewCampaign, { id: campaignId });
    if (!campaign) return 0;
    const unit = await this.em.findOneOrFail(Unit, { id: campaign.unitId });
    if (!campaign.generated) {
      if (campaign.filesTotal === null || campaign.filesTotal === undefined) {
        campaign.filesTotal = await countOpenFilesUnder(this.em, unit.path);
        await this.em.flush();
      }
      for (;;) {
        const selected = await addTaskBatch(this.em, campaign.id, unit.path, batchSize);
        const { total } = await this.progress(campaign.id);
        await onProgress(Math.min(99, Math.floor((total / Math.max(campaign.filesTotal ?? 1, 1)) * 100)));
        if (selected < batchSize) break;
      }
      const { total } = await this.progress(campaign.id);
      await this.em.nativeUpdate(ReviewCampaign, { id: campaign.id }, { generated: true, filesTotal: total });
    }
    await onProgress(100);
    return (await this.progress(campaign.id)).total;
  }

  /**
   * The campaign sweep, safe to run often and from several workers: reminders before the deadline, at the
   * deadline unreviewed files become REVIEW_OVERDUE, after the grace days SUSPENDED. Each step happens once.
   */
  async sweep(): Promise<{ reminded: number; overdue: number; suspended: number }> {
    const now = this.clock();
    const result = { reminded: 0, overdue: 0, suspended: 0 };
    const open = await this.em.find(ReviewCampaign, { status: 'OPEN', generated: true });
    for (const { id } of open) {
      await this.em.transactional(async (em) => {
        const [campaign] = await em.find(ReviewCampaign, { id }, { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, refresh: true });
        if (!campaign) return;
        const deadlineText = shanghaiDate(campaign.deadline);
        if (!campaign.remindedAt && now.getTime() >= campaign.deadline.getTime() - REMINDER_BEFORE_MS && now < campaign.deadline) {
          for (const row of await this.dueByUnit(em, campaign, 'DUE')) {
            result.reminded += await notify(em, {
              userIds: await staffUserIdsOf(em, row.unit_id),
              kind: 'REVIEW_REMINDER',
              campaignId: campaign.id,
              params: { year: campaign.year, due: Number(row.n), deadline: deadlineText },
              dedupeKey: `review-reminder-${campaign.id}`,
            });
          }
          campaign.remindedAt = now;
        }
        if (!campaign.deadlineAppliedAt && now >= campaign.deadline) {
          await markTasksOverdue(em, campaign.id);
          result.overdue += await this.moveFiles(em, campaign, 'ACTIVE', 'REVIEW_OVERDUE', now);
          for (const row of await this.dueByUnit(em, campaign, 'OVERDUE')) {
            await notify(em, {
              userIds: await staffUserIdsOf(em, row.unit_id),
              kind: 'REVIEW_OVERDUE',
              campaignId: campaign.id,
              params: { year: campaign.year, overdue: Number(row.n) },
              dedupeKey: `review-overdue-${campaign.id}`,
            });
          }
          campaign.deadlineAppliedAt = now;
        }
        if (
          campaign.deadlineAppliedAt &&
          !campaign.graceAppliedAt &&
          now.getTime() >= campaign.deadline.getTime() + campaign.graceDays * DAY_MS
        ) {
          result.suspended += await this.moveFiles(em, campaign, 'REVIEW_OVERDUE', 'SUSPENDED', now);
          campaign.graceAppliedAt = now;
        }
        await em.flush();
      });
    }
    return result;
  }

  /** Files of the campaign's unreviewed tasks move from one status to the next, each with a history entry. */
  private async moveFiles(em: EntityManager, campaign: ReviewCampaign, from: FileStatus, to: FileStatus, now: Date): Promise<number> {
    return changeFilesStatus(em, overdueTaskFiles(campaign.id), {
      from,
      to,
      action: 'reviewDeadline',
      reason: `${campaign.year} 年度复核逾期`,
      at: now,
    });
  }

  private dueByUnit(em: EntityManager, campaign: ReviewCampaign, status: ReviewTaskStatus) {
    return tasksByUnit(em, campaign.id, status);
  }
}

declare module '../../common/context.js' {
  interface Services {
    reviews: ReviewService;
  }
}
