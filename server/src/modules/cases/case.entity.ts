import { BigIntType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { idColumn } from '../../common/columns.js';

/** Money columns are bigint fen in the database and safe integers in JavaScript. */
const fen = () => new BigIntType('number');
import type { AidType, CaseStatus, Channel } from '@bangfu/shared';

/** An aid case (帮扶/救助申请, domain.md §4). Its history is the append-only `case_event` table. */
@Entity({ tableName: 'aid_case' })
export class AidCase {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'missingItems' | 'objectionOpen' | 'description' | 'instalments';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: 'string', nullable: true })
  caseNumber?: string | null;

  @Property({ type: 'string' })
  clientId!: string;

  @Property({ type: idColumn() })
  createdById!: string;

  /** The worker account the case belongs to, when there is one (always for APP cases). */
  @Property({ type: idColumn(), nullable: true })
  applicantUserId?: string | null;

  @Property({ type: 'string' })
  type!: AidType;

  @Property({ type: 'string' })
  channel!: Channel;

  @Property({ type: 'string' })
  status!: CaseStatus;

  /** The unit holding the case now. */
  @Property({ type: idColumn() })
  unitId!: string;

  @Property({ type: idColumn() })
  originUnitId!: string;

  @Property({ type: idColumn(), nullable: true })
  fileId?: string | null;

  @Property({ type: 'string' })
  applicantName!: string;

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'text' })
  description: string = '';

  /** The applicant's answers (ApplicationAnswers from shared) as encrypted JSON: household income is sensitive. */
  @Property({ type: 'text', nullable: true })
  answersEnc?: string | null;

  @Property({ type: fen(), nullable: true })
  requestedAmountFen?: number | null;

  @Property({ type: fen(), nullable: true })
  proposedAmountFen?: number | null;

  @Property({ type: 'text', nullable: true })
  servicePlan?: string | null;

  @Property({ type: 'integer' })
  instalments: number = 1;

  @Property({ type: idColumn(), nullable: true })
  proposedById?: string | null;

  @Property({ type: fen(), nullable: true })
  approvedAmountFen?: number | null;

  @Property({ type: idColumn(), nullable: true })
  approvedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  rejectReason?: string | null;

  @Property({ type: 'text', nullable: true })
  returnReason?: string | null;

  /** Everything missing, listed at once (一次性告知). */
  @Property({ type: 'json' })
  missingItems: string[] = [];

  @Property({ type: 'datetime', nullable: true })
  noticeEndsAt?: Date | null;

  @Property({ type: 'boolean' })
  objectionOpen: boolean = false;

  /** The concentrated campaign whose roster line this case is (channel CAMPAIGN). */
  @Property({ type: idColumn(), nullable: true })
  campaignId?: string | null;

  @Property({ type: idColumn(), nullable: true })
  assignedToId?: string | null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  dueAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  serviceReport?: string | null;

  @Property({ type: 'text', nullable: true })
  closureReport?: string | null;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'integer', nullable: true })
  rating?: number | null;

  @Property({ type: 'text', nullable: true })
  ratingComment?: string | null;

  @Property({ type: 'datetime', nullable: true })
  ratedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  withdrawnReason?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@Entity({ tableName: 'case_event' })
export class CaseEvent {
  [OptionalProps]?: 'occurredAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  caseId!: string;

  @Property({ type: 'datetime' })
  occurredAt: Date = new Date();

  @Property({ type: idColumn(), nullable: true })
  actorId?: string | null;

  /** The capacity the actor acted in (a role on the unit, WORKER, or SYSTEM for automatic steps). */
  @Property({ type: 'string', nullable: true })
  actorRole?: string | null;

  @Property({ type: idColumn() })
  unitId!: string;

  @Property({ type: 'string' })
  action!: string;

  @Property({ type: 'string', nullable: true })
  fromStatus?: CaseStatus | null;

  @Property({ type: 'string', nullable: true })
  toStatus?: CaseStatus | null;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Property({ type: 'json', nullable: true })
  data?: Record<string, unknown> | null;
}

@Entity({ tableName: 'case_visit' })
export class CaseVisit {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  caseId!: string;

  @Property({ type: 'datetime' })
  visitedAt!: Date;

  @Property({ type: idColumn() })
  visitorId!: string;

  @Property({ type: 'text' })
  findings!: string;

  @Property({ type: 'boolean' })
  householdVerified!: boolean;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'case_objection' })
export class CaseObjection {
  [OptionalProps]?: 'raisedAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  caseId!: string;

  @Property({ type: idColumn() })
  raisedById!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'datetime' })
  raisedAt: Date = new Date();

  @Property({ type: idColumn(), nullable: true })
  resolvedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  @Property({ type: 'boolean', nullable: true })
  upheld?: boolean | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
