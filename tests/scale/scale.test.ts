import type { ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredEvidenceFor } from '@bangfu/shared';
import { applicationUrl, faultControls } from '../../scripts/services.mjs';
import { loadConfig, type Config } from '../../server/src/app/config.js';
import { createRuntime, type Runtime } from '../../server/src/app/runtime.js';
import { createServices, serviceDeps } from '../../server/src/app/services.js';
import { SYSTEM_ROWS } from '../../server/src/common/row-scope.js';
import { percentile } from '../bench/measure.js';
import { openArrival, type Call, type Client } from '../bench/open-arrival.js';
import { CaseDriver, newPaymentKey, PHOTO, type Applicant } from '../setup/case-driver.js';
import { createDemoDatabase } from '../setup/database.js';
import { ledgerViolations } from '../setup/ledger-invariants.js';
import { spawnApi, spawnWorker, stopProcess, until } from '../setup/processes.js';
import { gatewaySmsSettings, startSmsGateway, type SmsGateway } from '../setup/sms-gateway.js';
import { appClient } from '../setup/test-app.js';
import { SEED, seededRandom } from '../chaos/record.js';
import { lostWrites, type Acknowledged } from '../chaos/workload.js';
import { PORTS, Topology } from './topology.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const RATE = Number(process.env.SCALE_RATE ?? 20);
const MAX_LAG_MS = 2_000;
/** Each process's warnings, kept beside the topology's own logs for a post-mortem. */
const LOGS = { LOG_LEVEL: 'warn' };
const logFile = (name: string) => resolve(import.meta.dirname, '../../.data/scale', `${name}.log`);

const MY_CASES = `{ myCases(first: 10) { edges { node { id status } } } }`;
const QUEUE = `query($unit: ID!, $statuses: [CaseStatus!]) { caseQueue(unitId: $unit, first: 20, statuses: $statuses) { totalCount edges { node { id status dueAt } } } }`;
const ROLLUP = `query($unit: ID!, $from: DateTime!, $to: DateTime!) { rollup(unitId: $unit, from: $from, to: $to) { newCases paidFen fundBalanceFen children { unit { id } newCases } } }`;
const SAVE = `mutation($input: CaseDraftInput!) { saveDraft(input: $input) { id } }`;
const SUBMIT = `mutation($id: ID!) { submitCase(id: $id) { id status } }`;
const ACCEPT = `mutation($id: ID!) { acceptCase(id: $id) { id status } }`;
const APPROVE = `mutation($id: ID!) { approveCase(id: $id) { id status } }`;
const PAY = `mutation($id: ID!, $key: String!) { disburseCase(id: $id, input: { method: CASH, idempotencyKey: $key }) { id status } }`;
const EXPORT = `mutation($unit: ID!, $from: DateTime!, $to: DateTime!) { exportRollup(unitId: $unit, from: $from, to: $to) { id } }`;

interface Fault {
  kind: string;
  at: number;
  restoredAt?: number;
  detail?: Record<string, unknown>;
}

/**
 * Growing past one machine (issue 23), on real engines on the loopback: nginx in front of three API processes, two
 * workers, PostgreSQL with a streaming hot standby taking the read-only paths, and Redis with a replica under three
 * Sentinels. Under open-arrival load with a union's working-day mix, it kills an API, crashes the standby, fails the
 * Redis master over, then restarts everything, and checks that nothing acknowledged was lost, no idempotent request
 * failed, no job was lost or run twice, and the ledger holds. `npm run test:scale`; writes docs/scale.json.
 */
