import 'reflect-metadata';
import { loadConfig } from '../app/config.js';
import { grantApplicationRole } from '../app/database-roles.js';
import { initOrm, migrate } from '../app/orm.js';
import { connectRedis } from '../app/runtime.js';
import { cipherFor, createServices, serviceDeps } from '../app/services.js';
import { Unit } from '../modules/org/unit.entity.js';
import { demoAccountsTable, loadDemoData } from './demo-data.js';

/** Applies migrations; with --demo, loads the demo network into an empty database and prints the accounts. */
const config = loadConfig();
const withDemo = process.argv.includes('--demo');
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '']);
// demo accounts share one published password: never in a production database on another machine
const ownerUrl = config.DATABASE_OWNER_URL ?? config.DATABASE_URL;
if (withDemo && config.NODE_ENV === 'production' && !LOOPBACK.has(new URL(ownerUrl).hostname)) {
  process.stderr.write(
    'setup --demo refused: NODE_ENV=production and DATABASE_URL is not on this machine; demo accounts have a published password\n',
  );
  process.exit(2);
}
const orm = await initOrm(ownerUrl, 2);
const redis = connectRedis(config);
try {
  const applied = await migrate(orm, cipherFor(config));
  process.stdout.write(applied.length ? `migrations applied: ${applied.join(', ')}\n` : 'database schema is up to date\n');
  const role = await grantApplicationRole(orm, config.DATABASE_URL);
  process.stdout.write(
    role
      ? `the API and worker connect as "${role}": no superuser, no DDL, append-only tables insert-only\n`
      : 'warning: the API and worker connect as the owner of the schema; set DATABASE_OWNER_URL and give DATABASE_URL its own role (README, Security)\n',
  );
  if (withDemo) {
    const em = orm.em.fork();
    if ((await em.count(Unit, {})) === 0) {
      const deps = serviceDeps(config, redis);
      await loadDemoData(em, (fork) => createServices(fork, deps));
      process.stdout.write('demo data loaded\n');
    }
    process.stdout.write(`${demoAccountsTable()}\n`);
  }
} finally {
  await orm.close();
  await redis.quit();
}
