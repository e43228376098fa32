import type { EntityManager } from '@mikro-orm/postgresql';
import type { AidType, CaseStatus } from '@bangfu/shared';
import { containsPattern } from '../../common/validate.js';
import { ACCOUNTS_BY_PERSON } from '../auth/auth.queries.js';
import { FILE_PERSONS } from '../people/hardship-file.queries.js';
import { changedIn, changeWindowParams, type ChangeWindow } from '../../common/sql.js';

export interface QueueQuery {
  unitId: string;
  statuses?: CaseStatus[] | null;
  types?: AidType[] | null;
  /** Only cases due before this moment. */
  overdueBefore?: Date | null;
  assignedTo?: string | null;
  search?: string | null;
  byDue: boolean;
  /** The keyset of the last row seen: sort key and id. */
  after?: [string, string] | null;
}

/** A timeline entry as written by writeCaseMove. */
export interface CaseEventRow {
  occurredAt: Date;
  actorId: string | null;
  actorRole: string;
  unitId: string;
  action: string;
  fromStatus: CaseStatus;
  toStatus: CaseStatus;
  comment: string | null;
  data: Record<string, unknown> | null;
}

/**
 * A case's holding unit, status and deadline with the timeline entries that led there, in one statement. Both
 * write per-unit summary rows through triggers (status counts, the day's flows) that every case of the unit shares,
 * so a transition writes them last and holds those rows' locks for this statement and the commit only. The unit
 * moves in the same statement as the status, so the row policy judges the change by the unit the case left. The
 * case row is left alone when none of the three changed (its updated_at marks changes for the upper system).
 * Returns updated_at, or null when the row was left alone.
 */
export async function writeCaseMove(
  em: EntityManager,
  caseId: string,
  move: { unitId: string; status: CaseStatus; dueAt: Date | null; events: CaseEventRow[] },
): Promise<Date | null> {
  const dueAt = move.dueAt?.toISOString() ?? null;
  const [row] = await em.execute<{ updated_at: Date | string | null }[]>(
    `with moved as (
       update aid_case set unit_id = ?, status = ?, due_at = ?::timestamptz
        where id = ? and (unit_id, status, due_at) is distinct from (?::bigint, ?, ?::timestamptz) returning updated_at),
     written as (
       insert into case_event (case_id, occurred_at, actor_id, actor_role, unit_id, action, from_status, to_status, comment, data)
       select ?, (e.value ->> 'occurredAt')::timestamptz, (e.value ->> 'actorId')::bigint, e.value ->> 'actorRole',
              (e.value ->> 'unitId')::bigint, e.value ->> 'action', e.value ->> 'fromStatus', e.value ->> 'toStatus',
              e.value ->> 'comment', nullif(e.value -> 'data', 'null'::jsonb)
         from jsonb_array_elements(?::jsonb) with ordinality as e(value, n) order by e.n)
     select (select updated_at from moved) as updated_at`,
    [move.unitId, move.status, dueAt, caseId, move.unitId, move.status, dueAt, caseId, JSON.stringify(move.events)],
  );
  return row.updated_at === null ? null : new Date(row.updated_at);
}

/**
 * A unit's queue page with its total in one statement, over an index in the queue's order. The total comes from the
 * status summary (exact, kept by the database) unless a filter needs the rows themselves.
 */
