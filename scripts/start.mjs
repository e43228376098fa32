// Runs the whole system on one machine: embedded PostgreSQL and Redis (unless DATABASE_URL /
// REDIS_URL are set), migrations and demo data, then the API, the worker and the PWA. In production mode (no
// introspection, no field suggestions, the built apps under `vite preview`) unless started with --dev (`npm run dev`:
// development mode and vite's dev server with hot reload).
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { applicationUrl, ensureServicesOrExit } from './services.mjs';

const root = resolve(import.meta.dirname, '..');
const dev = process.argv.includes('--dev');
const apiPort = process.env.PORT ?? '4000';
const webPort = process.env.WEB_PORT ?? '5173';

const services = await ensureServicesOrExit('main');
// the PWA's server on loopback is the one proxy hop in front of the API
// on the embedded cluster setup runs as its superuser and the API and worker as a role without DDL rights
const databases = process.env.DATABASE_URL
  ? {}
  : { DATABASE_OWNER_URL: services.env.DATABASE_URL, DATABASE_URL: applicationUrl(services.env.DATABASE_URL) };
const env = {
  TRUST_PROXY: '1',
  // text messages (codes included) land in .data/sms-inbox/<phone>.txt instead of a phone
  SMS_LOG_INBOX_DIR: resolve(root, '.data/sms-inbox'),
  NODE_ENV: dev ? 'development' : 'production',
  ...process.env,
  ...services.env,
  ...databases,
  PORT: apiPort,
  API_URL: `http://127.0.0.1:${apiPort}`,
};

const setup = spawnSync(process.execPath, ['server/dist/cli/setup.js', '--demo'], { cwd: root, env, stdio: 'inherit' });
if (setup.status !== 0) process.exit(setup.status ?? 1);
// a year of cases, files and payments in the demo network, once (tests/bench/history.ts)
const history = spawnSync(process.execPath, ['tests/bench/dist/history.js'], { cwd: root, env, stdio: 'inherit' });
if (history.status !== 0) process.exit(history.status ?? 1);

const children = [
  ['api', [process.execPath, 'server/dist/main.js']],
  ['worker', [process.execPath, 'server/dist/worker.js']],
  [
    'web',
    [
      process.execPath,
      'node_modules/vite/bin/vite.js',
      dev ? 'serve' : 'preview',
      'client',
      '--host',
      '127.0.0.1',
      '--port',
      webPort,
      '--strictPort',
    ],
  ],
].map(([name, [command, ...args]]) => {
  const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      process.stderr.write(`[start] ${name} exited (${signal ?? code}); stopping everything\n`);
      shutdown(1);
    }
  });
  return child;
});

process.stdout.write(
  `\nBangfu is running (${env.NODE_ENV}):\n  PWA      http://127.0.0.1:${webPort}/\n  GraphQL  http://127.0.0.1:${apiPort}/graphql\nPress Ctrl-C to stop.\n\n`,
);

let shuttingDown = false;
function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => {
    services.stop();
    process.exit(code);
  }, 1500);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
