import { Queue, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../../server/src/modules/jobs/outbox.js';
import { JobRecord } from '../../server/src/modules/jobs/job.entity.js';
import { OutboxDrain, redispatchSince } from '../../server/src/worker/outbox-drain.js';
import { runCli, until } from '../setup/processes.js';
import { PHONES, startTestApp, type TestApp } from '../setup/test-app.js';

const QUEUE = 'outbox-test';

describe(OutboxDrain.name, () => {
  let app: TestApp;
  let queue: Queue;
  beforeAll(async () => {
    app = await startTestApp();
    queue = new Queue(QUEUE, { connection: app.runtime.redis });
  });
  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    await app.close();
  });

  const drain = () => new OutboxDrain(app.worker, app.runtime.redis, app.runtime.logger, 10);

  it('enqueues nothing for a rolled-back transaction', async () => {
    const em = app.worker.em.fork();
    await expect(
      em.transactional(async (tx) => {
        enqueue(tx, { queue: QUEUE, name: 'noop', jobKey: 'rolled-back-1' });
        await tx.flush();
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await app.sql(`select 1 from outbox where job_key = 'rolled-back-1'`)).toHaveLength(0);
  });

  it('hands jobs to Redis again after Redis lost them: the lost one comes back, the one still there is not doubled', async () => {
    const em = app.worker.em.fork();
    const before = new Date(Date.now() - 1_000);
    await em.transactional(async (tx) => {
      enqueue(tx, { queue: QUEUE, name: 'export', jobKey: 'lost-in-redis-1', payload: { jobId: '1' } });
      enqueue(tx, { queue: QUEUE, name: 'export', jobKey: 'kept-in-redis-1', payload: { jobId: '2' } });
    });
    const worker = drain();
    expect(await worker.drainOnce()).toBe(2);
    await (await queue.getJob('lost-in-redis-1'))!.remove();
    const kept = await queue.getJob('kept-in-redis-1');

    expect(await redispatchSince(app.worker.em.fork(), before)).toBe(2);
    expect(await worker.drainOnce()).toBe(2);
    await worker.stop();
    expect((await queue.getJob('lost-in-redis-1'))?.data).toEqual({ jobId: '1' });
    expect((await queue.getJob('kept-in-redis-1'))?.timestamp).toBe(kept!.timestamp);
    expect(await app.sql(`select after from audit_event where action = 'outbox.redispatch'`)).toEqual([
      { after: { since: before.toISOString(), rows: 2 } },
    ]);

    // the command-line tool refuses a missing time and changes nothing
    expect(await runCli(app, 'redispatch')).toMatchObject({ code: 2, stdout: '' });
    expect(await app.sql(`select 1 from outbox where dispatched_at is null`)).toEqual([]);
  });

  it('moves a committed row to BullMQ under its deterministic id, once, however often it runs', async () => {
    const em = app.worker.em.fork();
    await em.transactional(async (tx) => {
      enqueue(tx, { queue: QUEUE, name: 'review-batch', jobKey: 'campaign-7-batch-1', payload: { campaignId: '7' } });
    });
    const worker = drain();
    expect(await worker.drainOnce()).toBe(1);
    expect(await worker.drainOnce()).toBe(0);
    await worker.stop();
    const job = await queue.getJob('campaign-7-batch-1');
    expect(job?.name).toBe('review-batch');
    expect(job?.data).toEqual({ campaignId: '7' });
    const [row] = await app.sql<{ dispatched: boolean }>(
      `select dispatched_at is not null as dispatched from outbox where job_key = 'campaign-7-batch-1'`,
    );
    expect(row.dispatched).toBe(true);
  });

  it('hands each row to exactly one of several concurrent drains', async () => {
    const em = app.worker.em.fork();
    await em.transactional(async (tx) => {
      for (let i = 0; i < 60; i += 1) enqueue(tx, { queue: QUEUE, name: 'fan-out', jobKey: `fan-out-${i}` });
    });
    const drains = [drain(), drain(), drain()];
    const moved = await Promise.all(
      drains.map(async (d) => {
        let total = 0;
        for (let n = await d.drainOnce(); n > 0; n = await d.drainOnce()) total += n;
        return total;
      }),
    );
    await Promise.all(drains.map((d) => d.stop()));
    expect(moved.reduce((a, b) => a + b, 0)).toBe(60);
    const [{ n }] = await app.sql<{ n: number }>(`select count(*)::int as n from outbox where job_key like 'fan-out-%' and attempts = 1`);
    expect(n).toBe(60);
    expect((await queue.getJobs(['waiting'])).filter((job) => job.name === 'fan-out')).toHaveLength(60);
  });

  it('replaces a finished job left in Redis from before the database was restored, instead of losing the new one', async () => {
    const processed: unknown[] = [];
    const restoreQueue = new Queue(`${QUEUE}-restore`, { connection: app.runtime.redis });
    const worker = new Worker(
      restoreQueue.name,
      async (job) => {
        processed.push(job.data);
      },
      { connection: app.runtime.redis.duplicate() },
    );
    try {
      // what Redis still holds after the database went back to a backup: job 'campaign-restored' ran an hour ago
      await restoreQueue.add('generate', { run: 'before the restore' }, { jobId: 'campaign-restored', timestamp: Date.now() - 3_600_000 });
      await until(async () => processed.length === 1, 'the old job');
      await app.worker.em.fork().transactional(async (em) => {
        enqueue(em, { queue: restoreQueue.name, name: 'generate', jobKey: 'campaign-restored', payload: { run: 'after the restore' } });
      });
      await drain().drainOnce();
      await until(async () => processed.length === 2, 'the new job');
      expect(processed).toEqual([{ run: 'before the restore' }, { run: 'after the restore' }]);
      // a second drain of the same row (at least once) does not run it a third time
      await app.sql(`update outbox set dispatched_at = null where job_key = 'campaign-restored'`);
      await drain().drainOnce();
      await new Promise((done) => setTimeout(done, 300));
      expect(processed).toHaveLength(2);
    } finally {
      await worker.close();
      await restoreQueue.obliterate({ force: true });
      await restoreQueue.close();
    }
  });

  it('keeps rows in the outbox until the Redis replicas it must wait for hold their jobs', async () => {
    await app.worker.em.fork().transactional(async (tx) => {
      enqueue(tx, { queue: QUEUE, name: 'replicated', jobKey: 'wait-for-replica-1' });
    });
    // the test's Redis has no replica: a failover could lose what it holds, so the row is not let go
    const waiting = new OutboxDrain(app.worker, app.runtime.redis, app.runtime.logger, 10, 1);
    await expect(waiting.drainOnce()).rejects.toThrow(/0 of 1 Redis replicas/);
    await waiting.stop();
    const pending = `select 1 from outbox where job_key = 'wait-for-replica-1' and dispatched_at is null`;
    expect(await app.sql(pending)).toHaveLength(1);
    // handed over again once nothing more is asked of Redis: the job added the first time is not doubled
    const plain = drain();
    expect(await plain.drainOnce()).toBe(1);
    await plain.stop();
    expect(await app.sql(pending)).toEqual([]);
    expect((await queue.getJobs(['waiting'])).filter((job) => job.name === 'replicated')).toHaveLength(1);
  });

  it('refuses a job key with a colon, in code and in the database', async () => {
    const em = app.worker.em.fork();
    expect(() => enqueue(em, { queue: QUEUE, name: 'x', jobKey: 'bad:key' })).toThrow(/must not contain/);
    await expect(app.sql(`insert into outbox (queue, name, job_key) values ('q', 'x', 'bad:key')`)).rejects.toThrow(/check/);
  });
});

describe('job(id)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('shows a job to the person who started it and to readers of its unit, and to nobody else', async () => {
    const [{ id: requester }] = await app.sql<{ id: string }>(`select id::text from app_user where phone = ?`, [PHONES.lanshanStreetStaff]);
    const unitId = await app.unitIdByCode('LY-LS-LSJD');
    const em = app.worker.em.fork();
    const job = em.create(JobRecord, { name: 'exportLedger', requestedById: requester, unitId, state: 'ACTIVE', progress: 40 });
    await em.flush();
    const query = `query($id: ID!) { job(id: $id) { id name state progress downloadUrl } }`;

    const own = await app.gql(query, { id: job.id }, { token: await app.loginAs(PHONES.lanshanStreetStaff) });
    expect(own.data?.job).toEqual({ id: job.id, name: 'exportLedger', state: 'ACTIVE', progress: 40, downloadUrl: null });
    const auditor = await app.gql(query, { id: job.id }, { token: await app.loginAs(PHONES.cityAuditor) });
    expect(auditor.data?.job.state).toBe('ACTIVE');
    const sibling = await app.gql(query, { id: job.id }, { token: await app.loginAs(PHONES.yinqueshanStaff) });
    expect(sibling.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