export async function queuePage(em: EntityManager, query: QueueQuery, limit: number) {
  const conditions = [`c.unit_id = ?`, `c.status <> 'DRAFT'`];
  const params: unknown[] = [query.unitId];
  const summaryConditions = [`s.unit_id = ?`, `s.status <> 'DRAFT'`];
  const summaryParams: unknown[] = [query.unitId];
  // statuses and types are columns of both the cases and their status summary
  const inBoth = (column: 'status' | 'type', values: readonly string[]) => {
    conditions.push(`c.${column} in (?)`);
    params.push(values);
    summaryConditions.push(`s.${column} in (?)`);
    summaryParams.push(values);
  };
  if (query.statuses?.length) inBoth('status', query.statuses);
  if (query.types?.length) inBoth('type', query.types);
  if (query.overdueBefore) {
    conditions.push('c.due_at < ?');
    params.push(query.overdueBefore);
  }
  if (query.assignedTo) {
    conditions.push('c.assigned_to_id = ?');
    params.push(query.assignedTo);
  }
  const search = query.search;
  if (search) {
    // the worker's application reference (caseReference) finds the case before it has a number
    conditions.push(
      `(c.applicant_name ilike ? or c.case_number ilike ? or upper(left(regexp_replace(c.client_id, '[^A-Za-z0-9]', '', 'g'), 8)) = ?)`,
    );
    const pattern = containsPattern(search);
    params.push(pattern, pattern, search.replace(/[^A-Za-z0-9]/g, '').toUpperCase());
  }
  // the summary has no due dates, assignees or names: any of those filters counts the rows themselves
  const summaryCovers = conditions.length === summaryConditions.length;
  const byDue = query.byDue;
  // the same expressions as the queue indexes (migration QueueIndexes), so a page is an index range scan
  const sortKey = byDue ? `coalesce(c.due_at, 'infinity'::timestamptz)` : `coalesce(c.submitted_at, c.created_at)`;
  const where = conditions.join(' and ');
  const count = summaryCovers
    ? { sql: `select coalesce(sum(s.n), 0) from stat_case_status s where ${summaryConditions.join(' and ')}`, params: summaryParams }
    : { sql: `select count(*) from aid_case c where ${where}`, params };
  const pageConditions = [...conditions];
  const pageParams = [...params];
  if (query.after) {
    const [key, id] = query.after;
    pageConditions.push(`(${sortKey}, c.id) ${byDue ? '>' : '<'} (?::timestamptz, ?::bigint)`);
    pageParams.push(key, id);
  }
  const rows = await em.execute<Record<string, unknown>[]>(
    `select c.*, ${sortKey} as sort_key, (${count.sql})::int as total_count from aid_case c where ${pageConditions.join(' and ')}
       order by ${sortKey} ${byDue ? 'asc' : 'desc'}, c.id ${byDue ? 'asc' : 'desc'} limit ${limit + 1}`,
    [...count.params, ...pageParams],
  );
  // past the last page there is no row to carry the total
  const total = rows.length
    ? Number(rows[0].total_count)
    : Number((await em.execute<{ n: string }[]>(`select (${count.sql}) as n`, count.params))[0].n);
  return { rows, total };
}

/** A closed unit's open cases continue at the receiving unit, unassigned. */
export const moveOpenCases = (em: EntityManager, fromUnitId: string, toUnitId: string) =>
  em.execute<{ id: string; status: CaseStatus }[]>(
    `update aid_case set unit_id = ?, assigned_to_id = null, updated_at = now()
     where unit_id = ? and status not in ('CLOSED', 'WITHDRAWN') returning id::text, status`,
    [toUnitId, fromUnitId],
  );

/**
 * Money approved this year of the same aid type to the household of the case's file, other than this case, in the
 * statuses that count: every file (open or cancelled, at any unit) naming someone this file names (domain.md §12).
 */
export async function approvedThisYear(
  em: EntityManager,
  aidCase: { id: string; fileId?: string | null; type: AidType },
  counted: CaseStatus[],
  yearStart: Date,
): Promise<number> {
  // past the caller's row scope (RowLevelSecurity): the household's other files may be anywhere
  const [{ used }] = await em.execute<{ used: string }[]>(
    `select bangfu_household_approved_this_year(?, ?, ?, ?::text[], ?)::text as used`,
    [aidCase.fileId, aidCase.type, aidCase.id, `{${counted.join(',')}}`, yearStart],
  );
  return Number(used);
}

/** A yearly cap to hold households to: money of `type` approved since `yearStart` in the `counted` statuses. */
export interface YearlyCap {
  type: AidType;
  capFen: number;
  counted: CaseStatus[];
  yearStart: Date;
}

/** Of the households given (file, amount), how many the amount would take over the cap (approvedThisYear for each, in one statement). */
export async function householdsOverCap(
  em: EntityManager,
  lines: { fileId: string; amountFen: number }[],
  cap: YearlyCap,
): Promise<number> {
  if (!lines.length) return 0;
  const [{ over }] = await em.execute<{ over: number }[]>(
    `select count(*)::int as over from unnest(?::bigint[], ?::bigint[]) as r(file_id, amount)
     where bangfu_household_approved_this_year(r.file_id, ?, 0, ?::text[], ?) + r.amount > ?`,
    [
      `{${lines.map((line) => line.fileId).join(',')}}`,
      `{${lines.map((line) => line.amountFen).join(',')}}`,
      cap.type,
      `{${cap.counted.join(',')}}`,
      cap.yearStart,
      cap.capFen,
    ],
  );
  return over;
}

