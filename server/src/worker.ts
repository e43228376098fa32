import 'reflect-metadata';
import { createServer } from 'node:http';
import { loadConfig } from './app/config.js';
import { createRuntime, onShutdown } from './app/runtime.js';
import { serviceDeps } from './app/services.js';
import { SYSTEM_ROWS } from './common/row-scope.js';
import { OutboxDrain } from './worker/outbox-drain.js';
import { createSmsSender, scheduleMaintenance, startWorkers } from './worker/processors.js';

/**
 * The background process: drains the outbox into BullMQ and consumes every queue. `/healthz` answers 200 only
 * while heartbeat jobs keep being consumed, so a worker that stopped consuming after a Redis restart fails it.
 */
const config = loadConfig();
const runtime = await createRuntime(config, 'worker', SYSTEM_ROWS);
const deps = serviceDeps(config, runtime.redis, runtime.reads);
let lastHeartbeat = Date.now();
const processorContext = {
  orm: runtime.orm,
  deps,
  logger: runtime.logger,
  sms: createSmsSender(config, runtime.logger),
  onHeartbeat: () => {
    lastHeartbeat = Date.now();
  },
};
let workers = startWorkers(runtime.redis, processorContext, config.JOB_LOCK_MS);
const stalled = () => Date.now() - lastHeartbeat > config.HEARTBEAT_MS * 3;

// BullMQ workers can stop consuming after a Redis reconnect (a blocking call left hanging). When heartbeats
// stall while Redis answers again, the workers are recreated; the health check stays red until one is consumed.
let lastRestart = 0;
const restoreSchedulers = () =>
  scheduleMaintenance(runtime.redis, config).then(
    (queue) => queue.close(),
    (error: unknown) => runtime.logger.warn({ err: error }, 'could not restore job schedulers'),
  );
const watchdog = setInterval(() => {
  if (!stalled() || runtime.redis.status !== 'ready' || Date.now() - lastRestart < config.HEARTBEAT_MS * 3) return;
  lastRestart = Date.now();
  runtime.logger.warn('job consumption stalled; restarting queue workers');
  const old = workers;
  workers = startWorkers(runtime.redis, processorContext, config.JOB_LOCK_MS);
  old.close(true).catch((error: unknown) => runtime.logger.warn({ err: error }, 'closing stalled workers failed'));
  // the heartbeat's scheduler may be what is missing (a restore on reconnect can fail while Redis starts up)
  void restoreSchedulers();
}, config.HEARTBEAT_MS);
const maintenance = await scheduleMaintenance(runtime.redis, config);
// a Redis that restarted without its data has lost the schedulers: upserting again is harmless otherwise
runtime.redis.on('ready', () => void restoreSchedulers());
const drain = new OutboxDrain(runtime.orm, runtime.redis, runtime.logger, 100, config.REDIS_WAIT_REPLICAS);
drain.start(config.OUTBOX_POLL_MS);

const health = createServer((req, res) => {
  const alive = !stalled();
  res.writeHead(req.url === '/healthz' && alive ? 200 : 503, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status: alive ? 'ok' : 'stalled', lastHeartbeat: new Date(lastHeartbeat).toISOString() }));
});
health.listen(config.WORKER_HEALTH_PORT, config.HOST);
runtime.logger.info({ health: `http://${config.HOST}:${config.WORKER_HEALTH_PORT}/healthz` }, 'Bangfu worker running');

onShutdown(runtime.logger, async () => {
  clearInterval(watchdog);
  health.close();
  await drain.stop();
  await workers.close();
  await maintenance.close();
  await runtime.close();
});
