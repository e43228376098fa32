import 'reflect-metadata';
import { loadConfig } from './app/config.js';
import { createRuntime, onShutdown } from './app/runtime.js';
import { OutboxDrain } from './modules/jobs/outbox-drain.js';

/** The background process: moves outbox rows to BullMQ; queue processors join as their issues land. */
const config = loadConfig();
const runtime = await createRuntime(config, 'worker');
const drain = new OutboxDrain(runtime.orm, runtime.redis, runtime.logger);
drain.start(config.OUTBOX_POLL_MS);
runtime.logger.info('Bangfu worker running');

onShutdown(runtime.logger, async () => {
  await drain.stop();
  await runtime.close();
});
