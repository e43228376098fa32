import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '@bangfu/shared';
import { runCli, stopProcess, until } from '../setup/processes.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const root = resolve(import.meta.dirname, '../..');

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/** `npm start` as a user runs it (issue 25 item 14), on the test database instead of the embedded one. */
describe('the one-command start', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('runs in production mode, with the PWA server sending the security headers', async () => {
    const [apiPort, webPort] = [await freePort(), await freePort()];
    const { NODE_ENV: _unset, ...inherited } = process.env;
    const started = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      env: {
        ...inherited,
        DATABASE_URL: app.config.DATABASE_URL,
        DATABASE_OWNER_URL: app.config.DATABASE_OWNER_URL,
        REDIS_URL: app.config.REDIS_URL,
        DATA_ENCRYPTION_KEY: app.config.DATA_ENCRYPTION_KEY,
        LOOKUP_HMAC_KEY: app.config.LOOKUP_HMAC_KEY,
        LOG_LEVEL: 'silent',
        WORKER_HEALTH_PORT: '0',
        PORT: String(apiPort),
        WEB_PORT: String(webPort),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    started.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    try {
      const web = `http://127.0.0.1:${webPort}`;
      const answers = async (url: string) => (await fetch(url).catch(() => null))?.ok ?? false;
      await until(() => answers(`http://127.0.0.1:${apiPort}/livez`), 'the API', 60_000, 200);
      await until(() => answers(`${web}/`), 'the PWA server', 30_000, 200);
      expect(stdout).toContain('Bangfu is running (production)');

      const page = await fetch(`${web}/`);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(page.headers.get(name), name).toBe(value);
      const ask = async (query: string) =>
        (await (
          await fetch(`${web}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          })
        ).json()) as {
          errors?: { message: string }[];
        };
      expect((await ask('{ __schema { types { name } } }')).errors?.[0].message).toMatch(/introspection/i);
      expect((await ask('{ mee { id } }')).errors?.[0].message).not.toMatch(/did you mean/i);
    } finally {
      await stopProcess(started);
    }
  }, 120_000);

  it('refuses demo accounts in a production database on another machine, before connecting to it', async () => {
    const refused = await runCli(
      app,
      'setup',
      {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgresql://bangfu_app@db.example.invalid:5432/bangfu',
        DATABASE_OWNER_URL: 'postgresql://bangfu@db.example.invalid:5432/bangfu',
      },
      ['--demo'],
    );
    expect(refused.code).toBe(2);
    const local = await runCli(app, 'setup', { NODE_ENV: 'production' }, ['--demo']);
    expect(local.code).toBe(0);
  });
});
