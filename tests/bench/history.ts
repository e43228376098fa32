import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { HARDSHIP_CAUSES, shanghaiYear, shanghaiYearStart, type UnitLevel } from '@bangfu/shared';
import { FieldCipher } from '@bangfu/server/common/crypto.js';
import { initOrm } from '@bangfu/server/app/orm.js';
import { hashPassword } from '@bangfu/server/modules/auth/passwords.js';
import { rebuildSummaries } from '@bangfu/server/modules/rollups/rollup.queries.js';
import { CopyWriter, type Cell } from './copy.js';
import { Random } from './random.js';
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
  type TimelineUnit,
} from './timeline.js';

/**
 * A year of history for the demo network (`npm start` runs it after setup): hardship files at every station and cases
 * that started over the past year, walked through the lifecycle by the benchmark's timeline generator at a small size,
 * each payment posted from the fund that pays it with the balance it leaves (after that year's budget came in), and
 * the rollup summaries rebuilt from the base tables. So the dashboards, queues and rollups show a union's year on
 * first start. Runs once: a database that has the history, or no demo network, is left as it is.
 */
const DAY = 86_400_000;
const FILES_PER_STATION = 25;
const CASES = 600;
const SEED = 20261205;

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

interface HistoryUnit extends TimelineUnit {
  parentId: number | null;
  files: number[];
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  const cipher = new FieldCipher(process.env.DATA_ENCRYPTION_KEY!, process.env.LOOKUP_HMAC_KEY!);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const client = await pool.connect();
  const sql = async <T extends pg.QueryResultRow>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows;
  try {
    const [state] = await sql<{ done: boolean; operator: string | null }>(
      `select exists (select 1 from audit_event where action = 'demo.history') as done,
              (select g.user_id::text from role_grant g join unit u on u.id = g.unit_id
                where u.code = 'LY' and g.role = 'SYSTEM_ADMIN' and g.revoked_at is null order by g.id limit 1) as operator`,
    );
    if (state.done || !state.operator) return;
    const random = new Random(SEED);
    const until = Date.now();
    const from = until - 365 * DAY;

    await client.query('begin');
    const unitRows = await sql<{ id: string; level: UnitLevel; code: string; parent_id: string | null; holds_fund: boolean }>(
      `select id::text, level, code, parent_id::text, holds_fund from unit where active order by id`,
    );
    const units = new Map<number, HistoryUnit>();
    for (const row of unitRows) {
      units.set(Number(row.id), {
        id: Number(row.id),
        level: row.level,
        code: row.code,
        parentId: row.parent_id ? Number(row.parent_id) : null,
        staffId: 0,
        headId: 0,
        fundUnitId: 0,
        files: [],
      });
    }
    const holdsFund = new Set(unitRows.filter((row) => row.holds_fund).map((row) => Number(row.id)));
    const parentOf = (unit: TimelineUnit) => units.get(units.get(unit.id)!.parentId ?? 0) ?? null;
    // who worked each unit's cases: its staff and head where the demo has them, otherwise an account made for the history
    const grants = await sql<{ unit_id: string; role: string; user_id: string }>(
      `select distinct on (unit_id, role) unit_id::text, role, user_id::text from role_grant
        where revoked_at is null and role in ('STATION_STAFF', 'UNIT_HEAD') order by unit_id, role, id`,
    );
    for (const unit of units.values()) {
      for (const role of ['STATION_STAFF', 'UNIT_HEAD'] as const) {
        let userId = grants.find((grant) => Number(grant.unit_id) === unit.id && grant.role === role)?.user_id;
        if (!userId) {
          // a password nobody knows: these accounts only stand for the people who did the history's work
          [{ id: userId }] = await sql<{ id: string }>(
            `insert into app_user (phone, name, password_hash, employer_unit_id) values ($1, $2, $3, $4) returning id::text`,
            [
              `1360${String(unit.id).padStart(5, '0')}${role === 'UNIT_HEAD' ? '1' : '0'}0`,
              randomName(random),
              await hashPassword(randomUUID()),
              unit.id,
            ],
          );
          await sql(`insert into role_grant (user_id, unit_id, role) values ($1, $2, $3)`, [userId, unit.id, role]);
        }
        if (role === 'STATION_STAFF') unit.staffId = Number(userId);
        else unit.headId = Number(userId);
      }
      for (let holder: HistoryUnit | undefined = unit; holder; holder = units.get(holder.parentId ?? 0)) {
        if (holdsFund.has(holder.id)) {
          unit.fundUnitId = holder.id;
          break;
        }
      }
    }
    const stations = [...units.values()].filter((unit) => (unit.level === 'STREET' || unit.level === 'ENTERPRISE') && unit.fundUnitId);

    // ---- hardship files at every station ------------------------------------------------------------------------
    const [{ next: firstFile }] = await sql<{ next: number }>(`select coalesce(max(id), 0)::int + 1 as next from hardship_file`);
    const files = await CopyWriter.open(client, 'hardship_file', FILE_COLUMNS);
    const people = new Map<number, { name: string; hash: string }>();
    let fileId = firstFile;
    for (const station of stations) {
      for (let f = 0; f < FILES_PER_STATION; f += 1, fileId += 1) {
        // ID numbers far from the demo's own (index offset), so a demo registration never meets one
        const idNumber = idNumberFor(500_000 + fileId, random);
        const hash = cipher.lookupHash(idNumber);
        const name = randomName(random);
        const household = {
          members: [
            {
              name,
              relation: 'SELF',
              idNumber: null,
              health: null,
              employment: null,
              monthlyIncomeFen: random.int(0, 3000) * 100,
              isRecipient: true,
            },
          ],
          minimumLivingStandardFen: 95_000,
          housing: null,
        };
        const createdAt = new Date(from - random.int(30, 3 * 365) * DAY);
        await files.write([
          fileId,
          station.id,
          'ACTIVE',
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
          1,
          JSON.stringify([hash]),
          null,
          station.staffId,
          createdAt,
          createdAt,
        ]);
        station.files.push(fileId);
        people.set(fileId, { name, hash });
      }
    }
    await files.close();
    await sql(
      `insert into hardship_file_event (file_id, occurred_at, actor_id, action, to_status)
       select id, created_at, created_by_id, 'create', 'ACTIVE' from hardship_file where id >= $1`,
      [firstFile],
    );
    await sql(
      `insert into household_person (file_id, id_number_hash, holder) select id, id_number_hash, true from hardship_file where id >= $1`,
      [firstFile],
    );

    // ---- cases over the past year -----------------------------------------------------------------------------
    const counters = new Map(
      (
        await sql<{ unit_id: string; year: number; last_value: number }>(`select unit_id::text, year, last_value from case_number_counter`)
      ).map((row) => [`${row.unit_id}:${row.year}`, row.last_value] as const),
    );
    const [{ next: firstCase }] = await sql<{ next: number }>(`select coalesce(max(id), 0)::int + 1 as next from aid_case`);
    const caseColumns = ['id', 'client_id', 'created_by_id', 'type', 'channel', 'status', 'unit_id', 'origin_unit_id', 'file_id'];
    const rows: Record<string, Cell>[] = [];
    const events: Cell[][] = [];
    const payouts: Payout[] = [];
    for (let c = 0; c < CASES; c += 1) {
      const origin = random.pick(stations);
      const fileOf = random.chance(0.8) ? random.pick(origin.files) : null;
      const walked = walkCase({
        random,
        type: random.weighted(TYPE_WEIGHTS),
        start: from + ((c + random.next()) / CASES) * 365 * DAY,
        until,
        origin,
        unitOf: (id) => units.get(id)!,
        parentOf,
        applicantId: null,
        fileId: fileOf,
        person: fileOf ? people.get(fileOf)! : { name: randomName(random), hash: null },
        counters,
      });
      const id = firstCase + c;
      rows.push({ id, client_id: `history-${SEED}-${c}`, created_by_id: origin.staffId, ...walked.row });
      events.push(...walked.events.map((event) => [id, ...event]));
      payouts.push(...walked.payouts.map((payout) => ({ ...payout, caseId: id })));
    }
    const columns = [...new Set([...caseColumns, ...rows.flatMap((row) => Object.keys(row))])];
    const cases = await CopyWriter.open(client, 'aid_case', columns);
    for (const row of rows) await cases.write(columns.map((column) => row[column] ?? null));
    await cases.close();
    const timeline = await CopyWriter.open(client, 'case_event', [
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
    for (const event of events) await timeline.write(event);
    await timeline.close();
    for (const [key, value] of counters) {
      const [unitId, year] = key.split(':').map(Number);
      await sql(
        `insert into case_number_counter (unit_id, year, last_value) values ($1, $2, $3)
         on conflict (unit_id, year) do update set last_value = greatest(case_number_counter.last_value, excluded.last_value)`,
        [unitId, year, value],
      );
    }

    // ---- the year's budgets and payments, fund by fund, in time order -------------------------------------------
    const accountOf = async (unitId: number, kind: string, source: string | null) => {
      const [row] = await sql<{ id: string; balance: string }>(
        `insert into ledger_account (unit_id, kind, source, allow_negative) values ($1, $2, $3, $4)
         on conflict (unit_id, kind, source) do update set kind = excluded.kind returning id::text, balance::text`,
        [unitId, kind, source, kind !== 'FUND'],
      );
      return { id: row.id, balance: Number(row.balance) };
    };
    const post = async (
      at: Date,
      fields: { unitId: number; kind: string; key: string; caseId?: number; source?: string; memo: string; by: number },
      postings: [{ id: string; balance: number }, 'DEBIT' | 'CREDIT', number][],
    ) => {
      const [{ id }] = await sql<{ id: string }>(
        `insert into ledger_transaction (unit_id, kind, idempotency_key, case_id, source, category, memo, created_by_id, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id::text`,
        [
          fields.unitId,
          fields.kind,
          fields.key,
          fields.caseId ?? null,
          fields.source ?? null,
          fields.caseId ? 'CASE_AID' : null,
          fields.memo,
          fields.by,
          at,
        ],
      );
      for (const [account, direction, amount] of postings) {
        account.balance += direction === 'DEBIT' ? amount : -amount;
        await sql(
          `insert into ledger_entry (transaction_id, account_id, direction, amount_fen, balance_after, created_at) values ($1, $2, $3, $4, $5, $6)`,
          [id, account.id, direction, amount, account.balance, at],
        );
      }
      return id;
    };
    const byFund = groupBy(payouts, (payout) => payout.fundUnitId);
    for (const [fundUnitId, paid] of byFund) {
      const fund = await accountOf(fundUnitId, 'FUND', null);
      const income = await accountOf(fundUnitId, 'INCOME', 'UNION_FUNDS');
      const aidPaid = await accountOf(fundUnitId, 'AID_PAID', null);
      const head = units.get(fundUnitId)!.headId;
      const byYear = groupBy(paid, (payout) => shanghaiYear(new Date(payout.at)));
      for (const [year, yearPaid] of [...byYear].sort(([a], [b]) => a - b)) {
        const budget = Math.ceil((yearPaid.reduce((sum, payout) => sum + payout.amountFen, 0) * 1.3 + 1_000_000) / 100_000) * 100_000;
        const at = new Date(Math.max(shanghaiYearStart(year).getTime(), from - DAY));
        await post(
          at,
          {
            unitId: fundUnitId,
            kind: 'INCOME',
            key: `history-income-${fundUnitId}-${year}`,
            source: 'UNION_FUNDS',
            memo: `${year} 年度帮扶资金`,
            by: head,
          },
          [
            [fund, 'DEBIT', budget],
            [income, 'CREDIT', budget],
          ],
        );
        for (const payout of yearPaid.sort((a, b) => a.at - b.at)) {
          const paidAt = new Date(payout.at);
          const key = `history-pay-${payout.caseId}`;
          const transactionId = await post(
            paidAt,
            { unitId: fundUnitId, kind: 'DISBURSEMENT', key, caseId: payout.caseId, memo: '', by: payout.paidById },
            [
              [fund, 'CREDIT', payout.amountFen],
              [aidPaid, 'DEBIT', payout.amountFen],
            ],
          );
          await sql(
            `insert into disbursement (case_id, instalment_no, amount_fen, method, idempotency_key, transaction_id, fund_unit_id, recipient_name,
                                       recipient_hash, recipient_identity, paid_by_id, paid_at, status, received_at)
             values ($1, 1, $2, 'CASH', $3, $4, $5, $6, $7, 'AT_PAYOUT', $8, $9, 'POSTED', $10)`,
            [
              payout.caseId,
              payout.amountFen,
              key,
              transactionId,
              fundUnitId,
              payout.recipientName,
              payout.recipientHash,
              payout.paidById,
              paidAt,
              payout.receivedAt,
            ],
          );
        }
      }
      for (const account of [fund, income, aidPaid])
        await sql(`update ledger_account set balance = $2 where id = $1`, [account.id, account.balance]);
    }
    const identities = await sql<{ table_name: string }>(
      `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id' and is_identity = 'YES'`,
    );
    for (const { table_name: table } of identities) {
      await sql(`select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 0) + 1, false)`);
    }
    await sql(`insert into audit_event (actor_id, action, entity_type, after) values ($1, 'demo.history', 'Installation', $2)`, [
      state.operator,
      JSON.stringify({ files: fileId - firstFile, cases: CASES, events: events.length, payments: payouts.length }),
    ]);
    await client.query('commit');
    const orm = await initOrm(databaseUrl, 2);
    await rebuildSummaries(orm.em.fork());
    await orm.close();
    process.stdout.write(`demo history: ${fileId - firstFile} files, ${CASES} cases over the past year, ${payouts.length} payments\n`);
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
