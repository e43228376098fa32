import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { aptInstall, ensureServices, standbyControls, stopServices } from '../../scripts/services.mjs';
import { until } from '../setup/processes.js';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, '.data', 'scale');

/** The loopback addresses of the whole topology (each its own port, none shared with the other suites). */
export const PORTS = {
  nginx: 4420,
  apis: [4421, 4422, 4423],
  workerHealth: [4424, 4425],
  standby: 5438,
  redis: [6394, 6395],
  sentinels: [26394, 26395, 26396],
} as const;
export const SENTINEL_MASTER = 'bangfu-scale';

const portOpen = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });

/** nginx and redis-sentinel, from Debian's packages as .ci/run installs the rest, when the machine lacks them. */
export function ensureScalePackages(): void {
  const missing = ['nginx', 'redis-sentinel', 'redis-server', 'pg_basebackup'].filter(
    (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0,
  );
  if (!missing.length) return;
  const packages = {
    nginx: 'nginx-light',
    'redis-sentinel': 'redis-sentinel',
    'redis-server': 'redis-server',
    pg_basebackup: 'postgresql-client',
  };
  aptInstall(missing.map((command) => packages[command as keyof typeof packages]));
}

/** A server process the topology owns: started in the foreground so a kill is a real crash of that one process. */
function serve(command: string, args: string[], log: string): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'ignore'], cwd: dir });
  child.on('error', (error) => writeFileSync(log, `${String(error)}\n`, { flag: 'a' }));
  return child;
}

