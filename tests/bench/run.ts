import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import pg from 'pg';
import { connectRedis } from '@bangfu/server/app/runtime.js';
import { shanghaiYear } from '@bangfu/shared';
import { loadConfig } from '@bangfu/server/app/config.js';
import { initOrm, migrate } from '@bangfu/server/app/orm.js';
import { cipherFor, createServices, serviceDeps } from '@bangfu/server/app/services.js';
import { newToken, tokenHash } from '@bangfu/server/common/crypto.js';
import { encodeCursor } from '@bangfu/server/common/pagination.js';
import { Unit } from '@bangfu/server/modules/org/unit.entity.js';
import { reconcileRollups } from '@bangfu/server/modules/rollups/rollup.queries.js';
import { load, loop, median, percentile, timeRuns } from './measure.js';
import { processCpuMs, profileShares } from './profile.js';
import { liveRollup, differingFigures } from './live-rollup.js';
import { benchCampaigns } from './campaigns.js';
import { benchExternalRoll } from './rolls.js';
import { barePayouts } from './bare-payout.js';
import { sustainedLoad } from './sustained.js';

const root = resolve(import.meta.dirname, '../../..');
const API_PORT = 4410;
const API_URL = `http://127.0.0.1:${API_PORT}`;
const PROFILED_API_PORT = 4412;
const PROFILED_API_URL = `http://127.0.0.1:${PROFILED_API_PORT}`;
const DEEP_PAGES = 10_000;
const DEEP_PAGE_SIZE = 20;
const QUEUE_QUERY = `query CaseQueue($unitId: ID!, $first: Int, $after: String) {
  caseQueue(unitId: $unitId, orderBy: DUE_AT, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id caseNumber reference applicantName type status dueAt overdue submittedAt requestedAmountFen } }
  }
}`;

/** The figures issue 9 asks for, with its targets. */
const TARGETS = {
  queuePageP50Ratio: '≤ 1.5',
  queuePageP99Ratio: '≤ 2.0',
  statementsPerRequest: 'equal, ≤ 3',
  deepPageRatio: '≤ 1.2',
  rollupP95Ms: '≤ 50',
  rollupSpeedup: '≥ 20',
  rollupMismatches: '0',
  reviewSeconds300k: '≤ 600',
  reviewMissed: '0',
  reviewDuplicated: '0',
  hotFundPayoutsPerSecond: 'measured (the ratio is the target)',
  hotFundRatio: '≥ 0.4',
  statementsPerPayout: 'a handful (round trips the API role sends per payout, BEGIN and COMMIT included)',
  rosterBuildSeconds: '≤ 60',
  batchPayoutsPerSecond: 'measured (the ratio is the target)',
  batchPayoutRatio: '≥ 0.5',
  batchDoublePayments: '0',
  externalRollMatchSeconds: 'measured (100,000 lines; a job with progress)',
  doublePayments: '0',
  trivialOpRatio: '≥ 0.3',
  sustainedRps: 'measured: requests/s of a working-day mix at p99 ≤ 300 ms, no error (one API process); province peak in details',
  apiRssMb: '≤ 300',
};

