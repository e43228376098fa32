// Benchmarks on their own embedded PostgreSQL/Redis (profile "bench", tuned for millions of rows):
//   node scripts/bench.mjs data --size S|M|L [--seed N]   generate a dataset
//   node scripts/bench.mjs run [--seconds N]              measure it, write docs/benchmarks.{md,json}
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureServicesOrExit } from './services.mjs';

const root = resolve(import.meta.dirname, '..');
const [command, ...args] = process.argv.slice(2);
const entry = { data: 'tests/bench/dist/data.js', run: 'tests/bench/dist/run.js' }[command];
if (!entry) {
  process.stderr.write('usage: node scripts/bench.mjs data|run [options]\n');
  process.exit(2);
}
const services = await ensureServicesOrExit('bench');
const result = spawnSync(process.execPath, ['--max-old-space-size=4096', entry, ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ...services.env },
});
process.exit(result.status ?? 1);
