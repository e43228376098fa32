import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '@bangfu/migrations';
import { entities } from './entities.js';
import { SYSTEM_ROWS, type RowScope } from '../common/row-scope.js';
import { rowScopedDriver } from './row-scoped-driver.js';
import type { FieldCipher } from '../common/crypto.js';
import { runBackfills } from './backfills.js';

/**
 * `outsideRequests`: the rows of files and cases a connection sees when no request's caller is known. The API
 * sees none (a forgotten scope fails closed); the worker, the CLI and migrations see all.
 */
export function ormOptions(databaseUrl: string, poolMax = 10, outsideRequests: RowScope = SYSTEM_ROWS): Options {
  return defineConfig({
    driver: rowScopedDriver(outsideRequests),
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    pool: { min: 0, max: poolMax },
    allowGlobalContext: false,
    debug: false,
    migrations: {
      migrationsList,
      // used only by the CLI to write new migrations
      pathTs: '../migrations/src',
      path: '../migrations/dist',
      transactional: true,
      silent: true,
      allOrNothing: true,
    },
  });
}

/** `connect: false` leaves the first connection to the first query (a standby that may be down at start). */
export const initOrm = (databaseUrl: string, poolMax?: number, outsideRequests?: RowScope, connect = true): Promise<MikroORM> =>
  MikroORM.init({ ...ormOptions(databaseUrl, poolMax, outsideRequests), connect });

/** Creates the database if needed, applies pending migrations, then the data steps that need the keys. */
export async function migrate(orm: MikroORM, cipher: FieldCipher): Promise<string[]> {
  await orm.schema.ensureDatabase();
  const applied = await orm.getMigrator().up();
  const backfilled = await runBackfills(orm.em.fork(), cipher);
  return [...applied.map((migration) => migration.name), ...backfilled.map((name) => `backfill ${name}`)];
}
