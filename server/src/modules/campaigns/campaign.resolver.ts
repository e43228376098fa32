import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { translate, type CaseStatus, type DisbursementMethod, type MessageKey } from '@bangfu/shared';
import { requireActor, type Context } from '../../common/context.js';
import { DisbursementMethodEnum } from '../funds/fund.types.js';
import { JobView, toJobView } from '../jobs/job.types.js';
import { DomainError } from '../../common/domain-error.js';
import { toUnitView, UnitView } from '../org/unit.types.js';
import { toFileView } from '../people/hardship-file.resolver.js';
import { HardshipFileView } from '../people/hardship-file.types.js';
import type { Campaign, CampaignQuota, Roster, RosterEntry } from './campaign.entity.js';
import { AidCaseView } from '../cases/case.types.js';
import {
  CaseCampaignView,
  CampaignFiguresView,
  CampaignInput,
  CampaignQuotaView,
  CampaignView,
  QuotaInput,
  RosterEntryInput,
  RosterEntryView,
  RosterView,
} from './campaign.types.js';

const toCampaignView = (campaign: Campaign): CampaignView => ({
  id: campaign.id,
  unitId: campaign.unitId,
  kind: campaign.kind,
  title: campaign.title,
  aidType: campaign.aidType,
  standardAmounts: campaign.categories.map((category) => ({ category, amountFen: campaign.standardAmounts[category]! })),
  minAmountFen: campaign.minAmountFen,
  maxAmountFen: campaign.maxAmountFen,
  opensAt: campaign.opensAt,
  closesAt: campaign.closesAt,
  noticeDays: campaign.noticeDays,
  countsTowardCap: campaign.countsTowardCap,
  status: campaign.status,
  fundUnitIds: campaign.fundUnitIds,
});
const toQuotaView = (quota: CampaignQuota): CampaignQuotaView => ({
  unitId: quota.unitId,
  households: quota.households,
  amountFen: quota.amountFen,
});
const toRosterView = (roster: Roster): RosterView => ({
  id: roster.id,
  campaignId: roster.campaignId,
  unitId: roster.unitId,
  status: roster.status,
  jobId: roster.jobId ?? null,
  submittedAt: roster.submittedAt ?? null,
  returnReason: roster.returnReason ?? null,
  approvedAt: roster.approvedAt ?? null,
  noticeEndsAt: roster.noticeEndsAt ?? null,
  payoutJobId: roster.payoutJobId ?? null,
});
const toEntryView = (entry: RosterEntry, caseStatus: CaseStatus | null = null): RosterEntryView => ({
  id: entry.id,
  fileId: entry.fileId,
  amountFen: entry.amountFen,
  eligible: entry.eligible,
  reason: entry.reason ?? null,
  addedByHand: Boolean(entry.addedById),
  removedAt: entry.removedAt ?? null,
  removedReason: entry.removedReason ?? null,
  caseId: entry.caseId ?? null,
  caseStatus,
  payRefusal: entry.payRefusal ?? null,
});

