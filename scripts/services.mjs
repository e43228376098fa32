// Starts the embedded PostgreSQL cluster and Redis that Bangfu uses when DATABASE_URL / REDIS_URL
// are not set. Plain Node (no build step) so that `npm start` and `npm test` can call it first.
//   node scripts/services.mjs start|stop [--profile main|test]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

const root = resolve(import.meta.dirname, '..');

const PROFILES = {
  main: { dir: join(root, '.data'), pgPort: 5433, redisPort: 6390, database: 'bangfu', durable: true },
  test: { dir: join(root, '.data', 'test'), pgPort: 5434, redisPort: 6391, database: 'bangfu_test', durable: false },
  // the fault matrix (tests/chaos): durable like production, and stopped and started under load
  chaos: { dir: join(root, '.data', 'chaos-services'), pgPort: 5436, redisPort: 6393, database: 'bangfu_chaos', durable: true },
  // the scale-out suite (tests/scale): a primary that a streaming standby follows; its Redis is the Sentinel-watched master
  scale: {
    dir: join(root, '.data', 'scale'),
    pgPort: 5437,
    redisPort: 6394,
    database: 'bangfu_scale',
    durable: true,
    // enough WAL kept for a standby that was down a minute to catch up without a new base backup
    postgres: ['-c wal_keep_size=1GB -c max_connections=200'],
  },
  // benchmarks: durable like production, sized for millions of rows, with statement counting
  bench: {
    dir: join(root, '.data', 'bench'),
    pgPort: 5435,
    redisPort: 6392,
    database: 'bangfu_bench',
    durable: true,
    postgres: [
      '-c shared_buffers=2GB -c work_mem=32MB -c maintenance_work_mem=1GB -c max_wal_size=8GB -c checkpoint_timeout=30min',
      '-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all -c max_connections=200',
    ],
  },
};

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const log = (line) => process.stderr.write(`[services] ${line}\n`);

function fail(line) {
  const error = new Error(line);
  error.userFacing = true;
  throw error;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    fail(`${command} ${args.join(' ')} failed: ${(result.stderr || result.stdout || '').trim().split('\n').slice(-3).join(' ')}`);
  }
  return result.stdout;
}

function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

