import { addWorkingDays, idNumberCheckChar, isMoneyAid, shanghaiYear, type AidType, type CaseStatus, type UnitLevel } from '@bangfu/shared';
import { DEFAULT_AID_POLICY } from '@bangfu/server/modules/cases/aid-policy.js';
import type { Cell } from './copy.js';
import type { Random } from './random.js';

// Case timelines as a union's year produces them: shared by the benchmark dataset (data.ts) and the demo network's
// year of history (history.ts).

const DAY = 86_400_000;
const NAMES_FAMILY =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const NAMES_GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华玉兰红梅志强海燕晓东春燕小红文';
export const TYPE_WEIGHTS: [AidType, number][] = [
  ['LIVING', 30],
  ['MEDICAL', 22],
  ['EDUCATION', 14],
  ['DISASTER', 3],
  ['ACCIDENT', 5],
  ['LEGAL_AID', 8],
  ['EMPLOYMENT', 7],
  ['TRAINING', 5],
  ['PETITION', 3],
  ['MUTUAL_MEDICAL', 2],
  ['OTHER', 1],
];
export const TYPE_LABEL: Record<AidType, string> = {
  LIVING: '生活救助',
  MEDICAL: '医疗救助',
  EDUCATION: '助学',
  DISASTER: '灾害救助',
  ACCIDENT: '意外救助',
  LEGAL_AID: '法律援助',
  EMPLOYMENT: '就业援助',
  TRAINING: '技能培训',
  PETITION: '来信来访',
  MUTUAL_MEDICAL: '职工互助医疗',
  OTHER: '其他',
};

export const FILE_CATEGORY_WEIGHTS = [
  ['DEEP', 30],
  ['RELATIVE', 50],
  ['ACCIDENTAL', 20],
] as const;

