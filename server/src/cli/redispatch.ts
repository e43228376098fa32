import 'reflect-metadata';
import { loadConfig } from '../app/config.js';
import { initOrm } from '../app/orm.js';
import { redispatchSince } from '../modules/jobs/outbox-drain.js';

/** After Redis lost data (README, "Backup and restore"): `node server/dist/cli/redispatch.js <ISO time Redis is good until>`. */
const config = loadConfig();
const since = new Date(process.argv[2] ?? '');
if (Number.isNaN(since.getTime())) {
  process.stderr.write('usage: redispatch.js <time>, e.g. 2026-12-01T08:00:00+08:00: jobs handed to Redis since then are handed over again\n');
  process.exit(2);
}
const orm = await initOrm(config.DATABASE_URL, 2);
try {
  const rows = await redispatchSince(orm.em.fork(), since);
  process.stdout.write(`${rows} outbox rows will be handed to Redis again by the worker\n`);
} finally {
  await orm.close();
}
