import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { idColumn } from '../../common/columns.js';
import type { Rollup } from '../rollups/rollup.service.js';

export type StatReportStatus = 'SUBMITTED' | 'ACCEPTED' | 'RETURNED';

/** The figures a return freezes: the unit's rollup for the period, without its identity. */
export type StatFigures = Omit<Rollup, 'unitId' | 'from' | 'to'>;

/** A child unit whose return was not accepted when its parent submitted, with the head's reason. */
export interface MissingChild {
  unitId: string;
  reason: string;
}

/** One version of a unit's return for a period (统计上报); the database refuses to change its figures. */
@Entity({ tableName: 'stat_report' })
export class StatReport {
  [OptionalProps]?: 'status' | 'submittedAt' | 'missing';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  unitId!: string;

  @Property({ type: 'string' })
  period!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'string' })
  status: StatReportStatus = 'SUBMITTED';

  @Property({ type: 'json' })
  figures!: StatFigures;

  @Property({ type: 'json' })
  missing: MissingChild[] = [];

  @Property({ type: 'string', nullable: true })
  correctionReason?: string | null;

  @Property({ type: idColumn() })
  submittedById!: string;

  @Property({ type: 'datetime' })
  submittedAt: Date = new Date();

  @Property({ type: idColumn(), nullable: true })
  decidedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'string', nullable: true })
  returnReason?: string | null;
}
