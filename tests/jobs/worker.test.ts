import type { ChildProcess } from 'node:child_process';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, serviceDeps } from '../../server/src/app/services.js';
import { NOTIFICATION_QUEUE } from '../../server/src/modules/notifications/notify.js';
import { enqueue } from '../../server/src/modules/jobs/outbox.js';
import { createSmsSender, scheduleMaintenance } from '../../server/src/worker/processors.js';
import { AliyunSmsSender, LogSmsSender } from '../../server/src/modules/notifications/sms.js';
import { CaseDriver } from '../setup/case-driver.js';
import { spawnWorker, startRedis as redisOn, stopProcess, until } from '../setup/processes.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

describe('the worker process', () => {
  let app: TestApp;
  const pool = Number(process.env.VITEST_POOL_ID ?? '1');
  const redisPort = 6420 + pool;
  const healthPort = 4520 + pool;
  let redis: ChildProcess;
  const startRedis = () => redisOn(redisPort);
  beforeAll(async () => {
    redis = await startRedis();
    app = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${redisPort}` });
  });
  afterAll(async () => {
    await app.close();
    await stopProcess(redis);
  });

  const health = async () =>
    (await fetch(`http://127.0.0.1:${healthPort}/healthz`, { signal: AbortSignal.timeout(1_000) }).catch(() => null))?.status ?? 0;

  it('reports healthy only while it consumes jobs, and again after Redis comes back', { timeout: 90_000 }, async () => {
    const worker = spawnWorker(app, { HEARTBEAT_MS: '200', WORKER_HEALTH_PORT: String(healthPort) });
    try {
      await until(async () => (await health()) === 200, 'healthy at start');
      await stopProcess(redis);
      await until(async () => (await health()) === 503, 'stalled while Redis is down');
      redis = await startRedis();
      await until(async () => (await health()) === 200, 'healthy after Redis is back');
    } finally {
      // a worker that cannot shut down within the grace period is a failure of its own
      expect(await stopProcess(worker)).toBe('exited');
    }
  });

  it('processes each outbox row once with two worker processes draining the same outbox', { timeout: 60_000 }, async () => {
    const completions = new Map<string, number>();
    const events = new QueueEvents(NOTIFICATION_QUEUE, { connection: { host: '127.0.0.1', port: redisPort } });
    events.on('completed', ({ jobId }) => completions.set(jobId, (completions.get(jobId) ?? 0) + 1));
    await events.waitUntilReady();
    const keys = Array.from({ length: 300 }, (_, i) => `replicas-${i}`);
    const workers = [spawnWorker(app, { OUTBOX_POLL_MS: '20' }), spawnWorker(app, { OUTBOX_POLL_MS: '20' })];
    try {
      // rows arrive while both workers poll, so the two drains race for them
      for (let batch = 0; batch < keys.length; batch += 30) {
        await app.worker.em.fork().transactional(async (em) => {
          for (const key of keys.slice(batch, batch + 30))
            enqueue(em, { queue: NOTIFICATION_QUEUE, name: 'sms', jobKey: key, payload: { notificationId: '0' } });
        });
      }
      await until(async () => keys.every((key) => completions.has(key)), 'every job completed', 45_000);
      await new Promise((done) => setTimeout(done, 1_000));
      expect(keys.filter((key) => completions.get(key) !== 1)).toEqual([]);
      const [{ once }] = await app.sql<{ once: number }>(
        `select count(*)::int as once from outbox where job_key like 'replicas-%' and attempts = 1 and dispatched_at is not null`,
      );
      expect(once).toBe(keys.length);
    } finally {
      await Promise.all(workers.map((worker) => stopProcess(worker)));
      await events.close();
    }
  });

  it(
    'folds the rollup log into the per-ancestor summaries on its own, leaving them equal to the base tables',
    { timeout: 60_000 },
    async () => {
      await app.sql(
        `update hardship_file set category = case category when 'DEEP' then 'RELATIVE' else 'DEEP' end where id = (select min(id) from hardship_file)`,
      );
      const pending = async () => (await app.sql<{ n: number }>(`select count(*)::int as n from pending_file_status`))[0].n;
      expect(await pending()).toBeGreaterThan(0);
      const worker = spawnWorker(app, { ROLLUP_FOLD_MS: '200' });
      try {
        await until(async () => (await pending()) === 0, 'the log folded', 30_000);
      } finally {
        await stopProcess(worker);
      }
      const { details } = await createServices(app.worker.em.fork(), serviceDeps(app.config, app.runtime.redis)).rollups.reconcile();
      expect(details).toEqual([]);
    },
  );

  it('keeps one scheduler per repeatable job however often the worker starts', async () => {
    for (let start = 0; start < 3; start += 1) await (await scheduleMaintenance(app.runtime.redis, app.config)).close();
    const queue = await scheduleMaintenance(app.runtime.redis, app.config);
    expect((await queue.getJobSchedulers()).map((scheduler) => scheduler.key).sort()).toEqual([
      'foldRollups',
      'heartbeat',
      'purgeExports',
      'reconcile',
      'sweep',
    ]);
    await queue.close();
  });

  it('sends SMS through the configured provider, refusing an incomplete Aliyun setup', () => {
    expect(createSmsSender(app.config, app.runtime.logger)).toBeInstanceOf(LogSmsSender);
    expect(() => createSmsSender({ ...app.config, SMS_PROVIDER: 'aliyun' }, app.runtime.logger)).toThrow(/ALIYUN_SMS_/);
    const configured = {
      ...app.config,
      SMS_PROVIDER: 'aliyun' as const,
      ALIYUN_SMS_ACCESS_KEY_ID: 'id',
      ALIYUN_SMS_ACCESS_KEY_SECRET: 'secret',
      ALIYUN_SMS_SIGN_NAME: '帮扶',
      ALIYUN_SMS_TEMPLATE_CODE: 'SMS_1',
    };
    // codes need their own approved template
    expect(() => createSmsSender(configured, app.runtime.logger)).toThrow(/ALIYUN_SMS_/);
    expect(createSmsSender({ ...configured, ALIYUN_SMS_CODE_TEMPLATE_CODE: 'SMS_2' }, app.runtime.logger)).toBeInstanceOf(AliyunSmsSender);
  });

  it('opens the queue board by a one-time code: operators act, auditors only read, and it closes with the session', async () => {
    const boardUrl = (path: string) => app.url.replace('/graphql', `/admin/queues${path}`);
    const codeFor = (token: string) => fetch(boardUrl('/codes'), { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    const enter = async (token: string) => {
      const { url } = (await (await codeFor(token)).json()) as { url: string };
      const entered = await fetch(app.url.replace('/graphql', url), { redirect: 'manual' });
      return { url, entered, cookie: entered.headers.get('set-cookie')?.split(';')[0] ?? '' };
    };
    const board = (cookie: string, path = '', method = 'GET') => fetch(boardUrl(path), { method, headers: { cookie }, redirect: 'manual' });

    expect((await fetch(boardUrl(''))).status).toBe(401);
    expect((await codeFor(await app.loginAs(PHONES.cityAdmin))).status).toBe(403);
    const admin = await app.loginAs(PHONES.sysadmin);
    // the session token itself opens nothing: not in the URL, not as a cookie
    expect((await fetch(boardUrl(`?token=${admin}`), { redirect: 'manual' })).status).toBe(401);
    expect((await board(`bangfu_board=${admin}`)).status).toBe(401);

    const operator = await enter(admin);
    expect(operator.entered.status).toBe(302);
    expect(operator.entered.headers.get('set-cookie')).toMatch(/^bangfu_board=.+; HttpOnly; SameSite=Strict; Path=\/admin\/queues/);
    expect(operator.cookie).not.toContain(admin);
    expect((await fetch(app.url.replace('/graphql', operator.url), { redirect: 'manual' })).status).toBe(401);
    const page = await board(operator.cookie);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect((await board(operator.cookie, '/api/queues/notifications/resume', 'PUT')).status).toBe(200);

    const auditor = await enter(await app.loginAs(PHONES.cityAuditor));
    expect((await board(auditor.cookie, '/api/queues')).status).toBe(200);
    expect((await board(auditor.cookie, '/api/queues/notifications/pause', 'PUT')).status).toBe(405);

    await app.gql(`mutation { logout }`, {}, { token: admin });
    expect((await board(operator.cookie)).status).toBe(401);
  });

  it("messages the holding unit's staff once when a case passes its deadline (injected clock)", async () => {
    const driver = await CaseDriver.create(app);
    const { id } = await driver.caseAt('SUBMITTED');
    const [{ due_at: dueAt }] = await app.sql<{ due_at: Date }>(`select due_at from aid_case where id = ?`, [id]);
    const deps = serviceDeps(app.config, app.runtime.redis);
    const casesAt = (at: Date) => createServices(app.worker.em.fork(), { ...deps, clock: () => at }).cases;
    const messages = async () =>
      (await app.sql<{ n: number }>(`select count(*)::int as n from notification where kind = 'CASE_OVERDUE' and case_id = ?`, [id]))[0].n;
    await casesAt(new Date(new Date(dueAt).getTime() - 60_000)).notifyOverdue();
    expect(await messages()).toBe(0);
    await casesAt(new Date(new Date(dueAt).getTime() + 60_000)).notifyOverdue();
    // the street center's two staff accounts
    expect(await messages()).toBe(2);
    await casesAt(new Date(new Date(dueAt).getTime() + 120_000)).notifyOverdue();
    expect(await messages()).toBe(2);
    const inbox = await app.gql(
      `{ notifications { edges { node { kind caseId message } } } }`,
      {},
      { token: driver.actors.streetHead, lang: 'zh-CN' },
    );
    expect(inbox.data?.notifications.edges.map((e: any) => e.node)).toContainEqual(
      expect.objectContaining({ kind: 'CASE_OVERDUE', caseId: id }),
    );
  });
});
