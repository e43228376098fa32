import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, type Config } from '../app/config.js';
import { initOrm } from '../app/orm.js';

/** The frame of the maintenance commands: the configuration, a small pool, and the pool closed whatever happens. */
export async function withDatabase(work: (orm: MikroORM, config: Config) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const orm = await initOrm(config.DATABASE_URL, 2);
  try {
    await work(orm, config);
  } finally {
    await orm.close();
  }
}