function portOpen(port) {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

function isDebian() {
  return existsSync('/etc/debian_version') && which('apt-get') !== null;
}

export function aptInstall(packages) {
  log(`installing ${packages.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env });
}

export function postgresBinDir() {
  const candidates = [];
  if (existsSync('/usr/lib/postgresql')) {
    for (const version of readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))) {
      candidates.push(join('/usr/lib/postgresql', version, 'bin'));
    }
  }
  const pgConfig = which('pg_config');
  if (pgConfig) candidates.push(execFileSync(pgConfig, ['--bindir'], { encoding: 'utf8' }).trim());
  const initdb = which('initdb');
  if (initdb) candidates.push(resolve(initdb, '..'));
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null;
}

/** PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` system user. */
function asPostgres(command, args) {
  if (!isRoot) return run(command, args);
  return run('runuser', ['-u', 'postgres', '--', command, ...args]);
}

function ensurePostgresUser() {
  if (!isRoot) return;
  if (spawnSync('id', ['postgres']).status !== 0) {
    run('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  }
}

/** The postgres user must be able to reach the data directory through every parent. */
function clusterDir(profile) {
  const preferred = join(profile.dir, 'pg');
  if (!isRoot) return preferred;
  mkdirSync(profile.dir, { recursive: true });
  const probe = spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-x', profile.dir]);
  if (probe.status === 0) return preferred;
  const fallback = join('/var/tmp', `bangfu-${Buffer.from(profile.dir).toString('hex').slice(-16)}`, 'pg');
  log(`${profile.dir} is not reachable by the postgres user; the cluster lives in ${fallback}`);
  return fallback;
}

async function startPostgres(profile) {
  if (await portOpen(profile.pgPort)) {
    log(`PostgreSQL already listening on 127.0.0.1:${profile.pgPort}`);
    return;
  }
  let bin = postgresBinDir();
  if (!bin) {
    if (isRoot && isDebian()) {
      aptInstall(['postgresql']);
      bin = postgresBinDir();
    }
    if (!bin) fail('PostgreSQL server binaries not found: install them (Debian: apt-get install postgresql) or set DATABASE_URL.');
  }
  ensurePostgresUser();
  const pgdata = clusterDir(profile);
  const sockets = join(pgdata, '..', 'sock');
  mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  mkdirSync(sockets, { recursive: true });
  if (isRoot) run('chown', ['-R', 'postgres:postgres', join(pgdata, '..')]);
  if (!existsSync(join(pgdata, 'PG_VERSION'))) {
    log(`initialising a PostgreSQL cluster in ${pgdata}`);
    asPostgres(join(bin, 'initdb'), ['-D', pgdata, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  }
  const settings = [`-c listen_addresses=127.0.0.1`, `-p ${profile.pgPort}`, `-k ${sockets}`];
  if (!profile.durable) settings.push('-c fsync=off -c synchronous_commit=off -c full_page_writes=off');
  settings.push(...(profile.postgres ?? []));
  asPostgres(join(bin, 'pg_ctl'), ['-D', pgdata, '-l', join(pgdata, '..', 'pg.log'), '-w', '-o', settings.join(' '), 'start']);
  log(`PostgreSQL started on 127.0.0.1:${profile.pgPort}`);
}

function stopPostgres(profile) {
  const bin = postgresBinDir();
  const pgdata = clusterDir(profile);
  if (!bin || !existsSync(join(pgdata, 'postmaster.pid'))) return;
  asPostgres(join(bin, 'pg_ctl'), ['-D', pgdata, '-m', 'fast', '-w', 'stop']);
  log('PostgreSQL stopped');
}

async function startRedis(profile) {
  if (await portOpen(profile.redisPort)) {
    log(`Redis already listening on 127.0.0.1:${profile.redisPort}`);
    return;
  }
  if (!which('redis-server')) {
    if (isRoot && isDebian()) aptInstall(['redis-server']);
    else fail('redis-server not found: install it (Debian: sudo apt-get install redis-server) or set REDIS_URL.');
  }
  const dir = join(profile.dir, 'redis');
  mkdirSync(dir, { recursive: true });
  // Durable where it matters (BullMQ's production advice); throwaway for tests.
  const persistence = profile.durable
    ? ['--appendonly', 'yes', '--maxmemory-policy', 'noeviction']
    : ['--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'];
  run('redis-server', [
    '--bind',
    '127.0.0.1',
    '--port',
    String(profile.redisPort),
    '--daemonize',
    'yes',
    '--dir',
    dir,
    '--pidfile',
    join(dir, 'redis.pid'),
    '--logfile',
    join(dir, 'redis.log'),
    ...persistence,
  ]);
  for (let i = 0; i < 100 && !(await portOpen(profile.redisPort)); i += 1) await new Promise((r) => setTimeout(r, 50));
  log(`Redis started on 127.0.0.1:${profile.redisPort}`);
}

function stopRedis(profile) {
  const pidFile = join(profile.dir, 'redis', 'redis.pid');
  if (!existsSync(pidFile)) return;
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 'SIGTERM');
    log('Redis stopped');
  } catch {
    // already gone
  }
}

/** Keys for ID-number encryption and lookup hashes, made once per embedded installation. */
function ensureSecrets(profile) {
  const file = join(profile.dir, 'secrets.json');
  if (!existsSync(file)) {
    mkdirSync(profile.dir, { recursive: true });
    const secrets = {
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      LOOKUP_HMAC_KEY: randomBytes(32).toString('base64'),
    };
    writeFileSync(file, JSON.stringify(secrets, null, 2));
    chmodSync(file, 0o600);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The role the API and worker log in as on the embedded cluster; setup creates it and grants it rows, not the schema. */
export const APPLICATION_ROLE = 'bangfu_app';

/** The same database as the owner's URL, as the application role (trust authentication on loopback). */
export function applicationUrl(ownerUrl) {
  const url = new URL(ownerUrl);
  url.username = APPLICATION_ROLE;
  url.password = '';
  return url.toString();
}

/**
 * Makes sure PostgreSQL and Redis are reachable and returns the environment the processes need.
 * DATABASE_URL / REDIS_URL from the caller win over the embedded default.
 */
export async function ensureServices(profileName = 'main') {
  const profile = PROFILES[profileName];
  const env = {};
  const started = { postgres: false, redis: false };
  if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL;
  else {
    started.postgres = !(await portOpen(profile.pgPort));
    await startPostgres(profile);
    env.DATABASE_URL = `postgresql://postgres@127.0.0.1:${profile.pgPort}/${profile.database}`;
  }
  if (process.env.REDIS_URL) env.REDIS_URL = process.env.REDIS_URL;
  else {
    started.redis = !(await portOpen(profile.redisPort));
    await startRedis(profile);
    env.REDIS_URL = `redis://127.0.0.1:${profile.redisPort}`;
  }
  if (profileName === 'main') ensurePrintFonts();
  const secrets = ensureSecrets(profile);
  env.DATA_ENCRYPTION_KEY = process.env.DATA_ENCRYPTION_KEY ?? secrets.DATA_ENCRYPTION_KEY;
  env.LOOKUP_HMAC_KEY = process.env.LOOKUP_HMAC_KEY ?? secrets.LOOKUP_HMAC_KEY;
  return { env, started, stop: () => stopServices(profileName, started) };
}

/** Printed forms embed Noto Sans CJK (Debian's fonts-noto-cjk): installed like Redis, or said once when it cannot be. */
function ensurePrintFonts() {
  const dir = process.env.PDF_FONT_DIR ?? '/usr/share/fonts/opentype/noto';
  if (existsSync(join(dir, 'NotoSansCJK-Regular.ttc'))) return;
  if (isRoot && isDebian()) aptInstall(['fonts-noto-cjk']);
  else log(`no Noto Sans CJK in ${dir}: PDF printouts will fail until fonts-noto-cjk is installed (or PDF_FONT_DIR set)`);
}

/** ensureServices for command-line scripts: a setup problem ends the process with its message, not a stack. */
export async function ensureServicesOrExit(profileName = 'main') {
  try {
    return await ensureServices(profileName);
  } catch (error) {
    process.stderr.write(`${error.userFacing ? error.message : error.stack}\n`);
    process.exit(1);
  }
}

/**
 * Fault injection for the chaos suite: PostgreSQL stopped as a crash would stop it (`-m immediate`: no checkpoint,
 * recovery from WAL at the next start), Redis stopped, and each started again on the same data.
 */
export function faultControls(profileName) {
  const profile = PROFILES[profileName];
  return {
    crashPostgres: () => asPostgres(join(postgresBinDir(), 'pg_ctl'), ['-D', clusterDir(profile), '-m', 'immediate', '-w', 'stop']),
    startPostgres: () => startPostgres(profile),
    async stopRedis() {
      stopRedis(profile);
      while (await portOpen(profile.redisPort)) await new Promise((r) => setTimeout(r, 50));
    },
    startRedis: () => startRedis(profile),
  };
}

/**
 * A hot standby of the profile's primary on `port` (tests/scale): made by pg_basebackup with streaming replication
 * (`-R` writes the connection to the primary), started and stopped on its own, crashed as a machine loss would.
 */
export function standbyControls(profileName, port) {
  const profile = PROFILES[profileName];
  const pgdata = () => join(clusterDir(profile), '..', 'pg-standby');
  const sockets = () => join(clusterDir(profile), '..', 'sock-standby');
  const pgCtl = (args) => asPostgres(join(postgresBinDir(), 'pg_ctl'), ['-D', pgdata(), ...args]);
  const running = () => existsSync(join(pgdata(), 'postmaster.pid'));
  const controls = {
    async create() {
      if (running()) pgCtl(['-m', 'immediate', '-w', 'stop']);
      rmSync(pgdata(), { recursive: true, force: true });
      mkdirSync(sockets(), { recursive: true });
      if (isRoot) run('chown', ['postgres:postgres', sockets()]);
      const backup = [
        ...['-h', '127.0.0.1', '-p', String(profile.pgPort), '-U', 'postgres'],
        ...['-D', pgdata(), '-R', '-X', 'stream', '-c', 'fast'],
      ];
      asPostgres(join(postgresBinDir(), 'pg_basebackup'), backup);
      await controls.start();
    },
    async start() {
      if (running()) return;
      // a standby needs at least the primary's limits (max_connections among them), so it takes the same settings
      const settings = [`-c listen_addresses=127.0.0.1`, `-p ${port}`, `-k ${sockets()}`, ...(profile.postgres ?? [])];
      settings.push('-c hot_standby=on -c hot_standby_feedback=on');
      pgCtl(['-l', join(pgdata(), '..', 'pg-standby.log'), '-w', '-o', settings.join(' '), 'start']);
    },
    crash: () => pgCtl(['-m', 'immediate', '-w', 'stop']),
    stop: () => running() && pgCtl(['-m', 'fast', '-w', 'stop']),
  };
  return controls;
}

export function stopServices(profileName = 'main', which_ = { postgres: true, redis: true }) {
  const profile = PROFILES[profileName];
  if (which_.redis) stopRedis(profile);
  if (which_.postgres) stopPostgres(profile);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command = 'start'] = process.argv.slice(2);
  const profileIndex = process.argv.indexOf('--profile');
  const profileName = profileIndex > 0 ? process.argv[profileIndex + 1] : 'main';
  try {
    if (command === 'stop') stopServices(profileName);
    else {
      const { env } = await ensureServices(profileName);
      process.stdout.write(`DATABASE_URL=${env.DATABASE_URL}\nREDIS_URL=${env.REDIS_URL}\n`);
    }
  } catch (error) {
    process.stderr.write(`${error.userFacing ? error.message : error.stack}\n`);
    process.exit(1);
  }
}