@Resolver(() => CampaignView)
export class CampaignResolver {
  @Authorized()
  @Query(() => [CampaignView], { description: 'The campaigns covering a unit: opened at it or above it, newest first' })
  async campaigns(@Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<CampaignView[]> {
    return (await ctx.services.campaigns.covering(requireActor(ctx), unitId)).map(toCampaignView);
  }

  @Authorized()
  @Query(() => CampaignView)
  async campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CampaignView> {
    return toCampaignView(await ctx.services.campaigns.get(requireActor(ctx), id));
  }

  @Authorized('UNION_ADMIN')
  @Mutation(() => CampaignView, {
    description: "A union's campaign for its subtree; its own quota is the campaign's households and budget",
  })
  async createCampaign(@Arg('input', () => CampaignInput) input: CampaignInput, @Ctx() ctx: Context): Promise<CampaignView> {
    return toCampaignView(await ctx.services.campaigns.create(requireActor(ctx), input));
  }

  @Authorized('UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => [CampaignQuotaView], { description: "Hands a unit's quota down to its direct children" })
  async setCampaignQuotas(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('unitId', () => ID, { description: 'The unit whose children get the quotas' }) unitId: string,
    @Arg('quotas', () => [QuotaInput]) quotas: QuotaInput[],
    @Ctx() ctx: Context,
  ): Promise<CampaignQuotaView[]> {
    return (await ctx.services.campaigns.setQuotas(requireActor(ctx), campaignId, unitId, quotas)).map(toQuotaView);
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => RosterView, { description: "Starts the job proposing a unit's roster from its eligible ACTIVE files" })
  async buildRoster(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
  ): Promise<RosterView> {
    return toRosterView(await ctx.services.campaigns.buildRoster(requireActor(ctx), campaignId, unitId));
  }

  @Authorized()
  @Query(() => RosterView, { nullable: true, description: "A unit's roster of a campaign; null before it is built" })
  async campaignRoster(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
  ): Promise<RosterView | null> {
    const roster = await ctx.services.campaigns.roster(requireActor(ctx), campaignId, unitId);
    return roster && toRosterView(roster);
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => RosterEntryView)
  async addRosterEntry(
    @Arg('rosterId', () => ID) rosterId: string,
    @Arg('input', () => RosterEntryInput) input: RosterEntryInput,
    @Ctx() ctx: Context,
  ): Promise<RosterEntryView> {
    return toEntryView(await ctx.services.campaigns.addEntry(requireActor(ctx), rosterId, input));
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => RosterEntryView)
  async removeRosterEntry(
    @Arg('entryId', () => ID) entryId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<RosterEntryView> {
    return toEntryView(await ctx.services.campaigns.removeEntry(requireActor(ctx), entryId, reason));
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => RosterView, { description: 'Sends the roster to the unit head for approval' })
  async submitRoster(@Arg('rosterId', () => ID) rosterId: string, @Ctx() ctx: Context): Promise<RosterView> {
    return toRosterView(await ctx.services.campaigns.submitRoster(requireActor(ctx), rosterId));
  }

  @Authorized('UNION_ADMIN')
  @Mutation(() => CampaignView, { description: 'Closes the campaign: no roster changes after; approved cases go on to payment' })
  async closeCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CampaignView> {
    return toCampaignView(await ctx.services.campaigns.close(requireActor(ctx), id));
  }

  @Authorized('UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => RosterView, {
    description: 'The unit head approves a submitted roster: each household becomes an aid case, publicly noticed, then paid',
  })
  async approveRoster(@Arg('rosterId', () => ID) rosterId: string, @Ctx() ctx: Context): Promise<RosterView> {
    return toRosterView(await ctx.services.campaigns.approveRoster(requireActor(ctx), rosterId));
  }

  @Authorized('STATION_STAFF', 'UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => JobView, {
    description:
      'Pays an approved roster after its notice, in one batch job from the campaign fund nearest its unit; poll job(id). Cash is paid case by case',
  })
  async payRoster(
    @Arg('rosterId', () => ID) rosterId: string,
    @Arg('method', () => DisbursementMethodEnum, { defaultValue: 'BANK_TRANSFER' }) method: DisbursementMethod,
    @Ctx() ctx: Context,
  ): Promise<JobView> {
    return toJobView(await ctx.services.campaigns.payRoster(requireActor(ctx), rosterId, method));
  }

  @Authorized()
  @Mutation(() => JobView, { description: 'The roster (花名册) as .xlsx with a signature column; poll job(id) for the download' })
  async exportCampaignRoster(@Arg('rosterId', () => ID) rosterId: string, @Ctx() ctx: Context): Promise<JobView> {
    return toJobView(await ctx.services.campaigns.startRosterExport(requireActor(ctx), rosterId));
  }

  @Authorized('UNIT_HEAD', 'UNION_ADMIN')
  @Mutation(() => RosterView, { description: "Sends a submitted roster back with the reason: its unit's head or the union above" })
  async returnRoster(
    @Arg('rosterId', () => ID) rosterId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<RosterView> {
    return toRosterView(await ctx.services.campaigns.returnRoster(requireActor(ctx), rosterId, reason));
  }

  @FieldResolver(() => UnitView)
  async unit(@Root() campaign: CampaignView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(campaign.unitId))!);
  }

