import 'reflect-metadata';
import pg from 'pg';
import { HARDSHIP_CAUSES, shanghaiYear, shanghaiYearStart, type UnitLevel } from '@bangfu/shared';
import { FieldCipher } from '@bangfu/server/common/crypto.js';
import { initOrm, migrate } from '@bangfu/server/app/orm.js';
import { hashPassword } from '@bangfu/server/modules/auth/passwords.js';
import { rebuildSummaries } from '@bangfu/server/modules/rollups/rollup.queries.js';
import { CopyWriter, type Cell } from './copy.js';
import { Random, WeightedIndex } from './random.js';
import {
  birthDateOf,
  FILE_CATEGORY_WEIGHTS,
  FILE_COLUMNS,
  idNumberFor,
  sexOf,
  randomName,
  TYPE_WEIGHTS,
  walkCase,
  type Payout,
} from './timeline.js';
import { BENCH_PASSWORD, DATASET_SIZES, HOT_QUEUE_SHARE, type DatasetSize } from './dataset.js';

const DAY = 86_400_000;
interface Args {
  size: DatasetSize;
  seed: number;
  until: Date;
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const size = (value('--size') ?? 'S').toUpperCase();
  if (!(size in DATASET_SIZES)) throw new Error(`--size must be one of ${Object.keys(DATASET_SIZES).join(', ')}`);
  const seed = Number(value('--seed') ?? 20261123);
  // a fixed "today" keeps the dataset identical whenever it is generated
  const until = new Date(value('--until') ?? '2026-11-23T00:00:00+08:00');
  if (!Number.isInteger(seed) || Number.isNaN(until.getTime())) throw new Error('--seed must be an integer and --until a date');
  return { size: size as DatasetSize, seed, until };
}

interface UnitRow {
  id: number;
  parentId: number | null;
  level: UnitLevel;
  path: string;
  code: string;
  holdsFund: boolean;
  staffId: number;
  headId: number;
  fundUnitId: number;
  workers: number[];
  files: number[];
}

/** Units in a 4-level tree: one city, districts, streets/parks, enterprise stations. */
function buildUnits(total: number, random: Random): UnitRow[] {
  const districts = Math.max(2, Math.round(total / 250));
  const streets = Math.max(districts * 2, Math.round(total / 12.5));
  const enterprises = total - 1 - districts - streets;
  const units: UnitRow[] = [];
  const add = (parent: UnitRow | null, level: UnitLevel, code: string, holdsFund: boolean) => {
    const id = units.length + 1;
    const unit: UnitRow = {
      id,
      parentId: parent?.id ?? null,
      level,
      path: parent ? `${parent.path}.${id}` : String(id),
      code,
      holdsFund,
      staffId: 0,
      headId: 0,
      fundUnitId: 0,
      workers: [],
      files: [],
    };
    unit.fundUnitId = holdsFund ? id : parent!.fundUnitId;
    units.push(unit);
    return unit;
  };
  const city = add(null, 'CITY', 'BC', true);
  const districtRows = Array.from({ length: districts }, (_, d) => add(city, 'DISTRICT', `BC-D${d + 1}`, true));
  const streetRows = Array.from({ length: streets }, (_, s) => {
    const district = districtRows[s % districts];
    return add(district, 'STREET', `${district.code}-S${Math.floor(s / districts) + 1}`, random.chance(0.5));
  });
  for (let e = 0; e < enterprises; e += 1) {
    const street = streetRows[e % streets];
    add(street, 'ENTERPRISE', `${street.code}-E${Math.floor(e / streets) + 1}`, false);
  }
  return units;
}

