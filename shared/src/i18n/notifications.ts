import type { CaseStatus, Language } from '../enums/index.js';
import { NEXT_STEP } from './case-status.js';

export const NOTIFICATION_KINDS = [
  'CASE_STATUS',
  'CASE_OVERDUE',
  'REVIEW_REMINDER',
  'REVIEW_OVERDUE',
  'RECEIPT_REMINDER',
  'PAYMENT_ARRIVED',
  'PAYMENT_FAILED',
  'RETURN_DUE',
  'RETURN_OVERDUE',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationParams = Record<string, string | number | null>;

/** The text of an inbox message (and its SMS), in the reader's language. */
export function notificationText(kind: NotificationKind, params: NotificationParams, lang: Language): string {
  const zh = lang === 'zh-CN';
  switch (kind) {
    case 'CASE_STATUS':
      return zh
        ? `您的申请“${params.title}”${params.caseNumber ? `（${params.caseNumber}）` : ''}有新进展：${NEXT_STEP[params.status as CaseStatus]['zh-CN']}`
        : `Your application "${params.title}"${params.caseNumber ? ` (${params.caseNumber})` : ''} moved on: ${NEXT_STEP[params.status as CaseStatus].en}`;
    case 'CASE_OVERDUE':
      return zh
        ? `案件 ${params.caseNumber ?? params.caseId} 已超过办理期限，请尽快处理。`
        : `Case ${params.caseNumber ?? params.caseId} is past its deadline; please act on it.`;
    case 'REVIEW_REMINDER':
      return zh
        ? `${params.year} 年度困难职工档案复核：本单位还有 ${params.due} 份待复核，截止 ${params.deadline}。`
        : `${params.year} annual file review: ${params.due} files of your unit still await review; deadline ${params.deadline}.`;
    case 'REVIEW_OVERDUE':
      return zh
        ? `${params.year} 年度复核已截止，本单位 ${params.overdue} 份档案逾期未复核。`
        : `The ${params.year} annual review has closed; ${params.overdue} files of your unit were not reviewed in time.`;
    case 'RECEIPT_REMINDER':
      return zh
        ? `“${params.title}”（${params.caseNumber}）的帮扶款已于 ${params.paidOn} 发放，请在“我的申请”中确认收到；如未收到，请联系站点。`
        : `The aid for "${params.title}" (${params.caseNumber}) was paid on ${params.paidOn}: please confirm in My applications that you received it, or contact your station if you did not.`;
    case 'PAYMENT_ARRIVED':
      return zh
        ? `“${params.title}”（${params.caseNumber}）的帮扶款 ${params.amount} 元已到账（尾号 ${params.lastFour}），请在“我的申请”中确认收到。`
        : `The aid of ¥${params.amount} for "${params.title}" (${params.caseNumber}) has arrived in your account ending ${params.lastFour}: please confirm receipt in My applications.`;
    case 'RETURN_DUE':
      return zh
        ? `${params.unit} ${params.period} 统计报表应于 ${params.dueOn} 前上报，请及时审核签报。`
        : `${params.unit}'s ${params.period} return is due by ${params.dueOn}: please sign it off in time.`;
    case 'RETURN_OVERDUE':
      return zh
        ? `${params.unit} ${params.period} 统计报表已超过上报期限（${params.dueOn}），请尽快上报。`
        : `${params.unit}'s ${params.period} return is past its due date (${params.dueOn}): please submit it now.`;
    case 'PAYMENT_FAILED':
      return zh
        ? `“${params.title}”（${params.caseNumber}）的帮扶款汇款失败：${params.reason}。请带银行卡到站点更新收款账户，更新后会重新发放。`
        : `The transfer of the aid for "${params.title}" (${params.caseNumber}) failed: ${params.reason}. Bring your bank card to the station to update the account; the aid is then paid again.`;
  }
}
