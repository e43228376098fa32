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
