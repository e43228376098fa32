import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../common/sql.js';
import { CASE_LABELS, CASE_STATES, type YearlyCap } from '../cases/case.queries.js';
import { FILE_PERSONS, FILES } from '../people/hardship-file.queries.js';
import type { PayRefusal } from './campaign.entity.js';

export interface Allocation {
  households: number;
  amountFen: number;
}

/**
 * What the direct children of a unit hold of a campaign's quotas: probed child by child, as a join read every quota of
 * a campaign whose statistics still saw it empty.
 */
export async function childAllocation(
  em: EntityManager,
  campaignId: string,
  parentUnitId: string,
  except: string[] = [],
): Promise<Allocation> {
  const [row] = await em.execute<{ households: string; amount: string }[]>(
    `select coalesce(sum(q.households), 0)::text as households, coalesce(sum(q.amount_fen), 0)::text as amount
     from campaign_quota q
     where q.campaign_id = ? and q.unit_id = any (array(select u.id from unit u where u.parent_id = ?)) and not (q.unit_id = any (?::bigint[]))`,
    [campaignId, parentUnitId, `{${except.join(',')}}`],
  );
  return { households: Number(row.households), amountFen: Number(row.amount) };
}

/** The households and money on a roster now (entries not removed). */
export async function rosterUsage(em: EntityManager, rosterId: string): Promise<Allocation> {
  const [row] = await em.execute<{ households: string; amount: string }[]>(
    `select count(*)::text as households, coalesce(sum(amount_fen), 0)::text as amount
     from roster_entry where roster_id = ? and removed_at is null`,
    [rosterId],
  );
  return { households: Number(row.households), amountFen: Number(row.amount) };
}

/**
 * Proposes a roster from the unit's ACTIVE files of the campaign's categories (for 金秋助学, with a member in
 * non-compulsory education), at each category's standard amount, in
 * file order while the room left allows: never a file already on this campaign anywhere, nor one removed from this
 * roster. One statement; the partial unique index settles two builds racing for one file.
 * Each file is looked up in the campaign's lines through that index: joined by `or` with the roster's own lines, or
 * planned as an anti-join (`offset 0` keeps it a per-file probe) while the statistics still see a new campaign empty,
 * every station's build read the campaign's every line, and a city-wide build grew with the square of its lines.
 */
export async function proposeEntries(
  em: EntityManager,
  roster: { id: string; campaignId: string; unitId: string },
  rule: { categories: string[]; standardAmounts: Record<string, number>; needsStudent: boolean },
  room: Allocation,
  cap: YearlyCap | null,
): Promise<number> {
  if (room.households <= 0 || room.amountFen <= 0) return 0;
  // a campaign that counts toward the yearly cap leaves out households its amount would take over it
  const withinCap = cap ? `and bangfu_household_approved_this_year(f.id, ?, 0, ?::text[], ?) + (?::jsonb ->> f.category)::bigint <= ?` : '';
  const [{ added }] = await em.execute<{ added: string }[]>(
    `with candidates as (
       select f.id, (?::jsonb ->> f.category)::bigint as amount from ${FILES} f
       where f.unit_id = ? and f.status = 'ACTIVE' and f.category = any (?::text[]) ${rule.needsStudent ? 'and f.students > 0' : ''}
         and not exists (select 1 from roster_entry e where e.campaign_id = ? and e.file_id = f.id and e.removed_at is null offset 0)
         and not exists (select 1 from roster_entry e where e.roster_id = ? and e.file_id = f.id)
         ${withinCap}
     ),
     running as (select id, amount, row_number() over (order by id) as n, sum(amount) over (order by id) as total from candidates),
     added as (
       insert into roster_entry (roster_id, campaign_id, file_id, amount_fen, eligible)
       select ?, ?, id, amount, true from running where n <= ? and total <= ? order by id
       on conflict (campaign_id, file_id) where removed_at is null do nothing
       returning 1
     )
     select count(*)::text as added from added`,
    [
      JSON.stringify(rule.standardAmounts),
      roster.unitId,
      `{${rule.categories.join(',')}}`,
      roster.campaignId,
      roster.id,
      ...(cap ? [cap.type, `{${cap.counted.join(',')}}`, cap.yearStart, JSON.stringify(rule.standardAmounts), cap.capFen] : []),
      roster.id,
      roster.campaignId,
      room.households,
      room.amountFen,
    ],
  );
  return Number(added);
}

