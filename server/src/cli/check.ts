import { checkIntegrity, isIntact } from '../app/integrity.js';
import { withDatabase } from './with-database.js';

/** After a restore, or whenever in doubt: the ledger, the rollups and the append-only guards, checked; exit 1 on a finding. */
await withDatabase(async (orm) => {
  const report = await checkIntegrity(orm.em.fork());
  for (const [part, findings] of Object.entries(report)) {
    process.stdout.write(`${part}: ${findings.length === 0 ? 'ok' : `${findings.length} finding(s)`}\n`);
    for (const finding of findings.slice(0, 20)) process.stdout.write(`  ${finding}\n`);
  }
  if (!isIntact(report)) process.exitCode = 1;
});