/** The next number of a unit's yearly case sequence. */
export async function nextCaseSequence(em: EntityManager, unitId: string, year: number): Promise<number> {
  const [{ last_value: sequence }] = await em.execute<{ last_value: number }[]>(
    `insert into case_number_counter (unit_id, year, last_value) values (?, ?, 1)
     on conflict (unit_id, year) do update set last_value = case_number_counter.last_value + 1
     returning last_value`,
    [unitId, year],
  );
  return sequence;
}

/**
 * Cases as other modules' queries may join them (id, case number, aid type), e.g. exports that list payments; `label`
 * is what readers call a case (the audit log): its number, or its title until it is accepted and numbered.
 */
export const CASE_LABELS = `(select id, case_number, type, coalesce(case_number, title) as label from aid_case)`;

/** Cases' statuses (id, status), for other modules' queries to join. */
export const CASE_STATES = `(select id, status from aid_case)`;

/** Cases with the account following them and what its messages name them (id, status, applicant_user_id, title, case_number). */
export const CASE_APPLICANTS = `(select id, status, applicant_user_id, title, case_number from aid_case)`;

// ---- the per-unit summaries the case triggers keep (migrations), checked and rebuilt from the base tables ----

/** The flow figures of stat_case_daily as aggregates over timeline events `e`, in the table's column order. */
export const FLOW_AGGREGATES = `
    count(*) filter (where e.action = 'submit')::int as submitted,
    count(*) filter (where e.action in ('approve', 'reject'))::int as decided,
    count(*) filter (where e.action = 'approve')::int as approved,
    count(*) filter (where e.action = 'reject')::int as rejected,
    count(*) filter (where e.action = 'close')::int as closed,
    coalesce(sum((e.data ->> 'amountFen')::bigint) filter (where e.action = 'approve'), 0)::bigint as approved_fen,
    (coalesce(sum((e.data ->> 'amountFen')::bigint) filter (where e.action = 'disburse'), 0)
      - coalesce(sum((e.data ->> 'amountFen')::bigint) filter (where e.action = 'paymentReversed'), 0))::bigint as paid_fen,
    count(*) filter (where e.action = 'rate')::int as rated,
    count(*) filter (where e.action = 'rate' and (e.data ->> 'score')::int >= 4)::int as satisfied`;

const FLOW_COLUMNS = 'submitted, decided, approved, rejected, closed, approved_fen, paid_fen, rated, satisfied';
const NON_ZERO_FLOW = `(${FLOW_COLUMNS}) <> (0, 0, 0, 0, 0, 0, 0, 0, 0)`;

/** The daily flows straight from the timeline. */
const LIVE_DAILY = `
  select * from (select e.unit_id, (e.occurred_at at time zone 'Asia/Shanghai')::date as day, c.type, ${FLOW_AGGREGATES}
  from case_event e join aid_case c on c.id = e.case_id
  group by 1, 2, 3) live
  where ${NON_ZERO_FLOW}`;

/** Days from first submission to each decision, straight from the timeline. */
const LIVE_DECISION_DAYS = `
  select e.unit_id, (e.occurred_at at time zone 'Asia/Shanghai')::date as day,
    floor(extract(epoch from e.occurred_at - f.first_submit) / 86400)::int as days, count(*)::int as n
  from case_event e join (select case_id, min(occurred_at) as first_submit from case_event where action = 'submit' group by case_id) f on f.case_id = e.case_id
  where e.action in ('approve', 'reject') group by 1, 2, 3`;

/** Each summary as the base tables compute it (truth) and as stored (summary): the two must be equal. */
export const CASE_SUMMARY_CHECKS = [
  {
    name: 'case status',
    truth: `select unit_id, status, type, count(*)::int as n from aid_case group by 1, 2, 3`,
    summary: `select unit_id, status, type, n from stat_case_status where n <> 0`,
  },
  {
    name: 'daily flows',
    truth: LIVE_DAILY,
    summary: `select unit_id, day, type, ${FLOW_COLUMNS} from stat_case_daily where ${NON_ZERO_FLOW}`,
  },
  { name: 'decision days', truth: LIVE_DECISION_DAYS, summary: `select unit_id, day, days, n from stat_decision_days where n <> 0` },
];

