import type { ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureServices, faultControls, stopServices as stopChaosServices } from '../../scripts/services.mjs';
import { loadConfig, type Config } from '../../server/src/app/config.js';
import { createRuntime, type Runtime } from '../../server/src/app/runtime.js';
import { SYSTEM_ROWS } from '../../server/src/common/row-scope.js';
import { createServices, serviceDeps } from '../../server/src/app/services.js';
import { NOTIFICATION_QUEUE } from '../../server/src/modules/notifications/notify.js';
import { CaseDriver, type Applicant } from '../setup/case-driver.js';
import { createDemoDatabase } from '../setup/database.js';
import { ledgerViolations } from '../setup/ledger-invariants.js';
import { spawnApi, spawnWorker, stopProcess, until } from '../setup/processes.js';
import { gatewaySmsSettings, startSmsGateway, type SmsGateway } from '../setup/sms-gateway.js';
import { appClient } from '../setup/test-app.js';
import { startLatencyProxy } from './latency-proxy.js';
import { record, SEED, seededRandom, sized } from './record.js';
import { lostWrites, runWorkload } from './workload.js';

const KINDS = ['workerKill', 'apiKill', 'postgresRestart', 'redisStop', 'dbLatency'] as const;
type Kind = (typeof KINDS)[number];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries a check while the test's own connections reconnect after a restart. */
async function settled<T>(check: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await check();
    } catch (error) {
      if (attempt >= 40) throw error;
      await sleep(500);
    }
  }
}

/**
 * The fault matrix (issue 10), on its own PostgreSQL and Redis (services profile "chaos"), which it crashes and
 * stops: each run puts simulated users on the API and worker processes, injects one fault at a seeded moment,
 * restores, waits for recovery without restarting anything it did not kill, then checks the promises.
 */
