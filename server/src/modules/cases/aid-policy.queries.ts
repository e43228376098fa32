import type { EntityManager } from '@mikro-orm/postgresql';
import type { AidType } from '@bangfu/shared';
import { resolvePolicy, type AidPolicy, type PolicyRow } from './aid-policy.js';

// fen as float8: pg hands bigint over as text, and these stay far below 2^53
/** A `PolicyRow` from `aid_policy p`. */
export const AID_POLICY_COLUMNS = `p.unit_id::text as "unitId", p.aid_type as "aidType",
  p.approval_limit_fen::float8 as "approvalLimitFen", p.yearly_cap_fen::float8 as "yearlyCapFen", p.notice_days as "noticeDays",
  p.accept_within_working_days as "acceptWithinWorkingDays", p.decide_within_working_days as "decideWithinWorkingDays"`;
const POLICY_ROW_SQL = `
  select ${AID_POLICY_COLUMNS}
  from aid_policy p join unit u on u.id = p.unit_id
  where u.path @> ?::ltree`;
const POLICY_ROW_ORDER = `order by nlevel(u.path) desc, p.aid_type nulls last`;

/** Policy rows of a unit and every unit above it, for `type` only when given. */
export function policyRows(em: EntityManager, unitPath: string, type?: AidType): Promise<PolicyRow[]> {
  return type
    ? em.execute<PolicyRow[]>(`${POLICY_ROW_SQL} and (p.aid_type = ? or p.aid_type is null) ${POLICY_ROW_ORDER}`, [unitPath, type])
    : em.execute<PolicyRow[]>(`${POLICY_ROW_SQL} ${POLICY_ROW_ORDER}`, [unitPath]);
}

export async function policyFor(em: EntityManager, unitPath: string, type: AidType): Promise<AidPolicy> {
  return resolvePolicy(await policyRows(em, unitPath, type), type).policy;
}

/** One change at a time per unit, so an audit's "before" is the row the change replaced. */
export const lockUnitPolicies = (em: EntityManager, unitId: string) =>
  em.execute(`select pg_advisory_xact_lock(hashtext('aid_policy'), hashtext(?))`, [unitId]);

/** Replaces a unit's row for one aid type (null: the general row); returns the row it replaced. */
export async function replacePolicyRow(
  em: EntityManager,
  unitId: string,
  aidType: AidType | null,
  values: Omit<PolicyRow, 'unitId' | 'aidType'> | null,
): Promise<PolicyRow | null> {
  const [before = null] = await em.execute<PolicyRow[]>(
    `select ${AID_POLICY_COLUMNS} from aid_policy p where p.unit_id = ? and p.aid_type is not distinct from ?`,
    [unitId, aidType],
  );
  await em.execute(`delete from aid_policy where unit_id = ? and aid_type is not distinct from ?`, [unitId, aidType]);
  if (values) {
    await em.execute(
      `insert into aid_policy (unit_id, aid_type, approval_limit_fen, yearly_cap_fen, notice_days, accept_within_working_days, decide_within_working_days)
       values (?, ?, ?, ?, ?, ?, ?)`,
      [
        unitId,
        aidType,
        values.approvalLimitFen,
        values.yearlyCapFen,
        values.noticeDays,
        values.acceptWithinWorkingDays,
        values.decideWithinWorkingDays,
      ],
    );
  }
  return before;
}
