import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { CASE_STATUS_NAMES, CATEGORY_NAMES, translate, type CaseStatus, type HardshipCategory, type MessageKey } from '@bangfu/shared';
import { YUAN_FORMAT } from '../funds/ledger-export.js';
import type { Unit } from '../org/unit.entity.js';
import type { Campaign, Roster } from './campaign.entity.js';
import type { RosterSheetRow } from './campaign.queries.js';

/** A roster as its sheets show it: the campaign, the station, the lines in order. */
export interface RosterSheet {
  campaign: Campaign;
  roster: Roster;
  unit: Unit;
  rows: RosterSheetRow[];
}

/** How a line came onto the roster, as the sheets say it. */
export const listedAs = (row: RosterSheetRow): string =>
  row.by_hand ? `人工添加${row.eligible ? '' : '（不符合条件，已标注）'}：${row.reason ?? ''}` : '按条件生成';

/** Where a line's case stands, as the sheets say it. */
export const lineStatus = (row: RosterSheetRow): string => (row.status ? CASE_STATUS_NAMES['zh-CN'][row.status as CaseStatus] : '待审批');

/**
 * A station's roster (花名册) as the sheet a union files and posts: one line a household, the amount, how it was
 * listed (by the rule, or by hand with the reason), where its case stands, why a payout left it unpaid, and a column
 * for the signature. No ID numbers: the sheet travels on paper.
 */
export async function writeCampaignRosterWorkbook(
  { campaign, unit, rows }: RosterSheet,
  filePath: string,
): Promise<{ rows: number; totalFen: number }> {
  await mkdir(dirname(filePath), { recursive: true });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow([`${campaign.title} · ${unit.name} 花名册`]);
  sheet.addRow(['序号', '姓名', '困难类别', '金额（元）', '列入方式', '帮扶事项编号', '状态', '未发放原因', '领取人签字']);
  let totalFen = 0;
  rows.forEach((row, index) => {
    totalFen += Number(row.amount_fen);
    const line = sheet.addRow([
      index + 1,
      row.person_name,
      CATEGORY_NAMES['zh-CN'][row.category as HardshipCategory],
      Number(row.amount_fen) / 100,
      listedAs(row),
      row.case_number ?? '',
      lineStatus(row),
      row.pay_refusal ? translate(row.pay_refusal.key as MessageKey, 'zh-CN', row.pay_refusal.params) : '',
      '',
    ]);
    line.getCell(4).numFmt = YUAN_FORMAT;
    line.height = 28;
  });
  const totals = sheet.addRow(['合计', `${rows.length} 户`, '', totalFen / 100]);
  totals.getCell(4).numFmt = YUAN_FORMAT;
  sheet.columns.forEach((column, index) => {
    column.width = [6, 12, 12, 14, 30, 24, 12, 30, 16][index];
  });
  await workbook.xlsx.writeFile(filePath);
  return { rows: rows.length, totalFen };
}
