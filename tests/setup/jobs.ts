import type { Job } from 'bullmq';
import { serviceDeps } from '../../server/src/app/services.js';
import type { QueueName } from '../../server/src/app/queues.js';
import { LogSmsSender } from '../../server/src/modules/notifications/sms.js';
import { processors } from '../../server/src/worker/processors.js';
import type { AppClient, TestApp } from './test-app.js';

/** Runs a queued job as the worker's processor for its queue does, in the test's process. */
export function runQueuedJob(app: TestApp, queue: QueueName, name: string, jobId: string): Promise<unknown> {
  const ctx = {
    orm: app.worker,
    deps: serviceDeps(app.config, app.runtime.redis),
    logger: app.runtime.logger,
    sms: new LogSmsSender(app.runtime.logger),
  };
  return processors[queue](ctx, { name, data: { jobId } } as unknown as Job);
}

/** Fetches a finished job's file as its requester would, through `job(id).downloadUrl`. */
export async function downloadJobFile(
  app: AppClient,
  jobId: string,
  token: string,
): Promise<{ status: number; type: string; bytes: Buffer }> {
  const job = (await app.gql(`query($id: ID!) { job(id: $id) { state downloadUrl error } }`, { id: jobId }, { token })).data?.job;
  if (job?.state !== 'COMPLETED') throw new Error(`job ${jobId}: ${JSON.stringify(job)}`);
  const response = await fetch(app.url.replace('/graphql', job.downloadUrl), { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, type: response.headers.get('content-type') ?? '', bytes: Buffer.from(await response.arrayBuffer()) };
}
