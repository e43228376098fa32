import type { EntityManager } from '@mikro-orm/postgresql';
import { AID_POLICY_FIELDS, type AidPolicyField, type AidType } from '@bangfu/shared';

export type AidPolicy = Record<AidPolicyField, number>;

/** Used where neither the unit nor any unit above it configures a value (domain.md §4 defaults). */
export const DEFAULT_AID_POLICY: AidPolicy = {
  approvalLimitFen: 500_000,
  yearlyCapFen: 2_000_000,
  noticeDays: 5,
  acceptWithinWorkingDays: 3,
  decideWithinWorkingDays: 15,
};

/** A policy row along a unit's path, nearest unit first and, within a unit, the type row before the general row. */
export interface PolicyRow extends Record<AidPolicyField, number | null> {
  unitId: string;
  aidType: AidType | null;
}

/** For each value in force, the unit that set it; null where the default applies. */
export type PolicySources = Record<AidPolicyField, string | null>;

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

/**
 * The policy in force for an aid type from the rows along a unit's path: each value comes from the nearest unit
 * that sets it, a type-specific row before the unit's general row, then the defaults.
 */
export function resolvePolicy(rows: PolicyRow[], type: AidType): { policy: AidPolicy; sources: PolicySources } {
  const applicable = rows.filter((row) => row.aidType === type || row.aidType === null);
  const policy = { ...DEFAULT_AID_POLICY };
  const sources = Object.fromEntries(AID_POLICY_FIELDS.map((field) => [field, null])) as PolicySources;
  for (const field of AID_POLICY_FIELDS) {
    const row = applicable.find((candidate) => candidate[field] !== null);
    if (row) {
      policy[field] = row[field] as number;
      sources[field] = row.unitId;
    }
  }
  return { policy, sources };
}

export async function policyFor(em: EntityManager, unitPath: string, type: AidType): Promise<AidPolicy> {
  return resolvePolicy(await policyRows(em, unitPath, type), type).policy;
}
