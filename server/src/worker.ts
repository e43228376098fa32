import 'reflect-metadata';
import { loadConfig } from './app/config.js';
import { createRuntime, onShutdown } from './app/runtime.js';
import { createServices, serviceDeps } from './app/services.js';
import { OutboxDrain } from './modules/jobs/outbox-drain.js';

/** The background process: drains the outbox into BullMQ and ends public-notice periods. */
const config = loadConfig();
const runtime = await createRuntime(config, 'worker');
const deps = serviceDeps(config, runtime.redis);
const drain = new OutboxDrain(runtime.orm, runtime.redis, runtime.logger);
drain.start(config.OUTBOX_POLL_MS);

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
  await drain.stop();
  await runtime.close();
});
