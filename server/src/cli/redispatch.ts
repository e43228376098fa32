import { redispatchSince } from '../worker/outbox-drain.js';
import { withDatabase } from './with-database.js';

/** After Redis lost data (README, "Backup and restore"): `node server/dist/cli/redispatch.js <ISO time Redis is good until>`. */
const since = new Date(process.argv[2] ?? '');
if (Number.isNaN(since.getTime())) {
  process.stderr.write(
    'usage: redispatch.js <time>, e.g. 2026-12-01T08:00:00+08:00: jobs handed to Redis since then are handed over again\n',
  );
  process.exit(2);
}
await withDatabase(async (orm) => {
  const rows = await redispatchSince(orm.em.fork(), since);
  process.stdout.write(`${rows} outbox rows will be handed to Redis again by the worker\n`);
});