/** The next lines of a roster that became cases, after `afterId`, in roster order. */
export const payoutChunk = (em: EntityManager, rosterId: string, afterId: string, limit: number) =>
  em.execute<{ id: string; case_id: string }[]>(
    `select e.id::text, e.case_id::text from roster_entry e
     where e.roster_id = ? and e.removed_at is null and e.case_id is not null and e.id > ? order by e.id limit ${Number(limit)}`,
    [rosterId, afterId],
  );

/** Lines that became cases: what a payout goes through. */
export async function payoutLines(em: EntityManager, rosterId: string): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from roster_entry where roster_id = ? and removed_at is null and case_id is not null`,
    [rosterId],
  );
  return row.n;
}

/** Records on each line why the payout left it unpaid (null: paid, or nothing to say). */
export const setPayRefusals = (em: EntityManager, rosterId: string, refusals: { caseId: string; refusal: PayRefusal | null }[]) =>
  em.execute(
    `update roster_entry e set pay_refusal = r.refusal from unnest(?::bigint[], ?::jsonb[]) as r(case_id, refusal)
     where e.roster_id = ? and e.case_id = r.case_id and e.removed_at is null`,
    [
      sqlArray(refusals.map((row) => row.caseId)),
      sqlArray(refusals.map((row) => (row.refusal ? JSON.stringify(row.refusal) : null))),
      rosterId,
    ],
  );

/** Lines the last payout left unpaid with a reason. */
export async function refusedLines(em: EntityManager, rosterId: string): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from roster_entry where roster_id = ? and removed_at is null and pay_refusal is not null`,
    [rosterId],
  );
  return row.n;
}

export interface CampaignFigures {
  unitId: string;
  households: number;
  amountFen: number;
  approved: number;
  paid: number;
  paidFen: number;
  received: number;
  unpaid: number;
}

/**
 * Where a campaign stands in each given unit's subtree: households and money on rosters, lines approved into cases,
 * paid (and their money), receipts confirmed, and lines the last payout left unpaid with a reason.
 */
export async function campaignFigures(em: EntityManager, campaignId: string, unitIds: string[]): Promise<CampaignFigures[]> {
  const rows = await em.execute<
    {
      unit_id: string;
      households: number;
      amount: string;
      approved: number;
      paid: number;
      paid_fen: string;
      received: number;
      unpaid: number;
    }[]
  >(
    `select sub.id::text as unit_id, count(e.id)::int as households, coalesce(sum(e.amount_fen), 0)::text as amount,
            count(e.case_id)::int as approved,
            count(*) filter (where c.status in ('DISBURSED', 'RECEIVED', 'CLOSED'))::int as paid,
            coalesce(sum(e.amount_fen) filter (where c.status in ('DISBURSED', 'RECEIVED', 'CLOSED')), 0)::text as paid_fen,
            count(*) filter (where c.status in ('RECEIVED', 'CLOSED'))::int as received,
            count(*) filter (where e.pay_refusal is not null)::int as unpaid
     from unit sub
     left join unit u on u.path <@ sub.path
     left join roster r on r.unit_id = u.id and r.campaign_id = ?
     left join roster_entry e on e.roster_id = r.id and e.removed_at is null
     left join ${CASE_STATES} c on c.id = e.case_id
     where sub.id = any (?::bigint[])
     group by sub.id`,
    [campaignId, sqlArray(unitIds)],
  );
  return rows.map((row) => ({
    unitId: row.unit_id,
    households: row.households,
    amountFen: Number(row.amount),
    approved: row.approved,
    paid: row.paid,
    paidFen: Number(row.paid_fen),
    received: row.received,
    unpaid: row.unpaid,
  }));
}

/** A roster's lines as the printed 花名册 lists them: person, category, amount, how listed, case and where it stands. */
export interface RosterSheetRow {
  person_name: string;
  category: string;
  amount_fen: string;
  eligible: boolean;
  reason: string | null;
  by_hand: boolean;
  case_number: string | null;
  status: string | null;
  pay_refusal: PayRefusal | null;
}

export const rosterSheetRows = (em: EntityManager, rosterId: string) =>
  em.execute<RosterSheetRow[]>(
    `select p.person_name, f.category, e.amount_fen::text, e.eligible, e.reason, e.added_by_id is not null as by_hand,
            l.case_number, c.status, e.pay_refusal
     from roster_entry e join ${FILE_PERSONS} p on p.id = e.file_id join ${FILES} f on f.id = e.file_id
     left join ${CASE_LABELS} l on l.id = e.case_id left join ${CASE_STATES} c on c.id = e.case_id
     where e.roster_id = ? and e.removed_at is null order by e.id`,
    [rosterId],
  );
