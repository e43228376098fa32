import 'reflect-metadata';
import { Redis } from 'ioredis';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { createLogger, type Logger } from '../common/logger.js';
import { initOrm } from './orm.js';
import type { RowScope } from '../common/row-scope.js';

export interface Runtime {
  orm: MikroORM;
  redis: Redis;
  logger: Logger;
  close(): Promise<void>;
}

/** The shared infrastructure of the API and worker processes. */
/** `outsideRequests`: what the database shows of people's records to work no request asked for (orm.ts). */
export async function createRuntime(config: Config, name: string, outsideRequests: RowScope): Promise<Runtime> {
  const logger = createLogger(config.LOG_LEVEL, name);
  const orm = await initOrm(config.DATABASE_URL, config.DB_POOL_MAX, outsideRequests);
  // BullMQ workers need maxRetriesPerRequest: null; the same setting is harmless elsewhere.
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false });
  // ioredis reconnects by itself; without a listener it prints each failed attempt to the console
  redis.on('error', (error: Error) => logger.warn({ err: error }, 'redis connection error'));
  return {
    orm,
    redis,
    logger,
    async close() {
      await orm.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** Runs `stop` once on SIGTERM or SIGINT, then exits. */
export function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => handler('SIGTERM'));
  process.once('SIGINT', () => handler('SIGINT'));
}
