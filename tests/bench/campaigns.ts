import type { ChildProcess } from 'node:child_process';
import type { MikroORM } from '@mikro-orm/postgresql';
import { shanghaiYear } from '@bangfu/shared';
import { createServices, type ServiceDeps } from '@bangfu/server/app/services.js';
import { insertCampaignCases, markCasesDisbursed } from '@bangfu/server/modules/cases/case.queries.js';
import { insertCasePayments, lockedBalances } from '@bangfu/server/modules/funds/ledger.queries.js';
import { accountOf } from '@bangfu/server/modules/funds/ledger.js';
import { JobRecord } from '@bangfu/server/modules/jobs/job.entity.js';

type Sql = <T extends Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
type GraphQl = (
  query: string,
  variables: Record<string, unknown>,
  token?: string,
) => Promise<{ data?: Record<string, any>; errors?: { message: string }[] }>;

export interface CampaignBenchContext {
  sql: Sql;
  graphql: GraphQl;
  orm: MikroORM;
  deps: ServiceDeps;
  city: string;
  cityAdmin: { userId: string; token: string };
  session: (where: string, params: unknown[]) => Promise<{ userId: string; token: string }>;
  startWorker: (env: Record<string, string>) => ChildProcess;
  stopProcess: (child: ChildProcess, signal?: NodeJS.Signals) => Promise<void>;
  waitFor: (check: () => Promise<boolean>, timeoutMs: number, what: string) => Promise<void>;
  log: (line: string) => void;
  /** Lines paid by the job and by the bare SQL, each. */
  payoutLines: number;
}