async function stopGently(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

async function killHard(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGKILL');
  await exited;
}

/**
 * PostgreSQL with a streaming hot standby, Redis with a replica watched by three Sentinels, and nginx in front of the
 * API processes, all on 127.0.0.1. The API and worker processes themselves are the test's (tests/setup/processes).
 */
export class Topology {
  readonly standby = standbyControls('scale', PORTS.standby);
  private readonly redis = new Map<number, ChildProcess>();
  private readonly sentinels = new Map<number, ChildProcess>();
  private nginx: ChildProcess | undefined;
  env: Record<string, string> = {};
  private stopPrimaryServices = () => {};

  async start(): Promise<void> {
    ensureScalePackages();
    // leftovers of an interrupted run are stopped first: the suite crashes what it runs on, so it must own it
    await this.stop();
    mkdirSync(dir, { recursive: true });
    const services = await ensureServices('scale');
    this.stopPrimaryServices = () => stopServices('scale', { postgres: true, redis: false });
    // ensureServices also started a Redis on the profile's port; the topology runs its own there, with a replica
    stopServices('scale', { postgres: false, redis: true });
    await until(async () => !(await portOpen(PORTS.redis[0])), 'the profile Redis to stop');
    await this.standby.create();
    await this.startRedis(PORTS.redis[0]);
    await this.startRedis(PORTS.redis[1], PORTS.redis[0]);
    for (const port of PORTS.sentinels) await this.startSentinel(port);
    this.env = {
      DATABASE_URL: services.env.DATABASE_URL,
      DATABASE_REPLICA_URL: this.replicaUrl(services.env.DATABASE_URL),
      REDIS_SENTINELS: PORTS.sentinels.map((port) => `127.0.0.1:${port}`).join(','),
      REDIS_SENTINEL_NAME: SENTINEL_MASTER,
      DATA_ENCRYPTION_KEY: services.env.DATA_ENCRYPTION_KEY,
      LOOKUP_HMAC_KEY: services.env.LOOKUP_HMAC_KEY,
    };
  }

  private replicaUrl(primaryUrl: string): string {
    const url = new URL(primaryUrl);
    url.port = String(PORTS.standby);
    return url.toString();
  }

  async startRedis(port: number, replicaOf?: number): Promise<void> {
    const data = join(dir, `redis-${port}`);
    mkdirSync(data, { recursive: true });
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', data, '--appendonly', 'yes', '--save', ''];
    args.push('--maxmemory-policy', 'noeviction', '--logfile', join(data, 'redis.log'));
    if (replicaOf) args.push('--replicaof', '127.0.0.1', String(replicaOf));
    this.redis.set(port, serve('redis-server', args, join(data, 'redis.log')));
    await until(() => portOpen(port), `Redis on ${port}`);
  }

  async killRedis(port: number): Promise<void> {
    await killHard(this.redis.get(port));
    this.redis.delete(port);
  }

  private async startSentinel(port: number, fresh = true): Promise<void> {
    const conf = join(dir, `sentinel-${port}.conf`);
    // a sentinel rewrites its file with what it learns; each run starts from the primary on the first port
    if (fresh)
      writeFileSync(
        conf,
        [
          `port ${port}`,
          'bind 127.0.0.1',
          `dir ${dir}`,
          `logfile ${join(dir, `sentinel-${port}.log`)}`,
          `sentinel monitor ${SENTINEL_MASTER} 127.0.0.1 ${PORTS.redis[0]} 2`,
          `sentinel down-after-milliseconds ${SENTINEL_MASTER} 1000`,
          `sentinel failover-timeout ${SENTINEL_MASTER} 5000`,
          `sentinel parallel-syncs ${SENTINEL_MASTER} 1`,
          '',
        ].join('\n'),
      );
    this.sentinels.set(port, serve('redis-sentinel', [conf], join(dir, `sentinel-${port}.log`)));
    await until(() => portOpen(port), `Sentinel on ${port}`);
  }

  /**
   * PostgreSQL (primary, then standby) and Redis with its sentinels stopped in order and started again, each Redis in
   * the role it has now (the master first, from its append-only file; the rest following it), the sentinels keeping
   * what they learned.
   */
  async restartData(primary: { startPostgres(): Promise<void> }): Promise<void> {
    const master = await this.redisMaster();
    for (const child of this.sentinels.values()) await stopGently(child);
    for (const child of this.redis.values()) await stopGently(child);
    this.sentinels.clear();
    this.redis.clear();
    this.standby.stop();
    stopServices('scale', { postgres: true, redis: false });
    await primary.startPostgres();
    await this.standby.start();
    await this.startRedis(master);
    for (const port of PORTS.redis.filter((port) => port !== master)) await this.startRedis(port, master);
    for (const port of PORTS.sentinels) await this.startSentinel(port, false);
    await until(async () => (await this.redisMaster().catch(() => 0)) === master, 'the sentinels to name the master again');
  }

  /** The Redis port the sentinels name as master now. */
  async redisMaster(): Promise<number> {
    const sentinel = new Redis({ host: '127.0.0.1', port: PORTS.sentinels[0], lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await sentinel.connect();
      const [, port] = (await sentinel.call('SENTINEL', 'get-master-addr-by-name', SENTINEL_MASTER)) as [string, string];
      return Number(port);
    } finally {
      sentinel.disconnect();
    }
  }

  /** nginx in front of the API ports, from the deployment's own site file with loopback addresses put in. */
  async startNginx(): Promise<void> {
    const prefix = join(dir, 'nginx');
    mkdirSync(join(prefix, 'temp'), { recursive: true });
    const deploy = join(root, 'deploy');
    const site = readFileSync(join(deploy, 'nginx.conf'), 'utf8')
      .replace(/^\s*server api:4000 (.*);$/m, (_line, options: string) =>
        PORTS.apis.map((port) => `  server 127.0.0.1:${port} ${options};`).join('\n'),
      )
      .replace('listen 80;', `listen 127.0.0.1:${PORTS.nginx};`)
      .replace('root /usr/share/nginx/html;', `root ${join(root, 'client', 'dist')};`)
      .replaceAll('/etc/nginx/', `${deploy}/`);
    const temp = (name: string) => `${name}_temp_path ${join(prefix, 'temp', name)};`;
    writeFileSync(
      join(prefix, 'nginx.conf'),
      [
        'daemon off;',
        'worker_processes 2;',
        `pid ${join(prefix, 'nginx.pid')};`,
        `error_log ${join(prefix, 'error.log')} warn;`,
        'events { worker_connections 4096; }',
        'http {',
        'access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
        site,
        '}',
        '',
      ].join('\n'),
    );
    const test = spawnSync('nginx', ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], {
      encoding: 'utf8',
    });
    if (test.status !== 0) throw new Error(`nginx refused its configuration: ${test.stderr}`);
    if (await portOpen(PORTS.nginx)) throw new Error(`port ${PORTS.nginx} is taken: a stray nginx from an interrupted run?`);
    // its own process group, so that stopping it reaches the workers too (a master killed alone leaves them serving)
    const nginx = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], {
      stdio: 'ignore',
      detached: true,
    });
    this.nginx = nginx;
    await until(async () => nginx.exitCode === null && (await portOpen(PORTS.nginx)), 'nginx');
  }

  async stopNginx(): Promise<void> {
    const nginx = this.nginx;
    this.nginx = undefined;
    if (!nginx?.pid || nginx.exitCode !== null) return;
    process.kill(-nginx.pid, 'SIGTERM');
    await new Promise((done) => nginx.once('exit', done));
    await until(async () => !(await portOpen(PORTS.nginx)), 'nginx to stop');
  }

  /** Everything down (the processes of the test are the test's to stop first). */
  async stop(): Promise<void> {
    await this.stopNginx();
    for (const child of [...this.sentinels.values(), ...this.redis.values()]) await killHard(child);
    this.sentinels.clear();
    this.redis.clear();
    // an interrupted run's servers are not this object's children: found by their pid files and ports
    for (const port of [...PORTS.redis, ...PORTS.sentinels]) {
      if (await portOpen(port)) spawnSync('redis-cli', ['-p', String(port), 'shutdown', 'nosave']);
    }
    // the master leads its process group: the group goes, workers included, even when the master is already gone
    const nginxPid = join(dir, 'nginx', 'nginx.pid');
    if (existsSync(nginxPid)) {
      spawnSync('kill', ['-TERM', '--', `-${readFileSync(nginxPid, 'utf8').trim()}`]);
      rmSync(nginxPid, { force: true });
      await until(async () => !(await portOpen(PORTS.nginx)), 'a stray nginx to stop');
    }
    this.standby.stop();
    this.stopPrimaryServices();
    stopServices('scale', { postgres: true, redis: false });
  }
}
