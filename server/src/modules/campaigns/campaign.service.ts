import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import {
  ACTING_ROLES,
  DAY_MS,
  formatYuan,
  HARDSHIP_CATEGORIES,
  HEAD_ROLES,
  MONEY_AID_TYPES,
  shanghaiDate,
  shanghaiYear,
  shanghaiYearStart,
  type CaseStatus,
  type DisbursementMethod,
  type HardshipCategory,
  type Role,
} from '@bangfu/shared';
import * as z from 'zod';
import type { Actor } from '../../common/actor.js';
import { DomainError, forbidden, notFound } from '../../common/domain-error.js';
import { scopeFor, type Scope } from '../../common/scope.js';
import { isWellFormedId, parseInput } from '../../common/validate.js';
import { recordAudit } from '../audit/audit-trail.js';
import { RoleGrant } from '../auth/role-grant.entity.js';
import { actingRoleOf } from '../cases/case-engine.js';
import { policyFor } from '../cases/aid-policy.queries.js';
import { COUNTED_FOR_CAP } from '../cases/case-queue.js';
import {
  approvedThisYear,
  caseStatuses,
  householdsOverCap,
  insertCampaignCases,
  lockPayableCases,
  markCasesDisbursed,
  type PayableCase,
  type YearlyCap,
} from '../cases/case.queries.js';
import { EXPORT_QUEUE } from '../funds/fund.service.js';
import { fileRecipients, payCasesFromFund, type CasePaymentRow, type FileRecipientRow } from '../funds/ledger.js';
import { writeCampaignRosterWorkbook, type RosterSheet } from './campaign-export.js';
import { JobRecord } from '../jobs/job.entity.js';
import { startJob } from '../jobs/job.service.js';
import { notify, notifyEach } from '../notifications/notify.js';
import { enqueue } from '../jobs/outbox.js';
import { recordsUnit } from '../org/unit-access.js';
import { Unit } from '../org/unit.entity.js';
import { HardshipFile } from '../people/hardship-file.entity.js';
import { Campaign, CAMPAIGN_KINDS, CampaignQuota, Roster, RosterEntry, type PayRefusal } from './campaign.entity.js';
import {
  campaignFigures,
  rosterSheetRows,
  childAllocation,
  payoutChunk,
  payoutLines,
  proposeEntries,
  refusedLines,
  rosterUsage,
  setPayRefusals,
  type Allocation,
  type CampaignFigures,
} from './campaign.queries.js';

export const CAMPAIGN_QUEUE = 'campaigns';

const id = z.string().regex(/^\d{1,18}$/, 'id');
const fen = z.number().int('integer').min(1, 'amount').max(1_000_000_000, 'tooLarge');
const reason = z.string().trim().min(2, 'reason').max(500, 'tooLong');

const campaignSchema = z
  .object({
    unitId: id,
    kind: z.enum(CAMPAIGN_KINDS),
    title: z.string().trim().min(2, 'title').max(100, 'title'),
    aidType: z.enum(MONEY_AID_TYPES),
    standardAmounts: z
      .array(z.object({ category: z.enum(HARDSHIP_CATEGORIES), amountFen: fen }))
      .min(1, 'standardAmounts')
      .max(HARDSHIP_CATEGORIES.length, 'standardAmounts'),
    minAmountFen: fen,
    maxAmountFen: fen,
    households: z.number().int('integer').min(1, 'households').max(10_000_000, 'tooLarge'),
    budgetFen: fen,
    opensAt: z.coerce.date(),
    closesAt: z.coerce.date(),
    noticeDays: z.number().int('integer').min(0, 'noticeDays').max(30, 'noticeDays'),
    countsTowardCap: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    fundUnitIds: z.array(id).max(50, 'tooMany').nullish(),
  })
  .refine((value) => value.minAmountFen <= value.maxAmountFen, { message: 'range', path: ['maxAmountFen'] })
  .refine((value) => value.opensAt < value.closesAt, { message: 'closesAt', path: ['closesAt'] })
  .refine((value) => new Set(value.standardAmounts.map((row) => row.category)).size === value.standardAmounts.length, {
    message: 'standardAmounts',
    path: ['standardAmounts'],
  })
  .refine((value) => value.standardAmounts.every((row) => row.amountFen >= value.minAmountFen && row.amountFen <= value.maxAmountFen), {
    message: 'range',
    path: ['standardAmounts'],
  });

const quotasSchema = z
  .array(
    z.object({
      unitId: id,
      households: z.number().int('integer').min(0, 'households').max(10_000_000, 'tooLarge'),
      amountFen: z.number().int('integer').min(0, 'amount').max(1_000_000_000, 'tooLarge'),
    }),
  )
  .min(1, 'quotas')
  .max(500, 'tooMany');

const entrySchema = z.object({
  fileId: id,
  amountFen: fen.nullish(),
  reason: reason.nullish(),
});

export type Clock = () => Date;

/** What a payout job works with. */
interface Payout {
  jobId: string;
  roster: Roster;
  campaign: Campaign;
  fundUnit: Unit;
  method: DisbursementMethod;
  payer: { userId: string };
  payerRole: Role;
}

/** What a payout job did: lines paid and their money, and lines left unpaid with a reason. */
export interface PayoutResult {
  paid: number;
  paidFen: number;
  refused: number;
}

/** 金秋助学 supports households with a child in non-compulsory education (domain.md §9). */
const needsStudent = (campaign: Campaign) => campaign.kind === 'AUTUMN_EDUCATION';

