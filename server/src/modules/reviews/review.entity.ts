import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { idColumn } from '../../common/columns.js';

export type ReviewOutcome = 'KEEP' | 'UPDATE' | 'RECLASSIFY' | 'CANCEL';
export type ReviewTaskStatus = 'DUE' | 'OVERDUE' | 'DONE';

/** 年度集中清理复核: one campaign per unit and year, over the unit's subtree (domain.md §3). */
@Entity({ tableName: 'review_campaign' })
export class ReviewCampaign {
  [OptionalProps]?: 'status' | 'generated' | 'createdAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  unitId!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  deadline!: Date;

  @Property({ type: 'integer' })
  graceDays!: number;

  @Property({ type: 'string' })
  status: 'OPEN' | 'CLOSED' = 'OPEN';

  @Property({ type: 'integer', nullable: true })
  filesTotal?: number | null;

  @Property({ type: 'boolean' })
  generated: boolean = false;

  @Property({ type: 'datetime', nullable: true })
  remindedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  deadlineAppliedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  graceAppliedAt?: Date | null;

  @Property({ type: idColumn(), nullable: true })
  jobId?: string | null;

  @Property({ type: 'json', nullable: true })
  summary?: Record<string, number> | null;

  @Property({ type: idColumn(), nullable: true })
  createdById?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}

@Entity({ tableName: 'review_task' })
export class ReviewTask {
  [OptionalProps]?: 'status' | 'createdAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  campaignId!: string;

  @Property({ type: idColumn() })
  fileId!: string;

  @Property({ type: 'string' })
  status: ReviewTaskStatus = 'DUE';

  @Property({ type: 'string', nullable: true })
  outcome?: ReviewOutcome | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: idColumn(), nullable: true })
  completedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
