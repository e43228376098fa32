import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { JOB_STATES, type JobRecord, type JobState } from './job.entity.js';

export const JobStateEnum = Object.fromEntries(JOB_STATES.map((state) => [state, state])) as { [K in JobState]: K };
registerEnumType(JobStateEnum, { name: 'JobState' });

@ObjectType('Job', { description: 'Long work started by a mutation; poll until COMPLETED or FAILED' })
export class JobView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => JobStateEnum)
  state!: JobState;

  @Field(() => Int, { description: 'Percent done, 0..100' })
  progress!: number;

  @Field(() => GraphQLJSONObject, { nullable: true })
  result!: Record<string, unknown> | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it failed; EXPIRED on a completed export whose file was removed after the retention period',
  })
  error!: string | null;

  @Field(() => String, { nullable: true, description: 'Present once a job that produces a file is done' })
  downloadUrl!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

export const toJobView = (job: JobRecord): JobView => ({
  id: job.id,
  name: job.name,
  state: job.state,
  progress: job.progress,
  result: job.result ?? null,
  error: job.error ?? null,
  downloadUrl: job.state === 'COMPLETED' && job.filePath ? `/downloads/${job.id}` : null,
  createdAt: job.createdAt,
  finishedAt: job.finishedAt ?? null,
});
