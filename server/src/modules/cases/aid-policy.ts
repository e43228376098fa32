import type { EntityManager } from '@mikro-orm/postgresql';
import type { AidType } from '@bangfu/shared';

export interface AidPolicy {
  approvalLimitFen: number;
  yearlyCapFen: number;
  noticeDays: number;
  acceptWithinWorkingDays: number;
  decideWithinWorkingDays: number;
}

/** Used where neither the unit nor any unit above it configures a value (domain.md §4 defaults). */
export const DEFAULT_AID_POLICY: AidPolicy = {
  approvalLimitFen: 500_000,
  yearlyCapFen: 2_000_000,
  noticeDays: 5,
  acceptWithinWorkingDays: 3,
  decideWithinWorkingDays: 15,
};

interface PolicyRow {
  depth: number;
  aid_type: string | null;
  approval_limit_fen: string | null;
  yearly_cap_fen: string | null;
  notice_days: number | null;
  accept_within_working_days: number | null;
  decide_within_working_days: number | null;
}

const FIELDS: [keyof AidPolicy, keyof PolicyRow][] = [
  ['approvalLimitFen', 'approval_limit_fen'],
  ['yearlyCapFen', 'yearly_cap_fen'],
  ['noticeDays', 'notice_days'],
  ['acceptWithinWorkingDays', 'accept_within_working_days'],
  ['decideWithinWorkingDays', 'decide_within_working_days'],
];

/**
 * The policy in force for a unit and aid type: each value comes from the nearest unit that sets it,
 * a type-specific row before the unit's general row, then the defaults.
 */
export async function policyFor(em: EntityManager, unitPath: string, type: AidType): Promise<AidPolicy> {
  const rows = await em.execute<PolicyRow[]>(
    `select nlevel(u.path) as depth, p.aid_type, p.approval_limit_fen::text, p.yearly_cap_fen::text, p.notice_days,
            p.accept_within_working_days, p.decide_within_working_days
     from aid_policy p join unit u on u.id = p.unit_id
     where u.path @> ?::ltree and (p.aid_type = ? or p.aid_type is null)
     order by nlevel(u.path) desc, p.aid_type nulls last`,
    [unitPath, type],
  );
  const policy = { ...DEFAULT_AID_POLICY };
  for (const [field, column] of FIELDS) {
    const row = rows.find((candidate) => candidate[column] !== null);
    if (row) policy[field] = Number(row[column]);
  }
  return policy;
}