const STANDARD = 50_000;
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Runs `work` over `items`, `concurrency` at a time (the worker process's concurrency). */
async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/**
 * Concentrated campaigns at scale (issue 18): a city-wide 送温暖 roster built over every active file; a batch payout of
 * `payoutLines` approved lines from the city's one fund, beside the bare set-based SQL writing the same rows with the
 * same chunks; and a payout job whose worker process is SIGKILLed mid-batch and started again.
 */
export async function benchCampaigns(
  ctx: CampaignBenchContext,
): Promise<{ results: Record<string, number>; details: Record<string, unknown> }> {
  const { sql, graphql, orm, deps, city, cityAdmin, log } = ctx;
  const services = () => createServices(orm.em.fork(), deps);

  // the campaign through the API; quotas for every unit of its subtree in SQL (the roster build is what is measured)
  const created = await graphql(
    `
      mutation ($input: CampaignInput!) {
        createCampaign(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        unitId: city,
        kind: 'SPRING_FESTIVAL',
        title: '基准 · 元旦春节送温暖',
        aidType: 'LIVING',
        standardAmounts: ['DEEP', 'RELATIVE', 'ACCIDENTAL'].map((category) => ({ category, amountFen: STANDARD })),
        minAmountFen: 10_000,
        maxAmountFen: 100_000,
        households: 10_000_000,
        budgetFen: 1_000_000_000,
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 60 * 86_400_000).toISOString(),
        noticeDays: 0,
      },
    },
    cityAdmin.token,
  );
  if (created.errors) throw new Error(`createCampaign failed: ${JSON.stringify(created.errors)}`);
  const campaignId = created.data!.createCampaign.id as string;
  await sql(
    `with subtree as (
       select u.id, (select count(*) from hardship_file f join unit d on d.id = f.unit_id where d.path <@ u.path and f.status = 'ACTIVE') as files
       from unit u where u.parent_id is not null)
     insert into campaign_quota (campaign_id, unit_id, households, amount_fen, set_by_id)
     select $1, id, files, files * $2, $3 from subtree`,
    [campaignId, STANDARD, cityAdmin.userId],
  );
  await sql(`update campaign_quota set households = 10000000, amount_fen = 1000000000000 where campaign_id = $1 and unit_id = $2`, [
    campaignId,
    city,
  ]);
  const rosters = await sql<{ id: string }>(
    `insert into roster (campaign_id, unit_id, status, built_by_id)
     select $1, u.id, 'BUILDING', $2 from unit u where exists (select 1 from hardship_file f where f.unit_id = u.id and f.status = 'ACTIVE')
     returning id::text`,
    [campaignId, cityAdmin.userId],
  );

  log(`roster build: ${rosters.length} rosters`);
  const buildStarted = performance.now();
  await pool(rosters, 2, (roster) => services().campaigns.runBuild(roster.id));
  const rosterBuildSeconds = (performance.now() - buildStarted) / 1000;
  const [built] = await sql<{ active: string; listed: string; missed: string; duplicated: string }>(
    `select (select count(*) from hardship_file where status = 'ACTIVE')::text as active,
            (select count(*) from roster_entry where campaign_id = $1 and removed_at is null)::text as listed,
            (select count(*) from hardship_file f where f.status = 'ACTIVE'
               and not exists (select 1 from roster_entry e where e.campaign_id = $1 and e.file_id = f.id))::text as missed,
            (select count(*) - count(distinct file_id) from roster_entry where campaign_id = $1)::text as duplicated`,
    [campaignId],
  );

  // approved rosters, as approval leaves them: each line a READY_TO_PAY case (no notice), the recipients verified
  const [{ head }] = await sql<{ head: string }>(
    `select user_id::text as head from role_grant where unit_id = $1 and role = 'UNIT_HEAD' and revoked_at is null order by id limit 1`,
    [city],
  );
  const chosen = await sql<{ id: string; unit_id: string; code: string; lines: string }>(
    `with sized as (
       select r.id, r.unit_id, u.code, (select count(*) from roster_entry e where e.roster_id = r.id) as lines,
              sum((select count(*) from roster_entry e where e.roster_id = r.id)) over (order by r.id) as running
       from roster r join unit u on u.id = r.unit_id where r.campaign_id = $1)
     select id::text, unit_id::text, code, lines::text from sized where running - lines < $2 * 2 + 20000 order by id`,
    [campaignId, ctx.payoutLines],
  );
  log(`approving ${chosen.length} rosters`);
  const now = new Date();
  for (const roster of chosen) {
    await orm.em.fork().transactional(async (em) => {
      const entries = await em.execute<{ id: string; file_id: string; amount_fen: string }[]>(
        `select id::text, file_id::text, amount_fen::text from roster_entry where roster_id = ? and removed_at is null order by id`,
        [roster.id],
      );
      const cases = await insertCampaignCases(
        em,
        entries.map((entry) => ({
          key: `bench-campaign-${campaignId}-entry-${entry.id}`,
          fileId: entry.file_id,
          amountFen: Number(entry.amount_fen),
        })),
        {
          unitId: roster.unit_id,
          unitCode: roster.code,
          year: shanghaiYear(now),
          campaignId,
          type: 'LIVING',
          title: '基准 · 元旦春节送温暖',
          createdById: cityAdmin.userId,
          proposedById: cityAdmin.userId,
          proposerRole: 'STATION_STAFF',
          approvedById: head,
          approverRole: 'UNIT_HEAD',
          now,
          noticeEndsAt: null,
        },
      );
      const caseOf = new Map(cases.map((aidCase) => [aidCase.fileId, aidCase.id]));
      await em.execute(
        `update roster_entry e set case_id = r.case_id from unnest(?::bigint[], ?::bigint[]) as r(entry_id, case_id) where e.id = r.entry_id`,
        [`{${entries.map((entry) => entry.id).join(',')}}`, `{${entries.map((entry) => caseOf.get(entry.file_id)).join(',')}}`],
      );
      await em.execute(
        `update roster set status = 'APPROVED', approved_by_id = ?, approved_at = now(), notice_ends_at = now() where id = ?`,
        [head, roster.id],
      );
      return cases.length;
    });
  }
  // through the ORM, whose connections outside requests see every row (files are row-scoped)
  await orm.em.fork().execute(
    `update hardship_file f set identity_verified_at = now(), identity_verified_by_id = ?
     from roster_entry e where e.file_id = f.id and e.campaign_id = ? and f.identity_verified_at is null`,
    [cityAdmin.userId, campaignId],
  );
  // paid by bank (代发): every listed household's file names its card, sealed as the API seals it
  const listed = await sql<{ id: string }>(`select distinct file_id::text as id from roster_entry where campaign_id = $1`, [campaignId]);
  for (let start = 0; start < listed.length; start += 10_000) {
    const files = listed.slice(start, start + 10_000);
    const cards = files.map((file) => `6217${file.id.padStart(15, '0')}`);
    await orm.em.fork().execute(
      `update hardship_file f set payee_bank = '中国工商银行', payee_account_enc = r.enc, payee_account_last4 = r.last4,
         payee_holder_name = f.person_name, payee_holder_hash = f.id_number_hash, payee_set_at = now()
       from unnest(?::bigint[], ?::text[], ?::text[]) as r(id, enc, last4) where f.id = r.id`,
      [
        `{${files.map((file) => file.id).join(',')}}`,
        `{${cards.map((card) => `"${deps.cipher.encrypt(card)}"`).join(',')}}`,
        `{${cards.map((card) => card.slice(-4)).join(',')}}`,
      ],
    );
  }
  const totalLines = chosen.reduce((sum, roster) => sum + Number(roster.lines), 0);
  const fundOwner = await ctx.session(`g.unit_id = $1 and g.role = 'UNIT_HEAD'`, [city]);
  // the API takes amounts as 32-bit integers: the money comes in as several incomes
  for (let left = totalLines * STANDARD, part = 0; left > 0; part += 1) {
    const amount = Math.min(left, 1_000_000_000);
    left -= amount;
    const income = await graphql(
      `
        mutation ($unit: ID!, $input: IncomeInput!) {
          recordIncome(unitId: $unit, input: $input) {
            id
          }
        }
      `,
      { unit: city, input: { amount, source: 'GOVERNMENT', idempotencyKey: `bench-campaign-${campaignId}-${part}` } },
      fundOwner.token,
    );
    if (income.errors) throw new Error(`recordIncome failed: ${JSON.stringify(income.errors)}`);
  }

  // split the approved rosters: the job pays the first half of the lines, the bare SQL the second, the rest is for the kill
  const batches: (typeof chosen)[] = [[], [], []];
  let counted = 0;
  for (const roster of chosen) {
    batches[counted < ctx.payoutLines ? 0 : counted < ctx.payoutLines * 2 ? 1 : 2].push(roster);
    counted += Number(roster.lines);
  }
  const linesOf = (rosters: typeof chosen) => rosters.reduce((sum, roster) => sum + Number(roster.lines), 0);

  log(`batch payout: ${linesOf(batches[0])} lines in ${batches[0].length} roster jobs`);
  const jobs: string[] = [];
  for (const roster of batches[0]) {
    const job = orm.em.fork();
    const record = job.create(JobRecord, {
      name: 'payRoster',
      requestedById: cityAdmin.userId,
      unitId: roster.unit_id,
      params: { campaignId, rosterId: roster.id, fundUnitId: city, method: 'BANK_TRANSFER' },
    });
    await job.flush();
    jobs.push(record.id);
  }
  const jobStarted = performance.now();
  await pool(jobs, 1, (jobId) => services().campaigns.runPayout(jobId, deps.config.PAYOUT_CHUNK_SIZE));
  const jobSeconds = (performance.now() - jobStarted) / 1000;
  const [jobPaid] = await sql<{ n: string }>(
    `select count(*)::text as n from aid_case c join roster_entry e on e.case_id = c.id where e.roster_id = any($1::bigint[]) and c.status = 'DISBURSED'`,
    [batches[0].map((roster) => roster.id)],
  );

  log(`bare set-based SQL: ${linesOf(batches[1])} lines`);
  const fundAccount = (await sql<{ id: string }>(`select id::text from ledger_account where unit_id = $1 and kind = 'FUND'`, [city]))[0].id;
  const bareStarted = performance.now();
  for (const roster of batches[1]) {
    await orm.em.fork().transactional(async (em) => {
      const lines = await em.execute<
        { case_id: string; amount: string; name: string; hash: string | null; bank: string; enc: string; last4: string }[]
      >(
        `select c.id::text as case_id, c.approved_amount_fen::text as amount, f.payee_holder_name as name, f.payee_holder_hash as hash,
                f.payee_bank as bank, f.payee_account_enc as enc, f.payee_account_last4 as last4
         from roster_entry e join aid_case c on c.id = e.case_id join hardship_file f on f.id = e.file_id
         where e.roster_id = ? and c.status = 'READY_TO_PAY' order by e.id for update of c`,
        [roster.id],
      );
      const paidAccount = await accountOf(em, city, 'IN_TRANSIT');
      const balances = await lockedBalances(em, [fundAccount, paidAccount]);
      const payments = lines.map((line) => ({
        caseId: line.case_id,
        amountFen: Number(line.amount),
        recipientName: line.name,
        recipientHash: line.hash,
        identity: 'FILE' as const,
        payee: { bank: line.bank, accountEnc: line.enc, lastFour: line.last4 },
      }));
      await insertCasePayments(
        em,
        payments,
        {
          unitId: city,
          accountId: fundAccount,
          balanceFen: balances.get(fundAccount)!,
          paidAccountId: paidAccount,
          paidBalanceFen: balances.get(paidAccount)!,
        },
        { method: 'BANK_TRANSFER', paidById: cityAdmin.userId, memo: 'bench' },
      );
      await markCasesDisbursed(em, payments, {
        actorId: cityAdmin.userId,
        actorRole: 'STATION_STAFF',
        method: 'BANK_TRANSFER',
        fundUnitId: city,
        now: new Date(),
      });
    });
  }
  const bareSeconds = (performance.now() - bareStarted) / 1000;
  const batchPayoutsPerSecond = Number(jobPaid.n) / jobSeconds;
  const barePayoutsPerSecond = linesOf(batches[1]) / bareSeconds;

  // the kill: one job over a large roster (the rest of the approved lines moved onto one), its worker SIGKILLed mid-way
  const [big] = await sql<{ id: string }>(
    `insert into roster (campaign_id, unit_id, status, built_by_id, approved_by_id, approved_at, notice_ends_at)
     values ($1, $2, 'APPROVED', $3, $4, now(), now()) on conflict (campaign_id, unit_id) do update set status = 'APPROVED' returning id::text`,
    [campaignId, city, cityAdmin.userId, head],
  );
  await sql(`update roster_entry set roster_id = $1 where roster_id = any($2::bigint[])`, [big.id, batches[2].map((roster) => roster.id)]);
  const killLines = linesOf(batches[2]);
  log(`payout killed mid-batch: ${killLines} lines`);
  const started = await graphql(
    `
      mutation ($r: ID!) {
        payRoster(rosterId: $r) {
          id
        }
      }
    `,
    { r: big.id },
    cityAdmin.token,
  );
  if (started.errors) throw new Error(`payRoster failed: ${JSON.stringify(started.errors)}`);
  const killJob = started.data!.payRoster.id as string;
  const paidOnBig = async () =>
    Number(
      (
        await sql<{ n: string }>(
          `select count(*)::text as n from roster_entry e join aid_case c on c.id = e.case_id where e.roster_id = $1 and c.status = 'DISBURSED'`,
          [big.id],
        )
      )[0].n,
    );
  const workerEnv = { PAYOUT_CHUNK_SIZE: '100', JOB_LOCK_MS: '3000', OUTBOX_POLL_MS: '100' };
  let worker = ctx.startWorker(workerEnv);
  await ctx.waitFor(async () => (await paidOnBig()) > killLines / 10, 600_000, 'the first chunks of the killed payout');
  await ctx.stopProcess(worker, 'SIGKILL');
  const paidAtKill = await paidOnBig();
  worker = ctx.startWorker(workerEnv);
  await ctx.waitFor(
    async () => (await sql<{ state: string }>(`select state from job where id = $1`, [killJob]))[0].state === 'COMPLETED',
    1_800_000,
    'the resumed payout',
  );
  await ctx.stopProcess(worker);
  const [doubles] = await sql<{ n: string }>(
    `select count(*)::text as n from (select d.case_id from disbursement d join aid_case c on c.id = d.case_id
       where c.campaign_id = $1 and d.status = 'POSTED' group by d.case_id, d.instalment_no having count(*) > 1) twice`,
    [campaignId],
  );

  return {
    results: {
      rosterBuildSeconds: round(rosterBuildSeconds, 1),
      batchPayoutsPerSecond: round(batchPayoutsPerSecond, 0),
      batchPayoutRatio: round(batchPayoutsPerSecond / barePayoutsPerSecond),
      batchDoublePayments: Number(doubles.n),
    },
    details: {
      rosterBuild: {
        rosters: rosters.length,
        activeFiles: Number(built.active),
        listed: Number(built.listed),
        missed: Number(built.missed),
        duplicated: Number(built.duplicated),
      },
      batchPayout: {
        jobLines: linesOf(batches[0]),
        jobPaid: Number(jobPaid.n),
        jobs: jobs.length,
        jobSeconds: round(jobSeconds, 1),
        bareLines: linesOf(batches[1]),
        bareSeconds: round(bareSeconds, 1),
        barePayoutsPerSecond: round(barePayoutsPerSecond, 0),
        chunkSize: deps.config.PAYOUT_CHUNK_SIZE,
      },
      killedPayout: { lines: killLines, paidAtKill, paidAfterResume: await paidOnBig() },
    },
  };
}
