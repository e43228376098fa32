import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { ensureServices } from '../../scripts/services.mjs';
import { loadConfig } from '../../server/src/app/config.js';
import { createDemoDatabase, dropTestCopies, TEMPLATE_DATABASE, withDatabase } from './database.js';

/**
 * Starts (or reuses) real PostgreSQL and Redis, then builds one template database with every
 * migration and the demo network; each test file clones it, so files never share rows.
 */
export default async function setup(project: TestProject) {
  const services = await ensureServices('test');
  const env = { ...services.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' };
  await dropTestCopies(env.DATABASE_URL);
  await createDemoDatabase(loadConfig({ ...process.env, ...env, DATABASE_URL: withDatabase(env.DATABASE_URL, TEMPLATE_DATABASE) }));

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