describe('fault matrix', () => {
  const pool = Number(process.env.VITEST_POOL_ID ?? '1');
  const apiPort = 4700 + pool;
  const healthPort = 4710 + pool;
  const faults = faultControls('chaos');
  let config: Config;
  let runtime: Runtime;
  let proxy: Awaited<ReturnType<typeof startLatencyProxy>>;
  let gateway: SmsGateway;
  let api: { child: ChildProcess; url: string };
  let worker: ChildProcess;
  let driver: CaseDriver;
  const applicants: Applicant[] = [];
  let stopServices = () => {};

  const apiTarget = () => {
    const url = new URL(config.DATABASE_URL);
    url.port = String(proxy.port);
    return { config: { ...config, DATABASE_URL: url.toString() } };
  };
  const startApi = async () => {
    api = await spawnApi(apiTarget(), apiPort, { JOB_LOCK_MS: '2000' });
  };
  const startWorker = () => {
    worker = spawnWorker(
      { config },
      {
        HEARTBEAT_MS: '500',
        JOB_LOCK_MS: '2000',
        OUTBOX_POLL_MS: '100',
        WORKER_HEALTH_PORT: String(healthPort),
        ...gatewaySmsSettings(gateway),
      },
    );
  };
  const kill = async (child: ChildProcess) => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };

  beforeAll(async () => {
    // the matrix crashes what it runs on, so it must own it: leftovers of an interrupted run here are stopped first,
    // and services another checkout runs on these ports are refused rather than crashed
    stopChaosServices('chaos', { postgres: true, redis: false });
    await faults.stopRedis();
    const services = await ensureServices('chaos');
    stopServices = services.stop;
    if (!services.started.postgres || !services.started.redis) {
      services.stop();
      throw new Error(
        'PostgreSQL 5436 or Redis 6393 is run by something else; stop it (node scripts/services.mjs stop --profile chaos in its checkout)',
      );
    }
    config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: '0',
      EXPORT_DIR: join(tmpdir(), 'bangfu-faults-exports'),
      ...services.env,
    });
    await createDemoDatabase(config);
    runtime = await createRuntime(config, 'test', SYSTEM_ROWS);
    await runtime.redis.flushall();
    proxy = await startLatencyProxy(Number(new URL(config.DATABASE_URL).port));
    gateway = await startSmsGateway();
    await startApi();
    startWorker();
    driver = await CaseDriver.create(appClient(api.url, config, runtime));
    await driver.fundDistrict(1_000_000_000);
    for (let i = 0; i < 5; i += 1) applicants.push(await driver.newApplicant());
  }, 120_000);
  afterAll(async () => {
    await stopProcess(api.child);
    await stopProcess(worker);
    await proxy.close();
    await gateway.close();
    await runtime.close();
    stopServices();
  });

  /** The API answers a read that needs the database, the worker consumes heartbeats again, and no job is left. */
  const recovered = async (restoredAt: number) => {
    const notifications = new Queue(NOTIFICATION_QUEUE, { connection: runtime.redis });
    try {
      await until(
        async () => {
          const me = await fetch(api.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${driver.actors.streetStaff}` },
            body: JSON.stringify({ query: '{ me { id } }' }),
            signal: AbortSignal.timeout(5_000),
          })
            .then((response) => response.json() as Promise<{ data?: { me?: { id: string } } }>)
            .catch(() => null);
          if (!me?.data?.me) return false;
          const health = await fetch(`http://127.0.0.1:${healthPort}/healthz`, { signal: AbortSignal.timeout(2_000) })
            .then((response) => response.json() as Promise<{ status: string; lastHeartbeat: string }>)
            .catch(() => null);
          if (health?.status !== 'ok' || Date.parse(health.lastHeartbeat) <= restoredAt) return false;
          const [{ waiting }] = await runtime.orm.em
            .fork()
            .getConnection()
            .execute<{ waiting: number }[]>(`select count(*)::int as waiting from outbox where dispatched_at is null`);
          const counts = await notifications.getJobCounts('waiting', 'active', 'delayed');
          return waiting === 0 && counts.waiting + counts.active + counts.delayed === 0;
        },
        'recovery',
        90_000,
        250,
      );
    } finally {
      await notifications.close();
    }
  };

  async function faultRun(kind: Kind, seed: number) {
    const random = seededRandom(seed);
    const readyCases = await settled(() => driver.readyCases(6, 1_000));
    // a case to return at the kill, so a text-message job is certainly running then
    const toReturn = kind === 'workerKill' ? await settled(() => driver.caseAt('SUBMITTED')) : null;
    const faultAfter = 300 + Math.floor(random() * 1_500);
    const outage = {
      workerKill: 0,
      apiKill: 0,
      postgresRestart: 1_000 + Math.floor(random() * 2_000),
      redisStop: sized(3_000, 60_000),
      dbLatency: sized(2_000, 5_000),
    }[kind];
    const load = runWorkload({
      url: api.url,
      applicants,
      staffToken: driver.actors.streetStaff,
      unitId: driver.street,
      readyCases,
      users: 6,
      stopAt: Date.now() + faultAfter + outage + 2_000,
      random,
      requestTimeoutMs: 10_000,
    });
    const smsDuplicatesBefore = gateway.duplicates();
    await sleep(faultAfter);
    let sendsInFlight: number | null = null;
    if (kind === 'workerKill') {
      // the gateway holds every text message unanswered, so the kill lands inside a job, mid-call to the provider
      gateway.hold();
      await driver.ok('return', driver.actors.streetStaff, toReturn!.id);
      await until(async () => gateway.held() > 0, 'a text-message job waiting on the provider', 15_000, 20).catch(() => {});
      sendsInFlight = gateway.held();
      await kill(worker);
      gateway.release();
      startWorker();
    } else if (kind === 'apiKill') {
      await kill(api.child);
      await startApi();
    } else if (kind === 'postgresRestart') {
      faults.crashPostgres();
      await sleep(outage);
      await faults.startPostgres();
    } else if (kind === 'redisStop') {
      await faults.stopRedis();
      await sleep(outage);
      await faults.startRedis();
    } else {
      proxy.setDelay(500);
      await sleep(outage);
      proxy.setDelay(0);
    }
    const restoredAt = Date.now();
    const workload = await load;
    const problems: string[] = [];
    await recovered(restoredAt).catch((error) => problems.push(`did not recover: ${String(error)}`));
    const app = appClient(api.url, config, runtime);
    const lost = await settled(() => lostWrites(app.sql, workload.acknowledged));
    const ledger = await settled(() => ledgerViolations(app));
    const rollups = await settled(() => createServices(runtime.orm.em.fork(), serviceDeps(config, runtime.redis)).rollups.reconcile());
    const smsDuplicated = gateway.duplicates() - smsDuplicatesBefore;
    problems.push(...ledger, ...rollups.details.slice(0, 5));
    if (smsDuplicated) problems.push(`${smsDuplicated} text messages sent twice`);
    if (sendsInFlight === 0) problems.push('the worker was killed with no job running');
    return {
      kind,
      seed,
      sendsInFlight,
      acknowledged: workload.acknowledged.length,
      requests: workload.requests,
      refusedDuringFault: workload.failures.length,
      lost: lost.length,
      violations: ledger.length + rollups.mismatches + smsDuplicated + (problems.some((p) => p.startsWith('did not recover')) ? 1 : 0),
      problems,
      missedJob: sendsInFlight === 0,
    };
  }

  it(
    'keeps every promise through worker and API kills, PostgreSQL crashes, Redis outages and a slow database',
    { timeout: 3_600_000 },
    async () => {
      const runsPerKind = sized(1, 20);
      const outcomes: Awaited<ReturnType<typeof faultRun>>[] = [];
      for (let round = 0; round < runsPerKind; round += 1) {
        for (const [index, kind] of KINDS.entries()) {
          const seed = SEED + round * KINDS.length + index;
          const outcome = await faultRun(kind, seed);
          outcomes.push(outcome);
          if (outcome.lost || outcome.violations || outcome.missedJob)
            process.stdout.write(`[chaos] fault run ${kind} seed ${seed}: ${JSON.stringify(outcome)}\n`);
        }
      }
      const failed = outcomes.filter((outcome) => outcome.lost || outcome.violations || outcome.missedJob);
      const byKind = Object.fromEntries(KINDS.map((kind) => [kind, outcomes.filter((outcome) => outcome.kind === kind).length]));
      record(
        'faults',
        {
          faultRuns: outcomes.length,
          invariantViolations: outcomes.reduce((sum, outcome) => sum + outcome.violations, 0),
          lostAcknowledgedWrites: outcomes.reduce((sum, outcome) => sum + outcome.lost, 0),
        },
        {
          runsByKind: byKind,
          acknowledgedWrites: outcomes.reduce((sum, outcome) => sum + outcome.acknowledged, 0),
          requests: outcomes.reduce((sum, outcome) => sum + outcome.requests, 0),
          refusedOrTimedOutDuringFaults: outcomes.reduce((sum, outcome) => sum + outcome.refusedDuringFault, 0),
          redisOutageMs: sized(3_000, 60_000),
          failedRuns: failed.slice(0, 10),
          // text-message jobs waiting on the provider when the worker was killed, per worker-kill run
          sendsInFlightAtWorkerKill: outcomes.filter((outcome) => outcome.kind === 'workerKill').map((outcome) => outcome.sendsInFlight),
          textMessagesSent: gateway.received.size,
        },
      );
      expect(failed).toEqual([]);
      expect(outcomes.reduce((sum, outcome) => sum + outcome.acknowledged, 0)).toBeGreaterThan(0);
    },
  );
});
