import 'reflect-metadata';
import { createServer } from 'node:http';
import { loadConfig } from './app/config.js';
import { createRuntime, onShutdown } from './app/runtime.js';
import { serviceDeps } from './app/services.js';
import { OutboxDrain } from './modules/jobs/outbox-drain.js';
import { createSmsSender, scheduleMaintenance, startWorkers } from './modules/jobs/processors.js';

/**
 * The background process: drains the outbox into BullMQ and consumes every queue. `/healthz` answers 200 only
 * while heartbeat jobs keep being consumed, so a worker that stopped consuming after a Redis restart fails it.
 */
const config = loadConfig();
const runtime = await createRuntime(config, 'worker');
const deps = serviceDeps(config, runtime.redis);
let lastHeartbeat = Date.now();
const workers = startWorkers(runtime.redis, {
  orm: runtime.orm, deps, logger: runtime.logger, sms: createSmsSender(config, runtime.logger), onHeartbeat: () => { lastHeartbeat = Date.now(); },
}, config.JOB_LOCK_MS);
const maintenance = await scheduleMaintenance(runtime.redis, config);
const drain = new OutboxDrain(runtime.orm, runtime.redis, runtime.logger);
drain.start(config.OUTBOX_POLL_MS);

const health = createServer((req, res) => {
  const alive = Date.now() - lastHeartbeat < config.HEARTBEAT_MS * 3;
  res.writeHead(req.url === '/healthz' && alive ? 200 : 503, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status: alive ? 'ok' : 'stalled', lastHeartbeat: new Date(lastHeartbeat).toISOString() }));
});
health.listen(config.WORKER_HEALTH_PORT, config.HOST);
runtime.logger.info({ health: `http://${config.HOST}:${config.WORKER_HEALTH_PORT}/healthz` }, 'Bangfu worker running');

onShutdown(runtime.logger, async () => {
  health.close();
  await drain.stop();
  await workers.close();
  await maintenance.close();
  await runtime.close();
});
