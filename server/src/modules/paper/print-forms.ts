import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AID_TYPE_NAMES,
  CASE_EVENT_NAMES,
  CASE_STATUS_NAMES,
  CATEGORY_NAMES,
  CAUSE_NAMES,
  FILE_STATUS_NAMES,
  formatYuan,
  maskIdNumber,
  maskName,
  maskPhone,
  ROLE_NAMES,
  shanghaiDate,
  shanghaiDateTime,
  type Role,
} from '@bangfu/shared';
import type { Actor } from '../../common/actor.js';
import type { PrintedDocument } from '../../common/pdf.js';
import { User } from '../auth/user.entity.js';
import { lineStatus } from '../campaigns/campaign-export.js';
import type { CampaignService } from '../campaigns/campaign.service.js';
import type { CaseService } from '../cases/case.service.js';
import type { PayoutService } from '../funds/payout.service.js';
import { recordsUnit } from '../org/unit-access.js';
import { Unit } from '../org/unit.entity.js';
import { HardshipFile } from '../people/hardship-file.entity.js';
import type { HardshipFileService } from '../people/hardship-file.service.js';

export const PRINT_KINDS = ['FILE_CARD', 'APPROVAL_FORM', 'NOTICE', 'ROSTER', 'PAYOUT_BATCH'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

/** What a form prints, once the caller's access to it has been checked: the page frame, and the drawing. */
export interface LoadedForm {
  unit: Unit;
  title: string;
  reference: string;
  /** The record the form prints, for the audit trail. */
  entity: { type: string; id: string };
  draw: (pdf: PrintedDocument) => void;
}

export interface FormSources {
  em: EntityManager;
  files: HardshipFileService;
  cases: CaseService;
  campaigns: CampaignService;
  payouts: PayoutService;
  now: Date;
}

const zh = 'zh-CN';
const yuan = (fen: number | string | null | undefined) => (fen === null || fen === undefined ? '—' : formatYuan(Number(fen)));
const day = (at: Date | string | null | undefined) => (at ? shanghaiDate(new Date(at)) : '—');

async function namesOf(em: EntityManager, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const users = wanted.length ? await em.find(User, { id: { $in: wanted } }) : [];
  return new Map(users.map((user) => [user.id, user.name]));
}

/**
 * 困难职工档案卡: the person, the household, causes and category, and every case with what it was given. ID numbers and
 * the phone are masked on paper always; income figures print only for a reader who sees them on screen.
 */
async function fileCard(sources: FormSources, actor: Actor, fileId: string): Promise<LoadedForm> {
  const { file, access } = await sources.files.get(actor, fileId);
  const unit = await sources.em.findOneOrFail(Unit, { id: file.unitId });
  const household = sources.files.household(file, access);
  const history = await sources.cases.fileAidHistory(file.id);
  const full = access === 'FULL';
  return {
    unit,
    title: '困难职工档案卡',
    reference: `DA-${unit.code}-${file.id}`,
    entity: { type: 'HardshipFile', id: file.id },
    draw: (pdf) => {
      pdf.title(unit.name).fields([
        ['姓名', file.personName],
        ['性别', file.sex === 'MALE' ? '男' : file.sex === 'FEMALE' ? '女' : '—'],
        ['身份证号', sources.files.maskedIdNumber(file)],
        ['出生日期', file.birthDate],
        ['联系电话', file.phone ? maskPhone(file.phone) : '—'],
        ['工作单位', file.employerName ?? '—'],
        ['工会会员', file.unionMember ? '是' : '否'],
        ['家庭住址', file.address ?? '—'],
        ['困难类别', CATEGORY_NAMES[zh][file.category]],
        ['致困原因', file.causes.map((cause) => CAUSE_NAMES[zh][cause]).join('、') || '—'],
        ['档案状态', FILE_STATUS_NAMES[zh][file.status]],
        ['建档日期', day(file.createdAt)],
        ['上次复核', day(file.reviewedAt)],
        ['实名核验', file.identityVerifiedAt ? day(file.identityVerifiedAt) : '未核验'],
      ]);
      pdf.heading(`家庭成员（家庭人口 ${file.householdSize} 人）`).table(
        [
          { header: '姓名', width: 0.2 },
          { header: '关系', width: 0.15 },
          { header: '身份证号', width: 0.35 },
          { header: '月收入（元）', width: 0.3, align: 'right' },
        ],
        household.members.length
          ? household.members.map((member) => [
              member.name,
              member.relation,
              member.idNumber ? maskIdNumber(member.idNumber) : '—',
              full ? yuan(member.monthlyIncomeFen) : '（不显示）',
            ])
          : [['（无）', '', '', '']],
      );
      if (full)
        pdf.paragraph(
          `家庭月收入 ${yuan(household.totalMonthlyIncomeFen)} 元，人均 ${yuan(household.perCapitaIncomeFen)} 元；` +
            `当地最低生活保障标准 ${household.minimumLivingStandardFen === null ? '—' : `${yuan(household.minimumLivingStandardFen)} 元`}；` +
            `住房 ${household.housing ?? '—'}。`,
        );
      pdf.heading('帮扶记录').table(
        [
          { header: '事项编号', width: 0.3 },
          { header: '帮扶类型', width: 0.14 },
          { header: '状态', width: 0.11 },
          { header: '批准（元）', width: 0.15, align: 'right' },
          { header: '已发放（元）', width: 0.15, align: 'right' },
          { header: '申请日期', width: 0.15 },
        ],
        history.length
          ? history.map((row) => [
              row.case_number ?? '—',
              AID_TYPE_NAMES[zh][row.type],
              CASE_STATUS_NAMES[zh][row.status],
              yuan(row.approved_amount_fen),
              yuan(row.paid_fen),
              day(row.submitted_at),
            ])
          : [['（无）', '', '', '', '', '']],
      );
      pdf.signatures(['经办人', '单位负责人（签字）', '建档单位（盖章）', '日期']);
    },
  };
}

/** 帮扶审批表: the application, the home visits, and every step with who took it and when, for signing and filing. */
async function approvalForm(sources: FormSources, actor: Actor, caseId: string): Promise<LoadedForm> {
  const aidCase = await sources.cases.get(actor, caseId);
  const unit = await sources.em.findOneOrFail(Unit, { id: aidCase.unitId });
  const [events, visits] = await Promise.all([sources.cases.events(aidCase.id), sources.cases.visits(aidCase.id)]);
  const file = aidCase.fileId ? await sources.em.findOne(HardshipFile, { id: aidCase.fileId }) : null;
  const names = await namesOf(sources.em, [...events.map((event) => event.actorId), ...visits.map((visit) => visit.visitorId)]);
  const units = new Map(
    (await sources.em.find(Unit, { id: { $in: [...new Set(events.map((event) => event.unitId))] } })).map((each) => [each.id, each.name]),
  );
  const who = (actorId: string | null | undefined, role: string | null | undefined) =>
    [actorId ? names.get(actorId) : null, role && role in ROLE_NAMES[zh] ? ROLE_NAMES[zh][role as Role] : role === 'SYSTEM' ? '系统' : null]
      .filter(Boolean)
      .join(' / ') || '—';
  return {
    unit,
    title: '困难职工帮扶审批表',
    reference: aidCase.caseNumber ?? `case-${aidCase.id}`,
    entity: { type: 'AidCase', id: aidCase.id },
    draw: (pdf) => {
      pdf.title(`${unit.name}  事项编号 ${aidCase.caseNumber ?? '（未编号）'}`).fields([
        ['申请人', aidCase.applicantName],
        ['身份证号', file ? sources.files.maskedIdNumber(file) : '—'],
        ['帮扶类型', AID_TYPE_NAMES[zh][aidCase.type]],
        ['当前状态', CASE_STATUS_NAMES[zh][aidCase.status]],
        ['申请金额（元）', yuan(aidCase.requestedAmountFen)],
        ['拟帮扶金额（元）', yuan(aidCase.proposedAmountFen)],
        ['批准金额（元）', yuan(aidCase.approvedAmountFen)],
        ['分期', aidCase.instalments > 1 ? `${aidCase.instalments} 期` : '一次'],
        ['提交时间', aidCase.submittedAt ? shanghaiDateTime(aidCase.submittedAt) : '—'],
        ['决定时间', aidCase.decidedAt ? shanghaiDateTime(aidCase.decidedAt) : '—'],
      ]);
      pdf.heading('申请事由').paragraph(`${aidCase.title}${aidCase.description ? `：${aidCase.description}` : ''}`);
      if (aidCase.servicePlan) pdf.heading('帮扶方案').paragraph(aidCase.servicePlan);
      pdf.heading('入户调查').table(
        [
          { header: '日期', width: 0.16 },
          { header: '调查人', width: 0.16 },
          { header: '核实情况', width: 0.54 },
          { header: '家庭情况属实', width: 0.14 },
        ],
        visits.length
          ? visits.map((visit) => [
              day(visit.visitedAt),
              names.get(visit.visitorId) ?? '—',
              visit.findings,
              visit.householdVerified ? '是' : '否',
            ])
          : [['（无）', '', '', '']],
      );
      pdf.heading('办理过程').table(
        [
          { header: '时间', width: 0.19 },
          { header: '环节', width: 0.15 },
          { header: '经办人', width: 0.23 },
          { header: '单位', width: 0.23 },
          { header: '意见 / 金额', width: 0.2 },
        ],
        events.map((event) => {
          const amount = typeof event.data?.amountFen === 'number' ? `${yuan(event.data.amountFen)} 元` : '';
          return [
            shanghaiDateTime(event.occurredAt),
            CASE_EVENT_NAMES[zh][event.action] ?? event.action,
            who(event.actorId, event.actorRole),
            units.get(event.unitId) ?? '—',
            [event.comment, amount].filter(Boolean).join('；'),
          ];
        }),
        { size: 9 },
      );
      pdf.signatures(['经办人', '审核人', '单位负责人（签字）', '日期']);
    },
  };
}

/** 公示表: a unit's cases on notice now, names masked, in type large enough to read on a wall. */
async function noticePoster(sources: FormSources, actor: Actor, unitId: string): Promise<LoadedForm> {
  // the notice is public, its printout is the station's own work: readers of the unit's records
  const unit = await recordsUnit(sources.em, actor, unitId);
  const notices = await sources.cases.publicNotices(actor, unit.id);
  const today = shanghaiDate(sources.now);
  return {
    unit,
    title: '困难职工帮扶公示',
    reference: `GS-${unit.code}-${today}`,
    entity: { type: 'Unit', id: unit.id },
    draw: (pdf) => {
      pdf.title(unit.name, 26);
      pdf.paragraph(
        '经个人申请、入户调查核实和单位集体研究，拟对以下困难职工给予帮扶，现予公示。公示期内如有异议，请向本单位实名反映，我们将及时核实处理。',
        15,
      );
      pdf.table(
        [
          { header: '序号', width: 0.1, align: 'center' },
          { header: '姓名', width: 0.2 },
          { header: '帮扶类型', width: 0.25 },
          { header: '金额（元）', width: 0.2, align: 'right' },
          { header: '公示截止', width: 0.25 },
        ],
        notices.length
          ? notices.map((notice, index) => [
              String(index + 1),
              maskName(notice.applicantName),
              AID_TYPE_NAMES[zh][notice.type],
              yuan(notice.amountFen),
              day(notice.noticeEndsAt),
            ])
          : [['', '本期无公示事项', '', '', '']],
        { size: 15 },
      );
      pdf.paragraph(`公示单位：${unit.name}${unit.hotline ? `  监督电话：${unit.hotline}` : ''}  公示日期：${today}`, 13);
    },
  };
}

/** 花名册 of a campaign roster: one line a household, with a column the recipient signs when paid in cash. */
async function rosterSheet(sources: FormSources, actor: Actor, rosterId: string): Promise<LoadedForm> {
  const { campaign, roster, unit, rows } = await sources.campaigns.rosterSheet(actor, rosterId);
  const totalFen = rows.reduce((sum, row) => sum + Number(row.amount_fen), 0);
  return {
    unit,
    title: `${campaign.title} 花名册`,
    reference: `HMC-${unit.code}-${roster.id}`,
    entity: { type: 'Roster', id: roster.id },
    draw: (pdf) => {
      pdf.title(unit.name).table(
        [
          { header: '序号', width: 0.07, align: 'center' },
          { header: '姓名', width: 0.13 },
          { header: '困难类别', width: 0.13 },
          { header: '金额（元）', width: 0.14, align: 'right' },
          { header: '事项编号', width: 0.2 },
          { header: '状态', width: 0.13 },
          { header: '领取人签字', width: 0.2 },
        ],
        [
          ...rows.map((row, index) => [
            String(index + 1),
            row.person_name,
            CATEGORY_NAMES[zh][row.category as keyof (typeof CATEGORY_NAMES)['zh-CN']],
            yuan(row.amount_fen),
            row.case_number ?? '—',
            lineStatus(row),
            '',
          ]),
          ['合计', `${rows.length} 户`, '', yuan(totalFen), '', '', ''],
        ],
        { minRowHeight: 26 },
      );
      pdf.signatures(['经办人', '单位负责人（签字）', '发放日期', '单位（盖章）']);
    },
  };
}

/** A bank payout batch's lines as a list to file with the bank's receipt: accounts masked, each line's outcome. */
async function payoutSheet(sources: FormSources, actor: Actor, batchId: string): Promise<LoadedForm> {
  const { batch, unit, lines } = await sources.payouts.batchSheet(actor, batchId);
  const outcome = { ARRIVED: '已到账', FAILED: '失败' } as const;
  return {
    unit,
    title: '帮扶资金银行代发明细表',
    reference: batch.reference,
    entity: { type: 'PayoutBatch', id: batch.id },
    draw: (pdf) => {
      pdf.title(`${unit.name}  批次 ${batch.reference}`).table(
        [
          { header: '序号', width: 0.07, align: 'center' },
          { header: '收款人', width: 0.13 },
          { header: '开户行', width: 0.2 },
          { header: '账号', width: 0.16 },
          { header: '金额（元）', width: 0.13, align: 'right' },
          { header: '事项编号', width: 0.19 },
          { header: '结果', width: 0.12 },
        ],
        [
          ...lines.map((line) => [
            String(line.line_no),
            line.recipient_name,
            line.payee_bank,
            `**** ${line.payee_account_last4}`,
            yuan(line.amount_fen),
            line.case_number ?? '—',
            line.outcome ? `${outcome[line.outcome]}${line.bank_message ? `：${line.bank_message}` : ''}` : '待回盘',
          ]),
          ['合计', `${batch.lineCount} 笔`, '', '', yuan(batch.totalFen), '', ''],
        ],
        { size: 9 },
      );
      pdf.signatures(['经办人', '复核人', '单位负责人（签字）', '日期']);
    },
  };
}

export const PRINT_FORMS: Record<PrintKind, (sources: FormSources, actor: Actor, id: string) => Promise<LoadedForm>> = {
  FILE_CARD: fileCard,
  APPROVAL_FORM: approvalForm,
  NOTICE: noticePoster,
  ROSTER: rosterSheet,
  PAYOUT_BATCH: payoutSheet,
};
