import 'reflect-metadata';
import { Worker } from 'bullmq';
import { loadConfig } from './app/config.js';
import { createRuntime, onShutdown } from './app/runtime.js';
import { createServices, serviceDeps } from './app/services.js';
import { EXPORT_QUEUE } from './modules/funds/fund.service.js';
import { markJobFailed, runExportJob } from './modules/jobs/export-runner.js';
import { OutboxDrain } from './modules/jobs/outbox-drain.js';

/** The background process: drains the outbox into BullMQ, runs export jobs and ends public-notice periods. */
const config = loadConfig();
const runtime = await createRuntime(config, 'worker');
const deps = serviceDeps(config, runtime.redis);
const drain = new OutboxDrain(runtime.orm, runtime.redis, runtime.logger);
drain.start(config.OUTBOX_POLL_MS);
const exportsWorker = new Worker(
  EXPORT_QUEUE,
  (job) => runExportJob(runtime.orm, deps, runtime.logger, String(job.data.jobId)),
  { connection: runtime.redis.duplicate(), concurrency: 2 },
);
exportsWorker.on('failed', (job, error) => {
  if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) void markJobFailed(runtime.orm, String(job.data.jobId), error.message);
});

// A sweep rather than one delayed job per case: it is idempotent and catches up after downtime.
let sweeping: Promise<unknown> = Promise.resolve();
const sweepNotices = () => {
  sweeping = createServices(runtime.orm.em.fork(), deps)
    .cases.expireNotices()
    .then((moved) => moved > 0 && runtime.logger.info({ moved }, 'public notice periods ended'))
    .catch((error: unknown) => runtime.logger.warn({ err: error }, 'notice sweep failed; retrying'));
};
sweepNotices();
const sweepTimer = setInterval(sweepNotices, config.NOTICE_SWEEP_MS);
runtime.logger.info('Bangfu worker running');

onShutdown(runtime.logger, async () => {
  clearInterval(sweepTimer);
  await sweeping;
  await exportsWorker.close();
  await drain.stop();
  await runtime.close();
});