const unitName = (unit: UnitRow): string =>
  ({
    PROVINCE: `基准省总工会帮扶中心`,
    CITY: '基准市总工会困难职工帮扶中心',
    DISTRICT: `第${unit.code.split('-D')[1]}区总工会困难职工帮扶中心`,
    STREET: `${unit.code}街道职工服务中心`,
    ENTERPRISE: `${unit.code}企业工会帮扶站`,
  })[unit.level];

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const size = DATASET_SIZES[args.size];
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set (npm run bench:data sets it)');
  const cipher = new FieldCipher(process.env.DATA_ENCRYPTION_KEY!, process.env.LOOKUP_HMAC_KEY!);
  const random = new Random(args.seed);
  const started = Date.now();
  const log = (line: string) => process.stderr.write(`[bench:data ${((Date.now() - started) / 1000).toFixed(0)}s] ${line}\n`);

  // a fresh database every time: the dataset is a function of (size, seed, until) alone
  const admin = new pg.Client({ connectionString: databaseUrl.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  const database = new URL(databaseUrl).pathname.slice(1);
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.query(`create database ${database}`);
  await admin.end();
  const orm = await initOrm(databaseUrl, 4);
  await migrate(orm, cipher);
  await orm.close();
  log(`migrated ${database}`);

  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  // Triggers (and FK checks) off on every loading connection; the summaries are rebuilt from the base tables afterwards.
  const loadingClient = async () => {
    const client = await pool.connect();
    await client.query(`set session_replication_role = replica`);
    return client;
  };
  const loader = await loadingClient();
  const loaderB = await loadingClient();
  const bigTables = [
    'aid_case',
    'case_event',
    'hardship_file',
    'hardship_file_event',
    'ledger_entry',
    'ledger_transaction',
    'disbursement',
  ];
  const { rows: secondaryIndexes } = await loader.query<{ indexname: string; indexdef: string }>(
    `select i.indexname, i.indexdef from pg_indexes i
      where i.schemaname = 'public' and i.tablename = any($1)
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [bigTables],
  );
  for (const index of secondaryIndexes) await loader.query(`drop index ${index.indexname}`);

  // ---- units, staff, workers ---------------------------------------------------------------
  const units = buildUnits(size.units, random);
  const parentOf = (unit: UnitRow) => (unit.parentId ? units[unit.parentId - 1] : null);
  const stations = units.filter((unit) => unit.level === 'STREET' || unit.level === 'ENTERPRISE');
  // the first street is an industrial park that holds a large share of all cases (the deep-paging queue)
  const hotStation = stations.find((unit) => unit.level === 'STREET')!;
  const stationWeights = stations.map((unit) => (unit === hotStation ? 0 : unit.level === 'STREET' ? 3 : 1));
  const stationIndex = new WeightedIndex(stationWeights);
  const drawStation = () => (random.chance(HOT_QUEUE_SHARE) ? hotStation : stations[stationIndex.draw(random)]);

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const unitCopy = await CopyWriter.open(loader, 'unit', [
    'id',
    'code',
    'name',
    'level',
    'parent_id',
    'path',
    'address',
    'holds_fund',
    'demonstration_years',
    'created_at',
  ]);
  const demoYear = shanghaiYear(args.until);
  for (const unit of units) {
    const demonstration = unit.level === 'ENTERPRISE' || unit.level === 'STREET' ? random.chance(0.22) : false;
    await unitCopy.write([
      unit.id,
      unit.code,
      unitName(unit),
      unit.level,
      unit.parentId,
      unit.path,
      `${unit.code} 路 ${unit.id} 号`,
      unit.holdsFund,
      JSON.stringify(demonstration ? [demoYear] : []),
      new Date(args.until.getTime() - 6 * 365 * DAY),
    ]);
  }
  await unitCopy.close();

  let userId = 0;
  const users = await CopyWriter.open(loader, 'app_user', ['id', 'phone', 'name', 'password_hash', 'employer_unit_id']);
  const grants = await CopyWriter.open(loaderB, 'role_grant', ['user_id', 'unit_id', 'role']);
  const addUser = async (unitId: number, role: string | null) => {
    userId += 1;
    await users.write([userId, `1${String(7_000_000_000 + userId)}`, randomName(random), passwordHash, unitId]);
    if (role) await grants.write([userId, unitId, role]);
    return userId;
  };
  for (const unit of units) {
    unit.staffId = await addUser(unit.id, 'STATION_STAFF');
    unit.headId = await addUser(unit.id, 'UNIT_HEAD');
    if (unit.level === 'CITY' || unit.level === 'DISTRICT') {
      await addUser(unit.id, 'UNION_ADMIN');
      await addUser(unit.id, 'AUDITOR');
    }
  }
  await grants.write([await addUser(units[0].id, null), units[0].id, 'SYSTEM_ADMIN']);
  for (let w = 0; w < size.workers; w += 1) {
    const unit = drawStation();
    const id = await addUser(unit.id, null);
    await grants.write([id, unit.id, 'WORKER']);
    unit.workers.push(id);
  }
  await Promise.all([users.close(), grants.close()]);
  log(`${units.length} units, ${userId} accounts`);

  // ---- hardship files ----------------------------------------------------------------------
  const files = await CopyWriter.open(loader, 'hardship_file', FILE_COLUMNS);
  const fileEvents = await CopyWriter.open(loaderB, 'hardship_file_event', [
    'file_id',
    'occurred_at',
    'actor_id',
    'action',
    'from_status',
    'to_status',
    'reason',
  ]);
  const filePeople: { name: string; hash: string }[] = [null!];
  const totalFiles = size.activeFiles + size.closedFiles;
  for (let f = 1; f <= totalFiles; f += 1) {
    const unit = drawStation();
    const idNumber = idNumberFor(f, random);
    const hash = cipher.lookupHash(idNumber);
    const name = randomName(random);
    const status =
      f <= size.activeFiles
        ? 'ACTIVE'
        : random.weighted([
            ['CANCELLED', 80],
            ['SUSPENDED', 12],
            ['REVIEW_OVERDUE', 8],
          ] as const);
    const members = random.int(1, 4);
    const household = {
      members: Array.from({ length: members }, (_, m) => ({
        name: m === 0 ? name : randomName(random),
        relation: m === 0 ? 'SELF' : random.pick(['SPOUSE', 'CHILD', 'PARENT']),
        idNumber: null,
        health: random.chance(0.3) ? '慢性病' : null,
        employment: null,
        monthlyIncomeFen: random.int(0, 3000) * 100,
        isRecipient: m === 0,
      })),
      minimumLivingStandardFen: 95_000,
      housing: null,
    };
    const createdAt = new Date(args.until.getTime() - random.int(30, 5 * 365) * DAY);
    await files.write([
      f,
      unit.id,
      status,
      random.weighted(FILE_CATEGORY_WEIGHTS),
      JSON.stringify([random.pick(HARDSHIP_CAUSES)]),
      name,
      cipher.encrypt(idNumber),
      hash,
      birthDateOf(idNumber),
      sexOf(idNumber),
      null,
      true,
      null,
      cipher.encrypt(JSON.stringify(household)),
      members,
      JSON.stringify([hash]),
      status === 'CANCELLED' ? random.pick(['RECOVERED', 'MOVED', 'OTHER']) : null,
      unit.staffId,
      createdAt,
      createdAt,
    ]);
    await fileEvents.write([f, createdAt, unit.staffId, 'create', null, 'ACTIVE', null]);
    if (status !== 'ACTIVE')
      await fileEvents.write([
        f,
        new Date(createdAt.getTime() + 200 * DAY),
        unit.staffId,
        status === 'CANCELLED' ? 'cancel' : 'statusChange',
        'ACTIVE',
        status,
        null,
      ]);
    if (status !== 'CANCELLED') unit.files.push(f);
    filePeople.push({ name, hash });
  }
  await Promise.all([files.close(), fileEvents.close()]);
  // the generated members carry no ID numbers: each file names its holder only
  await loader.query(`insert into household_person (file_id, id_number_hash, holder) select id, id_number_hash, true from hardship_file`);
  log(`${totalFiles} hardship files`);

  // ---- cases and their timelines -------------------------------------------------------------
  const caseColumns = [
    'id',
    'case_number',
    'client_id',
    'created_by_id',
    'applicant_user_id',
    'type',
    'channel',
    'status',
    'unit_id',
    'origin_unit_id',
    'file_id',
    'applicant_name',
    'title',
    'description',
    'requested_amount_fen',
    'proposed_amount_fen',
    'service_plan',
    'proposed_by_id',
    'approved_amount_fen',
    'approved_by_id',
    'decided_at',
    'reject_reason',
    'return_reason',
    'missing_items',
    'notice_ends_at',
    'assigned_to_id',
    'submitted_at',
    'accepted_at',
    'due_at',
    'closed_at',
    'rating',
    'rated_at',
    'withdrawn_reason',
    'created_at',
    'updated_at',
  ];
  const cases = await CopyWriter.open(loader, 'aid_case', caseColumns);
  const events = await CopyWriter.open(loaderB, 'case_event', [
    'case_id',
    'occurred_at',
    'actor_id',
    'actor_role',
    'unit_id',
    'action',
    'from_status',
    'to_status',
    'data',
  ]);
  const counters = new Map<string, number>();
  const payouts = new Map<number, Payout[]>();
  const span = 5 * 365 * DAY;
  const first = args.until.getTime() - span;
  const until = args.until.getTime();
  for (let c = 1; c <= size.cases; c += 1) {
    const origin = drawStation();
    const type = random.weighted(TYPE_WEIGHTS);
    const start = first + ((c - 1 + random.next()) / size.cases) * span;
    const applicantId = origin.workers.length && random.chance(0.4) ? random.pick(origin.workers) : null;
    const fileId = origin.files.length && random.chance(0.7) ? random.pick(origin.files) : null;
    const person = fileId ? filePeople[fileId] : { name: randomName(random), hash: null };
    const walked = walkCase({
      random,
      type,
      start,
      until,
      origin,
      unitOf: (id: number) => units[id - 1],
      parentOf: (unit) => parentOf(units[unit.id - 1]),
      applicantId,
      fileId,
      person,
      counters,
    });
    for (const event of walked.events) await events.write([c, ...event]);
    for (const payout of walked.payouts) {
      if (!payouts.has(payout.fundUnitId)) payouts.set(payout.fundUnitId, []);
      payouts.get(payout.fundUnitId)!.push({ ...payout, caseId: c });
    }
    const row: Record<string, Cell> = { id: c, client_id: `bench-${args.seed}-${c}`, ...walked.row };
    await cases.write(caseColumns.map((column) => row[column] ?? null));
    if (c % 250_000 === 0) log(`${c} cases`);
  }
  await Promise.all([cases.close(), events.close()]);
  const counterCopy = await CopyWriter.open(loader, 'case_number_counter', ['unit_id', 'year', 'last_value']);
  for (const [key, value] of counters) await counterCopy.write([...key.split(':').map(Number), value]);
  await counterCopy.close();
  log(`${size.cases} cases, ${events.rows} timeline events`);

  // ---- funds: yearly income, then each payout with the balance it leaves ---------------------
  const accounts = await CopyWriter.open(loader, 'ledger_account', ['id', 'unit_id', 'kind', 'source', 'balance', 'allow_negative']);
  const transactions = await CopyWriter.open(loaderB, 'ledger_transaction', [
    'id',
    'unit_id',
    'kind',
    'idempotency_key',
    'case_id',
    'source',
    'category',
    'memo',
    'created_by_id',
    'created_at',
  ]);
  const entriesClient = await loadingClient();
  const entries = await CopyWriter.open(entriesClient, 'ledger_entry', [
    'transaction_id',
    'account_id',
    'direction',
    'amount_fen',
    'balance_after',
    'created_at',
  ]);
  const disbursementClient = await loadingClient();
  const disbursements = await CopyWriter.open(disbursementClient, 'disbursement', [
    'case_id',
    'instalment_no',
    'amount_fen',
    'method',
    'idempotency_key',
    'transaction_id',
    'fund_unit_id',
    'recipient_name',
    'recipient_hash',
    'paid_by_id',
    'paid_at',
    'status',
    'received_at',
  ]);
  let accountId = 0;
  let transactionId = 0;
  for (const unit of units.filter((candidate) => candidate.holdsFund)) {
    const fund = ++accountId;
    const income = ++accountId;
    const paid = ++accountId;
    const balances = new Map([
      [fund, 0],
      [income, 0],
      [paid, 0],
    ]);
    const post = async (at: Date, postings: [number, 'DEBIT' | 'CREDIT', number][]) => {
      for (const [account, direction, amount] of postings) {
        const balance = balances.get(account)! + (direction === 'DEBIT' ? amount : -amount);
        balances.set(account, balance);
        await entries.write([transactionId, account, direction, amount, balance, at]);
      }
    };
    const unitPayouts = (payouts.get(unit.id) ?? []).sort((a, b) => a.at - b.at);
    const byYear = new Map<number, number>();
    for (const payout of unitPayouts) {
      const year = shanghaiYear(new Date(payout.at));
      byYear.set(year, (byYear.get(year) ?? 0) + payout.amountFen);
    }
    const years = [...new Set([shanghaiYear(new Date(first)), ...byYear.keys(), shanghaiYear(args.until)])].sort();
    let next = 0;
    for (const year of years) {
      // each year's budget arrives on 1 January: that year's payouts plus a reserve
      const budget = Math.ceil(((byYear.get(year) ?? 0) * 1.3 + 5_000_000) / 100_000) * 100_000;
      const at = new Date(Math.max(shanghaiYearStart(year).getTime(), first));
      transactionId += 1;
      await transactions.write([
        transactionId,
        unit.id,
        'INCOME',
        `bench-income-${unit.id}-${year}`,
        null,
        'UNION_FUNDS',
        null,
        `${year} 年度帮扶资金`,
        unit.headId,
        at,
      ]);
      await post(at, [
        [fund, 'DEBIT', budget],
        [income, 'CREDIT', budget],
      ]);
      for (; next < unitPayouts.length && shanghaiYear(new Date(unitPayouts[next].at)) === year; next += 1) {
        const payout = unitPayouts[next];
        const paidAt = new Date(payout.at);
        transactionId += 1;
        const key = `bench-pay-${payout.caseId}`;
        await transactions.write([
          transactionId,
          unit.id,
          'DISBURSEMENT',
          key,
          payout.caseId,
          null,
          'CASE_AID',
          null,
          payout.paidById,
          paidAt,
        ]);
        await post(paidAt, [
          [fund, 'CREDIT', payout.amountFen],
          [paid, 'DEBIT', payout.amountFen],
        ]);
        await disbursements.write([
          payout.caseId,
          1,
          payout.amountFen,
          'BANK_TRANSFER',
          key,
          transactionId,
          unit.id,
          payout.recipientName,
          payout.recipientHash,
          payout.paidById,
          paidAt,
          'POSTED',
          payout.receivedAt,
        ]);
      }
    }
    await accounts.write([fund, unit.id, 'FUND', null, balances.get(fund)!, false]);
    await accounts.write([income, unit.id, 'INCOME', 'UNION_FUNDS', balances.get(income)!, true]);
    await accounts.write([paid, unit.id, 'AID_PAID', null, balances.get(paid)!, true]);
  }
  await Promise.all([accounts.close(), transactions.close(), entries.close(), disbursements.close()]);
  log(`${transactionId} ledger transactions, ${entries.rows} entries, ${disbursements.rows} disbursements`);
  for (const client of [loaderB, entriesClient, disbursementClient]) client.release();

  // ---- back to a normal database: indexes, sequences, summaries, statistics ------------------
  await loader.query(`set session_replication_role = origin`);
  await loader.query(`set maintenance_work_mem = '1GB'`);
  for (const index of secondaryIndexes) await loader.query(index.indexdef);
  log(`rebuilt ${secondaryIndexes.length} indexes`);
  const { rows: identities } = await loader.query<{ table_name: string }>(
    `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id' and is_identity = 'YES'`,
  );
  for (const { table_name: table } of identities) {
    await loader.query(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`);
  }
  const orm2 = await initOrm(databaseUrl, 2);
  await rebuildSummaries(orm2.em.fork());
  await orm2.close();
  log('rebuilt the rollup summaries');
  // `npm run bench` reads which dataset it measures from here
  await loader.query(
    `comment on database ${database} is '${JSON.stringify({ size: args.size, seed: args.seed, until: args.until.toISOString() })}'`,
  );
  await loader.query('vacuum (analyze)');
  loader.release();
  await pool.end();
  log(`done: dataset ${args.size} (seed ${args.seed}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
