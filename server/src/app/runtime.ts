import 'reflect-metadata';
import { Redis } from 'ioredis';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { createLogger, type Logger } from '../common/logger.js';
import { initOrm } from './orm.js';
import type { RowScope } from '../common/row-scope.js';
import { PRIMARY_READS, type ReadPath } from '../common/read-path.js';
import { ReplicaReads } from './replica-reads.js';

export interface Runtime {
  orm: MikroORM;
  redis: Redis;
  /** Where read-only paths read: the standby while it keeps up, else the primary. */
  reads: ReadPath;
  logger: Logger;
  close(): Promise<void>;
}

/** The shared infrastructure of the API and worker processes. */
/** `outsideRequests`: what the database shows of people's records to work no request asked for (orm.ts). */
export async function createRuntime(config: Config, name: string, outsideRequests: RowScope): Promise<Runtime> {
  const logger = createLogger(config.LOG_LEVEL, name);
  const orm = await initOrm(config.DATABASE_URL, config.DB_POOL_MAX, outsideRequests);
  const redis = connectRedis(config);
  // ioredis reconnects by itself; without a listener it prints each failed attempt to the console
  redis.on('error', (error: Error) => logger.warn({ err: error }, 'redis connection error'));
  let replica: ReplicaReads | null = null;
  if (config.DATABASE_REPLICA_URL) {
    // the standby may be down when the process starts: its pool connects on first use, and probes say when it is usable
    replica = new ReplicaReads(
      orm,
      await initOrm(config.DATABASE_REPLICA_URL, config.DB_POOL_MAX, outsideRequests, false),
      config.REPLICA_MAX_LAG_MS,
      logger,
    );
    replica.start(config.REPLICA_PROBE_MS);
  }
  return {
    orm,
    redis,
    reads: replica ?? PRIMARY_READS,
    logger,
    async close() {
      await replica?.stop();
      await orm.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/**
 * Redis on one address, or the master Sentinel names (ioredis asks the sentinels again after a failover). BullMQ
 * workers need maxRetriesPerRequest: null; the same setting is harmless elsewhere.
 */
export function connectRedis(config: Pick<Config, 'REDIS_URL' | 'REDIS_SENTINELS' | 'REDIS_SENTINEL_NAME'>): Redis {
  if (!config.REDIS_SENTINELS?.length) return new Redis(config.REDIS_URL!, { maxRetriesPerRequest: null });
  const url = config.REDIS_URL ? new URL(config.REDIS_URL) : null;
  return new Redis({
    sentinels: config.REDIS_SENTINELS,
    name: config.REDIS_SENTINEL_NAME,
    password: url?.password ? decodeURIComponent(url.password) : undefined,
    db: url && url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    maxRetriesPerRequest: null,
  });
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
