import type { MikroORM } from '@mikro-orm/postgresql';
import { payCasesFromFund } from '@bangfu/server/modules/funds/ledger.js';
import { Unit } from '@bangfu/server/modules/org/unit.entity.js';

/**
 * The hot-fund baseline: the same rows a payout through the API writes (the case moved on, its timeline event, the
 * audit event, the ledger transaction with its two entries and running balances, the payment, the fund's balance),
 * written as bare SQL in as few round trips as the data model allows — lock the case, the set-based payment the
 * batch payout uses, one statement for case, event and audit — with no HTTP, GraphQL, session, or checks. The API
 * is measured against this with the same number of clients in the same run (hotFundRatio).
 */
export async function barePayouts(
  orm: MikroORM,
  options: { fundUnitId: string; payerId: string; caseIds: string[]; amountFen: number; clients: number; runKey: string },
): Promise<{ paid: number; seconds: number }> {
  const fundUnit = await orm.em.fork().findOneOrFail(Unit, { id: options.fundUnitId });
  let next = 0;
  let paid = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (next < options.caseIds.length) {
        const caseId = options.caseIds[next++];
        await orm.em.fork().transactional(async (em) => {
          await em.execute(`select id from aid_case where id = ? and status = 'READY_TO_PAY' for update`, [caseId]);
          const outcome = await payCasesFromFund(
            em,
            fundUnit,
            [
              {
                caseId,
                amountFen: options.amountFen,
                recipientName: '基准',
                recipientHash: null,
                identity: 'AT_PAYOUT',
                idempotencyKey: `bare-${options.runKey}-${caseId}`,
              },
            ],
            { method: 'CASH', paidById: options.payerId, memo: null },
          );
          await em.execute(
            `with moved as (update aid_case set status = 'DISBURSED' where id = ? returning id, unit_id),
             event as (insert into case_event (case_id, actor_id, actor_role, unit_id, action, from_status, to_status, data)
                       select id, ?, 'STATION_STAFF', unit_id, 'disburse', 'READY_TO_PAY', 'DISBURSED', ?::jsonb from moved)
             insert into audit_event (actor_id, unit_id, action, entity_type, entity_id, before, after)
             select ?, unit_id, 'case.disburse', 'AidCase', id::text, '{"status":"READY_TO_PAY"}', '{"status":"DISBURSED"}' from moved`,
            [caseId, options.payerId, JSON.stringify({ amountFen: options.amountFen, instalmentNo: 1 }), options.payerId],
          );
          paid += outcome.paid;
        });
      }
    }),
  );
  return { paid, seconds: (performance.now() - started) / 1000 };
}