describe('scale-out topology', () => {
  const topology = new Topology();
  const primaryFaults = faultControls('scale');
  let config: Config;
  /** The test's own connections: the owner, on the primary, Redis through the sentinels. */
  let ownerConfig: Config;
  let runtime: Runtime;
  let gateway: SmsGateway;
  const apis = new Map<number, ChildProcess>();
  const workers = new Map<number, ChildProcess>();
  let driver: CaseDriver;
  const applicants: Applicant[] = [];
  /** Cases for the load to pay and to approve, made before it starts. */
  let readyCases: string[] = [];
  const proposed: string[] = [];
  const url = `http://127.0.0.1:${PORTS.nginx}/graphql`;

  /** What the processes need beyond the test app's own settings (processes.ts passes those). */
  const processEnv = () => ({
    ...LOGS,
    REDIS_SENTINELS: topology.env.REDIS_SENTINELS,
    REDIS_SENTINEL_NAME: topology.env.REDIS_SENTINEL_NAME,
    DATABASE_REPLICA_URL: config.DATABASE_REPLICA_URL!,
    REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
    // every simulated person comes from this one loopback address
    REGISTER_MAX_PER_IP: '100000',
    SMS_CODE_MAX_PER_IP: '100000',
    LOGIN_MAX_FAILURES_PER_IP: '100000',
  });
  const startApi = async (port: number) => {
    const { child } = await spawnApi(
      { config },
      port,
      { ...processEnv(), TRUST_PROXY: '1', NODE_OPTIONS: '--max-old-space-size=256' },
      logFile(`api-${port}`),
    );
    apis.set(port, child);
  };
  const startWorker = (healthPort: number) => {
    workers.set(
      healthPort,
      spawnWorker(
        { config },
        {
          ...processEnv(),
          WORKER_HEALTH_PORT: String(healthPort),
          OUTBOX_POLL_MS: '100',
          REDIS_WAIT_REPLICAS: '1',
          ...gatewaySmsSettings(gateway),
        },
        logFile(`worker-${healthPort}`),
      ),
    );
  };
  const startProcesses = async () => {
    await Promise.all(PORTS.apis.map(startApi));
    await topology.startNginx();
  };
  const startWorkers = async () => {
    PORTS.workerHealth.forEach(startWorker);
    for (const port of PORTS.workerHealth) {
      await until(
        async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok ?? false,
        `the worker on ${port} to consume jobs`,
        60_000,
        250,
      );
    }
  };
  const stopProcesses = async () => {
    await topology.stopNginx();
    await Promise.all([...apis.values(), ...workers.values()].map((child) => stopProcess(child)));
    apis.clear();
    workers.clear();
  };

  beforeAll(async () => {
    await topology.start();
    const owner = topology.env.DATABASE_URL;
    const common = { NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0', EXPORT_DIR: join(tmpdir(), 'bangfu-scale-exports') } as const;
    ownerConfig = loadConfig({ ...common, ...topology.env, DATABASE_REPLICA_URL: undefined });
    await createDemoDatabase(ownerConfig);
    config = loadConfig({
      ...common,
      ...topology.env,
      // the processes log in as the application role, on the primary and on the standby
      DATABASE_URL: applicationUrl(owner),
      DATABASE_OWNER_URL: owner,
      DATABASE_REPLICA_URL: applicationUrl(topology.env.DATABASE_REPLICA_URL),
      REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
    });
    runtime = await createRuntime(ownerConfig, 'test', SYSTEM_ROWS);
    gateway = await startSmsGateway();
    await startProcesses();
    driver = await CaseDriver.create(appClient(url, config, runtime));
    await driver.fundDistrict(2_000_000_000);
    // before the workers: the test reads sign-up codes from its own inbox, the workers would text them to the gateway
    for (let i = 0; i < 10; i += 1) applicants.push(await driver.newApplicant());
    readyCases = await driver.readyCases(2_000, 1_000);
    for (let i = 0; i < 40; i += 1) proposed.push((await driver.caseAt('PROPOSED')).id);
    await startWorkers();
  }, 300_000);

  afterAll(async () => {
    await stopProcesses();
    await gateway?.close();
    await runtime?.close();
    await topology.stop();
  });

  /** What every API process says of its standby (GET /healthz straight at the process). */
  const replicaStates = () =>
    Promise.all(
      [...apis.keys()].map((port) =>
        fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2_000) })
          .then((response) => response.json() as Promise<{ replica?: { usable: boolean; lagMs: number | null } }>)
          .then((health) => health.replica ?? null)
          .catch(() => null),
      ),
    );

  it(
    'survives an API kill, a standby crash, a Redis failover and a full restart under load, losing nothing',
    { timeout: 1_800_000 },
    async () => {
      const random = seededRandom(SEED);
      const year = { from: '2025-12-31T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' };
      const district = await driver.app.unitIdByCode('LY-LS');
      const submitted: string[] = [];
      const acknowledged: (Acknowledged | { kind: 'approved'; caseId: string })[] = [];
      const exports: string[] = [];
      let drafts = 0;

      const upload = async (client: Client, caseId: string, token: string) => {
        for (const slot of requiredEvidenceFor('LIVING')) {
          const ok = await client.put('evidence', `/uploads/cases/${caseId}/${caseId}-${slot}?slot=${slot}`, PHOTO, token);
          if (!ok) return false;
        }
        return true;
      };
      const session = async (client: Client, pick: () => number) => {
        const roll = pick();
        const { streetStaff, streetHead, districtAdmin } = driver.actors;
        if (roll < 0.4) {
          // a worker on the PWA: looks at their cases, and now and then applies
          const applicant = applicants[Math.floor(pick() * applicants.length)];
          await client.read('myCases', MY_CASES, {}, applicant.token);
          if (pick() < 0.3) return;
          await client.think();
          const draft = await client.write(
            'saveDraft',
            SAVE,
            {
              input: {
                clientId: `scale-draft-${(drafts += 1)}`,
                fileId: applicant.fileId,
                type: 'LIVING',
                title: '生活困难',
                requestedAmountFen: 50_000,
              },
            },
            applicant.token,
            true,
          );
          if (!draft || !(await upload(client, draft.saveDraft.id, applicant.token))) return;
          const done = await client.write('submitCase', SUBMIT, { id: draft.saveDraft.id }, applicant.token, false);
          if (done) {
            acknowledged.push({ kind: 'submitted', caseId: done.submitCase.id });
            submitted.push(done.submitCase.id);
          }
        } else if (roll < 0.7) {
          // station staff working the queue
          await client.read('caseQueue', QUEUE, { unit: driver.street }, streetStaff);
          await client.think();
          const caseId = submitted.shift();
          if (caseId && (await client.write('acceptCase', ACCEPT, { id: caseId }, streetStaff, false)))
            acknowledged.push({ kind: 'accepted', caseId });
        } else if (roll < 0.78) {
          // the head decides on proposals
          await client.read('caseQueue', QUEUE, { unit: driver.street, statuses: ['PROPOSED'] }, streetHead);
          await client.think();
          const caseId = proposed.shift();
          if (caseId && (await client.write('approveCase', APPROVE, { id: caseId }, streetHead, false)))
            acknowledged.push({ kind: 'approved', caseId });
        } else if (roll < 0.9) {
          const caseId = readyCases.shift();
          const key = newPaymentKey();
          if (caseId && (await client.write('disburseCase', PAY, { id: caseId, key }, streetStaff, true)))
            acknowledged.push({ kind: 'paid', caseId, key });
        } else {
          // the district reads its rollup (the standby's work) and now and then exports it (a job through the outbox)
          await client.read('rollup', ROLLUP, { unit: district, ...year }, districtAdmin);
          if (pick() < 0.15) {
            const job = await client.write('exportRollup', EXPORT, { unit: district, ...year }, districtAdmin, false);
            if (job) exports.push(job.exportRollup.id);
          }
        }
      };

      const replica: { at: number; states: ({ usable: boolean; lagMs: number | null } | null)[] }[] = [];
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          replica.push({ at: Date.now(), states: await replicaStates() });
          await sleep(250);
        }
      })();

      const faults: Fault[] = [];
      const started = Date.now();
      const at = (offsetMs: number) => sleep(Math.max(0, started + offsetMs - Date.now()));
      const seconds = 100;
      const load = openArrival({ url, ratePerSecond: RATE, seconds, random, thinkMs: 1_000, session });
      const script = (async () => {
        await at(10_000);
        const api = { kind: 'apiKill', at: Date.now() } as Fault;
        faults.push(api);
        apis.get(PORTS.apis[0])!.kill('SIGKILL');
        await at(20_000);
        await startApi(PORTS.apis[0]);
        api.restoredAt = Date.now();

        await at(30_000);
        const standby = { kind: 'standbyCrash', at: Date.now() } as Fault;
        faults.push(standby);
        topology.standby.crash();
        await until(async () => (await replicaStates()).every((state) => state && !state.usable), 'reads to leave the standby', 10_000);
        standby.detail = { leftOutAfterMs: Date.now() - standby.at };
        await at(45_000);
        await topology.standby.start();
        await until(async () => (await replicaStates()).every((state) => state?.usable), 'reads back on the standby', 60_000, 250);
        standby.restoredAt = Date.now();

        await at(55_000);
        const oldMaster = await topology.redisMaster();
        const failover = { kind: 'redisFailover', at: Date.now() } as Fault;
        faults.push(failover);
        await topology.killRedis(oldMaster);
        await until(
          async () => (await topology.redisMaster().catch(() => oldMaster)) !== oldMaster,
          'Sentinel to promote the replica',
          30_000,
          100,
        );
        const newMaster = await topology.redisMaster();
        failover.detail = { oldMaster, newMaster, promotedAfterMs: Date.now() - failover.at };
        await at(70_000);
        await topology.startRedis(oldMaster, newMaster);
        failover.restoredAt = Date.now();
      })();
      const [report] = await Promise.all([load, script]);

      // everything restarted, in order, as an operator would: then a short run to show the whole shows up again
      const restart = { kind: 'restartAll', at: Date.now() } as Fault;
      faults.push(restart);
      await stopProcesses();
      await runtime.close();
      await topology.restartData(primaryFaults);
      runtime = await createRuntime(ownerConfig, 'test', SYSTEM_ROWS);
      await startProcesses();
      await startWorkers();
      restart.restoredAt = Date.now();
      const after = await openArrival({ url, ratePerSecond: RATE, seconds: 15, random, thinkMs: 1_000, session });
      sampling = false;
      await sampler;

      const app = appClient(url, config, runtime);
      // the work left behind reaches its end: the outbox empties and every export finishes
      await until(
        async () => {
          const [{ waiting }] = await app.sql<{ waiting: number }>(
            `select count(*)::int as waiting from outbox where dispatched_at is null`,
          );
          const [{ open }] = await app.sql<{ open: number }>(
            `select count(*)::int as open from job where state not in ('COMPLETED', 'FAILED')`,
          );
          const [{ unsent }] = await app.sql<{ unsent: number }>(
            `select count(*)::int as unsent from notification n join outbox o on o.job_key = 'sms-' || n.id where n.sms_sent_at is null`,
          );
          return waiting + open + unsent === 0;
        },
        'the outbox, the exports and the text messages to finish',
        120_000,
        500,
      );
      const calls: Call[] = [...report.calls, ...after.calls];
      const ok = (list: Call[]) => list.filter((call) => call.ok).map((call) => call.ms);
      const failedIdempotent = calls.filter((call) => call.idempotent && !call.ok);
      const refused = calls.filter((call) => !call.idempotent && !call.ok);
      const lost = await lostWrites(
        app.sql,
        acknowledged.filter((write): write is Acknowledged => write.kind !== 'approved'),
      );
      const approvals = acknowledged.filter((write) => write.kind === 'approved').map((write) => write.caseId);
      const approved = approvals.length
        ? await app.sql<{ id: string }>(`select distinct case_id::text as id from case_event where action = 'approve' and case_id in (?)`, [
            approvals,
          ])
        : [];
      const lostApprovals = approvals.length - approved.length;
      const ledger = await ledgerViolations(app);
      const rollups = await createServices(runtime.orm.em.fork(), serviceDeps(config, runtime.redis)).rollups.reconcile();
      const failedExports = await app.sql<{ id: string }>(`select id::text from job where id in (?) and state <> 'COMPLETED'`, [
        exports.length ? exports : ['0'],
      ]);
      const usedStandby = replica.filter((sample) => sample.states.some((state) => state?.usable)).length;
      const lags = replica.flatMap((sample) => sample.states.filter((state) => state?.usable).map((state) => state!.lagMs ?? 0));
      const results = {
        measuredAt: new Date().toISOString(),
        topology: {
          nginx: `127.0.0.1:${PORTS.nginx}`,
          apiProcesses: PORTS.apis.length,
          workerProcesses: PORTS.workerHealth.length,
          postgres: 'primary + streaming hot standby (pg_basebackup -R)',
          redis: 'master + replica, 3 Sentinels (quorum 2)',
        },
        load: {
          arrivalsPerSecond: RATE,
          seconds: seconds + 15,
          arrivals: report.arrivals + after.arrivals,
          requests: calls.length,
          p50Ms: Math.round(percentile(ok(calls), 0.5)),
          p99Ms: Math.round(percentile(ok(calls), 0.99)),
          unfinishedSessions: report.unfinished + after.unfinished,
        },
        // per fault, what callers saw from its start until 5 s after it was repaired
        faults: faults.map((fault) => {
          const during = calls.filter((call) => call.at >= fault.at && call.at <= (fault.restoredAt ?? fault.at) + 5_000);
          return {
            ...fault,
            at: new Date(fault.at).toISOString(),
            restoredAt: fault.restoredAt ? new Date(fault.restoredAt).toISOString() : null,
            requests: during.length,
            failedIdempotentRequests: during.filter((call) => call.idempotent && !call.ok).length,
            // nginx passes on what the dead process never answered; what it could not, the client sent again
            retriedByClient: during.filter((call) => call.attempts > 1).length,
            refusedNonIdempotentWrites: during.filter((call) => !call.idempotent && !call.ok).length,
            p99Ms: Math.round(percentile(ok(during), 0.99)),
          };
        }),
        replica: {
          maxLagBoundMs: MAX_LAG_MS,
          samples: replica.length,
          samplesOnStandby: usedStandby,
          maxLagSeenMs: lags.length ? Math.max(...lags) : null,
          p99LagMs: lags.length ? percentile(lags, 0.99) : null,
        },
        outcome: {
          failedIdempotentRequests: failedIdempotent.length,
          retriedByClient: calls.filter((call) => call.attempts > 1).length,
          refusedNonIdempotentWrites: refused.length,
          acknowledgedWrites: acknowledged.length,
          lostAcknowledgedWrites: lost.length + lostApprovals,
          exportsStarted: exports.length,
          exportsNotCompleted: failedExports.length,
          textMessagesSent: gateway.received.size,
          textMessagesSentTwice: gateway.duplicates(),
          ledgerViolations: ledger.length,
          rollupMismatches: rollups.mismatches,
        },
        failures: [...failedIdempotent, ...refused].slice(0, 20),
      };
      await writeFile(resolve(import.meta.dirname, '../../docs/scale.json'), `${JSON.stringify(results, null, 2)}\n`);

      expect(failedIdempotent).toEqual([]);
      expect(lost).toEqual([]);
      expect(lostApprovals).toBe(0);
      expect(ledger).toEqual([]);
      expect(rollups.details).toEqual([]);
      expect(failedExports).toEqual([]);
      expect(gateway.duplicates()).toBe(0);
      expect(usedStandby).toBeGreaterThan(0);
      expect(acknowledged.length).toBeGreaterThan(100);
    },
  );
});
