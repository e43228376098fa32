import 'reflect-metadata';
import { loadConfig } from '../app/config.js';
import { checkIntegrity, isIntact } from '../app/integrity.js';
import { initOrm } from '../app/orm.js';

/** After a restore, or whenever in doubt: the ledger, the rollups and the append-only guards, checked; exit 1 on a finding. */
const config = loadConfig();
const orm = await initOrm(config.DATABASE_URL, 2);
try {
  const report = await checkIntegrity(orm.em.fork());
  for (const [part, findings] of Object.entries(report)) {
    process.stdout.write(`${part}: ${findings.length === 0 ? 'ok' : `${findings.length} finding(s)`}\n`);
    for (const finding of findings.slice(0, 20)) process.stdout.write(`  ${finding}\n`);
  }
  if (!isIntact(report)) process.exitCode = 1;
} finally {
  await orm.close();
}