/** The birth date a GB 11643 ID number carries (YYYY-MM-DD). */
export const birthDateOf = (idNumber: string): string => `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;

/** The sex a GB 11643 ID number carries (its 17th digit: odd for men). */
export const sexOf = (idNumber: string): 'MALE' | 'FEMALE' => (Number(idNumber[16]) % 2 ? 'MALE' : 'FEMALE');

/** The columns a generated hardship file is written with (COPY), in this order. */
export const FILE_COLUMNS = [
  'id',
  'unit_id',
  'status',
  'category',
  'causes',
  'person_name',
  'id_number_enc',
  'id_number_hash',
  'birth_date',
  'sex',
  'phone',
  'union_member',
  'address',
  'household_enc',
  'household_size',
  'recipient_hashes',
  'cancel_reason',
  'created_by_id',
  'created_at',
  'updated_at',
];

/** What a timeline needs of a unit: who works there, who heads it, and which fund pays its cases. */
export interface TimelineUnit {
  id: number;
  level: UnitLevel;
  code: string;
  staffId: number;
  headId: number;
  fundUnitId: number;
}

export interface CaseEvent {
  action: string;
  from: CaseStatus | null;
  to: CaseStatus | null;
  at: Date;
  unitId: number;
  actorId: number | null;
  actorRole: string;
  data: Record<string, unknown> | null;
  comment?: string;
}

export interface Payout {
  fundUnitId: number;
  caseId: number;
  at: number;
  amountFen: number;
  recipientName: string;
  recipientHash: string | null;
  paidById: number;
  receivedAt: Date | null;
}

export const randomName = (random: Random) =>
  random.pick([...NAMES_FAMILY]) + random.pick([...NAMES_GIVEN]) + (random.chance(0.6) ? random.pick([...NAMES_GIVEN]) : '');

/** A GB 11643 ID number, unique for each `index` (birth day and sequence are derived from it). */
export function idNumberFor(index: number, random: Random): string {
  const region = random.pick(['371302', '371311', '371312', '371321', '371322', '371323', '370102', '370202']);
  const birth = new Date(Date.UTC(1962, 0, 1) + (index % 14_600) * DAY);
  const sequence = String(Math.floor(index / 14_600) % 1000).padStart(3, '0');
  const body = `${region}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${sequence}`;
  return body + idNumberCheckChar(body);
}

/**
 * The steps a case would take from submission to its end, with random branches (returned and resubmitted,
 * escalated to the parent, rejected, withdrawn). The caller keeps the steps that happened before "today".
 */
export function casePath(
  random: Random,
  type: AidType,
  start: number,
  origin: TimelineUnit,
  parentOf: (unit: TimelineUnit) => TimelineUnit | null,
  applicantId: number | null,
) {
  const money = isMoneyAid(type);
  const steps: CaseEvent[] = [];
  let at = start;
  let unit = origin;
  const later = (minHours: number, maxHours: number) => {
    at += random.int(minHours * 60, maxHours * 60) * 60_000;
    return new Date(at);
  };
  const staff = (
    action: string,
    from: CaseStatus | null,
    to: CaseStatus | null,
    data: Record<string, unknown> | null = null,
    hours: [number, number] = [2, 72],
  ) => steps.push({ action, from, to, at: later(...hours), unitId: unit.id, actorId: unit.staffId, actorRole: 'STATION_STAFF', data });
  const head = (action: string, from: CaseStatus, to: CaseStatus | null, data: Record<string, unknown> | null = null) =>
    steps.push({ action, from, to, at: later(4, 96), unitId: unit.id, actorId: unit.headId, actorRole: 'UNIT_HEAD', data });
  const system = (action: string, from: CaseStatus, to: CaseStatus, hours: [number, number], data: Record<string, unknown> | null = null) =>
    steps.push({ action, from, to, at: later(...hours), unitId: unit.id, actorId: null, actorRole: 'SYSTEM', data });
  const applicant = (
    action: string,
    from: CaseStatus | null,
    to: CaseStatus | null,
    data: Record<string, unknown> | null = null,
    hours: [number, number] = [0, 0],
  ) =>
    steps.push({
      action,
      from,
      to,
      at: later(...hours),
      unitId: unit.id,
      actorId: applicantId ?? origin.staffId,
      actorRole: applicantId ? 'WORKER' : 'STATION_STAFF',
      data,
    });

  applicant('create', null, 'DRAFT');
  applicant('submit', 'DRAFT', 'SUBMITTED', null, [0, 2]);
  if (random.chance(0.06)) {
    staff('return', 'SUBMITTED', 'RETURNED', { missingItems: ['INCOME_PROOF'] });
    if (random.chance(0.15)) return steps;
    applicant('resubmit', 'RETURNED', 'SUBMITTED', null, [12, 240]);
  }
  const withdrawAt = random.chance(0.03) ? random.int(2, 5) : -1;
  const maybeWithdraw = (from: CaseStatus) => {
    if (steps.length !== withdrawAt) return false;
    applicant('withdraw', from, 'WITHDRAWN', null, [6, 120]);
    return true;
  };
  staff('accept', 'SUBMITTED', 'ACCEPTED', null, [1, 60]);
  if (maybeWithdraw('ACCEPTED')) return steps;
  staff('startReview', 'ACCEPTED', 'UNDER_REVIEW');
  if (random.chance(0.5)) staff('recordVisit', 'UNDER_REVIEW', null);
  if (maybeWithdraw('UNDER_REVIEW')) return steps;
  const amountFen = money ? random.int(10, 500) * 1000 : null;
  staff('propose', 'UNDER_REVIEW', 'PROPOSED', amountFen ? { amountFen } : null);
  const parent = parentOf(unit);
  if (parent && unit.level !== 'DISTRICT' && random.chance(0.03)) {
    head('escalate', 'PROPOSED', 'ESCALATED', { toUnitId: String(parent.id) });
    const from = unit;
    unit = parent;
    // the street's proposal goes up with the case, and the parent decides on it
    system('arrive', 'ESCALATED', 'PROPOSED', [0, 0], { fromUnitId: String(from.id) });
  }
  if (maybeWithdraw('PROPOSED')) return steps;
  if (random.chance(0.12)) {
    head('reject', 'PROPOSED', 'REJECTED');
    staff('close', 'REJECTED', 'CLOSED');
  } else if (money) {
    head('approve', 'PROPOSED', 'APPROVED', { amountFen });
    system('publicNotice', 'APPROVED', 'PUBLIC_NOTICE', [0, 0]);
    system('noticeEnded', 'PUBLIC_NOTICE', 'READY_TO_PAY', [120, 168]);
    staff(
      'disburse',
      'READY_TO_PAY',
      'DISBURSED',
      { amountFen, instalmentNo: 1, instalments: 1, method: 'BANK_TRANSFER', fundUnitId: String(unit.fundUnitId) },
      [2, 120],
    );
    applicant('confirmReceipt', 'DISBURSED', 'RECEIVED', { instalmentNo: 1, amountFen }, [2, 96]);
    staff('close', 'RECEIVED', 'CLOSED');
  } else {
    head('approve', 'PROPOSED', 'APPROVED');
    staff('startService', 'APPROVED', 'IN_SERVICE');
    staff('completeService', 'IN_SERVICE', 'SERVICE_DONE', null, [48, 720]);
    staff('close', 'SERVICE_DONE', 'CLOSED');
  }
  if (random.chance(0.6))
    applicant(
      'rate',
      'CLOSED',
      null,
      {
        score: random.weighted([
          [5, 55],
          [4, 30],
          [3, 10],
          [2, 3],
          [1, 2],
        ]),
      },
      [2, 240],
    );
  return steps;
}

export interface WalkInput {
  random: Random;
  type: AidType;
  /** When the case starts, and "today" (epoch ms): the steps after it have not happened. */
  start: number;
  until: number;
  origin: TimelineUnit;
  unitOf: (id: number) => TimelineUnit;
  parentOf: (unit: TimelineUnit) => TimelineUnit | null;
  applicantId: number | null;
  fileId: number | null;
  person: { name: string; hash: string | null };
  /** Case numbers given so far, by `unit:year`. */
  counters: Map<string, number>;
}

/**
 * One case walked up to "today": its row (without id and client id), its timeline events (without the case id) and
 * the payouts it received, each with the fund that paid it.
 */
export function walkCase(input: WalkInput): { row: Record<string, Cell>; events: Cell[][]; payouts: Omit<Payout, 'caseId'>[] } {
  const { random, type, start, until, origin, parentOf, applicantId, fileId, person, counters } = input;
  const events: Cell[][] = [];
  const payouts: Omit<Payout, 'caseId'>[] = [];
  const steps = casePath(random, type, start, origin, parentOf, applicantId);
  // the past up to "today"; a few old cases stay stuck where they are (the overdue queue)
  let happened = steps.filter((step) => step.at.getTime() < until);
  if (happened.length > 2 && happened.length === steps.length && random.chance(0.01))
    happened = happened.slice(0, random.int(2, happened.length - 1));
  let status: CaseStatus = 'DRAFT';
  let unit = origin;
  const fields: Record<string, Cell> = {};
  for (const step of happened) {
    if (step.to) status = step.to;
    unit = input.unitOf(step.unitId);
    const amount = (step.data?.amountFen as number | undefined) ?? null;
    switch (step.action) {
      case 'submit':
        fields.submitted_at ??= step.at;
        break;
      case 'return':
        fields.return_reason = '请补充收入证明';
        fields.missing_items = JSON.stringify(['INCOME_PROOF']);
        break;
      case 'resubmit':
        fields.missing_items = '[]';
        break;
      case 'accept': {
        const year = shanghaiYear(step.at);
        const key = `${unit.id}:${year}`;
        const next = (counters.get(key) ?? 0) + 1;
        counters.set(key, next);
        fields.case_number = `${unit.code}-${year}-${String(next).padStart(6, '0')}`;
        fields.accepted_at = step.at;
        fields.assigned_to_id = unit.staffId;
        break;
      }
      case 'arrive':
        fields.accepted_at = step.at;
        fields.assigned_to_id = unit.staffId;
        break;
      case 'propose':
        fields.proposed_amount_fen = amount;
        fields.proposed_by_id = unit.staffId;
        fields.service_plan = amount ? null : '安排专人跟进服务';
        break;
      case 'approve':
        fields.approved_amount_fen = amount;
        fields.approved_by_id = unit.headId;
        fields.decided_at = step.at;
        break;
      case 'reject':
        fields.decided_at = step.at;
        fields.reject_reason = '不符合救助条件';
        break;
      case 'publicNotice':
        fields.notice_ends_at = new Date(step.at.getTime() + DEFAULT_AID_POLICY.noticeDays * DAY);
        break;
      case 'disburse':
        payouts.push({
          fundUnitId: unit.fundUnitId,
          at: step.at.getTime(),
          amountFen: amount!,
          recipientName: person.name,
          recipientHash: person.hash,
          paidById: unit.staffId,
          receivedAt: null,
        });
        break;
      case 'confirmReceipt':
        payouts.at(-1)!.receivedAt = step.at;
        break;
      case 'close':
        fields.closed_at = step.at;
        break;
      case 'rate':
        fields.rating = step.data!.score as number;
        fields.rated_at = step.at;
        break;
      case 'withdraw':
        fields.withdrawn_reason = '问题已解决';
        break;
    }
    events.push([
      step.at,
      step.actorId,
      step.actorRole,
      step.unitId,
      step.action,
      step.from,
      step.to,
      step.data ? JSON.stringify(step.data) : null,
    ]);
  }
  const submittedAt = fields.submitted_at as Date | undefined;
  const acceptedAt = fields.accepted_at as Date | undefined;
  const dueAt =
    status === 'SUBMITTED' && submittedAt
      ? addWorkingDays(submittedAt, DEFAULT_AID_POLICY.acceptWithinWorkingDays)
      : ['ACCEPTED', 'UNDER_REVIEW', 'PROPOSED'].includes(status) && acceptedAt
        ? addWorkingDays(acceptedAt, DEFAULT_AID_POLICY.decideWithinWorkingDays)
        : null;
  const createdAt = steps[0].at;
  const updatedAt = happened.at(-1)?.at ?? createdAt;
  const requested = isMoneyAid(type) ? random.int(10, 500) * 1000 : null;
  const row: Record<string, Cell> = {
    created_by_id: applicantId ?? origin.staffId,
    applicant_user_id: applicantId,
    type,
    channel: applicantId ? 'APP' : 'WALK_IN',
    status,
    unit_id: unit.id,
    origin_unit_id: origin.id,
    file_id: fileId,
    applicant_name: person.name,
    title: `${TYPE_LABEL[type]}申请`,
    description: '',
    requested_amount_fen: requested,
    missing_items: '[]',
    due_at: dueAt,
    created_at: createdAt,
    updated_at: updatedAt,
    ...fields,
  };
  return { row, events, payouts };
}
