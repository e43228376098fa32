import 'reflect-metadata';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';
import { ensureServices } from '../../scripts/services.mjs';
import { loadConfig } from '../../server/src/app/config.js';
import { initOrm, migrate } from '../../server/src/app/orm.js';
import { createServices, serviceDeps } from '../../server/src/app/services.js';
import { loadDemoData } from '../../server/src/cli/demo-data.js';
import { TEMPLATE_DATABASE, withDatabase } from './database.js';

/**
 * Starts (or reuses) real PostgreSQL and Redis, then builds one template database with every
 * migration and the demo network; each test file clones it, so files never share rows.
 */
export default async function setup(project: TestProject) {
  const services = await ensureServices('test');
  const env = { ...services.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' };
  const templateUrl = withDatabase(env.DATABASE_URL, TEMPLATE_DATABASE);
  const admin = await initOrm(withDatabase(env.DATABASE_URL, 'postgres'), 1);
  await admin.em.getConnection().execute(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
  await admin.close();

  const config = loadConfig({ ...process.env, ...env, DATABASE_URL: templateUrl });
  const orm = await initOrm(templateUrl, 2);
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
  await migrate(orm);
  const deps = serviceDeps(config, redis);
  await loadDemoData(orm.em.fork(), (em) => createServices(em, deps));
  await orm.close();
  await redis.quit();

  for (const [key, value] of Object.entries(env)) project.provide(key as 'DATABASE_URL', value);
  return () => services.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    DATABASE_URL: string;
    REDIS_URL: string;
    DATA_ENCRYPTION_KEY: string;
    LOOKUP_HMAC_KEY: string;
    NODE_ENV: string;
    LOG_LEVEL: string;
  }
}
