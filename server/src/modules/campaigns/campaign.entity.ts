import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { AidType, HardshipCategory } from '@bangfu/shared';
import { fenColumn as fen, idColumn } from '../../common/columns.js';

export const CAMPAIGN_KINDS = ['SPRING_FESTIVAL', 'AUTUMN_EDUCATION', 'SUMMER', 'DISASTER_RELIEF', 'OTHER'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
export const ROSTER_STATUSES = ['BUILDING', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

/** 集中帮扶活动: a union's campaign over its subtree (送温暖, 金秋助学 …), domain.md §9. */
@Entity({ tableName: 'campaign' })
export class Campaign {
  [OptionalProps]?: 'status' | 'countsTowardCap' | 'createdAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  unitId!: string;

  @Property({ type: 'string' })
  kind!: CampaignKind;

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'string' })
  aidType!: AidType;

  /** The file categories the roster is proposed from. */
  @Property({ type: 'json' })
  categories!: HardshipCategory[];

  /** The standard amount per category (fen). */
  @Property({ type: 'json' })
  standardAmounts!: Partial<Record<HardshipCategory, number>>;

  @Property({ type: fen() })
  minAmountFen!: number;

  @Property({ type: fen() })
  maxAmountFen!: number;

  @Property({ type: 'datetime' })
  opensAt!: Date;

  @Property({ type: 'datetime' })
  closesAt!: Date;

  @Property({ type: 'integer' })
  noticeDays!: number;

  @Property({ type: 'boolean' })
  countsTowardCap: boolean = false;

  /** The funds it pays from: each roster is paid by the nearest of them at or above the roster's unit. */
  @Property({ type: 'json' })
  fundUnitIds!: string[];

  @Property({ type: 'string' })
  status: 'OPEN' | 'CLOSED' = 'OPEN';

  @Property({ type: idColumn() })
  createdById!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}

/** The households and money a unit may put on the campaign's rosters of its subtree; the campaign's unit holds all. */
@Entity({ tableName: 'campaign_quota' })
export class CampaignQuota {
  [OptionalProps]?: 'setAt';

  @PrimaryKey({ type: idColumn() })
  campaignId!: string;

  @PrimaryKey({ type: idColumn() })
  unitId!: string;

  @Property({ type: 'integer' })
  households!: number;

  @Property({ type: fen() })
  amountFen!: number;

  @Property({ type: idColumn() })
  setById!: string;

  @Property({ type: 'datetime' })
  setAt: Date = new Date();
}

/** A station's roster (花名册) for a campaign. */
@Entity({ tableName: 'roster' })
export class Roster {
  [OptionalProps]?: 'status' | 'createdAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  campaignId!: string;

  @Property({ type: idColumn() })
  unitId!: string;

  @Property({ type: 'string' })
  status: RosterStatus = 'BUILDING';

  @Property({ type: idColumn(), nullable: true })
  jobId?: string | null;

  @Property({ type: idColumn() })
  builtById!: string;

  @Property({ type: idColumn(), nullable: true })
  submittedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Property({ type: idColumn(), nullable: true })
  approvedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  approvedAt?: Date | null;

  @Property({ type: 'string', nullable: true })
  returnReason?: string | null;

  /** When the public notice of the approved roster ends: it is paid after. */
  @Property({ type: 'datetime', nullable: true })
  noticeEndsAt?: Date | null;

  /** The latest batch payout of the roster. */
  @Property({ type: idColumn(), nullable: true })
  payoutJobId?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** Why the batch payout left a line unpaid: an error key of shared/i18n and its parameters. */
export interface PayRefusal {
  key: string;
  params?: Record<string, string | number>;
}

/** One household on a roster; it becomes an aid case (channel CAMPAIGN) when the roster is approved. */
@Entity({ tableName: 'roster_entry' })
export class RosterEntry {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  rosterId!: string;

  @Property({ type: idColumn() })
  campaignId!: string;

  @Property({ type: idColumn() })
  fileId!: string;

  @Property({ type: fen() })
  amountFen!: number;

  /** Meets the campaign's rule; an entry that does not carries the written reason it was added for, and is flagged. */
  @Property({ type: 'boolean' })
  eligible!: boolean;

  @Property({ type: 'string', nullable: true })
  reason?: string | null;

  /** Null: proposed by the roster build. */
  @Property({ type: idColumn(), nullable: true })
  addedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  removedAt?: Date | null;

  @Property({ type: idColumn(), nullable: true })
  removedById?: string | null;

  @Property({ type: 'string', nullable: true })
  removedReason?: string | null;

  @Property({ type: idColumn(), nullable: true })
  caseId?: string | null;

  /** Set when the last payout could not pay the line; cleared when a payout pays it. */
  @Property({ type: 'json', nullable: true })
  payRefusal?: PayRefusal | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
