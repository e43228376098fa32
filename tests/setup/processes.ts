import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { openSync } from 'node:fs';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import type { TestApp } from './test-app.js';

/** Polls until `check` holds; fails naming what it waited for. */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000, stepMs = 50): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

/** What a compiled Bangfu process needs to run on the test app's database and Redis. */
function processEnv(app: Pick<TestApp, 'config'>, env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: app.config.DATABASE_URL,
    ...(app.config.DATABASE_OWNER_URL ? { DATABASE_OWNER_URL: app.config.DATABASE_OWNER_URL } : {}),
    ...(app.config.REDIS_URL ? { REDIS_URL: app.config.REDIS_URL } : {}),
    DATA_ENCRYPTION_KEY: app.config.DATA_ENCRYPTION_KEY,
    LOOKUP_HMAC_KEY: app.config.LOOKUP_HMAC_KEY,
    EXPORT_DIR: app.config.EXPORT_DIR,
    ...(app.config.SMS_LOG_INBOX_DIR ? { SMS_LOG_INBOX_DIR: app.config.SMS_LOG_INBOX_DIR } : {}),
    WORKER_HEALTH_PORT: '0',
    ...env,
  };
}

/** A compiled command-line tool (`server/dist/cli/<name>.js`) run to its end on the test app's database. */
export function runCli(
  app: Pick<TestApp, 'config'>,
  name: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, [resolve(import.meta.dirname, `../../server/dist/cli/${name}.js`), ...args], {
    env: processEnv(app, env),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  return new Promise((done) => child.on('close', (code) => done({ code, stdout })));
}

/** Where a spawned process writes its output: nowhere, or appended to a log file (for tests that read the logs). */
const output = (logFile?: string): StdioOptions => (logFile ? ['ignore', openSync(logFile, 'a'), openSync(logFile, 'a')] : 'ignore');

/** The compiled worker process (`npm test` builds it), on the test app's database and Redis. */
export function spawnWorker(app: Pick<TestApp, 'config'>, env: Record<string, string> = {}, logFile?: string): ChildProcess {
  return spawn(process.execPath, [resolve(import.meta.dirname, '../../server/dist/worker.js')], {
    env: processEnv(app, env),
    stdio: output(logFile),
  });
}

/** The compiled API process on `port`, on the test app's database and Redis; resolves with its GraphQL URL once it answers. */
export async function spawnApi(
  app: Pick<TestApp, 'config'>,
  port: number,
  env: Record<string, string> = {},
  logFile?: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [resolve(import.meta.dirname, '../../server/dist/main.js')], {
    env: processEnv(app, { HOST: '127.0.0.1', PORT: String(port), ...env }),
    stdio: output(logFile),
  });
  await until(async () => (await fetch(`http://127.0.0.1:${port}/livez`).catch(() => null))?.ok ?? false, `the API on ${port}`, 30_000);
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

/** Stops a child process; one that ignores the signal for `graceMs` is killed, and the test told so. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 15_000): Promise<'exited' | 'killed'> {
  if (child.exitCode !== null || child.signalCode !== null) return 'exited';
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  const timer = new Promise((r) => setTimeout(r, graceMs, 'late'));
  if ((await Promise.race([exited, timer])) !== 'late') return 'exited';
  child.kill('SIGKILL');
  await exited;
  return 'killed';
}

/**
 * A throwaway redis-server on its own port, for tests that stop and restart Redis. Resolves once it answers; a
 * port held by a stray server from an interrupted run fails loudly instead of letting the test talk to that one.
 */
export async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const ready = (async () => {
    for (;;) {
      const answered = await new Promise<boolean>((resolvePing) => {
        const socket = connect(port, '127.0.0.1', () => socket.end('PING\r\n'));
        socket.once('data', () => resolvePing(true));
        socket.once('error', () => resolvePing(false));
      });
      if (answered) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  await Promise.race([ready, exited]);
  // a server already on the port answers the ping while ours has exited (address in use)
  await new Promise((r) => setTimeout(r, 50));
  if (child.exitCode !== null)
    throw new Error(`redis-server could not listen on ${port}: is a stray one from an interrupted run still there?`);
  return child;
}