  @FieldResolver(() => [CampaignFiguresView], {
    description: "Where it stands in a unit's subtree (rostered, approved, paid, received, unpaid), then in each direct child's",
  })
  async figures(
    @Root() campaign: CampaignView,
    @Arg('unitId', () => ID) unitId: string,
    @Ctx() ctx: Context,
  ): Promise<CampaignFiguresView[]> {
    return ctx.services.campaigns.figures(requireActor(ctx), campaign.id, unitId);
  }

  @FieldResolver(() => [UnitView], { description: 'The units whose aid funds pay it' })
  async funds(@Root() campaign: CampaignView, @Ctx() ctx: Context): Promise<UnitView[]> {
    const units = await Promise.all(campaign.fundUnitIds.map((id) => ctx.loaders.unitById.load(id)));
    return units.filter((unit) => unit !== null).map(toUnitView);
  }

  @FieldResolver(() => [CampaignQuotaView], {
    description: "A unit's quota first (when it has one), then its direct children's: the quota tree one level at a time",
  })
  async quotas(@Root() campaign: CampaignView, @Arg('unitId', () => ID) unitId: string, @Ctx() ctx: Context): Promise<CampaignQuotaView[]> {
    const { own, children } = await ctx.services.campaigns.quotas(requireActor(ctx), campaign.id, unitId);
    return [...(own ? [own] : []), ...children].map(toQuotaView);
  }
}

@Resolver(() => AidCaseView)
export class CaseCampaignResolver {
  @FieldResolver(() => CaseCampaignView, { nullable: true, description: 'The concentrated campaign whose roster the case came from' })
  async campaign(@Root() aidCase: AidCaseView, @Ctx() ctx: Context): Promise<CaseCampaignView | null> {
    if (!aidCase.campaignId) return null;
    const campaign = await ctx.services.campaigns.ofCase(aidCase.campaignId);
    return { id: campaign.id, title: campaign.title, kind: campaign.kind };
  }
}

@Resolver(() => CampaignFiguresView)
export class CampaignFiguresResolver {
  @FieldResolver(() => UnitView)
  async unit(@Root() figures: CampaignFiguresView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(figures.unitId))!);
  }
}

@Resolver(() => CampaignQuotaView)
export class CampaignQuotaResolver {
  @FieldResolver(() => UnitView)
  async unit(@Root() quota: CampaignQuotaView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(quota.unitId))!);
  }
}

@Resolver(() => RosterView)
export class RosterResolver {
  @FieldResolver(() => UnitView)
  async unit(@Root() roster: RosterView, @Ctx() ctx: Context): Promise<UnitView> {
    return toUnitView((await ctx.loaders.unitById.load(roster.unitId))!);
  }

  @FieldResolver(() => [RosterEntryView], { description: 'Households on the roster; with includeRemoved, those taken off too' })
  async entries(
    @Root() roster: RosterView,
    @Ctx() ctx: Context,
    @Arg('includeRemoved', () => Boolean, { nullable: true }) includeRemoved?: boolean,
  ): Promise<RosterEntryView[]> {
    return (await ctx.services.campaigns.entries(roster.id, includeRemoved ?? false)).map(({ entry, caseStatus }) =>
      toEntryView(entry, caseStatus),
    );
  }

  @FieldResolver(() => CampaignQuotaView, { description: 'Households and money on the roster now' })
  async usage(@Root() roster: RosterView, @Ctx() ctx: Context): Promise<CampaignQuotaView> {
    return { unitId: roster.unitId, ...(await ctx.services.campaigns.usage(roster.id)) };
  }
}

@Resolver(() => RosterEntryView)
export class RosterEntryResolver {
  @FieldResolver(() => String, { nullable: true, description: "Why the last payout left the line unpaid, in the reader's language" })
  unpaidReason(@Root() entry: RosterEntryView, @Ctx() ctx: Context): string | null {
    return entry.payRefusal && translate(entry.payRefusal.key as MessageKey, ctx.lang, entry.payRefusal.params);
  }

  @FieldResolver(() => HardshipFileView, { nullable: true, description: "The household's file, as the reader may see it" })
  async file(@Root() entry: RosterEntryView, @Ctx() ctx: Context): Promise<HardshipFileView | null> {
    try {
      const { file, access } = await ctx.services.files.get(requireActor(ctx), entry.fileId);
      return toFileView(ctx.services.files, file, access);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }
}