/** Statements that recompute the summaries from the base tables (data loaded with the triggers off, repairs). */
export const CASE_SUMMARY_REBUILD = [
  `delete from stat_case_status`,
  `delete from stat_case_daily`,
  `delete from stat_decision_days`,
  `insert into stat_case_status (unit_id, status, type, n) select unit_id, status, type, count(*) from aid_case group by 1, 2, 3`,
  `insert into stat_case_daily (unit_id, day, type, ${FLOW_COLUMNS}) ${LIVE_DAILY}`,
  `insert into stat_decision_days (unit_id, day, days, n) ${LIVE_DECISION_DAYS}`,
];

/** Open cases past their deadline per holding unit, counted live (they depend on the clock), for rollups to join. */
export const overdueByUnit = (openStatuses: CaseStatus[], now: Date) => ({
  sql: `(select unit_id, count(*) as n from aid_case where status in (?) and due_at < ? group by unit_id)`,
  params: [openStatuses, now] as unknown[],
});

/** Ratings per unit and day (unit_id, day, rated, satisfied), for other modules' queries to join. */
export const RATINGS_DAILY = `(select unit_id, day, rated, satisfied from stat_case_daily)`;

/** Cases registered by a unit from `from` to `to`, by aid type (which aid activities it ran). */
export const casesRegisteredByType = (em: EntityManager, originUnitId: string, from: Date, to: Date) =>
  em.execute<{ type: AidType; n: number }[]>(
    `select type, count(*)::int as n from aid_case where origin_unit_id = ? and submitted_at >= ? and submitted_at < ? group by type`,
    [originUnitId, from, to],
  );

/** A file's cases as its printed card lists them: what was asked, decided and paid (net of returned payments). */
export const fileAidHistory = (em: EntityManager, fileId: string) =>
  em.execute<
    {
      case_number: string | null;
      type: AidType;
      status: CaseStatus;
      approved_amount_fen: string | null;
      paid_fen: string;
      submitted_at: Date | null;
      decided_at: Date | null;
    }[]
  >(
    `select c.case_number, c.type, c.status, c.approved_amount_fen::text, c.submitted_at, c.decided_at,
            coalesce((select sum(case when e.action = 'disburse' then 1 else -1 end * (e.data ->> 'amountFen')::bigint)
                      from case_event e where e.case_id = c.id and e.action in ('disburse', 'paymentReversed')), 0)::text as paid_fen
     from aid_case c where c.file_id = ? and c.status <> 'DRAFT' order by coalesce(c.submitted_at, c.created_at), c.id`,
    [fileId],
  );

/** A case as its unit's public notice shows it (公示); the name is masked where it is shown. */
export interface PublicNotice {
  caseId: string;
  caseNumber: string | null;
  applicantName: string;
  type: AidType;
  amountFen: number;
  noticeEndsAt: Date;
  objectionOpen: boolean;
}

/** A unit's notice is public to anyone who can see the unit: read past the caller's row scope, these columns only. */
export async function publicNoticesOf(em: EntityManager, unitId: string): Promise<PublicNotice[]> {
  const rows = await em.execute<
    {
      id: string;
      case_number: string | null;
      applicant_name: string;
      type: AidType;
      approved_amount_fen: string | null;
      notice_ends_at: string;
      objection_open: boolean;
    }[]
  >(
    `select id::text, case_number, applicant_name, type, approved_amount_fen::text, notice_ends_at, objection_open from bangfu_public_notices(?)`,
    [unitId],
  );
  return rows.map((row) => ({
    caseId: row.id,
    caseNumber: row.case_number,
    applicantName: row.applicant_name,
    type: row.type,
    amountFen: Number(row.approved_amount_fen ?? 0),
    noticeEndsAt: new Date(row.notice_ends_at),
    objectionOpen: row.objection_open,
  }));
}

export interface CreatedCampaignCase {
  id: string;
  fileId: string;
  caseNumber: string;
  status: CaseStatus;
  applicantUserId: string | null;
}

export interface CampaignCaseRow {
  key: string;
  fileId: string;
  amountFen: number;
}

