import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { initOrm } from '../../server/src/app/orm.js';
import { reconcileRollups } from '../../server/src/modules/rollups/rollup.queries.js';
import { withDatabase } from '../setup/database.js';
import { ledgerViolations } from '../setup/ledger-invariants.js';

const generator = resolve(import.meta.dirname, '../bench/dist/data.js');

/** The benchmark dataset must obey the same rules as data the application writes, and be the same for a seed. */
describe('npm run bench:data', () => {
  const databaseUrl = withDatabase(inject('DATABASE_URL'), `bangfu_bench_check_${process.env.VITEST_POOL_ID ?? '1'}`);

  const generate = () =>
    promisify(execFile)(process.execPath, [generator, '--size', 'S', '--seed', '7'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DATA_ENCRYPTION_KEY: inject('DATA_ENCRYPTION_KEY'),
        LOOKUP_HMAC_KEY: inject('LOOKUP_HMAC_KEY'),
      },
    });
  /** A pool for one look at the generated database (the next generation drops it, connections and all). */
  async function inspect<T>(look: (sql: <R>(text: string) => Promise<R[]>) => Promise<T>): Promise<T> {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    try {
      return await look(async (text) => (await pool.query(text)).rows);
    } finally {
      await pool.end();
    }
  }
  const fingerprint = (sql: <R>(text: string) => Promise<R[]>) =>
    sql<{ md5: string }>(
      `select md5(string_agg(concat_ws('|', id, status, unit_id, type, approved_amount_fen, due_at), ',' order by id)) as md5 from aid_case`,
    );

  it(
    'loads a dataset whose summaries, ledger and case states agree with the base tables, the same for the same seed',
    { timeout: 120_000 },
    async () => {
      await generate();
      const orm = await initOrm(databaseUrl, 2);
      try {
        expect((await reconcileRollups(orm.em.fork())).details).toEqual([]);
      } finally {
        await orm.close();
      }
      const first = await inspect(async (sql) => {
        expect(await ledgerViolations({ sql })).toEqual([]);
        const [shape] = await sql<{ cases: number; statuses: number; open_without_due: number; paid_without_approval: number }>(
          `select count(*)::int as cases, count(distinct status)::int as statuses,
                count(*) filter (where status in ('SUBMITTED', 'ACCEPTED', 'UNDER_REVIEW', 'PROPOSED') and due_at is null)::int as open_without_due,
                count(*) filter (where status in ('DISBURSED', 'RECEIVED') and approved_amount_fen is null)::int as paid_without_approval
           from aid_case`,
        );
        expect(shape).toEqual({ cases: 50_000, statuses: shape.statuses, open_without_due: 0, paid_without_approval: 0 });
        expect(shape.statuses).toBeGreaterThanOrEqual(14);
        return (await fingerprint(sql))[0].md5;
      });
      await generate();
      expect((await inspect(fingerprint))[0].md5).toBe(first);
    },
  );
});
