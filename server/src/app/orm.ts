import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '@bangfu/migrations';
import { entities } from './entities.js';

export function ormOptions(databaseUrl: string, poolMax = 10): Options {
  return defineConfig({
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

export const initOrm = (databaseUrl: string, poolMax?: number): Promise<MikroORM> => MikroORM.init(ormOptions(databaseUrl, poolMax));

/** Creates the database if needed and applies pending migrations. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  await orm.schema.ensureDatabase();
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