/**
 * Roster lines of an approved roster become aid cases in one statement each step (domain.md §9): numbered from the
 * unit's yearly sequence, proposed by who submitted and approved by who approved, straight into public notice (or
 * READY_TO_PAY without one), each with the events its timeline shows. The file's person's account, if any, follows it.
 */
export async function insertCampaignCases(
  em: EntityManager,
  rows: CampaignCaseRow[],
  common: {
    unitId: string;
    unitCode: string;
    year: number;
    campaignId: string;
    type: AidType;
    title: string;
    createdById: string;
    proposedById: string;
    proposerRole: string;
    approvedById: string;
    approverRole: string;
    now: Date;
    noticeEndsAt: Date | null;
  },
): Promise<CreatedCampaignCase[]> {
  if (!rows.length) return [];
  const [{ last }] = await em.execute<{ last: number }[]>(
    `insert into case_number_counter (unit_id, year, last_value) values (?, ?, ?)
     on conflict (unit_id, year) do update set last_value = case_number_counter.last_value + excluded.last_value
     returning last_value as last`,
    [common.unitId, common.year, rows.length],
  );
  const first = last - rows.length + 1;
  const status = common.noticeEndsAt ? 'PUBLIC_NOTICE' : 'READY_TO_PAY';
  const created = await em.execute<{ id: string; file_id: string; case_number: string; applicant_user_id: string | null }[]>(
    `insert into aid_case (case_number, client_id, created_by_id, applicant_user_id, type, channel, status, unit_id, origin_unit_id,
                           file_id, applicant_name, title, proposed_amount_fen, proposed_by_id, approved_amount_fen, approved_by_id,
                           decided_at, accepted_at, submitted_at, notice_ends_at, campaign_id)
     select ? || '-' || ? || '-' || lpad((? + r.n - 1)::text, 6, '0'), r.client_id, ?, a.id, ?, 'CAMPAIGN', ?, ?, ?,
            f.id, f.person_name, ?, r.amount, ?, r.amount, ?, ?, ?, ?, ?, ?
     from unnest(?::bigint[], ?::bigint[], ?::text[]) with ordinality as r(file_id, amount, client_id, n)
     join ${FILE_PERSONS} f on f.id = r.file_id
     left join ${ACCOUNTS_BY_PERSON} a on a.id_number_hash = f.id_number_hash
     order by r.n
     returning id::text, file_id::text, case_number, applicant_user_id::text`,
    [
      common.unitCode,
      common.year,
      first,
      common.createdById,
      common.type,
      status,
      common.unitId,
      common.unitId,
      common.title,
      common.proposedById,
      common.approvedById,
      common.now,
      common.now,
      common.now,
      common.noticeEndsAt,
      common.campaignId,
      `{${rows.map((row) => row.fileId).join(',')}}`,
      `{${rows.map((row) => row.amountFen).join(',')}}`,
      `{${rows.map((row) => row.key).join(',')}}`,
    ],
  );
  const ids = `{${created.map((row) => row.id).join(',')}}`;
  const events: [actorId: string | null, role: string, action: string, from: string, to: string][] = [
    [common.proposedById, common.proposerRole, 'listOnRoster', 'PROPOSED', 'PROPOSED'],
    [common.approvedById, common.approverRole, 'approve', 'PROPOSED', 'APPROVED'],
    [null, 'SYSTEM', status === 'PUBLIC_NOTICE' ? 'publicNotice' : 'noticeSkipped', 'APPROVED', status],
  ];
  for (const [actorId, role, action, from, to] of events) {
    await em.execute(
      `insert into case_event (case_id, actor_id, actor_role, action, from_status, to_status, data, unit_id, occurred_at)
       select c.id, ?::bigint, ?::text, ?::text, ?::text, ?::text,
              case when ?::text = 'approve' then jsonb_build_object('amountFen', c.approved_amount_fen) end, c.unit_id, ?::timestamptz
       from aid_case c where c.id = any (?::bigint[])`,
      [actorId, role, action, action === 'listOnRoster' ? null : from, to, action, common.now, ids],
    );
  }
  return created.map((row) => ({
    id: row.id,
    fileId: row.file_id,
    caseNumber: row.case_number,
    status,
    applicantUserId: row.applicant_user_id,
  }));
}

