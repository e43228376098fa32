import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { idColumn } from '../../common/columns.js';

export const JOB_STATES = ['QUEUED', 'ACTIVE', 'COMPLETED', 'FAILED'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** Long work a user started and follows through `job(id)`; the worker updates it as it runs. */
@Entity({ tableName: 'job' })
export class JobRecord {
  [OptionalProps]?: 'state' | 'progress' | 'params' | 'createdAt';

  @PrimaryKey({ type: idColumn() })
  id!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'string' })
  state: JobState = 'QUEUED';

  @Property({ type: 'integer' })
  progress: number = 0;

  @Property({ type: 'json' })
  params: Record<string, string | number | boolean | null> = {};

  @Property({ type: 'json', nullable: true })
  result?: Record<string, unknown> | null;

  @Property({ type: 'string', nullable: true })
  error?: string | null;

  @Property({ type: 'string', nullable: true })
  filePath?: string | null;

  @Property({ type: idColumn(), nullable: true })
  requestedById?: string | null;

  @Property({ type: idColumn(), nullable: true })
  unitId?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  startedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;
}