interface Args {
  seconds: number;
  payoutCases: number;
  batchLines: number;
  rollLines: number;
  loadPayouts: number;
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string, fallback: number) => {
    const index = argv.indexOf(flag);
    const parsed = index >= 0 ? Number(argv[index + 1]) : fallback;
    if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${flag} must be a positive integer`);
    return parsed;
  };
  return {
    seconds: value('--seconds', 20),
    payoutCases: value('--payout-cases', 2000),
    batchLines: value('--batch-lines', 50_000),
    rollLines: value('--roll-lines', 100_000),
    loadPayouts: value('--load-payouts', 5_000),
  };
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Every process the run started: a failed run stops them, so the next run finds its ports free. */
const started = new Set<ChildProcess>();

function startProcess(script: string, env: NodeJS.ProcessEnv, nodeOptions: string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...nodeOptions, script], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  started.add(child);
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM') log(`${script} exited (${signal ?? code})`);
  });
  return child;
}

async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill(signal);
  await exited;
}

/** Peak resident memory of a process (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((row) => row.startsWith('VmHWM:'))!;
  return Number(line.split(/\s+/)[1]) / 1024;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 12 });
  const sql = async <T extends pg.QueryResultRow>(text: string, params: unknown[] = []) => (await pool.query<T>(text, params)).rows;

  const [dataset] = await sql<{ description: string | null }>(
    `select shobj_description(oid, 'pg_database') as description from pg_database where datname = current_database()`,
  );
  if (!dataset?.description) throw new Error('no benchmark dataset here: run npm run bench:data -- --size S|M|L first');
  const datasetInfo = JSON.parse(dataset.description) as { size: string; seed: number; until: string };
  // a dataset generated before the latest migrations gets them; each fills what it adds from the data present
  const migrating = await initOrm(config.DATABASE_URL, 2);
  await migrate(migrating, cipherFor(config));
  await migrating.close();
  const [counts] = await sql<Record<string, string>>(
    `select (select count(*) from unit) as units, (select count(*) from hardship_file) as files,
            (select count(*) from hardship_file where status = 'ACTIVE') as active_files,
            (select count(*) from aid_case) as cases, (select count(*) from case_event) as events,
            (select count(*) from ledger_entry) as ledger_entries, current_setting('server_version') as postgres`,
  );
  log(`dataset ${datasetInfo.size}: ${counts.units} units, ${counts.files} files, ${counts.cases} cases, ${counts.events} events`);

  // the API connects as its own role, so pg_stat_statements can count exactly its statements
  await sql(`create extension if not exists pg_stat_statements`);
  await sql(
    `do $$ begin if not exists (select 1 from pg_roles where rolname = 'bench_api') then create role bench_api login superuser; end if; end $$`,
  );
  const apiDatabaseUrl = (() => {
    const url = new URL(config.DATABASE_URL);
    url.username = 'bench_api';
    return url.toString();
  })();

  const [{ city }] = await sql<{ city: string }>(`select id::text as city from unit where parent_id is null order by id limit 1`);
  const [hot] = await sql<{ unit_id: string; n: string }>(
    `select unit_id::text, sum(n)::text as n from stat_case_status where status <> 'DRAFT' group by unit_id order by sum(n) desc limit 1`,
  );
  const session = async (where: string, params: unknown[]) => {
    const [{ id }] = await sql<{ id: string }>(
      `select g.user_id::text as id from role_grant g where ${where} and g.revoked_at is null order by g.id limit 1`,
      params,
    );
    const token = newToken();
    await sql(`insert into session (user_id, token_hash, expires_at) values ($1, $2, now() + interval '1 day')`, [id, tokenHash(token)]);
    return { userId: id, token };
  };
  const queueStaff = await session(`g.unit_id = $1 and g.role = 'STATION_STAFF'`, [hot.unit_id]);
  const cityAdmin = await session(`g.unit_id = $1 and g.role = 'UNION_ADMIN'`, [city]);

  const apiEnv = {
    ...process.env,
    DATABASE_URL: apiDatabaseUrl,
    PORT: String(API_PORT),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DB_POOL_MAX: '10',
    // as docker-compose.yml runs each API replica
    NODE_OPTIONS: '--max-old-space-size=256',
  };
  const api = startProcess('server/dist/main.js', apiEnv);
  await waitFor(async () => (await fetch(`${API_URL}/livez`)).ok, 60_000, 'the API');
  const graphql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${API_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    // the benchmark reads a few known fields of its own operations' answers
    return (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] };
  };
  const details: Record<string, unknown> = {};
  const results: Record<string, unknown> = {};

  // ---- trivial operation vs a bare Express route, same process ------------------------------
  log('trivial operation');
  const connections = 10;
  const gqlHeaders = { 'content-type': 'application/json' };
  await load({
    url: `${API_URL}/graphql`,
    seconds: 3,
    connections,
    method: 'POST',
    headers: gqlHeaders,
    body: '{"query":"{ __typename }"}',
  });
  const trivial = await load({
    url: `${API_URL}/graphql`,
    seconds: args.seconds,
    connections,
    method: 'POST',
    headers: gqlHeaders,
    body: '{"query":"{ __typename }"}',
  });
  const bare = await load({ url: `${API_URL}/livez`, seconds: args.seconds, connections });
  results.trivialOpRatio = round(trivial.requestsPerSecond / bare.requestsPerSecond);
  details.trivialOp = {
    graphqlRps: round(trivial.requestsPerSecond, 0),
    bareExpressRps: round(bare.requestsPerSecond, 0),
    errors: trivial.errors + bare.errors,
  };

  // ---- the queue through the whole stack vs its SQL through pg --------------------------------
  log(`queue page of 50 at the busiest station (${hot.n} cases)`);
  const queueBody = (first: number, after: string | null = null) =>
    JSON.stringify({ query: QUEUE_QUERY, variables: { unitId: hot.unit_id, first, after } });
  const authHeaders = { ...gqlHeaders, authorization: `Bearer ${queueStaff.token}` };
  const check = await graphql(QUEUE_QUERY, { unitId: hot.unit_id, first: 50 }, queueStaff.token);
  if (check.errors || check.data?.caseQueue.edges.length !== 50)
    throw new Error(`queue request failed: ${JSON.stringify(check.errors ?? check.data)}`);

  // the statements the API runs for this request, captured from the same code in this process
  const orm = await initOrm(config.DATABASE_URL, 4);
  const redis = connectRedis(config);
  const deps = serviceDeps(config, redis);
  const knex = orm.em.getConnection().getKnex();
  const captured: { sql: string; bindings: unknown[] }[] = [];
  const capture = (query: { sql: string; bindings?: unknown[] }) => captured.push({ sql: query.sql, bindings: query.bindings ?? [] });
  knex.on('query', capture);
  const services = createServices(orm.em.fork(), deps);
  const actor = (await services.auth.authenticate(queueStaff.token))!;
  await services.cases.queue(actor, hot.unit_id, { first: 50, orderBy: 'DUE_AT' });
  knex.off('query', capture);
  const statements = captured.map(({ sql: text, bindings }) => ({
    text: (knex.client as { positionBindings(sql: string): string }).positionBindings(text),
    values: bindings,
  }));
  details.queueStatements = statements.map((statement) => statement.text);

  await load({ url: `${API_URL}/graphql`, seconds: 3, connections, method: 'POST', headers: authHeaders, body: queueBody(50) });
  const apiCpuBefore = processCpuMs(api.pid!);
  const viaApi = await load({
    url: `${API_URL}/graphql`,
    seconds: args.seconds,
    connections,
    method: 'POST',
    headers: authHeaders,
    body: queueBody(50),
  });
  const apiCpuMsPerRequest = (processCpuMs(api.pid!) - apiCpuBefore) / viaApi.latenciesMs.length;
  const clients = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
  const viaPg = await loop(args.seconds, connections, async (worker) => {
    for (const statement of statements) await clients[worker].query(statement.text, statement.values);
  });
  clients.forEach((client) => client.release());
  results.queuePageP50Ratio = round(median(viaApi.latenciesMs) / median(viaPg.latenciesMs));
  results.queuePageP99Ratio = round(percentile(viaApi.latenciesMs, 0.99) / percentile(viaPg.latenciesMs, 0.99));
  // where the API's time per page goes: a second API process under the same load with V8's sampling profiler
  const profileDir = resolve(root, '.data', 'bench', 'profiles');
  rmSync(profileDir, { recursive: true, force: true });
  const profiled = startProcess('server/dist/main.js', { ...apiEnv, PORT: String(PROFILED_API_PORT) }, [
    '--cpu-prof',
    `--cpu-prof-dir=${profileDir}`,
  ]);
  await waitFor(async () => (await fetch(`${PROFILED_API_URL}/livez`)).ok, 60_000, 'the profiled API');
  await load({ url: `${PROFILED_API_URL}/graphql`, seconds: 10, connections, method: 'POST', headers: authHeaders, body: queueBody(50) });
  await stopProcess(profiled);
  const [profileFile] = readdirSync(profileDir);
  details.queuePage = {
    unitCases: Number(hot.n),
    graphql: {
      p50Ms: round(median(viaApi.latenciesMs)),
      p99Ms: round(percentile(viaApi.latenciesMs, 0.99)),
      rps: round(viaApi.requestsPerSecond, 0),
      errors: viaApi.errors,
      apiCpuMsPerRequest: round(apiCpuMsPerRequest),
      // % of the API main thread's sampled time by owner (self time); the syscalls' share includes waiting to run
      profile: profileShares(resolve(profileDir, profileFile)),
    },
    pg: {
      p50Ms: round(median(viaPg.latenciesMs)),
      p99Ms: round(percentile(viaPg.latenciesMs, 0.99)),
      rps: round(viaPg.requestsPerSecond, 0),
      errors: viaPg.errors,
    },
  };

  // ---- statements per request, counted by PostgreSQL for the API's role ------------------------
  const apiCalls = async () =>
    Number(
      (
        await sql<{ n: string }>(
          `select coalesce(sum(calls), 0)::text as n from pg_stat_statements where userid = (select oid from pg_roles where rolname = 'bench_api')`,
        )
      )[0].n,
    );
  const perRequest: Record<string, number> = {};
  for (const first of [10, 50, 200]) {
    const requests = 50;
    const before = await apiCalls();
    for (let i = 0; i < requests; i += 1) {
      const response = await fetch(`${API_URL}/graphql`, { method: 'POST', headers: authHeaders, body: queueBody(first) });
      if (!response.ok) throw new Error(`queue page of ${first} failed`);
    }
    perRequest[String(first)] = round(((await apiCalls()) - before) / requests);
  }
  results.statementsPerRequest = perRequest;

  // ---- keyset depth ---------------------------------------------------------------------------
  log('deep page');
  const depth = Math.min(DEEP_PAGES, Math.floor((Number(hot.n) - 1) / DEEP_PAGE_SIZE));
  const [cursorRow] = await sql<{ key: Date | number | string; id: string }>(
    `select coalesce(due_at, 'infinity'::timestamptz) as key, id::text from aid_case where unit_id = $1 and status <> 'DRAFT'
      order by coalesce(due_at, 'infinity'::timestamptz), id offset $2 limit 1`,
    [hot.unit_id, depth * DEEP_PAGE_SIZE - 1],
  );
  const deepCursor = encodeCursor([cursorRow.key instanceof Date ? cursorRow.key.toISOString() : String(cursorRow.key), cursorRow.id]);
  const deep = await graphql(QUEUE_QUERY, { unitId: hot.unit_id, first: DEEP_PAGE_SIZE, after: deepCursor }, queueStaff.token);
  if (deep.errors || deep.data?.caseQueue.edges.length !== DEEP_PAGE_SIZE)
    throw new Error(`deep page failed: ${JSON.stringify(deep.errors)}`);
  const firstTimes: number[] = [];
  const deepTimes: number[] = [];
  const timed = async (body: string) => {
    const started = performance.now();
    await (await fetch(`${API_URL}/graphql`, { method: 'POST', headers: authHeaders, body })).arrayBuffer();
    return performance.now() - started;
  };
  for (let i = 0; i < 300; i += 1) {
    firstTimes.push(await timed(queueBody(DEEP_PAGE_SIZE)));
    deepTimes.push(await timed(queueBody(DEEP_PAGE_SIZE, deepCursor)));
  }
  results.deepPageRatio = round(median(deepTimes) / median(firstTimes));
  const offsetSql = (offset: number) =>
    sql(
      `select * from aid_case where unit_id = $1 and status <> 'DRAFT' order by coalesce(due_at, 'infinity'::timestamptz), id offset $2 limit $3`,
      [hot.unit_id, offset, DEEP_PAGE_SIZE],
    );
  details.deepPage = {
    pages: depth,
    pageSize: DEEP_PAGE_SIZE,
    firstPageMs: round(median(firstTimes)),
    deepPageMs: round(median(deepTimes)),
    offsetFirstPageMs: round(median(await timeRuns(20, () => offsetSql(0)))),
    offsetDeepPageMs: round(median(await timeRuns(5, () => offsetSql(depth * DEEP_PAGE_SIZE)))),
  };

  // ---- rollups: summary tables vs a live GROUP BY over the base tables -------------------------
  log('rollups');
  const until = new Date(datasetInfo.until);
  const from = new Date(until.getTime() - 365 * 86_400_000);
  const rollupsAt = () => createServices(orm.em.fork(), { ...deps, clock: () => until }).rollups;
  const rollups = rollupsAt();
  const roots = [
    await orm.em.fork().findOneOrFail(Unit, { id: city }),
    ...(await orm.em.fork().find(Unit, { parent: city }, { orderBy: { id: 'asc' } })),
  ];
  const summary = await rollups.compute(roots, from, until); // also the warm-up
  const rollupTimes = await timeRuns(40, () => rollupsAt().compute(roots, from, until));
  const liveTimes: number[] = [];
  let live: Awaited<ReturnType<typeof liveRollup>> = [];
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    live = await liveRollup(
      pool,
      roots.map((unit) => unit.id),
      from,
      until,
    );
    liveTimes.push(performance.now() - started);
  }
  results.rollupP95Ms = round(percentile(rollupTimes, 0.95));
  results.rollupSpeedup = round(median(liveTimes) / median(rollupTimes), 1);
  details.rollup = {
    roots: roots.length,
    period: { from: from.toISOString(), to: until.toISOString() },
    summaryP50Ms: round(median(rollupTimes)),
    liveMedianMs: round(median(liveTimes)),
    figuresDifferingFromLive: differingFigures(summary, live),
  };

  // ---- the annual review campaign through BullMQ --------------------------------------------
  log('review campaign');
  const worker = startProcess('server/dist/worker.js', {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    WORKER_HEALTH_PORT: '4411',
  });
  const year = shanghaiYear(until);
  // a rerun on the same dataset replaces the previous run's campaign
  await sql(`delete from notification where campaign_id in (select id from review_campaign where unit_id = $1 and year = $2)`, [
    city,
    year,
  ]);
  await sql(`delete from review_task where campaign_id in (select id from review_campaign where unit_id = $1 and year = $2)`, [city, year]);
  await sql(`delete from review_campaign where unit_id = $1 and year = $2`, [city, year]);
  const reviewStarted = performance.now();
  const opened = await graphql(
    `
      mutation ($input: ReviewCampaignInput!) {
        openReviewCampaign(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        unitId: city,
        year,
        startsAt: new Date().toISOString(),
        deadline: new Date(Date.now() + 60 * 86_400_000).toISOString(),
        graceDays: 30,
      },
    },
    cityAdmin.token,
  );
  if (opened.errors) throw new Error(`openReviewCampaign failed: ${JSON.stringify(opened.errors)}`);
  const campaignId = opened.data!.openReviewCampaign.id as string;
  await waitFor(
    async () => (await sql<{ generated: boolean }>(`select generated from review_campaign where id = $1`, [campaignId]))[0].generated,
    1_800_000,
    'the review campaign',
  );
  results.reviewSeconds300k = round((performance.now() - reviewStarted) / 1000, 1);
  const [review] = await sql<{ files: string; tasks: string; missed: string; duplicated: string }>(
    `select (select count(*) from hardship_file where status = 'ACTIVE')::text as files,
            (select count(*) from review_task where campaign_id = $1)::text as tasks,
            (select count(*) from hardship_file f where f.status = 'ACTIVE' and not exists (select 1 from review_task t where t.campaign_id = $1 and t.file_id = f.id))::text as missed,
            (select count(*) - count(distinct file_id) from review_task where campaign_id = $1)::text as duplicated`,
    [campaignId],
  );
  results.reviewMissed = Number(review.missed);
  results.reviewDuplicated = Number(review.duplicated);
  details.review = { activeFiles: Number(review.files), tasks: Number(review.tasks) };
  await stopProcess(worker);

  // ---- one hot fund: concurrent payouts, each case attempted twice under different keys -------
  log('hot fund');
  const [station] = await sql<{ id: string; fund_unit: string }>(
    `select s.id::text, s.parent_id::text as fund_unit from unit s join unit d on d.id = s.parent_id
      where s.level = 'STREET' and not s.holds_fund and d.holds_fund order by s.id limit 1`,
  );
  const payer = await session(`g.unit_id = $1 and g.role = 'STATION_STAFF'`, [station.id]);
  const [{ head }] = await sql<{ head: string }>(
    `select user_id::text as head from role_grant where unit_id = $1 and role = 'UNIT_HEAD' order by id limit 1`,
    [station.id],
  );
  const runKey = randomUUID().slice(0, 8);
  const amountFen = 10_000;
  const fixture = await sql<{ id: string }>(
    `insert into aid_case (client_id, created_by_id, type, channel, status, unit_id, origin_unit_id, applicant_name, title,
                           proposed_amount_fen, proposed_by_id, approved_amount_fen, approved_by_id, decided_at, submitted_at, accepted_at)
     select 'bench-pay-' || $1 || '-' || n, $2, 'LIVING', 'WALK_IN', 'READY_TO_PAY', $3, $3, '基准' || n, '生活救助申请', $4, $2, $4, $5, now(), now(), now()
       from generate_series(1, $6) n returning id::text`,
    // as many again for the bare-SQL baseline
    [runKey, payer.userId, station.id, amountFen, head, args.payoutCases * 2],
  );
  const bareCases = fixture.splice(args.payoutCases).map(({ id }) => id);
  const fundOwner = await session(`g.unit_id = $1 and g.role = 'UNIT_HEAD'`, [station.fund_unit]);
  const income = await graphql(
    `
      mutation ($unit: ID!, $input: IncomeInput!) {
        recordIncome(unitId: $unit, input: $input) {
          id
        }
      }
    `,
    {
      unit: station.fund_unit,
      input: { amount: amountFen * args.payoutCases * 2, source: 'UNION_FUNDS', idempotencyKey: `bench-income-${runKey}` },
    },
    fundOwner.token,
  );
  if (income.errors) throw new Error(`recordIncome failed: ${JSON.stringify(income.errors)}`);
  const outcomes = new Map<string, number>();
  /** 20 clients take attempts off one list; each attempt is a disburseCase call through the API. */
  const attemptAll = async (attempts: { caseId: string; key: string }[]) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (next < attempts.length) {
          const { caseId, key } = attempts[next++];
          const answer = await graphql(
            `
              mutation ($id: ID!, $input: DisbursementInput!) {
                disburseCase(id: $id, input: $input) {
                  status
                }
              }
            `,
            // the bench's files are loaded without a counter check: cash, the payer checking the card at the payout
            { id: caseId, input: { idempotencyKey: key, method: 'CASH', recipientIdentityChecked: true } },
            payer.token,
          );
          const outcome = answer.errors?.[0].extensions?.code ?? 'OK';
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        }
      }),
    );
  };
  // the rate: every case paid once, 20 at a time, all from the one fund
  const callsBeforePayouts = await apiCalls();
  const payStarted = performance.now();
  await attemptAll(fixture.map(({ id }) => ({ caseId: id, key: `bench-${runKey}-${id}` })));
  const paySeconds = (performance.now() - payStarted) / 1000;
  const paidFirstRound = outcomes.get('OK') ?? 0;
  const statementsPerPayout = ((await apiCalls()) - callsBeforePayouts) / fixture.length;
  // the same writes as bare SQL, by as many clients, from the same fund
  const barePay = await barePayouts(orm, {
    fundUnitId: station.fund_unit,
    payerId: payer.userId,
    caseIds: bareCases,
    amountFen,
    clients: 20,
    runKey,
  });
  // then the duplicates, racing each other: a retry under the first key and two new keys per case
  await attemptAll(
    fixture.flatMap(({ id }) =>
      [`bench-${runKey}-${id}`, `bench-${runKey}-${id}-b`, `bench-${runKey}-${id}-c`].map((key) => ({ caseId: id, key })),
    ),
  );
  const [paid] = await sql<{ cases: string; postings: string; doubles: string; balance_ok: boolean }>(
    `with fixture as (select id from aid_case where client_id like $1)
     select (select count(distinct case_id) from disbursement where status = 'POSTED' and case_id in (select id from fixture))::text as cases,
            (select count(*) from disbursement where status = 'POSTED' and case_id in (select id from fixture))::text as postings,
            (select count(*) from (select case_id from disbursement where status = 'POSTED' and case_id in (select id from fixture)
                                    group by case_id, instalment_no having count(*) > 1) d)::text as doubles,
            (select a.balance = coalesce(sum(case when e.direction = 'DEBIT' then e.amount_fen else -e.amount_fen end), 0)
               from ledger_account a left join ledger_entry e on e.account_id = a.id
              where a.unit_id = $2 and a.kind = 'FUND' group by a.id, a.balance) as balance_ok`,
    [`bench-pay-${runKey}-%`, station.fund_unit],
  );
  results.hotFundPayoutsPerSecond = round(paidFirstRound / paySeconds, 0);
  results.hotFundRatio = round(paidFirstRound / paySeconds / (barePay.paid / barePay.seconds));
  results.statementsPerPayout = round(statementsPerPayout, 1);
  results.doublePayments = Number(paid.doubles) + (Number(paid.postings) - Number(paid.cases));
  details.hotFund = {
    cases: args.payoutCases,
    attempts: args.payoutCases * 4,
    seconds: round(paySeconds, 1),
    outcomes: Object.fromEntries(outcomes),
    paidFirstRound,
    bareSql: {
      paid: barePay.paid,
      seconds: round(barePay.seconds, 1),
      payoutsPerSecond: round(barePay.paid / barePay.seconds, 0),
      clients: 20,
    },
    paidCases: Number(paid.cases),
    fundBalanceMatchesEntries: paid.balance_ok,
  };

  // ---- a union's working day, open arrivals at rising rates: the request rate held at p99 ≤ 300 ms ----
  log('sustained load');
  const [applicant] = await sql<{ id: string }>(
    `select applicant_user_id::text as id from aid_case where unit_id = $1 and applicant_user_id is not null order by id limit 1`,
    [hot.unit_id],
  );
  const workerToken = newToken();
  await sql(`insert into session (user_id, token_hash, expires_at) values ($1, $2, now() + interval '1 day')`, [
    applicant.id,
    tokenHash(workerToken),
  ]);
  const payable = await sql<{ id: string }>(
    `insert into aid_case (client_id, created_by_id, type, channel, status, unit_id, origin_unit_id, applicant_name, title,
                           proposed_amount_fen, proposed_by_id, approved_amount_fen, approved_by_id, decided_at, submitted_at, accepted_at)
     select 'bench-load-' || $1 || '-' || n, $2, 'LIVING', 'WALK_IN', 'READY_TO_PAY', $3, $3, '基准' || n, '生活救助申请', $4, $2, $4, $5, now(), now(), now()
       from generate_series(1, $6) n returning id::text`,
    [runKey, payer.userId, station.id, amountFen, head, args.loadPayouts],
  );
  const loadIncome = await graphql(
    `
      mutation ($unit: ID!, $input: IncomeInput!) {
        recordIncome(unitId: $unit, input: $input) {
          id
        }
      }
    `,
    {
      unit: station.fund_unit,
      input: { amount: amountFen * args.loadPayouts, source: 'UNION_FUNDS', idempotencyKey: `bench-load-income-${runKey}` },
    },
    fundOwner.token,
  );
  if (loadIncome.errors) throw new Error(`recordIncome failed: ${JSON.stringify(loadIncome.errors)}`);
  const headOfHot = await session(`g.unit_id = $1 and g.role = 'UNIT_HEAD'`, [hot.unit_id]);
  const sustained = await sustainedLoad(
    {
      url: `${API_URL}/graphql`,
      station: hot.unit_id,
      district: station.fund_unit,
      period: { from: from.toISOString(), to: until.toISOString() },
      tokens: { worker: workerToken, staff: queueStaff.token, head: headOfHot.token, payer: payer.token, admin: cityAdmin.token },
      payable: payable.map(({ id }) => id),
      runKey,
    },
    args.seconds,
  );
  results.sustainedRps = sustained.sustainedRps;
  details.sustained = { ladder: sustained.ladder, provincePeak: sustained.provincePeak, apiProcesses: 1 };

  // ---- concentrated campaigns: the city-wide roster build, the batch payout, a payout killed mid-batch ----
  log('campaigns');
  const campaigns = await benchCampaigns({
    sql,
    graphql,
    orm,
    deps,
    city,
    cityAdmin,
    session,
    startWorker: (env) =>
      startProcess('server/dist/worker.js', {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        WORKER_HEALTH_PORT: '4411',
        ...env,
      }),
    stopProcess,
    waitFor,
    log,
    payoutLines: args.batchLines,
  });
  Object.assign(results, campaigns.results);
  details.campaigns = campaigns.details;

  // ---- a civil-affairs roll of 100,000 lines matched against the dataset's households (issue 21) ----
  log('external roll');
  const roll = await benchExternalRoll({
    sql,
    graphql,
    city,
    cityAdmin,
    apiUrl: API_URL,
    cipher: cipherFor(config),
    lines: args.rollLines,
    startWorker: (env) =>
      startProcess('server/dist/worker.js', {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        WORKER_HEALTH_PORT: '4411',
        ...env,
      }),
    stopProcess,
    waitFor,
    log,
  });
  Object.assign(results, roll.results);
  Object.assign(details, roll.details);

  // ---- reconciliation of every summary row with the base tables ---------------------------------
  log('reconciliation');
  const reconciliation = await reconcileRollups(orm.em.fork());
  results.rollupMismatches = reconciliation.mismatches;
  details.reconciliationSample = reconciliation.details.slice(0, 5);

  results.apiRssMb = round(peakRssMb(api.pid!), 0);
  await stopProcess(api);
  await Promise.all([orm.close(), redis.quit(), pool.end()]);

  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: round(totalmem() / 2 ** 30, 1),
      node: process.version,
      postgres: counts.postgres,
    },
    dataset: {
      ...datasetInfo,
      units: Number(counts.units),
      files: Number(counts.files),
      activeFiles: Number(counts.active_files),
      cases: Number(counts.cases),
      events: Number(counts.events),
      ledgerEntries: Number(counts.ledger_entries),
    },
    settings: { seconds: args.seconds, connections, payoutCases: args.payoutCases, batchLines: args.batchLines },
    results,
    targets: TARGETS,
    details,
  };
  mkdirSync(resolve(root, 'docs'), { recursive: true });
  writeFileSync(resolve(root, 'docs/benchmarks.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(resolve(root, 'docs/benchmarks.md'), markdown(report));
  log('wrote docs/benchmarks.md and docs/benchmarks.json');
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

function markdown(report: {
  date: string;
  machine: Record<string, unknown>;
  dataset: Record<string, unknown>;
  settings: Record<string, unknown>;
  results: Record<string, unknown>;
  details: Record<string, unknown>;
}): string {
  const show = (value: unknown) => (typeof value === 'object' ? JSON.stringify(value) : String(value));
  const rows = Object.entries(report.results).map(
    ([key, value]) => `| \`${key}\` | ${show(value)} | ${TARGETS[key as keyof typeof TARGETS]} |`,
  );
  return `# Benchmarks

Written by \`npm run bench\` on ${report.date.slice(0, 10)}. Figures are ratios against a baseline measured in the same run, or counts;
see the README's performance section for what each one measures and what limits it.

- Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGb} GB, Node ${report.machine.node}, PostgreSQL ${report.machine.postgres}
- Dataset: size ${report.dataset.size} (seed ${report.dataset.seed}): ${report.dataset.units} units, ${report.dataset.files} hardship files (${report.dataset.activeFiles} active), ${report.dataset.cases} cases, ${report.dataset.events} timeline events, ${report.dataset.ledgerEntries} ledger entries
- Settings: ${report.settings.seconds} s per load run, ${report.settings.connections} connections, ${report.settings.payoutCases} cases in the hot-fund run, ${report.settings.batchLines} lines in each batch payout

| Result | Value | Target |
|---|---:|---|
${rows.join('\n')}

## Details

\`\`\`json
${JSON.stringify(report.details, null, 2)}
\`\`\`
`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  process.exit(1);
});
