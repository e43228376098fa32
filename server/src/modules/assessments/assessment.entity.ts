import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Rubric } from '@bangfu/shared';
import { idColumn } from '../../common/columns.js';

export type Scores = Record<string, number>;

@Entity({ tableName: 'assessment_cycle' })
export class AssessmentCycle {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  unitId!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'date' })
  selfCheckUntil!: string;

  @Property({ type: 'date' })
  applicationFrom!: string;

  @Property({ type: 'date' })
  applicationUntil!: string;

  @Property({ type: 'date' })
  inspectionFrom!: string;

  @Property({ type: 'date' })
  inspectionUntil!: string;

  /** The rubric as it stood when the cycle opened: later rubric versions never rewrite past scores. */
  @Property({ type: 'json' })
  rubric!: Rubric;

  @Property({ type: idColumn(), nullable: true })
  createdById?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

@Entity({ tableName: 'assessment' })
export class Assessment {
  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: idColumn() })
  cycleId!: string;

  @Property({ type: idColumn() })
  unitId!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'json', nullable: true })
  districtScores?: Scores | null;

  @Property({ type: idColumn(), nullable: true })
  districtScoredById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  districtScoredAt?: Date | null;

  @Property({ type: 'json', nullable: true })
  cityScores?: Scores | null;

  @Property({ type: idColumn(), nullable: true })
  cityScoredById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  cityScoredAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  appliedAt?: Date | null;

  @Property({ type: 'string', nullable: true })
  decision?: 'GRANTED' | 'DENIED' | null;

  @Property({ type: idColumn(), nullable: true })
  decidedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;
}
