import type { Config } from '../../server/src/app/config.js';
import { applicationUrl } from '../../scripts/services.mjs';
import { grantApplicationRole } from '../../server/src/app/database-roles.js';
import { initOrm, migrate } from '../../server/src/app/orm.js';
import { connectRedis } from '../../server/src/app/runtime.js';
import { cipherFor, createServices, serviceDeps } from '../../server/src/app/services.js';
import { loadDemoData } from '../../server/src/cli/demo-data.js';

export const TEMPLATE_DATABASE = 'bangfu_template';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Drops the copies of the template that earlier runs left (each test file works in its own copy and leaves it for a
 * post-mortem): a run starts with none, so the cluster does not grow run after run.
 */
export async function dropTestCopies(baseUrl: string): Promise<void> {
  const admin = await initOrm(withDatabase(baseUrl, 'postgres'), 1);
  try {
    const copies = await admin.em
      .getConnection()
      .execute<{ datname: string }[]>(`select datname from pg_database where datname ~ '^bangfu_t[0-9]+_[0-9]+_[0-9]+$'`);
    for (const { datname } of copies) await admin.em.getConnection().execute(`drop database if exists ${datname} with (force)`);
  } finally {
    await admin.close();
  }
}

/**
 * Drops and recreates the database of `config.DATABASE_URL` (the owner's) with every migration, the application
 * role's grants (as setup gives them) and the demo network.
 */
export async function createDemoDatabase(config: Config): Promise<void> {
  const admin = await initOrm(withDatabase(config.DATABASE_URL, 'postgres'), 1);
  const name = new URL(config.DATABASE_URL).pathname.slice(1);
  await admin.em.getConnection().execute(`drop database if exists ${name} with (force)`);
  await admin.em.getConnection().execute(`create database ${name}`);
  await admin.close();
  const orm = await initOrm(config.DATABASE_URL, 2);
  const redis = connectRedis(config);
  try {
    await migrate(orm, cipherFor(config));
    await grantApplicationRole(orm, applicationUrl(config.DATABASE_URL));
    // a new demo database starts with new sign-up budgets: the demo worker registers again on every run
    await redis.flushdb();
    const deps = serviceDeps(config, redis);
    await loadDemoData(orm.em.fork(), (em) => createServices(em, deps));
  } finally {
    await orm.close();
    await redis.quit();
  }
}