export interface PayableCase {
  id: string;
  fileId: string;
  amountFen: number;
  caseNumber: string | null;
  title: string;
  applicantUserId: string | null;
}

/**
 * Of the cases named, those READY_TO_PAY with a file, locked FOR UPDATE in id order: a batch payout holds them as a
 * single payout holds its one case, so the two never pay one case twice.
 */
export async function lockPayableCases(em: EntityManager, caseIds: string[]): Promise<PayableCase[]> {
  const rows = await em.execute<
    { id: string; file_id: string; amount: string; case_number: string | null; title: string; applicant_user_id: string | null }[]
  >(
    `select c.id::text, c.file_id::text, c.approved_amount_fen::text as amount, c.case_number, c.title, c.applicant_user_id::text
     from aid_case c where c.id = any (?::bigint[]) and c.status = 'READY_TO_PAY' and c.file_id is not null order by c.id for update`,
    [`{${caseIds.join(',')}}`],
  );
  return rows.map((row) => ({
    id: row.id,
    fileId: row.file_id,
    amountFen: Number(row.amount),
    caseNumber: row.case_number,
    title: row.title,
    applicantUserId: row.applicant_user_id,
  }));
}

/** Paid cases move to DISBURSED with the `disburse` entry a single payout writes (the rollups count its amount). */
export async function markCasesDisbursed(
  em: EntityManager,
  paid: { caseId: string; amountFen: number }[],
  common: { actorId: string; actorRole: string; method: string; fundUnitId: string; now: Date },
): Promise<void> {
  await em.execute(
    `with moved as (
       update aid_case c set status = 'DISBURSED', due_at = null from unnest(?::bigint[], ?::bigint[]) as r(case_id, amount)
       where c.id = r.case_id and c.status = 'READY_TO_PAY' returning c.id, c.unit_id, c.instalments, r.amount
     )
     insert into case_event (case_id, actor_id, actor_role, action, from_status, to_status, data, unit_id, occurred_at)
     select id, ?, ?, 'disburse', 'READY_TO_PAY', 'DISBURSED',
            jsonb_build_object('amountFen', amount, 'instalmentNo', 1, 'instalments', instalments, 'method', ?::text, 'fundUnitId', ?::text),
            unit_id, ? from moved order by id`,
    [
      `{${paid.map((row) => row.caseId).join(',')}}`,
      `{${paid.map((row) => row.amountFen).join(',')}}`,
      common.actorId,
      common.actorRole,
      common.method,
      common.fundUnitId,
      common.now,
    ],
  );
}

/** The statuses of the cases named, by id. */
export async function caseStatuses(em: EntityManager, caseIds: string[]): Promise<Map<string, CaseStatus>> {
  if (!caseIds.length) return new Map();
  const rows = await em.execute<{ id: string; status: CaseStatus }[]>(
    `select c.id::text, c.status from aid_case c where c.id = any (?::bigint[])`,
    [`{${caseIds.join(',')}}`],
  );
  return new Map(rows.map((row) => [row.id, row.status]));
}

/** Cases of a subtree changed in a window, for the exchange export. */
export const casesChanged = (em: EntityManager, window: ChangeWindow) =>
  em.execute<
    {
      id: string;
      case_number: string | null;
      file_id: string | null;
      unit_code: string;
      origin_unit_code: string;
      applicant_name: string;
      type: string;
      channel: string;
      status: string;
      requested_amount_fen: string | null;
      approved_amount_fen: string | null;
      campaign_id: string | null;
      submitted_at: Date | null;
      decided_at: Date | null;
      closed_at: Date | null;
      created_at: Date;
      updated_at: Date;
    }[]
  >(
    `select c.id::text, c.case_number, c.file_id::text, u.code as unit_code, o.code as origin_unit_code, c.applicant_name, c.type,
            c.channel, c.status, c.requested_amount_fen::text, c.approved_amount_fen::text, c.campaign_id::text, c.submitted_at,
            c.decided_at, c.closed_at, c.created_at, c.updated_at
     from aid_case c join unit u on u.id = c.unit_id join unit o on o.id = c.origin_unit_id
     where ${changedIn('c.updated_at', 'c.id')} order by c.id limit ${Number(window.limit)}`,
    changeWindowParams(window),
  );