/** Why a line cannot be paid to its recipient: by bank, a file without a payee account; any way, nobody verified. */
function payRefusalOf(recipient: FileRecipientRow, bank: boolean): PayRefusal | null {
  if (bank && !recipient.payee_account_enc) return { key: 'payee.noAccount' };
  if (!recipient.identity) {
    return bank ? { key: 'payee.holderNotVerified', params: { name: recipient.name! } } : { key: 'case.recipientNotVerified' };
  }
  return null;
}

/** The role an account acts in on a unit, as case timelines record it. */
async function roleOf(em: EntityManager, userId: string, unitId: string): Promise<Role> {
  const roles = (await em.find(RoleGrant, { user: userId, unit: unitId, revokedAt: null })).map((grant) => grant.role);
  // a submitter whose role was revoked since still submitted as staff
  return roles.length ? actingRoleOf(roles) : 'STATION_STAFF';
}

/** 集中帮扶 (domain.md §9): campaigns, quotas down the tree, and each station's roster. */
export class CampaignService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock = () => new Date(),
  ) {}

  /** Created by a union admin of the unit, for its subtree; the unit's own quota is the whole campaign. */
  async create(actor: Actor, input: unknown): Promise<Campaign> {
    const data = parseInput(campaignSchema, input);
    const unit = await recordsUnit(this.em, actor, data.unitId);
    if (!scopeFor(actor).canActOn(unit.id, ['UNION_ADMIN'])) throw forbidden();
    if (!unit.active) throw new DomainError('BAD_USER_INPUT', 'unit.closed', { name: unit.name });
    const fundUnitIds = await this.campaignFunds(unit, data.fundUnitIds);
    return this.em.transactional(async (em) => {
      const campaign = em.create(Campaign, {
        unitId: unit.id,
        kind: data.kind,
        title: data.title,
        aidType: data.aidType,
        categories: data.standardAmounts.map((row) => row.category),
        standardAmounts: Object.fromEntries(data.standardAmounts.map((row) => [row.category, row.amountFen])),
        minAmountFen: data.minAmountFen,
        maxAmountFen: data.maxAmountFen,
        opensAt: data.opensAt,
        closesAt: data.closesAt,
        noticeDays: data.noticeDays,
        countsTowardCap: data.countsTowardCap,
        fundUnitIds,
        createdById: actor.userId,
      });
      await em.flush();
      em.create(CampaignQuota, {
        campaignId: campaign.id,
        unitId: unit.id,
        households: data.households,
        amountFen: data.budgetFen,
        setById: actor.userId,
      });
      recordAudit(em, actor, {
        action: 'campaign.create',
        entityType: 'Campaign',
        entityId: campaign.id,
        unitId: unit.id,
        after: { ...data, fundUnitIds, opensAt: data.opensAt.toISOString(), closesAt: data.closesAt.toISOString() },
      });
      await em.flush();
      return campaign;
    });
  }

  /** Readable by whoever reads records at the campaign's unit or anywhere in its subtree (each follows its part). */
  async get(actor: Actor, campaignId: string): Promise<Campaign> {
    const campaign = isWellFormedId(campaignId) ? await this.em.findOne(Campaign, { id: campaignId }) : null;
    if (!campaign) throw notFound('aidCampaign');
    const unit = await this.em.findOneOrFail(Unit, { id: campaign.unitId });
    if (!scopeFor(actor).canReadPartOf(unit)) throw notFound('aidCampaign');
    return campaign;
  }

  /** The campaign of a case the caller already reads (its title and kind are no more than the case shows). */
  ofCase(campaignId: string): Promise<Campaign> {
    return this.em.findOneOrFail(Campaign, { id: campaignId });
  }

  /** The campaigns covering a unit the caller reads: opened at it or above it, newest first. */
  async covering(actor: Actor, unitId: string): Promise<Campaign[]> {
    const unit = await recordsUnit(this.em, actor, unitId);
    return this.em.find(Campaign, { unitId: { $in: unit.path.split('.') } }, { orderBy: { id: 'desc' }, limit: 50 });
  }

  /** A unit's quota and its direct children's, for the quota tree one level at a time. */
  async quotas(actor: Actor, campaignId: string, unitId: string): Promise<{ own: CampaignQuota | null; children: CampaignQuota[] }> {
    await this.get(actor, campaignId);
    const unit = await recordsUnit(this.em, actor, unitId);
    const children = await this.em.find(Unit, { parent: unit.id });
    return {
      own: await this.em.findOne(CampaignQuota, { campaignId, unitId: unit.id }),
      children: await this.em.find(CampaignQuota, { campaignId, unitId: { $in: children.map((child) => child.id) } }),
    };
  }

  /** Where the campaign stands in a unit's subtree, then in each direct child's (the drill-down one level at a time). */
  async figures(actor: Actor, campaignId: string, unitId: string): Promise<CampaignFigures[]> {
    await this.get(actor, campaignId);
    const unit = await recordsUnit(this.em, actor, unitId);
    const children = await this.em.find(Unit, { parent: unit.id }, { orderBy: { id: 'asc' } });
    const rows = await campaignFigures(this.em, campaignId, [unit.id, ...children.map((child) => child.id)]);
    return [unit.id, ...children.map((child) => child.id)].map((id) => rows.find((row) => row.unitId === id)!);
  }

  /**
   * A unit hands its quota down (domain.md §9): its union admin or head sets its direct children's households and
   * money. The children together never exceed the unit's quota (less its own roster), and no child drops below what
   * it has handed on or put on its roster.
   */
  async setQuotas(actor: Actor, campaignId: string, parentUnitId: string, input: unknown): Promise<CampaignQuota[]> {
    const quotas = parseInput(quotasSchema, input);
    const campaign = await this.openCampaign(actor, campaignId);
    const parent = await recordsUnit(this.em, actor, parentUnitId);
    if (!scopeFor(actor).canActOn(parent.id, HEAD_ROLES)) throw forbidden();
    if (new Set(quotas.map((quota) => quota.unitId)).size !== quotas.length)
      throw new DomainError('BAD_USER_INPUT', 'badInput', { detail: 'unitId' });
    return this.em.transactional(async (em) => {
      const own = await em.findOne(CampaignQuota, { campaignId, unitId: parent.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!own) throw new DomainError('BAD_USER_INPUT', 'campaign.noQuota', { name: parent.name });
      const children = await em.find(Unit, { id: { $in: quotas.map((quota) => quota.unitId) }, parent: parent.id, active: true });
      if (children.length !== quotas.length) throw new DomainError('BAD_USER_INPUT', 'campaign.notChild', { name: parent.name });
      const others = await childAllocation(
        em,
        campaignId,
        parent.id,
        children.map((child) => child.id),
      );
      const ownRoster = await this.rosterUsageOf(em, campaignId, parent.id);
      const asked = quotas.reduce(
        (sum, quota) => ({ households: sum.households + quota.households, amountFen: sum.amountFen + quota.amountFen }),
        {
          households: 0,
          amountFen: 0,
        },
      );
      const room = {
        households: own.households - others.households - ownRoster.households,
        amountFen: own.amountFen - others.amountFen - ownRoster.amountFen,
      };
      if (asked.households > room.households || asked.amountFen > room.amountFen) {
        throw new DomainError('LIMIT_EXCEEDED', 'campaign.overQuota', {
          households: room.households,
          amount: formatYuan(Math.max(0, room.amountFen)),
        });
      }
      for (const quota of quotas) {
        const child = children.find((unit) => unit.id === quota.unitId)!;
        const handedOn = await childAllocation(em, campaignId, child.id);
        const rostered = await this.rosterUsageOf(em, campaignId, child.id);
        if (quota.households < handedOn.households + rostered.households || quota.amountFen < handedOn.amountFen + rostered.amountFen) {
          throw new DomainError('LIMIT_EXCEEDED', 'campaign.belowUse', { name: child.name });
        }
      }
      const saved: CampaignQuota[] = [];
      for (const quota of quotas) {
        const existing = await em.findOne(CampaignQuota, { campaignId, unitId: quota.unitId });
        const values = { households: quota.households, amountFen: quota.amountFen, setById: actor.userId, setAt: this.clock() };
        saved.push(existing ? em.assign(existing, values) : em.create(CampaignQuota, { campaignId, unitId: quota.unitId, ...values }));
      }
      recordAudit(em, actor, {
        action: 'campaign.setQuotas',
        entityType: 'Campaign',
        entityId: campaign.id,
        unitId: parent.id,
        after: { quotas },
      });
      await em.flush();
      return saved;
    });
  }

  /**
   * Starts (or tops up) a unit's roster: a job proposes its eligible ACTIVE files within the room its quota leaves.
   * Staff acting on the unit; a roster already submitted or approved is not rebuilt.
   */
  async buildRoster(actor: Actor, campaignId: string, unitId: string): Promise<Roster> {
    await this.openCampaign(actor, campaignId);
    const unit = await recordsUnit(this.em, actor, unitId);
    if (!scopeFor(actor).canActOn(unit.id, ACTING_ROLES)) throw forbidden();
    if (!(await this.em.findOne(CampaignQuota, { campaignId, unitId: unit.id }))) {
      throw new DomainError('BAD_USER_INPUT', 'campaign.noQuota', { name: unit.name });
    }
    try {
      return await this.em.transactional(async (em) => {
        const existing = await em.findOne(Roster, { campaignId, unitId: unit.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (existing && !['DRAFT', 'RETURNED'].includes(existing.status)) {
          throw new DomainError('INVALID_TRANSITION', 'roster.notEditable');
        }
        const job = em.create(JobRecord, { name: 'buildRoster', requestedById: actor.userId, unitId: unit.id, params: { campaignId } });
        await em.flush();
        const roster = existing ?? em.create(Roster, { campaignId, unitId: unit.id, builtById: actor.userId });
        em.assign(roster, { status: 'BUILDING', jobId: job.id });
        await em.flush();
        job.params = { campaignId, rosterId: roster.id };
        enqueue(em, {
          queue: CAMPAIGN_QUEUE,
          name: 'buildRoster',
          jobKey: `roster-build-${job.id}`,
          payload: { rosterId: roster.id, jobId: job.id },
        });
        recordAudit(em, actor, {
          action: 'roster.build',
          entityType: 'Roster',
          entityId: roster.id,
          unitId: unit.id,
          after: { campaignId },
        });
        return roster;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new DomainError('CONFLICT', 'roster.building');
      throw error;
    }
  }

  /** The build job: proposes entries within the room left and opens the roster for editing. Safe to run twice. */
  async runBuild(rosterId: string): Promise<number> {
    return this.em.transactional(async (em) => {
      const roster = await em.findOne(Roster, { id: rosterId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!roster || roster.status !== 'BUILDING') return 0;
      const campaign = await em.findOneOrFail(Campaign, { id: roster.campaignId });
      const room = await this.roomFor(em, roster.campaignId, roster.unitId);
      const cap = await this.yearlyCap(em, campaign, roster.unitId);
      const added = await proposeEntries(
        em,
        roster,
        { categories: campaign.categories, standardAmounts: campaign.standardAmounts, needsStudent: needsStudent(campaign) },
        room,
        cap,
      );
      roster.status = 'DRAFT';
      await em.flush();
      return added;
    });
  }

  /** A unit's roster of a campaign, for staff who read the unit's records (a station never sees another's). */
  async roster(actor: Actor, campaignId: string, unitId: string): Promise<Roster | null> {
    await this.get(actor, campaignId);
    const unit = await recordsUnit(this.em, actor, unitId);
    return this.em.findOne(Roster, { campaignId, unitId: unit.id });
  }

  /** A roster's lines in order, each with the status of the case it became. */
  async entries(rosterId: string, includeRemoved = false): Promise<{ entry: RosterEntry; caseStatus: CaseStatus | null }[]> {
    const entries = await this.em.find(
      RosterEntry,
      { rosterId, ...(includeRemoved ? {} : { removedAt: null }) },
      { orderBy: { id: 'asc' } },
    );
    const statuses = await caseStatuses(
      this.em,
      entries.flatMap((entry) => (entry.caseId ? [entry.caseId] : [])),
    );
    return entries.map((entry) => ({ entry, caseStatus: (entry.caseId && statuses.get(entry.caseId)) || null }));
  }

  usage(rosterId: string): Promise<Allocation> {
    return rosterUsage(this.em, rosterId);
  }

  /**
   * Staff add a household by hand: a file their unit holds, ACTIVE, not on this campaign anywhere. A file outside the
   * campaign's categories needs a written reason and is flagged; an amount other than the standard stays within the
   * campaign's range and needs a reason; the quota still holds.
   */
  async addEntry(actor: Actor, rosterId: string, input: unknown): Promise<RosterEntry> {
    const data = parseInput(entrySchema, input);
    const { roster, campaign } = await this.editableRoster(actor, rosterId);
    const file = await this.em.findOne(HardshipFile, { id: data.fileId });
    if (!file || file.unitId !== roster.unitId) throw notFound('file');
    if (file.status !== 'ACTIVE') throw new DomainError('INVALID_TRANSITION', 'roster.fileNotActive');
    const standard = campaign.standardAmounts[file.category as HardshipCategory];
    const eligible =
      campaign.categories.includes(file.category as HardshipCategory) &&
      (!needsStudent(campaign) || file.studentsInNoncompulsoryEducation > 0);
    const amountFen = data.amountFen ?? standard ?? null;
    if (amountFen === null) throw new DomainError('BAD_USER_INPUT', 'roster.amountRequired');
    if (amountFen < campaign.minAmountFen || amountFen > campaign.maxAmountFen) {
      throw new DomainError('BAD_USER_INPUT', 'roster.amountOutOfRange', {
        min: formatYuan(campaign.minAmountFen),
        max: formatYuan(campaign.maxAmountFen),
      });
    }
    if ((!eligible || amountFen !== standard) && !data.reason) throw new DomainError('BAD_USER_INPUT', 'roster.reasonRequired');
    try {
      return await this.em.transactional(async (em) => {
        await em.findOneOrFail(Roster, { id: roster.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        const room = await this.roomFor(em, campaign.id, roster.unitId);
        if (room.households < 1 || room.amountFen < amountFen) {
          throw new DomainError('LIMIT_EXCEEDED', 'campaign.overQuota', {
            households: room.households,
            amount: formatYuan(Math.max(0, room.amountFen)),
          });
        }
        const cap = await this.yearlyCap(em, campaign, roster.unitId);
        const used = cap ? await approvedThisYear(em, { id: '0', fileId: file.id, type: campaign.aidType }, cap.counted, cap.yearStart) : 0;
        if (cap && used + amountFen > cap.capFen) {
          throw new DomainError('LIMIT_EXCEEDED', 'case.overYearlyCap', { used: formatYuan(used), cap: formatYuan(cap.capFen) });
        }
        const entry = em.create(RosterEntry, {
          rosterId: roster.id,
          campaignId: campaign.id,
          fileId: file.id,
          amountFen,
          eligible,
          reason: data.reason ?? null,
          addedById: actor.userId,
        });
        await em.flush();
        recordAudit(em, actor, {
          action: 'roster.addEntry',
          entityType: 'Roster',
          entityId: roster.id,
          unitId: roster.unitId,
          after: { fileId: file.id, amountFen, eligible, reason: data.reason ?? null },
        });
        return entry;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new DomainError('CONFLICT', 'roster.fileListed');
      throw error;
    }
  }

  /** Takes a household off a roster, with the reason; the line stays, marked removed. */
  async removeEntry(actor: Actor, entryId: string, reasonText: string): Promise<RosterEntry> {
    const why = parseInput(reason, reasonText);
    const entry = isWellFormedId(entryId) ? await this.em.findOne(RosterEntry, { id: entryId }) : null;
    if (!entry) throw notFound('rosterEntry');
    const { roster } = await this.editableRoster(actor, entry.rosterId);
    if (entry.removedAt) throw new DomainError('INVALID_TRANSITION', 'roster.entryRemoved');
    entry.removedAt = this.clock();
    entry.removedById = actor.userId;
    entry.removedReason = why;
    recordAudit(this.em, actor, {
      action: 'roster.removeEntry',
      entityType: 'Roster',
      entityId: roster.id,
      unitId: roster.unitId,
      after: { entryId: entry.id, fileId: entry.fileId, reason: why },
    });
    await this.em.flush();
    return entry;
  }

  /** The station sends its roster for approval; the campaign must still be open. */
  async submitRoster(actor: Actor, rosterId: string): Promise<Roster> {
    const { roster } = await this.editableRoster(actor, rosterId);
    if ((await rosterUsage(this.em, roster.id)).households === 0) throw new DomainError('BAD_USER_INPUT', 'roster.empty');
    Object.assign(roster, { status: 'SUBMITTED', submittedById: actor.userId, submittedAt: this.clock(), returnReason: null });
    recordAudit(this.em, actor, { action: 'roster.submit', entityType: 'Roster', entityId: roster.id, unitId: roster.unitId });
    await this.em.flush();
    return roster;
  }

  /**
   * The unit head approves a submitted roster (not the person who built or submitted it: segregation of duties as
   * for cases). Every household on it becomes an aid case of the campaign in the same transaction, approved and
   * publicly noticed (names masked as for cases) or, without a notice period, ready to pay; each worker with an
   * account is told.
   */
  async approveRoster(actor: Actor, rosterId: string): Promise<Roster> {
    const { roster, unit } = await this.submittedRoster(actor, rosterId, [(own) => own.id]);
    if (roster.builtById === actor.userId || roster.submittedById === actor.userId) {
      throw new DomainError('FORBIDDEN', 'roster.approverBuilt');
    }
    const campaign = await this.openCampaign(actor, roster.campaignId);
    const now = this.clock();
    const noticeEndsAt = campaign.noticeDays > 0 ? new Date(now.getTime() + campaign.noticeDays * DAY_MS) : null;
    return this.em.transactional(async (em) => {
      const locked = await em.findOneOrFail(Roster, { id: roster.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (locked.status !== 'SUBMITTED') throw new DomainError('INVALID_TRANSITION', 'roster.notSubmitted');
      const entries = await em.find(RosterEntry, { rosterId: roster.id, removedAt: null }, { orderBy: { id: 'asc' } });
      // a file cancelled or suspended since it was listed gets no money from the campaign: staff take it off first
      const stale = await em.count(HardshipFile, { id: { $in: entries.map((entry) => entry.fileId) }, status: { $ne: 'ACTIVE' } });
      if (stale) throw new DomainError('BAD_USER_INPUT', 'roster.filesNotActive', { count: stale });
      // aid approved since a line was listed may leave no room under the household's yearly cap
      const cap = await this.yearlyCap(em, campaign, unit.id);
      const over = cap ? await householdsOverCap(em, entries, cap) : 0;
      if (over) throw new DomainError('LIMIT_EXCEEDED', 'roster.overYearlyCap', { count: over, cap: formatYuan(cap!.capFen) });
      const created = await insertCampaignCases(
        em,
        entries.map((entry) => ({ key: `campaign-${campaign.id}-entry-${entry.id}`, fileId: entry.fileId, amountFen: entry.amountFen })),
        {
          unitId: unit.id,
          unitCode: unit.code,
          year: shanghaiYear(now),
          campaignId: campaign.id,
          type: campaign.aidType,
          title: campaign.title,
          createdById: roster.builtById,
          proposedById: roster.submittedById!,
          proposerRole: await roleOf(em, roster.submittedById!, unit.id),
          approvedById: actor.userId,
          approverRole: await roleOf(em, actor.userId, unit.id),
          now,
          noticeEndsAt,
        },
      );
      for (const entry of entries) entry.caseId = created.find((row) => row.fileId === entry.fileId)!.id;
      for (const aidCase of created) {
        if (!aidCase.applicantUserId) continue;
        await notify(em, {
          userIds: [aidCase.applicantUserId],
          kind: 'CASE_STATUS',
          caseId: aidCase.id,
          params: { status: aidCase.status, title: campaign.title, caseNumber: aidCase.caseNumber },
        });
      }
      Object.assign(locked, { status: 'APPROVED', approvedById: actor.userId, approvedAt: now, noticeEndsAt: noticeEndsAt ?? now });
      recordAudit(em, actor, {
        action: 'roster.approve',
        entityType: 'Roster',
        entityId: roster.id,
        unitId: unit.id,
        after: { households: created.length, amountFen: entries.reduce((sum, entry) => sum + entry.amountFen, 0) },
      });
      await em.flush();
      return locked;
    });
  }

  /**
   * The union admin of the campaign's unit closes it: no roster is built, edited, submitted or approved after; what
   * was approved goes on to payment and receipt as cases do.
   */
  async close(actor: Actor, campaignId: string): Promise<Campaign> {
    const campaign = await this.get(actor, campaignId);
    if (!scopeFor(actor).canActOn(campaign.unitId, ['UNION_ADMIN'])) throw forbidden();
    if (campaign.status === 'CLOSED') throw new DomainError('INVALID_TRANSITION', 'campaign.closed');
    Object.assign(campaign, { status: 'CLOSED', closedAt: this.clock() });
    recordAudit(this.em, actor, { action: 'campaign.close', entityType: 'Campaign', entityId: campaign.id, unitId: campaign.unitId });
    await this.em.flush();
    return campaign;
  }

  /**
   * Staff of the roster's unit pay an approved roster once its notice has ended (domain.md §9): a job pays every line
   * whose case is READY_TO_PAY from the campaign's fund nearest the unit. Not the person who approved it; cash is
   * handed over one by one at the counter (disburseCase), so a batch pays by transfer or in kind. Asking again while
   * a payout runs returns that job.
   */
  async payRoster(actor: Actor, rosterId: string, method: DisbursementMethod): Promise<JobRecord> {
    const { roster, unit } = await this.rosterFor(actor, rosterId, (scope, unit) => scope.canActOn(unit.id, ACTING_ROLES));
    if (roster.status !== 'APPROVED') throw new DomainError('INVALID_TRANSITION', 'roster.notApproved');
    if (roster.approvedById === actor.userId) throw new DomainError('FORBIDDEN', 'case.payerIsApprover');
    if (method === 'CASH') throw new DomainError('BAD_USER_INPUT', 'roster.cashAtCounter');
    const campaign = await this.get(actor, roster.campaignId);
    if (this.clock() < roster.noticeEndsAt!) {
      throw new DomainError('INVALID_TRANSITION', 'roster.inNotice', { date: shanghaiDate(roster.noticeEndsAt!) });
    }
    const fundUnit = await this.payingFund(campaign, unit);
    return this.em.transactional(async (em) => {
      const locked = await em.findOneOrFail(Roster, { id: roster.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const running = locked.payoutJobId ? await em.findOne(JobRecord, { id: locked.payoutJobId }) : null;
      if (running && ['QUEUED', 'ACTIVE'].includes(running.state)) return running;
      const job = em.create(JobRecord, {
        name: 'payRoster',
        requestedById: actor.userId,
        unitId: unit.id,
        params: { campaignId: campaign.id, rosterId: roster.id, fundUnitId: fundUnit.id, method },
      });
      await em.flush();
      locked.payoutJobId = job.id;
      enqueue(em, { queue: CAMPAIGN_QUEUE, name: 'payRoster', jobKey: `roster-pay-${job.id}`, payload: { jobId: job.id } });
      recordAudit(em, actor, {
        action: 'roster.pay',
        entityType: 'Roster',
        entityId: roster.id,
        unitId: unit.id,
        after: { jobId: job.id, fundUnitId: fundUnit.id, method },
      });
      return job;
    });
  }

  /**
   * The payout job: the roster's lines in chunks of `chunkSize`, each chunk one transaction that locks its cases, pays
   * those READY_TO_PAY to a verified recipient as far as the fund goes, moves them to DISBURSED, tells the workers and
   * records on every line it could not pay why. Once the fund runs dry the rest are refused with that reason. A case
   * leaves READY_TO_PAY in the transaction that pays it, so a retried or resumed job never pays it again.
   */
  async runPayout(jobId: string, chunkSize: number): Promise<PayoutResult> {
    const job = await this.em.findOne(JobRecord, { id: jobId });
    if (!job) return { paid: 0, paidFen: 0, refused: 0 };
    if (job.state === 'COMPLETED') return job.result as unknown as PayoutResult;
    const params = job.params as { rosterId: string; fundUnitId: string; method: DisbursementMethod };
    const roster = await this.em.findOneOrFail(Roster, { id: params.rosterId });
    const payout: Payout = {
      jobId,
      roster,
      campaign: await this.em.findOneOrFail(Campaign, { id: roster.campaignId }),
      fundUnit: await this.em.findOneOrFail(Unit, { id: params.fundUnitId }),
      method: params.method,
      payer: { userId: job.requestedById! },
      payerRole: await roleOf(this.em, job.requestedById!, roster.unitId),
    };
    const lines = await payoutLines(this.em, roster.id);
    this.em.assign(job, { state: 'ACTIVE', startedAt: job.startedAt ?? this.clock() });
    await this.em.flush();
    let dry: PayRefusal | null = null;
    let seen = 0;
    for (let after = '0'; ;) {
      const chunk = await payoutChunk(this.em, roster.id, after, chunkSize);
      if (!chunk.length) break;
      seen += chunk.length;
      dry = await this.em.fork().transactional(async (em) => {
        const outcome = await this.payChunk(
          em,
          payout,
          chunk.map((line) => line.case_id),
          dry,
        );
        // the running totals commit with the payments they count, so a resumed job goes on from them
        const record = await em.findOneOrFail(JobRecord, { id: jobId });
        const before = (record.result ?? { paid: 0, paidFen: 0 }) as Pick<PayoutResult, 'paid' | 'paidFen'>;
        record.result = { paid: before.paid + outcome.paid, paidFen: before.paidFen + outcome.paidFen };
        record.progress = Math.min(99, Math.floor((seen / Math.max(lines, 1)) * 100));
        return outcome.dry;
      });
      after = chunk[chunk.length - 1].id;
    }
    const record = await this.em.fork().findOneOrFail(JobRecord, { id: jobId });
    const result = {
      ...((record.result as Pick<PayoutResult, 'paid' | 'paidFen'> | null) ?? { paid: 0, paidFen: 0 }),
      refused: await refusedLines(this.em, roster.id),
    };
    await this.em.nativeUpdate(JobRecord, { id: jobId }, { state: 'COMPLETED', progress: 100, finishedAt: this.clock(), result });
    return result;
  }

  /**
   * One chunk of a payout, in the caller's transaction: lock the chunk's READY_TO_PAY cases, pay those with a verified
   * recipient as far as the fund goes (nothing once it is `dry`), move them on as a single payout would, and record
   * on every line left why. Answers what it paid and whether the fund is now dry.
   */
  private async payChunk(
    em: EntityManager,
    payout: Payout,
    caseIds: string[],
    dry: PayRefusal | null,
  ): Promise<{ paid: number; paidFen: number; dry: PayRefusal | null }> {
    const { roster, payer, method } = payout;
    const order = new Map(caseIds.map((id, index) => [id, index]));
    const payable = (await lockPayableCases(em, caseIds)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const bank = method === 'BANK_TRANSFER';
    const recipients = new Map(
      (
        await fileRecipients(
          em,
          payable.map((aidCase) => aidCase.fileId),
          bank,
        )
      ).map((row) => [row.file_id, row]),
    );
    const refusals: { caseId: string; refusal: PayRefusal | null }[] = [];
    const toPay: (CasePaymentRow & { aidCase: PayableCase })[] = [];
    for (const aidCase of payable) {
      const recipient = recipients.get(aidCase.fileId)!;
      const refusal = payRefusalOf(recipient, bank);
      if (refusal) refusals.push({ caseId: aidCase.id, refusal });
      else
        toPay.push({
          aidCase,
          caseId: aidCase.id,
          amountFen: aidCase.amountFen,
          recipientName: recipient.name!,
          recipientHash: recipient.hash,
          identity: recipient.identity!,
          payee: bank
            ? { bank: recipient.payee_bank!, accountEnc: recipient.payee_account_enc!, lastFour: recipient.payee_account_last4! }
            : null,
        });
    }
    let paidCount = 0;
    if (!dry && toPay.length) {
      const outcome = await payCasesFromFund(em, payout.fundUnit, toPay, { method, paidById: payer.userId, memo: payout.campaign.title });
      paidCount = outcome.paid;
      if (paidCount < toPay.length) {
        dry = {
          key: 'fund.insufficient',
          params: { balance: formatYuan(outcome.balanceFen), amount: formatYuan(toPay[paidCount].amountFen) },
        };
      }
    }
    const paid = toPay.slice(0, paidCount);
    for (const line of toPay.slice(paidCount)) refusals.push({ caseId: line.caseId, refusal: dry });
    if (paid.length) {
      const now = this.clock();
      await markCasesDisbursed(em, paid, {
        actorId: payer.userId,
        actorRole: payout.payerRole,
        method,
        fundUnitId: payout.fundUnit.id,
        now,
      });
      await notifyEach(
        em,
        paid
          .filter((line) => line.aidCase.applicantUserId)
          .map((line) => ({
            userId: line.aidCase.applicantUserId!,
            kind: 'CASE_STATUS' as const,
            caseId: line.caseId,
            params: { status: 'DISBURSED', title: line.aidCase.title, caseNumber: line.aidCase.caseNumber },
          })),
        true,
      );
      for (const line of paid) {
        recordAudit(em, payer, {
          action: 'case.disburse',
          entityType: 'AidCase',
          entityId: line.caseId,
          unitId: roster.unitId,
          before: { status: 'READY_TO_PAY' },
          after: { status: 'DISBURSED', method, amountFen: line.amountFen, rosterId: roster.id, jobId: payout.jobId },
        });
      }
    }
    await setPayRefusals(em, roster.id, [...paid.map((line) => ({ caseId: line.caseId, refusal: null })), ...refusals]);
    return { paid: paid.length, paidFen: paid.reduce((sum, line) => sum + line.amountFen, 0), dry };
  }

  /** Starts the 花名册 (.xlsx) of a roster for anyone who reads it; the export worker writes the file. */
  async startRosterExport(actor: Actor, rosterId: string): Promise<JobRecord> {
    const { roster, unit } = await this.rosterFor(actor, rosterId, () => true);
    return startJob(this.em, actor, {
      queue: EXPORT_QUEUE,
      name: 'exportCampaignRoster',
      unitId: unit.id,
      params: { rosterId: roster.id, unitId: unit.id },
      audit: { action: 'roster.export', entityType: 'Roster', entityId: roster.id },
    });
  }

  /** The export job's work: the sheet, for a requester who still reads the roster. */
  async writeRosterSheet(actor: Actor, rosterId: string, filePath: string): Promise<{ rows: number; totalFen: number }> {
    return writeCampaignRosterWorkbook(await this.rosterSheet(actor, rosterId), filePath);
  }

  /** A roster's lines as its sheets show them (花名册), for a reader of the roster's unit. */
  async rosterSheet(actor: Actor, rosterId: string): Promise<RosterSheet> {
    const { roster, unit } = await this.rosterFor(actor, rosterId, () => true);
    const campaign = await this.em.findOneOrFail(Campaign, { id: roster.campaignId });
    return { campaign, roster, unit, rows: await rosterSheetRows(this.em, roster.id) };
  }

  /** A submitted roster goes back for changes, with the reason: from its own head, or from the union above. */
  async returnRoster(actor: Actor, rosterId: string, reasonText: string): Promise<Roster> {
    const why = parseInput(reason, reasonText);
    const { roster, unit } = await this.submittedRoster(actor, rosterId, [(unit) => unit.id, (unit) => unit.parent?.id ?? null]);
    await this.openCampaign(actor, roster.campaignId);
    Object.assign(roster, { status: 'RETURNED', returnReason: why });
    recordAudit(this.em, actor, {
      action: 'roster.return',
      entityType: 'Roster',
      entityId: roster.id,
      unitId: unit.id,
      after: { reason: why },
    });
    await this.em.flush();
    return roster;
  }

  /** A submitted roster and its unit, for a head of one of the units `deciders` names (the unit, its parent). */
  private async submittedRoster(
    actor: Actor,
    rosterId: string,
    deciders: ((unit: Unit) => string | null)[],
  ): Promise<{ roster: Roster; unit: Unit }> {
    const found = await this.rosterFor(actor, rosterId, (scope, unit) =>
      deciders.some((decider) => {
        const id = decider(unit);
        return id !== null && scope.canActOn(id, HEAD_ROLES);
      }),
    );
    if (found.roster.status !== 'SUBMITTED') throw new DomainError('INVALID_TRANSITION', 'roster.notSubmitted');
    return found;
  }

  /** A roster staff of its unit may change now: being built, submitted or approved, it is not. */
  private async editableRoster(actor: Actor, rosterId: string): Promise<{ roster: Roster; campaign: Campaign }> {
    const { roster } = await this.rosterFor(actor, rosterId, (scope, unit) => scope.canActOn(unit.id, ACTING_ROLES));
    const campaign = await this.openCampaign(actor, roster.campaignId);
    if (!['DRAFT', 'RETURNED'].includes(roster.status)) throw new DomainError('INVALID_TRANSITION', 'roster.notEditable');
    return { roster, campaign };
  }

  /** A roster the caller reads (else NOT_FOUND) and may act on as `may` says (else FORBIDDEN), with its unit. */
  private async rosterFor(
    actor: Actor,
    rosterId: string,
    may: (scope: Scope, unit: Unit) => boolean,
  ): Promise<{ roster: Roster; unit: Unit }> {
    const roster = isWellFormedId(rosterId) ? await this.em.findOne(Roster, { id: rosterId }) : null;
    const unit = roster && (await this.em.findOne(Unit, { id: roster.unitId }));
    const scope = scopeFor(actor);
    if (!roster || !unit || !scope.canReadRecordsOf(unit)) throw notFound('roster');
    if (!may(scope, unit)) throw forbidden();
    return { roster, unit };
  }

  /** An OPEN campaign before its closing time. */
  private async openCampaign(actor: Actor, campaignId: string): Promise<Campaign> {
    const campaign = await this.get(actor, campaignId);
    if (campaign.status !== 'OPEN' || this.clock() >= campaign.closesAt) throw new DomainError('INVALID_TRANSITION', 'campaign.closed');
    return campaign;
  }

  /**
   * The funds a campaign pays from: those named, each held by the campaign's unit or a unit below it (never another
   * union's money), or by default the campaign unit's own.
   */
  private async campaignFunds(unit: Unit, named: string[] | null | undefined): Promise<string[]> {
    if (!named?.length) return unit.holdsFund ? [unit.id] : [];
    const funds = await this.em.find(Unit, { id: { $in: named } });
    for (const id of named) {
      const fund = funds.find((candidate) => candidate.id === id);
      const inSubtree = fund && (fund.id === unit.id || fund.path.startsWith(`${unit.path}.`));
      if (!fund || !inSubtree || !fund.holdsFund || !fund.active) {
        throw new DomainError('BAD_USER_INPUT', 'campaign.fundOutside', { name: fund?.name ?? id });
      }
    }
    return [...new Set(named)];
  }

  /** The campaign's fund nearest the roster's unit: the deepest of them on the unit's path. */
  private async payingFund(campaign: Campaign, unit: Unit): Promise<Unit> {
    const path = unit.path.split('.');
    const nearest = campaign.fundUnitIds.filter((id) => path.includes(id)).sort((a, b) => path.indexOf(b) - path.indexOf(a))[0];
    if (!nearest) throw new DomainError('BAD_USER_INPUT', 'campaign.noFundFor', { name: unit.name });
    return this.em.findOneOrFail(Unit, { id: nearest });
  }

  /** The yearly cap of the campaign's aid type at the unit, when the campaign counts toward it and there is one. */
  private async yearlyCap(em: EntityManager, campaign: Campaign, unitId: string): Promise<YearlyCap | null> {
    if (!campaign.countsTowardCap) return null;
    const unit = await em.findOneOrFail(Unit, { id: unitId });
    const { yearlyCapFen } = await policyFor(em, unit.path, campaign.aidType);
    if (yearlyCapFen === null) return null;
    return {
      type: campaign.aidType,
      capFen: yearlyCapFen,
      counted: COUNTED_FOR_CAP,
      yearStart: shanghaiYearStart(shanghaiYear(this.clock())),
    };
  }

  /** What a unit may still put on its own roster: its quota less what it handed on and what its roster holds. */
  private async roomFor(em: EntityManager, campaignId: string, unitId: string): Promise<Allocation> {
    const quota = await em.findOne(CampaignQuota, { campaignId, unitId });
    if (!quota) return { households: 0, amountFen: 0 };
    const handedOn = await childAllocation(em, campaignId, unitId);
    const rostered = await this.rosterUsageOf(em, campaignId, unitId);
    return {
      households: quota.households - handedOn.households - rostered.households,
      amountFen: quota.amountFen - handedOn.amountFen - rostered.amountFen,
    };
  }

  private async rosterUsageOf(em: EntityManager, campaignId: string, unitId: string): Promise<Allocation> {
    const roster = await em.findOne(Roster, { campaignId, unitId });
    return roster ? rosterUsage(em, roster.id) : { households: 0, amountFen: 0 };
  }
}

declare module '../../common/context.js' {
  interface Services {
    campaigns: CampaignService;
  }
}
